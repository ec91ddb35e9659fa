//! The application layer: use cases over the domain's ports. HTTP handlers, the seed-compatible
//! routes, the workers and the CLI call these, so one workflow has one home. Nothing here knows
//! HTTP, SQL, NATS, FFmpeg or ONNX: it sees only `veracity_domain`'s ports.

pub mod accounts;
pub mod commands;
pub mod error;
pub mod jobs;
pub mod keys;
pub mod sessions;

pub use commands::{Cmd, MAX_ATTEMPTS, aggregate, append, execute, load};
pub use error::AppError;
