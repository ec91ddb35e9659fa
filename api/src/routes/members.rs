//! `/v1/members`: the people of an organisation and their roles.

use chrono::{DateTime, Utc};
use poem::web::Data;
use poem_openapi::param::Path;
use poem_openapi::payload::Json;
use poem_openapi::{ApiResponse, Object, OpenApi};
use veracity_app::accounts::{self, Invite};
use veracity_domain::accounts::events::MemberStatus;
use veracity_domain::accounts::{EmailAddress, Permission, Role};
use veracity_domain::ports::MemberRow;
use veracity_domain::{DomainError, UserId};

use super::ApiTags;
use crate::auth::tokens::{digest, new_invitation};
use crate::enums::mirror_enum;
use crate::error::ApiError;
use crate::extract::AdminUser;
use crate::state::AppState;

pub struct MembersApi;

pub use crate::enums::RoleView;

mirror_enum! {
    /// `active`, or `invited` until the invitation is accepted.
    MemberStatusView as "MemberStatus" <=> MemberStatus { Active, Invited }
}

#[derive(Debug, Object)]
#[oai(example)]
pub struct Member {
    pub user_id: String,
    pub email: String,
    pub role: RoleView,
    pub status: MemberStatusView,
    pub created_at: DateTime<Utc>,
}

impl poem_openapi::types::Example for Member {
    fn example() -> Self {
        Member {
            user_id: "usr_01jdx7q5v6m3k0c8f2h4n9r1sb".into(),
            email: "grace@acme.example".into(),
            role: RoleView::Developer,
            status: MemberStatusView::Active,
            created_at: DateTime::parse_from_rfc3339("2026-11-23T10:00:00Z").expect("valid").with_timezone(&Utc),
        }
    }
}

impl From<MemberRow> for Member {
    fn from(row: MemberRow) -> Self {
        Member {
            user_id: row.user.to_string(),
            email: row.email,
            role: row.role.into(),
            status: row.status.into(),
            created_at: row.created_at,
        }
    }
}

#[derive(Debug, Object)]
pub struct MemberList {
    pub data: Vec<Member>,
}

#[derive(Debug, Object)]
#[oai(example)]
pub struct InviteRequest {
    #[oai(validator(max_length = 254))]
    pub email: String,
    // `owner` may be given by owners only.
    pub role: RoleView,
}

impl poem_openapi::types::Example for InviteRequest {
    fn example() -> Self {
        InviteRequest { email: "grace@acme.example".into(), role: RoleView::Developer }
    }
}

#[derive(Debug, Object)]
pub struct Invitation {
    pub member: Member,
    /// Give this to the invitee; they set their password with `POST /v1/auth/accept-invitation`.
    /// Shown only here, once.
    pub invitation_token: String,
    pub invitation_expires_at: DateTime<Utc>,
}

#[derive(Debug, Object)]
#[oai(example)]
pub struct RoleChange {
    pub role: RoleView,
}

impl poem_openapi::types::Example for RoleChange {
    fn example() -> Self {
        RoleChange { role: RoleView::Admin }
    }
}

#[derive(ApiResponse)]
pub enum InviteResponse {
    /// The member is invited; pass the token on.
    #[oai(status = 201)]
    Created(Json<Invitation>),
}

#[derive(ApiResponse)]
pub enum RemoveResponse {
    /// The member is removed and can no longer sign in to this organisation.
    #[oai(status = 204)]
    Removed,
}

fn not_found(id: &str) -> ApiError {
    DomainError::NotFound { resource: "member", id: id.to_owned() }.into()
}

async fn find(state: &AppState, admin: &AdminUser, user: UserId) -> Result<Member, ApiError> {
    let row = state.reads.get_member(&admin.scope, user).await?;
    row.map(Member::from).ok_or_else(|| not_found(&user.to_string()))
}

#[OpenApi(tag = "ApiTags::Members")]
impl MembersApi {
    /// List members
    ///
    /// Everyone in your organisation with their role and status. Any member may list.
    #[oai(path = "/v1/members", method = "get", operation_id = "listMembers")]
    async fn list(&self, state: Data<&AppState>, admin: AdminUser) -> Result<Json<MemberList>, ApiError> {
        admin.require(Permission::ReadMembers)?;
        let rows = state.reads.list_members(&admin.scope).await?;
        Ok(Json(MemberList { data: rows.into_iter().map(Member::from).collect() }))
    }

    /// Invite a member
    ///
    /// Adds `email` with `role` as an invited member and returns a one-time invitation token
    /// (valid 7 days) for them to set a password. Owners and admins may invite; only owners may
    /// invite owners. 409 `EMAIL_TAKEN` if the address already belongs to a user.
    #[oai(path = "/v1/members", method = "post", operation_id = "inviteMember")]
    async fn invite(&self, state: Data<&AppState>, admin: AdminUser, body: Json<InviteRequest>) -> Result<InviteResponse, ApiError> {
        admin.require(Permission::ManageMembers)?;
        let email = EmailAddress::parse(&body.email)?;
        let role = Role::from(body.role);
        let user = UserId::new();
        let cmd = state.cmd(&admin.request_id);
        let token = new_invitation(admin.tenant, user);
        let expires_at = cmd.now + state.auth.settings.invitation_ttl;
        let invite = Invite {
            tenant: admin.tenant,
            actor: admin.role,
            user,
            email,
            role,
            invite_digest: digest(&token),
            expires_at,
            origin: admin.origin.clone(),
        };
        let appended = accounts::invite_member(cmd, invite).await?;
        state.settled(appended).await;
        let member = find(&state, &admin, user).await?;
        Ok(InviteResponse::Created(Json(Invitation { member, invitation_token: token, invitation_expires_at: expires_at })))
    }

    /// Change a member's role
    ///
    /// Owners and admins may change roles; only owners may make or unmake owners. The last owner
    /// cannot be demoted (409 `LAST_OWNER`).
    #[oai(path = "/v1/members/:user_id", method = "patch", operation_id = "changeMemberRole")]
    async fn change_role(
        &self,
        state: Data<&AppState>,
        admin: AdminUser,
        user_id: Path<String>,
        body: Json<RoleChange>,
    ) -> Result<Json<Member>, ApiError> {
        admin.require(Permission::ManageMembers)?;
        let role = Role::from(body.role);
        let user: UserId = user_id.parse().map_err(|_| not_found(&user_id))?;
        let cmd = state.cmd(&admin.request_id);
        let appended = accounts::change_role(cmd, admin.tenant, admin.role, user, role, admin.origin.clone()).await?;
        state.settled(appended).await;
        Ok(Json(find(&state, &admin, user).await?))
    }

    /// Remove a member
    ///
    /// The member can no longer use the admin endpoints (at once: roles are checked on every
    /// request) and their e-mail address is freed. The last owner cannot be removed (409
    /// `LAST_OWNER`); admins cannot remove owners.
    #[oai(path = "/v1/members/:user_id", method = "delete", operation_id = "removeMember")]
    async fn remove(&self, state: Data<&AppState>, admin: AdminUser, user_id: Path<String>) -> Result<RemoveResponse, ApiError> {
        admin.require(Permission::ManageMembers)?;
        let user: UserId = user_id.parse().map_err(|_| not_found(&user_id))?;
        let cmd = state.cmd(&admin.request_id);
        let appended = accounts::remove_member(cmd, admin.tenant, admin.role, user, admin.origin.clone()).await?;
        state.settled(appended).await;
        Ok(RemoveResponse::Removed)
    }
}
