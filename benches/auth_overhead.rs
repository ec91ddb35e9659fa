//! What API-key authentication adds to a request once the key is cached.
//!
//! Starts the real application (router, middleware, projections) on 127.0.0.1:0 with its own
//! nats-server and a temporary SQLite file, creates a key, then times interleaved
//! `GET /healthz` (no authentication) and `GET /v1/usage` (API key) requests from one client,
//! and prints a table. `veracity_argon2_computations_total` from `/metrics` shows argon2 ran for
//! the first use of the key only. Run with `make bench` (or `cargo bench --bench auth_overhead`).

mod common;

use std::time::{Duration, Instant};

use common::BenchApp;

const WARMUP: usize = 300;
const SAMPLES: usize = 5000;

fn percentile(sorted: &[Duration], p: f64) -> f64 {
    common::percentile(sorted, p).as_secs_f64() * 1e6
}

async fn argon2_count(http: &reqwest::Client, base: &str) -> u64 {
    let text =
        http.get(format!("{base}/metrics")).bearer_auth(veracity_testkit::app::METRICS_TOKEN).send().await.unwrap().text().await.unwrap();
    text.lines()
        .find(|l| l.starts_with("veracity_argon2_computations_total "))
        .and_then(|l| l.split_whitespace().nth(1)?.parse().ok())
        .unwrap_or(0)
}

async fn run() {
    let app = BenchApp::start().await;
    let (http, base, key) = (app.http.clone(), app.base.clone(), app.key.clone());
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
        println!("| {name} | {:.0} | {:.0} | {:.0} |", percentile(samples, 0.5), percentile(samples, 0.9), percentile(samples, 0.99));
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
    app.stop().await;
}

fn main() {
    tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().unwrap().block_on(run());
}
