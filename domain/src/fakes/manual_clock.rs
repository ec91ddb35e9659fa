use std::sync::Mutex;

use crate::sync::LockExt;
use chrono::{DateTime, TimeDelta, Utc};

use crate::ports::Clock;

/// A clock that moves only when told to, for tests of expiry, grace periods and daily resets.
#[derive(Debug)]
pub struct ManualClock {
    now: Mutex<DateTime<Utc>>,
}

impl ManualClock {
    pub fn new(start: DateTime<Utc>) -> Self {
        Self { now: Mutex::new(start) }
    }

    pub fn set(&self, now: DateTime<Utc>) {
        *self.now.locked() = now;
    }

    pub fn advance(&self, by: TimeDelta) {
        *self.now.locked() += by;
    }
}

impl Clock for ManualClock {
    fn now(&self) -> DateTime<Utc> {
        *self.now.locked()
    }
}
