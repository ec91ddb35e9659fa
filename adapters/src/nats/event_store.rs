//! The event log on JetStream.
//!
//! One stream holds every event; each aggregate is one subject,
//! `<prefix>.<tenant>.<aggregate type>.<id>`. Optimistic concurrency is the server's
//! `Nats-Expected-Last-Subject-Sequence` check, and `Nats-Msg-Id` (the event id) makes a retried
//! publish a no-op within the stream's duplicate window. A single server checks the expected
//! sequence first, so a retry of a publish that was stored is recognised by its event id being
//! the aggregate's last event.

use std::time::Duration;

use async_nats::jetstream::context::PublishErrorKind;
use async_nats::jetstream::stream::{DirectGetErrorKind, RawMessageErrorKind};
use async_nats::jetstream::{self, consumer, message::PublishMessage, stream};
use async_trait::async_trait;
use futures::StreamExt;
use veracity_domain::ports::event_store::{AckHandle, Delivery, DeliveryStream, EventStore, Subscription, Watched};
use veracity_domain::{AggregatePosition, AggregateRef, Appended, DomainError, EventEnvelope, NewEvent, RecordedEvent};

use super::nats_error;

/// Names and sizing of the events stream.
#[derive(Debug, Clone)]
pub struct StreamSettings {
    /// e.g. `VERACITY_EVENTS`.
    pub stream: String,
    /// e.g. `veracity.ev`; the stream captures `<prefix>.>`.
    pub subject_prefix: String,
    /// 1 for a single server, 3 in a production cluster.
    pub replicas: usize,
}

impl StreamSettings {
    /// Where the server republishes each stored event for watchers (`<prefix>_live.…`, outside
    /// the stream's own subjects): `<live prefix>.<tenant>.<aggregate type>.<id>`.
    pub fn live_prefix(&self) -> String {
        format!("{}_live", self.subject_prefix)
    }
}

/// How long a retried publish is recognised as a duplicate.
const DUPLICATE_WINDOW: Duration = Duration::from_secs(120);
/// Upper bound on reading one aggregate back, so a stalled server cannot hang a request.
const LOAD_TIMEOUT: Duration = Duration::from_secs(10);
/// Events read by direct get before a load switches to a consumer.
const DIRECT_GET_EVENTS: usize = 64;

pub struct JetStreamEventStore {
    js: jetstream::Context,
    settings: StreamSettings,
}

impl JetStreamEventStore {
    /// Opens the events stream, creating it on first use. Refuses a stream of that name whose
    /// subjects differ, rather than silently writing somewhere unexpected.
    pub async fn open(client: async_nats::Client, settings: StreamSettings) -> Result<Self, DomainError> {
        let js = jetstream::new(client);
        let subjects = vec![format!("{}.>", settings.subject_prefix)];
        let republish = stream::Republish {
            source: format!("{}.>", settings.subject_prefix),
            destination: format!("{}.>", settings.live_prefix()),
            headers_only: false,
        };
        let config = stream::Config {
            name: settings.stream.clone(),
            description: Some("Veracity event log: every state change, one subject per aggregate".into()),
            subjects: subjects.clone(),
            storage: stream::StorageType::File,
            num_replicas: settings.replicas,
            retention: stream::RetentionPolicy::Limits,
            duplicate_window: DUPLICATE_WINDOW,
            allow_direct: true,
            republish: Some(republish.clone()),
            ..Default::default()
        };
        let mut stream =
            js.get_or_create_stream(config).await.map_err(|e| nats_error(&format!("opening stream {}", settings.stream), e))?;
        let info = stream.info().await.map_err(|e| nats_error("reading stream info", e))?;
        if info.config.subjects != subjects {
            return Err(DomainError::invalid(
                "nats.stream",
                format!("stream {} exists with subjects {:?}, expected {:?}", settings.stream, info.config.subjects, subjects),
            ));
        }
        // A log created before `watch` existed gains its republish rule in place.
        if info.config.republish.as_ref() != Some(&republish) {
            let config = stream::Config { republish: Some(republish), ..info.config.clone() };
            js.update_stream(config).await.map_err(|e| nats_error(&format!("updating stream {}", settings.stream), e))?;
        }
        Ok(Self { js, settings })
    }

    fn subject(&self, aggregate: &AggregateRef) -> String {
        format!("{}.{}.{}.{}", self.settings.subject_prefix, aggregate.tenant(), aggregate.kind(), aggregate.id())
    }

