//! deepfakedetector.ai (reference 001) served under `/compat/deepfakedetector`: the seed's request
//! examples replayed verbatim (only the host of its URLs and the key substituted) against a real
//! server, every documented response field checked for name, type and meaning, its error cases,
//! and the job shown to be the native job: listed by `GET /v1/jobs`, billed once, its
//! `callback_url` delivered once, a refused scope audited once.

use std::net::SocketAddr;
use std::time::Duration;

use poem::listener::{Acceptor, Listener, TcpListener};
use poem::{Response, Route, Server, get, handler};
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};
use tokio_util::sync::CancellationToken;

use crate::support::accounts::code_of;
use crate::support::app::{AppOptions, TestApp, spawn_app_with};
use crate::support::detection::{face, form};
use crate::support::webhooks::Receiver;
use crate::support::{eventually, repo_root};

const PREFIX: &str = "/compat/deepfakedetector";
/// The seed document, beside the repository (CI clones it there).
const SEED: &str = "001_1552da6acb1a6594.txt";
/// The curl example's body (`POST /v1/detect`), as the seed writes it.
const CURL_BODY: &str = r#"{ "media_url": "https://example.com/clip.mp4", "media_type": "video" }"#;
/// The "Request body" example (`POST /v1/detect/video`), as the seed writes it.
const VIDEO_BODY: &str =
    r#"{ "media_url": "https://example.com/clip.mp4", "strict_mode": false, "callback_url": "https://your-app.com/webhook" }"#;

/// Whitespace-insensitive: the seed's page text runs lines together.
fn squeezed(text: &str) -> String {
    text.split_whitespace().collect()
}

#[handler]
fn clip() -> Response {
    let bytes = std::fs::read(repo_root().join("tests/fixtures/media/clip.mp4")).unwrap();
    Response::builder().content_type("video/mp4").body(bytes)
}

/// A plain-HTTP media server on loopback: the stand-in for `https://example.com`.
async fn media_server() -> (SocketAddr, CancellationToken) {
    let acceptor = TcpListener::bind("127.0.0.1:0").into_acceptor().await.unwrap();
    let addr = acceptor.local_addr()[0].as_socket_addr().copied().unwrap();
    let stop = CancellationToken::new();
    let signal = stop.clone();
    let routes = Route::new().at("/clip.mp4", get(clip));
    tokio::spawn(
        async move { Server::new_with_acceptor(acceptor).run_with_graceful_shutdown(routes, signal.cancelled_owned(), None).await },
    );
    (addr, stop)
}

async fn app() -> TestApp {
    spawn_app_with(AppOptions {
        tweak: Some(Box::new(|config| {
            config.detection.media_url_allow_http = true;
            config.detection.media_url_allow_loopback = true;
            config.webhooks.allow_http = true;
            config.webhooks.allow_loopback = true;
            config.webhooks.retry_schedule_ms = vec![0, 200, 200];
            // A 2 MB image limit, so "too large" is cheap to send.
            config.detection.limits.image_bytes = 2 * 1024 * 1024;
        })),
        ..AppOptions::default()
    })
    .await
}

