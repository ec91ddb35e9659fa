//! `POST /v1/detect…`: submit media for analysis. Each media type has an upload operation
//! (multipart) and a JSON one for a `media_url` (`…/url`); video also takes still frames
//! (`/v1/detect/video/frames`) and text is JSON only. One operation per body keeps every
//! generated client simple: no operation takes two content types.

use poem::web::Data;
use poem_openapi::param::Header;
use poem_openapi::payload::Json;
use poem_openapi::{ApiResponse, OpenApi};
use serde_json::json;

use super::ApiTags;
use crate::detect::payload::{FramesBody, TextBody, UploadBody, UrlBody};
use crate::detect::view::Job;
use crate::detect::{Detection, Endpoint, submit};
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
    /// Accepted; the job is queued or running. Poll the `Location`, `GET /v1/jobs/{id}`. A
    /// request asking to wait gets this at once when the jobs queued ahead of it are not
    /// expected to finish within its wait.
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

/// The operations differ only in what they accept; each hands its body to [`submit`].
async fn run(
    state: &AppState,
    key: &ApiKeyCaller,
    endpoint: Endpoint,
    detection: Result<Detection, ApiError>,
    prefer: &Prefer,
    idempotency_key: &IdempotencyKey,
) -> Result<DetectResponse, ApiError> {
    respond(submit(state, key, endpoint, detection?, prefer.0.as_deref(), idempotency_key.0.as_deref()).await?)
}

#[OpenApi(tag = "ApiTags::Detection")]
impl DetectApi {
    /// Detect (any media file)
    ///
    /// Analyses an image, video or audio file, inferring the type from the content itself
    /// (magic bytes), never from the file name or `Content-Type`; a `media_type` field is only a
    /// hint, refused (422) when the content is another type. Send the file as multipart
    /// `file` (or a `media_url` field). Images wait up to 10 s for the result (200); video and
    /// audio answer 202 with a `Location` to poll. `Prefer: wait=<seconds>` (0–60) overrides the
    /// wait. Needs the `detect:<media type>` scope.
    #[oai(path = "/v1/detect", method = "post", operation_id = "detect")]
    async fn detect(
        &self,
        key: ApiKeyCaller,
        state: Data<&AppState>,
        body: UploadBody,
        #[oai(name = "Prefer")] prefer: Prefer,
        #[oai(name = "Idempotency-Key", validator(max_length = 255, pattern = r"^[!-~]+$"))] idempotency_key: IdempotencyKey,
    ) -> Result<DetectResponse, ApiError> {
        run(&state, &key, Endpoint::Any, Detection::from_form(body.into()), &prefer, &idempotency_key).await
    }

    /// Detect (any media at a URL)
    ///
    /// `/v1/detect` for media Veracity fetches from an https URL: image, video or audio, typed
    /// by its content. Scope, rate limits and credits are checked before anything is fetched.
    #[oai(path = "/v1/detect/url", method = "post", operation_id = "detectUrl")]
    async fn detect_url(
        &self,
        key: ApiKeyCaller,
        state: Data<&AppState>,
        body: UrlBody,
        #[oai(name = "Prefer")] prefer: Prefer,
        #[oai(name = "Idempotency-Key", validator(max_length = 255, pattern = r"^[!-~]+$"))] idempotency_key: IdempotencyKey,
    ) -> Result<DetectResponse, ApiError> {
        run(&state, &key, Endpoint::Any, Detection::from_json(body), &prefer, &idempotency_key).await
    }

