//! The webhook event catalogue: every `type` a message can have, what it means, and the JSON
//! Schema of its body. Bodies are `{type, timestamp, data}`; `data` never holds media and never
//! another tenant's data.

use serde::{Deserialize, Serialize};
use serde_json::{Value, json};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum EventType {
    /// Every job that finished with a verdict.
    #[serde(rename = "deepfake.scan_completed")]
    ScanCompleted,
    /// A job whose verdict is `synthetic` or `manipulated` with a risk score at or above the
    /// endpoint's threshold.
    #[serde(rename = "deepfake.deepfake_detected")]
    DeepfakeDetected,
    /// A job that failed (its credits were not spent).
    #[serde(rename = "deepfake.job_failed")]
    JobFailed,
    /// The organisation's available credits fell below the low-balance threshold.
    #[serde(rename = "credits.low_balance")]
    LowBalance,
    /// Sent on request (`POST /v1/webhooks/{id}/test`) to check an endpoint.
    #[serde(rename = "webhook.test")]
    Test,
}

impl EventType {
    pub const ALL: [EventType; 5] =
        [EventType::ScanCompleted, EventType::DeepfakeDetected, EventType::JobFailed, EventType::LowBalance, EventType::Test];

    pub fn as_str(self) -> &'static str {
        match self {
            EventType::ScanCompleted => "deepfake.scan_completed",
            EventType::DeepfakeDetected => "deepfake.deepfake_detected",
            EventType::JobFailed => "deepfake.job_failed",
            EventType::LowBalance => "credits.low_balance",
            EventType::Test => "webhook.test",
        }
    }

    pub fn parse(name: &str) -> Option<EventType> {
        Self::ALL.into_iter().find(|t| t.as_str() == name)
    }

    pub fn description(self) -> &'static str {
        match self {
            EventType::ScanCompleted => "A detection job finished with a verdict. Sent for every completed job.",
            EventType::DeepfakeDetected => {
                "A detection job's verdict is `synthetic` or `manipulated` and its risk score is at or above the \
                 endpoint's `risk_threshold` (default 70). Sent in addition to `deepfake.scan_completed`."
            }
            EventType::JobFailed => "A detection job failed (bad media, no face, an analysis fault); no credits were spent.",
            EventType::LowBalance => "The organisation's available credits fell below the low-balance threshold (once per fall).",
            EventType::Test => "A test message, sent only when you ask for one.",
        }
    }

    /// The JSON Schema of a message body of this type.
    pub fn schema(self) -> Value {
        let data = match self {
            EventType::ScanCompleted | EventType::DeepfakeDetected | EventType::JobFailed => job_summary_schema(self),
            EventType::LowBalance => json!({
                "type": "object",
                "required": ["available", "threshold"],
                "properties": {
                    "available": {"type": "integer", "minimum": 0, "description": "Credits available now."},
                    "threshold": {"type": "integer", "minimum": 0, "description": "The low-balance threshold crossed."},
                    "links": {"type": "object", "properties": {"balance": {"type": "string"}}}
                }
            }),
            EventType::Test => json!({
                "type": "object",
                "required": ["message", "endpoint_id"],
                "properties": {
                    "message": {"type": "string"},
                    "endpoint_id": {"type": "string"}
                }
            }),
        };
        json!({
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "title": self.as_str(),
            "type": "object",
            "required": ["type", "timestamp", "data"],
            "properties": {
                "type": {"const": self.as_str()},
                "timestamp": {"type": "string", "format": "date-time", "description": "When the event happened."},
                "data": data
            }
        })
    }
}

fn job_summary_schema(event: EventType) -> Value {
    let nullable = |t: &str| json!({"type": [t, "null"]});
    let mut required = vec!["id", "media_type", "status", "credits_used", "links"];
    if event != EventType::JobFailed {
        required.extend(["verdict", "is_deepfake", "confidence", "recommendation"]);
    } else {
        required.push("error");
    }
    json!({
        "type": "object",
        "required": required,
        "properties": {
            "id": {"type": "string", "description": "The job id (`job_…`)."},
            "media_type": {"enum": ["image", "video", "audio", "text"]},
            "status": {"enum": ["completed", "failed"]},
            "verdict": {"enum": ["authentic", "synthetic", "manipulated", "inconclusive", null]},
            "is_deepfake": nullable("boolean"),
            "confidence": {"type": ["number", "null"], "minimum": 0, "maximum": 1},
            "risk_score": {"type": ["integer", "null"], "minimum": 0, "maximum": 100},
            "recommendation": {"enum": ["accept", "enhanced_verification", "manual_review", "reject", null]},
            "manipulation_type": nullable("string"),
            "credits_used": {"type": "integer", "minimum": 0},
            "error": {
                "type": ["object", "null"],
                "properties": {"code": {"type": "string"}, "message": {"type": "string"}}
            },
            "links": {
                "type": "object",
                "required": ["self"],
                "properties": {"self": {"type": "string", "description": "`GET` this for the full result."}}
            }
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip_and_match_serde() {
        for t in EventType::ALL {
            assert_eq!(EventType::parse(t.as_str()), Some(t));
            assert_eq!(serde_json::to_value(t).unwrap(), json!(t.as_str()));
            assert_eq!(t.schema()["properties"]["type"]["const"], t.as_str());
        }
        assert_eq!(EventType::parse("deepfake.other"), None);
    }
}
