//! One webhook message (`<tenant>.webhook_message.<msg id>`): an event for one target, its
//! delivery attempts and its outcome.
//!
//! ```text
//! webhook.message_created → webhook.attempted (×n) → webhook.delivered | webhook.failed
//!                      webhook.failed → webhook.retry_requested → webhook.attempted …
//! ```
//!
//! The message id is the `webhook-id` header of every attempt, so a receiver can drop
//! duplicates; the body is stored as the exact bytes that are signed.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::{EventType, RetrySchedule};
use crate::accounts::Actor;
use crate::aggregate::Aggregate;
use crate::error::DomainError;
use crate::events::{EventEnvelope, event, event_enum};
use crate::ids::{EventId, JobId, MessageId, WebhookId};

/// Longest part of a receiver's answer kept with an attempt.
pub const RESPONSE_EXCERPT_BYTES: usize = 1024;

/// Where a message goes.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Target {
    /// A registered endpoint (its URL and secrets are read at each attempt).
    Endpoint { endpoint: WebhookId },
    /// A job's `callback_url`, signed with the tenant's callback secret.
    Callback { url: String },
}

impl Target {
    pub fn endpoint(&self) -> Option<WebhookId> {
        match self {
            Target::Endpoint { endpoint } => Some(*endpoint),
            Target::Callback { .. } => None,
        }
    }

    /// A short stable key: the endpoint id, or `callback`.
    pub fn key(&self) -> String {
        match self {
            Target::Endpoint { endpoint } => endpoint.to_string(),
            Target::Callback { .. } => "callback".into(),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MessageCreated {
    pub target: Target,
    pub event_type: EventType,
    /// The JSON body exactly as sent and signed: `{type, timestamp, data}`.
    pub body: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub job: Option<JobId>,
    /// The log event it was made from (none for tests).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_event: Option<EventId>,
}
event!(MessageCreated, "webhook.message_created");

/// One try: what the receiver answered, or why there was no answer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MessageAttempted {
    /// 1-based, over the message's whole life.
    pub attempt: u32,
    pub url: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status_code: Option<u16>,
    pub latency_ms: u64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
    /// The start of the answer's body (at most 1 KB).
    pub response_excerpt: String,
    /// When the next try is due; none after the last.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_attempt_at: Option<DateTime<Utc>>,
}
event!(MessageAttempted, "webhook.attempted");

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MessageDelivered {
    pub attempt: u32,
}
event!(MessageDelivered, "webhook.delivered");

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MessageFailed {
    pub attempts: u32,
    pub reason: String,
}
event!(MessageFailed, "webhook.failed");

/// Someone asked for a failed message to be sent again (retry or recover): a new round of the
/// schedule starts.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RetryRequested {
    pub actor: Actor,
}
event!(RetryRequested, "webhook.retry_requested");

event_enum! {
    /// The events of one webhook message (`<tenant>.webhook_message.<msg id>`).
    pub enum WebhookMessageEvent for "webhook_message" {
        Created(MessageCreated),
        Attempted(MessageAttempted),
        Delivered(MessageDelivered),
        Failed(MessageFailed),
        RetryRequested(RetryRequested),
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MessageStatus {
    #[default]
    Pending,
    Delivered,
    Failed,
}

impl MessageStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            MessageStatus::Pending => "pending",
            MessageStatus::Delivered => "delivered",
            MessageStatus::Failed => "failed",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        [MessageStatus::Pending, MessageStatus::Delivered, MessageStatus::Failed].into_iter().find(|s| s.as_str() == text)
    }
}

#[derive(Debug, Clone, Default)]
pub struct MessageState {
    pub created: Option<MessageCreated>,
    pub created_at: Option<DateTime<Utc>>,
    pub status: MessageStatus,
    /// Attempts over the message's life.
    pub attempts: u32,
    /// Attempts since the last retry request (the schedule's position).
    pub round_attempts: u32,
    /// The last attempt of this round, if any.
    pub last_attempt: Option<MessageAttempted>,
    /// Which round this is: empty for the first, else the id of the retry request that began
    /// it. Tickets carry it, so a ticket of an earlier round is recognised and dropped.
    pub round: String,
}

/// What one try came to, as the dispatcher saw it.
#[derive(Debug, Clone, PartialEq)]
pub struct AttemptOutcome {
    pub url: String,
    pub status_code: Option<u16>,
    pub latency_ms: u64,
    pub error: Option<String>,
    pub response_excerpt: String,
}

fn success(status: Option<u16>) -> bool {
    status.is_some_and(|s| (200..300).contains(&s))
}

impl AttemptOutcome {
    pub fn succeeded(&self) -> bool {
        success(self.status_code)
    }

