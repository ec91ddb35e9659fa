//! `/readyz` follows the real dependencies: 503 naming NATS while nats-server is down, 200 again
//! once it is back.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use reqwest::StatusCode;
use serde_json::Value;

use crate::support::nats::NatsServer;
use crate::support::{AppOptions, eventually, spawn_app_with};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn readyz_reports_nats_outage_and_recovery() {
    let nats = Arc::new(Mutex::new(NatsServer::start()));
    let app = spawn_app_with(AppOptions { nats: Some(nats.clone()), ..Default::default() }).await;

    let ready = app.get("/readyz").await;
    assert_eq!(ready.status(), StatusCode::OK);
    let body: Value = ready.json().await.unwrap();
    let names: Vec<&str> = body["checks"].as_array().unwrap().iter().map(|c| c["name"].as_str().unwrap()).collect();
    assert_eq!(names, ["nats", "database", "blob_store"]);

    nats.lock().unwrap().stop();
    let down: Value = eventually("/readyz to report NATS down", Duration::from_secs(20), || async {
        let response = app.get("/readyz").await;
        (response.status() == StatusCode::SERVICE_UNAVAILABLE).then_some(())?;
        response.json().await.ok()
    })
    .await;
    assert_eq!(down["code"], "NOT_READY");
    assert!(down["detail"].as_str().unwrap().contains("nats"), "{down}");
    let checks = down["checks"].as_array().unwrap();
    let status = |name: &str| checks.iter().find(|c| c["name"] == name).unwrap()["status"].clone();
    assert_eq!(status("nats"), "failed");
    assert_eq!(status("database"), "ok");
    assert_eq!(status("blob_store"), "ok");
    assert_eq!(app.get("/healthz").await.status(), StatusCode::OK, "liveness is unaffected");

    nats.lock().unwrap().restart();
    eventually("/readyz to recover", Duration::from_secs(30), || async {
        (app.get("/readyz").await.status() == StatusCode::OK).then_some(())
    })
    .await;
    app.stop().await;
}
