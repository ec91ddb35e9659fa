//! deepfakedetector.ai (reference 001): `POST /v1/detect`, `/v1/detect/{image,audio,video}` and
//! `GET /v1/jobs/{id}`, served under `/compat/deepfakedetector`.
//!
//! Requests as 001 documents them: a multipart upload (`file`, or `image`/`video`/`audio`) or
//! JSON `{media_url, media_type, callback_url, strict_mode, retain}`; `Authorization: Bearer`.
//! Answers in 001's shape: `job_id`, `verdict`, `confidence`, `generator` as a string, `signals`
//! as an object (signal name → a word for its score), `flagged_segments`, `latency_ms`. Errors
//! are Veracity's problem+json (001 documents no error format).

use std::collections::BTreeMap;

use poem::web::Data;
use poem_openapi::param::{Header, Path};
use poem_openapi::payload::Json;
use poem_openapi::{ApiResponse, Object, OpenApi};

use crate::detect::payload::UploadBody;
use crate::detect::view::Job;
use crate::detect::{Detection, Endpoint, Submitted, submit};
use crate::error::{ApiError, ErrorCode};
use crate::extract::{ApiKeyCaller, JobReader};
use crate::routes::ApiTags;
use crate::state::AppState;

pub struct DeepfakeDetectorApi;

/// A flagged stretch of the media's timeline, seconds from its start.
#[derive(Debug, Clone, Object)]
#[oai(rename = "DeepfakeDetectorSegment")]
pub struct Segment {
    pub start: f64,
    pub end: f64,
}

/// A job in deepfakedetector.ai's shape.
#[derive(Debug, Clone, Object)]
#[oai(rename = "DeepfakeDetectorResult")]
pub struct DdResult {
    /// The Veracity job id (`GET /compat/deepfakedetector/v1/jobs/{id}` or `GET /v1/jobs/{id}`).
    pub job_id: String,
    /// `queued`, `processing`, `completed`, `failed` or `cancelled`.
    pub status: String,
    /// `authentic`, `synthetic`, `manipulated` or `inconclusive`, once completed.
    pub verdict: Option<String>,
    /// How sure the verdict is, 0–1; absent when nothing could be judged.
    pub confidence: Option<f32>,
    /// The generator named by the media's provenance (C2PA, metadata, watermark), else null:
    /// Veracity never guesses a generator from pixels.
    pub generator: Option<String>,
    /// Each signal by name: `synthetic` (score ≥ 0.70), `uncertain` (0.40–0.70), `natural`
    /// (< 0.40) or `informative` (a finding with no score, e.g. no metadata found).
    pub signals: BTreeMap<String, String>,
    /// Stretches of a video's or audio's timeline flagged as synthetic.
    pub flagged_segments: Vec<Segment>,
    /// Milliseconds the analysis took.
    pub latency_ms: Option<u64>,
    /// Why the job failed, when it did: Veracity's error code.
    pub error: Option<String>,
}

impl From<&Job> for DdResult {
    fn from(job: &Job) -> Self {
        let word = |score: Option<f32>| match score {
            Some(s) if s >= 0.7 => "synthetic",
            Some(s) if s >= 0.4 => "uncertain",
            Some(_) => "natural",
            None => "informative",
        };
        DdResult {
            job_id: job.id.clone(),
            status: super::wire_name(&job.status),
            verdict: job.verdict.as_ref().map(super::wire_name),
            confidence: job.confidence,
            generator: job.generator.as_ref().map(|g| g.name.clone()),
            signals: job.signals.iter().flatten().map(|s| (s.name.clone(), word(s.score).to_owned())).collect(),
            flagged_segments: job.flagged_segments.iter().flatten().map(|s| Segment { start: s.start, end: s.end }).collect(),
            latency_ms: job.latency_ms,
            error: job.error.as_ref().map(|e| e.code.clone()),
        }
    }
}

