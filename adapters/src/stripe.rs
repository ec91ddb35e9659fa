//! Stripe: Checkout Sessions for credit packs (async-stripe), and the webhook events that pay
//! for them, verified by their `Stripe-Signature`.

use std::collections::HashMap;

use hmac::{Hmac, KeyInit, Mac};
use serde::Deserialize;
use sha2::Sha256;
use stripe::{Client, ClientBuilder, IdempotencyKey, RequestStrategy, StripeRequest};
use stripe_checkout::CheckoutSessionMode;
use stripe_checkout::checkout_session::{
    CreateCheckoutSession, CreateCheckoutSessionLineItems, CreateCheckoutSessionLineItemsPriceData, CreateCheckoutSessionPaymentIntentData,
    ProductData,
};
use veracity_domain::DomainError;
use veracity_domain::billing::{Cents, CreditPack};
use veracity_domain::error::Dependency;
use veracity_domain::ids::TenantId;
use veracity_domain::ports::{Checkout, CheckoutLink, NoticeError, PaymentNotice, PaymentNotices};

#[derive(Clone)]
pub struct StripeSettings {
    /// `sk_live_…` / `sk_test_…`.
    pub secret_key: String,
    /// `https://api.stripe.com/` in production; a local server in tests.
    pub api_base: String,
    /// Where Checkout sends the buyer back (`{CHECKOUT_SESSION_ID}` is filled in by Stripe).
    pub success_url: String,
    pub cancel_url: String,
}

impl std::fmt::Debug for StripeSettings {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("StripeSettings")
            .field("secret_key", &"[redacted]")
            .field("api_base", &self.api_base)
            .field("success_url", &self.success_url)
            .field("cancel_url", &self.cancel_url)
            .finish()
    }
}

pub struct StripeCheckout {
    client: Client,
    settings: StripeSettings,
}

#[async_trait::async_trait]
impl Checkout for StripeCheckout {
    async fn create_session(
        &self,
        tenant: TenantId,
        pack: &CreditPack,
        idempotency_key: Option<&str>,
    ) -> Result<CheckoutLink, DomainError> {
        StripeCheckout::create_session(self, tenant, pack, idempotency_key).await
    }
}

impl StripeCheckout {
    pub fn new(mut settings: StripeSettings) -> Result<Self, DomainError> {
        // The client appends `v1/…` to the base as it is.
        if !settings.api_base.ends_with('/') {
            settings.api_base.push('/');
        }
        let client = ClientBuilder::new(settings.secret_key.clone())
            .url(settings.api_base.clone())
            .build()
            .map_err(|e| DomainError::internal(format!("configuring the Stripe client: {e}")))?;
        Ok(Self { client, settings })
    }

    /// Creates a Checkout Session selling `pack` to `tenant`. The tenant and pack ride in the
    /// session's and the payment's metadata, which is how the paid webhook finds the account.
    /// With `idempotency_key`, Stripe answers a retry with the first session. Stripe scopes
    /// keys to its account, not to our tenants, so the key sent is `<tenant>:<key>`.
    pub async fn create_session(
        &self,
        tenant: TenantId,
        pack: &CreditPack,
        idempotency_key: Option<&str>,
    ) -> Result<CheckoutLink, DomainError> {
        let metadata: HashMap<String, String> = [
            ("tenant".to_owned(), tenant.to_string()),
            ("pack".to_owned(), pack.id.clone()),
            ("credits".to_owned(), pack.credits.to_string()),
        ]
        .into();
        let price = CreateCheckoutSessionLineItemsPriceData {
            product_data: Some(ProductData { name: pack.name.clone(), ..ProductData::new(pack.name.clone()) }),
            unit_amount: Some(pack.price.0 as i64),
            ..CreateCheckoutSessionLineItemsPriceData::new(
                pack.currency.parse::<stripe_types::Currency>().unwrap_or(stripe_types::Currency::USD),
            )
        };
        let item = CreateCheckoutSessionLineItems { price_data: Some(price), quantity: Some(1), ..Default::default() };
        let request = CreateCheckoutSession::new()
            .mode(CheckoutSessionMode::Payment)
            .line_items(vec![item])
            .client_reference_id(tenant.to_string())
            .metadata(metadata.clone())
            .payment_intent_data(CreateCheckoutSessionPaymentIntentData { metadata: Some(metadata), ..Default::default() })
            .success_url(self.settings.success_url.clone())
            .cancel_url(self.settings.cancel_url.clone());
        let strategy = match idempotency_key {
            Some(key) => {
                let scoped = format!("{tenant}:{key}");
                RequestStrategy::Idempotent(
                    IdempotencyKey::new(scoped).map_err(|e| DomainError::invalid("Idempotency-Key", e.to_string()))?,
                )
            }
            None => RequestStrategy::Once,
        };
        let session = request
            .customize()
            .request_strategy(strategy)
            .send(&self.client)
            .await
            .map_err(|e| DomainError::unavailable(Dependency::Stripe, format!("the checkout request failed: {e}")))?;
        let url =
            session.url.ok_or_else(|| DomainError::unavailable(Dependency::Stripe, "it returned a checkout session without a URL"))?;
        Ok(CheckoutLink { id: session.id.to_string(), url, expires_at: session.expires_at })
    }
}

