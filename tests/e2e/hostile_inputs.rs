//! The hostile-input corpus: what one tenant, or anyone on the internet, could send to exhaust a
//! deployment, against a real API and a real `veracity worker` process whose data memory is
//! capped ([`WORKER_MEMORY`], `RLIMIT_DATA`: past it an allocation fails and the worker dies).
//!
//! The corpus:
//! * decompression bombs in every accepted image format (JPEG, PNG, WebP, GIF, BMP, TIFF): real
//!   64×64 images whose headers claim about 4 gigapixels;
//! * the largest image the pixel limit lets through, 40 megapixels of black in a 120 KB PNG;
//! * a `frames` request of 64 maximal frames (each claiming 6000×6000, 2.3 gigapixels in all),
//!   and one of 12 frames of 40 megapixels that the pixel budget just admits (480 megapixels,
//!   1.4 GB if they were kept at full size);
//! * a video whose container lies about its duration (its headers say 3 s, its timestamps run
//!   for hours), and one whose header claims 13 hours;
//! * audio files with absurd sample rates (1 Hz and 3 GHz);
//! * a PNG with 10,000 text chunks of 1 KB;
//! * a 1 MB e-mail address on login and sign-up;
//! * variants of a real API key's secret, and forged secrets carrying the victim's key id and
//!   its visible last four characters (each of those costs an argon2 verification).
//!
//! Every request must get a 4xx, or a job that ends `failed` with a stable code (or completes,
//! for the inputs within the limits) within [`JOB_DEADLINE`]; the worker must still be the same
//! process at the end; the event stream must grow by less than [`EVENT_BYTES_BUDGET`]; and the
//! victim's key must keep working throughout.

use std::time::{Duration, Instant};

use base64::Engine;
use image::ImageFormat;
use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::support::accounts::FetchJson;
use crate::support::app::spawn_app_with;
use crate::support::detection::{form, media};
use crate::support::hostile::{
    black_png, claims_gigapixels, jpeg_with_extended_xmp_flood, mp4_claiming_hours, mp4_with_empty_boxes, mp4_with_stretched_timestamps,
    png_claiming_size, png_with_nested_xmp, png_with_text_chunks, wav_claiming_rate,
};
use crate::support::process::start_worker_with_memory_limit;
use crate::support::{AppOptions, TestApp};
use veracity::app::Roles;

const GIB: u64 = 1024 * 1024 * 1024;
/// The worker's data memory: models, two jobs decoding at once, and their detectors fit (about
/// 0.5 GB measured); the admitted frames kept at full size (1.4 GB) or a gigapixel canvas would
/// not.
const WORKER_MEMORY: u64 = 3 * GIB / 2;
/// The longest any job of the corpus may take to end (on a 2-core CI machine, debug build).
const JOB_DEADLINE: Duration = Duration::from_secs(300);
/// What the whole corpus may add to the event stream: a few events per job, bounded results.
const EVENT_BYTES_BUDGET: u64 = 2 * 1024 * 1024;
/// Codes a job of the corpus may end with.
const STABLE_CODES: [&str; 4] = ["INVALID_FILE_FORMAT", "FILE_TOO_LARGE", "ANALYSIS_ABORTED", "NO_FACE_DETECTED"];

/// What a case may end as.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Expect {
    /// Refused with this status before any job runs.
    Refused(StatusCode),
    /// A job that ends `failed` with one of [`STABLE_CODES`] (or is refused with a 4xx).
    Fails,
    /// Within the limits: a job that completes or fails with a stable code.
    Ends,
}

