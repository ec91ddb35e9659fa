//! `make load`: throughput under concurrent load against a real `veracity serve` (its own
//! process, on 127.0.0.1:0 in a temporary directory), closed loop: each of c clients sends a
//! request, waits for its verdict (`Prefer: wait=10`; answered 202, it polls the job until it
//! finishes), and sends the next. For c = 1, 4, 16 and 64 it prints requests per second,
//! p50/p95/p99 latency, failures, 5xx answers, requests answered 202 at once (back-pressure: the
//! queue ahead would not drain within the wait), the server's CPU seconds per request (its
//! process and its nats-server, from `/proc`) and the share of the **model-bound ceiling**:
//! cores ÷ the model CPU seconds of one request, measured in this process with one thread per
//! model (the sum of the detectors' times on the same media, decoding left out) before and after
//! each row, the mean of the two.
//!
//! Every request sends a different file, so no cache keyed on content can flatter a number:
//! images differ in one pixel (re-encoded), videos in a trailing MP4 `free` box. Media: a
//! 1-megapixel portrait (one face), the 1927 Solvay conference photo (29 faces), and a 10 s 720p
//! H.264 video. Each phase runs `VERACITY_LOAD_SECS` (default 20) and at most 2,000 requests.
//!
//! To compare settings: `VERACITY_LOAD_SERVE_<KEY>=value` runs the server with `VERACITY_<KEY>`
//! (e.g. `VERACITY_LOAD_SERVE_MODELS_INTRA_THREADS=1`), and `VERACITY_LOAD_ONLY=portrait` keeps
//! the media whose name starts with it; `VERACITY_LOAD_CLIENTS=4,64` sets the rows' client counts.

mod common;

use std::io::{BufRead, BufReader, Cursor};
use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use common::percentile;
use serde_json::{Value, json};
use veracity::config::Config;
use veracity_domain::detection::{Check, JobOptions, MediaFormat, MediaType, StoredMedia};
use veracity_testkit::process::{ChildGuard, veracity_command_at};

const CLIENTS: [usize; 4] = [1, 4, 16, 64];
/// `Prefer: wait` of every request: what a synchronous client would give. A request answered
/// 202 (the queue ahead would not drain in time) polls its job until it finishes.
const WAIT_SECS: u64 = 10;
/// Between two polls of a job answered 202, and the longest a client waits for it in all.
const POLL_EVERY: Duration = Duration::from_millis(200);
const GIVE_UP: Duration = Duration::from_secs(300);
const MAX_REQUESTS: usize = 2_000;
/// Runs of each media in-process for the ceiling (the median counts), after `CEILING_WARMUP`
/// runs that do not (the first runs of a session allocate its buffers).
const CEILING_RUNS: usize = 9;
const CEILING_WARMUP: usize = 2;

fn repo(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(path)
}

fn fixture(path: &str) -> Vec<u8> {
    let path = repo("tests/fixtures").join(path);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{} (run `make load`, which fetches it): {e}", path.display()))
}

/// One kind of work: its name, route, file name and `count` distinct files.
struct Media {
    name: &'static str,
    route: &'static str,
    file_name: &'static str,
    format: MediaFormat,
    media_type: MediaType,
    files: Vec<Vec<u8>>,
}

/// `count` JPEGs of `image`, each with one pixel changed.
fn image_variants(image: &image::RgbImage, count: usize) -> Vec<Vec<u8>> {
    (0..count)
        .map(|i| {
            let mut changed = image.clone();
            let (x, y) = ((i as u32 * 7) % image.width(), (i as u32 * 13) % image.height());
            let pixel = changed.get_pixel_mut(x, y);
            pixel.0 = [pixel.0[0].wrapping_add(97), pixel.0[1] ^ 0x55, (i % 251) as u8];
            let mut jpeg = Vec::new();
            image::codecs::jpeg::JpegEncoder::new_with_quality(Cursor::new(&mut jpeg), 90).encode_image(&changed).unwrap();
            jpeg
        })
        .collect()
}

/// `count` copies of an MP4, each ending with its own top-level `free` box (which players and
/// demuxers skip).
fn mp4_variants(mp4: &[u8], count: usize) -> Vec<Vec<u8>> {
    (0..count)
        .map(|i| {
            let mut file = mp4.to_vec();
            file.extend_from_slice(&24u32.to_be_bytes());
            file.extend_from_slice(b"free");
            file.extend_from_slice(&(i as u128).to_be_bytes());
            file
        })
        .collect()
}

