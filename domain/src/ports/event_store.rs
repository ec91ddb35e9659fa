//! The event log port.

use async_trait::async_trait;
use futures::stream::BoxStream;

use crate::error::DomainError;
use crate::events::{AggregatePosition, AggregateRef, Appended, NewEvent, RecordedEvent};

/// The append-only log that is the source of truth.
///
/// Appends are one event at a time, which makes each append atomic: a command that changes an
/// aggregate decides one event for it. Concurrency is optimistic: the caller passes the position
/// it loaded, and the append fails with [`DomainError::Concurrency`] if another event was appended
/// to the aggregate since.
///
/// Appends are idempotent by event id, so a publish retried after a lost acknowledgement is
/// stored once. Precisely: if `expected` is current and an event with this id was stored within
/// the dedupe window (minutes), nothing is stored; if `expected` is stale and the aggregate's last
/// event has this id, nothing is stored. Both report `duplicate: true` with the stored event's
/// sequence and version. Any other stale `expected` is a conflict — the caller reloads, and its
/// command sees its own event in the aggregate's history.
#[async_trait]
pub trait EventStore: Send + Sync {
    /// Appends `event` to `aggregate`, which must currently be at `expected`.
    async fn append(&self, aggregate: &AggregateRef, expected: AggregatePosition, event: NewEvent) -> Result<Appended, DomainError>;

    /// The aggregate's events with a log sequence greater than `after_sequence` (0 = all), in order.
    async fn load(&self, aggregate: &AggregateRef, after_sequence: u64) -> Result<Vec<RecordedEvent>, DomainError>;

    /// Every event of every aggregate from `subscription.from_sequence` on, in log order, then
    /// new events as they are appended. The stream ends only on error or when dropped.
    async fn subscribe(&self, subscription: Subscription) -> Result<DeliveryStream, DomainError>;

    /// The sequence of the last event in the log (0 when empty). Also a cheap liveness probe.
    async fn head(&self) -> Result<u64, DomainError>;

    /// The sequence of the first event of one of `kinds` after sequence `after` (`None`: none
    /// yet), read from the authoritative copy of the log (never a replica that may lag). A
    /// subscriber reading some kinds only never sees the others; this tells it how far the log
    /// holds nothing for it.
    async fn next_of_kinds(&self, kinds: &[String], after: u64) -> Result<Option<u64>, DomainError>;

    /// Each event stored on `aggregate` from now on, as it is stored: no replay, and events
    /// may be missed (reconnects), so a waiter applies one only when its
    /// [`Watched::previous_sequence`] is the last event it has, reads the log otherwise, and
    /// also re-reads now and then. Lets a request waiting for a job's result wake when it lands,
    /// without polling and without reading the log back. Only stored events are seen: an
    /// append refused as a conflict or a duplicate is not.
    async fn watch(&self, aggregate: &AggregateRef) -> Result<BoxStream<'static, Watched>, DomainError>;
}

/// One event seen by [`EventStore::watch`].
#[derive(Debug, Clone, PartialEq)]
pub struct Watched {
    pub event: RecordedEvent,
    /// The log sequence of the aggregate's event before this one (0 for its first).
    pub previous_sequence: u64,
}

/// Where a subscription starts and who it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Subscription {
    /// A durable consumer name: the server tracks this consumer's deliveries and acks and
    /// redelivers what was not acked. `None` for a throwaway, unacknowledged read.
    pub durable_name: Option<String>,
    /// The first sequence to deliver (values below 1 mean 1). The caller owns its position:
    /// subscribing again with the same durable name restarts that consumer at this sequence.
    pub from_sequence: u64,
    /// The aggregate kinds whose events the subscriber reads (empty: every kind). The store
    /// filters where it can, so events of other kinds cost nothing; it may still deliver them,
    /// so a subscriber checks what it gets.
    pub kinds: Vec<String>,
}

impl Subscription {
    pub fn durable(name: impl Into<String>, from_sequence: u64) -> Self {
        Self { durable_name: Some(name.into()), from_sequence, kinds: Vec::new() }
    }

    pub fn ephemeral(from_sequence: u64) -> Self {
        Self { durable_name: None, from_sequence, kinds: Vec::new() }
    }

    /// Only events of these aggregate kinds (none: every kind).
    pub fn of_kinds(mut self, kinds: &[&str]) -> Self {
        self.kinds = kinds.iter().map(|k| (*k).to_owned()).collect();
        self
    }
}

pub type DeliveryStream = BoxStream<'static, Result<Delivery, DomainError>>;

/// Acknowledges one delivery to the store that made it.
#[async_trait]
pub trait AckHandle: Send + Sync {
    async fn ack(self: Box<Self>) -> Result<(), DomainError>;
}

/// One event delivered to a subscriber. Durable subscribers ack it once its effects are stored.
pub struct Delivery {
    pub event: RecordedEvent,
    ack: Option<Box<dyn AckHandle>>,
}

impl Delivery {
    pub fn new(event: RecordedEvent, ack: Option<Box<dyn AckHandle>>) -> Self {
        Self { event, ack }
    }

    /// Tells the store this delivery is done; a no-op for non-durable subscriptions.
    pub async fn ack(self) -> Result<(), DomainError> {
        match self.ack {
            Some(handle) => handle.ack().await,
            None => Ok(()),
        }
    }
}

impl std::fmt::Debug for Delivery {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Delivery").field("event", &self.event).finish_non_exhaustive()
    }
}
