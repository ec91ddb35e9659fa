//! Detection workers under failure and over time: a worker process killed with SIGKILL mid-job,
//! tickets that arrive before their job (or without one), and media retention after the verdict.

use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

use reqwest::StatusCode;
use serde_json::Value;
use veracity::app::Roles;
use veracity::config::Config;
use veracity_adapters::nats::JetStreamJobQueue;
use veracity_app::CreditLedger;
use veracity_domain::billing::{CreditsCaptured, Pricing};
use veracity_domain::detection::job::{JobSubmitted, UploadReceived};
use veracity_domain::detection::{Check, JobOptions, MediaLimits, MediaSource, MediaType, StoredMedia};
use veracity_domain::fakes::{InMemoryBlobStore, InMemoryEventStore};
use veracity_domain::ports::{BlobKey, BlobStore, EventStore, JobQueue, JobTicket, SystemClock, TicketMedia};
use veracity_domain::{AggregatePosition, AggregateRef, ApiKeyId, JobId, NewEvent, TenantId};
use veracity_media::VideoSampling;
use veracity_workers::detection::{Analyser, DetectionWorker, Outcome, WorkerSettings};

use crate::support::accounts::FetchJson;
use crate::support::app::{AppOptions, spawn_app_with};
use crate::support::detection::{face, form, media};
use crate::support::nats::{NatsServer, aggregate_events, open_event_store, open_job_queue, open_job_queue_with};
use crate::support::process::start_worker;
use crate::support::{eventually, unique};

/// The event types recorded for a job, in order, with when they happened.
async fn job_events(config: &Config, tenant: &str, job: &str) -> Vec<(String, chrono::DateTime<chrono::Utc>)> {
    aggregate_events(config, tenant, "job", job).await.into_iter().map(|e| (e.event_type, e.occurred_at)).collect()
}

