//! Failed-login throttling, per account and per client address: each failure uses up part of a
//! GCRA budget, and while a budget is empty every attempt is refused before any password check.

use std::collections::HashMap;
use std::hash::Hash;
use std::net::IpAddr;
use std::sync::Mutex;
use veracity_domain::sync::LockExt;

use chrono::{DateTime, TimeDelta, Utc};
use veracity_domain::accounts::gcra::{self, Quota};

/// Beyond this many remembered entries, ones whose budget is full again are forgotten.
const PRUNE_ABOVE: usize = 10_000;

struct Buckets<K> {
    quota: Quota,
    tats: Mutex<HashMap<K, DateTime<Utc>>>,
}

impl<K: Eq + Hash> Buckets<K> {
    fn new(quota: Quota) -> Self {
        Self { quota, tats: Mutex::new(HashMap::new()) }
    }

    /// How long until one more failure would be allowed (zero: allowed now).
    fn wait(&self, key: &K, now: DateTime<Utc>) -> TimeDelta {
        let tats = self.tats.locked();
        let (decision, _) = gcra::check(tats.get(key).copied(), now, self.quota);
        if decision.allowed { TimeDelta::zero() } else { decision.retry_after }
    }

    fn consume(&self, key: K, now: DateTime<Utc>) {
        let mut tats = self.tats.locked();
        let (_, tat) = gcra::check(tats.get(&key).copied(), now, self.quota);
        tats.insert(key, tat);
        if tats.len() > PRUNE_ABOVE {
            tats.retain(|_, tat| *tat > now);
        }
    }
}

pub struct LoginThrottle {
    accounts: Buckets<String>,
    addresses: Buckets<IpAddr>,
}

impl LoginThrottle {
    /// `per_account` / `per_ip` failures are allowed per `window`, refilling evenly over it.
    pub fn new(per_account: u32, per_ip: u32, window: TimeDelta) -> Self {
        Self {
            accounts: Buckets::new(Quota { limit: per_account.max(1), period: window }),
            addresses: Buckets::new(Quota { limit: per_ip.max(1), period: window }),
        }
    }

    /// `Some(wait)` when this account or address must wait before trying again.
    pub fn blocked(&self, account: &str, ip: IpAddr, now: DateTime<Utc>) -> Option<TimeDelta> {
        let wait = self.accounts.wait(&account.to_owned(), now).max(self.addresses.wait(&ip, now));
        (wait > TimeDelta::zero()).then_some(wait)
    }

    pub fn failed(&self, account: &str, ip: IpAddr, now: DateTime<Utc>) {
        self.accounts.consume(account.to_owned(), now);
        self.addresses.consume(ip, now);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_after_the_budget_and_reopens() {
        let throttle = LoginThrottle::new(3, 5, TimeDelta::minutes(15));
        let now = Utc::now();
        let ip: IpAddr = "192.0.2.1".parse().unwrap();
        for _ in 0..3 {
            assert_eq!(throttle.blocked("a@example.com", ip, now), None);
            throttle.failed("a@example.com", ip, now);
        }
        let wait = throttle.blocked("a@example.com", ip, now).unwrap();
        assert_eq!(wait, TimeDelta::minutes(5));
        assert_eq!(throttle.blocked("b@example.com", ip, now), None, "another account from the same address");
        throttle.failed("b@example.com", ip, now);
        throttle.failed("c@example.com", ip, now);
        assert!(throttle.blocked("d@example.com", ip, now).is_some(), "the address has used its budget");
        assert_eq!(throttle.blocked("a@example.com", "192.0.2.2".parse().unwrap(), now + wait), None);
    }
}
