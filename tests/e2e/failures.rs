//! Failure tests on real components: a dependency fails while jobs flow, and afterwards the
//! deployment is audited against its event log (testkit's `load::audit`): every accepted job
//! finished exactly once and was charged once, any job of a failed request ended failed and
//! uncharged, and every read model agrees. The clients send a failed submission again with
//! the same `Idempotency-Key`, as a careful integrator does.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use futures::StreamExt;
use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::support::app::{AppOptions, TestApp, spawn_app_with};
use crate::support::eventually;
use crate::support::load::{Audited, Tenant, Work, audit, submit_until_accepted};
use crate::support::nats::NatsCluster;
use crate::support::postgres::PrivatePostgres;

/// Submits `per_tenant` jobs for each tenant, `clients` at a time; `accepted` counts them as
/// they are accepted. The accepted ids per tenant, and the failed tries.
async fn submit_all(
    app: &TestApp,
    tenants: &[Tenant],
    per_tenant: usize,
    clients: usize,
    accepted: &AtomicUsize,
) -> (Vec<Vec<String>>, usize) {
    let work: Vec<(usize, usize)> = (0..per_tenant).flat_map(|n| (0..tenants.len()).map(move |t| (t, n))).collect();
    let done: Vec<(usize, String, usize)> = futures::stream::iter(work)
        .map(|(t, n)| async move {
            let idempotency = format!("failure-test-{}-{n}", tenants[t].owner.tenant_id);
            let (id, failed) = submit_until_accepted(app, &tenants[t], &Work::text(n), &idempotency).await;
            accepted.fetch_add(1, Ordering::SeqCst);
            (t, id, failed)
        })
        .buffer_unordered(clients)
        .collect()
        .await;
    let mut ids = vec![Vec::new(); tenants.len()];
    let mut failed = 0;
    for (t, id, f) in done {
        ids[t].push(id);
        failed += f;
    }
    (ids, failed)
}

/// Waits (bounded) until `accepted` reaches `count`.
async fn once_accepted(accepted: &AtomicUsize, count: usize) {
    eventually(&format!("{count} jobs accepted"), Duration::from_secs(120), || async {
        (accepted.load(Ordering::SeqCst) >= count).then_some(())
    })
    .await;
}

/// A deployment for the load: the sweeper quick, so the audit sees what it finishes.
fn load_options(nats_url: Option<String>, replicas: usize, database_url: Option<String>) -> AppOptions {
    AppOptions {
        nats_url,
        tweak: Some(Box::new(move |config| {
            if let Some(url) = database_url {
                config.database.url = veracity::config::Secret::new(url);
            }
            config.nats.replicas = replicas;
            config.detection.sweep_interval_secs = 1;
            config.detection.sweep_grace_secs = 20;
        })),
        ..AppOptions::default()
    }
}

/// Four tenants submit 50 text jobs each, 8 at a time; once 60 are accepted, `disrupt` runs
/// (with submissions still to come); then every tenant is audited. Prints what happened.
async fn load_through<Fut: std::future::Future<Output = ()>>(app: &TestApp, what: &str, disrupt: impl FnOnce() -> Fut) {
    let mut tenants = Vec::new();
    for _ in 0..4 {
        tenants.push(app.load_tenant("PRO", 1000).await);
    }
    let mut before = Vec::new();
    for t in &tenants {
        before.push(app.balance(&t.owner).await["available"].as_i64().unwrap());
    }
    let accepted = AtomicUsize::new(0);
    let disruption = async {
        once_accepted(&accepted, 60).await;
        let at_start = accepted.load(Ordering::SeqCst);
        disrupt().await;
        at_start
    };
    let ((ids, failed), at_start) = tokio::join!(submit_all(app, &tenants, 50, 8, &accepted), disruption);
    // Requests in flight may wait out a short outage (the client library buffers): what counts
    // is that the failure came with submissions still to come.
    assert!(at_start < 200, "every job was accepted before the failure: the test did not test it");
    let mut audited = Audited::default();
    for (t, tenant) in tenants.iter().enumerate() {
        assert_eq!(ids[t].len(), 50);
        audited += audit(app, tenant, &ids[t], before[t]).await;
    }
    assert_eq!((audited.completed, audited.captured), (200, 200), "every text job completed, 1 credit each: {audited:?}");
    let others = audited.others;
    eprintln!(
        "{what}: the failure came after {at_start} of 200 jobs were accepted; {failed} submissions failed and were sent again; \
         {others} jobs of failed requests ended failed, their credits released"
    );
}

