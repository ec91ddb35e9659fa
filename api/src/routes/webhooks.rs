//! `/v1/webhooks`: endpoints that receive signed events, their secrets, the delivery log,
//! retries and recovery, and the per-job callback secret.

mod views;

use chrono::{DateTime, TimeDelta, Utc};
use poem::web::Data;
use poem_openapi::param::{Path, Query};
use poem_openapi::payload::Json;
use poem_openapi::types::{Example, MaybeUndefined};
use poem_openapi::{ApiResponse, Object, OpenApi};
use veracity_app::webhooks::{self as use_cases, EndpointChanges};
use veracity_domain::ports::{MessageFilter, Page, WebhooksRead};
use veracity_domain::webhooks::endpoints::DEFAULT_RISK_THRESHOLD;
use veracity_domain::webhooks::{EndpointSettings, EventType, MessageStatus};
use veracity_domain::{DomainError, MessageId, WebhookId};

use views::*;

use super::ApiTags;
use crate::error::ApiError;
use crate::extract::WebhookManager;
use crate::state::AppState;

pub struct WebhooksApi;

/// The id that names the per-job callback URLs in the delivery-log paths.
const CALLBACK: &str = "callback";
/// The longest grace period of a rotated-out secret.
const MAX_GRACE: TimeDelta = TimeDelta::days(30);

#[derive(Debug, Object)]
#[oai(example)]
#[oai(skip_serializing_if_is_none)]
pub struct CreateWebhookEndpoint {
    /// Where to POST the events: `https`, a public address (checked now and at every send); at
    /// most 2048 characters.
    #[oai(validator(max_length = 2048))]
    pub url: String,
    /// Default: every event type.
    #[oai(validator(max_items = 16))]
    pub event_types: Option<Vec<WebhookEventType>>,
    /// Up to 500 characters, for you.
    #[oai(validator(max_length = 500))]
    pub description: Option<String>,
    /// Default true.
    pub enabled: Option<bool>,
    /// 1-1000 deliveries per second at most; default: no limit (8 in flight at once).
    pub rate_limit_per_second: Option<u32>,
    /// `deepfake.deepfake_detected` is sent from this risk score up; default 70.
    pub risk_threshold: Option<u8>,
    // Default `veracity`; `veriplus` for receivers written for Veriplus's webhooks (the enum says more).
    pub payload_format: Option<PayloadFormatView>,
}

impl Example for CreateWebhookEndpoint {
    fn example() -> Self {
        CreateWebhookEndpoint {
            url: "https://hooks.example.com/veracity".into(),
            event_types: Some(vec![WebhookEventType::ScanCompleted, WebhookEventType::DeepfakeDetected]),
            description: Some("KYC review queue".into()),
            enabled: None,
            rate_limit_per_second: Some(20),
            risk_threshold: Some(70),
            payload_format: None,
        }
    }
}

/// Fields to change; absent fields stay. `rate_limit_per_second: null` removes the limit.
#[derive(Debug, Object)]
#[oai(example)]
#[oai(skip_serializing_if_is_none)]
pub struct UpdateWebhookEndpoint {
    #[oai(validator(max_length = 2048))]
    pub url: Option<String>,
    #[oai(validator(max_items = 16))]
    pub event_types: Option<Vec<WebhookEventType>>,
    #[oai(validator(max_length = 500))]
    pub description: Option<String>,
    /// `true` also resumes an endpoint Veracity disabled.
    pub enabled: Option<bool>,
    pub rate_limit_per_second: MaybeUndefined<u32>,
    pub risk_threshold: Option<u8>,
    pub payload_format: Option<PayloadFormatView>,
}

impl Example for UpdateWebhookEndpoint {
    fn example() -> Self {
        UpdateWebhookEndpoint {
            url: None,
            event_types: None,
            description: None,
            enabled: Some(true),
            rate_limit_per_second: MaybeUndefined::Null,
            risk_threshold: Some(80),
            payload_format: None,
        }
    }
}

#[derive(ApiResponse)]
pub enum CreateResponse {
    /// The endpoint exists; `secret` is shown only now.
    #[oai(status = 201)]
    Created(Json<WebhookEndpointWithSecret>),
}

