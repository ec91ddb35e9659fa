//! The web console in a real browser: Debian's Chromium, driven by Playwright
//! (`tests/browser/console_flow.py`), against a real server with the fake Stripe's hosted
//! Checkout. Screenshots of every page (desktop and 375 px) are written to
//! `target/test-artifacts/console/`.

use std::process::Stdio;
use std::time::Duration;

use tokio::process::Command;

use crate::support::app::{AppOptions, spawn_app_with};
use crate::support::stripe::FakeStripe;
use crate::support::{repo_root, tool};

/// The whole flow, every page audited twice; about a minute on two cores.
const BUDGET: Duration = Duration::from_secs(600);

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_console_works_in_a_browser_under_its_content_security_policy() {
    let stripe = FakeStripe::start().await;
    let app = spawn_app_with(AppOptions {
        billing: Some(stripe.billing_for_browsers()),
        // The webhook page adds an endpoint on loopback (nothing answers there).
        tweak: Some(Box::new(|config| {
            config.webhooks.allow_http = true;
            config.webhooks.allow_loopback = true;
        })),
        ..AppOptions::default()
    })
    .await;
    stripe.host_checkout(app.url(""));
    let root = repo_root();
    let artifacts = root.join("target/test-artifacts/console");
    let _ = std::fs::remove_dir_all(&artifacts);

    let mut flow = Command::new(tool("VERACITY_PYTHON", "python"));
    flow.current_dir(&root)
        .arg("tests/browser/console_flow.py")
        .env("VERACITY_BASE_URL", app.url(""))
        .env("VERACITY_ROOT", &root)
        .env("VERACITY_ARTIFACTS", &artifacts)
        .env("PYTHONDONTWRITEBYTECODE", "1")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .kill_on_drop(true);
    let output = tokio::time::timeout(BUDGET, flow.output()).await.expect("the browser flow finished in time").expect("run the flow");
    let report = format!("{}\n{}", String::from_utf8_lossy(&output.stdout), String::from_utf8_lossy(&output.stderr));
    assert!(output.status.success(), "the console's browser flow failed:\n{report}");
    assert!(report.contains("console flow: done"), "{report}");
    let screenshots = std::fs::read_dir(&artifacts).map(|d| d.count()).unwrap_or(0);
    assert!(screenshots >= 20, "{screenshots} screenshots in {}", artifacts.display());
    app.stop().await;
}
