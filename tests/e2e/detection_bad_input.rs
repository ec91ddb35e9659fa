//! A corpus of bad inputs: each gets its documented 4xx, and the server keeps serving.

use reqwest::StatusCode;
use serde_json::Value;

use crate::support::TestApp;
use crate::support::app::spawn_app;
use crate::support::detection::{face, form, media};
use crate::support::fixtures::png_claiming;

/// Deterministic noise (xorshift), so a failure reproduces.
fn noise(len: usize) -> Vec<u8> {
    let mut x = 0x2545_F491_4F6C_DD1Du64;
    (0..len)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x as u8
        })
        .collect()
}

async fn still_serving(app: &TestApp, after: &str) {
    let health = app.get("/healthz").await;
    assert_eq!(health.status(), 200, "the server stopped serving after {after}");
}

#[tokio::test]
async fn every_bad_input_gets_its_documented_error_and_the_server_keeps_serving() {
    let app = spawn_app().await;
    let key = app.detect_key().await;
    let jpeg = face("solvay_conference_1927.jpg");
    let mut mp4_header_then_noise = b"\x00\x00\x00\x20ftypisom\x00\x00\x02\x00isomiso2avc1mp41".to_vec();
    mp4_header_then_noise.extend(noise(64 * 1024));
    let cases: Vec<(&str, &str, Vec<u8>, StatusCode, &str)> = vec![
        ("empty file", "/v1/detect/image", Vec::new(), StatusCode::BAD_REQUEST, "FILE_MISSING"),
        ("truncated JPEG", "/v1/detect/image", jpeg[..jpeg.len() / 3].to_vec(), StatusCode::BAD_REQUEST, "INVALID_FILE_FORMAT"),
        ("PNG claiming 100000x100000", "/v1/detect/image", png_claiming(100_000, 100_000), StatusCode::PAYLOAD_TOO_LARGE, "FILE_TOO_LARGE"),
        ("mp4 of random bytes", "/v1/detect/video", noise(256 * 1024), StatusCode::UNSUPPORTED_MEDIA_TYPE, "UNSUPPORTED_MEDIA_TYPE"),
        ("mp4 header then random bytes", "/v1/detect/video", mp4_header_then_noise, StatusCode::BAD_REQUEST, "INVALID_FILE_FORMAT"),
        (
            "PDF renamed .jpg",
            "/v1/detect/image",
            b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n".to_vec(),
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "UNSUPPORTED_MEDIA_TYPE",
        ),
        ("zero-length audio", "/v1/detect/audio", media("empty.wav"), StatusCode::BAD_REQUEST, "INVALID_FILE_FORMAT"),
        ("audio sent as an image", "/v1/detect/image", media("tone.wav"), StatusCode::UNSUPPORTED_MEDIA_TYPE, "UNSUPPORTED_MEDIA_TYPE"),
    ];
    let names = ["photo.jpg", "photo.jpg", "huge.png", "clip.mp4", "clip.mp4", "photo.jpg", "voice.wav", "photo.jpg"];
    for ((what, path, bytes, status, code), name) in cases.into_iter().zip(names) {
        let response = app
            .http
            .post(app.url(path))
            .bearer_auth(&key)
            .header("Prefer", "wait=30")
            .multipart(form("file", name, bytes))
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), status, "{what}");
        assert_eq!(response.headers()["content-type"], "application/problem+json", "{what}");
        let problem: Value = response.json().await.unwrap();
        assert_eq!(problem["code"], code, "{what}: {problem}");
        assert!(problem["request_id"].is_string(), "{what}: {problem}");
        // Errors found while decoding belong to a job, which the client can look up.
        if code == "INVALID_FILE_FORMAT" {
            assert!(problem["job_id"].is_string(), "{what}: {problem}");
        }
        still_serving(&app, what).await;
    }

    // A 60 MB body is refused while it streams in, not after.
    let mut big = b"\x00\x00\x00\x20ftypisom\x00\x00\x02\x00isomiso2avc1mp41".to_vec();
    big.resize(60 * 1024 * 1024, 0);
    let response = app.http.post(app.url("/v1/detect/video")).bearer_auth(&key).multipart(form("file", "big.mp4", big)).send().await;
    match response {
        Ok(response) => {
            assert_eq!(response.status(), StatusCode::PAYLOAD_TOO_LARGE);
            let problem: Value = response.json().await.unwrap();
            assert!(matches!(problem["code"].as_str(), Some("FILE_TOO_LARGE" | "PAYLOAD_TOO_LARGE")), "{problem}");
        }
        // The server may answer and close before the client finished sending; that is fine.
        Err(e) => assert!(e.is_request() || e.is_body(), "{e}"),
    }
    still_serving(&app, "a 60 MB body").await;

    for (what, body) in [("garbage JSON", "{\"media_url\": "), ("an empty JSON body", ""), ("JSON of the wrong shape", "[1, 2, 3]")] {
        let response = app
            .http
            .post(app.url("/v1/detect/image"))
            .bearer_auth(&key)
            .header("content-type", "application/json")
            .body(body)
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), StatusCode::BAD_REQUEST, "{what}");
        let problem: Value = response.json().await.unwrap();
        assert_eq!(problem["code"], "MALFORMED_JSON", "{what}: {problem}");
        still_serving(&app, what).await;
    }

    // After all that, good media is still analysed.
    let response = app
        .http
        .post(app.url("/v1/detect/image"))
        .bearer_auth(&key)
        .multipart(form("file", "newton.png", face("newton.png")))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    app.stop().await;
}
