//! What a client asks for: which check, on which media, with which options, within which limits.

use serde::{Deserialize, Serialize};

use super::media::{MediaFormat, MediaType};

/// The question a job answers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Check {
    /// Is this media manipulated or synthetic (face swaps, voice clones, generated media)?
    Deepfake,
    /// Was this image made by a generative model (`/v1/detect/ai-media`)?
    AiGenerated,
}

impl Check {
    pub fn as_str(self) -> &'static str {
        match self {
            Check::Deepfake => "deepfake",
            Check::AiGenerated => "ai_generated",
        }
    }
}

/// What the media is expected to show, which decides the detectors and how faces count.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum AnalysisType {
    /// Any content.
    #[default]
    General,
    /// A face must be present (`NO_FACE_DETECTED` otherwise); face regions are scored.
    Face,
    /// An identity document or other document photo.
    Document,
    /// A KYC selfie or liveness capture: like FACE, with stricter bands.
    Verification,
}

impl AnalysisType {
    pub fn as_str(self) -> &'static str {
        match self {
            AnalysisType::General => "GENERAL",
            AnalysisType::Face => "FACE",
            AnalysisType::Document => "DOCUMENT",
            AnalysisType::Verification => "VERIFICATION",
        }
    }

    pub fn requires_face(self) -> bool {
        matches!(self, AnalysisType::Face | AnalysisType::Verification)
    }
}

/// The client's options, as recorded on the job.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct JobOptions {
    pub analysis_type: AnalysisType,
    /// Lowers the decision thresholds: more media is flagged, fewer fakes slip through.
    pub strict_mode: bool,
    /// Keep the media for 30 days instead of deleting it a minute after the verdict.
    pub retain: bool,
    /// Include per-frame and per-segment details in the result.
    pub return_details: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub callback_url: Option<String>,
}

/// Where a job's media came from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum MediaSource {
    /// A multipart upload; the file name is the client's and is only echoed back.
    Upload {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        filename: Option<String>,
    },
    /// Fetched by the service from a client-supplied URL.
    Url { url: String },
    /// A list of still frames standing for a video.
    Frames { count: u32 },
    /// Text sent in the request body.
    Text { highlight: bool },
}

/// The stored bytes a job analyses: content-addressed, so a changed blob is detected.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StoredMedia {
    pub blob_key: String,
    /// Lowercase hex SHA-256 of the bytes.
    pub sha256: String,
    pub size: u64,
    /// `None` for text and for frame lists.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub format: Option<MediaFormat>,
}

impl StoredMedia {
    /// Where the heatmap overlay of a job with `return_details` is kept: beside the media, and
    /// deleted with it.
    pub fn heatmap_key(&self) -> String {
        format!("{}.heatmap.png", self.blob_key)
    }
}

/// Size and length limits on submitted media. The defaults are the documented ones.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct MediaLimits {
    pub image_bytes: u64,
    pub image_megapixels: u32,
    pub video_bytes: u64,
    pub video_seconds: u32,
    pub audio_bytes: u64,
    pub audio_seconds: u32,
    /// Total encoded size of a `frames` list.
    pub frames_bytes: u64,
    pub frames_max: u32,
    /// Total pixels of a `frames` list (frames × width × height, from the headers), in millions.
    pub frames_megapixels: u32,
    pub text_min_chars: u32,
    pub text_max_chars: u32,
}

const MB: u64 = 1024 * 1024;

impl Default for MediaLimits {
    fn default() -> Self {
        Self {
            image_bytes: 25 * MB,
            image_megapixels: 40,
            video_bytes: 50 * MB,
            video_seconds: 600,
            audio_bytes: 10 * MB,
            audio_seconds: 600,
            frames_bytes: 6 * MB,
            frames_max: 64,
            frames_megapixels: 500,
            text_min_chars: 50,
            text_max_chars: 100_000,
        }
    }
}

/// A limit that media broke, with a message for the client.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct LimitExceeded(pub String);

impl MediaLimits {
    /// The largest upload of this media type.
    pub fn bytes_for(&self, media: MediaType) -> u64 {
        match media {
            MediaType::Image => self.image_bytes,
            MediaType::Video => self.video_bytes,
            MediaType::Audio => self.audio_bytes,
            MediaType::Text => u64::from(self.text_max_chars) * 4,
        }
    }

    /// The largest upload of any media type accepted by an endpoint that takes `media`.
    pub fn bytes_for_any(&self, media: &[MediaType]) -> u64 {
        media.iter().map(|m| self.bytes_for(*m)).max().unwrap_or(0)
    }

    pub fn check_size(&self, media: MediaType, size: u64) -> Result<(), LimitExceeded> {
        let limit = self.bytes_for(media);
        if size > limit {
            return Err(LimitExceeded(format!(
                "the {} is larger than the {} limit for {} files",
                media.as_str(),
                human_bytes(limit),
                media.as_str()
            )));
        }
        Ok(())
    }

    pub fn check_pixels(&self, width: u32, height: u32) -> Result<(), LimitExceeded> {
        let pixels = u64::from(width) * u64::from(height);
        if pixels > u64::from(self.image_megapixels) * 1_000_000 {
            return Err(LimitExceeded(format!(
                "the image is {width}×{height} ({:.1} megapixels); the limit is {} megapixels",
                pixels as f64 / 1e6,
                self.image_megapixels
            )));
        }
        Ok(())
    }

    /// The sum of a `frames` list's pixels, read from each frame's header.
    pub fn check_frames_pixels(&self, total: u64) -> Result<(), LimitExceeded> {
        if total > u64::from(self.frames_megapixels) * 1_000_000 {
            return Err(LimitExceeded(format!(
                "the frames hold {:.0} megapixels in all; the limit is {} megapixels",
                total as f64 / 1e6,
                self.frames_megapixels
            )));
        }
        Ok(())
    }

    pub fn check_duration(&self, media: MediaType, seconds: f64) -> Result<(), LimitExceeded> {
        let limit = match media {
            MediaType::Video => self.video_seconds,
            MediaType::Audio => self.audio_seconds,
            _ => return Ok(()),
        };
        if seconds > f64::from(limit) {
            return Err(LimitExceeded(format!("the {} is {:.0} s long; the limit is {limit} s", media.as_str(), seconds)));
        }
        Ok(())
    }
}

/// `25 MB`, `512 KB`: limits are powers of 1024 but read better rounded.
pub fn human_bytes(bytes: u64) -> String {
    if bytes >= MB && bytes.is_multiple_of(MB) {
        format!("{} MB", bytes / MB)
    } else if bytes >= MB {
        format!("{:.1} MB", bytes as f64 / MB as f64)
    } else {
        format!("{} KB", bytes.div_ceil(1024))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_limits_are_the_documented_ones() {
        let limits = MediaLimits::default();
        assert_eq!(human_bytes(limits.image_bytes), "25 MB");
        assert!(limits.check_size(MediaType::Image, 25 * MB).is_ok());
        let err = limits.check_size(MediaType::Image, 25 * MB + 1).unwrap_err();
        assert_eq!(err.0, "the image is larger than the 25 MB limit for image files");
        assert!(limits.check_pixels(8000, 5000).is_ok());
        assert!(limits.check_pixels(100_000, 100_000).unwrap_err().0.contains("limit is 40 megapixels"));
        assert!(limits.check_duration(MediaType::Video, 600.0).is_ok());
        assert!(limits.check_duration(MediaType::Audio, 600.5).is_err());
        assert_eq!(limits.bytes_for_any(&[MediaType::Image, MediaType::Video, MediaType::Audio]), 50 * MB);
    }
}
