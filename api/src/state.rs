use std::sync::Arc;
use std::time::Duration;

use veracity_app::Cmd;
use veracity_app::CreditLedger;
use veracity_app::webhooks::WebhookSettings;
use veracity_domain::Appended;
use veracity_domain::billing::{CreditPack, Pricing};
use veracity_domain::detection::MediaLimits;
use veracity_domain::detection::catalog::ModelCard;
use veracity_domain::ports::{
    BlobStore, Checkout, Clock, EventStore, IdempotencyKeys, JobQueue, MediaProbe, MediaUrls, PaymentNotices, ReadModels, SecretSealer,
    Traces, WebhookSender,
};

use crate::auth::Auth;
use crate::metrics::Metrics;

/// What handlers share: the ports, the read-model database and authentication. Cheap to clone.
#[derive(Clone)]
pub struct AppState {
    pub events: Arc<dyn EventStore>,
    pub blobs: Arc<dyn BlobStore>,
    /// The SQL read models, tenant-scoped.
    pub reads: Arc<dyn ReadModels>,
    pub clock: Arc<dyn Clock>,
    pub metrics: Metrics,
    pub auth: Auth,
    /// Where submitted jobs go.
    pub jobs: Arc<dyn JobQueue>,
    /// `Idempotency-Key` records.
    pub idempotency: Arc<dyn IdempotencyKeys>,
    pub detect: DetectSettings,
    /// Every credit-account change goes through it.
    pub ledger: Arc<CreditLedger>,
    pub billing: BillingSettings,
    /// What `GET /v1/models` lists.
    pub models: Arc<Vec<ModelCard>>,
    pub webhooks: WebhookServices,
    pub edge: EdgeSettings,
    /// Where the spans of submissions go (one trace per job).
    pub traces: Arc<dyn Traces>,
}

/// What the public listener reveals, and how it answers.
#[derive(Clone, Debug, Default)]
pub struct EdgeSettings {
    /// SHA-256 of `http.metrics_token`: a request bearing that token may read `/metrics` and
    /// `/readyz`'s error details on the public listener. `None`: only the internal listener may.
    pub metrics_token: Option<[u8; 32]>,
    /// Send `Strict-Transport-Security` (`http.hsts`: clients reach the API over https).
    pub hsts: bool,
    /// The vendors also served at their own paths (`compat.mount_at_root`).
    pub compat_at_root: Vec<String>,
}

impl EdgeSettings {
    pub fn new(metrics_token: Option<&str>, hsts: bool) -> Self {
        let metrics_token = metrics_token.map(|t| <sha2::Sha256 as sha2::Digest>::digest(t.as_bytes()).into());
        Self { metrics_token, hsts, compat_at_root: Vec::new() }
    }
}

/// What the webhook endpoints use: the secret sealer and the URL checks. (Messages are queued by
/// the dispatcher from the log, never by the API.)
#[derive(Clone)]
pub struct WebhookServices {
    pub sealer: Arc<dyn SecretSealer>,
    pub sender: Arc<dyn WebhookSender>,
    pub settings: Arc<WebhookSettings>,
}

impl AppState {
    /// A command for a use case: this process's log and clock, tagged with `request_id`.
    pub fn cmd<'a>(&'a self, request_id: &'a str) -> Cmd<'a> {
        Cmd::new(self.events.as_ref(), self.clock.now(), request_id).observed(&self.metrics.commands)
    }

    /// After a command that may have appended (`None`: nothing changed), waits for the accounts
    /// read model to include it, so the answer and the next list show the change.
    pub async fn settled(&self, appended: Option<Appended>) {
        if let Some(appended) = appended {
            self.reads.wait_for_accounts(appended.sequence).await;
        }
    }
}

/// Prices, packs and Stripe.
#[derive(Clone)]
pub struct BillingSettings {
    pub pricing: Pricing,
    pub packs: Vec<CreditPack>,
    /// `None`: no Stripe keys configured; checkout answers `PAYMENTS_DISABLED`.
    pub checkout: Option<Arc<dyn Checkout>>,
    /// Reads Stripe's webhook notices with the endpoint's signing secret; `None` (no secret
    /// configured) refuses every webhook.
    pub notices: Option<Arc<dyn PaymentNotices>>,
}

impl Default for BillingSettings {
    fn default() -> Self {
        Self { pricing: Pricing::default(), packs: CreditPack::defaults(), checkout: None, notices: None }
    }
}

impl std::fmt::Debug for BillingSettings {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("BillingSettings")
            .field("pricing", &self.pricing)
            .field("packs", &self.packs)
            .field("checkout", &self.checkout.is_some())
            .field("notices", &self.notices.is_some())
            .finish()
    }
}

/// Limits and waiting behaviour of the detection endpoints.
#[derive(Clone)]
pub struct DetectSettings {
    pub limits: MediaLimits,
    /// How long image and text requests wait for the result when `Prefer: wait` is absent.
    pub default_wait: Duration,
    /// The longest `Prefer: wait` honoured.
    pub max_wait: Duration,
    /// Fetches `media_url`s (SSRF rules and timeouts).
    pub fetcher: Arc<dyn MediaUrls>,
    /// Reads image headers at upload time.
    pub probe: Arc<dyn MediaProbe>,
    /// Answers waiting requests at once when the queue ahead will not drain in time.
    pub backlog: Arc<crate::backlog::Backlog>,
}

impl std::fmt::Debug for DetectSettings {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DetectSettings")
            .field("limits", &self.limits)
            .field("default_wait", &self.default_wait)
            .field("max_wait", &self.max_wait)
            .finish_non_exhaustive()
    }
}
