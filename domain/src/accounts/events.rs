//! The events of tenants, users, memberships, API keys, sessions and the audit log.
//!
//! Events that an audit entry is made from carry `actor` (a `usr_…`/`key_…` id, or `system`)
//! and the client `ip`. No event holds a password, token or key secret in clear: only argon2id
//! hashes (passwords, key secrets) and SHA-256 digests (refresh and invitation tokens).

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use super::{Actor, IpNetwork, Plan, Role, Scopes};
use crate::accounts::EmailAddress;
use crate::events::{event, event_enum};
use crate::ids::{ApiKeyId, TenantId, UserId};

/// Who did something, as recorded in the audit log.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Origin {
    pub actor: Actor,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ip: Option<String>,
}

impl Origin {
    pub fn system() -> Origin {
        Origin { actor: Actor::System, ip: None }
    }
}

// ---- tenant (id = tenant id) ----

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TenantCreated {
    pub name: String,
    pub plan: Plan,
    pub owner: UserId,
    pub origin: Origin,
}
event!(TenantCreated, "tenant.created");

// ---- email (platform tenant; id = digest of the address) ----

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EmailClaimed {
    pub tenant: TenantId,
    pub user: UserId,
}
event!(EmailClaimed, "email.claimed");

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EmailReleased {
    pub user: UserId,
}
event!(EmailReleased, "email.released");

// ---- user (id = user id) ----

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct UserRegistered {
    pub email: EmailAddress,
    /// argon2id PHC string; absent while an invitation is pending.
    pub password_hash: Option<String>,
}
event!(UserRegistered, "user.registered");

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct UserPasswordSet {
    pub password_hash: String,
}
event!(UserPasswordSet, "user.password_set");

// ---- membership (id = tenant id: the tenant's roster, so "one owner at least" holds) ----

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MemberStatus {
    Active,
    Invited,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MemberAdded {
    pub user: UserId,
    pub email: EmailAddress,
    pub role: Role,
    pub status: MemberStatus,
    /// SHA-256 of the invitation token (invited members only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub invite_digest: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub invite_expires_at: Option<DateTime<Utc>>,
    pub origin: Origin,
}
event!(MemberAdded, "member.added");

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MemberJoined {
    pub user: UserId,
    pub origin: Origin,
}
event!(MemberJoined, "member.joined");

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MemberRoleChanged {
    pub user: UserId,
    pub from: Role,
    pub to: Role,
    pub origin: Origin,
}
event!(MemberRoleChanged, "member.role_changed");

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MemberRemoved {
    pub user: UserId,
    pub origin: Origin,
}
event!(MemberRemoved, "member.removed");

// ---- api_key (id = key id) ----

/// One secret of a key: its argon2id hash, and the beginning and last four characters shown in
/// listings so people can tell keys apart.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct KeySecret {
    pub hash: String,
    pub prefix: String,
    pub last4: String,
}

/// What a key may do and how much.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct KeyPolicy {
    pub scopes: Scopes,
    pub daily_limit: u32,
    pub rate_limit_per_minute: u32,
    /// Empty: any address.
    pub allowed_ips: Vec<IpNetwork>,
    pub expires_at: Option<DateTime<Utc>>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ApiKeyCreated {
    pub name: String,
    pub secret: KeySecret,
    pub policy: KeyPolicy,
    pub origin: Origin,
}
event!(ApiKeyCreated, "api_key.created");

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ApiKeyUpdated {
    pub name: String,
    pub policy: KeyPolicy,
    pub origin: Origin,
}
event!(ApiKeyUpdated, "api_key.updated");

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ApiKeyRotated {
    pub secret: KeySecret,
    /// Until when the secret it replaces keeps working (the rotation time for an immediate one).
    pub previous_valid_until: DateTime<Utc>,
    pub origin: Origin,
}
event!(ApiKeyRotated, "api_key.rotated");

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ApiKeyRevoked {
    pub origin: Origin,
}
event!(ApiKeyRevoked, "api_key.revoked");

// ---- key_usage (id = `<key id>_<yyyymmdd>`: one aggregate per key per UTC day) ----

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ApiKeyUsed {
    pub key: ApiKeyId,
    pub day: NaiveDate,
    /// Requests counted by one API process since its previous record.
    pub count: u64,
    pub last_used_at: DateTime<Utc>,
    /// The API process that counted them.
    pub recorded_by: String,
}
event!(ApiKeyUsed, "api_key.used");

// ---- session (id = session id: one family of refresh tokens) ----

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SessionStarted {
    pub user: UserId,
    /// SHA-256 of the refresh token.
    pub refresh_digest: String,
    pub expires_at: DateTime<Utc>,
    pub origin: Origin,
}
event!(SessionStarted, "session.started");

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SessionRefreshed {
    pub refresh_digest: String,
    pub expires_at: DateTime<Utc>,
}
event!(SessionRefreshed, "session.refreshed");

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SessionEnd {
    Logout,
    /// An already-used refresh token was presented again: the family is assumed stolen.
    RefreshReuse,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SessionRevoked {
    pub user: UserId,
    pub reason: SessionEnd,
    pub origin: Origin,
}
event!(SessionRevoked, "session.revoked");

// ---- audit (id = audit entry id): security events that change no other aggregate ----

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SecurityEventKind {
    LoginSucceeded,
    LoginFailed,
    LoginThrottled,
    PermissionDenied,
    IpRejected,
    RateLimited,
    DailyLimitReached,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SecurityEventRecorded {
    pub kind: SecurityEventKind,
    pub origin: Origin,
    /// Context without secrets: e.g. the endpoint, the missing scope or permission.
    pub details: serde_json::Value,
}
event!(SecurityEventRecorded, "security.recorded");

event_enum! {
    /// The events of a tenant (`<tenant>.tenant.<tenant>`).
    pub enum TenantEvent for "tenant" { Created(TenantCreated) }
}

event_enum! {
    /// The events of an e-mail address's claim (platform tenant).
    pub enum EmailEvent for "email" { Claimed(EmailClaimed), Released(EmailReleased) }
}

event_enum! {
    /// The events of a user.
    pub enum UserEvent for "user" { Registered(UserRegistered), PasswordSet(UserPasswordSet) }
}

event_enum! {
    /// The events of a tenant's roster of members.
    pub enum MembershipEvent for "membership" {
        Added(MemberAdded),
        Joined(MemberJoined),
        RoleChanged(MemberRoleChanged),
        Removed(MemberRemoved),
    }
}

event_enum! {
    /// The events of an API key.
    pub enum ApiKeyEvent for "api_key" {
        Created(ApiKeyCreated),
        Updated(ApiKeyUpdated),
        Rotated(ApiKeyRotated),
        Revoked(ApiKeyRevoked),
    }
}

event_enum! {
    /// The events of one API key's usage on one UTC day (`<key id>_<yyyymmdd>`).
    pub enum KeyUsageEvent for "key_usage" { Used(ApiKeyUsed) }
}

event_enum! {
    /// The events of a login session (one family of refresh tokens).
    pub enum SessionEvent for "session" {
        Started(SessionStarted),
        Refreshed(SessionRefreshed),
        Revoked(SessionRevoked),
    }
}

event_enum! {
    /// The events of an audit entry that changes no other aggregate (one entry each).
    pub enum AuditEvent for "audit" { SecurityRecorded(SecurityEventRecorded) }
}
