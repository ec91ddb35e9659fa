//! Submitting media for detection: validate what the client sent (never trusting names or
//! claimed types), store it content-addressed, record `upload.received` and `job.submitted`,
//! queue the job, and wait for its result when the client prefers to.

pub mod form;
pub mod idempotency;
pub mod payload;
pub mod view;

use std::time::Duration;
use tracing::Instrument;

use veracity_domain::accounts::Scope;
use veracity_domain::detection::frames;
use veracity_domain::detection::{Check, JobOptions, JobState, MediaError, MediaFormat, MediaLimits, MediaSource, MediaType};
use veracity_domain::ports::{FetchError, IdempotencyClaim, MediaProbe};
use veracity_domain::{DomainError, JobId};

use crate::error::{ApiError, ErrorCode};
use crate::extract::ApiKeyCaller;
use crate::state::{AppState, DetectSettings};
use payload::{DetectInput, DetectOptions, IntoDetection, MediaForm};
use veracity_app::detection::{self, DetectionPorts, Submission};
use veracity_app::{aggregate, load};
use view::Job;

/// Which endpoint was called: what it accepts and which check it asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Endpoint {
    /// `POST /v1/detect`: any media, type inferred from the content.
    Any,
    Image,
    Video,
    Audio,
    Text,
    /// `POST /v1/detect/ai-media`: was this image generated?
    AiMedia,
    /// Images and videos only (a vendor's "deepfake detection" that takes no audio or text).
    ImageOrVideo,
}

impl Endpoint {
    /// Stable name, part of an idempotency fingerprint.
    pub fn as_str(self) -> &'static str {
        match self {
            Endpoint::Any => "any",
            Endpoint::Image => "image",
            Endpoint::Video => "video",
            Endpoint::Audio => "audio",
            Endpoint::Text => "text",
            Endpoint::AiMedia => "ai_media",
            Endpoint::ImageOrVideo => "image_or_video",
        }
    }

    pub fn accepts(self) -> &'static [MediaType] {
        match self {
            Endpoint::Any => &[MediaType::Image, MediaType::Video, MediaType::Audio, MediaType::Text],
            Endpoint::Image | Endpoint::AiMedia => &[MediaType::Image],
            Endpoint::Video => &[MediaType::Video],
            Endpoint::Audio => &[MediaType::Audio],
            Endpoint::Text => &[MediaType::Text],
            Endpoint::ImageOrVideo => &[MediaType::Image, MediaType::Video],
        }
    }

    fn check(self) -> Check {
        if self == Endpoint::AiMedia { Check::AiGenerated } else { Check::Deepfake }
    }

    fn scope(self, media: MediaType) -> Scope {
        match (self, media) {
            (Endpoint::AiMedia, _) => Scope::DetectAiMedia,
            (_, MediaType::Image) => Scope::DetectImage,
            (_, MediaType::Video) => Scope::DetectVideo,
            (_, MediaType::Audio) => Scope::DetectAudio,
            (_, MediaType::Text) => Scope::DetectText,
        }
    }
}

fn allowed_formats(accepts: &[MediaType]) -> Vec<&'static str> {
    accepts.iter().flat_map(|m| m.formats()).map(|f| f.mime()).collect()
}

fn unsupported(what: &str, accepts: &[MediaType]) -> ApiError {
    let allowed = allowed_formats(accepts);
    ApiError::new(ErrorCode::UnsupportedMediaType, format!("{what}; this endpoint accepts {}", allowed.join(", ")))
        .with_extension("allowed", serde_json::json!(allowed))
}

/// The format of an upload from its first bytes; 415 when it is none that Veracity reads.
pub fn sniff(head: &[u8]) -> Result<MediaFormat, ApiError> {
    let all = [MediaType::Image, MediaType::Video, MediaType::Audio];
    match MediaFormat::sniff(head) {
        Some(format) if format.media_type().is_some() => Ok(format),
        Some(format) => Err(unsupported(&format!("the file is a {} ({})", format.as_str().to_uppercase(), format.mime()), &all)),
        None => Err(unsupported("the file's content is not a recognised image, video or audio format", &all)),
    }
}

fn media_error(e: MediaError) -> ApiError {
    ApiError::new(e.code().into(), e.to_string())
}

/// Validated media, ready to store.
struct Prepared {
    bytes: Vec<u8>,
    media_type: MediaType,
    format: Option<MediaFormat>,
    source: MediaSource,
}

