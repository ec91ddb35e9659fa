//! Drop-in routes for the vendors in the reference documents (`../shared/reference/`): each
//! module translates one vendor's requests into the native detection use case
//! ([`crate::detect::submit`]) and the native job into that vendor's response. One pipeline, one
//! billing path, one auth: the same API keys, scopes, credits, limits, idempotency, webhooks and
//! audit as the native routes, so a job made here is the native job (`GET /v1/jobs` lists it).
//! Every route lives under `/compat/<vendor>` followed by the vendor's own path, and also at the
//! vendor's own path for the vendors named in `compat.mount_at_root` ([`AtRoot`]).

pub mod deepfakedetector;
pub mod dmi;
pub mod dmi_keys;
pub mod glair;
pub mod veriplus;

use poem::http::header::{CONTENT_TYPE, HeaderValue};
use poem::{Endpoint, IntoResponse, Middleware, Request, Response, Result};

use crate::error::{ApiError, ErrorCode};
use crate::middleware::request_id::RequestId;

/// The vendors whose paths can also be served at the root (`compat.mount_at_root`), with the
/// root paths that are theirs there. deepfakedetector.ai cannot be: its `/v1/detect` and
/// `/v1/jobs/{id}` are Veracity's own paths.
pub const ROOT_MOUNTABLE: [(&str, &[&str]); 3] =
    [("dmi", &["/api/public-api/", "/api/api-keys"]), ("glair", &["/face/v1/deepfake"]), ("veriplus", &["/api/v4/deepfake/"])];

/// The root paths `vendor` takes when mounted at the root; `None` for a vendor that cannot be.
pub fn root_paths(vendor: &str) -> Option<&'static [&'static str]> {
    ROOT_MOUNTABLE.iter().find(|(name, _)| *name == vendor).map(|(_, paths)| *paths)
}

/// Serves the configured vendors at their exact paths, so that only the host changes for their
/// clients: a request whose path is one of theirs is answered as `/compat/<vendor>` + its path
/// (and logged so). Outside everything else, so auth, limits, errors and metrics are the compat
/// route's.
pub struct AtRoot {
    mounts: Vec<(&'static str, &'static str)>,
}

impl AtRoot {
    /// Unknown names are skipped (the configuration refuses them at start).
    pub fn new(vendors: &[String]) -> Self {
        let mounts = ROOT_MOUNTABLE
            .iter()
            .filter(|(name, _)| vendors.iter().any(|v| v == name))
            .flat_map(|(name, paths)| paths.iter().map(move |path| (*path, *name)))
            .collect();
        AtRoot { mounts }
    }
}

impl<E: Endpoint> Middleware<E> for AtRoot {
    type Output = AtRootEndpoint<E>;

    fn transform(&self, inner: E) -> Self::Output {
        AtRootEndpoint { inner, mounts: self.mounts.clone() }
    }
}

pub struct AtRootEndpoint<E> {
    inner: E,
    mounts: Vec<(&'static str, &'static str)>,
}

impl<E: Endpoint> Endpoint for AtRootEndpoint<E> {
    type Output = E::Output;

    async fn call(&self, mut req: Request) -> Result<Self::Output> {
        let path = req.uri().path();
        if let Some((_, vendor)) = self.mounts.iter().find(|(prefix, _)| path.starts_with(prefix)) {
            let rewritten = match req.uri().query() {
                Some(query) => format!("/compat/{vendor}{path}?{query}"),
                None => format!("/compat/{vendor}{path}"),
            };
            let mut parts = req.uri().clone().into_parts();
            parts.path_and_query = rewritten.parse().ok();
            if let Ok(uri) = poem::http::Uri::from_parts(parts) {
                *req.uri_mut() = uri;
            }
        }
        self.inner.call(req).await
    }
}

/// How long a compat request waits for its job: the vendors answer synchronously, so as long as
/// the deployment allows (`Prefer: wait` capped by `detection.max_wait`); a job still running
/// then is answered as the vendor answers a pending job.
pub(crate) fn wait_all(state: &crate::state::AppState) -> String {
    format!("wait={}", state.detect.max_wait.as_secs())
}

/// For vendors that answer synchronously: a job still running when the wait ran out is
/// cancelled (so nothing is charged) and the request fails with 503 and `Retry-After`, rather
/// than leaving a billed job the client never hears of and will submit again.
pub(crate) async fn cancel_unfinished(state: &crate::state::AppState, key: &crate::extract::ApiKeyCaller, job: &str) -> ApiError {
    let wait = state.detect.max_wait.as_secs();
    let cancelled = match job.parse::<veracity_domain::JobId>() {
        Ok(id) => {
            let actor = key.origin.actor.clone();
            veracity_app::jobs::delete_job(state.cmd(&key.request_id), state.blobs.as_ref(), key.caller.tenant, id, actor).await.is_ok()
        }
        Err(_) => false,
    };
    let detail = if cancelled {
        format!("the analysis did not finish within {wait} s; the job {job} was cancelled and is not charged: send the media again later")
    } else {
        format!("the analysis did not finish within {wait} s; read the job later at GET /v1/jobs/{job}")
    };
    ApiError::new(ErrorCode::ServiceUnavailable, detail)
        .with_extension("job_id", serde_json::json!(job))
        .with_header(poem::http::header::RETRY_AFTER, HeaderValue::from_static("30"))
}

/// An enum as the native API spells it (`completed`, `synthetic`…).
pub(crate) fn wire_name<T: poem_openapi::types::ToJSON>(value: &T) -> String {
    value.to_json().and_then(|v| v.as_str().map(str::to_owned)).unwrap_or_default()
}

