//! What a use case can refuse, besides the domain's own errors. `api::error` maps each to
//! problem+json in one place.

use veracity_domain::DomainError;
use veracity_domain::accounts::membership::RosterError;
use veracity_domain::billing::Insufficient;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AppError {
    #[error(transparent)]
    Domain(#[from] DomainError),
    #[error("this e-mail address already belongs to a user")]
    EmailTaken,
    #[error(transparent)]
    Roster(#[from] RosterError),
    #[error("the invitation is not valid: unknown, already used, expired or withdrawn")]
    InvitationInvalid,
    #[error("the refresh token is not valid; log in again")]
    RefreshInvalid,
    #[error("this job needs {} credits and {} are available", .0.required, .0.balance)]
    InsufficientCredits(Insufficient),
    /// A verified payment notice that cannot be applied as it stands.
    #[error("{0}")]
    PaymentRefused(String),
    #[error("the purchase {purchase} this refund is for is not recorded yet; deliver the refund again after its payment")]
    RefundBeforePurchase { purchase: String },
    #[error("this refresh token was already used; the session has been ended for safety, log in again")]
    RefreshReused,
    #[error("the callback secret was already shown once; rotate it (POST /v1/webhooks/callback-secret) to get a new one")]
    SecretAlreadyShown,
    #[error("moving from {} to {} costs more: paid plans are set by an operator (`veracity admin plan`), not by a request", .current.as_str(), .requested.as_str())]
    PlanRequiresPayment { current: veracity_domain::accounts::Plan, requested: veracity_domain::accounts::Plan },
}
