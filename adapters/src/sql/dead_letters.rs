//! Poison jobs for operators (`veracity jobs dead-letters`): every tenant's jobs recorded
//! failed with `ANALYSIS_ABORTED`, newest first. Not an API read model: no tenant scope.

use chrono::{DateTime, Utc};
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder, QuerySelect};
use veracity_domain::DomainError;

use super::db_error;
use super::entities::job;

/// One dead-lettered job as the jobs read model has it.
#[derive(Debug, Clone)]
pub struct DeadLetter {
    pub tenant: String,
    pub job: String,
    /// Deliveries of its ticket when it was given up.
    pub attempts: i32,
    pub failed_at: Option<DateTime<Utc>>,
}

/// The newest `limit` dead letters.
pub async fn list(db: &DatabaseConnection, limit: u64) -> Result<Vec<DeadLetter>, DomainError> {
    let rows = job::Entity::find()
        .filter(job::Column::FailureCode.eq("ANALYSIS_ABORTED"))
        .order_by_desc(job::Column::FinishedAt)
        .limit(limit)
        .all(db)
        .await
        .map_err(db_error)?;
    Ok(rows
        .into_iter()
        .map(|r| DeadLetter { tenant: r.tenant_id, job: r.job_id, attempts: r.attempts, failed_at: r.finished_at })
        .collect())
}
