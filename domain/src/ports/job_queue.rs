//! The work queue that carries submitted jobs to detection workers, and the per-tenant slots
//! that cap how many of a tenant's jobs run at once.

use std::time::Duration;

use async_trait::async_trait;
use chrono::{DateTime, Utc};
use futures::stream::BoxStream;
use serde::{Deserialize, Serialize};

use crate::detection::{MediaType, StoredMedia};
use crate::error::DomainError;
use crate::ids::{JobId, TenantId};

/// A job to run, queued by the API while it records the job (so it can reach a worker a moment
/// before the job's events are readable). The job's events hold everything else.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct JobTicket {
    pub tenant: TenantId,
    pub job: JobId,
    /// What the job analyses, so a worker can start reading and decoding it while it checks
    /// the job's state. Only a hint: the job's events decide what is analysed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub media: Option<TicketMedia>,
}

/// The media a [`JobTicket`] points at.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TicketMedia {
    pub stored: StoredMedia,
    pub media_type: MediaType,
}

/// What a worker tells the queue about a delivery.
#[async_trait]
pub trait TicketHandle: Send + Sync {
    /// Done: the job's outcome is stored (or there was nothing to do). Never redelivered.
    async fn ack(self: Box<Self>) -> Result<(), DomainError>;
    /// Not now (e.g. the tenant's slots are full): deliver again after `delay`.
    async fn retry_after(self: Box<Self>, delay: Duration) -> Result<(), DomainError>;
    /// Still working: postpone the redelivery that would follow a silent worker.
    async fn keep_alive(&self) -> Result<(), DomainError>;
}

/// One delivery of a ticket. Unacknowledged deliveries come back after the queue's ack wait,
/// so a worker that dies mid-job leaves the job to another.
pub struct TicketDelivery {
    pub ticket: JobTicket,
    /// 1 for the first delivery.
    pub attempt: u32,
    /// When the ticket was queued (the queue's clock).
    pub queued_at: chrono::DateTime<chrono::Utc>,
    pub handle: Box<dyn TicketHandle>,
}

pub type TicketStream = BoxStream<'static, Result<TicketDelivery, DomainError>>;

#[async_trait]
pub trait JobQueue: Send + Sync {
    /// Queues `ticket`; queuing the same job twice (a retried request) delivers it once.
    async fn enqueue(&self, ticket: JobTicket) -> Result<(), DomainError>;

    /// Deliveries for a group of workers sharing `group`: each ticket goes to one of them.
    async fn consume(&self, group: &str) -> Result<TicketStream, DomainError>;

    /// Tickets queued and not yet acknowledged: waiting for a worker, or being worked on.
    async fn depth(&self) -> Result<u64, DomainError> {
        Ok(self.level().await?.depth)
    }

    /// The depth, and how many tickets the queue has let go of (acknowledged or given up) since
    /// it was created: two readings give the rate the workers drain it at.
    async fn level(&self) -> Result<QueueLevel, DomainError>;
}

/// One reading of a job queue (see [`JobQueue::level`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct QueueLevel {
    pub depth: u64,
    pub drained: u64,
}

/// Running-job slots per tenant: a job runs only while it holds one.
#[async_trait]
pub trait JobSlots: Send + Sync {
    /// Takes a slot for `job` if fewer than `limit` are held (a job that holds one keeps it and
    /// gets `true`). Slots not released by `expires` — a worker that died — are free again.
    async fn acquire(
        &self,
        tenant: TenantId,
        job: JobId,
        limit: u32,
        now: DateTime<Utc>,
        expires: DateTime<Utc>,
    ) -> Result<bool, DomainError>;

    /// Frees `job`'s slot; freeing a slot not held is not an error.
    async fn release(&self, tenant: TenantId, job: JobId) -> Result<(), DomainError>;
}
