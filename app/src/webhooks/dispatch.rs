//! The dispatcher's use cases: the messages the log's events call for, the tickets queued from
//! the log, and each attempt prepared (loaded, signed) and recorded. The dispatcher in
//! `veracity_workers::webhooks` runs them.

use std::time::Duration;

use chrono::{DateTime, Utc};
use veracity_domain::accounts::events::Origin;
use veracity_domain::aggregate::fold;
use veracity_domain::billing::CreditAccountEvent;
use veracity_domain::detection::JobState;
use veracity_domain::detection::job::JobEvent;
use veracity_domain::events::EventEnum;
use veracity_domain::ports::{MessageTicket, SecretSealer, WebhookHealth, WebhookQueue, WebhookSender, secret_context};
use veracity_domain::webhooks::signature::{secret_key, signature_header};
use veracity_domain::webhooks::{
    AttemptOutcome, DisableReason, EventType, MessageCreated, MessageState, PayloadFormat, SealedSecret, Target, WebhookMessageEvent,
    Webhooks, payload,
};
use veracity_domain::{AggregatePosition, AggregateRef, DomainError, JobId, MessageId, RecordedEvent, TenantId, WebhookId};

use super::{WebhookSettings, create_message, ensure_callback_secret, message_ref, webhooks, webhooks_ref};
use crate::commands::{Cmd, append, append_and_fold, execute, load};

/// What the dispatcher works with.
pub struct Dispatch<'a> {
    pub sealer: &'a dyn SecretSealer,
    pub sender: &'a dyn WebhookSender,
    pub queue: &'a dyn WebhookQueue,
    pub health: &'a dyn WebhookHealth,
    pub settings: &'a WebhookSettings,
}

/// The dispatcher's lane of a target: an endpoint, or one callback host of one tenant, so a
/// hung receiver only holds up its own messages.
pub fn lane(tenant: TenantId, target: &Target) -> String {
    match target {
        Target::Endpoint { endpoint } => endpoint.to_string(),
        Target::Callback { url } => {
            let host = url.split("://").nth(1).and_then(|rest| rest.split(['/', '?', '#']).next()).unwrap_or_default();
            let host: String = host.chars().filter(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | ':' | '[' | ']')).take(100).collect();
            format!("callback-{tenant}-{host}")
        }
    }
}

/// Whether the dispatcher reads an event of the log: job results and low balances make
/// messages; messages made and retries asked for are queued.
pub fn dispatcher_wants(envelope: &veracity_domain::EventEnvelope) -> bool {
    use veracity_domain::billing::CreditsLowBalance;
    use veracity_domain::detection::job::{JobCompleted, JobFailed};
    use veracity_domain::events::DomainEvent;
    use veracity_domain::webhooks::{MessageCreated, RetryRequested};
    matches!(
        envelope.event_type.as_str(),
        JobCompleted::EVENT_TYPE
            | JobFailed::EVENT_TYPE
            | CreditsLowBalance::EVENT_TYPE
            | MessageCreated::EVENT_TYPE
            | RetryRequested::EVENT_TYPE
    )
}

/// The aggregate kinds of the events [`dispatcher_wants`]: jobs', credit accounts' and
/// webhook messages'.
pub fn dispatcher_kinds() -> Vec<&'static str> {
    use veracity_domain::billing::CreditAccountEvent;
    use veracity_domain::detection::job::JobEvent;
    use veracity_domain::events::EventEnum;
    vec![JobEvent::AGGREGATE, CreditAccountEvent::AGGREGATE, WebhookMessageEvent::AGGREGATE]
}

