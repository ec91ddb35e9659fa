//! Provenance and attribution on real photographs: each way a generator marks its output
//! (Stable Diffusion's PNG `parameters`, IPTC DigitalSourceType in XMP, a signed C2PA manifest,
//! Stable Diffusion's invisible watermark) is added to a real photo, and the result must name
//! the generator with the right `source`; the same photo without the mark names none.

use std::process::Command;

use serde_json::Value;

use crate::support::app::{AppOptions, TestApp, spawn_app, spawn_app_with};
use crate::support::detection::{face, form};
use crate::support::ffmpeg::make;
use crate::support::fixtures::{c2pa_signed, c2pa_test_credentials, jpeg_of, with_png_text, with_xmp};
use crate::support::repo_root;

/// Posts `bytes` as `name` to `path` and returns the completed job.
async fn analyse_at(app: &TestApp, path: &str, key: &str, name: &str, bytes: Vec<u8>) -> Value {
    let request = app.http.post(app.url(path)).bearer_auth(key).header("Prefer", "wait=60");
    let response = request.multipart(form("file", name, bytes)).send().await.unwrap();
    assert_eq!(response.status(), 200, "{name}");
    let job: Value = response.json().await.unwrap();
    assert_eq!(job["status"], "completed", "{name}: {job}");
    job
}

/// An image through `/v1/detect/ai-media`.
async fn analyse(app: &TestApp, key: &str, name: &str, bytes: Vec<u8>) -> Value {
    analyse_at(app, "/v1/detect/ai-media", key, name, bytes).await
}

/// Any media through `/v1/detect`.
async fn analyse_any(app: &TestApp, key: &str, name: &str, bytes: Vec<u8>) -> Value {
    analyse_at(app, "/v1/detect", key, name, bytes).await
}

fn source_of(job: &Value) -> Option<&str> {
    job["generator"]["source"].as_str()
}

#[tokio::test]
async fn png_parameters_and_xmp_digital_source_type_name_the_generator_and_clean_photos_name_none() {
    let app = spawn_app().await;
    let key = app.detect_key().await;

    let clean_png = face("newton.png");
    let sd = with_png_text(
        &clean_png,
        "parameters",
        "portrait of an old scientist, oil painting\nNegative prompt: blurry\nSteps: 30, Sampler: DPM++ 2M Karras, CFG scale: 7, Seed: 1234, Size: 768x1024, Model: sd_xl_base_1.0",
    );
    let job = analyse(&app, &key, "sd.png", sd).await;
    assert_eq!(source_of(&job), Some("png:parameters"), "{job}");
    assert_eq!(job["generator"]["name"], "Stable Diffusion");
    assert_eq!(job["verdict"], "synthetic", "a generator's own record is decisive: {job}");
    // AUTOMATIC1111 writes the whole prompt and negative prompt before `Steps:`: the rules read
    // the value whole (a result stores it cut to 200 characters).
    let long_prompt = format!(
        "{}\nNegative prompt: {}\nSteps: 28, Sampler: DPM++ 2M Karras, CFG scale: 6.5, Seed: 4242, Size: 768x1024",
        "masterpiece, best quality, portrait of an elderly physicist in a dark coat, dramatic lighting, ".repeat(6),
        "lowres, bad anatomy, bad hands, text, error, missing fingers, cropped, worst quality, ".repeat(4)
    );
    let job = analyse(&app, &key, "a1111.png", with_png_text(&clean_png, "parameters", &long_prompt)).await;
    assert_eq!(source_of(&job), Some("png:parameters"), "{job}");
    let stored = job["media"]["metadata"]["png:parameters"].as_str().unwrap();
    assert!(stored.chars().count() <= 200 && stored.ends_with('…'), "{stored}");
    let job = analyse(&app, &key, "newton.png", clean_png).await;
    assert_eq!(job["generator"], Value::Null, "{job}");

    let clean_jpeg = jpeg_of(&face("gauss.png"));
    let xmp = r#"<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description xmlns:Iptc4xmpExt="http://iptc.org/std/Iptc4xmpExt/2008-02-29/" xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmp:CreatorTool="Adobe Firefly"><Iptc4xmpExt:DigitalSourceType>http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia</Iptc4xmpExt:DigitalSourceType></rdf:Description></rdf:RDF></x:xmpmeta>"#;
    let job = analyse(&app, &key, "firefly.jpg", with_xmp(&clean_jpeg, xmp)).await;
    assert_eq!(source_of(&job), Some("xmp:DigitalSourceType"), "{job}");
    assert_eq!(job["generator"]["name"], "Adobe Firefly");
    let job = analyse(&app, &key, "gauss.jpg", clean_jpeg).await;
    assert_eq!(job["generator"], Value::Null, "{job}");
}

