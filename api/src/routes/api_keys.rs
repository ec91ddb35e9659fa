//! `/v1/api-keys`: create, list, change, rotate and revoke the keys integrations use.

use chrono::{DateTime, TimeDelta, Utc};
use poem::web::Data;
use poem_openapi::param::{Path, Query};
use poem_openapi::payload::Json;
use poem_openapi::types::MaybeUndefined;
use poem_openapi::{ApiResponse, Object, OpenApi};
use veracity_app::keys::{self, KeyChanges};
use veracity_domain::accounts::api_key::{DEFAULT_DAILY_LIMIT, DEFAULT_ROTATION_GRACE, check_grace, check_policy};
use veracity_domain::accounts::events::{KeyPolicy, KeySecret};
use veracity_domain::accounts::identity::check_name;
use veracity_domain::accounts::{IpNetwork, Permission, Scope, Scopes};
use veracity_domain::ports::{ApiKeyRow, Page};
use veracity_domain::{ApiKeyId, DomainError};

use super::ApiTags;
use crate::auth::tokens::{API_KEY_PREFIX, display_parts, new_api_key};
use crate::error::ApiError;
use crate::extract::AdminUser;
use crate::state::AppState;

pub struct ApiKeysApi;

pub use crate::enums::ScopeView;

/// Scope views in the canonical (sorted) order.
pub fn scope_views(scopes: Scopes) -> Vec<ScopeView> {
    scopes.iter().map(ScopeView::from).collect()
}

/// Whether a key can be used now.
#[derive(Debug, Clone, Copy, PartialEq, Eq, poem_openapi::Enum)]
#[oai(rename = "ApiKeyStatus", rename_all = "snake_case")]
pub enum ApiKeyStatus {
    Active,
    Expired,
    Revoked,
}

/// An API key as listings show it: never its secret.
#[derive(Debug, Object)]
#[oai(example)]
#[oai(skip_serializing_if_is_none)]
pub struct ApiKey {
    pub id: String,
    pub name: String,
    /// The start of the current secret, to tell keys apart.
    pub prefix: String,
    /// The last four characters of the current secret.
    pub last4: String,
    pub scopes: Vec<ScopeView>,
    /// Requests allowed per UTC day.
    pub daily_limit: u32,
    /// Requests counted so far today (recorded about once a second).
    pub daily_usage: u64,
    pub rate_limit_per_minute: u32,
    /// CIDR networks requests must come from; empty for any address.
    pub allowed_ips: Vec<String>,
    pub expires_at: Option<DateTime<Utc>>,
    pub status: ApiKeyStatus,
    pub created_at: DateTime<Utc>,
    /// The user who created it.
    pub created_by: String,
    pub last_used_at: Option<DateTime<Utc>>,
    pub rotated_at: Option<DateTime<Utc>>,
    /// After a rotation: until when the previous secret keeps working.
    pub previous_secret_valid_until: Option<DateTime<Utc>>,
}

impl poem_openapi::types::Example for ApiKey {
    fn example() -> Self {
        let at = DateTime::parse_from_rfc3339("2026-11-23T10:00:00Z").expect("valid").with_timezone(&Utc);
        ApiKey {
            id: "key_01jdx7q5v6m3k0c8f2h4n9r1sc".into(),
            name: "production backend".into(),
            prefix: "vk_live_5Hq3xZ2a".into(),
            last4: "tW9q".into(),
            scopes: vec![ScopeView::DetectImage, ScopeView::DetectVideo, ScopeView::JobsRead],
            daily_limit: 1000,
            daily_usage: 42,
            rate_limit_per_minute: 60,
            allowed_ips: vec!["203.0.113.0/24".into(), "2001:db8::/32".into()],
            expires_at: None,
            status: ApiKeyStatus::Active,
            created_at: at,
            created_by: "usr_01jdx7q5v6m3k0c8f2h4n9r1sb".into(),
            last_used_at: Some(at),
            rotated_at: None,
            previous_secret_valid_until: None,
        }
    }
}

