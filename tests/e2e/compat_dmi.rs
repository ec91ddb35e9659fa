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
    let app = app(|config| config.detection.limits.image_bytes = 2 * 1024 * 1024).await;
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
}
