//! `GET /v1/audit-log`: the organisation's security events.

use chrono::{DateTime, Utc};
use poem::web::Data;
use poem_openapi::param::Query;
use poem_openapi::payload::Json;
use poem_openapi::{Object, OpenApi};
use veracity_domain::accounts::Permission;
use veracity_domain::ports::{AuditFilter, AuditRow, Page};

use super::ApiTags;
use crate::error::ApiError;
use crate::extract::AdminUser;
use crate::state::AppState;

pub struct AuditLogApi;

/// One security event. Never holds a password, secret, token or media.
#[derive(Debug, Object)]
#[oai(example)]
#[oai(skip_serializing_if_is_none)]
pub struct AuditEntry {
    pub id: String,
    /// e.g. `login.succeeded`, `login.failed`, `api_key.created`, `api_key.rotated`,
    /// `api_key.revoked`, `member.role_changed`, `access.ip_rejected`, `access.rate_limited`.
    #[oai(rename = "type")]
    pub entry_type: String,
    pub occurred_at: DateTime<Utc>,
    /// Who did it: a user (`usr_…`), an API key (`key_…`), `anonymous` or `system`.
    pub actor: String,
    pub ip: Option<String>,
    /// What it was done to, e.g. `api_key`, `user`, `session`, `tenant`.
    pub target_type: Option<String>,
    pub target_id: Option<String>,
    /// The request that caused it (its `X-Request-Id`).
    pub request_id: Option<String>,
    pub details: serde_json::Value,
}

/// One page of audit log entries, newest first.
#[derive(Debug, Object)]
#[oai(skip_serializing_if_is_none)]
pub struct AuditLogPage {
    pub data: Vec<AuditEntry>,
    /// Whether another page follows.
    pub has_more: bool,
    /// Pass as `starting_after` for the next page; absent on the last page.
    pub next_cursor: Option<String>,
}

impl poem_openapi::types::Example for AuditEntry {
    fn example() -> Self {
        AuditEntry {
            id: "evt_01jdx7q5v6m3k0c8f2h4n9r1sd".into(),
            entry_type: "api_key.rotated".into(),
            occurred_at: DateTime::parse_from_rfc3339("2026-11-23T10:00:00Z").expect("valid").with_timezone(&Utc),
            actor: "usr_01jdx7q5v6m3k0c8f2h4n9r1sb".into(),
            ip: Some("203.0.113.7".into()),
            target_type: Some("api_key".into()),
            target_id: Some("key_01jdx7q5v6m3k0c8f2h4n9r1sc".into()),
            request_id: Some("req_0193f6a4c1b27a8f9e0d1c2b3a495867".into()),
            details: serde_json::json!({"prefix": "vk_live_5Hq3xZ2a", "previous_valid_until": "2026-11-24T10:00:00Z"}),
        }
    }
}

impl From<AuditRow> for AuditEntry {
    fn from(row: AuditRow) -> Self {
        AuditEntry {
            id: row.id,
            entry_type: row.entry_type,
            occurred_at: row.occurred_at,
            actor: row.actor,
            ip: row.ip,
            target_type: row.target_type,
            target_id: row.target_id,
            request_id: row.request_id,
            details: row.details,
        }
    }
}

#[OpenApi(tag = "ApiTags::AuditLog")]
impl AuditLogApi {
    /// List audit log entries
    ///
    /// Security events of your organisation, newest first: sign-ups, logins (and failed ones),
    /// refresh-token reuse, API key creation, updates, rotations and revocations, role changes,
    /// member removals, and refusals (permission denied, IP rejected, rate and daily limits).
    /// Owners and admins only. Filter by `type`, `actor` and a `since`/`until` time range;
    /// page with `starting_after`.
    #[oai(path = "/v1/audit-log", method = "get", operation_id = "listAuditLog")]
    #[allow(clippy::too_many_arguments)]
    async fn list(
        &self,
        state: Data<&AppState>,
        admin: AdminUser,
        /// 1-100, default 20.
        #[oai(validator(minimum(value = "1"), maximum(value = "100")))]
        limit: Query<Option<u64>>,
        /// The `id` of the last entry of the previous page.
        starting_after: Query<Option<String>>,
        /// Only entries of this type, e.g. `login.failed`.
        #[oai(name = "type")]
        entry_type: Query<Option<String>>,
        /// Only entries by this actor, e.g. `usr_…` or `key_…`.
        actor: Query<Option<String>>,
        /// Only entries at or after this time (RFC 3339).
        since: Query<Option<DateTime<Utc>>>,
        /// Only entries before this time (RFC 3339).
        until: Query<Option<DateTime<Utc>>>,
    ) -> Result<Json<AuditLogPage>, ApiError> {
        admin.require(Permission::ReadAuditLog)?;
        let page = Page::new(limit.0, starting_after.0)?;
        let filter = AuditFilter { entry_type: entry_type.0, actor: actor.0, since: since.0, until: until.0 };
        let entries = state.reads.list_audit(&admin.scope, &filter, &page).await?.map(AuditEntry::from);
        let (data, has_more, next_cursor) = (entries.data, entries.has_more, entries.next_cursor);
        Ok(Json(AuditLogPage { data, has_more, next_cursor }))
    }
}
