//! The SDKs against a real server: each language's live flow (`sdks/<lang>/tests/`) signs up,
//! makes a key and a webhook endpoint, detects an image, a video and text, lists jobs, reads the
//! balance, meets a typed 402, verifies a webhook received on loopback, and proves retries and
//! idempotency through a misbehaving proxy. One `veracity serve` for the suite; ai-media jobs
//! are priced above a new organisation's credits so the 402 is reachable at once.

use std::process::Stdio;
use std::time::Duration;

use tokio::process::Command;

use crate::support::process::start_serve_with;
use crate::support::{repo_root, tool};

/// Per flow; the Rust one may have to build the SDK first when run outside `make test`.
const BUDGET: Duration = Duration::from_secs(600);

/// Runs one flow to its end and fails the test with its output unless it said `done`.
async fn run_flow(mut flow: Command, language: &str) {
    flow.stdout(Stdio::piped()).stderr(Stdio::piped()).kill_on_drop(true).env_remove("VERACITY_API_KEY");
    let output = tokio::time::timeout(BUDGET, flow.output()).await.expect("the flow finished in time").expect("run the flow");
    let report = format!("{}\n{}", String::from_utf8_lossy(&output.stdout), String::from_utf8_lossy(&output.stderr));
    assert!(output.status.success(), "the {language} SDK flow failed:\n{report}");
    assert!(report.contains(&format!("{language} flow: done")), "{report}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_python_typescript_and_rust_sdks_run_the_whole_flow() {
    // `veracity serve` as `make run` starts it (from this thread: the child dies with the thread
    // that spawned it), webhooks allowed on loopback, ai-media jobs dearer than the free credits.
    let config = "[webhooks]\nallow_http = true\nallow_loopback = true\n\n[billing.pricing]\nai_media = 1000\n";
    let dir = tempfile::tempdir().unwrap();
    let (serve, addr) = start_serve_with(dir.path(), "info", Some(config));
    let base = format!("http://{addr}");
    let root = repo_root();

    let mut python = Command::new(tool("VERACITY_PYTHON", "python"));
    python
        .current_dir(&root)
        .arg("sdks/python/tests/live_flow.py")
        .env("PYTHONPATH", root.join("sdks/python"))
        .env("PYTHONDONTWRITEBYTECODE", "1")
        .env("VERACITY_BASE_URL", &base);
    run_flow(python, "python").await;

    // TypeScript: bundled by the SDK's pinned esbuild (type-checked by scripts/check-sdks), run by node.
    let bundle = tempfile::tempdir().unwrap();
    let script = bundle.path().join("live-flow.mjs");
    let typescript = root.join("sdks/typescript");
    let built = std::process::Command::new(typescript.join("node_modules/.bin/esbuild"))
        .current_dir(&typescript)
        .args(["tests/live-flow.ts", "--bundle", "--platform=node", "--format=esm", "--target=node20", "--log-level=warning"])
        .arg(format!("--outfile={}", script.display()))
        .status()
        .expect("run esbuild (scripts/bootstrap installs it in sdks/typescript/node_modules)");
    assert!(built.success(), "esbuild could not bundle the TypeScript flow");
    let mut node = Command::new("node");
    node.current_dir(&root).arg(&script).env("VERACITY_BASE_URL", &base).env("VERACITY_ROOT", &root);
    run_flow(node, "typescript").await;

    // Rust: the SDK crate's example, built in its own target folder (scripts/check-sdks builds
    // it first in `make test`, so this only runs it).
    let mut rust = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()));
    rust.current_dir(&root)
        .args(["run", "--quiet", "--manifest-path", "sdks/rust/Cargo.toml", "--example", "live_flow"])
        .env("CARGO_TARGET_DIR", root.join("target/sdk-rust"))
        .env("VERACITY_BASE_URL", &base)
        .env("VERACITY_ROOT", &root);
    run_flow(rust, "rust").await;
    drop(serve);
}
