//! Aggregates: state folded from one aggregate's events, from which commands decide new events.

use crate::error::DomainError;
use crate::events::{AggregatePosition, EventEnum, EventEnvelope, RecordedEvent};

pub trait Aggregate: Default + Send {
    /// The aggregate type in the log (`<tenant>.<KIND>.<id>`).
    const KIND: &'static str;

    /// Every event this aggregate's stream may hold.
    type Event: EventEnum;

    /// Folds one event into the state; `envelope` gives its time and version.
    fn evolve(&mut self, event: Self::Event, envelope: &EventEnvelope);

    /// Decodes one stored event and folds it in. An event this aggregate does not know is an
    /// error, never skipped.
    fn apply(&mut self, envelope: &EventEnvelope) -> Result<(), DomainError> {
        let event = Self::Event::decode(envelope)?;
        self.evolve(event, envelope);
        Ok(())
    }
}

/// The state after `events`, and the position to append after.
pub fn fold<A: Aggregate>(events: &[RecordedEvent]) -> Result<(A, AggregatePosition), DomainError> {
    let mut state = A::default();
    for event in events {
        state.apply(&event.envelope)?;
    }
    Ok((state, AggregatePosition::after(events)))
}
