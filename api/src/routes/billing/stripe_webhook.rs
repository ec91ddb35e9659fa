//! `POST /v1/billing/stripe/webhook`: Stripe tells Veracity about payments and refunds.
//! Nothing is believed before its `Stripe-Signature` is verified over the raw body.

use futures::TryStreamExt;
use poem::{Request, RequestBody};
use poem_openapi::param::Header;
use poem_openapi::payload::{Json, ParsePayload, Payload};
use poem_openapi::registry::{MetaSchema, MetaSchemaRef, Registry};
use poem_openapi::types::Example;
use poem_openapi::{Object, OpenApi};
use veracity_app::billing::{self, PaymentOutcome};
use veracity_domain::ports::NoticeError;

use super::super::ApiTags;
use crate::error::{ApiError, ErrorCode};
use crate::extract::request_id;
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

/// `credited`, `refunded`, `unchanged` (already applied: a repeated delivery) or `ignored`
/// (an event type Veracity does not act on, or a payment it did not start).
#[derive(Debug, Clone, Copy, PartialEq, Eq, poem_openapi::Enum)]
#[oai(rename_all = "snake_case")]
pub enum ReceiptOutcome {
    Credited,
    Refunded,
    Unchanged,
    Ignored,
}

/// What Veracity did with an event.
#[derive(Debug, Object)]
#[oai(example)]
pub struct WebhookReceipt {
    /// Always true: the event was verified and handled (a repeat is handled as a no-op).
    pub received: bool,
    pub outcome: ReceiptOutcome,
    /// Credits added (credited) or taken back (refunded).
    pub credits: u64,
}

impl Example for WebhookReceipt {
    fn example() -> Self {
        WebhookReceipt { received: true, outcome: ReceiptOutcome::Credited, credits: 500 }
    }
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
        let Some(notices) = &state.billing.notices else {
            return Err(ApiError::new(ErrorCode::PaymentsDisabled, "this deployment has no Stripe webhook secret configured"));
        };
        let header = signature.0.ok_or_else(|| ApiError::new(ErrorCode::SignatureInvalid, "the Stripe-Signature header is missing"))?;
        let notice = notices.read(&body.0, &header, state.clock.now().timestamp()).map_err(|e| match e {
            NoticeError::Signature(why) => ApiError::new(ErrorCode::SignatureInvalid, why),
            NoticeError::Malformed(why) => ApiError::new(ErrorCode::MalformedJson, why),
            NoticeError::Unexpected(why) => ApiError::new(ErrorCode::InvalidRequest, why),
        })?;
        let outcome = billing::apply_payment(&state.ledger, &state.billing.packs, notice, &request_id(req)).await?;
        let (outcome, credits) = match outcome {
            PaymentOutcome::Credited(credits) => (ReceiptOutcome::Credited, credits),
            PaymentOutcome::Refunded(credits) => (ReceiptOutcome::Refunded, credits),
            PaymentOutcome::Unchanged => (ReceiptOutcome::Unchanged, 0),
            PaymentOutcome::Ignored => (ReceiptOutcome::Ignored, 0),
        };
        Ok(Json(WebhookReceipt { received: true, outcome, credits }))
    }
}