    /// Detect image deepfakes
    ///
    /// JPEG, PNG, WebP, GIF, BMP or TIFF up to 25 MB and 40 megapixels, as multipart `file`
    /// (or `image`). Reports faces (with `analysis_type` FACE or VERIFICATION, none found is
    /// `NO_FACE_DETECTED`), generator metadata and the verdict. Waits up to 10 s for the result
    /// by default. Scope `detect:image`.
    #[oai(path = "/v1/detect/image", method = "post", operation_id = "detectImage")]
    async fn image(
        &self,
        key: ApiKeyCaller,
        state: Data<&AppState>,
        body: UploadBody,
        #[oai(name = "Prefer")] prefer: Prefer,
        #[oai(name = "Idempotency-Key", validator(max_length = 255, pattern = r"^[!-~]+$"))] idempotency_key: IdempotencyKey,
    ) -> Result<DetectResponse, ApiError> {
        run(&state, &key, Endpoint::Image, Detection::from_form(body.into()), &prefer, &idempotency_key).await
    }

    /// Detect image deepfakes (URL)
    ///
    /// `/v1/detect/image` for an image Veracity fetches from an https URL. Scope `detect:image`.
    #[oai(path = "/v1/detect/image/url", method = "post", operation_id = "detectImageUrl")]
    async fn image_url(
        &self,
        key: ApiKeyCaller,
        state: Data<&AppState>,
        body: UrlBody,
        #[oai(name = "Prefer")] prefer: Prefer,
        #[oai(name = "Idempotency-Key", validator(max_length = 255, pattern = r"^[!-~]+$"))] idempotency_key: IdempotencyKey,
    ) -> Result<DetectResponse, ApiError> {
        run(&state, &key, Endpoint::Image, Detection::from_json(body), &prefer, &idempotency_key).await
    }

    /// Detect video deepfakes
    ///
    /// MP4, MOV, WebM, MKV, AVI or WMV up to 50 MB and 10 minutes, as multipart `file` (or
    /// `video`). Frames are sampled at 1 fps (at most 64, spread over long videos); the audio
    /// track is analysed too. Answers 202 with a `Location` unless `Prefer: wait` is sent. Scope
    /// `detect:video`.
    #[oai(path = "/v1/detect/video", method = "post", operation_id = "detectVideo")]
    async fn video(
        &self,
        key: ApiKeyCaller,
        state: Data<&AppState>,
        body: UploadBody,
        #[oai(name = "Prefer")] prefer: Prefer,
        #[oai(name = "Idempotency-Key", validator(max_length = 255, pattern = r"^[!-~]+$"))] idempotency_key: IdempotencyKey,
    ) -> Result<DetectResponse, ApiError> {
        run(&state, &key, Endpoint::Video, Detection::from_form(body.into()), &prefer, &idempotency_key).await
    }

    /// Detect video deepfakes (URL)
    ///
    /// `/v1/detect/video` for a video Veracity fetches from an https URL. Scope `detect:video`.
    #[oai(path = "/v1/detect/video/url", method = "post", operation_id = "detectVideoUrl")]
    async fn video_url(
        &self,
        key: ApiKeyCaller,
        state: Data<&AppState>,
        body: UrlBody,
        #[oai(name = "Prefer")] prefer: Prefer,
        #[oai(name = "Idempotency-Key", validator(max_length = 255, pattern = r"^[!-~]+$"))] idempotency_key: IdempotencyKey,
    ) -> Result<DetectResponse, ApiError> {
        run(&state, &key, Endpoint::Video, Detection::from_json(body), &prefer, &idempotency_key).await
    }

    /// Detect video deepfakes (frames)
    ///
    /// A video as base64 still frames (at most 64, 6 MB and 500 megapixels in all), for clients
    /// that sample frames themselves (a KYC liveness capture). Scope `detect:video`.
    #[oai(path = "/v1/detect/video/frames", method = "post", operation_id = "detectVideoFrames")]
    async fn video_frames(
        &self,
        key: ApiKeyCaller,
        state: Data<&AppState>,
        body: FramesBody,
        #[oai(name = "Prefer")] prefer: Prefer,
        #[oai(name = "Idempotency-Key", validator(max_length = 255, pattern = r"^[!-~]+$"))] idempotency_key: IdempotencyKey,
    ) -> Result<DetectResponse, ApiError> {
        run(&state, &key, Endpoint::Video, Detection::from_json(body), &prefer, &idempotency_key).await
    }