/// Why a webhook delivery was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SignatureError {
    #[error("the Stripe-Signature header is missing or malformed")]
    Malformed,
    #[error("the Stripe-Signature timestamp is more than {tolerance} seconds from now")]
    Stale { tolerance: i64 },
    #[error("no v1 signature in Stripe-Signature matches the payload")]
    Mismatch,
}

/// Checks a `Stripe-Signature` header (`t=<unix>,v1=<hex>[,v1=…]`) over the raw `payload`:
/// HMAC-SHA256 of `"<t>.<payload>"` with the endpoint's `whsec_…` secret, compared in
/// constant time, and `t` within `tolerance` seconds of `now`.
pub fn verify_signature(payload: &[u8], header: &str, secret: &str, now: i64, tolerance: i64) -> Result<(), SignatureError> {
    let mut timestamp = None;
    let mut signatures = Vec::new();
    for part in header.split(',') {
        match part.trim().split_once('=') {
            Some(("t", t)) => timestamp = Some(t.parse::<i64>().map_err(|_| SignatureError::Malformed)?),
            Some(("v1", hex)) => signatures.push(decode_hex(hex).ok_or(SignatureError::Malformed)?),
            _ => {}
        }
    }
    let timestamp = timestamp.ok_or(SignatureError::Malformed)?;
    if signatures.is_empty() {
        return Err(SignatureError::Malformed);
    }
    if now.abs_diff(timestamp) > tolerance.unsigned_abs() {
        return Err(SignatureError::Stale { tolerance });
    }
    for signature in signatures {
        let mac = signer(secret, timestamp, payload);
        if mac.verify_slice(&signature).is_ok() {
            return Ok(());
        }
    }
    Err(SignatureError::Mismatch)
}

/// The `Stripe-Signature` header Stripe would send for `payload` at `timestamp` (for tests and
/// for replaying an event by hand).
pub fn sign(payload: &[u8], secret: &str, timestamp: i64) -> String {
    let digest = signer(secret, timestamp, payload).finalize().into_bytes();
    let hex: String = digest.iter().map(|b| format!("{b:02x}")).collect();
    format!("t={timestamp},v1={hex}")
}

fn signer(secret: &str, timestamp: i64, payload: &[u8]) -> Hmac<Sha256> {
    let mut mac = Hmac::<Sha256>::new_from_slice(secret.as_bytes()).expect("HMAC takes keys of any length");
    mac.update(timestamp.to_string().as_bytes());
    mac.update(b".");
    mac.update(payload);
    mac
}

fn decode_hex(hex: &str) -> Option<Vec<u8>> {
    if !hex.len().is_multiple_of(2) {
        return None;
    }
    (0..hex.len()).step_by(2).map(|i| u8::from_str_radix(hex.get(i..i + 2)?, 16).ok()).collect()
}

/// The parts of a Stripe event Veracity acts on. Everything else in it is ignored.
#[derive(Debug, Clone, Deserialize)]
pub struct StripeEvent {
    pub id: String,
    #[serde(rename = "type")]
    pub kind: String,
    pub data: StripeEventData,
}

#[derive(Debug, Clone, Deserialize)]
pub struct StripeEventData {
    pub object: serde_json::Value,
}

