//! What a result explains, on media made at test time with FFmpeg from the fixtures: frame
//! coverage counted over the frames actually scored, a video's sound track judged with the
//! speech detector and placed on the video's timeline, and the heatmap of the AI-image probe.

use std::time::Duration;

use reqwest::StatusCode;
use serde_json::Value;

use crate::support::accounts::code_of;
use crate::support::app::{AppOptions, TestApp, spawn_app, spawn_app_with};
use crate::support::detection::{face, form};
use crate::support::eventually;
use crate::support::ffmpeg::{make, stage};

/// Submits a video and waits for its result.
async fn analyse(app: &TestApp, key: &str, name: &str, bytes: Vec<u8>) -> Value {
    let response = app.http.post(app.url("/v1/detect/video")).bearer_auth(key).multipart(form("file", name, bytes)).send().await.unwrap();
    assert_eq!(response.status(), 202, "a video is analysed in the background");
    let accepted: Value = response.json().await.unwrap();
    let job = app.finished_job(key, accepted["id"].as_str().unwrap(), Duration::from_secs(240)).await;
    assert_eq!(job["status"], "completed", "{job}");
    job
}

fn signal<'a>(job: &'a Value, name: &str) -> &'a Value {
    job["signals"].as_array().unwrap().iter().find(|s| s["name"] == name).unwrap_or_else(|| panic!("no {name} signal: {job}"))
}

/// A 60 s video whose first half shows a photograph the CLIP probe scores as a camera's
/// (rocket.jpg, 0.05 on the evaluation set) and whose second half one it scores past its
/// operating point (gauss.png, 0.78): every sampled frame is scored and the fake-frame share is
/// over the scored frames, so it is the half, and the flagged segment is the second half.
#[tokio::test]
async fn fake_frames_are_counted_over_every_scored_frame_of_a_long_video() {
    let dir = tempfile::tempdir().unwrap();
    let (camera, flagged) = (stage(dir.path(), "photos/rocket.jpg"), stage(dir.path(), "faces/gauss.png"));
    let square = "scale=480:480:force_original_aspect_ratio=increase,crop=480:480,setsar=1";
    let graph = format!("[0]{square}[a];[1]{square}[b];[a][b]concat=n=2:v=1[v]");
    #[rustfmt::skip]
    let video = make(dir.path(), &[
        "-loop", "1", "-framerate", "2", "-t", "30", "-i", &camera,
        "-loop", "1", "-framerate", "2", "-t", "30", "-i", &flagged,
        "-filter_complex", &graph, "-map", "[v]",
        "-c:v", "libx264", "-preset", "ultrafast", "-crf", "12", "-pix_fmt", "yuv420p", "-r", "2",
    ], "half.mp4");
    let app = spawn_app().await;
    let key = app.detect_key().await;
    let job = analyse(&app, &key, "half.mp4", video).await;
    assert_eq!(job["frames_analyzed"], 60, "1 frame per second: {job}");
    assert_eq!(job["frames_scored"], 60, "every sampled frame is scored: {job}");
    let share = job["fake_frames_percentage"].as_f64().unwrap();
    assert!((share - 50.0).abs() <= 2.0, "the flagged half, give or take the frame at the cut: {share} in {job}");
    let fake = job["fake_frames"].as_u64().unwrap();
    assert_eq!(share, (fake as f64 * 1000.0 / 60.0).round() / 10.0, "over the scored frames: {job}");
    // The flagged frames make one segment on the video track, the second half.
    let segments: Vec<&Value> = job["flagged_segments"].as_array().unwrap().iter().filter(|s| s["track"] == "video").collect();
    assert_eq!(segments.len(), 1, "{job}");
    assert!((segments[0]["start"].as_f64().unwrap() - 30.0).abs() <= 1.0 && segments[0]["end"].as_f64().unwrap() >= 59.0, "{job}");
    // Every suspicious frame (the brief result keeps the 10 most suspicious) lies in that half.
    let frames = job["suspicious_frames"].as_array().unwrap();
    assert_eq!(frames.len(), 10, "{job}");
    assert!(frames.iter().all(|f| f["timestamp"].as_f64().unwrap() >= 29.0), "{job}");
    // The probe's signal says what it averaged, and is credited with the risk it set.
    let probe = signal(&job, "ai_generated_image");
    assert!(probe["detail"].as_str().unwrap().contains("60 sampled frames"), "{probe}");
    assert!(probe["contribution"].as_f64().unwrap() > 0.0, "{probe}");
    // This video has no sound track, and the result says the speech detector had nothing to judge.
    let speech = signal(&job, "synthetic_speech");
    assert!(speech.get("score").is_none() && speech.get("contribution").is_none(), "{speech}");
    app.stop().await;
}

