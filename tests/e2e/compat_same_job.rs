//! A job made through GLAIR's, DMI's or Veriplus's routes is the native job: listed by
//! `GET /v1/jobs`, billed once (one reservation, one capture), delivered to each webhook endpoint
//! once, and a refusal on each vendor's route audited once. The vendors are served at their own
//! paths here (`compat.mount_at_root`), so their clients change only the host; an endpoint that
//! asks for Veriplus's payload gets 004's documented body.

use std::collections::BTreeSet;
use std::time::Duration;

use base64::Engine;
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

use crate::support::app::{AppOptions, TestApp, spawn_app_with};
use crate::support::detection::{face, form};
use crate::support::eventually;
use crate::support::webhooks::Receiver;

async fn app() -> TestApp {
    spawn_app_with(AppOptions {
        tweak: Some(Box::new(|config| {
            config.webhooks.allow_http = true;
            config.webhooks.allow_loopback = true;
            config.webhooks.retry_schedule_ms = vec![0, 200, 200];
            config.compat.mount_at_root = vec!["dmi".into(), "glair".into(), "veriplus".into()];
        })),
        ..AppOptions::default()
    })
    .await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn compat_jobs_are_native_jobs_at_the_vendors_own_paths() {
    let app = app().await;
    let receiver = Receiver::start().await;
    let owner = app.signup().await;
    let (_, key) = app.create_key(&owner, json!({"name": "vendors", "rate_limit_per_minute": 1000})).await;
    for (path, format) in [("native", "veracity"), ("veriplus", "veriplus")] {
        let body = json!({"url": receiver.url(path), "event_types": ["deepfake.scan_completed"], "payload_format": format});
        let made = app.admin(&owner, Method::POST, "/v1/webhooks").json(&body).send().await.unwrap();
        assert_eq!(made.status(), StatusCode::CREATED);
        assert_eq!(made.json::<Value>().await.unwrap()["endpoint"]["payload_format"], format);
    }

    // One job through each vendor, at its own path: only the host would change for its clients.
    let frames = json!({"frames": [base64::engine::general_purpose::STANDARD.encode(face("newton.png"))]});
    let glair: Value = app
        .http
        .post(app.url("/face/v1/deepfake/images"))
        .header("x-api-key", &key)
        .json(&frames)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(glair["status"], "SUCCESS", "{glair}");
    let dmi: Value = app
        .http
        .post(app.url("/api/public-api/ai-media-detection/"))
        .header("X-API-Key", &key)
        .multipart(form("file", "newton.png", face("newton.png")))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(dmi["code"], "SUC001", "{dmi}");
    let veriplus: Value = app
        .http
        .post(app.url("/api/v4/deepfake/analyse/image"))
        .bearer_auth(&key)
        .multipart(form("image", "newton.png", face("newton.png")))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(veriplus["success"], true, "{veriplus}");
    let ids: BTreeSet<String> = [&glair["job_id"], &dmi["job_id"], &veriplus["data"]["jobId"]]
        .iter()
        .map(|id| id.as_str().unwrap_or_else(|| panic!("a job id: {id}")).to_owned())
        .collect();
    assert_eq!(ids.len(), 3);
    // Read back at the root and under the prefix alike.
    let job = veriplus["data"]["jobId"].as_str().unwrap();
    for path in [format!("/api/v4/deepfake/jobs/{job}"), format!("/compat/veriplus/api/v4/deepfake/jobs/{job}")] {
        let read: Value = app.http.get(app.url(&path)).bearer_auth(&key).send().await.unwrap().json().await.unwrap();
        assert_eq!((read["data"]["jobId"].as_str(), read["data"]["status"].as_str()), (Some(job), Some("COMPLETED")), "{path}: {read}");
    }

    // Listed by the native API.
    eventually("the jobs in the native list", Duration::from_secs(10), || async {
        let list: Value = app.http.get(app.url("/v1/jobs?limit=100")).bearer_auth(&key).send().await.ok()?.json().await.ok()?;
        let listed: BTreeSet<String> = list["data"].as_array()?.iter().filter_map(|j| j["id"].as_str().map(str::to_owned)).collect();
        ids.is_subset(&listed).then_some(())
    })
    .await;
    // Billed once each.
    let ledger = app.ledger_with(&owner, "captured", 3).await;
    for id in &ids {
        let kinds: Vec<&str> = ledger.iter().filter(|e| e["job_id"] == id.as_str()).filter_map(|e| e["type"].as_str()).collect();
        let count = |kind: &str| kinds.iter().filter(|k| **k == kind).count();
        assert_eq!((count("reserved"), count("captured")), (1, 1), "{id}: {kinds:?}");
    }
    // Delivered once to each endpoint, in its format.
    receiver.wait_for("native", 3, Duration::from_secs(20)).await;
    receiver.wait_for("veriplus", 3, Duration::from_secs(20)).await;
    tokio::time::sleep(Duration::from_millis(500)).await;
    let native: Vec<Value> = receiver.received("native").iter().map(|r| r.json()).collect();
    let delivered: BTreeSet<String> = native.iter().map(|b| b["data"]["id"].as_str().unwrap().to_owned()).collect();
    assert_eq!((native.len(), &delivered), (3, &ids), "once each: {native:?}");
    let vendor: Vec<Value> = receiver.received("veriplus").iter().map(|r| r.json()).collect();
    assert_eq!(vendor.len(), 3, "{vendor:?}");
    for body in &vendor {
        // 004's webhook payload: event, timestamp, data {jobId, mediaType, isDeepfake, confidence, manipulationType}.
        assert_eq!(body["event"], "deepfake.scan_completed", "{body}");
        assert!(body.get("type").is_none() && body["timestamp"].is_string(), "{body}");
        let data = &body["data"];
        assert!(ids.contains(data["jobId"].as_str().unwrap()), "{body}");
        // GLAIR's frames are a video of stills.
        let expected = if data["jobId"] == glair["job_id"] { "VIDEO" } else { "IMAGE" };
        assert_eq!((data["mediaType"].as_str(), data["isDeepfake"].is_boolean()), (Some(expected), true), "{body}");
        assert!(data["confidence"].as_u64().is_some_and(|c| c <= 100), "{body}");
        assert!(data["manipulationType"].is_null() || data["manipulationType"].is_string(), "{body}");
    }
    let veriplus_job = vendor.iter().find(|b| b["data"]["jobId"] == job).unwrap();
    assert_eq!(veriplus_job["data"]["confidence"], veriplus["data"]["confidence"], "the webhook says what the answer said");

    // A refusal on each vendor's route is audited once (one key each: repeated refusals of one
    // actor are recorded once a minute).
    let mut text_only = Vec::new();
    for vendor in ["glair", "dmi", "veriplus"] {
        text_only.push(app.create_key(&owner, json!({"name": vendor, "scopes": ["detect:text"]})).await.1);
    }
    let denied = || async {
        let log: Value = app.admin(&owner, Method::GET, "/v1/audit-log?limit=100").send().await.unwrap().json().await.unwrap();
        log["data"].as_array().unwrap().iter().filter(|e| e["type"] == "access.permission_denied").count()
    };
    let before = denied().await;
    let refused = [
        app.http.post(app.url("/face/v1/deepfake/images")).header("x-api-key", &text_only[0]).json(&frames).send().await.unwrap(),
        app.http
            .post(app.url("/api/public-api/ai-media-detection/"))
            .header("X-API-Key", &text_only[1])
            .multipart(form("file", "n.png", face("newton.png")))
            .send()
            .await
            .unwrap(),
        app.http
            .post(app.url("/api/v4/deepfake/analyse/image"))
            .bearer_auth(&text_only[2])
            .multipart(form("image", "n.png", face("newton.png")))
            .send()
            .await
            .unwrap(),
    ];
    for response in refused {
        assert_eq!(response.status(), StatusCode::FORBIDDEN);
        // In the vendor's own error body, at its own path too.
        let body: Value = response.json().await.unwrap();
        assert!(body.get("type").is_none() && body.get("request_id").is_none(), "not problem+json: {body}");
    }
    eventually("three refusals in the audit log", Duration::from_secs(10), || async { (denied().await == before + 3).then_some(()) }).await;

    // Paths of vendors that are not mounted, or of none, are Veracity's 404.
    let missing = app.http.get(app.url("/api/v5/other")).send().await.unwrap();
    assert_eq!(missing.status(), StatusCode::NOT_FOUND);
    assert_eq!(missing.headers()["content-type"], "application/problem+json");
}
