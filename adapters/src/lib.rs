//! Adapters: one module per outside system, each implementing a `veracity_domain` port or
//! serving the read side.

pub mod blob;
pub mod media_url;
pub mod nats;
pub mod otlp;
pub mod projections;
pub mod redact;
pub mod sql;
pub mod stripe;
pub mod webhooks;