    /// 410 Gone: the receiver says the endpoint no longer exists.
    pub fn gone(&self) -> bool {
        self.status_code == Some(410)
    }
}

impl Aggregate for MessageState {
    const KIND: &'static str = "webhook_message";
    type Event = WebhookMessageEvent;

    fn evolve(&mut self, event: WebhookMessageEvent, envelope: &EventEnvelope) {
        match event {
            WebhookMessageEvent::Created(e) => {
                self.created = Some(e);
                self.created_at = Some(envelope.occurred_at);
            }
            WebhookMessageEvent::Attempted(e) => {
                self.attempts = self.attempts.max(e.attempt);
                self.round_attempts += 1;
                self.last_attempt = Some(e);
            }
            WebhookMessageEvent::Delivered(_) => self.status = MessageStatus::Delivered,
            WebhookMessageEvent::Failed(_) => self.status = MessageStatus::Failed,
            WebhookMessageEvent::RetryRequested(_) => {
                self.status = MessageStatus::Pending;
                self.round_attempts = 0;
                self.last_attempt = None;
                self.round = envelope.id.to_string();
            }
        }
    }
}

impl MessageState {
    pub fn exists(&self) -> bool {
        self.created.is_some()
    }

    pub fn create(&self, created: MessageCreated) -> Option<MessageCreated> {
        (!self.exists()).then_some(created)
    }

    /// Whether a delivery is still owed.
    pub fn pending(&self) -> bool {
        self.exists() && self.status == MessageStatus::Pending
    }

    /// Whether the last attempt ended the round (a success, 410, or the schedule's last try)
    /// and only its outcome is left to record.
    fn round_over(&self) -> bool {
        self.last_attempt.as_ref().is_some_and(|a| success(a.status_code) || a.next_attempt_at.is_none())
    }

    /// How long until the next try is due, when it is not due at `now` (a ticket that came
    /// back early).
    pub fn wait(&self, now: DateTime<Utc>) -> Option<std::time::Duration> {
        let due = self.last_attempt.as_ref()?.next_attempt_at?;
        (due > now).then(|| (due - now).to_std().unwrap_or_default())
    }

    /// Records one try of message `id`: the attempt, and when the next is due (`None` after the
    /// last). `None` when no try is owed now: the message is finished, or its round is over and
    /// only the outcome is left to record ([`Self::conclusion`]).
    pub fn attempt(
        &self,
        id: MessageId,
        outcome: AttemptOutcome,
        schedule: &RetrySchedule,
        now: DateTime<Utc>,
    ) -> Option<MessageAttempted> {
        if !self.pending() || self.round_over() {
            return None;
        }
        let round = self.round_attempts + 1;
        let final_try = outcome.succeeded() || outcome.gone() || round >= schedule.attempts();
        let next_attempt_at = (!final_try).then(|| now + schedule.delay_after(id, round));
        Some(MessageAttempted {
            attempt: self.attempts + 1,
            url: outcome.url,
            status_code: outcome.status_code,
            latency_ms: outcome.latency_ms,
            error: outcome.error,
            response_excerpt: excerpt(&outcome.response_excerpt),
            next_attempt_at,
        })
    }

    /// The outcome to record once the round is over: delivered after a success, failed after a
    /// 410 or the schedule's last try. `None` while tries remain, or once it is recorded.
    pub fn conclusion(&self) -> Option<WebhookMessageEvent> {
        if !self.pending() || !self.round_over() {
            return None;
        }
        let last = self.last_attempt.as_ref()?;
        if success(last.status_code) {
            return Some(MessageDelivered { attempt: last.attempt }.into());
        }
        let tries = self.round_attempts;
        let reason = match (last.status_code, &last.error) {
            (Some(410), _) => "the endpoint answered 410 Gone".to_owned(),
            (Some(code), _) => format!("no success after {tries} attempts; the last answered {code}"),
            (None, Some(error)) => format!("no success after {tries} attempts; the last: {error}"),
            (None, None) => format!("no success after {tries} attempts"),
        };
        Some(MessageFailed { attempts: self.attempts, reason }.into())
    }

    /// Whether the round ended with 410 Gone (the endpoint is to be disabled).
    pub fn ended_gone(&self) -> bool {
        self.round_over() && self.last_attempt.as_ref().is_some_and(|a| a.status_code == Some(410))
    }

    /// Fails a message that cannot be sent at all (its endpoint was deleted or disabled, its
    /// secret cannot be opened).
    pub fn abandon(&self, reason: &str) -> Option<MessageFailed> {
        self.pending().then(|| MessageFailed { attempts: self.attempts, reason: reason.to_owned() })
    }

