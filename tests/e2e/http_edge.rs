//! What every request meets at the edge: request ids, problem+json errors, body limits,
//! metrics, the spec and the docs — on the real app over a real socket.

use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::support::accounts::PASSWORD;
use crate::support::{AppOptions, TestApp, spawn_app, spawn_app_with};

async fn problem(response: reqwest::Response) -> (StatusCode, String, Value) {
    let status = response.status();
    let header = response.headers()["x-request-id"].to_str().unwrap().to_owned();
    assert_eq!(response.headers()["content-type"], "application/problem+json");
    let body: Value = response.json().await.unwrap();
    for member in ["type", "title", "status", "detail", "instance", "code", "request_id"] {
        assert!(body.get(member).is_some(), "problem member `{member}` missing from {body}");
    }
    assert_eq!(body["status"], status.as_u16());
    assert_eq!(body["request_id"], header, "the body quotes the X-Request-Id header");
    (status, header, body)
}

async fn assert_still_serving(app: &TestApp) {
    assert_eq!(app.get("/healthz").await.status(), StatusCode::OK);
}

#[tokio::test]
async fn healthz_answers_with_a_request_id() {
    let app = spawn_app().await;
    let response = app.get("/healthz").await;
    assert_eq!(response.status(), StatusCode::OK);
    let id = response.headers()["x-request-id"].to_str().unwrap().to_owned();
    assert!(id.starts_with("req_") && id.len() == 36, "{id}");
    let body: Value = response.json().await.unwrap();
    assert_eq!(body["status"], "ok");
    app.stop().await;
}

#[tokio::test]
async fn request_ids_are_echoed_when_usable_and_replaced_when_not() {
    let app = spawn_app().await;
    let echoed = app.http.get(app.url("/healthz")).header("X-Request-Id", "client-abc.123").send().await.unwrap();
    assert_eq!(echoed.headers()["x-request-id"], "client-abc.123");
    let replaced = app.http.get(app.url("/healthz")).header("X-Request-Id", "x".repeat(200)).send().await.unwrap();
    assert!(replaced.headers()["x-request-id"].to_str().unwrap().starts_with("req_"));
    app.stop().await;
}

#[tokio::test]
async fn unknown_route_is_a_problem() {
    let app = spawn_app().await;
    let response = app.http.get(app.url("/v1/nope")).header("X-Request-Id", "trace-404").send().await.unwrap();
    let (status, id, body) = problem(response).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert_eq!(id, "trace-404");
    assert_eq!(body["code"], "ROUTE_NOT_FOUND");
    assert_eq!(body["type"], "urn:veracity:problem:route-not-found");
    assert_eq!(body["instance"], "/v1/nope");
    assert_still_serving(&app).await;
    app.stop().await;
}

#[tokio::test]
async fn wrong_method_is_a_problem() {
    let app = spawn_app().await;
    let response = app.http.delete(app.url("/healthz")).send().await.unwrap();
    assert_eq!(response.headers()["allow"], "GET, HEAD", "a 405 names the methods the path takes");
    let (status, _, body) = problem(response).await;
    assert_eq!(status, StatusCode::METHOD_NOT_ALLOWED);
    assert_eq!(body["code"], "METHOD_NOT_ALLOWED");
    // A path with a parameter, and a literal path beside a parameter one.
    let response = app.http.put(app.url("/v1/jobs/job_123")).send().await.unwrap();
    assert_eq!(response.status(), StatusCode::METHOD_NOT_ALLOWED);
    assert_eq!(response.headers()["allow"], "GET, DELETE, HEAD");
    let response = app.http.delete(app.url("/v1/webhooks/event-types")).send().await.unwrap();
    assert_eq!(response.headers()["allow"], "GET, HEAD");
    app.stop().await;
}

#[tokio::test]
async fn oversized_bodies_are_refused_before_routing() {
    let app = spawn_app_with(AppOptions { max_body_bytes: 1024, ..Default::default() }).await;
    let response = app.http.post(app.url("/healthz")).body(vec![b'x'; 4096]).send().await.unwrap();
    let (status, _, body) = problem(response).await;
    assert_eq!(status, StatusCode::PAYLOAD_TOO_LARGE);
    assert_eq!(body["code"], "PAYLOAD_TOO_LARGE");
    assert_eq!(body["limit_bytes"], 1024);
    let garbage = app.http.post(app.url("/v1/whatever")).body("{not json").send().await.unwrap();
    assert_eq!(problem(garbage).await.2["code"], "ROUTE_NOT_FOUND");
    assert_still_serving(&app).await;
    app.stop().await;
}

