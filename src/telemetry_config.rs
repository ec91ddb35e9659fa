//! Configuration of tracing export (OpenTelemetry). Part of [`crate::config::Config`].

use serde::{Deserialize, Serialize};

use crate::secret::Secret;

/// OpenTelemetry traces: one trace per job, from its submission through the queue and the
/// worker to its webhook deliveries.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct TelemetryConfig {
    /// An OTLP/HTTP collector's base URL (spans go to `<url>/v1/traces` as JSON), e.g.
    /// `http://otel-collector:4318` (credentials in it are kept secret). Unset: no traces.
    pub otlp_endpoint: Option<Secret>,
    /// `service.name` of every span.
    pub service_name: String,
}

impl Default for TelemetryConfig {
    fn default() -> Self {
        Self { otlp_endpoint: None, service_name: "veracity".into() }
    }
}

/// The rules of the `telemetry` section the types alone do not enforce.
pub fn validate(telemetry: &TelemetryConfig, problems: &mut Vec<String>) {
    if let Some(endpoint) = telemetry.otlp_endpoint.as_ref().map(Secret::expose)
        && !(endpoint.starts_with("http://") || endpoint.starts_with("https://"))
    {
        problems.push("telemetry.otlp_endpoint is not an http(s) URL like http://otel-collector:4318".into());
    }
}
