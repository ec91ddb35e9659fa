//! `/v1/auth/*`: sign-up, login, refresh, logout and accepting an invitation.

use poem::Request;
use poem::http::{HeaderValue, header};
use poem::web::Data;
use poem_openapi::payload::Json;
use poem_openapi::{ApiResponse, Object, OpenApi};
use serde_json::json;
use veracity_app::accounts::{self, SignUp};
use veracity_app::{AppError, sessions};
use veracity_domain::accounts::events::SecurityEventKind;
use veracity_domain::accounts::identity::{check_name, check_password};
use veracity_domain::accounts::{Actor, EmailAddress, Role};
use veracity_domain::{TenantId, UserId};

use super::ApiTags;
use super::sessions::{Context, SessionTokens, start_session};
use crate::auth::limits::ceil_secs;
use crate::auth::tokens::{digest, new_refresh_token, read_invitation, read_refresh_token};
use crate::error::{ApiError, ErrorCode};
use crate::state::AppState;

pub struct AuthApi;

/// A new organisation and its first user, who becomes its owner.
#[derive(Debug, Object)]
#[oai(example)]
pub struct SignupRequest {
    /// The organisation's name, 1-100 characters.
    #[oai(validator(min_length = 1, max_length = 100))]
    pub organization_name: String,
    /// The owner's e-mail address (at most 254 characters); one address belongs to one user.
    #[oai(validator(max_length = 254))]
    pub email: String,
    /// 12-1024 characters.
    #[oai(validator(min_length = 12, max_length = 1024))]
    pub password: String,
}

impl poem_openapi::types::Example for SignupRequest {
    fn example() -> Self {
        SignupRequest {
            organization_name: "Acme Trust & Safety".into(),
            email: "ada@acme.example".into(),
            password: "correct horse battery staple".into(),
        }
    }
}

#[derive(Debug, Object)]
#[oai(example)]
pub struct LoginRequest {
    /// At most 254 characters.
    #[oai(validator(max_length = 254))]
    pub email: String,
    /// At most 1024 characters.
    #[oai(validator(max_length = 1024))]
    pub password: String,
}

impl poem_openapi::types::Example for LoginRequest {
    fn example() -> Self {
        LoginRequest { email: "ada@acme.example".into(), password: "correct horse battery staple".into() }
    }
}

#[derive(Debug, Object)]
#[oai(example)]
pub struct RefreshRequest {
    /// The refresh token from login or the previous refresh. Each works once.
    #[oai(validator(max_length = 512))]
    pub refresh_token: String,
}

impl poem_openapi::types::Example for RefreshRequest {
    fn example() -> Self {
        RefreshRequest { refresh_token: "vrt_3yZe7d…".into() }
    }
}

#[derive(Debug, Object)]
#[oai(example)]
pub struct AcceptInvitationRequest {
    /// The `invitation_token` an admin received from `POST /v1/members`.
    #[oai(validator(max_length = 512))]
    pub invitation_token: String,
    /// The new member's password, 12-1024 characters.
    #[oai(validator(min_length = 12, max_length = 1024))]
    pub password: String,
}

impl poem_openapi::types::Example for AcceptInvitationRequest {
    fn example() -> Self {
        AcceptInvitationRequest { invitation_token: "vinv_4kQ9…".into(), password: "another long passphrase".into() }
    }
}

#[derive(ApiResponse)]
pub enum SignupResponse {
    /// The organisation exists on plan FREE, and you are signed in as its owner.
    #[oai(status = 201)]
    Created(Json<SessionTokens>),
}

#[derive(ApiResponse)]
pub enum LogoutResponse {
    /// The session is over; its refresh token no longer works.
    #[oai(status = 204)]
    LoggedOut,
}

fn invalid_credentials() -> ApiError {
    ApiError::new(ErrorCode::InvalidCredentials, "the e-mail address or password is wrong")
}

fn invalid_refresh() -> ApiError {
    ApiError::new(ErrorCode::AuthInvalid, "the refresh token is not valid; log in again")
}

