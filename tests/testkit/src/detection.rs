//! Helpers of the detection tests: fixtures, forms and polling a job to its end.

use std::time::Duration;

use serde_json::Value;

use crate::accounts::FetchJson;
use crate::{TestApp, eventually, repo_root};

/// A committed synthetic media file (`tests/fixtures/media`, see `scripts/make-media-fixtures`).
pub fn media(name: &str) -> Vec<u8> {
    let path = repo_root().join("tests/fixtures/media").join(name);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// A face photo fetched by `scripts/bootstrap` (`tests/fixtures/fixtures.toml`).
pub fn face(name: &str) -> Vec<u8> {
    let path = repo_root().join("tests/fixtures/faces").join(name);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{} (fetched by scripts/bootstrap): {e}", path.display()))
}

pub fn form(field: &str, name: &str, bytes: Vec<u8>) -> reqwest::multipart::Form {
    reqwest::multipart::Form::new().part(field.to_owned(), reqwest::multipart::Part::bytes(bytes).file_name(name.to_owned()))
}

impl TestApp {
    /// A new organisation's API key (default scopes: every detection), not rate-limited in practice.
    pub async fn detect_key(&self) -> String {
        let owner = self.signup().await;
        self.create_key(&owner, serde_json::json!({"name": "detect", "rate_limit_per_minute": 1000})).await.1
    }

    /// Reads the job until it is `completed` or `failed`, for at most `limit`.
    pub async fn finished_job(&self, key: &str, id: &str, limit: Duration) -> Value {
        eventually(&format!("job {id} to finish"), limit, || async {
            let job = self.http.get(self.url(&format!("/v1/jobs/{id}"))).bearer_auth(key).fetch().await;
            matches!(job["status"].as_str(), Some("completed" | "failed")).then_some(job)
        })
        .await
    }
}
