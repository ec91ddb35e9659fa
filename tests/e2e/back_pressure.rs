//! Back-pressure: once the workers' drain rate is known and the jobs queue ahead would not drain
//! within a request's `Prefer: wait`, the request is answered 202 at once (and counted in
//! `/metrics`) instead of holding its connection for a timeout known in advance; every job so
//! answered still runs.

use std::time::{Duration, Instant};

use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::support::app::{AppOptions, spawn_app_with};
use crate::support::detection::{face, form};

/// Jobs queued ahead before the waiting requests start: tens of seconds of work for one worker.
const BACKLOG: usize = 60;
/// What the waiting requests ask for.
const WAIT_SECS: u64 = 2;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_request_that_would_wait_out_its_budget_is_answered_202_at_once() {
    let tweak: crate::support::app::Tweak = Box::new(|config| config.detection.worker_concurrency = 1);
    let app = spawn_app_with(AppOptions { tweak: Some(tweak), ..AppOptions::default() }).await;
    let owner = app.signup().await;
    app.set_plan(&owner, "ENTERPRISE").await;
    app.grant(&owner, 10_000).await;
    let (_, key) = app.create_key(&owner, json!({"name": "back-pressure", "rate_limit_per_minute": 1000})).await;
    let portrait = face("newton.png");
    let submit = |wait: u64| {
        app.http
            .post(app.url("/v1/detect/image"))
            .bearer_auth(&key)
            .header("Prefer", format!("wait={wait}"))
            .multipart(form("file", "newton.png", portrait.clone()))
            .send()
    };
    let mut jobs = Vec::new();
    for _ in 0..BACKLOG {
        let response = submit(0).await.unwrap();
        assert_eq!(response.status(), StatusCode::ACCEPTED);
        jobs.push(response.json::<Value>().await.unwrap()["id"].as_str().unwrap().to_owned());
    }

    // Requests that ask to wait: the first ones wait (there is no drain rate yet); once a few
    // readings of the busy queue give one, the queue ahead takes longer than the wait and the
    // answer is at once.
    let mut early = None;
    for attempt in 0..12 {
        let started = Instant::now();
        let response = submit(WAIT_SECS).await.unwrap();
        let (status, elapsed) = (response.status(), started.elapsed());
        let job: Value = response.json().await.unwrap();
        jobs.push(job["id"].as_str().unwrap().to_owned());
        if status == StatusCode::ACCEPTED && elapsed < Duration::from_secs(WAIT_SECS) / 2 {
            early = Some(attempt);
            break;
        }
    }
    assert!(early.is_some(), "no request was answered early in 12 tries with {BACKLOG} jobs queued");
    let metrics = app.metrics().await;
    let counted = metrics.lines().find(|l| l.starts_with(r#"veracity_detect_answered_early_total{media_type="image"}"#));
    assert!(counted.is_some_and(|l| !l.ends_with(" 0")), "{counted:?}");
    let expected = metrics.lines().find(|l| l.starts_with("veracity_queue_expected_wait_seconds "));
    let seconds: f64 = expected.and_then(|l| l.split_whitespace().nth(1)?.parse().ok()).expect("the expected wait gauge");
    assert!(seconds > WAIT_SECS as f64, "the estimate that answered early: {seconds} s");

    // Nothing answered early is lost: every job runs to its verdict.
    for job in &jobs {
        let finished = app.finished_job(&key, job, Duration::from_secs(300)).await;
        assert_eq!(finished["status"], "completed", "{finished}");
    }
    app.stop().await;
}
