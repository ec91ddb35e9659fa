//! Credits billing: what jobs cost, and each tenant's credit account.

pub mod account;
pub mod pricing;

pub use account::{
    Balance, CreditAccount, CreditAccountEvent, CreditEvent, CreditsCaptured, CreditsExpired, CreditsGranted, CreditsLowBalance,
    CreditsPurchased, CreditsRefunded, CreditsReleased, CreditsReserved, GrantKind, Insufficient, PlanChanged, monthly_allowance,
};
pub use pricing::{Cents, CreditPack, Priced, Pricing};
