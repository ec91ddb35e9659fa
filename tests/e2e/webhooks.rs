//! Webhooks end to end: a real receiver on loopback (the test switch on), every delivery
//! verified with the Standard Webhooks reference library, retries, 410, a hung endpoint beside a
//! healthy one, and internal targets refused.

use std::time::{Duration, SystemTime};

use reqwest::{Method, StatusCode};
use serde_json::{Value, json};
use veracity::config::Config;

use crate::support::accounts::{FetchJson, Session, code_of};
use crate::support::app::{AppOptions, Database, TestApp, Tweak, spawn_app_with};
use crate::support::detection::{face, form};
use crate::support::eventually;
use crate::support::process::start_worker;
use crate::support::webhooks::{Answer, Receiver, verify_with_reference};

const TEXT: &str = "The committee met on Tuesday to review the quarterly figures, and agreed to publish them next week.";

/// Loopback receivers allowed (the test switch), and retries in fractions of a second.
fn loopback(config: &mut Config) {
    config.webhooks.allow_http = true;
    config.webhooks.allow_loopback = true;
    config.detection.media_url_allow_http = true;
    config.webhooks.retry_schedule_ms = vec![0, 200, 200, 200, 200];
    config.webhooks.ack_wait_secs = 5;
}

async fn app_with(tweak: fn(&mut Config)) -> TestApp {
    spawn_app_with(AppOptions { tweak: Some(Box::new(tweak)), ..AppOptions::default() }).await
}

/// The API alone in this process (the dispatcher runs in a `veracity worker` child), with
/// `tweak` after the loopback switch.
async fn api_only_app(tweak: fn(&mut Config)) -> TestApp {
    let tweak: Tweak = Box::new(move |config: &mut Config| {
        loopback(config);
        tweak(config);
    });
    spawn_app_with(AppOptions { roles: veracity::app::Roles { api: true, workers: false }, tweak: Some(tweak), ..AppOptions::default() })
        .await
}

/// Creates an endpoint; returns (id, secret).
async fn create_endpoint(app: &TestApp, owner: &Session, body: Value) -> (String, String) {
    let response = app.admin(owner, Method::POST, "/v1/webhooks").json(&body).send().await.unwrap();
    let status = response.status();
    let created: Value = response.json().await.unwrap();
    assert_eq!(status, StatusCode::CREATED, "{created}");
    assert!(created["endpoint"].get("secret").is_none(), "the endpoint view never shows a secret");
    (created["endpoint"]["id"].as_str().unwrap().to_owned(), created["secret"].as_str().unwrap().to_owned())
}

async fn detect_text(app: &TestApp, key: &str, callback_url: Option<&str>) -> Value {
    let mut body = json!({"text": TEXT});
    if let Some(url) = callback_url {
        body["callback_url"] = json!(url);
    }
    let job: Value = app.http.post(app.url("/v1/detect/text")).bearer_auth(key).header("Prefer", "wait=30").json(&body).fetch().await;
    assert_eq!(job["status"], "completed", "{job}");
    job
}

