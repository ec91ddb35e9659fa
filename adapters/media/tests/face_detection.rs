//! MTCNN and SCRFD through ONNX Runtime on real photographs (fetched by scripts/bootstrap).

use std::path::PathBuf;
use std::time::Instant;

use veracity_domain::detection::{MediaFormat, MediaLimits};
use veracity_media::decode_image;
use veracity_media::onnx::{FaceDetector, MtcnnSettings, OnnxRuntime, RuntimeSettings, ScrfdDetector};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn runtime() -> OnnxRuntime {
    let library = std::env::var_os("ORT_DYLIB_PATH").expect("ORT_DYLIB_PATH (source scripts/env.sh, or run make test)");
    OnnxRuntime::load(RuntimeSettings { library: library.into(), models_dir: root().join("models"), intra_threads: 1, concurrent_jobs: 1 })
        .expect("ONNX Runtime and the manifest load")
}

fn detector() -> FaceDetector {
    FaceDetector::load(&runtime(), MtcnnSettings::default()).unwrap()
}

fn image(name: &str) -> veracity_domain::ports::RgbImage {
    let bytes = std::fs::read(root().join("tests/fixtures/faces").join(name)).expect("fixture fetched by scripts/bootstrap");
    let format = MediaFormat::sniff(&bytes).unwrap();
    decode_image(&bytes, format, &MediaLimits::default()).unwrap().frames.remove(0).image
}

fn faces_in(detector: &FaceDetector, name: &str) -> Vec<[f32; 4]> {
    let image = image(name);
    let started = Instant::now();
    let faces = detector.detect_faces(&image).unwrap();
    println!("{name}: {}×{}, {} faces in {:?}", image.width, image.height, faces.len(), started.elapsed());
    faces.iter().map(|f| f.bbox).collect()
}

#[test]
fn finds_one_face_in_each_portrait_and_most_of_a_group_photo() {
    let detector = detector();
    for portrait in ["newton.png", "gauss.png"] {
        let faces = faces_in(&detector, portrait);
        assert_eq!(faces.len(), 1, "{portrait}: {faces:?}");
        let [x1, y1, x2, y2] = faces[0];
        assert!(x2 - x1 > 50.0 && y2 - y1 > 50.0, "{portrait}: {faces:?}");
    }
    let group = faces_in(&detector, "solvay_conference_1927.jpg");
    assert!(group.len() >= 25, "the 1927 Solvay photograph shows 29 people; found {}", group.len());
}

#[test]
fn a_blank_image_has_no_face() {
    let detector = detector();
    let blank = veracity_domain::ports::RgbImage { width: 320, height: 240, pixels: vec![128; 320 * 240 * 3] };
    assert!(detector.detect_faces(&blank).unwrap().is_empty());
}

#[test]
fn scrfd_finds_the_portraits_faces_and_more_of_the_group_photo() {
    let scrfd = ScrfdDetector::load(&runtime()).unwrap();
    for portrait in ["newton.png", "gauss.png"] {
        let faces = scrfd.detect_faces(&image(portrait)).unwrap();
        assert_eq!(faces.len(), 1, "{portrait}: {faces:?}");
        let [x1, y1, x2, y2] = faces[0].bbox;
        assert!(x2 - x1 > 50.0 && y2 - y1 > 50.0 && faces[0].score > 0.5, "{portrait}: {faces:?}");
        let [left_eye, right_eye, ..] = faces[0].landmarks;
        assert!(left_eye[0] < right_eye[0] && x1 < left_eye[0] && right_eye[0] < x2, "landmarks inside the box: {faces:?}");
    }
    let group = scrfd.detect_faces(&image("solvay_conference_1927.jpg")).unwrap();
    println!("scrfd: {} faces in the Solvay photograph", group.len());
    assert!(group.len() >= 25, "the 1927 Solvay photograph shows 29 people; found {}", group.len());
    let blank = veracity_domain::ports::RgbImage { width: 320, height: 240, pixels: vec![128; 320 * 240 * 3] };
    assert!(scrfd.detect_faces(&blank).unwrap().is_empty());
}
