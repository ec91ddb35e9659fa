//! Request bodies of the detection endpoints, read while streaming so a size limit is enforced
//! on the bytes as they arrive, never after buffering a whole oversized upload.
//!
//! * `multipart/form-data` on the upload operations: the media in `file` (or `image`, `video`,
//!   `audio`) or a `media_url` field, options as fields ([`super::form`] reads it).
//! * `application/json` on the URL, frames and text operations: one documented body each
//!   ([`DetectUrlRequest`], [`DetectFramesRequest`], [`DetectTextRequest`]), checked against its
//!   schema. The upload operations take the older all-in-one JSON too ([`LegacyJson`]).

use futures::TryStreamExt;
use poem::{Request, RequestBody};
use poem_openapi::payload::{ParsePayload, Payload};
use poem_openapi::registry::{MetaSchemaRef, Registry};
use poem_openapi::types::{ParseFromJSON, Type};
use poem_openapi::{Multipart as MultipartDoc, Object};
use serde::Deserialize;
use veracity_domain::detection::{AnalysisType, MediaType};

pub use super::form::{DetectInput, FILE_FIELDS};
use super::form::{FormField, FormFields, bad, field_text, limits, parse_analysis_type, parse_bool, parse_media_type, too_large};
use crate::detect::view::MediaTypeView;
use crate::error::{ApiError, ErrorCode};

pub use crate::enums::AnalysisTypeParam;

/// Options every detection request may carry (form fields or JSON members).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DetectOptions {
    pub analysis_type: AnalysisType,
    pub strict_mode: bool,
    pub retain: bool,
    pub return_details: bool,
    pub callback_url: Option<String>,
    /// What the client says the media is: a hint, checked against the content (which decides).
    pub media_type: Option<MediaType>,
}

/// The options as a JSON body or a form spells them, each absent one at its default.
struct OptionFields {
    analysis_type: Option<AnalysisTypeParam>,
    strict_mode: Option<bool>,
    retain: Option<bool>,
    return_details: Option<bool>,
    callback_url: Option<String>,
    media_type: Option<MediaTypeView>,
}

impl From<OptionFields> for DetectOptions {
    fn from(o: OptionFields) -> Self {
        Self {
            analysis_type: o.analysis_type.map(Into::into).unwrap_or_default(),
            strict_mode: o.strict_mode.unwrap_or(false),
            retain: o.retain.unwrap_or(false),
            return_details: o.return_details.unwrap_or(false),
            callback_url: o.callback_url,
            media_type: o.media_type.map(Into::into),
        }
    }
}

