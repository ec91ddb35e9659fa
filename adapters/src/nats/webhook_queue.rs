//! The webhook message queue: a JetStream work-queue stream, `<prefix>.<tenant>.<target>`, read
//! by one durable consumer that every dispatcher shares. A ticket stays until a dispatcher
//! acknowledges it; a failed attempt postpones it (a NAK with the schedule's delay), so the
//! retry schedule survives restarts of every process.

use std::time::Duration;

use async_nats::jetstream;
use async_nats::jetstream::message::AckKind;
use async_trait::async_trait;
use futures::StreamExt;
use veracity_domain::DomainError;
use veracity_domain::ports::{MessageDelivery, MessageStream, MessageTicket, WebhookQueue};

use super::work_queue::{self, Handle, Pulled};

#[derive(Debug, Clone)]
pub struct WebhookQueueSettings {
    /// e.g. `VERACITY_WEBHOOKS`.
    pub stream: String,
    /// e.g. `veracity.webhooks`.
    pub subject_prefix: String,
    pub replicas: usize,
    /// A delivery neither acknowledged nor kept alive within this goes to another dispatcher.
    pub ack_wait: Duration,
}

/// The durable consumer's name.
const GROUP: &str = "webhook_dispatch";

/// No limit on tickets out at once: a ticket waiting out a retry delay (hours, for a dead
/// endpoint) counts as out, and a limit would let one dead endpoint's backlog stop every
/// other endpoint's deliveries. The server keeps a few dozen bytes per waiting ticket.
const UNLIMITED: i64 = -1;

pub struct JetStreamWebhookQueue {
    js: jetstream::Context,
    settings: WebhookQueueSettings,
}

impl JetStreamWebhookQueue {
    pub async fn open(client: async_nats::Client, settings: WebhookQueueSettings) -> Result<Self, DomainError> {
        let js = jetstream::new(client);
        let description = "Veracity webhook messages waiting to be delivered";
        work_queue::open_stream(&js, &settings.stream, description, &settings.subject_prefix, settings.replicas).await?;
        Ok(Self { js, settings })
    }
}

#[async_trait]
impl WebhookQueue for JetStreamWebhookQueue {
    async fn enqueue(&self, ticket: MessageTicket) -> Result<(), DomainError> {
        let subject = format!("{}.{}.{}", self.settings.subject_prefix, ticket.tenant, ticket.target.replace('.', "_"));
        let dedupe = if ticket.nonce.is_empty() { ticket.message.to_string() } else { format!("{}.{}", ticket.message, ticket.nonce) };
        let body = serde_json::to_vec(&ticket).expect("a ticket serialises");
        work_queue::publish(&self.js, subject, dedupe, body, "queueing a webhook message").await
    }

    async fn consume(&self) -> Result<MessageStream, DomainError> {
        let pulled = work_queue::pull(&self.js, &self.settings.stream, GROUP, self.settings.ack_wait, UNLIMITED).await?;
        Ok(pulled
            .then(|pulled| async move {
                let Pulled { message, delivery, .. } = pulled?;
                match serde_json::from_slice::<MessageTicket>(&message.payload) {
                    Ok(ticket) => Ok(MessageDelivery { ticket, delivery, handle: Box::new(Handle(message)) }),
                    Err(e) => {
                        // Never readable: dropped for good rather than redelivered forever.
                        let _ = message.ack_with(AckKind::Term).await;
                        Err(DomainError::internal(format!("an unreadable webhook ticket, dropped: {e}")))
                    }
                }
            })
            .boxed())
    }

    async fn depth(&self) -> Result<u64, DomainError> {
        work_queue::depth(&self.js, &self.settings.stream).await
    }
}
