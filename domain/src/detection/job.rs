//! The job aggregate (`<tenant>.job.<job id>`): its events, its state, and the decisions that
//! keep a job's life consistent when API processes and redelivered workers act on it at once.
//!
//! ```text
//! upload.received → job.submitted → job.started (×attempts) → job.completed | job.failed
//!                         └──────────────→ job.deleted (at any point; cancels if not finished)
//! job.completed | job.failed | job.deleted → media.purged (once)
//! ```

use chrono::{DateTime, Duration, Utc};
use serde::{Deserialize, Serialize};

use super::media::MediaType;
use super::report::Report;
use super::spec::{Check, JobOptions, MediaSource, StoredMedia};
use crate::accounts::Actor;
use crate::aggregate::Aggregate;
use crate::error::DomainError;
use crate::events::{EventEnvelope, event, event_enum};
use crate::ids::ApiKeyId;

/// The media is stored; a job for it follows.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct UploadReceived {
    pub media: StoredMedia,
    pub source: MediaSource,
}
event!(UploadReceived, "upload.received");

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct JobSubmitted {
    pub check: Check,
    pub media_type: MediaType,
    pub options: JobOptions,
    /// The API key that submitted it.
    pub key: ApiKeyId,
}
event!(JobSubmitted, "job.submitted");

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct JobStarted {
    /// 1 for the first delivery to a worker, higher after a worker died or gave up mid-job.
    pub attempt: u32,
    pub worker: String,
}
event!(JobStarted, "job.started");

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct JobCompleted {
    pub attempt: u32,
    pub report: Report,
    /// What the job cost (see [`crate::billing::Pricing`]); captured from its reservation.
    #[serde(default)]
    pub credits: u64,
}
event!(JobCompleted, "job.completed");

/// Why a job failed; each is also the `code` of the API error a waiting client receives.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum FailureCode {
    /// The file is truncated or corrupt, or its content does not match its format.
    InvalidFileFormat,
    /// Decoding showed the media is over a limit (pixels, duration).
    FileTooLarge,
    /// `analysis_type` FACE or VERIFICATION, and no face was found.
    NoFaceDetected,
    /// The stored media was purged before the job ran.
    MediaExpired,
    /// A fault on our side (a model failed to run); retrying may help.
    AnalysisFailed,
    /// The poison-job path: the analysis was started [`JobState::abandon`]'s number of times
    /// and never finished (its worker was killed, ran out of memory or crashed), the job was
    /// delivered more times than the queue allows, or its result was too large to store. The
    /// job is not tried again.
    AnalysisAborted,
}

impl FailureCode {
    pub fn as_str(self) -> &'static str {
        match self {
            FailureCode::InvalidFileFormat => "INVALID_FILE_FORMAT",
            FailureCode::FileTooLarge => "FILE_TOO_LARGE",
            FailureCode::NoFaceDetected => "NO_FACE_DETECTED",
            FailureCode::MediaExpired => "MEDIA_EXPIRED",
            FailureCode::AnalysisFailed => "ANALYSIS_FAILED",
            FailureCode::AnalysisAborted => "ANALYSIS_ABORTED",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct JobFailed {
    pub attempt: u32,
    pub code: FailureCode,
    pub message: String,
}
event!(JobFailed, "job.failed");

/// The client deleted the job: it is cancelled if unfinished, and its media goes at once.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct JobDeleted {
    /// Who deleted it: an API key, or a member in the console.
    pub actor: Actor,
}
event!(JobDeleted, "job.deleted");

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PurgeReason {
    /// The retention period after the verdict ended.
    Retention,
    /// The job was deleted.
    Deleted,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MediaPurged {
    pub reason: PurgeReason,
}
event!(MediaPurged, "media.purged");

event_enum! {
    /// The events of a job (`<tenant>.job.<job id>`).
    pub enum JobEvent for "job" {
        UploadReceived(UploadReceived),
        Submitted(JobSubmitted),
        Started(JobStarted),
        Completed(JobCompleted),
        Failed(JobFailed),
        Deleted(JobDeleted),
        MediaPurged(MediaPurged),
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum JobStatus {
    #[default]
    Queued,
    Processing,
    Completed,
    Failed,
    Cancelled,
}

impl JobStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            JobStatus::Queued => "queued",
            JobStatus::Processing => "processing",
            JobStatus::Completed => "completed",
            JobStatus::Failed => "failed",
            JobStatus::Cancelled => "cancelled",
        }
    }

    pub fn is_finished(self) -> bool {
        matches!(self, JobStatus::Completed | JobStatus::Failed | JobStatus::Cancelled)
    }
}

/// How long media is kept after the verdict.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Retention {
    pub default: Duration,
    pub retained: Duration,
}

impl Default for Retention {
    /// 60 seconds, or 30 days with `retain=true`.
    fn default() -> Self {
        Self { default: Duration::seconds(60), retained: Duration::days(30) }
    }
}

#[derive(Debug, Clone, Default)]
pub struct JobState {
    pub exists: bool,
    pub media: Option<StoredMedia>,
    pub source: Option<MediaSource>,
    pub submitted: Option<JobSubmitted>,
    pub status: JobStatus,
    pub deleted: bool,
    pub attempts: u32,
    /// How many times a worker started it (`attempts` numbers deliveries, which include waits).
    pub starts: u32,
    pub created_at: Option<DateTime<Utc>>,
    pub started_at: Option<DateTime<Utc>>,
    pub finished_at: Option<DateTime<Utc>>,
    pub report: Option<Report>,
    pub failure: Option<JobFailed>,
    pub media_purged: bool,
    /// What the job cost: set once it completed (failed and cancelled jobs cost nothing).
    pub credits_used: u64,
}