fn media() -> Vec<Media> {
    let newton = image::load_from_memory(&fixture("faces/newton.png")).unwrap();
    let portrait = newton.resize_exact(1155, 866, image::imageops::FilterType::Triangle).into_rgb8();
    let group = image::load_from_memory(&fixture("faces/solvay_conference_1927.jpg")).unwrap().into_rgb8();
    vec![
        Media {
            name: "portrait, 1 MP, 1 face",
            route: "/v1/detect/image",
            file_name: "portrait.jpg",
            format: MediaFormat::Jpeg,
            media_type: MediaType::Image,
            files: image_variants(&portrait, 96),
        },
        Media {
            name: "group photo, 29 faces",
            route: "/v1/detect/image",
            file_name: "group.jpg",
            format: MediaFormat::Jpeg,
            media_type: MediaType::Image,
            files: image_variants(&group, 48),
        },
        Media {
            name: "video, 10 s 720p",
            route: "/v1/detect/video",
            file_name: "clip.mp4",
            format: MediaFormat::Mp4,
            media_type: MediaType::Video,
            files: mp4_variants(&fixture("media/bench_720p.mp4"), 48),
        },
    ]
}

/// Model seconds of one request of `media`, single-threaded, in this process: the median over
/// a few runs of the sum of the detectors' times (decoding and fusion left out).
fn model_seconds(analyser: &veracity_workers::detection::Analyser, media: &Media) -> f64 {
    let mut runs: Vec<f64> = (0..CEILING_WARMUP + CEILING_RUNS)
        .map(|i| {
            let bytes = &media.files[i % media.files.len()];
            let stored = StoredMedia {
                blob_key: "load".into(),
                sha256: veracity_domain::digest::sha256_hex(bytes),
                size: bytes.len() as u64,
                format: Some(media.format),
            };
            let decoded = analyser.decode_timed(bytes, &stored, media.media_type).expect("the fixture decodes");
            let analysis = analyser
                .inspect(decoded, Check::Deepfake, &JobOptions::default(), &AtomicBool::new(false))
                .expect("the fixture is analysed");
            analysis.report.models.iter().filter_map(|m| m.latency_ms).sum::<f64>() / 1e3
        })
        .skip(CEILING_WARMUP)
        .collect();
    runs.sort_by(f64::total_cmp);
    runs[runs.len() / 2]
}

/// The server's settings asked for with `VERACITY_LOAD_SERVE_<KEY>`, as `VERACITY_<KEY>`.
fn serve_settings() -> Vec<(String, String)> {
    let mut settings: Vec<(String, String)> = std::env::vars()
        .filter_map(|(key, value)| Some((format!("VERACITY_{}", key.strip_prefix("VERACITY_LOAD_SERVE_")?), value)))
        .collect();
    settings.sort();
    settings
}

/// `veracity serve` in `dir`, with the address it printed.
fn start_serve(dir: &Path) -> (ChildGuard, String) {
    let log = std::fs::File::create(dir.join("serve.log")).unwrap();
    let mut command = veracity_command_at(Path::new(env!("CARGO_BIN_EXE_veracity")), dir);
    command
        .arg("serve")
        .env("VERACITY_HTTP_BIND", "127.0.0.1:0")
        .env("VERACITY_LOG_LEVEL", "warn")
        .env("VERACITY_MODELS_DIR", repo("models"))
        .envs(serve_settings())
        .stdout(Stdio::piped())
        .stderr(log);
    let mut child = ChildGuard::spawn(&mut command).expect("start veracity serve");
    let stdout = child.0.stdout.take().unwrap();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            if let Some(rest) = line.split("listening on http://").nth(1) {
                let _ = tx.send(rest.split_whitespace().next().unwrap_or_default().to_owned());
            }
        }
    });
    let addr = rx.recv_timeout(Duration::from_secs(120)).unwrap_or_else(|_| {
        panic!("serve printed no address; its log:\n{}", std::fs::read_to_string(dir.join("serve.log")).unwrap_or_default())
    });
    (child, format!("http://{addr}"))
}

