//! Credits billing end to end: reservations racing across two API processes, the balance,
//! ledger, usage and plan endpoints, what each role and tenant may see, the operator's grant,
//! and a rebuild of the billing read models from the log.

use std::sync::Arc;
use std::time::Duration;

use reqwest::{Method, StatusCode};
use serde_json::{Value, json};
use tokio_util::sync::CancellationToken;
use veracity::app::Roles;
use veracity_adapters::projections::Billing;
use veracity_adapters::sql::entities::{credit_balance, credit_entry};
use veracity_app::CreditLedger;
use veracity_domain::accounts::{Actor, Plan};
use veracity_domain::ports::SystemClock;
use veracity_workers::projector::{self, ProjectionRunner, ProjectorSettings};

use crate::support::accounts::{FetchJson, code_of};
use crate::support::app::{AppOptions, TestApp, spawn_app, spawn_app_with};
use crate::support::detection::form;
use crate::support::eventually;
use crate::support::nats::app_event_store;
use crate::support::process::operator_command;

/// A small PNG, different for each `seed` (so no two uploads are the same bytes).
pub fn png(seed: u32) -> Vec<u8> {
    let image = image::RgbImage::from_fn(48, 48, |x, y| image::Rgb([(x * 5) as u8, (y * 5) as u8, (seed % 251) as u8]));
    let mut bytes = std::io::Cursor::new(Vec::new());
    image.write_to(&mut bytes, image::ImageFormat::Png).unwrap();
    bytes.into_inner()
}

