//! The two authenticated callers handlers receive. A handler that takes one of them cannot run
//! unauthenticated, and every query it makes is scoped by the tenant the extractor proved.
//!
//! * [`AdminUser`]: a dashboard user with a JWT from `/v1/auth/login`; their *current* role is
//!   read from the tenant's roster on each request, so a demotion or removal applies at once.
//! * [`ApiKeyCaller`]: an integration with an API key (`Authorization: Bearer` or `X-API-Key`).

use poem::http::{HeaderValue, header};
use poem::{Request, RequestBody};
use poem_openapi::registry::{MetaSecurityScheme, Registry};
use poem_openapi::{ApiExtractor, ApiExtractorType, ExtractParamOptions};
use serde_json::json;
use veracity_domain::accounts::events::{Origin, SecurityEventKind};
use veracity_domain::accounts::membership::Roster;
use veracity_domain::accounts::{Permission, Role, Scope};
use veracity_domain::ports::TenantScope;
use veracity_domain::{SessionId, TenantId, UserId};

use crate::auth::jwt::TokenError;
use crate::auth::keys::{Caller, KeyFailure};
use crate::auth::limits::{LimitStatus, ceil_secs};
use crate::auth::security_log::SecurityLog;
use crate::error::{ApiError, ErrorCode};
use crate::middleware::request_id::RequestId;
use crate::middleware::response_headers::ResponseHeaders;
use crate::state::AppState;
use veracity_app::{aggregate, load};

const ADMIN_SCHEME: &str = "AdminToken";
const KEY_BEARER_SCHEME: &str = "ApiKeyBearer";
const KEY_HEADER_SCHEME: &str = "ApiKeyHeader";
pub const API_KEY_HEADER: &str = "x-api-key";

fn state(req: &Request) -> Result<&AppState, ApiError> {
    req.data::<AppState>().ok_or_else(ApiError::internal)
}

pub(crate) fn request_id(req: &Request) -> String {
    req.extensions().get::<RequestId>().map(|r| r.as_str().to_owned()).unwrap_or_default()
}

/// The token of an `Authorization: Bearer <token>` header.
pub(crate) fn bearer(req: &Request) -> Option<&str> {
    let value = req.headers().get(header::AUTHORIZATION)?.to_str().ok()?;
    let (scheme, token) = value.split_once(' ')?;
    scheme.eq_ignore_ascii_case("bearer").then(|| token.trim()).filter(|t| !t.is_empty())
}

/// The caller's address (see `client_ip`), as text for audit records.
pub fn client_ip(req: &Request, state: &AppState) -> std::net::IpAddr {
    let peer = req.remote_addr().as_socket_addr().map(|a| a.ip());
    // Every `X-Forwarded-For` line, in order: proxies may append a line rather than a hop.
    let lines: Vec<&str> = req.headers().get_all("x-forwarded-for").iter().filter_map(|v| v.to_str().ok()).collect();
    let forwarded = (!lines.is_empty()).then(|| lines.join(","));
    state.auth.proxies.client_ip(peer, forwarded.as_deref())
}

/// Puts the key's `RateLimit` headers on the response, whatever the handler answers.
fn set_limit_headers(req: &Request, limits: &LimitStatus) {
    if let Some(slot) = req.extensions().get::<ResponseHeaders>() {
        for (name, value) in limits.headers() {
            slot.set(name, value);
        }
    }
}

