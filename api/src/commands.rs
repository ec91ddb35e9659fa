//! How handlers change state: load an aggregate, decide an event, append it at the loaded
//! position, and on a concurrent change reload and decide again.

use std::time::Duration;

use chrono::{DateTime, Utc};
use sea_orm::DatabaseConnection;
use veracity_adapters::projections::Projection;
use veracity_adapters::sql::checkpoints;
use veracity_domain::aggregate::{Aggregate, fold};
use veracity_domain::events::DomainEvent;
use veracity_domain::ports::EventStore;
use veracity_domain::{AggregatePosition, AggregateRef, Appended, DomainError, NewEvent, TenantId};

/// How often a decision is retried after losing a race before giving up with 409.
const MAX_ATTEMPTS: usize = 20;

pub fn aggregate<A: Aggregate>(tenant: TenantId, id: impl Into<String>) -> Result<AggregateRef, DomainError> {
    AggregateRef::new(tenant, A::KIND, id)
}

pub async fn load<A: Aggregate>(events: &dyn EventStore, agg: &AggregateRef) -> Result<(A, AggregatePosition), DomainError> {
    fold(&events.load(agg, 0).await?)
}

/// Appends `event` at `expected`, tagged with the request that caused it.
pub async fn append<E: DomainEvent>(
    events: &dyn EventStore,
    agg: &AggregateRef,
    expected: AggregatePosition,
    event: &E,
    now: DateTime<Utc>,
    request_id: &str,
) -> Result<Appended, DomainError> {
    let new = NewEvent::from_domain(event, now)?.with_correlation_id(request_id);
    events.append(agg, expected, new).await
}

/// Loads `agg`, asks `decide` for the event to append (None: nothing to do), appends it, and
/// retries from a fresh load when another writer got there first. Returns the append (None
/// when nothing was appended) and the state it was decided on.
pub async fn execute<A, E, X>(
    events: &dyn EventStore,
    agg: &AggregateRef,
    now: DateTime<Utc>,
    request_id: &str,
    mut decide: impl FnMut(&A) -> Result<Option<E>, X>,
) -> Result<(Option<Appended>, A), X>
where
    A: Aggregate,
    E: DomainEvent,
    X: From<DomainError>,
{
    for _ in 0..MAX_ATTEMPTS {
        let (state, position) = load::<A>(events, agg).await?;
        let Some(event) = decide(&state)? else { return Ok((None, state)) };
        match append(events, agg, position, &event, now, request_id).await {
            Ok(appended) => return Ok((Some(appended), state)),
            Err(DomainError::Concurrency { .. }) => continue,
            Err(other) => return Err(other.into()),
        }
    }
    Err(DomainError::Concurrency { aggregate: agg.to_string() }.into())
}

/// After a command that may have appended (`None`: nothing changed), waits for the accounts
/// read model to include it, so the answer and the next list show the change.
pub async fn wait_for_accounts(db: &DatabaseConnection, appended: Option<Appended>) {
    if let Some(appended) = appended {
        wait_for_projection(db, veracity_adapters::projections::Accounts.name(), appended.sequence).await;
    }
}

/// Waits (up to 5 s) until `projection` has applied the event at `sequence`, so a read right
/// after a write sees it. Returns false on timeout; the write itself is stored either way.
pub async fn wait_for_projection(db: &DatabaseConnection, projection: &str, sequence: u64) -> bool {
    let deadline = tokio::time::Instant::now() + Duration::from_secs(5);
    let mut pause = Duration::from_millis(2);
    loop {
        if let Ok(Some(row)) = checkpoints::get(db, projection).await {
            if u64::try_from(row.last_sequence).unwrap_or(0) >= sequence {
                return true;
            }
        }
        if tokio::time::Instant::now() >= deadline {
            tracing::warn!(projection, sequence, "the read model did not catch up within 5 s");
            return false;
        }
        tokio::time::sleep(pause).await;
        pause = (pause * 2).min(Duration::from_millis(50));
    }
}
