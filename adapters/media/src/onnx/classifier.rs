//! Operator classifiers: any ONNX image classifier an operator adds with a file and a manifest
//! entry (`task = "classifier"` and a `[model.classifier]` table, see models/README.md). It
//! scores whole frames and/or face crops, and joins fusion with its configured weight; no code
//! changes.

use std::sync::Arc;
use std::time::Instant;

use veracity_domain::DomainError;
use veracity_domain::detection::fusion::{Evidence, Finding};
use veracity_domain::detection::report::{Face, ModelRun, Signal, round3};
use veracity_domain::detection::{Check, MediaType};
use veracity_domain::ports::{DecodedMedia, DetectRequest, Detector, DetectorOutput};

use super::manifest::ClassifierEntry;
use super::regions::{crops, split_scores, suspicious_frames};
use super::resize::{resample_nchw, resample_nhwc};
use super::{Model, OnnxRuntime};

/// Frames scored per video, faces per frame, inputs per call.
const MAX_FRAMES: usize = 8;
const MAX_FACES: usize = 4;
const BATCH: usize = 8;
/// Risk 70: where a verdict turns synthetic or manipulated.
const SUSPICIOUS: f32 = 0.7;

pub struct OnnxClassifier {
    model: Arc<Model>,
    config: ClassifierEntry,
    media: Vec<MediaType>,
    finding: Finding,
    fake_index: usize,
}

impl OnnxClassifier {
    /// Every operator classifier of the manifest.
    pub fn load_all(runtime: &OnnxRuntime) -> Result<Vec<OnnxClassifier>, DomainError> {
        let ids: Vec<String> = runtime.manifest().model.iter().filter(|m| m.task == "classifier").map(|m| m.id.clone()).collect();
        ids.iter().map(|id| Self::load(runtime, id)).collect()
    }

    pub fn load(runtime: &OnnxRuntime, id: &str) -> Result<OnnxClassifier, DomainError> {
        let entry = runtime.manifest().model(id)?;
        let bad = |what: String| DomainError::internal(format!("models.toml, classifier `{id}`: {what}"));
        let config = entry.classifier.clone().ok_or_else(|| bad("needs a [model.classifier] table".into()))?;
        let media = config
            .media
            .iter()
            .map(|m| match m.as_str() {
                "image" => Ok(MediaType::Image),
                "video" => Ok(MediaType::Video),
                other => Err(bad(format!("media `{other}`: image or video"))),
            })
            .collect::<Result<Vec<_>, _>>()?;
        let finding = match config.finding.as_str() {
            "synthetic" => Finding::Synthetic,
            "gan" => Finding::GanSynthetic,
            "manipulated" => Finding::Manipulated,
            "face_swap" => Finding::FaceSwap,
            other => return Err(bad(format!("finding `{other}`: synthetic, gan, manipulated or face_swap"))),
        };
        let fake_index = entry
            .labels
            .iter()
            .position(|l| *l == config.fake_label)
            .ok_or_else(|| bad(format!("fake_label `{}` is not among labels", config.fake_label)))?;
        if config.regions.is_empty() || config.regions.iter().any(|r| r != "frame" && r != "face") {
            return Err(bad("regions: frame and/or face".into()));
        }
        if !matches!(entry.layout.as_str(), "NCHW" | "NHWC") || entry.input_width == 0 || entry.input_height == 0 {
            return Err(bad("layout NCHW or NHWC with a fixed input_width and input_height".into()));
        }
        if !matches!(config.channels.as_str(), "RGB" | "BGR") || config.weight.partial_cmp(&0.0) != Some(std::cmp::Ordering::Greater) {
            return Err(bad("channels RGB or BGR, and a weight above 0".into()));
        }
        Ok(OnnxClassifier { model: runtime.session(id)?, config, media, finding, fake_index })
    }

