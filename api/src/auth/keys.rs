//! API-key authentication without argon2 on the hot path, and the per-key limits.
//!
//! * A presented secret names its tenant and key (see `tokens`). The key's state is loaded from
//!   the event log on first use and then kept current by a subscription to the log, so a
//!   revocation, rotation or policy change reaches every API process within milliseconds.
//! * A secret that passed argon2 once is remembered by its HMAC-SHA256 under a per-process
//!   random key (never the secret itself); later requests cost one HMAC and a map lookup.
//!   Wrong secrets are remembered apart, by the same HMAC of the whole secret (never by key
//!   id), so no number of forged secrets naming a key can evict or refuse its real secret.
//!   Both memories are bounded and forget their oldest entries first.
//! * Failed verifications are throttled per client address (an IPv6 /64): past
//!   [`KEY_FAILURES_PER_MINUTE`], its unknown secrets are refused with 429 before any log read
//!   or argon2 work. A secret already verified is never throttled.
//! * Per-minute limits are GCRA in each process. Daily usage is counted in process and recorded
//!   as `api_key.used` events every flush interval; each process adds the other processes'
//!   records as it sees them, so the daily limit holds across processes to within one
//!   interval's worth of traffic.

use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::{Arc, Mutex};
use std::time::Duration;
use veracity_domain::sync::LockExt;

use chrono::{DateTime, NaiveDate, TimeDelta, Utc};
use futures::StreamExt;
use hmac::{Hmac, KeyInit, Mac};
use sha2::Sha256;
use tokio_util::sync::CancellationToken;
use veracity_domain::accounts::Scopes;
use veracity_domain::accounts::api_key::{ApiKeyState, Refusal, usage_aggregate_id};
use veracity_domain::accounts::events::{ApiKeyUsed, KeyUsageEvent};
use veracity_domain::accounts::gcra::{self, Quota};
use veracity_domain::aggregate::Aggregate;
use veracity_domain::events::EventEnum;
use veracity_domain::ports::{Clock, EventStore, Subscription};
use veracity_domain::{AggregatePosition, AggregateRef, ApiKeyId, DomainError, NewEvent, RecordedEvent, TenantId};

use super::bounded::BoundedMap;
use super::limits::{LimitStatus, until_midnight};
use super::passwords::Hasher;
use super::throttle::{Buckets, client_key};
use super::tokens::{API_KEY_PREFIX, display_parts, read_api_key};

/// How long a wrong secret is remembered as wrong (it is not re-hashed meanwhile).
const WRONG_SECRET_TTL: TimeDelta = TimeDelta::seconds(60);
const MAX_REMEMBERED_SECRETS: usize = 100_000;
/// Failed API-key verifications a client address may make per minute (refilled evenly).
pub const KEY_FAILURES_PER_MINUTE: u32 = 30;

/// An authenticated integration: which tenant and key, what it may do, where its limits stand.
#[derive(Debug, Clone)]
pub struct Caller {
    pub tenant: TenantId,
    pub key: ApiKeyId,
    pub scopes: Scopes,
    pub ip: IpAddr,
    pub limits: LimitStatus,
    /// When the request was authenticated (the service clock).
    pub at: DateTime<Utc>,
}

#[derive(Debug, Clone)]
pub enum KeyFailure {
    Invalid,
    Expired,
    IpNotAllowed,
    RateLimited {
        retry_after: TimeDelta,
        limits: LimitStatus,
    },
    /// Too many failed verifications from this client address.
    Throttled {
        retry_after: TimeDelta,
    },
    DailyLimit {
        limits: LimitStatus,
    },
    Unavailable(DomainError),
}

impl From<DomainError> for KeyFailure {
    fn from(err: DomainError) -> Self {
        KeyFailure::Unavailable(err)
    }
}

#[derive(Debug, Clone)]
struct DayUsage {
    day: NaiveDate,
    /// Requests recorded in the log (by any process) that this process has seen.
    logged: u64,
    /// Counted here, not yet recorded.
    pending: u64,
    last_used_at: Option<DateTime<Utc>>,
    position: AggregatePosition,
}

impl DayUsage {
    fn used(&self) -> u64 {
        self.logged + self.pending
    }
}

