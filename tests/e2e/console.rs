//! The web console in a real browser: Debian's Chromium, driven by Playwright
//! (`tests/browser/console_flow.py`), against `veracity serve` (the binary, as `make run`
//! starts it) with the fake Stripe's hosted Checkout. Screenshots of every page (desktop and
//! 375 px) are written to `target/test-artifacts/console/`.

use std::process::Stdio;
use std::time::Duration;

use tokio::process::Command;

use crate::support::process::start_serve_with;
use crate::support::stripe::FakeStripe;
use crate::support::{repo_root, tool};

/// The whole flow, every page audited twice; about a minute on two cores.
const BUDGET: Duration = Duration::from_secs(600);

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_console_works_in_a_browser_under_its_content_security_policy() {
    let stripe = FakeStripe::start().await;
    // `veracity serve` as `make run` starts it, with Stripe pointed at the fake and webhooks
    // allowed on loopback (the webhook page adds an endpoint there; nothing answers).
    let config = format!("{}\n[webhooks]\nallow_http = true\nallow_loopback = true\n", stripe.billing_toml_for_browsers());
    let dir = tempfile::tempdir().unwrap();
    // Started from the test's own thread: the child dies with the thread that spawned it
    // (PR_SET_PDEATHSIG), and a blocking-pool thread may end before the test does.
    let (serve, addr) = start_serve_with(dir.path(), "info", Some(&config));
    let base = format!("http://{addr}");
    stripe.host_checkout(base.clone());
    let root = repo_root();
    let artifacts = root.join("target/test-artifacts/console");
    let _ = std::fs::remove_dir_all(&artifacts);

    let mut flow = Command::new(tool("VERACITY_PYTHON", "python"));
    flow.current_dir(&root)
        .arg("tests/browser/console_flow.py")
        .env("VERACITY_BASE_URL", &base)
        .env("VERACITY_ROOT", &root)
        .env("VERACITY_ARTIFACTS", &artifacts)
        .env("PYTHONDONTWRITEBYTECODE", "1")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .kill_on_drop(true);
    let output = tokio::time::timeout(BUDGET, flow.output()).await.expect("the browser flow finished in time").expect("run the flow");
    let report = format!("{}\n{}", String::from_utf8_lossy(&output.stdout), String::from_utf8_lossy(&output.stderr));
    let log = || std::fs::read_to_string(dir.path().join("serve.log")).unwrap_or_default();
    assert!(output.status.success(), "the console's browser flow failed:\n{report}\nserve's log:\n{}", tail(&log(), 40));
    assert!(report.contains("console flow: done"), "{report}");
    let screenshots = std::fs::read_dir(&artifacts).map(|d| d.count()).unwrap_or(0);
    assert!(screenshots >= 30, "{screenshots} screenshots in {}", artifacts.display());
    drop(serve);
}

/// The last `lines` lines of `text`.
fn tail(text: &str, lines: usize) -> String {
    let all: Vec<&str> = text.lines().collect();
    all[all.len().saturating_sub(lines)..].join("\n")
}
