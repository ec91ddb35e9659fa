//! What the JetStream work queues (detection jobs, webhook messages) share: a work-queue stream,
//! publishing with a dedupe id, one durable pull consumer per group, and the acknowledgements a
//! worker gives a delivery.

use std::time::Duration;

use async_nats::jetstream::message::AckKind;
use async_nats::jetstream::{self, consumer, stream};
use async_trait::async_trait;
use chrono::{DateTime, Utc};
use futures::StreamExt;
use futures::stream::BoxStream;
use veracity_domain::DomainError;
use veracity_domain::ports::TicketHandle;

use super::nats_error;

/// Creates (or opens) a work-queue stream capturing `<subject_prefix>.>`.
pub(super) async fn open_stream(
    js: &jetstream::Context,
    name: &str,
    description: &str,
    subject_prefix: &str,
    replicas: usize,
) -> Result<(), DomainError> {
    js.get_or_create_stream(stream::Config {
        name: name.to_owned(),
        description: Some(description.to_owned()),
        subjects: vec![format!("{subject_prefix}.>")],
        retention: stream::RetentionPolicy::WorkQueue,
        storage: stream::StorageType::File,
        num_replicas: replicas,
        duplicate_window: Duration::from_secs(120),
        ..Default::default()
    })
    .await
    .map_err(|e| nats_error(&format!("opening stream {name}"), e))?;
    Ok(())
}

/// The messages in `stream`: a work queue keeps a message until it is acknowledged, so this is
/// what waits plus what is being worked on.
pub(super) async fn depth(js: &jetstream::Context, stream: &str) -> Result<u64, DomainError> {
    Ok(state(js, stream).await?.messages)
}

/// The state of `stream` now: its message count and sequence numbers.
pub(super) async fn state(js: &jetstream::Context, stream: &str) -> Result<stream::State, DomainError> {
    let mut stream = js.get_stream(stream).await.map_err(|e| nats_error(&format!("opening stream {stream}"), e))?;
    let info = stream.info().await.map_err(|e| nats_error("reading a queue's depth", e))?;
    Ok(info.state.clone())
}

/// Publishes `body` and waits for the stream to store it; the same `dedupe_id` within two
/// minutes is stored once.
pub(super) async fn publish(
    js: &jetstream::Context,
    subject: String,
    dedupe_id: String,
    body: Vec<u8>,
    what: &str,
) -> Result<(), DomainError> {
    let publish = jetstream::message::PublishMessage::build().payload(body.into()).message_id(dedupe_id);
    js.send_publish(subject, publish).await.map_err(|e| nats_error(what, e))?.await.map_err(|e| nats_error(what, e))?;
    Ok(())
}

/// One delivery: the message, how many times it was delivered (1 for the first), and when it
/// was queued (the queue's clock).
pub(super) struct Pulled {
    pub message: jetstream::Message,
    pub delivery: u32,
    pub queued_at: DateTime<Utc>,
}

/// The deliveries of `stream` to the durable consumer `group`, shared by every worker of it.
/// At most `max_ack_pending` deliveries are out at once (-1: no limit); a delivery postponed
/// with a delay counts until it is redelivered and acknowledged.
pub(super) async fn pull(
    js: &jetstream::Context,
    stream: &str,
    group: &str,
    ack_wait: Duration,
    max_ack_pending: i64,
) -> Result<BoxStream<'static, Result<Pulled, DomainError>>, DomainError> {
    let stream = js.get_stream(stream).await.map_err(|e| nats_error(&format!("opening stream {stream}"), e))?;
    let consumer = stream
        .get_or_create_consumer(
            group,
            consumer::pull::Config {
                durable_name: Some(group.to_owned()),
                ack_policy: consumer::AckPolicy::Explicit,
                ack_wait,
                max_ack_pending,
                ..Default::default()
            },
        )
        .await
        .map_err(|e| nats_error(&format!("creating the consumer {group}"), e))?;
    let messages = consumer.messages().await.map_err(|e| nats_error(&format!("consuming {group}"), e))?;
    Ok(messages
        .map(|message| {
            let message = message.map_err(|e| nats_error("receiving from a work queue", e))?;
            let info = message.info().ok();
            let delivery = info.as_ref().map_or(1, |info| info.delivered).max(1) as u32;
            let queued_at = info
                .and_then(|info| DateTime::from_timestamp(info.published.unix_timestamp(), info.published.nanosecond()))
                .unwrap_or_else(Utc::now);
            Ok(Pulled { message, delivery, queued_at })
        })
        .boxed())
}

/// A worker's answers about one delivery.
pub(super) struct Handle(pub jetstream::Message);

#[async_trait]
impl TicketHandle for Handle {
    async fn ack(self: Box<Self>) -> Result<(), DomainError> {
        // Double ack: the server confirms, so a lost ack cannot cause a redelivery we did not expect.
        self.0.double_ack().await.map_err(|e| nats_error("acknowledging a queued ticket", e))
    }

    async fn retry_after(self: Box<Self>, delay: Duration) -> Result<(), DomainError> {
        self.0.ack_with(AckKind::Nak(Some(delay))).await.map_err(|e| nats_error("postponing a queued ticket", e))
    }

    async fn keep_alive(&self) -> Result<(), DomainError> {
        self.0.ack_with(AckKind::Progress).await.map_err(|e| nats_error("extending a queued ticket's ack wait", e))
    }
}
