//! Submitting media for detection, and following a job to its result. Every entry point (the
//! native `/v1/detect/*` routes, vendor-compatible routes, the CLI) runs this same submission:
//! reserve the worst-case price, store the media content-addressed, record `upload.received`
//! and `job.submitted`, queue the job, and give the credits back if any step fails.

use std::time::Duration;

use futures::StreamExt;
use futures::stream::BoxStream;
use veracity_domain::billing::{Priced, Pricing};
use veracity_domain::detection::job::{JobEvent, JobSubmitted, UploadReceived};
use veracity_domain::detection::{Check, JobOptions, JobState, MediaFormat, MediaSource, MediaType, StoredMedia};
use veracity_domain::digest::sha256_hex;
use veracity_domain::ports::{BlobKey, BlobStore, EventStore, JobQueue, JobTicket, Span, SpanKind, TicketMedia, Traces, Watched};
use veracity_domain::{AggregatePosition, AggregateRef, ApiKeyId, DomainError, JobId, TenantId};

use crate::commands::{Cmd, aggregate, append_and_fold};
use crate::error::AppError;
use crate::ledger::CreditLedger;

/// What submitting needs besides the log: where media goes, where jobs queue, and the credits.
pub struct DetectionPorts<'a> {
    pub blobs: &'a dyn BlobStore,
    pub queue: &'a dyn JobQueue,
    pub ledger: &'a CreditLedger,
    pub pricing: &'a Pricing,
    /// Where the submission's span goes: the root of the job's trace.
    pub traces: &'a dyn Traces,
}

/// Validated media and what to do with it.
pub struct Submission {
    pub tenant: TenantId,
    /// The API key that submits it.
    pub key: ApiKeyId,
    pub check: Check,
    pub media_type: MediaType,
    /// Sniffed from the content; `None` for a list of frames.
    pub format: Option<MediaFormat>,
    pub source: MediaSource,
    pub bytes: Vec<u8>,
    pub options: JobOptions,
}

/// A job just recorded and queued, followed from before its first event.
pub struct Submitted {
    pub job: JobId,
    pub media_type: MediaType,
    pub following: Following,
}

/// Before any work is spent fetching media whose type is not known yet (a `media_url`):
/// `InsufficientCredits` when the balance cannot cover the cheapest job `media` could make.
pub async fn check_affordable(
    cmd: Cmd<'_>,
    ports: &DetectionPorts<'_>,
    tenant: TenantId,
    check: Check,
    analysis_type: veracity_domain::detection::AnalysisType,
    media: &[MediaType],
) -> Result<(), AppError> {
    let cheapest = media.iter().map(|&media_type| ports.pricing.reserve(Priced { media_type, check, analysis_type })).min().unwrap_or(0);
    let balance = ports.ledger.balance(tenant, cmd.request_id).await?.balance.available;
    if balance < cheapest {
        return Err(AppError::InsufficientCredits(veracity_domain::billing::Insufficient { balance, required: cheapest }));
    }
    Ok(())
}

/// Reserves the job's price (`InsufficientCredits` when the balance cannot cover it), then
/// records and queues it. If recording fails, the reservation is released.
pub async fn submit(cmd: Cmd<'_>, ports: &DetectionPorts<'_>, s: Submission) -> Result<Submitted, AppError> {
    let (job, tenant) = (JobId::new(), s.tenant);
    let started = chrono::Utc::now();
    let (media_type, check, size) = (s.media_type, s.check, s.bytes.len());
    let submitted = submit_job(cmd, ports, job, s).await;
    if ports.traces.enabled() {
        let span = Span::job_root(job, "veracity.submit", SpanKind::Server, started, chrono::Utc::now())
            .with("veracity.job_id", job.to_string())
            .with("veracity.tenant_id", tenant.to_string())
            .with("veracity.media_type", media_type.as_str())
            .with("veracity.check", check.as_str())
            .with("veracity.bytes", size as i64)
            .with("veracity.request_id", cmd.request_id);
        ports.traces.record(match &submitted {
            Ok(_) => span,
            Err(err) => span.failed(err.to_string()),
        });
    }
    submitted
}

async fn submit_job(cmd: Cmd<'_>, ports: &DetectionPorts<'_>, job: JobId, s: Submission) -> Result<Submitted, AppError> {
    let tenant = s.tenant;
    let media_type = s.media_type;
    let priced = Priced { media_type, check: s.check, analysis_type: s.options.analysis_type };
    let required = ports.pricing.reserve(priced);
    let recorded = match ports.ledger.reserve(s.tenant, job, required, Some(media_type), cmd.request_id).await {
        Ok(Ok(_)) => record(cmd, ports, job, s).await,
        Ok(Err(missing)) => return Err(AppError::InsufficientCredits(missing)),
        // The reservation may have been stored before the error: released below.
        Err(e) => Err(e),
    };
    match recorded {
        Ok(following) => Ok(Submitted { job, media_type, following }),
        Err(err) => {
            // The client is told the job failed: its reservation returns. (Should the job have
            // been stored and queued with only its answer lost, it runs uncharged: the rare cost
            // of never holding a customer's credits for a request that failed.)
            if let Err(e) = ports.ledger.release(tenant, job, cmd.request_id).await {
                tracing::warn!(%job, error = %e, "could not release the credits of a job that failed to be recorded");
            }
            Err(err.into())
        }
    }
}

