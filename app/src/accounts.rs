//! Organisations and their members: sign-up, invitations, role changes and removals.
//!
//! An e-mail address belongs to one user platform-wide, so a new user first claims it (the
//! `email` aggregate of the platform tenant); a step that fails after the claim gives the
//! address back, so the person can try again.

use chrono::{DateTime, Utc};
use veracity_domain::accounts::events::*;
use veracity_domain::accounts::identity::{EmailClaim, TenantState, UserState};
use veracity_domain::accounts::membership::Roster;
use veracity_domain::accounts::{EmailAddress, Plan, Role};
use veracity_domain::aggregate::Aggregate;
use veracity_domain::digest::sha256_hex;
use veracity_domain::{AggregatePosition, AggregateRef, Appended, DomainError, TenantId, UserId};

use crate::commands::{Cmd, aggregate, append, execute, load};
use crate::error::AppError;

/// The platform-wide aggregate that says who owns an e-mail address.
pub fn email_claim_ref(email: &EmailAddress) -> Result<AggregateRef, DomainError> {
    AggregateRef::new(TenantId::PLATFORM, EmailClaim::KIND, sha256_hex(email.as_str().as_bytes()))
}

/// Who holds `email`, if anyone.
pub async fn email_owner(cmd: Cmd<'_>, email: &EmailAddress) -> Result<Option<(TenantId, UserId)>, DomainError> {
    Ok(load::<EmailClaim>(cmd.events, &email_claim_ref(email)?).await?.0.owner)
}

/// Claims `email` for a new `user` of `tenant`; `EmailTaken` if someone holds it.
async fn claim_email(cmd: Cmd<'_>, email: &EmailAddress, tenant: TenantId, user: UserId) -> Result<(), AppError> {
    execute::<EmailClaim, AppError>(cmd, &email_claim_ref(email)?, |claim| match claim.owner {
        Some(_) => Err(AppError::EmailTaken),
        None => Ok(Some(EmailClaimed { tenant, user }.into())),
    })
    .await?;
    Ok(())
}

/// Frees `email` if `user` still holds it, so it can sign up or be invited again.
async fn release_email(cmd: Cmd<'_>, email: &EmailAddress, user: UserId) -> Result<(), DomainError> {
    execute::<EmailClaim, DomainError>(cmd, &email_claim_ref(email)?, |claim| {
        Ok((claim.owner.map(|(_, owner)| owner) == Some(user)).then_some(EmailReleased { user }.into()))
    })
    .await?;
    Ok(())
}

/// Runs `steps` after claiming `email` for `user`; if they fail, gives the address back.
async fn with_claimed_email<T>(
    cmd: Cmd<'_>,
    email: &EmailAddress,
    tenant: TenantId,
    user: UserId,
    steps: impl Future<Output = Result<T, AppError>>,
) -> Result<T, AppError> {
    claim_email(cmd, email, tenant, user).await?;
    match steps.await {
        Ok(done) => Ok(done),
        Err(err) => {
            if let Err(undo) = release_email(cmd, email, user).await {
                tracing::warn!(error = %undo, "could not give back a claimed e-mail address");
            }
            Err(err)
        }
    }
}

/// A new organisation on plan FREE and its owner.
pub struct SignUp {
    pub tenant: TenantId,
    pub user: UserId,
    pub organization_name: String,
    pub email: EmailAddress,
    /// argon2id PHC string.
    pub password_hash: String,
    pub origin: Origin,
}

/// Creates the organisation: the user, the tenant and its roster with the owner. Returns the
/// roster's append, which the accounts read model shows once it has applied it.
pub async fn sign_up(cmd: Cmd<'_>, s: SignUp) -> Result<Appended, AppError> {
    let SignUp { tenant, user, organization_name, email, password_hash, origin } = s;
    with_claimed_email(cmd, &email, tenant, user, async {
        let user_ref = aggregate::<UserState>(tenant, user.to_string())?;
        let registered = UserRegistered { email: email.clone(), password_hash: Some(password_hash) };
        append::<UserState>(cmd, &user_ref, AggregatePosition::EMPTY, &registered.into()).await?;
        let tenant_ref = aggregate::<TenantState>(tenant, tenant.to_string())?;
        let created = TenantCreated { name: organization_name, plan: Plan::Free, owner: user, origin: origin.clone() };
        append::<TenantState>(cmd, &tenant_ref, AggregatePosition::EMPTY, &created.into()).await?;
        let roster_ref = aggregate::<Roster>(tenant, tenant.to_string())?;
        let owner = MemberAdded {
            user,
            email: email.clone(),
            role: Role::Owner,
            status: MemberStatus::Active,
            invite_digest: None,
            invite_expires_at: None,
            origin,
        };
        Ok(append::<Roster>(cmd, &roster_ref, AggregatePosition::EMPTY, &owner.into()).await?)
    })
    .await
}

/// An invitation of a new member by a member whose role is `actor`.
pub struct Invite {
    pub tenant: TenantId,
    pub actor: Role,
    pub user: UserId,
    pub email: EmailAddress,
    pub role: Role,
    /// SHA-256 of the invitation token handed to the invitee.
    pub invite_digest: String,
    pub expires_at: DateTime<Utc>,
    pub origin: Origin,
}

