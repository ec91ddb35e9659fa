//! `POST /v1/billing/stripe/webhook`: Stripe tells Veracity about payments and refunds.
//! Nothing is believed before its `Stripe-Signature` is verified over the raw body.

use futures::TryStreamExt;
use poem::{Request, RequestBody};
use poem_openapi::param::Header;
use poem_openapi::payload::{Json, ParsePayload, Payload};
use poem_openapi::registry::{MetaSchema, MetaSchemaRef, Registry};
use poem_openapi::types::Example;
use poem_openapi::{Object, OpenApi};
use veracity_adapters::stripe::{PaidSession, RefundedCharge, StripeEvent, verify_signature};
use veracity_domain::billing::{Balance, CreditsPurchased, Refund};
use veracity_domain::ids::TenantId;

use super::super::ApiTags;
use crate::auth::extract::request_id;
use crate::error::{ApiError, ErrorCode};
use crate::state::AppState;

pub struct StripeWebhookApi;

/// The largest webhook body read (Stripe's events are a few kB).
const MAX_EVENT_BYTES: usize = 256 * 1024;

/// A Stripe event exactly as sent: the signature covers these bytes.
pub struct RawEvent(Vec<u8>);

impl Payload for RawEvent {
    const CONTENT_TYPE: &'static str = "application/json";

    fn check_content_type(content_type: &str) -> bool {
        content_type.starts_with("application/json")
    }

    fn schema_ref() -> MetaSchemaRef {
        MetaSchemaRef::Inline(Box::new(MetaSchema {
            description: Some("A Stripe event object (https://docs.stripe.com/api/events/object)"),
            ..MetaSchema::new("object")
        }))
    }

    fn register(_registry: &mut Registry) {}
}

impl ParsePayload for RawEvent {
    const IS_REQUIRED: bool = true;

    async fn from_request(_request: &Request, body: &mut RequestBody) -> poem::Result<Self> {
        let mut stream = body.take()?.into_bytes_stream();
        let mut bytes = Vec::new();
        while let Some(chunk) =
            stream.try_next().await.map_err(|e| ApiError::new(ErrorCode::InvalidRequest, format!("reading the body: {e}")))?
        {
            bytes.extend_from_slice(&chunk);
            if bytes.len() > MAX_EVENT_BYTES {
                return Err(ApiError::payload_too_large(MAX_EVENT_BYTES as u64).into());
            }
        }
        Ok(RawEvent(bytes))
    }
}

#[derive(poem_openapi::ApiRequest)]
pub enum StripeEventBody {
    /// The event, byte for byte as Stripe signed it.
    Json(RawEvent),
}

/// What Veracity did with an event.
#[derive(Debug, Object)]
#[oai(example)]
pub struct WebhookReceipt {
    /// Always true: the event was verified and handled (a repeat is handled as a no-op).
    pub received: bool,
    /// `credited`, `refunded`, `unchanged` (already applied: a repeated delivery) or `ignored`
    /// (an event type Veracity does not act on, or a payment it did not start).
    pub outcome: String,
    /// Credits added (credited) or taken back (refunded).
    pub credits: u64,
}

impl Example for WebhookReceipt {
    fn example() -> Self {
        WebhookReceipt { received: true, outcome: "credited".into(), credits: 500 }
    }
}

fn refused(detail: impl Into<String>) -> ApiError {
    ApiError::new(ErrorCode::InvalidRequest, detail)
}

/// The organisation a payment is for; `None` for payments Veracity did not start.
fn metadata_tenant(metadata: &std::collections::HashMap<String, String>) -> Option<TenantId> {
    metadata.get("tenant").and_then(|t| t.parse().ok())
}

