//! API keys: their state, the limits on their settings, and who a presented key admits.

use std::net::IpAddr;

use chrono::{DateTime, NaiveDate, TimeDelta, Utc};

use super::events::{ApiKeyEvent, KeyPolicy, KeySecret};
use crate::aggregate::Aggregate;
use crate::error::DomainError;
use crate::events::EventEnvelope;
use crate::ids::ApiKeyId;

pub const DEFAULT_DAILY_LIMIT: u32 = 1000;
pub const MAX_DAILY_LIMIT: u32 = 100_000_000;
pub const MAX_RATE_LIMIT_PER_MINUTE: u32 = 1_000_000;
pub const MAX_ALLOWED_IPS: usize = 100;
/// Default and longest overlap of an old secret after a rotation.
pub const DEFAULT_ROTATION_GRACE: TimeDelta = TimeDelta::hours(24);
pub const MAX_ROTATION_GRACE: TimeDelta = TimeDelta::days(30);

/// Checks a policy's numbers and dates before it is recorded.
pub fn check_policy(policy: &KeyPolicy, now: DateTime<Utc>) -> Result<(), DomainError> {
    if policy.scopes.is_empty() {
        return Err(DomainError::invalid("scopes", "a key needs at least one scope"));
    }
    if !(1..=MAX_DAILY_LIMIT).contains(&policy.daily_limit) {
        return Err(DomainError::invalid("daily_limit", format!("must be 1-{MAX_DAILY_LIMIT}")));
    }
    if !(1..=MAX_RATE_LIMIT_PER_MINUTE).contains(&policy.rate_limit_per_minute) {
        return Err(DomainError::invalid("rate_limit_per_minute", format!("must be 1-{MAX_RATE_LIMIT_PER_MINUTE}")));
    }
    if policy.allowed_ips.len() > MAX_ALLOWED_IPS {
        return Err(DomainError::invalid("allowed_ips", format!("at most {MAX_ALLOWED_IPS} networks")));
    }
    if policy.expires_at.is_some_and(|at| at <= now) {
        return Err(DomainError::invalid("expires_at", "must be in the future"));
    }
    Ok(())
}

pub fn check_grace(grace: TimeDelta) -> Result<(), DomainError> {
    if grace < TimeDelta::zero() || grace > MAX_ROTATION_GRACE {
        return Err(DomainError::invalid("grace_period_seconds", "must be 0-2592000 (30 days)"));
    }
    Ok(())
}

/// The aggregate id of a key's usage on one UTC day.
pub fn usage_aggregate_id(key: ApiKeyId, day: NaiveDate) -> String {
    format!("{key}_{}", day.format("%Y%m%d"))
}

/// A secret of a key and until when it works (`None`: until replaced).
#[derive(Debug, Clone, PartialEq)]
pub struct SecretSlot {
    pub secret: KeySecret,
    pub valid_until: Option<DateTime<Utc>>,
}

#[derive(Debug, Clone, Default)]
pub struct ApiKeyState {
    pub name: String,
    pub policy: Option<KeyPolicy>,
    /// Newest first.
    pub secrets: Vec<SecretSlot>,
    pub created_at: Option<DateTime<Utc>>,
    pub revoked_at: Option<DateTime<Utc>>,
    pub version: u64,
}

/// Why a presented key does not admit a request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// Revoked, or a secret replaced by a rotation whose grace period is over.
    Invalid,
    Expired,
    IpNotAllowed,
}

impl Aggregate for ApiKeyState {
    const KIND: &'static str = "api_key";
    type Event = ApiKeyEvent;

    fn evolve(&mut self, event: ApiKeyEvent, envelope: &EventEnvelope) {
        self.version = envelope.version;
        match event {
            ApiKeyEvent::Created(e) => {
                self.name = e.name;
                self.policy = Some(e.policy);
                self.secrets = vec![SecretSlot { secret: e.secret, valid_until: None }];
                self.created_at = Some(envelope.occurred_at);
            }
            ApiKeyEvent::Updated(e) => {
                self.name = e.name;
                self.policy = Some(e.policy);
            }
            ApiKeyEvent::Rotated(e) => {
                // Only the newest previous secret keeps a grace period; older ones end now.
                for slot in &mut self.secrets {
                    let until = slot.valid_until.map_or(e.previous_valid_until, |u| u.min(e.previous_valid_until));
                    slot.valid_until = Some(until);
                }
                self.secrets.retain(|s| s.valid_until.is_none_or(|u| u > envelope.occurred_at));
                self.secrets.insert(0, SecretSlot { secret: e.secret, valid_until: None });
            }
            ApiKeyEvent::Revoked(_) => self.revoked_at = Some(envelope.occurred_at),
        }
    }
}

