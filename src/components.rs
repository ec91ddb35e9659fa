//! The adapters a process connects to, as one set of values: the event log, the read-model
//! database, the blob store, the job queue and the credit ledger.

use std::sync::Arc;
use std::time::Duration;

use sea_orm::DatabaseConnection;
use veracity_adapters::blob::{LocalBlobStore, S3BlobStore, S3Settings};
use veracity_adapters::nats::{
    ConnectSettings, JetStreamEventStore, JetStreamIdempotencyKeys, JetStreamJobQueue, JetStreamWebhookQueue, JobQueueSettings,
    StreamSettings, WebhookQueueSettings,
};
use veracity_adapters::redact::redact_url;
use veracity_adapters::sql;
use veracity_app::CreditLedger;
use veracity_domain::ports::{
    BlobStore, Clock, EventStore, IdempotencyKeys, JobQueue, JobSlots, NoTraces, SystemClock, Traces, WebhookQueue,
};

use crate::config::{BlobBackend, Config};

/// The adapters one process uses.
#[derive(Clone)]
pub struct Components {
    pub events: Arc<dyn EventStore>,
    pub blobs: Arc<dyn BlobStore>,
    pub db: DatabaseConnection,
    pub clock: Arc<dyn Clock>,
    pub jobs: Arc<dyn JobQueue>,
    pub slots: Arc<dyn JobSlots>,
    pub idempotency: Arc<dyn IdempotencyKeys>,
    /// Credit accounts, shared by the API and the workers of this process.
    pub ledger: Arc<CreditLedger>,
    /// Webhook messages waiting for the dispatcher.
    pub webhooks: Arc<dyn WebhookQueue>,
    /// Where finished spans go (`telemetry.otlp_endpoint`; nowhere by default).
    pub traces: Arc<dyn Traces>,
}

/// A unique name for this process, used as its lease owner and NATS connection name.
pub fn instance_id(role: &str) -> String {
    let host = std::fs::read_to_string("/proc/sys/kernel/hostname").unwrap_or_else(|_| "host".into());
    let suffix = uuid::Uuid::new_v4().simple().to_string();
    format!("veracity-{role}-{}-{}-{}", host.trim(), std::process::id(), &suffix[..6])
}

pub async fn connect_database(config: &Config) -> anyhow::Result<DatabaseConnection> {
    let url = config.database.url.expose();
    let db = sql::connect(url, config.database.max_connections).await?;
    tracing::info!(url = %redact_url(url), "database connected");
    Ok(db)
}

/// Connects to NATS at `nats_url`, the database and the blob store.
pub async fn connect(config: &Config, nats_url: &str, role: &str) -> anyhow::Result<Components> {
    let db = connect_database(config).await?;
    let client = veracity_adapters::nats::connect(&ConnectSettings {
        url: nats_url.to_owned(),
        connection_name: instance_id(role),
        credentials_file: config.nats.credentials_file.clone(),
        initial_connect_timeout: Duration::from_secs(config.nats.connect_timeout_secs),
    })
    .await?;
    let queue = JetStreamJobQueue::open(
        client.clone(),
        JobQueueSettings {
            stream: config.detection.queue_stream.clone(),
            subject_prefix: config.detection.queue_subject_prefix.clone(),
            slots_bucket: config.detection.slots_bucket.clone(),
            replicas: config.nats.replicas,
            ack_wait: Duration::from_secs(config.detection.ack_wait_secs),
        },
    )
    .await?;
    let slots = Arc::new(queue.slots().await?);
    let idempotency =
        Arc::new(JetStreamIdempotencyKeys::open(client.clone(), &config.nats.idempotency_bucket, config.nats.replicas).await?);
    let w = &config.webhooks;
    let webhooks = Arc::new(
        JetStreamWebhookQueue::open(
            client.clone(),
            WebhookQueueSettings {
                stream: w.queue_stream.clone(),
                subject_prefix: w.queue_subject_prefix.clone(),
                replicas: config.nats.replicas,
                ack_wait: Duration::from_secs(w.ack_wait_secs),
            },
        )
        .await?,
    );
    let events = JetStreamEventStore::open(
        client,
        StreamSettings {
            stream: config.nats.stream.clone(),
            subject_prefix: config.nats.subject_prefix.clone(),
            replicas: config.nats.replicas,
        },
    )
    .await?;
    let blobs: Arc<dyn BlobStore> = match config.blobs.backend {
        BlobBackend::Local => Arc::new(LocalBlobStore::open(&config.blobs.dir).await?),
        BlobBackend::S3 => {
            let s3 = &config.s3;
            let store = S3BlobStore::new(&S3Settings {
                bucket: s3.bucket.clone().unwrap_or_default(),
                region: s3.region.clone(),
                endpoint: s3.endpoint.clone(),
                access_key_id: s3.access_key_id.clone(),
                secret_access_key: s3.secret_access_key.as_ref().map(|s| s.expose().to_owned()),
                force_path_style: s3.force_path_style,
                key_prefix: s3.key_prefix.clone(),
            })
            .await;
            if s3.create_bucket {
                store.create_bucket_if_missing().await?;
            }
            Arc::new(store)
        }
    };
    let events: Arc<dyn EventStore> = Arc::new(events);
    let clock: Arc<dyn Clock> = Arc::new(SystemClock);
    let ledger = Arc::new(CreditLedger::new(events.clone(), clock.clone(), config.billing.low_balance_credits));
    let traces: Arc<dyn Traces> = match &config.telemetry.otlp_endpoint {
        Some(endpoint) => {
            tracing::info!(endpoint = %redact_url(endpoint.expose()), "exporting traces over OTLP");
            Arc::new(veracity_adapters::otlp::OtlpTraces::start(veracity_adapters::otlp::OtlpSettings {
                endpoint: endpoint.expose().to_owned(),
                service_name: config.telemetry.service_name.clone(),
                instance: instance_id(role),
            }))
        }
        None => Arc::new(NoTraces),
    };
    Ok(Components { events, blobs, db, clock, jobs: Arc::new(queue), slots, idempotency, ledger, webhooks, traces })
}

/// Refuses to run against a schema older than this build (production runs `veracity migrate`
/// as a release step; `serve` migrates by itself).
pub async fn require_migrated(db: &DatabaseConnection) -> anyhow::Result<()> {
    let pending = sql::pending_migrations(db).await?;
    anyhow::ensure!(
        pending.is_empty(),
        "the database schema is behind this build ({} pending: {}); run `veracity migrate` first",
        pending.len(),
        pending.join(", ")
    );
    Ok(())
}