    /// Detect audio deepfakes
    ///
    /// WAV, MP3, M4A/AAC, FLAC or OGG up to 10 MB and 10 minutes, as multipart `file` (or
    /// `audio`), decoded to 24 kHz mono. Answers 202 with a `Location` unless `Prefer: wait` is
    /// sent. Scope `detect:audio`.
    #[oai(path = "/v1/detect/audio", method = "post", operation_id = "detectAudio")]
    async fn audio(
        &self,
        key: ApiKeyCaller,
        state: Data<&AppState>,
        body: UploadBody,
        #[oai(name = "Prefer")] prefer: Prefer,
        #[oai(name = "Idempotency-Key", validator(max_length = 255, pattern = r"^[!-~]+$"))] idempotency_key: IdempotencyKey,
    ) -> Result<DetectResponse, ApiError> {
        run(&state, &key, Endpoint::Audio, Detection::from_form(body.into()), &prefer, &idempotency_key).await
    }

    /// Detect audio deepfakes (URL)
    ///
    /// `/v1/detect/audio` for audio Veracity fetches from an https URL. Scope `detect:audio`.
    #[oai(path = "/v1/detect/audio/url", method = "post", operation_id = "detectAudioUrl")]
    async fn audio_url(
        &self,
        key: ApiKeyCaller,
        state: Data<&AppState>,
        body: UrlBody,
        #[oai(name = "Prefer")] prefer: Prefer,
        #[oai(name = "Idempotency-Key", validator(max_length = 255, pattern = r"^[!-~]+$"))] idempotency_key: IdempotencyKey,
    ) -> Result<DetectResponse, ApiError> {
        run(&state, &key, Endpoint::Audio, Detection::from_json(body), &prefer, &idempotency_key).await
    }

    /// Detect AI-written text
    ///
    /// `{"text": "…", "highlight": true}`, at least 50 characters (`TEXT_TOO_SHORT` otherwise),
    /// at most 100,000. Waits up to 10 s for the result by default. Scope `detect:text`.
    #[oai(path = "/v1/detect/text", method = "post", operation_id = "detectText")]
    async fn text(
        &self,
        key: ApiKeyCaller,
        state: Data<&AppState>,
        body: TextBody,
        #[oai(name = "Prefer")] prefer: Prefer,
        #[oai(name = "Idempotency-Key", validator(max_length = 255, pattern = r"^[!-~]+$"))] idempotency_key: IdempotencyKey,
    ) -> Result<DetectResponse, ApiError> {
        run(&state, &key, Endpoint::Text, Detection::from_json(body), &prefer, &idempotency_key).await
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
        body: UploadBody,
        #[oai(name = "Prefer")] prefer: Prefer,
        #[oai(name = "Idempotency-Key", validator(max_length = 255, pattern = r"^[!-~]+$"))] idempotency_key: IdempotencyKey,
    ) -> Result<DetectResponse, ApiError> {
        run(&state, &key, Endpoint::AiMedia, Detection::from_form(body.into()), &prefer, &idempotency_key).await
    }

    /// Detect AI-generated images (URL)
    ///
    /// `/v1/detect/ai-media` for an image Veracity fetches from an https URL. Scope
    /// `detect:ai-media`.
    #[oai(path = "/v1/detect/ai-media/url", method = "post", operation_id = "detectAiMediaUrl")]
    async fn ai_media_url(
        &self,
        key: ApiKeyCaller,
        state: Data<&AppState>,
        body: UrlBody,
        #[oai(name = "Prefer")] prefer: Prefer,
        #[oai(name = "Idempotency-Key", validator(max_length = 255, pattern = r"^[!-~]+$"))] idempotency_key: IdempotencyKey,
    ) -> Result<DetectResponse, ApiError> {
        run(&state, &key, Endpoint::AiMedia, Detection::from_json(body), &prefer, &idempotency_key).await
    }
}
