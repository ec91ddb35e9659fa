//! DMI (reference 003) served under `/compat/dmi`: the seed's own Python and JavaScript client
//! functions (tests/compat/dmi_client.{py,js}, checked against the seed when it is present) run
//! unchanged apart from the host against a real server, its curl examples replayed, every
//! documented field checked for name, type and meaning, and its error codes and statuses.

use std::process::Command;

use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::support::app::{AppOptions, TestApp, spawn_app_with};
use crate::support::detection::face;
use crate::support::ffmpeg::{make, stage};
use crate::support::repo_root;

const PREFIX: &str = "/compat/dmi";
const SEED: &str = "003_6e2e206e2ac4ea1d.txt";
/// The seed's curl example for text, its body verbatim.
const TEXT_BODY: &str = r#"{"text": "This is some text that I want to analyze to determine if it was written by an AI. The text should be long enough to provide a reliable analysis.", "highlight": true}"#;
/// Machine-like prose, long enough for the text detector to judge.
const TEXT: &str = "In today's rapidly evolving landscape, it is important to note that technology plays a pivotal role. \
    Furthermore, organizations must delve into innovative strategies to navigate the complexities of the digital realm. \
    Moreover, leveraging cutting-edge solutions can foster seamless collaboration and unlock unprecedented potential. \
    Additionally, it is crucial to underscore the significance of adaptability in this ever-changing environment. \
    In conclusion, embracing these transformative approaches will undoubtedly pave the way for sustainable growth.";

async fn app(tweak: fn(&mut veracity::config::Config)) -> TestApp {
    spawn_app_with(AppOptions { tweak: Some(Box::new(tweak)), ..AppOptions::default() }).await
}

/// The client copy with the seed's host replaced; the copy must be the seed's code.
fn client(name: &str, base: &str) -> String {
    let copy = std::fs::read_to_string(repo_root().join("tests/compat").join(name)).unwrap();
    if let Ok(seed) = crate::support::seed(SEED).ok_or(()) {
        let seed: String = seed.split_whitespace().collect();
        let marker = if name.ends_with(".py") { "# --- driver" } else { "// --- driver" };
        let code = copy.split(marker).next().unwrap();
        let code = code.lines().skip_while(|l| l.starts_with('#') || l.starts_with("//")).collect::<Vec<_>>().join("\n");
        let code: String = code.split_whitespace().collect();
        assert!(seed.contains(&code), "tests/compat/{name} is no longer the seed's code");
    }
    copy.replace("https://your-domain.com", base)
}

fn assert_success(body: &Value) {
    assert_eq!((body["success"].as_bool(), body["code"].as_str()), (Some(true), Some("SUC001")), "{body}");
}

fn share(v: &Value) -> f64 {
    let v = v.as_f64().unwrap_or_else(|| panic!("a number: {v}"));
    assert!((0.0..=1.0).contains(&v), "{v}");
    v
}

