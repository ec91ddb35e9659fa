//! The process's Prometheus registry, exposed at `/metrics`: the HTTP edge's metrics, and those
//! the rest of the process registers in it (workers, webhooks, the ledger) or samples when
//! `/metrics` is read ([`Sample`]).

use std::sync::Arc;
use std::time::Duration;

use futures::future::BoxFuture;

use prometheus::{Encoder, HistogramOpts, HistogramVec, IntCounter, IntCounterVec, Opts, Registry, TextEncoder};
use veracity_app::CommandMetrics;
use veracity_app::webhooks::WebhookMetrics;

/// Request counts and latencies by method, route template and status. Routes are templates
/// (`/v1/jobs/{id}`), never raw paths, so label cardinality stays bounded; requests that match
/// no route are counted under `unmatched`.
#[derive(Clone)]
pub struct Metrics {
    registry: Registry,
    requests: IntCounterVec,
    latency: HistogramVec,
    /// argon2id computations (password and key hashing and verification): cheap to watch, and a
    /// rise means logins or uncached key checks, never ordinary key-authenticated requests.
    pub argon2: IntCounter,
    /// How the use cases' commands fare (appended, unchanged, refused, lost races).
    pub commands: CommandMetrics,
    /// Webhook deliveries of the dispatcher in this process (`veracity serve`).
    pub webhooks: WebhookMetrics,
    /// Sets the gauges that are measured when `/metrics` is read (queue depths, lags).
    sampler: Option<Arc<dyn Sample>>,
}

/// Measures what is only worth knowing when asked (queue depths, projection lag) into gauges of
/// the registry; called before each `/metrics` rendering. Must not take long: each measure is
/// bounded by the implementation.
pub trait Sample: Send + Sync {
    fn sample(&self) -> BoxFuture<'_, ()>;
}

const LABELS: [&str; 3] = ["method", "route", "status"];

impl Metrics {
    pub fn new() -> Self {
        let registry = Registry::new();
        let requests =
            IntCounterVec::new(Opts::new("veracity_http_requests_total", "HTTP requests served, by method, route and status"), &LABELS)
                .expect("valid metric definition");
        let latency = HistogramVec::new(
            HistogramOpts::new("veracity_http_request_duration_seconds", "Time to serve an HTTP request")
                .buckets(vec![0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0]),
            &LABELS,
        )
        .expect("valid metric definition");
        registry.register(Box::new(requests.clone())).expect("metric registered once");
        registry.register(Box::new(latency.clone())).expect("metric registered once");
        let argon2 = IntCounter::new("veracity_argon2_computations_total", "argon2id hashes and verifications computed")
            .expect("valid metric definition");
        registry.register(Box::new(argon2.clone())).expect("metric registered once");
        let commands = CommandMetrics::register(&registry);
        let webhooks = WebhookMetrics::register(&registry);
        Self { registry, requests, latency, argon2, commands, webhooks, sampler: None }
    }

    /// The registry `/metrics` renders, for the rest of the process to register in.
    pub fn registry(&self) -> &Registry {
        &self.registry
    }

    /// Runs `sampler` before each rendering.
    pub fn with_sampler(mut self, sampler: Arc<dyn Sample>) -> Self {
        self.sampler = Some(sampler);
        self
    }

    /// Samples (if a sampler is set), then renders.
    pub async fn render_sampled(&self) -> String {
        if let Some(sampler) = &self.sampler {
            sampler.sample().await;
        }
        self.render()
    }

    pub fn observe(&self, method: &str, route: &str, status: u16, elapsed: Duration) {
        let status = status.to_string();
        let labels = [method, route, status.as_str()];
        self.requests.with_label_values(&labels).inc();
        self.latency.with_label_values(&labels).observe(elapsed.as_secs_f64());
    }

    /// The Prometheus text exposition of every metric.
    pub fn render(&self) -> String {
        let mut out = Vec::new();
        TextEncoder::new().encode(&self.registry.gather(), &mut out).expect("encoding to a Vec cannot fail");
        String::from_utf8(out).expect("the text format is UTF-8")
    }
}

impl Default for Metrics {
    fn default() -> Self {
        Self::new()
    }
}
