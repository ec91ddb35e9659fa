//! What API-key authentication adds to a request once the key is cached.
//!
//! Starts the real application (router, middleware, projections) on 127.0.0.1:0 over an
//! in-memory event log and a temporary SQLite file, creates a key, then times interleaved
//! `GET /healthz` (no authentication) and `GET /v1/usage` (API key) requests from one client,
//! and prints a table. `veracity_argon2_computations_total` from `/metrics` shows argon2 ran for
//! the first use of the key only. Run with `make bench` (or `cargo bench --bench auth_overhead`).

use std::sync::Arc;
use std::time::{Duration, Instant};

use serde_json::{Value, json};
use veracity::app::{self, Components, Roles};
use veracity::config::{Config, Secret};
use veracity_adapters::sql;
use veracity_domain::fakes::{InMemoryBlobStore, InMemoryEventStore};
use veracity_domain::ports::SystemClock;

const WARMUP: usize = 300;
const SAMPLES: usize = 5000;

fn percentile(sorted: &[Duration], p: f64) -> f64 {
    let index = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[index].as_secs_f64() * 1e6
}

async fn argon2_count(http: &reqwest::Client, base: &str) -> u64 {
    let text = http.get(format!("{base}/metrics")).send().await.unwrap().text().await.unwrap();
    text.lines()
        .find(|l| l.starts_with("veracity_argon2_computations_total "))
        .and_then(|l| l.split_whitespace().nth(1)?.parse().ok())
        .unwrap_or(0)
}

async fn run() {
    let _ = rustls::crypto::aws_lc_rs::default_provider().install_default();
    let dir = tempfile::tempdir().unwrap();
    let mut config = Config::default();
    config.http.bind = "127.0.0.1:0".into();
    config.database.url = Secret::new(format!("sqlite://{}?mode=rwc", dir.path().join("bench.db").display()));
    config.auth.jwt_secret = Some(Secret::new("benchmark-signing-key-0123456789abcdef"));
    let db = sql::connect(config.database.url.expose(), 5).await.unwrap();
    sql::migrate(&db).await.unwrap();
    let components = Components {
        events: Arc::new(InMemoryEventStore::new()),
        blobs: Arc::new(InMemoryBlobStore::new()),
        db,
        clock: Arc::new(SystemClock),
    };
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
    let token = signup["access_token"].as_str().unwrap();
    let created: Value = http
        .post(format!("{base}/v1/api-keys"))
        .bearer_auth(token)
        .json(&json!({"name": "bench", "rate_limit_per_minute": 1_000_000, "daily_limit": 100_000_000}))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let key = created["secret"].as_str().unwrap().to_owned();

    let before_first_use = argon2_count(&http, &base).await;
    let started = Instant::now();
    assert_eq!(http.get(format!("{base}/v1/usage")).header("x-api-key", &key).send().await.unwrap().status(), 200);
    let first_use = started.elapsed();
    let after_first_use = argon2_count(&http, &base).await;

    let mut plain = Vec::with_capacity(SAMPLES);
    let mut keyed = Vec::with_capacity(SAMPLES);
    for i in 0..WARMUP + SAMPLES {
        let t = Instant::now();
        let response = http.get(format!("{base}/healthz")).send().await.unwrap();
        response.bytes().await.unwrap();
        let healthz = t.elapsed();
        let t = Instant::now();
        let response = http.get(format!("{base}/v1/usage")).header("x-api-key", &key).send().await.unwrap();
        assert_eq!(response.status(), 200);
        response.bytes().await.unwrap();
        let usage = t.elapsed();
        if i >= WARMUP {
            plain.push(healthz);
            keyed.push(usage);
        }
    }
    let after_all = argon2_count(&http, &base).await;
    plain.sort();
    keyed.sort();

    println!("\nAPI-key authentication overhead ({SAMPLES} interleaved requests each, one client, loopback)\n");
    println!("| request | p50 µs | p90 µs | p99 µs |");
    println!("|---|---:|---:|---:|");
    for (name, samples) in [("GET /healthz (no authentication)", &plain), ("GET /v1/usage (API key, cached)", &keyed)] {
        println!(
            "| {name} | {:.0} | {:.0} | {:.0} |",
            percentile(samples, 0.5),
            percentile(samples, 0.9),
            percentile(samples, 0.99)
        );
    }
    let overhead = percentile(&keyed, 0.5) - percentile(&plain, 0.5);
    println!("| overhead of authentication (p50 difference) | {overhead:.0} | | |");
    println!("\nfirst use of the key (argon2 verification): {:.1} ms", first_use.as_secs_f64() * 1e3);
    println!(
        "argon2 computations: {} on first use, {} over the next {} requests",
        after_first_use - before_first_use,
        after_all - after_first_use,
        WARMUP + SAMPLES
    );
    println!("target: overhead p50 < 100 µs → {}", if overhead < 100.0 { "met" } else { "NOT met" });
    running.stop().await;
}

fn main() {
    tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().unwrap().block_on(run());
}