struct KeyEntry {
    tenant: TenantId,
    state: ApiKeyState,
    tat: Option<DateTime<Utc>>,
    usage: DayUsage,
}

pub struct KeyAuthenticator {
    events: Arc<dyn EventStore>,
    clock: Arc<dyn Clock>,
    hasher: Hasher,
    instance: String,
    mac_key: [u8; 32],
    /// HMACs of secrets that passed argon2 → the hash of the key secret they match.
    verified: Mutex<BoundedMap<[u8; 32], String>>,
    /// HMACs of secrets that failed, until when they are refused without argon2.
    wrong: Mutex<BoundedMap<[u8; 32], DateTime<Utc>>>,
    /// Failed verifications per client address.
    failures: Buckets<IpAddr>,
    keys: Mutex<HashMap<ApiKeyId, KeyEntry>>,
    /// Usage of a previous day still to be recorded after a day rolled over.
    leftovers: Mutex<Vec<(TenantId, ApiKeyId, DayUsage)>>,
    /// Tenant and key ids presented but not found in the log, until when to refuse them without
    /// a read (by both ids: a forged tenant id cannot mark a real key unknown).
    unknown: Mutex<BoundedMap<(TenantId, ApiKeyId), DateTime<Utc>>>,
    /// Secrets (by HMAC) being verified right now: a burst of requests with one key that is
    /// not verified yet (a fresh process) waits for the first verification instead of each
    /// running argon2 and taking a failure slot, which would throttle a valid key. Holds only
    /// requests in flight.
    verifying: Mutex<HashMap<[u8; 32], Arc<tokio::sync::Mutex<()>>>>,
}

impl KeyAuthenticator {
    pub fn new(events: Arc<dyn EventStore>, clock: Arc<dyn Clock>, hasher: Hasher, instance: String) -> Self {
        Self {
            events,
            clock,
            hasher,
            instance,
            mac_key: super::tokens::random_bytes::<32>(),
            verified: Mutex::new(BoundedMap::new(MAX_REMEMBERED_SECRETS)),
            wrong: Mutex::new(BoundedMap::new(MAX_REMEMBERED_SECRETS)),
            failures: Buckets::new(Quota { limit: KEY_FAILURES_PER_MINUTE, period: TimeDelta::minutes(1) }),
            keys: Mutex::new(HashMap::new()),
            leftovers: Mutex::new(Vec::new()),
            unknown: Mutex::new(BoundedMap::new(MAX_REMEMBERED_SECRETS)),
            verifying: Mutex::new(HashMap::new()),
        }
    }

    fn mac(&self, secret: &str) -> [u8; 32] {
        let mut mac = <Hmac<Sha256> as KeyInit>::new_from_slice(&self.mac_key).expect("any key length");
        mac.update(secret.as_bytes());
        mac.finalize().into_bytes().into()
    }

    /// Authenticates `secret` from `ip` and counts the request against the key's limits.
    pub async fn authenticate(&self, secret: &str, ip: IpAddr) -> Result<Caller, KeyFailure> {
        let now = self.clock.now();
        let mac = self.mac(secret);
        let mut verified = self.verified.locked().get(&mac).cloned();
        if verified.is_none() {
            // Another request is verifying this very secret: wait for its answer.
            let gate = self.verifying.locked().get(&mac).cloned();
            if let Some(gate) = gate {
                drop(gate.lock().await);
                verified = self.verified.locked().get(&mac).cloned();
            }
        }
        let client = client_key(ip);
        // An unverified secret is counted as a failure before any work (so concurrent requests
        // with different secrets cannot all slip past the check), and given back unless it was one.
        let counted = verified.is_none();
        if counted && let Err(wait) = self.failures.take(client, now) {
            return Err(KeyFailure::Throttled { retry_after: wait });
        }
        let gate = counted.then(|| Arc::new(tokio::sync::Mutex::new(())));
        let held = match &gate {
            Some(gate) => {
                let held = gate.clone().try_lock_owned().ok();
                self.verifying.locked().insert(mac, gate.clone());
                held
            }
            None => None,
        };
        let outcome = self.admit(secret, mac, verified, ip, now).await;
        if let Some(gate) = &gate {
            let mut verifying = self.verifying.locked();
            if verifying.get(&mac).is_some_and(|current| Arc::ptr_eq(current, gate)) {
                verifying.remove(&mac);
            }
        }
        drop(held);
        if counted && !matches!(outcome, Err(KeyFailure::Invalid)) {
            self.failures.give_back(client);
        }
        outcome
    }