/// Queues a ticket for a message made or retried (an event of the log): the only way tickets
/// are queued, so none is missed when a process dies between recording and queueing. Answers
/// whether it queued one.
pub async fn queue_from_log(cmd: Cmd<'_>, d: &Dispatch<'_>, event: &RecordedEvent) -> Result<bool, DomainError> {
    let e = &event.envelope;
    if e.aggregate_type != WebhookMessageEvent::AGGREGATE {
        return Ok(false);
    }
    let message: MessageId = e.aggregate_id.parse().map_err(|_| DomainError::internal(format!("message event {} on a bad id", e.id)))?;
    let (target, nonce) = match WebhookMessageEvent::decode(e)? {
        WebhookMessageEvent::Created(created) => (lane(e.tenant, &created.target), String::new()),
        // The retry's own event id: queued even right after the message's first ticket.
        WebhookMessageEvent::RetryRequested(_) => {
            let (state, _) = load::<MessageState>(cmd.events, &e.aggregate()?).await?;
            let created = state.created.ok_or_else(|| DomainError::internal(format!("a retry of message {message}, never made")))?;
            (lane(e.tenant, &created.target), e.id.to_string())
        }
        WebhookMessageEvent::Attempted(_) | WebhookMessageEvent::Delivered(_) | WebhookMessageEvent::Failed(_) => return Ok(false),
    };
    d.queue.enqueue(MessageTicket { tenant: e.tenant, message, target, nonce }).await?;
    Ok(true)
}

/// Makes the messages one event of the log calls for, to the tenant's endpoints and the job's
/// `callback_url`. Safe to repeat: each message's id derives from the event and its target.
/// Answers how many messages it made (or found made).
pub async fn fan_out(cmd: Cmd<'_>, d: &Dispatch<'_>, event: &RecordedEvent) -> Result<usize, DomainError> {
    let e = &event.envelope;
    let tenant = e.tenant;
    let (job, state, types) = match e.aggregate_type.as_str() {
        JobEvent::AGGREGATE => {
            let types = match JobEvent::decode(e)? {
                JobEvent::Completed(_) => vec![EventType::ScanCompleted, EventType::DeepfakeDetected],
                JobEvent::Failed(_) => vec![EventType::JobFailed],
                JobEvent::UploadReceived(_)
                | JobEvent::Submitted(_)
                | JobEvent::Started(_)
                | JobEvent::Deleted(_)
                | JobEvent::MediaPurged(_) => return Ok(0),
            };
            let job: JobId = e.aggregate_id.parse().map_err(|_| DomainError::internal(format!("job event {} on a bad id", e.id)))?;
            // The job as of this event: a later delete must not empty the message.
            let history = cmd.events.load(&e.aggregate()?, 0).await?;
            let upto: Vec<RecordedEvent> = history.into_iter().filter(|h| h.sequence <= event.sequence).collect();
            let (state, _) = fold::<JobState>(&upto)?;
            (Some(job), Some(state), types)
        }
        CreditAccountEvent::AGGREGATE => match CreditAccountEvent::decode(e)? {
            CreditAccountEvent::LowBalance(_) => (None, None, vec![EventType::LowBalance]),
            CreditAccountEvent::Granted(_)
            | CreditAccountEvent::Purchased(_)
            | CreditAccountEvent::Reserved(_)
            | CreditAccountEvent::Captured(_)
            | CreditAccountEvent::Released(_)
            | CreditAccountEvent::Refunded(_)
            | CreditAccountEvent::Expired(_)
            | CreditAccountEvent::PlanChanged(_) => return Ok(0),
        },
        _ => return Ok(0),
    };
    let base = d.settings.public_base_url.as_str();
    let data = || match (&job, &state) {
        (Some(job), Some(state)) => Ok(payload::job_summary(*job, state, base)),
        _ => match CreditAccountEvent::decode(e)? {
            CreditAccountEvent::LowBalance(low) => Ok(payload::low_balance(&low, base)),
            _ => Err(DomainError::internal("only a low balance makes a credit message")),
        },
    };
    let callback_url = state.as_ref().and_then(|s| s.submitted.as_ref()).and_then(|s| s.options.callback_url.clone());
    let mut config = webhooks(cmd, tenant).await?;
    if callback_url.is_some() && config.callback.secrets.is_none() {
        config = ensure_callback_secret(cmd, d.sealer, tenant, Origin::system()).await?;
    }
    let mut made = 0;
    for event_type in types {
        let mut targets: Vec<(Target, PayloadFormat)> = config
            .endpoints
            .iter()
            .filter(|endpoint| endpoint.receives(event_type))
            // An endpoint gets what happens after it was made, never history (a replay).
            .filter(|endpoint| endpoint.created_at <= e.occurred_at)
            .filter(|endpoint| {
                event_type != EventType::DeepfakeDetected
                    || state.as_ref().is_some_and(|s| payload::is_detected(s, endpoint.settings.risk_threshold))
            })
            .map(|endpoint| (Target::Endpoint { endpoint: endpoint.id }, endpoint.settings.payload_format))
            .collect();
        if let Some(url) = &callback_url
            && matches!(event_type, EventType::ScanCompleted | EventType::JobFailed)
        {
            targets.push((Target::Callback { url: url.clone() }, PayloadFormat::Veracity));
        }
        // One body per format in use, made once.
        let mut bodies: Vec<(PayloadFormat, String)> = Vec::new();
        for (target, format) in targets {
            let body = match bodies.iter().find(|(f, _)| *f == format) {
                Some((_, body)) => body.clone(),
                None => {
                    let data = match (format, &job, &state) {
                        (PayloadFormat::Veriplus, Some(job), Some(state)) => payload::veriplus_job(*job, state),
                        _ => data()?,
                    };
                    let body = payload::body_as(format, event_type, e.occurred_at, data);
                    bodies.push((format, body.clone()));
                    body
                }
            };
            let id = MessageId::derived(&[&e.id.to_string(), &target.key(), event_type.as_str()]);
            let created = MessageCreated { target, event_type, body, job, source_event: Some(e.id) };
            create_message(cmd, tenant, id, created).await?;
            made += 1;
        }
    }
    Ok(made)
}

