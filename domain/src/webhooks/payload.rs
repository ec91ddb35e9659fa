//! The bodies of webhook messages: `{type, timestamp, data}` as compact JSON. `data` is a
//! summary of the tenant's own job (never its media) or of its own credit balance.

use chrono::{DateTime, SecondsFormat, Utc};
use serde_json::{Value, json};

use super::EventType;
use crate::billing::CreditsLowBalance;
use crate::detection::{JobState, Verdict};
use crate::ids::{JobId, WebhookId};

/// The whole body, as the bytes that are signed.
pub fn body(event_type: EventType, timestamp: DateTime<Utc>, data: Value) -> String {
    json!({
        "type": event_type.as_str(),
        "timestamp": timestamp.to_rfc3339_opts(SecondsFormat::Millis, true),
        "data": data,
    })
    .to_string()
}

/// `links.self` of a job: the API's own path, under `base_url` when one is configured.
fn job_link(base_url: &str, job: JobId) -> String {
    format!("{}/v1/jobs/{job}", base_url.trim_end_matches('/'))
}

/// The summary of a finished job.
pub fn job_summary(job: JobId, state: &JobState, base_url: &str) -> Value {
    let report = state.report.as_ref();
    let media_type = state.submitted.as_ref().map(|s| s.media_type.as_str());
    let error = state.failure.as_ref().map(|f| json!({"code": f.code.as_str(), "message": f.message}));
    json!({
        "id": job.to_string(),
        "media_type": media_type,
        "status": state.status.as_str(),
        "verdict": report.map(|r| r.verdict),
        "is_deepfake": report.map(|r| r.is_deepfake),
        "confidence": report.map(|r| r.confidence),
        "risk_score": report.and_then(|r| r.risk_score),
        "recommendation": report.map(|r| r.recommendation),
        "manipulation_type": report.and_then(|r| r.manipulation_type).map(|m| m.as_str()),
        "credits_used": state.credits_used,
        "error": error,
        "links": {"self": job_link(base_url, job)},
    })
}

/// Whether a finished job is a detected deepfake for an endpoint with `threshold`: verdict
/// synthetic or manipulated and a risk score at or above it.
pub fn is_detected(state: &JobState, threshold: u8) -> bool {
    state.report.as_ref().is_some_and(|r| {
        matches!(r.verdict, Verdict::Synthetic | Verdict::Manipulated) && r.risk_score.is_some_and(|risk| risk >= threshold)
    })
}

pub fn low_balance(event: &CreditsLowBalance, base_url: &str) -> Value {
    json!({
        "available": event.balance.available,
        "threshold": event.threshold,
        "links": {"balance": format!("{}/v1/billing/balance", base_url.trim_end_matches('/'))},
    })
}

pub fn test(endpoint: WebhookId) -> Value {
    json!({"message": "A test message from Veracity: your endpoint is reachable.", "endpoint_id": endpoint.to_string()})
}