    async fn admit(
        &self,
        secret: &str,
        mac: [u8; 32],
        verified: Option<String>,
        ip: IpAddr,
        now: DateTime<Utc>,
    ) -> Result<Caller, KeyFailure> {
        let (tenant, key) = read_api_key(secret).ok_or(KeyFailure::Invalid)?;
        self.ensure_loaded(tenant, key, now).await?;
        let slot_hash = match verified {
            Some(hash) => hash,
            None => self.matching_secret(secret, mac, key, now).await?,
        };

        let mut keys = self.keys.locked();
        let entry = keys.get_mut(&key).ok_or(KeyFailure::Invalid)?;
        if entry.tenant != tenant {
            return Err(KeyFailure::Invalid);
        }
        let slot = entry.state.secrets.iter().find(|s| s.secret.hash == slot_hash).ok_or(KeyFailure::Invalid)?;
        entry.state.admit(slot, ip, now).map_err(|refusal| match refusal {
            Refusal::Invalid => KeyFailure::Invalid,
            Refusal::Expired => KeyFailure::Expired,
            Refusal::IpNotAllowed => KeyFailure::IpNotAllowed,
        })?;
        let policy = entry.state.policy.clone().ok_or(KeyFailure::Invalid)?;
        let daily_limit = u64::from(policy.daily_limit);
        let (minute, tat) = gcra::check(entry.tat, now, Quota::per_minute(policy.rate_limit_per_minute));
        let mut limits = LimitStatus {
            minute_limit: policy.rate_limit_per_minute,
            minute_remaining: minute.remaining,
            minute_reset: minute.reset_after,
            daily_limit: policy.daily_limit,
            daily_remaining: daily_limit.saturating_sub(entry.usage.used()),
            daily_reset: until_midnight(now),
        };
        if entry.usage.used() >= daily_limit {
            return Err(KeyFailure::DailyLimit { limits });
        }
        if !minute.allowed {
            return Err(KeyFailure::RateLimited { retry_after: minute.retry_after, limits });
        }
        entry.tat = Some(tat);
        entry.usage.pending += 1;
        entry.usage.last_used_at = Some(now);
        limits.daily_remaining = daily_limit.saturating_sub(entry.usage.used());
        Ok(Caller { tenant, key, scopes: policy.scopes, ip, limits, at: now })
    }

    /// Makes sure the key's state and today's usage are in memory.
    async fn ensure_loaded(&self, tenant: TenantId, key: ApiKeyId, now: DateTime<Utc>) -> Result<(), KeyFailure> {
        let today = now.date_naive();
        let needs = {
            let keys = self.keys.locked();
            match keys.get(&key) {
                None => Some(true),
                Some(entry) if entry.usage.day != today => Some(false),
                Some(_) => None,
            }
        };
        let Some(whole_key) = needs else { return Ok(()) };
        if whole_key {
            // Well-formed secrets naming keys that do not exist are cheap to make; remember
            // them so each costs the event log one read a minute at most.
            if self.unknown.locked().get(&(tenant, key)).is_some_and(|until| *until > now) {
                return Err(KeyFailure::Invalid);
            }
            let agg = AggregateRef::new(tenant, ApiKeyState::KIND, key.to_string())?;
            let mut state = ApiKeyState::default();
            for event in self.events.load(&agg, 0).await? {
                state.apply(&event.envelope)?;
            }
            if !state.exists() {
                self.unknown.locked().insert((tenant, key), now + WRONG_SECRET_TTL);
                return Err(KeyFailure::Invalid);
            }
            let usage = self.load_usage(tenant, key, today).await?;
            let mut keys = self.keys.locked();
            let keep = keys.get(&key).is_some_and(|e| e.state.version >= state.version);
            if !keep {
                keys.insert(key, KeyEntry { tenant, state, tat: None, usage });
            }
        } else {
            let usage = self.load_usage(tenant, key, today).await?;
            let mut keys = self.keys.locked();
            if let Some(entry) = keys.get_mut(&key).filter(|e| e.usage.day != today) {
                let old = std::mem::replace(&mut entry.usage, usage);
                if old.pending > 0 {
                    self.leftovers.locked().push((tenant, key, old));
                }
            }
        }
        Ok(())
    }

