//! GLAIR Vision (reference 002): `POST /face/v1/deepfake` (multipart `video`) and
//! `POST /face/v1/deepfake/images` (JSON `frames`, base64), served under `/compat/glair`.
//!
//! Answers synchronously as 002 documents: `{"read": {"deepfake": {"confidence", "value"}},
//! "reason", "status"}` with `status` one of `SUCCESS`, `NO_FILE`, `FILE_INVALID_FORMAT`,
//! `FAILED` (and `ERROR` for what the enum does not cover: keys, credits, limits), the HTTP
//! status Veracity would give, and a `Request-Id` header. `confidence` is the chance the video is
//! fake (Veracity's risk score / 100), not Veracity's `confidence` in its verdict. Auth: 002's
//! `x-api-key` header carries a Veracity key; its Basic credentials are not needed and ignored.

use poem::web::Data;
use poem_openapi::param::Header;
use poem_openapi::payload::Json;
use poem_openapi::{ApiResponse, Object, OpenApi};
use serde_json::json;

use crate::detect::payload::{DetectFramesRequest, LenientJsonBody, UploadBody};
use crate::detect::view::{Job, VerdictView};
use crate::detect::{Detection, Endpoint, Submitted, submit};
use crate::error::{ApiError, ErrorCode};
use crate::extract::ApiKeyCaller;
use crate::routes::ApiTags;
use crate::state::AppState;

pub struct GlairApi;

/// 002's prefix under `/compat`.
pub const PREFIX: &str = "/compat/glair";

/// The deepfake reading: whether the video is fake, and the chance that it is.
#[derive(Debug, Clone, Object)]
#[oai(rename = "GlairDeepfake")]
pub struct Deepfake {
    /// The chance the media is fake, 0–1 (Veracity's `risk_score` / 100).
    pub confidence: f64,
    /// `fake` when Veracity's verdict is synthetic or manipulated, else `real`.
    pub value: String,
}

/// The reading: present when `status` is `SUCCESS`.
#[derive(Debug, Clone, Object)]
#[oai(rename = "GlairRead")]
pub struct Read {
    pub deepfake: Deepfake,
}

/// 002's Deepfake Detection object.
#[derive(Debug, Clone, Object)]
#[oai(rename = "GlairDeepfakeResult", skip_serializing_if_is_none)]
pub struct GlairResult {
    // The reading; absent unless `status` is `SUCCESS` (described on its type).
    pub read: Option<Read>,
    /// A human-readable message about the reading.
    pub reason: String,
    /// `SUCCESS`, `NO_FILE`, `FILE_INVALID_FORMAT` or `FAILED` (`ERROR` for keys, credits and limits).
    pub status: String,
    /// Added: the Veracity job, readable at `GET /v1/jobs/{id}`.
    pub job_id: Option<String>,
}

#[derive(ApiResponse)]
pub enum GlairResponse {
    /// The reading (`status: SUCCESS`), or `FAILED` when the video could be read but not judged.
    #[oai(status = 200)]
    Read(Json<GlairResult>),
}

/// An error in 002's shape.
#[derive(Debug, Clone, Object)]
#[oai(rename = "GlairError")]
pub struct ErrorBody {
    /// What went wrong, for a human.
    pub reason: String,
    /// `NO_FILE`, `FILE_INVALID_FORMAT`, `FAILED`, or `ERROR` for keys, credits and limits.
    pub status: String,
    /// Added: Veracity's stable error code.
    pub code: String,
}

impl super::ErrorSchema for ErrorBody {
    const CLIENT: &'static str = "A client error in GLAIR's shape, with the HTTP status Veracity gives it";
    const SERVER: &'static str = "A server error in GLAIR's shape";
}

/// A Veracity error, answered in 002's shape on 002's routes (by [`super::VendorErrors`]).
pub type GlairError = super::VendorError<ErrorBody>;

/// The `status` and `reason` 002 gives for a Veracity error.
pub fn error_body(error: &ApiError) -> serde_json::Value {
    let status = match error.code() {
        ErrorCode::FileMissing => "NO_FILE",
        ErrorCode::UnsupportedMediaType
        | ErrorCode::InvalidFileFormat
        | ErrorCode::FileTooLarge
        | ErrorCode::PayloadTooLarge
        | ErrorCode::UnsupportedContentType => "FILE_INVALID_FORMAT",
        ErrorCode::NoFaceDetected | ErrorCode::AnalysisFailed | ErrorCode::AnalysisAborted | ErrorCode::MediaExpired => "FAILED",
        _ => "ERROR",
    };
    json!({"reason": error.detail(), "status": status, "code": error.code().as_str()})
}