fn prepare(input: DetectInput, endpoint: Endpoint, limits: &MediaLimits, probe: &dyn MediaProbe) -> Result<Prepared, ApiError> {
    let accepts = endpoint.accepts();
    match input {
        DetectInput::File { bytes, format, filename } => {
            let media_type = format.media_type().expect("sniffed formats are accepted ones");
            if !accepts.contains(&media_type) {
                return Err(unsupported(&format!("the file is {} ({})", media_type.as_str(), format.mime()), accepts));
            }
            if media_type == MediaType::Image {
                probe.image_dimensions(&bytes, format, limits).map_err(media_error)?;
            }
            Ok(Prepared { bytes, media_type, format: Some(format), source: MediaSource::Upload { filename } })
        }
        DetectInput::Frames(list) => {
            if !accepts.contains(&MediaType::Video) {
                return Err(unsupported("`frames` is a video", accepts));
            }
            if list.is_empty() {
                return Err(ApiError::new(ErrorCode::FileMissing, "`frames` is empty"));
            }
            if list.len() > limits.frames_max as usize {
                return Err(ApiError::new(ErrorCode::FileTooLarge, format!("at most {} frames per request", limits.frames_max)));
            }
            let total: usize = list.iter().map(Vec::len).sum();
            if total as u64 > limits.frames_bytes {
                return Err(form::too_large(limits.frames_bytes, None));
            }
            let mut pixels = 0u64;
            for (i, frame) in list.iter().enumerate() {
                match MediaFormat::sniff(frame) {
                    Some(f) if f.media_type() == Some(MediaType::Image) => {
                        let (w, h) = probe
                            .image_dimensions(frame, f, limits)
                            .map_err(media_error)
                            .map_err(|e| e.with_extension("frame", serde_json::json!(i)))?;
                        pixels += u64::from(w) * u64::from(h);
                    }
                    _ => return Err(unsupported(&format!("frame {i} is not an image"), &[MediaType::Image])),
                }
            }
            limits.check_frames_pixels(pixels).map_err(|e| ApiError::new(ErrorCode::FileTooLarge, e.0))?;
            let count = list.len() as u32;
            Ok(Prepared { bytes: frames::bundle(&list), media_type: MediaType::Video, format: None, source: MediaSource::Frames { count } })
        }
        DetectInput::Text { text, highlight } => {
            if !accepts.contains(&MediaType::Text) {
                return Err(unsupported("text goes to /v1/detect/text", accepts));
            }
            let chars = text.trim().chars().count();
            if chars < limits.text_min_chars as usize {
                return Err(ApiError::new(
                    ErrorCode::TextTooShort,
                    format!("the text has {chars} characters; at least {} are needed", limits.text_min_chars),
                )
                .with_extension("min_chars", serde_json::json!(limits.text_min_chars)));
            }
            if chars > limits.text_max_chars as usize {
                return Err(ApiError::new(
                    ErrorCode::FileTooLarge,
                    format!("the text has {chars} characters; the limit is {}", limits.text_max_chars),
                ));
            }
            Ok(Prepared { bytes: text.into_bytes(), media_type: MediaType::Text, format: None, source: MediaSource::Text { highlight } })
        }
        DetectInput::Url(_) => unreachable!("URLs are fetched before `prepare`"),
    }
}

/// Fetches a `media_url` (see [`MediaUrls`] for what is refused) into a file input, capped
/// at the largest size the endpoint accepts, then at its sniffed type's limit.
async fn fetch(settings: &DetectSettings, url: &str, endpoint: Endpoint) -> Result<(DetectInput, MediaSource), ApiError> {
    let limits = &settings.limits;
    let cap = limits.bytes_for_any(endpoint.accepts());
    let fetched = settings.fetcher.fetch(url, cap).await.map_err(|e| match e {
        FetchError::Refused(why) => ApiError::new(ErrorCode::MediaUrlRefused, why),
        FetchError::Unreachable(why) => ApiError::new(ErrorCode::MediaUrlUnreachable, why),
        FetchError::TooLarge { limit } => form::too_large(limit, None),
    })?;
    if fetched.bytes.is_empty() {
        return Err(ApiError::new(ErrorCode::MediaUrlUnreachable, "the URL answered with an empty body"));
    }
    let format = sniff(&fetched.bytes)?;
    let limit = limits.bytes_for(format.media_type().expect("sniffed formats are accepted ones"));
    if fetched.bytes.len() as u64 > limit {
        return Err(form::too_large(limit, Some(format)));
    }
    let input = DetectInput::File { bytes: fetched.bytes, format, filename: fetched.filename };
    Ok((input, MediaSource::Url { url: fetched.recorded_url }))
}

/// What a request asks to analyse, and how.
pub struct Detection {
    pub input: DetectInput,
    pub options: DetectOptions,
}

