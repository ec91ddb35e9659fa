//! `GET /v1/models` lists exactly the detectors the workers run, at the versions results show.

use std::collections::BTreeMap;

use serde_json::Value;

use crate::support::accounts::FetchJson;
use crate::support::app::spawn_app;
use crate::support::detection::{face, form};

#[tokio::test]
async fn the_model_list_matches_the_models_a_result_names() {
    let app = spawn_app().await;
    let key = app.detect_key().await;
    assert_eq!(app.http.get(app.url("/v1/models")).send().await.unwrap().status(), 401);

    let list = app.http.get(app.url("/v1/models")).bearer_auth(&key).fetch().await;
    assert_eq!(list["object"], "list");
    let listed: BTreeMap<String, Value> = list["data"].as_array().unwrap().iter().map(|m| (m["id"].as_str().unwrap().to_owned(), m.clone())).collect();
    for model in listed.values() {
        for field in ["version", "task", "description", "license", "weights"] {
            assert!(model[field].as_str().is_some_and(|v| !v.is_empty()), "{field} of {model}");
        }
        assert!(!model["media_types"].as_array().unwrap().is_empty(), "{model}");
    }

    let response = app.http.post(app.url("/v1/detect/image")).bearer_auth(&key).multipart(form("file", "gauss.png", face("gauss.png"))).send().await.unwrap();
    let job: Value = response.json().await.unwrap();
    assert_eq!(job["status"], "completed", "{job}");
    let ran: BTreeMap<String, String> =
        job["models"].as_array().unwrap().iter().map(|m| (m["id"].as_str().unwrap().to_owned(), m["version"].as_str().unwrap().to_owned())).collect();
    let catalogued: BTreeMap<String, String> = listed.iter().map(|(id, m)| (id.clone(), m["version"].as_str().unwrap().to_owned())).collect();
    assert_eq!(ran, catalogued, "an image job runs every listed detector, at the listed version");
    for m in job["models"].as_array().unwrap() {
        assert!(m["latency_ms"].as_f64().is_some_and(|ms| ms >= 0.0), "{m}");
    }
}
