//! The SDKs against a real server: each language's live flow (`sdks/<lang>/tests/`) signs up,
//! makes a key and a webhook endpoint, detects an image, a video and text, lists jobs, reads the
//! balance, meets a typed 402, verifies a webhook received on loopback, and proves retries and
//! idempotency through a misbehaving proxy. One server for the suite; ai-media jobs are priced
//! above a new organisation's credits so the 402 is reachable at once.

use std::process::Stdio;
use std::time::Duration;

use tokio::process::Command;

use crate::support::app::{AppOptions, spawn_app_with};
use crate::support::{repo_root, tool};

const BUDGET: Duration = Duration::from_secs(300);

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_python_sdk_runs_the_whole_flow() {
    let app = spawn_app_with(AppOptions {
        tweak: Some(Box::new(|config| {
            config.webhooks.allow_http = true;
            config.webhooks.allow_loopback = true;
            config.billing.pricing.ai_media = 1000;
        })),
        ..AppOptions::default()
    })
    .await;
    let root = repo_root();
    let mut flow = Command::new(tool("VERACITY_PYTHON", "python"));
    flow.current_dir(&root)
        .arg("sdks/python/tests/live_flow.py")
        .env("PYTHONPATH", root.join("sdks/python"))
        .env("PYTHONDONTWRITEBYTECODE", "1")
        .env("VERACITY_BASE_URL", app.url(""))
        .env_remove("VERACITY_API_KEY")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .kill_on_drop(true);
    let output = tokio::time::timeout(BUDGET, flow.output()).await.expect("the flow finished in time").expect("run python");
    let report = format!("{}\n{}", String::from_utf8_lossy(&output.stdout), String::from_utf8_lossy(&output.stderr));
    assert!(output.status.success(), "the Python SDK flow failed:\n{report}");
    assert!(report.contains("python flow: done"), "{report}");
    app.stop().await;
}
