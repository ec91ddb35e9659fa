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
mod xmp;

use veracity_domain::detection::{MediaError, MediaFormat, MediaLimits, MediaType};
use veracity_domain::ports::DecodedMedia;

pub use self::image::{decode_image, probe_image};
pub use audio::decode_audio;
pub use video::{VideoSampling, decode_video};

/// Sample rates outside this range are refused (audio files) or the track ignored (a video's
/// audio): no real recording has them, and a rate is what the decoded size is computed from.
pub const SAMPLE_RATES: std::ops::RangeInclusive<u32> = 1_000..=768_000;

/// At most this many decoded video frames per second of the duration limit: a stream whose
/// timestamps stand still cannot make the decoder run unbounded.
pub const MAX_DECODED_FPS: u64 = 240;

/// Decodes `bytes` of `format` (sniffed at upload) for analysis.
pub fn decode(bytes: &[u8], format: MediaFormat, limits: &MediaLimits, sampling: &VideoSampling) -> Result<DecodedMedia, MediaError> {
    let mut decoded = match format.media_type() {
        Some(MediaType::Image) => return decode_image(bytes, format, limits),
        Some(MediaType::Video) => decode_video(bytes, format, limits, sampling)?,
        Some(MediaType::Audio) => decode_audio(bytes, format, limits)?,
        Some(MediaType::Text) | None => return Err(MediaError::Invalid(format!("{format} files are not accepted"))),
    };
    xmp::container_xmp_tags(bytes, format, &mut decoded.metadata.tags);
    Ok(decoded)
}

/// The upload-time header check ([`veracity_domain::ports::MediaProbe`]) over the `image` crate.
#[derive(Debug, Clone, Copy, Default)]
pub struct MediaProbe;

impl veracity_domain::ports::MediaProbe for MediaProbe {
    fn image_dimensions(&self, bytes: &[u8], format: MediaFormat, limits: &MediaLimits) -> Result<(u32, u32), MediaError> {
        probe_image(bytes, format, limits)
    }
}
