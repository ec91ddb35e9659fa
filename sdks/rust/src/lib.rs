//! Veracity for Rust: a small hand-written client for detection over the generated one
//! ([`core`], every operation of the OpenAPI document, made by progenitor).
//!
//! ```no_run
//! # async fn run() -> Result<(), veracity_client::Error> {
//! use veracity_client::{Input, Veracity};
//!
//! let client = Veracity::from_env()?; // VERACITY_API_KEY, VERACITY_BASE_URL
//! let job = client.detect(Input::path("portrait.jpg"), Default::default()).await?;
//! println!("{:?} {:?}", job.verdict, job.risk_score);
//! # Ok(()) }
//! ```
//!
//! It adds one `detect` for every kind of input, `wait_for` that follows a queued job to its
//! end, retries with exponential backoff and jitter on 429, 5xx and network errors (honouring
//! `Retry-After`), one `Idempotency-Key` per logical call reused by its retries, typed errors
//! carrying the problem's `code`, `request_id` and `job_id`, and webhook verification.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use base64::Engine;
use reqwest::{Method, Response, StatusCode};
use serde_json::{Value, json};

pub use veracity_api_core as core;
pub use veracity_api_core::types::{Job, JobPage};

mod webhooks;
pub use webhooks::{JobEventData, WebhookEvent, verify_webhook};

pub const DEFAULT_BASE_URL: &str = "http://127.0.0.1:8080";
const FINISHED: [&str; 3] = ["completed", "failed", "cancelled"];
/// 429s that another try soon will not change.
const FINAL_CODES: [&str; 1] = ["DAILY_LIMIT_EXCEEDED"];
/// How long a request whose Idempotency-Key is still being processed is retried.
const IN_PROGRESS_PATIENCE: Duration = Duration::from_secs(60);

/// A problem answer of the API, or a failed job: `code` is stable (branch on it); quote
/// `request_id` when reporting. A failed job has its `job_id`; `INSUFFICIENT_CREDITS` carries
/// `balance` and `required` in `problem`.
#[derive(Debug)]
pub struct Problem {
    pub status: u16,
    pub code: String,
    pub detail: String,
    pub request_id: Option<String>,
    pub job_id: Option<String>,
    pub problem: Value,
}

/// A refusal of the API, a failed job, or a transport failure.
#[derive(Debug)]
pub enum Error {
    Api(Box<Problem>),
    /// No answer (connection, timeout) after every retry.
    Transport(reqwest::Error),
    /// Bad use of the client (no API key, an unreadable file, a job still running at the timeout).
    Usage(String),
}

impl Error {
    /// The problem's code, for an API error.
    pub fn code(&self) -> Option<&str> {
        match self {
            Error::Api(problem) => Some(&problem.code),
            _ => None,
        }
    }
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Error::Api(p) => write!(f, "{} ({}): {}", p.code, p.status, p.detail),
            Error::Transport(e) => write!(f, "no answer: {e}"),
            Error::Usage(why) => f.write_str(why),
        }
    }
}

impl std::error::Error for Error {}

/// What to analyse.
pub enum Input {
    /// A file on disk, read and uploaded (multipart).
    Path(PathBuf),
    /// Bytes, uploaded under a file name.
    Bytes { bytes: Vec<u8>, filename: String },
    /// An https URL Veracity fetches.
    Url(String),
    /// A video as still frames (image bytes).
    Frames(Vec<Vec<u8>>),
    /// Text.
    Text { text: String, highlight: bool },
}

impl Input {
    pub fn path(path: impl Into<PathBuf>) -> Self {
        Input::Path(path.into())
    }

    pub fn text(text: impl Into<String>) -> Self {
        Input::Text { text: text.into(), highlight: false }
    }
}

/// How to analyse it, and how long to wait.
#[derive(Debug, Clone, Default)]
pub struct DetectOptions {
    /// The operation for files and URLs: `any` (default, typed by content), `image`, `video`,
    /// `audio` or `ai-media`.
    pub media: Option<&'static str>,
    /// `GENERAL`, `FACE`, `DOCUMENT` or `VERIFICATION`.
    pub analysis_type: Option<&'static str>,
    pub strict_mode: Option<bool>,
    pub retain: Option<bool>,
    pub return_details: Option<bool>,
    pub callback_url: Option<String>,
    /// `None`: the finished job; `Some(0)`: as accepted; `Some(n)`: `Prefer: wait=n` first,
    /// then the finished job.
    pub wait_secs: Option<u64>,
    /// Sent by every attempt of the call; a new UUID unless given.
    pub idempotency_key: Option<String>,
    /// Longest wait for the job to finish (default 600 s).
    pub timeout: Option<Duration>,
}

