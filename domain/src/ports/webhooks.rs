//! What webhooks need from outside: sealing secrets, a durable queue of messages to send, an
//! HTTP sender that refuses internal addresses, and the delivery log's read model.

use async_trait::async_trait;
use chrono::{DateTime, Utc};
use futures::stream::BoxStream;
use serde::{Deserialize, Serialize};

use super::job_queue::TicketHandle;
use super::media_url::FetchError;
use super::read_models::{Page, Paged, TenantScope};
use crate::error::DomainError;
use crate::ids::{JobId, MessageId, TenantId, WebhookId};
use crate::webhooks::{AttemptOutcome, EventType, MessageStatus, SealedSecret};

/// Seals signing secrets with the deployment's key (an AEAD), bound to where they belong.
pub trait SecretSealer: Send + Sync {
    /// A new random signing secret (`whsec_…`): the text to show once, and its sealed form for
    /// the log. `context` names its owner, e.g. `<tenant>/<endpoint>`.
    fn generate(&self, context: &str) -> Result<(String, SealedSecret), DomainError>;
    /// The secret's text; an error if it was sealed with another key or for another context.
    fn open(&self, sealed: &SealedSecret, context: &str) -> Result<String, DomainError>;
}

/// Where an endpoint's secret is bound: its tenant and endpoint (or the callback secret).
pub fn secret_context(tenant: TenantId, endpoint: Option<WebhookId>) -> String {
    match endpoint {
        Some(endpoint) => format!("{tenant}/{endpoint}"),
        None => format!("{tenant}/callback"),
    }
}

/// A message waiting to be sent: the message's events hold everything else.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MessageTicket {
    pub tenant: TenantId,
    pub message: MessageId,
    /// The target's key (an endpoint id or `callback`): the dispatcher's per-endpoint lane.
    pub target: String,
    /// Empty when the message is made (a repeated creation is then queued once); a manual retry
    /// sets it (its request id), so the retry is queued even right after another ticket.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub nonce: String,
}

pub struct MessageDelivery {
    pub ticket: MessageTicket,
    /// 1 for the first delivery of the ticket.
    pub delivery: u32,
    pub handle: Box<dyn TicketHandle>,
}

pub type MessageStream = BoxStream<'static, Result<MessageDelivery, DomainError>>;

/// The durable queue between a message's creation and its delivery: a ticket stays until the
/// dispatcher acknowledges it, so a dispatcher killed mid-delivery leaves it to the next.
#[async_trait]
pub trait WebhookQueue: Send + Sync {
    /// Queues `ticket`; the same message queued twice within minutes is delivered once.
    async fn enqueue(&self, ticket: MessageTicket) -> Result<(), DomainError>;
    /// Deliveries for the dispatchers, each ticket to one of them.
    async fn consume(&self) -> Result<MessageStream, DomainError>;

    /// Tickets queued and not yet acknowledged: waiting for a dispatcher, or being sent.
    async fn depth(&self) -> Result<u64, DomainError>;
}

/// Sends webhook requests under the outbound rules: https only (unless configured), no
/// internal addresses (checked when the URL is given and again at each send), no redirects.
#[async_trait]
pub trait WebhookSender: Send + Sync {
    /// Whether `url` may receive webhooks: its form, and every address its host resolves to now.
    async fn check(&self, url: &str) -> Result<(), FetchError>;
    /// POSTs `body` with `headers`; never an error: what happened is in the outcome.
    async fn post(&self, url: &str, headers: &[(&str, String)], body: &[u8]) -> AttemptOutcome;
}

/// Which messages a delivery log lists.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct MessageFilter {
    pub status: Option<MessageStatus>,
    pub event_type: Option<EventType>,
    pub since: Option<DateTime<Utc>>,
    pub until: Option<DateTime<Utc>>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct MessageRow {
    pub id: MessageId,
    /// `None` for a job's `callback_url`.
    pub endpoint: Option<WebhookId>,
    /// The callback URL (endpoint messages go to the endpoint's current URL).
    pub url: Option<String>,
    pub event_type: EventType,
    pub job: Option<JobId>,
    pub status: MessageStatus,
    pub attempts: u32,
    pub last_status_code: Option<u16>,
    pub created_at: DateTime<Utc>,
    pub last_attempt_at: Option<DateTime<Utc>>,
    pub next_attempt_at: Option<DateTime<Utc>>,
    /// The JSON body sent.
    pub body: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct AttemptRow {
    pub message: MessageId,
    pub attempt: u32,
    pub url: String,
    pub attempted_at: DateTime<Utc>,
    pub status_code: Option<u16>,
    pub latency_ms: u64,
    pub error: Option<String>,
    pub response_excerpt: String,
}

/// The delivery log, per tenant.
#[async_trait]
pub trait WebhooksRead: Send + Sync {
    /// Messages to `endpoint` (`None`: to callback URLs), newest first.
    async fn list_messages(
        &self,
        scope: &TenantScope,
        endpoint: Option<WebhookId>,
        filter: &MessageFilter,
        page: &Page,
    ) -> Result<Paged<MessageRow>, DomainError>;
    async fn get_message(&self, scope: &TenantScope, message: MessageId) -> Result<Option<MessageRow>, DomainError>;
    /// A message's attempts, newest first.
    async fn list_attempts(&self, scope: &TenantScope, message: MessageId, page: &Page) -> Result<Paged<AttemptRow>, DomainError>;
    /// Every message made for a job (at most a few per endpoint).
    async fn job_deliveries(&self, scope: &TenantScope, job: JobId) -> Result<Vec<MessageRow>, DomainError>;
    /// Failed messages to `endpoint` created since `since`, oldest first, at most `limit`.
    async fn failed_since(
        &self,
        scope: &TenantScope,
        endpoint: WebhookId,
        since: DateTime<Utc>,
        limit: u64,
    ) -> Result<Vec<MessageId>, DomainError>;
    /// Waits (a few seconds at most) until the delivery log has applied the event at `sequence`.
    async fn wait_for_webhooks(&self, sequence: u64) -> bool;
}

/// What the dispatcher reads across tenants: endpoint health and backlog.
#[async_trait]
pub trait WebhookHealth: Send + Sync {
    /// Since when deliveries to `endpoint` have failed without a success in between.
    async fn failing_since(&self, tenant: TenantId, endpoint: WebhookId) -> Result<Option<DateTime<Utc>>, DomainError>;
    /// Messages still owed a delivery, per target key (endpoint id or `callback`).
    async fn backlog(&self) -> Result<Vec<(String, u64)>, DomainError>;
}
