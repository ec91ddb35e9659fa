//! Projections: functions from events to rows of SQL read models.
//!
//! A projection only says how one event changes its tables and how to empty them; the runner
//! (`veracity_workers::projector`) handles ordering, transactions, checkpoints and leases.

mod accounts;
mod aggregate_catalog;
mod audit_log;
mod jobs;

use std::sync::Arc;

use async_trait::async_trait;
use sea_orm::DatabaseTransaction;
use veracity_domain::{DomainError, EventEnvelope, RecordedEvent};

pub use accounts::Accounts;
pub use aggregate_catalog::AggregateCatalog;
pub use audit_log::AuditLog;
pub use jobs::Jobs;

#[async_trait]
pub trait Projection: Send + Sync {
    /// Stable name: the checkpoint key and part of the durable consumer's name.
    fn name(&self) -> &'static str;

    /// Whether `apply` would do anything with this event. Runners skip batches of unwanted
    /// events without a transaction; the default wants everything.
    fn wants(&self, _event: &EventEnvelope) -> bool {
        true
    }

    /// Applies one event inside the runner's transaction. Events arrive in log order, each
    /// exactly once; an error rolls the whole batch back and the runner retries it.
    async fn apply(&self, txn: &DatabaseTransaction, event: &RecordedEvent) -> Result<(), DomainError>;

    /// Deletes every row this projection owns, ahead of a replay from the start of the log.
    async fn reset(&self, txn: &DatabaseTransaction) -> Result<(), DomainError>;
}

/// Every projection the service maintains.
pub fn all() -> Vec<Arc<dyn Projection>> {
    vec![Arc::new(AggregateCatalog), Arc::new(Accounts), Arc::new(AuditLog), Arc::new(Jobs)]
}