/// A real face (newton.png, a portrait the probe leaves below its operating point) speaking
/// with a synthetic voice (tests/fixtures/media/voiced.wav, which the speech forest calls AI):
/// the sound track is judged apart from the pictures, so the video is not `authentic` but
/// manipulated with synthetic speech, and the voice's flagged segment is on the video's timeline.
#[tokio::test]
async fn a_real_face_over_a_synthetic_voice_is_not_authentic() {
    let dir = tempfile::tempdir().unwrap();
    let (face, voice) = (stage(dir.path(), "faces/newton.png"), stage(dir.path(), "media/voiced.wav"));
    #[rustfmt::skip]
    let video = make(dir.path(), &[
        "-loop", "1", "-framerate", "5", "-i", &face, "-i", &voice,
        "-c:v", "libx264", "-preset", "ultrafast", "-crf", "18", "-pix_fmt", "yuv420p",
        "-c:a", "aac", "-b:a", "192k", "-shortest",
    ], "voiced.mp4");
    let app = spawn_app().await;
    let key = app.detect_key().await;
    let job = analyse(&app, &key, "voiced.mp4", video).await;
    assert_ne!(job["verdict"], "authentic", "{job}");
    assert_eq!((job["verdict"].as_str(), job["manipulation_type"].as_str()), (Some("manipulated"), Some("TTS_ENGINE")), "{job}");
    let speech = signal(&job, "synthetic_speech");
    assert!(speech["score"].as_f64().unwrap() >= 0.7, "{speech}");
    assert!(speech["detail"].as_str().unwrap().contains("sound track"), "{speech}");
    // The risk is the voice's: the pictures' evidence is outweighed, and says so with 0 points.
    assert_eq!(speech["contribution"].as_f64(), job["risk_score"].as_f64(), "{job}");
    assert_eq!(signal(&job, "ai_generated_image")["contribution"], 0.0, "{job}");
    let audio: Vec<&Value> = job["flagged_segments"].as_array().unwrap().iter().filter(|s| s["track"] == "audio").collect();
    assert_eq!(audio.len(), 1, "{job}");
    assert_eq!(audio[0]["start"], 0.0, "{job}");
    assert!((audio[0]["end"].as_f64().unwrap() - job["media"]["duration"].as_f64().unwrap()).abs() <= 0.2, "{job}");
    // The same audio fields as an audio clip's result.
    assert!(job["models"].as_array().unwrap().iter().any(|m| m["id"] == "audiosentinel-forest"), "{job}");
    assert_eq!((job["media"]["sample_rate"].as_u64(), job["media"]["audio_codec"].as_str()), (Some(24000), Some("aac")), "{job}");
    app.stop().await;
}

/// The stored blob files whose name holds `job`.
fn blobs_of(dir: &std::path::Path, job: &str) -> usize {
    std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .map(|entry| {
            let path = entry.path();
            if path.is_dir() { blobs_of(&path, job) } else { usize::from(path.to_string_lossy().contains(job)) }
        })
        .sum()
}

