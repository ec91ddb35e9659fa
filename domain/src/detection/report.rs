//! The outcome of a finished analysis, as stored in `job.completed` and returned by the API.

use serde::{Deserialize, Serialize};

/// The overall answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    /// No sign of manipulation or generation was found by detectors that can see it.
    Authentic,
    /// Made by a generative model.
    Synthetic,
    /// Real media that was altered (face swap, splice, voice clone over real speech…).
    Manipulated,
    /// The evidence does not support either answer; a person should look.
    Inconclusive,
}

impl Verdict {
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Authentic => "authentic",
            Verdict::Synthetic => "synthetic",
            Verdict::Manipulated => "manipulated",
            Verdict::Inconclusive => "inconclusive",
        }
    }
}

/// What to do with the media, from the risk score's band.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Recommendation {
    Accept,
    EnhancedVerification,
    ManualReview,
    Reject,
}

/// A generator identified from provenance or a classifier.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Generator {
    pub name: String,
    pub confidence: f32,
    /// What identified it, e.g. `png:parameters`, `exif:Software`, `xmp:DigitalSourceType`.
    pub source: String,
}

/// One piece of evidence, explained.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Signal {
    pub name: String,
    /// 0–1: how strongly it points at synthetic or manipulated media; `None` when informative only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub score: Option<f32>,
    pub detail: String,
    /// Points of the risk score this signal's evidence accounts for (they add up to the risk
    /// score); `None` for signals that carry no evidence into the fusion.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contribution: Option<f32>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Face {
    /// `[x1, y1, x2, y2]` in pixels of the analysed frame.
    pub bbox: [f32; 4],
    /// Face-detector confidence, 0–1.
    pub score: f32,
    /// 0–1: how likely this face region is synthetic or manipulated, the highest score the
    /// image classifiers gave its crop; absent when no classifier scored it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fake_score: Option<f32>,
    /// The sampled frame it was found in (0 for still images).
    pub frame: u32,
    /// Five landmarks (eyes, nose, mouth corners) as `[x, y]`, when the detector gives them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub landmarks: Vec<[f32; 2]>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FlaggedSegment {
    /// Seconds from the start of the media.
    pub start: f64,
    pub end: f64,
    pub score: f32,
    /// What was flagged there: the pictures or the sound (absent in results stored before it
    /// was given).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub track: Option<SegmentTrack>,
}

/// Which track of the media a flagged segment is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SegmentTrack {
    Video,
    Audio,
}

/// A score as results give it: to 3 decimals.
pub fn round3(v: f32) -> f32 {
    (v * 1000.0).round() / 1000.0
}

/// Where in a picture the AI-image probe's score comes from (occlusion sensitivity): the
/// analysed square is cut into a grid, each cell's detail is hidden in turn (flattened to its
/// average colour) and scored again; a cell's value is how much hiding it lowers the score.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Heatmap {
    /// The detector whose score it explains.
    pub detector: String,
    /// The analysed frame it is drawn on (0 for an image; the most suspicious scored frame of a
    /// video).
    pub frame: u32,
    /// The square the detector looked at, `[x1, y1, x2, y2]` in pixels of that frame.
    pub region: [f32; 4],
    pub rows: u32,
    pub cols: u32,
    /// Row by row from the top left: the score with nothing hidden minus the score with that
    /// cell hidden (risk scale, to 3 decimals). Positive: the cell pushes towards "generated".
    pub values: Vec<f32>,
    /// The score with nothing hidden.
    pub score: f32,
}

/// A passage of a text that reads as machine-written, and why.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TextHighlight {
    /// Offsets in Unicode code points (characters) of the submitted text, end exclusive.
    pub start: u32,
    pub end: u32,
    /// The same offsets in UTF-16 code units, as JavaScript strings count (absent in results
    /// stored before they were given).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_utf16: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_utf16: Option<u32>,
    /// 0–1: how machine-like this passage reads.
    pub score: f32,
    /// What makes it so, e.g. `stock phrase "delve into"`.
    pub reasons: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SuspiciousFrame {
    pub frame: u32,
    /// Seconds from the start of the video.
    pub timestamp: f64,
    pub score: f32,
    pub issue: String,
}

/// What the media turned out to be, read while decoding it.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct MediaMetadata {
    pub format: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub width: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub height: Option<u32>,
    /// Seconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duration: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fps: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub codec: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sample_rate: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub channels: Option<u16>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub audio_codec: Option<String>,
    /// C2PA Content Credentials embedded in the file (its active manifest), when there are any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub content_credentials: Option<ContentCredentials>,
    /// Images only: the file carries no camera EXIF (no `Make`, `Model` or `DateTimeOriginal`):
    /// removed, re-encoded, a screenshot, or never a camera's. Reported, never weighed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exif_stripped: Option<bool>,
    /// Selected EXIF / XMP / PNG text fields (camera make and model, software, creation time,
    /// digital source type). Never GPS coordinates. Read whole for the provenance rules; a result
    /// stores each cut to [`STORED_TAG_CHARS`] characters.
    #[serde(default, skip_serializing_if = "std::collections::BTreeMap::is_empty")]
    pub tags: std::collections::BTreeMap<String, String>,
}

