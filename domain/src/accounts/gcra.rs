//! The generic cell rate algorithm: a rate limit of `limit` requests per `period` that allows a
//! burst of `limit` and then one request every `period / limit`. Its whole state is one
//! timestamp (the theoretical arrival time), so a limiter is a map of these.

use chrono::{DateTime, TimeDelta, Utc};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Quota {
    pub limit: u32,
    pub period: TimeDelta,
}

impl Quota {
    pub fn per_minute(limit: u32) -> Quota {
        Quota { limit: limit.max(1), period: TimeDelta::minutes(1) }
    }

    fn interval(&self) -> TimeDelta {
        self.period / self.limit.max(1) as i32
    }
}

/// What one check decided, with what the `RateLimit` headers report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Decision {
    pub allowed: bool,
    /// Requests still allowed right now.
    pub remaining: u32,
    /// Until the quota is fully available again.
    pub reset_after: TimeDelta,
    /// When refused: until the next request would be allowed.
    pub retry_after: TimeDelta,
}

/// Checks one request against `quota` given the stored arrival time `tat` (None = never used).
/// Returns the decision and the new `tat` to store (unchanged when refused).
pub fn check(tat: Option<DateTime<Utc>>, now: DateTime<Utc>, quota: Quota) -> (Decision, DateTime<Utc>) {
    let interval = quota.interval();
    let tat = tat.map_or(now, |t| t.max(now));
    let new_tat = tat + interval;
    let ahead = new_tat - now;
    if ahead > quota.period {
        let decision = Decision { allowed: false, remaining: 0, reset_after: tat - now, retry_after: ahead - quota.period };
        return (decision, tat);
    }
    let slack = quota.period - ahead;
    let remaining = (slack.num_microseconds().unwrap_or(0) / interval.num_microseconds().unwrap_or(1).max(1)) as u32;
    let decision = Decision { allowed: true, remaining, reset_after: ahead, retry_after: TimeDelta::zero() };
    (decision, new_tat)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn allows_a_burst_then_one_per_interval() {
        let quota = Quota::per_minute(6); // one every 10 s
        let t0 = DateTime::<Utc>::from_timestamp(1_700_000_000, 0).unwrap();
        let mut tat = None;
        for expected_remaining in (0..6).rev() {
            let (d, t) = check(tat, t0, quota);
            assert!(d.allowed);
            assert_eq!(d.remaining, expected_remaining);
            tat = Some(t);
        }
        let (refused, t) = check(tat, t0, quota);
        assert!(!refused.allowed);
        assert_eq!(refused.retry_after, TimeDelta::seconds(10));
        assert_eq!(Some(t), tat, "a refusal does not consume");
        let (d, _) = check(tat, t0 + TimeDelta::seconds(10), quota);
        assert!(d.allowed);
        let (d, _) = check(tat, t0 + TimeDelta::minutes(5), quota);
        assert!(d.allowed);
        assert_eq!(d.remaining, 5);
    }
}