/// A request ready to send.
#[derive(Debug, Clone)]
pub struct Outgoing {
    pub url: String,
    pub headers: Vec<(&'static str, String)>,
    pub body: String,
    /// The endpoint's limit, if any.
    pub rate_limit_per_second: Option<u32>,
    /// When the endpoint was created or last enabled again (none for callbacks).
    enabled_since: Option<DateTime<Utc>>,
    state: MessageState,
    position: AggregatePosition,
}

impl Outgoing {
    /// The job the message is about, if any.
    pub fn job(&self) -> Option<JobId> {
        self.state.created.as_ref().and_then(|c| c.job)
    }

    /// The message's event type, e.g. `deepfake.scan_completed`.
    pub fn event_type(&self) -> &'static str {
        self.state.created.as_ref().map_or("unknown", |c| c.event_type.as_str())
    }

    /// Which attempt of the message this request is (1 for the first).
    pub fn attempt(&self) -> u32 {
        self.state.attempts + 1
    }
}

/// How soon a ticket comes back after losing a race with another writer of its message.
const RECHECK: Duration = Duration::from_secs(1);

/// What the dispatcher does with a ticket.
#[derive(Debug)]
pub enum Prepared {
    /// Nothing is owed (delivered, failed, or finished now): acknowledge the ticket.
    Done,
    /// The next try is not due yet (a ticket that came back early): come back then.
    Later(Duration),
    Send(Box<Outgoing>),
}

