//! Credits billing: what jobs cost, and each tenant's credit account.

pub mod account;
pub mod ledger;
pub mod pricing;
mod turnstile;

pub use account::{
    Balance, CreditAccount, CreditAccountEvent, CreditEvent, CreditsCaptured, CreditsExpired, CreditsGranted, CreditsLowBalance,
    CreditsPurchased, CreditsRefunded, CreditsReleased, CreditsReserved, GrantKind, Insufficient, PlanChanged, monthly_allowance,
};
pub use ledger::{Committed, CreditLedger, Refund};
pub use pricing::{CreditPack, Priced, Pricing};
