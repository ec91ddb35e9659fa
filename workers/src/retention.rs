//! The retention worker: deletes each job's media once it is due — a minute after the verdict
//! by default, 30 days with `retain=true`, at once when the job is deleted — and records
//! `media.purged`. It works from the jobs read model, itself a projection of the events, so
//! the schedule survives restarts; the job aggregate decides, so two workers purge once.

use std::sync::Arc;
use std::time::Duration;

use sea_orm::{ColumnTrait, Condition, DatabaseConnection, EntityTrait, QueryFilter, QuerySelect};
use tokio_util::sync::CancellationToken;
use veracity_adapters::sql::db_error;
use veracity_adapters::sql::entities::job;
use veracity_app::Cmd;
use veracity_app::jobs::purge_media;
use veracity_domain::aggregate::Aggregate;
use veracity_domain::detection::{JobState, Retention};
use veracity_domain::ports::{BlobStore, Clock, EventStore};
use veracity_domain::{AggregateRef, DomainError, TenantId};

pub struct RetentionWorker {
    pub events: Arc<dyn EventStore>,
    pub blobs: Arc<dyn BlobStore>,
    pub db: DatabaseConnection,
    pub clock: Arc<dyn Clock>,
    pub retention: Retention,
    /// How often the read model is checked for due media.
    pub interval: Duration,
}

/// Jobs looked at per pass.
const BATCH: u64 = 100;

impl RetentionWorker {
    pub async fn run(self, stop: CancellationToken) {
        loop {
            match self.purge_due().await {
                Ok(n) if n > 0 => tracing::debug!(purged = n, "media purged"),
                Ok(_) => {}
                Err(e) => tracing::warn!(error = %e, "retention pass failed; retrying"),
            }
            tokio::select! { _ = stop.cancelled() => return, _ = tokio::time::sleep(self.interval) => {} }
        }
    }

    /// One pass: purges what is due now; returns how many media were purged.
    pub async fn purge_due(&self) -> Result<usize, DomainError> {
        let now = self.clock.now();
        let default_cutoff = now - self.retention.default;
        let retained_cutoff = now - self.retention.retained;
        let due = Condition::any()
            .add(job::Column::Deleted.eq(true))
            .add(Condition::all().add(job::Column::Retain.eq(false)).add(job::Column::FinishedAt.lte(default_cutoff)))
            .add(Condition::all().add(job::Column::Retain.eq(true)).add(job::Column::FinishedAt.lte(retained_cutoff)));
        let rows = job::Entity::find()
            .filter(job::Column::MediaPurgedAt.is_null())
            .filter(due)
            .limit(BATCH)
            .all(&self.db)
            .await
            .map_err(db_error)?;
        let mut purged = 0;
        for row in rows {
            let tenant: TenantId = row.tenant_id.parse().map_err(|e| DomainError::internal(format!("jobs row tenant: {e}")))?;
            let agg = AggregateRef::new(tenant, JobState::KIND, row.job_id.clone())?;
            purged += usize::from(self.purge(&agg).await?);
        }
        Ok(purged)
    }

    async fn purge(&self, agg: &AggregateRef) -> Result<bool, DomainError> {
        let cmd = Cmd::new(self.events.as_ref(), self.clock.now(), "retention");
        purge_media(cmd, self.blobs.as_ref(), agg, self.retention).await
    }
}
