//! `GET /v1/jobs/{id}`, `GET /v1/jobs`, `DELETE /v1/jobs/{id}`: detection jobs of the caller's
//! organisation.

use chrono::{DateTime, Utc};
use poem::web::Data;
use poem_openapi::param::{Path, Query};
use poem_openapi::payload::Json;
use poem_openapi::{ApiResponse, Object, OpenApi};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect};
use veracity_adapters::sql::db_error;
use veracity_adapters::sql::entities::job;
use veracity_domain::accounts::Scope;
use veracity_domain::detection::{JobState, JobStatus, MediaType};
use veracity_domain::{DomainError, JobId};

use super::ApiTags;
use super::page::{page_limit, split_page};
use crate::auth::ApiKeyCaller;
use crate::detect::view::Job;
use crate::error::ApiError;
use crate::state::AppState;
use veracity_app::{aggregate, execute, load};

pub struct JobsApi;

/// One row of the jobs list: the job without its detailed findings.
#[derive(Debug, Object)]
pub struct JobSummary {
    pub id: String,
    pub status: String,
    pub media_type: Option<String>,
    pub check: Option<String>,
    pub verdict: Option<String>,
    pub risk_score: Option<i32>,
    pub error_code: Option<String>,
    pub created_at: DateTime<Utc>,
    pub completed_at: Option<DateTime<Utc>>,
    pub media_deleted: bool,
}

#[derive(Debug, Object)]
pub struct JobPage {
    pub data: Vec<JobSummary>,
    pub has_more: bool,
    /// Pass as `starting_after` for the next page.
    pub next_cursor: Option<String>,
}

#[derive(ApiResponse)]
pub enum Deleted {
    /// Deleted: cancelled if it had not finished, media removed at once.
    #[oai(status = 204)]
    NoContent,
}

fn parse_job_id(raw: &str) -> Result<JobId, ApiError> {
    raw.parse::<JobId>().map_err(|_| DomainError::NotFound { resource: "job", id: raw.to_owned() }.into())
}

/// The job's current state; another tenant's job, or a deleted one, is a 404.
async fn current(state: &AppState, key: &ApiKeyCaller, raw: &str) -> Result<JobState, ApiError> {
    let id = parse_job_id(raw)?;
    let agg = aggregate::<JobState>(key.caller.tenant, id.to_string())?;
    let (job, _) = load::<JobState>(state.events.as_ref(), &agg).await?;
    if !job.exists || job.deleted {
        return Err(DomainError::NotFound { resource: "job", id: raw.to_owned() }.into());
    }
    Ok(job)
}

#[OpenApi(tag = "ApiTags::Jobs")]
impl JobsApi {
    /// Get a job
    ///
    /// The job's status and, once `completed`, its full result; `error` once `failed`. Always
    /// current (read from the job's events). Another organisation's job is a 404. Scope
    /// `jobs:read`.
    #[oai(path = "/v1/jobs/:job_id", method = "get", operation_id = "getJob")]
    async fn get(&self, key: ApiKeyCaller, state: Data<&AppState>, job_id: Path<String>) -> Result<Json<Job>, ApiError> {
        key.require(Scope::JobsRead)?;
        let job = current(&state, &key, &job_id.0).await?;
        Ok(Json(Job::from_state(&job_id.0, &job)))
    }