    /// The subjects of every aggregate of `kind`, whatever its tenant and id ([`Self::subject`]).
    fn kind_filter(&self, kind: &str) -> String {
        format!("{}.*.{kind}.>", self.settings.subject_prefix)
    }

    async fn stream(&self) -> Result<stream::Stream<()>, DomainError> {
        self.js.get_stream_no_info(&self.settings.stream).await.map_err(|e| nats_error(&format!("stream {}", self.settings.stream), e))
    }

    /// The events on `subject` after `after_sequence`. Most aggregates are short, and a direct
    /// get per event (one request each, no server state) is far cheaper than a consumer; a
    /// long one continues through an ordered consumer, deleted when done. (Creating a consumer
    /// per load, as callers that poll a job do many times a second, once exhausted the
    /// server's consumer limit.)
    async fn read_subject(&self, subject: String, after_sequence: u64) -> Result<Vec<RecordedEvent>, DomainError> {
        let stream = self.stream().await?;
        let mut events = Vec::new();
        let mut next = after_sequence + 1;
        // A whole aggregate starts from its last event: its version says how many come before
        // it, so the walk below stops on reaching the one before the last instead of asking
        // once more to learn there is nothing after it (one request fewer per load).
        let last = match after_sequence {
            0 => match self.last_event(&subject).await? {
                None => return Ok(events),
                Some(only) if only.envelope.version <= 1 => return Ok(vec![only]),
                last => last,
            },
            _ => None,
        };
        for _ in 0..DIRECT_GET_EVENTS {
            match stream.direct_get_next_for_subject(subject.clone(), Some(next)).await {
                Ok(message) => {
                    let envelope = EventEnvelope::from_json(&message.payload)
                        .map_err(|e| DomainError::internal(format!("event at sequence {}: {e}", message.sequence)))?;
                    next = message.sequence + 1;
                    let version = envelope.version;
                    events.push(RecordedEvent { sequence: message.sequence, envelope });
                    if let Some(last) = &last {
                        if message.sequence >= last.sequence {
                            return Ok(events);
                        }
                        if version + 1 == last.envelope.version {
                            events.push(last.clone());
                            return Ok(events);
                        }
                    }
                }
                Err(err) if err.kind() == DirectGetErrorKind::NotFound => return Ok(events),
                Err(err) => return Err(nats_error("loading aggregate", err)),
            }
        }
        let config = consumer::pull::OrderedConfig { filter_subject: subject, deliver_policy: start_at(next), ..Default::default() };
        let consumer = stream.create_consumer(config).await.map_err(|e| nats_error("loading aggregate", e))?;
        let name = consumer.cached_info().name.clone();
        let pending = consumer.cached_info().num_pending;
        let read = async {
            if pending == 0 {
                return Ok(());
            }
            let mut messages = consumer.messages().await.map_err(|e| nats_error("loading aggregate", e))?;
            while let Some(message) = messages.next().await {
                let message = message.map_err(|e| nats_error("loading aggregate", e))?;
                let (event, pending) = recorded(&message)?;
                events.push(event);
                if pending == 0 {
                    break;
                }
            }
            Ok::<_, DomainError>(())
        }
        .await;
        // Best effort: an ordered consumer is ephemeral and the server drops it anyway.
        let _ = stream.delete_consumer(&name).await;
        read.map(|()| events)
    }

    /// The last event on `subject`, if any.
    async fn last_event(&self, subject: &str) -> Result<Option<RecordedEvent>, DomainError> {
        match self.stream().await?.direct_get_last_for_subject(subject).await {
            Ok(message) => {
                let envelope = EventEnvelope::from_json(&message.payload)?;
                Ok(Some(RecordedEvent { sequence: message.sequence, envelope }))
            }
            Err(err) if err.kind() == DirectGetErrorKind::NotFound => Ok(None),
            Err(err) => Err(nats_error("reading the last event", err)),
        }
    }

    /// The version of the event already stored at `sequence` (for reporting a duplicate).
    async fn stored_version(&self, sequence: u64) -> Result<u64, DomainError> {
        let message = self.stream().await?.get_raw_message(sequence).await.map_err(|e| nats_error("reading event", e))?;
        Ok(EventEnvelope::from_json(&message.payload)?.version)
    }
}

