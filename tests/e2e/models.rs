//! `GET /v1/models` lists exactly the detectors the workers run, at the versions results show;
//! an operator's classifier joins them from a file and a manifest entry.

use std::collections::BTreeMap;

use serde_json::Value;

use crate::support::accounts::FetchJson;
use crate::support::app::{AppOptions, spawn_app, spawn_app_with};
use crate::support::detection::{face, form};
use crate::support::repo_root;

#[tokio::test]
async fn the_model_list_matches_the_models_a_result_names() {
    let app = spawn_app().await;
    let key = app.detect_key().await;
    assert_eq!(app.http.get(app.url("/v1/models")).send().await.unwrap().status(), 401);

    let list = app.http.get(app.url("/v1/models")).bearer_auth(&key).fetch().await;
    assert_eq!(list["object"], "list");
    let listed: BTreeMap<String, Value> =
        list["data"].as_array().unwrap().iter().map(|m| (m["id"].as_str().unwrap().to_owned(), m.clone())).collect();
    for model in listed.values() {
        for field in ["version", "task", "description", "license", "weights"] {
            assert!(model[field].as_str().is_some_and(|v| !v.is_empty()), "{field} of {model}");
        }
        assert!(!model["media_types"].as_array().unwrap().is_empty(), "{model}");
    }

    let response = app
        .http
        .post(app.url("/v1/detect/image"))
        .bearer_auth(&key)
        .multipart(form("file", "gauss.png", face("gauss.png")).text("return_details", "true"))
        .send()
        .await
        .unwrap();
    let job: Value = response.json().await.unwrap();
    assert_eq!(job["status"], "completed", "{job}");
    let ran: BTreeMap<String, String> = job["models"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| (m["id"].as_str().unwrap().to_owned(), m["version"].as_str().unwrap().to_owned()))
        .collect();
    let version = |m: &Value| m["version"].as_str().unwrap().to_owned();
    let for_media = |media: &str| -> BTreeMap<String, String> {
        listed
            .iter()
            .filter(|(_, m)| m["media_types"].as_array().unwrap().iter().any(|t| t == media))
            .map(|(id, m)| (id.clone(), version(m)))
            .collect()
    };
    assert_eq!(ran, for_media("image"), "an image job with details runs every detector listed for images, at the listed version");
    let text = "An ordinary paragraph of text, sent here only to see which detectors a text job runs. It has a few \
                sentences. Some are short. Others go on for a while longer than that, as people's sentences do.";
    let job: Value = app.http.post(app.url("/v1/detect/text")).bearer_auth(&key).json(&serde_json::json!({"text": text})).fetch().await;
    let ran: BTreeMap<String, String> =
        job["models"].as_array().unwrap().iter().map(|m| (m["id"].as_str().unwrap().to_owned(), version(m))).collect();
    assert_eq!(ran, for_media("text"), "a text job runs every detector listed for text: {job}");
    let job: Value = app
        .http
        .post(app.url("/v1/detect/audio"))
        .bearer_auth(&key)
        .header("Prefer", "wait=30")
        .multipart(form("file", "tone.wav", crate::support::detection::media("tone.wav")))
        .fetch()
        .await;
    let ran: BTreeMap<String, String> =
        job["models"].as_array().unwrap().iter().map(|m| (m["id"].as_str().unwrap().to_owned(), version(m))).collect();
    assert_eq!(ran, for_media("audio"), "an audio job runs every detector listed for audio: {job}");
    for m in job["models"].as_array().unwrap() {
        assert!(m["latency_ms"].as_f64().is_some_and(|ms| ms >= 0.0), "{m}");
    }
}

/// A models directory with the shipped models and `extra` appended to the manifest, the open_nsfw
/// classifier placed in it as an operator would.
fn models_dir_with(dir: &std::path::Path, extra: &str) -> std::path::PathBuf {
    let models = dir.join("models");
    std::fs::create_dir_all(models.join("operator")).unwrap();
    let shipped = repo_root().join("models");
    // Every shipped model's folder (scripts/bootstrap fills them), so the copy loads on its own
    // even when no other test of this process has already cached those sessions.
    for entry in std::fs::read_dir(&shipped).unwrap().map(Result::unwrap).filter(|e| e.path().is_dir()) {
        std::os::unix::fs::symlink(entry.path(), models.join(entry.file_name())).unwrap();
    }
    std::fs::copy(repo_root().join("tests/fixtures/operator/open-nsfw.onnx"), models.join("operator/open-nsfw.onnx"))
        .expect("fetched by scripts/bootstrap");
    let manifest = std::fs::read_to_string(shipped.join("models.toml")).unwrap() + extra;
    std::fs::write(models.join("models.toml"), manifest).unwrap();
    models
}

