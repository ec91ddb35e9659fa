//! Credits bought and refunded through the payment provider. Each notice is applied once per
//! provider event id, however often it is delivered.

use std::collections::HashMap;

use veracity_domain::TenantId;
use veracity_domain::billing::{Balance, CreditPack, CreditsPurchased};
use veracity_domain::ports::PaymentNotice;

use crate::error::AppError;
use crate::ledger::{CreditLedger, Refund};

/// What applying a notice did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PaymentOutcome {
    /// A paid checkout added this many credits.
    Credited(u64),
    /// A refund took this many credits back.
    Refunded(u64),
    /// Already applied: a repeated delivery.
    Unchanged,
    /// An event type Veracity does not act on, or a payment it did not start.
    Ignored,
}

/// The organisation a payment is for; `None` for payments Veracity did not start.
fn metadata_tenant(metadata: &HashMap<String, String>) -> Option<TenantId> {
    metadata.get("tenant").and_then(|t| t.parse().ok())
}

/// Applies a verified notice to the credit account it names. An unpaid checkout is refused
/// (nothing is credited until the payment is reported), and so is a refund that arrives before
/// its payment (`RefundBeforePurchase`: the provider is asked to deliver it again).
pub async fn apply_payment(
    ledger: &CreditLedger,
    packs: &[CreditPack],
    notice: PaymentNotice,
    correlation: &str,
) -> Result<PaymentOutcome, AppError> {
    match notice {
        PaymentNotice::CheckoutCompleted { event, session, payment_status, payment_intent, amount_total, currency, metadata } => {
            if payment_status != "paid" {
                return Err(AppError::PaymentRefused(format!(
                    "checkout session {session} is not paid (payment_status `{payment_status}`): nothing is credited until Stripe reports the payment"
                )));
            }
            let Some(tenant) = metadata_tenant(&metadata) else { return Ok(PaymentOutcome::Ignored) };
            let pack = metadata.get("pack").cloned().unwrap_or_default();
            let credits = match metadata.get("credits").and_then(|c| c.parse::<u64>().ok()) {
                Some(credits) => credits,
                None => packs
                    .iter()
                    .find(|p| p.id == pack)
                    .map(|p| p.credits)
                    .ok_or_else(|| AppError::PaymentRefused(format!("unknown pack `{pack}`")))?,
            };
            let purchase = CreditsPurchased {
                stripe_event: event,
                purchase: payment_intent.unwrap_or_else(|| session.clone()),
                checkout_session: session,
                pack,
                amount: credits,
                paid: amount_total.unwrap_or_default(),
                currency: currency.unwrap_or_default(),
                balance: Balance::default(),
            };
            let committed = ledger.purchase(tenant, purchase, correlation).await?;
            Ok(if committed.appended.is_some() { PaymentOutcome::Credited(credits) } else { PaymentOutcome::Unchanged })
        }
        PaymentNotice::ChargeRefunded { event, charge, payment_intent, amount_refunded, metadata } => {
            let Some(tenant) = metadata_tenant(&metadata) else { return Ok(PaymentOutcome::Ignored) };
            let purchase = payment_intent.unwrap_or(charge);
            match ledger.refund(tenant, &event, &purchase, amount_refunded, correlation).await?.1 {
                Refund::TakenBack(credits) => Ok(PaymentOutcome::Refunded(credits)),
                Refund::Unchanged => Ok(PaymentOutcome::Unchanged),
                // The provider does not promise order: answer so that it delivers this again.
                Refund::UnknownPurchase => Err(AppError::RefundBeforePurchase { purchase }),
            }
        }
        PaymentNotice::Other { .. } => Ok(PaymentOutcome::Ignored),
    }
}
