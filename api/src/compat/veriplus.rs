//! Veriplus (reference 004): `POST /api/v4/deepfake/analyse/{image,video,audio}`,
//! `GET /api/v4/deepfake/jobs/{id}` and `GET /api/v4/deepfake/jobs`, served under
//! `/compat/veriplus`.
//!
//! Requests as 004 documents them: multipart `image`/`video`/`audio` with camelCase options
//! (`analysisType`, `returnDetails`, `includeLiveness`, `returnSuspiciousFrames`,
//! `referenceAudio`); `Authorization: Bearer`. Answers in its `{success, data}` envelope with
//! camelCase fields, its `confidence` and `riskScore` on 0–100, upper-case enums. What 004
//! documents and Veracity cannot measure (liveness, lip sync, screen replay, a voice-print
//! match, a TTS model fingerprint) is `null`, with the reason in `analysis.notJudged`; never
//! invented. Errors: `{"success": false, "error": {"code", "message"}}`.

use std::collections::BTreeMap;

use poem::web::Data;
use poem::{Request, RequestBody};
use poem_openapi::param::{Path, Query};
use poem_openapi::payload::{Json, ParsePayload, Payload};
use poem_openapi::registry::{MetaSchemaRef, Registry};
use poem_openapi::{ApiResponse, Multipart as MultipartDoc, Object, OpenApi};
use serde_json::json;
use veracity_domain::detection::{AnalysisType, MediaType};
use veracity_domain::ports::{JobFilter, Page};

use veracity_domain::webhooks::payload::veriplus_manipulation;

use crate::detect::form::{FormField, FormFields, field_text, parse_analysis_type, parse_bool};
use crate::detect::payload::{DetectInput, DetectOptions};
use crate::detect::view::{Job, MediaTypeView, Status, VerdictView};
use crate::detect::{Detection, Endpoint, submit};
use crate::error::{ApiError, ErrorCode};
use crate::extract::{ApiKeyCaller, JobReader};
use crate::routes::ApiTags;
use crate::state::AppState;

pub struct VeriplusApi;

pub const PREFIX: &str = "/compat/veriplus";

/// Why a field 004 documents is `null` here.
const NO_LIVENESS: &str = "Veracity has no liveness or presentation-attack detector; it does not claim one";
const NO_LIP_SYNC: &str = "Veracity has no audio-visual (lip-sync) detector";
const NO_REPLAY: &str = "Veracity has no screen-replay detector";
const NO_VOICE_PRINT: &str = "Veracity does not compare voices: referenceAudio is accepted and not used";
const NO_FINGERPRINT: &str = "Veracity's speech detector says whether speech is synthetic, not which TTS model made it";
const NO_ARTIFACTS: &str = "Veracity's detectors give scores, not descriptions of artifacts";
const NO_TEMPORAL: &str = "not reported as 004 does: the native result's face_track_stability signal and per-frame scores cover it";
const NO_FACE_SUMMARY: &str = "not summarised as 004 does: faceRegions lists every face found with its detector score";
const NO_PROSODY: &str = "Veracity's speech detector gives one score, not separate spectral and prosody findings";

/// 004's multipart form (documentation; read by hand, streaming, like the native form).
#[derive(Debug, MultipartDoc)]
pub struct VeriplusFormDoc {
    /// The media: `image`, `video` or `audio` after the path (`file` works too).
    pub image: Option<poem_openapi::types::multipart::Upload>,
    pub video: Option<poem_openapi::types::multipart::Upload>,
    pub audio: Option<poem_openapi::types::multipart::Upload>,
    /// `GENERAL` (default), `FACE`, `DOCUMENT` or `VERIFICATION`.
    #[oai(rename = "analysisType")]
    pub analysis_type: Option<String>,
    /// Face landmarks, every frame and segment.
    #[oai(rename = "returnDetails")]
    pub return_details: Option<bool>,
    /// Accepted; liveness is not judged (`analysis.liveness` is null, with the reason).
    #[oai(rename = "includeLiveness")]
    pub include_liveness: Option<bool>,
    /// List the suspicious frames.
    #[oai(rename = "returnSuspiciousFrames")]
    pub return_suspicious_frames: Option<bool>,
    /// Accepted and not used: voices are not compared (`voicePrintMatch` is null).
    #[oai(rename = "referenceAudio")]
    pub reference_audio: Option<poem_openapi::types::multipart::Upload>,
}

