//! Configuration of webhooks: the key that seals signing secrets, outbound rules, the retry
//! schedule and the dispatcher. Part of [`crate::config::Config`].

use std::path::PathBuf;
use std::time::Duration;

use serde::{Deserialize, Serialize};
use veracity_adapters::webhooks::SenderPolicy;
use veracity_app::webhooks::WebhookSettings;
use veracity_domain::webhooks::RetrySchedule;

use crate::secret::Secret;

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct WebhooksConfig {
    /// The key (base64 of 32 bytes) that seals endpoint signing secrets in the event log. Unset:
    /// read from `secret_key_file`, which `veracity serve` creates on first run. Every process of
    /// one deployment needs the same key; without it no stored secret can be opened.
    pub secret_key: Option<Secret>,
    /// Default: `webhook.key` beside `auth.jwt_secret_file`.
    pub secret_key_file: Option<PathBuf>,
    /// Webhook URLs may use plain `http` (closed networks only).
    pub allow_http: bool,
    /// Lets webhooks reach loopback addresses. For tests only; never in production.
    pub allow_loopback: bool,
    /// The wait before each attempt, in milliseconds: the first is the first attempt's.
    /// Default: immediately, 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h (each ±10 %).
    pub retry_schedule_ms: Vec<u64>,
    /// An endpoint that fails this long without a success is disabled (default 5 days).
    pub disable_after_secs: u64,
    /// How long a rotated-out secret keeps signing (default 24 h).
    pub rotation_grace_secs: u64,
    pub connect_timeout_ms: u64,
    /// The whole request, answer included.
    pub timeout_ms: u64,
    /// Requests in flight to one endpoint.
    pub per_endpoint_concurrency: usize,
    /// The JetStream work-queue stream of messages to deliver, and its subject prefix.
    pub queue_stream: String,
    pub queue_subject_prefix: String,
    /// A dispatcher silent this long loses its delivery to another.
    pub ack_wait_secs: u64,
    /// Put before `/v1/jobs/{id}` in the messages' `links.self`, e.g. `https://veracity.example.com`.
    pub public_base_url: String,
}

impl Default for WebhooksConfig {
    fn default() -> Self {
        Self {
            secret_key: None,
            secret_key_file: None,
            allow_http: false,
            allow_loopback: false,
            retry_schedule_ms: [0u64, 5, 300, 1_800, 7_200, 18_000, 36_000, 36_000].iter().map(|s| s * 1000).collect(),
            disable_after_secs: 5 * 24 * 3600,
            rotation_grace_secs: 24 * 3600,
            connect_timeout_ms: 5_000,
            timeout_ms: 15_000,
            per_endpoint_concurrency: 8,
            queue_stream: "VERACITY_WEBHOOKS".into(),
            queue_subject_prefix: "veracity.webhooks".into(),
            ack_wait_secs: 60,
            public_base_url: String::new(),
        }
    }
}

/// Most entries of `retry_schedule_ms`.
const MAX_SCHEDULE: usize = 20;

impl WebhooksConfig {
    pub fn settings(&self) -> WebhookSettings {
        WebhookSettings {
            schedule: RetrySchedule::new(self.retry_schedule_ms.iter().map(|ms| Duration::from_millis(*ms)).collect()),
            rotation_grace: chrono::Duration::seconds(self.rotation_grace_secs as i64),
            disable_after: chrono::Duration::seconds(self.disable_after_secs as i64),
            public_base_url: self.public_base_url.trim_end_matches('/').to_owned(),
        }
    }

    pub fn sender_policy(&self) -> SenderPolicy {
        SenderPolicy {
            allow_http: self.allow_http,
            allow_loopback: self.allow_loopback,
            connect_timeout: Duration::from_millis(self.connect_timeout_ms),
            total_timeout: Duration::from_millis(self.timeout_ms),
        }
    }
}

pub fn validate(w: &WebhooksConfig, problems: &mut Vec<String>) {
    if w.retry_schedule_ms.is_empty() || w.retry_schedule_ms.len() > MAX_SCHEDULE {
        problems.push(format!("webhooks.retry_schedule_ms must have 1-{MAX_SCHEDULE} entries"));
    }
    if w.retry_schedule_ms.iter().any(|ms| *ms > 7 * 24 * 3600 * 1000) {
        problems.push("webhooks.retry_schedule_ms entries must be at most 7 days".into());
    }
    if w.connect_timeout_ms == 0 || w.timeout_ms < w.connect_timeout_ms {
        problems.push("webhooks.timeout_ms must be at least webhooks.connect_timeout_ms, which must be greater than 0".into());
    }
    if w.per_endpoint_concurrency == 0 || w.per_endpoint_concurrency > 100 {
        problems.push("webhooks.per_endpoint_concurrency must be 1-100".into());
    }
    if w.ack_wait_secs < 3 {
        problems.push("webhooks.ack_wait_secs must be at least 3".into());
    }
    if w.disable_after_secs == 0 {
        problems.push("webhooks.disable_after_secs must be greater than 0".into());
    }
    if w.rotation_grace_secs > 30 * 24 * 3600 {
        problems.push("webhooks.rotation_grace_secs must be at most 30 days".into());
    }
    let base = &w.public_base_url;
    if !(base.is_empty() || base.starts_with("https://") || base.starts_with("http://")) {
        problems.push("webhooks.public_base_url must be an http(s) URL".into());
    }
    if let Some(key) = &w.secret_key
        && veracity_adapters::webhooks::XChaChaSealer::from_base64(key.expose()).is_err()
    {
        problems.push("webhooks.secret_key must be the base64 of 32 random bytes (e.g. `openssl rand -base64 32`)".into());
    }
}