fn challenge(err: ApiError) -> ApiError {
    err.with_header(header::WWW_AUTHENTICATE, HeaderValue::from_static(r#"Bearer realm="veracity""#))
}

/// A signed-in dashboard user, with the role they hold now.
pub struct AdminUser {
    pub tenant: TenantId,
    /// The tenant proven by the token, for the read models.
    pub scope: TenantScope,
    pub user: UserId,
    pub session: SessionId,
    pub role: Role,
    pub origin: Origin,
    pub request_id: String,
    security: SecurityLog,
}

impl AdminUser {
    /// Refuses (403 `FORBIDDEN`, recorded in the audit log) unless the role holds `permission`.
    pub fn require(&self, permission: Permission) -> Result<(), ApiError> {
        if self.role.allows(permission) {
            return Ok(());
        }
        let details = json!({"permission": permission, "role": self.role});
        self.security.record(self.tenant, SecurityEventKind::PermissionDenied, self.origin.clone(), details, &self.request_id);
        Err(ApiError::new(
            ErrorCode::Forbidden,
            format!("your role `{}` does not allow you to {}", self.role.as_str(), permission.as_str()),
        )
        .with_extension("permission", json!(permission)))
    }

    async fn authenticate(req: &Request) -> Result<AdminUser, ApiError> {
        let state = state(req)?;
        let token = bearer(req).ok_or_else(|| {
            challenge(ApiError::new(ErrorCode::AuthMissing, "send the access token from /v1/auth/login as `Authorization: Bearer <token>`"))
        })?;
        let now = state.clock.now();
        let subject = state.auth.tokens.verify(token, now).map_err(|err| {
            challenge(match err {
                TokenError::Expired => {
                    ApiError::new(ErrorCode::TokenExpired, "the access token has expired; get a new one from /v1/auth/refresh")
                }
                TokenError::Invalid => ApiError::new(ErrorCode::AuthInvalid, "the access token is not valid"),
            })
        })?;
        let roster_ref = aggregate::<Roster>(subject.tenant, subject.tenant.to_string())?;
        let (roster, _) = load::<Roster>(state.events.as_ref(), &roster_ref).await?;
        let role = roster
            .active_role(subject.user)
            .ok_or_else(|| challenge(ApiError::new(ErrorCode::AuthInvalid, "you are no longer a member of this organisation")))?;
        let ip = client_ip(req, state);
        Ok(AdminUser {
            tenant: subject.tenant,
            scope: TenantScope::authenticated(subject.tenant),
            user: subject.user,
            session: subject.session,
            role,
            origin: Origin { actor: subject.user.into(), ip: Some(ip.to_string()) },
            request_id: request_id(req),
            security: state.auth.security.clone(),
        })
    }
}

impl<'a> ApiExtractor<'a> for AdminUser {
    const TYPES: &'static [ApiExtractorType] = &[ApiExtractorType::SecurityScheme];
    type ParamType = ();
    type ParamRawType = ();

    fn register(registry: &mut Registry) {
        registry.create_security_scheme(
            ADMIN_SCHEME,
            MetaSecurityScheme {
                ty: "http",
                description: Some("A 15-minute access token from `POST /v1/auth/login` or `/v1/auth/refresh`."),
                name: None,
                key_in: None,
                scheme: Some("bearer"),
                bearer_format: Some("JWT"),
                flows: None,
                openid_connect_url: None,
            },
        );
    }

    fn security_schemes() -> Vec<&'static str> {
        vec![ADMIN_SCHEME]
    }

    async fn from_request(req: &'a Request, _body: &mut RequestBody, _opts: ExtractParamOptions<()>) -> poem::Result<Self> {
        Ok(Self::authenticate(req).await?)
    }
}

/// An integration authenticated by API key, already counted against the key's limits.
#[derive(Clone)]
pub struct ApiKeyCaller {
    pub caller: Caller,
    /// The tenant proven by the key, for the read models.
    pub scope: TenantScope,
    pub origin: Origin,
    pub request_id: String,
    security: SecurityLog,
}

impl ApiKeyCaller {
    /// Refuses (403 `AUTH_SCOPE`, recorded in the audit log) unless the key has `scope`.
    pub fn require(&self, scope: Scope) -> Result<(), ApiError> {
        if self.caller.scopes.contains(scope) {
            return Ok(());
        }
        let details = json!({"missing_scope": scope.as_str()});
        self.security.record(self.caller.tenant, SecurityEventKind::PermissionDenied, self.origin.clone(), details, &self.request_id);
        Err(ApiError::new(ErrorCode::AuthScope, format!("this API key lacks the `{}` scope", scope.as_str()))
            .with_extension("missing_scope", json!(scope.as_str())))
    }

    async fn authenticate(req: &Request) -> Result<ApiKeyCaller, ApiError> {
        let state = state(req)?;
        let from_header = req.headers().get(API_KEY_HEADER).and_then(|v| v.to_str().ok()).map(str::trim);
        let secret = from_header.filter(|s| !s.is_empty()).or_else(|| bearer(req)).ok_or_else(|| {
            challenge(ApiError::new(ErrorCode::AuthMissing, "send your API key as `Authorization: Bearer <key>` or `X-API-Key: <key>`"))
        })?;
        let ip = client_ip(req, state);
        let request_id = request_id(req);
        let failure = match state.auth.keys.authenticate(secret, ip).await {
            Ok(caller) => {
                set_limit_headers(req, &caller.limits);
                let origin = Origin { actor: caller.key.into(), ip: Some(ip.to_string()) };
                let scope = TenantScope::authenticated(caller.tenant);
                return Ok(ApiKeyCaller { caller, scope, origin, request_id, security: state.auth.security.clone() });
            }
            Err(failure) => failure,
        };
        let tenant_and_key = crate::auth::tokens::read_api_key(secret);
        let record = |kind: SecurityEventKind, details: serde_json::Value| {
            if let Some((tenant, key)) = tenant_and_key {
                let origin = Origin { actor: key.into(), ip: Some(ip.to_string()) };
                state.auth.security.record(tenant, kind, origin, details, &request_id);
            }
        };
        Err(match failure {
            KeyFailure::Invalid => challenge(ApiError::new(
                ErrorCode::AuthInvalid,
                "the API key is not valid: unknown, revoked, or replaced by a rotation whose grace period is over",
            )),
            KeyFailure::Expired => challenge(ApiError::new(ErrorCode::KeyExpired, "the API key has expired")),
            KeyFailure::IpNotAllowed => {
                record(SecurityEventKind::IpRejected, json!({"ip": ip.to_string()}));
                ApiError::new(ErrorCode::IpNotAllowed, format!("this API key does not accept requests from {ip}"))
            }
            KeyFailure::RateLimited { retry_after, limits } => {
                set_limit_headers(req, &limits);
                record(SecurityEventKind::RateLimited, json!({"rate_limit_per_minute": limits.minute_limit}));
                let secs = ceil_secs(retry_after).max(1);
                ApiError::new(
                    ErrorCode::RateLimited,
                    format!("this API key allows {} requests per minute; retry in {secs} s", limits.minute_limit),
                )
                .with_header(header::RETRY_AFTER, HeaderValue::from(secs))
            }
            KeyFailure::Throttled { retry_after } => {
                let secs = ceil_secs(retry_after).max(1);
                ApiError::new(
                    ErrorCode::RateLimited,
                    format!(
                        "too many invalid API keys from this address (at most {} a minute); retry in {secs} s",
                        crate::auth::keys::KEY_FAILURES_PER_MINUTE
                    ),
                )
                .with_header(header::RETRY_AFTER, HeaderValue::from(secs))
            }
            KeyFailure::DailyLimit { limits } => {
                set_limit_headers(req, &limits);
                record(SecurityEventKind::DailyLimitReached, json!({"daily_limit": limits.daily_limit}));
                let secs = ceil_secs(limits.daily_reset).max(1);
                ApiError::new(
                    ErrorCode::DailyLimitExceeded,
                    format!("this API key's daily limit of {} requests is used up; it resets at 00:00 UTC", limits.daily_limit),
                )
                .with_header(header::RETRY_AFTER, HeaderValue::from(secs))
            }
            KeyFailure::Unavailable(err) => ApiError::from(err),
        })
    }
}

impl<'a> ApiExtractor<'a> for ApiKeyCaller {
    const TYPES: &'static [ApiExtractorType] = &[ApiExtractorType::SecurityScheme];
    type ParamType = ();
    type ParamRawType = ();

    fn register(registry: &mut Registry) {
        registry.create_security_scheme(
            KEY_BEARER_SCHEME,
            MetaSecurityScheme {
                ty: "http",
                description: Some("An API key (`vk_live_…`) as `Authorization: Bearer <key>`."),
                name: None,
                key_in: None,
                scheme: Some("bearer"),
                bearer_format: Some("vk_live_…"),
                flows: None,
                openid_connect_url: None,
            },
        );
        registry.create_security_scheme(
            KEY_HEADER_SCHEME,
            MetaSecurityScheme {
                ty: "apiKey",
                description: Some("An API key (`vk_live_…`) in the `X-API-Key` header."),
                name: Some("X-API-Key"),
                key_in: Some("header"),
                scheme: None,
                bearer_format: None,
                flows: None,
                openid_connect_url: None,
            },
        );
    }

    fn security_schemes() -> Vec<&'static str> {
        vec![KEY_BEARER_SCHEME, KEY_HEADER_SCHEME]
    }

    async fn from_request(req: &'a Request, _body: &mut RequestBody, _opts: ExtractParamOptions<()>) -> poem::Result<Self> {
        Ok(Self::authenticate(req).await?)
    }
}

