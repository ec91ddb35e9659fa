//! `veracity eval` on the CI fixture set, through the real binary, and the recorded evaluation
//! (`models/evaluation.json`, which `GET /v1/models` and the model card (docs/model-card.md) quote) checked
//! against what it measures now.
//!
//! The set: 8 real photographs (scikit-image's astronaut, coffee, chelsea, rocket and Hubble deep
//! field; the scrfd sdist's Newton, Gauss and 1927 Solvay portraits) and 5 copies of real
//! photographs carrying a generator's mark, made here the way generators write them: Stable
//! Diffusion PNG `parameters`, a ComfyUI `prompt` chunk, IPTC DigitalSourceType in XMP, signed
//! C2PA Content Credentials, and Stable Diffusion's invisible watermark. No registry package
//! ships genuinely generated images, so this set measures attribution and false alarms on real
//! photographs, not how well the classifiers recognise generated pixels: the model card says so.
//!
//! `make eval` (VERACITY_UPDATE_EVALUATION=1) rewrites the recorded evaluation from this run, the
//! model card's generated block (the tables `veracity eval` prints, from the recorded report)
//! and its plots (`veracity eval --plots`, into docs/images/eval/). Otherwise the test checks that
//! the card's block is what the recorded report renders, and that the plots were drawn.

use std::path::Path;
use std::process::Command;

use serde_json::Value;
use veracity_workers::evaluation::{EvalReport, render, score_sets};

use crate::support::detection::face;
use crate::support::fixtures::{c2pa_signed, c2pa_test_credentials, jpeg_of, with_png_text, with_xmp};
use crate::support::process::veracity_command;
use crate::support::repo_root;

const RECORDED: &str = "models/evaluation.json";
/// What the recorded report calls this set.
const SET_NAME: &str = "CI fixture set: 8 real photos, 5 marked copies (tests/e2e/evaluation.rs)";
/// Classifier scores can move in the last digits between CPUs (INT8 kernels differ).
const TOLERANCE: f64 = 0.03;

fn photo(name: &str) -> Vec<u8> {
    let path = repo_root().join("tests/fixtures/photos").join(name);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{} (fetched by scripts/bootstrap): {e}", path.display()))
}

fn write(dir: &Path, name: &str, bytes: &[u8]) {
    std::fs::create_dir_all(dir.join(name).parent().unwrap()).unwrap();
    std::fs::write(dir.join(name), bytes).unwrap();
}

fn make_set(dir: &Path) {
    for name in ["astronaut.png", "coffee.png", "chelsea.png", "rocket.jpg", "hubble_deep_field.jpg"] {
        write(dir, &format!("real/{name}"), &photo(name));
    }
    for name in ["newton.png", "gauss.png", "solvay_conference_1927.jpg"] {
        write(dir, &format!("real/{name}"), &face(name));
    }
    let params = "a cup of coffee on a saucer, studio photo\nSteps: 25, Sampler: Euler a, CFG scale: 7, Seed: 42, Size: 600x400, Model: v1-5-pruned-emaonly";
    write(dir, "fake/coffee-sd-parameters.png", &with_png_text(&photo("coffee.png"), "parameters", params));
    let workflow = r#"{"3": {"class_type": "KSampler", "inputs": {"seed": 7, "steps": 20, "cfg": 8}}, "4": {"class_type": "CheckpointLoaderSimple", "inputs": {"ckpt_name": "sd_xl_base_1.0.safetensors"}}}"#;
    write(dir, "fake/newton-comfyui.png", &with_png_text(&face("newton.png"), "prompt", workflow));
    let xmp = r#"<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description xmlns:Iptc4xmpExt="http://iptc.org/std/Iptc4xmpExt/2008-02-29/"><Iptc4xmpExt:DigitalSourceType>http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia</Iptc4xmpExt:DigitalSourceType></rdf:Description></rdf:RDF></x:xmpmeta>"#;
    write(dir, "fake/chelsea-xmp.jpg", &with_xmp(&jpeg_of(&photo("chelsea.png")), xmp));
    let keys = tempfile::tempdir().unwrap();
    let (_root, chain, key) = c2pa_test_credentials(keys.path());
    write(dir, "fake/rocket-c2pa.jpg", &c2pa_signed(&photo("rocket.jpg"), "image/jpeg", &chain, &key, "TestGen"));
    let marked = dir.join("fake/astronaut-sd-watermark.png");
    let status = Command::new(repo_root().join(".venv/bin/python"))
        .arg(repo_root().join("scripts/sd-watermark"))
        .arg(repo_root().join("tests/fixtures/photos/astronaut.png"))
        .arg(&marked)
        .status()
        .expect("the project's Python (scripts/bootstrap)");
    assert!(status.success(), "scripts/sd-watermark failed");
}

