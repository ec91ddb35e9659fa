//! The detector port: a model or rule that looks at decoded media and reports what it sees.
//!
//! Detectors are synchronous and CPU-bound; the worker runs them off the async runtime. Each is
//! created once per process (model sessions are expensive) and shared between jobs.

use crate::detection::fusion::Evidence;
use crate::detection::report::{Face, FlaggedSegment, Generator, Heatmap, MediaMetadata, ModelRun, Signal, SuspiciousFrame, TextHighlight};
use crate::detection::{AnalysisType, Check, MediaType};
use crate::error::DomainError;

/// An 8-bit RGB picture, rows top to bottom, no padding.
#[derive(Clone, PartialEq)]
pub struct RgbImage {
    pub width: u32,
    pub height: u32,
    pub pixels: Vec<u8>,
}

impl std::fmt::Debug for RgbImage {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "RgbImage({}×{})", self.width, self.height)
    }
}

impl RgbImage {
    /// The pixel at (x, y) as `[r, g, b]`.
    pub fn pixel(&self, x: u32, y: u32) -> [u8; 3] {
        let i = (y as usize * self.width as usize + x as usize) * 3;
        [self.pixels[i], self.pixels[i + 1], self.pixels[i + 2]]
    }
}

/// One picture to analyse: the image itself, or a frame sampled from a video.
#[derive(Debug, Clone, PartialEq)]
pub struct Frame {
    /// 0-based position among the analysed frames.
    pub index: u32,
    /// Seconds from the start of the video (0 for still images).
    pub timestamp: f64,
    pub image: RgbImage,
}

/// Mono PCM in -1..1.
#[derive(Debug, Clone, PartialEq)]
pub struct AudioClip {
    pub sample_rate: u32,
    pub samples: Vec<f32>,
}

impl AudioClip {
    pub fn duration(&self) -> f64 {
        self.samples.len() as f64 / f64::from(self.sample_rate.max(1))
    }
}

/// Media decoded for analysis: stills or sampled frames, the (first) audio track at 24 kHz
/// mono, or text; plus what was learnt about the file while decoding it.
#[derive(Debug, Clone, PartialEq)]
pub struct DecodedMedia {
    pub media_type: MediaType,
    pub frames: Vec<Frame>,
    pub audio: Option<AudioClip>,
    pub text: Option<String>,
    pub metadata: MediaMetadata,
}

/// What a job asks of the detectors.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DetectRequest {
    pub check: Check,
    pub analysis_type: AnalysisType,
    /// The job asked for `return_details`: detectors whose findings only inform (they carry
    /// no weight in the verdict) run only then.
    pub details: bool,
}

/// One detector's findings. Everything is optional: a face detector reports faces and no
/// evidence; a classifier reports evidence; a provenance reader may name a generator.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DetectorOutput {
    pub model: Option<ModelRun>,
    pub evidence: Vec<Evidence>,
    pub signals: Vec<Signal>,
    pub faces: Vec<Face>,
    pub generator: Option<Generator>,
    /// Per analysed frame, a 0–1 score, for `suspicious_frames` and `fake_frames`.
    pub frame_scores: Vec<(u32, f32)>,
    pub suspicious_frames: Vec<SuspiciousFrame>,
    pub flagged_segments: Vec<FlaggedSegment>,
    /// Passages of a text, scored.
    pub highlights: Vec<TextHighlight>,
    /// Where in the picture its score comes from (see [`Heatmap`]), when details were asked for.
    pub heatmap: Option<Heatmap>,
    /// Scores of face regions found by an earlier detector: `(index into the faces it was
    /// given, 0–1 score)`. A face's `fake_score` is the highest any detector gave it.
    pub face_scores: Vec<(usize, f32)>,
    /// Milliseconds spent in model inference (with its pre- and post-processing).
    pub model_ms: f64,
}

pub trait Detector: Send + Sync {
    /// Stable id, as listed in results (`models[].id`).
    fn id(&self) -> &str;

    /// Whether it judges media (reports a score when it has evidence) rather than only finding
    /// things in it, as a face detector does.
    fn judges(&self) -> bool {
        true
    }

    /// Whether it has anything to say about this media for this request.
    fn applies_to(&self, media: MediaType, request: DetectRequest) -> bool;

    /// `faces` are those found by the detectors that ran before this one (face detectors run
    /// first), so classifiers can score face regions as well as whole frames.
    fn detect(&self, media: &DecodedMedia, request: DetectRequest, faces: &[Face]) -> Result<DetectorOutput, DomainError>;
}
