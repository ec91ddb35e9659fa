//! Runs projections: consumes the event log through a durable JetStream consumer and applies
//! each event to the SQL read models exactly once.
//!
//! A runner first takes its projection's lease, then subscribes from the stored checkpoint + 1.
//! Each batch of deliveries is applied in one transaction together with a compare-and-set move
//! of the checkpoint (see `veracity_adapters::sql::checkpoints`), then acknowledged. A crash at
//! any point leaves either the whole batch and its checkpoint, or neither; redelivered events at
//! or below the checkpoint are acknowledged and skipped. A batch with nothing the projection
//! wants is acknowledged without a transaction; the checkpoint moves past it with the next
//! batch, at the next lease renewal, or when the runner stops (a crash before that only means
//! reading those events again).

use std::sync::Arc;
use std::time::Duration;

use futures::StreamExt;
use sea_orm::DatabaseConnection;
use tokio_util::sync::CancellationToken;
use veracity_adapters::projections::Projection;
use veracity_adapters::sql::{self, checkpoints, db_error};
use veracity_domain::ports::{Clock, Delivery, EventStore, Subscription};
use veracity_domain::{DomainError, RecordedEvent};

#[derive(Debug, Clone)]
pub struct ProjectorSettings {
    /// Identifies this runner in the lease column, e.g. `worker-host-1234-5f2c`.
    pub owner: String,
    /// How long a lease outlives its last renewal; a crashed runner's projection is picked up
    /// by another after this long.
    pub lease_ttl: Duration,
    /// Most events applied in one transaction.
    pub batch_size: usize,
    /// Pause after an error before trying again.
    pub retry_backoff: Duration,
}

impl ProjectorSettings {
    pub fn new(owner: impl Into<String>) -> Self {
        Self { owner: owner.into(), lease_ttl: Duration::from_secs(15), batch_size: 256, retry_backoff: Duration::from_secs(1) }
    }
}

/// Why one leased run ended.
enum Stop {
    Shutdown,
    /// Lost the lease or the checkpoint moved: start over from the stored checkpoint.
    Resync,
    /// Reached the target sequence of a bounded run.
    CaughtUp,
}

pub struct ProjectionRunner {
    projection: Arc<dyn Projection>,
    db: DatabaseConnection,
    events: Arc<dyn EventStore>,
    clock: Arc<dyn Clock>,
    settings: ProjectorSettings,
}

impl ProjectionRunner {
    pub fn new(
        projection: Arc<dyn Projection>,
        db: DatabaseConnection,
        events: Arc<dyn EventStore>,
        clock: Arc<dyn Clock>,
        settings: ProjectorSettings,
    ) -> Self {
        Self { projection, db, events, clock, settings }
    }

