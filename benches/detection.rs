//! Detection speed: image requests end to end over HTTP with the detectors' share shown apart,
//! each detector's latency per image and per video second, and seconds of video and audio
//! processed per second.
//!
//! Starts the real application (API, NATS work queue, workers with ONNX Runtime and MTCNN) on
//! 127.0.0.1:0, then:
//! * sends a 1-megapixel JPEG to `POST /v1/detect/image` (waiting for the result) one request at
//!   a time, and splits each request's time into model inference (`model_ms`), the rest of the
//!   worker's analysis (decode, fusion) and everything around it (upload, validation, events,
//!   queueing, waking the waiting request);
//! * decodes and samples a 10 s 720p H.264 video and a 30 s MP3 in-process (no model), and also
//!   runs them as jobs end to end;
//! * sends the JPEG through the vendors' compat routes and the native one in turns, and compares
//!   their time outside the models.
//!
//! Run with `make bench` (or `cargo bench --bench detection`). Targets on the 2-core machine:
//! non-model p50 ≤ 15 ms for the JPEG; the default image path (`POST /v1/detect/image`) p50
//! < 400 ms; 720p decoded and sampled at ≥ 10× realtime; the 10 s 720p video job end to end at ≥ 10×
//! realtime with every sampled frame scored; compat translation ≤ 1 ms p50 over the native route.

mod common;

use std::collections::BTreeMap;
use std::io::Cursor;
use std::time::{Duration, Instant};

use chrono::{DateTime, Utc};
use common::{BenchApp, percentile};
use serde_json::Value;
use veracity_domain::detection::{MediaFormat, MediaLimits};
use veracity_media::VideoSampling;

const WARMUP: usize = 10;
const SAMPLES: usize = 100;
const DECODE_RUNS: usize = 5;
const COMPAT_SAMPLES: usize = 60;

fn fixture(path: &str) -> Vec<u8> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(path);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{} (run `make bench`, which fetches it): {e}", path.display()))
}

/// A 1155×866 (1.0 MP) JPEG of a portrait.
fn one_megapixel_jpeg() -> Vec<u8> {
    let portrait = image::load_from_memory(&fixture("faces/newton.png")).unwrap();
    let resized = portrait.resize_exact(1155, 866, image::imageops::FilterType::Triangle).into_rgb8();
    let mut jpeg = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(Cursor::new(&mut jpeg), 90).encode_image(&resized).unwrap();
    jpeg
}

async fn detect(app: &BenchApp, path: &str, name: &str, bytes: &[u8]) -> (Duration, Value) {
    let (elapsed, job, _) = detect_timed(app, path, name, bytes).await;
    (elapsed, job)
}

/// Also the wall-clock time the request was sent and its answer read, to place the job's own
/// timestamps (`created_at`, `started_at`, `completed_at`) between them.
async fn detect_timed(app: &BenchApp, path: &str, name: &str, bytes: &[u8]) -> (Duration, Value, (DateTime<Utc>, DateTime<Utc>)) {
    let form = reqwest::multipart::Form::new().part("file", reqwest::multipart::Part::bytes(bytes.to_vec()).file_name(name.to_owned()));
    let sent = Utc::now();
    let started = Instant::now();
    let response = app.http.post(app.url(path)).bearer_auth(&app.key).header("Prefer", "wait=60").multipart(form).send().await.unwrap();
    let status = response.status();
    let job: Value = response.json().await.unwrap();
    let elapsed = started.elapsed();
    let answered = Utc::now();
    assert_eq!(status, 200, "{job}");
    (elapsed, job, (sent, answered))
}

fn at(job: &Value, field: &str) -> DateTime<Utc> {
    job[field].as_str().and_then(|t| t.parse().ok()).unwrap_or_else(|| panic!("no {field} in {job}"))
}

fn between(from: DateTime<Utc>, to: DateTime<Utc>) -> f64 {
    (to - from).num_microseconds().unwrap_or_default() as f64 / 1e3
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}