/// The signed request for a message's next attempt; or `Done` when nothing is owed: the message
/// is finished, its round ended without its outcome recorded (a dispatcher died in between:
/// the outcome is recorded now, nothing is sent again), or it cannot be sent at all (its
/// endpoint was deleted or disabled, its secret cannot be opened: it fails with that reason).
pub async fn prepare(cmd: Cmd<'_>, d: &Dispatch<'_>, ticket: &MessageTicket) -> Result<Prepared, DomainError> {
    let agg = message_ref(ticket.tenant, ticket.message)?;
    let (state, position) = load::<MessageState>(cmd.events, &agg).await?;
    // A ticket of an earlier round (the message was retried since): the new round has its own.
    if !state.pending() || ticket.nonce != state.round {
        return Ok(Prepared::Done);
    }
    if state.conclusion().is_some() {
        return Ok(if finish(cmd, ticket, &state, position).await? { Prepared::Done } else { Prepared::Later(RECHECK) });
    }
    if let Some(wait) = state.wait(cmd.now) {
        return Ok(Prepared::Later(wait));
    }
    let created = state.created.clone().ok_or_else(|| DomainError::internal("a pending message without its creation"))?;
    let config = webhooks(cmd, ticket.tenant).await?;
    let abandon = |reason: String| abandon(cmd, &agg, &state, position, reason);
    let (url, sealed, rate, endpoint, enabled_since) = match &created.target {
        Target::Endpoint { endpoint } => match config.endpoint(*endpoint) {
            None => return abandon("the endpoint was deleted".into()).await,
            // A test message is sent to a disabled endpoint too: it is how one checks it.
            Some(e) if !e.settings.enabled && created.event_type != EventType::Test => {
                return abandon("the endpoint is disabled".into()).await;
            }
            Some(e) => {
                let secrets: Vec<SealedSecret> = e.secrets.signing(cmd.now).into_iter().cloned().collect();
                (e.settings.url.clone(), secrets, e.settings.rate_limit_per_second, Some(e.id), Some(e.enabled_since))
            }
        },
        Target::Callback { url } => match &config.callback.secrets {
            Some(ring) => (url.clone(), ring.signing(cmd.now).into_iter().cloned().collect(), None, None, None),
            None => return abandon("the organisation has no callback secret".into()).await,
        },
    };
    let context = secret_context(ticket.tenant, endpoint);
    let mut keys = Vec::with_capacity(sealed.len());
    for secret in &sealed {
        match d.sealer.open(secret, &context).and_then(|text| secret_key(&text)) {
            Ok(key) => keys.push(key),
            // Sealed with another key (a deployment whose webhooks.secret_key changed): trying
            // again cannot help, and the message says why it was not sent.
            Err(DomainError::Internal(why)) => return abandon(format!("the signing secret cannot be used: {why}")).await,
            Err(other) => return Err(other),
        }
    }
    let id = ticket.message.to_string();
    let timestamp = cmd.now.timestamp();
    let headers = vec![
        ("content-type", "application/json".to_owned()),
        ("webhook-id", id.clone()),
        ("webhook-timestamp", timestamp.to_string()),
        ("webhook-signature", signature_header(&keys, &id, timestamp, created.body.as_bytes())),
    ];
    Ok(Prepared::Send(Box::new(Outgoing { url, headers, body: created.body, rate_limit_per_second: rate, enabled_since, state, position })))
}

/// Fails a message that cannot be sent, with `reason`.
async fn abandon(
    cmd: Cmd<'_>,
    agg: &AggregateRef,
    state: &MessageState,
    position: AggregatePosition,
    reason: String,
) -> Result<Prepared, DomainError> {
    if let Some(failed) = state.abandon(&reason) {
        match append::<MessageState>(cmd, agg, position, &failed.into()).await {
            Ok(_) => {}
            // Changed meanwhile: the ticket comes back and is decided on the new state.
            Err(DomainError::Concurrency { .. }) => return Ok(Prepared::Later(RECHECK)),
            Err(other) => return Err(other),
        }
    }
    Ok(Prepared::Done)
}

/// What became of an attempt.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Next {
    /// Delivered: acknowledge the ticket.
    Delivered,
    /// Failed for good (the schedule ran out, or 410 Gone): acknowledge the ticket.
    Failed,
    /// Another writer changed the message meanwhile: the ticket comes back after this long
    /// and is decided on the new state (never acknowledged while the message is owed).
    Recheck(Duration),
    /// Try again after this long.
    RetryAfter(Duration),
}

