//! Webhooks: the events a tenant's servers can receive, the endpoints that receive them, and
//! each message's delivery, all recorded in the event log.
//!
//! * [`catalogue`]: the event types and the JSON Schema of each body;
//! * [`endpoints`]: the tenant's endpoints and its callback secret (`<tenant>.webhooks.<tenant>`);
//! * [`message`]: one message to one target and its attempts (`<tenant>.webhook_message.<msg id>`);
//! * [`signature`]: Standard Webhooks signing;
//! * [`schedule`]: when a failed attempt is tried again;
//! * [`payload`]: the bodies made from job and credit events.

pub mod catalogue;
pub mod endpoints;
pub mod message;
pub mod payload;
pub mod schedule;
pub mod signature;

pub use catalogue::EventType;
pub use endpoints::{
    CallbackSecretCreated, CallbackSecretRevealed, DisableReason, Endpoint, EndpointCreated, EndpointDeleted, EndpointDisabled,
    EndpointSettings, EndpointUpdated, PayloadFormat, SealedSecret, SecretRing, SecretRotated, Webhooks, WebhooksEvent,
};
pub use message::{
    AttemptOutcome, MessageAttempted, MessageCreated, MessageDelivered, MessageFailed, MessageState, MessageStatus, RetryRequested, Target,
    WebhookMessageEvent,
};
pub use schedule::RetrySchedule;