fn verified_types(secret: &str, deliveries: &[crate::support::webhooks::Received]) -> Vec<String> {
    verify_with_reference(secret, deliveries)
        .into_iter()
        .map(|r| r.unwrap_or_else(|why| panic!("a delivery failed the reference verification: {why}")))
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn deliveries_verify_with_the_reference_library_across_a_rotation_and_callbacks() {
    let app = app_with(loopback).await;
    let receiver = Receiver::start().await;
    let owner = app.signup().await;
    let (endpoint, secret) = create_endpoint(
        &app,
        &owner,
        json!({"url": receiver.url("ep"), "event_types": ["deepfake.scan_completed", "deepfake.job_failed"]}),
    )
    .await;
    assert!(secret.starts_with("whsec_"), "{secret}");
    let (_, key) =
        app.create_key(&owner, json!({"scopes": ["detect:text", "detect:image", "jobs:read"], "rate_limit_per_minute": 1000})).await;

    // A completed job: the endpoint and the job's callback_url each get a scan_completed.
    let job = detect_text(&app, &key, Some(&receiver.url("cb"))).await;
    let job_id = job["id"].as_str().unwrap();
    let at_endpoint = receiver.wait_for("ep", 1, Duration::from_secs(10)).await;
    assert_eq!(verified_types(&secret, &at_endpoint), ["deepfake.scan_completed"]);
    let body = at_endpoint[0].json();
    assert_eq!(body["data"]["id"], job_id, "{body}");
    assert_eq!(body["data"]["status"], "completed");
    assert_eq!(body["data"]["verdict"], job["verdict"]);
    assert_eq!(body["data"]["risk_score"], job["risk_score"]);
    assert_eq!(body["data"]["credits_used"], job["credits_used"]);
    assert_eq!(body["data"]["links"]["self"], format!("/v1/jobs/{job_id}"));
    assert_eq!(at_endpoint[0].header("webhook-id").len(), 30, "a msg_ id");

    let at_callback = receiver.wait_for("cb", 1, Duration::from_secs(10)).await;
    let shown: Value = app.admin(&owner, Method::GET, "/v1/webhooks/callback-secret").fetch().await;
    let callback_secret = shown["secret"].as_str().expect("the callback secret, shown once").to_owned();
    assert_eq!(verified_types(&callback_secret, &at_callback), ["deepfake.scan_completed"]);
    let again = app.admin(&owner, Method::GET, "/v1/webhooks/callback-secret").send().await.unwrap();
    assert_eq!(code_of(again, StatusCode::CONFLICT).await, "SECRET_ALREADY_SHOWN");
    // The endpoint's secret does not verify the callback's messages, nor the reverse.
    assert!(verify_with_reference(&secret, &at_callback)[0].is_err());

    // The job shows its deliveries.
    let deliveries = eventually("the job's deliveries delivered", Duration::from_secs(10), || async {
        let job: Value = app.http.get(app.url(&format!("/v1/jobs/{job_id}"))).bearer_auth(&key).fetch().await;
        let list = job["webhook_deliveries"].as_array().cloned().unwrap_or_default();
        (list.len() == 2 && list.iter().all(|d| d["status"] == "delivered")).then_some(list)
    })
    .await;
    assert!(deliveries.iter().any(|d| d["endpoint_id"] == endpoint.as_str()), "{deliveries:?}");
    assert!(deliveries.iter().any(|d| d["endpoint_id"].is_null() && d["url"] == receiver.url("cb")), "{deliveries:?}");

    // A failed job: deepfake.job_failed to both.
    let truncated = face("solvay_conference_1927.jpg");
    let failed = app
        .http
        .post(app.url("/v1/detect/image"))
        .bearer_auth(&key)
        .header("Prefer", "wait=30")
        .multipart(form("image", "photo.jpg", truncated[..truncated.len() / 3].to_vec()).text("callback_url", receiver.url("cb")))
        .send()
        .await
        .unwrap();
    assert_eq!(failed.status(), StatusCode::BAD_REQUEST);
    let at_endpoint = receiver.wait_for("ep", 2, Duration::from_secs(10)).await;
    assert_eq!(verified_types(&secret, &at_endpoint[1..]), ["deepfake.job_failed"]);
    assert_eq!(at_endpoint[1].json()["data"]["error"]["code"], "INVALID_FILE_FORMAT");
    let at_callback = receiver.wait_for("cb", 2, Duration::from_secs(10)).await;
    assert_eq!(verified_types(&callback_secret, &at_callback[1..]), ["deepfake.job_failed"]);

    // Rotation: both secrets sign during the grace period, then only the new one.
    let rotated: Value =
        app.admin(&owner, Method::POST, &format!("/v1/webhooks/{endpoint}/rotate-secret?grace_period_seconds=5")).fetch().await;
    let new_secret = rotated["secret"].as_str().unwrap().to_owned();
    let grace_ends: chrono::DateTime<chrono::Utc> = rotated["previous_secret_valid_until"].as_str().unwrap().parse().unwrap();
    assert_ne!(new_secret, secret);
    let test = app.admin(&owner, Method::POST, &format!("/v1/webhooks/{endpoint}/test")).send().await.unwrap();
    assert_eq!(test.status(), StatusCode::ACCEPTED);
    let during = receiver.wait_for("ep", 3, Duration::from_secs(10)).await[2..].to_vec();
    assert_eq!(during[0].header("webhook-signature").split(' ').count(), 2, "two v1 entries during the grace period");
    assert_eq!(verified_types(&secret, &during), ["webhook.test"]);
    assert_eq!(verified_types(&new_secret, &during), ["webhook.test"]);
    let left = (grace_ends - chrono::Utc::now()).to_std().unwrap_or_default();
    tokio::time::sleep(left + Duration::from_millis(200)).await;
    app.admin(&owner, Method::POST, &format!("/v1/webhooks/{endpoint}/test")).send().await.unwrap();
    let after = receiver.wait_for("ep", 4, Duration::from_secs(10)).await[3..].to_vec();
    assert_eq!(after[0].header("webhook-signature").split(' ').count(), 1);
    assert_eq!(verified_types(&new_secret, &after), ["webhook.test"]);
    assert!(verify_with_reference(&secret, &after)[0].is_err(), "the old secret no longer signs");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_receiver_down_three_times_gets_the_fourth_and_410_disables_the_endpoint() {
    down_three_times_then_gone(Database::Sqlite).await;
}

/// The same on PostgreSQL: the delivery log's and endpoint health's SQL on the other database.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn retries_410_and_recovery_on_postgres() {
    down_three_times_then_gone(Database::Postgres).await;
}

async fn down_three_times_then_gone(database: Database) {
    let app = spawn_app_with(AppOptions { database, tweak: Some(Box::new(loopback)), ..AppOptions::default() }).await;
    let receiver = Receiver::start().await;
    let owner = app.signup().await;
    let (flaky, _) = create_endpoint(&app, &owner, json!({"url": receiver.url("flaky"), "event_types": ["deepfake.scan_completed"]})).await;
    let (gone, _) = create_endpoint(&app, &owner, json!({"url": receiver.url("gone"), "event_types": ["deepfake.scan_completed"]})).await;
    receiver.script("flaky", &[Answer::Status(503), Answer::Status(500), Answer::Status(502)]);
    receiver.answer("gone", Answer::Status(410));
    let (_, key) = app.create_key(&owner, json!({"scopes": ["detect:text", "jobs:read"], "rate_limit_per_minute": 1000})).await;

    detect_text(&app, &key, None).await;
    let tries = receiver.wait_for("flaky", 4, Duration::from_secs(15)).await;
    let ids: Vec<&str> = tries.iter().map(|t| t.header("webhook-id")).collect();
    assert!(ids.iter().all(|id| *id == ids[0]), "one message id across its retries: {ids:?}");
    let answered: Vec<Answer> = tries.iter().map(|t| t.answered).collect();
    assert_eq!(answered, [Answer::Status(503), Answer::Status(500), Answer::Status(502), Answer::Status(200)]);

    let log = eventually("the delivery log to show the delivery", Duration::from_secs(10), || async {
        let page: Value = app.admin(&owner, Method::GET, &format!("/v1/webhooks/{flaky}/messages")).fetch().await;
        (page["data"][0]["status"] == "delivered").then_some(page)
    })
    .await;
    let message = &log["data"][0];
    assert_eq!(message["attempts"], 4, "{log}");
    assert_eq!(message["id"], ids[0]);
    let attempts: Value = app.admin(&owner, Method::GET, &format!("/v1/webhooks/{flaky}/messages/{}/attempts", ids[0])).fetch().await;
    let codes: Vec<u64> = attempts["data"].as_array().unwrap().iter().map(|a| a["status_code"].as_u64().unwrap()).collect();
    assert_eq!(codes, [200, 502, 500, 503], "newest first: {attempts}");
    assert!(attempts["data"][1]["response_excerpt"].as_str().unwrap().contains("answered 502"));

    // 410 Gone: the endpoint is disabled, with an audit entry, and nothing more is sent to it.
    let disabled = eventually("the gone endpoint to be disabled", Duration::from_secs(10), || async {
        let endpoint: Value = app.admin(&owner, Method::GET, &format!("/v1/webhooks/{gone}")).fetch().await;
        (endpoint["enabled"] == false).then_some(endpoint)
    })
    .await;
    assert_eq!(disabled["disabled_reason"], "gone", "{disabled}");
    assert_eq!(receiver.received("gone").len(), 1);
    detect_text(&app, &key, None).await;
    // The second job's message to the other endpoint is delivered: the job was fanned out, and
    // made no message for the disabled endpoint.
    receiver.wait_for("flaky", 5, Duration::from_secs(10)).await;
    let gone_log: Value = app.admin(&owner, Method::GET, &format!("/v1/webhooks/{gone}/messages")).fetch().await;
    assert_eq!(gone_log["data"].as_array().unwrap().len(), 1, "no message after the 410: {gone_log}");
    assert_eq!(receiver.received("gone").len(), 1, "no attempt after the 410");
    let audit = eventually("the disable in the audit log", Duration::from_secs(10), || async {
        let page: Value = app.admin(&owner, Method::GET, "/v1/audit-log?type=webhook.endpoint_disabled").fetch().await;
        page["data"].as_array().filter(|d| !d.is_empty()).cloned()
    })
    .await;
    assert_eq!(audit[0]["target_id"], gone.as_str(), "{audit:?}");

    // A failed message can be retried by hand; a delivered one is left alone.
    let retried: Value = app.admin(&owner, Method::POST, &format!("/v1/webhooks/{flaky}/messages/{}/retry", ids[0])).fetch().await;
    assert_eq!(retried["queued"], false, "{retried}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_hung_endpoint_does_not_delay_a_healthy_one() {
    let app = app_with(loopback).await;
    let receiver = Receiver::start().await;
    receiver.answer("hung", Answer::Hang);
    let owner = app.signup().await;
    create_endpoint(&app, &owner, json!({"url": receiver.url("hung"), "event_types": ["deepfake.scan_completed"]})).await;
    create_endpoint(&app, &owner, json!({"url": receiver.url("healthy"), "event_types": ["deepfake.scan_completed"]})).await;
    let (_, key) = app.create_key(&owner, json!({"scopes": ["detect:text", "jobs:read"], "rate_limit_per_minute": 1000})).await;
    // More jobs than the hung endpoint's lane has places (8): its tickets are turned away while
    // the healthy endpoint's go straight through.
    for n in 1..=10 {
        let job = detect_text(&app, &key, None).await;
        let arrived = receiver.wait_for("healthy", n, Duration::from_secs(10)).await[n - 1].arrived;
        let completed: chrono::DateTime<chrono::Utc> = job["completed_at"].as_str().unwrap().parse().unwrap();
        let lag = arrived.duration_since(SystemTime::from(completed)).unwrap_or_default();
        assert!(lag < Duration::from_secs(1), "job {n}: the healthy endpoint got it {lag:?} after completion");
    }
    let hung = receiver.received("hung");
    assert!(!hung.is_empty(), "the hung endpoint is being tried meanwhile");
    let metrics = app.metrics().await;
    assert!(metrics.contains("veracity_webhook_attempts_total{outcome=\"success\"}"), "{metrics}");
    assert!(metrics.contains("veracity_webhook_attempt_duration_seconds_bucket"), "{metrics}");
    receiver.stop();
}

/// The dispatcher in a `veracity worker` process, SIGKILLed while a delivery hangs, then a
/// second worker: every message reaches the receiver (the hung one redelivered after the ack
/// wait), none is lost, and the log says each was delivered.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_dispatcher_killed_mid_delivery_loses_no_message() {
    let app = api_only_app(|config| config.webhooks.ack_wait_secs = 3).await;
    let receiver = Receiver::start().await;
    receiver.script("slow", &[Answer::Hang]);
    let logs = tempfile::tempdir().unwrap();
    let mut first = start_worker(&app.config, &logs.path().join("first.log"));
    let owner = app.signup().await;
    let (endpoint, secret) = create_endpoint(&app, &owner, json!({"url": receiver.url("slow")})).await;
    // The worker process runs the projections the API reads; wait until it has started.
    eventually("the worker's projections", Duration::from_secs(90), || async {
        let members: Value = app.admin(&owner, Method::GET, "/v1/members").fetch().await;
        members["data"].as_array().filter(|m| !m.is_empty()).map(drop)
    })
    .await;
    let (_, key) = app.create_key(&owner, json!({"scopes": ["detect:text", "jobs:read"], "rate_limit_per_minute": 1000})).await;

    let mut ids = Vec::new();
    for _ in 0..4 {
        let queued: Value = app.admin(&owner, Method::POST, &format!("/v1/webhooks/{endpoint}/test")).fetch().await;
        ids.push(queued["message_id"].as_str().unwrap().to_owned());
    }
    // One request hangs at the receiver: the dispatcher is mid-delivery. Kill it there.
    receiver.wait_for("slow", 1, Duration::from_secs(60)).await;
    first.kill();
    let _second = start_worker(&app.config, &logs.path().join("second.log"));
    // The second worker also makes the messages of new jobs.
    let job = detect_text(&app, &key, None).await;
    let delivered = eventually("every message answered 200", Duration::from_secs(90), || async {
        let got = receiver.received("slow");
        let ok: Vec<String> = got.iter().filter(|r| r.answered == Answer::Status(200)).map(|r| r.header("webhook-id").to_owned()).collect();
        let job_delivered = got.iter().any(|r| r.json()["data"]["id"] == job["id"] && r.answered == Answer::Status(200));
        (ids.iter().all(|id| ok.contains(id)) && job_delivered).then_some(got)
    })
    .await;
    let answered: Vec<_> = delivered.iter().filter(|r| r.answered == Answer::Status(200)).cloned().collect();
    for result in verify_with_reference(&secret, &answered) {
        result.expect("every delivery verifies");
    }
    let page = eventually("the log to show every message delivered", Duration::from_secs(10), || async {
        let page: Value = app.admin(&owner, Method::GET, &format!("/v1/webhooks/{endpoint}/messages?status=delivered")).fetch().await;
        (page["data"].as_array().map_or(0, Vec::len) == ids.len() + 1).then_some(page)
    })
    .await;
    assert!(page["data"].as_array().unwrap().iter().all(|m| m["attempts"].as_u64() >= Some(1)), "{page}");
}

/// With the test switch off (the default), endpoint URLs and callback URLs that are, or resolve
/// to, internal addresses are refused when given.
#[tokio::test]
async fn internal_targets_are_refused_when_given() {
    let app = spawn_app_with(AppOptions::default()).await;
    let owner = app.signup().await;
    for url in [
        "https://127.0.0.1/hook",
        "https://10.0.0.1/hook",
        "https://169.254.169.254/latest/meta-data/",
        "https://[::1]/hook",
        "https://localhost/hook",
        "http://hooks.example.com/plain",
    ] {
        let response = app.admin(&owner, Method::POST, "/v1/webhooks").json(&json!({"url": url})).send().await.unwrap();
        assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY, "{url}");
        let problem: Value = response.json().await.unwrap();
        assert_eq!((problem["code"].as_str(), problem["field"].as_str()), (Some("VALIDATION_FAILED"), Some("url")), "{url}: {problem}");
    }

    let (_, key) = app.create_key(&owner, json!({"scopes": ["detect:text"], "rate_limit_per_minute": 1000})).await;
    for url in ["https://127.0.0.1/cb", "https://[::1]/cb", "https://169.254.169.254/cb", "https://localhost/cb"] {
        let response = app
            .http
            .post(app.url("/v1/detect/text"))
            .bearer_auth(&key)
            .json(&json!({"text": TEXT, "callback_url": url}))
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY, "{url}");
        let problem: Value = response.json().await.unwrap();
        assert_eq!(problem["field"], "callback_url", "{url}: {problem}");
    }
}

