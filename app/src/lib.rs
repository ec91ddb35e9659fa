//! The application layer: use cases over the domain's ports. HTTP handlers, the seed-compatible
//! routes, the workers and the CLI call these, so one workflow has one home. Nothing here knows
//! HTTP, SQL, NATS, FFmpeg or ONNX: it sees only `veracity_domain`'s ports.

pub mod accounts;
pub mod billing;
pub mod commands;
pub mod detection;
pub mod error;
pub mod jobs;
pub mod keys;
pub mod ledger;
pub mod sessions;
mod turnstile;
pub mod webhooks;

pub use commands::{Cmd, CommandMetrics, MAX_ATTEMPTS, aggregate, append, append_and_fold, execute, load};
pub use error::AppError;
pub use ledger::{Committed, CreditLedger, Refund};
