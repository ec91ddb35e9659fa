//! The harness the end-to-end tests and the benchmarks share: real servers (nats-server,
//! PostgreSQL, moto's S3) started per test, and `spawn_app`, the real application on
//! 127.0.0.1:0 with its own data dir, stream and database, with helpers to sign up, create keys
//! and submit media.

pub mod accounts;
pub mod app;
pub mod billing;
pub mod detection;
pub mod load;
pub mod moto;
pub mod nats;
pub mod postgres;
pub mod process;
pub mod read_models;
pub mod webhooks;

use std::path::PathBuf;
use std::time::Duration;

pub use app::{AppOptions, Database, TestApp, spawn_app, spawn_app_with};

/// The repository root.
pub fn repo_root() -> PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).ancestors().nth(2).expect("tests/testkit sits two folders down").to_path_buf()
}

/// A tool from the project's venv, unless an environment variable names another.
pub fn tool(env_var: &str, venv_name: &str) -> PathBuf {
    if let Ok(path) = std::env::var(env_var) {
        return path.into();
    }
    let venv = repo_root().join(".venv/bin").join(venv_name);
    if venv.exists() { venv } else { venv_name.into() }
}

/// A short unique token for stream names, subjects and database names.
pub fn unique(prefix: &str) -> String {
    format!("{prefix}{}", &uuid::Uuid::new_v4().simple().to_string()[..12])
}

/// Polls `probe` every 50 ms until it returns `Some`, failing the test after `limit`.
pub async fn eventually<T, F, Fut>(what: &str, limit: Duration, mut probe: F) -> T
where
    F: FnMut() -> Fut,
    Fut: Future<Output = Option<T>>,
{
    let deadline = tokio::time::Instant::now() + limit;
    loop {
        if let Some(value) = probe().await {
            return value;
        }
        assert!(tokio::time::Instant::now() < deadline, "timed out after {limit:?} waiting for {what}");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// Installs the rustls provider the binary installs in `main` (see DEPENDENCIES.md gotcha 1).
pub fn init() {
    let _ = rustls::crypto::aws_lc_rs::default_provider().install_default();
}
