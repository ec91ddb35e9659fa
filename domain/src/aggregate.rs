//! Aggregates: state folded from one aggregate's events, from which commands decide new events.

use crate::error::DomainError;
use crate::events::{AggregatePosition, EventEnvelope, RecordedEvent};

pub trait Aggregate: Default + Send {
    /// The aggregate type in the log (`<tenant>.<KIND>.<id>`).
    const KIND: &'static str;

    /// Folds one event into the state. Event types this aggregate does not know are ignored.
    fn apply(&mut self, event: &EventEnvelope) -> Result<(), DomainError>;
}

/// The state after `events`, and the position to append after.
pub fn fold<A: Aggregate>(events: &[RecordedEvent]) -> Result<(A, AggregatePosition), DomainError> {
    let mut state = A::default();
    for event in events {
        state.apply(&event.envelope)?;
    }
    Ok((state, AggregatePosition::after(events)))
}
