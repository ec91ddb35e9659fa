//! The speech features in Rust against audiosentinel's own (librosa) on a committed clip
//! (`scripts/make-speech-fixture` made both), and its forest run through ONNX Runtime.

use std::path::PathBuf;

use veracity_domain::detection::{AnalysisType, Check, MediaFormat, MediaLimits};
use veracity_domain::ports::{DetectRequest, Detector};
use veracity_media::decode_audio;
use veracity_media::onnx::speech_features::FeatureExtractor;
use veracity_media::onnx::{OnnxRuntime, RuntimeSettings, SpeechForest};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

#[test]
fn features_match_librosa_and_the_forest_agrees_with_scikit_learn() {
    let reference: serde_json::Value =
        serde_json::from_slice(&std::fs::read(root().join("tests/fixtures/speech-features.json")).unwrap()).unwrap();
    let bytes = std::fs::read(root().join("tests/fixtures").join(reference["file"].as_str().unwrap())).unwrap();
    let media = decode_audio(&bytes, MediaFormat::sniff(&bytes).unwrap(), &MediaLimits::default()).unwrap();
    let clip = media.audio.as_ref().unwrap();
    assert_eq!(clip.sample_rate, 24_000);
    let ours = FeatureExtractor::new().features(&clip.samples).expect("features");
    let theirs = reference["features"].as_object().unwrap();
    assert_eq!(theirs.len(), ours.len());
    // serde_json keeps the file's order (preserve_order is not on): match by the package's order.
    let order = ["temporal", "spectral", "phase"];
    let mut names: Vec<String> =
        order.iter().flat_map(|n| ["mean", "std", "q25", "q75", "min", "max"].map(|s| format!("{n}_{s}"))).collect();
    names.extend((1..=13).flat_map(|i| [format!("mfcc{i}_mean"), format!("mfcc{i}_std")]));
    names.extend(["zcr", "rms", "centroid", "rolloff"].iter().flat_map(|n| [format!("{n}_mean"), format!("{n}_std")]));
    for (name, value) in names.iter().zip(ours) {
        let expected = theirs[name].as_f64().unwrap();
        // librosa computes in float32; these are f64 until the end.
        let tolerance = 1e-3 * expected.abs().max(1.0);
        assert!((f64::from(value) - expected).abs() <= tolerance, "{name}: ours {value}, librosa {expected}");
    }

    let library = std::env::var_os("ORT_DYLIB_PATH").expect("ORT_DYLIB_PATH (source scripts/env.sh, or run make test)");
    let runtime = OnnxRuntime::load(RuntimeSettings {
        library: library.into(),
        models_dir: root().join("models"),
        intra_threads: 1,
        concurrent_jobs: 1,
    })
    .unwrap();
    let forest = SpeechForest::load(&runtime).unwrap();
    let p = forest.probabilities(&[ours]).unwrap()[0];
    let sklearn = reference["prob_ai"].as_f64().unwrap() as f32;
    assert!((p - sklearn).abs() <= 0.02, "ONNX forest P(AI) {p}, scikit-learn {sklearn}");

    let request = DetectRequest { check: Check::Deepfake, analysis_type: AnalysisType::default(), details: false };
    let out = forest.detect(&media, request, &[]).unwrap();
    let score = out.evidence[0].score;
    assert!((score - sklearn).abs() <= 0.05, "the 3 s clip is one window: {score} vs {sklearn}");
    assert_eq!(out.model.unwrap().version, "audiosentinel-0.1.0");
}