/// Submits a 10 s 720p video (seconds of work for a worker); its job id.
async fn submit_720p_video(app: &crate::support::TestApp, key: &str) -> String {
    let accepted: Value = app
        .http
        .post(app.url("/v1/detect/video"))
        .bearer_auth(key)
        .multipart(form("file", "clip.mp4", media("bench_720p.mp4")))
        .fetch()
        .await;
    accepted["id"].as_str().expect("a job id").to_owned()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_job_whose_worker_is_killed_midway_is_finished_once_by_another() {
    // The API in this process, the workers in child processes.
    let app = spawn_app_with(AppOptions { roles: Roles { api: true, workers: false }, ..AppOptions::default() }).await;
    let logs = tempfile::tempdir().unwrap();
    // The worker process also runs the projections the API reads (API keys among them).
    let mut first = start_worker(&app.config, &logs.path().join("first.log"));
    let owner = app.signup().await;
    let (_, key) = app.create_key(&owner, serde_json::json!({"name": "kill-test", "rate_limit_per_minute": 1000})).await;

    // Submit a 10 s 720p video and SIGKILL the worker once it has started on it. Should a job
    // finish before the kill lands (a fast machine), try again with a new one.
    let mut killed = None;
    for _ in 0..5 {
        let id = submit_720p_video(&app, &key).await;
        let status = eventually("the worker to start the job", Duration::from_secs(60), || async {
            let job = app.http.get(app.url(&format!("/v1/jobs/{id}"))).bearer_auth(&key).fetch().await;
            let status = job["status"].as_str().unwrap_or_default().to_owned();
            (status != "queued").then_some(status)
        })
        .await;
        if status == "processing" {
            first.kill();
            killed = Some(id);
            break;
        }
    }
    let id = killed.expect("the worker was never caught mid-job in 5 tries");
    let after_kill = app.http.get(app.url(&format!("/v1/jobs/{id}"))).bearer_auth(&key).fetch().await;
    assert_eq!(after_kill["status"], "processing", "the killed worker cannot have finished it: {after_kill}");

    // A second worker gets the job once the dead one's delivery times out (ack_wait 3 s).
    let _second = start_worker(&app.config, &logs.path().join("second.log"));
    let job = app.finished_job(&key, &id, Duration::from_secs(90)).await;
    assert_eq!(
        job["status"],
        "completed",
        "{job}; second worker log:\n{}",
        std::fs::read_to_string(logs.path().join("second.log")).unwrap()
    );
    assert_eq!(job["frames_analyzed"], 10, "{job}");

    let events: Vec<String> = job_events(&app.config, &owner.tenant_id, &id).await.into_iter().map(|(kind, _)| kind).collect();
    assert_eq!(events.iter().filter(|e| *e == "job.completed").count(), 1, "{events:?}");
    assert!(events.iter().filter(|e| *e == "job.started").count() >= 2, "started again after the kill: {events:?}");
    assert!(!events.contains(&"job.failed".to_owned()), "{events:?}");
    // Credits: the 10 reserved for a video, 5 captured (it is 10 s long), once.
    assert_eq!(job["credits_used"], 5, "{job}");
    let credits = aggregate_events(&app.config, &owner.tenant_id, "credit_account", &owner.tenant_id).await;
    let captures: Vec<u64> = credits
        .iter()
        .filter_map(|e| e.decode::<CreditsCaptured>().unwrap())
        .filter(|c| c.job.to_string() == id)
        .map(|c| c.amount)
        .collect();
    assert_eq!(captures, [5], "one capture for the job");

    // The worker's own listener: health, readiness with its checks, and what it counted.
    let ops = ops_address(&logs.path().join("second.log"));
    let health = app.http.get(format!("http://{ops}/healthz")).send().await.unwrap();
    assert_eq!(health.status(), reqwest::StatusCode::OK);
    let ready: serde_json::Value = app.http.get(format!("http://{ops}/readyz")).send().await.unwrap().json().await.unwrap();
    let checks: Vec<(&str, &str)> =
        ready["checks"].as_array().unwrap().iter().map(|c| (c["name"].as_str().unwrap(), c["status"].as_str().unwrap())).collect();
    assert_eq!(checks, [("nats", "ok"), ("database", "ok"), ("blob_store", "ok")], "{ready}");
    let metrics = app.http.get(format!("http://{ops}/metrics")).send().await.unwrap().text().await.unwrap();
    for line in [
        r#"veracity_jobs_finished_total{media_type="video",outcome="completed"} 1"#,
        r#"veracity_credit_reservations_total{outcome="captured"} 1"#,
        r#"veracity_detector_duration_seconds_count{detector="clip-probe"} 1"#,
        r#"veracity_queue_depth{queue="jobs"}"#,
        r#"veracity_queue_depth{queue="webhooks"}"#,
        r#"veracity_projection_lag_events{projection="jobs"}"#,
        "veracity_credits_reserved ",
    ] {
        assert!(metrics.contains(line), "{line} in:\n{metrics}");
    }
    app.stop().await;
}

/// The address a worker's log says its own listener took.
fn ops_address(log: &Path) -> String {
    let text = std::fs::read_to_string(log).unwrap();
    // Without terminal colours: drop escape sequences.
    let mut plain = String::with_capacity(text.len());
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c == '\u{1b}' {
            chars.by_ref().find(|c| c.is_ascii_alphabetic());
        } else {
            plain.push(c);
        }
    }
    let line = plain.lines().find(|l| l.contains("worker health, readiness and metrics listening")).unwrap_or_else(|| panic!("{plain}"));
    line.split("addr=").nth(1).unwrap().chars().take_while(|c| c.is_ascii_digit() || *c == '.' || *c == ':').collect()
}