const OPERATOR_ENTRY: &str = r#"
[[model]]
id = "operator-nsfw"
version = "open-nsfw-1"
task = "classifier"
description = "Yahoo open_nsfw, standing in for an operator's classifier"
file = "operator/open-nsfw.onnx"
sha256 = "864bb37bf8863564b87eb330ab8c785a79a773f4e7c43cb96db52ed8611305fa"
license = "BSD-2-Clause"
layout = "NHWC"
input_width = 224
input_height = 224
mean = [104.0, 117.0, 123.0]
std = [1.0, 1.0, 1.0]
labels = ["sfw", "nsfw"]
outputs = { outputs = "softmax over sfw, nsfw" }

[model.classifier]
media = ["image", "video"]
regions = ["frame", "face"]
output = "outputs"
fake_label = "FAKE_LABEL"
weight = 0.5
finding = "synthetic"
channels = "BGR"
"#;

#[tokio::test]
async fn an_operator_classifier_joins_from_a_file_and_a_manifest_entry() {
    let dir = tempfile::tempdir().unwrap();
    let models = models_dir_with(dir.path(), &OPERATOR_ENTRY.replace("FAKE_LABEL", "nsfw"));
    let app = spawn_app_with(AppOptions { tweak: Some(Box::new(move |c| c.models.dir = models)), ..AppOptions::default() }).await;
    let key = app.detect_key().await;
    let response = app
        .http
        .post(app.url("/v1/detect/image"))
        .bearer_auth(&key)
        .multipart(form("file", "gauss.png", face("gauss.png")))
        .send()
        .await
        .unwrap();
    let job: Value = response.json().await.unwrap();
    assert_eq!(job["status"], "completed", "{job}");
    let run = job["models"].as_array().unwrap().iter().find(|m| m["id"] == "operator-nsfw").unwrap_or_else(|| panic!("{job}"));
    assert_eq!(run["version"], "open-nsfw-1");
    assert!(run["score"].as_f64().is_some_and(|s| (0.0..=1.0).contains(&s)), "{run}");
    assert!(job["signals"].as_array().unwrap().iter().any(|s| s["name"] == "operator-nsfw"), "{job}");
    let list = app.http.get(app.url("/v1/models")).bearer_auth(&key).fetch().await;
    let card = list["data"].as_array().unwrap().iter().find(|m| m["id"] == "operator-nsfw").unwrap_or_else(|| panic!("{list}"));
    assert_eq!(card["task"], "classifier");
    assert_eq!(card["weights"], "operator/open-nsfw.onnx (operator-supplied)");
}

#[test]
fn a_misconfigured_operator_classifier_stops_the_workers_with_the_reason() {
    let dir = tempfile::tempdir().unwrap();
    let mut config = veracity::config::Config::default();
    config.models.dir = models_dir_with(dir.path(), &OPERATOR_ENTRY.replace("FAKE_LABEL", "deepfake"));
    let error = format!("{:#}", veracity::workers::detectors(&config).err().expect("refused"));
    assert!(error.contains("fake_label `deepfake` is not among labels"), "{error}");
}

#[tokio::test]
async fn scrfd_replaces_mtcnn_when_configured() {
    let tweak = |c: &mut veracity::config::Config| c.models.face_detector = veracity::detection_config::FaceDetectorKind::Scrfd;
    let app = spawn_app_with(AppOptions { tweak: Some(Box::new(tweak)), ..AppOptions::default() }).await;
    let key = app.detect_key().await;
    let list = app.http.get(app.url("/v1/models")).bearer_auth(&key).fetch().await;
    let ids: Vec<&str> = list["data"].as_array().unwrap().iter().map(|m| m["id"].as_str().unwrap()).collect();
    assert!(ids.contains(&"scrfd") && !ids.contains(&"mtcnn"), "{ids:?}");
    let card = list["data"].as_array().unwrap().iter().find(|m| m["id"] == "scrfd").unwrap();
    assert!(card["license"].as_str().unwrap().contains("non-commercial"), "{card}");
    let job: Value =
        app.http.post(app.url("/v1/detect/image")).bearer_auth(&key).multipart(form("file", "gauss.png", face("gauss.png"))).fetch().await;
    assert_eq!(job["faces"].as_array().map(Vec::len), Some(1), "{job}");
    assert!(job["models"].as_array().unwrap().iter().any(|m| m["id"] == "scrfd"), "{job}");
}