/// `checkout.session.completed`'s session.
#[derive(Debug, Clone, Deserialize)]
pub struct PaidSession {
    pub id: String,
    #[serde(default)]
    pub payment_status: String,
    #[serde(default)]
    pub payment_intent: Option<String>,
    #[serde(default)]
    pub amount_total: Option<u64>,
    #[serde(default)]
    pub currency: Option<String>,
    #[serde(default)]
    pub metadata: HashMap<String, String>,
}

/// `charge.refunded`'s charge.
#[derive(Debug, Clone, Deserialize)]
pub struct RefundedCharge {
    pub id: String,
    #[serde(default)]
    pub payment_intent: Option<String>,
    /// The total refunded so far, in the currency's minor unit.
    #[serde(default)]
    pub amount_refunded: u64,
    #[serde(default)]
    pub metadata: HashMap<String, String>,
}

/// Stripe's webhook notices, checked against the endpoint's signing secret.
pub struct StripeNotices {
    secret: String,
    /// How old a signature may be (Stripe's own default is 300 s).
    tolerance_secs: i64,
}

impl StripeNotices {
    pub fn new(secret: String, tolerance_secs: i64) -> Self {
        Self { secret, tolerance_secs }
    }
}

impl PaymentNotices for StripeNotices {
    fn read(&self, payload: &[u8], signature: &str, now: i64) -> Result<PaymentNotice, NoticeError> {
        verify_signature(payload, signature, &self.secret, now, self.tolerance_secs).map_err(|e| NoticeError::Signature(e.to_string()))?;
        let event: StripeEvent = serde_json::from_slice(payload).map_err(|e| NoticeError::Malformed(format!("not a Stripe event: {e}")))?;
        Ok(match event.kind.as_str() {
            "checkout.session.completed" | "checkout.session.async_payment_succeeded" => {
                let session: PaidSession = serde_json::from_value(event.data.object)
                    .map_err(|e| NoticeError::Unexpected(format!("not a checkout session: {e}")))?;
                PaymentNotice::CheckoutCompleted {
                    event: event.id,
                    session: session.id,
                    payment_status: session.payment_status,
                    payment_intent: session.payment_intent,
                    amount_total: session.amount_total.map(Cents),
                    currency: session.currency,
                    metadata: session.metadata,
                }
            }
            "charge.refunded" => {
                let charge: RefundedCharge =
                    serde_json::from_value(event.data.object).map_err(|e| NoticeError::Unexpected(format!("not a charge: {e}")))?;
                PaymentNotice::ChargeRefunded {
                    event: event.id,
                    charge: charge.id,
                    payment_intent: charge.payment_intent,
                    amount_refunded: Cents(charge.amount_refunded),
                    metadata: charge.metadata,
                }
            }
            _ => PaymentNotice::Other { event: event.id, kind: event.kind },
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SECRET: &str = "whsec_test_secret";

    #[test]
    fn a_signature_verifies_only_for_its_payload_secret_and_time() {
        let payload = br#"{"id":"evt_1"}"#;
        let header = sign(payload, SECRET, 1_000_000);
        assert_eq!(verify_signature(payload, &header, SECRET, 1_000_100, 300), Ok(()));
        assert_eq!(verify_signature(br#"{"id":"evt_2"}"#, &header, SECRET, 1_000_100, 300), Err(SignatureError::Mismatch));
        assert_eq!(verify_signature(payload, &header, "whsec_other", 1_000_100, 300), Err(SignatureError::Mismatch));
        assert_eq!(verify_signature(payload, &header, SECRET, 1_000_301, 300), Err(SignatureError::Stale { tolerance: 300 }));
        assert_eq!(verify_signature(payload, "v1=abcd", SECRET, 1_000_000, 300), Err(SignatureError::Malformed));
        assert_eq!(verify_signature(payload, "t=1000000,v1=zz", SECRET, 1_000_000, 300), Err(SignatureError::Malformed));
        let extreme = sign(payload, SECRET, i64::MIN);
        assert_eq!(verify_signature(payload, &extreme, SECRET, 1_000_000, 300), Err(SignatureError::Stale { tolerance: 300 }));
        // Stripe sends one v1 per active secret while a secret is rolled: any may match.
        let rolled = format!("t=1000000,v1={},{}", "00".repeat(32), header.split_once(',').unwrap().1);
        assert_eq!(verify_signature(payload, &rolled, SECRET, 1_000_000, 300), Ok(()));
    }
}