/// An organisation with credits to spare on the ENTERPRISE plan, and an API key for the load.
async fn account(http: &reqwest::Client, base: &str, dir: &Path) -> String {
    let signup = json!({"organization_name": "Load", "email": "load@example.com", "password": "correct horse battery staple"});
    let session: Value = http.post(format!("{base}/v1/auth/signup")).json(&signup).send().await.unwrap().json().await.unwrap();
    let (tenant, token) = (session["tenant_id"].as_str().unwrap(), session["access_token"].as_str().unwrap());
    for args in [
        vec!["admin", "grant", "--tenant", tenant, "--credits", "100000000", "--reason", "load test"],
        vec!["admin", "plan", "--tenant", tenant, "--plan", "ENTERPRISE"],
    ] {
        let mut command = veracity_command_at(Path::new(env!("CARGO_BIN_EXE_veracity")), dir);
        // The server's settings too: the same event log and database.
        let output = command.args(&args).env("VERACITY_LOG_LEVEL", "warn").envs(serve_settings()).output().unwrap();
        assert!(output.status.success(), "veracity {args:?}: {}", String::from_utf8_lossy(&output.stderr));
    }
    let key = json!({"name": "load", "rate_limit_per_minute": 100_000, "daily_limit": 100_000_000});
    let made: Value = http.post(format!("{base}/v1/api-keys")).bearer_auth(token).json(&key).send().await.unwrap().json().await.unwrap();
    made["secret"].as_str().unwrap_or_else(|| panic!("an API key: {made}")).to_owned()
}

/// CPU seconds used so far by process `pid` and its children (the managed nats-server).
fn cpu_seconds(pid: u32) -> f64 {
    let ticks = unsafe { libc::sysconf(libc::_SC_CLK_TCK) } as f64;
    let of = |pid: &str| -> f64 {
        let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
        // Fields after the command's closing parenthesis: state is 3, utime 14, stime 15.
        let rest = stat.rsplit_once(')').map_or("", |(_, rest)| rest);
        let fields: Vec<&str> = rest.split_whitespace().collect();
        let field = |n: usize| fields.get(n - 3).and_then(|f| f.parse::<f64>().ok()).unwrap_or(0.0);
        (field(14) + field(15)) / ticks
    };
    let children = std::fs::read_dir(format!("/proc/{pid}/task"))
        .into_iter()
        .flatten()
        .filter_map(Result::ok)
        .filter_map(|task| std::fs::read_to_string(task.path().join("children")).ok())
        .flat_map(|list| list.split_whitespace().map(str::to_owned).collect::<Vec<_>>())
        .collect::<Vec<_>>();
    of(&pid.to_string()) + children.iter().map(|c| of(c)).sum::<f64>()
}

struct Phase {
    completed: usize,
    failed: usize,
    /// Answered 202 at once, then polled to the result.
    early: usize,
    server_errors: usize,
    latencies_ms: Vec<f64>,
    /// The steady part of the phase (see [`STEADY_AFTER`]): its length, the requests completed
    /// in it and the server's CPU seconds over it.
    steady_seconds: f64,
    steady_completed: usize,
    steady_cpu_seconds: f64,
}

/// Requests per second and CPU per request count the part of a phase from this long after its
/// start to its end (or to the moment it reached `MAX_REQUESTS`), when every client is busy: not the first moments (the first requests all
/// arrive at once) nor the tail after the end (the last requests finishing with ever fewer
/// clients left, some cores idle), which belong to the bench, not the server. Their latencies
/// count all the same.
const STEADY_AFTER: Duration = Duration::from_secs(2);

