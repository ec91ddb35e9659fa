//! Any event of the log, typed: the aggregate type picks the enum, the event type its variant.
//! Readers of the whole log (projections, followers) decode each event once, here, and
//! `match` the aggregates they follow exhaustively.

use crate::accounts::events::{ApiKeyEvent, AuditEvent, EmailEvent, KeyUsageEvent, MembershipEvent, SessionEvent, TenantEvent, UserEvent};
use crate::billing::CreditAccountEvent;
use crate::detection::job::JobEvent;
use crate::error::DomainError;
use crate::events::{EventEnum, EventEnvelope};
use crate::webhooks::{WebhookMessageEvent, WebhooksEvent};

// Decoded and handled one at a time, never held in bulk: no box for the large ones.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone, PartialEq)]
pub enum Event {
    Tenant(TenantEvent),
    Email(EmailEvent),
    User(UserEvent),
    Membership(MembershipEvent),
    ApiKey(ApiKeyEvent),
    KeyUsage(KeyUsageEvent),
    Session(SessionEvent),
    Audit(AuditEvent),
    Job(JobEvent),
    CreditAccount(CreditAccountEvent),
    Webhooks(WebhooksEvent),
    WebhookMessage(WebhookMessageEvent),
}

impl Event {
    /// Every aggregate kind in the log, one per variant: the kinds [`Event::decode`] reads.
    pub const KINDS: [&'static str; 12] = [
        TenantEvent::AGGREGATE,
        EmailEvent::AGGREGATE,
        UserEvent::AGGREGATE,
        MembershipEvent::AGGREGATE,
        ApiKeyEvent::AGGREGATE,
        KeyUsageEvent::AGGREGATE,
        SessionEvent::AGGREGATE,
        AuditEvent::AGGREGATE,
        JobEvent::AGGREGATE,
        CreditAccountEvent::AGGREGATE,
        WebhooksEvent::AGGREGATE,
        WebhookMessageEvent::AGGREGATE,
    ];

    /// The typed event in `envelope`; an aggregate or event type this build does not know is
    /// an error, never skipped.
    pub fn decode(envelope: &EventEnvelope) -> Result<Event, DomainError> {
        Ok(match envelope.aggregate_type.as_str() {
            TenantEvent::AGGREGATE => Event::Tenant(TenantEvent::decode(envelope)?),
            EmailEvent::AGGREGATE => Event::Email(EmailEvent::decode(envelope)?),
            UserEvent::AGGREGATE => Event::User(UserEvent::decode(envelope)?),
            MembershipEvent::AGGREGATE => Event::Membership(MembershipEvent::decode(envelope)?),
            ApiKeyEvent::AGGREGATE => Event::ApiKey(ApiKeyEvent::decode(envelope)?),
            KeyUsageEvent::AGGREGATE => Event::KeyUsage(KeyUsageEvent::decode(envelope)?),
            SessionEvent::AGGREGATE => Event::Session(SessionEvent::decode(envelope)?),
            AuditEvent::AGGREGATE => Event::Audit(AuditEvent::decode(envelope)?),
            JobEvent::AGGREGATE => Event::Job(JobEvent::decode(envelope)?),
            CreditAccountEvent::AGGREGATE => Event::CreditAccount(CreditAccountEvent::decode(envelope)?),
            WebhooksEvent::AGGREGATE => Event::Webhooks(WebhooksEvent::decode(envelope)?),
            WebhookMessageEvent::AGGREGATE => Event::WebhookMessage(WebhookMessageEvent::decode(envelope)?),
            other => {
                return Err(DomainError::internal(format!("event {} is on an unknown aggregate type `{other}`", envelope.id)));
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use chrono::Utc;

    use super::*;
    use crate::ids::{EventId, TenantId};

    /// `KINDS` lists exactly the kinds `decode` reads: each of them is known (its event type
    /// is what fails here), and nothing else is.
    #[test]
    fn kinds_are_the_kinds_decode_reads() {
        let envelope = |kind: &str| EventEnvelope {
            envelope_version: 1,
            id: EventId::new(),
            event_type: "no.such.event".into(),
            schema_version: 1,
            tenant: TenantId::new(),
            aggregate_type: kind.into(),
            aggregate_id: "x".into(),
            version: 1,
            occurred_at: Utc::now(),
            correlation_id: None,
            payload: serde_json::Value::Null,
        };
        let unknown = |kind: &str| Event::decode(&envelope(kind)).unwrap_err().to_string().contains("unknown aggregate type");
        for kind in Event::KINDS {
            assert!(!unknown(kind), "{kind} is read by decode");
        }
        assert!(unknown("no_such_kind"));
        let mut distinct = Event::KINDS.to_vec();
        distinct.sort_unstable();
        distinct.dedup();
        assert_eq!(distinct.len(), Event::KINDS.len(), "each kind once");
    }
}
