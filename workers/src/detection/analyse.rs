//! One job's analysis as a plain function: bytes in, report (or a failure code) out. Decodes
//! the media, runs every detector that applies, and fuses their evidence into the verdict.

use std::sync::Arc;
use std::time::Instant;

use veracity_adapters::c2pa::ContentCredentialsReader;
use veracity_adapters::media::{self, MediaError, VideoSampling, frames};
use veracity_domain::detection::fusion::{Bands, assess, manipulation_type};
use veracity_domain::detection::job::FailureCode;
use veracity_domain::detection::report::{Face, MediaMetadata, Report, SuspiciousFrame, TextHighlight};
use veracity_domain::detection::{Check, JobOptions, MediaLimits, MediaType, StoredMedia};
use veracity_domain::ports::{DecodedMedia, DetectRequest, Detector, DetectorOutput};

/// Why a job failed, as recorded in `job.failed`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Failure {
    pub code: FailureCode,
    pub message: String,
}

impl Failure {
    fn new(code: FailureCode, message: impl Into<String>) -> Self {
        Self { code, message: message.into() }
    }
}

impl From<MediaError> for Failure {
    fn from(e: MediaError) -> Self {
        Failure::new(e.code(), e.to_string())
    }
}

/// Frame scores at or above this count as fake frames (risk 70: where a verdict turns synthetic).
const FAKE_FRAME: f32 = 0.7;
/// Without `return_details`, per-frame lists keep only this many of the most suspicious entries.
const BRIEF_ITEMS: usize = 10;

pub struct Analyser {
    pub detectors: Vec<Arc<dyn Detector>>,
    /// Reads C2PA manifests from the raw file while it is decoded.
    pub credentials: Arc<ContentCredentialsReader>,
    pub limits: MediaLimits,
    pub sampling: VideoSampling,
}

impl Analyser {
    pub fn decode(&self, bytes: &[u8], media: &StoredMedia, media_type: MediaType) -> Result<DecodedMedia, Failure> {
        let digest = veracity_adapters::digest::sha256_hex(bytes);
        if digest != media.sha256 {
            return Err(Failure::new(FailureCode::AnalysisFailed, "the stored media does not match its SHA-256; it was not analysed"));
        }
        match (media_type, media.format) {
            (MediaType::Text, _) => {
                let text = String::from_utf8(bytes.to_vec()).map_err(|_| Failure::new(FailureCode::InvalidFileFormat, "the text is not UTF-8"))?;
                let metadata = MediaMetadata { format: "text".into(), ..MediaMetadata::default() };
                Ok(DecodedMedia { media_type: MediaType::Text, frames: vec![], audio: None, text: Some(text), metadata })
            }
            (MediaType::Video, None) if frames::is_bundle(bytes) => Ok(frames::decode_frames(bytes, &self.limits)?),
            (_, Some(format)) => {
                let mut decoded = media::decode(bytes, format, &self.limits, &self.sampling)?;
                decoded.metadata.content_credentials = self.credentials.read(bytes, format);
                Ok(decoded)
            }
            (_, None) => Err(Failure::new(FailureCode::InvalidFileFormat, "the media's format is unknown")),
        }
    }

    /// [`Analyser::decode`], timed, so the report's `latency_ms` can include it when it ran
    /// apart from the rest of the analysis ([`Analyser::inspect`]).
    pub fn decode_timed(&self, bytes: &[u8], media: &StoredMedia, media_type: MediaType) -> Result<Timed<DecodedMedia>, Failure> {
        let started = Instant::now();
        let decoded = self.decode(bytes, media, media_type)?;
        Ok(Timed { value: decoded, elapsed: started.elapsed() })
    }