fn recorded(message: &jetstream::Message) -> Result<(RecordedEvent, u64), DomainError> {
    let info = message.info().map_err(|e| DomainError::internal(format!("jetstream message without metadata: {e}")))?;
    let envelope = EventEnvelope::from_json(&message.payload)
        .map_err(|e| DomainError::internal(format!("event at sequence {}: {e}", info.stream_sequence)))?;
    Ok((RecordedEvent { sequence: info.stream_sequence, envelope }, info.pending))
}

/// A republished event; None when its headers or payload cannot be read (the watcher then
/// catches up from the log at its next look).
fn watched(message: &async_nats::Message) -> Option<Watched> {
    let headers = message.headers.as_ref()?;
    let number = |name: &str| headers.get(name).and_then(|v| v.as_str().parse::<u64>().ok());
    let sequence = number("Nats-Sequence")?;
    let previous_sequence = number("Nats-Last-Sequence")?;
    let envelope = EventEnvelope::from_json(&message.payload).ok()?;
    Some(Watched { event: RecordedEvent { sequence, envelope }, previous_sequence })
}

fn start_at(sequence: u64) -> consumer::DeliverPolicy {
    consumer::DeliverPolicy::ByStartSequence { start_sequence: sequence.max(1) }
}

struct JetStreamAck(jetstream::Message);

#[async_trait]
impl AckHandle for JetStreamAck {
    async fn ack(self: Box<Self>) -> Result<(), DomainError> {
        self.0.ack().await.map_err(|e| nats_error("acknowledging event", e))
    }
}

#[async_trait]
impl EventStore for JetStreamEventStore {
    async fn append(&self, aggregate: &AggregateRef, expected: AggregatePosition, event: NewEvent) -> Result<Appended, DomainError> {
        let version = expected.version + 1;
        let envelope = event.into_envelope(aggregate, version);
        let publish = PublishMessage::build()
            .payload(envelope.to_json().into())
            .message_id(envelope.id.to_string())
            .expected_last_subject_sequence(expected.last_sequence);
        let event_id = envelope.id;
        let subject = self.subject(aggregate);
        let ack = async { self.js.send_publish(subject.clone(), publish).await?.await }.await;
        let ack = match ack {
            Ok(ack) => ack,
            Err(err) if err.kind() == PublishErrorKind::WrongLastSequence => {
                // A single server checks the expected sequence before the msg-id dedupe, so a
                // retry whose first attempt was stored (its ack lost) lands here. It is ours if
                // the aggregate's last event is this very event.
                return match self.last_event(&subject).await? {
                    Some(last) if last.envelope.id == event_id => {
                        Ok(Appended { sequence: last.sequence, version: last.envelope.version, duplicate: true })
                    }
                    _ => Err(DomainError::Concurrency { aggregate: aggregate.to_string() }),
                };
            }
            Err(err) if err.kind() == PublishErrorKind::MaxPayloadExceeded => {
                return Err(DomainError::invalid("event", err.to_string()));
            }
            Err(err) => return Err(nats_error("appending event", err)),
        };
        let version = if ack.duplicate { self.stored_version(ack.sequence).await? } else { version };
        Ok(Appended { sequence: ack.sequence, version, duplicate: ack.duplicate })
    }

    async fn load(&self, aggregate: &AggregateRef, after_sequence: u64) -> Result<Vec<RecordedEvent>, DomainError> {
        tokio::time::timeout(LOAD_TIMEOUT, self.read_subject(self.subject(aggregate), after_sequence))
            .await
            .map_err(|_| nats_error("loading aggregate", format!("no answer within {LOAD_TIMEOUT:?}")))?
    }

