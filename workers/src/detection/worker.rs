//! The detection worker: takes job tickets from the work queue, runs each job at most once to
//! a stored result, and acks only after that result is in the log.
//!
//! Exactly-once comes from the job aggregate, not the queue: `job.started` and the result are
//! appended at the position the worker loaded, so two workers holding the same job (one of them
//! presumed dead) cannot both store a result, and a redelivery after the result finds the job
//! finished and is just acked.
//!
//! Credits settle the same way: once a job is finished, its reservation is captured (its
//! price) or released before the ticket is acked. A worker that dies between the two finds
//! the job finished on redelivery and settles again, which the credit account turns into
//! nothing when the reservation is already settled: one capture per job.

use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use veracity_domain::sync::LockExt;

use chrono::{DateTime, Utc};
use futures::StreamExt;
use sea_orm::{DatabaseConnection, EntityTrait};
use tokio::sync::Semaphore;
use tokio::task::JoinHandle;
use tokio_util::sync::CancellationToken;
use veracity_adapters::sql::entities::tenant;
use veracity_app::CreditLedger;
use veracity_app::jobs::settle_job;
use veracity_app::{Cmd, append};
use veracity_domain::accounts::Plan;
use veracity_domain::aggregate::{Aggregate, fold};
use veracity_domain::billing::{Priced, Pricing};
use veracity_domain::detection::job::{FailureCode, JobCompleted, JobDeleted, JobEvent, JobFailed, JobSubmitted};
use veracity_domain::detection::{JobState, MediaSource, MediaType, Settlement, StoredMedia};
use veracity_domain::ports::{
    BlobKey, BlobStore, Clock, DecodedMedia, EventStore, JobQueue, JobSlots, JobTicket, NoTraces, Span, SpanKind, TicketDelivery,
    TicketMedia, Traces,
};
use veracity_domain::{AggregatePosition, AggregateRef, DomainError, TenantId};

use super::analyse::{Analyser, Analysis, Failure, Timed};
use crate::metrics::WorkerMetrics;

/// Decoded media, or why the job fails without analysis.
type Decoding = Result<Timed<DecodedMedia>, Failure>;

/// The job's media, or `MEDIA_EXPIRED` when it was deleted; `Err` when the store fails.
async fn read_media(blobs: &dyn BlobStore, media: &StoredMedia) -> Result<Result<bytes::Bytes, Failure>, DomainError> {
    match blobs.get(&BlobKey::new(media.blob_key.clone())?).await {
        Ok(bytes) => Ok(Ok(bytes)),
        Err(DomainError::NotFound { .. }) => {
            Ok(Err(Failure { code: FailureCode::MediaExpired, message: "the media was deleted before the job ran".into() }))
        }
        Err(e) => Err(e),
    }
}

/// Decodes `bytes` on a blocking thread.
async fn decode_blocking(analyser: Arc<Analyser>, bytes: bytes::Bytes, media: StoredMedia, media_type: MediaType) -> Decoding {
    tokio::task::spawn_blocking(move || analyser.decode_timed(&bytes, &media, media_type)).await.unwrap_or_else(|e| Err(crashed(e)))
}

/// A task that is aborted when its handle is dropped unfinished (a `spawn_blocking` inside it
/// still runs to its end).
struct Background<T>(JoinHandle<Result<T, DomainError>>);

impl<T> Background<T> {
    async fn finish(mut self) -> Result<T, DomainError> {
        (&mut self.0).await.map_err(|e| DomainError::internal(format!("a background step of the job failed: {e}")))?
    }
}

impl<T> Drop for Background<T> {
    fn drop(&mut self) {
        self.0.abort();
    }
}

fn crashed(e: tokio::task::JoinError) -> Failure {
    Failure { code: FailureCode::AnalysisFailed, message: format!("the analysis crashed: {e}") }
}

#[derive(Debug, Clone)]
pub struct WorkerSettings {
    /// Names this worker in `job.started` events.
    pub worker_id: String,
    /// Durable consumer shared by all detection workers.
    pub group: String,
    /// Jobs this process runs at once.
    pub concurrency: usize,
    /// How often a running job tells the queue it is alive (well under the queue's ack wait).
    pub keep_alive: Duration,
    /// How long a job waits before trying again for one of its tenant's slots.
    pub slot_retry: Duration,
    /// A slot left by a worker that died is free again after this.
    pub slot_lease: Duration,
    /// How long a ticket waits for its job's submission to be readable (see `load`).
    pub submission_wait: Duration,
    /// A job started this many times without a result fails with `ANALYSIS_ABORTED`.
    pub max_starts: u32,
    /// A started job whose ticket was delivered this many times fails the same way.
    pub max_deliveries: u32,
    /// What a completed job costs.
    pub pricing: Pricing,
}

