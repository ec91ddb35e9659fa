//! What the benchmarks share: the tests' harness (`veracity-testkit`: the real application on
//! 127.0.0.1:0 with its own nats-server, SQLite database and blob directory) at the service's
//! default timings, an organisation with credits to spare, and an API key to call it with.

#![allow(dead_code)]

use std::sync::Arc;

use serde_json::json;
use veracity::config::Config;
use veracity_app::CreditLedger;
use veracity_domain::accounts::{Actor, Plan};
use veracity_domain::billing::{CreditsGranted, GrantKind};
use veracity_domain::ports::SystemClock;
use veracity_testkit::app::{AppOptions, TestApp, Tweak, spawn_app_with};
use veracity_testkit::nats::app_event_store;

pub struct BenchApp {
    pub base: String,
    pub http: reqwest::Client,
    pub key: String,
    pub config: Config,
    /// The organisation's owner, signed in.
    pub owner: veracity_testkit::accounts::Session,
    app: TestApp,
}

impl BenchApp {
    pub async fn start() -> Self {
        Self::start_with(|_| {}).await
    }

    /// The application with `change` made to its configuration after the defaults.
    pub async fn start_with(change: fn(&mut Config)) -> Self {
        let mut quiet = Config::default();
        // Warnings and errors only (RUST_LOG overrides), so a failing run says why.
        quiet.log.level = "warn".into();
        veracity::telemetry::init(&quiet.log);
        // The harness's short test intervals would add load the service does not have: the
        // benchmarks run at the defaults.
        let tweak: Tweak = Box::new(move |config| {
            let defaults = Config::default();
            config.auth.usage_flush_interval_ms = defaults.auth.usage_flush_interval_ms;
            config.detection.purge_interval_ms = defaults.detection.purge_interval_ms;
            config.detection.ack_wait_secs = defaults.detection.ack_wait_secs;
            config.log.level = "warn".into();
            change(config);
        });
        let app = spawn_app_with(AppOptions { tweak: Some(tweak), ..AppOptions::default() }).await;
        let owner = app.signup().await;
        // Enough credits for any run (a FREE organisation has 100 a month).
        let ledger = CreditLedger::new(Arc::new(app_event_store(&app.config).await), Arc::new(SystemClock), 0);
        let grant = CreditsGranted {
            grant: "bench".into(),
            kind: GrantKind::Admin,
            amount: 100_000_000,
            expires_at: None,
            reason: "benchmark".into(),
            actor: "bench".into(),
            balance: Default::default(),
        };
        let tenant = owner.tenant_id.parse().expect("a tenant id");
        ledger.grant(tenant, grant, "bench").await.expect("granting credits");
        // ENTERPRISE: 50 jobs at once, and key limits no benchmark reaches (a FREE key is
        // capped at 1,000 requests a minute).
        ledger.change_plan(tenant, Plan::Enterprise, Actor::System, "bench").await.expect("changing the plan");
        let limits =
            json!({"name": "bench", "rate_limit_per_minute": Plan::Enterprise.max_rate_limit_per_minute(), "daily_limit": 100_000_000});
        let (_, key) = app.create_key(&owner, limits).await;
        Self { base: app.url(""), http: app.http.clone(), key, config: app.config.clone(), owner, app }
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    pub async fn stop(self) {
        self.app.stop().await;
    }
}

/// The `p`-th percentile (0–1) of sorted samples.
pub fn percentile<T: Copy>(sorted: &[T], p: f64) -> T {
    sorted[((sorted.len() as f64 - 1.0) * p).round() as usize]
}

/// Runs `step(0)`, `step(1)`, … `step(total - 1)`, `in_flight` at a time; answers how long it
/// all took and each step's latency.
pub async fn run_in_flight<F, Fut>(total: usize, in_flight: usize, step: F) -> (std::time::Duration, Vec<std::time::Duration>)
where
    F: Fn(usize) -> Fut + Send + Sync + 'static,
    Fut: Future<Output = ()> + Send,
{
    let step = Arc::new(step);
    let next = Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let started = std::time::Instant::now();
    let workers: Vec<_> = (0..in_flight)
        .map(|_| {
            let (step, next) = (step.clone(), next.clone());
            tokio::spawn(async move {
                let mut latencies = Vec::new();
                loop {
                    let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                    if i >= total {
                        return latencies;
                    }
                    let at = std::time::Instant::now();
                    step(i).await;
                    latencies.push(at.elapsed());
                }
            })
        })
        .collect();
    let mut latencies = Vec::with_capacity(total);
    for worker in workers {
        latencies.extend(worker.await.expect("a bench step panicked"));
    }
    (started.elapsed(), latencies)
}

/// A nats-server of the bench's own (file storage, in `dir`), a client of it, and the event log
/// on it.
pub async fn bench_nats(
    dir: &std::path::Path,
) -> (veracity::nats_server::ManagedNats, veracity_adapters::nats::NatsClient, Arc<dyn veracity_domain::ports::EventStore>) {
    use veracity_adapters::nats::{ConnectSettings, JetStreamEventStore, StreamSettings};
    let nats = veracity::nats_server::ManagedNats::start(std::path::Path::new("nats-server"), &dir.join("nats"))
        .await
        .expect("starting nats-server (run `make bench`)");
    let client = veracity_adapters::nats::connect(&ConnectSettings {
        url: nats.url().to_owned(),
        connection_name: "bench".into(),
        credentials_file: None,
        initial_connect_timeout: std::time::Duration::from_secs(5),
    })
    .await
    .expect("connecting to the bench's nats-server");
    let settings = StreamSettings { stream: "BENCH_EVENTS".into(), subject_prefix: "bench.ev".into(), replicas: 1 };
    let events = Arc::new(JetStreamEventStore::open(client.clone(), settings).await.expect("opening the event stream"));
    (nats, client, events)
}
