pub mod api_keys;
pub mod audit_log;
pub mod auth;
pub mod billing;
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
}

/// For an enum a request body may carry, by its schema name: the field that holds it and the
/// values it may take (read from the schema, so they cannot drift from the spec).
pub(crate) fn request_enum(name: &str) -> Option<(&'static str, Vec<String>)> {
    use poem_openapi::registry::Registry;
    use poem_openapi::types::Type;

    fn values<T: Type>() -> Vec<String> {
        let mut registry = Registry::new();
        T::register(&mut registry);
        let schema = registry.schemas.get(&*T::name());
        schema.map(|schema| schema.enum_items.iter().filter_map(|v| v.as_str().map(str::to_owned)).collect()).unwrap_or_default()
    }

    type Entry = (fn() -> std::borrow::Cow<'static, str>, &'static str, fn() -> Vec<String>);
    let entries: [Entry; 5] = [
        (api_keys::ScopeView::name, "scopes", values::<api_keys::ScopeView>),
        (members::RoleView::name, "role", values::<members::RoleView>),
        (billing::views::PlanName::name, "plan", values::<billing::views::PlanName>),
        (crate::webhook_types::WebhookEventType::name, "event_types", values::<crate::webhook_types::WebhookEventType>),
        (crate::detect::payload::AnalysisTypeParam::name, "analysis_type", values::<crate::detect::payload::AnalysisTypeParam>),
    ];
    entries.into_iter().find(|(schema, ..)| schema() == name).map(|(_, field, values)| (field, values()))
}
