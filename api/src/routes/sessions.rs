//! What the account endpoints share: the request's context, e-mail claims, and starting a
//! session (a refresh-token family) with its first tokens.

use std::net::IpAddr;

use chrono::{DateTime, Utc};
use poem::Request;
use poem_openapi::Object;
use veracity_domain::accounts::EmailAddress;

use super::members::RoleView;
use veracity_domain::accounts::events::Origin;
use veracity_domain::accounts::{Actor, Role};
use veracity_domain::{DomainError, SessionId, TenantId, UserId};

use crate::auth::jwt::TokenSubject;
use crate::auth::tokens::{digest, new_refresh_token};
use crate::extract::{client_ip, request_id};
use crate::state::AppState;
use veracity_app::sessions;

/// Where a request came from.
pub struct Context {
    pub ip: IpAddr,
    pub request_id: String,
}

impl Context {
    pub fn new(req: &Request, state: &AppState) -> Self {
        Self { ip: client_ip(req, state), request_id: request_id(req) }
    }

    /// `actor` acting from this request's address, for audit records.
    pub fn origin(&self, actor: impl Into<Actor>) -> Origin {
        Origin { actor: actor.into(), ip: Some(self.ip.to_string()) }
    }
}

/// Who is signed in.
#[derive(Debug, Object)]
pub struct SessionUser {
    pub id: String,
    pub email: String,
    pub role: RoleView,
}

/// Tokens of a signed-in session.
#[derive(Debug, Object)]
#[oai(example)]
pub struct SessionTokens {
    /// Send as `Authorization: Bearer <access_token>` to the admin endpoints.
    pub access_token: String,
    /// Always `Bearer`.
    pub token_type: String,
    /// Seconds until the access token expires (900).
    pub expires_in: i64,
    /// Exchange at `POST /v1/auth/refresh` for new tokens; it works once. Keep it secret.
    pub refresh_token: String,
    pub refresh_token_expires_at: DateTime<Utc>,
    pub tenant_id: String,
    pub user: SessionUser,
}

impl poem_openapi::types::Example for SessionTokens {
    fn example() -> Self {
        SessionTokens {
            access_token: "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3Mi…".into(),
            token_type: "Bearer".into(),
            expires_in: 900,
            refresh_token: "vrt_3yZe7d…".into(),
            refresh_token_expires_at: DateTime::parse_from_rfc3339("2026-12-23T10:00:00Z").expect("valid").with_timezone(&Utc),
            tenant_id: "ten_01jdx7q5v6m3k0c8f2h4n9r1sa".into(),
            user: SessionUser { id: "usr_01jdx7q5v6m3k0c8f2h4n9r1sb".into(), email: "ada@acme.example".into(), role: RoleView::Owner },
        }
    }
}

impl SessionTokens {
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        state: &AppState,
        tenant: TenantId,
        user: UserId,
        session: SessionId,
        email: EmailAddress,
        role: Role,
        refresh_token: String,
        refresh_expires_at: DateTime<Utc>,
        now: DateTime<Utc>,
    ) -> Self {
        let access_token = state.auth.tokens.issue(TokenSubject { user, tenant, session }, role, now);
        SessionTokens {
            access_token,
            token_type: "Bearer".into(),
            expires_in: state.auth.tokens.ttl().num_seconds(),
            refresh_token,
            refresh_token_expires_at: refresh_expires_at,
            tenant_id: tenant.to_string(),
            user: SessionUser { id: user.to_string(), email: email.to_string(), role: role.into() },
        }
    }
}

/// Starts a session for `user` and issues its first tokens (recorded as a successful login).
pub async fn start_session(
    state: &AppState,
    ctx: &Context,
    tenant: TenantId,
    user: UserId,
    email: EmailAddress,
    role: Role,
) -> Result<SessionTokens, DomainError> {
    let cmd = state.cmd(&ctx.request_id);
    let session = SessionId::new();
    let refresh_token = new_refresh_token(tenant, session);
    let expires_at = cmd.now + state.auth.settings.refresh_token_ttl;
    sessions::start_session(cmd, tenant, session, user, digest(&refresh_token), expires_at, ctx.origin(user)).await?;
    Ok(SessionTokens::new(state, tenant, user, session, email, role, refresh_token, expires_at, cmd.now))
}
