//! GLAIR Vision (reference 002) served under `/compat/glair`: the seed's two curl examples
//! replayed as curl sends them (Basic credentials and `x-api-key`, a multipart `video`; JSON
//! frames with `--data-raw`, so `application/x-www-form-urlencoded`), only the host, the key and
//! the media substituted; every documented field checked for name, type and meaning; the error
//! cases in 002's body; the jobs are native jobs.

use base64::Engine;
use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::support::app::{AppOptions, TestApp, spawn_app_with};
use crate::support::detection::face;
use crate::support::ffmpeg::{make, stage};
use crate::support::repo_root;

const PREFIX: &str = "/compat/glair";
const SEED: &str = "002_61b244f14cd976fd.txt";
/// The frames example's body as the seed writes it (its `...` stands for more frames).
const FRAMES_BODY: &str = r#"{ "frames": ["base64_1", "base64_2", ...] }"#;
/// `printf "%s" "USERNAME:PASSWORD" | base64`, as the seed's examples send it.
const BASIC: &str = "Basic VVNFUk5BTUU6UEFTU1dPUkQ=";

async fn app() -> TestApp {
    spawn_app_with(AppOptions {
        tweak: Some(Box::new(|config| config.detection.limits.video_bytes = 2 * 1024 * 1024)),
        ..AppOptions::default()
    })
    .await
}

/// 002's Deepfake Detection object, as documented.
fn assert_reading(body: &Value) {
    assert_eq!(body["status"], "SUCCESS", "{body}");
    assert!(body["reason"].as_str().is_some_and(|r| r.starts_with("File Successfully Read")), "{body}");
    let deepfake = &body["read"]["deepfake"];
    let confidence = deepfake["confidence"].as_f64().unwrap_or_else(|| panic!("confidence: {body}"));
    assert!((0.0..=1.0).contains(&confidence), "{body}");
    assert!(matches!(deepfake["value"].as_str(), Some("real" | "fake")), "{body}");
}

fn error_status(body: &Value) -> &str {
    assert!(body["reason"].is_string(), "{body}");
    body["status"].as_str().unwrap_or_else(|| panic!("status: {body}"))
}