/// What an operation open to both integrations and dashboard users needs: the API key scope
/// for the one, the role permission for the other.
pub trait Grant: Send + Sync + 'static {
    const SCOPE: Scope;
    const PERMISSION: Permission;
}

/// Webhook management: `webhooks:write`, or a role that may "manage webhooks".
pub struct ManageWebhooks;

impl Grant for ManageWebhooks {
    const SCOPE: Scope = Scope::WebhooksWrite;
    const PERMISSION: Permission = Permission::ManageWebhooks;
}

/// Reading jobs and their results: `jobs:read`, or a role that may "read jobs" (the console).
pub struct ReadJobs;

impl Grant for ReadJobs {
    const SCOPE: Scope = Scope::JobsRead;
    const PERMISSION: Permission = Permission::ReadJobs;
}

/// Deleting jobs: `jobs:delete`, or a role that may "delete jobs".
pub struct DeleteJobs;

impl Grant for DeleteJobs {
    const SCOPE: Scope = Scope::JobsDelete;
    const PERMISSION: Permission = Permission::DeleteJobs;
}

/// A caller of an operation open to both: an integration whose API key has `G::SCOPE`, or a
/// dashboard user whose role holds `G::PERMISSION`.
pub struct KeyOrMember<G: Grant> {
    pub tenant: TenantId,
    /// The tenant proven by the token or key, for the read models.
    pub scope: TenantScope,
    pub origin: Origin,
    pub request_id: String,
    grant: std::marker::PhantomData<G>,
}