/// The watermark is embedded at test time by the `invisible-watermark` package itself
/// (`scripts/sd-watermark`, Stable Diffusion's own code path), into a real photograph. (Not
/// into newton.png: that portrait's dark, grey background clips the chroma change, and the
/// package's own decoder cannot read the mark back from it either.)
#[tokio::test]
async fn the_stable_diffusion_invisible_watermark_names_the_generator_and_the_unmarked_photo_names_none() {
    let dir = tempfile::tempdir().unwrap();
    let marked = dir.path().join("newton-marked.png");
    let python = repo_root().join(".venv/bin/python");
    let status = Command::new(&python)
        .arg(repo_root().join("scripts/sd-watermark"))
        .arg(repo_root().join("tests/fixtures/faces/gauss.png"))
        .arg(&marked)
        .status()
        .unwrap_or_else(|e| panic!("{} (installed by scripts/bootstrap): {e}", python.display()));
    assert!(status.success(), "scripts/sd-watermark failed");

    let app = spawn_app().await;
    let key = app.detect_key().await;
    let job = analyse(&app, &key, "marked.png", std::fs::read(&marked).unwrap()).await;
    assert_eq!(source_of(&job), Some("sd-watermark"), "{job}");
    assert_eq!(job["generator"]["name"], "Stable Diffusion");
    let job = analyse(&app, &key, "gauss.png", face("gauss.png")).await;
    assert_eq!(job["generator"], Value::Null, "{job}");
    // Re-saved by Pillow with a compressed text chunk: the pixels, and so the mark, are kept.
    let job = analyse(&app, &key, "resaved.png", pillow_resave(&std::fs::read(&marked).unwrap(), "PNG")).await;
    assert_eq!(source_of(&job), Some("sd-watermark"), "re-saved by Pillow: {job}");
    // A JPEG at quality 95 with full-resolution chroma (4:4:4, what the `image` crate writes)
    // keeps it readable. (With 4:2:0 chroma, most cameras' and OpenCV's default, the package's
    // own decoder reads 27 of 48 bits wrong even at quality 98: the model card says so.)
    let job = analyse(&app, &key, "marked.jpg", jpeg_of(&std::fs::read(&marked).unwrap())).await;
    assert_eq!(source_of(&job), Some("sd-watermark"), "JPEG q95 4:4:4 of the marked image: {job}");
}

/// A C2PA manifest made at test time with the `c2pa` crate, signed by a certificate from a test
/// CA that the app is configured to trust; then the same file with its pixels changed after
/// signing, the photo without any manifest, and the signed file re-saved by Pillow.
#[tokio::test]
async fn signed_content_credentials_declaring_generative_ai_name_the_generator_and_their_validity_is_reported() {
    let dir = tempfile::tempdir().unwrap();
    let (root, chain, key_pem) = c2pa_test_credentials(dir.path());
    let anchors = dir.path().join("anchors.pem");
    std::fs::write(&anchors, root).unwrap();
    let clean = jpeg_of(&face("gauss.png"));
    let signed = c2pa_signed(&clean, "image/jpeg", &chain, &key_pem, "TestGen");

    let app =
        spawn_app_with(AppOptions { tweak: Some(Box::new(move |c| c.models.c2pa_trust_anchors = Some(anchors))), ..AppOptions::default() })
            .await;
    let key = app.detect_key().await;
    let job = analyse(&app, &key, "signed.jpg", signed.clone()).await;
    assert_eq!(source_of(&job), Some("c2pa"), "{job}");
    assert_eq!(job["generator"]["name"], "TestGen 1.0");
    let credentials = &job["media"]["content_credentials"];
    assert_eq!(credentials["validation"], "trusted", "{credentials}");
    assert_eq!(credentials["digital_source_type"], "trainedAlgorithmicMedia");
    assert_eq!(credentials["actions"][0], "c2pa.created");
    assert_eq!(credentials["signer"], "TestGen Labs");
    assert_eq!(job["verdict"], "synthetic", "{job}");

    // Pixels changed after signing: the manifest no longer matches; still reported, not decisive.
    let mut tampered = signed;
    let at = tampered.len() - 200;
    tampered[at] ^= 0x01;
    let job = analyse(&app, &key, "tampered.jpg", tampered).await;
    assert_eq!(job["media"]["content_credentials"]["validation"], "invalid", "{job}");
    assert_eq!(job["generator"]["confidence"].as_f64().map(|c| (c * 100.0).round()), Some(70.0), "{job}");

    let job = analyse(&app, &key, "gauss.jpg", clean).await;
    assert_eq!(job["generator"], Value::Null, "{job}");
    assert_eq!(job["media"]["content_credentials"], Value::Null, "{job}");

    // A manifest is bound to the file's bytes and lives in segments an ordinary re-save drops:
    // after Pillow re-encodes the signed JPEG there is nothing left to read, and nothing is claimed.
    let signed = c2pa_signed(&jpeg_of(&face("gauss.png")), "image/jpeg", &chain, &key_pem, "TestGen");
    let job = analyse(&app, &key, "resaved.jpg", pillow_resave(&signed, "JPEG")).await;
    assert_eq!((&job["generator"], &job["media"]["content_credentials"]), (&Value::Null, &Value::Null), "{job}");
}