#[derive(ApiResponse)]
pub enum DeleteResponse {
    /// Deleted: nothing more is sent to it; its pending messages fail.
    #[oai(status = 204)]
    Deleted,
}

#[derive(ApiResponse)]
pub enum QueuedResponse {
    /// Queued: the dispatcher sends it within moments.
    #[oai(status = 202)]
    Queued(Json<Queued>),
}

#[derive(ApiResponse)]
pub enum RetryResponse {
    /// Queued again, or left alone (a delivered message: `queued: false`).
    #[oai(status = 202)]
    Accepted(Json<RetryOutcome>),
}

#[derive(ApiResponse)]
pub enum RecoverResponse {
    #[oai(status = 202)]
    Accepted(Json<RecoverOutcome>),
}

fn not_found(id: &str) -> ApiError {
    DomainError::NotFound { resource: "webhook endpoint", id: id.to_owned() }.into()
}

fn endpoint_id(raw: &str) -> Result<WebhookId, ApiError> {
    raw.parse().map_err(|_| not_found(raw))
}

/// An endpoint id, or `callback` (None) for the per-job callback URLs' log.
fn log_target(raw: &str) -> Result<Option<WebhookId>, ApiError> {
    if raw == CALLBACK { Ok(None) } else { endpoint_id(raw).map(Some) }
}

fn message_id(raw: &str) -> Result<MessageId, ApiError> {
    raw.parse().map_err(|_| DomainError::NotFound { resource: "webhook message", id: raw.to_owned() }.into())
}

fn grace(seconds: Option<i64>, default: TimeDelta) -> Result<TimeDelta, ApiError> {
    // Out of `TimeDelta`'s range is out of the allowed range too.
    let grace = seconds.map_or(default, |s| TimeDelta::try_seconds(s).unwrap_or(TimeDelta::MAX));
    if grace < TimeDelta::zero() || grace > MAX_GRACE {
        return Err(DomainError::invalid("grace_period_seconds", "must be 0-2592000 (30 days)").into());
    }
    Ok(grace)
}

fn types(list: Option<&Vec<WebhookEventType>>) -> Option<Vec<EventType>> {
    list.map(|l| l.iter().map(|t| (*t).into()).collect())
}

/// The message, if it belongs to the caller's tenant and to `target`.
async fn owned_message(
    state: &AppState,
    manager: &WebhookManager,
    target: Option<WebhookId>,
    raw: &str,
) -> Result<veracity_domain::ports::MessageRow, ApiError> {
    let id = message_id(raw)?;
    // A deleted endpoint's log goes with it, as its message list does.
    if let Some(endpoint) = target {
        use_cases::webhooks(state.cmd(&manager.request_id), manager.tenant).await?.require(endpoint)?;
    }
    let row = state.reads.get_message(&manager.scope, id).await?;
    row.filter(|m| m.endpoint == target).ok_or_else(|| DomainError::NotFound { resource: "webhook message", id: raw.to_owned() }.into())
}

#[OpenApi(tag = "ApiTags::Webhooks")]
impl WebhooksApi {
    /// Create a webhook endpoint
    ///
    /// Registers a URL to receive signed events (see `GET /v1/webhooks/event-types`). The URL must
    /// be `https` and resolve only to public addresses (422 `VALIDATION_FAILED` names the reason);
    /// it is checked again at every send. The answer holds the endpoint's signing secret, shown
    /// this once: every delivery carries `webhook-id`, `webhook-timestamp` and `webhook-signature`
    /// headers per Standard Webhooks. Admin access token with "manage webhooks" (owner, admin,
    /// developer), or an API key with `webhooks:write`. At most 50 endpoints per organisation.
    #[oai(path = "/v1/webhooks", method = "post", operation_id = "createWebhookEndpoint")]
    async fn create(
        &self,
        state: Data<&AppState>,
        manager: WebhookManager,
        body: Json<CreateWebhookEndpoint>,
    ) -> Result<CreateResponse, ApiError> {
        let settings = EndpointSettings {
            url: body.url.clone(),
            event_types: types(body.event_types.as_ref()).unwrap_or_default(),
            description: body.description.clone().unwrap_or_default(),
            enabled: body.enabled.unwrap_or(true),
            rate_limit_per_second: body.rate_limit_per_second,
            risk_threshold: body.risk_threshold.unwrap_or(DEFAULT_RISK_THRESHOLD),
            payload_format: body.payload_format.map(Into::into).unwrap_or_default(),
        };
        let w = &state.webhooks;
        let cmd = state.cmd(&manager.request_id);
        let (endpoint, secret) =
            use_cases::create_endpoint(cmd, w.sealer.as_ref(), w.sender.as_ref(), manager.tenant, settings, manager.origin.clone()).await?;
        let endpoint = WebhookEndpoint::view(&endpoint, state.clock.now());
        Ok(CreateResponse::Created(Json(WebhookEndpointWithSecret { endpoint, secret })))
    }