impl ApiKeyState {
    pub fn exists(&self) -> bool {
        self.policy.is_some()
    }

    /// Whether the secret in `slot` admits a request from `ip` at `now` (scopes are checked per
    /// endpoint against the policy's [`Scopes`](super::Scopes)).
    pub fn admit(&self, slot: &SecretSlot, ip: IpAddr, now: DateTime<Utc>) -> Result<(), Refusal> {
        let policy = self.policy.as_ref().ok_or(Refusal::Invalid)?;
        if self.revoked_at.is_some() || slot.valid_until.is_some_and(|until| until <= now) {
            return Err(Refusal::Invalid);
        }
        if policy.expires_at.is_some_and(|at| at <= now) {
            return Err(Refusal::Expired);
        }
        if !policy.allowed_ips.is_empty() && !policy.allowed_ips.iter().any(|net| net.contains(ip)) {
            return Err(Refusal::IpNotAllowed);
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::accounts::events::{ApiKeyCreated, ApiKeyRevoked, ApiKeyRotated, Origin};
    use crate::accounts::{Scope, Scopes};
    use crate::fakes::Given;

    fn secret(n: &str) -> KeySecret {
        KeySecret { hash: format!("hash-{n}"), prefix: format!("vk_live_{n}"), last4: n.into() }
    }

    fn policy() -> KeyPolicy {
        KeyPolicy {
            scopes: [Scope::DetectImage].into_iter().collect(),
            daily_limit: 10,
            rate_limit_per_minute: 10,
            allowed_ips: vec!["2001:db8::/32".parse().unwrap()],
            expires_at: None,
        }
    }

    #[test]
    fn rotation_keeps_the_previous_secret_until_its_grace_ends() {
        let t0 = DateTime::<Utc>::from_timestamp(1_800_000_000, 0).unwrap();
        let mut given = Given::<ApiKeyState>::new();
        let created = ApiKeyCreated { name: "ci".into(), secret: secret("aaaa"), policy: policy(), origin: Origin::system() };
        given.event(created, t0);
        let rotated = ApiKeyRotated { secret: secret("bbbb"), previous_valid_until: t0 + TimeDelta::hours(1), origin: Origin::system() };
        given.event(rotated, t0);
        let ip: IpAddr = "2001:db8::7".parse().unwrap();
        let (new, old) = (given.state.secrets[0].clone(), given.state.secrets[1].clone());
        assert_eq!(given.state.admit(&new, ip, t0), Ok(()));
        assert_eq!(given.state.admit(&old, ip, t0 + TimeDelta::minutes(59)), Ok(()));
        assert_eq!(given.state.admit(&old, ip, t0 + TimeDelta::hours(1)), Err(Refusal::Invalid));
        assert_eq!(given.state.admit(&new, "192.0.2.1".parse().unwrap(), t0), Err(Refusal::IpNotAllowed));
        assert!(!given.state.policy.as_ref().unwrap().scopes.contains(Scope::JobsRead));
        // A second rotation ends the first secret at once, whatever its grace was.
        let again = ApiKeyRotated { secret: secret("cccc"), previous_valid_until: t0 + TimeDelta::hours(5), origin: Origin::system() };
        given.event(again, t0 + TimeDelta::minutes(1));
        assert_eq!(given.state.secrets.len(), 3);
        assert_eq!(given.state.secrets[2].valid_until, Some(t0 + TimeDelta::hours(1)));
        let revoked = ApiKeyRevoked { origin: Origin::system() };
        given.event(revoked, t0);
        assert_eq!(given.state.admit(&given.state.secrets[0].clone(), ip, t0), Err(Refusal::Invalid));
    }

    #[test]
    fn policies_are_bounded() {
        let now = Utc::now();
        assert!(check_policy(&policy(), now).is_ok());
        let mut p = policy();
        p.daily_limit = 0;
        assert!(check_policy(&p, now).is_err());
        let mut p = policy();
        p.expires_at = Some(now - TimeDelta::seconds(1));
        assert!(check_policy(&p, now).is_err());
        let mut p = policy();
        p.scopes = Scopes::default();
        assert!(check_policy(&p, now).is_err());
        assert!(check_grace(TimeDelta::days(31)).is_err());
        assert!(check_grace(TimeDelta::zero()).is_ok());
    }
}
