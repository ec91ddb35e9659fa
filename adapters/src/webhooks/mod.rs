//! Webhooks' outside world: the sealing of signing secrets and the outbound HTTP sender.
//! (The queue is in `crate::nats`, the delivery log in `crate::sql` and `crate::projections`.)

mod sealer;
mod sender;

pub use sealer::{KEY_BYTES, XChaChaSealer};
pub use sender::{SenderPolicy, WebhookHttpSender};