/// The stored blob files of a job.
fn blobs_of(dir: &Path, job: &str) -> usize {
    fn walk(dir: &Path, job: &str, found: &mut usize) {
        for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
            let path = entry.path();
            if path.is_dir() {
                walk(&path, job, found);
            } else if path.to_string_lossy().contains(job) {
                *found += 1;
            }
        }
    }
    let mut found = 0;
    walk(dir, job, &mut found);
    found
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn media_is_deleted_after_the_retention_delay_unless_retained_even_across_a_restart() {
    let mut app = spawn_app_with(AppOptions { tweak: Some(Box::new(|c| c.detection.retention_secs = 3)), ..AppOptions::default() }).await;
    let owner = app.signup().await;
    let (_, key) = app.create_key(&owner, serde_json::json!({"name": "retention"})).await;
    let submit = |retain: &'static str| {
        app.http
            .post(app.url("/v1/detect/image"))
            .bearer_auth(&key)
            .multipart(form("file", "newton.png", face("newton.png")).text("retain", retain))
            .send()
    };
    let purged = submit("false").await.unwrap();
    assert_eq!(purged.status(), StatusCode::OK);
    let purged: Value = purged.json().await.unwrap();
    let retained: Value = submit("true").await.unwrap().json().await.unwrap();
    let (purged_id, retained_id) = (purged["id"].as_str().unwrap().to_owned(), retained["id"].as_str().unwrap().to_owned());
    let blobs = app.config.blobs.dir.clone();
    assert_eq!(blobs_of(&blobs, &purged_id), 1, "the media is kept until the delay has passed");

    // Stop before the delay passes; a new process (same deployment) must still delete it.
    app.halt().await;
    let next = spawn_app_with(AppOptions { join: Some(app.config.clone()), nats: Some(app.nats()), ..AppOptions::default() }).await;
    eventually("the media to be deleted", Duration::from_secs(30), || async { (blobs_of(&blobs, &purged_id) == 0).then_some(()) }).await;
    // Deleted no earlier than the delay after the verdict.
    let events = job_events(&next.config, &owner.tenant_id, &purged_id).await;
    let at = |kind: &str| events.iter().find(|(k, _)| k == kind).map(|(_, at)| *at).unwrap_or_else(|| panic!("no {kind}: {events:?}"));
    let delay = at("media.purged") - at("job.completed");
    assert!(delay >= chrono::Duration::seconds(3), "deleted {delay} after the verdict");
    let job = next.http.get(next.url(&format!("/v1/jobs/{purged_id}"))).bearer_auth(&key).fetch().await;
    assert_eq!(job["media_deleted"], true, "{job}");
    assert_eq!(job["status"], "completed", "the result outlives the media: {job}");

    tokio::time::sleep(Duration::from_secs(2)).await;
    assert_eq!(blobs_of(&blobs, &retained_id), 1, "retain=true keeps the media 30 days");
    let job = next.http.get(next.url(&format!("/v1/jobs/{retained_id}"))).bearer_auth(&key).fetch().await;
    assert_eq!(job["media_deleted"], false, "{job}");

    // Deleting a job removes its media at once.
    let deleted = next.http.delete(next.url(&format!("/v1/jobs/{retained_id}"))).bearer_auth(&key).send().await.unwrap();
    assert_eq!(deleted.status(), StatusCode::NO_CONTENT);
    assert_eq!(blobs_of(&blobs, &retained_id), 0);
    next.stop().await;
    app.stop().await;
}

/// A worker on in-memory events and blobs (real JetStream slots), running text jobs.
async fn ticket_worker(
    queue: Arc<JetStreamJobQueue>,
    events: Arc<dyn EventStore>,
    blobs: Arc<InMemoryBlobStore>,
    ledger: Arc<CreditLedger>,
) -> DetectionWorker {
    let slots = Arc::new(queue.slots().await.unwrap());
    let db = veracity_adapters::sql::connect("sqlite::memory:", 1).await.unwrap();
    let credentials = std::sync::Arc::new(veracity_media::c2pa::ContentCredentialsReader::new(None).unwrap());
    let analyser = Analyser {
        detectors: Vec::new(),
        credentials,
        limits: MediaLimits::default(),
        sampling: VideoSampling::default(),
        weights: Default::default(),
    };
    let settings = WorkerSettings {
        worker_id: "test-worker".into(),
        group: "detection".into(),
        concurrency: 1,
        keep_alive: Duration::from_secs(10),
        slot_retry: Duration::from_millis(100),
        slot_lease: Duration::from_secs(60),
        submission_wait: Duration::from_secs(2),
        max_starts: 3,
        max_deliveries: 20_000,
        pricing: Pricing::default(),
    };
    DetectionWorker::new(events, blobs, queue, slots, db, Arc::new(SystemClock), Arc::new(analyser), ledger, settings)
}

