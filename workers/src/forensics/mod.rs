//! Detectors that need no trained model: signal processing on the decoded media, each
//! explainable on its own (what it measured, and why that points at generation or editing).

mod face_tracks;
mod pixels;
mod text;
mod watermark;

pub use face_tracks::FaceTrackStability;
pub use pixels::PixelForensics;
pub use text::TextStatisticsDetector;
pub use watermark::{SdWatermarkDetector, bit_errors, read_payload};
