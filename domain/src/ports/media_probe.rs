//! Looking inside an upload before it is stored.

use crate::detection::{MediaError, MediaFormat, MediaLimits};

/// Reads an image's header at upload time (no pixel is decoded), so that a small file claiming
/// huge dimensions is refused before it is stored or queued.
pub trait MediaProbe: Send + Sync {
    /// The image's width and height, checked against the pixel limit.
    fn image_dimensions(&self, bytes: &[u8], format: MediaFormat, limits: &MediaLimits) -> Result<(u32, u32), MediaError>;
}