/// `clients` closed-loop clients sending `media` for `length` (or `MAX_REQUESTS` requests).
async fn phase(http: &reqwest::Client, base: &str, key: &str, media: &Arc<Media>, clients: usize, length: Duration, pid: u32) -> Phase {
    let next = Arc::new(AtomicUsize::new(0));
    let started = Instant::now();
    let deadline = started + length;
    let steady_from = started + STEADY_AFTER.min(length / 4);
    // The steady part ends at the deadline, or earlier when the clients reach MAX_REQUESTS.
    let capped = Arc::new(tokio::sync::Notify::new());
    let steady_cpu = tokio::spawn({
        let capped = capped.clone();
        async move {
            tokio::time::sleep_until(steady_from.into()).await;
            let from = cpu_seconds(pid);
            tokio::select! {
                _ = tokio::time::sleep_until(deadline.into()) => {}
                _ = capped.notified() => {}
            }
            (cpu_seconds(pid) - from, Instant::now())
        }
    });
    let tasks: Vec<_> = (0..clients)
        .map(|_| {
            let (http, url, base, key, media, next, capped) = (
                http.clone(),
                format!("{base}{}", media.route),
                base.to_owned(),
                key.to_owned(),
                media.clone(),
                next.clone(),
                capped.clone(),
            );
            tokio::spawn(async move {
                let (mut latencies, mut failed, mut early, mut server_errors) = (Vec::new(), 0, 0, 0);
                let mut completions = Vec::new();
                while Instant::now() < deadline {
                    let n = next.fetch_add(1, Ordering::SeqCst);
                    if n >= MAX_REQUESTS {
                        capped.notify_one();
                        break;
                    }
                    let bytes = media.files[n % media.files.len()].clone();
                    let part = reqwest::multipart::Part::bytes(bytes).file_name(media.file_name);
                    let form = reqwest::multipart::Form::new().part("file", part);
                    let sent = Instant::now();
                    let answer =
                        http.post(&url).bearer_auth(&key).header("Prefer", format!("wait={WAIT_SECS}")).multipart(form).send().await;
                    let ok = match answer {
                        Ok(response) if response.status() == 200 => {
                            let job: Value = response.json().await.unwrap_or_default();
                            job["status"] == "completed"
                        }
                        Ok(response) if response.status() == 202 => {
                            early += usize::from(sent.elapsed() < Duration::from_secs(WAIT_SECS));
                            let job: Value = response.json().await.unwrap_or_default();
                            let id = job["id"].as_str().unwrap_or_default().to_owned();
                            poll(&http, &base, &key, &id, &mut server_errors).await
                        }
                        Ok(response) => {
                            server_errors += usize::from(response.status().is_server_error());
                            false
                        }
                        Err(_) => false,
                    };
                    if ok {
                        let done = Instant::now();
                        latencies.push(done.duration_since(sent).as_secs_f64() * 1e3);
                        completions.push(done);
                    } else {
                        failed += 1;
                    }
                }
                (latencies, failed, early, server_errors, completions)
            })
        })
        .collect();
    let (mut latencies_ms, mut failed, mut early, mut server_errors, mut completions) = (Vec::new(), 0, 0, 0, Vec::new());
    for task in tasks {
        let (latencies, fails, answered_early, errors, done) = task.await.unwrap();
        latencies_ms.extend(latencies);
        failed += fails;
        early += answered_early;
        server_errors += errors;
        completions.extend(done);
    }
    let (steady_cpu_seconds, steady_to) = steady_cpu.await.unwrap();
    let steady_completed = completions.iter().filter(|&&done| done >= steady_from && done <= steady_to).count();
    latencies_ms.sort_by(f64::total_cmp);
    Phase {
        completed: latencies_ms.len(),
        failed,
        early,
        server_errors,
        latencies_ms,
        steady_seconds: steady_to.duration_since(steady_from).as_secs_f64(),
        steady_completed,
        steady_cpu_seconds,
    }
}

/// Polls job `id` until it finishes (or `GIVE_UP`): whether it completed.
async fn poll(http: &reqwest::Client, base: &str, key: &str, id: &str, server_errors: &mut usize) -> bool {
    let started = Instant::now();
    while started.elapsed() < GIVE_UP {
        tokio::time::sleep(POLL_EVERY).await;
        let Ok(response) = http.get(format!("{base}/v1/jobs/{id}")).bearer_auth(key).send().await else { continue };
        if response.status().is_server_error() {
            *server_errors += 1;
            continue;
        }
        let job: Value = response.json().await.unwrap_or_default();
        match job["status"].as_str() {
            Some("completed") => return true,
            Some("failed") => return false,
            _ => {}
        }
    }
    false
}

