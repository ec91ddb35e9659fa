//! The OpenAPI document against the server it describes: schemathesis (PyPI) generates requests
//! from the served `/openapi.json` for every operation, with a valid access token and API key,
//! and checks that each answer has a declared status, matches its schema and is not a 5xx.
//! Bounded by `tests/contract/schemathesis.toml` (a few examples per operation) and a time
//! budget. Payments are configured (a fake Stripe) so checkout answers as in production.

use std::process::Stdio;
use std::time::Duration;

use reqwest::Method;
use serde_json::json;
use tokio::process::Command;

use crate::support::accounts::FetchJson;
use crate::support::app::{AppOptions, spawn_app_with};
use crate::support::stripe::FakeStripe;
use crate::support::{repo_root, tool};

/// Longest the whole run may take before the test fails (about 30 s is usual).
const BUDGET: Duration = Duration::from_secs(600);

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_answer_matches_the_openapi_document() {
    let stripe = FakeStripe::start().await;
    let app = spawn_app_with(AppOptions { billing: Some(stripe.billing()), ..AppOptions::default() }).await;
    // The admin token and the API key belong to different organisations: schemathesis reuses
    // ids it reads in answers, so with one organisation it would revoke or rotate its own key.
    let owner = app.signup().await;
    let integrator = app.signup().await;
    let scopes = json!([
        "detect:image",
        "detect:video",
        "detect:audio",
        "detect:text",
        "detect:ai-media",
        "jobs:read",
        "jobs:delete",
        "usage:read",
        "webhooks:write"
    ]);
    let (_, key) = app.create_key(&integrator, json!({"name": "contract", "scopes": scopes, "rate_limit_per_minute": 1000})).await;
    let balance = app.admin(&owner, Method::GET, "/v1/billing/balance").fetch().await;
    assert!(balance["available"].as_u64().is_some_and(|credits| credits > 0), "{balance}");

    let mut run = Command::new(tool("VERACITY_SCHEMATHESIS", "schemathesis"));
    run.current_dir(repo_root())
        .args(["--no-color", "--config-file", "tests/contract/schemathesis.toml", "run", &app.url("/openapi.json")])
        .args(["--workers", "1", "--seed", "1", "--no-shrink", "--request-timeout", "30"])
        // With the invitation tokens it reads in answers, the fuzzer would make a second owner
        // and remove the first, ending its own session; invitations are tested in members_rbac.
        .args(["--exclude-operation-id", "acceptInvitation"])
        .env("VERACITY_ADMIN_TOKEN", &owner.access_token)
        .env("VERACITY_API_KEY", &key)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .kill_on_drop(true);
    let output = tokio::time::timeout(BUDGET, run.output())
        .await
        .expect("schemathesis finished within its budget")
        .expect("run schemathesis (scripts/bootstrap installs it into .venv)");
    let report = format!("{}\n{}", String::from_utf8_lossy(&output.stdout), String::from_utf8_lossy(&output.stderr));
    assert!(output.status.success(), "schemathesis found answers the OpenAPI document does not describe:\n{report}");
    app.stop().await;
}
