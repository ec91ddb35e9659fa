//! `/healthz`, `/readyz`, `/metrics`.

use std::future::Future;
use std::sync::Arc;
use std::time::{Duration, Instant};

use poem::web::Data;
use poem_openapi::payload::{Json, PlainText};
use poem_openapi::{ApiResponse, Enum, Object, OpenApi};
use serde_json::json;
use veracity_domain::ports::{BlobStore, EventStore, ReadModels};
use veracity_domain::{Dependency, DomainError};

use super::ApiTags;
use crate::error::{ApiError, ErrorCode};
use crate::metrics::Metrics;
use crate::state::AppState;

/// How long one readiness check may take before it counts as failed.
const CHECK_TIMEOUT: Duration = Duration::from_secs(2);

pub struct SystemApi;

/// Marks requests that came in on the internal listener (`http.internal_bind`).
#[derive(Debug, Clone, Copy)]
pub struct InternalListener;

/// Whether the request may see internals: it came in on the internal listener, or bears
/// `http.metrics_token`.
fn internal(req: &poem::Request, state: &AppState) -> bool {
    if req.data::<InternalListener>().is_some() {
        return true;
    }
    let Some(expected) = state.edge.metrics_token else { return false };
    crate::extract::bearer(req).is_some_and(|token| {
        let presented: [u8; 32] = <sha2::Sha256 as sha2::Digest>::digest(token.as_bytes()).into();
        // Digests of a secret: comparing them leaks nothing useful about the token.
        presented == expected
    })
}

/// The process is up.
#[derive(Debug, Object)]
#[oai(example)]
pub struct Health {
    /// Always `ok`.
    pub status: String,
    /// The running build's version.
    pub version: String,
}

impl poem_openapi::types::Example for Health {
    fn example() -> Self {
        Health { status: "ok".into(), version: "0.1.0".into() }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Enum, serde::Serialize)]
#[oai(rename_all = "snake_case")]
#[serde(rename_all = "snake_case")]
pub enum CheckStatus {
    Ok,
    Failed,
}

/// The outcome of checking one dependency.
#[derive(Debug, Clone, Object, serde::Serialize)]
#[oai(skip_serializing_if_is_none)]
pub struct ReadinessCheck {
    /// `nats`, `database` or `blob_store`.
    pub name: String,
    pub status: CheckStatus,
    /// Time the check took, in milliseconds.
    pub latency_ms: f64,
    /// Why it failed; absent when it passed, and on the public listener without
    /// `http.metrics_token` (it can name internal addresses).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
}

/// Every dependency answered.
#[derive(Debug, Object)]
#[oai(example)]
pub struct Readiness {
    /// Always `ready`.
    pub status: String,
    pub checks: Vec<ReadinessCheck>,
}

impl poem_openapi::types::Example for Readiness {
    fn example() -> Self {
        let check = |name: &str, latency_ms| ReadinessCheck { name: name.into(), status: CheckStatus::Ok, latency_ms, error: None };
        Readiness { status: "ready".into(), checks: vec![check("nats", 0.4), check("database", 0.2), check("blob_store", 0.3)] }
    }
}

#[derive(ApiResponse)]
pub enum ReadyResponse {
    /// Every dependency is reachable.
    #[oai(status = 200)]
    Ready(Json<Readiness>),
}

async fn check(dependency: Dependency, probe: impl Future<Output = Result<(), DomainError>>) -> ReadinessCheck {
    let started = Instant::now();
    let error = match tokio::time::timeout(CHECK_TIMEOUT, probe).await {
        Ok(Ok(())) => None,
        Ok(Err(DomainError::Unavailable { reason, .. })) => Some(reason),
        Ok(Err(other)) => Some(other.to_string()),
        Err(_) => Some(format!("no answer within {} s", CHECK_TIMEOUT.as_secs())),
    };
    ReadinessCheck {
        name: dependency.as_str().into(),
        status: if error.is_none() { CheckStatus::Ok } else { CheckStatus::Failed },
        latency_ms: (started.elapsed().as_secs_f64() * 1e6).round() / 1e3,
        error,
    }
}

/// Checks, concurrently and with [`CHECK_TIMEOUT`] each, that the log, the database and the blob
/// store answer.
async fn readiness(events: &dyn EventStore, reads: &dyn ReadModels, blobs: &dyn BlobStore) -> Vec<ReadinessCheck> {
    let (nats, database, blobs) = tokio::join!(
        check(Dependency::Nats, async { events.head().await.map(drop) }),
        check(Dependency::Database, reads.ping()),
        check(Dependency::BlobStore, blobs.ping()),
    );
    vec![nats, database, blobs]
}

