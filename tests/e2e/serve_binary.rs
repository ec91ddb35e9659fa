//! The real `veracity` binary, as `make run` starts it: embedded defaults in an empty directory.

use std::path::Path;
use std::process::{Command, Output};
use std::time::{Duration, Instant};

use crate::support::process::{ChildGuard, children_named, process_alive, start_serve_with, veracity_command};

const BIN: &str = env!("CARGO_BIN_EXE_veracity");

/// Starts `veracity serve` with the embedded defaults and returns it with its address.
fn start_serve(dir: &Path) -> (ChildGuard, String) {
    start_serve_with(dir, "info", None)
}

fn wait_until(what: &str, limit: Duration, mut done: impl FnMut() -> bool) {
    let deadline = Instant::now() + limit;
    while !done() {
        assert!(Instant::now() < deadline, "timed out after {limit:?} waiting for {what}");
        std::thread::sleep(Duration::from_millis(50));
    }
}

fn run(command: &mut Command) -> Output {
    let output = command.output().unwrap();
    assert!(
        output.status.success(),
        "{command:?} failed:\n{}\n{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    output
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn serve_answers_then_stops_cleanly_on_sigint() {
    let dir = tempfile::tempdir().unwrap();
    let (mut serve, addr) = start_serve(dir.path());
    let health = reqwest::Client::new().get(format!("http://{addr}/healthz")).header("x-request-id", "e2e-log-check").send().await.unwrap();
    assert_eq!(health.status(), 200);
    assert_eq!(reqwest::get(format!("http://{addr}/readyz")).await.unwrap().status(), 200);
    for path in ["data/veracity.db", "data/blobs", "data/nats/jetstream"] {
        assert!(dir.path().join(path).exists(), "embedded default creates {path}");
    }
    let nats = children_named(serve.id(), "nats-server");
    assert_eq!(nats.len(), 1, "serve runs one managed nats-server");

    // SAFETY: signalling our own child.
    unsafe { libc::kill(serve.id() as libc::pid_t, libc::SIGINT) };
    let mut status = None;
    wait_until("serve to exit after SIGINT", Duration::from_secs(30), || {
        status = serve.0.try_wait().unwrap();
        status.is_some()
    });
    assert!(status.unwrap().success(), "clean exit: {status:?}");
    assert!(!process_alive(nats[0]), "no nats-server is left behind");

    // JSON logs, and the request's lines carry its id.
    let log = std::fs::read_to_string(dir.path().join("serve.log")).unwrap();
    let lines: Vec<serde_json::Value> = log.lines().map(|l| serde_json::from_str(l).expect("every line is JSON")).collect();
    let served = lines
        .iter()
        .find(|l| l["message"] == "request served" && l["span"]["request_id"] == "e2e-log-check")
        .unwrap_or_else(|| panic!("no log line for the request:\n{log}"));
    assert_eq!(served["route"], "/healthz");

    // One-off commands on the same data, with serve stopped: they manage their own nats-server.
    let rebuilt = run(veracity_command(dir.path()).args(["projections", "rebuild"]));
    assert!(String::from_utf8_lossy(&rebuilt.stdout).contains("rebuilt aggregate_catalog"));
    let listed = String::from_utf8(run(veracity_command(dir.path()).args(["projections", "list"])).stdout).unwrap();
    let row = listed.lines().find(|l| l.starts_with("aggregate_catalog")).unwrap_or_else(|| panic!("{listed}"));
    let columns: Vec<&str> = row.split_whitespace().collect();
    assert_eq!(columns[2], "0", "nothing behind the log after a rebuild: {listed}");
    let migrated = run(veracity_command(dir.path()).arg("migrate"));
    assert!(String::from_utf8_lossy(&migrated.stdout).contains("up to date"));
}

/// Signs up, logs in, refreshes, invites, creates, uses and rotates a key and fails a login
/// against the real binary with debug logging, then searches everything it logged for the
/// secrets that passed through it.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn no_secret_reaches_the_logs() {
    use serde_json::{Value, json};

    use crate::support::accounts::FetchJson;
    let dir = tempfile::tempdir().unwrap();
    let (mut serve, addr) = start_serve_with(dir.path(), "debug", None);
    let http = reqwest::Client::new();
    let url = |path: &str| format!("http://{addr}{path}");
    let password = "a secret passphrase 7f3c9a";
    let wrong = "wrong passphrase 2b8e41d0";
    let signup: Value = http
        .post(url("/v1/auth/signup"))
        .json(&json!({"organization_name": "Log Check", "email": "logs@example.com", "password": password}))
        .fetch()
        .await;
    let access = signup["access_token"].as_str().unwrap().to_owned();
    let failed = http.post(url("/v1/auth/login")).json(&json!({"email": "logs@example.com", "password": wrong})).send().await.unwrap();
    assert_eq!(failed.status(), 401);
    let login: Value = http.post(url("/v1/auth/login")).json(&json!({"email": "logs@example.com", "password": password})).fetch().await;
    let refresh = login["refresh_token"].as_str().unwrap().to_owned();
    let refreshed: Value = http.post(url("/v1/auth/refresh")).json(&json!({"refresh_token": refresh})).fetch().await;
    let invite: Value =
        http.post(url("/v1/members")).bearer_auth(&access).json(&json!({"email": "second@example.com", "role": "developer"})).fetch().await;
    let created: Value = http.post(url("/v1/api-keys")).bearer_auth(&access).json(&json!({"name": "log check"})).fetch().await;
    let key = created["secret"].as_str().unwrap().to_owned();
    assert_eq!(http.get(url("/v1/usage")).header("x-api-key", &key).send().await.unwrap().status(), 200);
    assert_eq!(http.get(url("/v1/usage")).bearer_auth(&key).send().await.unwrap().status(), 200);
    let rotate_path = format!("/v1/api-keys/{}/rotate", created["key"]["id"].as_str().unwrap());
    let rotated: Value = http.post(url(&rotate_path)).bearer_auth(&access).fetch().await;
    // Webhook signing secrets: an endpoint's (made, rotated) and the callback secret.
    let endpoint: Value =
        http.post(url("/v1/webhooks")).bearer_auth(&access).json(&json!({"url": "https://hooks.example.com/veracity"})).fetch().await;
    let endpoint_id = endpoint["endpoint"]["id"].as_str().unwrap_or_else(|| panic!("{endpoint}"));
    let webhook_rotated: Value = http.post(url(&format!("/v1/webhooks/{endpoint_id}/rotate-secret"))).bearer_auth(&access).fetch().await;
    let callback: Value = http.get(url("/v1/webhooks/callback-secret")).bearer_auth(&access).fetch().await;

    // SAFETY: signalling our own child.
    unsafe { libc::kill(serve.id() as libc::pid_t, libc::SIGINT) };
    wait_until("serve to exit", Duration::from_secs(30), || serve.0.try_wait().unwrap().is_some());
    let log = std::fs::read_to_string(dir.path().join("serve.log")).unwrap();
    assert!(log.lines().count() > 20, "debug logging produced lines:\n{log}");
    assert!(log.contains("/v1/auth/login"), "requests are logged");
    let jwt_key = std::fs::read_to_string(dir.path().join("data/jwt.secret")).unwrap();
    let secrets = [
        ("password", password.to_owned()),
        ("failed password", wrong.to_owned()),
        ("access token", access.clone()),
        ("access token signature", access.rsplit('.').next().unwrap().to_owned()),
        ("refresh token", refresh.clone()),
        ("rotated refresh token", refreshed["refresh_token"].as_str().unwrap().to_owned()),
        ("invitation", invite["invitation_token"].as_str().unwrap().to_owned()),
        ("API key", key.clone()),
        ("API key body", key["vk_live_".len()..].to_owned()),
        ("rotated API key", rotated["secret"].as_str().unwrap().to_owned()),
        ("JWT signing key", jwt_key.trim().to_owned()),
        ("webhook secret", endpoint["secret"].as_str().unwrap().to_owned()),
        ("rotated webhook secret", webhook_rotated["secret"].as_str().unwrap().to_owned()),
        ("callback secret", callback["secret"].as_str().unwrap().to_owned()),
        ("webhook sealing key", std::fs::read_to_string(dir.path().join("data/webhook.key")).unwrap().trim().to_owned()),
    ];
    for (what, secret) in &secrets {
        assert!(!log.contains(secret.as_str()), "the {what} appears in the log");
    }
    // Nor in the stored data: the event log's files and the read-model database hold the
    // webhook secrets sealed, never in clear.
    let mut files = vec![dir.path().join("data")];
    let mut stored = 0;
    while let Some(path) = files.pop() {
        if path.is_dir() {
            files.extend(std::fs::read_dir(&path).unwrap().map(|e| e.unwrap().path()));
            continue;
        }
        if path.ends_with("webhook.key") {
            continue;
        }
        let bytes = std::fs::read(&path).unwrap();
        stored += bytes.len();
        for (what, secret) in secrets.iter().filter(|(what, _)| what.contains("webhook") || what.contains("callback")) {
            let body = secret.trim_start_matches("whsec_").as_bytes();
            assert!(!bytes.windows(body.len()).any(|w| w == body), "the {what} is stored in clear in {}", path.display());
        }
    }
    assert!(stored > 10_000, "the data directory holds the event log and the database ({stored} bytes)");
}

#[test]
fn a_killed_serve_takes_its_nats_server_with_it() {
    let dir = tempfile::tempdir().unwrap();
    let (mut serve, _) = start_serve(dir.path());
    let nats = children_named(serve.id(), "nats-server");
    assert_eq!(nats.len(), 1);
    serve.kill(); // SIGKILL: no chance to clean up
    wait_until("the orphaned nats-server to exit", Duration::from_secs(10), || !process_alive(nats[0]));
}

/// The managed nats-server listens on loopback and refuses clients without the password
/// generated for the run, which only the owner can read.
#[test]
fn the_managed_nats_server_wants_its_generated_password() {
    use std::io::{Read, Write};
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let (_serve, _) = start_serve(dir.path());
    let url_file = dir.path().join("data/nats/client.url");
    let url = std::fs::read_to_string(&url_file).unwrap();
    for file in [&url_file, &dir.path().join("data/nats/nats-server.conf")] {
        assert_eq!(std::fs::metadata(file).unwrap().permissions().mode() & 0o777, 0o600, "{}", file.display());
    }
    let (credentials, addr) = url.trim().trim_start_matches("nats://").rsplit_once('@').expect("credentials in the URL");
    assert!(credentials.starts_with("veracity:") && credentials.len() > 40, "a generated password");
    assert!(addr.starts_with("127.0.0.1:"), "loopback only: {addr}");
    let mut stream = std::net::TcpStream::connect(addr).unwrap();
    stream.set_read_timeout(Some(Duration::from_secs(5))).unwrap();
    stream.write_all(b"CONNECT {\"verbose\":false,\"pedantic\":false}\r\nPING\r\n").unwrap();
    let mut answer = String::new();
    let mut buffer = [0u8; 4096];
    while !answer.contains("-ERR") && !answer.contains("PONG") {
        let read = stream.read(&mut buffer).unwrap();
        if read == 0 {
            break;
        }
        answer.push_str(&String::from_utf8_lossy(&buffer[..read]));
    }
    assert!(answer.contains("Authorization Violation") && !answer.contains("PONG"), "{answer}");

    // An operator command in the same directory uses the running server, with its password.
    let listed = run(veracity_command(dir.path()).args(["jobs", "dead-letters"]));
    assert!(String::from_utf8_lossy(&listed.stdout).contains("no dead letters"));
    assert_eq!(std::fs::read_to_string(&url_file).unwrap(), url, "no second server replaced it");
}

#[test]
fn bad_configuration_is_refused_with_every_reason() {
    let dir = tempfile::tempdir().unwrap();
    let output = veracity_command(dir.path())
        .arg("serve")
        .env("VERACITY_HTTP_BIND", "everywhere")
        .env("VERACITY_BLOBS_BACKEND", "s3")
        .output()
        .unwrap();
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("invalid configuration"), "{stderr}");
    assert!(stderr.contains("http.bind `everywhere`"), "{stderr}");
    assert!(stderr.contains("s3.bucket"), "{stderr}");
    assert!(!dir.path().join("data").exists(), "nothing is started on a bad configuration");
}

#[test]
fn production_roles_require_nats_url() {
    let dir = tempfile::tempdir().unwrap();
    let output = veracity_command(dir.path()).arg("api").output().unwrap();
    assert!(!output.status.success());
    assert!(String::from_utf8_lossy(&output.stderr).contains("VERACITY_NATS_URL"));
}

#[test]
fn openapi_command_prints_the_spec() {
    let output = run(Command::new(BIN).arg("openapi"));
    assert_eq!(String::from_utf8(output.stdout).unwrap(), veracity_api::spec_json());
}

#[test]
fn config_command_hides_secrets() {
    let dir = tempfile::tempdir().unwrap();
    let output = run(veracity_command(dir.path())
        .arg("config")
        .env("VERACITY_DATABASE_URL", "postgres://app:hunter2@db/veracity")
        .env("VERACITY_S3_ACCESS_KEY_ID", "AKIA")
        .env("VERACITY_S3_SECRET_ACCESS_KEY", "hunter2"));
    let shown = String::from_utf8(output.stdout).unwrap();
    assert!(!shown.contains("hunter2"), "{shown}");
    assert!(shown.contains("postgres://app:***@db/veracity"), "{shown}");
}
