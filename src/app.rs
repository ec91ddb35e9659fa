//! Wiring: builds the adapters a configuration names and starts the API and/or the workers.
//! Everything is passed down as values; nothing here is global.

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use anyhow::Context;
use poem::listener::{Acceptor, Listener, TcpListener};
use tokio::task::JoinHandle;
use tokio_util::sync::CancellationToken;
use veracity_adapters::media_url::MediaFetcher;
use veracity_adapters::projections;
use veracity_adapters::stripe::{StripeCheckout, StripeNotices, StripeSettings};
use veracity_adapters::webhooks::{WebhookHttpSender, XChaChaSealer};
use veracity_api::auth::{Auth, AuthSettings, Hasher, KeyAuthenticator, LoginThrottle, SecurityLog, TokenIssuer, TrustedProxies};
use veracity_api::backlog::Backlog;
use veracity_api::read_deadline::{ReadDeadlineAcceptor, ReadDeadlines};
use veracity_api::state::BillingSettings;
use veracity_api::state::DetectSettings;
use veracity_api::state::WebhookServices;
use veracity_api::{AppState, BodyLimits, EdgeSettings, Metrics};
use veracity_domain::ports::{Checkout, PaymentNotices, SecretSealer, WebhookSender};
use veracity_workers::metrics::WorkerMetrics;
use veracity_workers::projector::{ProjectionRunner, ProjectorSettings};
use veracity_workers::webhooks::{DispatcherSettings, FAN_OUT, WebhookDispatcher, WebhookFanOut, WebhookPorts};

pub use crate::components::{Components, connect, connect_database, instance_id, require_migrated};
use crate::config::Config;

/// How long in-flight requests get to finish at shutdown.
const GRACE: Duration = Duration::from_secs(10);

/// What a process runs.
#[derive(Debug, Clone, Copy)]
pub struct Roles {
    pub api: bool,
    pub workers: bool,
}

/// The contents of a key file; with `create`, a missing file is made with `generate()`'s text,
/// readable by the owner only. `what` names the key in errors.
fn key_file(path: &std::path::Path, create: bool, generate: impl FnOnce() -> String, what: &str) -> anyhow::Result<String> {
    match std::fs::read_to_string(path) {
        Ok(text) => Ok(text.trim().to_owned()),
        Err(err) if err.kind() == std::io::ErrorKind::NotFound && create => {
            if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
                std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
            }
            let key = generate();
            crate::secret::create_private_file(path, &key)?;
            tracing::info!(path = %path.display(), "generated a new {what}");
            Ok(key)
        }
        Err(err) => Err(anyhow::anyhow!("no {what}: {err} ({})", path.display())),
    }
}

/// The key that signs admin access tokens: `auth.jwt_secret`, else the contents of
/// `auth.jwt_secret_file`. With `create`, a missing file is made with a random 256-bit key
/// (readable by the owner only), so `veracity serve` works with no configuration and keeps
/// sessions valid across restarts.
pub fn jwt_secret(config: &Config, create: bool) -> anyhow::Result<Vec<u8>> {
    if let Some(secret) = &config.auth.jwt_secret {
        return Ok(secret.expose().as_bytes().to_vec());
    }
    let path = &config.auth.jwt_secret_file;
    let generate = || veracity_api::auth::tokens::random_bytes::<32>().iter().map(|b| format!("{b:02x}")).collect();
    let key = key_file(path, create, generate, "access-token signing key")
        .with_context(|| "set auth.jwt_secret (VERACITY_AUTH_JWT_SECRET) or create the file")?
        .into_bytes();
    anyhow::ensure!(
        key.len() >= crate::config::MIN_JWT_SECRET_BYTES,
        "{} holds fewer than {} bytes; put a longer random key in it",
        path.display(),
        crate::config::MIN_JWT_SECRET_BYTES
    );
    Ok(key)
}