impl Detection {
    /// An upload form; `FILE_MISSING` when it holds no media.
    pub fn from_form(form: MediaForm) -> Result<Self, ApiError> {
        let input = form
            .input
            .ok_or_else(|| ApiError::new(ErrorCode::FileMissing, "no media: send the file in the `file` field (or a `media_url` field)"))?;
        Ok(Self { input, options: form.options })
    }

    /// A documented JSON body.
    pub fn from_json(body: impl IntoDetection) -> Result<Self, ApiError> {
        let (input, options) = body.into_detection()?;
        Ok(Self { input, options })
    }
}

/// The longest `media_url` accepted (also declared in the OpenAPI document).
const MAX_MEDIA_URL: usize = 2048;
/// The longest `callback_url` accepted.
const MAX_CALLBACK_URL: usize = 2048;

/// A `callback_url` must be a URL webhooks may be sent to: https (unless configured), no
/// credentials, a host that resolves only to public addresses (one that does not resolve yet is
/// accepted). Its address is checked again at every delivery, since DNS answers change.
async fn check_callback_url(state: &AppState, url: &str) -> Result<(), ApiError> {
    if url.chars().count() > MAX_CALLBACK_URL {
        return Err(DomainError::invalid("callback_url", format!("must be at most {MAX_CALLBACK_URL} characters")).into());
    }
    match state.webhooks.sender.check(url).await {
        Ok(()) | Err(FetchError::Unreachable(_)) => Ok(()),
        Err(e) => Err(DomainError::invalid("callback_url", e.to_string()).into()),
    }
}

/// How long to wait: `Prefer: wait=N` (capped), else the default for images and text, else 0.
fn wait_for(prefer: Option<&str>, media: MediaType, settings: &DetectSettings) -> Duration {
    let asked = prefer
        .and_then(|p| p.split([',', ';']).find_map(|part| part.trim().strip_prefix("wait=").and_then(|v| v.trim().parse::<u64>().ok())));
    match asked {
        Some(secs) => Duration::from_secs(secs).min(settings.max_wait),
        None if matches!(media, MediaType::Image | MediaType::Text) => settings.default_wait,
        None => Duration::ZERO,
    }
}

/// A submitted job, finished or not.
pub struct Submitted {
    pub job: Job,
    pub finished: bool,
    /// Why it failed, when it did.
    pub failure: Option<veracity_domain::detection::job::JobFailed>,
    /// An `Idempotency-Key` retry: the job is the one the first request created.
    pub replayed: bool,
}

/// Validates, stores and queues a detection request, then waits for it as the client prefers.
/// With an `Idempotency-Key`, a retry gets the job the first request created.
pub async fn submit(
    state: &AppState,
    key: &ApiKeyCaller,
    endpoint: Endpoint,
    detection: Detection,
    prefer: Option<&str>,
    idempotency_key: Option<&str>,
) -> Result<Submitted, ApiError> {
    let Detection { input, options } = detection;
    if let Some(url) = &options.callback_url {
        check_callback_url(state, url).await?;
    }
    let Some(idempotency_key) = idempotency_key else {
        let created = create(state, key, endpoint, input, options).await?;
        let wait = state.detect.backlog.wait_for(wait_for(prefer, created.media_type, &state.detect), created.media_type).await;
        return finish(state, key, created.job, wait, Some(created.following), false).await;
    };
    let claim = idempotency::Claim::new(state, key, idempotency_key, endpoint, &input, &options)?;
    match claim.take().await? {
        IdempotencyClaim::Claimed => {
            // From the claim to its completion or release in a task of its own: a client that
            // hangs up meanwhile (its timeout, a dropped connection) cancels this handler, and
            // a claim left halfway would answer every retry 409 until it counted as abandoned.
            let (owned_state, owned_key) = (state.clone(), key.clone());
            let claimed = async move {
                let created = create(&owned_state, &owned_key, endpoint, input, options).await;
                match &created {
                    Ok(created) => claim.complete(&created.job).await,
                    Err(_) => claim.release().await,
                }
                created
            };
            let created = tokio::spawn(claimed.in_current_span()).await.map_err(|_| ApiError::internal())??;
            let wait = state.detect.backlog.wait_for(wait_for(prefer, created.media_type, &state.detect), created.media_type).await;
            finish(state, key, created.job, wait, Some(created.following), false).await
        }
        IdempotencyClaim::Replay { resource } => {
            let job: JobId = resource.parse().map_err(|_| ApiError::internal())?;
            let (current, _) = load::<JobState>(state.events.as_ref(), &aggregate::<JobState>(key.caller.tenant, job.to_string())?).await?;
            let media_type = match &current.submitted {
                Some(submitted) if !current.deleted => submitted.media_type,
                _ => return Err(ApiError::new(ErrorCode::NotFound, format!("the job {job} this Idempotency-Key created was deleted"))),
            };
            key.require(endpoint.scope(media_type))?;
            finish(state, key, job, wait_for(prefer, media_type, &state.detect), None, true).await
        }
        IdempotencyClaim::InProgress => Err(ApiError::new(
            ErrorCode::IdempotencyInProgress,
            "a request with this Idempotency-Key is still being processed; retry in a moment",
        )),
        IdempotencyClaim::Mismatch => Err(ApiError::new(
            ErrorCode::IdempotencyKeyReused,
            "this Idempotency-Key was used with a different request in the last 24 hours; use a new key",
        )),
    }
}