/// Stores the media, records the job and queues it.
async fn record(cmd: Cmd<'_>, ports: &DetectionPorts<'_>, job: JobId, s: Submission) -> Result<Following, DomainError> {
    let Submission { tenant, key, check, media_type, format, source, bytes, options } = s;
    let sha256 = sha256_hex(&bytes);
    let blob_key = format!("media/{tenant}/{job}/{sha256}");
    let size = bytes.len() as u64;
    let agg = aggregate::<JobState>(tenant, job.to_string())?;
    // Watched before anything of the job is stored, so none of its events can be missed (and
    // nothing is left behind when watching fails).
    let changes = cmd.events.watch(&agg).await?;
    ports.blobs.put(&BlobKey::new(blob_key.clone())?, bytes.into()).await?;

    let media = StoredMedia { blob_key: blob_key.clone(), sha256, size, format };
    let hint = TicketMedia { stored: media.clone(), media_type };
    let events: [JobEvent; 2] = [UploadReceived { media, source }.into(), JobSubmitted { check, media_type, options, key }.into()];
    // The ticket is queued while the job's events are stored, not after: the worker starts
    // reading the media at once and waits for the events itself (see the detection worker).
    let ticket = JobTicket { tenant, job, media: Some(hint) };
    let recorded = async {
        // The job's state is what this request writes, so it is folded here, not read back.
        let mut state = JobState::default();
        let mut position = AggregatePosition::EMPTY;
        for event in events {
            position = append_and_fold(cmd, &agg, position, &mut state, event).await?.position();
        }
        Ok::<_, DomainError>(Following { job: state, seen: position.last_sequence, changes: Some(changes) })
    };
    let (following, queued) = tokio::join!(recorded, ports.queue.enqueue(ticket));
    match (following, queued) {
        (Ok(following), Ok(())) => Ok(following),
        (Err(e), _) | (_, Err(e)) => {
            // The client is told it failed: the media it sent is not kept (a job that was
            // stored all the same fails with MEDIA_EXPIRED rather than running on it).
            if let Err(delete) = ports.blobs.delete(&BlobKey::new(blob_key)?).await {
                tracing::warn!(%job, error = %delete, "could not delete the media of a job that failed to be recorded");
            }
            Err(e)
        }
    }
}

/// A job's state as far as its event at `seen`, and its events from then on.
pub struct Following {
    job: JobState,
    seen: u64,
    changes: Option<BoxStream<'static, Watched>>,
}

/// How often a follower reads the log even when no event arrived.
const RECHECK: Duration = Duration::from_millis(250);

/// Follows the job until it is finished or `wait` runs out, applying each of its events as it
/// is stored; reads the log only when it may have missed one (and at least every [`RECHECK`]).
/// Without `following`, starts from the log. Returns the state and whether it is finished.
pub async fn wait_until_finished(
    events: &dyn EventStore,
    agg: &AggregateRef,
    wait: Duration,
    following: Option<Following>,
) -> Result<(JobState, bool), DomainError> {
    use veracity_domain::aggregate::Aggregate;
    let deadline = tokio::time::Instant::now() + wait;
    let (mut job, mut seen, mut changes, mut behind) = match following {
        Some(Following { job, seen, changes }) => (job, seen, changes, false),
        None => (JobState::default(), 0, None, true),
    };
    if wait.is_zero() {
        changes = None;
    } else if changes.is_none() {
        changes = Some(events.watch(agg).await?);
    }
    loop {
        if behind {
            for event in events.load(agg, seen).await? {
                job.apply(&event.envelope)?;
                seen = event.sequence;
            }
            behind = false;
        }
        let now = tokio::time::Instant::now();
        if job.status.is_finished() || now >= deadline {
            let finished = job.status.is_finished();
            return Ok((job, finished));
        }
        let nap = (deadline - now).min(RECHECK);
        match changes.as_mut() {
            Some(stream) => match tokio::time::timeout(nap, stream.next()).await {
                Ok(Some(watched)) if watched.previous_sequence == seen => {
                    job.apply(&watched.event.envelope)?;
                    seen = watched.event.sequence;
                }
                Ok(Some(watched)) => behind = watched.event.sequence > seen,
                Ok(None) => (changes, behind) = (None, true),
                Err(_) => behind = true,
            },
            None => {
                tokio::time::sleep(nap).await;
                behind = true;
            }
        }
    }
}