/// Submits an image without waiting for its result; the status and body.
async fn submit(app: &TestApp, key: &str, seed: u32) -> (StatusCode, Value) {
    let response = app
        .http
        .post(app.url("/v1/detect/image"))
        .bearer_auth(key)
        .header("Prefer", "wait=0")
        .multipart(form("file", "x.png", png(seed)))
        .send()
        .await
        .unwrap();
    let status = response.status();
    (status, response.json().await.unwrap())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_api_processes_never_accept_more_jobs_than_the_credits_cover() {
    // Process A serves the API and runs the workers; process B is a second API on the same
    // NATS, database and stream.
    let a = spawn_app().await;
    let b = spawn_app_with(AppOptions {
        roles: Roles { api: true, workers: false },
        nats: Some(a.nats()),
        join: Some(a.config.clone()),
        ..AppOptions::default()
    })
    .await;
    let owner = a.signup().await;
    let (_, key) = a.create_key(&owner, json!({"name": "race", "rate_limit_per_minute": 1000, "daily_limit": 100000})).await;
    // A FREE organisation: the month's 100 credits are exactly 50 image jobs.
    assert_eq!(a.balance(&owner).await["available"], 100);
    // B learns of the new key within a second (docs/api.md); until then it answers 401. Probed
    // slowly: each 401 counts towards the invalid-key throttle of this client address.
    for attempt in 0.. {
        if b.usage(&key).await.status() == StatusCode::OK {
            break;
        }
        assert!(attempt < 25, "process B never learned of the new key");
        tokio::time::sleep(Duration::from_millis(200)).await;
    }

    let submissions = (0..200u32).map(|i| {
        let (app, key) = (if i % 2 == 0 { &a } else { &b }, key.clone());
        async move { submit(app, &key, i).await }
    });
    let answers = futures::future::join_all(submissions).await;
    let accepted = answers.iter().filter(|(s, _)| matches!(*s, StatusCode::OK | StatusCode::ACCEPTED)).count();
    let refused: Vec<&Value> = answers.iter().filter(|(s, _)| *s == StatusCode::PAYMENT_REQUIRED).map(|(_, body)| body).collect();
    assert_eq!((accepted, refused.len()), (50, 150), "statuses: {:?}", answers.iter().map(|(s, _)| s.as_u16()).collect::<Vec<_>>());
    for problem in &refused {
        assert_eq!(problem["code"], "INSUFFICIENT_CREDITS");
        assert_eq!(problem["required"], 2);
        assert!(problem["balance"].as_u64().unwrap() < 2, "{problem}");
    }

    // Every accepted job completes and is charged its price: nothing is left.
    let entries = a.ledger_with(&owner, "captured", 50).await;
    let balance = b.balance(&owner).await;
    assert_eq!((balance["available"].as_u64(), balance["reserved"].as_u64()), (Some(0), Some(0)), "{balance}");
    assert_eq!(entries.iter().filter(|e| e["type"] == "reserved").count(), 50);
    // Recomputed independently, in signed arithmetic, the balance never went below zero.
    let mut available: i64 = 0;
    let mut held = std::collections::HashMap::new();
    for entry in &entries {
        let amount = entry["amount"].as_i64().unwrap();
        match entry["type"].as_str().unwrap() {
            "granted" | "purchased" => available += amount,
            "reserved" => {
                available -= amount;
                held.insert(entry["job_id"].as_str().unwrap().to_owned(), amount);
            }
            "captured" => available += held.remove(entry["job_id"].as_str().unwrap()).unwrap() - amount,
            "released" => available += held.remove(entry["job_id"].as_str().unwrap()).unwrap(),
            _ => {}
        }
        assert!(available >= 0, "overdrawn at {entry}");
        assert_eq!(entry["balance_after"]["available"].as_i64(), Some(available), "{entry}");
    }
    b.stop().await;
    a.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn jobs_reserve_then_capture_their_price_and_report_it_in_balance_ledger_and_usage() {
    let app = spawn_app().await;
    let owner = app.signup().await;
    let (_, key) = app.create_key(&owner, json!({"name": "billing", "rate_limit_per_minute": 1000})).await;
    let text = "A paragraph of plain text, long enough for the detector to judge it in this billing test.";
    let job: Value = app.http.post(app.url("/v1/detect/text")).bearer_auth(&key).json(&json!({"text": text})).fetch().await;
    assert_eq!(job["status"], "completed", "{job}");
    assert_eq!(job["credits_used"], 1, "text costs 1: {job}");
    // The worker captures a job's credits just after storing its result, so under load the
    // answer can arrive first: the next job is submitted once the capture is in the ledger.
    app.ledger_with(&owner, "captured", 1).await;
    let (status, image) = submit(&app, &key, 1).await;
    assert_eq!(status, StatusCode::ACCEPTED, "{image}");
    let id = image["id"].as_str().unwrap().to_owned();
    assert!(image["credits_used"].is_null(), "nothing is spent while it runs: {image}");
    let finished = app.finished_job(&key, &id, Duration::from_secs(30)).await;
    assert_eq!(finished["credits_used"], 2, "{finished}");

    let entries = app.ledger_with(&owner, "captured", 2).await;
    let types: Vec<&str> = entries.iter().map(|e| e["type"].as_str().unwrap()).collect();
    assert_eq!(types, ["granted", "reserved", "captured", "reserved", "captured"]);
    assert_eq!(entries[0]["reference"], format!("monthly-{}", chrono::Utc::now().format("%Y-%m")));
    assert_eq!(entries[4]["job_id"], id.as_str());
    let balance = app.balance(&owner).await;
    assert_eq!(balance, json!({"available": 97, "reserved": 0, "granted": 97, "expiring": 97, "purchased": 0, "owed": 0, "plan": "FREE"}));

    // Only this job's entries, and filters that make no sense are refused.
    let of_job = app.admin(&owner, Method::GET, &format!("/v1/billing/ledger?job_id={id}")).fetch().await;
    assert_eq!(of_job["data"].as_array().unwrap().len(), 2, "{of_job}");
    let bad = app.admin(&owner, Method::GET, "/v1/billing/ledger?type=stolen").send().await.unwrap();
    assert_eq!(code_of(bad, StatusCode::UNPROCESSABLE_ENTITY).await, "VALIDATION_FAILED");

    let usage = app.admin(&owner, Method::GET, "/v1/billing/usage?group_by=media_type").fetch().await;
    assert_eq!((usage["credits"].as_u64(), usage["jobs"].as_u64()), (Some(3), Some(2)), "{usage}");
    assert_eq!(usage["data"], json!([{"key": "image", "credits": 2, "jobs": 1}, {"key": "text", "credits": 1, "jobs": 1}]));
    let today = chrono::Utc::now().format("%Y-%m-%d").to_string();
    let by_day = app.admin(&owner, Method::GET, "/v1/billing/usage").fetch().await;
    assert_eq!(by_day["data"], json!([{"key": today, "credits": 3, "jobs": 2}]), "{by_day}");
    let backwards =
        app.admin(&owner, Method::GET, "/v1/billing/usage?from=2026-12-01T00:00:00Z&to=2026-11-01T00:00:00Z").send().await.unwrap();
    assert_eq!(code_of(backwards, StatusCode::UNPROCESSABLE_ENTITY).await, "VALIDATION_FAILED");
    app.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn plans_change_by_owners_and_billing_members_only_and_each_tenant_sees_only_its_own_billing() {
    let app = spawn_app().await;
    let owner = app.signup().await;
    let plan = app.admin(&owner, Method::GET, "/v1/billing/plan").fetch().await;
    assert_eq!(
        (plan["plan"].as_str(), plan["max_concurrent_jobs"].as_u64(), plan["monthly_credits"].as_u64()),
        (Some("FREE"), Some(1), Some(100))
    );
    assert_eq!(plan["prices"]["long_video"], 10);

    let viewer = app.add_member(&owner, "viewer").await;
    let developer = app.add_member(&owner, "developer").await;
    let billing = app.add_member(&owner, "billing").await;
    for member in [&viewer, &developer] {
        let read = app.admin(member, Method::GET, "/v1/billing/balance").send().await.unwrap();
        assert_eq!(code_of(read, StatusCode::FORBIDDEN).await, "FORBIDDEN");
        let change = app.admin(member, Method::PUT, "/v1/billing/plan").json(&json!({"plan": "PRO"})).send().await.unwrap();
        assert_eq!(code_of(change, StatusCode::FORBIDDEN).await, "FORBIDDEN");
    }
    // A higher plan is paid for: not to be had by asking.
    let asked = app.admin(&billing, Method::PUT, "/v1/billing/plan").json(&json!({"plan": "PRO"})).send().await.unwrap();
    assert_eq!(asked.status(), StatusCode::PAYMENT_REQUIRED);
    let problem: Value = asked.json().await.unwrap();
    assert_eq!((problem["code"].as_str(), problem["plan"].as_str()), (Some("PLAN_REQUIRES_PAYMENT"), Some("FREE")), "{problem}");
    // An operator sets it (what `veracity admin plan` does, on the same log).
    let operator = CreditLedger::new(Arc::new(app_event_store(&app.config).await), Arc::new(SystemClock), 0);
    let tenant = owner.tenant_id.parse().unwrap();
    operator.change_plan(tenant, Plan::Pro, Actor::Operator("operator:test".into()), "test").await.unwrap();
    let changed = app.admin(&billing, Method::GET, "/v1/billing/plan").fetch().await;
    assert_eq!((changed["plan"].as_str(), changed["max_concurrent_jobs"].as_u64()), (Some("PRO"), Some(10)), "{changed}");
    let bogus = app.admin(&owner, Method::PUT, "/v1/billing/plan").json(&json!({"plan": "PLATINUM"})).send().await.unwrap();
    assert_eq!(code_of(bogus, StatusCode::UNPROCESSABLE_ENTITY).await, "VALIDATION_FAILED");
    // New keys take the new plan's default rate limit; the change is in ledger and audit log.
    app.create_key(&owner, json!({"name": "after-upgrade"})).await;
    let keys = app.admin(&owner, Method::GET, "/v1/api-keys").fetch().await;
    assert_eq!(keys["data"][0]["rate_limit_per_minute"], 300, "{keys}");
    let entries = app.ledger_with(&owner, "plan_changed", 1).await;
    assert!(
        entries.iter().any(|e| e["type"] == "plan_changed" && e["description"].as_str().unwrap().contains("FREE to PRO")),
        "{entries:?}"
    );
    eventually("the operator's plan change in the audit log", Duration::from_secs(10), || async {
        let audit = app.admin(&owner, Method::GET, "/v1/audit-log?type=plan.changed").fetch().await;
        (audit["data"][0]["actor"] == "operator:test").then_some(())
    })
    .await;
    // Down to a plan that costs no more: any billing manager may.
    let down = app.admin(&billing, Method::PUT, "/v1/billing/plan").json(&json!({"plan": "BASIC"})).fetch().await;
    assert_eq!(down["plan"], "BASIC", "{down}");
    // The audit log is its own projection: the API does not wait for it.
    eventually("the member's plan change in the audit log", Duration::from_secs(10), || async {
        let audit = app.admin(&owner, Method::GET, "/v1/audit-log?type=plan.changed").fetch().await;
        (audit["data"][0]["actor"] == billing.user_id.as_str()).then_some(())
    })
    .await;

    // Another organisation sees none of it, and cannot page from its entries.
    let other = app.signup().await;
    let theirs = app.ledger(&other).await;
    assert!(theirs.iter().all(|e| e["type"] != "plan_changed"), "{theirs:?}");
    let foreign = entries[0]["id"].as_str().unwrap();
    let peek = app.admin(&other, Method::GET, &format!("/v1/billing/ledger?starting_after={foreign}")).send().await.unwrap();
    assert_eq!(code_of(peek, StatusCode::UNPROCESSABLE_ENTITY).await, "VALIDATION_FAILED");
    assert_eq!(app.balance(&other).await["plan"], "FREE");
    app.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_operator_grant_arrives_once_and_a_rebuild_reproduces_the_billing_tables() {
    let app = spawn_app().await;
    let owner = app.signup().await;
    let (_, key) = app.create_key(&owner, json!({"name": "grant", "rate_limit_per_minute": 1000})).await;
    let dir = tempfile::tempdir().unwrap();
    let admin = |args: &[&str]| {
        let output = operator_command(&app.config, dir.path()).arg("admin").args(args).output().unwrap();
        assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
        String::from_utf8_lossy(&output.stdout).into_owned()
    };
    let grant =
        |id: &str| admin(&["grant", "--tenant", &owner.tenant_id, "--credits", "40", "--reason", "pilot customer", "--grant-id", id]);
    assert!(grant("pilot-1").contains("granted 40 credits"));
    assert!(grant("pilot-1").contains("already made"), "the same grant id grants once");
    // A paid plan, set by the operator.
    assert!(admin(&["plan", "--tenant", &owner.tenant_id, "--plan", "enterprise"]).contains("now on plan ENTERPRISE"));
    let plan = app.admin(&owner, Method::GET, "/v1/billing/plan").fetch().await;
    assert_eq!(plan["plan"], "ENTERPRISE", "{plan}");
    let balance = app.balance(&owner).await;
    assert_eq!(
        (balance["available"].as_u64(), balance["granted"].as_u64(), balance["expiring"].as_u64()),
        (Some(140), Some(140), Some(100))
    );
    for seed in 0..3 {
        let (status, body) = submit(&app, &key, seed).await;
        assert_eq!(status, StatusCode::ACCEPTED, "{body}");
    }
    let entries = app.ledger_with(&owner, "captured", 3).await;
    assert!(entries.iter().any(|e| e["type"] == "granted" && e["description"].as_str().unwrap().contains("pilot customer")));

    // Drop and replay the billing read model: the same rows come back.
    let db = veracity_adapters::sql::connect(app.config.database.url.expose(), 2).await.unwrap();
    let snapshot = || async {
        use sea_orm::{EntityTrait, QueryOrder};
        let entries = credit_entry::Entity::find().order_by_asc(credit_entry::Column::Sequence).all(&db).await.unwrap();
        let balances = credit_balance::Entity::find().order_by_asc(credit_balance::Column::TenantId).all(&db).await.unwrap();
        (entries, balances)
    };
    let before = snapshot().await;
    assert!(before.1.iter().any(|b| b.tenant_id == owner.tenant_id && b.available == 134), "{:?}", before.1);
    let events: Arc<dyn veracity_domain::ports::EventStore> = Arc::new(crate::support::nats::app_event_store(&app.config).await);
    let runner =
        ProjectionRunner::new(Arc::new(Billing), db.clone(), events, Arc::new(SystemClock), ProjectorSettings::new("rebuild-test"));
    projector::rebuild(&runner, &CancellationToken::new()).await.unwrap();
    assert_eq!(snapshot().await, before, "a rebuild reproduces the ledger and the balances");
    app.stop().await;
}
