//! `media_url`: fetched from a loopback test server when the test switch allows loopback, and
//! refused for internal addresses (literal, resolved, or reached by a redirect) otherwise.

use std::net::SocketAddr;

use poem::http::StatusCode as PoemStatus;
use poem::listener::{Acceptor, Listener, TcpListener};
use poem::web::{Path, Redirect};
use poem::{Body, Response, Route, Server, get, handler};
use reqwest::StatusCode;
use serde_json::{Value, json};
use tokio_util::sync::CancellationToken;

use crate::support::accounts::code_of;
use crate::support::app::{AppOptions, spawn_app, spawn_app_with};
use crate::support::detection::{face, form};

#[handler]
fn newton() -> Response {
    Response::builder().content_type("text/plain").body(face("newton.png"))
}

/// The portrait, a second and a half late: longer than an impatient client waits.
#[handler]
async fn slow_newton() -> Response {
    tokio::time::sleep(std::time::Duration::from_millis(1500)).await;
    Response::builder().content_type("image/png").body(face("newton.png"))
}

#[handler]
fn redirect_to(Path(hops): Path<u32>) -> Redirect {
    if hops == 0 { Redirect::temporary("/newton.png") } else { Redirect::temporary(format!("/hops/{}", hops - 1)) }
}

#[handler]
fn to_private() -> Redirect {
    Redirect::temporary("http://10.0.0.1/newton.png")
}

#[handler]
fn to_metadata() -> Redirect {
    Redirect::see_other("http://169.254.169.254/latest/meta-data/iam/")
}

#[handler]
fn huge_jpeg() -> Body {
    // 30 MB of JPEG-looking bytes, more than any image may be: the fetch stops at the cap.
    let mut head = vec![0xFF, 0xD8, 0xFF, 0xE0];
    head.resize(30 * 1024 * 1024, 0);
    Body::from(head)
}

#[handler]
fn not_found() -> PoemStatus {
    PoemStatus::NOT_FOUND
}

/// A plain-HTTP media server on 127.0.0.1:0, stopped when the token is cancelled.
async fn media_server() -> (SocketAddr, CancellationToken) {
    let acceptor = TcpListener::bind("127.0.0.1:0").into_acceptor().await.unwrap();
    let addr = acceptor.local_addr()[0].as_socket_addr().copied().unwrap();
    let routes = Route::new()
        .at("/newton.png", get(newton))
        .at("/slow.png", get(slow_newton))
        .at("/hops/:hops", get(redirect_to))
        .at("/to-private", get(to_private))
        .at("/to-metadata", get(to_metadata))
        .at("/huge.jpg", get(huge_jpeg))
        .at("/gone.png", get(not_found));
    let stop = CancellationToken::new();
    let signal = stop.clone();
    tokio::spawn(
        async move { Server::new_with_acceptor(acceptor).run_with_graceful_shutdown(routes, signal.cancelled_owned(), None).await },
    );
    (addr, stop)
}

/// An app whose `media_url` fetches may reach this test's plain-HTTP loopback server.
async fn loopback_app() -> crate::support::TestApp {
    spawn_app_with(AppOptions {
        tweak: Some(Box::new(|config| {
            config.detection.media_url_allow_http = true;
            config.detection.media_url_allow_loopback = true;
        })),
        ..AppOptions::default()
    })
    .await
}

#[tokio::test]
async fn media_url_is_fetched_from_loopback_only_with_the_test_switch() {
    let app = loopback_app().await;
    let (server, stop) = media_server().await;
    let key = app.detect_key().await;
    let detect = |url: String| {
        app.http.post(app.url("/v1/detect/image/url")).bearer_auth(&key).json(&json!({"media_url": url, "analysis_type": "FACE"})).send()
    };

    // Content-Type lies (text/plain); the bytes are a PNG and are treated as one.
    let response = detect(format!("http://{server}/newton.png?X-Amz-Signature=secret")).await.unwrap();
    assert_eq!(response.status(), 200);
    let job: Value = response.json().await.unwrap();
    assert_eq!(job["status"], "completed", "{job}");
    assert_eq!(job["media"]["format"], "png");
    assert_eq!(job["faces"].as_array().unwrap().len(), 1);
    // The recorded source drops the query string (pre-signed links carry credentials there).
    assert_eq!(job["source"], format!("http://{server}/newton.png"), "{job}");

    // The same through the upload operation's `media_url` form field; a file and a URL together
    // are refused.
    let url = format!("http://{server}/newton.png");
    let fields = reqwest::multipart::Form::new().text("media_url", url.clone());
    let response = app.http.post(app.url("/v1/detect/image")).bearer_auth(&key).multipart(fields).send().await.unwrap();
    assert_eq!(response.status(), 200);
    let both = form("file", "newton.png", face("newton.png")).text("media_url", url);
    let response = app.http.post(app.url("/v1/detect/image")).bearer_auth(&key).multipart(both).send().await.unwrap();
    assert_eq!(code_of(response, StatusCode::BAD_REQUEST).await, "INVALID_REQUEST");

    // Up to three redirects are followed; a fourth is refused.
    let three = detect(format!("http://{server}/hops/2")).await.unwrap();
    assert_eq!(three.status(), 200);
    let four = detect(format!("http://{server}/hops/3")).await.unwrap();
    assert_eq!(code_of(four, StatusCode::BAD_REQUEST).await, "MEDIA_URL_REFUSED");

    // The switch lets loopback through, nothing else: redirects to internal addresses are refused.
    for path in ["to-private", "to-metadata"] {
        let response = detect(format!("http://{server}/{path}")).await.unwrap();
        assert_eq!(response.status(), StatusCode::BAD_REQUEST, "{path}");
        let problem: Value = response.json().await.unwrap();
        assert_eq!(problem["code"], "MEDIA_URL_REFUSED", "{path}: {problem}");
        assert!(problem["detail"].as_str().unwrap().contains("redirect"), "{problem}");
    }

    let huge = detect(format!("http://{server}/huge.jpg")).await.unwrap();
    assert_eq!(code_of(huge, StatusCode::PAYLOAD_TOO_LARGE).await, "FILE_TOO_LARGE");
    let gone = detect(format!("http://{server}/gone.png")).await.unwrap();
    assert_eq!(code_of(gone, StatusCode::UNPROCESSABLE_ENTITY).await, "MEDIA_URL_UNREACHABLE");
    // A port nobody listens on.
    let closed = detect("http://127.0.0.1:9/newton.png".into()).await.unwrap();
    assert_eq!(code_of(closed, StatusCode::UNPROCESSABLE_ENTITY).await, "MEDIA_URL_UNREACHABLE");
    stop.cancel();
    app.stop().await;
}