/// The four answers the clients print, checked against 003's documented responses.
fn assert_documented(out: &Value) {
    let text = &out["text"];
    assert_success(text);
    assert!(text["result"]["is_ai_generated"].is_boolean(), "{text}");
    assert!(text["result"]["source_prediction"].is_null(), "never guessed: {text}");
    let scores = &text["result"]["confidence_scores"];
    assert!((share(&scores["Human"]) + share(&scores["AI"]) - 1.0).abs() < 1e-3, "{text}");
    assert!(text["result"]["highlighted_text"].as_str().is_some_and(|t| t.contains("<mark>")), "{text}");

    let image = &out["deepfake"];
    assert_success(image);
    assert!(image["result"]["is_deepfake"].is_boolean());
    share(&image["result"]["confidence_score"]);
    assert_eq!(image["result"]["file_type"], "Image");
    assert!(image["result"].get("frames_analyzed").is_none(), "images carry no frame counts, as 003's example: {image}");
    assert_eq!((image["metadata"]["format"].as_str(), image["metadata"]["width"].as_u64().is_some()), (Some("png"), true), "{image}");

    let video = &out["video"];
    assert_success(video);
    assert_eq!(video["result"]["file_type"], "Video");
    assert_eq!(video["result"]["frames_analyzed"], 3, "3 s at 1 frame a second: {video}");
    assert!(video["result"]["fake_frames"].as_u64().is_some_and(|f| f <= 3), "{video}");
    assert!(video["result"]["fake_frames_percentage"].as_f64().is_some_and(|p| (0.0..=100.0).contains(&p)), "{video}");
    assert_eq!((video["metadata"]["format"].as_str(), video["metadata"]["codec"].as_str()), (Some("mp4"), Some("h264")), "{video}");
    assert!(video["metadata"]["duration"].as_f64().is_some_and(|d| (d - 3.0).abs() < 0.5), "{video}");

    let media = &out["media"];
    assert_success(media);
    let fake = media["result"]["is_ai_generated"].as_bool().unwrap();
    assert_eq!(media["result"]["prediction"], if fake { "fake" } else { "real" });
    let scores = &media["result"]["confidence_scores"];
    assert!((share(&scores["ai_generated"]) + share(&scores["real"]) - 1.0).abs() < 1e-3, "{media}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_seed_s_python_and_javascript_clients_run_unchanged() {
    let app = app(|_| {}).await;
    let owner = app.signup().await;
    let (_, key) = app.create_key(&owner, json!({"name": "003", "rate_limit_per_minute": 1000})).await;
    let dir = tempfile::tempdir().unwrap();
    let portrait = stage(dir.path(), "faces/newton.png");
    make(
        dir.path(),
        &["-loop", "1", "-i", &portrait, "-t", "3", "-r", "5", "-vf", "scale=320:-2", "-pix_fmt", "yuv420p", "-c:v", "libx264"],
        "clip.mp4",
    );
    let base = app.url(PREFIX);
    let (image, video) = (dir.path().join(&portrait), dir.path().join("clip.mp4"));
    let args = [key.as_str(), image.to_str().unwrap(), video.to_str().unwrap(), TEXT];

    for (program, name) in [(repo_root().join(".venv/bin/python"), "dmi_client.py"), ("node".into(), "dmi_client.js")] {
        let script = dir.path().join(name);
        std::fs::write(&script, client(name, &base)).unwrap();
        let out = tokio::task::spawn_blocking({
            let args: Vec<String> = args.iter().map(|a| a.to_string()).collect();
            move || Command::new(program).arg(&script).args(&args).output().unwrap()
        })
        .await
        .unwrap();
        assert!(out.status.success(), "{name}: {}", String::from_utf8_lossy(&out.stderr));
        let printed: Value =
            serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("{name}: {e}: {}", String::from_utf8_lossy(&out.stdout)));
        assert_documented(&printed);
    }

    // The curl example for text, its body verbatim (too short for the detector to judge: the
    // shares are then 0.5 each, and nothing is flagged).
    let response = app
        .http
        .post(app.url(&format!("{PREFIX}/api/public-api/ai-text-detection/")))
        .header("X-API-Key", &key)
        .header("Content-Type", "application/json")
        .body(TEXT_BODY)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    let body: Value = response.json().await.unwrap();
    assert_success(&body);
    assert_eq!(body["result"]["is_ai_generated"], false, "{body}");
    if let Ok(seed) = crate::support::seed(SEED).ok_or(()) {
        assert!(seed.contains(TEXT_BODY), "the seed no longer has {TEXT_BODY}");
    }
}

