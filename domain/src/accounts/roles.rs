//! Who may do what in a tenant's dashboard / admin API: five roles and one permission matrix.
//! The permission table of docs/api.md is generated from [`MATRIX`] by a test, so the two cannot drift.

use serde::{Deserialize, Serialize};

/// A member's role in a tenant.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// Everything, including managing other owners. Every tenant keeps at least one.
    Owner,
    /// Everything except managing owners.
    Admin,
    /// Builds the integration: API keys, webhooks, jobs.
    Developer,
    /// Buys credits and reads invoices and usage.
    Billing,
    /// Reads jobs and results.
    Viewer,
}

impl Role {
    pub const ALL: [Role; 5] = [Role::Owner, Role::Admin, Role::Developer, Role::Billing, Role::Viewer];

    pub fn as_str(self) -> &'static str {
        match self {
            Role::Owner => "owner",
            Role::Admin => "admin",
            Role::Developer => "developer",
            Role::Billing => "billing",
            Role::Viewer => "viewer",
        }
    }

    pub fn parse(text: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|r| r.as_str() == text)
    }

    pub fn allows(self, permission: Permission) -> bool {
        MATRIX.iter().any(|(p, roles)| *p == permission && roles.contains(&self))
    }
}

/// Something a member can be allowed to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Permission {
    /// List the members of the tenant.
    ReadMembers,
    /// Invite members, change roles, remove members (owners only by owners).
    ManageMembers,
    /// Create, update, rotate and revoke API keys; list them.
    ManageApiKeys,
    /// Create, change and delete webhook endpoints.
    ManageWebhooks,
    /// Buy credits, change the plan.
    ManageBilling,
    /// See the balance, invoices and usage.
    ReadBilling,
    /// List jobs and read their results.
    ReadJobs,
    /// Delete jobs (their media and results).
    DeleteJobs,
    /// Read the audit log.
    ReadAuditLog,
}

impl Permission {
    pub fn as_str(self) -> &'static str {
        match self {
            Permission::ReadMembers => "read members",
            Permission::ManageMembers => "manage members",
            Permission::ManageApiKeys => "manage API keys",
            Permission::ManageWebhooks => "manage webhooks",
            Permission::ManageBilling => "manage billing",
            Permission::ReadBilling => "read billing",
            Permission::ReadJobs => "read jobs",
            Permission::DeleteJobs => "delete jobs",
            Permission::ReadAuditLog => "read the audit log",
        }
    }
}

use Role::{Admin, Billing, Developer, Owner, Viewer};

/// The permission matrix: which roles hold each permission.
pub const MATRIX: &[(Permission, &[Role])] = &[
    (Permission::ReadMembers, &[Owner, Admin, Developer, Billing, Viewer]),
    (Permission::ManageMembers, &[Owner, Admin]),
    (Permission::ManageApiKeys, &[Owner, Admin, Developer]),
    (Permission::ManageWebhooks, &[Owner, Admin, Developer]),
    (Permission::ManageBilling, &[Owner, Admin, Billing]),
    (Permission::ReadBilling, &[Owner, Admin, Billing]),
    (Permission::ReadJobs, &[Owner, Admin, Developer, Viewer]),
    (Permission::DeleteJobs, &[Owner, Admin, Developer]),
    (Permission::ReadAuditLog, &[Owner, Admin]),
];

/// The matrix as a Markdown table (docs/api.md embeds exactly this).
pub fn matrix_markdown() -> String {
    let mut out = String::from("| permission |");
    for role in Role::ALL {
        out.push_str(&format!(" {} |", role.as_str()));
    }
    out.push_str("\n|---|");
    out.push_str(&"---|".repeat(Role::ALL.len()));
    for (permission, _) in MATRIX {
        out.push_str(&format!("\n| {} |", permission.as_str()));
        for role in Role::ALL {
            out.push_str(if role.allows(*permission) { " ✓ |" } else { " – |" });
        }
    }
    out.push('\n');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_permission_appears_once_and_owners_hold_all() {
        for (i, (p, roles)) in MATRIX.iter().enumerate() {
            assert!(MATRIX[i + 1..].iter().all(|(q, _)| q != p), "{p:?} twice");
            assert!(roles.contains(&Owner), "owners must hold {p:?}");
        }
    }

    #[test]
    fn roles_parse_back() {
        for role in Role::ALL {
            assert_eq!(Role::parse(role.as_str()), Some(role));
        }
        assert_eq!(Role::parse("root"), None);
    }
}
