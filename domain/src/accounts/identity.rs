//! Tenants, e-mail claims and users: the aggregates sign-up and login read.

use chrono::{DateTime, Utc};

use super::events::{EmailEvent, TenantEvent, UserEvent};
use super::{EmailAddress, Plan};
use crate::aggregate::Aggregate;
use crate::error::DomainError;
use crate::events::EventEnvelope;
use crate::ids::{TenantId, UserId};

/// Shortest accepted password; longer ones are limited only to keep hashing bounded.
pub const MIN_PASSWORD_CHARS: usize = 12;
pub const MAX_PASSWORD_BYTES: usize = 1024;

pub fn check_password(password: &str) -> Result<(), DomainError> {
    if password.chars().count() < MIN_PASSWORD_CHARS {
        return Err(DomainError::invalid("password", format!("must be at least {MIN_PASSWORD_CHARS} characters")));
    }
    if password.len() > MAX_PASSWORD_BYTES {
        return Err(DomainError::invalid("password", format!("must be at most {MAX_PASSWORD_BYTES} bytes")));
    }
    Ok(())
}

/// A display name (organisation, key): 1–100 characters after trimming, no control characters.
pub fn check_name(field: &str, name: &str) -> Result<String, DomainError> {
    let name = name.trim();
    if name.is_empty() || name.chars().count() > 100 || name.chars().any(char::is_control) {
        return Err(DomainError::invalid(field, "must be 1-100 printable characters"));
    }
    Ok(name.to_owned())
}

#[derive(Debug, Default)]
pub struct TenantState {
    pub created: Option<(String, Plan, DateTime<Utc>)>,
}

impl Aggregate for TenantState {
    const KIND: &'static str = "tenant";
    type Event = TenantEvent;

    fn evolve(&mut self, event: TenantEvent, envelope: &EventEnvelope) {
        match event {
            TenantEvent::Created(e) => self.created = Some((e.name, e.plan, envelope.occurred_at)),
        }
    }
}

/// Who an e-mail address belongs to (platform-wide, so addresses are unique across tenants).
#[derive(Debug, Default)]
pub struct EmailClaim {
    pub owner: Option<(TenantId, UserId)>,
}

impl Aggregate for EmailClaim {
    const KIND: &'static str = "email";
    type Event = EmailEvent;

    fn evolve(&mut self, event: EmailEvent, _: &EventEnvelope) {
        match event {
            EmailEvent::Claimed(e) => self.owner = Some((e.tenant, e.user)),
            EmailEvent::Released(_) => self.owner = None,
        }
    }
}

#[derive(Debug, Default)]
pub struct UserState {
    pub email: Option<EmailAddress>,
    pub password_hash: Option<String>,
}

impl Aggregate for UserState {
    const KIND: &'static str = "user";
    type Event = UserEvent;

    fn evolve(&mut self, event: UserEvent, _: &EventEnvelope) {
        match event {
            UserEvent::Registered(e) => {
                self.email = Some(e.email);
                self.password_hash = e.password_hash;
            }
            UserEvent::PasswordSet(e) => self.password_hash = Some(e.password_hash),
        }
    }
}