/// Exchanges a refresh token for new tokens; the one presented stops working.
pub(crate) async fn rotate_session(state: &AppState, ctx: &Context, refresh_token: &str) -> Result<SessionTokens, ApiError> {
    let refresh_token = refresh_token.trim();
    let (tenant, session) = read_refresh_token(refresh_token).ok_or_else(invalid_refresh)?;
    let presented = digest(refresh_token);
    let cmd = state.cmd(&ctx.request_id);
    let fresh = new_refresh_token(tenant, session);
    let expires_at = cmd.now + state.auth.settings.refresh_token_ttl;
    let ip = Some(ctx.ip.to_string());
    let refreshed = sessions::refresh_session(cmd, tenant, session, &presented, &digest(&fresh), expires_at, ip).await?;
    let (user, email, role) = (refreshed.user, refreshed.email, refreshed.role);
    Ok(SessionTokens::new(state, tenant, user, session, email, role, fresh, expires_at, cmd.now))
}

/// Ends the session a refresh token belongs to; an unknown or ended one is no error.
pub(crate) async fn end_session(state: &AppState, ctx: &Context, refresh_token: &str) -> Result<(), ApiError> {
    let refresh_token = refresh_token.trim();
    let Some((tenant, session)) = read_refresh_token(refresh_token) else { return Ok(()) };
    let presented = digest(refresh_token);
    sessions::end_session(state.cmd(&ctx.request_id), tenant, session, &presented, Some(ctx.ip.to_string())).await?;
    Ok(())
}

#[OpenApi(tag = "ApiTags::Auth")]
impl AuthApi {
    /// Create an organisation
    ///
    /// Creates an organisation on plan FREE with you as its owner, and signs you in: the answer
    /// holds a 15-minute access token for the admin endpoints and a refresh token. 409
    /// `EMAIL_TAKEN` if the address already belongs to a user; 422 `VALIDATION_FAILED` for a
    /// password under 12 characters, a malformed address or an empty name; 429
    /// `SIGNUP_THROTTLED` (with `Retry-After`) after 10 sign-ups from one client address (an IPv6
    /// /64) within an hour.
    #[oai(path = "/v1/auth/signup", method = "post", operation_id = "signup")]
    async fn signup(&self, state: Data<&AppState>, req: &Request, body: Json<SignupRequest>) -> Result<SignupResponse, ApiError> {
        let ctx = Context::new(req, &state);
        let name = check_name("organization_name", &body.organization_name)?;
        let email = EmailAddress::parse(&body.email)?;
        check_password(&body.password)?;
        // Counted before any hashing or writing: a client creates a bounded number of
        // organisations an hour.
        if let Err(wait) = state.auth.throttle.sign_up(ctx.ip, state.clock.now()) {
            let secs = ceil_secs(wait).max(1);
            return Err(ApiError::new(ErrorCode::SignupThrottled, format!("too many sign-ups from your address; try again in {secs} s"))
                .with_header(header::RETRY_AFTER, HeaderValue::from(secs)));
        }
        let (tenant, user) = (TenantId::new(), UserId::new());
        let password_hash = state.auth.hasher.hash(body.0.password).await?;
        let signup = SignUp { tenant, user, organization_name: name, email: email.clone(), password_hash, origin: ctx.origin(user) };
        let appended = accounts::sign_up(state.cmd(&ctx.request_id), signup).await?;
        let tokens = start_session(&state, &ctx, tenant, user, email, Role::Owner).await?;
        state.settled(Some(appended)).await;
        Ok(SignupResponse::Created(Json(tokens)))
    }

