use chrono::{Duration, TimeZone, Utc};

use super::*;
use crate::UserId;
use crate::fakes::Given;

/// A job's history, `at_second`s after `start`.
struct History {
    given: Given<JobState>,
    start: DateTime<Utc>,
}

impl History {
    fn new() -> Self {
        Self { given: Given::new(), start: Utc.with_ymd_and_hms(2026, 11, 23, 12, 0, 0).unwrap() }
    }

    fn push(&mut self, event: impl Into<JobEvent>, at_second: i64) -> &mut Self {
        self.given.event(event, self.start + Duration::seconds(at_second));
        self
    }

    fn state(&self) -> JobState {
        self.given.state.clone()
    }

    fn submitted(retain: bool) -> Self {
        let mut h = Self::new();
        let media = StoredMedia { blob_key: "media/x".into(), sha256: "ab".into(), size: 3, format: None };
        h.push(UploadReceived { media, source: MediaSource::Upload { filename: None } }, 0);
        let options = JobOptions { retain, ..JobOptions::default() };
        h.push(JobSubmitted { check: Check::Deepfake, media_type: MediaType::Image, options, key: ApiKeyId::new() }, 0);
        h
    }
}

fn report() -> Report {
    crate::fakes::empty_report()
}

#[test]
fn a_job_runs_once_and_redeliveries_after_the_result_do_nothing() {
    let mut h = History::submitted(false);
    let state = h.state();
    assert_eq!(state.status, JobStatus::Queued);
    let started = state.start(1, "w1").unwrap();
    assert_eq!(started.attempt, 1);
    h.push(started, 1);
    assert!(h.state().accepts_result());
    // A second delivery while the first is still running (its worker died) starts attempt 2.
    assert_eq!(h.state().start(1, "w2").unwrap().attempt, 2);
    h.push(JobCompleted { attempt: 1, report: report(), credits: 2 }, 2);
    let done = h.state();
    assert_eq!(done.status, JobStatus::Completed);
    assert_eq!(done.settlement(), Some(Settlement::Capture(2)), "a completed job pays its price");
    assert!(done.start(3, "w3").is_none());
    assert!(!done.accepts_result());
}

#[test]
fn deleting_cancels_an_unfinished_job_and_hides_its_result() {
    let mut h = History::submitted(false);
    let deleted = h.state().delete("job_1", Actor::Key(ApiKeyId::new())).unwrap();
    h.push(deleted, 1);
    let state = h.state();
    assert_eq!(state.status, JobStatus::Cancelled);
    assert_eq!(state.settlement(), Some(Settlement::Release), "a cancelled job pays nothing");
    assert!(state.start(1, "w").is_none());
    assert!(matches!(state.delete("job_1", Actor::User(UserId::new())), Err(DomainError::NotFound { .. })));
    assert_eq!(state.purge_due(Retention::default()).unwrap().1, PurgeReason::Deleted);

    let mut finished = History::submitted(false);
    finished.push(JobStarted { attempt: 1, worker: "w".into() }, 1);
    finished.push(JobCompleted { attempt: 1, report: report(), credits: 2 }, 2);
    finished.push(JobDeleted { actor: "key_1".into() }, 3);
    let state = finished.state();
    assert_eq!(state.status, JobStatus::Completed);
    assert!(state.report.is_none());
    assert_eq!(state.settlement(), Some(Settlement::Capture(2)), "deleting a finished job refunds nothing");
}

#[test]
fn media_is_purged_a_minute_after_the_verdict_or_thirty_days_when_retained() {
    let retention = Retention::default();
    for (retain, keep) in [(false, Duration::seconds(60)), (true, Duration::days(30))] {
        let mut h = History::submitted(retain);
        assert_eq!(h.state().purge_due(retention), None, "not while it can still run");
        h.push(JobStarted { attempt: 1, worker: "w".into() }, 1);
        h.push(JobFailed { attempt: 1, code: FailureCode::InvalidFileFormat, message: "truncated".into() }, 2);
        let verdict_at = h.start + Duration::seconds(2);
        let state = h.state();
        assert_eq!(state.purge_due(retention), Some((verdict_at + keep, PurgeReason::Retention)));
        assert!(state.purge(retention, verdict_at + keep - Duration::seconds(1)).is_none());
        let purged = state.purge(retention, verdict_at + keep).unwrap();
        h.push(purged, 3);
        assert_eq!(h.state().purge_due(retention), None);
    }
}

#[test]
fn a_job_whose_workers_die_on_it_is_abandoned_after_max_starts_and_not_before() {
    let mut h = History::submitted(false);
    assert!(h.state().abandon(3).is_none(), "a queued job is not poison");
    for (second, delivery) in [(1, 1), (40, 7), (80, 50)] {
        assert!(h.state().abandon(3).is_none(), "{} starts are under the limit", h.state().starts);
        let started = h.state().start(delivery, "w").unwrap();
        h.push(started, second);
    }
    // Delivery numbers jump (slot waits count), starts do not.
    assert_eq!((h.state().starts, h.state().attempts), (3, 50));
    let failed = h.state().abandon(3).expect("three starts without a result");
    assert_eq!(failed.code, FailureCode::AnalysisAborted);
    assert!(failed.message.contains("started 3 times"), "{}", failed.message);
    h.push(failed, 120);
    let state = h.state();
    assert_eq!(state.status, JobStatus::Failed);
    assert_eq!(state.settlement(), Some(Settlement::Release), "an aborted job costs nothing");
    assert!(state.abandon(3).is_none() && state.start(51, "w").is_none(), "and is never started again");
}
