//! Accounts and access: tenants, users, members and roles, API keys and their limits, login
//! sessions, and the security events the audit log is made of.

mod actor;
pub mod api_key;
mod cidr;
mod email;
pub mod events;
pub mod gcra;
pub mod identity;
pub mod membership;
mod plan;
mod roles;
mod scopes;
pub mod session;

pub use actor::Actor;
pub use cidr::IpNetwork;
pub use email::EmailAddress;
pub use plan::Plan;
pub use roles::{MATRIX, Permission, Role, matrix_markdown};
pub use scopes::{Scope, Scopes};