    pub fn name(&self) -> &'static str {
        self.projection.name()
    }

    /// Keeps the projection up to date until `shutdown`, retrying after errors.
    pub async fn run(&self, shutdown: CancellationToken) {
        tracing::info!(projection = self.name(), "projection runner started");
        loop {
            match self.run_leased(&shutdown, None).await {
                Ok(Stop::Shutdown) => break,
                Ok(Stop::Resync | Stop::CaughtUp) => continue,
                Err(err) => {
                    tracing::error!(projection = self.name(), error = %err, "projection runner failed; retrying");
                    tokio::select! {
                        _ = shutdown.cancelled() => break,
                        _ = tokio::time::sleep(self.settings.retry_backoff) => {}
                    }
                }
            }
        }
        if let Err(err) = checkpoints::release(&self.db, self.name(), &self.settings.owner).await {
            tracing::warn!(projection = self.name(), error = %err, "could not release the projection lease");
        }
        tracing::info!(projection = self.name(), "projection runner stopped");
    }

    /// Runs until the projection's checkpoint reaches `target` (by this runner or whichever
    /// holds the lease), then releases the lease. Errors are returned, not retried.
    pub async fn run_until(&self, target: u64, shutdown: &CancellationToken) -> Result<(), DomainError> {
        let outcome = loop {
            match self.run_leased(shutdown, Some(target)).await {
                Ok(Stop::CaughtUp) => break Ok(()),
                Ok(Stop::Shutdown) => break Err(DomainError::internal("interrupted before catching up")),
                Ok(Stop::Resync) => continue,
                Err(err) => break Err(err),
            }
        };
        checkpoints::release(&self.db, self.name(), &self.settings.owner).await?;
        outcome
    }

    async fn run_leased(&self, shutdown: &CancellationToken, target: Option<u64>) -> Result<Stop, DomainError> {
        let (name, owner, ttl) = (self.name(), self.settings.owner.as_str(), self.settings.lease_ttl);
        let reached = |position: u64| target.is_some_and(|t| position >= t);
        let Some(mut stored) = checkpoints::acquire(&self.db, name, owner, ttl, self.clock.now()).await? else {
            // Another runner holds the lease. A bounded run is satisfied once that runner gets there.
            let stored = checkpoints::get(&self.db, name).await?.map_or(0, |c| c.last_sequence.max(0) as u64);
            if reached(stored) {
                return Ok(Stop::CaughtUp);
            }
            tokio::select! {
                _ = shutdown.cancelled() => return Ok(Stop::Shutdown),
                _ = tokio::time::sleep(ttl / 3) => return Ok(Stop::Resync),
            }
        };
        if reached(stored) {
            return Ok(Stop::CaughtUp);
        }
        // Events the projection does not want are skipped without a transaction, so the stored
        // checkpoint can trail `position` (what was read); it catches up with the next write,
        // at the next lease renewal, and before a bounded run or the runner stops.
        let mut position = stored;
        tracing::info!(projection = name, from = position + 1, "projection subscribing");
        // A live runner asks the log for its projection's kinds only; a bounded one (a rebuild,
        // a catch-up to a target) reads every event, so it reaches its target event by event.
        let kinds = if target.is_some() { Vec::new() } else { self.projection.kinds() };
        let subscription = Subscription::durable(format!("proj_{name}"), position + 1).of_kinds(&kinds);
        let kinds: Vec<String> = kinds.into_iter().map(str::to_owned).collect();
        let mut batches = self.events.subscribe(subscription).await?.ready_chunks(self.settings.batch_size);
        let mut renewal = tokio::time::interval(ttl / 3);
        renewal.tick().await;
        loop {
            tokio::select! {
                biased;
                _ = shutdown.cancelled() => {
                    if stored < position {
                        // Best effort: without it the skipped events are just read again.
                        let _ = checkpoints::advance(&self.db, name, owner, stored, position, ttl, self.clock.now()).await;
                    }
                    return Ok(Stop::Shutdown);
                }
                _ = renewal.tick() => {
                    if !kinds.is_empty() {
                        position = self.read_to_head(&kinds, position).await;
                    }
                    let now = self.clock.now();
                    let renewed = if stored < position {
                        checkpoints::advance(&self.db, name, owner, stored, position, ttl, now).await?
                    } else {
                        checkpoints::renew(&self.db, name, owner, stored, ttl, now).await?
                    };
                    stored = position;
                    if !renewed {
                        tracing::warn!(projection = name, "projection lease lost or checkpoint moved; resyncing");
                        return Ok(Stop::Resync);
                    }
                }
                batch = batches.next() => {
                    let Some(batch) = batch else {
                        return Err(DomainError::internal("event subscription ended"));
                    };
                    let batch = batch.into_iter().collect::<Result<Vec<Delivery>, _>>()?;
                    match self.apply_batch(stored, position, &batch).await? {
                        Some(Progress { read, stored: now_stored }) => (position, stored) = (read, now_stored),
                        None => {
                            tracing::warn!(projection = name, "checkpoint moved under this runner; resyncing");
                            return Ok(Stop::Resync);
                        }
                    }
                    for delivery in batch {
                        if let Err(err) = delivery.ack().await {
                            // Harmless: the redelivery will be at or below the checkpoint and skipped.
                            tracing::warn!(projection = name, error = %err, "ack failed");
                        }
                    }
                    if reached(position) {
                        if stored < position && !checkpoints::advance(&self.db, name, owner, stored, position, ttl, self.clock.now()).await? {
                            return Ok(Stop::Resync);
                        }
                        return Ok(Stop::CaughtUp);
                    }
                }
            }
        }
    }

    /// How far a runner that reads some kinds only has read: it never sees the rest of the
    /// log, so it counts as read every event before the next one of its kinds, up to the head
    /// looked up first (events stored after that may be of its kinds and not asked about).
    /// Without this its checkpoint would stay at its last event, and its lag would count the
    /// others. `position` is the last event it read.
    async fn read_to_head(&self, kinds: &[String], position: u64) -> u64 {
        let Ok(head) = self.events.head().await else { return position };
        if head <= position {
            return position;
        }
        match self.events.next_of_kinds(kinds, position).await {
            Ok(Some(next)) => (next - 1).min(head).max(position),
            Ok(None) => head,
            Err(_) => position,
        }
    }

    /// Applies the events of `batch` after `position` that the projection wants in one
    /// transaction, moving the checkpoint from `stored` to the last event read. A batch with
    /// nothing wanted only moves `position`. `None` when the checkpoint was moved by someone else.
    async fn apply_batch(&self, stored: u64, position: u64, batch: &[Delivery]) -> Result<Option<Progress>, DomainError> {
        let mut wanted: Vec<&RecordedEvent> = Vec::with_capacity(batch.len());
        let mut last = position;
        for delivery in batch {
            if delivery.event.sequence > last {
                last = delivery.event.sequence;
                if self.projection.wants(&delivery.event.envelope) {
                    wanted.push(&delivery.event);
                }
            }
        }
        if wanted.is_empty() {
            return Ok(Some(Progress { read: last, stored }));
        }
        for event in &wanted {
            self.projection.effect(event).await?;
        }
        let txn = sql::begin_write(&self.db).await?;
        for event in &wanted {
            self.projection.apply(&txn, event).await?;
        }
        let (name, owner) = (self.name(), self.settings.owner.as_str());
        let now = self.clock.now();
        if !checkpoints::advance(&txn, name, owner, stored, last, self.settings.lease_ttl, now).await? {
            txn.rollback().await.map_err(db_error)?;
            return Ok(None);
        }
        txn.commit().await.map_err(db_error)?;
        tracing::debug!(projection = name, applied = wanted.len(), checkpoint = last, "projection advanced");
        Ok(Some(Progress { read: last, stored: last }))
    }
}

/// Where a runner is: the last event it read, and the checkpoint stored in the database.
struct Progress {
    read: u64,
    stored: u64,
}

/// Empties a projection's tables and replays the whole log into them, up to the log's head
/// when the rebuild started. A live runner elsewhere notices the reset at its next checkpoint
/// move or lease renewal and joins in; the compare-and-set checkpoint keeps every event applied once.
pub async fn rebuild(runner: &ProjectionRunner, shutdown: &CancellationToken) -> Result<u64, DomainError> {
    let head = runner.events.head().await?;
    let txn = sql::begin_write(&runner.db).await?;
    // Checkpoint first: it locks the row a live runner's compare-and-set needs, so that runner
    // either committed before (and the delete below sees its rows) or fails and rolls back.
    // Deleting first could miss rows a runner is about to commit under the old checkpoint.
    checkpoints::reset(&txn, runner.name(), runner.clock.now()).await?;
    runner.projection.reset(&txn).await?;
    txn.commit().await.map_err(db_error)?;
    tracing::info!(projection = runner.name(), head, "projection reset; replaying");
    runner.run_until(head, shutdown).await?;
    Ok(head)
}