/// The model card, its generated block's markers, and where its plots live.
const CARD: &str = "docs/model-card.md";
const BEGIN: &str = "<!-- begin: `make eval` writes this block from models/evaluation.json; do not edit -->\n";
const END: &str = "<!-- end: `make eval` -->";
const PLOTS: &str = "docs/images/eval";

/// The card before its generated block (through the begin marker) and after it (from the end
/// marker).
fn card_parts(card: &str) -> (&str, &str) {
    let begin = card.find(BEGIN).unwrap_or_else(|| panic!("{CARD} has no line {BEGIN:?}")) + BEGIN.len();
    let end = card[begin..].find(END).unwrap_or_else(|| panic!("{CARD} has no line {END:?}")) + begin;
    (&card[..begin], &card[end..])
}

/// The scorers drawn: what `veracity eval --plots` writes, `<name>.png` each.
fn plot_names(report: &Value) -> Vec<String> {
    let report: EvalReport = serde_json::from_value(report.clone()).unwrap();
    score_sets(&report).into_iter().filter(|s| !s.scored.is_empty()).map(|s| s.id).collect()
}

/// The generated block: the tables `veracity eval` prints for the report, then its plots.
fn card_block(report: &Value) -> String {
    let parsed: EvalReport = serde_json::from_value(report.clone()).unwrap();
    let mut block = render(&parsed);
    block.push('\n');
    for name in plot_names(report) {
        block.push_str(&format!("![{name}: score distributions of real and fake files, and ROC curve](images/eval/{name}.png)\n"));
    }
    block
}

fn detector<'a>(report: &'a Value, id: &str) -> &'a Value {
    report["detectors"].as_array().unwrap().iter().find(|d| d["id"] == id).unwrap_or_else(|| panic!("no detector {id} in {report}"))
}