fn row(name: &str, samples: &mut [f64], note: &str) {
    samples.sort_by(f64::total_cmp);
    println!("| {name} | {:.1} | {:.1} | {note} |", percentile(samples, 0.5), percentile(samples, 0.95));
}

/// Median seconds of decoding `bytes` in-process, over a few runs.
fn decode_seconds(bytes: &[u8], format: MediaFormat) -> (f64, f64) {
    let limits = MediaLimits::default();
    let sampling = VideoSampling::default();
    let mut runs = Vec::new();
    let mut duration = 0.0;
    for _ in 0..DECODE_RUNS {
        let started = Instant::now();
        let decoded = veracity_media::decode(bytes, format, &limits, &sampling).unwrap();
        runs.push(started.elapsed().as_secs_f64());
        duration = decoded.metadata.duration.unwrap_or_default();
    }
    runs.sort_by(f64::total_cmp);
    (runs[runs.len() / 2], duration)
}

async fn run() {
    let app = BenchApp::start().await;
    let jpeg = one_megapixel_jpeg();
    for _ in 0..WARMUP {
        detect(&app, "/v1/detect/image", "bench.jpg", &jpeg).await;
    }
    let (mut total, mut model, mut worker_rest, mut around) = (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    let (mut to_created, mut to_started, mut to_answer) = (Vec::new(), Vec::new(), Vec::new());
    let mut per_detector: BTreeMap<String, Vec<f64>> = BTreeMap::new();
    for _ in 0..SAMPLES {
        let (elapsed, job, (sent, answered)) = detect_timed(&app, "/v1/detect/image", "bench.jpg", &jpeg).await;
        for m in job["models"].as_array().unwrap() {
            per_detector.entry(m["id"].as_str().unwrap().to_owned()).or_default().push(m["latency_ms"].as_f64().unwrap_or_default());
        }
        to_created.push(between(sent, at(&job, "created_at")));
        to_started.push(between(at(&job, "created_at"), at(&job, "started_at")));
        to_answer.push(between(at(&job, "completed_at"), answered));
        let model_ms = job["model_ms"].as_f64().unwrap();
        let latency_ms = job["latency_ms"].as_f64().unwrap();
        total.push(ms(elapsed));
        model.push(model_ms);
        worker_rest.push(latency_ms - model_ms);
        around.push(ms(elapsed) - model_ms);
    }
    println!("\nImage detection, 1 MP JPEG ({} KB), {SAMPLES} sequential requests over HTTP on loopback\n", jpeg.len() / 1024);
    println!("| part | p50 ms | p95 ms | what |");
    println!("|---|---:|---:|---|");
    row("end to end", &mut total, "POST /v1/detect/image with `Prefer: wait`, until the result is read");
    row("detectors", &mut model, "provenance, watermark, MTCNN, CLIP probe on frame and face: `model_ms`");
    let mut non_model = around.clone();
    row("everything except the model", &mut non_model, "upload, validation, blob, events, queue, decode, fusion, result");
    row("· request to job recorded", &mut to_created, "upload, validation, sha256, blob write, `upload.received`");
    row("· recorded to started", &mut to_started, "`job.submitted`, queue, worker pickup, slot, `job.started`");
    row("· decode and fusion", &mut worker_rest, "in the worker: `latency_ms − model_ms`");
    let mut decode_only: Vec<f64> = (0..SAMPLES)
        .map(|_| {
            let started = Instant::now();
            veracity_media::decode(&jpeg, MediaFormat::Jpeg, &MediaLimits::default(), &VideoSampling::default()).unwrap();
            ms(started.elapsed())
        })
        .collect();
    row("  of which the JPEG decode alone", &mut decode_only, "`image` crate, in-process, nothing else running");
    row("· completed to answer read", &mut to_answer, "result stored, republished to the waiting request, JSON");
    // The same path with nothing to decode and no model: what the pipeline itself costs.
    let mut text = Vec::new();
    let body = serde_json::json!({"text": "A paragraph long enough to be analysed, sent to measure the pipeline and nothing else."});
    for i in 0..WARMUP + SAMPLES {
        let started = Instant::now();
        let response = app.http.post(app.url("/v1/detect/text")).bearer_auth(&app.key).json(&body).send().await.unwrap();
        assert_eq!(response.status(), 200);
        response.bytes().await.unwrap();
        if i >= WARMUP {
            text.push(ms(started.elapsed()));
        }
    }
    row("text, no decoder or model (pipeline only)", &mut text, "POST /v1/detect/text end to end: the same events, queue and worker");
    let non_model_p50 = percentile(&non_model, 0.5);
    println!("\ntarget: non-model p50 ≤ 15 ms → {:.1} ms, {}", non_model_p50, if non_model_p50 <= 15.0 { "met" } else { "NOT met" });
    let image_p50 = percentile(&total, 0.5);
    println!(
        "target: default image path (POST /v1/detect/image) p50 < 400 ms → {image_p50:.1} ms, {}",
        if image_p50 < 400.0 { "met" } else { "NOT met" }
    );

    println!("\nPer detector on the same image (`models[].latency_ms`, {SAMPLES} jobs)\n");
    println!("| detector | p50 ms | p95 ms |");
    println!("|---|---:|---:|");
    for (id, samples) in &mut per_detector {
        samples.sort_by(f64::total_cmp);
        println!("| {id} | {:.1} | {:.1} |", percentile(samples, 0.5), percentile(samples, 0.95));
    }
    let mut ai_media = Vec::new();
    for i in 0..WARMUP + SAMPLES {
        let (elapsed, _) = detect(&app, "/v1/detect/ai-media", "bench.jpg", &jpeg).await;
        if i >= WARMUP {
            ai_media.push(ms(elapsed));
        }
    }
    println!("\n| path | p50 ms | p95 ms | what |");
    println!("|---|---:|---:|---|");
    row("POST /v1/detect/image", &mut total.clone(), "deepfake check: provenance, watermark, MTCNN, CLIP probe (frame, faces)");
    row("POST /v1/detect/ai-media", &mut ai_media, "AI-generated check: provenance, watermark, CLIP probe (no face detection)");

    let video = fixture("media/bench_720p.mp4");
    let audio = fixture("media/bench_30s.mp3");
    let (video_s, video_len) = decode_seconds(&video, MediaFormat::Mp4);
    let (audio_s, audio_len) = decode_seconds(&audio, MediaFormat::Mp3);
    // The whole video job, median of a few runs (each is one request with `Prefer: wait`).
    let mut runs = Vec::new();
    for _ in 0..DECODE_RUNS {
        runs.push(detect(&app, "/v1/detect/video", "bench.mp4", &video).await);
    }
    runs.sort_by_key(|(elapsed, _)| *elapsed);
    let (video_job, job) = runs.swap_remove(runs.len() / 2);
    let video_frames = job["frames_analyzed"].as_u64().unwrap_or_default();
    let scored_frames = job["frames_scored"].as_u64().unwrap_or_default();
    println!("\nPer detector on the 720p video ({video_frames} sampled frames of {video_len:.1} s, {scored_frames} scored)\n");
    println!("| detector | ms per video second |");
    println!("|---|---:|");
    for m in job["models"].as_array().unwrap() {
        println!("| {} | {:.1} |", m["id"].as_str().unwrap(), m["latency_ms"].as_f64().unwrap_or_default() / video_len);
    }
    let (audio_job, _) = detect(&app, "/v1/detect/audio", "bench.mp3", &audio).await;
    println!("\nVideo and audio: seconds of media processed per second of wall time (median of {DECODE_RUNS} decodes and video jobs)\n");
    println!("| media | length s | decode + sample s | × realtime | whole job s | × realtime |");
    println!("|---|---:|---:|---:|---:|---:|");
    for (name, len, decode, job) in [
        (format!("720p H.264 MP4, 30 fps → {video_frames} frames at 1 fps"), video_len, video_s, video_job),
        ("MP3 44.1 kHz → 24 kHz mono".to_owned(), audio_len, audio_s, audio_job),
    ] {
        let job = job.as_secs_f64();
        println!("| {name} | {len:.1} | {decode:.3} | {:.0}× | {job:.3} | {:.0}× |", len / decode, len / job);
    }
    let factor = video_len / video_s;
    println!("\ntarget: 720p decoded and sampled ≥ 10× realtime → {factor:.0}×, {}", if factor >= 10.0 { "met" } else { "NOT met" });
    let whole = video_len / video_job.as_secs_f64();
    let every = video_frames > 0 && scored_frames == video_frames;
    println!(
        "target: the 10 s 720p job end to end ≥ 10× realtime with every sampled frame scored → {whole:.1}×, {scored_frames} of {video_frames} scored, {}",
        if whole >= 10.0 && every { "met" } else { "NOT met" }
    );
    compat(&app, &jpeg).await;
    app.stop().await;
}

/// Where a route's answer names its job.
type JobIdOf = fn(&Value) -> Option<&str>;

/// The 1 MP JPEG through each vendor's compat route and the native route, in turns: each
/// request's time minus its job's `model_ms` (read afterwards from `GET /v1/jobs/{id}`), so the
/// models' variance does not hide the translation's cost, which is the difference of the p50s.
async fn compat(app: &BenchApp, jpeg: &[u8]) {
    let routes: [(&str, &str, &str, JobIdOf); 4] = [
        ("native `POST /v1/detect/image`", "/v1/detect/image", "file", |v| v["id"].as_str()),
        ("deepfakedetector.ai `…/v1/detect/image`", "/compat/deepfakedetector/v1/detect/image", "file", |v| v["job_id"].as_str()),
        ("DMI `…/deepfake-detection/`", "/compat/dmi/api/public-api/deepfake-detection/", "file", |v| v["job_id"].as_str()),
        ("Veriplus `…/analyse/image`", "/compat/veriplus/api/v4/deepfake/analyse/image", "image", |v| v["data"]["jobId"].as_str()),
    ];
    let mut samples: Vec<Vec<f64>> = vec![Vec::new(); routes.len()];
    for i in 0..WARMUP + COMPAT_SAMPLES {
        for (r, (_, path, field, job_id)) in routes.iter().enumerate() {
            let form = reqwest::multipart::Form::new().part(*field, reqwest::multipart::Part::bytes(jpeg.to_vec()).file_name("bench.jpg"));
            let started = Instant::now();
            let response =
                app.http.post(app.url(path)).bearer_auth(&app.key).header("Prefer", "wait=60").multipart(form).send().await.unwrap();
            let status = response.status();
            let body: Value = response.json().await.unwrap();
            let elapsed = ms(started.elapsed());
            assert_eq!(status, 200, "{path}: {body}");
            let id = job_id(&body).unwrap_or_else(|| panic!("{path}: no job id in {body}"));
            let job: Value =
                app.http.get(app.url(&format!("/v1/jobs/{id}"))).bearer_auth(&app.key).send().await.unwrap().json().await.unwrap();
            if i >= WARMUP {
                samples[r].push(elapsed - job["model_ms"].as_f64().unwrap());
            }
        }
    }
    for s in &mut samples {
        s.sort_by(f64::total_cmp);
    }
    let native = percentile(&samples[0], 0.5);
    println!(
        "
Compat routes: the same JPEG, {COMPAT_SAMPLES} requests each in turns, time outside the models
"
    );
    println!("| route | p50 ms | p95 ms | over native p50 ms |");
    println!("|---|---:|---:|---:|");
    let mut worst: f64 = 0.0;
    for ((name, ..), s) in routes.iter().zip(&samples) {
        let over = percentile(s, 0.5) - native;
        worst = worst.max(over);
        println!("| {name} | {:.2} | {:.2} | {over:+.2} |", percentile(s, 0.5), percentile(s, 0.95));
    }
    println!(
        "\ntarget: compat translation ≤ 1 ms p50 over the native route → {worst:+.2} ms, {}",
        if worst <= 1.0 { "met" } else { "NOT met" }
    );
}

fn main() {
    tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().unwrap().block_on(run());
}
