//! Webhooks: managing endpoints and secrets, and the messages people ask for (tests, retries,
//! recovery). The HTTP handlers call these; the dispatcher's use cases ([`fan_out`],
//! [`queue_from_log`], [`prepare`], [`record`]) are in `dispatch`, its counters in `metrics`.

use chrono::{DateTime, Utc};
use veracity_domain::accounts::Actor;
use veracity_domain::accounts::events::Origin;
use veracity_domain::ports::{FetchError, SecretSealer, TenantScope, WebhookSender, WebhooksRead, secret_context};
use veracity_domain::webhooks::{
    Endpoint, EndpointSettings, EventType, MessageCreated, MessageState, PayloadFormat, RetrySchedule, Target, Webhooks, payload,
};
use veracity_domain::{AggregatePosition, AggregateRef, Appended, DomainError, MessageId, TenantId, WebhookId};

use crate::commands::{Cmd, aggregate, append, execute, load};
use crate::error::AppError;

/// How the service treats webhooks (from the configuration).
#[derive(Debug, Clone)]
pub struct WebhookSettings {
    pub schedule: RetrySchedule,
    /// How long a rotated-out secret keeps signing.
    pub rotation_grace: chrono::Duration,
    /// An endpoint failing this long without a success is disabled.
    pub disable_after: chrono::Duration,
    /// Put before `/v1/jobs/{id}` in `links.self` (empty: the path alone).
    pub public_base_url: String,
}

impl Default for WebhookSettings {
    fn default() -> Self {
        Self {
            schedule: RetrySchedule::default(),
            rotation_grace: chrono::Duration::hours(24),
            disable_after: chrono::Duration::days(5),
            public_base_url: String::new(),
        }
    }
}

/// The most messages one `recover` call re-sends.
pub const MAX_RECOVER: u64 = 1_000;

fn webhooks_ref(tenant: TenantId) -> Result<AggregateRef, DomainError> {
    aggregate::<Webhooks>(tenant, tenant.to_string())
}

fn message_ref(tenant: TenantId, message: MessageId) -> Result<AggregateRef, DomainError> {
    aggregate::<MessageState>(tenant, message.to_string())
}

/// The tenant's webhook configuration as the log holds it now.
pub async fn webhooks(cmd: Cmd<'_>, tenant: TenantId) -> Result<Webhooks, DomainError> {
    Ok(load::<Webhooks>(cmd.events, &webhooks_ref(tenant)?).await?.0)
}

/// Whether `url` may receive webhooks, as a 422 on `url` when not. A host that does not resolve
/// (yet) is accepted: its deliveries fail until it does, and every send checks its addresses.
async fn check_url(sender: &dyn WebhookSender, url: &str) -> Result<(), DomainError> {
    match sender.check(url).await {
        Ok(()) | Err(FetchError::Unreachable(_)) => Ok(()),
        Err(FetchError::Refused(why)) => Err(DomainError::invalid("url", why)),
        Err(FetchError::TooLarge { .. }) => Err(DomainError::invalid("url", "refused")),
    }
}

/// Creates an endpoint; answers it and its signing secret (shown this once).
pub async fn create_endpoint(
    cmd: Cmd<'_>,
    sealer: &dyn SecretSealer,
    sender: &dyn WebhookSender,
    tenant: TenantId,
    settings: EndpointSettings,
    origin: Origin,
) -> Result<(Endpoint, String), AppError> {
    let settings = settings.check()?;
    check_url(sender, &settings.url).await?;
    let id = WebhookId::new();
    let (secret, sealed) = sealer.generate(&secret_context(tenant, Some(id)))?;
    let agg = webhooks_ref(tenant)?;
    let decide = |state: &Webhooks| state.create(id, settings.clone(), sealed.clone(), origin.clone()).map(|e| e.map(Into::into));
    execute::<Webhooks, DomainError>(cmd, &agg, decide).await?;
    let endpoint = webhooks(cmd, tenant).await?.require(id)?.clone();
    Ok((endpoint, secret))
}

