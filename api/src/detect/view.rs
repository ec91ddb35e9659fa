//! The job/result schema of the API: one shape for every media type (snake_case, 0–1
//! confidences), built from the job aggregate.

use chrono::{DateTime, Utc};
use poem_openapi::{Enum, Object};
use veracity_domain::detection::fusion::ManipulationType;
use veracity_domain::detection::report::{CredentialsValidation, Report, SegmentTrack};
use veracity_domain::detection::{Check, JobState, JobStatus, MediaSource, MediaType, Recommendation, Verdict};

use super::payload::AnalysisTypeParam;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Enum)]
#[oai(rename_all = "snake_case")]
pub enum Status {
    Queued,
    Processing,
    Completed,
    Failed,
    Cancelled,
}

impl From<JobStatus> for Status {
    fn from(s: JobStatus) -> Self {
        match s {
            JobStatus::Queued => Status::Queued,
            JobStatus::Processing => Status::Processing,
            JobStatus::Completed => Status::Completed,
            JobStatus::Failed => Status::Failed,
            JobStatus::Cancelled => Status::Cancelled,
        }
    }
}

impl From<Status> for JobStatus {
    fn from(s: Status) -> Self {
        match s {
            Status::Queued => JobStatus::Queued,
            Status::Processing => JobStatus::Processing,
            Status::Completed => JobStatus::Completed,
            Status::Failed => JobStatus::Failed,
            Status::Cancelled => JobStatus::Cancelled,
        }
    }
}

use crate::enums::mirror_enum;

mirror_enum! {
    /// What kind of media a job analyses.
    MediaTypeView as "MediaType" <=> MediaType { Image, Video, Audio, Text }
}

mirror_enum! {
    /// The question a job answers.
    CheckView as "Check" <=> Check { Deepfake, AiGenerated }
}

mirror_enum! {
    /// The overall answer of a completed job.
    VerdictView as "Verdict" <=> Verdict { Authentic, Synthetic, Manipulated, Inconclusive }
}

mirror_enum! {
    /// What to do with the media: accept (risk 0–39), enhanced_verification (40–69),
    /// manual_review (70–89) or reject (90–100); `strict_mode` lowers the thresholds.
    RecommendationView as "Recommendation" <=> Recommendation { Accept, EnhancedVerification, ManualReview, Reject }
}

mirror_enum! {
    /// What kind of synthesis or manipulation a `synthetic` or `manipulated` verdict found.
    ManipulationTypeView as "ManipulationType" in "SCREAMING_SNAKE_CASE" <=> ManipulationType {
        AiGenerated, GanGenerated, FaceSwap, PhotoManipulation, DocumentForgery, VideoManipulation, TtsEngine, VoiceCloning, AiGeneratedText
    }
}

mirror_enum! {
    /// How far a C2PA manifest can be trusted: `trusted` (chains to a configured trust anchor),
    /// `valid` (good signature, signer not trusted) or `invalid` (does not match the file, or
    /// cannot be verified).
    CredentialsValidationView as "CredentialsValidation" <=> CredentialsValidation { Trusted, Valid, Invalid }
}

mirror_enum! {
    /// Which track of the media a flagged segment is in: a video's pictures (`video`) or the
    /// sound (`audio`: an audio clip's, or a video's sound track on the video's timeline).
    SegmentTrackView as "SegmentTrack" <=> SegmentTrack { Video, Audio }
}

#[derive(Debug, Clone, Object)]
pub struct GeneratorView {
    pub name: String,
    pub confidence: f32,
    /// What identified it, e.g. `png:parameters`, `xmp:DigitalSourceType`.
    pub source: String,
}

#[derive(Debug, Clone, Object)]
#[oai(skip_serializing_if_is_none)]
pub struct SignalView {
    pub name: String,
    /// 0–1, how strongly it points at synthetic or manipulated media; absent when informative only.
    pub score: Option<f32>,
    pub detail: String,
    /// Points of `risk_score` this signal accounts for: its weighted share of the fused score
    /// (the contributions add up to `risk_score`); 0 when its evidence was outweighed (another
    /// track, or a decisive signal, set the score); absent when the signal carries no evidence
    /// into the fusion (informative only).
    pub contribution: Option<f32>,
}

