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

use veracity_domain::detection::{MediaError, MediaFormat, MediaLimits, MediaType};
use veracity_domain::ports::DecodedMedia;

pub use self::image::{decode_image, probe_image};
pub use audio::decode_audio;
pub use video::{VideoSampling, decode_video};

/// Decodes `bytes` of `format` (sniffed at upload) for analysis.
pub fn decode(bytes: &[u8], format: MediaFormat, limits: &MediaLimits, sampling: &VideoSampling) -> Result<DecodedMedia, MediaError> {
    match format.media_type() {
        Some(MediaType::Image) => decode_image(bytes, format, limits),
        Some(MediaType::Video) => decode_video(bytes, format, limits, sampling),
        Some(MediaType::Audio) => decode_audio(bytes, format, limits),
        Some(MediaType::Text) | None => Err(MediaError::Invalid(format!("{format} files are not accepted"))),
    }
}

/// The upload-time header check ([`veracity_domain::ports::MediaProbe`]) over the `image` crate.
#[derive(Debug, Clone, Copy, Default)]
pub struct MediaProbe;

impl veracity_domain::ports::MediaProbe for MediaProbe {
    fn image_dimensions(&self, bytes: &[u8], format: MediaFormat, limits: &MediaLimits) -> Result<(u32, u32), MediaError> {
        probe_image(bytes, format, limits)
    }
}
