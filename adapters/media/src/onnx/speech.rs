//! Synthetic speech: audiosentinel's random forest over 52 hand-made features
//! ([`super::speech_features`]), scored on 4-second windows every 2 seconds so a voice clip
//! spliced into real speech shows as flagged segments.
//!
//! The forest's probability is the share of its 200 trees voting "AI". The clip's score is the
//! mean over the windows that hold sound; windows scoring 0.7 or more are `flagged_segments`
//! (overlapping ones merged).

use std::sync::Arc;
use std::time::Instant;

use veracity_domain::DomainError;
use veracity_domain::detection::MediaType;
use veracity_domain::detection::catalog::{DetectorInfo, Weights};
use veracity_domain::detection::fusion::{Evidence, Finding, Track};
use veracity_domain::detection::report::{Face, FlaggedSegment, ModelRun, SegmentTrack, Signal, round3};
use veracity_domain::ports::{AudioClip, DecodedMedia, DetectRequest, Detector, DetectorOutput};

use super::speech_features::{FEATURES, FeatureExtractor, SAMPLE_RATE};
use super::{Model, OnnxRuntime};

const WINDOW_SECONDS: f64 = 4.0;
const HOP_SECONDS: f64 = 2.0;
/// A window scoring at least this is flagged (risk 70, where a verdict turns synthetic).
const FLAG_FROM: f32 = 0.7;
/// Windows whose loudest sample is below this (-60 dBFS) are silence, not judged.
const SILENCE: f32 = 0.001;
/// Windows scored per job, spread over the clip (a 10-minute clip has ~300 windows).
const MAX_WINDOWS: usize = 120;

pub struct SpeechForest {
    model: Arc<Model>,
    extractor: FeatureExtractor,
}

/// One window's place in the clip, in samples and seconds.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Window {
    from: usize,
    to: usize,
}

impl Window {
    fn seconds(self) -> (f64, f64) {
        let rate = f64::from(SAMPLE_RATE);
        ((self.from as f64 / rate * 1000.0).round() / 1000.0, (self.to as f64 / rate * 1000.0).round() / 1000.0)
    }
}

/// 4 s windows every 2 s, the last one ending at the clip's end; one window for a shorter clip;
/// at most [`MAX_WINDOWS`], evenly spread.
fn windows(len: usize) -> Vec<Window> {
    let (size, hop) = ((WINDOW_SECONDS * f64::from(SAMPLE_RATE)) as usize, (HOP_SECONDS * f64::from(SAMPLE_RATE)) as usize);
    if len <= size {
        return vec![Window { from: 0, to: len }];
    }
    let mut all: Vec<Window> =
        (0..).map(|i| i * hop).take_while(|from| from + size <= len).map(|from| Window { from, to: from + size }).collect();
    if all.last().is_some_and(|w| w.to < len) {
        all.push(Window { from: len - size, to: len });
    }
    if all.len() <= MAX_WINDOWS {
        return all;
    }
    (0..MAX_WINDOWS).map(|i| all[i * (all.len() - 1) / (MAX_WINDOWS - 1)]).collect()
}

/// Flagged windows as segments, overlapping ones merged (keeping the higher score).
fn segments(scored: &[(Window, f32)]) -> Vec<FlaggedSegment> {
    let mut out: Vec<FlaggedSegment> = Vec::new();
    for &(window, score) in scored.iter().filter(|(_, s)| *s >= FLAG_FROM) {
        let (start, end) = window.seconds();
        match out.last_mut() {
            Some(last) if start <= last.end => {
                last.end = last.end.max(end);
                last.score = last.score.max(score);
            }
            _ => out.push(FlaggedSegment { start, end, score, track: Some(SegmentTrack::Audio) }),
        }
    }
    out
}

impl SpeechForest {
    pub const ID: &'static str = "audiosentinel-forest";
    pub const INFO: DetectorInfo = DetectorInfo {
        id: Self::ID,
        task: "ai_generated_speech",
        media: &[MediaType::Audio, MediaType::Video],
        description: "audiosentinel's random forest (200 trees) over 52 hand-made features: temporal, spectral and \
                      phase entropy statistics, 13 MFCC means and deviations, zero-crossing rate, RMS, spectral \
                      centroid and roll-off, computed in Rust exactly as the package computes them with librosa (24 \
                      kHz, silence trimmed at 20 dB, 2048/512 frames; `adapters/media/tests/speech.rs` checks all 52 \
                      against librosa's values to 0.1%). Scored on 4 s windows every 2 s (at most 120 per clip); the \
                      clip's score is the windows' mean P(AI) and windows at 0.70 or above become `flagged_segments`. A video's \
                      sound track is scored the same way and judged apart from its pictures (`synthetic_speech`)",
        weights: Weights::Manifest { model: "audiosentinel-forest" },
    };

    pub fn load(runtime: &OnnxRuntime) -> Result<SpeechForest, DomainError> {
        Ok(SpeechForest { model: runtime.session(Self::ID)?, extractor: FeatureExtractor::new() })
    }