    /// The "fake" probability of each input of `batch` crops.
    fn score(&self, media: &DecodedMedia, targets: &[super::regions::Crop]) -> Result<Vec<f32>, DomainError> {
        let entry = &self.model.entry;
        let (w, h) = (entry.input_width as usize, entry.input_height as usize);
        let labels = entry.labels.len();
        let bgr = self.config.channels == "BGR";
        let (mut mean, mut std) = (entry.mean, entry.std);
        if bgr {
            // The resampler writes RGB; a BGR model gets its channels swapped below, so its
            // manifest mean/std (given in the model's own order) are swapped to match first.
            mean.swap(0, 2);
            std.swap(0, 2);
        }
        let plane = 3 * w * h;
        let mut scores = Vec::with_capacity(targets.len());
        for chunk in targets.chunks(BATCH) {
            let mut input = vec![0f32; chunk.len() * plane];
            for (k, crop) in chunk.iter().enumerate() {
                let image = &media.frames[crop.frame()].image;
                let dst = &mut input[k * plane..(k + 1) * plane];
                if entry.layout == "NCHW" {
                    resample_nchw(image, crop.region, w, h, mean, std, dst);
                    if bgr {
                        let (r, rest) = dst.split_at_mut(w * h);
                        r.swap_with_slice(&mut rest[w * h..]);
                    }
                } else {
                    resample_nhwc(image, crop.region, w, h, mean, std, dst);
                    if bgr {
                        dst.chunks_mut(3).for_each(|px| px.swap(0, 2));
                    }
                }
            }
            let shape = if entry.layout == "NCHW" { [chunk.len(), 3, h, w] } else { [chunk.len(), h, w, 3] };
            let out = self.model.run(&shape, input, &[self.config.output.as_str()])?;
            for row in out[0].1.chunks(labels.max(1)) {
                let p = if self.config.softmax {
                    let max = row.iter().copied().fold(f32::MIN, f32::max);
                    let sum: f32 = row.iter().map(|v| (v - max).exp()).sum();
                    (row[self.fake_index] - max).exp() / sum
                } else {
                    row[self.fake_index]
                };
                scores.push(p.clamp(0.0, 1.0));
            }
        }
        Ok(scores)
    }
}

impl Detector for OnnxClassifier {
    fn id(&self) -> &str {
        &self.model.entry.id
    }

    fn applies_to(&self, media: MediaType, request: DetectRequest) -> bool {
        self.media.contains(&media) && matches!(request.check, Check::Deepfake | Check::AiGenerated)
    }

    fn detect(&self, media: &DecodedMedia, _request: DetectRequest, faces: &[Face]) -> Result<DetectorOutput, DomainError> {
        let started = Instant::now();
        let regions = &self.config.regions;
        let (frames, with_faces) = (regions.iter().any(|r| r == "frame"), regions.iter().any(|r| r == "face"));
        let (targets, via_frame) = crops(media, faces, frames, with_faces, MAX_FRAMES, MAX_FACES);
        let scores = self.score(media, &targets)?;
        let (frame_scores, face_scores) = split_scores(&targets, &scores, &via_frame);
        let id = self.id().to_owned();
        let (mut evidence, mut signals) = (Vec::new(), Vec::new());
        if !frame_scores.is_empty() {
            let mean = frame_scores.iter().map(|(_, s)| s).sum::<f32>() / frame_scores.len() as f32;
            evidence.push(Evidence::new(&id, &id, mean, self.finding).weighing(self.config.weight));
            signals.push(Signal {
                contribution: None,
                name: id.clone(),
                score: Some(round3(mean)),
                detail: format!("operator classifier {id} on {} frame(s)", frame_scores.len()),
            });
        }
        if let Some(top) = face_scores.iter().map(|(_, s)| *s).reduce(f32::max) {
            // What the classifier was built to find (declared in its manifest entry): a face swap
            // only when it is a face-swap classifier.
            let finding = self.finding;
            let source = format!("{id}:faces");
            evidence.push(Evidence::new(&source, &source, top, finding).weighing(self.config.weight));
            signals.push(Signal {
                contribution: None,
                name: format!("{id}:faces"),
                score: Some(top),
                detail: format!("operator classifier {id} on {} face crop(s), highest shown", face_scores.len()),
            });
        }
        let headline = evidence.iter().map(|e| e.score).reduce(f32::max);
        let suspicious_frames = suspicious_frames(media, &frame_scores, SUSPICIOUS, &format!("flagged by {id}"));
        Ok(DetectorOutput {
            model: Some(ModelRun {
                id: id.clone(),
                version: self.model.entry.version.clone(),
                score: headline.map(round3),
                latency_ms: None,
            }),
            evidence,
            signals,
            frame_scores: frame_scores.iter().map(|&(k, s)| (media.frames[k].index, s)).collect(),
            suspicious_frames,
            face_scores,
            model_ms: (started.elapsed().as_secs_f64() * 1e5).round() / 100.0,
            ..DetectorOutput::default()
        })
    }
}