/// What a 004 form asked for, besides the native options.
#[derive(Debug, Clone, Copy, Default)]
struct Asked {
    suspicious_frames: bool,
    reference_audio: bool,
}

/// 004's form, read: the media, the native options and what else was asked.
pub struct VeriplusForm {
    input: Option<DetectInput>,
    options: DetectOptions,
    asked: Asked,
}

impl Payload for VeriplusForm {
    const CONTENT_TYPE: &'static str = "multipart/form-data";

    fn check_content_type(content_type: &str) -> bool {
        content_type.starts_with("multipart/form-data")
    }

    fn schema_ref() -> MetaSchemaRef {
        <VeriplusFormDoc as Payload>::schema_ref()
    }

    fn register(registry: &mut Registry) {
        <VeriplusFormDoc as Payload>::register(registry);
    }
}

impl ParsePayload for VeriplusForm {
    const IS_REQUIRED: bool = true;

    async fn from_request(request: &Request, body: &mut RequestBody) -> poem::Result<Self> {
        let mut fields = FormFields::new(request, body).await?;
        let mut form = VeriplusForm { input: None, options: DetectOptions::default(), asked: Asked::default() };
        while let Some(field) = fields.next(form.input.is_some()).await? {
            let (name, field) = match field {
                FormField::File(file) => {
                    form.input = Some(file);
                    continue;
                }
                FormField::Other(name, field) => (name, field),
            };
            if name == "referenceAudio" {
                // Drained, at most the audio limit, and dropped: voices are not compared.
                drain(*field, fields.limits().bytes_for(MediaType::Audio)).await?;
                form.asked.reference_audio = true;
                continue;
            }
            let value = field_text(field).await?;
            match name.as_str() {
                "analysisType" => form.options.analysis_type = parse_analysis_type(&value)?,
                "returnDetails" => form.options.return_details = parse_bool(&name, &value)?,
                // Accepted (checked as a boolean); liveness is reported as not judged either way.
                "includeLiveness" => _ = parse_bool(&name, &value)?,
                "returnSuspiciousFrames" => form.asked.suspicious_frames = parse_bool(&name, &value)?,
                other => return Err(ApiError::unknown_member(other, "form field").into()),
            }
        }
        Ok(form)
    }
}

/// The body of 004's analyse operations.
#[derive(poem_openapi::ApiRequest)]
pub enum VeriplusBody {
    /// The media in `image`, `video` or `audio`, with 004's camelCase options.
    Multipart(VeriplusForm),
}

/// Reads a form field to its end without keeping it; more than `cap` bytes is FILE_TOO_LARGE.
async fn drain(field: poem::web::Field, cap: u64) -> Result<(), ApiError> {
    use tokio::io::AsyncReadExt;
    let mut reader = Box::pin(field.into_async_read());
    let mut chunk = vec![0u8; 64 * 1024];
    let mut total = 0u64;
    loop {
        let n =
            reader.read(&mut chunk).await.map_err(|e| ApiError::new(ErrorCode::InvalidRequest, format!("reading referenceAudio: {e}")))?;
        if n == 0 {
            return Ok(());
        }
        total += n as u64;
        if total > cap {
            return Err(crate::detect::form::too_large(cap, None));
        }
    }
}

/// `{"success": true, "data": …}`.
#[derive(Debug, Clone, Object)]
#[oai(rename = "VeriplusEnvelope")]
pub struct Envelope {
    /// Always `true` on a 2xx answer.
    pub success: bool,
    pub data: VeriplusJob,
}

/// `{"success": true, "data": [...]}`.
#[derive(Debug, Clone, Object)]
#[oai(rename = "VeriplusList")]
pub struct ListEnvelope {
    pub success: bool,
    pub data: Vec<VeriplusJob>,
}

