//! How every use case changes state: load an aggregate, decide an event, append it at the
//! loaded position, and on a concurrent change reload and decide again. One retry policy for
//! all of them: [`MAX_ATTEMPTS`] tries, then `DomainError::Concurrency` (409 at the API).
//!
//! Decisions return the aggregate's own event enum, so an event cannot be appended to an
//! aggregate that does not know it: that is a compile error.

use chrono::{DateTime, Utc};
use veracity_domain::aggregate::{Aggregate, fold};
use veracity_domain::events::EventEnum;
use veracity_domain::ports::EventStore;
use veracity_domain::{AggregatePosition, AggregateRef, Appended, DomainError, TenantId};

/// How often a decision is retried after losing a race before giving up with 409.
pub const MAX_ATTEMPTS: usize = 20;

/// What every command records with its events: the log, the time, and the request (or job)
/// that caused it.
#[derive(Clone, Copy)]
pub struct Cmd<'a> {
    pub events: &'a dyn EventStore,
    pub now: DateTime<Utc>,
    pub request_id: &'a str,
}

impl<'a> Cmd<'a> {
    pub fn new(events: &'a dyn EventStore, now: DateTime<Utc>, request_id: &'a str) -> Self {
        Self { events, now, request_id }
    }
}

pub fn aggregate<A: Aggregate>(tenant: TenantId, id: impl Into<String>) -> Result<AggregateRef, DomainError> {
    AggregateRef::new(tenant, A::KIND, id)
}

pub async fn load<A: Aggregate>(events: &dyn EventStore, agg: &AggregateRef) -> Result<(A, AggregatePosition), DomainError> {
    fold(&events.load(agg, 0).await?)
}

/// Appends `event` to `agg` (an `A`) at `expected`, tagged with the command's request.
pub async fn append<A: Aggregate>(
    cmd: Cmd<'_>,
    agg: &AggregateRef,
    expected: AggregatePosition,
    event: &A::Event,
) -> Result<Appended, DomainError> {
    let new = event.to_new_event(cmd.now)?.with_correlation_id(cmd.request_id);
    cmd.events.append(agg, expected, new).await
}

/// Appends `event` like [`append`] and folds it into `state`, the aggregate as of `expected`:
/// for a writer that knows the state it creates and need not read it back.
pub async fn append_and_fold<A: Aggregate>(
    cmd: Cmd<'_>,
    agg: &AggregateRef,
    expected: AggregatePosition,
    state: &mut A,
    event: A::Event,
) -> Result<Appended, DomainError> {
    let new = event.to_new_event(cmd.now)?.with_correlation_id(cmd.request_id);
    let appended = cmd.events.append(agg, expected, new.clone()).await?;
    state.evolve(event, &new.into_envelope(agg, appended.version));
    Ok(appended)
}

/// Loads `agg`, asks `decide` for the event to append (None: nothing to do), appends it, and
/// retries from a fresh load when another writer got there first. Returns the append (None
/// when nothing was appended) and the state it was decided on.
pub async fn execute<A, X>(
    cmd: Cmd<'_>,
    agg: &AggregateRef,
    mut decide: impl FnMut(&A) -> Result<Option<A::Event>, X>,
) -> Result<(Option<Appended>, A), X>
where
    A: Aggregate,
    X: From<DomainError>,
{
    for _ in 0..MAX_ATTEMPTS {
        let (state, position) = load::<A>(cmd.events, agg).await?;
        let Some(event) = decide(&state)? else { return Ok((None, state)) };
        match append::<A>(cmd, agg, position, &event).await {
            Ok(appended) => return Ok((Some(appended), state)),
            Err(DomainError::Concurrency { .. }) => {
                tracing::debug!(aggregate = %agg, "lost a race to another writer; deciding again");
            }
            Err(other) => return Err(other.into()),
        }
    }
    Err(DomainError::Concurrency { aggregate: agg.to_string() }.into())
}
