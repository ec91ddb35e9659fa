//! Failure tests on real components: a dependency fails while jobs flow, and afterwards the
//! deployment is audited: every accepted job finished exactly once (one result in the log),
//! was reserved once and captured once, is listed once by the jobs read model, has one reserved
//! and one captured ledger row, and the balance read model equals the grants less the captures.
//! The client side behaves as a careful integrator's: a submission that fails is sent again
//! with the same `Idempotency-Key`, so a lost answer never makes a second job.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use futures::StreamExt;
use reqwest::StatusCode;
use serde_json::{Value, json};
use veracity_domain::billing::{CreditsCaptured, CreditsReleased, CreditsReserved};

use crate::support::accounts::Session;
use crate::support::app::{AppOptions, TestApp, spawn_app_with};
use crate::support::eventually;
use crate::support::nats::{NatsCluster, aggregate_events};
use crate::support::postgres::PrivatePostgres;

/// Machine-like prose, long enough to be judged; each job gets a numbered variant.
const TEXT: &str = "In today's rapidly evolving landscape, it is important to note that technology plays a pivotal role. \
    Furthermore, organizations must delve into innovative strategies to navigate the complexities of the digital realm. \
    Moreover, leveraging cutting-edge solutions can foster seamless collaboration and unlock unprecedented potential. \
    Additionally, it is crucial to underscore the significance of adaptability in this ever-changing environment.";

/// The most one submission may take, retries included.
const SUBMIT_LIMIT: Duration = Duration::from_secs(120);

/// A tenant under load: its owner and key.
struct Tenant {
    owner: Session,
    key: String,
}

async fn tenant(app: &TestApp, credits: u64) -> Tenant {
    let owner = app.signup().await;
    app.set_plan(&owner, "PRO").await;
    app.grant(&owner, credits).await;
    let (_, key) = app.create_key(&owner, json!({"name": "load", "rate_limit_per_minute": 20000, "daily_limit": 100000})).await;
    Tenant { owner, key }
}

/// Submits job `n` for `tenant` (`Prefer: wait=0`), sending it again with the same
/// `Idempotency-Key` until it is accepted; its id and how many tries failed.
async fn submit_one(app: &TestApp, tenant: &Tenant, n: usize) -> (String, usize) {
    let idempotency = format!("failure-test-{}-{n}", tenant.owner.tenant_id);
    let body = json!({"text": format!("{TEXT} Case number {n} is reviewed today.")});
    let started = Instant::now();
    let mut failed = 0;
    let mut last = String::new();
    loop {
        let sent = app
            .http
            .post(app.url("/v1/detect/text"))
            .bearer_auth(&tenant.key)
            .header("Idempotency-Key", &idempotency)
            .header("Prefer", "wait=0")
            .timeout(Duration::from_secs(15))
            .json(&body)
            .send()
            .await;
        match sent {
            Ok(response) if response.status() == StatusCode::ACCEPTED || response.status() == StatusCode::OK => {
                let job: Value = response.json().await.expect("a job");
                return (job["id"].as_str().expect("an id").to_owned(), failed);
            }
            Ok(response) if response.status().is_client_error() && response.status() != StatusCode::CONFLICT => {
                // 409 IDEMPOTENCY_IN_PROGRESS and 429 are retried; any other 4xx is a bug here.
                let status = response.status();
                let body = response.text().await.unwrap_or_default();
                assert_eq!(status, StatusCode::TOO_MANY_REQUESTS, "job {n}: {body}");
            }
            Ok(response) => last = format!("{}: {}", response.status(), response.text().await.unwrap_or_default()),
            Err(e) => last = e.to_string(),
        }
        failed += 1;
        assert!(started.elapsed() < SUBMIT_LIMIT, "job {n} was not accepted within {SUBMIT_LIMIT:?} ({failed} tries); last: {last}");
        tokio::time::sleep(Duration::from_millis(250)).await;
    }
}

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
            let (id, failed) = submit_one(app, &tenants[t], n).await;
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

/// Every id in the jobs read model, page by page.
async fn listed_jobs(app: &TestApp, key: &str) -> Vec<String> {
    let mut ids = Vec::new();
    let mut after: Option<String> = None;
    for _ in 0..100 {
        let path = match &after {
            Some(cursor) => format!("/v1/jobs?limit=100&starting_after={cursor}"),
            None => "/v1/jobs?limit=100".into(),
        };
        let page: Value = app.http.get(app.url(&path)).bearer_auth(key).send().await.unwrap().json().await.unwrap();
        ids.extend(page["data"].as_array().unwrap().iter().map(|j| j["id"].as_str().unwrap().to_owned()));
        match page["next_cursor"].as_str() {
            Some(cursor) => after = Some(cursor.to_owned()),
            None => break,
        }
    }
    ids
}