/// Send time: an endpoint accepted by an API process with the test switch on is refused by a
/// dispatcher with it off, as it would be once a name resolves to an internal address: the
/// attempt is recorded with the reason and nothing reaches the address.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_dispatcher_checks_the_address_again_at_send() {
    let app = api_only_app(|config| config.webhooks.retry_schedule_ms = vec![0]).await;
    let receiver = Receiver::start().await;
    let logs = tempfile::tempdir().unwrap();
    let mut strict = app.config.clone();
    strict.webhooks.allow_loopback = false;
    let _worker = start_worker(&strict, &logs.path().join("worker.log"));
    let owner = app.signup().await;
    let (endpoint, _) = create_endpoint(&app, &owner, json!({"url": receiver.url("inside")})).await;
    app.admin(&owner, Method::POST, &format!("/v1/webhooks/{endpoint}/test")).send().await.unwrap();
    let failed = eventually("the message to fail at send", Duration::from_secs(90), || async {
        let page: Value = app.admin(&owner, Method::GET, &format!("/v1/webhooks/{endpoint}/messages?status=failed")).fetch().await;
        page["data"].as_array().filter(|d| !d.is_empty()).map(|d| d[0].clone())
    })
    .await;
    let path = format!("/v1/webhooks/{endpoint}/messages/{}/attempts", failed["id"].as_str().unwrap());
    let attempts: Value = app.admin(&owner, Method::GET, &path).fetch().await;
    let error = attempts["data"][0]["error"].as_str().unwrap_or_default();
    assert!(error.contains("loopback") && error.contains("only public addresses"), "{attempts}");
    assert!(attempts["data"][0]["status_code"].is_null(), "{attempts}");
    assert!(receiver.received("inside").is_empty(), "nothing reached the loopback receiver");
}