/// Who may manage webhooks.
pub type WebhookManager = KeyOrMember<ManageWebhooks>;
/// Who may read jobs.
pub type JobReader = KeyOrMember<ReadJobs>;
/// Who may delete jobs.
pub type JobDeleter = KeyOrMember<DeleteJobs>;

impl<G: Grant> KeyOrMember<G> {
    /// An API key is recognised by its prefix (or the `X-API-Key` header); anything else is an
    /// access token.
    fn sends_api_key(req: &Request) -> bool {
        req.headers().contains_key(API_KEY_HEADER) || bearer(req).is_some_and(|t| t.starts_with(crate::auth::tokens::API_KEY_PREFIX))
    }

    async fn authenticate(req: &Request) -> Result<Self, ApiError> {
        let grant = std::marker::PhantomData;
        if Self::sends_api_key(req) {
            let key = ApiKeyCaller::authenticate(req).await?;
            key.require(G::SCOPE)?;
            return Ok(Self { tenant: key.caller.tenant, scope: key.scope, origin: key.origin, request_id: key.request_id, grant });
        }
        let admin = AdminUser::authenticate(req).await?;
        admin.require(G::PERMISSION)?;
        Ok(Self { tenant: admin.tenant, scope: admin.scope, origin: admin.origin, request_id: admin.request_id, grant })
    }
}

impl<'a, G: Grant> ApiExtractor<'a> for KeyOrMember<G> {
    const TYPES: &'static [ApiExtractorType] = &[ApiExtractorType::SecurityScheme];
    type ParamType = ();
    type ParamRawType = ();

    fn register(registry: &mut Registry) {
        AdminUser::register(registry);
        ApiKeyCaller::register(registry);
    }

    fn security_schemes() -> Vec<&'static str> {
        vec![ADMIN_SCHEME, KEY_BEARER_SCHEME, KEY_HEADER_SCHEME]
    }

    async fn from_request(req: &'a Request, _body: &mut RequestBody, _opts: ExtractParamOptions<()>) -> poem::Result<Self> {
        Ok(Self::authenticate(req).await?)
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use veracity_domain::accounts::MATRIX;
    use veracity_domain::fakes::InMemoryEventStore;
    use veracity_domain::ports::SystemClock;

    use super::*;

    /// Every cell of the matrix through the check every admin handler calls, including the
    /// permissions whose endpoints (webhooks, billing, jobs) arrive with later features.
    #[tokio::test]
    async fn require_grants_exactly_the_matrix_and_refuses_with_forbidden() {
        let security = SecurityLog::new(Arc::new(InMemoryEventStore::new()), Arc::new(SystemClock));
        for role in Role::ALL {
            let tenant = TenantId::new();
            let admin = AdminUser {
                tenant,
                scope: TenantScope::authenticated(tenant),
                user: UserId::new(),
                session: SessionId::new(),
                role,
                origin: Origin::system(),
                request_id: "req_test".into(),
                security: security.clone(),
            };
            for (permission, holders) in MATRIX {
                match admin.require(*permission) {
                    Ok(()) => assert!(holders.contains(&role), "{role:?} was granted {permission:?}"),
                    Err(err) => {
                        assert!(!holders.contains(&role), "{role:?} was refused {permission:?}");
                        assert_eq!(err.code(), ErrorCode::Forbidden);
                    }
                }
            }
        }
    }
}
