//! Request bodies of the detection endpoints, read while streaming so a size limit is enforced
//! on the bytes as they arrive, never after buffering a whole oversized upload.
//!
//! * `multipart/form-data`: the media in `file` (or `image`, `video`, `audio`), options as fields.
//! * `application/json`: `{"media_url": …}`, `{"frames": [base64…]}` or `{"text": …}`, plus options.

use futures::TryStreamExt;
use poem::web::Multipart;
use poem::{FromRequest, Request, RequestBody};
use poem_openapi::payload::{ParsePayload, Payload};
use poem_openapi::registry::{MetaSchemaRef, Registry};
use poem_openapi::types::Type;
use poem_openapi::{Enum, Multipart as MultipartDoc, Object};
use serde::Deserialize;
use tokio::io::AsyncReadExt;
use veracity_domain::detection::{AnalysisType, MediaFormat, MediaLimits, MediaType};

use crate::error::{ApiError, ErrorCode};
use crate::state::AppState;

/// The file field names accepted, `file` first; the others are the reference APIs' names.
pub const FILE_FIELDS: [&str; 4] = ["file", "image", "video", "audio"];

#[derive(Debug, Clone, Copy, PartialEq, Eq, Enum, Deserialize, Default)]
#[oai(rename_all = "SCREAMING_SNAKE_CASE")]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum AnalysisTypeParam {
    #[default]
    General,
    Face,
    Document,
    Verification,
}

impl From<AnalysisTypeParam> for AnalysisType {
    fn from(a: AnalysisTypeParam) -> Self {
        match a {
            AnalysisTypeParam::General => AnalysisType::General,
            AnalysisTypeParam::Face => AnalysisType::Face,
            AnalysisTypeParam::Document => AnalysisType::Document,
            AnalysisTypeParam::Verification => AnalysisType::Verification,
        }
    }
}

/// Options every detection request may carry (form fields or JSON members).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DetectOptions {
    pub analysis_type: AnalysisType,
    pub strict_mode: bool,
    pub retain: bool,
    pub return_details: bool,
    pub callback_url: Option<String>,
}

/// What the client sent to analyse.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DetectInput {
    File { bytes: Vec<u8>, format: MediaFormat, filename: Option<String> },
    Url(String),
    Frames(Vec<Vec<u8>>),
    Text { text: String, highlight: bool },
}

/// Documentation of the multipart form (the parser below reads it by hand, streaming).
#[derive(Debug, MultipartDoc)]
pub struct DetectForm {
    /// The media. `image`, `video` and `audio` are accepted as this field's name too. Its type
    /// is read from its content, not its name or `Content-Type`.
    pub file: poem_openapi::types::multipart::Upload,
    /// GENERAL (default), FACE, DOCUMENT or VERIFICATION.
    pub analysis_type: Option<AnalysisTypeParam>,
    /// Lower decision thresholds: more media escalated, fewer fakes missed.
    pub strict_mode: Option<bool>,
    /// Keep the media 30 days instead of deleting it 60 s after the verdict.
    pub retain: Option<bool>,
    /// Include landmarks and every per-frame and per-segment finding.
    pub return_details: Option<bool>,
    /// An https URL that receives the finished job.
    pub callback_url: Option<String>,
}

/// The JSON form: exactly one of `media_url`, `frames` or `text`.
#[derive(Debug, Clone, Deserialize, Object)]
#[serde(deny_unknown_fields)]
pub struct DetectJson {
    /// An https URL of the media (at most 2048 characters); fetched once by Veracity (private
    /// and internal addresses refused).
    #[oai(validator(max_length = 2048))]
    pub media_url: Option<String>,
    /// Video as a list of still frames (JPEG, PNG, WebP…), base64-encoded; at most 64, 6 MB and
    /// 500 megapixels in all.
    #[oai(validator(max_items = 64))]
    pub frames: Option<Vec<String>>,
    /// Text to check (`/v1/detect/text`): at least 50 characters.
    pub text: Option<String>,
    /// With `text`: mark the most machine-like sentences.
    #[serde(default)]
    pub highlight: Option<bool>,
    pub analysis_type: Option<AnalysisTypeParam>,
    pub strict_mode: Option<bool>,
    pub retain: Option<bool>,
    pub return_details: Option<bool>,
    /// Where to POST this job's `scan.completed` (at most 2048 characters; webhook rules apply).
    #[oai(validator(max_length = 2048))]
    pub callback_url: Option<String>,
}