    /// Log in
    ///
    /// Exchanges an e-mail address and password for a 15-minute access token (HS256 JWT with
    /// `iss`, `aud`, `sub`, `tenant`, `role`, `exp`) and a refresh token. A wrong address and a
    /// wrong password are answered alike (401 `INVALID_CREDENTIALS`) and take the same time.
    /// After 5 failures for one address, or 20 from one client address, within 15 minutes,
    /// attempts are refused with 429 `LOGIN_THROTTLED` and `Retry-After` until the budget refills.
    #[oai(path = "/v1/auth/login", method = "post", operation_id = "login")]
    async fn login(&self, state: Data<&AppState>, req: &Request, body: Json<LoginRequest>) -> Result<Json<SessionTokens>, ApiError> {
        let ctx = Context::new(req, &state);
        let now = state.clock.now();
        let account = body.email.trim().to_lowercase();
        let email = EmailAddress::parse(&body.email).ok();
        let cmd = state.cmd(&ctx.request_id);
        let record = match &email {
            Some(email) => accounts::login_record(cmd, email).await?,
            None => None,
        };
        let claim = record.as_ref().map(|r| (r.tenant, r.user));
        let audit_tenant = claim.map_or(TenantId::PLATFORM, |(tenant, _)| tenant);
        let origin = ctx.origin(claim.map_or(Actor::Anonymous, |(_, user)| Actor::User(user)));
        if let Err(wait) = state.auth.throttle.attempt(&account, ctx.ip, now) {
            let secs = ceil_secs(wait).max(1);
            state.auth.security.record(audit_tenant, SecurityEventKind::LoginThrottled, origin, json!({"email": account}), &ctx.request_id);
            return Err(ApiError::new(ErrorCode::LoginThrottled, format!("too many failed logins; try again in {secs} s"))
                .with_header(header::RETRY_AFTER, HeaderValue::from(secs)));
        }
        let hash = record.and_then(|r| r.password_hash);
        let matched = state.auth.hasher.verify(body.0.password, hash).await?;
        let role = match (matched, claim) {
            (true, Some((tenant, user))) => accounts::active_role(cmd, tenant, user).await?,
            _ => None,
        };
        let (Some(role), Some((tenant, user)), Some(email)) = (role, claim, email) else {
            state.auth.security.record(audit_tenant, SecurityEventKind::LoginFailed, origin, json!({"email": account}), &ctx.request_id);
            return Err(invalid_credentials());
        };
        state.auth.throttle.succeeded(&account, ctx.ip);
        Ok(Json(start_session(&state, &ctx, tenant, user, email, role).await?))
    }

    /// Refresh the access token
    ///
    /// Exchanges a refresh token for a new access token and a new refresh token; the one sent
    /// stops working. Sending an already-used refresh token again ends the whole session (it
    /// was probably copied) and is recorded in the audit log: log in again.
    #[oai(path = "/v1/auth/refresh", method = "post", operation_id = "refreshToken")]
    async fn refresh(&self, state: Data<&AppState>, req: &Request, body: Json<RefreshRequest>) -> Result<Json<SessionTokens>, ApiError> {
        Ok(Json(rotate_session(&state, &Context::new(req, &state), &body.refresh_token).await?))
    }

    /// Log out
    ///
    /// Ends the session the refresh token belongs to; the refresh token stops working at once
    /// and access tokens already issued expire on their own within 15 minutes. Answers 204 for
    /// an unknown or already-ended session too, so it is safe to retry.
    #[oai(path = "/v1/auth/logout", method = "post", operation_id = "logout")]
    async fn logout(&self, state: Data<&AppState>, req: &Request, body: Json<RefreshRequest>) -> Result<LogoutResponse, ApiError> {
        end_session(&state, &Context::new(req, &state), &body.refresh_token).await?;
        Ok(LogoutResponse::LoggedOut)
    }

    /// Accept an invitation
    ///
    /// Sets the invited member's password and signs them in. The token works once and for 7
    /// days; 401 `AUTH_INVALID` if it is unknown, used, expired or the invitation was withdrawn.
    #[oai(path = "/v1/auth/accept-invitation", method = "post", operation_id = "acceptInvitation")]
    async fn accept_invitation(
        &self,
        state: Data<&AppState>,
        req: &Request,
        body: Json<AcceptInvitationRequest>,
    ) -> Result<Json<SessionTokens>, ApiError> {
        let ctx = Context::new(req, &state);
        let token = body.invitation_token.trim();
        let (tenant, user) = read_invitation(token).ok_or(AppError::InvitationInvalid)?;
        check_password(&body.password)?;
        let presented = digest(token);
        accounts::check_invitation(state.cmd(&ctx.request_id), tenant, user, &presented).await?;
        let password_hash = state.auth.hasher.hash(body.0.password).await?;
        let cmd = state.cmd(&ctx.request_id);
        let (email, role) = accounts::accept_invitation(cmd, tenant, user, &presented, password_hash, ctx.origin(user)).await?;
        Ok(Json(start_session(&state, &ctx, tenant, user, email, role).await?))
    }
}
