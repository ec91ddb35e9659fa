//! Subscription plans and what they set by default.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum Plan {
    /// Every tenant starts here.
    #[default]
    Free,
    Basic,
    Pro,
    Enterprise,
}

impl Plan {
    /// Where the plan stands from FREE (0) to ENTERPRISE (3): a higher plan costs more.
    pub fn rank(self) -> u8 {
        match self {
            Plan::Free => 0,
            Plan::Basic => 1,
            Plan::Pro => 2,
            Plan::Enterprise => 3,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Plan::Free => "FREE",
            Plan::Basic => "BASIC",
            Plan::Pro => "PRO",
            Plan::Enterprise => "ENTERPRISE",
        }
    }

    /// A new API key's `rate_limit_per_minute` when its creator sets none.
    pub fn default_rate_limit_per_minute(self) -> u32 {
        match self {
            Plan::Free => 10,
            Plan::Basic => 60,
            Plan::Pro => 300,
            Plan::Enterprise => 1000,
        }
    }

    /// The highest `rate_limit_per_minute` a key of this plan may have.
    pub fn max_rate_limit_per_minute(self) -> u32 {
        match self {
            Plan::Free => 1_000,
            Plan::Basic => 5_000,
            Plan::Pro => 20_000,
            Plan::Enterprise => 100_000,
        }
    }

    /// Refuses a key rate limit above the plan's.
    pub fn check_rate_limit(self, per_minute: u32) -> Result<(), crate::DomainError> {
        let max = self.max_rate_limit_per_minute();
        if per_minute > max {
            return Err(crate::DomainError::invalid("rate_limit_per_minute", format!("must be at most {max} on plan {}", self.as_str())));
        }
        Ok(())
    }

    /// How many of a tenant's jobs may run at once; the rest wait in the queue.
    pub fn max_concurrent_jobs(self) -> u32 {
        match self {
            Plan::Free => 1,
            Plan::Basic => 3,
            Plan::Pro => 10,
            Plan::Enterprise => 50,
        }
    }

    /// Credits granted each month, expiring at the month's end. Only FREE has an allowance (50
    /// image scans): paid plans raise limits, and their credits are bought, so changing plan
    /// never hands out credits nobody paid for.
    pub fn monthly_credits(self) -> u64 {
        match self {
            Plan::Free => 100,
            Plan::Basic | Plan::Pro | Plan::Enterprise => 0,
        }
    }
}
