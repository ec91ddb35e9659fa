//! `make chaos`: a mixed load for a few minutes (texts, images, audio and videos from four
//! tenants, each with a webhook endpoint on a loopback receiver) on a production-shaped
//! deployment (a 3-node JetStream cluster with `nats.replicas = 3`, PostgreSQL, the API in this
//! process, two `veracity worker` processes) while a worker, a NATS node and PostgreSQL are killed
//! and restarted in turn. Then the deployment is audited against its event log (testkit's
//! `load::audit`: one result per job, one capture or release per result, read models equal to
//! the log), every job's webhook message is checked delivered at least once, and once the
//! projections have caught up, every read-model table is compared row for row with a fresh
//! database that `veracity projections rebuild` filled from the log alone. Prints the counts;
//! fails on any difference. `make test` skips it (minutes long); `VERACITY_CHAOS_SECS`
//! sets the load's length (default 120).

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use reqwest::Method;
use serde_json::json;
use veracity_domain::ports::EventStore as _;

use crate::support::app::{AppOptions, spawn_app_with};
use crate::support::detection::{face, media};
use crate::support::load::{Audited, Work, audit, submit_until_accepted};
use crate::support::nats::{NatsCluster, app_event_store};
use crate::support::postgres::PrivatePostgres;
use crate::support::process::{operator_command, start_worker};
use crate::support::read_models;
use crate::support::webhooks::Receiver;

const TENANTS: usize = 4;
const CLIENTS: usize = 6;

