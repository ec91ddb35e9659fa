//! Face tracks across a video's sampled frames, and how steady each face's geometry stays.
//!
//! A face swapped in frame by frame is re-rendered each time, and its landmarks can drift
//! against the head around them: the eyes' spacing against the face box's width, the mouth's
//! distance from the eyes against the eyes' spacing. Faces are linked from one sampled frame to
//! the next by box overlap (IoU ≥ 0.3); for each track of at least 3 frames the mean relative
//! change of those two ratios between neighbouring frames is its jitter. The signal reports the
//! least steady track: score 0 at 5% jitter, 1 at 25%. At one frame a second, head turns move
//! the ratios too, so it is reported and not fused.

use std::time::Instant;

use veracity_domain::DomainError;
use veracity_domain::detection::catalog::{DetectorInfo, Weights};
use veracity_domain::detection::report::{Face, ModelRun, Signal};
use veracity_domain::detection::{Check, MediaType};
use veracity_domain::ports::{DecodedMedia, DetectRequest, Detector, DetectorOutput};

const MIN_IOU: f32 = 0.3;
const MIN_TRACK: usize = 3;

fn iou(a: [f32; 4], b: [f32; 4]) -> f32 {
    let (w, h) = ((a[2].min(b[2]) - a[0].max(b[0])).max(0.0), (a[3].min(b[3]) - a[1].max(b[1])).max(0.0));
    let area = |r: [f32; 4]| (r[2] - r[0]) * (r[3] - r[1]);
    let inter = w * h;
    inter / (area(a) + area(b) - inter).max(f32::MIN_POSITIVE)
}

/// Tracks as lists of indices into `faces`, following `order` (the frames' indices in time
/// order): a face continues the best-overlapping track that ended in the previous frame.
fn tracks(faces: &[Face], order: &[u32]) -> Vec<Vec<usize>> {
    let mut all: Vec<Vec<usize>> = Vec::new();
    let mut open: Vec<usize> = Vec::new();
    for &frame in order {
        let here: Vec<usize> = (0..faces.len()).filter(|&i| faces[i].frame == frame).collect();
        let mut candidates: Vec<(f32, usize, usize)> = here
            .iter()
            .flat_map(|&face| open.iter().map(move |&track| (track, face)))
            .map(|(track, face)| (iou(faces[*all[track].last().unwrap()].bbox, faces[face].bbox), track, face))
            .filter(|(overlap, _, _)| *overlap >= MIN_IOU)
            .collect();
        candidates.sort_by(|a, b| b.0.total_cmp(&a.0));
        let (mut used_tracks, mut used_faces, mut next_open) = (Vec::new(), Vec::new(), Vec::new());
        for (_, track, face) in candidates {
            if !used_tracks.contains(&track) && !used_faces.contains(&face) {
                all[track].push(face);
                used_tracks.push(track);
                used_faces.push(face);
                next_open.push(track);
            }
        }
        for &face in here.iter().filter(|f| !used_faces.contains(f)) {
            all.push(vec![face]);
            next_open.push(all.len() - 1);
        }
        open = next_open;
    }
    all
}

/// (eye spacing ÷ box width, eye-to-mouth distance ÷ eye spacing), with five landmarks.
fn geometry(face: &Face) -> Option<(f32, f32)> {
    let [left_eye, right_eye, _, mouth_left, mouth_right] = face.landmarks.as_slice().try_into().ok()?;
    let distance = |a: [f32; 2], b: [f32; 2]| ((a[0] - b[0]).powi(2) + (a[1] - b[1]).powi(2)).sqrt();
    let eyes = distance(left_eye, right_eye);
    let mid = |a: [f32; 2], b: [f32; 2]| [(a[0] + b[0]) / 2.0, (a[1] + b[1]) / 2.0];
    let width = face.bbox[2] - face.bbox[0];
    (eyes > 0.0 && width > 0.0).then(|| (eyes / width, distance(mid(left_eye, right_eye), mid(mouth_left, mouth_right)) / eyes))
}

/// Mean relative change of the two ratios between neighbouring faces of a track.
fn jitter(track: &[&Face]) -> Option<f32> {
    let ratios: Vec<(f32, f32)> = track.iter().filter_map(|f| geometry(f)).collect();
    if ratios.len() < MIN_TRACK {
        return None;
    }
    let change = |a: f32, b: f32| (a - b).abs() / ((a + b) / 2.0).max(f32::MIN_POSITIVE);
    let steps: Vec<f32> = ratios.windows(2).map(|w| (change(w[0].0, w[1].0) + change(w[0].1, w[1].1)) / 2.0).collect();
    Some(steps.iter().sum::<f32>() / steps.len() as f32)
}

pub struct FaceTrackStability;