/// What an update changes; `None` keeps the current value.
#[derive(Debug, Clone, Default)]
pub struct EndpointChanges {
    pub url: Option<String>,
    pub event_types: Option<Vec<EventType>>,
    pub description: Option<String>,
    pub enabled: Option<bool>,
    /// `Some(None)` removes the limit.
    pub rate_limit_per_second: Option<Option<u32>>,
    pub risk_threshold: Option<u8>,
    pub payload_format: Option<PayloadFormat>,
}

impl EndpointChanges {
    fn apply(&self, mut settings: EndpointSettings) -> EndpointSettings {
        if let Some(url) = &self.url {
            settings.url = url.clone();
        }
        if let Some(types) = &self.event_types {
            settings.event_types = types.clone();
        }
        if let Some(description) = &self.description {
            settings.description = description.clone();
        }
        if let Some(enabled) = self.enabled {
            settings.enabled = enabled;
        }
        if let Some(rate) = self.rate_limit_per_second {
            settings.rate_limit_per_second = rate;
        }
        if let Some(threshold) = self.risk_threshold {
            settings.risk_threshold = threshold;
        }
        if let Some(format) = self.payload_format {
            settings.payload_format = format;
        }
        settings
    }
}

pub async fn update_endpoint(
    cmd: Cmd<'_>,
    sender: &dyn WebhookSender,
    tenant: TenantId,
    id: WebhookId,
    changes: EndpointChanges,
    origin: Origin,
) -> Result<Endpoint, AppError> {
    if let Some(url) = &changes.url {
        check_url(sender, url.trim()).await?;
    }
    let agg = webhooks_ref(tenant)?;
    let decide = |state: &Webhooks| {
        let settings = changes.apply(state.require(id)?.settings.clone());
        state.update(id, settings, origin.clone()).map(|e| e.map(Into::into))
    };
    execute::<Webhooks, DomainError>(cmd, &agg, decide).await?;
    Ok(webhooks(cmd, tenant).await?.require(id)?.clone())
}

pub async fn delete_endpoint(cmd: Cmd<'_>, tenant: TenantId, id: WebhookId, origin: Origin) -> Result<Option<Appended>, AppError> {
    let agg = webhooks_ref(tenant)?;
    let (appended, _) = execute::<Webhooks, DomainError>(cmd, &agg, |s| s.delete(id, origin.clone()).map(|e| Some(e.into()))).await?;
    Ok(appended)
}

/// A new signing secret for an endpoint (`Some`) or the callback secret (`None`); the previous
/// one keeps signing for `grace`. Answers the new secret, shown this once, and until when the
/// previous one signs (none when there was none, or `grace` is zero).
pub async fn rotate_secret(
    cmd: Cmd<'_>,
    sealer: &dyn SecretSealer,
    tenant: TenantId,
    id: Option<WebhookId>,
    grace: chrono::Duration,
    origin: Origin,
) -> Result<(String, Option<DateTime<Utc>>), AppError> {
    let (secret, sealed) = sealer.generate(&secret_context(tenant, id))?;
    let agg = webhooks_ref(tenant)?;
    let decide = |state: &Webhooks| state.rotate(id, sealed.clone(), grace, cmd.now, origin.clone()).map(|e| Some(e.into()));
    let (_, before) = execute::<Webhooks, DomainError>(cmd, &agg, decide).await?;
    let had_one = id.is_some() || before.callback.secrets.is_some();
    Ok((secret, (had_one && grace > chrono::Duration::zero()).then(|| cmd.now + grace)))
}

/// Makes the tenant's callback secret if it has none.
async fn ensure_callback_secret(
    cmd: Cmd<'_>,
    sealer: &dyn SecretSealer,
    tenant: TenantId,
    origin: Origin,
) -> Result<Webhooks, DomainError> {
    let agg = webhooks_ref(tenant)?;
    let (current, _) = load::<Webhooks>(cmd.events, &agg).await?;
    if current.callback.secrets.is_some() {
        return Ok(current);
    }
    let (_, sealed) = sealer.generate(&secret_context(tenant, None))?;
    let decide = |state: &Webhooks| Ok::<_, DomainError>(state.ensure_callback_secret(sealed.clone(), origin.clone()).map(Into::into));
    execute::<Webhooks, DomainError>(cmd, &agg, decide).await?;
    webhooks(cmd, tenant).await
}