    async fn load_usage(&self, tenant: TenantId, key: ApiKeyId, day: NaiveDate) -> Result<DayUsage, DomainError> {
        let agg = AggregateRef::new(tenant, KeyUsageEvent::AGGREGATE, usage_aggregate_id(key, day))?;
        let events = self.events.load(&agg, 0).await?;
        let mut logged = 0;
        for event in &events {
            let KeyUsageEvent::Used(used) = KeyUsageEvent::decode(&event.envelope)?;
            logged += used.count;
        }
        Ok(DayUsage { day, logged, pending: 0, last_used_at: None, position: AggregatePosition::after(&events) })
    }

    /// The hash of the key secret `secret` (whose HMAC is `mac`, not yet verified) matches,
    /// found with argon2 once; a wrong secret is refused without argon2 for a while.
    async fn matching_secret(&self, secret: &str, mac: [u8; 32], key: ApiKeyId, now: DateTime<Utc>) -> Result<String, KeyFailure> {
        if self.wrong.locked().get(&mac).is_some_and(|until| *until > now) {
            return Err(KeyFailure::Invalid);
        }
        let (_, last4) = display_parts(secret, API_KEY_PREFIX);
        let candidates: Vec<String> = {
            let keys = self.keys.locked();
            let entry = keys.get(&key).ok_or(KeyFailure::Invalid)?;
            entry.state.secrets.iter().filter(|s| s.secret.last4 == last4).map(|s| s.secret.hash.clone()).collect()
        };
        for hash in candidates {
            if self.hasher.verify(secret.to_owned(), Some(hash.clone())).await? {
                self.verified.locked().insert(mac, hash.clone());
                return Ok(hash);
            }
        }
        self.wrong.locked().insert(mac, now + WRONG_SECRET_TTL);
        Err(KeyFailure::Invalid)
    }

    /// Applies one event from the log to the keys held in memory.
    fn observe(&self, event: &RecordedEvent) {
        let e = &event.envelope;
        let Some(key) = e.aggregate_id.get(..30).and_then(|id| id.parse::<ApiKeyId>().ok()) else { return };
        let mut keys = self.keys.locked();
        let Some(entry) = keys.get_mut(&key) else { return };
        if e.aggregate_type == ApiKeyState::KIND {
            if e.version == entry.state.version + 1 {
                if let Err(err) = entry.state.apply(e) {
                    tracing::error!(error = %err, key = %key, "unreadable API key event; reloading the key");
                    keys.remove(&key);
                }
            } else if e.version > entry.state.version + 1 {
                keys.remove(&key); // missed an event: load afresh on next use
            }
        } else if e.aggregate_type == KeyUsageEvent::AGGREGATE {
            let used = match KeyUsageEvent::decode(e) {
                Ok(KeyUsageEvent::Used(used)) => used,
                Err(err) => {
                    tracing::error!(error = %err, key = %key, "unreadable key usage event; reloading the key");
                    keys.remove(&key);
                    return;
                }
            };
            let usage = &mut entry.usage;
            if used.day != usage.day || e.version <= usage.position.version {
                return;
            }
            if e.version > usage.position.version + 1 {
                keys.remove(&key);
                return;
            }
            if used.recorded_by != self.instance {
                usage.logged += used.count;
            }
            usage.position = AggregatePosition { version: e.version, last_sequence: event.sequence };
        }
    }