    /// List webhook endpoints
    ///
    /// Your organisation's endpoints, newest first (never their secrets). Cursor pagination:
    /// pass the last `id` you got as `starting_after`.
    #[oai(path = "/v1/webhooks", method = "get", operation_id = "listWebhookEndpoints")]
    async fn list(
        &self,
        state: Data<&AppState>,
        manager: WebhookManager,
        /// 1-100, default 20.
        #[oai(validator(minimum(value = "1"), maximum(value = "100")))]
        limit: Query<Option<u64>>,
        /// The `id` of the last endpoint of the previous page.
        starting_after: Query<Option<String>>,
    ) -> Result<Json<WebhookEndpointPage>, ApiError> {
        let page = Page::new(limit.0, starting_after.0)?;
        let config = use_cases::webhooks(state.cmd(&manager.request_id), manager.tenant).await?;
        let now = state.clock.now();
        let mut newest_first: Vec<_> = config.endpoints.iter().rev().collect();
        if let Some(after) = &page.starting_after {
            let position = newest_first
                .iter()
                .position(|e| e.id.to_string() == *after)
                .ok_or_else(|| ApiError::from(DomainError::invalid("starting_after", "no endpoint has this id")))?;
            newest_first.drain(..=position);
        }
        let rows: Vec<_> = newest_first.into_iter().take(page.fetch() as usize).collect();
        let paged = veracity_domain::ports::Paged::from_rows(rows, &page, |e| e.id.to_string());
        let data = paged.data.iter().map(|e| WebhookEndpoint::view(e, now)).collect();
        Ok(Json(WebhookEndpointPage { data, has_more: paged.has_more, next_cursor: paged.next_cursor }))
    }

    /// List webhook event types
    ///
    /// Every event type an endpoint can receive, what it means, and the JSON Schema of its body
    /// (`{type, timestamp, data}`). No authentication needed.
    #[oai(path = "/v1/webhooks/event-types", method = "get", operation_id = "listWebhookEventTypes")]
    async fn event_types(&self) -> Result<Json<EventTypeList>, ApiError> {
        // Fallible only at the edge (see `getHealth`), declared so the document lists it.
        let data = EventType::ALL
            .into_iter()
            .map(|t| EventTypeInfo { name: t.into(), description: t.description().to_owned(), schema: t.schema() })
            .collect();
        Ok(Json(EventTypeList { data }))
    }

    /// Reveal the callback secret
    ///
    /// The secret that signs messages to the `callback_url` of your detection jobs (made on first
    /// use). Shown once: a second call answers 409 `SECRET_ALREADY_SHOWN`; rotate it to get a
    /// new one.
    #[oai(path = "/v1/webhooks/callback-secret", method = "get", operation_id = "getCallbackSecret")]
    async fn callback_secret(&self, state: Data<&AppState>, manager: WebhookManager) -> Result<Json<SigningSecret>, ApiError> {
        let cmd = state.cmd(&manager.request_id);
        let secret = use_cases::reveal_callback_secret(cmd, state.webhooks.sealer.as_ref(), manager.tenant, manager.origin.clone()).await?;
        Ok(Json(SigningSecret { secret, previous_secret_valid_until: None }))
    }

