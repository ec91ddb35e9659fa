//! What `GET /v1/models` says about each detector: what it is, what it looks at, where its
//! weights come from, under which licence, and how well it did when last measured.
//!
//! Each detector describes itself once, as a [`DetectorInfo`] constant beside its code; the
//! model list and the model card (docs/model-card.md) are both made from those.

use serde::{Deserialize, Serialize};

use super::MediaType;

/// How a detector describes itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DetectorInfo {
    /// As in results' `models[].id`.
    pub id: &'static str,
    /// e.g. `provenance`, `face_detection`, `ai_generated_image`.
    pub task: &'static str,
    pub media: &'static [MediaType],
    /// What it is and does, as the model card says it (Markdown).
    pub description: &'static str,
    pub weights: Weights,
}

/// Where a detector's version, weights and licence come from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Weights {
    /// Rules in this repository, at this version.
    BuiltIn { version: &'static str },
    /// A model of `models/models.toml`, which pins its version, package and licence.
    Manifest { model: &'static str },
}

impl DetectorInfo {
    /// `images, video, audio`: what it runs on, as the model card says it.
    pub fn runs_on(&self) -> String {
        let names: Vec<&str> = self
            .media
            .iter()
            .map(|m| match m {
                MediaType::Image => "images",
                MediaType::Video => "video",
                MediaType::Audio => "audio",
                MediaType::Text => "text",
            })
            .collect();
        names.join(", ")
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ModelCard {
    /// As in results' `models[].id`.
    pub id: String,
    pub version: String,
    /// e.g. `provenance`, `face_detection`, `ai_generated_image`, `classifier`.
    pub task: String,
    pub media: Vec<MediaType>,
    pub description: String,
    pub license: String,
    /// Where the weights come from (a pinned registry package), or `built-in` for rules.
    pub weights: String,
    /// The last `veracity eval` of this detector, if one is recorded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metrics: Option<MeasuredMetrics>,
}

/// A detector's numbers on one evaluation set.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MeasuredMetrics {
    /// Which set, e.g. `tests/fixtures/eval` (see the model card (docs/model-card.md)).
    pub dataset: String,
    pub samples: usize,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub auc: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub accuracy: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub precision: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recall: Option<f64>,
    pub latency_ms_p50: f64,
}