/// The API queues a job's ticket while it stores the job's events, so a worker may hold a
/// ticket before its job is readable: it waits for the job and runs it; a ticket whose job is
/// not there comes back later, and is dropped once far older than any request.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_ticket_ahead_of_its_job_waits_for_it_and_one_without_a_job_is_retried_then_dropped() {
    let server = NatsServer::start();
    let (events, blobs) = (Arc::new(InMemoryEventStore::new()), Arc::new(InMemoryBlobStore::new()));
    let ledger = Arc::new(CreditLedger::new(events.clone(), Arc::new(SystemClock), 0));
    let queue = Arc::new(open_job_queue(&server, &unique("slots_")).await);
    let worker = Arc::new(ticket_worker(queue, events.clone(), blobs.clone(), ledger.clone()).await);
    let text = "A paragraph of text long enough to be analysed by the detection worker in this test.";
    let (tenant, job) = (TenantId::new(), JobId::new());
    ledger.reserve(tenant, job, 1, Some(MediaType::Text), "test").await.unwrap().unwrap();
    let sha256 = veracity_domain::digest::sha256_hex(text.as_bytes());
    let media = StoredMedia { blob_key: format!("media/{tenant}/{job}/{sha256}"), sha256, size: text.len() as u64, format: None };
    blobs.put(&BlobKey::new(media.blob_key.clone()).unwrap(), text.as_bytes().to_vec().into()).await.unwrap();
    let ticket = JobTicket { tenant, job, media: Some(TicketMedia { stored: media.clone(), media_type: MediaType::Text }) };

    let handling = tokio::spawn({
        let (worker, ticket) = (worker.clone(), ticket.clone());
        async move { worker.handle(&ticket, 1, chrono::Utc::now()).await }
    });
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert!(!handling.is_finished(), "the worker waits for the job");
    let agg = AggregateRef::new(tenant, "job", job.to_string()).unwrap();
    let upload = UploadReceived { media, source: MediaSource::Text { highlight: false } };
    let submitted =
        JobSubmitted { check: Check::Deepfake, media_type: MediaType::Text, options: JobOptions::default(), key: ApiKeyId::new() };
    let first = events.append(&agg, AggregatePosition::EMPTY, NewEvent::from_domain(&upload, chrono::Utc::now()).unwrap()).await.unwrap();
    events.append(&agg, first.position(), NewEvent::from_domain(&submitted, chrono::Utc::now()).unwrap()).await.unwrap();
    let outcome = tokio::time::timeout(Duration::from_secs(10), handling).await.expect("handled within 10 s").unwrap().unwrap();
    assert_eq!(outcome, Outcome::Ack);
    let types: Vec<String> = events.load(&agg, 0).await.unwrap().into_iter().map(|e| e.envelope.event_type).collect();
    assert_eq!(types, ["upload.received", "job.submitted", "job.started", "job.completed"]);
    assert_eq!(credit_events(&events, tenant).await, ["credits.granted", "credits.reserved", "credits.captured"]);
    // A redelivery of the finished job (its worker died after the capture, before the ack)
    // is just acknowledged: the job's events and its one capture stay as they were.
    assert_eq!(worker.handle(&ticket, 2, chrono::Utc::now()).await.unwrap(), Outcome::Ack);
    assert_eq!(events.load(&agg, 0).await.unwrap().len(), 4);
    assert_eq!(credit_events(&events, tenant).await, ["credits.granted", "credits.reserved", "credits.captured"], "one capture");

    // A ticket whose job is not there yet is tried again later (its request may be slow)…
    let orphan = JobTicket { tenant, job: JobId::new(), media: None };
    ledger.reserve(tenant, orphan.job, 2, None, "test").await.unwrap().unwrap();
    let started = std::time::Instant::now();
    let outcome = worker.handle(&orphan, 1, chrono::Utc::now()).await.unwrap();
    assert!(matches!(outcome, Outcome::RetryAfter(_)), "{outcome:?}");
    assert!(started.elapsed() >= Duration::from_secs(2), "after the submission wait");
    // …and dropped once it is older than any request could be.
    let long_ago = chrono::Utc::now() - chrono::Duration::hours(1);
    assert_eq!(worker.handle(&orphan, 7, long_ago).await.unwrap(), Outcome::Ack, "an abandoned ticket is dropped");
    let orphan_agg = AggregateRef::new(tenant, "job", orphan.job.to_string()).unwrap();
    assert!(events.load(&orphan_agg, 0).await.unwrap().is_empty(), "and nothing is recorded for it");
    assert_eq!(credit_events(&events, tenant).await.last().map(String::as_str), Some("credits.released"), "its credits return");
    assert_eq!(ledger.balance(tenant, "test").await.unwrap().balance.available, 99);
}