#[tokio::test]
async fn media_url_refuses_internal_addresses_and_plain_http_by_default() {
    let app = spawn_app().await;
    let (server, stop) = media_server().await;
    let key = app.detect_key().await;
    let refused = [
        format!("https://127.0.0.1:{}/newton.png", server.port()),
        "https://10.1.2.3/photo.jpg".into(),
        "https://169.254.169.254/latest/meta-data/".into(),
        "https://[::1]/photo.jpg".into(),
        "https://[::ffff:127.0.0.1]/photo.jpg".into(),
        "https://[fd00:ec2::254]/latest/meta-data/".into(),
        "https://100.100.100.200/latest/meta-data/".into(),
        "https://localhost/photo.jpg".into(),
        // The loopback server itself, over http: refused for the scheme.
        format!("http://{server}/newton.png"),
        "ftp://example.com/photo.jpg".into(),
        "file:///etc/passwd".into(),
        "https://user:secret@example.com/photo.jpg".into(),
    ];
    for url in refused {
        let response = app.http.post(app.url("/v1/detect/image")).bearer_auth(&key).json(&json!({"media_url": url})).send().await.unwrap();
        assert_eq!(response.status(), StatusCode::BAD_REQUEST, "{url}");
        let problem: Value = response.json().await.unwrap();
        assert_eq!(problem["code"], "MEDIA_URL_REFUSED", "{url}: {problem}");
    }
    stop.cancel();
    app.stop().await;
}

/// A client that hangs up while its request is still fetching the media (its own timeout) must
/// not strand its `Idempotency-Key`: the job is created anyway and the retry is given it, instead
/// of "still in progress" until the claim counts as abandoned (five minutes).
#[tokio::test]
async fn a_client_hanging_up_mid_request_leaves_its_idempotency_key_usable() {
    let app = loopback_app().await;
    let (server, stop) = media_server().await;
    let key = app.detect_key().await;
    // HTTP/2 (cleartext, prior knowledge): a client giving up resets its stream, which cancels
    // the server's handler wherever it is (HTTP/1 notices only when it writes the answer).
    let http2 = reqwest::Client::builder().http2_prior_knowledge().build().unwrap();
    let detect = |timeout: std::time::Duration| {
        http2
            .post(app.url("/v1/detect/image/url"))
            .bearer_auth(&key)
            .header("Idempotency-Key", "hang-up-1")
            .timeout(timeout)
            .json(&json!({"media_url": format!("http://{server}/slow.png"), "analysis_type": "FACE"}))
            .send()
    };
    let hung_up = detect(std::time::Duration::from_millis(300)).await;
    assert!(hung_up.is_err_and(|e| e.is_timeout()), "the first request should time out on the client");

    // Retries: "in progress" while the fetch runs, then the job the first request created.
    let mut answer = None;
    for _ in 0..40 {
        let response = detect(std::time::Duration::from_secs(30)).await.unwrap();
        if response.status() != StatusCode::CONFLICT {
            answer = Some(response);
            break;
        }
        assert_eq!(code_of(response, StatusCode::CONFLICT).await, "IDEMPOTENCY_IN_PROGRESS");
        tokio::time::sleep(std::time::Duration::from_millis(250)).await;
    }
    let answer = answer.expect("the key stayed in progress for 10 s after its request was abandoned");
    assert_eq!(answer.status(), 200);
    assert_eq!(answer.headers()["idempotent-replayed"], "true");
    let job: Value = answer.json().await.unwrap();
    assert_eq!(job["status"], "completed", "{job}");
    stop.cancel();
    app.stop().await;
}