pub struct DetectionWorker {
    pub events: Arc<dyn EventStore>,
    pub blobs: Arc<dyn BlobStore>,
    pub queue: Arc<dyn JobQueue>,
    pub slots: Arc<dyn JobSlots>,
    pub db: DatabaseConnection,
    pub clock: Arc<dyn Clock>,
    pub analyser: Arc<Analyser>,
    pub ledger: Arc<CreditLedger>,
    pub settings: WorkerSettings,
    /// Jobs finished, detector times (registered by the process that serves `/metrics`).
    pub metrics: WorkerMetrics,
    /// Where each job's queue and analysis spans go (under its submission's).
    pub traces: Arc<dyn Traces>,
    plans: Mutex<HashMap<TenantId, (Plan, Instant)>>,
}

/// What to tell the queue once a delivery is handled.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Ack,
    RetryAfter(Duration),
}

const PLAN_CACHE: Duration = Duration::from_secs(30);
/// The largest `job.completed` event stored (its JSON): a bigger report fails the job with
/// `ANALYSIS_ABORTED` rather than failing to store, and being retried, forever.
pub const MAX_RESULT_BYTES: usize = 512 * 1024;

/// A ticket whose job is still not submitted this long after it was queued is dropped: no
/// request lives that long (the longest wait is a minute), so the one that queued it failed.
const UNSUBMITTED_TICKET_TTL: Duration = Duration::from_secs(600);

