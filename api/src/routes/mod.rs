pub mod api_keys;
pub mod audit_log;
pub mod auth;
pub mod billing;
pub mod browser_session;
pub mod detect;
pub mod jobs;
pub mod members;
pub mod models;
pub mod sessions;
pub mod system;
pub mod usage;
pub mod webhooks;

use poem_openapi::Tags;

#[derive(Tags)]
pub enum ApiTags {
    /// Sign-up, login, token refresh and logout for dashboard users (admin API).
    Auth,
    /// The people of an organisation and their roles (admin API, access token).
    Members,
    /// Keys your servers use to call the detection and job endpoints (admin API, access token).
    #[oai(rename = "API keys")]
    ApiKeys,
    /// Security events of the organisation (admin API, access token).
    #[oai(rename = "Audit log")]
    AuditLog,
    /// Submit media for deepfake and AI-generation detection (API key).
    Detection,
    /// Detection jobs: status, results, deletion (API key).
    Jobs,
    /// What the calling API key may still do (API key).
    Usage,
    /// The detectors this deployment runs: versions, licences, measured numbers (API key).
    Models,
    /// Credits: balance, ledger, usage, plan and credit packs (admin API, access token); the
    /// Stripe webhook.
    Billing,
    /// Endpoints that receive signed `deepfake.*` events, their secrets and delivery log
    /// (admin access token, or an API key with `webhooks:write`).
    Webhooks,
    /// Liveness, readiness and metrics, for load balancers, orchestrators and monitoring.
    System,
    /// deepfakedetector.ai's API (`/v1/detect…`, `/v1/jobs/{id}`) served by Veracity under
    /// `/compat/deepfakedetector`: change the base URL and the key, keep the code
    /// (docs/migrate/deepfakedetector.md).
    #[oai(rename = "Compat: deepfakedetector.ai")]
    CompatDeepfakeDetector,
    /// GLAIR Vision's deepfake API (`/face/v1/deepfake`, `/face/v1/deepfake/images`) served by
    /// Veracity under `/compat/glair`, answers and errors in GLAIR's shape
    /// (docs/migrate/glair.md).
    #[oai(rename = "Compat: GLAIR")]
    CompatGlair,
    /// Veriplus's deepfake API (`/api/v4/deepfake/…`) served by Veracity under
    /// `/compat/veriplus`, in its `{success, data}` envelope and camelCase fields
    /// (docs/migrate/veriplus.md).
    #[oai(rename = "Compat: Veriplus")]
    CompatVeriplus,
    /// DMI's public API (`/api/public-api/…-detection/`) served by Veracity under `/compat/dmi`,
    /// with its envelope, codes and statuses (docs/migrate/dmi.md).
    #[oai(rename = "Compat: DMI")]
    CompatDmi,
}
