//! Detection through HTTP on the real app: real NATS work queue, SQL read model, blob store,
//! ONNX Runtime with MTCNN. One test per kind of input.

use std::time::Duration;

use base64::Engine;
use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::support::accounts::{FetchJson, code_of};
use crate::support::app::spawn_app;
use crate::support::detection::{face, form, media};
use crate::support::eventually;

#[tokio::test]
async fn an_image_is_analysed_synchronously_and_its_job_can_be_read_and_listed() {
    let app = spawn_app().await;
    let key = app.detect_key().await;
    let response = app
        .http
        .post(app.url("/v1/detect/image"))
        .bearer_auth(&key)
        .multipart(form("image", "newton.png", face("newton.png")).text("analysis_type", "FACE"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    let job: Value = response.json().await.unwrap();
    assert_eq!(job["status"], "completed", "{job}");
    assert_eq!(job["object"], "detection");
    // A painted portrait: the AI-image probe scoring its face is no face-swap finding, and it
    // alone can never reject.
    assert_ne!(job["manipulation_type"], "FACE_SWAP", "{job}");
    assert_ne!(job["recommendation"], "reject", "{job}");
    assert_eq!(job["frames_analyzed"], 1, "{job}");
    assert_eq!(job["media_type"], "image");
    assert_eq!(job["faces"].as_array().unwrap().len(), 1, "{job}");
    assert_eq!(job["media"]["format"], "png");
    assert_eq!(job["media"]["width"], 768);
    assert_eq!(job["source"], "newton.png");
    let id = job["id"].as_str().unwrap().to_owned();

    let again = app.http.get(app.url(&format!("/v1/jobs/{id}"))).bearer_auth(&key).fetch().await;
    assert_eq!(again["status"], "completed");
    assert_eq!(again["faces"], job["faces"]);

    // The list is a read model: it lists the job once the projection has applied it.
    let listed = eventually("the job to be listed", Duration::from_secs(5), || async {
        let page: Value = app.http.get(app.url("/v1/jobs?status=completed")).bearer_auth(&key).fetch().await;
        page["data"].as_array().is_some_and(|d| !d.is_empty()).then_some(page)
    })
    .await;
    assert_eq!(listed["data"][0]["id"], id.as_str(), "{listed}");
    app.stop().await;
}

/// A FREE organisation runs one job at a time (its plan's limit), although the worker takes two
/// jobs at once: the others wait queued for the slot, then run.
#[tokio::test]
async fn a_tenant_runs_no_more_jobs_at_once_than_its_plan_allows() {
    let app = spawn_app().await;
    let key = app.detect_key().await;
    let mut ids = Vec::new();
    for _ in 0..3 {
        let response = app
            .http
            .post(app.url("/v1/detect/video"))
            .bearer_auth(&key)
            .multipart(form("video", "clip.mp4", media("clip.mp4")))
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), StatusCode::ACCEPTED);
        ids.push(response.json::<Value>().await.unwrap()["id"].as_str().unwrap().to_owned());
    }
    let mut runs = Vec::new();
    for id in &ids {
        let job = app.finished_job(&key, id, Duration::from_secs(120)).await;
        assert_eq!(job["status"], "completed", "{job}");
        let at = |field: &str| {
            job[field].as_str().and_then(|t| t.parse::<chrono::DateTime<chrono::Utc>>().ok()).unwrap_or_else(|| panic!("{field} in {job}"))
        };
        runs.push((at("started_at"), at("completed_at")));
    }
    runs.sort();
    for pair in runs.windows(2) {
        assert!(pair[0].1 <= pair[1].0, "two jobs ran at once: {pair:?}");
    }
}

