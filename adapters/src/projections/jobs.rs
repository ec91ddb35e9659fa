//! The jobs read model: one row per job, kept to the job's latest state. Listing and filtering
//! read it; a single job is read from its events, which are always current.

use async_trait::async_trait;
use sea_orm::ActiveValue::Set;
use sea_orm::{ColumnTrait, DatabaseTransaction, EntityTrait, QueryFilter};
use veracity_domain::aggregate::Aggregate;
use veracity_domain::detection::job::JobEvent;
use veracity_domain::detection::{JobState, JobStatus, MediaSource, MediaType};
use veracity_domain::events::EventEnum;
use veracity_domain::{DomainError, EventEnvelope, RecordedEvent};

use super::Projection;
use crate::sql::db_error;
use crate::sql::entities::job;

pub struct Jobs;

#[async_trait]
impl Projection for Jobs {
    fn name(&self) -> &'static str {
        "jobs"
    }

    /// Only jobs' events.
    fn wants(&self, event: &EventEnvelope) -> bool {
        event.aggregate_type == JobState::KIND
    }

    fn kinds(&self) -> Vec<&'static str> {
        vec![JobState::KIND]
    }

    async fn apply(&self, txn: &DatabaseTransaction, event: &RecordedEvent) -> Result<(), DomainError> {
        let e = &event.envelope;
        if e.aggregate_type != JobState::KIND {
            return Ok(());
        }
        let sequence = i64::try_from(event.sequence).map_err(DomainError::internal)?;
        let event = JobEvent::decode(e)?;
        let at = e.occurred_at;
        let id = e.aggregate_id.clone();
        let mut change = job::ActiveModel { sequence: Set(sequence), ..Default::default() };
        // Updates only, never a read first: on SQLite a transaction that reads and then writes
        // fails with "database is locked" when another projection wrote in between.
        match event {
            JobEvent::UploadReceived(upload) => {
                let row = job::ActiveModel {
                    job_id: Set(e.aggregate_id.clone()),
                    tenant_id: Set(e.tenant.to_string()),
                    key_id: Set(None),
                    status: Set(JobStatus::Queued.as_str().into()),
                    // What the upload is, until the submission says (the same unless a
                    // request failed part-way).
                    media_type: Set(match &upload.source {
                        MediaSource::Text { .. } => Some(MediaType::Text.as_str().into()),
                        _ => upload.media.format.and_then(|f| f.media_type()).map(|m| m.as_str().into()),
                    }),
                    check_kind: Set(None),
                    format: Set(upload.media.format.map(|f| f.as_str().to_owned())),
                    size: Set(i64::try_from(upload.media.size).unwrap_or(i64::MAX)),
                    sha256: Set(upload.media.sha256),
                    blob_key: Set(upload.media.blob_key),
                    retain: Set(false),
                    verdict: Set(None),
                    risk_score: Set(None),
                    failure_code: Set(None),
                    attempts: Set(0),
                    created_at: Set(e.occurred_at),
                    started_at: Set(None),
                    finished_at: Set(None),
                    media_purged_at: Set(None),
                    deleted: Set(false),
                    sequence: Set(sequence),
                };
                job::Entity::insert(row).exec(txn).await.map_err(db_error)?;
                return Ok(());
            }
            JobEvent::Submitted(x) => {
                change.key_id = Set(Some(x.key.to_string()));
                change.media_type = Set(Some(x.media_type.as_str().into()));
                change.check_kind = Set(Some(x.check.as_str().into()));
                change.retain = Set(x.options.retain);
            }
            JobEvent::Started(x) => {
                change.status = Set(JobStatus::Processing.as_str().into());
                change.attempts = Set(i32::try_from(x.attempt).unwrap_or(i32::MAX));
                update(
                    txn,
                    &id,
                    job::ActiveModel { started_at: Set(Some(at)), ..Default::default() },
                    Some(job::Column::StartedAt.is_null().into()),
                )
                .await?;
            }
            JobEvent::Completed(x) => {
                change.status = Set(JobStatus::Completed.as_str().into());
                change.verdict = Set(Some(x.report.verdict.as_str().to_owned()));
                change.risk_score = Set(x.report.risk_score.map(i32::from));
                change.finished_at = Set(Some(at));
            }
            JobEvent::Failed(x) => {
                change.status = Set(JobStatus::Failed.as_str().into());
                change.failure_code = Set(Some(x.code.as_str().into()));
                change.finished_at = Set(Some(at));
            }
            JobEvent::Deleted(_) => {
                let cancel = job::ActiveModel {
                    status: Set(JobStatus::Cancelled.as_str().into()),
                    finished_at: Set(Some(at)),
                    ..Default::default()
                };
                let unfinished = job::Column::Status.is_in([JobStatus::Queued.as_str(), JobStatus::Processing.as_str()]);
                update(txn, &id, cancel, Some(unfinished.into())).await?;
                change.deleted = Set(true);
                change.verdict = Set(None);
                change.risk_score = Set(None);
            }
            JobEvent::MediaPurged(_) => change.media_purged_at = Set(Some(at)),
        }
        update(txn, &id, change, None).await
    }

    async fn reset(&self, txn: &DatabaseTransaction) -> Result<(), DomainError> {
        job::Entity::delete_many().exec(txn).await.map_err(db_error)?;
        Ok(())
    }
}

/// Sets the fields `change` sets on job `id`'s row, when `condition` (if any) holds.
async fn update(
    txn: &DatabaseTransaction,
    id: &str,
    change: job::ActiveModel,
    condition: Option<sea_orm::Condition>,
) -> Result<(), DomainError> {
    let mut query = job::Entity::update_many().set(change).filter(job::Column::JobId.eq(id));
    if let Some(condition) = condition {
        query = query.filter(condition);
    }
    query.exec(txn).await.map_err(db_error)?;
    Ok(())
}