enum Body {
    File { path: &'static str, name: &'static str, bytes: Vec<u8> },
    Json { path: &'static str, body: Value },
}

struct Case {
    what: String,
    body: Body,
    expect: Expect,
}

fn file(what: impl Into<String>, path: &'static str, name: &'static str, bytes: Vec<u8>, expect: Expect) -> Case {
    Case { what: what.into(), body: Body::File { path, name, bytes }, expect }
}

fn frames(what: &str, frames: Vec<Vec<u8>>, expect: Expect) -> Case {
    let b64 = base64::engine::general_purpose::STANDARD;
    let list: Vec<String> = frames.iter().map(|f| b64.encode(f)).collect();
    Case { what: what.into(), body: Body::Json { path: "/v1/detect/video", body: json!({"frames": list}) }, expect }
}

fn corpus() -> Vec<Case> {
    let mut cases = Vec::new();
    let too_large = Expect::Refused(StatusCode::PAYLOAD_TOO_LARGE);
    // TIFF's decoder finds the strips too small for the claimed size before the size limit.
    let inconsistent = Expect::Refused(StatusCode::BAD_REQUEST);
    for (format, name, expect) in [
        (ImageFormat::Jpeg, "bomb.jpg", too_large),
        (ImageFormat::Png, "bomb.png", too_large),
        (ImageFormat::WebP, "bomb.webp", too_large),
        (ImageFormat::Gif, "bomb.gif", too_large),
        (ImageFormat::Bmp, "bomb.bmp", too_large),
        (ImageFormat::Tiff, "bomb.tiff", inconsistent),
    ] {
        cases.push(file(format!("{format:?} claiming gigapixels"), "/v1/detect/image", name, claims_gigapixels(format), expect));
    }
    let forty_megapixels = black_png(8000, 5000);
    cases.push(file("40 megapixels of black", "/v1/detect/image", "black.png", forty_megapixels.clone(), Expect::Ends));
    let claiming = png_claiming_size(6000, 6000);
    cases.push(frames("64 frames of 6000x6000", vec![claiming; 64], Expect::Refused(StatusCode::PAYLOAD_TOO_LARGE)));
    cases.push(frames("12 frames of 40 megapixels, as the pixel budget admits", vec![forty_megapixels; 12], Expect::Ends));
    let clip = media("clip.mp4");
    cases.push(file(
        "a video whose timestamps outrun its header",
        "/v1/detect/video",
        "clip.mp4",
        mp4_with_stretched_timestamps(&clip, 10_000),
        Expect::Fails,
    ));
    cases.push(file("a video whose header claims 13 hours", "/v1/detect/video", "clip.mp4", mp4_claiming_hours(&clip), Expect::Fails));
    let tone = media("tone.wav");
    cases.push(file("audio at 1 Hz", "/v1/detect/audio", "tone.wav", wav_claiming_rate(&tone, 1), Expect::Fails));
    cases.push(file("audio at 3 GHz", "/v1/detect/audio", "tone.wav", wav_claiming_rate(&tone, 3_000_000_000), Expect::Fails));
    cases.push(file("a PNG with 10,000 text chunks", "/v1/detect/image", "chunks.png", png_with_text_chunks(10_000, 1024), Expect::Ends));
    cases.push(file("a PNG whose 8 MB XMP nests one element", "/v1/detect/image", "xmp.png", png_with_nested_xmp(8 << 20), Expect::Ends));
    let flood = jpeg_with_extended_xmp_flood(5_000);
    cases.push(file("a JPEG with 5,000 overlapping extended-XMP chunks", "/v1/detect/image", "xmp.jpg", flood, Expect::Ends));
    let boxes = mp4_with_empty_boxes(&clip, 200_000);
    cases.push(file("a video with 200,000 empty boxes before its movie", "/v1/detect/video", "boxes.mp4", boxes, Expect::Ends));
    cases
}

/// The event stream's size in bytes.
async fn stream_bytes(app: &TestApp) -> u64 {
    let url = app.nats().lock().unwrap().url();
    let client = async_nats::connect(url).await.unwrap();
    let js = async_nats::jetstream::new(client);
    let mut stream = js.get_stream(&app.config.nats.stream).await.unwrap();
    stream.info().await.unwrap().state.bytes
}

/// Sends a case; `Ok(job id)` when a job was accepted, `Err((status, code))` when refused.
async fn send(app: &TestApp, key: &str, case: &Case) -> Result<String, (StatusCode, String)> {
    let request = match &case.body {
        Body::File { path, name, bytes } => app.http.post(app.url(path)).multipart(form("file", name, bytes.clone())),
        Body::Json { path, body } => app.http.post(app.url(path)).json(body),
    };
    let response = request.bearer_auth(key).header("Prefer", "wait=0").send().await.unwrap();
    let status = response.status();
    let body: Value = response.json().await.unwrap_or(Value::Null);
    if status.is_success() {
        return Ok(body["id"].as_str().unwrap_or_else(|| panic!("{}: {body}", case.what)).to_owned());
    }
    assert!(status.is_client_error(), "{}: {status} {body}", case.what);
    assert!(body["request_id"].is_string(), "{}: a problem: {body}", case.what);
    Err((status, body["code"].as_str().unwrap_or_default().to_owned()))
}

async fn victim_key_works(app: &TestApp, key: &str, when: &str) {
    let response = app.usage(key).await;
    assert_eq!(response.status(), StatusCode::OK, "the victim's key stopped working {when}");
}

#[tokio::test]
async fn hostile_inputs_get_a_4xx_or_a_failed_job_and_the_worker_and_the_victim_key_survive() {
    let app = spawn_app_with(AppOptions { roles: Roles { api: true, workers: false }, ..AppOptions::default() }).await;
    let logs = tempfile::tempdir().unwrap();
    let log = logs.path().join("worker.log");
    let mut worker = start_worker_with_memory_limit(&app.config, &log, WORKER_MEMORY);
    let key = app.detect_key().await;
    let victim_owner = app.signup().await;
    let (_, victim) = app.create_key(&victim_owner, json!({"name": "victim", "rate_limit_per_minute": 60})).await;
    victim_key_works(&app, &victim, "before the corpus").await;
    let bytes_before = stream_bytes(&app).await;

    // Media: every case is sent, then every accepted job is followed to its end.
    let started = Instant::now();
    let mut jobs = Vec::new();
    for case in corpus() {
        let sent = send(&app, &key, &case).await;
        eprintln!("{}: {sent:?}", case.what);
        match (sent, case.expect) {
            (Err((status, code)), Expect::Refused(expected)) => assert_eq!(status, expected, "{}: {code}", case.what),
            (Err((_, code)), Expect::Fails) => assert!(STABLE_CODES.contains(&code.as_str()), "{}: {code}", case.what),
            (Err(refused), Expect::Ends) => panic!("{}: within the limits, yet refused: {refused:?}", case.what),
            (Ok(job), Expect::Refused(_)) => panic!("{}: accepted as job {job}, expected a refusal", case.what),
            (Ok(job), expect) => jobs.push((case.what, job, expect)),
        }
    }
    for (what, id, expect) in &jobs {
        let job = loop {
            if let Some(exit) = worker.exited() {
                panic!("the worker died ({exit}) during {what}; its log:\n{}", std::fs::read_to_string(&log).unwrap());
            }
            let job = app.http.get(app.url(&format!("/v1/jobs/{id}"))).bearer_auth(&key).fetch().await;
            if matches!(job["status"].as_str(), Some("completed" | "failed")) {
                break job;
            }
            assert!(started.elapsed() < JOB_DEADLINE, "{what}: job {id} still {} after {JOB_DEADLINE:?}", job["status"]);
            tokio::time::sleep(Duration::from_millis(200)).await;
        };
        let code = job["error"]["code"].as_str().unwrap_or_default();
        eprintln!("{what}: {} {code} in {:?} ({} bytes of JSON)", job["status"], started.elapsed(), job.to_string().len());
        match (job["status"].as_str(), expect) {
            (Some("failed"), _) => assert!(STABLE_CODES.contains(&code), "{what}: {job}"),
            (Some("completed"), Expect::Ends) => {
                let tags = job["media"]["metadata"].as_object().map_or(0, |m| m.len());
                assert!(tags <= 32, "{what}: {tags} metadata tags stored");
                if what.contains("text chunks") {
                    assert_eq!(tags, 32, "{what}: the first 32 of 10,000 are kept");
                }
            }
            (status, _) => panic!("{what}: ended {status:?}, expected a failure: {job}"),
        }
    }

    // Unauthenticated bodies: a 1 MB e-mail address is refused by the body limit (413), a 900 KB
    // one by the field's declared length (422): either way before any hashing or writing.
    for (kb, status) in [(1024, StatusCode::PAYLOAD_TOO_LARGE), (900, StatusCode::UNPROCESSABLE_ENTITY)] {
        let huge = format!("{}@example.com", "a".repeat(kb * 1024));
        let login = app.post_json("/v1/auth/login", json!({"email": huge, "password": "x"})).await;
        assert_eq!(login.status(), status, "login with a {kb} KB e-mail address");
        let body = json!({"organization_name": "X", "email": huge, "password": "correct horse battery"});
        assert_eq!(app.post_json("/v1/auth/signup", body).await.status(), status, "sign-up with a {kb} KB e-mail address");
    }

    // Key-secret variants and forged secrets naming the victim's key: refused (401, then 429
    // once this address has failed too often), while the victim's real secret keeps working.
    let last = victim.chars().last().unwrap();
    let swapped = if last == 'A' { 'B' } else { 'A' };
    let variants = [
        format!("{}{swapped}", &victim[..victim.len() - 1]),
        victim[..victim.len() - 1].to_owned(),
        format!("{victim}x"),
        victim.to_uppercase(),
        format!("{}1{}", &victim[..30], &victim[30..]),
        victim.replacen("vk_live_", "vk_test_", 1),
    ];
    let forged: Vec<String> = (0..40).map(|i| forge_with_same_key_and_last4(&victim, i)).collect();
    let mut statuses = Vec::new();
    for (i, secret) in variants.iter().chain(&forged).enumerate() {
        let status = app.usage(secret).await.status();
        assert!(matches!(status, StatusCode::UNAUTHORIZED | StatusCode::TOO_MANY_REQUESTS), "{secret:?}: {status}");
        statuses.push(status);
        if i % 5 == 4 {
            victim_key_works(&app, &victim, "during the forgeries").await;
        }
    }
    assert!(statuses.contains(&StatusCode::TOO_MANY_REQUESTS), "failed verifications are throttled per address");
    victim_key_works(&app, &victim, "after the corpus").await;

    assert_eq!(worker.exited(), None, "the worker survived the corpus");
    let grown = stream_bytes(&app).await - bytes_before;
    assert!(grown < EVENT_BYTES_BUDGET, "the corpus grew the event stream by {grown} bytes");
    eprintln!("hostile corpus: {} jobs ended in {:?}; the event stream grew by {grown} bytes", jobs.len(), started.elapsed());
    if let Ok(status) = std::fs::read_to_string(format!("/proc/{}/status", worker.id())) {
        let memory: Vec<&str> = status.lines().filter(|l| l.starts_with("VmHWM") || l.starts_with("VmData")).collect();
        eprintln!("worker memory: {memory:?}");
    }
    app.stop().await;
}

/// A well-formed secret naming the victim's tenant and key, with the same last four characters
/// (visible in key listings) and other random bytes: it passes every cheap check and reaches
/// argon2. The random part (the number's high bytes) moves by a multiple of 29⁴, which with the
/// 2⁵¹² below it is a multiple of 58⁴: the last four base58 digits stay.
fn forge_with_same_key_and_last4(victim: &str, i: usize) -> String {
    use veracity_api::auth::tokens::{API_KEY_PREFIX, base58_decode, base58_encode};
    let mut raw = base58_decode(victim.strip_prefix(API_KEY_PREFIX).unwrap()).unwrap();
    let mut carry = 29u64.pow(4) * (i as u64 + 1);
    for byte in raw[..32].iter_mut().rev() {
        let sum = u64::from(*byte) + (carry & 0xFF);
        *byte = sum as u8;
        carry = (carry >> 8) + (sum >> 8);
    }
    if carry > 0 {
        // The random part overflowed: step down instead.
        return forge_with_same_key_and_last4(victim, i + 1000);
    }
    let forged = format!("{API_KEY_PREFIX}{}", base58_encode(&raw));
    assert_ne!(forged, victim);
    assert_eq!(forged[forged.len() - 4..], victim[victim.len() - 4..], "same last four");
    assert_eq!(veracity_api::auth::tokens::read_api_key(&forged), veracity_api::auth::tokens::read_api_key(victim), "same key id");
    forged
}
