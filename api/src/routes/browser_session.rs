//! `/v1/auth/browser/*`: sessions for the web console, whose refresh token lives in an
//! `HttpOnly; Secure; SameSite=Strict` cookie that the page's scripts cannot read. The access
//! token stays in the page's memory only.
//!
//! Every operation here needs the `Veracity-CSRF: 1` header: a page of another origin cannot
//! send it without a CORS preflight, which this API never grants, and a request whose `Origin`
//! is not this server's own is refused too.

use chrono::{DateTime, Utc};
use poem::Request;
use poem::http::header;
use poem::web::Data;
use poem_openapi::payload::Json;
use poem_openapi::{ApiResponse, Object, OpenApi};

use poem_openapi::types::Example;

use super::ApiTags;
use super::auth::{end_session, rotate_session};
use super::sessions::{Context, SessionTokens, SessionUser};
use crate::error::{ApiError, ErrorCode};
use crate::state::AppState;

pub struct BrowserSessionApi;

/// The cookie that holds a console session's refresh token.
pub const REFRESH_COOKIE: &str = "veracity_refresh";
/// Only the browser-session operations ever receive it.
const COOKIE_PATH: &str = "/v1/auth/browser";
/// The header that proves a request was made by a page of this origin.
pub const CSRF_HEADER: &str = "Veracity-CSRF";

/// A console session: the access token for the admin endpoints. The refresh token is in the
/// `veracity_refresh` cookie, never in a body.
#[derive(Debug, Object)]
#[oai(example)]
pub struct BrowserSession {
    /// Send as `Authorization: Bearer <access_token>` to the admin endpoints.
    pub access_token: String,
    /// Always `Bearer`.
    pub token_type: String,
    /// Seconds until the access token expires (900); refresh before then.
    pub expires_in: i64,
    /// When the session ends unless refreshed.
    pub refresh_token_expires_at: DateTime<Utc>,
    pub tenant_id: String,
    pub user: SessionUser,
}

impl Example for BrowserSession {
    fn example() -> Self {
        SessionTokens::example().into()
    }
}

/// The session's tokens less the refresh token, which goes into the cookie.
impl From<SessionTokens> for BrowserSession {
    fn from(tokens: SessionTokens) -> Self {
        BrowserSession {
            access_token: tokens.access_token,
            token_type: tokens.token_type,
            expires_in: tokens.expires_in,
            refresh_token_expires_at: tokens.refresh_token_expires_at,
            tenant_id: tokens.tenant_id,
            user: tokens.user,
        }
    }
}

/// A refresh token from sign-up, login or an accepted invitation, to move into the cookie.
#[derive(Debug, Object)]
#[oai(example)]
pub struct AdoptSession {
    #[oai(validator(max_length = 512))]
    pub refresh_token: String,
}

impl Example for AdoptSession {
    fn example() -> Self {
        AdoptSession { refresh_token: "vrt_3yZe7d…".into() }
    }
}

#[derive(ApiResponse)]
pub enum SessionResponse {
    /// A new access token; the cookie holds the new refresh token.
    #[oai(status = 200)]
    Refreshed(
        Json<BrowserSession>,
        /// `veracity_refresh=…; Path=/v1/auth/browser; HttpOnly; Secure; SameSite=Strict`.
        #[oai(header = "Set-Cookie")]
        String,
    ),
    /// This browser has no session cookie: nobody is signed in (the console shows its login).
    #[oai(status = 204)]
    NoSession,
}

#[derive(ApiResponse)]
pub enum EndResponse {
    /// The session is over and the cookie removed.
    #[oai(status = 204)]
    Ended(
        /// Expires the `veracity_refresh` cookie.
        #[oai(header = "Set-Cookie")]
        String,
    ),
}

/// Refuses a request that a page of another origin could have made.
fn check_same_origin(req: &Request) -> Result<(), ApiError> {
    let csrf = req.headers().get(CSRF_HEADER).and_then(|v| v.to_str().ok());
    if csrf != Some("1") {
        return Err(ApiError::new(ErrorCode::Forbidden, format!("browser-session requests need the `{CSRF_HEADER}: 1` header")));
    }
    if let Some(origin) = req.headers().get(header::ORIGIN) {
        let origin = origin.to_str().unwrap_or_default();
        let origin_host = origin.split_once("://").map_or("", |(_, rest)| rest);
        // The host the browser addressed: `Host`, or what a reverse proxy says it was.
        let hosts = [header::HOST.as_str(), "x-forwarded-host"].map(|name| req.headers().get(name).and_then(|h| h.to_str().ok()));
        if origin_host.is_empty() || !hosts.into_iter().flatten().any(|host| host.eq_ignore_ascii_case(origin_host)) {
            return Err(ApiError::new(ErrorCode::Forbidden, "browser-session requests must come from this server's own pages"));
        }
    }
    Ok(())
}

