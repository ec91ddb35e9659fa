//! The detector catalogue `GET /v1/models` serves, and the model card (docs/model-card.md). Both are made
//! from what each detector says of itself (its `INFO`), the model manifest and the recorded
//! evaluation, without loading any model, so API-only processes can serve it. A test checks it
//! lists exactly the detectors the workers run, at the same versions; another that docs/model-card.md
//! shows the table [`readme_table`] makes.

use std::path::Path;

use anyhow::Context;
use veracity_domain::detection::MediaType;
use veracity_domain::detection::catalog::{DetectorInfo, MeasuredMetrics, ModelCard, Weights};
use veracity_domain::detection::provenance::ProvenanceDetector;
use veracity_media::onnx::{ClipProbe, FaceDetector, Manifest, ScrfdDetector, SpeechForest};
use veracity_workers::evaluation::EvalReport;
use veracity_workers::forensics::{FaceTrackStability, PixelForensics, SdWatermarkDetector, TextStatisticsDetector};

use crate::config::Config;
use crate::detection_config::FaceDetectorKind;

/// The recorded evaluation, beside the manifest (written by `veracity eval --json`).
pub const EVALUATION_FILE: &str = "evaluation.json";

/// The built-in detectors in the order the workers run them (`crate::workers::detectors`); the
/// face detector is the one `face` names. Operator classifiers follow, from the manifest.
pub fn builtin(face: FaceDetectorKind) -> [DetectorInfo; 8] {
    let faces = match face {
        FaceDetectorKind::Mtcnn => FaceDetector::INFO,
        FaceDetectorKind::Scrfd => ScrfdDetector::INFO,
    };
    [
        ProvenanceDetector::INFO,
        SdWatermarkDetector::INFO,
        TextStatisticsDetector::INFO,
        faces,
        FaceTrackStability::INFO,
        PixelForensics::INFO,
        ClipProbe::INFO,
        SpeechForest::INFO,
    ]
}

/// A detector's card: its own description, with version, licence and weights from the
/// manifest for a model.
fn card(info: &DetectorInfo, manifest: &Manifest) -> anyhow::Result<ModelCard> {
    let (version, license, weights) = match info.weights {
        Weights::BuiltIn { version } => (version.to_owned(), "Apache-2.0 (Veracity's own code)".to_owned(), "built-in".to_owned()),
        Weights::Manifest { model } => from_manifest(manifest, model)?,
    };
    Ok(ModelCard {
        id: info.id.into(),
        version,
        task: info.task.into(),
        media: info.media.to_vec(),
        description: info.description.into(),
        license,
        weights,
        metrics: None,
    })
}

/// A manifest model's version, licence and where its weights come from.
fn from_manifest(manifest: &Manifest, model_id: &str) -> anyhow::Result<(String, String, String)> {
    let entry = manifest.model(model_id)?;
    let source = manifest
        .source
        .iter()
        .find(|s| s.id == entry.source)
        .map_or_else(|| format!("{} (operator-supplied)", entry.file), |s| format!("{} ({}, PyPI)", s.pip, s.kind));
    Ok((entry.version.clone(), entry.license.clone(), source))
}

pub fn catalog(config: &Config) -> anyhow::Result<Vec<ModelCard>> {
    let dir = &config.models.dir;
    let manifest = Manifest::load(dir).context("reading the model manifest")?;
    let evaluation = load_evaluation(&dir.join(EVALUATION_FILE))?;
    let mut cards = builtin(config.models.face_detector).iter().map(|info| card(info, &manifest)).collect::<anyhow::Result<Vec<_>>>()?;
    for entry in manifest.model.iter().filter(|m| m.task == "classifier") {
        let (version, license, weights) = from_manifest(&manifest, &entry.id)?;
        let media = entry.classifier.iter().flat_map(|c| c.media.iter()).filter_map(|m| match m.as_str() {
            "image" => Some(MediaType::Image),
            "video" => Some(MediaType::Video),
            _ => None,
        });
        cards.push(ModelCard {
            id: entry.id.clone(),
            version,
            task: "classifier".into(),
            media: media.collect(),
            description: entry.description.clone(),
            license,
            weights,
            metrics: None,
        });
    }
    if let Some(report) = evaluation {
        for card in &mut cards {
            card.metrics = measured(&report, &card.id);
        }
    }
    Ok(cards)
}

/// The model card's table (docs/model-card.md): every built-in detector, both face detectors included, as
/// `GET /v1/models` describes it.
pub fn readme_table(manifest: &Manifest) -> anyhow::Result<String> {
    let mut infos: Vec<DetectorInfo> = builtin(FaceDetectorKind::Mtcnn).to_vec();
    let at = infos.iter().position(|i| i.id == FaceDetector::ID).expect("MTCNN is built in") + 1;
    infos.insert(at, ScrfdDetector::INFO);
    let mut table = String::from("| detector | what it is | version | weights | licence | runs on |\n|---|---|---|---|---|---|\n");
    for info in &infos {
        let card = card(info, manifest)?;
        let weights = if card.weights == "built-in" { "rules in this repository".to_owned() } else { format!("`{}`", card.weights) };
        table.push_str(&format!(
            "| `{}` | {} | {} | {} | {} | {} |\n",
            card.id,
            card.description,
            card.version,
            weights,
            card.license,
            info.runs_on()
        ));
    }
    Ok(table)
}

fn load_evaluation(path: &Path) -> anyhow::Result<Option<EvalReport>> {
    match std::fs::read(path) {
        Ok(bytes) => Ok(Some(serde_json::from_slice(&bytes).with_context(|| format!("reading {}", path.display()))?)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(e).with_context(|| format!("reading {}", path.display())),
    }
}

fn measured(report: &EvalReport, id: &str) -> Option<MeasuredMetrics> {
    let detector = report.detectors.iter().find(|d| d.id == id)?;
    let m = detector.metrics.as_ref();
    Some(MeasuredMetrics {
        dataset: report.folder.clone(),
        samples: detector.ran_on,
        auc: m.and_then(|m| m.auc),
        accuracy: m.map(|m| m.accuracy),
        precision: m.and_then(|m| m.precision),
        recall: m.and_then(|m| m.recall),
        latency_ms_p50: detector.latency_ms_p50,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_readme_model_card_is_what_the_detectors_say_of_themselves() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let manifest = Manifest::load(&root.join("models")).unwrap();
        let table = readme_table(&manifest).unwrap();
        let readme = std::fs::read_to_string(root.join("docs/model-card.md")).unwrap();
        assert!(readme.contains(&table), "docs/model-card.md must show this table (from each detector's INFO):\n{table}");
    }
}