#[tokio::test]
async fn errors_carry_dmi_s_codes_and_statuses() {
    let app = app(|config| {
        config.detection.limits.image_bytes = 2 * 1024 * 1024;
        config.billing.pricing.ai_media = 50;
    })
    .await;
    let owner = app.signup().await;
    let (_, key) = app.create_key(&owner, json!({"name": "003", "rate_limit_per_minute": 1000})).await;
    let url = |path: &str| app.url(&format!("{PREFIX}/api/public-api/{path}"));
    let file = |name: &str, bytes: Vec<u8>| {
        reqwest::multipart::Form::new().part("file", reqwest::multipart::Part::bytes(bytes).file_name(name.to_owned()))
    };
    let expect = |response: reqwest::Response, status: StatusCode, code: &'static str| async move {
        assert_eq!(response.status(), status, "{code}");
        let body: Value = response.json().await.unwrap();
        assert_eq!((body["success"].as_bool(), body["code"].as_str()), (Some(false), Some(code)), "{body}");
        assert!(body["message"].is_string(), "{body}");
        body
    };

    // Keys: missing and invalid are 403 AUT001 with 003's messages; a missing permission AUT004.
    let body = expect(
        app.http.post(url("deepfake-detection/")).multipart(file("n.png", face("newton.png"))).send().await.unwrap(),
        StatusCode::FORBIDDEN,
        "AUT001",
    )
    .await;
    assert_eq!(body["message"], "Missing API key. Please provide your API key in the X-API-Key header.");
    let body = expect(
        app.http
            .post(url("deepfake-detection/"))
            .header("X-API-Key", "vk_live_not_a_key")
            .multipart(file("n.png", face("newton.png")))
            .send()
            .await
            .unwrap(),
        StatusCode::FORBIDDEN,
        "AUT001",
    )
    .await;
    assert!(body["message"].as_str().unwrap().starts_with("Invalid API key."), "{body}");
    let (_, text_only) = app.create_key(&owner, json!({"name": "text", "scopes": ["detect:text"]})).await;
    expect(
        app.http
            .post(url("ai-media-detection/"))
            .header("X-API-Key", &text_only)
            .multipart(file("n.png", face("newton.png")))
            .send()
            .await
            .unwrap(),
        StatusCode::FORBIDDEN,
        "AUT004",
    )
    .await;

    // Files: missing FIL001, too large FIL002, unsupported FIL003 (all 400, as 003 documents).
    let post =
        |path: &'static str, form: reqwest::multipart::Form| app.http.post(url(path)).header("X-API-Key", &key).multipart(form).send();
    expect(post("deepfake-detection/", reqwest::multipart::Form::new()).await.unwrap(), StatusCode::BAD_REQUEST, "FIL001").await;
    let mut big = face("newton.png");
    big.resize(3 * 1024 * 1024, 0);
    expect(post("ai-media-detection/", file("big.png", big)).await.unwrap(), StatusCode::BAD_REQUEST, "FIL002").await;
    let pdf = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n".repeat(4);
    expect(post("deepfake-detection/", file("doc.pdf", pdf)).await.unwrap(), StatusCode::BAD_REQUEST, "FIL003").await;
    let wav = std::fs::read(repo_root().join("tests/fixtures/media/tone.wav")).unwrap();
    expect(post("deepfake-detection/", file("tone.wav", wav)).await.unwrap(), StatusCode::BAD_REQUEST, "FIL003").await;
    let clip = std::fs::read(repo_root().join("tests/fixtures/media/clip.mp4")).unwrap();
    expect(post("ai-media-detection/", file("clip.mp4", clip)).await.unwrap(), StatusCode::BAD_REQUEST, "FIL003").await;

    // Text: invalid JSON SYS003, no text TXT001, too short TXT002.
    let text = |body: &'static str| {
        app.http.post(url("ai-text-detection/")).header("X-API-Key", &key).header("Content-Type", "application/json").body(body).send()
    };
    let body = expect(text("{not json").await.unwrap(), StatusCode::BAD_REQUEST, "SYS003").await;
    assert_eq!(body["message"], "Invalid JSON data");
    expect(text(r#"{"highlight": true}"#).await.unwrap(), StatusCode::BAD_REQUEST, "TXT001").await;
    expect(text(r#"{"text": "Too short to judge."}"#).await.unwrap(), StatusCode::BAD_REQUEST, "TXT002").await;

    // The trailing slash is optional; an upload over the 1 MB body limit of ordinary requests
    // is taken.
    let noise = crate::support::noise_png(700, 700);
    assert!(noise.len() > 1024 * 1024);
    let response = app
        .http
        .post(app.url(&format!("{PREFIX}/api/public-api/ai-media-detection")))
        .header("X-API-Key", &key)
        .multipart(file("noise.png", noise))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);

    // The daily limit: 403, as 003 documents.
    let (_, daily) = app.create_key(&owner, json!({"name": "daily", "daily_limit": 1, "rate_limit_per_minute": 100})).await;
    let send = || app.http.post(url("ai-media-detection/")).header("X-API-Key", &daily).multipart(file("n.png", face("newton.png"))).send();
    assert_eq!(send().await.unwrap().status(), StatusCode::OK);
    expect(send().await.unwrap(), StatusCode::FORBIDDEN, "DAILY_LIMIT_EXCEEDED").await;

    // Out of credits (100 a month, 50 an AI-media check here, two spent above): 003 documents
    // no code for it, so Veracity's, with its status.
    let body = expect(
        post("ai-media-detection/", file("n.png", face("newton.png"))).await.unwrap(),
        StatusCode::PAYMENT_REQUIRED,
        "INSUFFICIENT_CREDITS",
    )
    .await;
    assert!(body["message"].as_str().unwrap().contains("credits"), "{body}");
}

/// 003's key management, its POST example replayed verbatim: `expires_at: "2024-12-31"` is in
/// the past, so Veracity refuses it clearly (003 does not say what it does); the same body with
/// a future date then makes a key whose every documented field is checked, used, listed, read and
/// revoked by the integer id 003's clients use.
#[tokio::test]
async fn key_management_as_003_documents_it() {
    let app = app(|_| {}).await;
    let owner = app.signup().await;
    let keys = app.url(&format!("{PREFIX}/api/api-keys/"));
    let bearer = format!("Bearer {}", owner.access_token);
    let seed_body = r#"{
    "name": "My API Key",
    "expires_at": "2024-12-31",
    "daily_limit": 1000,
    "can_use_deepfake_detection": true,
    "can_use_ai_text_detection": true,
    "can_use_ai_media_detection": true
  }"#;
    if let Ok(seed) = crate::support::seed(SEED).ok_or(()) {
        assert!(seed.contains(seed_body), "the seed no longer has this POST body");
    }
    let post =
        |body: String| app.http.post(&keys).header("Authorization", &bearer).header("Content-Type", "application/json").body(body).send();

    let refused = post(seed_body.to_owned()).await.unwrap();
    assert_eq!(refused.status(), StatusCode::BAD_REQUEST);
    let body: Value = refused.json().await.unwrap();
    assert_eq!((body["success"].as_bool(), body["code"].as_str()), (Some(false), Some("VALIDATION_FAILED")), "{body}");
    assert!(body["message"].as_str().unwrap().contains("expires_at"), "{body}");

    let year = chrono::Utc::now().format("%Y").to_string().parse::<i32>().unwrap() + 1;
    let made = post(seed_body.replace("2024-12-31", &format!("{year}-12-31"))).await.unwrap();
    assert_eq!(made.status(), StatusCode::OK);
    let made: Value = made.json().await.unwrap();
    assert_success(&made);
    let key = &made["api_key"];
    let id = key["id"].as_u64().unwrap_or_else(|| panic!("an integer id: {key}"));
    let secret = key["key"].as_str().unwrap().to_owned();
    assert!(secret.starts_with("vk_live_") && secret.len() > 40, "the whole key, once: {key}");
    assert_eq!(key["name"], "My API Key");
    assert_eq!(key["expires_at"], format!("{year}-12-31T00:00:00Z"));
    assert_eq!(key["daily_limit"], 1000);
    for field in ["can_use_deepfake_detection", "can_use_ai_text_detection", "can_use_ai_media_detection"] {
        assert_eq!(key[field], true, "{field}: {key}");
    }
    assert!(chrono::DateTime::parse_from_rfc3339(key["created_at"].as_str().unwrap()).is_ok(), "{key}");

    // The key works on 003's detection routes.
    let detect = |secret: String| {
        let form =
            reqwest::multipart::Form::new().part("file", reqwest::multipart::Part::bytes(face("newton.png")).file_name("newton.png"));
        app.http.post(app.url(&format!("{PREFIX}/api/public-api/ai-media-detection/"))).header("X-API-Key", secret).multipart(form).send()
    };
    assert_eq!(detect(secret.clone()).await.unwrap().status(), StatusCode::OK);

    // Listed and read by its integer id, never with its secret.
    let get = |url: String| app.http.get(url).header("Authorization", &bearer).send();
    let listed: Value = get(keys.clone()).await.unwrap().json().await.unwrap();
    assert_success(&listed);
    let entry = listed["api_keys"].as_array().unwrap().iter().find(|k| k["id"] == id).unwrap_or_else(|| panic!("{listed}")).clone();
    let shown = entry["key"].as_str().unwrap();
    assert!(
        !listed.to_string().contains(&secret) && shown.contains('…') && secret.starts_with(shown.split('…').next().unwrap()),
        "{entry}"
    );
    assert!(entry["daily_usage"].as_u64().is_some(), "{entry}");
    let one = format!("{keys}{id}/");
    let read: Value = get(one.clone()).await.unwrap().json().await.unwrap();
    assert_success(&read);
    assert_eq!((read["api_key"]["id"].as_u64(), read["api_key"]["name"].as_str()), (Some(id), Some("My API Key")), "{read}");
    assert_eq!(read["api_key"]["key_id"], entry["key_id"]);

    // Another organisation sees nothing of it.
    let other = app.signup().await;
    let theirs = app.http.get(&one).header("Authorization", format!("Bearer {}", other.access_token)).send().await.unwrap();
    assert_eq!(theirs.status(), StatusCode::NOT_FOUND);
    let theirs: Value =
        app.http.get(&keys).header("Authorization", format!("Bearer {}", other.access_token)).send().await.unwrap().json().await.unwrap();
    assert_eq!(theirs["api_keys"], json!([]), "{theirs}");

    // Permissions: a key without ai-text detection gets AUT004 there; a viewer may not manage
    // keys; neither no token nor an API key in its place is accepted.
    let no_text = post(r#"{"name": "media only", "can_use_ai_text_detection": false}"#.into()).await.unwrap();
    let no_text: Value = no_text.json().await.unwrap();
    assert_eq!(
        (no_text["api_key"]["can_use_ai_text_detection"].as_bool(), no_text["api_key"]["can_use_ai_media_detection"].as_bool()),
        (Some(false), Some(true))
    );
    let text = app
        .http
        .post(app.url(&format!("{PREFIX}/api/public-api/ai-text-detection/")))
        .header("X-API-Key", no_text["api_key"]["key"].as_str().unwrap())
        .json(&json!({"text": TEXT}))
        .send()
        .await
        .unwrap();
    assert_eq!(text.status(), StatusCode::FORBIDDEN);
    assert_eq!(text.json::<Value>().await.unwrap()["code"], "AUT004");
    let none = post(r#"{"name": "nothing", "can_use_deepfake_detection": false, "can_use_ai_text_detection": false, "can_use_ai_media_detection": false}"#.into()).await.unwrap();
    assert_eq!(none.status(), StatusCode::BAD_REQUEST);
    let viewer = app.add_member(&owner, "viewer").await;
    let denied = app.http.get(&keys).header("Authorization", format!("Bearer {}", viewer.access_token)).send().await.unwrap();
    assert_eq!(denied.status(), StatusCode::FORBIDDEN);
    assert_eq!(denied.json::<Value>().await.unwrap()["code"], "AUT004");
    for auth in [None, Some(format!("Bearer {secret}"))] {
        let mut request = app.http.get(&keys);
        if let Some(auth) = auth {
            request = request.header("Authorization", auth);
        }
        let response = request.send().await.unwrap();
        assert_eq!(response.status(), StatusCode::FORBIDDEN);
        let body: Value = response.json().await.unwrap();
        assert_eq!((body["success"].as_bool(), body["code"].as_str()), (Some(false), Some("AUT001")), "{body}");
    }

    // Revoked: 003's message; the key stops working and is gone from these routes.
    let revoked = app.http.delete(&one).header("Authorization", &bearer).send().await.unwrap();
    assert_eq!(revoked.status(), StatusCode::OK);
    let revoked: Value = revoked.json().await.unwrap();
    assert_success(&revoked);
    assert_eq!(revoked["message"], "API key \"My API Key\" has been revoked");
    let refused = detect(secret).await.unwrap();
    assert_eq!(refused.status(), StatusCode::FORBIDDEN);
    assert_eq!(refused.json::<Value>().await.unwrap()["code"], "AUT001");
    assert_eq!(get(one.clone()).await.unwrap().status(), StatusCode::NOT_FOUND);
    let listed: Value = get(keys.clone()).await.unwrap().json().await.unwrap();
    assert!(listed["api_keys"].as_array().unwrap().iter().all(|k| k["id"] != id), "{listed}");
}