#[derive(Debug, Clone, Object)]
#[oai(skip_serializing_if_is_none)]
pub struct FaceView {
    /// `[x1, y1, x2, y2]` in pixels of the analysed image or frame.
    pub bbox: Vec<f32>,
    /// Face-detector confidence, 0–1.
    pub score: f32,
    /// 0–1: how likely this face region is synthetic or manipulated (the highest score an
    /// image classifier gave its crop); absent when no classifier scored it: the CLIP probe
    /// judges the 4 largest faces of at least 40 px per frame, and the `faces_not_judged`
    /// signal counts the others and says why.
    pub fake_score: Option<f32>,
    /// The analysed frame (0 for images).
    pub frame: u32,
    /// Eyes, nose and mouth corners as `[x, y]` (with `return_details`).
    pub landmarks: Vec<Vec<f32>>,
}

#[derive(Debug, Clone, Object)]
#[oai(skip_serializing_if_is_none)]
pub struct SegmentView {
    /// Seconds from the start of the media.
    pub start: f64,
    pub end: f64,
    pub score: f32,
    // What was flagged (described on its type); absent in results stored before it was given.
    pub track: Option<SegmentTrackView>,
}

/// A sentence of a text that reads as machine-written (`highlight: true` on `/v1/detect/text`).
#[derive(Debug, Clone, Object)]
#[oai(skip_serializing_if_is_none)]
pub struct TextHighlightView {
    /// Offset of its first character, counted in Unicode code points of the submitted text.
    pub start: u32,
    /// Offset just past its last character (code points).
    pub end: u32,
    /// `start` in UTF-16 code units, as JavaScript strings count (`text.slice(start_utf16,
    /// end_utf16)`); absent in results stored before it was given.
    pub start_utf16: Option<u32>,
    /// `end` in UTF-16 code units.
    pub end_utf16: Option<u32>,
    /// 0–1: how machine-like it reads.
    pub score: f32,
    /// Why, e.g. `stock phrase "delve"`, `opens with "furthermore"`.
    pub reasons: Vec<String>,
}

/// Where in a picture the AI-image probe's score comes from (`return_details=true`, images and
/// video): the analysed square is cut into a grid and each cell's detail hidden in turn
/// (flattened to its average colour) and scored again. `GET /v1/jobs/{id}/heatmap` draws it over the frame.
#[derive(Debug, Clone, Object)]
pub struct HeatmapView {
    /// The detector whose score it explains (`clip-probe`).
    pub detector: String,
    /// The analysed frame it belongs to: 0 for an image, the most suspicious scored frame of a video.
    pub frame: u32,
    /// The square the detector looked at, `[x1, y1, x2, y2]` in pixels of that frame.
    pub region: Vec<f32>,
    pub rows: u32,
    pub cols: u32,
    /// `rows × cols` values row by row from the top left: the score with nothing hidden minus
    /// the score with that cell hidden (0–1 risk scale). Positive cells push the score towards
    /// "generated"; negative ones away from it.
    pub values: Vec<f32>,
    /// The frame's score with nothing hidden.
    pub score: f32,
}

#[derive(Debug, Clone, Object)]
pub struct SuspiciousFrameView {
    pub frame: u32,
    pub timestamp: f64,
    pub score: f32,
    pub issue: String,
}

#[derive(Debug, Clone, Object)]
#[oai(skip_serializing_if_is_none)]
pub struct MediaView {
    /// Detected from the content: jpeg, png, mp4, wav, text, frames…
    pub format: String,
    pub width: Option<u32>,
    pub height: Option<u32>,
    /// Seconds.
    pub duration: Option<f64>,
    pub fps: Option<f64>,
    pub codec: Option<String>,
    pub sample_rate: Option<u32>,
    pub channels: Option<u16>,
    pub audio_codec: Option<String>,
    pub size_bytes: u64,
    pub sha256: String,
    /// Selected EXIF / XMP / PNG text fields (never location).
    pub metadata: std::collections::BTreeMap<String, String>,
    /// Images only: `true` when the file carries no camera EXIF (no make, model or capture
    /// time): removed, re-encoded, a screenshot, or never a camera's. Reported as the
    /// `exif_stripped` signal and never weighed: metadata is easily removed and easily forged.
    pub exif_stripped: Option<bool>,
    // C2PA Content Credentials embedded in the file, when there are any (described by its type:
    // a doc comment on a reference becomes an `allOf` wrapper that generators mishandle).
    pub content_credentials: Option<ContentCredentialsView>,
}