/// Job `n`'s work: mostly texts, then images, audio, and a video now and then.
fn work(n: usize) -> (&'static str, Work) {
    match n % 20 {
        0 => ("video", Work::File { endpoint: "/v1/detect/video", name: "clip.mp4".into(), bytes: media("clip.mp4") }),
        1 | 2 => ("audio", Work::File { endpoint: "/v1/detect/audio", name: "voiced.wav".into(), bytes: media("voiced.wav") }),
        3..=5 => {
            let name = if n.is_multiple_of(2) { "newton.png" } else { "gauss.png" };
            ("image", Work::File { endpoint: "/v1/detect/image", name: name.into(), bytes: face(name) })
        }
        _ => ("text", Work::text(n)),
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "minutes long: run it with `make chaos`"]
async fn chaos() {
    let seconds: u64 = std::env::var("VERACITY_CHAOS_SECS").ok().and_then(|s| s.parse().ok()).unwrap_or(120).clamp(10, 1800);
    let cluster = Arc::new(Mutex::new(NatsCluster::start(3).await));
    let postgres = PrivatePostgres::start();
    let database = postgres.create_database("veracity").await;
    let live_database = database.clone();
    let receiver = Receiver::start().await;
    let nats_url = cluster.lock().unwrap().url();
    let app = spawn_app_with(AppOptions {
        roles: veracity::app::Roles { api: true, workers: false },
        nats_url: Some(nats_url),
        tweak: Some(Box::new(move |config| {
            config.database.url = veracity::config::Secret::new(database);
            config.nats.replicas = 3;
            config.webhooks.allow_http = true;
            config.webhooks.allow_loopback = true;
            config.webhooks.retry_schedule_ms = vec![0, 500, 1000, 2000, 5000, 10000, 20000];
            config.detection.sweep_interval_secs = 1;
            config.detection.sweep_grace_secs = 30;
        })),
        ..AppOptions::default()
    })
    .await;
    let logs = tempfile::tempdir().unwrap();
    let worker_log = |name: String| logs.path().join(name);
    let mut workers =
        [start_worker(&app.config, &worker_log("w0-0.log".into())), start_worker(&app.config, &worker_log("w1-0.log".into()))];

    let mut tenants = Vec::new();
    let mut before = Vec::new();
    for t in 0..TENANTS {
        let tenant = app.load_tenant("PRO", 100_000).await;
        let endpoint = json!({"url": receiver.url(&format!("t{t}")), "event_types": ["deepfake.scan_completed", "deepfake.job_failed"]});
        let made = app.admin(&tenant.owner, Method::POST, "/v1/webhooks").json(&endpoint).send().await.unwrap();
        assert_eq!(made.status(), reqwest::StatusCode::CREATED);
        before.push(app.balance(&tenant.owner).await["available"].as_i64().unwrap());
        tenants.push(tenant);
    }

    // The load: each client takes the next job number until the time is up, and waits for it.
    let deadline = Instant::now() + Duration::from_secs(seconds);
    let next = AtomicUsize::new(0);
    let accepted: Mutex<Vec<(usize, &'static str, String)>> = Mutex::new(Vec::new());
    let retried = AtomicUsize::new(0);
    let client = || async {
        while Instant::now() < deadline {
            let n = next.fetch_add(1, Ordering::SeqCst);
            let t = n % TENANTS;
            let (kind, work) = work(n / TENANTS);
            let idempotency = format!("chaos-{}-{n}", tenants[t].owner.tenant_id);
            let (id, failed) = submit_until_accepted(&app, &tenants[t], &work, &idempotency).await;
            retried.fetch_add(failed, Ordering::SeqCst);
            accepted.lock().unwrap().push((t, kind, id.clone()));
            // A closed loop: the next job once this one is done, so the backlog stays bounded.
            app.finished_job(&tenants[t].key, &id, Duration::from_secs(300)).await;
        }
    };
    // The faults, in turn every 15 s: a worker killed (a new one starts 3 s later), a NATS node
    // killed (restarted 5 s later), PostgreSQL stopped (started 5 s later).
    let faults = async {
        let mut injected: Vec<String> = Vec::new();
        let mut round = 0;
        while Instant::now() + Duration::from_secs(15) < deadline {
            tokio::time::sleep(Duration::from_secs(15)).await;
            match round % 3 {
                0 => {
                    let w = (round / 3) % 2;
                    workers[w].kill();
                    tokio::time::sleep(Duration::from_secs(3)).await;
                    workers[w] = start_worker(&app.config, &worker_log(format!("w{w}-{round}.log")));
                    injected.push(format!("worker {w} killed"));
                }
                1 => {
                    let node = (round / 3) % 3;
                    tokio::task::block_in_place(|| cluster.lock().unwrap().kill(node));
                    tokio::time::sleep(Duration::from_secs(5)).await;
                    tokio::task::block_in_place(|| cluster.lock().unwrap().restart(node));
                    injected.push(format!("nats node {node} killed"));
                }
                _ => {
                    tokio::task::block_in_place(|| postgres.stop_server());
                    tokio::time::sleep(Duration::from_secs(5)).await;
                    tokio::task::block_in_place(|| postgres.start_server());
                    injected.push("postgres stopped".into());
                }
            }
            round += 1;
        }
        injected
    };
    let clients = futures::future::join_all((0..CLIENTS).map(|_| client()));
    let (_, injected) = tokio::join!(clients, faults);
    let accepted = accepted.into_inner().unwrap();

    // The audit.
    let mut audited = Audited::default();
    let mut messages = 0;
    for (t, tenant) in tenants.iter().enumerate() {
        let ids: Vec<String> = accepted.iter().filter(|(at, _, _)| *at == t).map(|(_, _, id)| id.clone()).collect();
        audited += audit(&app, tenant, &ids, before[t]).await;
        // Every job's message delivered at least once (retries allowed).
        let path = format!("t{t}");
        let started = Instant::now();
        loop {
            let delivered: std::collections::BTreeSet<String> =
                receiver.received(&path).iter().filter_map(|r| r.json()["data"]["id"].as_str().map(str::to_owned)).collect();
            let missing: Vec<&String> = ids.iter().filter(|id| !delivered.contains(*id)).collect();
            if missing.is_empty() {
                break;
            }
            assert!(started.elapsed() < Duration::from_secs(120), "tenant {t}: no webhook delivered for {missing:?}");
            tokio::time::sleep(Duration::from_millis(500)).await;
        }
        messages += ids.len();
    }
    let deliveries: usize = (0..TENANTS).map(|t| receiver.received(&format!("t{t}")).len()).sum();

    // The read models against a rebuild. The API stops first (it appends too: key usage, every
    // second). The projections run in the workers: once they hold the whole log and the workers
    // are stopped, nothing appends and the live tables are final.
    let config = app.config.clone();
    app.stop().await;
    let events = app_event_store(&config).await;
    let head = || async { events.head().await.expect("the log's head") };
    let mut at = head().await;
    for attempt in 0.. {
        read_models::wait_caught_up(&live_database, at, Duration::from_secs(120)).await;
        workers.iter_mut().for_each(|w| w.kill());
        let now = head().await;
        if now == at {
            break;
        }
        // Something was appended between the check and the stop (a late webhook retry): one
        // worker projects it, then the check again.
        assert!(attempt < 5, "the log kept growing after the load ({at} → {now})");
        at = now;
        workers[0] = start_worker(&config, &worker_log(format!("w0-settle-{attempt}.log")));
    }
    let live = read_models::snapshot(&live_database).await;
    let rebuilt_database = postgres.create_database("rebuilt").await;
    let rebuild_started = Instant::now();
    for args in [&["migrate"][..], &["projections", "rebuild"]] {
        let mut command = operator_command(&config, logs.path());
        command.env("VERACITY_DATABASE_URL", &rebuilt_database).args(args);
        let output = tokio::task::block_in_place(|| command.output()).unwrap();
        assert!(output.status.success(), "veracity {args:?}: {}", String::from_utf8_lossy(&output.stderr));
    }
    assert_eq!(head().await, at, "nothing appended to the log while it was rebuilt");
    let rebuild_ms = rebuild_started.elapsed().as_millis();
    let rebuilt = read_models::snapshot(&rebuilt_database).await;
    let differences = read_models::differences(&live, &rebuilt);
    assert!(differences.is_empty(), "read models differ from a rebuild of the log:\n{}", differences.join("\n"));
    let rows: usize = live.values().map(Vec::len).sum();
    let by_kind = |kind: &str| accepted.iter().filter(|(_, k, _)| *k == kind).count();
    println!("\nchaos: {seconds} s of load on a 3-node NATS cluster, PostgreSQL and two workers\n");
    println!("| what | count |\n|---|---:|");
    for (what, count) in [
        ("jobs accepted", accepted.len()),
        ("  texts", by_kind("text")),
        ("  images", by_kind("image")),
        ("  audio", by_kind("audio")),
        ("  videos", by_kind("video")),
        ("completed (one result, one capture)", audited.completed),
        ("failed (one result, one release)", audited.failed),
        ("jobs of failed requests (failed, released)", audited.others),
        ("submissions sent again", retried.load(Ordering::SeqCst)),
        ("faults injected", injected.len()),
        ("webhook messages (each delivered)", messages),
        ("webhook deliveries", deliveries),
        ("events in the log", at as usize),
        ("read-model tables compared with a rebuild", live.len()),
        ("  rows compared", rows),
        ("differences", 0),
    ] {
        println!("| {what} | {count} |");
    }
    println!("\nfaults: {}", injected.join(", "));
    println!("rebuild of every projection into a fresh database: {rebuild_ms} ms");
}