/// A job in 004's shape (its fields for every media type; those that do not apply are absent).
#[derive(Debug, Clone, Object, Default)]
#[oai(rename = "VeriplusJob", rename_all = "camelCase", skip_serializing_if_is_none)]
pub struct VeriplusJob {
    pub job_id: String,
    /// `QUEUED`, `PROCESSING`, `COMPLETED`, `FAILED` or `CANCELLED`.
    pub status: String,
    /// `IMAGE`, `VIDEO`, `AUDIO` or `TEXT`.
    pub media_type: String,
    /// While processing: Veracity does not estimate a duration (null); poll or use a webhook.
    pub estimated_time: Option<String>,
    /// Whether it is a deepfake: Veracity's verdict is `synthetic` or `manipulated`.
    pub is_deepfake: Option<bool>,
    /// Audio: the same as `isDeepfake`.
    pub is_synthetic: Option<bool>,
    /// How likely a deepfake, 0–100 (004's scale: 90+ reject): Veracity's risk score.
    pub confidence: Option<u8>,
    pub manipulation_type: Option<String>,
    /// Audio: `TTS_ENGINE` or `VOICE_CLONING` when synthetic speech was found.
    pub method: Option<String>,
    /// 0–100.
    pub risk_score: Option<u8>,
    /// `ACCEPT`, `ENHANCED_VERIFICATION`, `MANUAL_REVIEW` or `REJECT`.
    pub recommendation: Option<String>,
    /// `isDeepfake`, `confidence`, `manipulationType`, `riskScore`, `recommendation` together, as
    /// 004's job read nests them.
    pub result: Option<serde_json::Value>,
    /// What 004's `analysis` holds that Veracity measures, and `notJudged` for the rest.
    pub analysis: Option<serde_json::Value>,
    /// Videos: file name, duration, frame count, resolution, fps.
    pub video: Option<serde_json::Value>,
    /// With `returnSuspiciousFrames` or `returnDetails`: frames scored at 0.70 or above.
    pub suspicious_frames: Option<Vec<serde_json::Value>>,
    /// Veracity's error code when the job failed.
    pub error: Option<String>,
    pub credits_used: Option<u64>,
    pub created_at: Option<String>,
    pub processed_at: Option<String>,
    pub completed_at: Option<String>,
}

fn upper<T: poem_openapi::types::ToJSON>(value: &T) -> String {
    super::wire_name(value).to_uppercase()
}

fn percent(score: f32) -> u32 {
    (score * 100.0).round().clamp(0.0, 100.0) as u32
}