    /// Rotate the callback secret
    ///
    /// A new callback secret, shown in this answer. The previous one keeps signing (a second
    /// `v1,` entry in `webhook-signature`) for `grace_period_seconds` (default 86400 = 24 h).
    #[oai(path = "/v1/webhooks/callback-secret", method = "post", operation_id = "rotateCallbackSecret")]
    async fn rotate_callback_secret(
        &self,
        state: Data<&AppState>,
        manager: WebhookManager,
        /// How long the previous secret keeps signing, in seconds (default 86400, at most 30 days).
        #[oai(validator(minimum(value = "0"), maximum(value = "2592000")))]
        grace_period_seconds: Query<Option<i64>>,
    ) -> Result<Json<SigningSecret>, ApiError> {
        let grace = grace(grace_period_seconds.0, state.webhooks.settings.rotation_grace)?;
        let cmd = state.cmd(&manager.request_id);
        let (secret, until) =
            use_cases::rotate_secret(cmd, state.webhooks.sealer.as_ref(), manager.tenant, None, grace, manager.origin.clone()).await?;
        Ok(Json(SigningSecret { secret, previous_secret_valid_until: until }))
    }

    /// Get a webhook endpoint
    ///
    /// One endpoint of your organisation: its URL, event types, limits, whether it is enabled
    /// (and why not, when Veracity disabled it), and until when a rotated-out secret still
    /// signs; never its secret. Another organisation's endpoint is a 404.
    #[oai(path = "/v1/webhooks/:endpoint_id", method = "get", operation_id = "getWebhookEndpoint")]
    async fn get(
        &self,
        state: Data<&AppState>,
        manager: WebhookManager,
        endpoint_id: Path<String>,
    ) -> Result<Json<WebhookEndpoint>, ApiError> {
        let id = self::endpoint_id(&endpoint_id)?;
        let config = use_cases::webhooks(state.cmd(&manager.request_id), manager.tenant).await?;
        Ok(Json(WebhookEndpoint::view(config.require(id)?, state.clock.now())))
    }

    /// Update a webhook endpoint
    ///
    /// Changes its URL (checked as at creation), event types, description, rate limit, risk
    /// threshold, or enables and disables it. The secret stays.
    #[oai(path = "/v1/webhooks/:endpoint_id", method = "patch", operation_id = "updateWebhookEndpoint")]
    async fn update(
        &self,
        state: Data<&AppState>,
        manager: WebhookManager,
        endpoint_id: Path<String>,
        body: Json<UpdateWebhookEndpoint>,
    ) -> Result<Json<WebhookEndpoint>, ApiError> {
        let id = self::endpoint_id(&endpoint_id)?;
        let changes = EndpointChanges {
            url: body.url.clone(),
            event_types: types(body.event_types.as_ref()),
            description: body.description.clone(),
            enabled: body.enabled,
            rate_limit_per_second: match body.rate_limit_per_second {
                MaybeUndefined::Value(rate) => Some(Some(rate)),
                MaybeUndefined::Null => Some(None),
                MaybeUndefined::Undefined => None,
            },
            risk_threshold: body.risk_threshold,
            payload_format: body.payload_format.map(Into::into),
        };
        let cmd = state.cmd(&manager.request_id);
        let endpoint =
            use_cases::update_endpoint(cmd, state.webhooks.sender.as_ref(), manager.tenant, id, changes, manager.origin.clone()).await?;
        Ok(Json(WebhookEndpoint::view(&endpoint, state.clock.now())))
    }

    /// Delete a webhook endpoint
    ///
    /// Nothing more is sent to it; its messages still pending fail with "the endpoint was deleted".
    /// Its delivery log goes with it: its messages and their attempts are then 404.
    #[oai(path = "/v1/webhooks/:endpoint_id", method = "delete", operation_id = "deleteWebhookEndpoint")]
    async fn delete(&self, state: Data<&AppState>, manager: WebhookManager, endpoint_id: Path<String>) -> Result<DeleteResponse, ApiError> {
        let id = self::endpoint_id(&endpoint_id)?;
        use_cases::delete_endpoint(state.cmd(&manager.request_id), manager.tenant, id, manager.origin.clone()).await?;
        Ok(DeleteResponse::Deleted)
    }