/// `bytes` opened and saved again by Pillow as `format`: a PNG with a compressed text chunk
/// (zTXt), a JPEG at quality 95.
fn pillow_resave(bytes: &[u8], format: &str) -> Vec<u8> {
    let dir = tempfile::tempdir().unwrap();
    let (input, output) = (dir.path().join("in"), dir.path().join("out"));
    std::fs::write(&input, bytes).unwrap();
    let code = "import sys\nfrom PIL import Image, PngImagePlugin\nim = Image.open(sys.argv[1])\ninfo = PngImagePlugin.PngInfo()\n\
                info.add_text('Comment', 're-saved', zip=True)\nim.save(sys.argv[2], sys.argv[3], pnginfo=info, quality=95)\n";
    let status = Command::new(repo_root().join(".venv/bin/python"))
        .args(["-c", code])
        .arg(&input)
        .arg(&output)
        .arg(format)
        .status()
        .expect("the project's Python with Pillow (scripts/bootstrap)");
    assert!(status.success(), "Pillow re-save failed");
    std::fs::read(output).unwrap()
}

fn has_signal(job: &Value, name: &str) -> bool {
    job["signals"].as_array().is_some_and(|signals| signals.iter().any(|s| s["name"] == name))
}

/// Every kind of metadata mark, written by the tool (or the library call) that writes it in the
/// wild and then re-saved by Pillow with compressed PNG text (`scripts/provenance-fixtures`):
/// each is still attributed to its generator with the right `source`. A camera JPEG names none
/// and is not `exif_stripped`; the marked PNGs are.
#[tokio::test]
async fn marks_written_by_the_producing_tools_survive_a_pillow_re_save_with_compressed_text() {
    let dir = tempfile::tempdir().unwrap();
    let python = repo_root().join(".venv/bin/python");
    let status = Command::new(&python)
        .arg(repo_root().join("scripts/provenance-fixtures"))
        .arg(repo_root().join("tests/fixtures/photos/coffee.png"))
        .arg(dir.path())
        .status()
        .unwrap_or_else(|e| panic!("{} (installed by scripts/bootstrap): {e}", python.display()));
    assert!(status.success(), "scripts/provenance-fixtures failed (needs Pillow, piexif and exiftool: scripts/bootstrap)");
    let read = |name: &str| std::fs::read(dir.path().join(name)).unwrap();
    let png = read("a1111.png");
    let has = |bytes: &[u8], chunk: &[u8]| bytes.windows(4).any(|w| w == chunk);
    assert!(has(&png, b"zTXt") && !has(&png, b"tEXt"), "Pillow re-saved the PNG text compressed");
    assert!(has(&read("firefly-xmp.png"), b"iTXt"));

    let app = spawn_app().await;
    let key = app.detect_key().await;
    let expected = [
        ("a1111.png", "png:parameters", "Stable Diffusion"),
        ("comfyui.png", "png:prompt", "ComfyUI"),
        ("invokeai.png", "png:invokeai_metadata", "InvokeAI"),
        ("novelai.png", "png:Software", "NovelAI"),
        ("fooocus.png", "png:fooocus_scheme", "Fooocus"),
        ("swarmui.png", "png:parameters", "SwarmUI"),
        ("ai-system.jpg", "xmp:AISystemUsed", "Imagen 3"),
        ("firefly-xmp.png", "xmp:DigitalSourceType", "Adobe Firefly"),
        ("a1111.jpg", "exif:UserComment", "Stable Diffusion"),
        ("a1111.webp", "exif:UserComment", "Stable Diffusion"),
        ("midjourney-xmp.jpg", "xmp:DigitalSourceType", "Midjourney"),
        ("midjourney-xmp.webp", "xmp:DigitalSourceType", "Midjourney"),
        ("extended-xmp.kept.jpg", "xmp:DigitalSourceType", "Adobe Firefly"),
        ("sora-xmp.mp4", "xmp:DigitalSourceType", "OpenAI Sora"),
    ];
    for (name, source, generator) in expected {
        let job = analyse_any(&app, &key, name, read(name)).await;
        assert_eq!((source_of(&job), job["generator"]["name"].as_str()), (Some(source), Some(generator)), "{name}: {job}");
        assert_eq!(job["verdict"], "synthetic", "{name}: a generator's own record is decisive: {job}");
    }
    let job = analyse_any(&app, &key, "a1111.png", png).await;
    assert_eq!(job["media"]["exif_stripped"], true, "{job}");
    assert!(has_signal(&job, "exif_stripped"), "{job}");
    let stripped = job["signals"].as_array().unwrap().iter().find(|s| s["name"] == "exif_stripped").unwrap();
    assert!(stripped["score"].is_null() && stripped["contribution"].is_null(), "reported, never weighed: {stripped}");

    let job = analyse_any(&app, &key, "camera.jpg", read("camera.jpg")).await;
    assert_eq!(job["generator"], Value::Null, "{job}");
    assert_eq!(job["media"]["exif_stripped"], false, "{job}");
    assert_eq!(job["media"]["metadata"]["exif:Make"], "Canon", "{job}");
    assert!(!has_signal(&job, "exif_stripped"), "{job}");
    let job = analyse_any(&app, &key, "video.mp4", read("sora-xmp.mp4")).await;
    assert_eq!(job["media"]["exif_stripped"], Value::Null, "images only: {job}");
}