/// One page of API keys, newest first.
#[derive(Debug, Object)]
#[oai(skip_serializing_if_is_none)]
pub struct ApiKeyPage {
    pub data: Vec<ApiKey>,
    /// Whether another page follows.
    pub has_more: bool,
    /// Pass as `starting_after` for the next page; absent on the last page.
    pub next_cursor: Option<String>,
}

/// A key and its secret, shown this once.
#[derive(Debug, Object)]
pub struct ApiKeyWithSecret {
    pub key: ApiKey,
    /// The full key. Store it now: it is never shown again, only its prefix and last four.
    pub secret: String,
}

#[derive(Debug, Object)]
#[oai(example)]
#[oai(skip_serializing_if_is_none)]
pub struct CreateApiKey {
    /// 1-100 characters, e.g. what uses the key.
    #[oai(validator(min_length = 1, max_length = 100))]
    pub name: String,
    /// Default: every scope but `webhooks:write` (all detection endpoints, `jobs:read`, `jobs:delete`, `usage:read`).
    #[oai(validator(max_items = 32))]
    pub scopes: Option<Vec<ScopeView>>,
    /// Default 1000; resets at 00:00 UTC.
    pub daily_limit: Option<u32>,
    /// Default: your plan's (FREE 10, BASIC 60, PRO 300, ENTERPRISE 1000); at most FREE 1000,
    /// BASIC 5000, PRO 20000, ENTERPRISE 100000.
    pub rate_limit_per_minute: Option<u32>,
    /// IPv4/IPv6 addresses or CIDR networks (at most 100); default: any address.
    #[oai(validator(max_items = 100, max_length = 64))]
    pub allowed_ips: Option<Vec<String>>,
    /// Default: never.
    pub expires_at: Option<DateTime<Utc>>,
}

impl poem_openapi::types::Example for CreateApiKey {
    fn example() -> Self {
        CreateApiKey {
            name: "production backend".into(),
            scopes: Some(vec![ScopeView::DetectImage, ScopeView::DetectVideo, ScopeView::JobsRead]),
            daily_limit: Some(5000),
            rate_limit_per_minute: None,
            allowed_ips: Some(vec!["203.0.113.0/24".into(), "2001:db8::/32".into()]),
            expires_at: None,
        }
    }
}

/// Fields to change; absent fields stay as they are. `expires_at: null` removes the expiry.
#[derive(Debug, Object)]
#[oai(example)]
#[oai(skip_serializing_if_is_none)]
pub struct UpdateApiKey {
    #[oai(validator(min_length = 1, max_length = 100))]
    pub name: Option<String>,
    #[oai(validator(max_items = 32))]
    pub scopes: Option<Vec<ScopeView>>,
    pub daily_limit: Option<u32>,
    pub rate_limit_per_minute: Option<u32>,
    #[oai(validator(max_items = 100, max_length = 64))]
    pub allowed_ips: Option<Vec<String>>,
    pub expires_at: MaybeUndefined<DateTime<Utc>>,
}

impl poem_openapi::types::Example for UpdateApiKey {
    fn example() -> Self {
        UpdateApiKey {
            name: None,
            scopes: Some(vec![ScopeView::DetectImage]),
            daily_limit: Some(200),
            rate_limit_per_minute: None,
            allowed_ips: None,
            expires_at: MaybeUndefined::Undefined,
        }
    }
}

#[derive(ApiResponse)]
pub enum CreateResponse {
    /// The key exists; `secret` is shown only now.
    #[oai(status = 201)]
    Created(Json<ApiKeyWithSecret>),
}

#[derive(ApiResponse)]
pub enum RevokeResponse {
    /// The key is revoked: every request with it fails with 401 `AUTH_INVALID` from now on.
    #[oai(status = 204)]
    Revoked,
}

fn not_found(id: &str) -> ApiError {
    DomainError::NotFound { resource: "API key", id: id.to_owned() }.into()
}