/// The refresh token in the request's `veracity_refresh` cookie.
fn refresh_cookie(req: &Request) -> Option<String> {
    req.headers()
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(name, _)| *name == REFRESH_COOKIE)
        .map(|(_, value)| value.trim_matches('"').to_owned())
        .filter(|value| !value.is_empty())
}

fn set_cookie(value: &str, max_age: i64) -> String {
    format!("{REFRESH_COOKIE}={value}; Path={COOKIE_PATH}; Max-Age={max_age}; HttpOnly; Secure; SameSite=Strict")
}

fn answer(tokens: SessionTokens, now: DateTime<Utc>) -> SessionResponse {
    let max_age = (tokens.refresh_token_expires_at - now).num_seconds().max(0);
    let cookie = set_cookie(&tokens.refresh_token, max_age);
    SessionResponse::Refreshed(Json(tokens.into()), cookie)
}

#[OpenApi(tag = "ApiTags::Auth")]
impl BrowserSessionApi {
    /// Move a session into a browser cookie
    ///
    /// For web pages of this server (the console): exchanges the refresh token that sign-up,
    /// login or accepting an invitation returned for a new one, set as an `HttpOnly; Secure;
    /// SameSite=Strict` cookie the page cannot read, and returns an access token. The token
    /// sent stops working. Needs the `Veracity-CSRF: 1` header (403 `FORBIDDEN` without it or
    /// from another origin). Browsers keep `Secure` cookies on https and on localhost only.
    #[oai(path = "/v1/auth/browser/session", method = "post", operation_id = "adoptBrowserSession")]
    async fn adopt(&self, state: Data<&AppState>, req: &Request, body: Json<AdoptSession>) -> Result<SessionResponse, ApiError> {
        check_same_origin(req)?;
        let tokens = rotate_session(&state, &Context::new(req, &state), &body.refresh_token).await?;
        Ok(answer(tokens, state.clock.now()))
    }

    /// Refresh a browser session
    ///
    /// Exchanges the refresh token in the `veracity_refresh` cookie for a new access token and
    /// a new cookie. 204 when the browser has no such cookie (nobody signed in); 401
    /// `AUTH_INVALID` when its session has ended. Needs the `Veracity-CSRF: 1` header.
    #[oai(path = "/v1/auth/browser/refresh", method = "post", operation_id = "refreshBrowserSession")]
    async fn refresh(&self, state: Data<&AppState>, req: &Request) -> Result<SessionResponse, ApiError> {
        check_same_origin(req)?;
        let Some(token) = refresh_cookie(req) else { return Ok(SessionResponse::NoSession) };
        let tokens = rotate_session(&state, &Context::new(req, &state), &token).await?;
        Ok(answer(tokens, state.clock.now()))
    }

    /// End a browser session
    ///
    /// Ends the session in the `veracity_refresh` cookie and removes the cookie. Answers 204
    /// with no cookie or an ended session too; needs the `Veracity-CSRF: 1` header.
    #[oai(path = "/v1/auth/browser/logout", method = "post", operation_id = "endBrowserSession")]
    async fn logout(&self, state: Data<&AppState>, req: &Request) -> Result<EndResponse, ApiError> {
        check_same_origin(req)?;
        if let Some(token) = refresh_cookie(req) {
            end_session(&state, &Context::new(req, &state), &token).await?;
        }
        Ok(EndResponse::Ended(set_cookie("", 0)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_refresh_cookie_is_found_among_others() {
        let req = Request::builder().header(header::COOKIE, "a=1; veracity_refresh=vrt_abc; b=2").finish();
        assert_eq!(refresh_cookie(&req).as_deref(), Some("vrt_abc"));
        let none = Request::builder().header(header::COOKIE, "veracity_refresh=").finish();
        assert_eq!(refresh_cookie(&none), None);
    }

    #[test]
    fn only_same_origin_requests_with_the_header_pass() {
        let ok = Request::builder()
            .header(CSRF_HEADER, "1")
            .header(header::HOST, "127.0.0.1:8080")
            .header(header::ORIGIN, "http://127.0.0.1:8080")
            .finish();
        assert!(check_same_origin(&ok).is_ok());
        let no_origin = Request::builder().header(CSRF_HEADER, "1").finish();
        assert!(check_same_origin(&no_origin).is_ok(), "non-browser clients send no Origin");
        let foreign = Request::builder()
            .header(CSRF_HEADER, "1")
            .header(header::HOST, "127.0.0.1:8080")
            .header(header::ORIGIN, "https://evil.example")
            .finish();
        assert!(check_same_origin(&foreign).is_err());
        let bare = Request::builder().header(header::HOST, "127.0.0.1:8080").finish();
        assert!(check_same_origin(&bare).is_err());
    }
}