#[test]
fn veracity_eval_measures_the_fixture_set_and_the_recorded_numbers_are_what_it_measures() {
    let dir = tempfile::tempdir().unwrap();
    let set = dir.path().join("set");
    make_set(&set);
    let json = dir.path().join("report.json");
    let plots = dir.path().join("plots");
    let output = veracity_command(&repo_root())
        .args([
            "eval",
            set.to_str().unwrap(),
            "--check",
            "ai-generated",
            "--json",
            json.to_str().unwrap(),
            "--plots",
            plots.to_str().unwrap(),
        ])
        .output()
        .unwrap();
    let table = String::from_utf8_lossy(&output.stdout);
    assert!(output.status.success(), "veracity eval failed: {}\n{table}", String::from_utf8_lossy(&output.stderr));
    println!("{table}");
    assert!(table.contains("| **fused verdict** |"), "{table}");
    let mut report: Value = serde_json::from_slice(&std::fs::read(&json).unwrap()).unwrap();
    assert_eq!(report["failed"], 0, "{report}");
    assert_eq!(report["samples"].as_array().unwrap().len(), 13);

    // Attribution never fires on a real photograph, and every mark is found by its reader.
    for id in ["metadata-provenance", "sd-watermark"] {
        let m = &detector(&report, id)["metrics"];
        assert_eq!(m["false_positive_rate"], 0.0, "{id}: {m}");
        assert_eq!(m["precision"], 1.0, "{id}: {m}");
    }
    assert_eq!(detector(&report, "metadata-provenance")["metrics"]["recall"], 0.8, "4 of the 5 marks are metadata or C2PA");
    assert_eq!(detector(&report, "sd-watermark")["metrics"]["recall"], 0.2, "1 of the 5 marks is the watermark");
    for sample in report["samples"].as_array().unwrap().iter().filter(|s| s["label"] == "fake") {
        assert!(sample["generator"].is_string(), "every marked copy is attributed: {sample}");
    }
    assert_eq!(report["fused"]["recall"], 1.0, "{}", report["fused"]);

    // One plot per scorer: each detector with metrics, and the fused verdict.
    let drawn = plot_names(&report);
    assert!(drawn.len() >= 4 && drawn.contains(&"fused".to_owned()), "{drawn:?}");
    for name in &drawn {
        let png = image::open(plots.join(format!("{name}.png"))).unwrap_or_else(|e| panic!("plot {name}: {e}"));
        assert_eq!((png.width(), png.height()), (960, 380));
        let colours: std::collections::HashSet<_> = png.to_rgb8().pixels().map(|p| p.0).collect();
        assert!(colours.len() > 20, "plot {name} has text, axes and bars, not a blank canvas");
    }

    report["folder"] = SET_NAME.into();
    let recorded_path = repo_root().join(RECORDED);
    if std::env::var_os("VERACITY_UPDATE_EVALUATION").is_some() {
        std::fs::write(&recorded_path, serde_json::to_string_pretty(&report).unwrap() + "\n").unwrap();
        let images = repo_root().join(PLOTS);
        std::fs::create_dir_all(&images).unwrap();
        for name in &drawn {
            std::fs::copy(plots.join(format!("{name}.png")), images.join(format!("{name}.png"))).unwrap();
        }
        let card = std::fs::read_to_string(repo_root().join(CARD)).unwrap();
        let (before, after) = card_parts(&card);
        std::fs::write(repo_root().join(CARD), format!("{before}{}{after}", card_block(&report))).unwrap();
        return;
    }
    let recorded: Value =
        serde_json::from_slice(&std::fs::read(&recorded_path).unwrap_or_else(|e| panic!("{RECORDED}: {e} (make eval writes it)")))
            .expect("the recorded evaluation is JSON");
    assert_eq!(recorded["folder"], SET_NAME, "{RECORDED} records another set; run make eval");
    // The model card's table and plots are what the recorded evaluation says.
    let card = std::fs::read_to_string(repo_root().join(CARD)).unwrap();
    let (before, after) = card_parts(&card);
    assert_eq!(&card[before.len()..card.len() - after.len()], card_block(&recorded), "{CARD} lags {RECORDED}: run make eval");
    // ... and its plots are what the recorded report draws (to within anti-aliasing: fonts may
    // differ by a pixel between machines).
    let parsed: EvalReport = serde_json::from_value(recorded.clone()).unwrap();
    for set in score_sets(&parsed).into_iter().filter(|s| !s.scored.is_empty()) {
        let path = repo_root().join(PLOTS).join(format!("{}.png", set.id));
        let committed = image::open(&path).unwrap_or_else(|e| panic!("{}: {e}: run make eval", path.display())).to_rgb8();
        let drawn = veracity::eval_plots::draw(&set.id, set.auc, &set.scored).unwrap();
        let drawn = image::load_from_memory(&drawn).unwrap().to_rgb8();
        assert_eq!(committed.dimensions(), drawn.dimensions(), "{}: run make eval", path.display());
        let differing = committed.pixels().zip(drawn.pixels()).filter(|(a, b)| a != b).count();
        assert!(
            differing * 200 < committed.len() / 3,
            "{}: {differing} pixels differ from the recorded report's plot: run make eval",
            path.display()
        );
    }
    let rows = |r: &Value| -> Vec<(String, Value)> {
        let mut rows: Vec<(String, Value)> =
            r["detectors"].as_array().unwrap().iter().map(|d| (d["id"].as_str().unwrap().to_owned(), d["metrics"].clone())).collect();
        rows.push(("fused".into(), r["fused"].clone()));
        rows
    };
    let (now, then) = (rows(&report), rows(&recorded));
    assert_eq!(
        now.iter().map(|r| &r.0).collect::<Vec<_>>(),
        then.iter().map(|r| &r.0).collect::<Vec<_>>(),
        "detectors changed; run make eval"
    );
    for ((id, now), (_, then)) in now.iter().zip(&then) {
        for metric in ["auc", "accuracy", "precision", "recall", "false_positive_rate"] {
            let (a, b) = (now[metric].as_f64(), then[metric].as_f64());
            let close = match (a, b) {
                (Some(a), Some(b)) => (a - b).abs() <= TOLERANCE,
                (None, None) => true,
                _ => false,
            };
            assert!(close, "{id} {metric}: measured {a:?}, {RECORDED} says {b:?}; run make eval and update the model card");
        }
    }
}
