//! What the benchmarks share: the real application on 127.0.0.1:0 with its own nats-server
//! (JetStream), a temporary SQLite database and blob directory, and an API key to call it with.

#![allow(dead_code)]

use std::time::Duration;

use serde_json::{Value, json};
use tempfile::TempDir;
use veracity::app::{self, Roles, Running};
use veracity::config::{Config, Secret};
use veracity::nats_server::ManagedNats;
use veracity_adapters::sql;
use veracity_domain::billing::{CreditsGranted, GrantKind};

pub struct BenchApp {
    pub base: String,
    pub http: reqwest::Client,
    pub key: String,
    pub config: Config,
    running: Running,
    nats: ManagedNats,
    _dir: TempDir,
}

impl BenchApp {
    pub async fn start() -> Self {
        let _ = rustls::crypto::aws_lc_rs::default_provider().install_default();
        let dir = tempfile::tempdir().unwrap();
        let mut config = Config::default();
        // Warnings and errors only (RUST_LOG overrides), so a failing run says why.
        config.log.level = "warn".into();
        veracity::telemetry::init(&config.log);
        config.http.bind = "127.0.0.1:0".into();
        config.database.url = Secret::new(format!("sqlite://{}?mode=rwc", dir.path().join("bench.db").display()));
        config.auth.jwt_secret = Some(Secret::new("benchmark-signing-key-0123456789abcdef"));
        config.blobs.dir = dir.path().join("blobs");
        config.models.dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("models");
        let nats = ManagedNats::start(&config.nats.server, &dir.path().join("nats"))
            .await
            .expect("starting nats-server (run `make bench`, which installs it)");
        config.nats.url = Some(Secret::new(nats.url().to_owned()));
        let components = app::connect(&config, nats.url(), "bench").await.unwrap();
        sql::migrate(&components.db).await.unwrap();
        let ledger = components.ledger.clone();
        let running = app::start(&config, components, Roles { api: true, workers: true }).await.unwrap();
        let base = format!("http://{}", running.addr.unwrap());
        let http = reqwest::Client::new();
        let signup: Value = http
            .post(format!("{base}/v1/auth/signup"))
            .json(&json!({"organization_name": "Bench", "email": "bench@example.com", "password": "benchmark password"}))
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        let token = signup["access_token"].as_str().unwrap().to_owned();
        // Enough credits for any run (a FREE organisation has 100 a month).
        let tenant = signup["tenant_id"].as_str().unwrap().parse().unwrap();
        let grant = CreditsGranted {
            grant: "bench".into(),
            kind: GrantKind::Admin,
            amount: 100_000_000,
            expires_at: None,
            reason: "benchmark".into(),
            actor: "bench".into(),
            balance: Default::default(),
        };
        ledger.grant(tenant, grant, "bench").await.unwrap();
        let mut created = Value::Null;
        // The key is readable once its projection caught up.
        for _ in 0..100 {
            let response = http
                .post(format!("{base}/v1/api-keys"))
                .bearer_auth(&token)
                .json(&json!({"name": "bench", "rate_limit_per_minute": 1_000_000, "daily_limit": 100_000_000}))
                .send()
                .await
                .unwrap();
            if response.status() == 201 {
                created = response.json().await.unwrap();
                break;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        let key = created["secret"].as_str().expect("an API key").to_owned();
        Self { base, http, key, config, running, nats, _dir: dir }
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    pub async fn stop(self) {
        self.running.stop().await;
        self.nats.stop().await;
    }
}

/// The `p`-th percentile (0–1) of sorted samples.
pub fn percentile<T: Copy>(sorted: &[T], p: f64) -> T {
    sorted[((sorted.len() as f64 - 1.0) * p).round() as usize]
}