/// How much of each metadata value a result keeps.
pub const STORED_TAG_CHARS: usize = 200;

impl MediaMetadata {
    /// Cuts each tag value to [`STORED_TAG_CHARS`] characters (with `…` when cut), as results
    /// store them; the detectors have read them whole before.
    pub fn shorten_tags(&mut self) {
        for value in self.tags.values_mut() {
            if let Some((cut, _)) = value.char_indices().nth(STORED_TAG_CHARS - 1) {
                value.truncate(cut);
                value.push('…');
            }
        }
    }
}

/// What a C2PA manifest says about how the file was made, and whether its signature holds.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ContentCredentials {
    /// The software that wrote the manifest, e.g. `Adobe Firefly 2.0` or `DALL·E`.
    pub claim_generator: String,
    /// Actions recorded, e.g. `c2pa.created`, `c2pa.edited`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub actions: Vec<String>,
    /// The IPTC digital source type an action declares, short form: `trainedAlgorithmicMedia`,
    /// `compositeWithTrainedAlgorithmicMedia`, `digitalCapture`…
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub digital_source_type: Option<String>,
    /// Who signed it (the certificate's organisation, else its common name).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signer: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signed_at: Option<String>,
    pub validation: CredentialsValidation,
    /// Why it is not `trusted`: C2PA validation status codes, e.g. `signingCredential.untrusted`,
    /// `assertion.dataHash.mismatch`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub validation_codes: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CredentialsValidation {
    /// The signature and hashes hold, and the signer chains to a configured trust anchor.
    Trusted,
    /// The signature and hashes hold; the signer is not in the trust list.
    Valid,
    /// The manifest does not match the file (edited after signing) or cannot be verified.
    #[default]
    Invalid,
}

/// A model that ran, and what it said.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ModelRun {
    pub id: String,
    pub version: String,
    /// 0–1 manipulation/synthesis score; `None` for models that find things rather than judge
    /// (face detectors).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub score: Option<f32>,
    /// Milliseconds this detector took on the job (absent in results stored before it was kept).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub latency_ms: Option<f64>,
}

/// The analysis result. `confidence` is how sure the verdict is (0–1); `risk_score` (0–100) is
/// how likely the media is synthetic or manipulated. Both are absent when no detector could
/// judge (results stored before then say `confidence` 0).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Report {
    pub verdict: Verdict,
    pub is_deepfake: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub confidence: Option<f32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub risk_score: Option<u8>,
    pub recommendation: Recommendation,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub manipulation_type: Option<super::fusion::ManipulationType>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub generator: Option<Generator>,
    pub signals: Vec<Signal>,
    pub faces: Vec<Face>,
    pub flagged_segments: Vec<FlaggedSegment>,
    pub suspicious_frames: Vec<SuspiciousFrame>,
    /// With `return_details`, for images and video: where the AI-image probe's score comes from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub heatmap: Option<Heatmap>,
    /// Texts only, when asked for (`highlight`): the most machine-like sentences.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub highlights: Vec<TextHighlight>,
    /// Frames (images and sampled video frames) decoded and handed to the detectors.
    pub frames_analyzed: u32,
    /// Of those, the frames a frame classifier scored; `fake_frames` counts among them (absent
    /// in results stored before it was given, when every analysed frame counted).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub frames_scored: Option<u32>,
    pub fake_frames: u32,
    pub media: MediaMetadata,
    pub models: Vec<ModelRun>,
    /// Milliseconds spent inside models, part of `latency_ms` (to 0.01 ms; integers in
    /// results stored before that).
    pub model_ms: f64,
    /// Milliseconds spent decoding and analysing the media (the decode can overlap the job's
    /// start).
    pub latency_ms: u64,
}

impl Report {
    /// `fake_frames` as a percentage of the frames scored (to 0.1); `None` when no frame was
    /// scored.
    pub fn fake_frames_percentage(&self) -> Option<f32> {
        let scored = self.frames_scored.unwrap_or(self.frames_analyzed);
        (scored > 0).then(|| (self.fake_frames as f32 * 100.0 / scored as f32 * 10.0).round() / 10.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stored_tags_are_cut_on_a_character_boundary() {
        let long = "é".repeat(500);
        let mut metadata = MediaMetadata {
            tags: [("png:parameters".to_owned(), long), ("exif:Make".to_owned(), "Canon".to_owned())].into(),
            ..MediaMetadata::default()
        };
        metadata.shorten_tags();
        assert_eq!(metadata.tags["png:parameters"].chars().count(), STORED_TAG_CHARS);
        assert!(metadata.tags["png:parameters"].ends_with('…'));
        assert_eq!(metadata.tags["exif:Make"], "Canon");
    }
}
