//! DMI, Deep Media Inspection (reference 003): its public API's `deepfake-detection/`,
//! `ai-text-detection/` and `ai-media-detection/`, served under `/compat/dmi` with its
//! `{success, code, result | message}` envelope, its codes (`SUC001`, `AUT001`, `AUT004`,
//! `FIL001`–`FIL003`, `TXT001`, `TXT002`, `SYS001`, `SYS003`) and its statuses (a missing or bad
//! key and the daily limit are 403). Auth: `X-API-Key` with a Veracity key. Its key management
//! is in [`super::dmi_keys`].

use poem::http::StatusCode;
use poem::web::Data;
use poem_openapi::payload::Json;
use poem_openapi::{Object, OpenApi};
use serde_json::json;

use crate::detect::payload::{DetectInput, DetectOptions, JsonBody, UploadBody};
use crate::detect::view::{Job, VerdictView};
use crate::detect::{Detection, Endpoint, submit};
use crate::error::{ApiError, ErrorCode};
use crate::extract::ApiKeyCaller;
use crate::routes::ApiTags;
use crate::state::AppState;

pub struct DmiApi;

pub const PREFIX: &str = "/compat/dmi/";

/// `deepfake-detection/`'s result.
#[derive(Debug, Clone, Object)]
#[oai(rename = "DmiDeepfakeResult", skip_serializing_if_is_none)]
pub struct DeepfakeResult {
    /// Veracity's verdict is `synthetic` or `manipulated`.
    pub is_deepfake: bool,
    /// How likely a deepfake, 0–1 (Veracity's risk score / 100); null when nothing could be judged.
    pub confidence_score: Option<f64>,
    /// `Image` or `Video`.
    pub file_type: String,
    /// Videos: frames sampled (1 per second, at most 64).
    pub frames_analyzed: Option<u32>,
    /// Videos: scored frames at 0.70 or above.
    pub fake_frames: Option<u32>,
    /// Videos: `fake_frames` as a percentage of the frames scored.
    pub fake_frames_percentage: Option<f32>,
}

/// The media's facts, as 003's top-level `metadata`.
#[derive(Debug, Clone, Object)]
#[oai(rename = "DmiMetadata", skip_serializing_if_is_none)]
pub struct Metadata {
    pub width: Option<u32>,
    pub height: Option<u32>,
    /// `jpeg`, `png`, `mp4`…
    pub format: String,
    /// Seconds (videos).
    pub duration: Option<f64>,
    pub codec: Option<String>,
}

/// `{"success": true, "code": "SUC001", "result": …, "metadata": …}`.
#[derive(Debug, Clone, Object)]
#[oai(rename = "DmiDeepfakeResponse")]
pub struct DeepfakeEnvelope {
    pub success: bool,
    /// `SUC001`.
    pub code: String,
    pub result: DeepfakeResult,
    pub metadata: Option<Metadata>,
    /// Added: the Veracity job (`GET /v1/jobs/{id}`).
    pub job_id: String,
}

/// Human and AI shares for a text, 0–1, adding up to 1; null when the text could not be judged
/// (under 50 words or 3 sentences).
#[derive(Debug, Clone, Object)]
#[oai(rename = "DmiTextScores")]
pub struct TextScores {
    #[oai(rename = "Human")]
    pub human: Option<f64>,
    #[oai(rename = "AI")]
    pub ai: Option<f64>,
}

/// `ai-text-detection/`'s result.
#[derive(Debug, Clone, Object)]
#[oai(rename = "DmiTextResult")]
pub struct TextResult {
    /// Veracity's verdict is `synthetic`.
    pub is_ai_generated: bool,
    /// Always null: Veracity does not guess which model wrote a text.
    pub source_prediction: Option<String>,
    pub confidence_scores: TextScores,
    /// With `highlight: true`: the text with its most machine-like sentences in `<mark>…</mark>`.
    pub highlighted_text: Option<String>,
}

#[derive(Debug, Clone, Object)]
#[oai(rename = "DmiTextResponse")]
pub struct TextEnvelope {
    pub success: bool,
    pub code: String,
    pub result: TextResult,
    pub job_id: String,
}