async fn respond(state: &AppState, key: &ApiKeyCaller, submitted: Submitted) -> Result<GlairResponse, ApiError> {
    let job = submitted.job;
    if !submitted.finished {
        return Err(super::cancel_unfinished(state, key, &job.id).await);
    }
    if let Some(failure) = submitted.failure {
        return Err(ApiError::new(ErrorCode::from(failure.code), failure.message).with_extension("job_id", json!(job.id)));
    }
    Ok(GlairResponse::Read(Json(reading(&job))))
}

/// A completed job as 002's reading.
fn reading(job: &Job) -> GlairResult {
    let Some(risk) = job.risk_score else {
        return GlairResult {
            read: None,
            reason: "File Successfully Read, but no detector could judge it (no face, or nothing to judge it by)".into(),
            status: "FAILED".into(),
            job_id: Some(job.id.clone()),
        };
    };
    let fake = matches!(job.verdict, Some(VerdictView::Synthetic | VerdictView::Manipulated));
    let reason = match job.verdict {
        Some(VerdictView::Inconclusive) => {
            format!("File Successfully Read; inconclusive (risk {risk} of 100): not enough evidence either way")
        }
        _ => "File Successfully Read".to_owned(),
    };
    GlairResult {
        read: Some(Read { deepfake: Deepfake { confidence: f64::from(risk) / 100.0, value: if fake { "fake" } else { "real" }.into() } }),
        reason,
        status: "SUCCESS".into(),
        job_id: Some(job.id.clone()),
    }
}

type IdempotencyKey = Header<Option<String>>;

/// The frames as JSON, sent as `application/json` or as `curl --data-raw` sends it.
#[derive(poem_openapi::ApiRequest)]
pub enum GlairFramesBody {
    /// `{"frames": ["<base64>", …]}`: the video's frames in order (at most 64, 6 MB in all).
    Json(LenientJsonBody<DetectFramesRequest>),
}

#[OpenApi(tag = "ApiTags::CompatGlair")]
impl GlairApi {
    /// GLAIR: deepfake detection (video)
    ///
    /// GLAIR Vision's `POST /face/v1/deepfake`: a video as multipart `video` (`file` works too).
    /// Answers with the reading once the analysis is done; errors in 002's shape
    /// (`{"reason", "status"}`) with the HTTP status Veracity gives them.
    #[oai(path = "/compat/glair/face/v1/deepfake", method = "post", operation_id = "glairDeepfakeVideo")]
    async fn video(
        &self,
        key: ApiKeyCaller,
        state: Data<&AppState>,
        body: UploadBody,
        #[oai(name = "Idempotency-Key", validator(max_length = 255, pattern = r"^[!-~]+$"))] idempotency_key: IdempotencyKey,
    ) -> Result<GlairResponse, GlairError> {
        let detection = Detection::from_form(body.into()).map_err(|e| {
            if e.code() == ErrorCode::FileMissing { ApiError::new(ErrorCode::FileMissing, "No file in request body") } else { e }
        })?;
        let wait = super::wait_all(&state);
        let submitted = submit(&state, &key, Endpoint::Video, detection, Some(&wait), idempotency_key.0.as_deref()).await?;
        Ok(respond(&state, &key, submitted).await?)
    }

    /// GLAIR: deepfake detection (frames)
    ///
    /// GLAIR Vision's `POST /face/v1/deepfake/images`: JSON `{"frames": ["<base64>", …]}`, the
    /// video as still frames in order.
    #[oai(path = "/compat/glair/face/v1/deepfake/images", method = "post", operation_id = "glairDeepfakeFrames")]
    async fn frames(
        &self,
        key: ApiKeyCaller,
        state: Data<&AppState>,
        body: GlairFramesBody,
        #[oai(name = "Idempotency-Key", validator(max_length = 255, pattern = r"^[!-~]+$"))] idempotency_key: IdempotencyKey,
    ) -> Result<GlairResponse, GlairError> {
        let GlairFramesBody::Json(LenientJsonBody(body)) = body;
        let detection = Detection::from_json(body)?;
        let wait = super::wait_all(&state);
        let submitted = submit(&state, &key, Endpoint::Video, detection, Some(&wait), idempotency_key.0.as_deref()).await?;
        Ok(respond(&state, &key, submitted).await?)
    }
}
