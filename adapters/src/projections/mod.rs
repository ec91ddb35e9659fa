//! Projections: functions from events to rows of SQL read models.
//!
//! A projection only says how one event changes its tables and how to empty them; the runner
//! (`veracity_workers::projector`) handles ordering, transactions, checkpoints and leases.

mod accounts;
mod aggregate_catalog;
mod audit_log;
mod billing;
mod jobs;
mod webhooks;

use std::sync::Arc;

use async_trait::async_trait;
use sea_orm::DatabaseTransaction;
use veracity_domain::{DomainError, EventEnvelope, RecordedEvent};

pub use accounts::Accounts;
pub use aggregate_catalog::AggregateCatalog;
pub use audit_log::AuditLog;
pub use billing::Billing;
pub use jobs::Jobs;
pub use webhooks::WebhookDeliveries;

#[async_trait]
pub trait Projection: Send + Sync {
    /// Stable name: the checkpoint key and part of the durable consumer's name.
    fn name(&self) -> &'static str;

    /// Whether `apply` would do anything with this event. Runners skip batches of unwanted
    /// events without a transaction; the default wants everything.
    fn wants(&self, _event: &EventEnvelope) -> bool {
        true
    }

    /// The aggregate kinds of every event `wants` may accept (empty: all kinds). A live runner
    /// asks the log for these kinds only, so the rest of the log costs it nothing.
    fn kinds(&self) -> Vec<&'static str> {
        Vec::new()
    }

    /// Effects outside the database (appends to the log, messages to queues) of each wanted
    /// event, run in log order before the batch's transaction, so no database lock is held
    /// while they wait on the network. At least once: a crash before the checkpoint moves runs
    /// them again, so they must be idempotent. The default does nothing.
    async fn effect(&self, _event: &RecordedEvent) -> Result<(), DomainError> {
        Ok(())
    }

    /// Applies one event inside the runner's transaction. Events arrive in log order, each
    /// exactly once; an error rolls the whole batch back and the runner retries it.
    async fn apply(&self, txn: &DatabaseTransaction, event: &RecordedEvent) -> Result<(), DomainError>;

    /// Deletes every row this projection owns, ahead of a replay from the start of the log.
    async fn reset(&self, txn: &DatabaseTransaction) -> Result<(), DomainError>;
}

/// The kinds [`about_accounts`] may want: all but jobs' and webhook messages'.
fn account_kinds() -> Vec<&'static str> {
    use veracity_domain::aggregate::Aggregate;
    let not = [veracity_domain::detection::JobState::KIND, veracity_domain::webhooks::MessageState::KIND];
    veracity_domain::Event::KINDS.into_iter().filter(|kind| !not.contains(kind)).collect()
}

/// Whether an event belongs to the tenants-and-access side: not a job's, and of the credit
/// account only its plan changes (its other events are many, one or two per job).
fn about_accounts(event: &EventEnvelope) -> bool {
    use veracity_domain::aggregate::Aggregate;
    use veracity_domain::events::DomainEvent;
    match event.aggregate_type.as_str() {
        veracity_domain::detection::JobState::KIND | veracity_domain::webhooks::MessageState::KIND => false,
        veracity_domain::billing::CreditAccount::KIND => event.event_type == veracity_domain::billing::PlanChanged::EVENT_TYPE,
        _ => true,
    }
}

/// Every projection the service maintains.
pub fn all() -> Vec<Arc<dyn Projection>> {
    vec![Arc::new(AggregateCatalog), Arc::new(Accounts), Arc::new(AuditLog), Arc::new(Jobs), Arc::new(Billing), Arc::new(WebhookDeliveries)]
}