fn scopes_of(views: &[ScopeView]) -> Scopes {
    views.iter().map(|view| Scope::from(*view)).collect()
}

pub(crate) fn parse_networks(list: &[String]) -> Result<Vec<IpNetwork>, DomainError> {
    list.iter().map(|s| s.parse::<IpNetwork>().map_err(|reason| DomainError::invalid("allowed_ips", reason))).collect()
}

fn view(row: ApiKeyRow, now: DateTime<Utc>) -> ApiKey {
    let status = if row.revoked_at.is_some() {
        ApiKeyStatus::Revoked
    } else if row.expires_at.is_some_and(|at| at <= now) {
        ApiKeyStatus::Expired
    } else {
        ApiKeyStatus::Active
    };
    ApiKey {
        id: row.id.to_string(),
        name: row.name,
        prefix: row.prefix,
        last4: row.last4,
        // Stored by the projection from recorded `Scopes`, so every name parses.
        scopes: row.scopes.iter().filter_map(|name| Scope::parse(name)).map(ScopeView::from).collect(),
        daily_limit: row.daily_limit,
        daily_usage: row.usage,
        rate_limit_per_minute: row.rate_limit_per_minute,
        allowed_ips: row.allowed_ips,
        expires_at: row.expires_at,
        status,
        created_at: row.created_at,
        created_by: row.created_by,
        last_used_at: row.last_used_at,
        rotated_at: row.rotated_at,
        previous_secret_valid_until: row.previous_valid_until.filter(|until| *until > now),
    }
}

pub(crate) async fn find(state: &AppState, admin: &AdminUser, key: ApiKeyId) -> Result<ApiKey, ApiError> {
    let now = state.clock.now();
    let row = state.reads.get_key(&admin.scope, key, now.date_naive()).await?;
    row.map(|row| view(row, now)).ok_or_else(|| not_found(&key.to_string()))
}

/// A new secret for `key` and what is recorded of it.
async fn mint(state: &AppState, admin: &AdminUser, key: ApiKeyId) -> Result<(String, KeySecret), DomainError> {
    let secret = new_api_key(admin.tenant, key);
    let (prefix, last4) = display_parts(&secret, API_KEY_PREFIX);
    let hash = state.auth.hasher.hash(secret.clone()).await?;
    Ok((secret, KeySecret { hash, prefix, last4 }))
}

/// Creates a key for `admin`'s organisation (the native route and DMI's `/api/api-keys/`):
/// unset limits take the defaults (daily 1000, the plan's per-minute rate). Answers the key as
/// listed and its secret, which is shown this once.
#[allow(clippy::too_many_arguments)]
pub(crate) async fn create_key(
    state: &AppState,
    admin: &AdminUser,
    name: &str,
    scopes: Scopes,
    daily_limit: Option<u32>,
    rate_limit_per_minute: Option<u32>,
    allowed_ips: Vec<IpNetwork>,
    expires_at: Option<DateTime<Utc>>,
) -> Result<ApiKeyWithSecret, ApiError> {
    admin.require(Permission::ManageApiKeys)?;
    let now = state.clock.now();
    let name = check_name("name", name)?;
    // The plan lives on the credit account, where plan changes are recorded.
    let plan = state.ledger.balance(admin.tenant, &admin.request_id).await?.plan;
    let policy = KeyPolicy {
        scopes,
        daily_limit: daily_limit.unwrap_or(DEFAULT_DAILY_LIMIT),
        rate_limit_per_minute: rate_limit_per_minute.unwrap_or(plan.default_rate_limit_per_minute()),
        allowed_ips,
        expires_at,
    };
    // Checked before the (slow) hashing of a new secret, and again by the use case.
    check_policy(&policy, now)?;
    plan.check_rate_limit(policy.rate_limit_per_minute)?;
    let key = ApiKeyId::new();
    let (secret, record) = mint(state, admin, key).await?;
    let cmd = state.cmd(&admin.request_id);
    let appended = keys::create_key(cmd, admin.tenant, key, name, record, policy, admin.origin.clone()).await?;
    state.settled(appended).await;
    let key = find(state, admin, key).await?;
    Ok(ApiKeyWithSecret { key, secret })
}

