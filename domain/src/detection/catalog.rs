//! What `GET /v1/models` says about each detector: what it is, what it looks at, where its
//! weights come from, under which licence, and how well it did when last measured.

use serde::{Deserialize, Serialize};

use super::MediaType;

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
    /// Which set, e.g. `tests/fixtures/eval` (see the README's model card).
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
