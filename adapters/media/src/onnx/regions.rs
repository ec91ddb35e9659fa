//! Which parts of a picture an image classifier is shown: the whole frame (centre square, as
//! CLIP-style preprocessing crops it) and face crops around the boxes a face detector found.

use veracity_domain::detection::MediaType;
use veracity_domain::detection::report::{Face, SuspiciousFrame, round3};
use veracity_domain::ports::{DecodedMedia, RgbImage};

use super::resize::Region;

/// Faces smaller than this (box side, pixels) are too small for a 224-pixel classifier input:
/// found and reported, not judged.
pub const MIN_FACE_SIDE: f32 = 40.0;
/// A face crop is the face box enlarged by this much, squared: classifiers trained on face
/// crops (DeepfakeBench, FaceForensics++) see a margin of hair, ears and background.
const FACE_MARGIN: f32 = 1.3;
/// A face crop at least this fraction of the frame's shorter side is, for a 224-pixel input,
/// nearly the frame itself: its score is the frame's (one inference saved on portraits).
const FRAME_LIKE: f32 = 0.6;

/// The centre square of an image (the shorter side), what a frame classifier looks at.
pub fn centre_square(image: &RgbImage) -> Region {
    let (w, h) = (image.width as f32, image.height as f32);
    let side = w.min(h);
    let (x1, y1) = (((w - side) / 2.0).floor(), ((h - side) / 2.0).floor());
    Region { x1, y1, x2: x1 + side, y2: y1 + side }
}

/// The square crop around a face box, enlarged by the margin (may reach outside the image).
pub fn face_square(bbox: [f32; 4]) -> Region {
    let (cx, cy) = ((bbox[0] + bbox[2]) / 2.0, (bbox[1] + bbox[3]) / 2.0);
    let half = (bbox[2] - bbox[0]).max(bbox[3] - bbox[1]) * FACE_MARGIN / 2.0;
    Region { x1: cx - half, y1: cy - half, x2: cx + half, y2: cy + half }
}

/// What one classifier input shows.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Target {
    /// Analysed frame `frame` (index into `media.frames`).
    Frame { frame: usize },
    /// Face `face` (index into the faces handed to the detector) in frame `frame`.
    Face { face: usize, frame: usize },
}

/// One input to score: what it is and where it lies in its frame.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Crop {
    pub target: Target,
    pub region: Region,
}

impl Crop {
    /// Its frame's position in `media.frames`.
    pub fn frame(&self) -> usize {
        match self.target {
            Target::Frame { frame } | Target::Face { frame, .. } => frame,
        }
    }
}

/// The crops a classifier scores: up to `max_frames` frames spread evenly over the media (with
/// `frames`), and in those frames the largest `max_faces_per_frame` faces big enough to judge
/// (with `faces`). A face whose crop is nearly the whole frame is left to the frame's score,
/// unless frames are not scored.
/// Returns the crops and, per face scored through its frame, `(face index, frame index)`.
pub fn crops(
    media: &DecodedMedia,
    faces: &[Face],
    frames: bool,
    with_faces: bool,
    max_frames: usize,
    max_faces_per_frame: usize,
) -> (Vec<Crop>, Vec<(usize, usize)>) {
    let chosen = spread(media.frames.len(), max_frames);
    let mut out = Vec::new();
    let mut via_frame = Vec::new();
    for &frame in &chosen {
        let image = &media.frames[frame].image;
        if frames {
            out.push(Crop { target: Target::Frame { frame }, region: centre_square(image) });
        }
        if !with_faces {
            continue;
        }
        let index = media.frames[frame].index;
        let mut here: Vec<(usize, &Face)> = faces.iter().enumerate().filter(|(_, f)| f.frame == index && judgeable(f)).collect();
        here.sort_by(|a, b| side(b.1).total_cmp(&side(a.1)));
        for (face, f) in here.into_iter().take(max_faces_per_frame) {
            let region = face_square(f.bbox);
            if frames && region.x2 - region.x1 >= FRAME_LIKE * image.width.min(image.height) as f32 {
                via_frame.push((face, frame));
            } else {
                out.push(Crop { target: Target::Face { face, frame }, region });
            }
        }
    }
    (out, via_frame)
}

/// Whether a face is big enough for a classifier to judge ([`MIN_FACE_SIDE`]).
pub fn judgeable(face: &Face) -> bool {
    (face.bbox[2] - face.bbox[0]).min(face.bbox[3] - face.bbox[1]) >= MIN_FACE_SIDE
}