/// A client for one API key.
#[derive(Clone)]
pub struct Veracity {
    base_url: String,
    api_key: String,
    http: reqwest::Client,
    /// Extra attempts on 429, 5xx and network errors.
    pub max_retries: u32,
    /// First backoff, doubled each retry with jitter, at most `max_backoff`; a `Retry-After`
    /// longer than `max_backoff` is not waited out.
    pub backoff: Duration,
    pub max_backoff: Duration,
}

impl Veracity {
    pub fn new(api_key: impl Into<String>, base_url: impl Into<String>) -> Self {
        let http = reqwest::Client::builder()
            .timeout(Duration::from_secs(120))
            .user_agent(concat!("veracity-rust/", env!("CARGO_PKG_VERSION")))
            .build()
            .expect("a default reqwest client");
        Self {
            base_url: base_url.into().trim_end_matches('/').to_owned(),
            api_key: api_key.into(),
            http,
            max_retries: 4,
            backoff: Duration::from_millis(500),
            max_backoff: Duration::from_secs(30),
        }
    }

    /// `VERACITY_API_KEY`, and `VERACITY_BASE_URL` (else the embedded default).
    pub fn from_env() -> Result<Self, Error> {
        let key = std::env::var("VERACITY_API_KEY").map_err(|_| Error::Usage("set VERACITY_API_KEY".into()))?;
        let base = std::env::var("VERACITY_BASE_URL").unwrap_or_else(|_| DEFAULT_BASE_URL.into());
        Ok(Self::new(key, base))
    }

    /// The generated client for every other operation, authenticated with this key.
    pub fn core(&self) -> core::Client {
        let mut headers = reqwest::header::HeaderMap::new();
        let bearer = format!("Bearer {}", self.api_key);
        headers.insert(reqwest::header::AUTHORIZATION, bearer.parse().expect("an API key is a header value"));
        let http = reqwest::Client::builder().default_headers(headers).build().expect("a reqwest client");
        core::Client::new_with_client(&self.base_url, http)
    }

    /// Submits `input` and, unless `wait_secs: Some(0)`, returns the finished job (a failed job
    /// is an `Error::Api` with its `job_id`). Every retry sends the same `Idempotency-Key`.
    pub async fn detect(&self, input: Input, options: DetectOptions) -> Result<Job, Error> {
        let media = options.media.unwrap_or("any");
        let upload_path = match media {
            "any" => "/v1/detect",
            "image" => "/v1/detect/image",
            "video" => "/v1/detect/video",
            "audio" => "/v1/detect/audio",
            "ai-media" => "/v1/detect/ai-media",
            other => return Err(Error::Usage(format!("unknown media `{other}`"))),
        };
        let mut fields: Vec<(&str, String)> = Vec::new();
        if let Some(v) = options.analysis_type {
            fields.push(("analysis_type", v.to_owned()));
        }
        for (name, value) in [("strict_mode", options.strict_mode), ("retain", options.retain), ("return_details", options.return_details)]
        {
            if let Some(v) = value {
                fields.push((name, v.to_string()));
            }
        }
        if let Some(url) = &options.callback_url {
            fields.push(("callback_url", url.clone()));
        }
        let key = options.idempotency_key.clone().unwrap_or_else(|| uuid::Uuid::new_v4().to_string());
        let mut headers = vec![("Idempotency-Key", key)];
        if let Some(secs) = options.wait_secs {
            headers.push(("Prefer", format!("wait={secs}")));
        }
        let json_fields = || {
            let mut body = serde_json::Map::new();
            for (name, value) in &fields {
                let value = match value.as_str() {
                    "true" => json!(true),
                    "false" => json!(false),
                    text => json!(text),
                };
                body.insert((*name).to_owned(), value);
            }
            body
        };
        let request = match input {
            Input::Text { text, highlight } => {
                let mut body = json_fields();
                body.insert("text".into(), json!(text));
                if highlight {
                    body.insert("highlight".into(), json!(true));
                }
                Request::json("/v1/detect/text".into(), Value::Object(body))
            }
            Input::Url(url) => {
                let mut body = json_fields();
                body.insert("media_url".into(), json!(url));
                let path = if media == "any" { "/v1/detect/url".to_owned() } else { format!("{upload_path}/url") };
                Request::json(path, Value::Object(body))
            }
            Input::Frames(frames) => {
                let mut body = json_fields();
                let encoded: Vec<String> = frames.iter().map(|f| base64::engine::general_purpose::STANDARD.encode(f)).collect();
                body.insert("frames".into(), json!(encoded));
                Request::json("/v1/detect/video/frames".into(), Value::Object(body))
            }
            Input::Path(path) => {
                let bytes = tokio::fs::read(&path).await.map_err(|e| Error::Usage(format!("reading {}: {e}", path.display())))?;
                let filename = path.file_name().map_or("upload".into(), |n| n.to_string_lossy().into_owned());
                Request::upload(upload_path.into(), bytes, filename, &fields)
            }
            Input::Bytes { bytes, filename } => Request::upload(upload_path.into(), bytes, filename, &fields),
        };
        let request = Request { headers, ..request };
        let response = self.send(&request).await?;
        let location = response.headers().get("location").and_then(|v| v.to_str().ok()).map(str::to_owned);
        let job: Job = parse(response).await?;
        if FINISHED.contains(&job.status.to_string().as_str()) {
            return finished(job);
        }
        if options.wait_secs == Some(0) {
            return Ok(job);
        }
        self.wait_for(&job.id, location.as_deref(), options.timeout.unwrap_or(Duration::from_secs(600))).await
    }