impl FaceTrackStability {
    pub const ID: &'static str = "face-tracks";
    pub const VERSION: &'static str = "1";
    pub const INFO: DetectorInfo = DetectorInfo {
        id: Self::ID,
        task: "forensic_signals",
        media: &[MediaType::Video],
        description: "Faces followed through a video's sampled frames by box overlap (IoU ≥ 0.3); \
                      `face_track_stability` reports how much the least steady track's landmark geometry (eye spacing \
                      ÷ box width, eyes-to-mouth ÷ eye spacing) changes between neighbouring frames (5% scores 0, 25% \
                      scores 1). Reported, **not fused**: at one frame a second head turns move it too",
        weights: Weights::BuiltIn { version: Self::VERSION },
    };
}

impl Detector for FaceTrackStability {
    fn id(&self) -> &str {
        Self::ID
    }

    fn judges(&self) -> bool {
        false
    }

    /// Where faces are looked for: the deepfake check, or an analysis that needs a face.
    fn applies_to(&self, media: MediaType, request: DetectRequest) -> bool {
        media == MediaType::Video && (request.check == Check::Deepfake || request.analysis_type.requires_face())
    }

    fn detect(&self, media: &DecodedMedia, _request: DetectRequest, faces: &[Face]) -> Result<DetectorOutput, DomainError> {
        let started = Instant::now();
        let order: Vec<u32> = media.frames.iter().map(|f| f.index).collect();
        let long: Vec<Vec<&Face>> =
            tracks(faces, &order).into_iter().filter(|t| t.len() >= MIN_TRACK).map(|t| t.iter().map(|&i| &faces[i]).collect()).collect();
        let worst = long.iter().filter_map(|t| jitter(t).map(|j| (j, t.len()))).max_by(|a, b| a.0.total_cmp(&b.0));
        let signal = match worst {
            Some((j, frames)) => Signal {
                contribution: None,
                name: "face_track_stability".into(),
                score: Some(((j - 0.05) / 0.20).clamp(0.0, 1.0)),
                detail: format!(
                    "{} face track(s) of 3 or more sampled frames; in the least steady ({frames} frames) the landmark geometry changes by \
                     {:.1}% between neighbouring frames (5% scores 0, 25% scores 1; head turns move it too; reported, not fused)",
                    long.len(),
                    j * 100.0
                ),
            },
            None => Signal {
                contribution: None,
                name: "face_track_stability".into(),
                score: None,
                detail: "no face was followed through 3 or more sampled frames".into(),
            },
        };
        Ok(DetectorOutput {
            model: Some(ModelRun { id: Self::ID.into(), version: Self::VERSION.into(), score: None, latency_ms: None }),
            signals: vec![signal],
            model_ms: (started.elapsed().as_secs_f64() * 1e5).round() / 100.0,
            ..DetectorOutput::default()
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A face at `x` in `frame`, with eyes `eyes` apart and the mouth 1.1 eye-spacings below.
    fn face(frame: u32, x: f32, eyes: f32) -> Face {
        let (cx, top) = (x + 50.0, 40.0);
        let landmarks = vec![
            [cx - eyes / 2.0, top],
            [cx + eyes / 2.0, top],
            [cx, top + 20.0],
            [cx - 15.0, top + 1.1 * eyes],
            [cx + 15.0, top + 1.1 * eyes],
        ];
        Face { bbox: [x, 0.0, x + 100.0, 120.0], score: 0.99, fake_score: None, frame, landmarks }
    }

    #[test]
    fn faces_are_followed_by_overlap_and_steady_geometry_scores_low() {
        // Two people: one moving slowly right, steady; one far away whose eye spacing flickers.
        let faces: Vec<Face> =
            (0..5u32).flat_map(|f| [face(f, 10.0 * f as f32, 40.0), face(f, 500.0, if f % 2 == 0 { 30.0 } else { 45.0 })]).collect();
        let order: Vec<u32> = (0..5).collect();
        let found = tracks(&faces, &order);
        assert_eq!(found.len(), 2, "{found:?}");
        assert!(found.iter().all(|t| t.len() == 5));
        let steady: Vec<&Face> = found[0].iter().map(|&i| &faces[i]).collect();
        let flicker: Vec<&Face> = found[1].iter().map(|&i| &faces[i]).collect();
        assert!(jitter(&steady).unwrap() < 0.01);
        assert!(jitter(&flicker).unwrap() > 0.15, "eye spacing 0.30 ↔ 0.45 of the box: {:?}", jitter(&flicker));
        // A face missing from a frame ends its track.
        let gappy: Vec<Face> = [0, 1, 3, 4].iter().map(|&f| face(f, 0.0, 40.0)).collect();
        assert_eq!(tracks(&gappy, &order).iter().map(Vec::len).collect::<Vec<_>>(), [2, 2]);
    }
}
