//! `POST /v1/detect[/image|/video|/audio|/text|/ai-media]`: submit media for analysis.

use poem::web::Data;
use poem_openapi::param::Header;
use poem_openapi::payload::Json;
use poem_openapi::{ApiResponse, OpenApi};
use serde_json::json;

use super::ApiTags;
use crate::detect::payload::DetectBody;
use crate::detect::view::Job;
use crate::detect::{Endpoint, submit};
use crate::error::{ApiError, ErrorCode};
use crate::extract::ApiKeyCaller;
use crate::state::AppState;

pub struct DetectApi;

/// `Prefer: wait=<seconds>`: how long to wait for the result before answering 202.
type Prefer = Header<Option<String>>;
/// `Idempotency-Key`: a retry with the same key and request gets the first request's job
/// (`Idempotent-Replayed: true`) for 24 hours; a different request with it is refused (422).
type IdempotencyKey = Header<Option<String>>;

#[derive(ApiResponse)]
pub enum DetectResponse {
    /// The job finished within the wait; this is its result.
    #[oai(status = 200)]
    Done(Json<Job>, #[oai(header = "Idempotent-Replayed")] Option<bool>),
    /// Accepted; the job is queued or running. Poll the `Location`, `GET /v1/jobs/{id}`.
    #[oai(status = 202)]
    Accepted(Json<Job>, #[oai(header = "Location")] String, #[oai(header = "Idempotent-Replayed")] Option<bool>),
}

/// A finished job answers 200, a failed one its error (with the job id), else 202.
fn respond(submitted: crate::detect::Submitted) -> Result<DetectResponse, ApiError> {
    let job = submitted.job;
    let replayed = submitted.replayed.then_some(true);
    if !submitted.finished {
        let location = format!("/v1/jobs/{}", job.id);
        return Ok(DetectResponse::Accepted(Json(job), location, replayed));
    }
    if let Some(failure) = submitted.failure {
        return Err(ApiError::new(ErrorCode::from(failure.code), failure.message).with_extension("job_id", json!(job.id)));
    }
    Ok(DetectResponse::Done(Json(job), replayed))
}

#[OpenApi(tag = "ApiTags::Detection")]
impl DetectApi {
    /// Detect (any media)
    ///
    /// Analyses an image, video, audio file, frame list or text, inferring the type from the
    /// content itself (magic bytes), never from the file name or `Content-Type`. Send the file as
    /// multipart `file` (or `image`/`video`/`audio`), or JSON with `media_url`, `frames` or
    /// `text`. Images and text wait up to 10 s for the result (200); video and audio answer 202
    /// with a `Location` to poll. `Prefer: wait=<seconds>` (0–60) overrides the wait. Needs the
    /// `detect:<media type>` scope.
    #[oai(path = "/v1/detect", method = "post", operation_id = "detect")]
    async fn detect(
        &self,
        key: ApiKeyCaller,
        state: Data<&AppState>,
        body: DetectBody,
        #[oai(name = "Prefer")] prefer: Prefer,
        #[oai(name = "Idempotency-Key")] idempotency_key: IdempotencyKey,
    ) -> Result<DetectResponse, ApiError> {
        respond(submit(&state, &key, Endpoint::Any, body, prefer.0.as_deref(), idempotency_key.0.as_deref()).await?)
    }

    /// Detect image deepfakes
    ///
    /// JPEG, PNG, WebP, GIF, BMP or TIFF up to 25 MB and 40 megapixels, as multipart `file`
    /// (or `image`) or JSON `media_url`. Reports faces (with `analysis_type` FACE or
    /// VERIFICATION, none found is `NO_FACE_DETECTED`), generator metadata and the verdict.
    /// Waits up to 10 s for the result by default. Scope `detect:image`.
    #[oai(path = "/v1/detect/image", method = "post", operation_id = "detectImage")]
    async fn image(
        &self,
        key: ApiKeyCaller,
        state: Data<&AppState>,
        body: DetectBody,
        #[oai(name = "Prefer")] prefer: Prefer,
        #[oai(name = "Idempotency-Key")] idempotency_key: IdempotencyKey,
    ) -> Result<DetectResponse, ApiError> {
        respond(submit(&state, &key, Endpoint::Image, body, prefer.0.as_deref(), idempotency_key.0.as_deref()).await?)
    }

    /// Detect video deepfakes
    ///
    /// MP4, MOV, WebM, MKV, AVI or WMV up to 50 MB and 10 minutes, or JSON `frames` (base64
    /// stills, at most 64 and 6 MB). Frames are sampled at 1 fps (at most 64, spread over long
    /// videos); the audio track is analysed too. Answers 202 with a `Location` unless `Prefer:
    /// wait` is sent. Scope `detect:video`.
    #[oai(path = "/v1/detect/video", method = "post", operation_id = "detectVideo")]
    async fn video(
        &self,
        key: ApiKeyCaller,
        state: Data<&AppState>,
        body: DetectBody,
        #[oai(name = "Prefer")] prefer: Prefer,
        #[oai(name = "Idempotency-Key")] idempotency_key: IdempotencyKey,
    ) -> Result<DetectResponse, ApiError> {
        respond(submit(&state, &key, Endpoint::Video, body, prefer.0.as_deref(), idempotency_key.0.as_deref()).await?)
    }

    /// Detect audio deepfakes
    ///
    /// WAV, MP3, M4A/AAC, FLAC or OGG up to 10 MB and 10 minutes, decoded to 24 kHz mono.
    /// Answers 202 with a `Location` unless `Prefer: wait` is sent. Scope `detect:audio`.
    #[oai(path = "/v1/detect/audio", method = "post", operation_id = "detectAudio")]
    async fn audio(
        &self,
        key: ApiKeyCaller,
        state: Data<&AppState>,
        body: DetectBody,
        #[oai(name = "Prefer")] prefer: Prefer,
        #[oai(name = "Idempotency-Key")] idempotency_key: IdempotencyKey,
    ) -> Result<DetectResponse, ApiError> {
        respond(submit(&state, &key, Endpoint::Audio, body, prefer.0.as_deref(), idempotency_key.0.as_deref()).await?)
    }

    /// Detect AI-written text
    ///
    /// JSON `{"text": "…", "highlight": true}`, at least 50 characters (`TEXT_TOO_SHORT`
    /// otherwise), at most 100,000. Waits up to 10 s for the result by default. Scope
    /// `detect:text`.
    #[oai(path = "/v1/detect/text", method = "post", operation_id = "detectText")]
    async fn text(
        &self,
        key: ApiKeyCaller,
        state: Data<&AppState>,
        body: DetectBody,
        #[oai(name = "Prefer")] prefer: Prefer,
        #[oai(name = "Idempotency-Key")] idempotency_key: IdempotencyKey,
    ) -> Result<DetectResponse, ApiError> {
        respond(submit(&state, &key, Endpoint::Text, body, prefer.0.as_deref(), idempotency_key.0.as_deref()).await?)
    }

    /// Detect AI-generated images
    ///
    /// Was this image made by a generative model? Same input as `/v1/detect/image`; the result's
    /// `generator` names the model when provenance or metadata identifies it. Scope
    /// `detect:ai-media`.
    #[oai(path = "/v1/detect/ai-media", method = "post", operation_id = "detectAiMedia")]
    async fn ai_media(
        &self,
        key: ApiKeyCaller,
        state: Data<&AppState>,
        body: DetectBody,
        #[oai(name = "Prefer")] prefer: Prefer,
        #[oai(name = "Idempotency-Key")] idempotency_key: IdempotencyKey,
    ) -> Result<DetectResponse, ApiError> {
        respond(submit(&state, &key, Endpoint::AiMedia, body, prefer.0.as_deref(), idempotency_key.0.as_deref()).await?)
    }
}