/// The single nats-server of a `serve`-like deployment (API and workers in one process) is
/// killed and restarted while 200 jobs from four tenants are submitted: requests fail while it
/// is down (the clients send them again), and afterwards nothing is lost or doubled.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn nats_restarted_mid_load_loses_and_doubles_nothing() {
    let app = spawn_app_with(load_options(None, 1, None)).await;
    let nats = app.nats();
    load_through(&app, "nats-server restarted", || async {
        tokio::task::block_in_place(|| nats.lock().unwrap().stop());
        tokio::time::sleep(Duration::from_secs(2)).await;
        tokio::task::block_in_place(|| nats.lock().unwrap().restart());
    })
    .await;
    app.stop().await;
}

/// A 3-node JetStream cluster (`nats.replicas = 3`): one node is killed while 200 jobs flow and
/// restarted 3 s later; the event log, the queues and the key-value buckets keep a quorum, and
/// afterwards nothing is lost or doubled.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_cluster_node_lost_and_restarted_mid_load_loses_and_doubles_nothing() {
    let cluster = Arc::new(Mutex::new(NatsCluster::start(3).await));
    let url = cluster.lock().unwrap().url();
    let app = spawn_app_with(load_options(Some(url), 3, None)).await;
    load_through(&app, "a node of a 3-node cluster lost", || async {
        tokio::task::block_in_place(|| cluster.lock().unwrap().kill(0));
        tokio::time::sleep(Duration::from_secs(3)).await;
        tokio::task::block_in_place(|| cluster.lock().unwrap().restart(0));
    })
    .await;
    app.stop().await;
}

/// PostgreSQL (the read models) is stopped, as a crash would, for a few seconds while jobs flow:
/// `/readyz` names the database as down, and once it is back the projections catch up and the
/// audit holds.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn postgres_restarted_mid_load_and_the_projections_catch_up() {
    let postgres = PrivatePostgres::start();
    let url = postgres.create_database("veracity").await;
    let app = spawn_app_with(load_options(None, 1, Some(url))).await;
    load_through(&app, "PostgreSQL restarted", || async {
        tokio::task::block_in_place(|| postgres.stop_server());
        let down: Value = eventually("/readyz to report the database down", Duration::from_secs(20), || async {
            let response = app.get("/readyz").await;
            (response.status() == StatusCode::SERVICE_UNAVAILABLE).then_some(())?;
            response.json().await.ok()
        })
        .await;
        let failed: Vec<&str> =
            down["checks"].as_array().unwrap().iter().filter(|c| c["status"] == "failed").map(|c| c["name"].as_str().unwrap()).collect();
        assert_eq!(failed, ["database"], "{down}");
        tokio::time::sleep(Duration::from_secs(3)).await;
        tokio::task::block_in_place(|| postgres.start_server());
        eventually("/readyz to recover", Duration::from_secs(30), || async {
            (app.get("/readyz").await.status() == StatusCode::OK).then_some(())
        })
        .await;
    })
    .await;
    app.stop().await;
}