/// Validates the input, stores the media and records and queues the job.
async fn create(
    state: &AppState,
    key: &ApiKeyCaller,
    endpoint: Endpoint,
    input: DetectInput,
    options: DetectOptions,
) -> Result<detection::Submitted, ApiError> {
    let limits = state.detect.limits;
    let hint = options.media_type;
    if let Some(hint) = hint
        && !endpoint.accepts().contains(&hint)
    {
        return Err(contradicted_hint(hint, &format!("this endpoint analyses {}", names(endpoint.accepts()))));
    }
    let prepared = match input {
        DetectInput::Url(url) => {
            if url.chars().count() > MAX_MEDIA_URL {
                return Err(ApiError::new(ErrorCode::InvalidRequest, format!("`media_url` must be at most {MAX_MEDIA_URL} characters")));
            }
            // Scope and credits are checked before fetching anything for a caller who may not
            // submit (the rate limits were, before the body was read).
            let media = hint.as_ref().map_or(endpoint.accepts(), std::slice::from_ref);
            if let [only] = media {
                key.require(endpoint.scope(*only))?;
            }
            let ports = detection_ports(state);
            detection::check_affordable(
                state.cmd(&key.request_id),
                &ports,
                key.caller.tenant,
                endpoint.check(),
                options.analysis_type,
                media,
            )
            .await?;
            let (input, source) = fetch(&state.detect, &url, endpoint).await?;
            Prepared { source, ..prepare(input, endpoint, &limits, state.detect.probe.as_ref())? }
        }
        input => prepare(input, endpoint, &limits, state.detect.probe.as_ref())?,
    };
    if let Some(hint) = hint
        && hint != prepared.media_type
    {
        let found = match prepared.format {
            Some(format) => format!("the content is {} ({})", prepared.media_type.as_str(), format.mime()),
            None => format!("the content is {}", prepared.media_type.as_str()),
        };
        return Err(contradicted_hint(hint, &found).with_extension("detected", serde_json::json!(prepared.media_type.as_str())));
    }
    key.require(endpoint.scope(prepared.media_type))?;
    let options = JobOptions {
        analysis_type: options.analysis_type,
        strict_mode: options.strict_mode,
        retain: options.retain,
        return_details: options.return_details,
        callback_url: options.callback_url,
    };
    let submission = Submission {
        tenant: key.caller.tenant,
        key: key.caller.key,
        check: endpoint.check(),
        media_type: prepared.media_type,
        format: prepared.format,
        source: prepared.source,
        bytes: prepared.bytes,
        options,
    };
    Ok(detection::submit(state.cmd(&key.request_id), &detection_ports(state), submission).await?)
}

/// 422 for a `media_type` hint that the endpoint or the content contradicts.
fn contradicted_hint(hint: MediaType, why: &str) -> ApiError {
    ApiError::new(ErrorCode::ValidationFailed, format!("`media_type` is {}, but {why}", hint.as_str()))
        .with_extension("field", serde_json::json!("media_type"))
}

fn names(media: &[MediaType]) -> String {
    media.iter().map(|m| m.as_str()).collect::<Vec<_>>().join(", ")
}

fn detection_ports(state: &AppState) -> DetectionPorts<'_> {
    DetectionPorts {
        blobs: state.blobs.as_ref(),
        queue: state.jobs.as_ref(),
        ledger: state.ledger.as_ref(),
        pricing: &state.billing.pricing,
        traces: state.traces.as_ref(),
    }
}

async fn finish(
    state: &AppState,
    key: &ApiKeyCaller,
    job: JobId,
    wait: Duration,
    following: Option<detection::Following>,
    replayed: bool,
) -> Result<Submitted, ApiError> {
    let agg = aggregate::<JobState>(key.caller.tenant, job.to_string())?;
    let (current, finished) = detection::wait_until_finished(state.events.as_ref(), &agg, wait, following).await?;
    Ok(Submitted { job: Job::from_state(&job.to_string(), &current), finished, failure: current.failure, replayed })
}