impl VeriplusJob {
    fn from_job(job: &Job, asked: Asked) -> Self {
        let completed = job.status == Status::Completed;
        let fake = job.verdict.map(|v| matches!(v, VerdictView::Synthetic | VerdictView::Manipulated));
        let audio = job.media_type == MediaTypeView::Audio;
        let mut out = VeriplusJob {
            job_id: job.id.clone(),
            status: upper(&job.status),
            media_type: upper(&job.media_type),
            created_at: Some(job.created_at.to_rfc3339()),
            error: job.error.as_ref().map(|e| e.code.clone()),
            credits_used: job.credits_used,
            ..VeriplusJob::default()
        };
        if !completed {
            return out;
        }
        let manipulation = job.manipulation_type.as_ref().map(|m| veriplus_manipulation(&super::wire_name(m)));
        out.is_deepfake = fake;
        out.confidence = job.risk_score;
        out.risk_score = job.risk_score;
        out.recommendation = job.recommendation.as_ref().map(upper);
        out.manipulation_type = manipulation.clone();
        out.result = Some(json!({
            "isDeepfake": fake, "confidence": job.risk_score, "manipulationType": manipulation,
            "riskScore": job.risk_score, "recommendation": out.recommendation,
        }));
        let finished = job.completed_at.map(|t| t.to_rfc3339());
        out.processed_at = finished.clone();
        out.completed_at = finished;
        let mut not_judged = BTreeMap::new();
        let mut analysis = serde_json::Map::new();
        if audio {
            out.is_synthetic = fake;
            out.method = manipulation.filter(|m| m == "TTS_ENGINE" || m == "AUDIO_MANIPULATION");
            for (field, why) in [("spectralAnomalies", NO_PROSODY), ("unnaturalProsody", NO_PROSODY), ("modelFingerprint", NO_FINGERPRINT)]
            {
                analysis.insert(field.into(), serde_json::Value::Null);
                not_judged.insert(field, why);
            }
            analysis.insert("voicePrintMatch".into(), serde_json::Value::Null);
            if asked.reference_audio {
                not_judged.insert("voicePrintMatch", NO_VOICE_PRINT);
            }
        } else {
            let faces: Vec<serde_json::Value> = job
                .faces
                .iter()
                .flatten()
                .map(|f| json!({"bbox": f.bbox.iter().map(|v| v.round() as i64).collect::<Vec<_>>(), "deepfakeScore": f.fake_score.map(percent), "artifacts": null}))
                .collect();
            analysis.insert("faceRegions".into(), json!(faces));
            not_judged.insert("faceRegions[].artifacts", NO_ARTIFACTS);
            if let Some(media) = &job.media {
                let resolution = media.width.zip(media.height).map(|(w, h)| format!("{w}x{h}"));
                analysis.insert(
                    "metadata".into(),
                    json!({"resolution": resolution, "format": media.format.to_uppercase(), "exifStripped": media.exif_stripped}),
                );
            }
        }
        if job.media_type == MediaTypeView::Video {
            for (field, why) in [
                ("liveness", NO_LIVENESS),
                ("audioVisualSync", NO_LIP_SYNC),
                ("screenReplay", NO_REPLAY),
                ("temporalCoherence", NO_TEMPORAL),
                ("faceDetection", NO_FACE_SUMMARY),
            ] {
                analysis.insert(field.into(), serde_json::Value::Null);
                not_judged.insert(field, why);
            }
            if let Some(media) = &job.media {
                let frames = media.duration.zip(media.fps).map(|(d, f)| (d * f).round() as u64);
                out.video = Some(json!({
                    "filename": job.source, "duration": media.duration.map(|d| format!("{d} seconds")), "frameCount": frames,
                    "resolution": media.width.zip(media.height).map(|(w, h)| format!("{w}x{h}")), "fps": media.fps,
                }));
            }
        }
        analysis.insert("notJudged".into(), json!(not_judged));
        out.analysis = Some(serde_json::Value::Object(analysis));
        if asked.suspicious_frames {
            out.suspicious_frames = Some(
                job.suspicious_frames
                    .iter()
                    .flatten()
                    .map(|f| json!({"frameNumber": f.frame, "timestamp": format!("{}s", f.timestamp), "issue": f.issue, "confidence": percent(f.score)}))
                    .collect(),
            );
        }
        out
    }
}

#[derive(ApiResponse)]
pub enum VeriplusResponse {
    /// The job: completed with its result, or still `PROCESSING` (poll `GET …/jobs/{jobId}`).
    #[oai(status = 200)]
    Ok(Json<Envelope>),
}

/// 004's error body.
#[derive(Debug, Clone, Object)]
#[oai(rename = "VeriplusError")]
pub struct ErrorBody {
    /// Always `false`.
    pub success: bool,
    pub error: ErrorDetail,
}

/// 004's error: its code and a message.
#[derive(Debug, Clone, Object)]
#[oai(rename = "VeriplusErrorDetail")]
pub struct ErrorDetail {
    /// `INVALID_FILE_FORMAT`, `FILE_TOO_LARGE`, `INSUFFICIENT_CREDITS`, `ANALYSIS_FAILED`,
    /// `NO_FACE_DETECTED`, or Veracity's code for what 004 does not list.
    pub code: String,
    pub message: String,
}

/// The status and body 004 gives a Veracity error: its table's codes and statuses
/// (`INVALID_FILE_FORMAT` 400 also for a type the route does not take).
pub fn error_response(error: &ApiError) -> (Option<poem::http::StatusCode>, serde_json::Value) {
    let (code, status) = match error.code() {
        ErrorCode::UnsupportedMediaType | ErrorCode::UnsupportedContentType => {
            ("INVALID_FILE_FORMAT", Some(poem::http::StatusCode::BAD_REQUEST))
        }
        ErrorCode::PayloadTooLarge => ("FILE_TOO_LARGE", None),
        other => (other.as_str(), None),
    };
    (status, json!({"success": false, "error": {"code": code, "message": error.detail()}}))
}

