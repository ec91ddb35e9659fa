//! DMI's key management (reference 003): `GET/POST /api/api-keys/` and
//! `GET/DELETE /api/api-keys/{key_id}/`, served under `/compat/dmi` with a dashboard access token
//! (003's "JWT token"), over the native API keys: the same keys, scopes, daily limits and audit.
//!
//! What differs from 003, and why:
//! - `id` is an integer, as 003's clients expect: the key's Veracity id (also given, as `key_id`)
//!   hashed to 53 bits, so it is stable, never reused and exact in JavaScript.
//! - `key` is the whole key only in the answer that creates it; elsewhere it is the key's prefix
//!   and last four (`vk_live_5Hq3xZ2a…tW9q`): Veracity keeps a hash, never the key.
//! - `can_use_deepfake_detection` is the pair `detect:image` + `detect:video`,
//!   `can_use_ai_text_detection` is `detect:text`, `can_use_ai_media_detection` is
//!   `detect:ai-media`; a key made here also gets `jobs:read` (the answers name their job).
//! - Revoked keys are gone from these routes (the native `GET /v1/api-keys` still lists them).

use chrono::{DateTime, NaiveDate, Utc};
use poem::web::Data;
use poem_openapi::param::Path;
use poem_openapi::payload::Json;
use poem_openapi::{Object, OpenApi};
use veracity_domain::accounts::{Permission, Scope, Scopes};
use veracity_domain::ports::Page;
use veracity_domain::{ApiKeyId, DomainError};

use super::dmi::DmiError;
use crate::error::{ApiError, ErrorCode};
use crate::extract::AdminUser;
use crate::routes::ApiTags;
use crate::routes::api_keys::{ApiKey, ApiKeyStatus, create_key, find, list_page, revoke_key};
use crate::state::AppState;

pub struct DmiKeysApi;

/// The most keys one listing reads (100 pages of 100).
const MAX_LISTED: usize = 10_000;

/// An API key as 003 shows it.
#[derive(Debug, Clone, Object)]
#[oai(rename = "DmiApiKey", skip_serializing_if_is_none)]
pub struct DmiApiKey {
    /// A stable integer for the key (its `key_id` hashed to 53 bits): use it in
    /// `/api/api-keys/{id}/`.
    pub id: u64,
    pub name: String,
    /// The whole key when it is made (shown this once); otherwise its prefix and last four.
    pub key: String,
    /// RFC 3339 in UTC, to the second, as 003 writes it (`2026-05-15T13:45:30Z`).
    pub created_at: String,
    /// RFC 3339 in UTC; absent: the key does not expire.
    pub expires_at: Option<String>,
    /// Requests allowed per UTC day.
    pub daily_limit: u32,
    /// Requests counted so far today (recorded about once a second).
    pub daily_usage: u64,
    /// RFC 3339 in UTC; absent: never used.
    pub last_used_at: Option<String>,
    /// `detect:image` and `detect:video`.
    pub can_use_deepfake_detection: bool,
    /// `detect:text`.
    pub can_use_ai_text_detection: bool,
    /// `detect:ai-media`.
    pub can_use_ai_media_detection: bool,
    /// Added: the key's Veracity id (`/v1/api-keys/{key_id}`).
    pub key_id: String,
}

/// `{"success": true, "code": "SUC001", "api_keys": […]}`.
#[derive(Debug, Clone, Object)]
#[oai(rename = "DmiApiKeyList")]
pub struct KeyList {
    pub success: bool,
    /// `SUC001`.
    pub code: String,
    /// The organisation's keys that are not revoked, newest first.
    pub api_keys: Vec<DmiApiKey>,
}

/// `{"success": true, "code": "SUC001", "api_key": {…}}`.
#[derive(Debug, Clone, Object)]
#[oai(rename = "DmiApiKeyResponse")]
pub struct KeyEnvelope {
    pub success: bool,
    pub code: String,
    pub api_key: DmiApiKey,
}

/// `{"success": true, "code": "SUC001", "message": "API key \"…\" has been revoked"}`.
#[derive(Debug, Clone, Object)]
#[oai(rename = "DmiMessage")]
pub struct MessageEnvelope {
    pub success: bool,
    pub code: String,
    pub message: String,
}

/// 003's key: what `POST /api/api-keys/` takes (other members are ignored, as 003 does).
#[derive(Debug, Clone, Object)]
#[oai(rename = "DmiCreateApiKey", example)]
pub struct CreateKey {
    /// 1-100 characters.
    #[oai(validator(min_length = 1, max_length = 100))]
    pub name: String,
    /// A date (`2027-12-31`: the key ends at 00:00 UTC that day) or an RFC 3339 time; must be in
    /// the future. Absent or null: never.
    #[oai(validator(max_length = 64))]
    pub expires_at: Option<String>,
    /// Requests per UTC day; default 1000.
    pub daily_limit: Option<u32>,
    /// Default true.
    pub can_use_deepfake_detection: Option<bool>,
    /// Default true.
    pub can_use_ai_text_detection: Option<bool>,
    /// Default true.
    pub can_use_ai_media_detection: Option<bool>,
}