    /// Polls a job (its `Location`, else `/v1/jobs/{id}`) until it completes, fails or is
    /// cancelled, at the pace `Retry-After` asks for (else 0.5 s doubling to 5 s).
    pub async fn wait_for(&self, job_id: &str, location: Option<&str>, timeout: Duration) -> Result<Job, Error> {
        // The key goes only to this server: a Location elsewhere is not followed.
        let path = location.filter(|l| l.starts_with('/')).map_or_else(|| format!("/v1/jobs/{job_id}"), str::to_owned);
        let deadline = Instant::now() + timeout;
        let mut pause = Duration::from_millis(500);
        loop {
            let response = self.send(&Request::get(path.clone())).await?;
            let asked = retry_after(&response);
            let job: Job = parse(response).await?;
            if FINISHED.contains(&job.status.to_string().as_str()) {
                return finished(job);
            }
            let now = Instant::now();
            if now >= deadline {
                return Err(Error::Usage(format!("job {job_id} is still {} after {timeout:?}", job.status)));
            }
            tokio::time::sleep(asked.unwrap_or(pause).min(deadline - now)).await;
            pause = (pause * 2).min(Duration::from_secs(5));
        }
    }

    pub async fn get_job(&self, job_id: &str) -> Result<Job, Error> {
        parse(self.send(&Request::get(format!("/v1/jobs/{job_id}"))).await?).await
    }

    /// `GET /v1/jobs` with filters, e.g. `[("media_type", "video"), ("limit", "10")]`.
    pub async fn list_jobs(&self, filters: &[(&str, &str)]) -> Result<JobPage, Error> {
        let query: Vec<String> = filters.iter().map(|(k, v)| format!("{k}={}", urlencode(v))).collect();
        let suffix = if query.is_empty() { String::new() } else { format!("?{}", query.join("&")) };
        parse(self.send(&Request::get(format!("/v1/jobs{suffix}"))).await?).await
    }