/// Records an attempt's outcome and decides what follows. After 410 Gone the endpoint is
/// disabled; after a failure, so is an endpoint that has failed for the configured period
/// without a success since it was (re-)enabled.
pub async fn record(
    cmd: Cmd<'_>,
    d: &Dispatch<'_>,
    ticket: &MessageTicket,
    sent: Outgoing,
    outcome: AttemptOutcome,
) -> Result<Next, DomainError> {
    let agg = message_ref(ticket.tenant, ticket.message)?;
    let Outgoing { mut state, position, enabled_since, .. } = sent;
    let succeeded = outcome.succeeded();
    let Some(attempted) = state.attempt(ticket.message, outcome, &d.settings.schedule, cmd.now) else {
        return Ok(Next::Recheck(RECHECK));
    };
    let next_at = attempted.next_attempt_at;
    let position = match append_and_fold::<MessageState>(cmd, &agg, position, &mut state, attempted.into()).await {
        Ok(appended) => appended.position(),
        // Changed meanwhile (a retry asked for, another dispatcher's attempt): decided again.
        Err(DomainError::Concurrency { .. }) => return Ok(Next::Recheck(RECHECK)),
        Err(other) => return Err(other),
    };
    let endpoint = state.created.as_ref().and_then(|c| c.target.endpoint());
    if let (Some(endpoint), Some(enabled_since), false) = (endpoint, enabled_since, succeeded)
        && let Some(since) = d.health.failing_since(ticket.tenant, endpoint).await?
    {
        let since = since.max(enabled_since);
        if cmd.now - since >= d.settings.disable_after {
            let detail = format!("no successful delivery since {}", since.to_rfc3339());
            disable(cmd, ticket.tenant, endpoint, DisableReason::Failing, detail).await?;
        }
    }
    if !finish(cmd, ticket, &state, position).await? {
        return Ok(Next::Recheck(RECHECK));
    }
    Ok(match next_at {
        _ if succeeded => Next::Delivered,
        Some(at) => Next::RetryAfter((at - cmd.now).to_std().unwrap_or_default()),
        None => Next::Failed,
    })
}

/// Once a round is over: disables the endpoint after 410 Gone (first, so a crash before the
/// outcome repeats it), then records the outcome. True when there is nothing left to record;
/// false when the message changed meanwhile (decide again).
async fn finish(cmd: Cmd<'_>, ticket: &MessageTicket, state: &MessageState, position: AggregatePosition) -> Result<bool, DomainError> {
    let Some(conclusion) = state.conclusion() else { return Ok(true) };
    if state.ended_gone()
        && let Some(endpoint) = state.created.as_ref().and_then(|c| c.target.endpoint())
    {
        disable(cmd, ticket.tenant, endpoint, DisableReason::Gone, "the endpoint answered 410 Gone".into()).await?;
    }
    let agg = message_ref(ticket.tenant, ticket.message)?;
    match append::<MessageState>(cmd, &agg, position, &conclusion).await {
        Ok(_) => Ok(true),
        Err(DomainError::Concurrency { .. }) => Ok(false),
        Err(other) => Err(other),
    }
}

async fn disable(cmd: Cmd<'_>, tenant: TenantId, endpoint: WebhookId, reason: DisableReason, detail: String) -> Result<(), DomainError> {
    let agg = webhooks_ref(tenant)?;
    let decide = |s: &Webhooks| Ok::<_, DomainError>(s.disable(endpoint, reason, detail.clone()).map(Into::into));
    let (appended, _) = execute::<Webhooks, DomainError>(cmd, &agg, decide).await?;
    if appended.is_some() {
        tracing::warn!(%tenant, %endpoint, reason = reason.as_str(), %detail, "webhook endpoint disabled");
    }
    Ok(())
}
