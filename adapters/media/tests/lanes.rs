//! A job alone spreads its frames over the narrow sessions (lanes); a job sharing the models runs
//! them one after the other. Both must give the same faces and scores, frame for frame.

use std::path::PathBuf;

use veracity_domain::detection::report::Face;
use veracity_domain::detection::{AnalysisType, Check, MediaFormat, MediaLimits, MediaType};
use veracity_domain::ports::{DecodedMedia, DetectRequest, Detector, DetectorOutput, Frame};
use veracity_media::decode_image;
use veracity_media::onnx::{ClipProbe, ClipSettings, FaceDetector, JobGuard, MtcnnSettings, OnnxRuntime, RuntimeSettings};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// Six frames: the two portraits and the group photo, twice, in turn.
fn video() -> DecodedMedia {
    let frames = ["newton.png", "gauss.png", "solvay_conference_1927.jpg"]
        .iter()
        .cycle()
        .take(6)
        .enumerate()
        .map(|(index, name)| {
            let bytes = std::fs::read(root().join("tests/fixtures/faces").join(name)).expect("fixture fetched by scripts/bootstrap");
            let format = MediaFormat::sniff(&bytes).unwrap();
            let image = decode_image(&bytes, format, &MediaLimits::default()).unwrap().frames.remove(0).image;
            Frame { index: index as u32, timestamp: index as f64, image }
        })
        .collect();
    DecodedMedia { media_type: MediaType::Video, frames, audio: None, text: None, metadata: Default::default() }
}

fn faces_and_scores(face_detector: &FaceDetector, clip: &ClipProbe, media: &DecodedMedia) -> (Vec<Face>, DetectorOutput) {
    let request = DetectRequest { check: Check::Deepfake, analysis_type: AnalysisType::default(), details: false };
    let faces = face_detector.detect(media, request, &[]).unwrap().faces;
    let scores = clip.detect(media, request, &faces).unwrap();
    (faces, scores)
}

#[test]
fn a_job_alone_in_lanes_finds_and_scores_what_a_job_sharing_the_models_does() {
    let library = std::env::var_os("ORT_DYLIB_PATH").expect("ORT_DYLIB_PATH (source scripts/env.sh, or run make test)");
    // 2 threads, 2 jobs: a 2-thread wide session and two 1-thread narrow ones per model.
    let settings = RuntimeSettings { library: library.into(), models_dir: root().join("models"), intra_threads: 2, concurrent_jobs: 2 };
    let runtime = OnnxRuntime::load(settings).expect("ONNX Runtime and the manifest load");
    let face_detector = FaceDetector::load(&runtime, MtcnnSettings::default()).unwrap();
    let clip = ClipProbe::load(&runtime, ClipSettings::default()).unwrap();
    let media = video();

    let alone = {
        let _job = JobGuard::enter();
        faces_and_scores(&face_detector, &clip, &media)
    };
    let shared = {
        let (_job, _other) = (JobGuard::enter(), JobGuard::enter());
        faces_and_scores(&face_detector, &clip, &media)
    };

    let boxes = |faces: &[Face]| faces.iter().map(|f| (f.frame, f.bbox)).collect::<Vec<_>>();
    assert_eq!(boxes(&alone.0), boxes(&shared.0), "the same faces, in frame order");
    assert!(alone.0.iter().filter(|f| f.frame == 2).count() > 10, "the group photo's faces are found");
    assert_eq!(alone.1.frame_scores.len(), 6, "every frame scored");
    let frames = |o: &DetectorOutput| o.frame_scores.iter().map(|&(frame, _)| frame).collect::<Vec<_>>();
    assert_eq!(frames(&alone.1), frames(&shared.1));
    let pairs = alone.1.frame_scores.iter().zip(&shared.1.frame_scores).map(|(a, b)| (a.1, b.1));
    let faces = alone.1.face_scores.iter().zip(&shared.1.face_scores).map(|(a, b)| (a.1, b.1));
    assert_eq!(alone.1.face_scores.len(), shared.1.face_scores.len());
    for (a, b) in pairs.chain(faces) {
        assert!((a - b).abs() < 1e-3, "scores differ between lanes and one session: {a} against {b}");
    }
    // Frames 0 and 3 (and 1 and 4, 2 and 5) are the same image: scored the same wherever they ran.
    let score = |k: u32| alone.1.frame_scores.iter().find(|(frame, _)| *frame == k).unwrap().1;
    for k in 0..3 {
        assert!((score(k) - score(k + 3)).abs() < 1e-3, "frame {k} and {} are one image", k + 3);
    }
}
