//! The Rust SDK's whole flow against a real Veracity (tests/e2e/sdk_flows.rs runs it with
//! VERACITY_BASE_URL and VERACITY_ROOT set): sign up, a key and a webhook endpoint, an image
//! (synchronously), a video (accepted, then waited for), text, a filtered list, the balance, a
//! typed 402, a webhook received on loopback and verified, a 429 with Retry-After: 1 retried,
//! and an upload whose answer was lost retried into one job. Exits non-zero on any failure.

use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use serde_json::json;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use veracity_client::{DetectOptions, Error, Input, Veracity, core, verify_webhook};

const TEXT: &str = "The rapid evolution of technology has fundamentally transformed the way we communicate. \
    Moreover, it is important to note that these changes have far-reaching implications. \
    Furthermore, organizations must adapt to this ever-evolving landscape to remain competitive. \
    In conclusion, embracing innovation is essential for success in today's digital world.";

fn step(what: &str) {
    println!("rust flow: {what}");
}

/// One HTTP/1.1 request read off a socket: (method, path, headers, body).
async fn read_request(stream: &mut TcpStream) -> Option<(String, String, Vec<(String, String)>, Vec<u8>)> {
    let mut buf = Vec::new();
    let mut chunk = [0u8; 8192];
    let head_end = loop {
        let n = stream.read(&mut chunk).await.ok()?;
        if n == 0 {
            return None;
        }
        buf.extend_from_slice(&chunk[..n]);
        if let Some(end) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
            break end;
        }
    };
    let head = String::from_utf8_lossy(&buf[..head_end]).into_owned();
    let mut lines = head.split("\r\n");
    let mut first = lines.next()?.split(' ');
    let (method, path) = (first.next()?.to_owned(), first.next()?.to_owned());
    let headers: Vec<(String, String)> =
        lines.filter_map(|l| l.split_once(':')).map(|(k, v)| (k.trim().to_ascii_lowercase(), v.trim().to_owned())).collect();
    let length: usize = headers.iter().find(|(k, _)| k == "content-length").and_then(|(_, v)| v.parse().ok()).unwrap_or(0);
    let mut body = buf[head_end + 4..].to_vec();
    while body.len() < length {
        let n = stream.read(&mut chunk).await.ok()?;
        if n == 0 {
            break;
        }
        body.extend_from_slice(&chunk[..n]);
    }
    Some((method, path, headers, body))
}

async fn answer(stream: &mut TcpStream, status: u16, headers: &[(String, String)], body: &[u8]) {
    let mut head = format!("HTTP/1.1 {status} X\r\ncontent-length: {}\r\nconnection: close\r\n", body.len());
    for (name, value) in headers {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    head.push_str("\r\n");
    let _ = stream.write_all(head.as_bytes()).await;
    let _ = stream.write_all(body).await;
}

type Deliveries = Arc<Mutex<Vec<(reqwest::header::HeaderMap, Vec<u8>)>>>;

async fn receiver() -> (String, Deliveries) {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}/hook", listener.local_addr().unwrap());
    let deliveries: Deliveries = Arc::default();
    let kept = deliveries.clone();
    tokio::spawn(async move {
        while let Ok((mut stream, _)) = listener.accept().await {
            if let Some((_, _, headers, body)) = read_request(&mut stream).await {
                let mut map = reqwest::header::HeaderMap::new();
                for (name, value) in headers {
                    if let (Ok(n), Ok(v)) = (name.parse::<reqwest::header::HeaderName>(), value.parse()) {
                        map.insert(n, v);
                    }
                }
                kept.lock().unwrap().push((map, body));
            }
            answer(&mut stream, 204, &[], b"").await;
        }
    });
    (url, deliveries)
}

/// A proxy that misbehaves on the first POST of each mode: `rate` answers 429 with
/// Retry-After: 1; `lost` forwards it but answers 503. Records every POST's Idempotency-Key.
#[derive(Default)]
struct Flaky {
    lost: bool,
    posts: Vec<String>,
}