#[tokio::test]
async fn endpoints_are_managed_by_admins_and_scoped_keys_and_invisible_to_other_tenants() {
    let app = app_with(loopback).await;
    let receiver = Receiver::start().await;
    let alice = app.signup().await;
    let bob = app.signup().await;
    let (endpoint, _) = create_endpoint(&app, &alice, json!({"url": receiver.url("a"), "description": "alice's"})).await;

    // Bob sees nothing of Alice's endpoint, its log or its messages.
    for (method, path) in [
        (Method::GET, format!("/v1/webhooks/{endpoint}")),
        (Method::PATCH, format!("/v1/webhooks/{endpoint}")),
        (Method::DELETE, format!("/v1/webhooks/{endpoint}")),
        (Method::POST, format!("/v1/webhooks/{endpoint}/test")),
        (Method::POST, format!("/v1/webhooks/{endpoint}/rotate-secret")),
        (Method::GET, format!("/v1/webhooks/{endpoint}/messages")),
    ] {
        let response = app.admin(&bob, method.clone(), &path).json(&json!({})).send().await.unwrap();
        assert_eq!(code_of(response, StatusCode::NOT_FOUND).await, "NOT_FOUND", "{method} {path}");
    }
    let bobs: Value = app.admin(&bob, Method::GET, "/v1/webhooks").fetch().await;
    assert_eq!(bobs["data"].as_array().unwrap().len(), 0);
    let test: Value = app.admin(&alice, Method::POST, &format!("/v1/webhooks/{endpoint}/test")).fetch().await;
    let message = test["message_id"].as_str().unwrap().to_owned();
    receiver.wait_for("a", 1, Duration::from_secs(10)).await;
    let peek = app.admin(&bob, Method::GET, &format!("/v1/webhooks/callback/messages/{message}")).send().await.unwrap();
    assert_eq!(peek.status(), StatusCode::NOT_FOUND);

    // A key needs `webhooks:write` (not given by default); with it, it manages endpoints.
    let (_, plain) = app.create_key(&alice, json!({})).await;
    let refused = app.http.get(app.url("/v1/webhooks")).bearer_auth(&plain).send().await.unwrap();
    assert_eq!(code_of(refused, StatusCode::FORBIDDEN).await, "AUTH_SCOPE");
    let (_, writer) = app.create_key(&alice, json!({"scopes": ["webhooks:write"]})).await;
    let listed: Value = app.http.get(app.url("/v1/webhooks")).header("x-api-key", &writer).fetch().await;
    assert_eq!(listed["data"][0]["id"], endpoint.as_str(), "{listed}");
    // A viewer may not manage webhooks.
    let viewer = app.add_member(&alice, "viewer").await;
    let response = app.admin(&viewer, Method::GET, "/v1/webhooks").send().await.unwrap();
    assert_eq!(code_of(response, StatusCode::FORBIDDEN).await, "FORBIDDEN");

    // Updates are checked like creation; a bad threshold or URL is a 422 naming the field.
    let patched: Value = app
        .admin(&alice, Method::PATCH, &format!("/v1/webhooks/{endpoint}"))
        .json(&json!({"risk_threshold": 85, "enabled": false}))
        .fetch()
        .await;
    assert_eq!((patched["risk_threshold"].as_u64(), patched["enabled"].as_bool()), (Some(85), Some(false)), "{patched}");
    for (body, field) in [(json!({"risk_threshold": 101}), "risk_threshold"), (json!({"url": "ftp://x.example/"}), "url")] {
        let response = app.admin(&alice, Method::PATCH, &format!("/v1/webhooks/{endpoint}")).json(&body).send().await.unwrap();
        assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY, "{body}");
        let problem: Value = response.json().await.unwrap();
        assert_eq!(problem["field"], field, "{problem}");
    }
    let types: Value = app.http.get(app.url("/v1/webhooks/event-types")).fetch().await;
    let names: Vec<&str> = types["data"].as_array().unwrap().iter().map(|t| t["name"].as_str().unwrap()).collect();
    assert_eq!(
        names,
        ["deepfake.scan_completed", "deepfake.deepfake_detected", "deepfake.job_failed", "credits.low_balance", "webhook.test"]
    );
    assert_eq!(types["data"][0]["schema"]["properties"]["type"]["const"], "deepfake.scan_completed");
    let deleted = app.admin(&alice, Method::DELETE, &format!("/v1/webhooks/{endpoint}")).send().await.unwrap();
    assert_eq!(deleted.status(), StatusCode::NO_CONTENT);
    let gone = app.admin(&alice, Method::GET, &format!("/v1/webhooks/{endpoint}")).send().await.unwrap();
    assert_eq!(gone.status(), StatusCode::NOT_FOUND);
}