    async fn watch(&self, aggregate: &AggregateRef) -> Result<futures::stream::BoxStream<'static, Watched>, DomainError> {
        // The stream republishes each event once it is stored, with its sequence and the
        // subject's previous one in headers: a core subscription, no consumer on the server.
        // (The original publish is not watched: a core subscriber would also see appends the
        // stream refused.)
        let subject = format!("{}.{}.{}.{}", self.settings.live_prefix(), aggregate.tenant(), aggregate.kind(), aggregate.id());
        let subscriber = self.js.client().subscribe(subject).await.map_err(|e| nats_error("watching an aggregate", e))?;
        Ok(subscriber.filter_map(|message| futures::future::ready(watched(&message))).boxed())
    }

    async fn subscribe(&self, subscription: Subscription) -> Result<DeliveryStream, DomainError> {
        let stream = self.stream().await?;
        // The server sends only the kinds asked for, so a subscriber reading a few kinds costs
        // nothing for the rest of the log.
        let (filter_subject, filter_subjects) = match subscription.kinds.as_slice() {
            [] => (format!("{}.>", self.settings.subject_prefix), Vec::new()),
            kinds => (String::new(), kinds.iter().map(|kind| self.kind_filter(kind)).collect()),
        };
        let deliver_policy = start_at(subscription.from_sequence);
        let Some(durable_name) = subscription.durable_name else {
            let config = consumer::pull::OrderedConfig { filter_subject, filter_subjects, deliver_policy, ..Default::default() };
            let consumer = stream.create_consumer(config).await.map_err(|e| nats_error("subscribing", e))?;
            let messages = consumer.messages().await.map_err(|e| nats_error("subscribing", e))?;
            return Ok(messages
                .map(|message| {
                    let message = message.map_err(|e| nats_error("reading events", e))?;
                    Ok(Delivery::new(recorded(&message)?.0, None))
                })
                .boxed());
        };
        // The caller owns its position, so the consumer is recreated at the requested sequence
        // rather than resumed wherever the server last saw it.
        if let Err(err) = stream.delete_consumer(&durable_name).await {
            tracing::debug!(consumer = %durable_name, error = %err, "no previous consumer to delete");
        }
        let config = consumer::pull::Config {
            durable_name: Some(durable_name.clone()),
            description: Some("Veracity durable event subscriber".into()),
            deliver_policy,
            ack_policy: consumer::AckPolicy::Explicit,
            ack_wait: Duration::from_secs(30),
            max_ack_pending: 1_024,
            filter_subject,
            filter_subjects,
            // A subscriber gone for a day is gone: it would be recreated at its position anyway.
            inactive_threshold: Duration::from_secs(24 * 3600),
            ..Default::default()
        };
        let consumer = stream.create_consumer(config).await.map_err(|e| nats_error("subscribing", e))?;
        let messages = consumer.messages().await.map_err(|e| nats_error("subscribing", e))?;
        // A pull consumer may lose messages in flight (a reconnect drops what was pulled into the
        // old inbox) and deliver later ones first; the server redelivers the lost ones only after
        // `ack_wait`. The port promises log order, so a gap in the consumer's delivery sequence
        // ends the stream with an error: the subscriber resubscribes from its own position.
        let mut next_delivery = 1u64;
        Ok(messages
            .map(move |message| {
                let message = message.map_err(|e| nats_error("reading events", e))?;
                let delivery = message.info().map_err(|e| nats_error("reading events", e))?.consumer_sequence;
                if delivery != next_delivery {
                    let gap = format!("delivery {delivery} arrived where {next_delivery} was due; resubscribe");
                    return Err(nats_error("reading events", gap));
                }
                next_delivery += 1;
                let (event, _) = recorded(&message)?;
                Ok(Delivery::new(event, Some(Box::new(JetStreamAck(message)))))
            })
            .boxed())
    }

    async fn head(&self) -> Result<u64, DomainError> {
        // Answer at once while reconnecting instead of waiting out a request timeout, so
        // readiness probes with short timeouts see the outage as an outage.
        if self.js.client().connection_state() != async_nats::connection::State::Connected {
            return Err(nats_error("reading stream info", "not connected (reconnecting)"));
        }
        let info = self.stream().await?.get_info().await.map_err(|e| nats_error("reading stream info", e))?;
        Ok(info.state.last_sequence)
    }

    async fn next_of_kinds(&self, kinds: &[String], after: u64) -> Result<Option<u64>, DomainError> {
        let stream = self.stream().await?;
        let mut first: Option<u64> = None;
        for kind in kinds {
            // A get through the stream's leader, not a direct get, which a lagging replica may answer.
            let next = stream.raw_message_builder().sequence(after + 1).next_by_subject(self.kind_filter(kind)).send().await;
            match next {
                Ok(message) => first = Some(first.map_or(message.sequence, |f| f.min(message.sequence))),
                Err(e) if e.kind() == RawMessageErrorKind::NoMessageFound => {}
                Err(e) => return Err(nats_error("finding the next event of some kinds", e)),
            }
        }
        Ok(first)
    }
}