async fn run() {
    let length = Duration::from_secs(std::env::var("VERACITY_LOAD_SECS").ok().and_then(|s| s.parse().ok()).unwrap_or(20).clamp(2, 600));
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let only = std::env::var("VERACITY_LOAD_ONLY").unwrap_or_default();
    let clients: Vec<usize> = match std::env::var("VERACITY_LOAD_CLIENTS") {
        Ok(list) => list.split(',').filter_map(|c| c.trim().parse().ok()).filter(|c| (1..=256).contains(c)).collect(),
        Err(_) => CLIENTS.to_vec(),
    };
    let media: Vec<Arc<Media>> = media().into_iter().filter(|m| m.name.starts_with(&only)).map(Arc::new).collect();

    // The ceiling is measured in this process with one thread per model, while the server idles:
    // before and after each row (this machine's speed drifts by several per cent over minutes),
    // and the mean of the two counts.
    let mut config = Config::default();
    config.models.dir = repo("models");
    config.models.intra_threads = 1;
    let analyser = veracity::workers::analyser(&config, veracity::workers::detectors(&config).expect("the models load"))
        .expect("the analyser is configured");

    let dir = tempfile::tempdir().unwrap();
    let (serve, base) = start_serve(dir.path());
    let http = reqwest::Client::builder().timeout(Duration::from_secs(300)).build().unwrap();
    let key = account(&http, &base, dir.path()).await;
    // Warm up: every model loaded and its first runs done.
    for m in &media {
        phase(&http, &base, &key, m, 2, Duration::from_secs(2), serve.id()).await;
    }

    let settings: Vec<String> = serve_settings().into_iter().map(|(k, v)| format!("{k}={v}")).collect();
    println!(
        "\nload: closed loop against `veracity serve` on this machine ({cores} cores), {} s per row{}\n",
        length.as_secs(),
        if settings.is_empty() { String::new() } else { format!(", with {}", settings.join(" ")) }
    );
    println!(
        "| media | clients | requests | failed | 5xx | 202 at once | req/s | p50 ms | p95 ms | p99 ms | server CPU s/req | ceiling req/s | of ceiling |"
    );
    println!("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    let mut drift = Vec::new();
    for m in &media {
        // Model seconds before the first row and after each: a row's ceiling is the mean of the
        // two around it.
        let mut marks = vec![model_seconds(&analyser, m)];
        let mut phases = Vec::new();
        for &clients in &clients {
            phases.push((clients, phase(&http, &base, &key, m, clients, length, serve.id()).await));
            marks.push(model_seconds(&analyser, m));
        }
        let ms: Vec<String> = marks.iter().map(|s| format!("{:.0}", s * 1e3)).collect();
        drift.push(format!("{} {} ms", m.name, ms.join(", ")));
        for (k, (clients, p)) in phases.into_iter().enumerate() {
            let ceiling = cores as f64 / ((marks[k] + marks[k + 1]) / 2.0);
            let rate = p.steady_completed as f64 / p.steady_seconds;
            let at = |q: f64| if p.latencies_ms.is_empty() { f64::NAN } else { percentile(&p.latencies_ms, q) };
            println!(
                "| {} | {clients} | {} | {} | {} | {} | {rate:.2} | {:.0} | {:.0} | {:.0} | {:.3} | {ceiling:.2} | {:.0} % |",
                m.name,
                p.completed,
                p.failed,
                p.server_errors,
                p.early,
                at(0.5),
                at(0.95),
                at(0.99),
                p.steady_cpu_seconds / p.steady_completed.max(1) as f64,
                100.0 * rate / ceiling,
            );
        }
    }
    println!(
        "\nceiling = {cores} cores ÷ the model CPU seconds of one request, measured in-process with one thread per model \
         (median of {CEILING_RUNS}) before and after each row, the mean of the two (this machine's speed drifts by several \
         per cent over minutes; in row order: {}); server CPU includes its \
         nats-server. req/s and CPU s/req count the steady part of each row, from {} s after its start to its end (the \
         first requests arrive at once; the last ones finish after the end with fewer clients left); \
         the latencies count every request. Every request sends `Prefer: wait={WAIT_SECS}`; \
         \"202 at once\": answered before that because the queue ahead would not drain in time, then polled to its result \
         (latency counts until the result).",
        drift.join(", "),
        STEADY_AFTER.as_secs()
    );
    drop(serve);
}

fn main() {
    tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().unwrap().block_on(run());
}
