//! The bodies of webhook messages: `{type, timestamp, data}` as compact JSON, or Veriplus's
//! `{event, timestamp, data}` for an endpoint that asks for it. `data` is a summary of the
//! tenant's own job (never its media) or of its own credit balance.

use chrono::{DateTime, SecondsFormat, Utc};
use serde_json::{Value, json};

use super::{EventType, PayloadFormat};
use crate::billing::CreditsLowBalance;
use crate::detection::{JobState, Verdict};
use crate::ids::{JobId, WebhookId};

/// The whole body, as the bytes that are signed.
pub fn body(event_type: EventType, timestamp: DateTime<Utc>, data: Value) -> String {
    body_as(PayloadFormat::Veracity, event_type, timestamp, data)
}

/// The whole body in `format`: the envelope's member for the event's name is `type`
/// (Veracity) or `event` (Veriplus); `data` is the caller's, already in that format.
pub fn body_as(format: PayloadFormat, event_type: EventType, timestamp: DateTime<Utc>, data: Value) -> String {
    let name = match format {
        PayloadFormat::Veracity => "type",
        PayloadFormat::Veriplus => "event",
    };
    let mut body = serde_json::Map::new();
    body.insert(name.into(), json!(event_type.as_str()));
    body.insert("timestamp".into(), json!(timestamp.to_rfc3339_opts(SecondsFormat::Millis, true)));
    body.insert("data".into(), data);
    Value::Object(body).to_string()
}

/// Veriplus's name for a native manipulation type (`face_swap` → `FACE_SWAP`). Veracity's
/// `voice_cloning` (edited or partly synthesised speech) is Veriplus's `AUDIO_MANIPULATION`:
/// its `VOICE_CLONING` claims a cloned voice, which Veracity does not measure.
pub fn veriplus_manipulation(native: &str) -> String {
    match native.to_ascii_uppercase() {
        upper if upper == "VOICE_CLONING" => "AUDIO_MANIPULATION".to_owned(),
        upper => upper,
    }
}

/// A job's `data` as Veriplus's webhook payload documents it: `jobId`, `mediaType` (upper
/// case), `isDeepfake`, `confidence` (how likely a deepfake, 0-100: the risk score) and
/// `manipulationType`; added: `status` (`COMPLETED`, `FAILED`) and, for a failed job, `error`.
/// What was not judged is `null`.
pub fn veriplus_job(job: JobId, state: &JobState) -> Value {
    let report = state.report.as_ref();
    json!({
        "jobId": job.to_string(),
        "mediaType": state.submitted.as_ref().map(|s| s.media_type.as_str().to_ascii_uppercase()),
        "status": state.status.as_str().to_ascii_uppercase(),
        "isDeepfake": report.map(|r| r.is_deepfake),
        "confidence": report.and_then(|r| r.risk_score),
        "manipulationType": report.and_then(|r| r.manipulation_type).map(|m| veriplus_manipulation(m.as_str())),
        "error": state.failure.as_ref().map(|f| json!({"code": f.code.as_str(), "message": f.message})),
    })
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn veriplus_bodies_name_the_event_and_its_manipulation_types() {
        let at = DateTime::parse_from_rfc3339("2026-12-07T10:31:05Z").unwrap().with_timezone(&Utc);
        let vendor: Value = serde_json::from_str(&body_as(PayloadFormat::Veriplus, EventType::DeepfakeDetected, at, json!({}))).unwrap();
        assert_eq!(vendor, json!({"event": "deepfake.deepfake_detected", "timestamp": "2026-12-07T10:31:05.000Z", "data": {}}));
        let native: Value = serde_json::from_str(&body(EventType::ScanCompleted, at, json!({}))).unwrap();
        assert_eq!(native["type"], "deepfake.scan_completed");
        assert_eq!(veriplus_manipulation("face_swap"), "FACE_SWAP");
        assert_eq!(veriplus_manipulation("voice_cloning"), "AUDIO_MANIPULATION");
    }
}