/// One page of the organisation's keys, newest first (the caller checks the permission).
pub(crate) async fn list_page(state: &AppState, admin: &AdminUser, page: Page) -> Result<ApiKeyPage, ApiError> {
    let now = state.clock.now();
    let keys = state.reads.list_keys(&admin.scope, &page, now.date_naive()).await?.map(|row| view(row, now));
    Ok(ApiKeyPage { data: keys.data, has_more: keys.has_more, next_cursor: keys.next_cursor })
}

/// Revokes `key` for good (the native route and DMI's); revoking twice is fine.
pub(crate) async fn revoke_key(state: &AppState, admin: &AdminUser, key: ApiKeyId) -> Result<(), ApiError> {
    admin.require(Permission::ManageApiKeys)?;
    let appended = keys::revoke_key(state.cmd(&admin.request_id), admin.tenant, key, admin.origin.clone()).await?;
    state.settled(appended).await;
    Ok(())
}

#[OpenApi(tag = "ApiTags::ApiKeys")]
impl ApiKeysApi {
    /// Create an API key
    ///
    /// Creates a key for your servers to call the detection and job endpoints with
    /// (`Authorization: Bearer <secret>` or `X-API-Key: <secret>`). The full secret is in this
    /// answer only; Veracity keeps an argon2id hash. Owners, admins and developers may manage keys.
    #[oai(path = "/v1/api-keys", method = "post", operation_id = "createApiKey")]
    async fn create(&self, state: Data<&AppState>, admin: AdminUser, body: Json<CreateApiKey>) -> Result<CreateResponse, ApiError> {
        let Json(body) = body;
        let networks = parse_networks(body.allowed_ips.as_deref().unwrap_or_default())?;
        let scopes = body.scopes.as_deref().map(scopes_of).unwrap_or_else(Scopes::default_for_new_keys);
        let made =
            create_key(&state, &admin, &body.name, scopes, body.daily_limit, body.rate_limit_per_minute, networks, body.expires_at).await?;
        Ok(CreateResponse::Created(Json(made)))
    }

    /// List API keys
    ///
    /// Your organisation's keys, newest first, revoked ones included (with `status`). Cursor
    /// pagination: pass the last `id` you got as `starting_after`.
    #[oai(path = "/v1/api-keys", method = "get", operation_id = "listApiKeys")]
    async fn list(
        &self,
        state: Data<&AppState>,
        admin: AdminUser,
        /// 1-100, default 20.
        #[oai(validator(minimum(value = "1"), maximum(value = "100")))]
        limit: Query<Option<u64>>,
        /// The `id` of the last key of the previous page.
        starting_after: Query<Option<String>>,
    ) -> Result<Json<ApiKeyPage>, ApiError> {
        admin.require(Permission::ManageApiKeys)?;
        Ok(Json(list_page(&state, &admin, Page::new(limit.0, starting_after.0)?).await?))
    }

    /// Get an API key
    ///
    /// One key of your organisation with its scopes, limits, today's usage and last use; never
    /// its secret. Another organisation's key is a 404.
    #[oai(path = "/v1/api-keys/:key_id", method = "get", operation_id = "getApiKey")]
    async fn get(&self, state: Data<&AppState>, admin: AdminUser, key_id: Path<String>) -> Result<Json<ApiKey>, ApiError> {
        admin.require(Permission::ManageApiKeys)?;
        let key: ApiKeyId = key_id.parse().map_err(|_| not_found(&key_id))?;
        Ok(Json(find(&state, &admin, key).await?))
    }