/// What a file's C2PA manifest declares, and whether its signature holds.
#[derive(Debug, Clone, Object)]
#[oai(skip_serializing_if_is_none)]
pub struct ContentCredentialsView {
    /// The software that wrote the manifest.
    pub claim_generator: String,
    /// e.g. `c2pa.created`, `c2pa.edited`.
    pub actions: Vec<String>,
    /// IPTC digital source type, e.g. `trainedAlgorithmicMedia`, `digitalCapture`.
    pub digital_source_type: Option<String>,
    /// The signing certificate's organisation (or common name).
    pub signer: Option<String>,
    pub signed_at: Option<String>,
    pub validation: CredentialsValidationView,
    /// C2PA validation status codes explaining a state other than `trusted`.
    pub validation_codes: Vec<String>,
}

#[derive(Debug, Clone, Object)]
#[oai(skip_serializing_if_is_none)]
pub struct ModelView {
    /// The detector, as `GET /v1/models` lists it.
    pub id: String,
    pub version: String,
    /// 0–1 synthetic/manipulated score; absent for detectors that find rather than judge.
    pub score: Option<f32>,
    /// Milliseconds it took on this job.
    pub latency_ms: Option<f64>,
}

/// Why a job failed: set on a job whose `status` is `failed`.
#[derive(Debug, Clone, Object)]
pub struct JobError {
    /// `INVALID_FILE_FORMAT`, `FILE_TOO_LARGE`, `NO_FACE_DETECTED`, `MEDIA_EXPIRED`, `ANALYSIS_FAILED` or `ANALYSIS_ABORTED`.
    pub code: String,
    pub message: String,
}

/// A detection job and, once it completes, its result.
#[derive(Debug, Clone, Object)]
#[oai(example)]
#[oai(skip_serializing_if_is_none)]
pub struct Job {
    pub id: String,
    /// Always `detection`.
    pub object: String,
    pub status: Status,
    pub media_type: MediaTypeView,
    pub check: CheckView,
    pub analysis_type: AnalysisTypeParam,
    pub strict_mode: bool,
    pub retain: bool,
    pub created_at: DateTime<Utc>,
    pub started_at: Option<DateTime<Utc>>,
    pub completed_at: Option<DateTime<Utc>>,
    pub verdict: Option<VerdictView>,
    pub is_deepfake: Option<bool>,
    /// How sure the verdict is, 0–1; absent when no detector could judge this media.
    pub confidence: Option<f32>,
    /// 0–100; absent when no detector could judge this media (the verdict is then
    /// `inconclusive` and the recommendation `enhanced_verification`).
    pub risk_score: Option<u8>,
    pub recommendation: Option<RecommendationView>,
    pub manipulation_type: Option<ManipulationTypeView>,
    pub generator: Option<GeneratorView>,
    pub signals: Option<Vec<SignalView>>,
    pub faces: Option<Vec<FaceView>>,
    pub flagged_segments: Option<Vec<SegmentView>>,
    pub suspicious_frames: Option<Vec<SuspiciousFrameView>>,
    /// Texts sent with `highlight: true`: the most machine-like sentences (up to 5), in
    /// reading order.
    pub highlights: Option<Vec<TextHighlightView>>,
    // With `return_details`, images and video (described on its type).
    pub heatmap: Option<HeatmapView>,
    /// Images and video only: the frames decoded and analysed (1 for an image; a video is sampled
    /// at 1 frame per second, at most 64 spread over it).
    pub frames_analyzed: Option<u32>,
    /// Images and video only: of `frames_analyzed`, the frames an image classifier scored.
    pub frames_scored: Option<u32>,
    /// Images and video only: scored frames whose score reached 0.70.
    pub fake_frames: Option<u32>,
    /// `fake_frames` as a percentage of `frames_scored` (to 0.1); absent when no frame was scored.
    pub fake_frames_percentage: Option<f32>,
    pub media: Option<MediaView>,
    pub models: Option<Vec<ModelView>>,
    /// Milliseconds the worker spent on the job: decoding the media (which can start while the
    /// job is being started) and analysing it.
    pub latency_ms: Option<u64>,
    /// Of `latency_ms`, the milliseconds spent inside models (to 0.01 ms).
    pub model_ms: Option<f64>,
    // Set when `status` is `failed` (described by its type).
    pub error: Option<JobError>,
    /// True once the media has been deleted (after the verdict, or on delete).
    pub media_deleted: bool,
    /// The client file name of an upload, or the URL media was fetched from.
    pub source: Option<String>,
    /// Credits the job cost, once finished: its price when completed (image 2, video up to a
    /// minute 5, longer 10, audio 3, document 2, text 1, AI-media 2 by default), 0 when it
    /// failed or was cancelled. `null` while it runs (its worst-case price is reserved).
    pub credits_used: Option<u64>,
    /// `GET /v1/jobs/{id}` only: the webhook messages made for the job (one per endpoint and
    /// event type, and its `callback_url`) and where each delivery stands.
    pub webhook_deliveries: Option<Vec<crate::webhook_types::WebhookDelivery>>,
}

