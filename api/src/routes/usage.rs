//! `GET /v1/usage`: what the calling API key may do and how much of its limits is left.

use chrono::{DateTime, Utc};
use poem_openapi::payload::Json;
use poem_openapi::{Object, OpenApi};
use veracity_domain::accounts::Scope;

use super::ApiTags;
use super::api_keys::{ScopeView, scope_views};
use crate::error::ApiError;
use crate::extract::ApiKeyCaller;

pub struct UsageApi;

#[derive(Debug, Object)]
#[oai(example)]
pub struct KeyUsage {
    pub key_id: String,
    pub tenant_id: String,
    pub scopes: Vec<ScopeView>,
    pub rate_limit_per_minute: u32,
    /// Requests left in the current minute window, after this one.
    pub rate_limit_remaining: u32,
    pub daily_limit: u32,
    /// Requests left today (UTC), after this one.
    pub daily_remaining: u64,
    /// When the daily limit resets (00:00 UTC).
    pub daily_resets_at: DateTime<Utc>,
    /// The address this request came from, as Veracity sees it (for `allowed_ips`).
    pub client_ip: String,
}

impl poem_openapi::types::Example for KeyUsage {
    fn example() -> Self {
        KeyUsage {
            key_id: "key_01jdx7q5v6m3k0c8f2h4n9r1sc".into(),
            tenant_id: "ten_01jdx7q5v6m3k0c8f2h4n9r1sa".into(),
            scopes: vec![ScopeView::DetectImage, ScopeView::JobsRead, ScopeView::UsageRead],
            rate_limit_per_minute: 60,
            rate_limit_remaining: 59,
            daily_limit: 1000,
            daily_remaining: 957,
            daily_resets_at: DateTime::parse_from_rfc3339("2026-11-24T00:00:00Z").expect("valid").with_timezone(&Utc),
            client_ip: "203.0.113.7".into(),
        }
    }
}

#[OpenApi(tag = "ApiTags::Usage")]
impl UsageApi {
    /// Check your API key
    ///
    /// Tells an integration which key it is using, its scopes, and how much of its per-minute
    /// and daily limits is left — the same numbers as the `RateLimit` headers every
    /// authenticated response carries. Needs the `usage:read` scope; counts as a request.
    #[oai(path = "/v1/usage", method = "get", operation_id = "getUsage")]
    async fn usage(&self, key: ApiKeyCaller) -> Result<Json<KeyUsage>, ApiError> {
        key.require(Scope::UsageRead)?;
        let caller = &key.caller;
        Ok(Json(KeyUsage {
            key_id: caller.key.to_string(),
            tenant_id: caller.tenant.to_string(),
            scopes: scope_views(caller.scopes),
            rate_limit_per_minute: caller.limits.minute_limit,
            rate_limit_remaining: caller.limits.minute_remaining,
            daily_limit: caller.limits.daily_limit,
            daily_remaining: caller.limits.daily_remaining,
            daily_resets_at: caller.at + caller.limits.daily_reset,
            client_ip: caller.ip.to_string(),
        }))
    }
}
