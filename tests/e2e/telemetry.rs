//! OpenTelemetry traces (`telemetry.otlp_endpoint`): one trace per job, from its submission in
//! the API through the queue and the worker to its webhook delivery, sent over OTLP/HTTP as
//! JSON to a collector (a loopback receiver here).

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use reqwest::Method;
use serde_json::{Value, json};

use crate::support::accounts::FetchJson;
use crate::support::app::{AppOptions, spawn_app_with};
use crate::support::load::TEXT;
use crate::support::webhooks::Receiver;

/// Every span the collector received, by name, for the trace `trace_id`.
fn spans_of(receiver: &Receiver, trace_id: &str) -> BTreeMap<String, Value> {
    let mut spans = BTreeMap::new();
    for request in receiver.received("otlp/v1/traces") {
        let body = request.json();
        let resource = &body["resourceSpans"][0];
        assert_eq!(resource["resource"]["attributes"][0], json!({"key": "service.name", "value": {"stringValue": "veracity"}}));
        for span in resource["scopeSpans"][0]["spans"].as_array().into_iter().flatten() {
            if span["traceId"] == trace_id {
                spans.insert(span["name"].as_str().unwrap().to_owned(), span.clone());
            }
        }
    }
    spans
}

fn attribute<'a>(span: &'a Value, key: &str) -> Option<&'a Value> {
    span["attributes"].as_array()?.iter().find(|a| a["key"] == key).map(|a| &a["value"])
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_job_is_one_trace_from_its_submission_to_its_webhook() {
    let collector = Receiver::start().await;
    let endpoint = collector.url("otlp");
    let app = spawn_app_with(AppOptions {
        tweak: Some(Box::new(move |config| {
            config.telemetry.otlp_endpoint = Some(veracity::config::Secret::new(endpoint));
            config.webhooks.allow_http = true;
            config.webhooks.allow_loopback = true;
        })),
        ..AppOptions::default()
    })
    .await;
    let owner = app.signup().await;
    let hook = json!({"url": collector.url("hook"), "event_types": ["deepfake.scan_completed"]});
    assert_eq!(app.admin(&owner, Method::POST, "/v1/webhooks").json(&hook).send().await.unwrap().status(), 201);
    let (_, key) = app.create_key(&owner, json!({"scopes": ["detect:text", "jobs:read"]})).await;
    let job: Value =
        app.http.post(app.url("/v1/detect/text")).bearer_auth(&key).header("Prefer", "wait=30").json(&json!({"text": TEXT})).fetch().await;
    assert_eq!(job["status"], "completed", "{job}");
    let job_id = job["id"].as_str().unwrap();

    // The trace id is the job's id: the 16 bytes of its UUID, in hex.
    let uuid: veracity_domain::JobId = job_id.parse().unwrap();
    let trace_id = uuid.as_uuid().simple().to_string();
    let names = ["veracity.submit", "veracity.queue", "veracity.analyse", "veracity.webhook"];
    let started = Instant::now();
    let spans = loop {
        let spans = spans_of(&collector, &trace_id);
        if names.iter().all(|n| spans.contains_key(*n)) {
            break spans;
        }
        assert!(started.elapsed() < Duration::from_secs(30), "spans of {job_id} after 30 s: {:?}", spans.keys().collect::<Vec<_>>());
        tokio::time::sleep(Duration::from_millis(200)).await;
    };

    let submit = &spans["veracity.submit"];
    assert!(submit.get("parentSpanId").is_none(), "the submission is the root: {submit}");
    assert_eq!(submit["kind"], 2, "a server span");
    assert_eq!(attribute(submit, "veracity.job_id"), Some(&json!({"stringValue": job_id})));
    assert_eq!(attribute(submit, "veracity.media_type"), Some(&json!({"stringValue": "text"})));
    for name in &names[1..] {
        let span = &spans[*name];
        assert_eq!(span["parentSpanId"], submit["spanId"], "{name} hangs under the submission: {span}");
        assert_eq!(span["status"], json!({"code": 0}), "{span}");
        let (start, end): (u128, u128) =
            (span["startTimeUnixNano"].as_str().unwrap().parse().unwrap(), span["endTimeUnixNano"].as_str().unwrap().parse().unwrap());
        assert!(start <= end, "{span}");
    }
    let analyse = &spans["veracity.analyse"];
    let detectors: Vec<&str> = analyse["attributes"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|a| a["key"].as_str().filter(|k| k.starts_with("veracity.detector.")))
        .collect();
    assert!(!detectors.is_empty(), "each detector's time is on the analysis: {analyse}");
    let webhook = &spans["veracity.webhook"];
    assert_eq!(attribute(webhook, "http.response.status_code"), Some(&json!({"intValue": "200"})));
    assert_eq!(attribute(webhook, "veracity.webhook.event_type"), Some(&json!({"stringValue": "deepfake.scan_completed"})));
    assert!(!webhook.to_string().contains(&collector.url("hook")), "the receiver's URL is not in the trace");
    app.stop().await;
}
