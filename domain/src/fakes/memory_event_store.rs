use std::collections::HashMap;
use std::sync::Mutex;

use async_trait::async_trait;
use futures::channel::mpsc;
use futures::{StreamExt, stream};

use crate::error::DomainError;
use crate::events::{AggregatePosition, AggregateRef, Appended, NewEvent, RecordedEvent};
use crate::ids::EventId;
use crate::ports::event_store::{Delivery, DeliveryStream, EventStore, Subscription, Watched};

/// The event log in a `Vec`, with the same concurrency, dedupe and ordering rules as JetStream.
#[derive(Default)]
pub struct InMemoryEventStore {
    inner: Mutex<Inner>,
}

#[derive(Default)]
struct Inner {
    log: Vec<RecordedEvent>,
    positions: HashMap<AggregateRef, AggregatePosition>,
    stored_ids: HashMap<EventId, Appended>,
    subscribers: Vec<mpsc::UnboundedSender<RecordedEvent>>,
    watchers: Vec<(AggregateRef, mpsc::UnboundedSender<Watched>)>,
}

impl InMemoryEventStore {
    pub fn new() -> Self {
        Self::default()
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Inner> {
        // A panic while holding the lock cannot leave the log half-written (each write is one
        // push), so a poisoned lock is still consistent.
        self.inner.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

#[async_trait]
impl EventStore for InMemoryEventStore {
    async fn append(&self, aggregate: &AggregateRef, expected: AggregatePosition, event: NewEvent) -> Result<Appended, DomainError> {
        let mut inner = self.lock();
        let current = inner.positions.get(aggregate).copied().unwrap_or(AggregatePosition::EMPTY);
        let stored = inner.stored_ids.get(&event.id).copied();
        // The same order of checks as a JetStream server: the expected position first.
        if current.last_sequence != expected.last_sequence {
            return match stored {
                Some(stored) if stored.sequence == current.last_sequence => Ok(Appended { duplicate: true, ..stored }),
                _ => Err(DomainError::Concurrency { aggregate: aggregate.to_string() }),
            };
        }
        if let Some(stored) = stored {
            return Ok(Appended { duplicate: true, ..stored });
        }
        let sequence = inner.log.len() as u64 + 1;
        let version = current.version + 1;
        let id = event.id;
        let recorded = RecordedEvent { sequence, envelope: event.into_envelope(aggregate, version) };
        inner.subscribers.retain(|tx| tx.unbounded_send(recorded.clone()).is_ok());
        let seen = Watched { event: recorded.clone(), previous_sequence: current.last_sequence };
        inner.watchers.retain(|(watched, tx)| watched != aggregate || tx.unbounded_send(seen.clone()).is_ok());
        inner.log.push(recorded);
        inner.positions.insert(aggregate.clone(), AggregatePosition { version, last_sequence: sequence });
        let appended = Appended { sequence, version, duplicate: false };
        inner.stored_ids.insert(id, appended);
        Ok(appended)
    }

    async fn load(&self, aggregate: &AggregateRef, after_sequence: u64) -> Result<Vec<RecordedEvent>, DomainError> {
        let inner = self.lock();
        let matches = |e: &&RecordedEvent| {
            e.sequence > after_sequence
                && e.envelope.tenant == aggregate.tenant()
                && e.envelope.aggregate_type == aggregate.kind()
                && e.envelope.aggregate_id == aggregate.id()
        };
        Ok(inner.log.iter().filter(matches).cloned().collect())
    }

    async fn subscribe(&self, subscription: Subscription) -> Result<DeliveryStream, DomainError> {
        let mut inner = self.lock();
        let first = subscription.from_sequence.max(1) as usize;
        let backlog: Vec<RecordedEvent> = inner.log.iter().skip(first - 1).cloned().collect();
        let (tx, rx) = mpsc::unbounded();
        inner.subscribers.push(tx);
        let events = stream::iter(backlog).chain(rx);
        // Nothing is ever redelivered here, so there is nothing to acknowledge; every kind is
        // delivered (`kinds` is a hint).
        Ok(events.map(|event| Ok(Delivery::new(event, None))).boxed())
    }

    async fn head(&self) -> Result<u64, DomainError> {
        Ok(self.lock().log.len() as u64)
    }

    async fn next_of_kinds(&self, kinds: &[String], after: u64) -> Result<Option<u64>, DomainError> {
        let inner = self.lock();
        let of_kinds = |e: &&RecordedEvent| e.sequence > after && kinds.contains(&e.envelope.aggregate_type);
        Ok(inner.log.iter().find(of_kinds).map(|e| e.sequence))
    }

    async fn watch(&self, aggregate: &AggregateRef) -> Result<futures::stream::BoxStream<'static, Watched>, DomainError> {
        let (tx, rx) = mpsc::unbounded();
        self.lock().watchers.push((aggregate.clone(), tx));
        Ok(rx.boxed())
    }
}
