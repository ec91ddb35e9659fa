//! Veriplus (reference 004) served under `/compat/veriplus`: the seed's JavaScript examples
//! replayed as `fetch` sends them (the same form fields, `Authorization: Bearer`, the same
//! polling), only the host, the key and the media substituted; every documented field checked
//! for name, type and meaning; what 004 documents and Veracity cannot measure comes back `null`
//! with a reason; its error table's codes and statuses.

use std::time::Duration;

use reqwest::StatusCode;
use reqwest::multipart::{Form, Part};
use serde_json::{Value, json};

use crate::support::app::{AppOptions, TestApp, spawn_app_with};
use crate::support::detection::face;
use crate::support::ffmpeg::{make, stage};
use crate::support::{eventually, repo_root};

const PREFIX: &str = "/compat/veriplus/api/v4/deepfake";
const SEED: &str = "004_d9ed0b84d580c586.txt";

async fn app() -> TestApp {
    spawn_app_with(AppOptions {
        tweak: Some(Box::new(|config| config.detection.limits.image_bytes = 2 * 1024 * 1024)),
        ..AppOptions::default()
    })
    .await
}

fn file(field: &str, name: &str, bytes: Vec<u8>) -> Form {
    Form::new().part(field.to_owned(), Part::bytes(bytes).file_name(name.to_owned()))
}

async fn post(app: &TestApp, key: &str, path: &str, form: Form) -> (StatusCode, Value) {
    let response = app
        .http
        .post(app.url(&format!("{PREFIX}{path}")))
        .header("Authorization", format!("Bearer {key}"))
        .multipart(form)
        .send()
        .await
        .unwrap();
    (response.status(), response.json().await.unwrap())
}