#[tokio::test]
async fn a_video_is_accepted_then_polled_to_its_result() {
    let app = spawn_app().await;
    let key = app.detect_key().await;
    let response = app
        .http
        .post(app.url("/v1/detect/video"))
        .bearer_auth(&key)
        .multipart(form("video", "clip.mp4", media("clip.mp4")))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::ACCEPTED);
    let location = response.headers()["location"].to_str().unwrap().to_owned();
    let accepted: Value = response.json().await.unwrap();
    assert!(matches!(accepted["status"].as_str(), Some("queued" | "processing")), "{accepted}");
    assert_eq!(location, format!("/v1/jobs/{}", accepted["id"].as_str().unwrap()));

    let job = app.finished_job(&key, accepted["id"].as_str().unwrap(), Duration::from_secs(60)).await;
    assert_eq!(job["status"], "completed", "{job}");
    assert_eq!(job["media_type"], "video");
    assert_eq!(job["media"]["format"], "mp4");
    assert_eq!(job["media"]["codec"], "h264");
    assert_eq!(job["media"]["width"], 320);
    assert_eq!(job["media"]["height"], 240);
    assert!((job["media"]["duration"].as_f64().unwrap() - 3.0).abs() < 0.1, "{job}");
    assert!((job["media"]["fps"].as_f64().unwrap() - 25.0).abs() < 0.01, "{job}");
    // Sampled at 1 fps; the AAC track is decoded too.
    assert_eq!(job["frames_analyzed"], 3, "{job}");
    assert_eq!(job["media"]["sample_rate"], 44100, "{job}");
    assert!(job["verdict"].is_string() && job["completed_at"].is_string(), "{job}");

    // WebM (VP9) goes through `/v1/detect`, the type read from the content.
    let response = app
        .http
        .post(app.url("/v1/detect"))
        .bearer_auth(&key)
        .multipart(form("file", "upload.bin", media("clip.webm")))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::ACCEPTED);
    let accepted: Value = response.json().await.unwrap();
    let job = app.finished_job(&key, accepted["id"].as_str().unwrap(), Duration::from_secs(60)).await;
    assert_eq!(job["status"], "completed", "{job}");
    assert_eq!(job["media"]["format"], "webm");
    assert_eq!(job["frames_analyzed"], 2, "{job}");
    app.stop().await;
}

#[tokio::test]
async fn audio_files_are_decoded_and_analysed() {
    let app = spawn_app().await;
    let key = app.detect_key().await;
    for (name, format, sample_rate) in [("tone.wav", "wav", 16000), ("tone.mp3", "mp3", 44100), ("tone.flac", "flac", 22050)] {
        let response = app
            .http
            .post(app.url("/v1/detect/audio"))
            .bearer_auth(&key)
            .header("Prefer", "wait=30")
            .multipart(form("audio", name, media(name)))
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 200, "{name}");
        let job: Value = response.json().await.unwrap();
        assert_eq!(job["status"], "completed", "{name}: {job}");
        assert_eq!(job["media_type"], "audio");
        assert_eq!(job["media"]["format"], format);
        assert_eq!(job["media"]["sample_rate"], sample_rate, "{name}: {job}");
        assert!((job["media"]["duration"].as_f64().unwrap() - 2.0).abs() < 0.1, "{name}: {job}");
        assert!(job.get("frames_analyzed").is_none() && job.get("fake_frames_percentage").is_none(), "audio has no frames: {job}");
        let forest = job["models"].as_array().unwrap().iter().find(|m| m["id"] == "audiosentinel-forest").expect("the speech forest ran");
        assert!(forest["score"].as_f64().is_some_and(|p| (0.0..=1.0).contains(&p)), "{name}: {job}");
    }
    // A synthetic voiced clip: the forest's P(AI) (as scikit-learn computes it, recorded beside
    // the clip) drives the verdict, names synthetic speech and flags the window.
    let reference: Value =
        serde_json::from_slice(&std::fs::read(crate::support::repo_root().join("tests/fixtures/speech-features.json")).unwrap()).unwrap();
    let expected = reference["prob_ai"].as_f64().unwrap();
    let voiced: Value = app
        .http
        .post(app.url("/v1/detect/audio"))
        .bearer_auth(&key)
        .header("Prefer", "wait=30")
        .multipart(form("file", "voiced.wav", media("voiced.wav")))
        .fetch()
        .await;
    let risk = voiced["risk_score"].as_f64().unwrap() / 100.0;
    assert!((risk - expected).abs() <= 0.05, "risk {risk} vs P(AI) {expected}: {voiced}");
    assert_eq!(voiced["signals"].as_array().unwrap().iter().filter(|s| s["name"] == "synthetic_speech").count(), 1, "{voiced}");
    assert!(expected >= 0.7, "the fixture is one the forest calls AI ({expected})");
    assert_eq!((voiced["verdict"].as_str(), voiced["manipulation_type"].as_str()), (Some("synthetic"), Some("TTS_ENGINE")), "{voiced}");
    assert_eq!(
        (voiced["flagged_segments"][0]["start"].as_f64(), voiced["flagged_segments"][0]["end"].as_f64()),
        (Some(0.0), Some(3.0)),
        "{voiced}"
    );
    // Without `Prefer`, audio answers 202.
    let response = app
        .http
        .post(app.url("/v1/detect/audio"))
        .bearer_auth(&key)
        .multipart(form("file", "a.wav", media("tone.wav")))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::ACCEPTED);
    app.stop().await;
}

