//! Child processes of the tests: the testkit's, and the `veracity` binary Cargo built for them.

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

use veracity::config::Config;

pub use veracity_testkit::process::*;

/// The `veracity` binary of this build, run in `dir` (see [`veracity_command_at`]).
pub fn veracity_command(dir: &Path) -> Command {
    veracity_command_at(Path::new(env!("CARGO_BIN_EXE_veracity")), dir)
}

/// A `veracity` operator command (`admin`, `jobs`, …) on the app's NATS and database.
pub fn operator_command(config: &Config, dir: &Path) -> Command {
    let mut command = veracity_command(dir);
    command
        .env("VERACITY_DATABASE_URL", config.database.url.expose())
        .env("VERACITY_NATS_URL", config.nats.url.as_ref().unwrap().expose())
        .env("VERACITY_NATS_STREAM", &config.nats.stream)
        .env("VERACITY_NATS_SUBJECT_PREFIX", &config.nats.subject_prefix)
        .env("VERACITY_DETECTION_QUEUE_STREAM", &config.detection.queue_stream)
        .env("VERACITY_DETECTION_QUEUE_SUBJECT_PREFIX", &config.detection.queue_subject_prefix)
        .env("VERACITY_DETECTION_SLOTS_BUCKET", &config.detection.slots_bucket)
        .env("VERACITY_NATS_IDEMPOTENCY_BUCKET", &config.nats.idempotency_bucket);
    command
}

/// `veracity worker` in its own process, on the app's NATS, database, blobs and models.
pub fn start_worker(config: &Config, log: &Path) -> ChildGuard {
    ChildGuard::spawn(&mut worker_command(config, log)).unwrap()
}

/// [`start_worker`] with its data memory capped at `bytes` (see
/// [`ChildGuard::spawn_with_memory_limit`]).
pub fn start_worker_with_memory_limit(config: &Config, log: &Path, bytes: u64) -> ChildGuard {
    ChildGuard::spawn_with_memory_limit(&mut worker_command(config, log), bytes).unwrap()
}

fn worker_command(config: &Config, log: &Path) -> Command {
    let mut command = veracity_command(log.parent().unwrap());
    let d = &config.detection;
    command
        .arg("worker")
        .env("VERACITY_NATS_URL", config.nats.url.as_ref().unwrap().expose())
        .env("VERACITY_NATS_STREAM", &config.nats.stream)
        .env("VERACITY_NATS_SUBJECT_PREFIX", &config.nats.subject_prefix)
        .env("VERACITY_NATS_IDEMPOTENCY_BUCKET", &config.nats.idempotency_bucket)
        .env("VERACITY_DATABASE_URL", config.database.url.expose())
        .env("VERACITY_BLOBS_DIR", &config.blobs.dir)
        .env("VERACITY_MODELS_DIR", &config.models.dir)
        .env("VERACITY_DETECTION_QUEUE_STREAM", &d.queue_stream)
        .env("VERACITY_DETECTION_QUEUE_SUBJECT_PREFIX", &d.queue_subject_prefix)
        .env("VERACITY_DETECTION_SLOTS_BUCKET", &d.slots_bucket)
        .env("VERACITY_DETECTION_ACK_WAIT_SECS", d.ack_wait_secs.to_string())
        .env("VERACITY_DETECTION_MAX_JOB_STARTS", d.max_job_starts.to_string())
        .env("VERACITY_DETECTION_PURGE_INTERVAL_MS", d.purge_interval_ms.to_string())
        .env("VERACITY_DETECTION_SWEEP_INTERVAL_SECS", d.sweep_interval_secs.to_string())
        .env("VERACITY_DETECTION_SWEEP_GRACE_SECS", d.sweep_grace_secs.to_string())
        .env("VERACITY_NATS_REPLICAS", config.nats.replicas.to_string())
        .env("VERACITY_WEBHOOKS_SECRET_KEY", config.webhooks.secret_key.as_ref().unwrap().expose())
        .env("VERACITY_WEBHOOKS_QUEUE_STREAM", &config.webhooks.queue_stream)
        .env("VERACITY_WEBHOOKS_QUEUE_SUBJECT_PREFIX", &config.webhooks.queue_subject_prefix)
        .env("VERACITY_WEBHOOKS_ALLOW_HTTP", config.webhooks.allow_http.to_string())
        .env("VERACITY_WEBHOOKS_ALLOW_LOOPBACK", config.webhooks.allow_loopback.to_string())
        .env("VERACITY_WEBHOOKS_ACK_WAIT_SECS", config.webhooks.ack_wait_secs.to_string())
        .env("VERACITY_WEBHOOKS_RETRY_SCHEDULE_MS", format!("{:?}", config.webhooks.retry_schedule_ms))
        .env("VERACITY_LOG_LEVEL", "info")
        // Its own listener on a free port (the address is in the log), so workers can run side
        // by side.
        .env("VERACITY_WORKER_OPS_BIND", "127.0.0.1:0")
        .stdout(Stdio::null())
        .stderr(std::fs::File::create(log).unwrap());
    command
}

/// Starts `veracity serve`, as `make run` does, in `dir` (its `data/` goes there) on a free
/// loopback port, with `config` as its `veracity.toml` when given; returns it with the address
/// it printed. Its log is `dir/serve.log` (JSON lines).
pub fn start_serve_with(dir: &Path, log_level: &str, config: Option<&str>) -> (ChildGuard, String) {
    if let Some(config) = config {
        std::fs::write(dir.join("veracity.toml"), config).unwrap();
    }
    let log = std::fs::File::create(dir.join("serve.log")).unwrap();
    let mut child = ChildGuard::spawn(
        veracity_command(dir)
            .arg("serve")
            .env("VERACITY_HTTP_BIND", "127.0.0.1:0")
            .env("VERACITY_LOG_FORMAT", "json")
            .env("VERACITY_LOG_LEVEL", log_level)
            // `serve` runs in a temp dir here; the models are the repository's.
            .env("VERACITY_MODELS_DIR", Path::new(env!("CARGO_MANIFEST_DIR")).join("models"))
            .stdout(Stdio::piped())
            .stderr(log),
    )
    .unwrap();
    let stdout = child.0.stdout.take().unwrap();
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            if let Some(rest) = line.split("listening on http://").nth(1) {
                let _ = tx.send(rest.split_whitespace().next().unwrap_or_default().to_owned());
            }
        }
    });
    let addr = rx
        .recv_timeout(Duration::from_secs(60))
        .unwrap_or_else(|_| panic!("serve printed no address; its log:\n{}", std::fs::read_to_string(dir.join("serve.log")).unwrap()));
    (child, addr)
}
