//! Decoding uploaded media into what detectors read: the `image` crate for stills, FFmpeg
//! (ffmpeg-next) for video containers, symphonia for audio files. Every decoder is bounded by
//! [`MediaLimits`] before it allocates, so a small file that claims to be huge is refused cheaply.

mod audio;
pub mod frames;
mod image;
mod jpeg;
mod metadata;
mod resample;
mod video;

use veracity_domain::detection::{FailureCode, LimitExceeded, MediaFormat, MediaLimits, MediaType};
use veracity_domain::ports::DecodedMedia;

pub use self::image::{decode_image, probe_image};
pub use audio::decode_audio;
pub use video::{VideoSampling, decode_video};

/// Why media could not be decoded: the client's file, never our fault.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MediaError {
    /// Truncated, corrupt, or not what its signature says.
    #[error("{0}")]
    Invalid(String),
    /// Over a limit found while decoding (pixels, duration).
    #[error("{0}")]
    TooLarge(String),
}

impl MediaError {
    pub fn code(&self) -> FailureCode {
        match self {
            MediaError::Invalid(_) => FailureCode::InvalidFileFormat,
            MediaError::TooLarge(_) => FailureCode::FileTooLarge,
        }
    }
}

impl From<LimitExceeded> for MediaError {
    fn from(e: LimitExceeded) -> Self {
        MediaError::TooLarge(e.0)
    }
}

/// Decodes `bytes` of `format` (sniffed at upload) for analysis.
pub fn decode(bytes: &[u8], format: MediaFormat, limits: &MediaLimits, sampling: &VideoSampling) -> Result<DecodedMedia, MediaError> {
    match format.media_type() {
        Some(MediaType::Image) => decode_image(bytes, format, limits),
        Some(MediaType::Video) => decode_video(bytes, format, limits, sampling),
        Some(MediaType::Audio) => decode_audio(bytes, format, limits),
        Some(MediaType::Text) | None => Err(MediaError::Invalid(format!("{format} files are not accepted"))),
    }
}
