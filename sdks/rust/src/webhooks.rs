//! Webhook verification, delegated to the Standard Webhooks reference library.

use serde::Deserialize;
use serde_json::Value;

/// The job summary of `deepfake.*` events; `GET` `links.self` for the full result.
#[derive(Debug, Clone, Deserialize)]
pub struct JobEventData {
    pub id: String,
    pub media_type: String,
    pub status: String,
    pub credits_used: u64,
    pub links: Value,
    pub verdict: Option<String>,
    pub is_deepfake: Option<bool>,
    pub confidence: Option<f64>,
    pub risk_score: Option<u8>,
    pub recommendation: Option<String>,
    pub manipulation_type: Option<String>,
    pub error: Option<Value>,
}

/// A verified delivery.
#[derive(Debug, Clone)]
pub struct WebhookEvent {
    pub id: String,
    pub r#type: String,
    pub timestamp: String,
    pub data: Value,
    /// Set for `deepfake.scan_completed`, `deepfake.deepfake_detected` and `deepfake.job_failed`.
    pub job: Option<JobEventData>,
}

/// Checks a delivery's `webhook-signature` (and its timestamp, within 5 minutes) against the
/// endpoint's `whsec_…` secret before parsing it. Pass the raw body exactly as received.
pub fn verify_webhook(body: &[u8], headers: &reqwest::header::HeaderMap, secret: &str) -> Result<WebhookEvent, String> {
    let webhook = standardwebhooks::Webhook::new(secret).map_err(|e| format!("the secret: {e}"))?;
    webhook.verify(body, headers).map_err(|e| format!("not a genuine delivery: {e}"))?;
    let event: Value = serde_json::from_slice(body).map_err(|e| format!("not JSON: {e}"))?;
    let r#type = event["type"].as_str().unwrap_or_default().to_owned();
    let data = event["data"].clone();
    let job = if r#type.starts_with("deepfake.") { serde_json::from_value(data.clone()).ok() } else { None };
    Ok(WebhookEvent {
        id: headers.get("webhook-id").and_then(|v| v.to_str().ok()).unwrap_or_default().to_owned(),
        r#type,
        timestamp: event["timestamp"].as_str().unwrap_or_default().to_owned(),
        data,
        job,
    })
}
