//! A tenant's roster: who is a member with which role. One aggregate per tenant, so rules that
//! span members ("at least one owner remains", "admins cannot touch owners") are decided on a
//! consistent view and concurrent changes conflict instead of both passing.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};

use super::events::{MemberAdded, MemberRemoved, MemberRoleChanged, MemberStatus, MembershipEvent, Origin};
use super::{EmailAddress, Permission, Role};
use crate::aggregate::Aggregate;
use crate::events::EventEnvelope;
use crate::ids::UserId;

#[derive(Debug, Clone, PartialEq)]
pub struct Member {
    pub email: EmailAddress,
    pub role: Role,
    pub status: MemberStatus,
    pub invite_digest: Option<String>,
    pub invite_expires_at: Option<DateTime<Utc>>,
}

#[derive(Debug, Default)]
pub struct Roster {
    pub members: BTreeMap<UserId, Member>,
}

/// Why a member change is refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RosterError {
    #[error("your role does not allow this")]
    Forbidden(Permission),
    #[error("only an owner can add, change or remove an owner")]
    OwnersOnly,
    #[error("the last owner cannot be removed or demoted; make another member owner first")]
    LastOwner,
    #[error("member not found")]
    NotFound,
    #[error("{0} is already a member")]
    AlreadyMember(EmailAddress),
}

impl Aggregate for Roster {
    const KIND: &'static str = "membership";
    type Event = MembershipEvent;

    fn evolve(&mut self, event: MembershipEvent, _: &EventEnvelope) {
        match event {
            MembershipEvent::Added(e) => {
                let member = Member {
                    email: e.email,
                    role: e.role,
                    status: e.status,
                    invite_digest: e.invite_digest,
                    invite_expires_at: e.invite_expires_at,
                };
                self.members.insert(e.user, member);
            }
            MembershipEvent::Joined(e) => {
                if let Some(m) = self.members.get_mut(&e.user) {
                    m.status = MemberStatus::Active;
                    m.invite_digest = None;
                }
            }
            MembershipEvent::RoleChanged(e) => {
                if let Some(m) = self.members.get_mut(&e.user) {
                    m.role = e.to;
                }
            }
            MembershipEvent::Removed(e) => {
                self.members.remove(&e.user);
            }
        }
    }
}

impl Roster {
    /// The role of an active member.
    pub fn active_role(&self, user: UserId) -> Option<Role> {
        self.members.get(&user).filter(|m| m.status == MemberStatus::Active).map(|m| m.role)
    }

    fn owners(&self) -> usize {
        self.members.values().filter(|m| m.role == Role::Owner && m.status == MemberStatus::Active).count()
    }

    fn require(actor: Role, permission: Permission) -> Result<(), RosterError> {
        if actor.allows(permission) { Ok(()) } else { Err(RosterError::Forbidden(permission)) }
    }

    /// `actor` (an active member's role) invites `email` as `role`.
    #[allow(clippy::too_many_arguments)] // the invitation's fields, each checked here
    pub fn invite(
        &self,
        actor: Role,
        user: UserId,
        email: EmailAddress,
        role: Role,
        invite_digest: String,
        invite_expires_at: DateTime<Utc>,
        origin: Origin,
    ) -> Result<MemberAdded, RosterError> {
        Self::require(actor, Permission::ManageMembers)?;
        if role == Role::Owner && actor != Role::Owner {
            return Err(RosterError::OwnersOnly);
        }
        if self.members.values().any(|m| m.email == email) {
            return Err(RosterError::AlreadyMember(email));
        }
        Ok(MemberAdded {
            user,
            email,
            role,
            status: MemberStatus::Invited,
            invite_digest: Some(invite_digest),
            invite_expires_at: Some(invite_expires_at),
            origin,
        })
    }

    pub fn change_role(&self, actor: Role, user: UserId, to: Role, origin: Origin) -> Result<Option<MemberRoleChanged>, RosterError> {
        Self::require(actor, Permission::ManageMembers)?;
        let member = self.members.get(&user).ok_or(RosterError::NotFound)?;
        if (member.role == Role::Owner || to == Role::Owner) && actor != Role::Owner {
            return Err(RosterError::OwnersOnly);
        }
        if member.role == to {
            return Ok(None);
        }
        if member.role == Role::Owner && member.status == MemberStatus::Active && self.owners() == 1 {
            return Err(RosterError::LastOwner);
        }
        Ok(Some(MemberRoleChanged { user, from: member.role, to, origin }))
    }

    pub fn remove(&self, actor: Role, user: UserId, origin: Origin) -> Result<MemberRemoved, RosterError> {
        Self::require(actor, Permission::ManageMembers)?;
        let member = self.members.get(&user).ok_or(RosterError::NotFound)?;
        if member.role == Role::Owner && actor != Role::Owner {
            return Err(RosterError::OwnersOnly);
        }
        if member.role == Role::Owner && member.status == MemberStatus::Active && self.owners() == 1 {
            return Err(RosterError::LastOwner);
        }
        Ok(MemberRemoved { user, origin })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::events::{AggregateRef, NewEvent};
    use crate::ids::TenantId;

    fn roster(members: &[(UserId, Role)]) -> Roster {
        let agg = AggregateRef::new(TenantId::new(), "membership", "t").unwrap();
        let mut roster = Roster::default();
        for (i, (user, role)) in members.iter().enumerate() {
            let added = MemberAdded {
                user: *user,
                email: EmailAddress::parse(&format!("m{i}@example.com")).unwrap(),
                role: *role,
                status: MemberStatus::Active,
                invite_digest: None,
                invite_expires_at: None,
                origin: Origin::system(),
            };
            let env = NewEvent::from_domain(&added, Utc::now()).unwrap().into_envelope(&agg, i as u64 + 1);
            roster.apply(&env).unwrap();
        }
        roster
    }

    #[test]
    fn the_last_owner_stays() {
        let (owner, admin) = (UserId::new(), UserId::new());
        let r = roster(&[(owner, Role::Owner), (admin, Role::Admin)]);
        assert_eq!(r.remove(Role::Owner, owner, Origin::system()), Err(RosterError::LastOwner));
        assert_eq!(r.change_role(Role::Owner, owner, Role::Admin, Origin::system()), Err(RosterError::LastOwner));
        assert_eq!(r.remove(Role::Admin, owner, Origin::system()), Err(RosterError::OwnersOnly));
        assert!(r.remove(Role::Owner, admin, Origin::system()).is_ok());
        let second = UserId::new();
        let r = roster(&[(owner, Role::Owner), (second, Role::Owner)]);
        assert!(r.remove(Role::Owner, owner, Origin::system()).is_ok());
    }

    #[test]
    fn admins_cannot_make_owners_and_others_cannot_manage() {
        let (owner, dev) = (UserId::new(), UserId::new());
        let r = roster(&[(owner, Role::Owner), (dev, Role::Developer)]);
        assert_eq!(r.change_role(Role::Admin, dev, Role::Owner, Origin::system()), Err(RosterError::OwnersOnly));
        assert!(r.change_role(Role::Admin, dev, Role::Viewer, Origin::system()).unwrap().is_some());
        for role in [Role::Developer, Role::Billing, Role::Viewer] {
            assert_eq!(r.remove(role, dev, Origin::system()), Err(RosterError::Forbidden(Permission::ManageMembers)));
        }
    }
}