/// C2PA manifests in video and audio files (MP4, WAV, MP3), signed at test time with the `c2pa`
/// crate, name their generator as they do in images.
#[tokio::test]
async fn content_credentials_in_video_and_audio_name_the_generator() {
    let dir = tempfile::tempdir().unwrap();
    let (_root, chain, key) = c2pa_test_credentials(dir.path());
    let wav = std::fs::read(repo_root().join("tests/fixtures/media/voiced.wav")).unwrap();
    let mp4 = make(
        dir.path(),
        &["-f", "lavfi", "-i", "testsrc=size=320x240:rate=5", "-t", "2", "-pix_fmt", "yuv420p", "-c:v", "libx264"],
        "clip.mp4",
    );
    let mp3 = make(dir.path(), &["-f", "lavfi", "-i", "sine=frequency=440:duration=2", "-c:a", "libmp3lame"], "tone.mp3");

    let app = spawn_app().await;
    let api_key = app.detect_key().await;
    for (name, mime, bytes) in [("clip.mp4", "video/mp4", mp4), ("voice.wav", "audio/wav", wav), ("tone.mp3", "audio/mpeg", mp3)] {
        let signed = c2pa_signed(&bytes, mime, &chain, &key, "TestGen");
        let job = analyse_any(&app, &api_key, name, signed).await;
        assert_eq!((source_of(&job), job["generator"]["name"].as_str()), (Some("c2pa"), Some("TestGen 1.0")), "{name}: {job}");
        assert_eq!(job["media"]["content_credentials"]["validation"], "valid", "{name}: signed, by a signer not in the trust list: {job}");
        let job = analyse_any(&app, &api_key, name, bytes).await;
        assert_eq!(job["generator"], Value::Null, "{name} unsigned: {job}");
    }
}
