//! Credits billing: what jobs cost, and each tenant's credit account.

pub mod account;
pub mod pricing;

pub use account::{Balance, CreditAccount, GrantKind, Insufficient, monthly_allowance};
pub use pricing::{Priced, Pricing};
