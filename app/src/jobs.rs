//! Detection jobs after submission: deleting one, and purging media when it is due.

use bytes::Bytes;
use veracity_domain::accounts::Actor;
use veracity_domain::detection::{JobState, MediaFormat, MediaType, Retention, Settlement, StoredMedia};
use veracity_domain::ports::{BlobKey, BlobStore};
use veracity_domain::{AggregateRef, DomainError, JobId, TenantId};

use crate::commands::{Cmd, aggregate, append, execute, load};
use crate::ledger::CreditLedger;

/// The job as it is now; another tenant's job, a deleted one or none at all is `NotFound`.
pub async fn current_job(cmd: Cmd<'_>, tenant: TenantId, job: JobId) -> Result<JobState, DomainError> {
    let (state, _) = load::<JobState>(cmd.events, &aggregate::<JobState>(tenant, job.to_string())?).await?;
    if !state.exists || state.deleted {
        return Err(DomainError::NotFound { resource: "job", id: job.to_string() });
    }
    Ok(state)
}

/// The job's uploaded media while it is kept, with its format; `None` once deleted (by retention
/// or a delete) and for text and frame lists, which have no single file.
pub async fn job_media(
    cmd: Cmd<'_>,
    blobs: &dyn BlobStore,
    tenant: TenantId,
    job: JobId,
) -> Result<Option<(Bytes, MediaFormat)>, DomainError> {
    let state = current_job(cmd, tenant, job).await?;
    let Some((media, format)) = state.media.as_ref().and_then(|m| m.format.map(|f| (m, f))) else { return Ok(None) };
    if state.media_purged {
        return Ok(None);
    }
    match blobs.get(&BlobKey::new(media.blob_key.clone())?).await {
        Ok(bytes) => Ok(Some((bytes, format))),
        // Purged between reading the job and reading the blob.
        Err(DomainError::NotFound { .. }) => Ok(None),
        Err(err) => Err(err),
    }
}

/// Deletes a job: cancelled if unfinished, its result hidden, its media removed now rather than
/// at the retention worker's next pass. `actor`: the API key or member that deleted it.
pub async fn delete_job(cmd: Cmd<'_>, blobs: &dyn BlobStore, tenant: TenantId, job: JobId, actor: Actor) -> Result<(), DomainError> {
    let agg = aggregate::<JobState>(tenant, job.to_string())?;
    let (_, state) =
        execute::<JobState, DomainError>(cmd, &agg, |state| Ok(Some(state.delete(&job.to_string(), actor.clone())?.into()))).await?;
    if let Some(media) = &state.media {
        delete_media_blobs(blobs, media).await?;
    }
    Ok(())
}

/// Deletes a job's stored files: the media and, beside it, the heatmap overlay (if any).
async fn delete_media_blobs(blobs: &dyn BlobStore, media: &StoredMedia) -> Result<(), DomainError> {
    blobs.delete(&BlobKey::new(media.blob_key.clone())?).await?;
    blobs.delete(&BlobKey::new(media.heatmap_key())?).await
}

/// What [`job_heatmap`] found.
pub enum HeatmapImage {
    Png(Bytes),
    /// The job's result has no heatmap (not asked for with `return_details`, not an image or
    /// video, or no frame was scored), or the job has not finished.
    None,
    /// It had one, deleted with the media.
    Expired,
}

/// The heatmap overlay of a job's result (a PNG the worker drew from the decoded frame), while
/// its media is kept.
pub async fn job_heatmap(cmd: Cmd<'_>, blobs: &dyn BlobStore, tenant: TenantId, job: JobId) -> Result<HeatmapImage, DomainError> {
    let state = current_job(cmd, tenant, job).await?;
    let (Some(media), true) = (&state.media, state.report.as_ref().is_some_and(|r| r.heatmap.is_some())) else {
        return Ok(HeatmapImage::None);
    };
    if state.media_purged {
        return Ok(HeatmapImage::Expired);
    }
    match blobs.get(&BlobKey::new(media.heatmap_key())?).await {
        Ok(bytes) => Ok(HeatmapImage::Png(bytes)),
        Err(DomainError::NotFound { .. }) => Ok(HeatmapImage::Expired),
        Err(err) => Err(err),
    }
}

/// Purges the job's media if it is due; true when this call purged it. The media goes first,
/// then the record: a crash in between repeats a harmless delete.
pub async fn purge_media(cmd: Cmd<'_>, blobs: &dyn BlobStore, agg: &AggregateRef, retention: Retention) -> Result<bool, DomainError> {
    let (state, position) = load::<JobState>(cmd.events, agg).await?;
    let (Some(purged), Some(media)) = (state.purge(retention, cmd.now), &state.media) else { return Ok(false) };
    delete_media_blobs(blobs, media).await?;
    match append::<JobState>(cmd, agg, position, &purged.into()).await {
        Ok(_) => Ok(true),
        // Changed meanwhile (deleted, or purged by another worker): decide again on fresh state.
        Err(DomainError::Concurrency { .. }) => {
            let decide = |state: &JobState| Ok(state.purge(retention, cmd.now).map(Into::into));
            let (appended, _) = execute::<JobState, DomainError>(cmd, agg, decide).await?;
            Ok(appended.is_some())
        }
        Err(e) => Err(e),
    }
}

/// Captures (completed) or releases (failed, cancelled) a finished job's reserved credits.
/// Each settles once: the ledger ignores a second settlement of the same job. Answers whether
/// this call settled it (false: it was settled already, or held nothing).
pub async fn settle_job(
    ledger: &CreditLedger,
    agg: &AggregateRef,
    settlement: Settlement,
    media_type: Option<MediaType>,
) -> Result<bool, DomainError> {
    let tenant = agg.tenant();
    let job: JobId = agg.id().parse().map_err(|_| DomainError::internal(format!("job aggregate {agg} has no job id")))?;
    let committed = match settlement {
        Settlement::Capture(price) => ledger.capture(tenant, job, price, media_type, agg.id()).await?,
        Settlement::Release => ledger.release(tenant, job, agg.id()).await?,
    };
    Ok(committed.appended.is_some())
}