    /// Follows the log from its current end, applying key and usage events, until `stop`.
    pub async fn follow(self: Arc<Self>, stop: CancellationToken) {
        let mut from = 0;
        while !stop.is_cancelled() {
            let start = if from == 0 { self.events.head().await.map(|h| h + 1) } else { Ok(from) };
            let stream = match start {
                Ok(start) => {
                    from = start;
                    let kinds = [ApiKeyState::KIND, KeyUsageEvent::AGGREGATE];
                    self.events.subscribe(Subscription::ephemeral(start).of_kinds(&kinds)).await
                }
                Err(err) => Err(err),
            };
            match stream {
                Ok(mut stream) => loop {
                    tokio::select! {
                        _ = stop.cancelled() => return,
                        next = stream.next() => match next {
                            Some(Ok(delivery)) => {
                                from = delivery.event.sequence + 1;
                                self.observe(&delivery.event);
                            }
                            Some(Err(err)) => {
                                tracing::warn!(error = %err, "API key subscription failed; resubscribing");
                                break;
                            }
                            None => break,
                        }
                    }
                },
                Err(err) => tracing::warn!(error = %err, "cannot subscribe to the event log for API key changes"),
            }
            // While disconnected, changes may be missed: forget every key so each is reloaded.
            self.keys.locked().clear();
            tokio::select! {
                _ = stop.cancelled() => return,
                _ = tokio::time::sleep(Duration::from_millis(500)) => {}
            }
        }
    }

    /// Records counted usage every `interval` until `stop`, then once more.
    pub async fn record_usage(self: Arc<Self>, interval: Duration, stop: CancellationToken) {
        loop {
            let stopping = tokio::select! {
                _ = stop.cancelled() => true,
                _ = tokio::time::sleep(interval) => false,
            };
            self.flush().await;
            if stopping {
                return;
            }
        }
    }

    /// Appends one `api_key.used` event per key with pending usage.
    pub async fn flush(&self) {
        let mut batch: Vec<(TenantId, ApiKeyId, DayUsage)> = std::mem::take(&mut *self.leftovers.locked());
        {
            let keys = self.keys.locked();
            for (key, entry) in keys.iter().filter(|(_, e)| e.usage.pending > 0) {
                batch.push((entry.tenant, *key, entry.usage.clone()));
            }
        }
        for (tenant, key, usage) in batch {
            if let Err(err) = self.record(tenant, key, usage).await {
                tracing::warn!(error = %err, key = %key, "could not record API key usage; will retry");
            }
        }
    }

    async fn record(&self, tenant: TenantId, key: ApiKeyId, usage: DayUsage) -> Result<(), DomainError> {
        let agg = AggregateRef::new(tenant, KeyUsageEvent::AGGREGATE, usage_aggregate_id(key, usage.day))?;
        let used = ApiKeyUsed {
            key,
            day: usage.day,
            count: usage.pending,
            last_used_at: usage.last_used_at.unwrap_or_else(|| self.clock.now()),
            recorded_by: self.instance.clone(),
        };
        let event = NewEvent::from_domain(&used, self.clock.now())?;
        let is_current = |keys: &HashMap<ApiKeyId, KeyEntry>| keys.get(&key).is_some_and(|e| e.usage.day == usage.day);
        match self.events.append(&agg, usage.position, event).await {
            Ok(appended) => {
                let mut keys = self.keys.locked();
                if is_current(&keys) {
                    let current = &mut keys.get_mut(&key).expect("checked").usage;
                    current.pending -= usage.pending.min(current.pending);
                    current.logged += usage.pending;
                    if current.position.version < appended.version {
                        current.position = appended.position();
                    }
                }
                Ok(())
            }
            Err(DomainError::Concurrency { .. }) => {
                // Another process recorded first: take in its records, retry on the next flush.
                let newer = self.events.load(&agg, usage.position.last_sequence).await?;
                let mut keys = self.keys.locked();
                if is_current(&keys) {
                    let current = &mut keys.get_mut(&key).expect("checked").usage;
                    for event in &newer {
                        if event.envelope.version <= current.position.version {
                            continue;
                        }
                        let KeyUsageEvent::Used(other) = KeyUsageEvent::decode(&event.envelope)?;
                        if other.recorded_by != self.instance {
                            current.logged += other.count;
                        }
                        current.position = AggregatePosition { version: event.envelope.version, last_sequence: event.sequence };
                    }
                } else {
                    let mut stale = usage;
                    if let Some(last) = newer.last() {
                        stale.position = AggregatePosition { version: last.envelope.version, last_sequence: last.sequence };
                    }
                    self.leftovers.locked().push((tenant, key, stale));
                }
                Ok(())
            }
            Err(err) => {
                if !is_current(&self.keys.locked()) {
                    self.leftovers.locked().push((tenant, key, usage));
                }
                Err(err)
            }
        }
    }
}