#[tokio::test]
async fn text_is_checked_for_length_and_analysed() {
    let app = spawn_app().await;
    let key = app.detect_key().await;
    let text = "The committee met on Tuesday to review the quarterly figures, and agreed to publish them next week.";
    let response =
        app.http.post(app.url("/v1/detect/text")).bearer_auth(&key).json(&json!({"text": text, "highlight": true})).send().await.unwrap();
    assert_eq!(response.status(), 200);
    let job: Value = response.json().await.unwrap();
    assert_eq!(job["status"], "completed", "{job}");
    assert_eq!(job["media_type"], "text");
    assert_eq!(job["media"]["format"], "text");
    assert_eq!(job["verdict"], "inconclusive", "one sentence is too little to judge: {job}");
    // No evidence has the documented shape: no risk score, no confidence, a recommendation to
    // verify otherwise, no manipulation named, and no frame counts for text.
    assert_eq!(job["recommendation"], "enhanced_verification", "{job}");
    assert_eq!(job["is_deepfake"], false, "{job}");
    for absent in ["risk_score", "confidence", "manipulation_type", "frames_analyzed", "fake_frames", "fake_frames_percentage"] {
        assert!(job.get(absent).is_none(), "{absent} is absent: {job}");
    }

    // A formulaic, evenly built text is judged by the statistical detector and its most
    // machine-like sentences are marked by character offset (the typographic apostrophe is
    // three bytes in UTF-8, so byte offsets would be off).
    let formulaic = "In today’s fast-paced world, technology plays a crucial role in our daily lives. \
        Furthermore, it is important to note that innovation continues to shape the landscape of modern society. \
        Additionally, businesses must navigate the complexities of digital transformation to remain competitive. \
        Moreover, the intricate tapestry of global markets underscores the need for adaptable strategies. \
        In conclusion, embracing change is a testament to the resilience of organizations in the modern era.";
    let judged: Value =
        app.http.post(app.url("/v1/detect/text")).bearer_auth(&key).json(&json!({"text": formulaic, "highlight": true})).fetch().await;
    assert_eq!(
        (judged["verdict"].as_str(), judged["manipulation_type"].as_str()),
        (Some("synthetic"), Some("AI_GENERATED_TEXT")),
        "{judged}"
    );
    assert_eq!(judged["models"][0]["id"], "text-statistics", "{judged}");
    let highlights = judged["highlights"].as_array().expect("highlights were asked for");
    assert!(!highlights.is_empty() && highlights.len() <= 5, "{judged}");
    let chars: Vec<char> = formulaic.chars().collect();
    let first: String =
        chars[highlights[0]["start"].as_u64().unwrap() as usize..highlights[0]["end"].as_u64().unwrap() as usize].iter().collect();
    assert!(first.starts_with("In today’s fast-paced world") && first.ends_with("daily lives."), "{first:?}");
    // The same sentence by UTF-16 offsets, as a JavaScript client slices it.
    let units: Vec<u16> = formulaic.encode_utf16().collect();
    let (from, to) = (highlights[0]["start_utf16"].as_u64().unwrap() as usize, highlights[0]["end_utf16"].as_u64().unwrap() as usize);
    assert_eq!(String::from_utf16(&units[from..to]).unwrap(), first);
    let unasked: Value = app.http.post(app.url("/v1/detect/text")).bearer_auth(&key).json(&json!({"text": formulaic})).fetch().await;
    assert!(unasked.get("highlights").is_none(), "highlights only when asked for: {unasked}");

    let with_callback = app
        .http
        .post(app.url("/v1/detect/text"))
        .bearer_auth(&key)
        .json(&json!({"text": text, "callback_url": "https://hooks.example.com/veracity"}))
        .send()
        .await
        .unwrap();
    assert_eq!(with_callback.status(), 200);
    for bad in ["http://hooks.example.com/plain", "not a url", "https://user:pw@hooks.example.com/"] {
        let response = app
            .http
            .post(app.url("/v1/detect/text"))
            .bearer_auth(&key)
            .json(&json!({"text": text, "callback_url": bad}))
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY, "{bad}");
        let problem: Value = response.json().await.unwrap();
        assert_eq!(
            (problem["code"].as_str(), problem["field"].as_str()),
            (Some("VALIDATION_FAILED"), Some("callback_url")),
            "{bad}: {problem}"
        );
    }

    let short =
        app.http.post(app.url("/v1/detect/text")).bearer_auth(&key).json(&json!({"text": "Too short to judge."})).send().await.unwrap();
    assert_eq!(code_of(short, StatusCode::BAD_REQUEST).await, "TEXT_TOO_SHORT");
    // Text sent to the image endpoint is refused with the allowed types.
    let wrong = app.http.post(app.url("/v1/detect/image")).bearer_auth(&key).json(&json!({"text": text})).send().await.unwrap();
    assert_eq!(code_of(wrong, StatusCode::UNSUPPORTED_MEDIA_TYPE).await, "UNSUPPORTED_MEDIA_TYPE");
    app.stop().await;
}