impl poem_openapi::types::Example for CreateKey {
    fn example() -> Self {
        CreateKey {
            name: "My API Key".into(),
            expires_at: Some("2027-12-31".into()),
            daily_limit: Some(1000),
            can_use_deepfake_detection: Some(true),
            can_use_ai_text_detection: Some(true),
            can_use_ai_media_detection: Some(true),
        }
    }
}

/// The integer 003's clients see for a key: its id hashed to 53 bits (exact in a JavaScript
/// number), never 0.
pub fn integer_id(key: &str) -> u64 {
    let digest = veracity_domain::digest::sha256_hex(key.as_bytes());
    let prefix = u64::from_str_radix(&digest[..16], 16).unwrap_or(1);
    (prefix & ((1 << 53) - 1)).max(1)
}

/// `expires_at` as 003 sends it: a date (midnight UTC) or an RFC 3339 time.
fn expiry(text: &str) -> Result<DateTime<Utc>, DomainError> {
    let text = text.trim();
    if let Ok(date) = NaiveDate::parse_from_str(text, "%Y-%m-%d") {
        return Ok(date.and_hms_opt(0, 0, 0).expect("midnight exists").and_utc());
    }
    DateTime::parse_from_rfc3339(text)
        .map(|at| at.with_timezone(&Utc))
        .map_err(|_| DomainError::invalid("expires_at", "must be a date (2027-12-31) or an RFC 3339 time (2027-12-31T00:00:00Z)"))
}

