//! The web console (`console/`), built by `build.rs` and embedded in the binary: served at
//! `/console` with a strict Content-Security-Policy, every other path under it answered with
//! the app's page (it routes in the browser). It calls only the public `/v1` API.

use poem::http::{HeaderValue, Method, StatusCode, header};
use poem::{Request, Response, Route};
use sha2::{Digest, Sha256};

use crate::error::{ApiError, ErrorCode};

/// Scripts, styles, images and requests from this origin only; no inline code, no frames, no
/// plugins. Images may also be `blob:` (media fetched with the access token) and `data:`.
pub const CONTENT_SECURITY_POLICY: &str = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' blob: data:; \
     connect-src 'self'; font-src 'self'; manifest-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

struct Asset {
    name: &'static str,
    mime: &'static str,
    bytes: &'static [u8],
}

macro_rules! asset {
    ($name:literal, $mime:literal) => {
        Asset { name: $name, mime: $mime, bytes: include_bytes!(concat!(env!("OUT_DIR"), "/console/", $name)) }
    };
}

const ASSETS: [Asset; 4] = [
    asset!("index.html", "text/html; charset=utf-8"),
    asset!("app.js", "text/javascript; charset=utf-8"),
    asset!("app.css", "text/css; charset=utf-8"),
    asset!("favicon.svg", "image/svg+xml"),
];

fn asset(name: &str) -> Option<&'static Asset> {
    ASSETS.iter().find(|a| a.name == name)
}

/// Serves `asset` with its validator: browsers revalidate (`no-cache`) and get a 304 while
/// the binary is the same.
fn serve(req: &Request, asset: &Asset) -> Response {
    let etag = format!("\"{}\"", &hex(&Sha256::digest(asset.bytes))[..32]);
    let fresh = req.headers().get(header::IF_NONE_MATCH).and_then(|v| v.to_str().ok()).is_some_and(|v| v == etag);
    let builder = Response::builder()
        .header(header::CACHE_CONTROL, "no-cache")
        .header(header::ETAG, etag)
        .header(header::CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY);
    if fresh {
        return builder.status(StatusCode::NOT_MODIFIED).finish();
    }
    let body = if req.method() == Method::HEAD { Vec::new() } else { asset.bytes.to_vec() };
    builder.content_type(asset.mime).body(body)
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn page() -> &'static Asset {
    asset("index.html").expect("index.html is built")
}

/// A redirect to `location` (303 See Other: the browser follows with GET).
fn redirect(location: &str) -> Response {
    Response::builder()
        .status(StatusCode::SEE_OTHER)
        .header(header::LOCATION, HeaderValue::from_str(location).unwrap_or(HeaderValue::from_static("/console")))
        .finish()
}

/// A console file under `/console/assets/`, else the app's page (it routes in the browser).
fn console(req: Request) -> Result<Response, ApiError> {
    if req.method() != Method::GET && req.method() != Method::HEAD {
        return Err(ApiError::new(ErrorCode::MethodNotAllowed, "the console's pages are read with GET")
            .with_header(header::ALLOW, HeaderValue::from_static("GET, HEAD")));
    }
    let path = req.uri().path().trim_start_matches("/console").trim_start_matches('/');
    match path.strip_prefix("assets/") {
        Some(name) => asset(name)
            .map(|asset| serve(&req, asset))
            .ok_or_else(|| ApiError::new(ErrorCode::RouteNotFound, "the console has no such file")),
        None => Ok(serve(&req, page())),
    }
}

/// `/console`, `/console/…`, the favicon, and redirects from `/` and Stripe's return paths.
pub fn routes() -> Route {
    let home = poem::endpoint::make_sync(|_| redirect("/console/"));
    // Stripe Checkout's return addresses of earlier versions' defaults.
    let back = |to: &'static str| {
        poem::endpoint::make_sync(move |req: Request| {
            let query = req.uri().query().map(|q| format!("?{q}")).unwrap_or_default();
            redirect(&format!("{to}{query}"))
        })
    };
    let favicon = poem::endpoint::make_sync(|req: Request| serve(&req, asset("favicon.svg").expect("favicon is built")));
    Route::new()
        .at("/", home)
        .at("/console", poem::endpoint::make_sync(console))
        .at("/console/*rest", poem::endpoint::make_sync(console))
        .at("/favicon.ico", favicon)
        .at("/billing/success", back("/console/billing/success"))
        .at("/billing/cancelled", back("/console/billing/cancelled"))
}

#[cfg(test)]
mod tests {
    use poem::{Endpoint, IntoResponse};

    use super::*;

    #[test]
    fn the_built_console_is_embedded() {
        let page = std::str::from_utf8(page().bytes).unwrap();
        assert!(page.contains("/console/assets/app.js"), "{page}");
        assert!(asset("app.js").unwrap().bytes.len() > 1000);
        assert!(!page.contains("<script>"), "no inline script: the CSP forbids it");
    }

    #[tokio::test]
    async fn pages_and_assets_carry_the_policy_and_unknown_assets_are_404() {
        let routes = routes();
        let page = routes.call(Request::builder().uri_str("/console/keys").finish()).await.unwrap().into_response();
        assert_eq!(page.status(), StatusCode::OK);
        assert_eq!(page.headers()[header::CONTENT_SECURITY_POLICY], CONTENT_SECURITY_POLICY);
        let missing = routes.call(Request::builder().uri_str("/console/assets/nope.js").finish()).await;
        assert_eq!(missing.err().map(|e| e.status()), Some(StatusCode::NOT_FOUND));
        let home = routes.call(Request::builder().uri_str("/").finish()).await.unwrap().into_response();
        assert_eq!(home.headers()[header::LOCATION], "/console/");
    }
}
