//! Security events that change nothing else (failed logins, refusals) recorded as audit events.
//! Recording happens in the background so a refusal is answered at once, and repeated refusals
//! of one kind for one actor are recorded at most once a minute so a client hammering a limit
//! cannot flood the log.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use veracity_domain::sync::LockExt;

use chrono::{DateTime, TimeDelta, Utc};
use serde_json::Value;
use veracity_domain::accounts::Actor;
use veracity_domain::accounts::events::{AuditEvent, Origin, SecurityEventKind, SecurityEventRecorded};
use veracity_domain::events::EventEnum;
use veracity_domain::ports::{Clock, EventStore};
use veracity_domain::{AggregatePosition, AggregateRef, AuditEntryId, NewEvent, TenantId};

const REPEAT_WINDOW: TimeDelta = TimeDelta::seconds(60);

#[derive(Clone)]
pub struct SecurityLog {
    events: Arc<dyn EventStore>,
    clock: Arc<dyn Clock>,
    recent: Arc<Mutex<LastRecorded>>,
}

/// When each (tenant, actor, kind) was last recorded.
type LastRecorded = HashMap<(TenantId, Actor, SecurityEventKind), DateTime<Utc>>;

impl SecurityLog {
    pub fn new(events: Arc<dyn EventStore>, clock: Arc<dyn Clock>) -> Self {
        Self { events, clock, recent: Arc::default() }
    }

    fn repeated(&self, tenant: TenantId, actor: &Actor, kind: SecurityEventKind, now: DateTime<Utc>) -> bool {
        let deduplicated = matches!(
            kind,
            SecurityEventKind::RateLimited
                | SecurityEventKind::DailyLimitReached
                | SecurityEventKind::IpRejected
                | SecurityEventKind::PermissionDenied
        );
        if !deduplicated {
            return false;
        }
        let mut recent = self.recent.locked();
        if recent.len() > 10_000 {
            recent.retain(|_, at| *at > now - REPEAT_WINDOW);
        }
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