    /// Sends the message again now, with a new round of the schedule: a failed one, or a
    /// pending one waiting for its next try. `None` when there is nothing to hurry: it was
    /// delivered, its round just ended (its outcome is being recorded), or a try is due now (one
    /// may be under way).
    pub fn retry(&self, id: MessageId, actor: Actor, now: DateTime<Utc>) -> Result<Option<RetryRequested>, DomainError> {
        if !self.exists() {
            return Err(DomainError::NotFound { resource: "webhook message", id: id.to_string() });
        }
        let hurry = match self.status {
            MessageStatus::Failed => true,
            MessageStatus::Delivered => false,
            MessageStatus::Pending => !self.round_over() && self.wait(now).is_some(),
        };
        Ok(hurry.then_some(RetryRequested { actor }))
    }
}

/// At most [`RESPONSE_EXCERPT_BYTES`] of `text`, cut at a character boundary.
fn excerpt(text: &str) -> String {
    let mut end = text.len().min(RESPONSE_EXCERPT_BYTES);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    text[..end].to_owned()
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use super::*;
    use crate::fakes::Given;

    fn created() -> MessageCreated {
        MessageCreated {
            target: Target::Callback { url: "https://a.example/cb".into() },
            event_type: EventType::Test,
            body: "{}".into(),
            job: None,
            source_event: None,
        }
    }

    fn answer(status: Option<u16>) -> AttemptOutcome {
        AttemptOutcome {
            url: "https://a.example/cb".into(),
            status_code: status,
            latency_ms: 3,
            error: None,
            response_excerpt: "é".repeat(600),
        }
    }

    #[test]
    fn failures_follow_the_schedule_then_the_message_fails_and_a_retry_starts_over() {
        let now = Utc::now();
        let id = MessageId::new();
        let schedule = RetrySchedule::new(vec![Duration::ZERO, Duration::from_secs(5), Duration::from_secs(60)]);
        let mut given = Given::<MessageState>::new();
        given.event(created(), now);
        for round in 1..=3 {
            let attempted = given.state.attempt(id, answer(Some(503)), &schedule, now).unwrap();
            assert_eq!(attempted.next_attempt_at.is_some(), round < 3, "attempt {round}");
            assert!(attempted.response_excerpt.len() <= RESPONSE_EXCERPT_BYTES);
            given.event(attempted, now);
            if round < 3 {
                assert!(given.state.wait(now).is_some(), "the next try is not due yet");
            }
            if let Some(outcome) = given.state.conclusion() {
                assert!(given.state.attempt(id, answer(Some(200)), &schedule, now).is_none(), "no try once the round is over");
                given.event(outcome, now);
            }
        }
        assert_eq!(given.state.status, MessageStatus::Failed);
        assert!(given.state.attempt(id, answer(Some(200)), &schedule, now).is_none());
        let retry = given.state.retry(id, Actor::System, now).unwrap().unwrap();
        given.event(retry, now);
        let attempted = given.state.attempt(id, answer(Some(204)), &schedule, now).unwrap();
        assert_eq!(attempted.attempt, 4);
        given.event(attempted, now);
        let outcome = given.state.conclusion().unwrap();
        assert!(matches!(outcome, WebhookMessageEvent::Delivered(MessageDelivered { attempt: 4 })));
        given.event(outcome, now);
        assert_eq!(given.state.status, MessageStatus::Delivered);
        assert_eq!(given.state.retry(id, Actor::System, now).unwrap(), None);
    }

    #[test]
    fn gone_ends_at_once() {
        let now = Utc::now();
        let mut given = Given::<MessageState>::new();
        given.event(created(), now);
        let attempted = given.state.attempt(MessageId::new(), answer(Some(410)), &RetrySchedule::default(), now).unwrap();
        assert_eq!(attempted.next_attempt_at, None);
        given.event(attempted, now);
        assert!(given.state.ended_gone());
        match given.state.conclusion() {
            Some(WebhookMessageEvent::Failed(failed)) => assert_eq!(failed.attempts, 1, "the attempt just made counts"),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn a_retry_hurries_a_waiting_or_failed_message_only() {
        let now = Utc::now();
        let id = MessageId::new();
        let schedule = RetrySchedule::new(vec![Duration::ZERO, Duration::from_secs(60)]);
        let mut given = Given::<MessageState>::new();
        given.event(created(), now);
        assert_eq!(given.state.retry(id, Actor::System, now).unwrap(), None, "the first try is due now");
        let attempted = given.state.attempt(id, answer(Some(500)), &schedule, now).unwrap();
        given.event(attempted, now);
        let retry = given.state.retry(id, Actor::System, now).unwrap().expect("waiting a minute: hurried");
        given.event(retry, now);
        assert_ne!(given.state.round, "", "a new round, named by its request");
        let attempted = given.state.attempt(id, answer(Some(200)), &schedule, now).unwrap();
        given.event(attempted, now);
        assert_eq!(given.state.retry(id, Actor::System, now).unwrap(), None, "delivered, its outcome being recorded");
    }
}
