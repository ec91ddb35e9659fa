//! The OpenAPI document against the server it describes: schemathesis (PyPI) generates requests
//! from the served `/openapi.json` for every operation, with a valid access token and API key,
//! and checks that each answer has a declared status, matches its schema and is not a 5xx.
//! Its stateful phase then follows the document's links (create, read, update and delete of
//! keys, members, webhook endpoints and jobs) and replays each id it touched with a third
//! organisation's credentials, which must get 404 (tests/contract/hooks.py).
//! Bounded by `tests/contract/schemathesis.toml` (a few examples per operation and scenario) and
//! a time budget. Payments are configured (a fake Stripe) so checkout answers as in production.

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
    // The admin token and the API key are one organisation's, so that the jobs the key makes are
    // read, listed and deleted through the admin token too. Schemathesis reuses ids it reads in
    // answers: hooks.py sends its changes to the run's own key to a key that does not exist.
    let owner = app.signup().await;
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
    let (key_id, key) = app.create_key(&owner, json!({"name": "contract", "scopes": scopes, "rate_limit_per_minute": 1000})).await;
    let dmi_keys = app.admin(&owner, Method::GET, "/compat/dmi/api/api-keys/").fetch().await;
    let dmi_key_id =
        dmi_keys["api_keys"].as_array().and_then(|keys| keys.iter().find(|k| k["name"] == "contract")).map(|k| k["id"].to_string());
    // A third organisation, whose credentials stand in for the run's own to ask for its ids.
    let stranger = app.signup().await;
    let (_, stranger_key) = app.create_key(&stranger, json!({"name": "stranger", "scopes": scopes, "rate_limit_per_minute": 1000})).await;
    // Used once now, so it is known when schemathesis's invalid keys have this address throttled.
    assert_eq!(app.usage(&stranger_key).await.status(), reqwest::StatusCode::OK);
    let balance = app.admin(&owner, Method::GET, "/v1/billing/balance").fetch().await;
    assert!(balance["available"].as_u64().is_some_and(|credits| credits > 0), "{balance}");

    let scratch = tempfile::tempdir().expect("a scratch directory");
    let probes = scratch.path().join("probes.json");
    let mut run = Command::new(tool("VERACITY_SCHEMATHESIS", "schemathesis"));
    run.current_dir(repo_root())
        .args(["--no-color", "--config-file", "tests/contract/schemathesis.toml", "run", &app.url("/openapi.json")])
        .args(["--workers", "1", "--seed", "1", "--no-shrink", "--request-timeout", "30"])
        // With the invitation tokens it reads in answers, the fuzzer would make a second owner
        // and remove the first, ending its own session; invitations are tested in members_rbac.
        .args(["--exclude-operation-id", "acceptInvitation"])
        .env("VERACITY_ADMIN_TOKEN", &owner.access_token)
        .env("VERACITY_API_KEY", &key)
        .env("VERACITY_OWN_KEY_IDS", format!("{key_id},{}", dmi_key_id.expect("the key at DMI's route")))
        .env("VERACITY_OTHER_ADMIN_TOKEN", &stranger.access_token)
        .env("VERACITY_OTHER_API_KEY", &stranger_key)
        .env("VERACITY_CONTRACT_PROBES", &probes)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .kill_on_drop(true);
    let output = tokio::time::timeout(BUDGET, run.output())
        .await
        .expect("schemathesis finished within its budget")
        .expect("run schemathesis (scripts/bootstrap installs it into .venv)");
    let report = format!("{}\n{}", String::from_utf8_lossy(&output.stdout), String::from_utf8_lossy(&output.stderr));
    // Kept for a failure seen in CI: target/test-artifacts/contract/schemathesis.txt.
    let artifacts = repo_root().join("target/test-artifacts/contract");
    std::fs::create_dir_all(&artifacts).expect("the artifacts directory");
    std::fs::write(artifacts.join("schemathesis.txt"), &report).expect("write the report");
    assert!(output.status.success(), "schemathesis found answers the OpenAPI document does not describe:\n{report}");
    // Each kind of resource was reached through the links and refused to the third organisation.
    let refused: serde_json::Map<String, serde_json::Value> =
        serde_json::from_slice(&std::fs::read(&probes).expect("tests/contract/hooks.py wrote its probes")).expect("probes are JSON");
    eprintln!("answered 404 to another organisation, by operation: {refused:?}");
    let wanted = [
        ("/v1/api-keys/{key_id}", &["GET", "DELETE"][..], &["admin token"][..]),
        ("/v1/members/{user_id}", &["DELETE"], &["admin token"]), // members are read in the list only
        ("/v1/webhooks/{endpoint_id}", &["GET", "DELETE"], &["admin token", "API key"]),
        ("/v1/jobs/{job_id}", &["GET", "DELETE"], &["admin token", "API key"]),
    ];
    for (resource, methods, credentials) in wanted {
        for method in methods {
            for kind in credentials {
                let probe = format!("{method} {resource} as {kind}");
                assert!(refused.contains_key(&probe), "no {probe} was probed as another organisation: {refused:?}\n{report}");
            }
        }
    }
    app.stop().await;
}
