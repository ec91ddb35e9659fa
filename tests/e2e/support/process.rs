//! Child processes of the tests: the testkit's, and the `veracity` binary Cargo built for them.

use std::path::Path;
use std::process::{Command, Stdio};

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
        .env("VERACITY_WEBHOOKS_SECRET_KEY", config.webhooks.secret_key.as_ref().unwrap().expose())
        .env("VERACITY_WEBHOOKS_QUEUE_STREAM", &config.webhooks.queue_stream)
        .env("VERACITY_WEBHOOKS_QUEUE_SUBJECT_PREFIX", &config.webhooks.queue_subject_prefix)
        .env("VERACITY_WEBHOOKS_ALLOW_HTTP", config.webhooks.allow_http.to_string())
        .env("VERACITY_WEBHOOKS_ALLOW_LOOPBACK", config.webhooks.allow_loopback.to_string())
        .env("VERACITY_WEBHOOKS_ACK_WAIT_SECS", config.webhooks.ack_wait_secs.to_string())
        .env("VERACITY_WEBHOOKS_RETRY_SCHEDULE_MS", format!("{:?}", config.webhooks.retry_schedule_ms))
        .env("VERACITY_LOG_LEVEL", "info")
        .stdout(Stdio::null())
        .stderr(std::fs::File::create(log).unwrap());
    command
}