#[tokio::test]
async fn the_seed_s_examples_read_a_video_and_its_frames() {
    if let Ok(seed) = crate::support::seed(SEED).ok_or(()) {
        let squeezed = |t: &str| t.split_whitespace().collect::<String>();
        assert!(squeezed(&seed).contains(&squeezed(FRAMES_BODY)), "the seed no longer has {FRAMES_BODY}");
        assert!(seed.contains(r#"-F 'video=@"/path/to/video.mp4"'"#) && seed.contains("-H 'x-api-key: API_KEY'"));
    }
    let app = app().await;
    let owner = app.signup().await;
    let (_, key) = app.create_key(&owner, json!({"name": "002", "rate_limit_per_minute": 1000})).await;
    let dir = tempfile::tempdir().unwrap();
    let portrait = stage(dir.path(), "faces/newton.png");
    let video = make(
        dir.path(),
        &["-loop", "1", "-i", &portrait, "-t", "3", "-r", "5", "-vf", "scale=320:-2", "-pix_fmt", "yuv420p", "-c:v", "libx264"],
        "video.mp4",
    );

    // curl -F 'video=@"/path/to/video.mp4"' with Basic credentials and x-api-key.
    let form = reqwest::multipart::Form::new().part("video", reqwest::multipart::Part::bytes(video).file_name("video.mp4"));
    let response = app
        .http
        .post(app.url(&format!("{PREFIX}/face/v1/deepfake")))
        .header("Authorization", BASIC)
        .header("x-api-key", &key)
        .multipart(form)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    let request_id = response.headers().get("request-id").and_then(|v| v.to_str().ok()).map(str::to_owned);
    let body: Value = response.json().await.unwrap();
    assert_reading(&body);
    assert!(request_id.is_some_and(|id| !id.is_empty()), "a Request-Id header");
    // The reading is the native job's: value from its verdict, confidence its risk score.
    let job: Value = app
        .http
        .get(app.url(&format!("/v1/jobs/{}", body["job_id"].as_str().unwrap())))
        .bearer_auth(&key)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(job["media_type"], "video");
    let fake = matches!(job["verdict"].as_str(), Some("synthetic" | "manipulated"));
    assert_eq!(body["read"]["deepfake"]["value"], if fake { "fake" } else { "real" }, "{job}");
    assert_eq!(body["read"]["deepfake"]["confidence"].as_f64(), job["risk_score"].as_f64().map(|r| r / 100.0), "{job}");

    // curl --data-raw '{ "frames": [...] }': JSON sent as a form, frames as base64.
    let engine = base64::engine::general_purpose::STANDARD;
    let (one, two) = (engine.encode(face("newton.png")), engine.encode(face("gauss.png")));
    let body = FRAMES_BODY.replace(r#""base64_1", "base64_2", ..."#, &format!(r#""{one}", "{two}""#));
    let response = app
        .http
        .post(app.url(&format!("{PREFIX}/face/v1/deepfake/images")))
        .header("Authorization", BASIC)
        .header("x-api-key", &key)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .body(body)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    let frames: Value = response.json().await.unwrap();
    assert_reading(&frames);
}

#[tokio::test]
async fn errors_come_in_glair_s_body_with_veracity_s_status() {
    let app = spawn_app_with(AppOptions {
        tweak: Some(Box::new(|config| {
            config.detection.limits.video_bytes = 64 * 1024;
            config.billing.pricing.short_video = 60;
            config.billing.pricing.long_video = 60;
        })),
        ..AppOptions::default()
    })
    .await;
    let owner = app.signup().await;
    let (_, key) = app.create_key(&owner, json!({"name": "002", "rate_limit_per_minute": 1000})).await;
    let post = |form: reqwest::multipart::Form, key: &str| {
        app.http
            .post(app.url(&format!("{PREFIX}/face/v1/deepfake")))
            .header("Authorization", BASIC)
            .header("x-api-key", key)
            .multipart(form)
            .send()
    };
    let check = |response: reqwest::Response, status: StatusCode, expected: &'static str| async move {
        assert_eq!(response.status(), status);
        assert!(response.headers().contains_key("request-id"));
        let body: Value = response.json().await.unwrap();
        assert_eq!(error_status(&body), expected, "{body}");
        body
    };

    // No file: 400, status NO_FILE from the documented enum (the seed's 400 sample says ERROR).
    let body = check(post(reqwest::multipart::Form::new(), &key).await.unwrap(), StatusCode::BAD_REQUEST, "NO_FILE").await;
    assert_eq!(body["reason"], "No file in request body");
    // Not a video; too large.
    let image = reqwest::multipart::Form::new().part("video", reqwest::multipart::Part::bytes(face("newton.png")).file_name("v.mp4"));
    check(post(image, &key).await.unwrap(), StatusCode::UNSUPPORTED_MEDIA_TYPE, "FILE_INVALID_FORMAT").await;
    let clip = std::fs::read(repo_root().join("tests/fixtures/media/bench_720p.mp4")).unwrap();
    assert!(clip.len() > 64 * 1024);
    let big = reqwest::multipart::Form::new().part("video", reqwest::multipart::Part::bytes(clip).file_name("v.mp4"));
    check(post(big, &key).await.unwrap(), StatusCode::PAYLOAD_TOO_LARGE, "FILE_INVALID_FORMAT").await;
    // A bad key.
    let empty = reqwest::multipart::Form::new();
    check(post(empty, "vk_live_not_a_key").await.unwrap(), StatusCode::UNAUTHORIZED, "ERROR").await;
    // Frames that are not base64.
    let response = app
        .http
        .post(app.url(&format!("{PREFIX}/face/v1/deepfake/images")))
        .header("x-api-key", &key)
        .json(&json!({"frames": ["%%%"]}))
        .send()
        .await
        .unwrap();
    check(response, StatusCode::BAD_REQUEST, "ERROR").await;
    // The daily limit: every request counts, the second of the day is refused (429, `code`
    // says which limit).
    let (_, daily) = app.create_key(&owner, json!({"name": "daily", "daily_limit": 1, "rate_limit_per_minute": 100})).await;
    check(post(reqwest::multipart::Form::new(), &daily).await.unwrap(), StatusCode::BAD_REQUEST, "NO_FILE").await;
    let body = check(post(reqwest::multipart::Form::new(), &daily).await.unwrap(), StatusCode::TOO_MANY_REQUESTS, "ERROR").await;
    assert_eq!(body["code"], "DAILY_LIMIT_EXCEEDED", "{body}");
    // Out of credits (100 a month; a short video costs 60 here).
    let dir = tempfile::tempdir().unwrap();
    let small = make(
        dir.path(),
        &["-f", "lavfi", "-i", "testsrc=size=160x120:rate=5", "-t", "1", "-pix_fmt", "yuv420p", "-c:v", "libx264"],
        "small.mp4",
    );
    let send = |bytes: Vec<u8>| {
        post(reqwest::multipart::Form::new().part("video", reqwest::multipart::Part::bytes(bytes).file_name("v.mp4")), &key)
    };
    let first = send(small.clone()).await.unwrap();
    assert_eq!(first.status(), StatusCode::OK);
    check(send(small).await.unwrap(), StatusCode::PAYMENT_REQUIRED, "ERROR").await;
}

/// GLAIR answers synchronously: a job still running when the deployment's wait runs out (here
/// no wait at all) is cancelled and not charged, and the client is told to send it again.
#[tokio::test]
async fn a_job_that_outlives_the_wait_is_cancelled_and_not_charged() {
    let app = spawn_app_with(AppOptions {
        tweak: Some(Box::new(|config| {
            config.detection.max_wait_secs = 0;
            config.detection.default_wait_secs = 0;
        })),
        ..AppOptions::default()
    })
    .await;
    let owner = app.signup().await;
    let (_, key) = app.create_key(&owner, json!({"name": "002", "rate_limit_per_minute": 1000})).await;
    let clip = std::fs::read(repo_root().join("tests/fixtures/media/clip.mp4")).unwrap();
    let form = reqwest::multipart::Form::new().part("video", reqwest::multipart::Part::bytes(clip).file_name("v.mp4"));
    let response =
        app.http.post(app.url(&format!("{PREFIX}/face/v1/deepfake"))).header("x-api-key", &key).multipart(form).send().await.unwrap();
    assert_eq!(response.status(), StatusCode::SERVICE_UNAVAILABLE);
    assert!(response.headers().contains_key("retry-after"));
    let body: Value = response.json().await.unwrap();
    assert_eq!(error_status(&body), "ERROR", "{body}");
    let ledger = app.ledger_with(&owner, "released", 1).await;
    assert!(ledger.iter().all(|e| e["type"] != "captured"), "nothing is charged: {ledger:?}");
}
