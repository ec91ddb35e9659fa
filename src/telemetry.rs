//! Logging: `tracing` to stderr, as text for people or JSON lines for collectors. Every line
//! logged while serving a request carries its `request_id` (from the edge middleware's span).

use std::io::IsTerminal;

use tracing_subscriber::EnvFilter;

use crate::config::{LogConfig, LogFormat};

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
