//! The detector catalogue `GET /v1/models` serves. It is built from the model manifest and the
//! recorded evaluation without loading any model, so API-only processes can serve it; a test
//! checks it lists exactly the detectors the workers run, at the same versions.

use std::path::Path;

use anyhow::Context;
use veracity_domain::detection::MediaType;
use veracity_domain::detection::catalog::{MeasuredMetrics, ModelCard};
use veracity_domain::detection::provenance::ProvenanceDetector;
use veracity_media::onnx::{FaceDetector, Manifest, ScrfdDetector, SpeechForest};
use veracity_workers::evaluation::EvalReport;
use veracity_workers::forensics::{FaceTrackStability, PixelForensics, SdWatermarkDetector, TextStatisticsDetector};

use crate::config::Config;
use crate::detection_config::FaceDetectorKind;

/// The recorded evaluation, beside the manifest (written by `veracity eval --json`).
pub const EVALUATION_FILE: &str = "evaluation.json";

pub fn catalog(config: &Config) -> anyhow::Result<Vec<ModelCard>> {
    let dir = &config.models.dir;
    let manifest = Manifest::load(dir).context("reading the model manifest")?;
    let evaluation = load_evaluation(&dir.join(EVALUATION_FILE))?;
    let from_manifest = |model_id: &str| -> anyhow::Result<(String, String, String)> {
        let entry = manifest.model(model_id)?;
        let source = manifest
            .source
            .iter()
            .find(|s| s.id == entry.source)
            .map_or_else(|| format!("{} (operator-supplied)", entry.file), |s| format!("{} ({}, PyPI)", s.pip, s.kind));
        Ok((entry.version.clone(), entry.license.clone(), source))
    };
    let builtin = |id: &str, version: &str, task: &str, media: &[MediaType], description: &str| ModelCard {
        id: id.into(),
        version: version.into(),
        task: task.into(),
        media: media.to_vec(),
        description: description.into(),
        license: "Apache-2.0 (Veracity's own code)".into(),
        weights: "built-in".into(),
        metrics: None,
    };
    let face_detector = match config.models.face_detector {
        FaceDetectorKind::Mtcnn => {
            let (version, license, weights) = from_manifest("mtcnn-onet")?;
            ModelCard {
                id: FaceDetector::ID.into(),
                version,
                task: "face_detection".into(),
                media: vec![MediaType::Image, MediaType::Video],
                description: "MTCNN face detector (three-stage cascade): face boxes, scores and five landmarks. Finds faces for the \
                              classifiers; judges nothing itself."
                    .into(),
                license,
                weights,
                metrics: None,
            }
        }
        FaceDetectorKind::Scrfd => {
            let (version, license, weights) = from_manifest(ScrfdDetector::ID)?;
            ModelCard {
                id: ScrfdDetector::ID.into(),
                version,
                task: "face_detection".into(),
                media: vec![MediaType::Image, MediaType::Video],
                description: "SCRFD face detector (one pass, anchor-free heads at three strides): face boxes, scores and five \
                              landmarks; more small and turned faces than MTCNN. Judges nothing itself."
                    .into(),
                license,
                weights,
                metrics: None,
            }
        }
    };
    let (clip_version, clip_license, clip_weights) = from_manifest("clip-vit-b16-int8")?;
    let mut cards = vec![
        builtin(
            ProvenanceDetector::ID,
            ProvenanceDetector::VERSION,
            "provenance",
            &[MediaType::Image, MediaType::Video, MediaType::Audio],
            "Generator metadata: IPTC DigitalSourceType in XMP, EXIF Software, PNG text chunks written by generators \
             (Stable Diffusion parameters, ComfyUI prompt/workflow, NovelAI, Midjourney and DALL·E markers). Decisive when found; \
             its absence is not evidence.",
        ),
        builtin(
            SdWatermarkDetector::ID,
            SdWatermarkDetector::VERSION,
            "provenance",
            &[MediaType::Image],
            "Stable Diffusion's invisible watermark: the 48-bit DWT-DCT payload in the U channel, at most 4 bits wrong. Lost by \
             resizing, cropping and JPEG with 4:2:0 chroma.",
        ),
        builtin(
            FaceTrackStability::ID,
            FaceTrackStability::VERSION,
            "forensic_signals",
            &[MediaType::Video],
            "Faces followed through a video's sampled frames by box overlap; how much their landmark geometry (eye spacing \
             against the box, mouth against the eyes) changes between neighbouring frames. Reported, not fused.",
        ),
        builtin(
            PixelForensics::ID,
            PixelForensics::VERSION,
            "forensic_signals",
            &[MediaType::Image],
            "Model-free pixel forensics, reported as signals and not fused: periodic peaks of 2× upsampling in the noise \
             residual's spectrum, and, with a face, its noise level and JPEG error level against the background's.",
        ),
        builtin(
            TextStatisticsDetector::ID,
            TextStatisticsDetector::VERSION,
            "ai_generated_text",
            &[MediaType::Text],
            "Statistical detector of machine-written text, no language model: evenness of sentence lengths (burstiness), \
             phrases language models over-use, sentences opening with connectives, repeated word sequences. Weak on its own: \
             its score stays within 0.15–0.85.",
        ),
        face_detector,
        ModelCard {
            id: "clip-probe".into(),
            version: clip_version,
            task: "ai_generated_image".into(),
            media: vec![MediaType::Image, MediaType::Video],
            description: "Linear probe on frozen CLIP ViT-B/16 (INT8) embeddings, Platt-calibrated: the probability that an image, \
                          frame or face crop was made by a generative model."
                .into(),
            license: clip_license,
            weights: clip_weights,
            metrics: None,
        },
        {
            let (version, license, weights) = from_manifest(SpeechForest::ID)?;
            ModelCard {
                id: SpeechForest::ID.into(),
                version,
                task: "ai_generated_speech".into(),
                media: vec![MediaType::Audio],
                description: "audiosentinel's random forest over 52 hand-made features (temporal, spectral and phase entropy, \
                              13 MFCCs, zero-crossing rate, RMS, spectral centroid and roll-off, computed in Rust as librosa does), \
                              on 4 s windows every 2 s: P(AI-generated speech), with flagged segments."
                    .into(),
                license,
                weights,
                metrics: None,
            }
        },
    ];
    for entry in manifest.model.iter().filter(|m| m.task == "classifier") {
        let (version, license, weights) = from_manifest(&entry.id)?;
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