/// The audit of one tenant after the load: see the module's comment. A request that failed
/// after its job was partly stored may leave a job the client never heard of: it must end
/// failed, with its credits released, never captured. `available_before` is the balance before
/// the load; every job costs `price`.
async fn audit(app: &TestApp, tenant: &Tenant, ids: &[String], available_before: i64, price: i64) -> usize {
    let accepted: BTreeSet<&str> = ids.iter().map(String::as_str).collect();
    assert_eq!(accepted.len(), ids.len(), "a job id was accepted twice");
    for id in ids {
        let job = app.finished_job(&tenant.key, id, Duration::from_secs(180)).await;
        assert_eq!(job["status"], "completed", "{job}");
    }
    // The log: one result per accepted job.
    for id in ids {
        let events = aggregate_events(&app.config, &tenant.owner.tenant_id, "job", id).await;
        let results: Vec<&str> =
            events.iter().map(|e| e.event_type.as_str()).filter(|t| *t == "job.completed" || *t == "job.failed").collect();
        assert_eq!(results, ["job.completed"], "job {id}");
    }
    // The credits in the log: every accepted job reserved and captured once; any other job
    // (a failed request's) reserved and released once. Stale reservations are settled by the
    // sweeper after its grace period.
    let tenant_id = &tenant.owner.tenant_id;
    let moves = || async {
        let mut per_job: BTreeMap<String, (usize, usize, usize)> = BTreeMap::new();
        for event in aggregate_events(&app.config, tenant_id, "credit_account", tenant_id).await {
            if let Some(reserved) = event.decode::<CreditsReserved>().unwrap() {
                per_job.entry(reserved.job.to_string()).or_default().0 += 1;
            } else if let Some(captured) = event.decode::<CreditsCaptured>().unwrap() {
                per_job.entry(captured.job.to_string()).or_default().1 += 1;
            } else if let Some(released) = event.decode::<CreditsReleased>().unwrap() {
                per_job.entry(released.job.to_string()).or_default().2 += 1;
            }
        }
        per_job
    };
    let settled = |per_job: &BTreeMap<String, (usize, usize, usize)>| {
        per_job.iter().all(|(job, counts)| *counts == if accepted.contains(job.as_str()) { (1, 1, 0) } else { (1, 0, 1) })
            && accepted.iter().all(|id| per_job.contains_key(*id))
    };
    let limit = Duration::from_secs(90);
    let per_job = match tokio::time::timeout(limit, async {
        loop {
            let per_job = moves().await;
            if settled(&per_job) {
                return per_job;
            }
            tokio::time::sleep(Duration::from_millis(500)).await;
        }
    })
    .await
    {
        Ok(per_job) => per_job,
        Err(_) => {
            let wrong: Vec<_> = moves()
                .await
                .into_iter()
                .filter(|(job, c)| *c != if accepted.contains(job.as_str()) { (1, 1, 0) } else { (1, 0, 1) })
                .collect();
            panic!("credits not settled once per job within {limit:?}: (reserved, captured, released) {wrong:?}");
        }
    };
    let others = per_job.len() - accepted.len();
    // The read models: every job listed once, other jobs failed; the ledger's rows; the balance.
    let n = ids.len();
    let check = || async {
        let listed = listed_jobs(app, &tenant.key).await;
        let unique: BTreeSet<&str> = listed.iter().map(String::as_str).collect();
        if unique.len() != listed.len() {
            return Err(format!("{} rows for {} jobs", listed.len(), unique.len()));
        }
        if !accepted.is_subset(&unique) {
            return Err(format!("accepted jobs not listed: {:?}", accepted.difference(&unique).collect::<Vec<_>>()));
        }
        for extra in unique.difference(&accepted) {
            let job: Value =
                app.http.get(app.url(&format!("/v1/jobs/{extra}"))).bearer_auth(&tenant.key).send().await.unwrap().json().await.unwrap();
            if job["status"] != "failed" {
                return Err(format!("a job the client never heard of is not failed: {job}"));
            }
        }
        let ledger = app.ledger(&tenant.owner).await;
        let count = |kind: &str| ledger.iter().filter(|e| e["type"] == kind && e["job_id"].is_string()).count();
        let rows = (count("reserved"), count("captured"), count("released"));
        if rows != (n + others, n, others) {
            return Err(format!("ledger rows (reserved, captured, released) {rows:?}, the log says {:?}", (n + others, n, others)));
        }
        let balance = app.balance(&tenant.owner).await;
        if balance["available"].as_i64() != Some(available_before - price * n as i64) || balance["reserved"].as_i64() != Some(0) {
            return Err(format!("balance {balance}; expected available {}", available_before - price * n as i64));
        }
        Ok(())
    };
    let started = Instant::now();
    loop {
        match check().await {
            Ok(()) => return others,
            Err(why) if started.elapsed() > Duration::from_secs(60) => panic!("the read models do not match the log: {why}"),
            Err(_) => tokio::time::sleep(Duration::from_millis(500)).await,
        }
    }
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
        tenants.push(tenant(app, 1000).await);
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
    let mut others = 0;
    for (t, tenant) in tenants.iter().enumerate() {
        assert_eq!(ids[t].len(), 50);
        others += audit(app, tenant, &ids[t], before[t], 1).await;
    }
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
