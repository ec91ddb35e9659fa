//! Back-pressure for requests that wait for their result (`Prefer: wait`): when the jobs ahead of
//! a new one cannot be drained within the time it would wait, it is answered 202 at once (with
//! its `Location` to poll) instead of holding a connection for a timeout that is known in advance.
//!
//! The estimate comes from readings of the job queue (its depth, and how many tickets it has let
//! go of) that waiting requests start in the background, at most one every [`READ_EVERY`] (under
//! load a request uses the readings there are; one that finds none fresher than [`STALE`] waits
//! for its own): the rate the workers drain it at counts only the time it was busy (non-empty at
//! both ends of an interval at most [`MAX_GAP`] long), so a quiet period does not read as slow
//! workers. With too little to go on (a fresh process, a quiet
//! queue) there is no estimate and requests wait as they asked.

use std::collections::VecDeque;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use prometheus::{Gauge, IntCounterVec, Opts, Registry};
use veracity_domain::detection::MediaType;
use veracity_domain::ports::{JobQueue, QueueLevel};

/// The least time between two readings of the queue.
const READ_EVERY: Duration = Duration::from_millis(250);
/// Readings older than this are forgotten.
const WINDOW: Duration = Duration::from_secs(30);
/// The longest a reading may take before it is given up (the request goes on without it).
const READ_TIMEOUT: Duration = Duration::from_millis(500);
/// Busy time and tickets drained needed before the rate is trusted.
const MIN_BUSY: Duration = Duration::from_secs(2);
const MIN_DRAINED: u64 = 4;
/// A latest reading older than this says nothing about the queue now (readings are only taken
/// while requests wait): a request that finds none fresher waits for one.
const STALE: Duration = Duration::from_secs(2);
/// Two readings further apart than this do not show the queue was busy between them.
const MAX_GAP: Duration = Duration::from_secs(5);

pub struct Backlog {
    queue: Arc<dyn JobQueue>,
    readings: Mutex<VecDeque<(Instant, QueueLevel)>>,
    /// Set while a reading is under way (one at a time).
    reading: AtomicBool,
    answered_early: IntCounterVec,
    expected_wait: Gauge,
}

impl Backlog {
    /// An estimator over `queue`, its metrics registered in `registry`.
    pub fn new(queue: Arc<dyn JobQueue>, registry: &Registry) -> Backlog {
        let answered_early = IntCounterVec::new(
            Opts::new(
                "veracity_detect_answered_early_total",
                "Requests asking to wait for their result that were answered 202 at once: the queue ahead would not drain in time",
            ),
            &["media_type"],
        )
        .expect("valid metric definition");
        let expected_wait = Gauge::new(
            "veracity_queue_expected_wait_seconds",
            "The last estimate of how long a new job waits for the jobs queue ahead of it to drain (0 while unknown)",
        )
        .expect("valid metric definition");
        registry.register(Box::new(answered_early.clone())).expect("metric registered once");
        registry.register(Box::new(expected_wait.clone())).expect("metric registered once");
        Backlog { queue, readings: Mutex::new(VecDeque::new()), reading: AtomicBool::new(false), answered_early, expected_wait }
    }

    /// How long a request that just queued a job of `media_type` should wait: `wait`, or zero
    /// when the queue ahead is expected to take longer than that to drain.
    pub async fn wait_for(self: &Arc<Self>, wait: Duration, media_type: MediaType) -> Duration {
        if wait.is_zero() {
            return wait;
        }
        let stale = self.readings().back().is_none_or(|(at, _)| at.elapsed() >= STALE);
        if let Some(reading) = self.read_soon()
            && stale
        {
            // Sparse traffic: the readings there are say nothing about now, so this request
            // waits for its own (a round trip to the queue; at most READ_TIMEOUT). Under load
            // a fresh reading is always there and nobody waits.
            let _ = reading.await;
        }
        let estimate = estimate(&self.readings(), Instant::now());
        self.expected_wait.set(estimate.map_or(0.0, |d| d.as_secs_f64()));
        match estimate {
            Some(expected) if expected > wait => {
                self.answered_early.with_label_values(&[media_type.as_str()]).inc();
                Duration::ZERO
            }
            _ => wait,
        }
    }

    fn readings(&self) -> std::sync::MutexGuard<'_, VecDeque<(Instant, QueueLevel)>> {
        self.readings.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// Starts a reading of the queue in the background unless a recent one exists or one is
    /// under way. A task of its own, so a request that awaits it and is cancelled does not
    /// leave it half done.
    fn read_soon(self: &Arc<Self>) -> Option<tokio::task::JoinHandle<()>> {
        if self.readings().back().is_some_and(|(at, _)| at.elapsed() < READ_EVERY) {
            return None;
        }
        if self.reading.swap(true, Ordering::AcqRel) {
            return None;
        }
        let this = self.clone();
        Some(tokio::spawn(async move {
            this.read().await;
            this.reading.store(false, Ordering::Release);
        }))
    }