impl super::ErrorSchema for ErrorBody {
    const CLIENT: &'static str = "A client error in Veriplus's shape (`success: false`, `error.code`)";
    const SERVER: &'static str = "A server error in Veriplus's shape";
}

/// A Veracity error, answered in 004's shape on 004's routes (by [`super::VendorErrors`]).
pub type VeriplusError = super::VendorError<ErrorBody>;

async fn analyse(state: &AppState, key: &ApiKeyCaller, endpoint: Endpoint, body: VeriplusBody) -> Result<VeriplusResponse, VeriplusError> {
    let VeriplusBody::Multipart(VeriplusForm { input, mut options, asked }) = body;
    let input = input.ok_or_else(|| ApiError::new(ErrorCode::FileMissing, "no file: send it in the `image`, `video` or `audio` field"))?;
    if options.analysis_type == AnalysisType::Document && endpoint != Endpoint::Image {
        return Err(ApiError::new(ErrorCode::ValidationFailed, "analysisType DOCUMENT is for images")
            .with_extension("field", json!("analysisType"))
            .into());
    }
    // 004 lists frames when asked; Veracity keeps every finding only with return_details.
    options.return_details |= asked.suspicious_frames;
    let media = endpoint.accepts().first().copied().unwrap_or(MediaType::Image);
    let wait = if media == MediaType::Image { None } else { Some(super::wait_all(state)) };
    let submitted = submit(state, key, endpoint, Detection { input, options }, wait.as_deref(), None).await?;
    if let Some(failure) = submitted.failure {
        return Err(ApiError::new(ErrorCode::from(failure.code), failure.message).with_extension("job_id", json!(submitted.job.id)).into());
    }
    Ok(VeriplusResponse::Ok(Json(Envelope { success: true, data: VeriplusJob::from_job(&submitted.job, asked) })))
}

#[OpenApi(tag = "ApiTags::CompatVeriplus")]
impl VeriplusApi {
    /// Veriplus: analyse an image
    ///
    /// Veriplus's `POST /api/v4/deepfake/analyse/image`: multipart `image` with `analysisType`
    /// (`GENERAL`, `FACE`, `DOCUMENT`) and `returnDetails`. Answers with the result.
    #[oai(path = "/compat/veriplus/api/v4/deepfake/analyse/image", method = "post", operation_id = "veriplusAnalyseImage")]
    async fn image(&self, key: ApiKeyCaller, state: Data<&AppState>, body: VeriplusBody) -> Result<VeriplusResponse, VeriplusError> {
        analyse(&state, &key, Endpoint::Image, body).await
    }

    /// Veriplus: analyse a video
    ///
    /// Veriplus's `POST /api/v4/deepfake/analyse/video`: multipart `video` with `analysisType`
    /// (`GENERAL`, `VERIFICATION`), `includeLiveness`, `returnSuspiciousFrames`. Answers with the
    /// result when the analysis ends within the deployment's wait, else `status: PROCESSING`.
    #[oai(path = "/compat/veriplus/api/v4/deepfake/analyse/video", method = "post", operation_id = "veriplusAnalyseVideo")]
    async fn video(&self, key: ApiKeyCaller, state: Data<&AppState>, body: VeriplusBody) -> Result<VeriplusResponse, VeriplusError> {
        analyse(&state, &key, Endpoint::Video, body).await
    }

    /// Veriplus: analyse audio
    ///
    /// Veriplus's `POST /api/v4/deepfake/analyse/audio`: multipart `audio` (and an optional
    /// `referenceAudio`, accepted and not used). `isSynthetic` and `method` as 004 documents.
    #[oai(path = "/compat/veriplus/api/v4/deepfake/analyse/audio", method = "post", operation_id = "veriplusAnalyseAudio")]
    async fn audio(&self, key: ApiKeyCaller, state: Data<&AppState>, body: VeriplusBody) -> Result<VeriplusResponse, VeriplusError> {
        analyse(&state, &key, Endpoint::Audio, body).await
    }