    /// Rotate an endpoint's signing secret
    ///
    /// A new secret, shown in this answer. The previous one keeps signing for
    /// `grace_period_seconds` (default 86400 = 24 h, at most 30 days; 0 ends it now): each
    /// delivery's `webhook-signature` then holds two `v1,` entries, so you can deploy the new
    /// secret without rejecting anything. A second rotation within the grace period ends the
    /// oldest secret at once.
    #[oai(path = "/v1/webhooks/:endpoint_id/rotate-secret", method = "post", operation_id = "rotateWebhookSecret")]
    async fn rotate(
        &self,
        state: Data<&AppState>,
        manager: WebhookManager,
        endpoint_id: Path<String>,
        /// How long the previous secret keeps signing, in seconds (default 86400).
        #[oai(validator(minimum(value = "0"), maximum(value = "2592000")))]
        grace_period_seconds: Query<Option<i64>>,
    ) -> Result<Json<SigningSecret>, ApiError> {
        let id = self::endpoint_id(&endpoint_id)?;
        let grace = grace(grace_period_seconds.0, state.webhooks.settings.rotation_grace)?;
        let cmd = state.cmd(&manager.request_id);
        let (secret, until) =
            use_cases::rotate_secret(cmd, state.webhooks.sealer.as_ref(), manager.tenant, Some(id), grace, manager.origin.clone()).await?;
        Ok(Json(SigningSecret { secret, previous_secret_valid_until: until }))
    }

    /// Send a test message
    ///
    /// Queues a `webhook.test` message to the endpoint (even a disabled one), signed like every
    /// other. Follow it in `GET /v1/webhooks/{id}/messages`.
    #[oai(path = "/v1/webhooks/:endpoint_id/test", method = "post", operation_id = "sendWebhookTest")]
    async fn test(&self, state: Data<&AppState>, manager: WebhookManager, endpoint_id: Path<String>) -> Result<QueuedResponse, ApiError> {
        let id = self::endpoint_id(&endpoint_id)?;
        let cmd = state.cmd(&manager.request_id);
        let message = use_cases::send_test(cmd, manager.tenant, id).await?;
        Ok(QueuedResponse::Queued(Json(Queued { message_id: message.to_string() })))
    }

    /// List an endpoint's messages
    ///
    /// The delivery log, newest first: each message, its status and attempts. `callback` as the
    /// id lists the messages sent to your jobs' `callback_url`s. The log trails the deliveries by
    /// a few milliseconds.
    #[oai(path = "/v1/webhooks/:endpoint_id/messages", method = "get", operation_id = "listWebhookMessages")]
    #[allow(clippy::too_many_arguments)]
    async fn messages(
        &self,
        state: Data<&AppState>,
        manager: WebhookManager,
        endpoint_id: Path<String>,
        /// `pending`, `delivered` or `failed`.
        status: Query<Option<DeliveryStatus>>,
        event_type: Query<Option<WebhookEventType>>,
        /// Created at or after.
        since: Query<Option<DateTime<Utc>>>,
        /// Created before.
        until: Query<Option<DateTime<Utc>>>,
        /// 1-100, default 20.
        #[oai(validator(minimum(value = "1"), maximum(value = "100")))]
        limit: Query<Option<u64>>,
        /// The `id` of the last message of the previous page.
        starting_after: Query<Option<String>>,
    ) -> Result<Json<WebhookMessagePage>, ApiError> {
        let target = log_target(&endpoint_id)?;
        if let Some(id) = target {
            use_cases::webhooks(state.cmd(&manager.request_id), manager.tenant).await?.require(id)?;
        }
        let page = Page::new(limit.0, starting_after.0)?;
        let filter = MessageFilter {
            status: status.0.map(MessageStatus::from),
            event_type: event_type.0.map(EventType::from),
            since: since.0,
            until: until.0,
        };
        let paged = state.reads.list_messages(&manager.scope, target, &filter, &page).await?.map(WebhookMessage::from);
        Ok(Json(WebhookMessagePage { data: paged.data, has_more: paged.has_more, next_cursor: paged.next_cursor }))
    }