async fn proxy(upstream: String, state: Arc<Mutex<Flaky>>) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let http = reqwest::Client::new();
    tokio::spawn(async move {
        while let Ok((mut stream, _)) = listener.accept().await {
            let Some((method, path, headers, body)) = read_request(&mut stream).await else { continue };
            let (first, lost) = {
                let mut flaky = state.lock().unwrap();
                let first = method == "POST" && flaky.posts.is_empty();
                if method == "POST" {
                    let key = headers.iter().find(|(k, _)| k == "idempotency-key").map(|(_, v)| v.clone()).unwrap_or_default();
                    flaky.posts.push(key);
                }
                (first, flaky.lost)
            };
            let problem = |code: &str, status: u16| json!({"code": code, "status": status, "detail": "flaky"}).to_string();
            if first && !lost {
                let headers = [("retry-after".to_owned(), "1".to_owned()), ("content-type".into(), "application/problem+json".into())];
                answer(&mut stream, 429, &headers, problem("RATE_LIMITED", 429).as_bytes()).await;
                continue;
            }
            let mut forward = http.request(method.parse().unwrap(), format!("{upstream}{path}")).body(body);
            for (name, value) in &headers {
                if !["host", "content-length", "connection"].contains(&name.as_str()) {
                    forward = forward.header(name, value);
                }
            }
            let Ok(reply) = forward.send().await else { continue };
            let status = reply.status().as_u16();
            let kept: Vec<(String, String)> = ["content-type", "location", "retry-after"]
                .iter()
                .filter_map(|n| reply.headers().get(*n).and_then(|v| v.to_str().ok()).map(|v| ((*n).to_owned(), v.to_owned())))
                .collect();
            let bytes = reply.bytes().await.unwrap_or_default();
            if first && lost {
                let headers = [("content-type".to_owned(), "application/problem+json".to_owned())];
                answer(&mut stream, 503, &headers, problem("SERVICE_UNAVAILABLE", 503).as_bytes()).await;
            } else {
                answer(&mut stream, status, &kept, &bytes).await;
            }
        }
    });
    url
}

fn check(condition: bool, what: impl std::fmt::Display) {
    if !condition {
        eprintln!("rust flow: check failed: {what}");
        std::process::exit(1);
    }
}

fn authed(base: &str, token: &str) -> core::Client {
    let mut headers = reqwest::header::HeaderMap::new();
    headers.insert(reqwest::header::AUTHORIZATION, format!("Bearer {token}").parse().unwrap());
    core::Client::new_with_client(base, reqwest::Client::builder().default_headers(headers).build().unwrap())
}

