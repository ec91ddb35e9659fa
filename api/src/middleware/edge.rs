use std::panic::AssertUnwindSafe;
use std::sync::Arc;
use std::time::Instant;

use futures::FutureExt;
use poem::error::NotFoundError;
use poem::http::{HeaderValue, Method, StatusCode, header};
use poem::{Endpoint, IntoResponse, Middleware, PathPattern, Request, Response, Result};
use tracing::Instrument;

use super::request_id::{REQUEST_ID_HEADER, RequestId};
use super::response_headers::ResponseHeaders;
use crate::error::ApiError;
use crate::metrics::Metrics;

/// The outermost layer: gives the request its id and span, turns every error into
/// problem+json, echoes `X-Request-Id`, sets the security headers, records metrics and writes
/// the access log line.
pub struct Edge {
    metrics: Metrics,
    hsts: bool,
    allowed: Arc<AllowedMethods>,
}

impl Edge {
    /// `hsts`: also send `Strict-Transport-Security` (the service is reached over https).
    pub fn new(metrics: Metrics, hsts: bool) -> Self {
        Self { metrics, hsts, allowed: Arc::default() }
    }

    /// The methods each path takes, for the `Allow` header of a 405 (RFC 9110 §15.5.6).
    pub fn allowing(mut self, allowed: AllowedMethods) -> Self {
        self.allowed = Arc::new(allowed);
        self
    }
}

/// The methods of each path template of an OpenAPI document.
#[derive(Debug, Default)]
pub struct AllowedMethods {
    /// Template segments (`None` for a `{parameter}`) and the `Allow` value.
    paths: Vec<(Vec<Option<String>>, HeaderValue)>,
}

impl AllowedMethods {
    pub fn from_spec(spec: &str) -> Self {
        let doc: serde_json::Value = serde_json::from_str(spec).unwrap_or_default();
        let paths = doc["paths"].as_object().into_iter().flatten().filter_map(|(template, item)| {
            const METHODS: [&str; 8] = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];
            let mut methods: Vec<String> =
                item.as_object()?.keys().filter(|m| METHODS.contains(&m.as_str())).map(|m| m.to_ascii_uppercase()).collect();
            // poem answers HEAD wherever it answers GET.
            if methods.iter().any(|m| m == "GET") && !methods.iter().any(|m| m == "HEAD") {
                methods.push("HEAD".into());
            }
            let segments = template.split('/').map(|s| (!(s.starts_with('{') && s.ends_with('}'))).then(|| s.to_owned())).collect();
            Some((segments, HeaderValue::from_str(&methods.join(", ")).ok()?))
        });
        Self { paths: paths.collect() }
    }

    /// The `Allow` value for a request path: the template it matches with the most literal
    /// segments (`/v1/webhooks/event-types` before `/v1/webhooks/{endpoint_id}`).
    fn for_path(&self, path: &str) -> Option<HeaderValue> {
        let parts: Vec<&str> = path.split('/').collect();
        self.paths
            .iter()
            .filter(|(segments, _)| {
                segments.len() == parts.len() && segments.iter().zip(&parts).all(|(s, p)| s.as_deref().map_or(!p.is_empty(), |s| s == *p))
            })
            .max_by_key(|(segments, _)| segments.iter().filter(|s| s.is_some()).count())
            .map(|(_, allow)| allow.clone())
    }
}

impl<E: Endpoint> Middleware<E> for Edge {
    type Output = EdgeEndpoint<E>;

    fn transform(&self, inner: E) -> Self::Output {
        EdgeEndpoint { inner, metrics: self.metrics.clone(), hsts: self.hsts, allowed: self.allowed.clone() }
    }
}

pub struct EdgeEndpoint<E> {
    inner: E,
    metrics: Metrics,
    hsts: bool,
    allowed: Arc<AllowedMethods>,
}

/// On every response: no MIME sniffing, no framing, no referrer leaving the API.
const SECURITY_HEADERS: [(&str, &str); 3] =
    [("x-content-type-options", "nosniff"), ("x-frame-options", "DENY"), ("referrer-policy", "no-referrer")];
const HSTS: &str = "max-age=31536000; includeSubDomains";

/// The method for metric labels: the standard ones, anything else as `OTHER` (clients can send
/// arbitrary method tokens, which must not mint new series).
fn method_label(method: &Method) -> &'static str {
    match *method {
        Method::GET => "GET",
        Method::POST => "POST",
        Method::PUT => "PUT",
        Method::PATCH => "PATCH",
        Method::DELETE => "DELETE",
        Method::HEAD => "HEAD",
        Method::OPTIONS => "OPTIONS",
        _ => "OTHER",
    }
}

/// The route template for metric labels; `unmatched` when no route took the request (a nested
/// router leaves an empty pattern behind then).
fn route_label(pattern: Option<&PathPattern>) -> String {
    match pattern {
        Some(p) if !p.0.is_empty() => p.0.to_string(),
        _ => "unmatched".to_owned(),
    }
}

impl<E: Endpoint> Endpoint for EdgeEndpoint<E> {
    type Output = Response;

    async fn call(&self, mut req: Request) -> Result<Self::Output> {
        let started = Instant::now();
        let request_id = RequestId::from_headers(req.headers());
        req.extensions_mut().insert(request_id.clone());
        let extra_headers = ResponseHeaders::default();
        req.extensions_mut().insert(extra_headers.clone());
        let method = method_label(req.method());
        let path = req.uri().path().to_owned();
        let span = tracing::info_span!("request", request_id = %request_id, method = %method, path = %path);

        let outcome = AssertUnwindSafe(self.inner.call(req).instrument(span.clone())).catch_unwind().await;
        let (route, mut response) = match outcome {
            Err(_panic) => {
                // The panic message was printed by the panic hook; answer like any internal error.
                span.in_scope(|| tracing::error!("handler panicked"));
                (route_label(None), ApiError::internal().render(request_id.as_str(), &path))
            }
            Ok(Ok(output)) => {
                let response = output.into_response();
                (route_label(response.data::<PathPattern>()), response)
            }
            Ok(Err(err)) => {
                let pattern = err.data::<PathPattern>().filter(|_| !err.is::<NotFoundError>());
                let label = route_label(pattern);
                let mut response = ApiError::from_poem(err).render(request_id.as_str(), &path);
                if response.status() == StatusCode::METHOD_NOT_ALLOWED
                    && let Some(allow) = self.allowed.for_path(&path)
                {
                    response.headers_mut().insert(header::ALLOW, allow);
                }
                (label, response)
            }
        };
        for (name, value) in extra_headers.take() {
            response.headers_mut().insert(name, value);
        }
        if let Ok(value) = HeaderValue::from_str(request_id.as_str()) {
            response.headers_mut().insert(REQUEST_ID_HEADER, value);
        }
        for (name, value) in SECURITY_HEADERS {
            response.headers_mut().insert(name, HeaderValue::from_static(value));
        }
        if self.hsts {
            response.headers_mut().insert("strict-transport-security", HeaderValue::from_static(HSTS));
        }

        let elapsed = started.elapsed();
        let status = response.status().as_u16();
        self.metrics.observe(method, &route, status, elapsed);
        let latency_ms = elapsed.as_secs_f64() * 1000.0;
        span.in_scope(|| {
            if status >= 500 {
                tracing::error!(status, latency_ms, route, "request failed");
            } else {
                tracing::info!(status, latency_ms, route, "request served");
            }
        });
        Ok(response)
    }
}
