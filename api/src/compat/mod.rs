//! Drop-in routes for the vendors in the reference documents (`../shared/reference/`): each
//! module translates one vendor's requests into the native detection use case
//! ([`crate::detect::submit`]) and the native job into that vendor's response. One pipeline, one
//! billing path, one auth: the same API keys, scopes, credits, limits, idempotency, webhooks and
//! audit as the native routes, so a job made here is the native job (`GET /v1/jobs` lists it).
//! Every route lives under `/compat/<vendor>` followed by the vendor's own path.

pub mod deepfakedetector;

/// How long a compat request waits for its job: the vendors answer synchronously, so as long as
/// the deployment allows (`Prefer: wait` capped by `detection.max_wait`); a job still running
/// then is answered as the vendor answers a pending job.
pub(crate) fn wait_all(state: &crate::state::AppState) -> String {
    format!("wait={}", state.detect.max_wait.as_secs())
}

/// An enum as the native API spells it (`completed`, `synthetic`…).
pub(crate) fn wire_name<T: poem_openapi::types::ToJSON>(value: &T) -> String {
    value.to_json().and_then(|v| v.as_str().map(str::to_owned)).unwrap_or_default()
}
