//! Logging: `tracing` to stderr, as text for people or JSON lines for collectors. Every line
//! logged while serving a request carries its `request_id` (from the edge middleware's span).
//! And the settings of OpenTelemetry traces (exported by `veracity_adapters::otlp`).

use std::io::IsTerminal;

use serde::{Deserialize, Serialize};
use tracing_subscriber::EnvFilter;

use crate::config::{LogConfig, LogFormat, Secret};

/// Installs the global subscriber; `RUST_LOG`, when set, overrides `log.level`.
pub fn init(log: &LogConfig) {
    let filter = EnvFilter::try_from_default_env().or_else(|_| EnvFilter::try_new(&log.level)).unwrap_or_else(|_| EnvFilter::new("info"));
    let builder = tracing_subscriber::fmt().with_env_filter(filter).with_writer(std::io::stderr).with_ansi(std::io::stderr().is_terminal());
    let installed = match log.format {
        LogFormat::Json => builder.json().flatten_event(true).with_current_span(true).with_span_list(false).try_init(),
        LogFormat::Text => builder.with_target(false).try_init(),
    };
    // Already installed (tests start several apps in one process): keep the first.
    drop(installed);
}

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