impl DetectionWorker {
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        events: Arc<dyn EventStore>,
        blobs: Arc<dyn BlobStore>,
        queue: Arc<dyn JobQueue>,
        slots: Arc<dyn JobSlots>,
        db: DatabaseConnection,
        clock: Arc<dyn Clock>,
        analyser: Arc<Analyser>,
        ledger: Arc<CreditLedger>,
        settings: WorkerSettings,
    ) -> Self {
        let metrics = WorkerMetrics::default();
        let traces = Arc::new(NoTraces);
        Self { events, blobs, queue, slots, db, clock, analyser, ledger, settings, metrics, traces, plans: Mutex::new(HashMap::new()) }
    }

    /// Records each job's spans in `traces`.
    pub fn with_traces(mut self, traces: Arc<dyn Traces>) -> Self {
        self.traces = traces;
        self
    }

    /// Counts into `metrics` (the process's registered ones) rather than its own.
    pub fn with_metrics(mut self, metrics: WorkerMetrics) -> Self {
        self.metrics = metrics;
        self
    }

    /// Consumes tickets until `stop`, running up to `concurrency` jobs at once; reconnects after errors.
    pub async fn run(self: Arc<Self>, stop: CancellationToken) {
        let permits = Arc::new(Semaphore::new(self.settings.concurrency.max(1)));
        while !stop.is_cancelled() {
            let mut deliveries = match self.queue.consume(&self.settings.group).await {
                Ok(stream) => stream,
                Err(e) => {
                    tracing::warn!(error = %e, "cannot consume detection jobs; retrying");
                    tokio::select! { _ = stop.cancelled() => return, _ = tokio::time::sleep(Duration::from_secs(1)) => continue }
                }
            };
            loop {
                let permit = tokio::select! {
                    _ = stop.cancelled() => return,
                    permit = permits.clone().acquire_owned() => permit.expect("never closed"),
                };
                let next = tokio::select! { _ = stop.cancelled() => return, next = deliveries.next() => next };
                match next {
                    Some(Ok(delivery)) => {
                        let worker = self.clone();
                        tokio::spawn(async move {
                            worker.process(delivery).await;
                            drop(permit);
                        });
                    }
                    Some(Err(e)) => {
                        tracing::warn!(error = %e, "job delivery failed");
                        break;
                    }
                    None => break,
                }
            }
        }
    }

    /// Handles one delivery, keeping it alive while it runs, then acks or postpones it.
    async fn process(&self, delivery: TicketDelivery) {
        let TicketDelivery { ticket, attempt, queued_at, handle } = delivery;
        let work = self.handle(&ticket, attempt, queued_at);
        tokio::pin!(work);
        let mut ticker = tokio::time::interval(self.settings.keep_alive);
        ticker.tick().await;
        let outcome = loop {
            tokio::select! {
                outcome = &mut work => break outcome,
                _ = ticker.tick() => { let _ = handle.keep_alive().await; }
            }
        };
        let result = match outcome {
            Ok(Outcome::Ack) => handle.ack().await,
            Ok(Outcome::RetryAfter(delay)) => handle.retry_after(delay).await,
            Err(e) => {
                // Left unacked: the queue redelivers it after its ack wait.
                tracing::warn!(job = %ticket.job, error = %e, "job handling failed; it will be retried");
                Ok(())
            }
        };
        if let Err(e) = result {
            tracing::warn!(job = %ticket.job, error = %e, "could not acknowledge a job");
        }
    }

    /// The idempotent core: whatever state the job is in, brings it one step closer to a single
    /// stored result. `queued_at`: when the ticket was queued.
    pub async fn handle(&self, ticket: &JobTicket, attempt: u32, queued_at: DateTime<Utc>) -> Result<Outcome, DomainError> {
        // On a first delivery the media the ticket names is read and decoded while the job's
        // state is read, its slot taken and `job.started` stored, instead of after them. A job
        // that waits for a slot comes back as a later delivery, so waiting never decodes the
        // same media over and over.
        let mut early = match (&ticket.media, attempt) {
            (Some(hint), 1) => Some((hint.clone(), self.decode(hint.stored.clone(), hint.media_type))),
            _ => None,
        };
        let outcome = self.run_ticket(ticket, attempt, queued_at, &mut early).await;
        // An early decode the job did not use is waited for rather than left running (its
        // blocking part cannot be stopped), so decodes stay within the worker's concurrency.
        if let Some((_, task)) = early {
            let _ = task.finish().await;
        }
        outcome
    }

    async fn run_ticket(
        &self,
        ticket: &JobTicket,
        attempt: u32,
        queued_at: DateTime<Utc>,
        early: &mut Option<(TicketMedia, Background<Decoding>)>,
    ) -> Result<Outcome, DomainError> {
        let agg = AggregateRef::new(ticket.tenant, JobState::KIND, ticket.job.to_string())?;
        let Some((state, position)) = self.load(&agg).await? else {
            // The request that queued it may still be storing the job (a slow NATS), or it
            // failed. Only a ticket far older than any request is given up.
            let age = (self.clock.now() - queued_at).to_std().unwrap_or_default();
            if age < UNSUBMITTED_TICKET_TTL {
                return Ok(Outcome::RetryAfter(Duration::from_secs(1)));
            }
            tracing::warn!(job = %ticket.job, "a job queued {}s ago was never submitted (its request failed); dropping its ticket", age.as_secs());
            self.ledger.release(ticket.tenant, ticket.job, &ticket.job.to_string()).await?;
            return Ok(Outcome::Ack);
        };
        let poisoned = match state.abandon(self.settings.max_starts) {
            Some(failed) => Some(failed),
            // Waiting for a slot is not failing: only a job that has started counts deliveries.
            None if attempt > self.settings.max_deliveries && state.starts > 0 && !state.status.is_finished() && !state.deleted => {
                Some(state.abort(format!(
                    "the job was delivered {attempt} times without a result (the limit is {}); it is not tried again",
                    self.settings.max_deliveries
                )))
            }
            None => None,
        };
        if let Some(failed) = poisoned {
            let media_type = state.submitted.as_ref().map_or("unknown", |s| s.media_type.as_str());
            return self.dead_letter(&agg, position, failed, media_type).await;
        }
        let Some(start) = state.start(attempt, &self.settings.worker_id) else {
            // Finished (a redelivery) or deleted: make sure its credits are settled.
            self.settle(&agg, &state).await?;
            return Ok(Outcome::Ack);
        };
        let source = state.source.clone();
        let (Some(media), Some(submitted)) = (state.media, state.submitted) else {
            return Err(DomainError::internal(format!("job {agg} has no upload or submission")));
        };
        let limit = self.plan(ticket.tenant).await.max_concurrent_jobs();
        let now = self.clock.now();
        let lease = chrono::Duration::from_std(self.settings.slot_lease).unwrap_or(chrono::Duration::minutes(15));
        if !self.slots.acquire(ticket.tenant, ticket.job, limit, now, now + lease).await? {
            return Ok(Outcome::RetryAfter(self.settings.slot_retry));
        }
        // The ticket's media is only a hint: what the job's events say is analysed.
        let early = early.take().filter(|(hint, _)| hint.stored == media && hint.media_type == submitted.media_type).map(|(_, task)| task);
        let outcome = self.run_job(&agg, position, start, (media, submitted, source), early, queued_at).await;
        self.slots.release(ticket.tenant, ticket.job).await?;
        outcome
    }

    /// Reads the job's media and decodes it, in the background. Dropping the handle stops the
    /// reading, not a decode already running.
    fn decode(&self, media: StoredMedia, media_type: MediaType) -> Background<Decoding> {
        let (blobs, analyser) = (self.blobs.clone(), self.analyser.clone());
        Background(tokio::spawn(async move {
            let bytes = match read_media(blobs.as_ref(), &media).await? {
                Ok(bytes) => bytes,
                Err(failure) => return Ok(Err(failure)),
            };
            Ok(decode_blocking(analyser, bytes, media, media_type).await)
        }))
    }

    async fn run_job(
        &self,
        agg: &AggregateRef,
        position: AggregatePosition,
        start: veracity_domain::detection::job::JobStarted,
        (media, submitted, source): (StoredMedia, JobSubmitted, Option<MediaSource>),
        decoding: Option<Background<Decoding>>,
        queued_at: DateTime<Utc>,
    ) -> Result<Outcome, DomainError> {
        let started = chrono::Utc::now();
        self.metrics.started(submitted.media_type.as_str(), (started - queued_at).num_milliseconds() as f64 / 1000.0);
        let traced = (submitted.media_type, submitted.check);
        let media_type = Some(submitted.media_type);
        let attempt = start.attempt;
        let heatmap_key = media.heatmap_key();
        // What can fail for a reason outside the job (the log, the blob store) is done before
        // the start is recorded: only a start whose worker died on the job counts towards
        // `max_starts`. A delete while the job runs stops its detectors (a decode in progress
        // finishes).
        let stop = Arc::new(AtomicBool::new(false));
        let _watch = self.stop_when_deleted(agg, stop.clone()).await?;
        let read = match decoding {
            Some(_) => None,
            None => Some(read_media(self.blobs.as_ref(), &media).await?),
        };
        let position = match self.append(agg, position, start.into()).await {
            Ok(appended) => appended.position(),
            // Deleted or taken meanwhile: decide again from the current state on redelivery.
            Err(DomainError::Concurrency { .. }) => return Ok(Outcome::RetryAfter(Duration::from_millis(10))),
            Err(e) => return Err(e),
        };
        let priced = Priced { media_type: submitted.media_type, check: submitted.check, analysis_type: submitted.options.analysis_type };
        let decoded = match (decoding, read) {
            (Some(early), _) => early.finish().await?,
            (None, Some(Ok(bytes))) => decode_blocking(self.analyser.clone(), bytes, media, submitted.media_type).await,
            (None, Some(Err(failure))) => Err(failure),
            (None, None) => unreachable!("read above when there is no early decode"),
        };
        let result = match decoded {
            Ok(decoded) => {
                let analyser = self.analyser.clone();
                tokio::task::spawn_blocking(move || analyser.inspect(decoded, submitted.check, &submitted.options, &stop))
                    .await
                    .unwrap_or_else(|e| Err(crashed(e)))
            }
            Err(failure) => Err(failure),
        };
        let result = match result {
            Ok(Analysis { mut report, heatmap_png }) => {
                if !matches!(source, Some(MediaSource::Text { highlight: true })) {
                    report.highlights.clear();
                }
                // The overlay is stored before the result that mentions it.
                if let Some(png) = heatmap_png {
                    self.blobs.put(&BlobKey::new(heatmap_key)?, bytes::Bytes::from(png)).await?;
                }
                Ok(report)
            }
            Err(failure) => Err(failure),
        };
        let frames = matches!(source, Some(MediaSource::Frames { .. }));
        let timings: Vec<(String, f64)> = match &result {
            Ok(report) => report.models.iter().filter_map(|m| m.latency_ms.map(|ms| (m.id.clone(), ms))).collect(),
            Err(_) => Vec::new(),
        };
        let (stored, settlement, failure) = match result {
            Ok(report) => {
                // A list of frames is short by nature: priced as a short video.
                let duration = if frames { Some(0.0) } else { report.media.duration };
                let credits = self.settings.pricing.price(priced, duration);
                let completed = JobCompleted { attempt, report, credits };
                let size = serde_json::to_vec(&completed).map_or(usize::MAX, |json| json.len());
                if size > MAX_RESULT_BYTES {
                    let why = format!("the result is {} KB; the most a result may hold is {} KB", size / 1024, MAX_RESULT_BYTES / 1024);
                    let failed = JobFailed { attempt, code: FailureCode::AnalysisAborted, message: why };
                    tracing::warn!(job = %agg, size, "a job's result is too large to store; dead-lettered");
                    (self.append(agg, position, failed.into()).await, Settlement::Release, Some(FailureCode::AnalysisAborted))
                } else {
                    (self.append(agg, position, completed.into()).await, Settlement::Capture(credits), None)
                }
            }
            Err(failure) => {
                let code = failure.code;
                let failed = JobFailed { attempt, code, message: failure.message };
                (self.append(agg, position, failed.into()).await, Settlement::Release, Some(code))
            }
        };
        match stored {
            Ok(_) => {
                let waited = (self.clock.now() - queued_at).num_milliseconds() as f64 / 1000.0;
                self.metrics.finished(submitted.media_type.as_str(), failure.map(|c| c.as_str()), &timings, Some(waited));
                self.trace(agg, (queued_at, started), traced, attempt, failure, &timings);
                self.settle_as(agg, settlement, media_type).await?
            }
            // Someone else stored a result, or the job was deleted: ours is dropped, and the
            // job settles as it stands.
            Err(DomainError::Concurrency { .. }) => {
                let (state, _): (JobState, _) = fold(&self.events.load(agg, 0).await?)?;
                self.settle(agg, &state).await?;
            }
            Err(e) => return Err(e),
        }
        Ok(Outcome::Ack)
    }

    /// The job's time in the queue and its analysis, as spans of its trace: the analysis carries
    /// each detector's milliseconds (`veracity.detector.<id>.ms`) and the failure code, if any.
    fn trace(
        &self,
        agg: &AggregateRef,
        (queued_at, started): (DateTime<Utc>, DateTime<Utc>),
        (media_type, check): (MediaType, veracity_domain::detection::Check),
        attempt: u32,
        failure: Option<FailureCode>,
        timings: &[(String, f64)],
    ) {
        let Ok(job) = agg.id().parse::<veracity_domain::JobId>() else { return };
        if !self.traces.enabled() {
            return;
        }
        let media_type = media_type.as_str();
        self.traces.record(
            Span::in_job(job, "veracity.queue", SpanKind::Consumer, queued_at, started)
                .with("veracity.media_type", media_type)
                .with("veracity.attempt", i64::from(attempt)),
        );
        let mut analyse = Span::in_job(job, "veracity.analyse", SpanKind::Internal, started, chrono::Utc::now())
            .with("veracity.media_type", media_type)
            .with("veracity.check", check.as_str())
            .with("veracity.attempt", i64::from(attempt))
            .with("veracity.worker", self.settings.worker_id.as_str());
        for (detector, ms) in timings {
            analyse = analyse.with(&format!("veracity.detector.{detector}.ms"), *ms);
        }
        self.traces.record(match failure {
            Some(code) => analyse.with("veracity.error_code", code.as_str()).failed(code.as_str()),
            None => analyse,
        });
    }

    /// The poison-job path: records the job `failed` (`ANALYSIS_ABORTED`), releases its credits
    /// and acks its ticket. `veracity jobs dead-letters` lists such jobs for operators.
    async fn dead_letter(
        &self,
        agg: &AggregateRef,
        position: AggregatePosition,
        failed: JobFailed,
        media_type: &str,
    ) -> Result<Outcome, DomainError> {
        tracing::error!(job = %agg, reason = %failed.message, "poison job: recorded failed (ANALYSIS_ABORTED) and not tried again");
        let code = failed.code;
        match self.append(agg, position, failed.into()).await {
            Ok(_) => {
                self.metrics.finished(media_type, Some(code.as_str()), &[], None);
                self.settle_as(agg, Settlement::Release, None).await?
            }
            // Changed meanwhile (deleted, or finished after all): decide again on redelivery.
            Err(DomainError::Concurrency { .. }) => return Ok(Outcome::RetryAfter(Duration::from_millis(10))),
            Err(e) => return Err(e),
        }
        Ok(Outcome::Ack)
    }

    /// Sets `stop` when the job is deleted, until the handle is dropped.
    async fn stop_when_deleted(&self, agg: &AggregateRef, stop: Arc<AtomicBool>) -> Result<Background<()>, DomainError> {
        let mut changes = self.events.watch(agg).await?;
        Ok(Background(tokio::spawn(async move {
            while let Some(watched) = changes.next().await {
                if watched.event.envelope.event_type == <JobDeleted as veracity_domain::events::DomainEvent>::EVENT_TYPE {
                    stop.store(true, Ordering::Relaxed);
                    break;
                }
            }
            Ok(())
        })))
    }

    /// Captures or releases a finished job's credits; nothing for one that can still run.
    async fn settle(&self, agg: &AggregateRef, state: &JobState) -> Result<(), DomainError> {
        match state.settlement() {
            Some(settlement) => self.settle_as(agg, settlement, state.submitted.as_ref().map(|s| s.media_type)).await,
            None => Ok(()),
        }
    }

    async fn settle_as(&self, agg: &AggregateRef, settlement: Settlement, media_type: Option<MediaType>) -> Result<(), DomainError> {
        settle_job(&self.ledger, agg, settlement, media_type).await.map(|_| ())
    }

    /// The job's state once its submission is stored. The API queues the ticket while it stores
    /// the job's events, so a worker can hold the ticket a moment before they are readable; it
    /// waits for them, woken by the job's events. `None` when the job is still not submitted
    /// after [`WorkerSettings::submission_wait`].
    async fn load(&self, agg: &AggregateRef) -> Result<Option<(JobState, AggregatePosition)>, DomainError> {
        let deadline = tokio::time::Instant::now() + self.settings.submission_wait;
        let mut changes = None;
        loop {
            let (state, position): (JobState, AggregatePosition) = fold(&self.events.load(agg, 0).await?)?;
            if state.submitted.is_some() {
                return Ok(Some((state, position)));
            }
            let now = tokio::time::Instant::now();
            if now >= deadline {
                return Ok(None);
            }
            match changes.as_mut() {
                // Watching from now on, then reading again: nothing falls in between.
                None => changes = Some(self.events.watch(agg).await?),
                Some(events) => {
                    let _ = tokio::time::timeout((deadline - now).min(Duration::from_millis(50)), events.next()).await;
                }
            }
        }
    }

    /// Appends one of the job's events, tagged with the job's id.
    async fn append(&self, agg: &AggregateRef, at: AggregatePosition, event: JobEvent) -> Result<veracity_domain::Appended, DomainError> {
        append::<JobState>(Cmd::new(self.events.as_ref(), self.clock.now(), agg.id()), agg, at, &event).await
    }

    /// The tenant's plan from the accounts read model, cached briefly.
    async fn plan(&self, tenant: TenantId) -> Plan {
        if let Some((plan, at)) = self.plans.locked().get(&tenant).copied()
            && at.elapsed() < PLAN_CACHE
        {
            return plan;
        }
        let plan = match tenant::Entity::find_by_id(tenant.to_string()).one(&self.db).await {
            Ok(Some(row)) => serde_json::from_value(serde_json::Value::String(row.plan)).unwrap_or(Plan::Free),
            // Not projected yet: a tenant starts on FREE.
            Ok(None) => Plan::Free,
            // The database is down: the plan last read still stands (a stale limit beats the
            // smallest one); with none, FREE's limit, said out loud.
            Err(error) => {
                let known = self.plans.locked().get(&tenant).map(|(plan, _)| *plan);
                tracing::warn!(%tenant, %error, fallback = ?known, "could not read the tenant's plan; using the last known, else FREE");
                return known.unwrap_or(Plan::Free);
            }
        };
        self.plans.locked().insert(tenant, (plan, Instant::now()));
        plan
    }
}