    /// Runs every detector that applies to decoded media and fuses their evidence.
    pub fn inspect(&self, decoded: Timed<DecodedMedia>, check: Check, options: &JobOptions) -> Result<Report, Failure> {
        let started = Instant::now();
        let Timed { value: decoded, elapsed: decoding } = decoded;
        let request = DetectRequest { check, analysis_type: options.analysis_type };
        let mut outputs = Vec::new();
        // Faces found so far, handed to every later detector (face detectors come first).
        let mut faces: Vec<Face> = Vec::new();
        for detector in self.detectors.iter().filter(|d| d.applies_to(decoded.media_type, request)) {
            let started = Instant::now();
            let mut output = detector
                .detect(&decoded, request, &faces)
                .map_err(|e| Failure::new(FailureCode::AnalysisFailed, format!("detector {} failed: {e}", detector.id())))?;
            if let Some(model) = &mut output.model {
                model.latency_ms = Some((started.elapsed().as_secs_f64() * 1e5).round() / 100.0);
            }
            for &(index, score) in &output.face_scores {
                if let Some(face) = faces.get_mut(index) {
                    face.fake_score = Some(face.fake_score.map_or(score, |s| s.max(score)));
                }
            }
            faces.append(&mut output.faces);
            outputs.push(output);
        }
        if options.analysis_type.requires_face() && matches!(decoded.media_type, MediaType::Image | MediaType::Video) && faces.is_empty() {
            return Err(Failure::new(FailureCode::NoFaceDetected, "no face was found, and the analysis type requires one"));
        }
        let mut report = fuse(decoded, outputs, faces, options.strict_mode);
        if !options.return_details {
            brief(&mut report);
        }
        report.latency_ms = (decoding + started.elapsed()).as_millis() as u64;
        Ok(report)
    }
}

/// A value and how long it took to make.
pub struct Timed<T> {
    pub value: T,
    pub elapsed: std::time::Duration,
}

fn fuse(decoded: DecodedMedia, outputs: Vec<DetectorOutput>, faces: Vec<Face>, strict_mode: bool) -> Report {
    let evidence: Vec<_> = outputs.iter().flat_map(|o| o.evidence.iter().cloned()).collect();
    let assessment = assess(&evidence, Bands::for_mode(strict_mode));
    let frames_analyzed = decoded.frames.len() as u32;
    let mut frame_scores: Vec<(u32, f32)> = outputs.iter().flat_map(|o| o.frame_scores.iter().copied()).collect();
    frame_scores.sort_by_key(|(frame, _)| *frame);
    let fake_frames = frame_scores.iter().filter(|(_, s)| *s >= FAKE_FRAME).map(|(f, _)| f).collect::<std::collections::BTreeSet<_>>().len() as u32;
    let mut suspicious: Vec<SuspiciousFrame> = outputs.iter().flat_map(|o| o.suspicious_frames.iter().cloned()).collect();
    suspicious.sort_by(|a, b| b.score.total_cmp(&a.score));
    let generator = outputs.iter().find_map(|o| o.generator.clone());
    let manipulation_type = manipulation_type(decoded.media_type, &assessment, generator.as_ref()).map(|kind| kind.as_str().to_owned());
    let mut highlights: Vec<TextHighlight> = outputs.iter().flat_map(|o| o.highlights.iter().cloned()).collect();
    highlights.sort_by_key(|h| h.start);
    Report {
        verdict: assessment.verdict,
        is_deepfake: assessment.is_deepfake,
        confidence: assessment.confidence,
        risk_score: assessment.risk_score,
        recommendation: assessment.recommendation,
        manipulation_type,
        generator,
        signals: outputs.iter().flat_map(|o| o.signals.iter().cloned()).collect(),
        faces,
        flagged_segments: outputs.iter().flat_map(|o| o.flagged_segments.iter().cloned()).collect(),
        suspicious_frames: suspicious,
        highlights,
        frames_analyzed,
        fake_frames,
        media: decoded.metadata,
        models: outputs.iter().filter_map(|o| o.model.clone()).collect(),
        model_ms: outputs.iter().map(|o| o.model_ms).sum(),
        latency_ms: 0,
    }
}

/// The default, shorter report: no landmarks, the most suspicious frames and segments only.
fn brief(report: &mut Report) {
    for face in &mut report.faces {
        face.landmarks.clear();
    }
    report.suspicious_frames.truncate(BRIEF_ITEMS);
    report.flagged_segments.sort_by(|a, b| b.score.total_cmp(&a.score));
    report.flagged_segments.truncate(BRIEF_ITEMS);
}