impl Job {
    pub fn from_state(id: &str, state: &JobState) -> Job {
        let submitted = state.submitted.as_ref();
        let options = submitted.map(|s| s.options.clone()).unwrap_or_default();
        let media = state.media.as_ref();
        let report = state.report.as_ref();
        let mut job = Job {
            id: id.to_owned(),
            object: "detection".into(),
            status: state.status.into(),
            media_type: state.media_type().map_or(MediaTypeView::Image, Into::into),
            check: submitted.map_or(CheckView::Deepfake, |s| s.check.into()),
            analysis_type: options.analysis_type.into(),
            strict_mode: options.strict_mode,
            retain: options.retain,
            created_at: state.created_at.unwrap_or_default(),
            started_at: state.started_at,
            completed_at: state.finished_at,
            verdict: None,
            is_deepfake: None,
            confidence: None,
            risk_score: None,
            recommendation: None,
            manipulation_type: None,
            generator: None,
            signals: None,
            faces: None,
            flagged_segments: None,
            suspicious_frames: None,
            highlights: None,
            heatmap: None,
            frames_analyzed: None,
            frames_scored: None,
            fake_frames: None,
            fake_frames_percentage: None,
            media: None,
            models: None,
            latency_ms: None,
            model_ms: None,
            error: state.failure.as_ref().map(|f| JobError { code: f.code.as_str().to_owned(), message: f.message.clone() }),
            media_deleted: state.media_purged,
            source: match &state.source {
                Some(MediaSource::Upload { filename }) => filename.clone(),
                Some(MediaSource::Url { url }) => Some(url.clone()),
                _ => None,
            },
            credits_used: state.status.is_finished().then_some(state.credits_used),
            webhook_deliveries: None,
        };
        if let Some(report) = report {
            job.fill(report, media.map_or(0, |m| m.size), media.map(|m| m.sha256.clone()).unwrap_or_default());
        }
        job
    }

    fn fill(&mut self, r: &Report, size: u64, sha256: String) {
        self.verdict = Some(r.verdict.into());
        self.is_deepfake = Some(r.is_deepfake);
        // Absent with no evidence (older results stored 0 then).
        self.confidence = r.confidence.filter(|_| r.risk_score.is_some());
        self.risk_score = r.risk_score;
        self.recommendation = Some(r.recommendation.into());
        self.manipulation_type = r.manipulation_type.map(Into::into);
        self.generator =
            r.generator.as_ref().map(|g| GeneratorView { name: g.name.clone(), confidence: g.confidence, source: g.source.clone() });
        self.signals = Some(
            r.signals
                .iter()
                .map(|s| SignalView { name: s.name.clone(), score: s.score, detail: s.detail.clone(), contribution: s.contribution })
                .collect(),
        );
        self.faces = Some(
            r.faces
                .iter()
                .map(|f| FaceView {
                    bbox: f.bbox.to_vec(),
                    score: f.score,
                    fake_score: f.fake_score,
                    frame: f.frame,
                    landmarks: f.landmarks.iter().map(|p| p.to_vec()).collect(),
                })
                .collect(),
        );
        self.flagged_segments = Some(
            r.flagged_segments
                .iter()
                .map(|s| SegmentView { start: s.start, end: s.end, score: s.score, track: s.track.map(Into::into) })
                .collect(),
        );
        self.highlights = (!r.highlights.is_empty()).then(|| {
            r.highlights
                .iter()
                .map(|h| TextHighlightView {
                    start: h.start,
                    end: h.end,
                    start_utf16: h.start_utf16,
                    end_utf16: h.end_utf16,
                    score: h.score,
                    reasons: h.reasons.clone(),
                })
                .collect()
        });
        self.heatmap = r.heatmap.as_ref().map(|h| HeatmapView {
            detector: h.detector.clone(),
            frame: h.frame,
            region: h.region.to_vec(),
            rows: h.rows,
            cols: h.cols,
            values: h.values.clone(),
            score: h.score,
        });
        self.suspicious_frames = Some(
            r.suspicious_frames
                .iter()
                .map(|f| SuspiciousFrameView { frame: f.frame, timestamp: f.timestamp, score: f.score, issue: f.issue.clone() })
                .collect(),
        );
        // Frame counts belong to images and video; audio and text have none.
        let framed = matches!(self.media_type, MediaTypeView::Image | MediaTypeView::Video);
        self.frames_analyzed = framed.then_some(r.frames_analyzed);
        self.frames_scored = framed.then(|| r.frames_scored.unwrap_or(r.frames_analyzed));
        self.fake_frames = framed.then_some(r.fake_frames);
        self.fake_frames_percentage = r.fake_frames_percentage().filter(|_| framed);
        let m = &r.media;
        self.media = Some(MediaView {
            format: m.format.clone(),
            width: m.width,
            height: m.height,
            duration: m.duration,
            fps: m.fps,
            codec: m.codec.clone(),
            sample_rate: m.sample_rate,
            channels: m.channels,
            audio_codec: m.audio_codec.clone(),
            size_bytes: size,
            sha256,
            metadata: m.tags.clone(),
            exif_stripped: m.exif_stripped,
            content_credentials: m.content_credentials.as_ref().map(|c| ContentCredentialsView {
                claim_generator: c.claim_generator.clone(),
                actions: c.actions.clone(),
                digital_source_type: c.digital_source_type.clone(),
                signer: c.signer.clone(),
                signed_at: c.signed_at.clone(),
                validation: c.validation.into(),
                validation_codes: c.validation_codes.clone(),
            }),
        });
        self.models = Some(
            r.models
                .iter()
                .map(|m| ModelView { id: m.id.clone(), version: m.version.clone(), score: m.score, latency_ms: m.latency_ms })
                .collect(),
        );
        self.latency_ms = Some(r.latency_ms);
        self.model_ms = Some(r.model_ms);
    }
}

