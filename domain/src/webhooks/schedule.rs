//! When a failed delivery is tried again: Svix's schedule by default (immediately, 5 s, 5 min,
//! 30 min, 2 h, 5 h, 10 h, 10 h), each delay with ±10 % jitter so that a receiver coming back
//! after an outage is not hit by every message at the same instant.

use std::time::Duration;

use sha2::{Digest, Sha256};

use crate::ids::MessageId;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RetrySchedule {
    /// The delay before each attempt; the first is the first attempt's (normally 0).
    delays: Vec<Duration>,
}

impl Default for RetrySchedule {
    fn default() -> Self {
        let secs = [0, 5, 5 * 60, 30 * 60, 2 * 3600, 5 * 3600, 10 * 3600, 10 * 3600];
        Self { delays: secs.into_iter().map(Duration::from_secs).collect() }
    }
}

impl RetrySchedule {
    /// A schedule of `delays` (at least one: the first attempt).
    pub fn new(delays: Vec<Duration>) -> Self {
        assert!(!delays.is_empty(), "a retry schedule has at least the first attempt");
        Self { delays }
    }

    /// How many attempts one round makes.
    pub fn attempts(&self) -> u32 {
        self.delays.len() as u32
    }

    /// The wait after attempt `done` (1-based) failed, jittered by ±10 % — the same for the
    /// same message and attempt, so a redelivered decision agrees with the first.
    pub fn delay_after(&self, message: MessageId, done: u32) -> chrono::Duration {
        let base = self.delays.get(done as usize).or(self.delays.last()).copied().unwrap_or_default();
        let digest = Sha256::new().chain_update(message.as_uuid().as_bytes()).chain_update(done.to_be_bytes()).finalize();
        let unit = f64::from(u16::from_be_bytes([digest[0], digest[1]])) / f64::from(u16::MAX);
        let jittered = base.as_secs_f64() * (0.9 + 0.2 * unit);
        chrono::Duration::milliseconds((jittered * 1000.0).round() as i64)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn svix_like_with_bounded_jitter() {
        let schedule = RetrySchedule::default();
        assert_eq!(schedule.attempts(), 8);
        let id = MessageId::new();
        let after_first = schedule.delay_after(id, 1).num_milliseconds();
        assert!((4_500..=5_500).contains(&after_first), "{after_first}");
        let after_fourth = schedule.delay_after(id, 4).num_seconds();
        assert!((6_480..=7_920).contains(&after_fourth), "{after_fourth}");
        assert_eq!(schedule.delay_after(id, 4), schedule.delay_after(id, 4));
    }
}