#[tokio::main]
async fn main() {
    let base = std::env::var("VERACITY_BASE_URL").expect("VERACITY_BASE_URL");
    let root = PathBuf::from(std::env::var("VERACITY_ROOT").expect("VERACITY_ROOT"));
    let image = root.join("tests/fixtures/faces/newton.png");
    let video = root.join("tests/fixtures/media/clip.mp4");

    step("sign up, make a key and a webhook endpoint");
    let anonymous = core::Client::new(&base);
    let email = format!("sdk-rust-{}@example.com", &uuid_like());
    let signup: core::types::SignupRequest =
        serde_json::from_value(json!({"organization_name": "SDK flow", "email": email, "password": "correct horse battery staple"}))
            .unwrap();
    let tokens = anonymous.signup().body(signup).send().await.expect("sign-up").into_inner();
    let admin = authed(&base, &tokens.access_token);
    let scopes = ["detect:image", "detect:video", "detect:text", "detect:ai-media", "jobs:read"];
    let create: core::types::CreateApiKey =
        serde_json::from_value(json!({"name": "sdk flow", "scopes": scopes, "rate_limit_per_minute": 600})).unwrap();
    let key = admin.create_api_key().body(create).send().await.expect("a key").into_inner();
    let (hook_url, deliveries) = receiver().await;
    let endpoint: core::types::CreateWebhookEndpoint = serde_json::from_value(json!({"url": hook_url})).unwrap();
    let endpoint = admin.create_webhook_endpoint().body(endpoint).send().await.expect("an endpoint").into_inner();
    let opening = admin.get_balance().send().await.expect("balance").into_inner();

    let mut client = Veracity::new(&key.secret, &base);
    client.backoff = Duration::from_millis(200);
    step("an image, synchronously");
    let options = DetectOptions { media: Some("image"), analysis_type: Some("FACE"), ..Default::default() };
    let job = client.detect(Input::path(&image), options).await.expect("image");
    check(job.status.to_string() == "completed" && job.faces.len() == 1, format!("{job:?}"));

    step("a video, accepted then waited for");
    let accepted =
        client.detect(Input::path(&video), DetectOptions { media: Some("video"), wait_secs: Some(0), ..Default::default() }).await;
    let accepted = accepted.expect("video accepted");
    let done = client.wait_for(&accepted.id, None, Duration::from_secs(120)).await.expect("video done");
    check(done.status.to_string() == "completed" && done.frames_analyzed.unwrap_or(0) > 0, format!("{done:?}"));

    step("text");
    let text = client.detect(Input::Text { text: TEXT.into(), highlight: true }, Default::default()).await.expect("text");
    check(text.status.to_string() == "completed" && text.media_type.to_string() == "text", format!("{text:?}"));

    step("jobs listed with a filter");
    let videos = client.list_jobs(&[("media_type", "video"), ("limit", "10")]).await.expect("list");
    check(videos.data.len() == 1 && videos.data[0].id == done.id, format!("{videos:?}"));

    step("the balance: the three jobs were charged");
    let balance = admin.get_balance().send().await.expect("balance").into_inner();
    check(balance.available < opening.available, format!("{opening:?} → {balance:?}"));

    step("a typed 402 when credits cannot cover the job");
    match client.detect(Input::path(&image), DetectOptions { media: Some("ai-media"), ..Default::default() }).await {
        Err(Error::Api(problem)) if problem.status == 402 && problem.code == "INSUFFICIENT_CREDITS" && problem.request_id.is_some() => {}
        other => check(false, format!("expected INSUFFICIENT_CREDITS, got {other:?}")),
    }

    step("a scan_completed webhook received on loopback and verified");
    let deadline = Instant::now() + Duration::from_secs(60);
    let mut found = false;
    while !found && Instant::now() < deadline {
        for (headers, body) in deliveries.lock().unwrap().iter() {
            let event = verify_webhook(body, headers, &endpoint.secret).expect("a genuine delivery");
            found |= event.r#type == "deepfake.scan_completed" && event.job.as_ref().is_some_and(|j| j.id == job.id);
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    check(found, format!("no scan_completed for {} within 60 s", job.id));
    let (headers, mut body) = deliveries.lock().unwrap()[0].clone();
    body.push(b' ');
    check(verify_webhook(&body, &headers, &endpoint.secret).is_err(), "a tampered delivery was refused");

    step("a 429 with Retry-After: 1 is retried after a second");
    let flaky = Arc::new(Mutex::new(Flaky::default()));
    let mut via_proxy = Veracity::new(&key.secret, proxy(base.clone(), flaky.clone()).await);
    via_proxy.backoff = Duration::from_millis(200);
    let started = Instant::now();
    let retried = via_proxy.detect(Input::text(TEXT), Default::default()).await.expect("retried text");
    check(retried.status.to_string() == "completed", format!("{retried:?}"));
    let posts = flaky.lock().unwrap().posts.clone();
    check(posts.len() >= 2 && posts.iter().all(|k| *k == posts[0]), format!("{posts:?}"));
    check(started.elapsed() >= Duration::from_secs(1), "waited for Retry-After");

    step("an upload whose answer was lost is retried with its key and makes one job");
    *flaky.lock().unwrap() = Flaky { lost: true, posts: Vec::new() };
    let before = client.list_jobs(&[("media_type", "image"), ("limit", "100")]).await.expect("list").data.len();
    let again = via_proxy.detect(Input::path(&image), DetectOptions { media: Some("image"), ..Default::default() }).await.expect("again");
    let after = client.list_jobs(&[("media_type", "image"), ("limit", "100")]).await.expect("list").data;
    let posts = flaky.lock().unwrap().posts.clone();
    check(posts.len() >= 2 && posts.iter().all(|k| *k == posts[0]), format!("{posts:?}"));
    check(after.len() == before + 1 && after[0].id == again.id, format!("{before} → {}", after.len()));
    step("done");
}

fn uuid_like() -> String {
    format!("{:x}", std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_nanos())
}