/// What failures leave behind, made directly in the log, and the sweeper finishing each: a
/// reservation for a job never recorded (released), a job recorded but never submitted (failed,
/// released), a failed job whose settlement was lost (released), and a submitted job whose
/// ticket was lost (queued again: it then runs, finds no media, fails and is released).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_sweeper_finishes_what_failures_left() {
    use veracity_domain::detection::job::{FailureCode, JobFailed, JobSubmitted, UploadReceived};
    use veracity_domain::detection::{Check, JobOptions, MediaSource, MediaType, StoredMedia};
    use veracity_domain::{AggregatePosition, AggregateRef, ApiKeyId, JobId, NewEvent, TenantId};

    let app = spawn_app_with(AppOptions::default()).await;
    let owner = app.signup().await;
    let (_, key) = app.create_key(&owner, json!({"name": "sweep"})).await;
    let nats_url = app.config.nats.url.as_ref().unwrap().expose().to_owned();
    let components = veracity::app::connect(&app.config, &nats_url, "sweep-test").await.unwrap();
    let tenant: TenantId = owner.tenant_id.parse().unwrap();
    let events = components.events.clone();
    let ledger = components.ledger.clone();
    let record = |job: JobId, stages: usize| {
        let events = events.clone();
        async move {
            let agg = AggregateRef::new(tenant, "job", job.to_string()).unwrap();
            let media = StoredMedia { blob_key: format!("media/{tenant}/{job}/none"), sha256: "0".repeat(64), size: 1, format: None };
            let staged: Vec<NewEvent> = [
                NewEvent::from_domain(&UploadReceived { media, source: MediaSource::Text { highlight: false } }, chrono::Utc::now()),
                NewEvent::from_domain(
                    &JobSubmitted {
                        check: Check::Deepfake,
                        media_type: MediaType::Text,
                        options: JobOptions::default(),
                        key: ApiKeyId::new(),
                    },
                    chrono::Utc::now(),
                ),
                NewEvent::from_domain(
                    &JobFailed { attempt: 0, code: FailureCode::AnalysisFailed, message: "failed".into() },
                    chrono::Utc::now(),
                ),
            ]
            .into_iter()
            .take(stages)
            .map(Result::unwrap)
            .collect();
            let mut position = AggregatePosition::EMPTY;
            for event in staged {
                position = events.append(&agg, position, event).await.unwrap().position();
            }
        }
    };
    let (never_recorded, never_submitted, unsettled, never_queued) = (JobId::new(), JobId::new(), JobId::new(), JobId::new());
    for job in [never_recorded, never_submitted, unsettled, never_queued] {
        ledger.reserve(tenant, job, 1, Some(MediaType::Text), "test").await.unwrap().unwrap();
    }
    record(never_submitted, 1).await;
    record(unsettled, 3).await;
    record(never_queued, 2).await;

    let mut sweeper = veracity::workers::sweeper(&app.config, &components);
    sweeper.grace = Duration::ZERO;
    // The read models catch up first; sweeps are repeated until each case is done.
    let mut total = veracity_workers::sweeper::Swept::default();
    let started = Instant::now();
    while (total.released, total.failed, total.settled, total.requeued) < (2, 1, 1, 1) {
        assert!(started.elapsed() < Duration::from_secs(30), "swept so far: {total:?}");
        let swept = sweeper.sweep().await.unwrap();
        total.released += swept.released;
        total.failed += swept.failed;
        total.settled += swept.settled;
        total.requeued += swept.requeued;
        tokio::time::sleep(Duration::from_millis(300)).await;
    }
    let failed = app.finished_job(&key, &never_submitted.to_string(), Duration::from_secs(10)).await;
    assert_eq!((failed["status"].as_str(), failed["error"]["code"].as_str()), (Some("failed"), Some("ANALYSIS_ABORTED")), "{failed}");
    assert_eq!(failed["media_type"], "text", "what its upload is, though never submitted: {failed}");
    let requeued = app.finished_job(&key, &never_queued.to_string(), Duration::from_secs(30)).await;
    assert_eq!(requeued["status"], "failed", "it ran and found no media: {requeued}");
    eventually("every reservation returned", Duration::from_secs(30), || async {
        ledger.reserved_jobs(tenant, "test").await.unwrap().is_empty().then_some(())
    })
    .await;
    let store_types = |job: JobId| {
        let events = events.clone();
        async move {
            let agg = AggregateRef::new(tenant, "job", job.to_string()).unwrap();
            events.load(&agg, 0).await.unwrap().into_iter().map(|e| e.envelope.event_type).collect::<Vec<_>>()
        }
    };
    assert!(store_types(never_recorded).await.is_empty(), "nothing is made for a job never recorded");
    app.stop().await;
}
