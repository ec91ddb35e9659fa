//! Veracity's core: typed ids, the event envelope, errors, and the ports (traits) that the
//! adapters implement. This crate performs no I/O and depends on no runtime, HTTP, SQL, NATS
//! or cloud crate, so its rules can be unit-tested without any of them.

pub mod accounts;
pub mod aggregate;
pub mod billing;
pub mod detection;
pub mod digest;
pub mod error;
pub mod event;
pub mod events;
pub mod fakes;
pub mod ids;
pub mod ports;
pub mod sync;
pub mod webhooks;

pub use error::{Dependency, DomainError};
pub use event::Event;
pub use events::{AggregatePosition, AggregateRef, Appended, EventEnvelope, NewEvent, RecordedEvent};
pub use ids::{ApiKeyId, AuditEntryId, EventId, JobId, MessageId, SessionId, TenantId, UserId, WebhookId};