    /// Get a message
    ///
    /// One message of the endpoint's delivery log (or of `callback`): its body, status, number
    /// of attempts, last answer and when the next try is due.
    #[oai(path = "/v1/webhooks/:endpoint_id/messages/:message_id", method = "get", operation_id = "getWebhookMessage")]
    async fn message(
        &self,
        state: Data<&AppState>,
        manager: WebhookManager,
        endpoint_id: Path<String>,
        message_id: Path<String>,
    ) -> Result<Json<WebhookMessage>, ApiError> {
        let target = log_target(&endpoint_id)?;
        Ok(Json(owned_message(&state, &manager, target, &message_id).await?.into()))
    }

    /// List a message's attempts
    ///
    /// Every try, newest first: the status answered (or why there was none), the latency, and
    /// the start of the answer (1 KB).
    #[oai(path = "/v1/webhooks/:endpoint_id/messages/:message_id/attempts", method = "get", operation_id = "listWebhookAttempts")]
    async fn attempts(
        &self,
        state: Data<&AppState>,
        manager: WebhookManager,
        endpoint_id: Path<String>,
        message_id: Path<String>,
        /// 1-100, default 20.
        #[oai(validator(minimum(value = "1"), maximum(value = "100")))]
        limit: Query<Option<u64>>,
        /// The attempt number of the last attempt of the previous page.
        starting_after: Query<Option<String>>,
    ) -> Result<Json<WebhookAttemptPage>, ApiError> {
        let target = log_target(&endpoint_id)?;
        let message = owned_message(&state, &manager, target, &message_id).await?;
        let page = Page::new(limit.0, starting_after.0)?;
        let paged = state.reads.list_attempts(&manager.scope, message.id, &page).await?.map(WebhookAttempt::from);
        Ok(Json(WebhookAttemptPage { data: paged.data, has_more: paged.has_more, next_cursor: paged.next_cursor }))
    }

    /// Retry a message
    ///
    /// Sends a message again now: a failed one with a new round of the retry schedule, a pending
    /// one (waiting for its next try) at once. A delivered message is left alone
    /// (`queued: false`).
    #[oai(path = "/v1/webhooks/:endpoint_id/messages/:message_id/retry", method = "post", operation_id = "retryWebhookMessage")]
    async fn retry(
        &self,
        state: Data<&AppState>,
        manager: WebhookManager,
        endpoint_id: Path<String>,
        message_id: Path<String>,
    ) -> Result<RetryResponse, ApiError> {
        let target = log_target(&endpoint_id)?;
        let message = owned_message(&state, &manager, target, &message_id).await?;
        let cmd = state.cmd(&manager.request_id);
        let actor = manager.origin.actor.clone();
        let queued = use_cases::retry_message(cmd, manager.tenant, message.id, actor).await?;
        let status = if queued { DeliveryStatus::Pending } else { message.status.into() };
        Ok(RetryResponse::Accepted(Json(RetryOutcome { queued, status })))
    }

    /// Recover failed messages
    ///
    /// Sends again the messages to this endpoint that failed since `since`, oldest first, up to
    /// 1,000 per call (`has_more`: call again), e.g. after fixing an outage on your side.
    #[oai(path = "/v1/webhooks/:endpoint_id/recover", method = "post", operation_id = "recoverWebhookMessages")]
    async fn recover(
        &self,
        state: Data<&AppState>,
        manager: WebhookManager,
        endpoint_id: Path<String>,
        /// Failed messages created at or after this time are sent again.
        since: Query<DateTime<Utc>>,
    ) -> Result<RecoverResponse, ApiError> {
        let id = self::endpoint_id(&endpoint_id)?;
        let cmd = state.cmd(&manager.request_id);
        let actor = manager.origin.actor.clone();
        let reads: &dyn WebhooksRead = state.reads.as_ref();
        let (queued, has_more) = use_cases::recover(cmd, reads, &manager.scope, id, since.0, actor).await?;
        Ok(RecoverResponse::Accepted(Json(RecoverOutcome { queued, has_more })))
    }
}