/// 200 with the checks when all passed; 503 `NOT_READY` naming the failed ones otherwise.
fn ready(checks: Vec<ReadinessCheck>) -> Result<ReadyResponse, ApiError> {
    let failed: Vec<String> = checks
        .iter()
        .filter(|c| c.status == CheckStatus::Failed)
        .map(|c| format!("{} ({})", c.name, c.error.as_deref().unwrap_or("failed")))
        .collect();
    if failed.is_empty() {
        return Ok(ReadyResponse::Ready(Json(Readiness { status: "ready".into(), checks })));
    }
    Err(ApiError::new(ErrorCode::NotReady, format!("not ready: {}", failed.join("; "))).with_extension("checks", json!(checks)))
}

/// What a worker process's own listener (`worker.ops_bind`) needs: its dependencies and its
/// metrics.
#[derive(Clone)]
pub struct OpsState {
    pub events: Arc<dyn EventStore>,
    pub reads: Arc<dyn ReadModels>,
    pub blobs: Arc<dyn BlobStore>,
    pub metrics: Metrics,
}

/// `/healthz`, `/readyz` and `/metrics` of a `veracity worker` process, on its own listener (a
/// private network: readiness errors and metrics are shown to anyone who reaches it).
pub struct WorkerOpsApi;

#[OpenApi(tag = "ApiTags::System")]
impl WorkerOpsApi {
    /// Worker liveness probe
    ///
    /// 200 whenever the worker process is up.
    #[oai(path = "/healthz", method = "get", operation_id = "getWorkerHealth")]
    async fn healthz(&self) -> Result<Json<Health>, ApiError> {
        Ok(Json(Health { status: "ok".into(), version: env!("CARGO_PKG_VERSION").into() }))
    }

    /// Worker readiness probe
    ///
    /// NATS JetStream, the database and the blob store, as the API's `/readyz`, with each
    /// failed check's error.
    #[oai(path = "/readyz", method = "get", operation_id = "getWorkerReadiness")]
    async fn readyz(&self, state: Data<&OpsState>) -> Result<ReadyResponse, ApiError> {
        ready(readiness(state.events.as_ref(), state.reads.as_ref(), state.blobs.as_ref()).await)
    }

    /// Worker metrics
    ///
    /// Jobs finished by outcome, detector latency, queue depths, projection lag, credit
    /// reservations and webhook backlog, in the Prometheus text format.
    #[oai(path = "/metrics", method = "get", operation_id = "getWorkerMetrics")]
    async fn metrics(&self, state: Data<&OpsState>) -> Result<PlainText<String>, ApiError> {
        Ok(PlainText(state.metrics.render_sampled().await))
    }
}

#[OpenApi(tag = "ApiTags::System")]
impl SystemApi {
    /// Liveness probe
    ///
    /// Answers 200 whenever the process is serving HTTP, without touching any dependency.
    /// Use it to decide whether to restart the process, not whether to route traffic to it.
    #[oai(path = "/healthz", method = "get", operation_id = "getHealth")]
    // Never fails itself; declared fallible because the edge can still refuse the request (a
    // body over the limit), so the document lists those answers too.
    async fn healthz(&self) -> Result<Json<Health>, ApiError> {
        Ok(Json(Health { status: "ok".into(), version: env!("CARGO_PKG_VERSION").into() }))
    }

    /// Readiness probe
    ///
    /// Checks, concurrently and with a 2 s limit each, that NATS JetStream, the database and the
    /// blob store answer. 200 when all do; otherwise 503 `NOT_READY` naming the failed ones in
    /// `detail` and listing every check in `checks`. Why a check failed (`error`, which can name
    /// internal addresses) is shown only on the internal listener or with `http.metrics_token`.
    #[oai(path = "/readyz", method = "get", operation_id = "getReadiness")]
    async fn readyz(&self, req: &poem::Request, state: Data<&AppState>) -> Result<ReadyResponse, ApiError> {
        let mut checks = readiness(state.events.as_ref(), state.reads.as_ref(), state.blobs.as_ref()).await;
        if !internal(req, &state) {
            for check in &mut checks {
                check.error = None;
            }
        }
        ready(checks)
    }

    /// Prometheus metrics
    ///
    /// Request counts and latency histograms by method, route template and status, in the
    /// Prometheus text format. Served on the internal listener (`http.internal_bind`), or on
    /// this one to a request bearing `http.metrics_token` (`Authorization: Bearer <token>`);
    /// anyone else gets 404.
    #[oai(path = "/metrics", method = "get", operation_id = "getMetrics")]
    async fn metrics(&self, req: &poem::Request, state: Data<&AppState>) -> Result<PlainText<String>, ApiError> {
        if !internal(req, &state) {
            return Err(ApiError::new(
                ErrorCode::RouteNotFound,
                "metrics are served on the internal listener (http.internal_bind) or with http.metrics_token",
            ));
        }
        Ok(PlainText(state.metrics.render_sampled().await))
    }
}