    /// P(AI) for each feature row.
    pub fn probabilities(&self, rows: &[[f32; FEATURES]]) -> Result<Vec<f32>, DomainError> {
        if rows.is_empty() {
            return Ok(Vec::new());
        }
        let input: Vec<f32> = rows.iter().flatten().copied().collect();
        let out = self.model.run(&[rows.len(), FEATURES], input, &["probabilities"])?;
        Ok(out[0].1.chunks(2).map(|p| p[0]).collect())
    }

    /// The windows of `clip` that hold sound, with their features.
    fn featurise(&self, clip: &AudioClip) -> Vec<(Window, [f32; FEATURES])> {
        if clip.sample_rate != SAMPLE_RATE {
            return Vec::new();
        }
        windows(clip.samples.len())
            .into_iter()
            .filter(|w| clip.samples[w.from..w.to].iter().any(|s| s.abs() >= SILENCE))
            .filter_map(|w| self.extractor.features(&clip.samples[w.from..w.to]).map(|f| (w, f)))
            .collect()
    }
}

impl Detector for SpeechForest {
    fn id(&self) -> &str {
        Self::ID
    }

    fn applies_to(&self, media: MediaType, _request: DetectRequest) -> bool {
        matches!(media, MediaType::Audio | MediaType::Video)
    }

    fn detect(&self, media: &DecodedMedia, _request: DetectRequest, _faces: &[Face]) -> Result<DetectorOutput, DomainError> {
        let started = Instant::now();
        let video = media.media_type == MediaType::Video;
        if video && media.audio.is_none() {
            let detail = "the video has no sound track (or none that could be decoded) to judge";
            return Ok(DetectorOutput {
                signals: vec![Signal { contribution: None, name: "synthetic_speech".into(), score: None, detail: detail.into() }],
                ..DetectorOutput::default()
            });
        }
        let featurised = media.audio.as_ref().map(|clip| self.featurise(clip)).unwrap_or_default();
        let rows: Vec<[f32; FEATURES]> = featurised.iter().map(|(_, f)| *f).collect();
        let probabilities = self.probabilities(&rows)?;
        let model_ms = (started.elapsed().as_secs_f64() * 1e5).round() / 100.0;
        let model = |score| Some(ModelRun { id: Self::ID.into(), version: self.model.entry.version.clone(), score, latency_ms: None });
        if probabilities.is_empty() {
            let detail = "no window with sound to judge (silence, or under 0.09 s of sound after trimming)";
            return Ok(DetectorOutput {
                model: model(None),
                signals: vec![Signal { contribution: None, name: "synthetic_speech".into(), score: None, detail: detail.into() }],
                model_ms,
                ..DetectorOutput::default()
            });
        }
        let scored: Vec<(Window, f32)> = featurised.iter().map(|(w, _)| *w).zip(probabilities.iter().copied()).collect();
        let mean = round3(probabilities.iter().sum::<f32>() / probabilities.len() as f32);
        let flagged = segments(&scored);
        let flagged_windows = probabilities.iter().filter(|p| **p >= FLAG_FROM).count();
        let detail = format!(
            "audiosentinel's random forest over 52 entropy, MFCC and spectral features{}: P(AI) {mean:.2} on average over {} \
             window(s) of up to 4 s (every 2 s), {flagged_windows} at 0.70 or above",
            if video { " on the video's sound track" } else { "" },
            probabilities.len()
        );
        let track = if video { Track::Audio } else { Track::Main };
        Ok(DetectorOutput {
            model: model(Some(mean)),
            evidence: vec![Evidence::new(Self::ID, "synthetic_speech", mean, Finding::Synthetic).on(track)],
            signals: vec![Signal { contribution: None, name: "synthetic_speech".into(), score: Some(mean), detail }],
            flagged_segments: flagged,
            model_ms,
            ..DetectorOutput::default()
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn windows_cover_the_clip_every_two_seconds_and_stay_bounded() {
        let rate = SAMPLE_RATE as usize;
        assert_eq!(windows(3 * rate), [Window { from: 0, to: 3 * rate }]);
        let ten = windows(10 * rate);
        assert_eq!(ten.iter().map(|w| w.from / rate).collect::<Vec<_>>(), [0, 2, 4, 6]);
        assert_eq!(ten.last().unwrap().to, 10 * rate);
        let odd = windows(9 * rate);
        assert_eq!(odd.last().unwrap().seconds(), (5.0, 9.0), "the last window ends at the clip's end");
        let long = windows(600 * rate);
        assert_eq!(long.len(), MAX_WINDOWS);
        assert_eq!((long[0].from, long.last().unwrap().to), (0, 600 * rate));
    }

    #[test]
    fn flagged_windows_merge_into_segments() {
        let w = |from: usize| Window { from: from * SAMPLE_RATE as usize, to: (from + 4) * SAMPLE_RATE as usize };
        let scored = [(w(0), 0.2), (w(2), 0.8), (w(4), 0.9), (w(6), 0.1), (w(10), 0.75)];
        assert_eq!(
            segments(&scored),
            [
                FlaggedSegment { start: 2.0, end: 8.0, score: 0.9, track: Some(SegmentTrack::Audio) },
                FlaggedSegment { start: 10.0, end: 14.0, score: 0.75, track: Some(SegmentTrack::Audio) }
            ]
        );
    }
}
