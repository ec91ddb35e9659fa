//! The sweeper: work that a failure left for nobody to finish.
//!
//! A job's credits are reserved before it is recorded and settled by the worker that finishes
//! it, and a job runs when its ticket is taken from the queue. A failure between those steps
//! (the log or the network down mid-request, a process killed) can leave credits reserved for a
//! job that will never settle them, or a job recorded but never submitted or never queued, which
//! would show as `queued` for ever. Every `interval`, two things older than `grace` (longer than
//! any request lives) are checked against their job's events:
//! - reservations still open, for the tenants whose balance holds reserved credits;
//! - jobs the jobs read model shows as queued.
//!
//! For each: a job never recorded has its reservation released; one recorded but never submitted
//! is failed (`ANALYSIS_ABORTED`: it never ran, nothing is charged) and released; a finished or
//! deleted one is settled as it says (a worker died between its result and its settlement); one
//! submitted but never started while the jobs queue is empty lost its ticket and is queued again
//! (a duplicate ticket for a job that already ran is acknowledged and does nothing).
//!
//! Sweepers in several processes do the same work harmlessly: each settlement happens once, and
//! a failure is appended at the job's position, so only one lands.

use std::sync::Arc;
use std::time::Duration;

use chrono::{DateTime, Utc};
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, QuerySelect};
use tokio_util::sync::CancellationToken;
use veracity_adapters::sql::db_error;
use veracity_adapters::sql::entities::{credit_balance, job as job_row};
use veracity_app::jobs::settle_job;
use veracity_app::{Cmd, CreditLedger, append};
use veracity_domain::aggregate::{Aggregate, fold};
use veracity_domain::detection::job::JobEvent;
use veracity_domain::detection::{JobState, JobStatus};
use veracity_domain::ports::{Clock, EventStore, JobQueue, JobTicket};
use veracity_domain::{AggregateRef, DomainError, JobId, TenantId};

/// Tenants, and jobs, looked at per sweep.
const TENANTS_PER_SWEEP: u64 = 1000;
const JOBS_PER_SWEEP: usize = 2000;

pub struct Sweeper {
    pub events: Arc<dyn EventStore>,
    pub db: DatabaseConnection,
    pub ledger: Arc<CreditLedger>,
    pub queue: Arc<dyn JobQueue>,
    pub clock: Arc<dyn Clock>,
    /// How often it sweeps.
    pub interval: Duration,
    /// Anything younger is left alone: its request may still be recording it.
    pub grace: Duration,
}

/// What one sweep did.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Swept {
    /// Reservations returned (their job never recorded, never submitted, or deleted).
    pub released: usize,
    /// Reservations of finished jobs captured or released as the job says.
    pub settled: usize,
    /// Jobs recorded but never submitted, failed.
    pub failed: usize,
    /// Jobs whose ticket was lost, queued again.
    pub requeued: usize,
}

/// When `job` was made (its id is a UUIDv7).
fn made_at(job: JobId) -> Option<DateTime<Utc>> {
    let (secs, nanos) = job.as_uuid().get_timestamp()?.to_unix();
    DateTime::from_timestamp(i64::try_from(secs).ok()?, nanos)
}

/// One sweep's running state.
struct Pass {
    swept: Swept,
    budget: usize,
    /// Whether the jobs queue is empty, asked once per sweep when needed.
    queue_empty: Option<bool>,
}

impl Sweeper {
    pub async fn run(self, stop: CancellationToken) {
        loop {
            tokio::select! { _ = stop.cancelled() => return, _ = tokio::time::sleep(self.interval) => {} }
            match self.sweep().await {
                Ok(swept) if swept != Swept::default() => tracing::warn!(?swept, "work left by a failure was finished"),
                Ok(_) => {}
                Err(e) => tracing::warn!(error = %e, "sweep failed; retrying"),
            }
        }
    }

    /// One sweep; see the module's comment.
    pub async fn sweep(&self) -> Result<Swept, DomainError> {
        let cutoff = self.clock.now() - chrono::Duration::from_std(self.grace).unwrap_or(chrono::Duration::minutes(10));
        let mut pass = Pass { swept: Swept::default(), budget: JOBS_PER_SWEEP, queue_empty: None };
        let tenants: Vec<String> = credit_balance::Entity::find()
            .select_only()
            .column(credit_balance::Column::TenantId)
            .filter(credit_balance::Column::Reserved.gt(0))
            .limit(TENANTS_PER_SWEEP)
            .into_tuple()
            .all(&self.db)
            .await
            .map_err(db_error)?;
        for tenant in tenants {
            let Ok(tenant) = tenant.parse::<TenantId>() else { continue };
            for job in self.ledger.reserved_jobs(tenant, "sweeper").await? {
                if made_at(job).is_some_and(|at| at <= cutoff) && pass.budget > 0 {
                    self.finish(tenant, job, &mut pass).await?;
                }
            }
        }
        let queued: Vec<(String, String)> = job_row::Entity::find()
            .select_only()
            .columns([job_row::Column::TenantId, job_row::Column::JobId])
            .filter(job_row::Column::Status.eq(JobStatus::Queued.as_str()))
            .filter(job_row::Column::Deleted.eq(false))
            .filter(job_row::Column::CreatedAt.lte(cutoff))
            .limit(pass.budget as u64)
            .into_tuple()
            .all(&self.db)
            .await
            .map_err(db_error)?;
        for (tenant, job) in queued {
            if let (Ok(tenant), Ok(job)) = (tenant.parse::<TenantId>(), job.parse::<JobId>()) {
                self.finish(tenant, job, &mut pass).await?;
            }
        }
        Ok(pass.swept)
    }

    /// Finishes what a failure left of `job`, as its events say.
    async fn finish(&self, tenant: TenantId, job: JobId, pass: &mut Pass) -> Result<(), DomainError> {
        pass.budget = pass.budget.saturating_sub(1);
        let agg = AggregateRef::new(tenant, JobState::KIND, job.to_string())?;
        let (state, position): (JobState, _) = fold(&self.events.load(&agg, 0).await?)?;
        let correlation = format!("sweeper:{job}");
        if let Some(settlement) = state.settlement() {
            if settle_job(&self.ledger, &agg, settlement, state.submitted.as_ref().map(|s| s.media_type)).await? {
                pass.swept.settled += 1;
            }
            return Ok(());
        }
        if state.submitted.is_none() || state.deleted {
            if state.exists && !state.deleted {
                let why = "the request that submitted this job failed before the job was recorded; it never ran and nothing was charged";
                let failed: JobEvent = state.abort(why.into()).into();
                match append::<JobState>(Cmd::new(self.events.as_ref(), self.clock.now(), &correlation), &agg, position, &failed).await {
                    Ok(_) => pass.swept.failed += 1,
                    // Changed meanwhile: the next sweep decides again.
                    Err(DomainError::Concurrency { .. }) => return Ok(()),
                    Err(e) => return Err(e),
                }
            }
            if self.ledger.release(tenant, job, &correlation).await?.appended.is_some() {
                pass.swept.released += 1;
            }
            return Ok(());
        }
        if state.status == JobStatus::Queued && state.starts == 0 {
            if pass.queue_empty.is_none() {
                pass.queue_empty = Some(self.queue.depth().await? == 0);
            }
            if pass.queue_empty == Some(true) {
                self.queue.enqueue(JobTicket { tenant, job, media: None }).await?;
                pass.swept.requeued += 1;
            }
        }
        Ok(())
    }
}