    /// List jobs
    ///
    /// Your organisation's jobs, newest first, with filters. Cursor pagination: pass the last
    /// `id` you got as `starting_after`. The list is a read model and may trail the newest
    /// changes by a few milliseconds; `GET /v1/jobs/{id}` is always current. Scope `jobs:read`.
    #[oai(path = "/v1/jobs", method = "get", operation_id = "listJobs")]
    #[allow(clippy::too_many_arguments)]
    async fn list(
        &self,
        key: ApiKeyCaller,
        state: Data<&AppState>,
        /// queued | processing | completed | failed | cancelled
        status: Query<Option<String>>,
        /// image | video | audio | text
        media_type: Query<Option<String>>,
        /// authentic | synthetic | manipulated | inconclusive
        verdict: Query<Option<String>>,
        created_after: Query<Option<DateTime<Utc>>>,
        created_before: Query<Option<DateTime<Utc>>>,
        /// 1-100, default 20.
        limit: Query<Option<u64>>,
        /// The `id` of the last job of the previous page.
        starting_after: Query<Option<String>>,
    ) -> Result<Json<JobPage>, ApiError> {
        key.require(Scope::JobsRead)?;
        let limit = page_limit(limit.0)?;
        let mut query =
            job::Entity::find().filter(job::Column::TenantId.eq(key.caller.tenant.to_string())).filter(job::Column::Deleted.eq(false));
        if let Some(s) = &status.0 {
            if !JobStatus::ALL.iter().any(|x| x.as_str() == s) {
                return Err(DomainError::invalid("status", "must be queued, processing, completed, failed or cancelled").into());
            }
            query = query.filter(job::Column::Status.eq(s.as_str()));
        }
        if let Some(m) = &media_type.0 {
            MediaType::parse(m).ok_or_else(|| DomainError::invalid("media_type", "must be image, video, audio or text"))?;
            query = query.filter(job::Column::MediaType.eq(m.as_str()));
        }
        if let Some(v) = &verdict.0 {
            if !["authentic", "synthetic", "manipulated", "inconclusive"].contains(&v.as_str()) {
                return Err(DomainError::invalid("verdict", "must be authentic, synthetic, manipulated or inconclusive").into());
            }
            query = query.filter(job::Column::Verdict.eq(v.as_str()));
        }
        if let Some(after) = created_after.0 {
            query = query.filter(job::Column::CreatedAt.gt(after));
        }
        if let Some(before) = created_before.0 {
            query = query.filter(job::Column::CreatedAt.lt(before));
        }
        if let Some(after) = &starting_after.0 {
            query = query.filter(job::Column::JobId.lt(after.as_str()));
        }
        let rows = query.order_by_desc(job::Column::JobId).limit(limit + 1).all(&state.db).await.map_err(db_error)?;
        let items = rows
            .into_iter()
            .map(|r| JobSummary {
                id: r.job_id,
                status: r.status,
                media_type: r.media_type,
                check: r.check_kind,
                verdict: r.verdict,
                risk_score: r.risk_score,
                error_code: r.failure_code,
                created_at: r.created_at,
                completed_at: r.finished_at,
                media_deleted: r.media_purged_at.is_some(),
            })
            .collect();
        let (data, has_more, next_cursor) = split_page(items, limit, |j: &JobSummary| j.id.clone());
        Ok(Json(JobPage { data, has_more, next_cursor }))
    }

    /// Delete a job
    ///
    /// Cancels the job if it is still queued or running, deletes its media at once and hides its
    /// result; the job is then a 404. Deleting it again is a 404. Scope `jobs:delete`.
    #[oai(path = "/v1/jobs/:job_id", method = "delete", operation_id = "deleteJob")]
    async fn delete(&self, key: ApiKeyCaller, state: Data<&AppState>, job_id: Path<String>) -> Result<Deleted, ApiError> {
        key.require(Scope::JobsDelete)?;
        let id = parse_job_id(&job_id.0)?;
        let agg = aggregate::<JobState>(key.caller.tenant, id.to_string())?;
        let actor = key.caller.key.to_string();
        let (_, job) = execute::<JobState, _, ApiError>(state.events.as_ref(), &agg, state.clock.now(), &key.request_id, |job| {
            Ok(Some(job.delete(&job_id.0, &actor)?))
        })
        .await?;
        // The media goes now, not at the retention worker's next pass.
        if let Some(media) = &job.media {
            state.blobs.delete(&veracity_domain::ports::BlobKey::new(media.blob_key.clone())?).await?;
        }
        Ok(Deleted::NoContent)
    }
}
