//! Security events that change nothing else (failed logins, refusals) recorded as audit events.
//! Recording happens in the background so a refusal is answered at once, and repeated refusals
//! of one kind for one actor are recorded at most once a minute so a client hammering a limit
//! cannot flood the log.

use std::sync::{Arc, Mutex};
use veracity_domain::sync::LockExt;

use chrono::{DateTime, TimeDelta, Utc};
use serde_json::Value;
use veracity_domain::accounts::Actor;
use veracity_domain::accounts::events::{AuditEvent, Origin, SecurityEventKind, SecurityEventRecorded};
use veracity_domain::events::EventEnum;
use veracity_domain::ports::{Clock, EventStore};
use veracity_domain::{AggregatePosition, AggregateRef, AuditEntryId, NewEvent, TenantId};

use super::bounded::BoundedMap;

const REPEAT_WINDOW: TimeDelta = TimeDelta::seconds(60);

#[derive(Clone)]
pub struct SecurityLog {
    events: Arc<dyn EventStore>,
    clock: Arc<dyn Clock>,
    recent: Arc<Mutex<LastRecorded>>,
}

/// When each (tenant, actor, kind) was last recorded.
type LastRecorded = BoundedMap<(TenantId, Actor, SecurityEventKind), DateTime<Utc>>;

/// (tenant, actor, kind) triples remembered; the oldest are forgotten first.
const REMEMBERED: usize = 100_000;

impl SecurityLog {
    pub fn new(events: Arc<dyn EventStore>, clock: Arc<dyn Clock>) -> Self {
        Self { events, clock, recent: Arc::new(Mutex::new(BoundedMap::new(REMEMBERED))) }
    }

    fn repeated(&self, tenant: TenantId, actor: &Actor, kind: SecurityEventKind, now: DateTime<Utc>) -> bool {
        // Refusals, and failed logins for addresses that belong to nobody: anyone can send
        // those, from any number of addresses, so each would otherwise be an event. A known
        // user's failed logins stay one event each (the account's throttle bounds them).
        let deduplicated = match kind {
            SecurityEventKind::RateLimited
            | SecurityEventKind::DailyLimitReached
            | SecurityEventKind::IpRejected
            | SecurityEventKind::PermissionDenied
            | SecurityEventKind::LoginThrottled => true,
            SecurityEventKind::LoginFailed => *actor == Actor::Anonymous,
            SecurityEventKind::LoginSucceeded => false,
        };
        if !deduplicated {
            return false;
        }
        let mut recent = self.recent.locked();
        let key = (tenant, actor.clone(), kind);
        match recent.get(&key) {
            Some(at) if *at > now - REPEAT_WINDOW => true,
            _ => {
                recent.insert(key, now);
                false
            }
        }
    }

    /// Records `kind` for `tenant` in the background.
    pub fn record(&self, tenant: TenantId, kind: SecurityEventKind, origin: Origin, details: Value, request_id: &str) {
        let now = self.clock.now();
        if self.repeated(tenant, &origin.actor, kind, now) {
            return;
        }
        let events = self.events.clone();
        let request_id = request_id.to_owned();
        tokio::spawn(async move {
            let recorded = SecurityEventRecorded { kind, origin, details };
            let outcome = async {
                let agg = AggregateRef::new(tenant, AuditEvent::AGGREGATE, AuditEntryId::new().to_string())?;
                let event = NewEvent::from_domain(&recorded, now)?.with_correlation_id(request_id);
                events.append(&agg, AggregatePosition::EMPTY, event).await
            }
            .await;
            if let Err(err) = outcome {
                tracing::error!(error = %err, ?kind, "could not record a security event");
            }
        });
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;
    use veracity_domain::UserId;
    use veracity_domain::fakes::InMemoryEventStore;
    use veracity_domain::ports::SystemClock;

    use super::*;

    /// Anonymous failed logins and throttled attempts, sent as fast as one likes, are one event
    /// per actor and kind a minute; a known user's failed logins are one each.
    #[tokio::test]
    async fn refusals_anyone_can_send_are_recorded_once_a_minute() {
        let events = Arc::new(InMemoryEventStore::new());
        let log = SecurityLog::new(events.clone(), Arc::new(SystemClock));
        let origin = |actor: Actor| Origin { actor, ip: Some("203.0.113.7".into()) };
        let user = UserId::new();
        for _ in 0..50 {
            log.record(TenantId::PLATFORM, SecurityEventKind::LoginFailed, origin(Actor::Anonymous), json!({}), "req");
            log.record(TenantId::PLATFORM, SecurityEventKind::LoginThrottled, origin(Actor::Anonymous), json!({}), "req");
        }
        for _ in 0..3 {
            log.record(TenantId::PLATFORM, SecurityEventKind::LoginFailed, origin(Actor::User(user)), json!({}), "req");
        }
        // The appends run in the background.
        for _ in 0..100 {
            if events.head().await.unwrap() >= 5 {
                break;
            }
            tokio::time::sleep(std::time::Duration::from_millis(10)).await;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        assert_eq!(events.head().await.unwrap(), 5, "one anonymous failure, one throttle, three of the user's");
    }
}