/// `2026-05-15T13:45:30Z`.
fn utc(at: DateTime<Utc>) -> String {
    at.to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

fn deepfake_scopes() -> [Scope; 2] {
    [Scope::DetectImage, Scope::DetectVideo]
}

fn view(key: ApiKey, shown: Option<String>) -> DmiApiKey {
    let scopes: Scopes = key.scopes.iter().map(|s| Scope::from(*s)).collect();
    DmiApiKey {
        id: integer_id(&key.id),
        name: key.name,
        key: shown.unwrap_or_else(|| format!("{}…{}", key.prefix, key.last4)),
        created_at: utc(key.created_at),
        expires_at: key.expires_at.map(utc),
        daily_limit: key.daily_limit,
        daily_usage: key.daily_usage,
        last_used_at: key.last_used_at.map(utc),
        can_use_deepfake_detection: deepfake_scopes().into_iter().all(|s| scopes.contains(s)),
        can_use_ai_text_detection: scopes.contains(Scope::DetectText),
        can_use_ai_media_detection: scopes.contains(Scope::DetectAiMedia),
        key_id: key.id,
    }
}

/// The organisation's keys that are not revoked, newest first (at most [`MAX_LISTED`]).
async fn keys(state: &AppState, admin: &AdminUser) -> Result<Vec<ApiKey>, ApiError> {
    admin.require(Permission::ManageApiKeys)?;
    let mut all = Vec::new();
    let mut cursor = None;
    loop {
        let page = list_page(state, admin, Page::new(Some(100), cursor)?).await?;
        all.extend(page.data.into_iter().filter(|k| k.status != ApiKeyStatus::Revoked));
        match page.next_cursor {
            Some(next) if page.has_more && all.len() < MAX_LISTED => cursor = Some(next),
            _ => return Ok(all),
        }
    }
}

/// The key whose integer id is `id` (or whose Veracity id is `id`), unless revoked.
async fn by_id(state: &AppState, admin: &AdminUser, id: &str) -> Result<ApiKey, ApiError> {
    let not_found = || ApiError::from(DomainError::NotFound { resource: "API key", id: id.to_owned() });
    if let Ok(native) = id.parse::<ApiKeyId>() {
        admin.require(Permission::ManageApiKeys)?;
        return find(state, admin, native).await.ok().filter(|k| k.status != ApiKeyStatus::Revoked).ok_or_else(not_found);
    }
    let wanted: u64 = id.parse().map_err(|_| not_found())?;
    let mut matches = keys(state, admin).await?.into_iter().filter(|k| integer_id(&k.id) == wanted);
    match (matches.next(), matches.next()) {
        (Some(key), None) => Ok(key),
        // Two keys on one 53-bit hash (about one chance in 10^12 for 1,000 keys): ask for the
        // Veracity id rather than guess.
        (Some(_), Some(_)) => Err(ApiError::new(ErrorCode::Conflict, format!("two keys share the id {wanted}: use the key_id instead"))),
        _ => Err(not_found()),
    }
}

fn success() -> (bool, String) {
    (true, "SUC001".into())
}

#[OpenApi(tag = "ApiTags::CompatDmi")]
impl DmiKeysApi {
    /// DMI: list API keys
    ///
    /// DMI's `GET /api/api-keys/` with a dashboard access token (`Authorization: Bearer`, from
    /// `POST /v1/auth/login`): the organisation's keys that are not revoked, never their secrets.
    #[oai(path = "/compat/dmi/api/api-keys/", method = "get", operation_id = "dmiListApiKeys")]
    async fn list(&self, state: Data<&AppState>, admin: AdminUser) -> Result<Json<KeyList>, DmiError> {
        let api_keys = keys(&state, &admin).await?.into_iter().map(|k| view(k, None)).collect();
        let (success, code) = success();
        Ok(Json(KeyList { success, code, api_keys }))
    }

    /// DMI: create an API key
    ///
    /// DMI's `POST /api/api-keys/`: the answer holds the whole key, shown this once. Owners,
    /// admins and developers may manage keys.
    #[oai(path = "/compat/dmi/api/api-keys/", method = "post", operation_id = "dmiCreateApiKey")]
    async fn create(&self, state: Data<&AppState>, admin: AdminUser, body: Json<CreateKey>) -> Result<Json<KeyEnvelope>, DmiError> {
        let Json(body) = body;
        let mut scopes: Vec<Scope> = Vec::new();
        if body.can_use_deepfake_detection.unwrap_or(true) {
            scopes.extend(deepfake_scopes());
        }
        if body.can_use_ai_text_detection.unwrap_or(true) {
            scopes.push(Scope::DetectText);
        }
        if body.can_use_ai_media_detection.unwrap_or(true) {
            scopes.push(Scope::DetectAiMedia);
        }
        if scopes.is_empty() {
            return Err(
                ApiError::from(DomainError::invalid("can_use_deepfake_detection", "a key must be allowed at least one detection")).into()
            );
        }
        scopes.push(Scope::JobsRead);
        let expires_at = body.expires_at.as_deref().map(expiry).transpose()?;
        let made =
            create_key(&state, &admin, &body.name, scopes.into_iter().collect(), body.daily_limit, None, Vec::new(), expires_at).await?;
        let (success, code) = success();
        Ok(Json(KeyEnvelope { success, code, api_key: view(made.key, Some(made.secret)) }))
    }

    /// DMI: get an API key
    ///
    /// DMI's `GET /api/api-keys/{key_id}/`, by the integer `id` (or the Veracity `key_id`).
    #[oai(path = "/compat/dmi/api/api-keys/:key_id/", method = "get", operation_id = "dmiGetApiKey")]
    async fn get(&self, state: Data<&AppState>, admin: AdminUser, key_id: Path<String>) -> Result<Json<KeyEnvelope>, DmiError> {
        let key = by_id(&state, &admin, &key_id).await?;
        let (success, code) = success();
        Ok(Json(KeyEnvelope { success, code, api_key: view(key, None) }))
    }

    /// DMI: revoke an API key
    ///
    /// DMI's `DELETE /api/api-keys/{key_id}/`: within a second every API process refuses the key.
    #[oai(path = "/compat/dmi/api/api-keys/:key_id/", method = "delete", operation_id = "dmiRevokeApiKey")]
    async fn revoke(&self, state: Data<&AppState>, admin: AdminUser, key_id: Path<String>) -> Result<Json<MessageEnvelope>, DmiError> {
        let key = by_id(&state, &admin, &key_id).await?;
        let id: ApiKeyId = key.id.parse().map_err(|_| ApiError::from(DomainError::internal(format!("a listed key's id {}", key.id))))?;
        revoke_key(&state, &admin, id).await?;
        let (success, code) = success();
        Ok(Json(MessageEnvelope { success, code, message: format!("API key \"{}\" has been revoked", key.name) }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn integer_ids_are_stable_javascript_safe_and_distinct() {
        let a = integer_id("key_01jdx7q5v6m3k0c8f2h4n9r1sc");
        assert_eq!(a, integer_id("key_01jdx7q5v6m3k0c8f2h4n9r1sc"));
        assert!(a > 0 && a < (1 << 53));
        assert_ne!(a, integer_id("key_01jdx7q5v6m3k0c8f2h4n9r1sd"));
    }

    #[test]
    fn expiry_takes_a_date_or_a_time() {
        assert_eq!(expiry("2027-12-31").unwrap().to_rfc3339(), "2027-12-31T00:00:00+00:00");
        assert_eq!(expiry("2027-12-31T10:00:00+02:00").unwrap().to_rfc3339(), "2027-12-31T08:00:00+00:00");
        assert!(expiry("31/12/2027").is_err());
    }
}
