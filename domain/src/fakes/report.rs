//! A report as a job with no evidence gets it, for tests that need a finished job.

use crate::detection::Report;
use crate::detection::fusion::{Bands, assess};
use crate::detection::report::MediaMetadata;

/// The report of a one-frame job no detector had anything to say about.
pub fn empty_report() -> Report {
    let a = assess(&[], Bands::STANDARD);
    Report {
        verdict: a.verdict,
        is_deepfake: a.is_deepfake,
        confidence: a.confidence,
        risk_score: a.risk_score,
        recommendation: a.recommendation,
        manipulation_type: None,
        generator: None,
        signals: vec![],
        faces: vec![],
        flagged_segments: vec![],
        suspicious_frames: vec![],
        highlights: vec![],
        heatmap: None,
        frames_analyzed: 1,
        frames_scored: Some(0),
        fake_frames: 0,
        media: MediaMetadata::default(),
        models: vec![],
        model_ms: 0.0,
        latency_ms: 5,
    }
}