fn bad(code: ErrorCode, detail: impl Into<String>) -> ApiError {
    ApiError::new(code, detail)
}

fn limits(req: &Request) -> MediaLimits {
    req.data::<AppState>().map(|s| s.detect.limits).unwrap_or_default()
}

/// A parsed multipart detection form.
pub struct MediaForm {
    pub input: Option<DetectInput>,
    pub options: DetectOptions,
}

fn parse_bool(name: &str, value: &str) -> Result<bool, ApiError> {
    match value.trim().to_ascii_lowercase().as_str() {
        "true" | "1" | "yes" => Ok(true),
        "false" | "0" | "no" | "" => Ok(false),
        _ => Err(bad(ErrorCode::InvalidRequest, format!("`{name}` must be true or false"))),
    }
}

pub fn parse_analysis_type(value: &str) -> Result<AnalysisType, ApiError> {
    serde_json::from_value::<AnalysisTypeParam>(serde_json::Value::String(value.trim().to_ascii_uppercase()))
        .map(Into::into)
        .map_err(|_| bad(ErrorCode::InvalidRequest, "`analysis_type` must be GENERAL, FACE, DOCUMENT or VERIFICATION"))
}

/// Reads a file field, sniffing its format from the first bytes and stopping as soon as it
/// exceeds the limit for that format's media type.
async fn read_file(field: poem::web::Field, limits: &MediaLimits) -> Result<(Vec<u8>, MediaFormat), ApiError> {
    let mut reader = Box::pin(field.into_async_read());
    let mut bytes = Vec::new();
    let mut chunk = vec![0u8; 64 * 1024];
    let mut format = None;
    let mut limit = limits.bytes_for_any(&[MediaType::Image, MediaType::Video, MediaType::Audio]);
    loop {
        let n = reader.read(&mut chunk).await.map_err(|e| bad(ErrorCode::InvalidRequest, format!("reading the upload: {e}")))?;
        if n == 0 {
            break;
        }
        bytes.extend_from_slice(&chunk[..n]);
        if format.is_none() && bytes.len() >= MediaFormat::SNIFF_LEN {
            let sniffed = super::sniff(&bytes)?;
            limit = limits.bytes_for(sniffed.media_type().expect("sniff returns accepted formats"));
            format = Some(sniffed);
        }
        if bytes.len() as u64 > limit {
            return Err(too_large(limit, format));
        }
    }
    if bytes.is_empty() {
        return Err(bad(ErrorCode::FileMissing, "the uploaded file is empty"));
    }
    let format = match format {
        Some(f) => f,
        None => super::sniff(&bytes)?,
    };
    let limit = limits.bytes_for(format.media_type().expect("accepted"));
    if bytes.len() as u64 > limit {
        return Err(too_large(limit, Some(format)));
    }
    Ok((bytes, format))
}

pub fn too_large(limit: u64, format: Option<MediaFormat>) -> ApiError {
    let what = format.and_then(|f| f.media_type()).map_or("media", |m| m.as_str());
    bad(
        ErrorCode::FileTooLarge,
        format!("the {what} file is larger than the {} limit", veracity_domain::detection::spec::human_bytes(limit)),
    )
    .with_extension("limit_bytes", serde_json::json!(limit))
}

impl Payload for MediaForm {
    const CONTENT_TYPE: &'static str = "multipart/form-data";

    fn check_content_type(content_type: &str) -> bool {
        content_type.starts_with("multipart/form-data")
    }