#[tokio::test]
async fn a_video_sent_as_base64_frames_is_analysed_frame_by_frame() {
    let app = spawn_app().await;
    let key = app.detect_key().await;
    let b64 = base64::engine::general_purpose::STANDARD;
    let frames = json!([b64.encode(face("newton.png")), format!("data:image/png;base64,{}", b64.encode(face("gauss.png")))]);
    let response = app
        .http
        .post(app.url("/v1/detect/video/frames"))
        .bearer_auth(&key)
        .header("Prefer", "wait=30")
        .json(&json!({"frames": frames, "analysis_type": "FACE", "return_details": true}))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    let job: Value = response.json().await.unwrap();
    assert_eq!(job["status"], "completed", "{job}");
    assert_eq!(job["media_type"], "video");
    assert_eq!(job["frames_analyzed"], 2, "{job}");
    let faces = job["faces"].as_array().unwrap();
    assert_eq!(faces.len(), 2, "one face per portrait: {job}");
    assert_eq!(faces.iter().map(|f| f["frame"].as_u64().unwrap()).collect::<Vec<_>>(), [0, 1]);

    let post = |path: &str, body: Value| app.http.post(app.url(path)).bearer_auth(&key).json(&body).send();
    let not_base64 = post("/v1/detect/video/frames", json!({"frames": ["%%%"]})).await.unwrap();
    assert_eq!(code_of(not_base64, StatusCode::BAD_REQUEST).await, "INVALID_REQUEST");
    // The documented body declares 1-64 frames and no other members.
    let empty = post("/v1/detect/video/frames", json!({"frames": []})).await.unwrap();
    assert_eq!(code_of(empty, StatusCode::UNPROCESSABLE_ENTITY).await, "VALIDATION_FAILED");
    // A member the body does not define is named (a typo is not silently ignored).
    let stray = post("/v1/detect/video/frames", json!({"frames": frames, "text": "why not"})).await.unwrap();
    assert_eq!(stray.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let problem: Value = stray.json().await.unwrap();
    assert_eq!((problem["code"].as_str(), problem["field"].as_str()), (Some("VALIDATION_FAILED"), Some("text")), "{problem}");
    // `media_type` is a hint: one the operation or the content contradicts is refused.
    let hinted = post("/v1/detect/video/frames", json!({"frames": frames, "media_type": "image"})).await.unwrap();
    assert_eq!(hinted.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let problem: Value = hinted.json().await.unwrap();
    assert_eq!((problem["code"].as_str(), problem["field"].as_str()), (Some("VALIDATION_FAILED"), Some("media_type")), "{problem}");
    // The upload operation still takes the older all-in-one JSON body.
    let legacy = post("/v1/detect/video", json!({"frames": []})).await.unwrap();
    assert_eq!(code_of(legacy, StatusCode::BAD_REQUEST).await, "FILE_MISSING");
    let legacy = app
        .http
        .post(app.url("/v1/detect/video"))
        .bearer_auth(&key)
        .header("Prefer", "wait=30")
        .json(&json!({"frames": frames}))
        .send()
        .await
        .unwrap();
    assert_eq!(legacy.status(), 200);
    app.stop().await;
}

#[tokio::test]
async fn an_idempotency_key_replays_the_first_job_and_refuses_a_different_request() {
    let app = spawn_app().await;
    let key = app.detect_key().await;
    let text = "An idempotent request: sending it twice must create one job, never two of them.";
    let send = |body: Value, idem: &'static str| {
        app.http.post(app.url("/v1/detect/text")).bearer_auth(&key).header("Idempotency-Key", idem).json(&body).send()
    };

    let first = send(json!({"text": text}), "order-42").await.unwrap();
    assert_eq!(first.status(), 200);
    assert!(first.headers().get("idempotent-replayed").is_none());
    let first: Value = first.json().await.unwrap();

    let retry = send(json!({"text": text}), "order-42").await.unwrap();
    assert_eq!(retry.status(), 200);
    assert_eq!(retry.headers()["idempotent-replayed"], "true");
    let retry: Value = retry.json().await.unwrap();
    assert_eq!(retry["id"], first["id"]);

    let other = send(json!({"text": format!("{text} Different.")}), "order-42").await.unwrap();
    assert_eq!(code_of(other, StatusCode::UNPROCESSABLE_ENTITY).await, "IDEMPOTENCY_KEY_REUSED");

    // A request refused before creating anything does not use up its key.
    let short = send(json!({"text": "short"}), "order-43").await.unwrap();
    assert_eq!(code_of(short, StatusCode::BAD_REQUEST).await, "TEXT_TOO_SHORT");
    let fixed = send(json!({"text": text}), "order-43").await.unwrap();
    assert_eq!(fixed.status(), 200);
    let fixed: Value = fixed.json().await.unwrap();
    assert_ne!(fixed["id"], first["id"]);

    // Keys are per organisation: another tenant's identical key is a different key.
    let other_key = app.detect_key().await;
    let theirs: Value = app
        .http
        .post(app.url("/v1/detect/text"))
        .bearer_auth(&other_key)
        .header("Idempotency-Key", "order-42")
        .json(&json!({"text": text}))
        .fetch()
        .await;
    assert_eq!(theirs["status"], "completed");
    assert_ne!(theirs["id"], first["id"]);

    // The header's form (1-255 visible ASCII characters) is declared in the OpenAPI document.
    let bad = send(json!({"text": text}), "").await.unwrap();
    assert_eq!(code_of(bad, StatusCode::UNPROCESSABLE_ENTITY).await, "VALIDATION_FAILED");
    app.stop().await;
}

#[tokio::test]
async fn another_tenants_jobs_and_media_are_not_found_listed_or_deletable() {
    let app = spawn_app().await;
    let alice = app.detect_key().await;
    let bob = app.detect_key().await;
    let text = "Bob's private text, which no other organisation may ever read, list or delete.";
    let bobs: Value = app.http.post(app.url("/v1/detect/text")).bearer_auth(&bob).json(&json!({"text": text})).fetch().await;
    let id = bobs["id"].as_str().unwrap().to_owned();
    crate::support::eventually("bob's job in his list", Duration::from_secs(10), || async {
        let page = app.http.get(app.url("/v1/jobs")).bearer_auth(&bob).fetch().await;
        (page["data"][0]["id"] == id.as_str()).then_some(())
    })
    .await;

    let read = app.http.get(app.url(&format!("/v1/jobs/{id}"))).bearer_auth(&alice).send().await.unwrap();
    assert_eq!(code_of(read, StatusCode::NOT_FOUND).await, "NOT_FOUND");
    let delete = app.http.delete(app.url(&format!("/v1/jobs/{id}"))).bearer_auth(&alice).send().await.unwrap();
    assert_eq!(code_of(delete, StatusCode::NOT_FOUND).await, "NOT_FOUND");
    let list = app.http.get(app.url("/v1/jobs")).bearer_auth(&alice).fetch().await;
    assert_eq!(list["data"].as_array().unwrap().len(), 0, "{list}");
    // A job id is only a position in time as a cursor: it pages through the caller's own jobs.
    let cursor = app.http.get(app.url(&format!("/v1/jobs?starting_after={id}"))).bearer_auth(&alice).fetch().await;
    assert_eq!(cursor["data"].as_array().map(Vec::len), Some(0), "{cursor}");
    for filter in ["status=completed", "media_type=text", "verdict=inconclusive"] {
        let page = app.http.get(app.url(&format!("/v1/jobs?{filter}"))).bearer_auth(&alice).fetch().await;
        assert_eq!(page["data"].as_array().map(Vec::len), Some(0), "{filter}: {page}");
    }

    // Bob's image, kept: its media is his alone, for his keys and his members' access tokens.
    let image: Value = app
        .http
        .post(app.url("/v1/detect/image"))
        .bearer_auth(&bob)
        .multipart(form("image", "newton.png", face("newton.png")).text("retain", "true"))
        .fetch()
        .await;
    let image_id = image["id"].as_str().unwrap().to_owned();
    let media = |id: &str, token: &str| app.http.get(app.url(&format!("/v1/jobs/{id}/media"))).bearer_auth(token).send();
    let own = media(&image_id, &bob).await.unwrap();
    assert_eq!(own.status(), StatusCode::OK);
    assert_eq!(own.headers()["content-type"], "image/png");
    assert_eq!(own.bytes().await.unwrap().as_ref(), face("newton.png").as_slice());
    assert_eq!(code_of(media(&image_id, &alice).await.unwrap(), StatusCode::NOT_FOUND).await, "NOT_FOUND");
    // Text has no media file to give.
    assert_eq!(code_of(media(&id, &bob).await.unwrap(), StatusCode::GONE).await, "MEDIA_EXPIRED");
    // Another organisation's member (the console's access token) finds none of it either.
    let carol = app.signup().await;
    for path in [format!("/v1/jobs/{id}"), format!("/v1/jobs/{image_id}"), format!("/v1/jobs/{image_id}/media")] {
        let response = app.admin(&carol, reqwest::Method::GET, &path).send().await.unwrap();
        assert_eq!(code_of(response, StatusCode::NOT_FOUND).await, "NOT_FOUND", "{path}");
    }
    let deleted = app.admin(&carol, reqwest::Method::DELETE, &format!("/v1/jobs/{image_id}")).send().await.unwrap();
    assert_eq!(code_of(deleted, StatusCode::NOT_FOUND).await, "NOT_FOUND");
    let listed = app.admin(&carol, reqwest::Method::GET, "/v1/jobs").fetch().await;
    assert_eq!(listed["data"].as_array().map(Vec::len), Some(0), "{listed}");

    let still: Value = app.http.get(app.url(&format!("/v1/jobs/{id}"))).bearer_auth(&bob).fetch().await;
    assert_eq!(still["status"], "completed", "bob's job is untouched: {still}");
    app.stop().await;
}
