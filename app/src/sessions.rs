//! Login sessions: one refresh-token family each. The tokens themselves are made at the edge;
//! the log keeps only their SHA-256 digests.

use chrono::{DateTime, Utc};
use veracity_domain::accounts::events::{Origin, SessionEnd, SessionEvent, SessionRefreshed, SessionRevoked, SessionStarted};
use veracity_domain::accounts::membership::Roster;
use veracity_domain::accounts::session::{RefreshCheck, SessionState};
use veracity_domain::accounts::{EmailAddress, Role};
use veracity_domain::{AggregatePosition, DomainError, SessionId, TenantId, UserId};

use crate::commands::{Cmd, aggregate, append, execute, load};
use crate::error::AppError;

/// Starts session `session` of `user`, whose first refresh token has digest `refresh_digest`.
pub async fn start_session(
    cmd: Cmd<'_>,
    tenant: TenantId,
    session: SessionId,
    user: UserId,
    refresh_digest: String,
    expires_at: DateTime<Utc>,
    origin: Origin,
) -> Result<(), DomainError> {
    let started = SessionStarted { user, refresh_digest, expires_at, origin };
    let session_ref = aggregate::<SessionState>(tenant, session.to_string())?;
    append::<SessionState>(cmd, &session_ref, AggregatePosition::EMPTY, &started.into()).await?;
    Ok(())
}

/// Who a refreshed session belongs to.
pub struct Refreshed {
    pub user: UserId,
    pub email: EmailAddress,
    pub role: Role,
}

/// Replaces the refresh token with digest `presented` by the one with digest `next`. A token
/// this family already replaced ends the whole family (`RefreshReused`): it was probably copied.
/// `ip` is where the request came from, for the audit log.
pub async fn refresh_session(
    cmd: Cmd<'_>,
    tenant: TenantId,
    session: SessionId,
    presented: &str,
    next: &str,
    expires_at: DateTime<Utc>,
    ip: Option<String>,
) -> Result<Refreshed, AppError> {
    let session_ref = aggregate::<SessionState>(tenant, session.to_string())?;
    let (current, _) = load::<SessionState>(cmd.events, &session_ref).await?;
    let user = match current.check(presented, cmd.now) {
        RefreshCheck::Invalid => return Err(AppError::RefreshInvalid),
        RefreshCheck::Reused(user) | RefreshCheck::Current(user) => user,
    };
    let (roster, _) = load::<Roster>(cmd.events, &aggregate::<Roster>(tenant, tenant.to_string())?).await?;
    let member = roster.active_role(user).zip(roster.members.get(&user).map(|m| m.email.clone()));
    let origin = |user: UserId| Origin { actor: user.into(), ip: ip.clone() };
    let mut reused = false;
    execute::<SessionState, AppError>(cmd, &session_ref, |current| match current.check(presented, cmd.now) {
        RefreshCheck::Invalid => Err(AppError::RefreshInvalid),
        RefreshCheck::Reused(user) => {
            reused = true;
            Ok(Some(SessionRevoked { user, reason: SessionEnd::RefreshReuse, origin: origin(user) }.into()))
        }
        RefreshCheck::Current(_) if member.is_none() => Err(AppError::RefreshInvalid),
        RefreshCheck::Current(_) => {
            reused = false;
            Ok(Some(SessionRefreshed { refresh_digest: next.to_owned(), expires_at }.into()))
        }
    })
    .await?;
    match member {
        Some((role, email)) if !reused => Ok(Refreshed { user, email, role }),
        _ => Err(AppError::RefreshReused),
    }
}

/// Ends the session whose current refresh token has digest `presented`; nothing happens for an
/// unknown or already-ended session, so logging out is safe to retry.
pub async fn end_session(
    cmd: Cmd<'_>,
    tenant: TenantId,
    session: SessionId,
    presented: &str,
    ip: Option<String>,
) -> Result<(), DomainError> {
    let session_ref = aggregate::<SessionState>(tenant, session.to_string())?;
    execute::<SessionState, DomainError>(cmd, &session_ref, |current| {
        Ok(match current.check(presented, cmd.now) {
            RefreshCheck::Current(user) => {
                let origin = Origin { actor: user.into(), ip: ip.clone() };
                Some(SessionEvent::Revoked(SessionRevoked { user, reason: SessionEnd::Logout, origin }))
            }
            RefreshCheck::Reused(_) | RefreshCheck::Invalid => None,
        })
    })
    .await?;
    Ok(())
}