/// `ai-media-detection/`'s shares, 0–1, adding up to 1; null when nothing could judge the image.
#[derive(Debug, Clone, Object)]
#[oai(rename = "DmiMediaScores")]
pub struct MediaScores {
    pub ai_generated: Option<f64>,
    pub real: Option<f64>,
}

/// `ai-media-detection/`'s result.
#[derive(Debug, Clone, Object)]
#[oai(rename = "DmiMediaResult")]
pub struct MediaResult {
    /// Veracity's verdict is `synthetic` (or `manipulated`).
    pub is_ai_generated: bool,
    /// `fake` or `real`, as `is_ai_generated`; `unknown` when nothing could judge the image.
    pub prediction: String,
    pub confidence_scores: MediaScores,
    /// Added: the generator, when the image's provenance names it (C2PA, metadata, watermark).
    pub generator: Option<String>,
}

#[derive(Debug, Clone, Object)]
#[oai(rename = "DmiMediaResponse")]
pub struct MediaEnvelope {
    pub success: bool,
    pub code: String,
    pub result: MediaResult,
    pub metadata: Option<Metadata>,
    pub job_id: String,
}

/// `ai-text-detection/`'s body: `{"text": …, "highlight": …}` (other members are ignored, as
/// 003 does).
#[derive(Debug, Clone, Object)]
#[oai(rename = "DmiTextRequest")]
pub struct TextRequest {
    /// At least 50 characters (`TXT002` below).
    #[oai(validator(max_length = 100000))]
    pub text: Option<String>,
    /// Return `highlighted_text`.
    pub highlight: Option<bool>,
}

/// The body of `ai-text-detection/`.
#[derive(poem_openapi::ApiRequest)]
pub enum TextBody {
    /// `{"text": …, "highlight": …}`.
    Json(JsonBody<TextRequest>),
}

/// 003's error body.
#[derive(Debug, Clone, Object)]
#[oai(rename = "DmiError")]
pub struct ErrorBody {
    /// Always `false`.
    pub success: bool,
    /// `AUT001`, `AUT004`, `FIL001`, `FIL002`, `FIL003`, `TXT001`, `TXT002`, `SYS001`, `SYS003`,
    /// or Veracity's code for what 003 does not list (credits, rate limits).
    pub code: String,
    pub message: String,
}

impl super::ErrorSchema for ErrorBody {
    const CLIENT: &'static str = "A client error in DMI's shape (`success: false`, `code`, `message`)";
    const SERVER: &'static str = "A server error in DMI's shape (`SYS001`)";
}

pub type DmiError = super::VendorError<ErrorBody>;

