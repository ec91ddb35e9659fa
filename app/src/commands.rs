//! How every use case changes state: load an aggregate, decide an event, append it at the
//! loaded position, and on a concurrent change reload and decide again. One retry policy for
//! all of them: [`MAX_ATTEMPTS`] tries, then `DomainError::Concurrency` (409 at the API).
//!
//! Decisions return the aggregate's own event enum, so an event cannot be appended to an
//! aggregate that does not know it: that is a compile error.

use chrono::{DateTime, Utc};
use prometheus::{IntCounterVec, Opts, Registry};
use veracity_domain::aggregate::{Aggregate, fold};
use veracity_domain::events::EventEnum;
use veracity_domain::ports::EventStore;
use veracity_domain::{AggregatePosition, AggregateRef, Appended, DomainError, TenantId};

/// How often a decision is retried after losing a race before giving up with 409.
pub const MAX_ATTEMPTS: usize = 20;

/// What every command records with its events: the log, the time, and the request (or job)
/// that caused it; and where [`execute`] counts how it went, if anywhere.
#[derive(Clone, Copy)]
pub struct Cmd<'a> {
    pub events: &'a dyn EventStore,
    pub now: DateTime<Utc>,
    pub request_id: &'a str,
    pub metrics: Option<&'a CommandMetrics>,
}

impl<'a> Cmd<'a> {
    pub fn new(events: &'a dyn EventStore, now: DateTime<Utc>, request_id: &'a str) -> Self {
        Self { events, now, request_id, metrics: None }
    }

    /// The same command, counted in `metrics`.
    pub fn observed(self, metrics: &'a CommandMetrics) -> Self {
        Self { metrics: Some(metrics), ..self }
    }
}

/// How commands fare, by aggregate type: `veracity_commands_total{aggregate, outcome}` with
/// outcome `appended`, `unchanged` (nothing to do), `refused` (the decision said no) or
/// `conflict` (lost [`MAX_ATTEMPTS`] races in a row), and
/// `veracity_command_retries_total{aggregate}`, each race lost and decided again.
#[derive(Clone)]
pub struct CommandMetrics {
    outcomes: IntCounterVec,
    retries: IntCounterVec,
}

impl CommandMetrics {
    /// The counters, registered in `registry` (served at `/metrics`).
    pub fn register(registry: &Registry) -> Self {
        let metrics = Self::default();
        registry.register(Box::new(metrics.outcomes.clone())).expect("metric registered once");
        registry.register(Box::new(metrics.retries.clone())).expect("metric registered once");
        metrics
    }

    pub fn outcomes(&self, aggregate: &str, outcome: &str) -> u64 {
        self.outcomes.with_label_values(&[aggregate, outcome]).get()
    }

    pub fn retries(&self, aggregate: &str) -> u64 {
        self.retries.with_label_values(&[aggregate]).get()
    }
}

impl Default for CommandMetrics {
    /// Counters registered nowhere.
    fn default() -> Self {
        let outcomes =
            IntCounterVec::new(Opts::new("veracity_commands_total", "Commands by aggregate type and outcome"), &["aggregate", "outcome"])
                .expect("valid metric definition");
        let retries =
            IntCounterVec::new(Opts::new("veracity_command_retries_total", "Races lost to another writer, decided again"), &["aggregate"])
                .expect("valid metric definition");
        Self { outcomes, retries }
    }
}

fn count(cmd: Cmd<'_>, kind: &str, outcome: &str) {
    if let Some(metrics) = cmd.metrics {
        metrics.outcomes.with_label_values(&[kind, outcome]).inc();
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
        let event = match decide(&state) {
            Ok(Some(event)) => event,
            Ok(None) => {
                count(cmd, A::KIND, "unchanged");
                return Ok((None, state));
            }
            Err(refused) => {
                count(cmd, A::KIND, "refused");
                return Err(refused);
            }
        };
        match append::<A>(cmd, agg, position, &event).await {
            Ok(appended) => {
                count(cmd, A::KIND, "appended");
                return Ok((Some(appended), state));
            }
            Err(DomainError::Concurrency { .. }) => {
                if let Some(metrics) = cmd.metrics {
                    metrics.retries.with_label_values(&[A::KIND]).inc();
                }
                tracing::debug!(aggregate = %agg, "lost a race to another writer; deciding again");
            }
            Err(other) => return Err(other.into()),
        }
    }
    count(cmd, A::KIND, "conflict");
    Err(DomainError::Concurrency { aggregate: agg.to_string() }.into())
}

#[cfg(test)]
mod tests {
    use veracity_domain::accounts::events::{EmailClaimed, EmailReleased};
    use veracity_domain::accounts::identity::EmailClaim;
    use veracity_domain::fakes::InMemoryEventStore;
    use veracity_domain::{TenantId, UserId};

    use super::*;

    #[test]
    fn execute_counts_each_outcome_by_aggregate() {
        let events = InMemoryEventStore::new();
        let metrics = CommandMetrics::default();
        let cmd = Cmd::new(&events, Utc::now(), "req_test").observed(&metrics);
        let agg = aggregate::<EmailClaim>(TenantId::PLATFORM, "digest").unwrap();
        let (tenant, user) = (TenantId::new(), UserId::new());
        let claim = |claim: &EmailClaim| match claim.owner {
            Some(_) => Err(DomainError::invalid("email", "taken")),
            None => Ok(Some(EmailClaimed { tenant, user }.into())),
        };
        futures::executor::block_on(async {
            execute::<EmailClaim, DomainError>(cmd, &agg, claim).await.unwrap();
            assert!(execute::<EmailClaim, DomainError>(cmd, &agg, claim).await.is_err());
            let release_other = |_: &EmailClaim| Ok::<_, DomainError>(None::<veracity_domain::accounts::events::EmailEvent>);
            execute::<EmailClaim, DomainError>(cmd, &agg, release_other).await.unwrap();
            let release = |_: &EmailClaim| Ok::<_, DomainError>(Some(EmailReleased { user }.into()));
            execute::<EmailClaim, DomainError>(cmd, &agg, release).await.unwrap();
        });
        let kind = EmailClaim::KIND;
        let counts = ["appended", "refused", "unchanged", "conflict"].map(|o| metrics.outcomes(kind, o));
        assert_eq!(counts, [2, 1, 1, 0]);
        assert_eq!(metrics.retries(kind), 0);
    }
}
