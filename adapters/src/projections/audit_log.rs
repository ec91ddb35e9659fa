//! The audit log: one entry per security-relevant event, per tenant. Entries are made from the
//! events themselves, so the log cannot miss a change the event log holds. Events carry no
//! secrets, and entries copy only names, ids, roles and limits out of them.

use async_trait::async_trait;
use sea_orm::ActiveValue::Set;
use sea_orm::{DatabaseTransaction, EntityTrait};
use serde_json::{Value, json};
use veracity_domain::accounts::events::*;
use veracity_domain::{DomainError, EventEnvelope, RecordedEvent};

use super::Projection;
use crate::sql::db_error;
use crate::sql::entities::audit_entry;

pub struct AuditLog;

/// What an audit entry says: type, origin, target and details.
struct Entry {
    entry_type: String,
    origin: Origin,
    target: Option<(&'static str, String)>,
    details: Value,
}

fn policy_details(name: &str, policy: &KeyPolicy) -> Value {
    json!({
        "name": name,
        "scopes": policy.scopes,
        "daily_limit": policy.daily_limit,
        "rate_limit_per_minute": policy.rate_limit_per_minute,
        "allowed_ips": policy.allowed_ips,
        "expires_at": policy.expires_at,
    })
}

fn security_type(kind: SecurityEventKind) -> &'static str {
    match kind {
        SecurityEventKind::LoginSucceeded => "login.succeeded",
        SecurityEventKind::LoginFailed => "login.failed",
        SecurityEventKind::LoginThrottled => "login.throttled",
        SecurityEventKind::PermissionDenied => "access.permission_denied",
        SecurityEventKind::IpRejected => "access.ip_rejected",
        SecurityEventKind::RateLimited => "access.rate_limited",
        SecurityEventKind::DailyLimitReached => "access.daily_limit_reached",
    }
}

/// The audit entry an event makes, if it makes one.
fn entry(e: &EventEnvelope) -> Result<Option<Entry>, DomainError> {
    let id = e.aggregate_id.clone();
    let entry = |entry_type: &str, origin: Origin, target: Option<(&'static str, String)>, details: Value| {
        Some(Entry { entry_type: entry_type.to_owned(), origin, target, details })
    };
    Ok(if let Some(x) = e.decode::<veracity_domain::billing::PlanChanged>()? {
        let origin = Origin { actor: x.actor, ip: None };
        entry("plan.changed", origin, Some(("tenant", e.tenant.to_string())), json!({"plan": x.plan, "previous": x.previous}))
    } else if let Some(x) = e.decode::<TenantCreated>()? {
        entry("tenant.created", x.origin, Some(("tenant", id)), json!({"name": x.name, "plan": x.plan, "owner": x.owner}))
    } else if let Some(x) = e.decode::<MemberAdded>()? {
        let details = json!({"email": x.email, "role": x.role, "status": x.status});
        entry("member.added", x.origin, Some(("user", x.user.to_string())), details)
    } else if let Some(x) = e.decode::<MemberJoined>()? {
        entry("member.joined", x.origin, Some(("user", x.user.to_string())), json!({}))
    } else if let Some(x) = e.decode::<MemberRoleChanged>()? {
        entry("member.role_changed", x.origin, Some(("user", x.user.to_string())), json!({"from": x.from, "to": x.to}))
    } else if let Some(x) = e.decode::<MemberRemoved>()? {
        entry("member.removed", x.origin, Some(("user", x.user.to_string())), json!({}))
    } else if let Some(x) = e.decode::<ApiKeyCreated>()? {
        let mut details = policy_details(&x.name, &x.policy);
        details["prefix"] = json!(x.secret.prefix);
        entry("api_key.created", x.origin, Some(("api_key", id)), details)
    } else if let Some(x) = e.decode::<ApiKeyUpdated>()? {
        entry("api_key.updated", x.origin, Some(("api_key", id)), policy_details(&x.name, &x.policy))
    } else if let Some(x) = e.decode::<ApiKeyRotated>()? {
        let details = json!({"prefix": x.secret.prefix, "previous_valid_until": x.previous_valid_until});
        entry("api_key.rotated", x.origin, Some(("api_key", id)), details)
    } else if let Some(x) = e.decode::<ApiKeyRevoked>()? {
        entry("api_key.revoked", x.origin, Some(("api_key", id)), json!({}))
    } else if let Some(x) = e.decode::<SessionStarted>()? {
        entry("login.succeeded", x.origin, Some(("session", id)), json!({"user": x.user}))
    } else if let Some(x) = e.decode::<SessionRevoked>()? {
        let kind = match x.reason {
            SessionEnd::Logout => "session.logged_out",
            SessionEnd::RefreshReuse => "session.refresh_token_reused",
        };
        entry(kind, x.origin, Some(("session", id)), json!({"user": x.user}))
    } else if let Some(x) = e.decode::<SecurityEventRecorded>()? {
        entry(security_type(x.kind), x.origin, None, x.details)
    } else {
        None
    })
}

#[async_trait]
impl Projection for AuditLog {
    fn name(&self) -> &'static str {
        "audit_log"
    }

    /// Security-relevant account changes: never a job's events.
    fn wants(&self, event: &EventEnvelope) -> bool {
        super::about_accounts(event)
    }

    async fn apply(&self, txn: &DatabaseTransaction, event: &RecordedEvent) -> Result<(), DomainError> {
        let e = &event.envelope;
        let Some(entry) = entry(e)? else { return Ok(()) };
        let (target_type, target_id) = entry.target.map_or((None, None), |(t, id)| (Some(t.to_owned()), Some(id)));
        let row = audit_entry::ActiveModel {
            entry_id: Set(e.id.to_string()),
            tenant_id: Set(e.tenant.to_string()),
            sequence: Set(i64::try_from(event.sequence).map_err(DomainError::internal)?),
            occurred_at: Set(e.occurred_at),
            entry_type: Set(entry.entry_type),
            actor: Set(entry.origin.actor),
            ip: Set(entry.origin.ip),
            target_type: Set(target_type),
            target_id: Set(target_id),
            request_id: Set(e.correlation_id.clone()),
            details: Set(entry.details.to_string()),
        };
        audit_entry::Entity::insert(row).exec(txn).await.map_err(db_error)?;
        Ok(())
    }

    async fn reset(&self, txn: &DatabaseTransaction) -> Result<(), DomainError> {
        audit_entry::Entity::delete_many().exec(txn).await.map_err(db_error)?;
        Ok(())
    }
}