    async fn read(&self) {
        match tokio::time::timeout(READ_TIMEOUT, self.queue.level()).await {
            Ok(Ok(level)) => {
                let mut readings = self.readings();
                let now = Instant::now();
                readings.push_back((now, level));
                while readings.front().is_some_and(|(at, _)| now.duration_since(*at) > WINDOW) {
                    readings.pop_front();
                }
            }
            Ok(Err(error)) => tracing::debug!(%error, "reading the job queue's level failed"),
            Err(_) => tracing::debug!("reading the job queue's level timed out"),
        }
    }
}

/// The time the latest reading's depth takes to drain at the rate drained while the queue was
/// busy; `None` with less than [`MIN_BUSY`] of busy time or [`MIN_DRAINED`] tickets drained, or
/// when the latest reading is older than [`STALE`] at `now`.
fn estimate(readings: &VecDeque<(Instant, QueueLevel)>, now: Instant) -> Option<Duration> {
    let (latest, _) = readings.back()?;
    if now.saturating_duration_since(*latest) >= STALE {
        return None;
    }
    let (mut busy, mut drained) = (Duration::ZERO, 0u64);
    for ((t0, a), (t1, b)) in readings.iter().zip(readings.iter().skip(1)) {
        // Non-empty at both ends of an interval short enough to say the queue stayed busy
        // between them (after a long gap it may have emptied and filled again).
        if a.depth > 0 && b.depth > 0 && t1.duration_since(*t0) <= MAX_GAP {
            busy += t1.duration_since(*t0);
            drained += b.drained.saturating_sub(a.drained);
        }
    }
    if busy < MIN_BUSY || drained < MIN_DRAINED {
        return None;
    }
    let rate = drained as f64 / busy.as_secs_f64();
    let depth = readings.back()?.1.depth;
    Some(Duration::from_secs_f64(depth as f64 / rate))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn readings(levels: &[(u64, u64, u64)]) -> VecDeque<(Instant, QueueLevel)> {
        let start = Instant::now();
        levels.iter().map(|&(ms, depth, drained)| (start + Duration::from_millis(ms), QueueLevel { depth, drained })).collect()
    }

    /// The estimate just after the latest reading.
    fn estimate(readings: &VecDeque<(Instant, QueueLevel)>) -> Option<Duration> {
        let now = readings.back().map_or_else(Instant::now, |(at, _)| *at + Duration::from_millis(100));
        super::estimate(readings, now)
    }

    #[test]
    fn the_wait_is_the_depth_over_the_rate_drained_while_busy() {
        // 4 tickets drained per second while busy, 40 waiting: 10 s.
        let busy = readings(&[(0, 40, 0), (1_000, 40, 4), (2_000, 40, 8), (3_000, 40, 12)]);
        assert_eq!(estimate(&busy), Some(Duration::from_secs(10)));
        // A quiet minute (empty queue) before the burst does not slow the rate down.
        let quiet_then_busy = readings(&[(0, 0, 0), (60_000, 0, 0), (60_500, 8, 0), (61_500, 8, 4), (62_500, 8, 8), (63_500, 8, 12)]);
        assert_eq!(estimate(&quiet_then_busy), Some(Duration::from_secs(2)));
    }

    #[test]
    fn there_is_no_estimate_with_too_little_to_go_on() {
        assert_eq!(estimate(&readings(&[])), None);
        assert_eq!(estimate(&readings(&[(0, 5, 0)])), None);
        // Busy for 1 s only, or 3 tickets drained only.
        assert_eq!(estimate(&readings(&[(0, 5, 0), (1_000, 5, 10)])), None);
        assert_eq!(estimate(&readings(&[(0, 5, 0), (5_000, 5, 3)])), None);
        // Stuck workers: nothing drained while busy gives no rate (requests wait as asked).
        assert_eq!(estimate(&readings(&[(0, 5, 0), (5_000, 9, 0)])), None);
        // Readings far apart do not show the queue stayed busy between them.
        assert_eq!(estimate(&readings(&[(0, 5, 0), (6_000, 5, 10), (12_000, 5, 20)])), None);
        // A busy spell that ended in a quiet one: its last reading says nothing about now.
        let busy = readings(&[(0, 40, 0), (1_000, 40, 4), (2_000, 40, 8), (3_000, 40, 12)]);
        let (latest, _) = *busy.back().unwrap();
        assert_eq!(super::estimate(&busy, latest + Duration::from_millis(1_900)), Some(Duration::from_secs(10)));
        assert_eq!(super::estimate(&busy, latest + STALE), None);
    }
}
