use std::net::SocketAddr;
use std::sync::Arc;

use tempfile::TempDir;
use veracity::app::{self, Roles, Running};
use veracity::config::{Config, Secret};
use veracity_adapters::sql;
use veracity_app::CreditLedger;
use veracity_domain::fakes::ManualClock;

use crate::nats::NatsServer;
use crate::postgres::TestDatabase;
use crate::{init, unique};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Database {
    Sqlite,
    Postgres,
}

pub struct AppOptions {
    pub database: Database,
    pub roles: Roles,
    /// Use this server instead of starting one for the app.
    pub nats: Option<Arc<std::sync::Mutex<NatsServer>>>,
    /// Use the NATS deployment at this URL (a cluster the test runs) instead of a server.
    pub nats_url: Option<String>,
    pub max_body_bytes: u64,
    /// The service clock; `None` for the real one.
    pub clock: Option<Arc<ManualClock>>,
    /// Join the deployment of this earlier app (its database, stream and signing key) instead
    /// of making a new one: a second API process. Pass its NATS server in `nats` too.
    pub join: Option<Config>,
    /// Billing settings (Stripe keys and the fake Stripe's address).
    pub billing: Option<veracity::billing_config::BillingConfig>,
    /// Last changes to the configuration.
    pub tweak: Option<Tweak>,
}

/// A last change to a test deployment's configuration.
pub type Tweak = Box<dyn FnOnce(&mut Config) + Send>;

impl Default for AppOptions {
    fn default() -> Self {
        Self {
            database: Database::Sqlite,
            roles: Roles { api: true, workers: true },
            nats: None,
            nats_url: None,
            max_body_bytes: 1024 * 1024,
            clock: None,
            join: None,
            billing: None,
            tweak: None,
        }
    }
}

/// The real application on 127.0.0.1:0, with its own temp data dir, NATS stream and database.
pub struct TestApp {
    pub addr: SocketAddr,
    /// The internal listener, when the test configured `http.internal_bind`.
    pub internal_addr: Option<SocketAddr>,
    pub http: reqwest::Client,
    pub config: Config,
    nats: Option<Arc<std::sync::Mutex<NatsServer>>>,
    running: Option<Running>,
    _postgres: Option<TestDatabase>,
    _dir: TempDir,
}

impl TestApp {
    /// The app's own nats-server (not there when it runs on [`AppOptions::nats_url`]).
    pub fn nats(&self) -> Arc<std::sync::Mutex<NatsServer>> {
        self.nats.clone().expect("this app runs on a NATS deployment of the test's, not a server of its own")
    }

    pub fn url(&self, path: &str) -> String {
        format!("http://{}{path}", self.addr)
    }

    pub async fn get(&self, path: &str) -> reqwest::Response {
        self.http.get(self.url(path)).send().await.expect("request")
    }

    /// `/metrics` as the monitoring would read it (with `http.metrics_token`).
    pub async fn metrics(&self) -> String {
        let response = self.http.get(self.url("/metrics")).bearer_auth(METRICS_TOKEN).send().await.expect("request");
        assert_eq!(response.status(), 200, "GET /metrics with the metrics token");
        response.text().await.expect("metrics text")
    }

    /// Stops the API and workers (the NATS server stops when the app is dropped).
    pub async fn stop(mut self) {
        self.halt().await;
    }

    /// Stops the API and workers but keeps the data directory, for a later app to `join`.
    pub async fn halt(&mut self) {
        if let Some(running) = self.running.take() {
            running.stop().await;
        }
    }
}

/// The test apps' `http.metrics_token`.
pub const METRICS_TOKEN: &str = "test-metrics-token";

pub async fn spawn_app() -> TestApp {
    spawn_app_with(AppOptions::default()).await
}

pub async fn spawn_app_with(options: AppOptions) -> TestApp {
    init();
    let dir = tempfile::tempdir().expect("temp dir");
    let (nats, nats_url) = match options.nats_url {
        Some(url) => (None, url),
        None => {
            let nats = options.nats.unwrap_or_else(|| Arc::new(std::sync::Mutex::new(NatsServer::start())));
            let url = nats.lock().unwrap().url();
            (Some(nats), url)
        }
    };
    let postgres = match (options.database, &options.join) {
        (Database::Postgres, None) => Some(TestDatabase::create().await),
        _ => None,
    };

    let mut config = Config::default();
    config.http.bind = "127.0.0.1:0".into();
    config.http.max_body_bytes = options.max_body_bytes;
    config.http.max_upload_bytes = config.http.max_upload_bytes.max(options.max_body_bytes);
    config.http.metrics_token = Some(Secret::new(METRICS_TOKEN));
    config.database.url = Secret::new(match &postgres {
        Some(db) => db.url.clone(),
        None => format!("sqlite://{}?mode=rwc", dir.path().join("veracity.db").display()),
    });
    config.nats.url = Some(Secret::new(nats_url.clone()));
    config.nats.stream = unique("TEST_EVENTS_");
    config.nats.subject_prefix = format!("{}.ev", unique("t"));
    config.nats.connect_timeout_secs = 5;
    config.blobs.dir = dir.path().join("blobs");
    config.auth.jwt_secret = Some(Secret::new(unique("test-signing-key-of-at-least-32-bytes-")));
    config.auth.usage_flush_interval_ms = 100;
    // Every test organisation signs up from 127.0.0.1.
    config.auth.signups_per_ip_per_hour = 100_000;
    config.detection.queue_stream = unique("TEST_JOBS_");
    config.detection.queue_subject_prefix = format!("{}.jobs", unique("t"));
    config.detection.slots_bucket = unique("test_slots_");
    config.nats.idempotency_bucket = unique("test_idem_");
    config.webhooks.queue_stream = unique("TEST_WEBHOOKS_");
    config.webhooks.queue_subject_prefix = format!("{}.webhooks", unique("t"));
    config.webhooks.secret_key = Some(Secret::new(veracity_adapters::webhooks::XChaChaSealer::new_key_text()));
    config.detection.ack_wait_secs = 3;
    config.detection.purge_interval_ms = 100;
    config.models.dir = crate::repo_root().join("models");
    if let Some(first) = &options.join {
        config.detection = first.detection.clone();
        config.database.url = first.database.url.clone();
        config.nats.stream = first.nats.stream.clone();
        config.nats.subject_prefix = first.nats.subject_prefix.clone();
        config.nats.idempotency_bucket = first.nats.idempotency_bucket.clone();
        config.auth.jwt_secret = first.auth.jwt_secret.clone();
        config.webhooks = first.webhooks.clone();
        config.blobs.dir = first.blobs.dir.clone();
    }
    if let Some(billing) = options.billing {
        config.billing = billing;
    }
    if let Some(tweak) = options.tweak {
        tweak(&mut config);
    }
    config.validate().expect("test configuration is valid");

    let mut components = app::connect(&config, &nats_url, "test").await.expect("connect components");
    if let Some(clock) = options.clock {
        components.ledger = Arc::new(CreditLedger::new(components.events.clone(), clock.clone(), config.billing.low_balance_credits));
        components.clock = clock;
    }
    sql::migrate(&components.db).await.expect("migrate");
    let running = app::start(&config, components, options.roles).await.expect("start app");
    TestApp {
        addr: running.addr.expect("the API role listens"),
        internal_addr: running.internal_addr,
        http: reqwest::Client::new(),
        config,
        nats,
        running: Some(running),
        _postgres: postgres,
        _dir: dir,
    }
}
