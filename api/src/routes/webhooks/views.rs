//! What the webhook endpoints answer: endpoints (never their secrets), messages and attempts.

use chrono::{DateTime, Utc};
use poem_openapi::Object;
use poem_openapi::types::Example;
use veracity_domain::ports::{AttemptRow, MessageRow};

pub use crate::webhook_types::{DeliveryStatus, WebhookEventType};
use veracity_domain::webhooks::Endpoint;
use veracity_domain::webhooks::endpoints::{DisableReason, PayloadFormat};

use crate::enums::mirror_enum;

mirror_enum! {
    /// Why Veracity disabled an endpoint: `gone` (it answered 410) or `failing` (no successful
    /// delivery for the configured period while deliveries kept failing).
    DisableReasonView as "DisableReason" <=> DisableReason { Gone, Failing }
}

mirror_enum! {
    /// The shape of an endpoint's bodies: `veracity` (`{type, timestamp, data}`, as the event
    /// catalogue documents) or `veriplus` (Veriplus's `{event, timestamp, data}`, a job's `data`
    /// as `{jobId, mediaType, isDeepfake, confidence, manipulationType}`: docs/migrate/veriplus.md).
    /// Signed the same way either way; `veracity` unless the endpoint asks for another.
    PayloadFormatView as "WebhookPayloadFormat" <=> PayloadFormat { Veracity, Veriplus }
}

fn at(text: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(text).expect("valid example time").with_timezone(&Utc)
}

/// A webhook endpoint. Its signing secret is shown only when created or rotated.
#[derive(Debug, Object)]
#[oai(example)]
#[oai(skip_serializing_if_is_none)]
pub struct WebhookEndpoint {
    pub id: String,
    pub url: String,
    /// The event types sent to it; empty: every type.
    pub event_types: Vec<WebhookEventType>,
    pub description: String,
    /// False when you disabled it, or Veracity did (see `disabled_reason`).
    pub enabled: bool,
    /// Most deliveries per second; absent: no limit.
    pub rate_limit_per_second: Option<u32>,
    /// `deepfake.deepfake_detected` is sent from this risk score up (0-100).
    pub risk_threshold: u8,
    pub payload_format: PayloadFormatView,
    // Present when Veracity disabled it; an update with `enabled: true` resumes deliveries.
    pub disabled_reason: Option<DisableReasonView>,
    pub disabled_detail: Option<String>,
    pub disabled_at: Option<DateTime<Utc>>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    /// After a rotation: until when the previous secret also signs.
    pub previous_secret_valid_until: Option<DateTime<Utc>>,
}

impl WebhookEndpoint {
    pub fn view(e: &Endpoint, now: DateTime<Utc>) -> Self {
        WebhookEndpoint {
            id: e.id.to_string(),
            url: e.settings.url.clone(),
            event_types: e.settings.event_types.iter().map(|t| (*t).into()).collect(),
            description: e.settings.description.clone(),
            enabled: e.settings.enabled,
            rate_limit_per_second: e.settings.rate_limit_per_second,
            risk_threshold: e.settings.risk_threshold,
            payload_format: e.settings.payload_format.into(),
            disabled_reason: e.disabled.as_ref().map(|(r, _, _)| (*r).into()),
            disabled_detail: e.disabled.as_ref().map(|(_, d, _)| d.clone()),
            disabled_at: e.disabled.as_ref().map(|(_, _, at)| *at),
            created_at: e.created_at,
            updated_at: e.updated_at,
            previous_secret_valid_until: e.secrets.previous_valid_until(now),
        }
    }
}

impl Example for WebhookEndpoint {
    fn example() -> Self {
        WebhookEndpoint {
            id: "wh_01jebm2x6q7v3k0c8f2h4n9r1s".into(),
            url: "https://hooks.example.com/veracity".into(),
            event_types: vec![WebhookEventType::ScanCompleted, WebhookEventType::DeepfakeDetected],
            description: "KYC review queue".into(),
            enabled: true,
            rate_limit_per_second: Some(20),
            risk_threshold: 70,
            payload_format: PayloadFormatView::Veracity,
            disabled_reason: None,
            disabled_detail: None,
            disabled_at: None,
            created_at: at("2026-12-06T10:00:00Z"),
            updated_at: at("2026-12-06T10:00:00Z"),
            previous_secret_valid_until: None,
        }
    }
}

/// An endpoint and its signing secret, shown this once.
#[derive(Debug, Object)]
pub struct WebhookEndpointWithSecret {
    pub endpoint: WebhookEndpoint,
    /// `whsec_…`: verify each delivery's `webhook-signature` with it (Standard Webhooks). Store
    /// it now: it is never shown again.
    pub secret: String,
}

#[derive(Debug, Object)]
#[oai(skip_serializing_if_is_none)]
pub struct WebhookEndpointPage {
    pub data: Vec<WebhookEndpoint>,
    pub has_more: bool,
    pub next_cursor: Option<String>,
}

/// A signing secret, shown this once.
#[derive(Debug, Object)]
#[oai(example)]
#[oai(skip_serializing_if_is_none)]
pub struct SigningSecret {
    /// `whsec_…` followed by the base64 of 32 random bytes.
    pub secret: String,
    /// Until when the previous secret also signs (after a rotation).
    pub previous_secret_valid_until: Option<DateTime<Utc>>,
}

impl Example for SigningSecret {
    fn example() -> Self {
        SigningSecret { secret: "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw5Sd4mAnUe1g=".into(), previous_secret_valid_until: None }
    }
}

