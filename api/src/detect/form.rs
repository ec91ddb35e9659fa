//! Multipart detection forms, read while streaming ([`FormFields`]): the media in `file` (or
//! `image`, `video`, `audio`) is sniffed from its first bytes and refused as soon as it passes
//! the limit of its media type; the other fields come back by name, with the parsers of the
//! option values. The native form (`payload::MediaForm`) and the vendors' forms read through it.

use poem::web::Multipart;
use poem::{FromRequest, Request, RequestBody};
use tokio::io::AsyncReadExt;
use veracity_domain::detection::{AnalysisType, MediaFormat, MediaLimits, MediaType};

use crate::enums::AnalysisTypeParam;
use crate::error::{ApiError, ErrorCode};
use crate::state::AppState;

/// The file field names accepted, `file` first; the others are the reference APIs' names.
pub const FILE_FIELDS: [&str; 4] = ["file", "image", "video", "audio"];

/// What the client sent to analyse.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DetectInput {
    File { bytes: Vec<u8>, format: MediaFormat, filename: Option<String> },
    Url(String),
    Frames(Vec<Vec<u8>>),
    Text { text: String, highlight: bool },
}

pub(crate) fn limits(req: &Request) -> MediaLimits {
    req.data::<AppState>().map(|s| s.detect.limits).unwrap_or_default()
}

pub(super) fn bad(code: ErrorCode, detail: impl Into<String>) -> ApiError {
    ApiError::new(code, detail)
}

pub(crate) fn parse_bool(name: &str, value: &str) -> Result<bool, ApiError> {
    match value.trim().to_ascii_lowercase().as_str() {
        "true" | "1" | "yes" => Ok(true),
        "false" | "0" | "no" | "" => Ok(false),
        _ => Err(bad(ErrorCode::InvalidRequest, format!("`{name}` must be true or false"))),
    }
}

/// A `media_type` form field: image, video, audio or text (any case); empty is no hint.
pub(super) fn parse_media_type(value: &str) -> Result<Option<MediaType>, ApiError> {
    let value = value.trim().to_ascii_lowercase();
    if value.is_empty() {
        return Ok(None);
    }
    match value.as_str() {
        "image" => Ok(Some(MediaType::Image)),
        "video" => Ok(Some(MediaType::Video)),
        "audio" => Ok(Some(MediaType::Audio)),
        "text" => Ok(Some(MediaType::Text)),
        _ => Err(ApiError::new(
            ErrorCode::ValidationFailed,
            format!("`media_type` must be one of image, video, audio, text, not \"{value}\""),
        )
        .with_extension("field", serde_json::json!("media_type"))),
    }
}

pub fn parse_analysis_type(value: &str) -> Result<AnalysisType, ApiError> {
    serde_json::from_value::<AnalysisTypeParam>(serde_json::Value::String(value.trim().to_ascii_uppercase()))
        .map(Into::into)
        .map_err(|_| bad(ErrorCode::InvalidRequest, "`analysis_type` must be GENERAL, FACE, DOCUMENT or VERIFICATION"))
}

/// Reads a file field, sniffing its format from the first bytes and stopping as soon as it
/// exceeds the limit for that format's media type.
pub(crate) async fn read_file(field: poem::web::Field, limits: &MediaLimits) -> Result<(Vec<u8>, MediaFormat), ApiError> {
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

/// A multipart detection form, field by field: a file field (`FILE_FIELDS`) is read, sniffed and
/// bounded here (one per request); the others are handed back by name for the caller's options.
/// The native form and the vendors' forms read their media the same way.
pub(crate) struct FormFields {
    multipart: Multipart,
    fields: usize,
    limits: MediaLimits,
}

pub(crate) enum FormField {
    File(DetectInput),
    Other(String, Box<poem::web::Field>),
}

fn malformed_multipart(e: poem::error::ParseMultipartError) -> ApiError {
    bad(ErrorCode::InvalidRequest, format!("the multipart body is malformed: {e}"))
}

/// An option field's value.
pub(crate) async fn field_text(field: Box<poem::web::Field>) -> Result<String, ApiError> {
    field.text().await.map_err(malformed_multipart)
}

impl FormFields {
    pub(crate) async fn new(request: &Request, body: &mut RequestBody) -> poem::Result<Self> {
        Ok(FormFields { multipart: Multipart::from_request(request, body).await?, fields: 0, limits: limits(request) })
    }

    pub(crate) fn limits(&self) -> &MediaLimits {
        &self.limits
    }

    /// The next field; `has_input`: the form already holds its media, so another file is refused.
    pub(crate) async fn next(&mut self, has_input: bool) -> Result<Option<FormField>, ApiError> {
        let field = match self.multipart.next_field().await {
            Ok(Some(field)) => field,
            Ok(None) => return Ok(None),
            // A form with no part at all (just its closing boundary) holds no media: that is
            // FILE_MISSING, not a malformed body.
            Err(e) if self.fields == 0 && e.to_string().contains("incomplete") => return Ok(None),
            Err(e) => return Err(malformed_multipart(e)),
        };
        self.fields += 1;
        let name = field.name().unwrap_or_default().to_owned();
        if !FILE_FIELDS.contains(&name.as_str()) {
            return Ok(Some(FormField::Other(name, Box::new(field))));
        }
        if has_input {
            return Err(bad(ErrorCode::InvalidRequest, "send one file per request"));
        }
        let filename = field.file_name().map(|f| f.chars().take(200).collect());
        let (bytes, format) = read_file(field, &self.limits).await?;
        Ok(Some(FormField::File(DetectInput::File { bytes, format, filename })))
    }
}
