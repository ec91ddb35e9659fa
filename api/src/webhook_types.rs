//! The webhook types that job results show too: event types, delivery statuses, and where a
//! job's messages stand (`webhook_deliveries` of `GET /v1/jobs/{id}`).

use chrono::{DateTime, Utc};
use poem_openapi::{Enum, Object};
use veracity_domain::ports::MessageRow;
use veracity_domain::webhooks::EventType;

/// A webhook event type.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Enum)]
pub enum WebhookEventType {
    #[oai(rename = "deepfake.scan_completed")]
    ScanCompleted,
    #[oai(rename = "deepfake.deepfake_detected")]
    DeepfakeDetected,
    #[oai(rename = "deepfake.job_failed")]
    JobFailed,
    #[oai(rename = "credits.low_balance")]
    LowBalance,
    #[oai(rename = "webhook.test")]
    Test,
}

impl From<EventType> for WebhookEventType {
    fn from(t: EventType) -> Self {
        match t {
            EventType::ScanCompleted => Self::ScanCompleted,
            EventType::DeepfakeDetected => Self::DeepfakeDetected,
            EventType::JobFailed => Self::JobFailed,
            EventType::LowBalance => Self::LowBalance,
            EventType::Test => Self::Test,
        }
    }
}

impl From<WebhookEventType> for EventType {
    fn from(t: WebhookEventType) -> Self {
        match t {
            WebhookEventType::ScanCompleted => Self::ScanCompleted,
            WebhookEventType::DeepfakeDetected => Self::DeepfakeDetected,
            WebhookEventType::JobFailed => Self::JobFailed,
            WebhookEventType::LowBalance => Self::LowBalance,
            WebhookEventType::Test => Self::Test,
        }
    }
}

/// A message's delivery status.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Enum)]
#[oai(rename_all = "snake_case")]
pub enum DeliveryStatus {
    /// Not delivered yet; another attempt is due (`next_attempt_at`).
    Pending,
    /// A 2xx answer was received.
    Delivered,
    /// Every attempt failed (or the endpoint answered 410, or was deleted or disabled).
    Failed,
}

impl From<veracity_domain::webhooks::MessageStatus> for DeliveryStatus {
    fn from(s: veracity_domain::webhooks::MessageStatus) -> Self {
        use veracity_domain::webhooks::MessageStatus as M;
        match s {
            M::Pending => Self::Pending,
            M::Delivered => Self::Delivered,
            M::Failed => Self::Failed,
        }
    }
}

impl From<DeliveryStatus> for veracity_domain::webhooks::MessageStatus {
    fn from(s: DeliveryStatus) -> Self {
        match s {
            DeliveryStatus::Pending => Self::Pending,
            DeliveryStatus::Delivered => Self::Delivered,
            DeliveryStatus::Failed => Self::Failed,
        }
    }
}

/// Where a job's webhook messages stand, one per endpoint and event type.
#[derive(Debug, Clone, Object)]
#[oai(skip_serializing_if_is_none)]
pub struct WebhookDelivery {
    pub message_id: String,
    /// Absent for the job's `callback_url`.
    pub endpoint_id: Option<String>,
    pub url: Option<String>,
    pub event_type: WebhookEventType,
    pub status: DeliveryStatus,
    pub attempts: u32,
    pub last_status_code: Option<u16>,
    pub next_attempt_at: Option<DateTime<Utc>>,
}

impl From<MessageRow> for WebhookDelivery {
    fn from(m: MessageRow) -> Self {
        WebhookDelivery {
            message_id: m.id.to_string(),
            endpoint_id: m.endpoint.map(|e| e.to_string()),
            url: m.url,
            event_type: m.event_type.into(),
            status: m.status.into(),
            attempts: m.attempts,
            last_status_code: m.last_status_code,
            next_attempt_at: m.next_attempt_at,
        }
    }
}
