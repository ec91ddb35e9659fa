//! `GET /v1/jobs/{id}`, `GET /v1/jobs`, `DELETE /v1/jobs/{id}`: detection jobs of the caller's
//! organisation.

use bytes::Bytes;
use chrono::{DateTime, Utc};
use poem::web::Data;
use poem_openapi::param::{Path, Query};
use poem_openapi::payload::{Binary, Json};
use poem_openapi::{ApiResponse, Object, OpenApi};
use veracity_app::jobs::{self, HeatmapImage};
use veracity_domain::ports::{JobFilter, JobRow, Page};
use veracity_domain::{DomainError, JobId};

use super::ApiTags;
use crate::detect::view::{CheckView, Job, MediaTypeView, Status, VerdictView};
use crate::error::{ApiError, ErrorCode};
use crate::extract::{JobDeleter, JobReader};
use crate::state::AppState;

pub struct JobsApi;

/// One row of the jobs list: the job without its detailed findings.
#[derive(Debug, Object)]
#[oai(skip_serializing_if_is_none)]
pub struct JobSummary {
    pub id: String,
    pub status: Status,
    pub media_type: Option<MediaTypeView>,
    pub check: Option<CheckView>,
    pub verdict: Option<VerdictView>,
    pub risk_score: Option<i32>,
    /// The `code` of the error a failed job ended with, e.g. `INVALID_FILE_FORMAT`.
    pub error_code: Option<String>,
    pub created_at: DateTime<Utc>,
    pub completed_at: Option<DateTime<Utc>>,
    pub media_deleted: bool,
}

#[derive(Debug, Object)]
#[oai(skip_serializing_if_is_none)]
pub struct JobPage {
    pub data: Vec<JobSummary>,
    pub has_more: bool,
    /// Pass as `starting_after` for the next page.
    pub next_cursor: Option<String>,
}

#[derive(ApiResponse)]
pub enum MediaResponse {
    /// The media's bytes as uploaded; `Content-Type` names its format (e.g. `image/png`).
    #[oai(status = 200)]
    Media(
        Binary<Bytes>,
        /// The media's format, read from its content when it was uploaded.
        #[oai(header = "Content-Type")]
        String,
    ),
}

#[derive(ApiResponse)]
pub enum HeatmapResponse {
    /// The overlay, a 256×256 PNG.
    #[oai(status = 200, content_type = "image/png")]
    Png(Binary<Bytes>),
}

#[derive(ApiResponse)]
pub enum Deleted {
    /// Deleted: cancelled if it had not finished, media removed at once.
    #[oai(status = 204)]
    NoContent,
}

impl From<JobRow> for JobSummary {
    fn from(r: JobRow) -> Self {
        JobSummary {
            id: r.id.to_string(),
            status: r.status.into(),
            media_type: r.media_type.map(Into::into),
            check: r.check.map(Into::into),
            verdict: r.verdict.map(Into::into),
            risk_score: r.risk_score,
            error_code: r.error_code.map(|code| code.as_str().to_owned()),
            created_at: r.created_at,
            completed_at: r.completed_at,
            media_deleted: r.media_deleted,
        }
    }
}

fn parse_job_id(raw: &str) -> Result<JobId, ApiError> {
    raw.parse::<JobId>().map_err(|_| DomainError::NotFound { resource: "job", id: raw.to_owned() }.into())
}

/// The caller's job as it stands (read from its events); another organisation's is a 404.
pub(crate) async fn current_view(state: &AppState, reader: &JobReader, raw_id: &str) -> Result<Job, ApiError> {
    let id = parse_job_id(raw_id)?;
    let job = jobs::current_job(state.cmd(&reader.request_id), reader.tenant, id).await?;
    Ok(Job::from_state(raw_id, &job))
}

#[OpenApi(tag = "ApiTags::Jobs")]
impl JobsApi {
    /// Get a job
    ///
    /// The job's status and, once `completed`, its full result; `error` once `failed`. Always
    /// current (read from the job's events). Another organisation's job is a 404. An API key
    /// with `jobs:read`, or a signed-in member who may read jobs. `webhook_deliveries` lists the job's webhook messages and their status (from
    /// the delivery log, which trails the deliveries by a few milliseconds).
    #[oai(path = "/v1/jobs/:job_id", method = "get", operation_id = "getJob")]
    async fn get(&self, reader: JobReader, state: Data<&AppState>, job_id: Path<String>) -> Result<Json<Job>, ApiError> {
        let mut view = current_view(&state, &reader, &job_id.0).await?;
        let id = parse_job_id(&job_id.0)?;
        // The job is read from its events; its deliveries from the delivery log, which is left
        // out (rather than failing the request) should that database not answer.
        match state.reads.job_deliveries(&reader.scope, id).await {
            Ok(deliveries) => view.webhook_deliveries = Some(deliveries.into_iter().map(Into::into).collect()),
            Err(err) => tracing::warn!(job = %id, error = %err, "the job's webhook deliveries could not be read"),
        }
        Ok(Json(view))
    }

