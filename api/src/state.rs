use std::sync::Arc;

use sea_orm::DatabaseConnection;
use veracity_adapters::stripe::StripeCheckout;
use veracity_domain::billing::{CreditLedger, CreditPack, Pricing};
use veracity_domain::detection::catalog::ModelCard;
use veracity_domain::ports::{BlobStore, Clock, EventStore, IdempotencyKeys, JobQueue};

use crate::auth::Auth;
use crate::detect::DetectSettings;
use crate::metrics::Metrics;

/// What handlers share: the ports, the read-model database and authentication. Cheap to clone.
#[derive(Clone)]
pub struct AppState {
    pub events: Arc<dyn EventStore>,
    pub blobs: Arc<dyn BlobStore>,
    pub db: DatabaseConnection,
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
}

/// Prices, packs and Stripe.
#[derive(Clone)]
pub struct BillingSettings {
    pub pricing: Pricing,
    pub packs: Vec<CreditPack>,
    /// `None`: no Stripe keys configured; checkout answers `PAYMENTS_DISABLED`.
    pub checkout: Option<Arc<StripeCheckout>>,
    /// The webhook endpoint's signing secret (`whsec_…`); `None` refuses every webhook.
    pub webhook_secret: Option<String>,
    /// How old a webhook's signature may be (Stripe's default is 300 s).
    pub signature_tolerance_secs: i64,
}

impl Default for BillingSettings {
    fn default() -> Self {
        Self {
            pricing: Pricing::default(),
            packs: CreditPack::defaults(),
            checkout: None,
            webhook_secret: None,
            signature_tolerance_secs: 300,
        }
    }
}

impl std::fmt::Debug for BillingSettings {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("BillingSettings")
            .field("pricing", &self.pricing)
            .field("packs", &self.packs)
            .field("checkout", &self.checkout.is_some())
            .field("webhook_secret", &self.webhook_secret.as_ref().map(|_| "[redacted]"))
            .finish()
    }
}
