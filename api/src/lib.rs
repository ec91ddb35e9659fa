//! Veracity's HTTP API: poem-openapi operations behind one edge middleware that gives every
//! request an id, renders every error as problem+json, limits bodies and records metrics.

pub mod auth;
pub mod backlog;
pub mod compat;
pub mod console;
pub mod detect;
pub mod enums;
pub mod error;
pub mod extract;
pub mod metrics;
pub mod middleware;
pub mod read_deadline;
pub mod routes;
pub mod spec;
pub mod state;
pub mod webhook_types;

use poem::{Endpoint, EndpointExt, Route};
use poem_openapi::{LicenseObject, OpenApiService, ServerObject};

pub use error::{ApiError, ErrorCode, Problem};
pub use metrics::Metrics;
pub use middleware::body_limit::BodyLimits;
pub use state::{AppState, EdgeSettings};

use compat::deepfakedetector::DeepfakeDetectorApi;
use compat::dmi::DmiApi;
use compat::dmi_keys::DmiKeysApi;
use compat::glair::GlairApi;
use compat::veriplus::VeriplusApi;
use middleware::body_limit::BodyLimit;
use middleware::edge::{AllowedMethods, Edge};
use routes::api_keys::ApiKeysApi;
use routes::audit_log::AuditLogApi;
use routes::auth::AuthApi;
use routes::billing::{BillingApi, StripeWebhookApi};
use routes::browser_session::BrowserSessionApi;
use routes::detect::DetectApi;
use routes::jobs::JobsApi;
use routes::members::MembersApi;
use routes::models::ModelsApi;
use routes::system::SystemApi;
use routes::usage::UsageApi;
use routes::webhooks::WebhooksApi;

const DESCRIPTION: &str = "\
Veracity detects deepfakes and AI-generated media in images, video, audio and text.

Two kinds of credentials: dashboard users sign in at `/v1/auth/login` and call the admin \
endpoints (members, API keys, audit log) with the short-lived access token; your servers call \
the detection and job endpoints with an API key (`Authorization: Bearer vk_live_…` or \
`X-API-Key`). Key-authenticated responses carry `RateLimit-Policy` and `RateLimit` headers.

Every error is an RFC 9457 `application/problem+json` document with a stable `code` and the \
`request_id` (also in the `X-Request-Id` header of every response; send your own to correlate).";

type Apis = (
    AuthApi,
    BrowserSessionApi,
    MembersApi,
    ApiKeysApi,
    AuditLogApi,
    DetectApi,
    JobsApi,
    UsageApi,
    ModelsApi,
    BillingApi,
    StripeWebhookApi,
    WebhooksApi,
    SystemApi,
    // The vendors' compat routes, one element (poem-openapi implements tuples up to 16).
    (DeepfakeDetectorApi, GlairApi, VeriplusApi, DmiApi, DmiKeysApi),
);

fn service() -> OpenApiService<Apis, ()> {
    OpenApiService::new(
        (
            AuthApi,
            BrowserSessionApi,
            MembersApi,
            ApiKeysApi,
            AuditLogApi,
            DetectApi,
            JobsApi,
            UsageApi,
            ModelsApi,
            BillingApi,
            StripeWebhookApi,
            WebhooksApi,
            SystemApi,
            (DeepfakeDetectorApi, GlairApi, VeriplusApi, DmiApi, DmiKeysApi),
        ),
        "Veracity API",
        env!("CARGO_PKG_VERSION"),
    )
    .description(DESCRIPTION)
    .license(LicenseObject::new("Apache-2.0").url("https://www.apache.org/licenses/LICENSE-2.0"))
    .server(ServerObject::new("http://127.0.0.1:8080").description("Embedded default (`veracity serve`)"))
}

/// The OpenAPI document, exactly as committed in `openapi/openapi.json` and served at
/// `/openapi.json`.
pub fn spec_json() -> String {
    spec::finish(&service().spec())
}

/// The whole HTTP application: operations, `/openapi.json`, docs at `/docs`, the console at
/// `/console`, and the middleware.
pub fn app(state: AppState, limits: BodyLimits) -> impl Endpoint + 'static {
    let api = service();
    let document = spec_json();
    let allowed = AllowedMethods::from_spec(&document);
    let spec = poem::endpoint::make_sync(move |_| {
        poem::Response::builder().content_type("application/json; charset=utf-8").body(document.clone())
    });
    let docs = api.swagger_ui();
    let (metrics, hsts) = (state.metrics.clone(), state.edge.hsts);
    let at_root = compat::AtRoot::new(&state.edge.compat_at_root);
    let routes = console::routes().nest("/", api).at("/openapi.json", spec).nest("/docs", docs).data(state);
    routes.with(BodyLimit::new(limits)).with(compat::VendorErrors).with(Edge::new(metrics, hsts).allowing(allowed)).with(at_root)
}

/// The internal listener's application (`http.internal_bind`): `/healthz`, `/readyz` with every
/// check's error and `/metrics`, for monitoring on a private network; nothing else.
pub fn internal_app(state: AppState) -> impl Endpoint + 'static {
    let metrics = state.metrics.clone();
    let system = OpenApiService::new(SystemApi, "Veracity internal", env!("CARGO_PKG_VERSION"));
    let allowed = AllowedMethods::from_spec(&system.spec());
    let routes = Route::new().nest("/", system).data(state).data(routes::system::InternalListener);
    let edge = Edge::new(metrics, false).allowing(allowed);
    routes.with(BodyLimit::new(BodyLimits { default: 1024, uploads: 1024 })).with(edge)
}

/// A `veracity worker` process's own listener (`worker.ops_bind`): `/healthz`, `/readyz` with
/// every check's error, and `/metrics`; nothing else.
pub fn worker_ops_app(ops: routes::system::OpsState) -> impl Endpoint + 'static {
    let metrics = ops.metrics.clone();
    let api = OpenApiService::new(routes::system::WorkerOpsApi, "Veracity worker", env!("CARGO_PKG_VERSION"));
    let allowed = AllowedMethods::from_spec(&api.spec());
    let edge = Edge::new(metrics, false).allowing(allowed);
    Route::new().nest("/", api).data(ops).with(BodyLimit::new(BodyLimits { default: 1024, uploads: 1024 })).with(edge)
}

/// Wraps `routes` in the edge (request id, problem+json, security headers, metrics, access log)
/// around the body limit, as [`app`] does (without HSTS): for tests of the edge alone.
pub fn with_edge<E: Endpoint + 'static>(routes: E, limits: BodyLimits, metrics: Metrics) -> impl Endpoint + 'static {
    routes.with(BodyLimit::new(limits)).with(Edge::new(metrics, false))
}
