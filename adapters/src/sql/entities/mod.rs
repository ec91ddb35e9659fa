//! sea-orm entities of the read models; the tables themselves are defined in `migrations/`.

pub mod aggregate_catalog;
pub mod api_key;
pub mod api_key_usage;
pub mod audit_entry;
pub mod credit_balance;
pub mod credit_entry;
pub mod job;
pub mod member;
pub mod projection_checkpoint;
pub mod tenant;
pub mod webhook_attempt;
pub mod webhook_endpoint_health;
pub mod webhook_message;
