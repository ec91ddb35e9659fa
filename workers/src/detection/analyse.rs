//! One job's analysis as a plain function: bytes in, report (or a failure code) out. Decodes
//! the media, runs every detector that applies, and fuses their evidence into the verdict.

use std::sync::Arc;
use std::time::Instant;

use std::sync::atomic::{AtomicBool, Ordering};
use veracity_domain::detection::MediaError;
use veracity_domain::detection::frames::is_bundle;
use veracity_domain::detection::fusion::{Bands, FusionWeights, assess, manipulation_type};
use veracity_domain::detection::job::FailureCode;
use veracity_domain::detection::report::{
    Face, FlaggedSegment, Heatmap, MediaMetadata, Report, SegmentTrack, SuspiciousFrame, TextHighlight,
};
use veracity_domain::detection::{Check, JobOptions, MediaLimits, MediaType, StoredMedia};
use veracity_domain::ports::{DecodedMedia, DetectRequest, Detector, DetectorOutput};
use veracity_media::c2pa::ContentCredentialsReader;
use veracity_media::onnx::{JobGuard, render_heatmap};
use veracity_media::{VideoSampling, decode_frames};

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
    /// The weight of each built-in detector's evidence in the fusion.
    pub weights: FusionWeights,
}

impl Analyser {
    pub fn decode(&self, bytes: &[u8], media: &StoredMedia, media_type: MediaType) -> Result<DecodedMedia, Failure> {
        // Decoding takes cores too: concurrent model runs take their share, not all of them.
        let _busy = JobGuard::enter();
        let digest = veracity_domain::digest::sha256_hex(bytes);
        if digest != media.sha256 {
            return Err(Failure::new(FailureCode::AnalysisFailed, "the stored media does not match its SHA-256; it was not analysed"));
        }
        match (media_type, media.format) {
            (MediaType::Text, _) => {
                let text =
                    String::from_utf8(bytes.to_vec()).map_err(|_| Failure::new(FailureCode::InvalidFileFormat, "the text is not UTF-8"))?;
                let metadata = MediaMetadata { format: "text".into(), ..MediaMetadata::default() };
                Ok(DecodedMedia { media_type: MediaType::Text, frames: vec![], audio: None, text: Some(text), metadata })
            }
            (MediaType::Video, None) if is_bundle(bytes) => Ok(decode_frames(bytes, &self.limits, self.sampling.max_side)?),
            (_, Some(format)) => {
                let mut decoded = veracity_media::decode(bytes, format, &self.limits, &self.sampling)?;
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

    /// Runs every detector that applies to decoded media and fuses their evidence. Once `stop`
    /// is set (the job was deleted) no further detector runs.
    pub fn inspect(
        &self,
        decoded: Timed<DecodedMedia>,
        check: Check,
        options: &JobOptions,
        stop: &AtomicBool,
    ) -> Result<Analysis, Failure> {
        let _busy = JobGuard::enter();
        let started = Instant::now();
        let Timed { value: decoded, elapsed: decoding } = decoded;
        let request = DetectRequest { check, analysis_type: options.analysis_type, details: options.return_details };
        let mut outputs = Vec::new();
        // Faces found so far, handed to every later detector (face detectors come first).
        let mut faces: Vec<Face> = Vec::new();
        for detector in self.detectors.iter().filter(|d| d.applies_to(decoded.media_type, request)) {
            if stop.load(Ordering::Relaxed) {
                return Err(Failure::new(FailureCode::AnalysisAborted, "the job was deleted while it ran"));
            }
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
        // The heatmap's overlay is drawn while the frame is still decoded.
        let heatmap = outputs.iter().find_map(|o| o.heatmap.clone());
        let heatmap_png = match heatmap.as_ref().and_then(|h| decoded.frames.iter().find(|f| f.index == h.frame).map(|f| (h, f))) {
            Some((h, frame)) => {
                Some(render_heatmap(&frame.image, h).map_err(|e| Failure::new(FailureCode::AnalysisFailed, e.to_string()))?)
            }
            None => None,
        };
        let heatmap = heatmap.filter(|_| heatmap_png.is_some());
        let mut report = fuse(decoded, outputs, faces, heatmap, options, &self.weights);
        if !options.return_details {
            brief(&mut report);
        }
        report.latency_ms = (decoding + started.elapsed()).as_millis() as u64;
        Ok(Analysis { report, heatmap_png })
    }
}

/// What an analysis made: the report, and with `return_details` the heatmap overlay as a PNG
/// (stored beside the media, deleted with it).
pub struct Analysis {
    pub report: Report,
    pub heatmap_png: Option<Vec<u8>>,
}

/// A value and how long it took to make.
pub struct Timed<T> {
    pub value: T,
    pub elapsed: std::time::Duration,
}

fn fuse(
    decoded: DecodedMedia,
    outputs: Vec<DetectorOutput>,
    faces: Vec<Face>,
    heatmap: Option<Heatmap>,
    options: &JobOptions,
    weights: &FusionWeights,
) -> Report {
    let mut evidence: Vec<_> = outputs.iter().flat_map(|o| o.evidence.iter().cloned()).collect();
    weights.apply(&mut evidence);
    let assessment = assess(&evidence, Bands::for_mode(options.strict_mode));
    let mut signals: Vec<_> = outputs.iter().flat_map(|o| o.signals.iter().cloned()).collect();
    // Each signal is credited with the points its evidence accounts for.
    for (e, points) in evidence.iter().zip(&assessment.contributions) {
        if let (Some(points), Some(signal)) = (points, signals.iter_mut().find(|s| s.name == e.signal)) {
            signal.contribution = Some(((signal.contribution.unwrap_or(0.0) + points) * 10.0).round() / 10.0);
        }
    }
    let frames_analyzed = decoded.frames.len() as u32;
    let mut frame_scores: Vec<(u32, f32)> = outputs.iter().flat_map(|o| o.frame_scores.iter().copied()).collect();
    frame_scores.sort_by_key(|(frame, _)| *frame);
    // A frame counts once however many detectors scored it.
    let (mut scored, mut fake) = (std::collections::BTreeSet::new(), std::collections::BTreeSet::new());
    for &(frame, score) in &frame_scores {
        scored.insert(frame);
        if score >= FAKE_FRAME {
            fake.insert(frame);
        }
    }
    let (frames_scored, fake_frames) = (scored.len() as u32, fake.len() as u32);
    let mut suspicious: Vec<SuspiciousFrame> = outputs.iter().flat_map(|o| o.suspicious_frames.iter().cloned()).collect();
    suspicious.sort_by(|a, b| b.score.total_cmp(&a.score));
    let generator = outputs.iter().find_map(|o| o.generator.clone());
    let manipulation_type = manipulation_type(decoded.media_type, options.analysis_type, &assessment, generator.as_ref());
    let mut highlights: Vec<TextHighlight> = outputs.iter().flat_map(|o| o.highlights.iter().cloned()).collect();
    let flagged_segments: Vec<FlaggedSegment> =
        outputs.iter().flat_map(|o| o.flagged_segments.iter().cloned()).chain(video_segments(&decoded, &frame_scores)).collect();
    let mut media = decoded.metadata;
    media.shorten_tags();
    highlights.sort_by_key(|h| h.start);
    Report {
        verdict: assessment.verdict,
        is_deepfake: assessment.is_deepfake,
        confidence: assessment.confidence,
        risk_score: assessment.risk_score,
        recommendation: assessment.recommendation,
        manipulation_type,
        generator,
        signals,
        faces,
        flagged_segments,
        suspicious_frames: suspicious,
        highlights,
        heatmap,
        frames_analyzed,
        frames_scored: Some(frames_scored),
        fake_frames,
        media,
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

/// For a video, runs of consecutive scored frames whose highest score (over every detector)
/// reaches [`FAKE_FRAME`], as segments from the first flagged frame's time to one sampling
/// interval past the last one's (capped at the video's end).
fn video_segments(decoded: &DecodedMedia, frame_scores: &[(u32, f32)]) -> Vec<FlaggedSegment> {
    if decoded.media_type != MediaType::Video {
        return Vec::new();
    }
    let mut best: std::collections::BTreeMap<u32, f32> = std::collections::BTreeMap::new();
    for &(frame, score) in frame_scores {
        let entry = best.entry(frame).or_insert(score);
        *entry = entry.max(score);
    }
    let time = |index: u32| decoded.frames.iter().find(|f| f.index == index).map(|f| f.timestamp);
    let mut gaps: Vec<f64> = decoded.frames.windows(2).map(|w| w[1].timestamp - w[0].timestamp).filter(|g| *g > 0.0).collect();
    gaps.sort_by(f64::total_cmp);
    let interval = gaps.get(gaps.len() / 2).copied().unwrap_or(1.0);
    let end_of_video = decoded.metadata.duration.unwrap_or(f64::INFINITY);
    let round = |t: f64| (t * 1000.0).round() / 1000.0;
    let mut segments: Vec<FlaggedSegment> = Vec::new();
    let mut open = false;
    for (&frame, &score) in &best {
        let Some(at) = time(frame) else { continue };
        if score < FAKE_FRAME {
            open = false;
            continue;
        }
        let end = round((at + interval).min(end_of_video));
        match segments.last_mut() {
            Some(last) if open => {
                last.end = end;
                last.score = last.score.max(score);
            }
            _ => segments.push(FlaggedSegment { start: round(at), end, score, track: Some(SegmentTrack::Video) }),
        }
        open = true;
    }
    segments
}

#[cfg(test)]
mod tests {
    use super::*;
    use veracity_domain::ports::{Frame, RgbImage};

    #[test]
    fn flagged_frames_in_a_row_make_one_segment() {
        let frame = |index: u32| Frame { index, timestamp: f64::from(index), image: RgbImage { width: 1, height: 1, pixels: vec![0; 3] } };
        let metadata = MediaMetadata { duration: Some(9.5), ..MediaMetadata::default() };
        let video = DecodedMedia { media_type: MediaType::Video, frames: (0..10).map(frame).collect(), audio: None, text: None, metadata };
        // Two detectors; frame 3 is flagged by one of them only; frame 8 was not scored, so 7
        // and 9 are neighbours; frame 9 is the last frame.
        let scores = [(1, 0.2), (2, 0.8), (3, 0.4), (3, 0.75), (4, 0.9), (5, 0.1), (7, 0.72), (9, 0.95)];
        let got = video_segments(&video, &scores);
        let at = |start, end, score| FlaggedSegment { start, end, score, track: Some(SegmentTrack::Video) };
        assert_eq!(got, [at(2.0, 5.0, 0.9), at(7.0, 9.5, 0.95)]);
        let lone = video_segments(&video, &[(6, 0.1), (7, 0.8), (8, 0.2)]);
        assert_eq!(lone, [at(7.0, 8.0, 0.8)]);
        let image = DecodedMedia { media_type: MediaType::Image, ..video };
        assert!(video_segments(&image, &scores).is_empty());
    }
}