/// Deleting an endpoint takes its delivery log with it: its messages and their attempts are 404
/// afterwards, as its message list is (schemathesis's `use_after_free` walks this path).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_deleted_endpoint_s_messages_are_gone_with_it() {
    let app = app_with(loopback).await;
    let receiver = Receiver::start().await;
    let owner = app.signup().await;
    let (endpoint, _) = create_endpoint(&app, &owner, json!({"url": receiver.url("gone"), "event_types": ["webhook.test"]})).await;
    let queued: Value = app.admin(&owner, Method::POST, &format!("/v1/webhooks/{endpoint}/test")).fetch().await;
    let message = format!("/v1/webhooks/{endpoint}/messages/{}", queued["message_id"].as_str().unwrap());
    eventually("the message in the log", Duration::from_secs(10), || async {
        let response = app.admin(&owner, Method::GET, &message).send().await.unwrap();
        (response.status() == StatusCode::OK).then_some(())
    })
    .await;
    let deleted = app.admin(&owner, Method::DELETE, &format!("/v1/webhooks/{endpoint}")).send().await.unwrap();
    assert_eq!(deleted.status(), StatusCode::NO_CONTENT);
    for path in [message.clone(), format!("{message}/attempts"), format!("/v1/webhooks/{endpoint}/messages")] {
        let response = app.admin(&owner, Method::GET, &path).send().await.unwrap();
        assert_eq!(response.status(), StatusCode::NOT_FOUND, "{path}");
    }
    let retry = app.admin(&owner, Method::POST, &format!("{message}/retry")).send().await.unwrap();
    assert_eq!(retry.status(), StatusCode::NOT_FOUND);
}
