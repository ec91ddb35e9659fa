//! Per-key rate-limit state and the IETF `RateLimit` / `RateLimit-Policy` headers.

use chrono::{DateTime, NaiveDate, TimeDelta, Utc};
use poem::http::{HeaderName, HeaderValue};

/// Where a key stands against both of its limits after a request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LimitStatus {
    pub minute_limit: u32,
    pub minute_remaining: u32,
    pub minute_reset: TimeDelta,
    pub daily_limit: u32,
    pub daily_remaining: u64,
    pub daily_reset: TimeDelta,
}

/// Until the next 00:00 UTC, when daily limits reset.
pub fn until_midnight(now: DateTime<Utc>) -> TimeDelta {
    let tomorrow: NaiveDate = now.date_naive().succ_opt().unwrap_or(NaiveDate::MAX);
    tomorrow.and_hms_opt(0, 0, 0).map_or(TimeDelta::zero(), |t| t.and_utc() - now)
}

/// Whole seconds, rounded up, for headers.
pub fn ceil_secs(delta: TimeDelta) -> i64 {
    let ms = delta.num_milliseconds().max(0);
    (ms + 999) / 1000
}

impl LimitStatus {
    /// `RateLimit-Policy` (quota and window of each policy) and `RateLimit` (what remains and
    /// when it resets), in the structured-field form of draft-ietf-httpapi-ratelimit-headers.
    pub fn headers(&self) -> [(HeaderName, HeaderValue); 2] {
        let policy = format!(r#""minute";q={};w=60, "day";q={};w=86400"#, self.minute_limit, self.daily_limit);
        let state = format!(
            r#""minute";r={};t={}, "day";r={};t={}"#,
            self.minute_remaining,
            ceil_secs(self.minute_reset),
            self.daily_remaining,
            ceil_secs(self.daily_reset)
        );
        [
            (HeaderName::from_static("ratelimit-policy"), HeaderValue::from_str(&policy).expect("ASCII")),
            (HeaderName::from_static("ratelimit"), HeaderValue::from_str(&state).expect("ASCII")),
        ]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn midnight_and_header_shapes() {
        let now = DateTime::parse_from_rfc3339("2026-11-23T23:59:30Z").unwrap().with_timezone(&Utc);
        assert_eq!(until_midnight(now), TimeDelta::seconds(30));
        let status = LimitStatus {
            minute_limit: 60,
            minute_remaining: 59,
            minute_reset: TimeDelta::milliseconds(1001),
            daily_limit: 1000,
            daily_remaining: 958,
            daily_reset: TimeDelta::seconds(30),
        };
        let [(_, policy), (_, state)] = status.headers();
        assert_eq!(policy, r#""minute";q=60;w=60, "day";q=1000;w=86400"#);
        assert_eq!(state, r#""minute";r=59;t=2, "day";r=958;t=30"#);
    }
}
