//! The dispatcher's counters on `/metrics`.

use prometheus::{Histogram, HistogramOpts, IntCounterVec, IntGaugeVec, Opts, Registry};

/// How deliveries fare, on `/metrics`: `veracity_webhook_attempts_total{outcome}` (`success`,
/// `http_error`, `no_response`), `veracity_webhook_messages_total{outcome}` (`delivered`,
/// `failed`), `veracity_webhook_attempt_duration_seconds`, and
/// `veracity_webhook_backlog{target}`, the messages still owed a delivery per endpoint.
#[derive(Clone)]
pub struct WebhookMetrics {
    pub attempts: IntCounterVec,
    pub messages: IntCounterVec,
    pub latency: Histogram,
    pub backlog: IntGaugeVec,
}

impl Default for WebhookMetrics {
    /// Metrics registered nowhere.
    fn default() -> Self {
        let attempts =
            IntCounterVec::new(Opts::new("veracity_webhook_attempts_total", "Webhook delivery attempts by outcome"), &["outcome"])
                .expect("valid metric definition");
        let messages = IntCounterVec::new(
            Opts::new("veracity_webhook_messages_total", "Webhook messages finished, by outcome (delivered or failed)"),
            &["outcome"],
        )
        .expect("valid metric definition");
        let latency = Histogram::with_opts(
            HistogramOpts::new("veracity_webhook_attempt_duration_seconds", "Time from sending a webhook to its answer")
                .buckets(vec![0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 15.0]),
        )
        .expect("valid metric definition");
        let backlog =
            IntGaugeVec::new(Opts::new("veracity_webhook_backlog", "Webhook messages still owed a delivery, per endpoint"), &["target"])
                .expect("valid metric definition");
        Self { attempts, messages, latency, backlog }
    }
}

impl WebhookMetrics {
    /// The metrics, registered in `registry`.
    pub fn register(registry: &Registry) -> Self {
        let metrics = Self::default();
        registry.register(Box::new(metrics.attempts.clone())).expect("metric registered once");
        registry.register(Box::new(metrics.messages.clone())).expect("metric registered once");
        registry.register(Box::new(metrics.latency.clone())).expect("metric registered once");
        registry.register(Box::new(metrics.backlog.clone())).expect("metric registered once");
        metrics
    }
}