    /// One logical request with its retries (see the crate documentation).
    async fn send(&self, request: &Request) -> Result<Response, Error> {
        let started = Instant::now();
        let mut attempt = 0u32;
        loop {
            let mut builder =
                self.http.request(request.method.clone(), format!("{}{}", self.base_url, request.path)).bearer_auth(&self.api_key);
            for (name, value) in &request.headers {
                builder = builder.header(*name, value);
            }
            builder = match &request.body {
                Body::None => builder,
                Body::Json(value) => builder.json(value),
                Body::Upload { bytes, filename, fields } => {
                    let mut form = reqwest::multipart::Form::new()
                        .part("file", reqwest::multipart::Part::bytes(bytes.clone()).file_name(filename.clone()));
                    for (name, value) in fields {
                        form = form.text(name.clone(), value.clone());
                    }
                    builder.multipart(form)
                }
            };
            let response = match builder.send().await {
                Ok(response) => response,
                Err(e) if attempt < self.max_retries => {
                    let _ = e;
                    tokio::time::sleep(self.delay(attempt)).await;
                    attempt += 1;
                    continue;
                }
                Err(e) => return Err(Error::Transport(e)),
            };
            if response.status().is_success() {
                return Ok(response);
            }
            let status = response.status();
            let asked = retry_after(&response);
            let request_id = response.headers().get("x-request-id").and_then(|v| v.to_str().ok()).map(str::to_owned);
            let problem: Value = response.json().await.unwrap_or(Value::Null);
            let code = problem["code"].as_str().map_or_else(|| format!("HTTP_{}", status.as_u16()), str::to_owned);
            if code == "IDEMPOTENCY_IN_PROGRESS" && started.elapsed() < IN_PROGRESS_PATIENCE {
                tokio::time::sleep(self.delay(attempt).min(Duration::from_secs(2))).await;
                continue;
            }
            let retryable = (status == StatusCode::TOO_MANY_REQUESTS || status.is_server_error())
                && !FINAL_CODES.contains(&code.as_str())
                && problem.get("job_id").is_none();
            if retryable && attempt < self.max_retries && asked.is_none_or(|wait| wait <= self.max_backoff) {
                tokio::time::sleep(asked.unwrap_or_else(|| self.delay(attempt))).await;
                attempt += 1;
                continue;
            }
            return Err(Error::Api(Box::new(Problem {
                status: status.as_u16(),
                detail: problem["detail"].as_str().unwrap_or_default().to_owned(),
                request_id: problem["request_id"].as_str().map(str::to_owned).or(request_id),
                job_id: problem["job_id"].as_str().map(str::to_owned),
                code,
                problem,
            })));
        }
    }

    /// Exponential backoff with jitter: between half and all of `backoff * 2^attempt`, capped.
    fn delay(&self, attempt: u32) -> Duration {
        let full = self.backoff.saturating_mul(2u32.saturating_pow(attempt)).min(self.max_backoff);
        full.mul_f64(rand::random_range(0.5..=1.0))
    }
}

enum Body {
    None,
    Json(Value),
    Upload { bytes: Vec<u8>, filename: String, fields: Vec<(String, String)> },
}

struct Request {
    method: Method,
    path: String,
    headers: Vec<(&'static str, String)>,
    body: Body,
}

impl Request {
    fn get(path: String) -> Self {
        Self { method: Method::GET, path, headers: Vec::new(), body: Body::None }
    }

    fn json(path: String, value: Value) -> Self {
        Self { method: Method::POST, path, headers: Vec::new(), body: Body::Json(value) }
    }

    fn upload(path: String, bytes: Vec<u8>, filename: String, fields: &[(&str, String)]) -> Self {
        let fields = fields.iter().map(|(k, v)| ((*k).to_owned(), v.clone())).collect();
        Self { method: Method::POST, path, headers: Vec::new(), body: Body::Upload { bytes, filename, fields } }
    }
}

/// `Retry-After` as a duration: seconds, or an HTTP date.
fn retry_after(response: &Response) -> Option<Duration> {
    let value = response.headers().get("retry-after")?.to_str().ok()?.trim();
    if let Ok(secs) = value.parse::<f64>() {
        return (secs.is_finite() && secs >= 0.0).then(|| Duration::from_secs_f64(secs));
    }
    let when = httpdate::parse_http_date(value).ok()?;
    Some(when.duration_since(std::time::SystemTime::now()).unwrap_or_default())
}

async fn parse<T: serde::de::DeserializeOwned>(response: Response) -> Result<T, Error> {
    let bytes = response.bytes().await.map_err(Error::Transport)?;
    serde_json::from_slice(&bytes).map_err(|e| Error::Usage(format!("an answer this SDK cannot read: {e}")))
}

fn finished(job: Job) -> Result<Job, Error> {
    if job.status.to_string() != "failed" {
        return Ok(job);
    }
    let (code, detail) =
        job.error.as_ref().map_or(("ANALYSIS_FAILED".to_owned(), "the job failed".to_owned()), |e| (e.code.clone(), e.message.clone()));
    Err(Error::Api(Box::new(Problem { status: 422, code, detail, request_id: None, job_id: Some(job.id.clone()), problem: Value::Null })))
}

fn urlencode(value: &str) -> String {
    value
        .bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}