    /// List jobs
    ///
    /// Your organisation's jobs, newest first, with filters. Cursor pagination: pass the last
    /// `id` you got as `starting_after`. The list is a read model and may trail the newest
    /// changes by a few milliseconds; `GET /v1/jobs/{id}` is always current. An API key with
    /// `jobs:read`, or a signed-in member who may read jobs.
    #[oai(path = "/v1/jobs", method = "get", operation_id = "listJobs")]
    #[allow(clippy::too_many_arguments)]
    async fn list(
        &self,
        reader: JobReader,
        state: Data<&AppState>,
        /// Only jobs with this status.
        status: Query<Option<Status>>,
        /// Only jobs of this media type.
        media_type: Query<Option<MediaTypeView>>,
        /// Only completed jobs with this verdict.
        verdict: Query<Option<VerdictView>>,
        created_after: Query<Option<DateTime<Utc>>>,
        created_before: Query<Option<DateTime<Utc>>>,
        /// 1-100, default 20.
        #[oai(validator(minimum(value = "1"), maximum(value = "100")))]
        limit: Query<Option<u64>>,
        /// The `id` of the last job of the previous page.
        starting_after: Query<Option<String>>,
    ) -> Result<Json<JobPage>, ApiError> {
        let page = Page::new(limit.0, starting_after.0)?;
        let filter = JobFilter {
            status: status.0.map(Into::into),
            media_type: media_type.0.map(Into::into),
            verdict: verdict.0.map(Into::into),
            created_after: created_after.0,
            created_before: created_before.0,
        };
        let jobs = state.reads.list_jobs(&reader.scope, &filter, &page).await?.map(JobSummary::from);
        let (data, has_more, next_cursor) = (jobs.data, jobs.has_more, jobs.next_cursor);
        Ok(Json(JobPage { data, has_more, next_cursor }))
    }

    /// Download a job's media
    ///
    /// The uploaded image, video or audio as it was sent, while Veracity keeps it: 60 s after
    /// the verdict, or 30 days with `retain`. Then (and for text and frame lists, which have no
    /// single file) 410 `MEDIA_EXPIRED`. An API key with `jobs:read`, or a signed-in member who
    /// may read jobs (the console draws face boxes over it).
    #[oai(path = "/v1/jobs/:job_id/media", method = "get", operation_id = "getJobMedia")]
    async fn media(&self, reader: JobReader, state: Data<&AppState>, job_id: Path<String>) -> Result<MediaResponse, ApiError> {
        let id = parse_job_id(&job_id.0)?;
        match jobs::job_media(state.cmd(&reader.request_id), state.blobs.as_ref(), reader.tenant, id).await? {
            Some((bytes, format)) => Ok(MediaResponse::Media(Binary(bytes), format.mime().to_owned())),
            None => Err(ApiError::new(ErrorCode::MediaExpired, "this job's media is no longer kept (or it has no single media file)")),
        }
    }

    /// Download a result's heatmap
    ///
    /// A 256×256 PNG of the square the AI-image probe looked at, each cell of the result's
    /// `heatmap` grid tinted red where it pushed the score towards "generated" and blue where it
    /// pulled it away (the largest value gets the full tint). Made for jobs sent with `return_details=true` (images
    /// and video; for a video, its most suspicious frame) and kept with the media: 404
    /// `NOT_FOUND` when the result has none, 410 `MEDIA_EXPIRED` once the media is deleted.
    #[oai(path = "/v1/jobs/:job_id/heatmap", method = "get", operation_id = "getJobHeatmap")]
    async fn heatmap(&self, reader: JobReader, state: Data<&AppState>, job_id: Path<String>) -> Result<HeatmapResponse, ApiError> {
        let id = parse_job_id(&job_id.0)?;
        match jobs::job_heatmap(state.cmd(&reader.request_id), state.blobs.as_ref(), reader.tenant, id).await? {
            HeatmapImage::Png(bytes) => Ok(HeatmapResponse::Png(Binary(bytes))),
            HeatmapImage::None => Err(ApiError::new(
                ErrorCode::NotFound,
                "this job's result has no heatmap (send images or video with return_details=true; it comes with the result)",
            )),
            HeatmapImage::Expired => Err(ApiError::new(ErrorCode::MediaExpired, "this job's heatmap was deleted with its media")),
        }
    }

    /// Delete a job
    ///
    /// Cancels the job if it is still queued or running, deletes its media at once and hides its
    /// result; the job is then a 404. Deleting it again is a 404. An API key with
    /// `jobs:delete`, or a signed-in member who may delete jobs.
    #[oai(path = "/v1/jobs/:job_id", method = "delete", operation_id = "deleteJob")]
    async fn delete(&self, deleter: JobDeleter, state: Data<&AppState>, job_id: Path<String>) -> Result<Deleted, ApiError> {
        let id = parse_job_id(&job_id.0)?;
        let actor = deleter.origin.actor.clone();
        jobs::delete_job(state.cmd(&deleter.request_id), state.blobs.as_ref(), deleter.tenant, id, actor).await?;
        Ok(Deleted::NoContent)
    }
}