/// The fields 004's completed results carry, with their types and scales.
fn assert_result(data: &Value) {
    assert!(data["jobId"].as_str().is_some_and(|id| id.starts_with("job_")), "{data}");
    assert_eq!(data["status"], "COMPLETED", "{data}");
    assert!(data["isDeepfake"].is_boolean(), "{data}");
    for field in ["confidence", "riskScore"] {
        assert!(data[field].as_u64().is_some_and(|v| v <= 100), "{field} on 0-100: {data}");
    }
    assert_eq!(data["confidence"], data["riskScore"], "004's confidence is the likelihood of a deepfake");
    assert!(matches!(data["recommendation"].as_str(), Some("ACCEPT" | "ENHANCED_VERIFICATION" | "MANUAL_REVIEW" | "REJECT")), "{data}");
    assert!(data["manipulationType"].is_null() || data["manipulationType"].as_str().is_some_and(|m| m == m.to_uppercase()), "{data}");
    assert_eq!(data["result"]["isDeepfake"], data["isDeepfake"]);
    assert!(data["creditsUsed"].as_u64().is_some_and(|c| c > 0), "{data}");
    assert!(data["processedAt"].is_string() && data["completedAt"].is_string(), "{data}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_seed_s_examples_work_unchanged() {
    if let Ok(seed) = crate::support::seed(SEED).ok_or(()) {
        for line in [
            "formData.append('analysisType', 'FACE');",
            "formData.append('includeLiveness', 'true');",
            "formData.append('returnSuspiciousFrames', 'true');",
            "if (result.data.status === 'COMPLETED') {",
            "mediaType: 'VIDEO',",
        ] {
            assert!(seed.contains(line), "the seed no longer has {line}");
        }
    }
    let app = app().await;
    let owner = app.signup().await;
    let (_, key) = app.create_key(&owner, json!({"name": "004", "rate_limit_per_minute": 1000})).await;

    // Analyze Image: image, analysisType FACE, returnDetails true.
    let form = file("image", "portrait.png", face("newton.png")).text("analysisType", "FACE").text("returnDetails", "true");
    let (status, body) = post(&app, &key, "/analyse/image", form).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(body["success"], true);
    let image = &body["data"];
    assert_result(image);
    assert_eq!(image["mediaType"], "IMAGE");
    let regions = image["analysis"]["faceRegions"].as_array().unwrap();
    assert_eq!(regions.len(), 1, "{image}");
    assert_eq!(regions[0]["bbox"].as_array().unwrap().len(), 4);
    assert!(regions[0]["deepfakeScore"].as_u64().is_some_and(|s| s <= 100), "{image}");
    assert!(regions[0]["artifacts"].is_null(), "not described, not claimed empty: {image}");
    assert!(image["analysis"]["notJudged"]["faceRegions[].artifacts"].is_string(), "{image}");
    let metadata = &image["analysis"]["metadata"];
    assert_eq!((metadata["format"].as_str(), metadata["exifStripped"].as_bool()), (Some("PNG"), Some(true)), "{image}");
    assert!(metadata["resolution"].as_str().is_some_and(|r| r.contains('x')));

    // An image over the 1 MB body limit of ordinary requests (the compat uploads have the
    // upload limit).
    let noise = crate::support::noise_png(700, 700);
    assert!(noise.len() > 1024 * 1024);
    let (status, body) = post(&app, &key, "/analyse/image", file("image", "noise.png", noise)).await;
    assert_eq!(status, StatusCode::OK, "{body}");

    // Analyze Video: VERIFICATION, liveness asked, suspicious frames asked; then the seed's poll.
    let dir = tempfile::tempdir().unwrap();
    let portrait = stage(dir.path(), "faces/newton.png");
    let video = make(
        dir.path(),
        &["-loop", "1", "-i", &portrait, "-t", "3", "-r", "5", "-vf", "scale=320:-2", "-pix_fmt", "yuv420p", "-c:v", "libx264"],
        "verification_video.mp4",
    );
    let form = file("video", "verification_video.mp4", video)
        .text("analysisType", "VERIFICATION")
        .text("includeLiveness", "true")
        .text("returnSuspiciousFrames", "true");
    let (status, body) = post(&app, &key, "/analyse/video", form).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let job_id = body["data"]["jobId"].as_str().unwrap().to_owned();
    let polled = eventually("the job COMPLETED", Duration::from_secs(60), || async {
        let result: Value = app
            .http
            .get(app.url(&format!("{PREFIX}/jobs/{job_id}")))
            .header("Authorization", format!("Bearer {key}"))
            .send()
            .await
            .ok()?
            .json()
            .await
            .ok()?;
        (result["data"]["status"] == "COMPLETED").then_some(result)
    })
    .await;
    let video = &polled["data"];
    assert_result(video);
    assert!(video["result"]["isDeepfake"].is_boolean(), "the seed reads results.result.isDeepfake");
    assert_eq!(video["video"]["filename"], "verification_video.mp4");
    assert_eq!(video["video"]["frameCount"], 15, "3 s at 5 fps: {video}");
    assert_eq!(video["video"]["fps"], 5.0);
    assert!(video["suspiciousFrames"].is_array(), "{video}");
    // Liveness, lip sync and screen replay are not measured: null, with the reason.
    for field in ["liveness", "audioVisualSync", "screenReplay", "temporalCoherence", "faceDetection"] {
        assert!(video["analysis"][field].is_null(), "{field}: {video}");
        assert!(video["analysis"]["notJudged"][field].as_str().is_some_and(|why| why.contains("no")), "{field}: {video}");
    }

    // Analyze Audio: isSynthetic, confidence; a reference sample is accepted and not used.
    let voice = std::fs::read(repo_root().join("tests/fixtures/media/voiced.wav")).unwrap();
    let form = file("audio", "voice.wav", voice.clone()).part("referenceAudio", Part::bytes(voice).file_name("me.wav"));
    let (status, body) = post(&app, &key, "/analyse/audio", form).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let audio = &body["data"];
    assert_result(audio);
    assert_eq!(audio["isSynthetic"], audio["isDeepfake"]);
    assert!(audio["method"].is_null() || matches!(audio["method"].as_str(), Some("TTS_ENGINE" | "AUDIO_MANIPULATION")), "{audio}");
    for field in ["voicePrintMatch", "modelFingerprint"] {
        assert!(audio["analysis"][field].is_null(), "{field}: {audio}");
        assert!(audio["analysis"]["notJudged"][field].is_string(), "{field}: {audio}");
    }

    // List Jobs: status=COMPLETED, mediaType=VIDEO, limit=50.
    let list = eventually("the video in the list", Duration::from_secs(10), || async {
        let list: Value = app
            .http
            .get(app.url(&format!("{PREFIX}/jobs?status=COMPLETED&mediaType=VIDEO&limit=50")))
            .header("Authorization", format!("Bearer {key}"))
            .send()
            .await
            .ok()?
            .json()
            .await
            .ok()?;
        (list["data"].as_array()?.len() == 1).then_some(list)
    })
    .await;
    assert_eq!(list["data"][0]["jobId"], job_id.as_str());
    // The same native jobs.
    let native: Value = app.http.get(app.url(&format!("/v1/jobs/{job_id}"))).bearer_auth(&key).send().await.unwrap().json().await.unwrap();
    assert_eq!(native["risk_score"], video["riskScore"]);
}

#[tokio::test]
async fn errors_follow_the_seed_s_table() {
    let app = spawn_app_with(AppOptions {
        tweak: Some(Box::new(|config| {
            config.detection.limits.image_bytes = 2 * 1024 * 1024;
            config.billing.pricing.image = 60;
        })),
        ..AppOptions::default()
    })
    .await;
    let owner = app.signup().await;
    let (_, key) = app.create_key(&owner, json!({"name": "004", "rate_limit_per_minute": 1000})).await;
    let error =
        |body: &Value| (body["success"].as_bool(), body["error"]["code"].as_str().map(str::to_owned), body["error"]["message"].is_string());

    let pdf = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n".repeat(4);
    let (status, body) = post(&app, &key, "/analyse/image", file("image", "doc.pdf", pdf)).await;
    assert_eq!((status, error(&body)), (StatusCode::BAD_REQUEST, (Some(false), Some("INVALID_FILE_FORMAT".into()), true)), "{body}");
    let mut big = face("newton.png");
    big.resize(3 * 1024 * 1024, 0);
    let (status, body) = post(&app, &key, "/analyse/image", file("image", "big.png", big)).await;
    assert_eq!((status, error(&body)), (StatusCode::PAYLOAD_TOO_LARGE, (Some(false), Some("FILE_TOO_LARGE".into()), true)), "{body}");
    let faceless = std::fs::read(repo_root().join("tests/fixtures/photos/rocket.jpg")).unwrap();
    let (status, body) = post(&app, &key, "/analyse/image", file("image", "rocket.jpg", faceless).text("analysisType", "FACE")).await;
    assert_eq!((status, error(&body)), (StatusCode::BAD_REQUEST, (Some(false), Some("NO_FACE_DETECTED".into()), true)), "{body}");
    let (status, body) = post(&app, "vk_live_not_a_key", "/analyse/image", file("image", "n.png", face("newton.png"))).await;
    assert_eq!((status, error(&body).0), (StatusCode::UNAUTHORIZED, Some(false)), "{body}");
    let (status, body) = post(&app, &key, "/analyse/image", file("image", "n.png", face("newton.png")).text("sensitivity", "3")).await;
    assert_eq!((status, error(&body)), (StatusCode::UNPROCESSABLE_ENTITY, (Some(false), Some("VALIDATION_FAILED".into()), true)), "{body}");
    // The daily limit: every request counts, the second of the day is refused.
    let (_, daily) = app.create_key(&owner, json!({"name": "daily", "daily_limit": 1, "rate_limit_per_minute": 100})).await;
    let (status, _) = post(&app, &daily, "/analyse/image", reqwest::multipart::Form::new()).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    let (status, body) = post(&app, &daily, "/analyse/image", reqwest::multipart::Form::new()).await;
    assert_eq!((status, error(&body)), (StatusCode::TOO_MANY_REQUESTS, (Some(false), Some("DAILY_LIMIT_EXCEEDED".into()), true)), "{body}");
    // 100 credits a month, 60 an image here: the failed NO_FACE job cost nothing, so one image
    // passes and the next is refused.
    let (status, _) = post(&app, &key, "/analyse/image", file("image", "n.png", face("newton.png"))).await;
    assert_eq!(status, StatusCode::OK);
    let (status, body) = post(&app, &key, "/analyse/image", file("image", "n.png", face("newton.png"))).await;
    assert_eq!((status, error(&body)), (StatusCode::PAYMENT_REQUIRED, (Some(false), Some("INSUFFICIENT_CREDITS".into()), true)), "{body}");
}