/// What becomes of a finished job's reserved credits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Settlement {
    /// It completed: its price is spent, the rest of the reservation returns.
    Capture(u64),
    /// It failed or was cancelled: the whole reservation returns.
    Release,
}

impl Aggregate for JobState {
    const KIND: &'static str = "job";
    type Event = JobEvent;

    fn evolve(&mut self, event: JobEvent, envelope: &EventEnvelope) {
        let at = envelope.occurred_at;
        match event {
            JobEvent::UploadReceived(e) => {
                self.exists = true;
                self.media = Some(e.media);
                self.source = Some(e.source);
                self.created_at = Some(at);
            }
            JobEvent::Submitted(e) => self.submitted = Some(e),
            JobEvent::Started(e) => {
                self.status = JobStatus::Processing;
                self.attempts = self.attempts.max(e.attempt);
                self.starts += 1;
                self.started_at.get_or_insert(at);
            }
            JobEvent::Completed(e) => {
                self.status = JobStatus::Completed;
                self.report = Some(e.report);
                self.credits_used = e.credits;
                self.finished_at = Some(at);
            }
            JobEvent::Failed(e) => {
                self.status = JobStatus::Failed;
                self.failure = Some(e);
                self.finished_at = Some(at);
            }
            JobEvent::Deleted(_) => {
                self.deleted = true;
                if !self.status.is_finished() {
                    self.status = JobStatus::Cancelled;
                    self.finished_at = Some(at);
                }
                self.report = None;
            }
            JobEvent::MediaPurged(_) => self.media_purged = true,
        }
    }
}

impl JobState {
    /// A worker received the job for delivery `attempt`: start it, or `None` when it is finished
    /// (a redelivery after the result was stored) or gone, and the delivery should just be acked.
    pub fn start(&self, attempt: u32, worker: &str) -> Option<JobStarted> {
        let runnable = self.exists && !self.deleted && matches!(self.status, JobStatus::Queued | JobStatus::Processing);
        runnable.then(|| JobStarted { attempt: attempt.max(self.attempts + 1), worker: worker.to_owned() })
    }

    /// The poison-job check: a job that workers started `max_starts` times without a result
    /// (each of them died on it: killed, out of memory, crashed, or could not store what it
    /// found) is recorded failed with `ANALYSIS_ABORTED` instead of being started again.
    pub fn abandon(&self, max_starts: u32) -> Option<JobFailed> {
        let stuck = self.exists && !self.deleted && self.status == JobStatus::Processing && self.starts >= max_starts;
        stuck.then(|| self.abort(format!("the analysis was started {} times and never finished; it is not tried again", self.starts)))
    }

    /// The event that fails the job with `ANALYSIS_ABORTED` for `why` (the caller checks the
    /// job can still run).
    pub fn abort(&self, why: String) -> JobFailed {
        JobFailed { attempt: self.attempts, code: FailureCode::AnalysisAborted, message: why }
    }

    /// What the job analyses: as submitted; before that (a request that failed part-way), what
    /// its upload is.
    pub fn media_type(&self) -> Option<MediaType> {
        self.submitted.as_ref().map(|s| s.media_type).or_else(|| match (&self.source, &self.media) {
            (Some(MediaSource::Text { .. }), _) => Some(MediaType::Text),
            (_, Some(media)) => media.format.and_then(|f| f.media_type()),
            _ => None,
        })
    }

    /// How the job's credits settle, once it is finished (`None` while it can still run).
    pub fn settlement(&self) -> Option<Settlement> {
        match self.status {
            JobStatus::Completed => Some(Settlement::Capture(self.credits_used)),
            JobStatus::Failed | JobStatus::Cancelled => Some(Settlement::Release),
            JobStatus::Queued | JobStatus::Processing => None,
        }
    }

    /// Whether a result for `attempt` may still be stored: exactly one result per job.
    pub fn accepts_result(&self) -> bool {
        self.status == JobStatus::Processing && !self.deleted
    }

    /// The client deletes the job; `NotFound` if it never existed or is already deleted.
    pub fn delete(&self, job: &str, actor: Actor) -> Result<JobDeleted, DomainError> {
        if !self.exists || self.deleted {
            return Err(DomainError::NotFound { resource: "job", id: job.to_owned() });
        }
        Ok(JobDeleted { actor })
    }

    /// When the media should be purged: `retention` after the verdict, at once after a delete,
    /// never while the job can still run. `None` when there is nothing (left) to purge.
    pub fn purge_due(&self, retention: Retention) -> Option<(DateTime<Utc>, PurgeReason)> {
        if self.media_purged || !self.exists {
            return None;
        }
        if self.deleted {
            return Some((DateTime::<Utc>::MIN_UTC, PurgeReason::Deleted));
        }
        let finished = self.finished_at.filter(|_| self.status.is_finished())?;
        let retain = self.submitted.as_ref().is_some_and(|s| s.options.retain);
        let keep = if retain { retention.retained } else { retention.default };
        Some((finished + keep, PurgeReason::Retention))
    }

    /// Purges the media if it is due at `now`.
    pub fn purge(&self, retention: Retention, now: DateTime<Utc>) -> Option<MediaPurged> {
        let (due, reason) = self.purge_due(retention)?;
        (due <= now).then_some(MediaPurged { reason })
    }
}

#[cfg(test)]
mod tests;