#[tokio::test]
async fn metrics_count_requests_by_route_template_and_status() {
    let app = spawn_app().await;
    app.get("/healthz").await;
    app.get("/healthz").await;
    app.get("/does/not/exist/12345").await;
    let brew = reqwest::Method::from_bytes(b"BREWCOFFEE").unwrap();
    app.http.request(brew, app.url("/healthz")).send().await.unwrap();
    let text = app.metrics().await;
    assert!(text.contains(r#"veracity_http_requests_total{method="GET",route="/healthz",status="200"} 2"#), "{text}");
    assert!(text.contains(r#"veracity_http_requests_total{method="GET",route="unmatched",status="404"} 1"#), "{text}");
    assert!(!text.contains("12345"), "raw paths never become labels");
    assert!(!text.contains("BREWCOFFEE") && text.contains(r#"method="OTHER""#), "unknown methods share one label");
    assert!(text.contains("veracity_http_request_duration_seconds_bucket"));
    app.stop().await;
}

#[tokio::test]
async fn spec_and_docs_are_served() {
    let app = spawn_app().await;
    let spec = app.get("/openapi.json").await.text().await.unwrap();
    let served: Value = serde_json::from_str(&spec).unwrap();
    let generated: Value = serde_json::from_str(&veracity_api::spec_json()).unwrap();
    assert_eq!(served, generated);
    let docs = app.get("/docs").await;
    assert_eq!(docs.status(), StatusCode::OK);
    assert!(docs.text().await.unwrap().to_lowercase().contains("swagger"));
    app.stop().await;
}

#[tokio::test]
async fn metrics_count_commands_by_aggregate_and_outcome() {
    let app = spawn_app().await;
    let owner = app.signup().await;
    // The same address again: the e-mail claim refuses it.
    let taken = app.post_json("/v1/auth/signup", json!({"organization_name": "Again", "email": owner.email, "password": PASSWORD})).await;
    assert_eq!(taken.status(), StatusCode::CONFLICT);
    let text = app.metrics().await;
    assert!(text.contains(r#"veracity_commands_total{aggregate="email",outcome="appended"} 1"#), "{text}");
    assert!(text.contains(r#"veracity_commands_total{aggregate="email",outcome="refused"} 1"#), "{text}");
    app.stop().await;
}

/// `/metrics` and readiness details are internal: the internal listener shows them, the public
/// one only with the metrics token; every response carries the security headers.
#[tokio::test]
async fn metrics_and_readiness_details_are_internal_and_security_headers_are_set() {
    let tweak: crate::support::app::Tweak = Box::new(|config| {
        config.http.internal_bind = Some("127.0.0.1:0".into());
        config.http.hsts = true;
    });
    let app = spawn_app_with(AppOptions { tweak: Some(tweak), ..AppOptions::default() }).await;
    let (status, _, body) = problem(app.get("/metrics").await).await;
    assert_eq!((status, body["code"].as_str()), (StatusCode::NOT_FOUND, Some("ROUTE_NOT_FOUND")), "no token, public listener");
    let wrong = app.http.get(app.url("/metrics")).bearer_auth("not-the-token").send().await.unwrap();
    assert_eq!(wrong.status(), StatusCode::NOT_FOUND);
    assert!(app.metrics().await.contains("veracity_http_requests_total"), "the token opens it");

    let internal = app.internal_addr.expect("internal listener");
    let metrics = app.http.get(format!("http://{internal}/metrics")).send().await.unwrap();
    assert_eq!(metrics.status(), StatusCode::OK);
    assert!(metrics.text().await.unwrap().contains(r#"route="/metrics",status="404""#), "counts the refusals above");
    let ready = app.http.get(format!("http://{internal}/readyz")).send().await.unwrap();
    assert_eq!(ready.status(), StatusCode::OK);
    let only_system = app.http.get(format!("http://{internal}/v1/models")).send().await.unwrap();
    assert_eq!(only_system.status(), StatusCode::NOT_FOUND, "the internal listener serves monitoring only");

    for response in [app.get("/healthz").await, app.get("/nope").await, ready] {
        let h = response.headers();
        assert_eq!(h["x-content-type-options"], "nosniff");
        assert_eq!(h["x-frame-options"], "DENY");
        assert_eq!(h["referrer-policy"], "no-referrer");
    }
    assert_eq!(app.get("/healthz").await.headers()["strict-transport-security"], "max-age=31536000; includeSubDomains");
    app.stop().await;
}
