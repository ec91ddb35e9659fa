//! Failed-login throttling, per account and per client address: each failure uses up part of a
//! GCRA budget, and while a budget is empty every attempt is refused before any password check.
//! An attempt takes its unit before the check and gives it back if the password was right, so
//! concurrent attempts cannot all pass before any is counted.
//! Sign-ups are throttled per client address the same way (every attempt counts). An IPv6
//! client is one /64: a host is usually given a whole /64, and could otherwise rotate
//! addresses within it forever.

use std::hash::Hash;
use std::net::IpAddr;
use std::sync::Mutex;
use veracity_domain::sync::LockExt;

use chrono::{DateTime, TimeDelta, Utc};
use veracity_domain::accounts::gcra::{self, Quota};

use super::bounded::BoundedMap;

/// Clients (or accounts) remembered per throttle; beyond it the oldest are forgotten (a client
/// forgotten starts with a full budget again, which only a flood of other clients can cause).
const REMEMBERED: usize = 100_000;

/// GCRA budgets per key, bounded in memory.
pub(crate) struct Buckets<K> {
    quota: Quota,
    tats: Mutex<BoundedMap<K, DateTime<Utc>>>,
}

impl<K: Eq + Hash + Clone> Buckets<K> {
    pub(crate) fn new(quota: Quota) -> Self {
        Self { quota, tats: Mutex::new(BoundedMap::new(REMEMBERED)) }
    }

    /// Takes one unit of `key`'s budget if it has one (checked and taken under one lock, so
    /// concurrent requests cannot all pass a check before any is counted); `Err(wait)` if not.
    pub(crate) fn take(&self, key: K, now: DateTime<Utc>) -> Result<(), TimeDelta> {
        let mut tats = self.tats.locked();
        let (decision, tat) = gcra::check(tats.get(&key).copied(), now, self.quota);
        if !decision.allowed {
            return Err(decision.retry_after);
        }
        tats.insert(key, tat);
        Ok(())
    }

    /// Returns a unit [`Buckets::take`] took (the attempt turned out not to count).
    pub(crate) fn give_back(&self, key: K) {
        let mut tats = self.tats.locked();
        if let Some(tat) = tats.get(&key).copied() {
            tats.insert(key, tat - self.quota.period / self.quota.limit.max(1) as i32);
        }
    }
}

pub struct LoginThrottle {
    accounts: Buckets<String>,
    addresses: Buckets<IpAddr>,
    signups: Buckets<IpAddr>,
}

/// The throttles' key for a client: its IPv4 address, or its IPv6 /64 network.
pub fn client_key(ip: IpAddr) -> IpAddr {
    match ip {
        IpAddr::V4(_) => ip,
        IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => IpAddr::V4(v4),
            None => {
                let mut segments = v6.segments();
                segments[4..].fill(0);
                IpAddr::V6(std::net::Ipv6Addr::from(segments))
            }
        },
    }
}

impl LoginThrottle {
    /// `per_account` / `per_ip` failures are allowed per `window`, refilling evenly over it;
    /// `signups_per_hour` sign-up attempts per client address.
    pub fn new(per_account: u32, per_ip: u32, window: TimeDelta, signups_per_hour: u32) -> Self {
        Self {
            accounts: Buckets::new(Quota { limit: per_account.max(1), period: window }),
            addresses: Buckets::new(Quota { limit: per_ip.max(1), period: window }),
            signups: Buckets::new(Quota { limit: signups_per_hour.max(1), period: TimeDelta::hours(1) }),
        }
    }

    /// A login attempt for `account` from `ip`, counted as a failure before the password is
    /// checked (so concurrent attempts cannot all pass a check before any is counted): `Err(wait)`
    /// when this account or address must wait, and nothing is counted then. A login that
    /// succeeds gives its unit back ([`LoginThrottle::succeeded`]).
    pub fn attempt(&self, account: &str, ip: IpAddr, now: DateTime<Utc>) -> Result<(), TimeDelta> {
        let client = client_key(ip);
        self.addresses.take(client, now)?;
        if let Err(wait) = self.accounts.take(account.to_owned(), now) {
            self.addresses.give_back(client);
            return Err(wait);
        }
        Ok(())
    }

    /// The attempt was not a failure after all.
    pub fn succeeded(&self, account: &str, ip: IpAddr) {
        self.addresses.give_back(client_key(ip));
        self.accounts.give_back(account.to_owned());
    }

    /// A sign-up from `ip`: `Err(wait)` when its address has used up its sign-ups for now
    /// (nothing is counted then), else counted.
    pub fn sign_up(&self, ip: IpAddr, now: DateTime<Utc>) -> Result<(), TimeDelta> {
        self.signups.take(client_key(ip), now)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_after_the_budget_and_reopens() {
        let throttle = LoginThrottle::new(3, 5, TimeDelta::minutes(15), 10);
        let now = Utc::now();
        let ip: IpAddr = "192.0.2.1".parse().unwrap();
        for _ in 0..3 {
            assert_eq!(throttle.attempt("a@example.com", ip, now), Ok(()));
        }
        let wait = throttle.attempt("a@example.com", ip, now).unwrap_err();
        assert_eq!(wait, TimeDelta::minutes(5));
        // A success gives its unit back: the right password does not use up the budget.
        assert_eq!(throttle.attempt("b@example.com", ip, now), Ok(()));
        throttle.succeeded("b@example.com", ip);
        assert_eq!(throttle.attempt("b@example.com", ip, now), Ok(()), "another account from the same address");
        assert_eq!(throttle.attempt("c@example.com", ip, now), Ok(()));
        assert!(throttle.attempt("d@example.com", ip, now).is_err(), "the address has used its budget");
        assert_eq!(throttle.attempt("a@example.com", "192.0.2.2".parse().unwrap(), now + wait), Ok(()));
    }

    #[test]
    fn an_ipv6_client_is_its_64_and_sign_ups_are_counted_per_client() {
        let now = Utc::now();
        let throttle = LoginThrottle::new(5, 20, TimeDelta::minutes(15), 2);
        let a: IpAddr = "2001:db8:1:2:aaaa::1".parse().unwrap();
        let b: IpAddr = "2001:db8:1:2:bbbb::2".parse().unwrap();
        let elsewhere: IpAddr = "2001:db8:1:3::1".parse().unwrap();
        assert_eq!(client_key(a), client_key(b));
        assert_ne!(client_key(a), client_key(elsewhere));
        assert_eq!(client_key("::ffff:192.0.2.1".parse().unwrap()), "192.0.2.1".parse::<IpAddr>().unwrap());
        assert!(throttle.sign_up(a, now).is_ok());
        assert!(throttle.sign_up(b, now).is_ok());
        let wait = throttle.sign_up(a, now).expect_err("the /64 used its two sign-ups");
        assert!(wait > TimeDelta::zero() && wait <= TimeDelta::hours(1));
        assert!(throttle.sign_up(elsewhere, now).is_ok());
        assert!(throttle.sign_up(a, now + TimeDelta::minutes(31)).is_ok(), "half an hour refills one");
    }
}