/// The callback secret (made now if there is none), shown once per secret.
pub async fn reveal_callback_secret(cmd: Cmd<'_>, sealer: &dyn SecretSealer, tenant: TenantId, origin: Origin) -> Result<String, AppError> {
    ensure_callback_secret(cmd, sealer, tenant, origin.clone()).await?;
    let agg = webhooks_ref(tenant)?;
    let decide = |state: &Webhooks| {
        if state.callback.revealed {
            return Err(AppError::SecretAlreadyShown);
        }
        Ok(state.reveal_callback_secret(origin.clone())?.map(Into::into))
    };
    let (_, state) = execute::<Webhooks, AppError>(cmd, &agg, decide).await?;
    let ring = state.callback.secrets.ok_or_else(|| DomainError::internal("the callback secret vanished"))?;
    Ok(sealer.open(&ring.current, &secret_context(tenant, None))?)
}

/// Appends `created` as message `id` unless it exists. The dispatcher's log reader queues it
/// ([`queue_from_log`]), so a message recorded is a message sent, whatever fails after.
async fn create_message(cmd: Cmd<'_>, tenant: TenantId, id: MessageId, created: MessageCreated) -> Result<(), DomainError> {
    let agg = message_ref(tenant, id)?;
    // Appended at "no events yet": a message made again (the fan-out re-reading the log after
    // a restart) is refused as a concurrent write, and nothing changes.
    match append::<MessageState>(cmd, &agg, AggregatePosition::EMPTY, &created.into()).await {
        Ok(_) | Err(DomainError::Concurrency { .. }) => Ok(()),
        Err(other) => Err(other),
    }
}

/// Sends a `webhook.test` message to an endpoint (enabled or not); answers its id.
pub async fn send_test(cmd: Cmd<'_>, tenant: TenantId, endpoint: WebhookId) -> Result<MessageId, AppError> {
    let state = webhooks(cmd, tenant).await?;
    let format = state.require(endpoint)?.settings.payload_format;
    let id = MessageId::new();
    let created = MessageCreated {
        target: Target::Endpoint { endpoint },
        event_type: EventType::Test,
        body: payload::body_as(format, EventType::Test, cmd.now, payload::test(endpoint)),
        job: None,
        source_event: None,
    };
    create_message(cmd, tenant, id, created).await?;
    Ok(id)
}

/// Sends a message again now, with a new round of the retry schedule: a failed one, or a
/// pending one waiting for its next try. False when there is nothing to hurry (delivered, or a
/// try is due or under way): nothing is done.
pub async fn retry_message(cmd: Cmd<'_>, tenant: TenantId, message: MessageId, actor: Actor) -> Result<bool, AppError> {
    let agg = message_ref(tenant, message)?;
    let decide = |s: &MessageState| s.retry(message, actor.clone(), cmd.now).map(|e| e.map(Into::into));
    let (appended, _) = execute::<MessageState, DomainError>(cmd, &agg, decide).await?;
    Ok(appended.is_some())
}

/// Sends again the messages to `endpoint` that failed since `since`, oldest first, at most
/// [`MAX_RECOVER`] per call: answers how many, and whether more remain (call again).
pub async fn recover(
    cmd: Cmd<'_>,
    reads: &dyn WebhooksRead,
    scope: &TenantScope,
    endpoint: WebhookId,
    since: DateTime<Utc>,
    actor: Actor,
) -> Result<(u64, bool), AppError> {
    webhooks(cmd, scope.tenant()).await?.require(endpoint)?;
    let failed = reads.failed_since(scope, endpoint, since, MAX_RECOVER + 1).await?;
    let more = failed.len() as u64 > MAX_RECOVER;
    let mut queued = 0;
    for message in failed.into_iter().take(MAX_RECOVER as usize) {
        if retry_message(cmd, scope.tenant(), message, actor.clone()).await? {
            queued += 1;
        }
    }
    Ok((queued, more))
}

mod dispatch;
mod metrics;

pub use dispatch::{
    Dispatch, Next, Outgoing, Prepared, dispatcher_kinds, dispatcher_wants, fan_out, lane, prepare, queue_from_log, record,
};
pub use metrics::WebhookMetrics;

#[cfg(test)]
mod tests;
