//! The payment provider (Stripe): selling credit packs, and reading what it reports back.

use std::collections::HashMap;

use async_trait::async_trait;

use crate::billing::{Cents, CreditPack};
use crate::error::DomainError;
use crate::ids::TenantId;

/// A checkout page to send the buyer to.
#[derive(Debug, Clone, PartialEq)]
pub struct CheckoutLink {
    pub id: String,
    pub url: String,
    /// Unix seconds.
    pub expires_at: i64,
}

#[async_trait]
pub trait Checkout: Send + Sync {
    /// A checkout selling `pack` to `tenant`; the tenant and pack ride in the payment's
    /// metadata, which is how its notice finds the account. With `idempotency_key`, a retry
    /// gets the first checkout.
    async fn create_session(&self, tenant: TenantId, pack: &CreditPack, idempotency_key: Option<&str>)
    -> Result<CheckoutLink, DomainError>;
}

/// What the provider reported, once its signature is verified.
#[derive(Debug, Clone, PartialEq)]
pub enum PaymentNotice {
    /// A checkout completed, or its delayed payment succeeded.
    CheckoutCompleted {
        /// The provider's event id: each is applied once.
        event: String,
        session: String,
        /// `paid`, or what the payment is still waiting for.
        payment_status: String,
        payment_intent: Option<String>,
        amount_total: Option<Cents>,
        currency: Option<String>,
        metadata: HashMap<String, String>,
    },
    /// A charge was refunded, wholly or in part.
    ChargeRefunded {
        event: String,
        charge: String,
        payment_intent: Option<String>,
        /// The total refunded so far.
        amount_refunded: Cents,
        metadata: HashMap<String, String>,
    },
    /// An event type Veracity does not act on.
    Other { event: String, kind: String },
}

/// Why a notice was not read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum NoticeError {
    /// The signature is missing, malformed, wrong or too old: nothing in it is believed.
    #[error("{0}")]
    Signature(String),
    /// Signed, but not an event of the provider's.
    #[error("{0}")]
    Malformed(String),
    /// An event whose object is not what its type says.
    #[error("{0}")]
    Unexpected(String),
}

pub trait PaymentNotices: Send + Sync {
    /// Verifies `signature` over the raw `payload` at unix time `now`, then reads it.
    fn read(&self, payload: &[u8], signature: &str, now: i64) -> Result<PaymentNotice, NoticeError>;
}
