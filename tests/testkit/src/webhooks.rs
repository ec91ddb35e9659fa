//! A webhook receiver on loopback for the tests and benchmarks: records every request it gets
//! (headers, body, when, what it answered), answers as each path is told to, and verifies the
//! recorded deliveries with the Standard Webhooks reference library (`scripts/verify-webhooks`).

use std::collections::{HashMap, VecDeque};
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use poem::listener::{Acceptor, Listener, TcpListener};
use poem::web::{Data, Path};
use poem::{EndpointExt, Request, Response, Route, Server, handler, post};
use serde_json::{Value, json};
use tokio::sync::Notify;
use tokio_util::sync::CancellationToken;

use crate::{repo_root, tool};

/// How a path answers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Answer {
    Status(u16),
    /// Never answers (until the receiver stops).
    Hang,
}

/// One request the receiver got.
#[derive(Debug, Clone)]
pub struct Received {
    pub path: String,
    pub headers: HashMap<String, String>,
    pub body: String,
    pub at: Instant,
    /// The wall-clock time it arrived, to compare with times the service reports.
    pub arrived: std::time::SystemTime,
    pub answered: Answer,
}

impl Received {
    pub fn header(&self, name: &str) -> &str {
        self.headers.get(name).map(String::as_str).unwrap_or_default()
    }

    pub fn json(&self) -> Value {
        serde_json::from_str(&self.body).expect("a webhook body is JSON")
    }
}

#[derive(Default)]
struct Inner {
    received: Vec<Received>,
    /// Answers queued per path, then the default per path (200).
    scripts: HashMap<String, VecDeque<Answer>>,
    defaults: HashMap<String, Answer>,
}

#[derive(Clone)]
struct Shared {
    inner: Arc<Mutex<Inner>>,
    arrived: Arc<Notify>,
    stop: CancellationToken,
}

#[handler]
async fn receive(req: &Request, Path(path): Path<String>, body: String, Data(shared): Data<&Shared>) -> Response {
    let headers = req.headers().iter().map(|(k, v)| (k.as_str().to_owned(), v.to_str().unwrap_or_default().to_owned())).collect();
    let answer = {
        let mut inner = shared.inner.lock().unwrap();
        let scripted = inner.scripts.get_mut(&path).and_then(VecDeque::pop_front);
        let answer = scripted.or_else(|| inner.defaults.get(&path).copied()).unwrap_or(Answer::Status(200));
        inner.received.push(Received {
            path: path.clone(),
            headers,
            body,
            at: Instant::now(),
            arrived: std::time::SystemTime::now(),
            answered: answer,
        });
        answer
    };
    shared.arrived.notify_waiters();
    match answer {
        Answer::Status(code) => {
            Response::builder().status(poem::http::StatusCode::from_u16(code).unwrap()).body(format!("answered {code}"))
        }
        Answer::Hang => {
            shared.stop.cancelled().await;
            Response::builder().status(poem::http::StatusCode::SERVICE_UNAVAILABLE).finish()
        }
    }
}

/// The receiver: POST `http://127.0.0.1:<port>/<path>`.
pub struct Receiver {
    pub addr: SocketAddr,
    shared: Shared,
}

impl Receiver {
    pub async fn start() -> Receiver {
        let acceptor = TcpListener::bind("127.0.0.1:0").into_acceptor().await.expect("bind the receiver");
        let addr = acceptor.local_addr()[0].as_socket_addr().copied().expect("a socket address");
        let shared = Shared { inner: Arc::default(), arrived: Arc::new(Notify::new()), stop: CancellationToken::new() };
        let app = Route::new().at("/*path", post(receive)).data(shared.clone());
        let stop = shared.stop.clone();
        tokio::spawn(async move {
            let _ = Server::new_with_acceptor(acceptor)
                .run_with_graceful_shutdown(app, stop.cancelled_owned(), Some(Duration::from_secs(1)))
                .await;
        });
        Receiver { addr, shared }
    }

    pub fn url(&self, path: &str) -> String {
        format!("http://{}/{path}", self.addr)
    }

    /// The next answers of `path`, in order; then its default.
    pub fn script(&self, path: &str, answers: &[Answer]) {
        self.shared.inner.lock().unwrap().scripts.entry(path.to_owned()).or_default().extend(answers.iter().copied());
    }

    /// How `path` answers once its script is used up (200 unless told).
    pub fn answer(&self, path: &str, answer: Answer) {
        self.shared.inner.lock().unwrap().defaults.insert(path.to_owned(), answer);
    }

    pub fn received(&self, path: &str) -> Vec<Received> {
        self.shared.inner.lock().unwrap().received.iter().filter(|r| r.path == path).cloned().collect()
    }

    /// Waits until `path` has received `count` requests, failing the test after `limit`.
    pub async fn wait_for(&self, path: &str, count: usize, limit: Duration) -> Vec<Received> {
        let deadline = tokio::time::Instant::now() + limit;
        loop {
            let arrived = self.shared.arrived.notified();
            let got = self.received(path);
            if got.len() >= count {
                return got;
            }
            let left = deadline.saturating_duration_since(tokio::time::Instant::now());
            assert!(!left.is_zero(), "{path} received {} of {count} requests within {limit:?}", got.len());
            let _ = tokio::time::timeout(left.min(Duration::from_millis(200)), arrived).await;
        }
    }

    pub fn stop(&self) {
        self.shared.stop.cancel();
    }
}

impl Drop for Receiver {
    fn drop(&mut self) {
        self.shared.stop.cancel();
    }
}

/// Verifies `deliveries` with `secret` through the Standard Webhooks reference library: one
/// `Ok(type)` or `Err(why)` per delivery.
pub fn verify_with_reference(secret: &str, deliveries: &[Received]) -> Vec<Result<String, String>> {
    use std::io::Write;
    let request = json!({
        "secret": secret,
        "deliveries": deliveries.iter().map(|d| json!({"headers": d.headers, "body": d.body})).collect::<Vec<_>>(),
    });
    let mut child = std::process::Command::new(tool("VERACITY_PYTHON", "python"))
        .arg(repo_root().join("scripts/verify-webhooks"))
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("run scripts/verify-webhooks with the project's Python (scripts/bootstrap installs standardwebhooks)");
    child.stdin.take().unwrap().write_all(request.to_string().as_bytes()).unwrap();
    let output = child.wait_with_output().unwrap();
    assert!(output.status.success(), "scripts/verify-webhooks failed");
    let results: Vec<Value> = serde_json::from_slice(&output.stdout).expect("the verifier prints JSON");
    results
        .into_iter()
        .map(|r| {
            if r["ok"].as_bool() == Some(true) {
                Ok(r["type"].as_str().unwrap_or_default().to_owned())
            } else {
                Err(r["error"].as_str().unwrap_or_default().to_owned())
            }
        })
        .collect()
}
