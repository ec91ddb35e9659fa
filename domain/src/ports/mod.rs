//! Ports: what the domain needs from the outside world, as traits. Adapters implement them
//! (JetStream, SQL, S3…); `crate::fakes` holds in-memory implementations for tests, and each
//! port has one contract test suite that every implementation passes.

pub mod blob_store;
pub mod clock;
pub mod event_store;
pub mod idempotency;
pub mod job_queue;
pub mod media_probe;
pub mod media_url;
pub mod payments;
pub mod read_models;
pub mod traces;
pub mod webhooks;

pub use crate::detection::detector::{AudioClip, DecodedMedia, DetectRequest, Detector, DetectorOutput, Frame, RgbImage};
pub use blob_store::{BlobKey, BlobStore};
pub use clock::{Clock, SystemClock};
pub use event_store::{AckHandle, Delivery, DeliveryStream, EventStore, Subscription, Watched};
pub use idempotency::{IdempotencyClaim, IdempotencyKeys, UnconfirmedClaim};
pub use job_queue::{JobQueue, JobSlots, JobTicket, QueueLevel, TicketDelivery, TicketHandle, TicketMedia, TicketStream};
pub use media_probe::MediaProbe;
pub use media_url::{FetchError, FetchedMedia, MediaUrls};
pub use payments::{Checkout, CheckoutLink, NoticeError, PaymentNotice, PaymentNotices};
pub use read_models::{
    ApiKeyRow, ApiKeysRead, AuditFilter, AuditRead, AuditRow, JobFilter, JobRow, JobsRead, LedgerEntryType, LedgerFilter, LedgerRead,
    LedgerRow, MemberRow, MembersRead, Page, Paged, ReadModels, ReadProgress, TenantScope, UsageGrouping, UsageRow,
};
pub use traces::{NoTraces, Span, SpanKind, SpanValue, Traces};
pub use webhooks::{
    AttemptRow, MessageDelivery, MessageFilter, MessageRow, MessageStream, MessageTicket, SecretSealer, WebhookHealth, WebhookQueue,
    WebhookSender, WebhooksRead, secret_context,
};