impl poem_openapi::types::Example for Job {
    fn example() -> Self {
        let at = |s: &str| DateTime::parse_from_rfc3339(s).expect("valid").with_timezone(&Utc);
        Job {
            id: "job_01jdx7q5v6m3k0c8f2h4n9r1sd".into(),
            object: "detection".into(),
            status: Status::Completed,
            media_type: MediaTypeView::Image,
            check: CheckView::Deepfake,
            analysis_type: AnalysisTypeParam::Face,
            strict_mode: false,
            retain: false,
            created_at: at("2026-11-23T12:00:00Z"),
            started_at: Some(at("2026-11-23T12:00:00.004Z")),
            completed_at: Some(at("2026-11-23T12:00:00.180Z")),
            verdict: Some(VerdictView::Synthetic),
            is_deepfake: Some(true),
            confidence: Some(0.98),
            risk_score: Some(98),
            recommendation: Some(RecommendationView::Reject),
            manipulation_type: Some(ManipulationTypeView::AiGenerated),
            generator: Some(GeneratorView { name: "Stable Diffusion".into(), confidence: 0.98, source: "png:parameters".into() }),
            signals: Some(vec![SignalView {
                name: "generator_metadata".into(),
                score: Some(0.98),
                detail: "png:parameters names Stable Diffusion as the tool that made it".into(),
                contribution: Some(98.0),
            }]),
            faces: Some(vec![FaceView {
                bbox: vec![212.0, 96.0, 388.0, 318.0],
                score: 0.999,
                fake_score: Some(0.12),
                frame: 0,
                landmarks: vec![],
            }]),
            flagged_segments: Some(vec![]),
            suspicious_frames: Some(vec![]),
            highlights: None,
            heatmap: None,
            frames_analyzed: Some(1),
            frames_scored: Some(1),
            fake_frames: Some(0),
            fake_frames_percentage: Some(0.0),
            media: Some(MediaView {
                format: "png".into(),
                width: Some(768),
                height: Some(512),
                duration: None,
                fps: None,
                codec: None,
                sample_rate: None,
                channels: None,
                audio_codec: None,
                size_bytes: 412_331,
                sha256: "9f2c…".into(),
                metadata: [("png:parameters".to_owned(), "portrait photo, Steps: 30, Sampler: DPM++ 2M".to_owned())].into(),
                exif_stripped: Some(true),
                content_credentials: None,
            }),
            models: Some(vec![
                ModelView { id: "metadata-provenance".into(), version: "1".into(), score: Some(0.98), latency_ms: Some(0.02) },
                ModelView { id: "mtcnn".into(), version: "0.0.1".into(), score: None, latency_ms: Some(171.4) },
            ]),
            latency_ms: Some(176),
            model_ms: Some(160.42),
            error: None,
            media_deleted: false,
            source: Some("portrait.png".into()),
            credits_used: Some(2),
            webhook_deliveries: None,
        }
    }
}
