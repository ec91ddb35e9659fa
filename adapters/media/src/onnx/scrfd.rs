//! SCRFD face detection (Guo et al. 2021), the model the `scrfd` package ships: one pass over
//! the image letterboxed into 640×640, anchor-free heads at strides 8, 16 and 32 (two anchors a
//! cell) giving a score, box distances and five landmarks per anchor, then NMS. Follows the
//! package's own decoding. Its insightface weights are for non-commercial research only, so it
//! is off unless `models.face_detector = "scrfd"`; it finds more small and turned faces than
//! MTCNN.

use std::sync::Arc;

use veracity_domain::DomainError;
use veracity_domain::detection::MediaType;
use veracity_domain::detection::catalog::{DetectorInfo, Weights};
use veracity_domain::detection::report::Face;
use veracity_domain::ports::{DecodedMedia, DetectRequest, Detector, DetectorOutput, RgbImage};

use super::mtcnn::{FaceBox, find_faces, suppress, wants_faces};
use super::resize::{Region, resample_nchw};
use super::{Model, OnnxRuntime, lanes};

const SIDE: usize = 640;
const STRIDES: [usize; 3] = [8, 16, 32];
const ANCHORS: usize = 2;
/// The package's defaults: faces from probability 0.4, NMS at IoU 0.5.
const MIN_SCORE: f32 = 0.4;
const NMS_IOU: f32 = 0.5;

pub struct ScrfdDetector {
    model: Arc<Model>,
}

impl ScrfdDetector {
    pub const ID: &'static str = "scrfd";
    pub const INFO: DetectorInfo = DetectorInfo {
        id: Self::ID,
        task: "face_detection",
        media: &[MediaType::Image, MediaType::Video],
        description: "Instead of `mtcnn` with `models.face_detector = \"scrfd\"`: SCRFD face detector (one pass over \
                      the image letterboxed to 640×640, anchor-free heads at strides 8/16/32, NMS), decoded as the \
                      `scrfd` package does: boxes, scores, 5 landmarks; more small and turned faces than MTCNN. Off by \
                      default for its weights' licence",
        weights: Weights::Manifest { model: "scrfd" },
    };

    pub fn load(runtime: &OnnxRuntime) -> Result<ScrfdDetector, DomainError> {
        Ok(ScrfdDetector { model: runtime.session(Self::ID)? })
    }

    pub fn version(&self) -> &str {
        &self.model.entry.version
    }

    pub fn detect_faces(&self, image: &RgbImage) -> Result<Vec<FaceBox>, DomainError> {
        let (w, h) = (image.width as usize, image.height as usize);
        if w == 0 || h == 0 {
            return Ok(Vec::new());
        }
        // Letterbox: the longer side to 640, the picture in the top-left corner, black around it.
        let (new_w, new_h) = if h > w { ((SIDE * w / h).max(1), SIDE) } else { (SIDE, (SIDE * h / w).max(1)) };
        let scale = h as f32 / new_h as f32;
        let entry = &self.model.entry;
        let mut resized = vec![0f32; 3 * new_w * new_h];
        let whole = Region { x1: 0.0, y1: 0.0, x2: w as f32, y2: h as f32 };
        resample_nchw(image, whole, new_w, new_h, entry.mean, entry.std, &mut resized);
        let mut input = Vec::with_capacity(3 * SIDE * SIDE);
        for c in 0..3 {
            let pad = (0.0 - entry.mean[c]) / entry.std[c];
            let plane = &resized[c * new_w * new_h..(c + 1) * new_w * new_h];
            for y in 0..SIDE {
                if y < new_h {
                    input.extend_from_slice(&plane[y * new_w..(y + 1) * new_w]);
                    input.extend(std::iter::repeat_n(pad, SIDE - new_w));
                } else {
                    input.extend(std::iter::repeat_n(pad, SIDE));
                }
            }
        }
        let names: Vec<String> = ["score", "bbox", "kps"].iter().flat_map(|head| STRIDES.map(|s| format!("{head}_{s}"))).collect();
        let names: Vec<&str> = names.iter().map(String::as_str).collect();
        let out = self.model.run(&[1, 3, SIDE, SIDE], input, &names)?;
        let mut faces = Vec::new();
        for (level, stride) in STRIDES.iter().enumerate() {
            let (scores, boxes, points) = (&out[level].1, &out[3 + level].1, &out[6 + level].1);
            let cells = SIDE / stride;
            for (anchor, &score) in scores.iter().enumerate().filter(|(_, s)| **s >= MIN_SCORE) {
                let cell = anchor / ANCHORS;
                let (cx, cy) = (((cell % cells) * stride) as f32, ((cell / cells) * stride) as f32);
                let d = |k: usize| boxes[anchor * 4 + k] * *stride as f32;
                let bbox = [(cx - d(0)) * scale, (cy - d(1)) * scale, (cx + d(2)) * scale, (cy + d(3)) * scale];
                let mut landmarks = [[0f32; 2]; 5];
                for (k, point) in landmarks.iter_mut().enumerate() {
                    let p = |j: usize| points[anchor * 10 + 2 * k + j] * *stride as f32;
                    *point = [(cx + p(0)) * scale, (cy + p(1)) * scale];
                }
                faces.push(FaceBox { bbox, score, landmarks });
            }
        }
        suppress(&mut faces, NMS_IOU, false, |f| (f.bbox, f.score));
        Ok(faces)
    }
}

impl Detector for ScrfdDetector {
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
        find_faces(Self::ID, self.version(), media, lanes::available(&self.model), |image| self.detect_faces(image))
    }
}