/// The scores of `crops` (in order), rounded to 3 decimals and split into frame scores
/// `(position in media.frames, score)` and face scores `(face index, score)`; a face scored
/// through its frame (`via_frame`, from [`crops`]) gets the frame's score.
/// Scores by the index of what was scored.
pub type IndexedScores = Vec<(usize, f32)>;

pub fn split_scores(crops: &[Crop], scores: &[f32], via_frame: &[(usize, usize)]) -> (IndexedScores, IndexedScores) {
    let (mut frames, mut faces) = (Vec::new(), Vec::new());
    for (crop, &score) in crops.iter().zip(scores) {
        match crop.target {
            Target::Frame { frame } => frames.push((frame, round3(score))),
            Target::Face { face, .. } => faces.push((face, round3(score))),
        }
    }
    for &(face, frame) in via_frame {
        if let Some(&(_, score)) = frames.iter().find(|(f, _)| *f == frame) {
            faces.push((face, score));
        }
    }
    (frames, faces)
}

/// For a video, the frames whose score reaches `threshold`, as `suspicious_frames` entries.
pub fn suspicious_frames(media: &DecodedMedia, frame_scores: &[(usize, f32)], threshold: f32, issue: &str) -> Vec<SuspiciousFrame> {
    if media.media_type != MediaType::Video {
        return Vec::new();
    }
    frame_scores
        .iter()
        .filter(|(_, s)| *s >= threshold)
        .map(|&(k, score)| SuspiciousFrame {
            frame: media.frames[k].index,
            timestamp: media.frames[k].timestamp,
            score,
            issue: issue.to_owned(),
        })
        .collect()
}

fn side(face: &Face) -> f32 {
    (face.bbox[2] - face.bbox[0]).max(face.bbox[3] - face.bbox[1])
}

/// `n` indices out of `0..total`, evenly spread, first and last included.
pub fn spread(total: usize, n: usize) -> Vec<usize> {
    if total <= n {
        return (0..total).collect();
    }
    if n <= 1 {
        return vec![0];
    }
    (0..n).map(|k| (k * (total - 1) + (n - 1) / 2) / (n - 1)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use veracity_domain::detection::report::MediaMetadata;
    use veracity_domain::ports::Frame;

    fn face(bbox: [f32; 4]) -> Face {
        Face { bbox, score: 0.99, fake_score: None, frame: 0, landmarks: vec![] }
    }

    #[test]
    fn frames_are_spread_and_faces_cropped_unless_they_fill_the_frame() {
        assert_eq!(spread(3, 8), vec![0, 1, 2]);
        assert_eq!(spread(10, 3), vec![0, 5, 9]);
        assert_eq!(spread(10, 1), vec![0]);
        let image = RgbImage { width: 1000, height: 600, pixels: vec![0; 1000 * 600 * 3] };
        assert_eq!(centre_square(&image), Region { x1: 200.0, y1: 0.0, x2: 800.0, y2: 600.0 });
        let media = DecodedMedia {
            media_type: MediaType::Image,
            frames: vec![Frame { index: 0, timestamp: 0.0, image }],
            audio: None,
            text: None,
            metadata: MediaMetadata::default(),
        };
        // A portrait-sized face, two small faces (one too small to judge), and a bigger one.
        let faces = [
            face([300.0, 50.0, 650.0, 500.0]),
            face([10.0, 10.0, 60.0, 60.0]),
            face([900.0, 10.0, 920.0, 30.0]),
            face([700.0, 300.0, 800.0, 400.0]),
        ];
        let (crops, via_frame) = crops(&media, &faces, true, true, 8, 4);
        let targets: Vec<Target> = crops.iter().map(|c| c.target).collect();
        assert_eq!(targets, vec![Target::Frame { frame: 0 }, Target::Face { face: 3, frame: 0 }, Target::Face { face: 1, frame: 0 }]);
        assert_eq!(via_frame, vec![(0, 0)]);
        assert_eq!(crops[1].region, Region { x1: 685.0, y1: 285.0, x2: 815.0, y2: 415.0 });
        // Faces only: the portrait face gets its own crop.
        let (crops, via_frame) = super::crops(&media, &faces, false, true, 8, 1);
        assert_eq!(crops.iter().map(|c| c.target).collect::<Vec<_>>(), vec![Target::Face { face: 0, frame: 0 }]);
        assert!(via_frame.is_empty());
    }
}