/// 003's code, status and message for a Veracity error on `path`. 003 answers bad input with
/// 400 and authentication or permission problems with 403; its key management
/// (`/api/api-keys/`) takes a dashboard token, not an API key, and its messages say so.
pub fn error_response(error: &ApiError, path: &str) -> (Option<StatusCode>, serde_json::Value) {
    let detail = error.detail();
    let key_management = path.contains("/api/api-keys");
    let (code, status, message): (&str, StatusCode, String) = match error.code() {
        ErrorCode::AuthMissing if key_management => (
            "AUT001",
            StatusCode::FORBIDDEN,
            "Authentication credentials were not provided: send `Authorization: Bearer <access token>`.".into(),
        ),
        ErrorCode::AuthInvalid | ErrorCode::TokenExpired if key_management => {
            ("AUT001", StatusCode::FORBIDDEN, format!("The access token is not valid. ({detail})"))
        }
        ErrorCode::Forbidden => ("AUT004", StatusCode::FORBIDDEN, format!("You do not have permission to perform this action. ({detail})")),
        ErrorCode::ValidationFailed | ErrorCode::InvalidRequest => (error.code().as_str(), StatusCode::BAD_REQUEST, detail.to_owned()),
        ErrorCode::AuthMissing => {
            ("AUT001", StatusCode::FORBIDDEN, "Missing API key. Please provide your API key in the X-API-Key header.".into())
        }
        ErrorCode::AuthInvalid | ErrorCode::KeyExpired | ErrorCode::IpNotAllowed => {
            ("AUT001", StatusCode::FORBIDDEN, format!("Invalid API key. Please check your API key and try again. ({detail})"))
        }
        ErrorCode::AuthScope => {
            ("AUT004", StatusCode::FORBIDDEN, format!("This API key does not have permission to access this endpoint ({detail})"))
        }
        ErrorCode::DailyLimitExceeded => ("DAILY_LIMIT_EXCEEDED", StatusCode::FORBIDDEN, detail.to_owned()),
        ErrorCode::FileMissing => ("FIL001", StatusCode::BAD_REQUEST, "No file was provided. Please upload a file.".into()),
        ErrorCode::FileTooLarge | ErrorCode::PayloadTooLarge => ("FIL002", StatusCode::BAD_REQUEST, format!("File too large. {detail}")),
        ErrorCode::UnsupportedMediaType | ErrorCode::InvalidFileFormat | ErrorCode::UnsupportedContentType => {
            ("FIL003", StatusCode::BAD_REQUEST, format!("Unsupported file type: {detail}"))
        }
        ErrorCode::MalformedJson => ("SYS003", StatusCode::BAD_REQUEST, "Invalid JSON data".into()),
        ErrorCode::TextTooShort => ("TXT002", StatusCode::BAD_REQUEST, format!("Text too short. {detail}")),
        other if other.status().is_server_error() => ("SYS001", StatusCode::INTERNAL_SERVER_ERROR, format!("An error occurred: {detail}")),
        other => (other.as_str(), other.status(), detail.to_owned()),
    };
    let code = if error.code() == ErrorCode::FileMissing && detail.contains("`text`") { "TXT001" } else { code };
    (Some(status), json!({"success": false, "code": code, "message": message}))
}

/// Submits and waits as long as the deployment allows; a failed job's request fails with its
/// error, an unfinished one is cancelled ([`super::cancel_unfinished`]).
async fn run(state: &AppState, key: &ApiKeyCaller, endpoint: Endpoint, detection: Detection) -> Result<Job, ApiError> {
    let submitted = submit(state, key, endpoint, detection, Some(&super::wait_all(state)), None).await?;
    if !submitted.finished {
        return Err(super::cancel_unfinished(state, key, &submitted.job.id).await);
    }
    if let Some(failure) = submitted.failure {
        return Err(ApiError::new(ErrorCode::from(failure.code), failure.message).with_extension("job_id", json!(submitted.job.id)));
    }
    Ok(submitted.job)
}

/// 1 − `share`, to four places.
fn complement(share: f64) -> f64 {
    ((1.0 - share) * 1e4).round() / 1e4
}

/// The chance of a deepfake, 0–1, from the risk score.
fn chance(job: &Job) -> Option<f64> {
    job.risk_score.map(|r| f64::from(r) / 100.0)
}

fn flagged(job: &Job) -> bool {
    matches!(job.verdict, Some(VerdictView::Synthetic | VerdictView::Manipulated))
}

fn metadata(job: &Job) -> Option<Metadata> {
    job.media.as_ref().map(|m| Metadata {
        width: m.width,
        height: m.height,
        format: m.format.clone(),
        duration: m.duration,
        codec: m.codec.clone(),
    })
}

/// `text` with the code-point ranges in `<mark>…</mark>`.
fn highlighted(text: &str, ranges: &[(u32, u32)]) -> String {
    let mut out = String::with_capacity(text.len() + ranges.len() * 13);
    for (i, c) in text.chars().enumerate() {
        let i = i as u32;
        if ranges.iter().any(|(start, _)| *start == i) {
            out.push_str("<mark>");
        }
        out.push(c);
        if ranges.iter().any(|(_, end)| *end == i + 1) {
            out.push_str("</mark>");
        }
    }
    out
}

