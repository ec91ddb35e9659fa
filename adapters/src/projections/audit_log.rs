//! The audit log: one entry per security-relevant event, per tenant. Entries are made from the
//! events themselves, so the log cannot miss a change the event log holds. Events carry no
//! secrets, and entries copy only names, ids, roles and limits out of them.

use async_trait::async_trait;
use sea_orm::ActiveValue::Set;
use sea_orm::{DatabaseTransaction, EntityTrait};
use serde_json::{Value, json};
use veracity_domain::WebhookId;
use veracity_domain::accounts::events::*;
use veracity_domain::billing::CreditAccountEvent;
use veracity_domain::webhooks::{EndpointSettings, WebhooksEvent};
use veracity_domain::{DomainError, Event, EventEnvelope, RecordedEvent};

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
    Ok(match Event::decode(e)? {
        Event::CreditAccount(CreditAccountEvent::PlanChanged(x)) => {
            let origin = Origin { actor: x.actor, ip: None };
            entry("plan.changed", origin, Some(("tenant", e.tenant.to_string())), json!({"plan": x.plan, "previous": x.previous}))
        }
        Event::Tenant(TenantEvent::Created(x)) => {
            entry("tenant.created", x.origin, Some(("tenant", id)), json!({"name": x.name, "plan": x.plan, "owner": x.owner}))
        }
        Event::Membership(MembershipEvent::Added(x)) => {
            let details = json!({"email": x.email, "role": x.role, "status": x.status});
            entry("member.added", x.origin, Some(("user", x.user.to_string())), details)
        }
        Event::Membership(MembershipEvent::Joined(x)) => entry("member.joined", x.origin, Some(("user", x.user.to_string())), json!({})),
        Event::Membership(MembershipEvent::RoleChanged(x)) => {
            entry("member.role_changed", x.origin, Some(("user", x.user.to_string())), json!({"from": x.from, "to": x.to}))
        }
        Event::Membership(MembershipEvent::Removed(x)) => entry("member.removed", x.origin, Some(("user", x.user.to_string())), json!({})),
        Event::ApiKey(ApiKeyEvent::Created(x)) => {
            let mut details = policy_details(&x.name, &x.policy);
            details["prefix"] = json!(x.secret.prefix);
            entry("api_key.created", x.origin, Some(("api_key", id)), details)
        }
        Event::ApiKey(ApiKeyEvent::Updated(x)) => {
            entry("api_key.updated", x.origin, Some(("api_key", id)), policy_details(&x.name, &x.policy))
        }
        Event::ApiKey(ApiKeyEvent::Rotated(x)) => {
            let details = json!({"prefix": x.secret.prefix, "previous_valid_until": x.previous_valid_until});
            entry("api_key.rotated", x.origin, Some(("api_key", id)), details)
        }
        Event::ApiKey(ApiKeyEvent::Revoked(x)) => entry("api_key.revoked", x.origin, Some(("api_key", id)), json!({})),
        Event::Session(SessionEvent::Started(x)) => entry("login.succeeded", x.origin, Some(("session", id)), json!({"user": x.user})),
        Event::Session(SessionEvent::Revoked(x)) => {
            let kind = match x.reason {
                SessionEnd::Logout => "session.logged_out",
                SessionEnd::RefreshReuse => "session.refresh_token_reused",
            };
            entry(kind, x.origin, Some(("session", id)), json!({"user": x.user}))
        }
        Event::Audit(AuditEvent::SecurityRecorded(x)) => entry(security_type(x.kind), x.origin, None, x.details),
        Event::Webhooks(x) => webhook_entry(x),
        // Not security-relevant: credit movements, e-mail claims, passwords (the change is
        // audited as the membership or session event it goes with), refreshes, usage, jobs.
        Event::CreditAccount(
            CreditAccountEvent::Granted(_)
            | CreditAccountEvent::Purchased(_)
            | CreditAccountEvent::Reserved(_)
            | CreditAccountEvent::Captured(_)
            | CreditAccountEvent::Released(_)
            | CreditAccountEvent::Refunded(_)
            | CreditAccountEvent::Expired(_)
            | CreditAccountEvent::LowBalance(_),
        )
        | Event::Email(_)
        | Event::User(_)
        | Event::Session(SessionEvent::Refreshed(_))
        | Event::KeyUsage(_)
        | Event::Job(_)
        | Event::WebhookMessage(_) => None,
    })
}

/// Webhook configuration changes; never a secret (only that one was made, shown or rotated).
fn webhook_entry(event: WebhooksEvent) -> Option<Entry> {
    let settings = |s: &EndpointSettings| {
        json!({
            "url": s.url,
            "event_types": s.event_types,
            "description": s.description,
            "enabled": s.enabled,
            "rate_limit_per_second": s.rate_limit_per_second,
            "risk_threshold": s.risk_threshold,
        })
    };
    let endpoint = |id: WebhookId| Some(("webhook_endpoint", id.to_string()));
    let (entry_type, origin, target, details) = match event {
        WebhooksEvent::EndpointCreated(x) => ("webhook.endpoint_created", x.origin, endpoint(x.endpoint), settings(&x.settings)),
        WebhooksEvent::EndpointUpdated(x) => ("webhook.endpoint_updated", x.origin, endpoint(x.endpoint), settings(&x.settings)),
        WebhooksEvent::EndpointDeleted(x) => ("webhook.endpoint_deleted", x.origin, endpoint(x.endpoint), json!({})),
        WebhooksEvent::EndpointDisabled(x) => {
            ("webhook.endpoint_disabled", Origin::system(), endpoint(x.endpoint), json!({"reason": x.reason, "detail": x.detail}))
        }
        WebhooksEvent::SecretRotated(x) => {
            let target = x.endpoint.map_or(Some(("webhook_callback_secret", "callback".to_owned())), endpoint);
            ("webhook.secret_rotated", x.origin, target, json!({"previous_valid_until": x.previous_valid_until}))
        }
        WebhooksEvent::CallbackSecretCreated(x) => ("webhook.callback_secret_created", x.origin, None, json!({})),
        WebhooksEvent::CallbackSecretRevealed(x) => ("webhook.callback_secret_shown", x.origin, None, json!({})),
    };
    Some(Entry { entry_type: entry_type.to_owned(), origin, target, details })
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

    fn kinds(&self) -> Vec<&'static str> {
        super::account_kinds()
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
            actor: Set(entry.origin.actor.to_string()),
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
