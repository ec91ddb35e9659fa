//! Detection through HTTP on the real app: real NATS work queue, SQL read model, blob store,
//! ONNX Runtime with MTCNN.

use serde_json::Value;

use crate::support::accounts::{FetchJson, code_of};
use crate::support::app::spawn_app;

fn fixture(name: &str) -> Vec<u8> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/faces").join(name);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{} (fetched by scripts/bootstrap): {e}", path.display()))
}

fn form(field: &str, name: &str, bytes: Vec<u8>) -> reqwest::multipart::Form {
    reqwest::multipart::Form::new().part(field.to_owned(), reqwest::multipart::Part::bytes(bytes).file_name(name.to_owned()))
}

#[tokio::test]
async fn an_image_is_analysed_synchronously_and_its_job_can_be_read_and_listed() {
    let app = spawn_app().await;
    let owner = app.signup().await;
    let (_, key) = app.create_key(&owner, serde_json::json!({"name": "ci"})).await;
    let response = app
        .http
        .post(app.url("/v1/detect/image"))
        .bearer_auth(&key)
        .multipart(form("image", "newton.png", fixture("newton.png")).text("analysis_type", "FACE"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    let job: Value = response.json().await.unwrap();
    assert_eq!(job["status"], "completed", "{job}");
    assert_eq!(job["object"], "detection");
    assert_eq!(job["media_type"], "image");
    assert_eq!(job["faces"].as_array().unwrap().len(), 1, "{job}");
    assert_eq!(job["media"]["format"], "png");
    assert_eq!(job["media"]["width"], 768);
    assert_eq!(job["source"], "newton.png");
    let id = job["id"].as_str().unwrap().to_owned();

    let again = app.http.get(app.url(&format!("/v1/jobs/{id}"))).bearer_auth(&key).fetch().await;
    assert_eq!(again["status"], "completed");
    assert_eq!(again["faces"], job["faces"]);

    // The list is a read model: give the projection a moment.
    let mut listed = Value::Null;
    for _ in 0..100 {
        let page = app.http.get(app.url("/v1/jobs?status=completed")).bearer_auth(&key).fetch().await;
        if page["data"].as_array().is_some_and(|d| !d.is_empty()) {
            listed = page;
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    assert_eq!(listed["data"][0]["id"], id.as_str(), "{listed}");

    let renamed_pdf = b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n".to_vec();
    let response = app.http.post(app.url("/v1/detect/image")).bearer_auth(&key).multipart(form("file", "photo.jpg", renamed_pdf)).send().await.unwrap();
    assert_eq!(code_of(response, reqwest::StatusCode::UNSUPPORTED_MEDIA_TYPE).await, "UNSUPPORTED_MEDIA_TYPE");
    app.stop().await;
}
