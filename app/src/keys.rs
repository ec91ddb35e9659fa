//! API keys: create, change, rotate and revoke. Secrets are minted and hashed at the edge;
//! the log keeps only their argon2id hash and the parts shown in listings.

use chrono::{DateTime, TimeDelta, Utc};
use veracity_domain::accounts::IpNetwork;
use veracity_domain::accounts::Scopes;
use veracity_domain::accounts::api_key::{ApiKeyState, check_policy};
use veracity_domain::accounts::events::{ApiKeyCreated, ApiKeyRevoked, ApiKeyRotated, ApiKeyUpdated, KeyPolicy, KeySecret, Origin};
use veracity_domain::{ApiKeyId, Appended, DomainError, TenantId};

use crate::commands::{Cmd, aggregate, execute};

fn not_found(key: ApiKeyId) -> DomainError {
    DomainError::NotFound { resource: "API key", id: key.to_string() }
}

/// Creates `key` with `policy` (checked here) and its first secret.
pub async fn create_key(
    cmd: Cmd<'_>,
    tenant: TenantId,
    key: ApiKeyId,
    name: String,
    secret: KeySecret,
    policy: KeyPolicy,
    origin: Origin,
) -> Result<Option<Appended>, DomainError> {
    check_policy(&policy, cmd.now)?;
    let key_ref = aggregate::<ApiKeyState>(tenant, key.to_string())?;
    let created = ApiKeyCreated { name, secret, policy, origin };
    let (appended, _) =
        execute::<ApiKeyState, DomainError>(cmd, &key_ref, |current| Ok((!current.exists()).then(|| created.clone().into()))).await?;
    Ok(appended)
}

/// What an update changes; `None` keeps the current value.
#[derive(Debug, Clone, Default)]
pub struct KeyChanges {
    pub name: Option<String>,
    pub scopes: Option<Scopes>,
    pub daily_limit: Option<u32>,
    pub rate_limit_per_minute: Option<u32>,
    pub allowed_ips: Option<Vec<IpNetwork>>,
    /// `Some(None)` removes the expiry.
    pub expires_at: Option<Option<DateTime<Utc>>>,
}

impl KeyChanges {
    fn apply(&self, mut policy: KeyPolicy) -> KeyPolicy {
        if let Some(scopes) = &self.scopes {
            policy.scopes = *scopes;
        }
        if let Some(limit) = self.daily_limit {
            policy.daily_limit = limit;
        }
        if let Some(limit) = self.rate_limit_per_minute {
            policy.rate_limit_per_minute = limit;
        }
        if let Some(networks) = &self.allowed_ips {
            policy.allowed_ips = networks.clone();
        }
        if let Some(expires_at) = self.expires_at {
            policy.expires_at = expires_at;
        }
        policy
    }
}

/// Changes a key's name or policy; a revoked key cannot be changed.
pub async fn update_key(
    cmd: Cmd<'_>,
    tenant: TenantId,
    key: ApiKeyId,
    changes: KeyChanges,
    origin: Origin,
) -> Result<Option<Appended>, DomainError> {
    let key_ref = aggregate::<ApiKeyState>(tenant, key.to_string())?;
    let (appended, _) = execute::<ApiKeyState, DomainError>(cmd, &key_ref, |current| {
        let policy = current.policy.clone().ok_or_else(|| not_found(key))?;
        if current.revoked_at.is_some() {
            return Err(DomainError::invalid("key_id", "a revoked key cannot be changed"));
        }
        let policy = changes.apply(policy);
        check_policy(&policy, cmd.now)?;
        let name = changes.name.clone().unwrap_or_else(|| current.name.clone());
        Ok(Some(ApiKeyUpdated { name, policy, origin: origin.clone() }.into()))
    })
    .await?;
    Ok(appended)
}

/// Replaces the key's secret; the previous one keeps working for `grace`.
pub async fn rotate_key(
    cmd: Cmd<'_>,
    tenant: TenantId,
    key: ApiKeyId,
    secret: KeySecret,
    grace: TimeDelta,
    origin: Origin,
) -> Result<Option<Appended>, DomainError> {
    let key_ref = aggregate::<ApiKeyState>(tenant, key.to_string())?;
    let (appended, _) = execute::<ApiKeyState, DomainError>(cmd, &key_ref, |current| {
        if !current.exists() {
            return Err(not_found(key));
        }
        if current.revoked_at.is_some() {
            return Err(DomainError::invalid("key_id", "a revoked key cannot be rotated"));
        }
        Ok(Some(ApiKeyRotated { secret: secret.clone(), previous_valid_until: cmd.now + grace, origin: origin.clone() }.into()))
    })
    .await?;
    Ok(appended)
}

/// Ends the key for good; revoking twice records nothing more.
pub async fn revoke_key(cmd: Cmd<'_>, tenant: TenantId, key: ApiKeyId, origin: Origin) -> Result<Option<Appended>, DomainError> {
    let key_ref = aggregate::<ApiKeyState>(tenant, key.to_string())?;
    let (appended, _) = execute::<ApiKeyState, DomainError>(cmd, &key_ref, |current| {
        if !current.exists() {
            return Err(not_found(key));
        }
        Ok(current.revoked_at.is_none().then(|| ApiKeyRevoked { origin: origin.clone() }.into()))
    })
    .await?;
    Ok(appended)
}