/// What seals webhook signing secrets: `webhooks.secret_key`, else the key in
/// `webhooks.secret_key_file` (made by `veracity serve` on first run, like the JWT key).
pub fn webhook_sealer(config: &Config, create: bool) -> anyhow::Result<XChaChaSealer> {
    let text = match &config.webhooks.secret_key {
        Some(key) => key.expose().to_owned(),
        None => {
            let beside_jwt = config.auth.jwt_secret_file.with_file_name("webhook.key");
            let path = &config.webhooks.secret_key_file.clone().unwrap_or(beside_jwt);
            let generate = XChaChaSealer::new_key_text;
            key_file(path, create, generate, "webhook secret sealing key")
                .with_context(|| "set webhooks.secret_key (VERACITY_WEBHOOKS_SECRET_KEY) or create the file")?
        }
    };
    XChaChaSealer::from_base64(&text).map_err(|e| anyhow::anyhow!("the webhook secret sealing key: {e}"))
}

fn auth(config: &Config, components: &Components, secret: &[u8], metrics: &Metrics) -> Auth {
    let a = &config.auth;
    let hasher = Hasher::new(metrics.argon2.clone());
    let keys = KeyAuthenticator::new(components.events.clone(), components.clock.clone(), hasher.clone(), instance_id("api"));
    let proxies = a.trusted_proxies.iter().filter_map(|p| p.parse().ok()).collect();
    Auth {
        hasher,
        tokens: TokenIssuer::new(secret, &a.jwt_issuer, chrono::TimeDelta::seconds(a.access_token_ttl_secs as i64)),
        keys: Arc::new(keys),
        throttle: Arc::new(LoginThrottle::new(
            a.login_failures_per_account,
            a.login_failures_per_ip,
            chrono::TimeDelta::seconds(a.login_failure_window_secs as i64),
            a.signups_per_ip_per_hour,
        )),
        proxies: TrustedProxies::new(proxies),
        security: SecurityLog::new(components.events.clone(), components.clock.clone()),
        settings: AuthSettings {
            refresh_token_ttl: chrono::TimeDelta::seconds(a.refresh_token_ttl_secs as i64),
            invitation_ttl: chrono::TimeDelta::seconds(a.invitation_ttl_secs as i64),
        },
    }
}

fn billing(config: &Config) -> anyhow::Result<BillingSettings> {
    let b = &config.billing;
    let checkout = match &b.stripe_secret_key {
        Some(key) => Some(Arc::new(StripeCheckout::new(StripeSettings {
            secret_key: key.expose().to_owned(),
            api_base: b.stripe_api_base.clone(),
            success_url: b.checkout_success_url.clone(),
            cancel_url: b.checkout_cancel_url.clone(),
        })?) as Arc<dyn Checkout>),
        None => None,
    };
    Ok(BillingSettings {
        pricing: b.pricing,
        packs: b.packs.clone(),
        checkout,
        notices: b.stripe_webhook_secret.as_ref().map(|secret| {
            Arc::new(StripeNotices::new(secret.expose().to_owned(), b.webhook_tolerance_secs as i64)) as Arc<dyn PaymentNotices>
        }),
    })
}

/// One projection runner per projection.
pub fn projection_runners(components: &Components, owner: &str) -> Vec<ProjectionRunner> {
    projections::all()
        .into_iter()
        .map(|projection| {
            ProjectionRunner::new(
                projection,
                components.db.clone(),
                components.events.clone(),
                components.clock.clone(),
                ProjectorSettings::new(owner),
            )
        })
        .collect()
}

/// A started process: its API address (if it serves one) and its tasks.
pub struct Running {
    pub addr: Option<SocketAddr>,
    /// The internal listener's address (`http.internal_bind`), or a lone worker's own
    /// (`worker.ops_bind`), if there is one.
    pub internal_addr: Option<SocketAddr>,
    shutdown: CancellationToken,
    tasks: Vec<JoinHandle<()>>,
}

impl Running {
    /// Stops accepting requests, lets in-flight ones finish (up to 10 s), stops the workers.
    pub async fn stop(self) {
        self.shutdown.cancel();
        for task in self.tasks {
            if tokio::time::timeout(GRACE + Duration::from_secs(5), task).await.is_err() {
                tracing::warn!("a task did not stop in time");
            }
        }
    }
}