/// Adds the invited member to the roster and registers the user without a password.
pub async fn invite_member(cmd: Cmd<'_>, i: Invite) -> Result<Option<Appended>, AppError> {
    let Invite { tenant, actor, user, email, role, invite_digest, expires_at, origin } = i;
    with_claimed_email(cmd, &email, tenant, user, async {
        let roster_ref = aggregate::<Roster>(tenant, tenant.to_string())?;
        let (appended, _) = execute::<Roster, AppError>(cmd, &roster_ref, |roster| {
            let added = roster.invite(actor, user, email.clone(), role, invite_digest.clone(), expires_at, origin.clone())?;
            Ok(Some(added.into()))
        })
        .await?;
        let user_ref = aggregate::<UserState>(tenant, user.to_string())?;
        let registered = UserRegistered { email: email.clone(), password_hash: None };
        append::<UserState>(cmd, &user_ref, AggregatePosition::EMPTY, &registered.into()).await?;
        Ok(appended)
    })
    .await
}

/// Changes `user`'s role; nothing is recorded when it already has it.
pub async fn change_role(
    cmd: Cmd<'_>,
    tenant: TenantId,
    actor: Role,
    user: UserId,
    to: Role,
    origin: Origin,
) -> Result<Option<Appended>, AppError> {
    let roster_ref = aggregate::<Roster>(tenant, tenant.to_string())?;
    let (appended, _) =
        execute::<Roster, AppError>(cmd, &roster_ref, |roster| Ok(roster.change_role(actor, user, to, origin.clone())?.map(Into::into)))
            .await?;
    Ok(appended)
}

/// Removes `user` from the roster and frees their e-mail address.
pub async fn remove_member(
    cmd: Cmd<'_>,
    tenant: TenantId,
    actor: Role,
    user: UserId,
    origin: Origin,
) -> Result<Option<Appended>, AppError> {
    let roster_ref = aggregate::<Roster>(tenant, tenant.to_string())?;
    let (appended, roster) =
        execute::<Roster, AppError>(cmd, &roster_ref, |roster| Ok(Some(roster.remove(actor, user, origin.clone())?.into()))).await?;
    if let Some(member) = roster.members.get(&user) {
        release_email(cmd, &member.email, user).await?;
    }
    Ok(appended)
}

/// The invited member behind an invitation token's digest, while the invitation is pending.
fn pending(roster: &Roster, user: UserId, digest: &str, now: DateTime<Utc>) -> Option<(EmailAddress, Role)> {
    roster
        .members
        .get(&user)
        .filter(|m| {
            m.status == MemberStatus::Invited
                && m.invite_digest.as_deref() == Some(digest)
                && m.invite_expires_at.is_some_and(|at| at > now)
        })
        .map(|m| (m.email.clone(), m.role))
}

/// Whether the invitation is still pending, before its password is hashed (which is slow).
pub async fn check_invitation(cmd: Cmd<'_>, tenant: TenantId, user: UserId, digest: &str) -> Result<(), AppError> {
    let (roster, _) = load::<Roster>(cmd.events, &aggregate::<Roster>(tenant, tenant.to_string())?).await?;
    pending(&roster, user, digest, cmd.now).map(|_| ()).ok_or(AppError::InvitationInvalid)
}

/// The invitee joins and sets their password. Returns their address and role.
pub async fn accept_invitation(
    cmd: Cmd<'_>,
    tenant: TenantId,
    user: UserId,
    digest: &str,
    password_hash: String,
    origin: Origin,
) -> Result<(EmailAddress, Role), AppError> {
    let roster_ref = aggregate::<Roster>(tenant, tenant.to_string())?;
    let (_, roster) = execute::<Roster, AppError>(cmd, &roster_ref, |roster| {
        pending(roster, user, digest, cmd.now).ok_or(AppError::InvitationInvalid)?;
        Ok(Some(MemberJoined { user, origin: origin.clone() }.into()))
    })
    .await?;
    let (email, role) = pending(&roster, user, digest, cmd.now).ok_or(AppError::InvitationInvalid)?;
    let user_ref = aggregate::<UserState>(tenant, user.to_string())?;
    let (_, position) = load::<UserState>(cmd.events, &user_ref).await?;
    append::<UserState>(cmd, &user_ref, position, &UserPasswordSet { password_hash }.into()).await?;
    Ok((email, role))
}

/// What a login is checked against: the user an address belongs to and their password hash.
pub struct LoginRecord {
    pub tenant: TenantId,
    pub user: UserId,
    /// `None` while an invitation is pending.
    pub password_hash: Option<String>,
}

/// The user `email` belongs to, if any.
pub async fn login_record(cmd: Cmd<'_>, email: &EmailAddress) -> Result<Option<LoginRecord>, DomainError> {
    let Some((tenant, user)) = email_owner(cmd, email).await? else { return Ok(None) };
    let (state, _) = load::<UserState>(cmd.events, &aggregate::<UserState>(tenant, user.to_string())?).await?;
    Ok(Some(LoginRecord { tenant, user, password_hash: state.password_hash }))
}

/// The role `user` holds in `tenant` as an active member, if they are one.
pub async fn active_role(cmd: Cmd<'_>, tenant: TenantId, user: UserId) -> Result<Option<Role>, DomainError> {
    let (roster, _) = load::<Roster>(cmd.events, &aggregate::<Roster>(tenant, tenant.to_string())?).await?;
    Ok(roster.active_role(user))
}