    /// Update an API key
    ///
    /// Changes name, scopes, limits, allowed networks or expiry. Every API process applies the
    /// change within a second; the secret stays the same.
    #[oai(path = "/v1/api-keys/:key_id", method = "patch", operation_id = "updateApiKey")]
    async fn update(
        &self,
        state: Data<&AppState>,
        admin: AdminUser,
        key_id: Path<String>,
        body: Json<UpdateApiKey>,
    ) -> Result<Json<ApiKey>, ApiError> {
        admin.require(Permission::ManageApiKeys)?;
        let key: ApiKeyId = key_id.parse().map_err(|_| not_found(&key_id))?;
        if let Some(per_minute) = body.rate_limit_per_minute {
            state.ledger.balance(admin.tenant, &admin.request_id).await?.plan.check_rate_limit(per_minute)?;
        }
        let changes = KeyChanges {
            name: body.name.as_deref().map(|n| check_name("name", n)).transpose()?,
            scopes: body.scopes.as_deref().map(scopes_of),
            daily_limit: body.daily_limit,
            rate_limit_per_minute: body.rate_limit_per_minute,
            allowed_ips: body.allowed_ips.as_deref().map(parse_networks).transpose()?,
            expires_at: match &body.expires_at {
                MaybeUndefined::Value(at) => Some(Some(*at)),
                MaybeUndefined::Null => Some(None),
                MaybeUndefined::Undefined => None,
            },
        };
        let appended = keys::update_key(state.cmd(&admin.request_id), admin.tenant, key, changes, admin.origin.clone()).await?;
        state.settled(appended).await;
        Ok(Json(find(&state, &admin, key).await?))
    }

    /// Revoke an API key
    ///
    /// Ends the key for good: within a second every API process refuses it (401 `AUTH_INVALID`),
    /// including a previous secret still in its rotation grace period. Revoking twice is fine.
    /// The key stays listed and readable with `status: "revoked"`, so that the organisation
    /// keeps a record of which keys existed and when each stopped working.
    #[oai(path = "/v1/api-keys/:key_id", method = "delete", operation_id = "revokeApiKey")]
    async fn revoke(&self, state: Data<&AppState>, admin: AdminUser, key_id: Path<String>) -> Result<RevokeResponse, ApiError> {
        let key: ApiKeyId = key_id.parse().map_err(|_| not_found(&key_id))?;
        revoke_key(&state, &admin, key).await?;
        Ok(RevokeResponse::Revoked)
    }

    /// Rotate an API key's secret
    ///
    /// Issues a new secret (shown once, in this answer). The previous secret keeps working for
    /// `grace_period_seconds` (default 86400 = 24 h, at most 30 days; 0 ends it now) so you can
    /// deploy the new one without interruption. A second rotation ends any older secret at once.
    #[oai(path = "/v1/api-keys/:key_id/rotate", method = "post", operation_id = "rotateApiKey")]
    async fn rotate(
        &self,
        state: Data<&AppState>,
        admin: AdminUser,
        key_id: Path<String>,
        /// How long the previous secret keeps working, in seconds (default 86400, at most 30 days).
        #[oai(validator(minimum(value = "0"), maximum(value = "2592000")))]
        grace_period_seconds: Query<Option<i64>>,
    ) -> Result<Json<ApiKeyWithSecret>, ApiError> {
        admin.require(Permission::ManageApiKeys)?;
        let key: ApiKeyId = key_id.parse().map_err(|_| not_found(&key_id))?;
        let grace = match grace_period_seconds.0 {
            None => DEFAULT_ROTATION_GRACE,
            // Out of `TimeDelta`'s range is out of the allowed range too.
            Some(seconds) => TimeDelta::try_seconds(seconds).unwrap_or(TimeDelta::MAX),
        };
        check_grace(grace)?;
        let (secret, record) = mint(&state, &admin, key).await?;
        let cmd = state.cmd(&admin.request_id);
        let appended = keys::rotate_key(cmd, admin.tenant, key, record, grace, admin.origin.clone()).await?;
        state.settled(appended).await;
        let key = find(&state, &admin, key).await?;
        Ok(Json(ApiKeyWithSecret { key, secret }))
    }
}
