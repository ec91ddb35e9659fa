//! Decodes a frame list (see `veracity_domain::detection::frames` for its format).

use veracity_domain::detection::frames::unbundle;
use veracity_domain::detection::report::MediaMetadata;
use veracity_domain::detection::{MediaError, MediaLimits, MediaType};
use veracity_domain::ports::{DecodedMedia, Frame};

use super::image::decode_still;

/// Decodes every frame, one at a time and each scaled down to `max_side` as it is decoded (a
/// list of full-size frames is never held); frame `i` is taken to be `i` seconds in (frames
/// carry no timing).
pub fn decode_frames(bytes: &[u8], limits: &MediaLimits, max_side: u32) -> Result<DecodedMedia, MediaError> {
    let stills = unbundle(bytes)?;
    if stills.len() > limits.frames_max as usize {
        return Err(MediaError::TooLarge(format!("the list has {} frames; the limit is {}", stills.len(), limits.frames_max)));
    }
    let mut frames = Vec::with_capacity(stills.len());
    for (i, still) in stills.iter().enumerate() {
        let image = decode_still(still, limits, max_side).map_err(|e| match e {
            MediaError::Invalid(m) => MediaError::Invalid(format!("frame {i}: {m}")),
            MediaError::TooLarge(m) => MediaError::TooLarge(format!("frame {i}: {m}")),
        })?;
        frames.push(Frame { index: i as u32, timestamp: i as f64, image });
    }
    let first = frames.first().ok_or_else(|| MediaError::Invalid("the frame list is empty".into()))?;
    let metadata = MediaMetadata {
        format: "frames".into(),
        width: Some(first.image.width),
        height: Some(first.image.height),
        duration: Some(frames.len() as f64),
        ..MediaMetadata::default()
    };
    Ok(DecodedMedia { media_type: MediaType::Video, frames, audio: None, text: None, metadata })
}