#[derive(ApiResponse)]
pub enum DdResponse {
    /// The verdict (the job finished while the request waited).
    #[oai(status = 200)]
    Done(Json<DdResult>),
    /// Still running (long media, or a busy deployment): poll `GET …/v1/jobs/{job_id}`, or
    /// wait for the `callback_url`.
    #[oai(status = 202)]
    Accepted(Json<DdResult>, #[oai(header = "Location")] String),
}

fn respond(submitted: Submitted) -> Result<DdResponse, ApiError> {
    let result = DdResult::from(&submitted.job);
    if !submitted.finished {
        let location = format!("/compat/deepfakedetector/v1/jobs/{}", result.job_id);
        return Ok(DdResponse::Accepted(Json(result), location));
    }
    if let Some(failure) = submitted.failure {
        return Err(
            ApiError::new(ErrorCode::from(failure.code), failure.message).with_extension("job_id", serde_json::json!(result.job_id))
        );
    }
    Ok(DdResponse::Done(Json(result)))
}

async fn detect(
    state: &AppState,
    key: &ApiKeyCaller,
    endpoint: Endpoint,
    body: UploadBody,
    idempotency: Option<&str>,
) -> Result<DdResponse, ApiError> {
    let detection = Detection::from_form(body.into())?;
    respond(submit(state, key, endpoint, detection, Some(&super::wait_all(state)), idempotency).await?)
}

type IdempotencyKey = Header<Option<String>>;

#[OpenApi(tag = "ApiTags::CompatDeepfakeDetector")]
impl DeepfakeDetectorApi {
    /// deepfakedetector.ai: detect (any media)
    ///
    /// deepfakedetector.ai's `POST /v1/detect`: a multipart upload (`file`) or JSON
    /// `{"media_url": "https://…", "media_type": "video", "callback_url": …, "strict_mode": …,
    /// "retain": …}`; `media_type` is a hint checked against the content. Answers when the
    /// verdict is ready (202 with `status: processing` if the deployment's wait runs out).
    #[oai(path = "/compat/deepfakedetector/v1/detect", method = "post", operation_id = "deepfakedetectorDetect")]
    async fn detect_any(
        &self,
        key: ApiKeyCaller,
        state: Data<&AppState>,
        body: UploadBody,
        #[oai(name = "Idempotency-Key", validator(max_length = 255, pattern = r"^[!-~]+$"))] idempotency_key: IdempotencyKey,
    ) -> Result<DdResponse, ApiError> {
        detect(&state, &key, Endpoint::Any, body, idempotency_key.0.as_deref()).await
    }

    /// deepfakedetector.ai: detect an image
    ///
    /// deepfakedetector.ai's `POST /v1/detect/image`, as `…/v1/detect` for images only.
    #[oai(path = "/compat/deepfakedetector/v1/detect/image", method = "post", operation_id = "deepfakedetectorDetectImage")]
    async fn detect_image(
        &self,
        key: ApiKeyCaller,
        state: Data<&AppState>,
        body: UploadBody,
        #[oai(name = "Idempotency-Key", validator(max_length = 255, pattern = r"^[!-~]+$"))] idempotency_key: IdempotencyKey,
    ) -> Result<DdResponse, ApiError> {
        detect(&state, &key, Endpoint::Image, body, idempotency_key.0.as_deref()).await
    }

    /// deepfakedetector.ai: detect audio
    ///
    /// deepfakedetector.ai's `POST /v1/detect/audio`, as `…/v1/detect` for audio only.
    #[oai(path = "/compat/deepfakedetector/v1/detect/audio", method = "post", operation_id = "deepfakedetectorDetectAudio")]
    async fn detect_audio(
        &self,
        key: ApiKeyCaller,
        state: Data<&AppState>,
        body: UploadBody,
        #[oai(name = "Idempotency-Key", validator(max_length = 255, pattern = r"^[!-~]+$"))] idempotency_key: IdempotencyKey,
    ) -> Result<DdResponse, ApiError> {
        detect(&state, &key, Endpoint::Audio, body, idempotency_key.0.as_deref()).await
    }

    /// deepfakedetector.ai: detect a video
    ///
    /// deepfakedetector.ai's `POST /v1/detect/video`, as `…/v1/detect` for video only.
    #[oai(path = "/compat/deepfakedetector/v1/detect/video", method = "post", operation_id = "deepfakedetectorDetectVideo")]
    async fn detect_video(
        &self,
        key: ApiKeyCaller,
        state: Data<&AppState>,
        body: UploadBody,
        #[oai(name = "Idempotency-Key", validator(max_length = 255, pattern = r"^[!-~]+$"))] idempotency_key: IdempotencyKey,
    ) -> Result<DdResponse, ApiError> {
        detect(&state, &key, Endpoint::Video, body, idempotency_key.0.as_deref()).await
    }

    /// deepfakedetector.ai: get a job
    ///
    /// deepfakedetector.ai's `GET /v1/jobs/{id}`: the job in 001's shape (the same job as
    /// `GET /v1/jobs/{id}`). Another organisation's job is a 404.
    #[oai(path = "/compat/deepfakedetector/v1/jobs/:job_id", method = "get", operation_id = "deepfakedetectorGetJob")]
    async fn get_job(&self, reader: JobReader, state: Data<&AppState>, job_id: Path<String>) -> Result<Json<DdResult>, ApiError> {
        let job = crate::routes::jobs::current_view(&state, &reader, &job_id.0).await?;
        Ok(Json(DdResult::from(&job)))
    }
}