/// With `return_details`, an image's result carries the probe's occlusion grid, and its overlay
/// is served as a PNG while the media is kept, then 410; without details there is none.
#[tokio::test]
async fn a_heatmap_shows_where_the_probe_s_score_comes_from_while_the_media_is_kept() {
    let tweak = |c: &mut veracity::config::Config| c.detection.retention_secs = 2;
    let app = spawn_app_with(AppOptions { tweak: Some(Box::new(tweak)), ..AppOptions::default() }).await;
    let key = app.detect_key().await;
    let detect = |details: bool, retain: bool| {
        let form =
            form("image", "newton.png", face("newton.png")).text("return_details", details.to_string()).text("retain", retain.to_string());
        app.http.post(app.url("/v1/detect/image")).bearer_auth(&key).header("Prefer", "wait=60").multipart(form).send()
    };
    let job: Value = detect(true, true).await.unwrap().json().await.unwrap();
    assert_eq!(job["status"], "completed", "{job}");
    let id = job["id"].as_str().unwrap();
    let heatmap = &job["heatmap"];
    assert_eq!((heatmap["detector"].as_str(), heatmap["rows"].as_u64(), heatmap["cols"].as_u64()), (Some("clip-probe"), Some(4), Some(4)));
    let values: Vec<f64> = heatmap["values"].as_array().unwrap().iter().map(|v| v.as_f64().unwrap()).collect();
    assert_eq!(values.len(), 16, "{heatmap}");
    assert!(values.iter().any(|v| *v != 0.0), "hiding some part of a portrait moves the score: {heatmap}");
    assert_eq!(heatmap["region"], serde_json::json!([168.0, 0.0, 600.0, 432.0]), "the centre square of 768×432");
    let probe = job["models"].as_array().unwrap().iter().find(|m| m["id"] == "clip-probe").unwrap();
    assert_eq!(heatmap["score"], probe["score"], "the unhidden score is the probe's: {job}");
    let url = |id: &str| app.url(&format!("/v1/jobs/{id}/heatmap"));
    let response = app.http.get(url(id)).bearer_auth(&key).send().await.unwrap();
    assert_eq!(response.status(), 200);
    assert_eq!(response.headers()["content-type"], "image/png");
    let bytes = response.bytes().await.unwrap();
    let png = image::load_from_memory(&bytes).unwrap();
    assert_eq!((png.width(), png.height()), (256, 256));
    // Kept for a look (the README shows one).
    let artifacts = crate::support::repo_root().join("target/test-artifacts");
    std::fs::create_dir_all(&artifacts).unwrap();
    std::fs::write(artifacts.join("heatmap-newton.png"), &bytes).unwrap();
    std::fs::write(artifacts.join("heatmap-newton.json"), heatmap.to_string()).unwrap();
    // Another organisation cannot read it.
    let other = app.detect_key().await;
    assert_eq!(app.http.get(url(id)).bearer_auth(&other).send().await.unwrap().status(), 404);
    // Without details there is no heatmap, and the route says why.
    let plain: Value = detect(false, false).await.unwrap().json().await.unwrap();
    assert!(plain.get("heatmap").is_none(), "{plain}");
    assert_eq!(
        code_of(app.http.get(url(plain["id"].as_str().unwrap())).bearer_auth(&key).send().await.unwrap(), StatusCode::NOT_FOUND).await,
        "NOT_FOUND"
    );
    // It goes with the media: after the retention delay (410), or at once on a delete.
    let brief: Value = detect(true, false).await.unwrap().json().await.unwrap();
    let brief_id = brief["id"].as_str().unwrap().to_owned();
    let expired = eventually("the media to be deleted", Duration::from_secs(30), || async {
        let response = app.http.get(url(&brief_id)).bearer_auth(&key).send().await.unwrap();
        (response.status() == StatusCode::GONE).then_some(response)
    })
    .await;
    assert_eq!(code_of(expired, StatusCode::GONE).await, "MEDIA_EXPIRED");
    let blobs = app.config.blobs.dir.clone();
    assert_eq!(blobs_of(&blobs, &brief_id), 0, "media and heatmap are both deleted");
    assert_eq!(blobs_of(&blobs, id), 2, "the media and its heatmap are kept with retain=true");
    let response = app.http.delete(app.url(&format!("/v1/jobs/{id}"))).bearer_auth(&key).send().await.unwrap();
    assert_eq!(response.status(), StatusCode::NO_CONTENT);
    assert_eq!(blobs_of(&blobs, id), 0);
    app.stop().await;
}

/// The 1927 Solvay conference photo: about 30 faces, more than the CLIP probe judges in one frame
/// (the 4 largest of at least 40 px). Every face is reported; those left unjudged have no
/// `fake_score`, and a signal says how many and why, so a missing score is not read as a clean
/// one. (Faces under 40 px are counted the same way: the clip module's unit test.)
#[tokio::test]
async fn faces_too_small_to_judge_are_reported_found_and_counted_as_not_judged() {
    let app = spawn_app().await;
    let key = app.detect_key().await;
    let form = form("image", "solvay.jpg", face("solvay_conference_1927.jpg"));
    let job: Value = app
        .http
        .post(app.url("/v1/detect/image"))
        .bearer_auth(&key)
        .header("Prefer", "wait=60")
        .multipart(form)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(job["status"], "completed", "{job}");
    let faces = job["faces"].as_array().unwrap();
    assert!(faces.len() >= 20, "the group's faces are found: {}", faces.len());
    let judged = faces.iter().filter(|f| f["fake_score"].is_number()).count();
    let unjudged = faces.len() - judged;
    assert!(unjudged > 0, "{job}");
    let signal = signal(&job, "faces_not_judged");
    assert!(signal.get("score").is_none() && signal.get("contribution").is_none(), "informative only: {signal}");
    let detail = signal["detail"].as_str().unwrap();
    assert!(detail.starts_with(&format!("{unjudged} of {} faces found were not judged", faces.len())), "{detail}");
    assert!(detail.contains("beyond the 4 largest of their frame") || detail.contains("smaller than 40 px"), "{detail}");
    assert_eq!(judged, 4, "the 4 largest faces are judged: {job}");
}