    fn schema_ref() -> MetaSchemaRef {
        <DetectForm as Payload>::schema_ref()
    }

    fn register(registry: &mut Registry) {
        <DetectForm as Payload>::register(registry);
    }
}

impl ParsePayload for MediaForm {
    const IS_REQUIRED: bool = true;

    async fn from_request(request: &Request, body: &mut RequestBody) -> poem::Result<Self> {
        let limits = limits(request);
        let mut multipart = Multipart::from_request(request, body).await?;
        let mut input = None;
        let mut options = DetectOptions::default();
        let malformed =
            |e: poem::error::ParseMultipartError| bad(ErrorCode::InvalidRequest, format!("the multipart body is malformed: {e}"));
        while let Some(field) = multipart.next_field().await.map_err(malformed)? {
            let name = field.name().unwrap_or_default().to_owned();
            if FILE_FIELDS.contains(&name.as_str()) {
                if input.is_some() {
                    return Err(bad(ErrorCode::InvalidRequest, "send one file per request").into());
                }
                let filename = field.file_name().map(|f| f.chars().take(200).collect());
                let (bytes, format) = read_file(field, &limits).await?;
                input = Some(DetectInput::File { bytes, format, filename });
                continue;
            }
            let value = field.text().await.map_err(malformed)?;
            match name.as_str() {
                "analysis_type" => options.analysis_type = parse_analysis_type(&value)?,
                "strict_mode" => options.strict_mode = parse_bool(&name, &value)?,
                "retain" => options.retain = parse_bool(&name, &value)?,
                "return_details" => options.return_details = parse_bool(&name, &value)?,
                "callback_url" => options.callback_url = Some(value.trim().to_owned()).filter(|v| !v.is_empty()),
                "media_url" => input = Some(DetectInput::Url(value.trim().to_owned())),
                other => {
                    return Err(bad(ErrorCode::InvalidRequest, format!("unknown form field `{other}`; the file goes in `file`")).into());
                }
            }
        }
        Ok(MediaForm { input, options })
    }
}

/// A JSON detection body, read up to a limit while streaming.
pub struct DetectJsonBody(pub DetectJson);

impl Payload for DetectJsonBody {
    const CONTENT_TYPE: &'static str = "application/json";

    fn check_content_type(content_type: &str) -> bool {
        content_type.starts_with("application/json")
    }

    fn schema_ref() -> MetaSchemaRef {
        <DetectJson as Type>::schema_ref()
    }

    fn register(registry: &mut Registry) {
        <DetectJson as Type>::register(registry);
    }
}

impl ParsePayload for DetectJsonBody {
    const IS_REQUIRED: bool = true;

    async fn from_request(request: &Request, body: &mut RequestBody) -> poem::Result<Self> {
        let limits = limits(request);
        // Base64 is 4/3 of the frames' size; text is at most 4 bytes a character; plus the options.
        let limit = (limits.frames_bytes * 4 / 3).max(u64::from(limits.text_max_chars) * 4) + 64 * 1024;
        let mut stream = body.take()?.into_bytes_stream();
        let mut bytes = Vec::new();
        while let Some(chunk) = stream.try_next().await.map_err(|e| bad(ErrorCode::InvalidRequest, format!("reading the body: {e}")))? {
            bytes.extend_from_slice(&chunk);
            if bytes.len() as u64 > limit {
                return Err(too_large(limit, None).into());
            }
        }
        if bytes.is_empty() {
            return Err(bad(ErrorCode::MalformedJson, "the request body is empty").into());
        }
        let parsed = serde_json::from_slice(&bytes)
            .map_err(|e| bad(ErrorCode::MalformedJson, format!("the request body is not valid JSON for this operation: {e}")))?;
        Ok(DetectJsonBody(parsed))
    }
}

#[derive(poem_openapi::ApiRequest)]
pub enum DetectBody {
    /// The media as a file upload.
    Multipart(MediaForm),
    /// `media_url`, `frames` or `text`, with options.
    Json(DetectJsonBody),
}
