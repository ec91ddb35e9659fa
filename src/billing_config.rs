//! Configuration of billing: prices, credit packs, Stripe, and the low-balance warning. Part
//! of [`crate::config::Config`].

use serde::{Deserialize, Serialize};
use veracity_domain::billing::{Cents, CreditPack, Pricing};

use crate::secret::Secret;

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct BillingConfig {
    /// Credits per job (`billing.pricing.image`, …; file only).
    pub pricing: Pricing,
    /// Credit packs on sale (`[[billing.packs]]` with id, name, credits, price in cents,
    /// currency; file only).
    pub packs: Vec<CreditPack>,
    /// Below this many available credits a `credits.low_balance` entry is recorded, once per
    /// crossing (0: never).
    pub low_balance_credits: u64,
    /// Stripe secret key (`sk_…`); unset: no checkout (credits come from grants only).
    pub stripe_secret_key: Option<Secret>,
    /// The signing secret (`whsec_…`) of the Stripe webhook endpoint pointed at
    /// `/v1/billing/stripe/webhook`; unset: webhooks are refused.
    pub stripe_webhook_secret: Option<Secret>,
    /// Stripe's API. Tests point it at a local fake.
    pub stripe_api_base: String,
    /// Where Checkout sends the buyer after paying (`{CHECKOUT_SESSION_ID}` is filled in).
    pub checkout_success_url: String,
    /// Where Checkout sends a buyer who gives up.
    pub checkout_cancel_url: String,
    /// How old a webhook signature may be.
    pub webhook_tolerance_secs: u64,
}

impl Default for BillingConfig {
    fn default() -> Self {
        Self {
            pricing: Pricing::default(),
            packs: CreditPack::defaults(),
            low_balance_credits: 20,
            stripe_secret_key: None,
            stripe_webhook_secret: None,
            stripe_api_base: "https://api.stripe.com/".into(),
            checkout_success_url: "http://localhost:8080/console/billing/success?session_id={CHECKOUT_SESSION_ID}".into(),
            checkout_cancel_url: "http://localhost:8080/console/billing/cancelled".into(),
            webhook_tolerance_secs: 300,
        }
    }
}

pub fn validate(billing: &BillingConfig, problems: &mut Vec<String>) {
    let mut ids = std::collections::HashSet::new();
    for pack in &billing.packs {
        if pack.id.is_empty() || !pack.id.chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-') {
            problems.push(format!("billing.packs: id `{}` must be letters, digits, `_` or `-`", pack.id));
        }
        if !ids.insert(pack.id.as_str()) {
            problems.push(format!("billing.packs: id `{}` appears twice", pack.id));
        }
        if pack.credits == 0 || pack.price == Cents(0) {
            problems.push(format!("billing.packs: `{}` must have credits and a price above 0", pack.id));
        }
        if pack.currency.len() != 3 || !pack.currency.chars().all(|c| c.is_ascii_lowercase()) {
            problems
                .push(format!("billing.packs: `{}` currency `{}` must be a lower-case ISO 4217 code like `usd`", pack.id, pack.currency));
        }
    }
    let p = &billing.pricing;
    if [p.image, p.short_video, p.long_video, p.audio, p.document, p.text, p.ai_media].contains(&0) {
        problems.push("billing.pricing: every price must be at least 1 credit".into());
    }
    if p.short_video > p.long_video {
        problems.push("billing.pricing: short_video must not cost more than long_video (a video reserves long_video)".into());
    }
    for (name, url) in [
        ("checkout_success_url", &billing.checkout_success_url),
        ("checkout_cancel_url", &billing.checkout_cancel_url),
        ("stripe_api_base", &billing.stripe_api_base),
    ] {
        if !(url.starts_with("https://") || url.starts_with("http://")) {
            problems.push(format!("billing.{name} must be an http(s) URL"));
        }
    }
    if billing.webhook_tolerance_secs == 0 {
        problems.push("billing.webhook_tolerance_secs must be greater than 0".into());
    }
}