#[OpenApi(tag = "ApiTags::CompatDmi")]
impl DmiApi {
    /// DMI: deepfake detection
    ///
    /// DMI's `POST /api/public-api/deepfake-detection/`: an image or video as multipart `file`.
    /// Answers with the result once the analysis is done.
    #[oai(path = "/compat/dmi/api/public-api/deepfake-detection/", method = "post", operation_id = "dmiDeepfakeDetection")]
    async fn deepfake(&self, key: ApiKeyCaller, state: Data<&AppState>, body: UploadBody) -> Result<Json<DeepfakeEnvelope>, DmiError> {
        let job = run(&state, &key, Endpoint::ImageOrVideo, Detection::from_form(body.into())?).await?;
        let video = job.media_type == crate::detect::view::MediaTypeView::Video;
        let result = DeepfakeResult {
            is_deepfake: flagged(&job),
            confidence_score: chance(&job),
            file_type: if video { "Video" } else { "Image" }.into(),
            frames_analyzed: job.frames_analyzed.filter(|_| video),
            fake_frames: job.fake_frames.filter(|_| video),
            fake_frames_percentage: job.fake_frames_percentage.filter(|_| video),
        };
        Ok(Json(DeepfakeEnvelope { success: true, code: "SUC001".into(), result, metadata: metadata(&job), job_id: job.id }))
    }

    /// DMI: AI-generated text detection
    ///
    /// DMI's `POST /api/public-api/ai-text-detection/`: JSON `{"text": …, "highlight": …}`.
    #[oai(path = "/compat/dmi/api/public-api/ai-text-detection/", method = "post", operation_id = "dmiAiTextDetection")]
    async fn text(&self, key: ApiKeyCaller, state: Data<&AppState>, body: TextBody) -> Result<Json<TextEnvelope>, DmiError> {
        let TextBody::Json(JsonBody(TextRequest { text, highlight })) = body;
        let text = text.filter(|t| !t.trim().is_empty()).ok_or_else(|| ApiError::new(ErrorCode::FileMissing, "no `text` was provided"))?;
        let highlight = highlight.unwrap_or(false);
        let detection = Detection { input: DetectInput::Text { text: text.clone(), highlight }, options: DetectOptions::default() };
        let job = run(&state, &key, Endpoint::Text, detection).await?;
        let ai = chance(&job);
        let marks: Vec<(u32, u32)> = job.highlights.iter().flatten().map(|h| (h.start, h.end)).collect();
        let result = TextResult {
            is_ai_generated: flagged(&job),
            source_prediction: None,
            confidence_scores: TextScores { human: ai.map(complement), ai },
            highlighted_text: highlight.then(|| highlighted(&text, &marks)),
        };
        Ok(Json(TextEnvelope { success: true, code: "SUC001".into(), result, job_id: job.id }))
    }

    /// DMI: AI-generated media detection
    ///
    /// DMI's `POST /api/public-api/ai-media-detection/`: an image as multipart `file`.
    #[oai(path = "/compat/dmi/api/public-api/ai-media-detection/", method = "post", operation_id = "dmiAiMediaDetection")]
    async fn media(&self, key: ApiKeyCaller, state: Data<&AppState>, body: UploadBody) -> Result<Json<MediaEnvelope>, DmiError> {
        let job = run(&state, &key, Endpoint::AiMedia, Detection::from_form(body.into())?).await?;
        let ai = chance(&job);
        let fake = flagged(&job);
        let prediction = match ai {
            None => "unknown",
            Some(_) if fake => "fake",
            Some(_) => "real",
        };
        let result = MediaResult {
            is_ai_generated: fake,
            prediction: prediction.into(),
            confidence_scores: MediaScores { ai_generated: ai, real: ai.map(complement) },
            generator: job.generator.as_ref().map(|g| g.name.clone()),
        };
        Ok(Json(MediaEnvelope { success: true, code: "SUC001".into(), result, metadata: metadata(&job), job_id: job.id }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn highlights_wrap_their_code_point_ranges() {
        assert_eq!(highlighted("Héllo. Delve in. Bye.", &[(7, 16)]), "Héllo. <mark>Delve in.</mark> Bye.");
        assert_eq!(highlighted("abc", &[]), "abc");
    }
}