    /// Veriplus: get a job
    ///
    /// Veriplus's `GET /api/v4/deepfake/jobs/{id}`: the job in 004's shape (suspicious frames
    /// included when there are any).
    #[oai(path = "/compat/veriplus/api/v4/deepfake/jobs/:job_id", method = "get", operation_id = "veriplusGetJob")]
    async fn job(&self, reader: JobReader, state: Data<&AppState>, job_id: Path<String>) -> Result<Json<Envelope>, VeriplusError> {
        let job = crate::routes::jobs::current_view(&state, &reader, &job_id.0).await?;
        let asked = Asked { suspicious_frames: true, ..Asked::default() };
        Ok(Json(Envelope { success: true, data: VeriplusJob::from_job(&job, asked) }))
    }

    /// Veriplus: list jobs
    ///
    /// Veriplus's `GET /api/v4/deepfake/jobs?status=COMPLETED&mediaType=VIDEO&limit=50`: the
    /// newest jobs first, in brief (`GET …/jobs/{id}` has the whole result).
    #[oai(path = "/compat/veriplus/api/v4/deepfake/jobs", method = "get", operation_id = "veriplusListJobs")]
    async fn list(
        &self,
        reader: JobReader,
        state: Data<&AppState>,
        /// `QUEUED`, `PROCESSING`, `COMPLETED`, `FAILED` or `CANCELLED`.
        status: Query<Option<String>>,
        /// `IMAGE`, `VIDEO`, `AUDIO` or `TEXT`.
        #[oai(name = "mediaType")]
        media_type: Query<Option<String>>,
        /// 1–100, default 20.
        #[oai(validator(minimum(value = "1"), maximum(value = "100")))]
        limit: Query<Option<u64>>,
    ) -> Result<Json<ListEnvelope>, VeriplusError> {
        let parse = |field: &str, value: Option<&str>, values: &[&str]| -> Result<Option<String>, ApiError> {
            match value.map(str::to_ascii_lowercase) {
                Some(v) if values.contains(&v.as_str()) => Ok(Some(v)),
                Some(v) => Err(ApiError::new(
                    ErrorCode::ValidationFailed,
                    format!("`{field}` must be one of {}, not \"{v}\"", values.join(", ").to_uppercase()),
                )
                .with_extension("field", json!(field))),
                None => Ok(None),
            }
        };
        let status = parse("status", status.0.as_deref(), &["queued", "processing", "completed", "failed", "cancelled"])?;
        let media = parse("mediaType", media_type.0.as_deref(), &["image", "video", "audio", "text"])?;
        let filter = JobFilter {
            status: status.and_then(|s| serde_json::from_value(json!(s)).ok()),
            media_type: media.and_then(|m| serde_json::from_value(json!(m)).ok()),
            ..JobFilter::default()
        };
        let page = Page::new(limit.0, None).map_err(ApiError::from)?;
        let rows = state.reads.list_jobs(&reader.scope, &filter, &page).await.map_err(ApiError::from)?;
        let data = rows
            .data
            .into_iter()
            .map(|row| {
                let fake = row.verdict.map(|v| {
                    matches!(
                        v,
                        veracity_domain::detection::report::Verdict::Synthetic | veracity_domain::detection::report::Verdict::Manipulated
                    )
                });
                let risk = row.risk_score.and_then(|r| u8::try_from(r).ok());
                VeriplusJob {
                    job_id: row.id.to_string(),
                    status: row.status.as_str().to_uppercase(),
                    media_type: row.media_type.map_or(String::new(), |m| m.as_str().to_uppercase()),
                    is_deepfake: fake,
                    confidence: risk,
                    risk_score: risk,
                    error: row.error_code.map(|c| c.as_str().to_owned()),
                    created_at: Some(row.created_at.to_rfc3339()),
                    completed_at: row.completed_at.map(|t| t.to_rfc3339()),
                    ..VeriplusJob::default()
                }
            })
            .collect();
        Ok(Json(ListEnvelope { success: true, data }))
    }
}