pub async fn start(config: &Config, components: Components, roles: Roles) -> anyhow::Result<Running> {
    let shutdown = CancellationToken::new();
    let mut tasks = Vec::new();
    let mut addr = None;
    let mut internal_addr = None;
    let sealer: Arc<dyn SecretSealer> = Arc::new(webhook_sealer(config, false)?);
    let sender: Arc<dyn WebhookSender> = Arc::new(WebhookHttpSender::new(config.webhooks.sender_policy()));
    let webhook_settings = Arc::new(config.webhooks.settings());
    let reads = Arc::new(veracity_adapters::sql::read_models::SqlReadModels::new(components.db.clone()));
    // One registry for the process: the API's listeners, or a worker's own, render all of it.
    let worker_metrics = WorkerMetrics::default();
    let metrics = {
        let metrics = Metrics::new();
        let registry = metrics.registry();
        registry.register(Box::new(components.ledger.reservations.clone())).context("registering the ledger's metrics")?;
        worker_metrics.register(registry);
        let projections: Vec<&'static str> =
            projection_runners(&components, "names").iter().map(ProjectionRunner::name).chain([FAN_OUT]).collect();
        let (jobs, queue, events, db) =
            (components.jobs.clone(), components.webhooks.clone(), components.events.clone(), components.db.clone());
        let sampler = crate::ops::Sampler::register(registry, jobs, queue, events, db, projections);
        metrics.with_sampler(Arc::new(sampler))
    };
    let webhook_metrics = metrics.webhooks.clone();
    // Webhooks start when the first process of a version that has them starts: its dispatcher
    // reads the log from there, so a deployment upgraded to webhooks does not send its past.
    // Every process does this before it can record anything a webhook is made from (an API
    // process a test message, a worker a job's result); only the first one's position counts.
    let head = components.events.head().await?;
    veracity_adapters::sql::checkpoints::seed(&components.db, FAN_OUT, head, components.clock.now()).await?;
    if roles.api {
        let acceptor = TcpListener::bind(config.http.bind.clone())
            .into_acceptor()
            .await
            .with_context(|| format!("listening on {}", config.http.bind))?;
        addr = acceptor.local_addr().first().and_then(|a| a.as_socket_addr().copied());
        let metrics = metrics.clone();
        let auth = auth(config, &components, &jwt_secret(config, false)?, &metrics);
        tasks.push(tokio::spawn(auth.keys.clone().follow(shutdown.child_token())));
        let flush_every = Duration::from_millis(config.auth.usage_flush_interval_ms);
        tasks.push(tokio::spawn(auth.keys.clone().record_usage(flush_every, shutdown.child_token())));
        let backlog = Arc::new(Backlog::new(components.jobs.clone(), metrics.registry()));
        let state = AppState {
            events: components.events.clone(),
            blobs: components.blobs.clone(),
            reads: reads.clone(),
            clock: components.clock.clone(),
            metrics,
            auth,
            jobs: components.jobs.clone(),
            idempotency: components.idempotency.clone(),
            detect: DetectSettings {
                limits: config.detection.limits,
                default_wait: Duration::from_secs(config.detection.default_wait_secs),
                max_wait: Duration::from_secs(config.detection.max_wait_secs),
                fetcher: Arc::new(MediaFetcher::new(config.detection.url_policy())),
                probe: Arc::new(veracity_media::MediaProbe),
                backlog,
            },
            ledger: components.ledger.clone(),
            billing: billing(config)?,
            models: Arc::new(crate::catalog::catalog(config)?),
            webhooks: WebhookServices { sealer: sealer.clone(), sender: sender.clone(), settings: webhook_settings.clone() },
            edge: EdgeSettings {
                compat_at_root: config.compat.mount_at_root.clone(),
                ..EdgeSettings::new(config.http.metrics_token.as_ref().map(|t| t.expose()), config.http.hsts)
            },
            traces: components.traces.clone(),
        };
        let idle = Duration::from_secs(config.http.idle_timeout_secs);
        let deadlines = ReadDeadlines {
            head: Duration::from_secs(config.http.header_read_timeout_secs),
            request: Duration::from_secs(config.http.request_read_timeout_secs),
        };
        if let Some(bind) = &config.http.internal_bind {
            let internal = TcpListener::bind(bind.clone()).into_acceptor().await.with_context(|| format!("listening on {bind}"))?;
            internal_addr = internal.local_addr().first().and_then(|a| a.as_socket_addr().copied());
            let app = veracity_api::internal_app(state.clone());
            let stop = shutdown.clone();
            tasks.push(tokio::spawn(async move {
                let internal = ReadDeadlineAcceptor::new(internal, deadlines);
                let server = poem::Server::new_with_acceptor(internal).idle_timeout(idle);
                if let Err(err) = server.run_with_graceful_shutdown(app, stop.cancelled_owned(), Some(GRACE)).await {
                    tracing::error!(error = %err, "internal http server failed");
                }
            }));
        }
        let limits = BodyLimits { default: config.http.max_body_bytes, uploads: config.http.max_upload_bytes };
        let app = veracity_api::app(state, limits);
        let stop = shutdown.clone();
        tasks.push(tokio::spawn(async move {
            let acceptor = ReadDeadlineAcceptor::new(acceptor, deadlines);
            let server = poem::Server::new_with_acceptor(acceptor).idle_timeout(idle);
            if let Err(err) = server.run_with_graceful_shutdown(app, stop.cancelled_owned(), Some(GRACE)).await {
                tracing::error!(error = %err, "http server failed");
            }
        }));
    }
    if roles.workers {
        for runner in projection_runners(&components, &instance_id("worker")) {
            let stop = shutdown.child_token();
            tasks.push(tokio::spawn(async move { runner.run(stop).await }));
        }
        let worker = Arc::new(crate::workers::detection_worker(config, &components).await?.with_metrics(worker_metrics));
        tasks.push(tokio::spawn(worker.run(shutdown.child_token())));
        let retention = crate::workers::retention_worker(config, &components);
        tasks.push(tokio::spawn(retention.run(shutdown.child_token())));
        let sweeper = crate::workers::sweeper(config, &components);
        tasks.push(tokio::spawn(sweeper.run(shutdown.child_token())));
        let ports = WebhookPorts {
            events: components.events.clone(),
            queue: components.webhooks.clone(),
            sealer,
            sender,
            health: reads.clone(),
            clock: components.clock.clone(),
            settings: webhook_settings,
            traces: components.traces.clone(),
        };
        let fan_out = ProjectionRunner::new(
            Arc::new(WebhookFanOut(ports.clone())),
            components.db.clone(),
            components.events.clone(),
            components.clock.clone(),
            ProjectorSettings::new(instance_id("webhooks")),
        );
        let stop = shutdown.child_token();
        tasks.push(tokio::spawn(async move { fan_out.run(stop).await }));
        let dispatcher_settings = DispatcherSettings {
            per_endpoint: config.webhooks.per_endpoint_concurrency,
            keep_alive: Duration::from_secs(config.webhooks.ack_wait_secs) / 3,
            ..DispatcherSettings::default()
        };
        let dispatcher = Arc::new(WebhookDispatcher::new(ports, dispatcher_settings, webhook_metrics));
        tasks.push(tokio::spawn(dispatcher.run(shutdown.child_token())));
        // A worker alone serves its own health, readiness and metrics.
        if !roles.api && !config.worker.ops_bind.is_empty() {
            let bind = &config.worker.ops_bind;
            let acceptor = TcpListener::bind(bind.clone()).into_acceptor().await.with_context(|| {
                format!("listening on {bind} (worker.ops_bind: give each worker on a host its own port, or 127.0.0.1:0)")
            })?;
            let ops_addr = acceptor.local_addr().first().and_then(|a| a.as_socket_addr().copied());
            if let Some(addr) = ops_addr {
                tracing::info!(%addr, "worker health, readiness and metrics listening");
            }
            internal_addr = ops_addr;
            let ops = veracity_api::routes::system::OpsState {
                events: components.events.clone(),
                reads: reads.clone(),
                blobs: components.blobs.clone(),
                metrics: metrics.clone(),
            };
            let app = veracity_api::worker_ops_app(ops);
            let stop = shutdown.clone();
            tasks.push(tokio::spawn(async move {
                let server = poem::Server::new_with_acceptor(acceptor).idle_timeout(Duration::from_secs(60));
                if let Err(err) = server.run_with_graceful_shutdown(app, stop.cancelled_owned(), Some(GRACE)).await {
                    tracing::error!(error = %err, "worker ops listener failed");
                }
            }));
        }
    }
    Ok(Running { addr, internal_addr, shutdown, tasks })
}