/// Declares a detection body: the caller's attributes and fields, then the options every
/// request may carry (form fields or JSON members alike).
macro_rules! detect_body {
    ($(#[$meta:meta])* $name:ident { $($(#[$field_meta:meta])* $field:ident: $ty:ty,)* }) => {
        $(#[$meta])*
        pub struct $name {
            $($(#[$field_meta])* pub $field: $ty,)*
            // Described by its type (a doc comment here would wrap the reference in `allOf`).
            pub analysis_type: Option<AnalysisTypeParam>,
            /// Lower decision thresholds: more media escalated, fewer fakes missed.
            pub strict_mode: Option<bool>,
            /// Keep the media 30 days instead of deleting it 60 s after the verdict.
            pub retain: Option<bool>,
            /// Include landmarks and every per-frame and per-segment finding.
            pub return_details: Option<bool>,
            /// An https URL that receives the finished job (webhook rules apply).
            #[oai(validator(max_length = 2048))]
            pub callback_url: Option<String>,
            // A hint, described by its type (a doc comment would wrap it in `allOf`): the media
            // is typed by its content; a hint that contradicts it is refused (422).
            pub media_type: Option<MediaTypeView>,
        }
    };
}

detect_body! {
    /// Documentation of the multipart form (the parser below reads it by hand, streaming).
    #[derive(Debug, MultipartDoc)]
    DetectForm {
        /// The media (exactly one of `file` and `media_url`). `image`, `video` and `audio` are
        /// accepted as this field's name too. Its type is read from its content, not its name or
        /// `Content-Type`.
        file: Option<poem_openapi::types::multipart::Upload>,
        /// Instead of `file`: an https URL of the media, fetched once by Veracity (private and
        /// internal addresses refused).
        #[oai(validator(max_length = 2048))]
        media_url: Option<String>,
    }
}

/// The JSON bodies of the detection operations: each names what it analyses (`media_url`,
/// `frames` or `text`) besides the options.
macro_rules! detect_request {
    ($(#[$meta:meta])* $name:ident { $($body:tt)* }) => {
        detect_body! {
            #[derive(Debug, Clone, Object)]
            $(#[$meta])*
            #[oai(deny_unknown_fields, skip_serializing_if_is_none)]
            $name { $($body)* }
        }

        impl $name {
            fn options(&self) -> DetectOptions {
                DetectOptions::from(OptionFields {
                    analysis_type: self.analysis_type,
                    strict_mode: self.strict_mode,
                    retain: self.retain,
                    return_details: self.return_details,
                    callback_url: self.callback_url.clone(),
                    media_type: self.media_type,
                })
            }
        }
    };
}

detect_request! {
    /// Media to fetch from a URL.
    #[oai(example)]
    DetectUrlRequest {
        /// An https URL of the media; fetched once by Veracity (private and internal addresses
        /// refused), up to the operation's size limit.
        #[oai(validator(min_length = 1, max_length = 2048))]
        media_url: String,
    }
}

detect_request! {
    /// A video as a list of still frames.
    DetectFramesRequest {
        /// The frames in order (JPEG, PNG, WebP, GIF, BMP or TIFF), base64-encoded (a `data:`
        /// URL prefix is allowed); at most 64, 6 MB and 500 megapixels in all.
        #[oai(validator(min_items = 1, max_items = 64))]
        frames: Vec<String>,
    }
}

detect_request! {
    /// Text to check for machine writing.
    #[oai(example)]
    DetectTextRequest {
        /// 50 to 100,000 characters (`TEXT_TOO_SHORT` below 50, ignoring surrounding spaces).
        #[oai(validator(max_length = 100000))]
        text: String,
        /// Mark the most machine-like sentences in the result's `highlights`.
        highlight: Option<bool>,
    }
}

impl poem_openapi::types::Example for DetectUrlRequest {
    fn example() -> Self {
        Self {
            media_url: "https://example.com/portrait.jpg".into(),
            analysis_type: Some(AnalysisTypeParam::Face),
            strict_mode: None,
            retain: None,
            return_details: None,
            callback_url: None,
            media_type: None,
        }
    }
}

impl poem_openapi::types::Example for DetectTextRequest {
    fn example() -> Self {
        Self {
            text: "The rapid evolution of technology has fundamentally transformed the way we communicate, \
                   collaborate, and share information across the globe."
                .into(),
            highlight: Some(true),
            analysis_type: None,
            strict_mode: None,
            retain: None,
            return_details: None,
            callback_url: None,
            media_type: None,
        }
    }
}

/// A documented JSON body turned into what to analyse and how.
pub trait IntoDetection {
    fn into_detection(self) -> Result<(DetectInput, DetectOptions), ApiError>;
}

impl IntoDetection for DetectUrlRequest {
    fn into_detection(self) -> Result<(DetectInput, DetectOptions), ApiError> {
        let options = self.options();
        Ok((DetectInput::Url(self.media_url.trim().to_owned()), options))
    }
}

impl IntoDetection for DetectFramesRequest {
    fn into_detection(self) -> Result<(DetectInput, DetectOptions), ApiError> {
        let options = self.options();
        Ok((DetectInput::Frames(decode_frames(&self.frames)?), options))
    }
}

impl IntoDetection for DetectTextRequest {
    fn into_detection(self) -> Result<(DetectInput, DetectOptions), ApiError> {
        let options = self.options();
        Ok((DetectInput::Text { text: self.text, highlight: self.highlight.unwrap_or(false) }, options))
    }
}

fn decode_frames(list: &[String]) -> Result<Vec<Vec<u8>>, ApiError> {
    use base64::Engine;
    let engine = base64::engine::general_purpose::STANDARD;
    list.iter()
        .enumerate()
        .map(|(i, f)| {
            let data = f.split_once("base64,").map_or(f.as_str(), |(_, d)| d);
            engine.decode(data.trim()).map_err(|e| bad(ErrorCode::InvalidRequest, format!("frame {i} is not valid base64: {e}")))
        })
        .collect()
}

/// The JSON the upload operations also accept, for clients written before the JSON operations
/// had paths of their own: exactly one of `media_url`, `frames` or `text`, plus options.
/// Undocumented in the OpenAPI document (a generated client uses the dedicated operations).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct LegacyJson {
    media_url: Option<String>,
    frames: Option<Vec<String>>,
    text: Option<String>,
    #[serde(default)]
    highlight: Option<bool>,
    analysis_type: Option<AnalysisTypeParam>,
    strict_mode: Option<bool>,
    retain: Option<bool>,
    return_details: Option<bool>,
    callback_url: Option<String>,
    media_type: Option<String>,
}

impl LegacyJson {
    pub(super) fn into_form(self) -> Result<MediaForm, ApiError> {
        let mut options = DetectOptions::from(OptionFields {
            analysis_type: self.analysis_type,
            strict_mode: self.strict_mode,
            retain: self.retain,
            return_details: self.return_details,
            callback_url: self.callback_url,
            media_type: None,
        });
        options.media_type = self.media_type.as_deref().map(parse_media_type).transpose()?.flatten();
        let given = usize::from(self.media_url.is_some()) + usize::from(self.frames.is_some()) + usize::from(self.text.is_some());
        if given > 1 {
            return Err(bad(ErrorCode::InvalidRequest, "send one of `media_url`, `frames` or `text`"));
        }
        let input = if let Some(url) = self.media_url {
            Some(DetectInput::Url(url.trim().to_owned()))
        } else if let Some(list) = self.frames {
            Some(DetectInput::Frames(decode_frames(&list)?))
        } else {
            self.text.map(|text| DetectInput::Text { text, highlight: self.highlight.unwrap_or(false) })
        };
        Ok(MediaForm { input, options })
    }
}

/// A parsed multipart detection form.
pub struct MediaForm {
    pub input: Option<DetectInput>,
    pub options: DetectOptions,
}

impl Payload for MediaForm {
    const CONTENT_TYPE: &'static str = "multipart/form-data";

    /// JSON too: see [`LegacyJson`].
    fn check_content_type(content_type: &str) -> bool {
        content_type.starts_with("multipart/form-data") || content_type.starts_with("application/json")
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
        if request.content_type().is_some_and(|t| t.starts_with("application/json")) {
            let json = read_json(request, body).await?;
            let legacy: LegacyJson = serde_json::from_value(json).map_err(|e| ApiError::unparsed_body(&e.to_string()))?;
            return Ok(legacy.into_form()?);
        }
        let mut form = FormFields::new(request, body).await?;
        let mut input = None;
        let mut options = DetectOptions::default();
        while let Some(field) = form.next(input.is_some()).await? {
            let (name, field) = match field {
                FormField::File(file) => {
                    input = Some(file);
                    continue;
                }
                FormField::Other(name, field) => (name, field),
            };
            let value = field_text(field).await?;
            match name.as_str() {
                "analysis_type" => options.analysis_type = parse_analysis_type(&value)?,
                "strict_mode" => options.strict_mode = parse_bool(&name, &value)?,
                "retain" => options.retain = parse_bool(&name, &value)?,
                "return_details" => options.return_details = parse_bool(&name, &value)?,
                "callback_url" => options.callback_url = Some(value.trim().to_owned()).filter(|v| !v.is_empty()),
                "media_type" => options.media_type = parse_media_type(&value)?,
                "media_url" => {
                    if input.is_some() {
                        return Err(bad(ErrorCode::InvalidRequest, "send one of `file` and `media_url`").into());
                    }
                    input = Some(DetectInput::Url(value.trim().to_owned()));
                }
                other => return Err(ApiError::unknown_member(other, "form field").into()),
            }
        }
        Ok(MediaForm { input, options })
    }
}

fn malformed_json(reason: impl std::fmt::Display) -> ApiError {
    bad(ErrorCode::MalformedJson, format!("the request body is not valid JSON for this operation: {reason}"))
}

/// Reads a JSON body up to the largest a detection request can need, while streaming.
pub(super) async fn read_json(request: &Request, body: &mut RequestBody) -> Result<serde_json::Value, ApiError> {
    let limits = limits(request);
    // Base64 is 4/3 of the frames' size; text is at most 4 bytes a character; plus the options.
    let limit = (limits.frames_bytes * 4 / 3).max(u64::from(limits.text_max_chars) * 4) + 64 * 1024;
    let mut stream = body.take().map_err(|e| bad(ErrorCode::InvalidRequest, e.to_string()))?.into_bytes_stream();
    let mut bytes = Vec::new();
    while let Some(chunk) = stream.try_next().await.map_err(|e| bad(ErrorCode::InvalidRequest, format!("reading the body: {e}")))? {
        bytes.extend_from_slice(&chunk);
        if bytes.len() as u64 > limit {
            return Err(too_large(limit, None));
        }
    }
    if bytes.is_empty() {
        return Err(bad(ErrorCode::MalformedJson, "the request body is empty"));
    }
    serde_json::from_slice(&bytes).map_err(malformed_json)
}

/// A documented JSON detection body, read up to a limit while streaming and checked against
/// its schema (lengths, counts, unknown members) as the OpenAPI document declares it.
pub struct JsonBody<T>(pub T);

impl<T: Type + ParseFromJSON> Payload for JsonBody<T> {
    const CONTENT_TYPE: &'static str = "application/json";

    fn check_content_type(content_type: &str) -> bool {
        content_type.starts_with("application/json")
    }

    fn schema_ref() -> MetaSchemaRef {
        T::schema_ref()
    }

    fn register(registry: &mut Registry) {
        T::register(registry);
    }
}

impl<T: Type + ParseFromJSON> ParsePayload for JsonBody<T> {
    const IS_REQUIRED: bool = true;

    async fn from_request(request: &Request, body: &mut RequestBody) -> poem::Result<Self> {
        let json = read_json(request, body).await?;
        let parsed = T::parse_from_json(Some(json)).map_err(|e| ApiError::unparsed_body(&e.into_message()))?;
        Ok(JsonBody(parsed))
    }
}

/// [`JsonBody`] that also takes a JSON body sent as `application/x-www-form-urlencoded`: what
/// `curl --data-raw` sends, as reference 002's own examples do.
pub struct LenientJsonBody<T>(pub T);

impl<T: Type + ParseFromJSON> Payload for LenientJsonBody<T> {
    const CONTENT_TYPE: &'static str = "application/json";

    fn check_content_type(content_type: &str) -> bool {
        content_type.starts_with("application/json") || content_type.starts_with("application/x-www-form-urlencoded")
    }

    fn schema_ref() -> MetaSchemaRef {
        T::schema_ref()
    }

    fn register(registry: &mut Registry) {
        T::register(registry);
    }
}

impl<T: Type + ParseFromJSON> ParsePayload for LenientJsonBody<T> {
    const IS_REQUIRED: bool = true;

    async fn from_request(request: &Request, body: &mut RequestBody) -> poem::Result<Self> {
        let JsonBody(parsed) = JsonBody::<T>::from_request(request, body).await?;
        Ok(LenientJsonBody(parsed))
    }
}

/// The body of an upload operation.
#[derive(poem_openapi::ApiRequest)]
pub enum UploadBody {
    /// The media as a multipart `file` field (or a `media_url` field), with options as fields.
    Multipart(MediaForm),
}

/// The body of a URL operation.
#[derive(poem_openapi::ApiRequest)]
pub enum UrlBody {
    /// The media's URL, with options.
    Json(JsonBody<DetectUrlRequest>),
}

/// The body of `/v1/detect/video/frames`.
#[derive(poem_openapi::ApiRequest)]
pub enum FramesBody {
    /// The frames, with options.
    Json(JsonBody<DetectFramesRequest>),
}

/// The body of `/v1/detect/text`.
#[derive(poem_openapi::ApiRequest)]
pub enum TextBody {
    /// The text, with options.
    Json(JsonBody<DetectTextRequest>),
}

impl From<UploadBody> for MediaForm {
    fn from(UploadBody::Multipart(form): UploadBody) -> Self {
        form
    }
}

impl IntoDetection for UrlBody {
    fn into_detection(self) -> Result<(DetectInput, DetectOptions), ApiError> {
        let UrlBody::Json(JsonBody(body)) = self;
        body.into_detection()
    }
}

impl IntoDetection for FramesBody {
    fn into_detection(self) -> Result<(DetectInput, DetectOptions), ApiError> {
        let FramesBody::Json(JsonBody(body)) = self;
        body.into_detection()
    }
}

impl IntoDetection for TextBody {
    fn into_detection(self) -> Result<(DetectInput, DetectOptions), ApiError> {
        let TextBody::Json(JsonBody(body)) = self;
        body.into_detection()
    }
}