/// The vendors whose documents define their own error bodies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Vendor {
    Dmi,
    Glair,
    Veriplus,
}

impl Vendor {
    fn of(path: &str) -> Option<Vendor> {
        if path.starts_with(dmi::PREFIX) {
            Some(Vendor::Dmi)
        } else if path.starts_with(glair::PREFIX) {
            Some(Vendor::Glair)
        } else if path.starts_with(veriplus::PREFIX) {
            Some(Vendor::Veriplus)
        } else {
            None
        }
    }

    /// The vendor's body for a Veracity error, and the status when the vendor documents
    /// another one for it.
    fn error_response(self, error: &ApiError, path: &str) -> (Option<poem::http::StatusCode>, serde_json::Value) {
        match self {
            Vendor::Dmi => dmi::error_response(error, path),
            Vendor::Glair => (None, glair::error_body(error)),
            Vendor::Veriplus => veriplus::error_response(error),
        }
    }
}

/// Answers errors on a vendor's routes in that vendor's error body (with Veracity's status and
/// headers: `Retry-After`, `WWW-Authenticate`…), wherever they were raised: authentication, the
/// body limit, parsing, the handler. GLAIR's responses also carry `Request-Id`; DMI's paths are
/// taken with their trailing `/`.
pub struct VendorErrors;

impl<E: Endpoint> Middleware<E> for VendorErrors {
    type Output = VendorErrorsEndpoint<E>;

    fn transform(&self, inner: E) -> Self::Output {
        VendorErrorsEndpoint { inner }
    }
}

pub struct VendorErrorsEndpoint<E> {
    inner: E,
}

impl<E: Endpoint> Endpoint for VendorErrorsEndpoint<E> {
    type Output = Response;

    async fn call(&self, mut req: Request) -> Result<Self::Output> {
        let path = req.uri().path().to_owned();
        let Some(vendor) = Vendor::of(&path) else { return self.inner.call(req).await.map(IntoResponse::into_response) };
        // DMI's paths end in `/`, as Django writes them; the routes are declared without it.
        if vendor == Vendor::Dmi
            && let Some(trimmed) = path.strip_suffix('/')
        {
            let query = req.uri().query().map(|q| format!("?{q}")).unwrap_or_default();
            let mut parts = req.uri().clone().into_parts();
            parts.path_and_query = format!("{trimmed}{query}").parse().ok();
            if let Ok(uri) = poem::http::Uri::from_parts(parts) {
                *req.uri_mut() = uri;
            }
        }
        let request_id = req.extensions().get::<RequestId>().map(|id| id.as_str().to_owned()).unwrap_or_default();
        let mut response = match self.inner.call(req).await {
            Ok(output) => output.into_response(),
            // No route, or not this method: the edge answers those (with `Allow`).
            Err(err) if err.is::<poem::error::NotFoundError>() || err.is::<poem::error::MethodNotAllowedError>() => return Err(err),
            Err(err) => {
                let pattern = err.data::<poem::PathPattern>().cloned();
                let error = ApiError::from_poem(err);
                let problem = error.render(&request_id, &path);
                let (mut parts, _) = problem.into_parts();
                let (status, body) = vendor.error_response(&error, &path);
                parts.headers.insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                if let Some(status) = status {
                    parts.status = status;
                }
                let mut response = Response::from_parts(parts, body.to_string().into());
                if let Some(pattern) = pattern {
                    response.set_data(pattern);
                }
                response
            }
        };
        if vendor == Vendor::Glair
            && let Ok(value) = HeaderValue::from_str(&request_id)
        {
            response.headers_mut().insert("request-id", value);
        }
        Ok(response)
    }
}

/// A vendor's error body schema, for the OpenAPI document: what its routes answer on 4XX/5XX.
pub trait ErrorSchema: poem_openapi::types::Type {
    /// The 4XX and 5XX descriptions.
    const CLIENT: &'static str;
    const SERVER: &'static str;
}

/// A Veracity error on a vendor's route, documented with the vendor's error schema `B`;
/// [`VendorErrors`] renders it in that shape.
pub struct VendorError<B>(ApiError, std::marker::PhantomData<B>);

impl<B> From<ApiError> for VendorError<B> {
    fn from(error: ApiError) -> Self {
        VendorError(error, std::marker::PhantomData)
    }
}

impl<B> From<veracity_domain::DomainError> for VendorError<B> {
    fn from(error: veracity_domain::DomainError) -> Self {
        VendorError(error.into(), std::marker::PhantomData)
    }
}

impl<B> From<VendorError<B>> for poem::Error {
    fn from(error: VendorError<B>) -> Self {
        poem::Error::from(error.0)
    }
}

impl<B: ErrorSchema> poem_openapi::ApiResponse for VendorError<B> {
    fn meta() -> poem_openapi::registry::MetaResponses {
        use poem_openapi::registry::{MetaMediaType, MetaResponse, MetaResponses};
        let body = |description, range: &str| MetaResponse {
            description,
            status: None,
            status_range: Some(range.to_owned()),
            content: vec![MetaMediaType { content_type: "application/json", schema: B::schema_ref() }],
            headers: vec![],
        };
        MetaResponses { responses: vec![body(B::CLIENT, "4XX"), body(B::SERVER, "5XX")] }
    }

    fn register(registry: &mut poem_openapi::registry::Registry) {
        B::register(registry);
    }
}