/// Checks a result against 001's documented response: names, types and meanings.
fn assert_001_shape(result: &Value) {
    let id = result["job_id"].as_str().unwrap_or_else(|| panic!("job_id: {result}"));
    assert!(id.starts_with("job_"), "{result}");
    assert!(matches!(result["verdict"].as_str(), Some("authentic" | "synthetic" | "manipulated" | "inconclusive")), "{result}");
    match &result["confidence"] {
        Value::Null => assert_eq!(result["verdict"], "inconclusive", "only an unjudged result lacks a confidence: {result}"),
        c => assert!(c.as_f64().is_some_and(|c| (0.0..=1.0).contains(&c)), "{result}"),
    }
    assert!(result["generator"].is_null() || result["generator"].is_string(), "a string, not an object: {result}");
    let signals = result["signals"].as_object().unwrap_or_else(|| panic!("signals is an object: {result}"));
    assert!(!signals.is_empty(), "{result}");
    for (name, word) in signals {
        assert!(matches!(word.as_str(), Some("synthetic" | "uncertain" | "natural" | "informative")), "{name}: {result}");
    }
    for segment in result["flagged_segments"].as_array().unwrap_or_else(|| panic!("flagged_segments: {result}")) {
        let (start, end) = (segment["start"].as_f64().unwrap(), segment["end"].as_f64().unwrap());
        assert!(0.0 <= start && start < end, "{result}");
    }
    assert!(result["latency_ms"].as_u64().is_some(), "{result}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_seed_s_examples_work_unchanged_and_make_ordinary_jobs() {
    if let Ok(seed) = crate::support::seed(SEED).ok_or(()) {
        for body in [CURL_BODY, VIDEO_BODY] {
            assert!(squeezed(&seed).contains(&squeezed(body)), "the seed no longer has {body}");
        }
    }
    let app = app().await;
    let (media, stop) = media_server().await;
    let receiver = Receiver::start().await;
    let owner = app.signup().await;
    let (_, key) = app.create_key(&owner, json!({"name": "001", "rate_limit_per_minute": 1000})).await;
    let host = |body: &str| {
        body.replace("https://example.com", &format!("http://{media}")).replace("https://your-app.com/webhook", &receiver.url("cb"))
    };
    let post_json = |path: &str, body: String| {
        app.http
            .post(app.url(&format!("{PREFIX}{path}")))
            .header("Authorization", format!("Bearer {key}"))
            .header("Content-Type", "application/json")
            .body(body)
            .send()
    };

    // The curl example: a video by URL, typed by the hint.
    let response = post_json("/v1/detect", host(CURL_BODY)).await.unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    let first: Value = response.json().await.unwrap();
    assert_001_shape(&first);

    // The request-body example, with its callback.
    let response = post_json("/v1/detect/video", host(VIDEO_BODY)).await.unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    let second: Value = response.json().await.unwrap();
    assert_001_shape(&second);
    let job_id = second["job_id"].as_str().unwrap().to_owned();
    let delivered = receiver.wait_for("cb", 1, Duration::from_secs(15)).await;
    assert_eq!(delivered[0].json()["data"]["id"], job_id.as_str());

    // An upload, as the SDKs send files; and the job read back in 001's shape.
    let upload = form("file", "newton.png", face("newton.png"));
    let response = app.http.post(app.url(&format!("{PREFIX}/v1/detect/image"))).bearer_auth(&key).multipart(upload).send().await.unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    let image: Value = response.json().await.unwrap();
    assert_001_shape(&image);
    let read: Value =
        app.http.get(app.url(&format!("{PREFIX}/v1/jobs/{job_id}"))).bearer_auth(&key).send().await.unwrap().json().await.unwrap();
    assert_eq!(read, second, "the job reads back as it was answered");

    // The same jobs as the native API's: listed, the same verdicts, each billed once, the
    // callback delivered once.
    let native: Value = app.http.get(app.url(&format!("/v1/jobs/{job_id}"))).bearer_auth(&key).send().await.unwrap().json().await.unwrap();
    assert_eq!((native["verdict"].as_str(), native["confidence"].as_f64()), (second["verdict"].as_str(), second["confidence"].as_f64()));
    assert_eq!(native["media_type"], "video");
    let ids: Vec<String> = [&first, &second, &image].iter().map(|r| r["job_id"].as_str().unwrap().to_owned()).collect();
    eventually("the jobs in the native list", Duration::from_secs(10), || async {
        let list: Value = app.http.get(app.url("/v1/jobs?limit=100")).bearer_auth(&key).send().await.ok()?.json().await.ok()?;
        let listed: Vec<&str> = list["data"].as_array()?.iter().filter_map(|j| j["id"].as_str()).collect();
        ids.iter().all(|id| listed.contains(&id.as_str())).then_some(())
    })
    .await;
    let ledger = app.ledger_with(&owner, "captured", 3).await;
    for id in &ids {
        let entries: Vec<&Value> = ledger.iter().filter(|e| e["job_id"] == id.as_str()).collect();
        let kinds: Vec<&str> = entries.iter().filter_map(|e| e["type"].as_str()).collect();
        assert_eq!(
            (kinds.iter().filter(|k| **k == "reserved").count(), kinds.iter().filter(|k| **k == "captured").count()),
            (1, 1),
            "{id}: {kinds:?}"
        );
    }
    tokio::time::sleep(Duration::from_millis(500)).await;
    assert_eq!(receiver.received("cb").len(), 1, "the callback is delivered once");
    stop.cancel();
}

#[tokio::test]
async fn errors_answer_as_veracity_does_with_stable_codes() {
    let app = app().await;
    let owner = app.signup().await;
    let (_, key) = app.create_key(&owner, json!({"name": "001", "rate_limit_per_minute": 1000})).await;
    let url = |path: &str| app.url(&format!("{PREFIX}{path}"));

    // No file.
    let response = app
        .http
        .post(url("/v1/detect/image"))
        .bearer_auth(&key)
        .multipart(reqwest::multipart::Form::new().text("strict_mode", "false"))
        .send()
        .await
        .unwrap();
    assert_eq!(code_of(response, StatusCode::BAD_REQUEST).await, "FILE_MISSING");
    // Wrong format: a PDF, and an image sent to the video path.
    let pdf = form("file", "doc.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n".repeat(4));
    let response = app.http.post(url("/v1/detect")).bearer_auth(&key).multipart(pdf).send().await.unwrap();
    assert_eq!(code_of(response, StatusCode::UNSUPPORTED_MEDIA_TYPE).await, "UNSUPPORTED_MEDIA_TYPE");
    let response = app
        .http
        .post(url("/v1/detect/video"))
        .bearer_auth(&key)
        .multipart(form("file", "newton.png", face("newton.png")))
        .send()
        .await
        .unwrap();
    assert_eq!(code_of(response, StatusCode::UNSUPPORTED_MEDIA_TYPE).await, "UNSUPPORTED_MEDIA_TYPE");
    // A `media_type` hint the content contradicts.
    let hinted = form("file", "newton.png", face("newton.png")).text("media_type", "audio");
    let response = app.http.post(url("/v1/detect")).bearer_auth(&key).multipart(hinted).send().await.unwrap();
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let problem: Value = response.json().await.unwrap();
    assert_eq!(
        (problem["code"].as_str(), problem["field"].as_str(), problem["detected"].as_str()),
        (Some("VALIDATION_FAILED"), Some("media_type"), Some("image")),
        "{problem}"
    );
    // Too large: over the image limit, yet within the upload body limit (which the compat
    // routes share with the native ones, not the 1 MB of other requests).
    let mut big = face("newton.png");
    big.resize(3 * 1024 * 1024, 0);
    let response = app.http.post(url("/v1/detect/image")).bearer_auth(&key).multipart(form("file", "big.png", big)).send().await.unwrap();
    assert_eq!(code_of(response, StatusCode::PAYLOAD_TOO_LARGE).await, "FILE_TOO_LARGE");
    // An unknown JSON member is named, not called malformed.
    let response = app
        .http
        .post(url("/v1/detect"))
        .bearer_auth(&key)
        .json(&json!({"media_url": "https://example.com/a.jpg", "sensitivity": 3}))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let problem: Value = response.json().await.unwrap();
    assert_eq!((problem["code"].as_str(), problem["field"].as_str()), (Some("VALIDATION_FAILED"), Some("sensitivity")), "{problem}");
    // Bad key, missing key.
    let response = app
        .http
        .post(url("/v1/detect/image"))
        .bearer_auth("vk_live_not_a_key")
        .multipart(form("file", "n.png", face("newton.png")))
        .send()
        .await
        .unwrap();
    assert_eq!(code_of(response, StatusCode::UNAUTHORIZED).await, "AUTH_INVALID");
    let response = app.http.post(url("/v1/detect/image")).multipart(form("file", "n.png", face("newton.png"))).send().await.unwrap();
    assert_eq!(code_of(response, StatusCode::UNAUTHORIZED).await, "AUTH_MISSING");

    // A key without the scope: refused, and audited once.
    let (_, text_only) = app.create_key(&owner, json!({"name": "text", "scopes": ["detect:text"]})).await;
    let denied = || async {
        let log: Value = app.admin(&owner, Method::GET, "/v1/audit-log?limit=100").send().await.unwrap().json().await.unwrap();
        log["data"].as_array().unwrap().iter().filter(|e| e["type"] == "access.permission_denied").count()
    };
    let before = denied().await;
    let response = app
        .http
        .post(url("/v1/detect/image"))
        .bearer_auth(&text_only)
        .multipart(form("file", "n.png", face("newton.png")))
        .send()
        .await
        .unwrap();
    assert_eq!(code_of(response, StatusCode::FORBIDDEN).await, "AUTH_SCOPE");
    eventually("the refusal in the audit log", Duration::from_secs(10), || async { (denied().await == before + 1).then_some(()) }).await;

    // The daily limit.
    let (_, daily) = app.create_key(&owner, json!({"name": "daily", "daily_limit": 1, "rate_limit_per_minute": 100})).await;
    let response = app
        .http
        .post(url("/v1/detect/image"))
        .bearer_auth(&daily)
        .multipart(form("file", "n.png", face("newton.png")))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    let response = app
        .http
        .post(url("/v1/detect/image"))
        .bearer_auth(&daily)
        .multipart(form("file", "n.png", face("newton.png")))
        .send()
        .await
        .unwrap();
    assert_eq!(code_of(response, StatusCode::TOO_MANY_REQUESTS).await, "DAILY_LIMIT_EXCEEDED");
}

/// Out of credits: a FREE organisation has 100 credits a month; at 60 an image, the second is
/// refused before any work.
#[tokio::test]
async fn out_of_credits_is_a_402() {
    let app =
        spawn_app_with(AppOptions { tweak: Some(Box::new(|config| config.billing.pricing.image = 60)), ..AppOptions::default() }).await;
    let owner = app.signup().await;
    let (_, key) = app.create_key(&owner, json!({"name": "001", "rate_limit_per_minute": 1000})).await;
    let send = || {
        app.http
            .post(app.url(&format!("{PREFIX}/v1/detect/image")))
            .bearer_auth(&key)
            .multipart(form("file", "n.png", face("newton.png")))
            .send()
    };
    assert_eq!(send().await.unwrap().status(), StatusCode::OK);
    assert_eq!(code_of(send().await.unwrap(), StatusCode::PAYMENT_REQUIRED).await, "INSUFFICIENT_CREDITS");
}