/// One event type of the catalogue.
#[derive(Debug, Object)]
pub struct EventTypeInfo {
    pub name: WebhookEventType,
    pub description: String,
    /// The JSON Schema (2020-12) of a message body of this type.
    pub schema: serde_json::Value,
}

#[derive(Debug, Object)]
pub struct EventTypeList {
    pub data: Vec<EventTypeInfo>,
}

/// One message to an endpoint (or a callback URL) and where its delivery stands.
#[derive(Debug, Object)]
#[oai(example)]
#[oai(skip_serializing_if_is_none)]
pub struct WebhookMessage {
    /// Also the `webhook-id` header of every attempt: drop duplicates by it.
    pub id: String,
    /// The endpoint, or absent for a job's `callback_url`.
    pub endpoint_id: Option<String>,
    /// The callback URL, for callback messages.
    pub url: Option<String>,
    pub event_type: WebhookEventType,
    pub job_id: Option<String>,
    pub status: DeliveryStatus,
    pub attempts: u32,
    pub last_status_code: Option<u16>,
    pub created_at: DateTime<Utc>,
    pub last_attempt_at: Option<DateTime<Utc>>,
    pub next_attempt_at: Option<DateTime<Utc>>,
    /// The body sent: `{type, timestamp, data}`.
    pub payload: serde_json::Value,
}

impl From<MessageRow> for WebhookMessage {
    fn from(m: MessageRow) -> Self {
        WebhookMessage {
            id: m.id.to_string(),
            endpoint_id: m.endpoint.map(|e| e.to_string()),
            url: m.url,
            event_type: m.event_type.into(),
            job_id: m.job.map(|j| j.to_string()),
            status: m.status.into(),
            attempts: m.attempts,
            last_status_code: m.last_status_code,
            created_at: m.created_at,
            last_attempt_at: m.last_attempt_at,
            next_attempt_at: m.next_attempt_at,
            payload: serde_json::from_str(&m.body).unwrap_or(serde_json::Value::String(m.body)),
        }
    }
}

impl Example for WebhookMessage {
    fn example() -> Self {
        WebhookMessage {
            id: "msg_4bq1z3x6q7v3k0c8f2h4n9r1s0".into(),
            endpoint_id: Some("wh_01jebm2x6q7v3k0c8f2h4n9r1s".into()),
            url: None,
            event_type: WebhookEventType::ScanCompleted,
            job_id: Some("job_01jebm3a9d5e7f0g1h2j3k4m5n".into()),
            status: DeliveryStatus::Delivered,
            attempts: 1,
            last_status_code: Some(200),
            created_at: at("2026-12-06T10:00:01Z"),
            last_attempt_at: Some(at("2026-12-06T10:00:01Z")),
            next_attempt_at: None,
            payload: serde_json::json!({
                "type": "deepfake.scan_completed",
                "timestamp": "2026-12-06T10:00:01.000Z",
                "data": {"id": "job_01jebm3a9d5e7f0g1h2j3k4m5n", "media_type": "image", "status": "completed",
                         "verdict": "authentic", "is_deepfake": false, "confidence": 0.91, "risk_score": 8,
                         "recommendation": "accept", "manipulation_type": null, "credits_used": 1, "error": null,
                         "links": {"self": "/v1/jobs/job_01jebm3a9d5e7f0g1h2j3k4m5n"}}
            }),
        }
    }
}

#[derive(Debug, Object)]
#[oai(skip_serializing_if_is_none)]
pub struct WebhookMessagePage {
    pub data: Vec<WebhookMessage>,
    pub has_more: bool,
    pub next_cursor: Option<String>,
}

/// One delivery attempt.
#[derive(Debug, Object)]
#[oai(skip_serializing_if_is_none)]
pub struct WebhookAttempt {
    pub message_id: String,
    /// 1 for the first.
    pub attempt: u32,
    pub url: String,
    pub attempted_at: DateTime<Utc>,
    /// The HTTP status answered; absent when there was no answer (see `error`).
    pub status_code: Option<u16>,
    pub latency_ms: u64,
    /// Why there was no answer: refused address, timeout, connection error.
    pub error: Option<String>,
    /// The start of the answer's body (at most 1 KB).
    pub response_excerpt: String,
}

impl From<AttemptRow> for WebhookAttempt {
    fn from(a: AttemptRow) -> Self {
        WebhookAttempt {
            message_id: a.message.to_string(),
            attempt: a.attempt,
            url: a.url,
            attempted_at: a.attempted_at,
            status_code: a.status_code,
            latency_ms: a.latency_ms,
            error: a.error,
            response_excerpt: a.response_excerpt,
        }
    }
}

#[derive(Debug, Object)]
#[oai(skip_serializing_if_is_none)]
pub struct WebhookAttemptPage {
    pub data: Vec<WebhookAttempt>,
    pub has_more: bool,
    /// The attempt number to pass as `starting_after`.
    pub next_cursor: Option<String>,
}

/// A message queued for delivery.
#[derive(Debug, Object)]
pub struct Queued {
    pub message_id: String,
}

/// The outcome of a retry: whether it was queued (a delivered message is left alone).
#[derive(Debug, Object)]
pub struct RetryOutcome {
    pub queued: bool,
    pub status: DeliveryStatus,
}

#[derive(Debug, Object)]
pub struct RecoverOutcome {
    /// Failed messages queued again.
    pub queued: u64,
    /// More failed messages remain: call again.
    pub has_more: bool,
}