/// The crash the billing issue names: a worker stores the result and captures the credits,
/// then dies before acknowledging the ticket. JetStream redelivers the ticket after its ack
/// wait; the next worker finds the job finished and its reservation settled, and captures
/// nothing. All on JetStream: the event log and the queue.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_worker_killed_between_capture_and_ack_is_redelivered_and_captures_nothing_more() {
    let server = NatsServer::start();
    let events: Arc<dyn EventStore> = Arc::new(open_event_store(&server).await);
    let blobs = Arc::new(InMemoryBlobStore::new());
    let ledger = Arc::new(CreditLedger::new(events.clone(), Arc::new(SystemClock), 0));
    let queue = Arc::new(open_job_queue_with(&server, &unique("slots_"), Duration::from_secs(1)).await);
    let worker = ticket_worker(queue.clone(), events.clone(), blobs.clone(), ledger.clone()).await;

    let text = "Text for the crash test, long enough to be analysed by the detection worker here.";
    let (tenant, job) = (TenantId::new(), JobId::new());
    let sha256 = veracity_domain::digest::sha256_hex(text.as_bytes());
    let media = StoredMedia { blob_key: format!("media/{tenant}/{job}/{sha256}"), sha256, size: text.len() as u64, format: None };
    blobs.put(&BlobKey::new(media.blob_key.clone()).unwrap(), text.as_bytes().to_vec().into()).await.unwrap();
    ledger.reserve(tenant, job, 1, Some(MediaType::Text), "test").await.unwrap().unwrap();
    let agg = AggregateRef::new(tenant, "job", job.to_string()).unwrap();
    let upload = UploadReceived { media: media.clone(), source: MediaSource::Text { highlight: false } };
    let submitted =
        JobSubmitted { check: Check::Deepfake, media_type: MediaType::Text, options: JobOptions::default(), key: ApiKeyId::new() };
    let first = events.append(&agg, AggregatePosition::EMPTY, NewEvent::from_domain(&upload, chrono::Utc::now()).unwrap()).await.unwrap();
    events.append(&agg, first.position(), NewEvent::from_domain(&submitted, chrono::Utc::now()).unwrap()).await.unwrap();
    queue.enqueue(JobTicket { tenant, job, media: Some(TicketMedia { stored: media, media_type: MediaType::Text }) }).await.unwrap();

    let next = |queue: Arc<JetStreamJobQueue>| async move {
        let mut deliveries = queue.consume("detection").await.unwrap();
        tokio::time::timeout(Duration::from_secs(15), futures::StreamExt::next(&mut deliveries))
            .await
            .expect("a delivery")
            .unwrap()
            .unwrap()
    };
    let delivery = next(queue.clone()).await;
    assert_eq!((delivery.ticket.job, delivery.attempt), (job, 1));
    assert_eq!(worker.handle(&delivery.ticket, delivery.attempt, delivery.queued_at).await.unwrap(), Outcome::Ack);
    let credits = || async {
        events.load(&CreditLedger::aggregate(tenant), 0).await.unwrap().into_iter().map(|e| e.envelope.event_type).collect::<Vec<_>>()
    };
    assert_eq!(credits().await, ["credits.granted", "credits.reserved", "credits.captured"]);
    // Killed here: the result and the capture are stored, the ticket is never acknowledged.
    drop(delivery);

    let again = next(queue.clone()).await;
    assert_eq!((again.ticket.job, again.attempt), (job, 2), "redelivered after the ack wait");
    assert_eq!(worker.handle(&again.ticket, again.attempt, again.queued_at).await.unwrap(), Outcome::Ack);
    again.handle.ack().await.unwrap();
    assert_eq!(credits().await, ["credits.granted", "credits.reserved", "credits.captured"], "one capture");
    let job_events: Vec<String> = events.load(&agg, 0).await.unwrap().into_iter().map(|e| e.envelope.event_type).collect();
    assert_eq!(job_events, ["upload.received", "job.submitted", "job.started", "job.completed"]);
    assert_eq!(ledger.balance(tenant, "test").await.unwrap().balance.available, 99);
}

