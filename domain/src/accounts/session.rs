//! Login sessions: a family of refresh tokens where each refresh replaces the token, and
//! presenting a replaced token again revokes the whole family (it was probably stolen).

use chrono::{DateTime, Utc};

use super::events::{SessionEnd, SessionEvent};
use crate::aggregate::Aggregate;
use crate::events::EventEnvelope;
use crate::ids::UserId;

#[derive(Debug, Default)]
pub struct SessionState {
    pub user: Option<UserId>,
    pub current_digest: Option<String>,
    pub used_digests: Vec<String>,
    pub expires_at: Option<DateTime<Utc>>,
    pub ended: Option<SessionEnd>,
}

/// What presenting a refresh token means.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RefreshCheck {
    /// The current token: rotate it.
    Current(UserId),
    /// A token this family already replaced: revoke the family.
    Reused(UserId),
    /// Unknown, expired, or the session has ended.
    Invalid,
}

impl Aggregate for SessionState {
    const KIND: &'static str = "session";
    type Event = SessionEvent;

    fn evolve(&mut self, event: SessionEvent, _: &EventEnvelope) {
        match event {
            SessionEvent::Started(e) => {
                self.user = Some(e.user);
                self.current_digest = Some(e.refresh_digest);
                self.expires_at = Some(e.expires_at);
            }
            SessionEvent::Refreshed(e) => {
                if let Some(old) = self.current_digest.replace(e.refresh_digest) {
                    self.used_digests.push(old);
                }
                self.expires_at = Some(e.expires_at);
            }
            SessionEvent::Revoked(e) => self.ended = Some(e.reason),
        }
    }
}

impl SessionState {
    pub fn check(&self, digest: &str, now: DateTime<Utc>) -> RefreshCheck {
        let Some(user) = self.user else { return RefreshCheck::Invalid };
        if self.ended.is_some() {
            return RefreshCheck::Invalid;
        }
        if self.used_digests.iter().any(|d| d == digest) {
            return RefreshCheck::Reused(user);
        }
        let current = self.current_digest.as_deref() == Some(digest);
        if current && self.expires_at.is_some_and(|at| at > now) { RefreshCheck::Current(user) } else { RefreshCheck::Invalid }
    }
}