#[OpenApi(tag = "ApiTags::Billing")]
impl StripeWebhookApi {
    /// Receive a Stripe event
    ///
    /// For Stripe only: point a webhook endpoint of your Stripe account here with the events
    /// `checkout.session.completed`, `checkout.session.async_payment_succeeded` and
    /// `charge.refunded`, and configure its signing secret (`billing.stripe_webhook_secret`).
    /// Each event is verified by its `Stripe-Signature` (HMAC-SHA256 of the raw body, at most
    /// 300 s old) and applied once per Stripe event id however often it is delivered: a paid
    /// session credits its pack, a refund takes the refunded share of the credits back.
    /// A bad or stale signature and an unpaid session are refused with 400 and change nothing;
    /// a refund that arrives before its payment is refused with 409, so Stripe delivers it again.
    #[oai(path = "/v1/billing/stripe/webhook", method = "post", operation_id = "receiveStripeEvent")]
    async fn receive(
        &self,
        req: &Request,
        state: poem::web::Data<&AppState>,
        body: StripeEventBody,
        #[oai(name = "Stripe-Signature")] signature: Header<Option<String>>,
    ) -> Result<Json<WebhookReceipt>, ApiError> {
        let StripeEventBody::Json(body) = body;
        let Some(secret) = &state.billing.webhook_secret else {
            return Err(ApiError::new(ErrorCode::PaymentsDisabled, "this deployment has no Stripe webhook secret configured"));
        };
        let header = signature.0.ok_or_else(|| ApiError::new(ErrorCode::SignatureInvalid, "the Stripe-Signature header is missing"))?;
        let now = state.clock.now().timestamp();
        verify_signature(&body.0, &header, secret, now, state.billing.signature_tolerance_secs)
            .map_err(|e| ApiError::new(ErrorCode::SignatureInvalid, e.to_string()))?;
        let event: StripeEvent =
            serde_json::from_slice(&body.0).map_err(|e| ApiError::new(ErrorCode::MalformedJson, format!("not a Stripe event: {e}")))?;
        let correlation = request_id(req);
        let receipt = |outcome: &str, credits| Json(WebhookReceipt { received: true, outcome: outcome.into(), credits });
        match event.kind.as_str() {
            "checkout.session.completed" | "checkout.session.async_payment_succeeded" => {
                let session: PaidSession =
                    serde_json::from_value(event.data.object).map_err(|e| refused(format!("not a checkout session: {e}")))?;
                if session.payment_status != "paid" {
                    return Err(refused(format!(
                        "checkout session {} is not paid (payment_status `{}`): nothing is credited until Stripe reports the payment",
                        session.id, session.payment_status
                    )));
                }
                let Some(tenant) = metadata_tenant(&session.metadata) else { return Ok(receipt("ignored", 0)) };
                let pack = session.metadata.get("pack").cloned().unwrap_or_default();
                let credits = match session.metadata.get("credits").and_then(|c| c.parse::<u64>().ok()) {
                    Some(credits) => credits,
                    None => state
                        .billing
                        .packs
                        .iter()
                        .find(|p| p.id == pack)
                        .map(|p| p.credits)
                        .ok_or_else(|| refused(format!("unknown pack `{pack}`")))?,
                };
                let purchase = CreditsPurchased {
                    stripe_event: event.id,
                    purchase: session.payment_intent.clone().unwrap_or_else(|| session.id.clone()),
                    checkout_session: session.id,
                    pack,
                    amount: credits,
                    paid: session.amount_total.unwrap_or_default(),
                    currency: session.currency.unwrap_or_default(),
                    balance: Balance::default(),
                };
                let committed = state.ledger.purchase(tenant, purchase, &correlation).await?;
                Ok(if committed.appended.is_some() { receipt("credited", credits) } else { receipt("unchanged", 0) })
            }
            "charge.refunded" => {
                let charge: RefundedCharge =
                    serde_json::from_value(event.data.object).map_err(|e| refused(format!("not a charge: {e}")))?;
                let Some(tenant) = metadata_tenant(&charge.metadata) else { return Ok(receipt("ignored", 0)) };
                let purchase = charge.payment_intent.clone().unwrap_or_else(|| charge.id.clone());
                match state.ledger.refund(tenant, &event.id, &purchase, charge.amount_refunded, &correlation).await?.1 {
                    Refund::TakenBack(credits) => Ok(receipt("refunded", credits)),
                    Refund::Unchanged => Ok(receipt("unchanged", 0)),
                    // Stripe does not promise order: answer so that it delivers this again.
                    Refund::UnknownPurchase => Err(ApiError::new(
                        ErrorCode::Conflict,
                        format!(
                            "the purchase {purchase} this refund is for is not recorded yet; deliver the refund again after its payment"
                        ),
                    )),
                }
            }
            _ => Ok(receipt("ignored", 0)),
        }
    }
}