async fn credit_events(events: &InMemoryEventStore, tenant: TenantId) -> Vec<String> {
    events.load(&CreditLedger::aggregate(tenant), 0).await.unwrap().into_iter().map(|e| e.envelope.event_type).collect()
}

/// The poison-job path: a job whose worker dies on it every time (here SIGKILL, as the OOM
/// killer would) is started `detection.max_job_starts` times, then recorded failed with
/// `ANALYSIS_ABORTED`, its credits released, and listed by `veracity jobs dead-letters`; the
/// service goes on serving other jobs.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_job_that_kills_its_worker_every_time_is_dead_lettered_and_the_service_goes_on() {
    let tweak: crate::support::app::Tweak = Box::new(|config| config.detection.max_job_starts = 2);
    let options = AppOptions { roles: Roles { api: true, workers: false }, tweak: Some(tweak), ..AppOptions::default() };
    let app = spawn_app_with(options).await;
    let logs = tempfile::tempdir().unwrap();
    // The worker process also runs the projections the API reads (API keys among them).
    let mut worker = start_worker(&app.config, &logs.path().join("worker-1.log"));
    let owner = app.signup().await;
    let (_, key) = app.create_key(&owner, serde_json::json!({"name": "poison", "rate_limit_per_minute": 1000})).await;
    let started = |events: &[(String, chrono::DateTime<chrono::Utc>)]| events.iter().filter(|(kind, _)| kind == "job.started").count();

    // Each worker is killed as soon as it has started the job: the first, then the one that
    // takes the job over after the dead one's delivery times out (ack_wait 3 s).
    let id = submit_720p_video(&app, &key).await;
    for round in 1..=2 {
        eventually(&format!("start {round} of the job"), Duration::from_secs(60), || async {
            (started(&job_events(&app.config, &owner.tenant_id, &id).await) >= round).then_some(())
        })
        .await;
        worker.kill();
        let job = app.http.get(app.url(&format!("/v1/jobs/{id}"))).bearer_auth(&key).fetch().await;
        assert_eq!(job["status"], "processing", "killed before it could finish: {job}");
        worker = start_worker(&app.config, &logs.path().join(format!("worker-{}.log", round + 1)));
    }

    // The third worker does not start it again: it records the dead letter.
    let job = app.finished_job(&key, &id, Duration::from_secs(60)).await;
    assert_eq!(job["status"], "failed", "{job}");
    assert_eq!(job["error"]["code"], "ANALYSIS_ABORTED", "{job}");
    assert!(job["error"]["message"].as_str().unwrap().contains("started 2 times"), "{job}");
    assert_eq!(job["credits_used"], 0, "{job}");
    let events = job_events(&app.config, &owner.tenant_id, &id).await;
    assert_eq!(started(&events), 2, "never started a third time: {events:?}");
    let credits = aggregate_events(&app.config, &owner.tenant_id, "credit_account", &owner.tenant_id).await;
    let released = credits.iter().filter(|e| e.event_type == "credits.released" && e.payload.to_string().contains(&id)).count();
    assert_eq!(released, 1, "its reservation went back once");

    // The service goes on: the surviving worker runs the next job.
    let next: Value = app
        .http
        .post(app.url("/v1/detect/image"))
        .bearer_auth(&key)
        .header("Prefer", "wait=60")
        .multipart(form("file", "newton.png", face("newton.png")))
        .fetch()
        .await;
    assert_eq!(next["status"], "completed", "{next}");

    // Operators see it, once the jobs read model has it.
    let listed = eventually("the dead letter to be listed", Duration::from_secs(20), || async {
        let output = crate::support::process::operator_command(&app.config, logs.path()).args(["jobs", "dead-letters"]).output().unwrap();
        assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
        let listed = String::from_utf8_lossy(&output.stdout).into_owned();
        listed.contains(&id).then_some(listed)
    })
    .await;
    assert!(listed.contains(&owner.tenant_id) && listed.contains("started 2 times"), "{listed}");
    assert!(!listed.contains(next["id"].as_str().unwrap()), "only dead letters are listed: {listed}");
    app.stop().await;
}
