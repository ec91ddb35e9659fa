//! A tenant's webhook endpoints and its callback secret: one aggregate per tenant
//! (`<tenant>.webhooks.<tenant>`), small by construction (at most [`MAX_ENDPOINTS`]), so the
//! dispatcher reads a tenant's whole configuration in one load, in log order.
//!
//! Signing secrets are held sealed ([`SealedSecret`], an AEAD ciphertext made by the
//! `SecretSealer` port): the log and the read models never see one in clear.

use chrono::{DateTime, Duration, Utc};
use serde::{Deserialize, Serialize};

use super::EventType;
use crate::accounts::events::Origin;
use crate::aggregate::Aggregate;
use crate::error::DomainError;
use crate::events::{EventEnvelope, event, event_enum};
use crate::ids::WebhookId;

/// Most endpoints one organisation may have.
pub const MAX_ENDPOINTS: usize = 50;
/// Longest endpoint URL.
pub const MAX_URL_LEN: usize = 2048;
/// Longest description.
pub const MAX_DESCRIPTION_LEN: usize = 500;
/// Highest `rate_limit_per_second`.
pub const MAX_RATE_PER_SECOND: u32 = 1_000;
/// The risk score from which `deepfake.deepfake_detected` is sent, unless the endpoint says.
pub const DEFAULT_RISK_THRESHOLD: u8 = 70;

/// A secret sealed by the `SecretSealer` port: opaque text, never the secret itself.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct SealedSecret(pub String);

impl std::fmt::Debug for SealedSecret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SealedSecret(…)")
    }
}

/// The shape of the bodies an endpoint receives (signed the same way either way).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PayloadFormat {
    /// `{type, timestamp, data}`, `data` as the event catalogue documents it.
    #[default]
    Veracity,
    /// Veriplus's (reference 004): `{event, timestamp, data}`, a job's `data` as
    /// `{jobId, mediaType, isDeepfake, confidence, manipulationType}` (see [`super::payload`]).
    Veriplus,
}

impl PayloadFormat {
    pub fn as_str(self) -> &'static str {
        match self {
            PayloadFormat::Veracity => "veracity",
            PayloadFormat::Veriplus => "veriplus",
        }
    }
}

/// What an endpoint receives and how.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EndpointSettings {
    pub url: String,
    /// The event types sent to it; empty means every type.
    pub event_types: Vec<EventType>,
    pub description: String,
    pub enabled: bool,
    /// Most deliveries per second to it; `None`: no limit beyond the dispatcher's concurrency.
    pub rate_limit_per_second: Option<u32>,
    /// `deepfake.deepfake_detected` is sent from this risk score up (0-100).
    pub risk_threshold: u8,
    /// Recorded from this version on; endpoints made before it are `veracity`.
    #[serde(default)]
    pub payload_format: PayloadFormat,
}

impl EndpointSettings {
    /// Checks the limits that do not need the network (the URL's target is the caller's check).
    pub fn check(mut self) -> Result<Self, DomainError> {
        self.url = self.url.trim().to_owned();
        if self.url.is_empty() || self.url.len() > MAX_URL_LEN {
            return Err(DomainError::invalid("url", format!("must be 1-{MAX_URL_LEN} characters")));
        }
        self.description = self.description.trim().to_owned();
        if self.description.chars().count() > MAX_DESCRIPTION_LEN {
            return Err(DomainError::invalid("description", format!("must be at most {MAX_DESCRIPTION_LEN} characters")));
        }
        if let Some(rate) = self.rate_limit_per_second
            && !(1..=MAX_RATE_PER_SECOND).contains(&rate)
        {
            return Err(DomainError::invalid("rate_limit_per_second", format!("must be 1-{MAX_RATE_PER_SECOND}")));
        }
        if self.risk_threshold > 100 {
            return Err(DomainError::invalid("risk_threshold", "must be 0-100"));
        }
        self.event_types.sort();
        self.event_types.dedup();
        Ok(self)
    }

    /// Whether messages of `event_type` go to this endpoint (enabled or not).
    pub fn subscribes_to(&self, event_type: EventType) -> bool {
        self.event_types.is_empty() || self.event_types.contains(&event_type)
    }
}

/// Why the service disabled an endpoint.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DisableReason {
    /// It answered 410 Gone.
    Gone,
    /// No successful delivery for the configured period while deliveries kept failing.
    Failing,
}

impl DisableReason {
    pub fn as_str(self) -> &'static str {
        match self {
            DisableReason::Gone => "gone",
            DisableReason::Failing => "failing",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EndpointCreated {
    pub endpoint: WebhookId,
    pub settings: EndpointSettings,
    pub secret: SealedSecret,
    pub origin: Origin,
}
event!(EndpointCreated, "webhook.endpoint_created");

/// The endpoint's settings after the change (all of them).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EndpointUpdated {
    pub endpoint: WebhookId,
    pub settings: EndpointSettings,
    pub origin: Origin,
}
event!(EndpointUpdated, "webhook.endpoint_updated");

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EndpointDeleted {
    pub endpoint: WebhookId,
    pub origin: Origin,
}
event!(EndpointDeleted, "webhook.endpoint_deleted");

/// The service stopped sending to an endpoint; an update with `enabled: true` resumes it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EndpointDisabled {
    pub endpoint: WebhookId,
    pub reason: DisableReason,
    /// What was seen, e.g. "answered 410 Gone" or "failing since …".
    pub detail: String,
}
event!(EndpointDisabled, "webhook.endpoint_disabled");

/// A new signing secret; the previous one keeps signing until `previous_valid_until`.
/// `endpoint: None` is the callback secret.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SecretRotated {
    pub endpoint: Option<WebhookId>,
    pub secret: SealedSecret,
    pub previous_valid_until: DateTime<Utc>,
    pub origin: Origin,
}
event!(SecretRotated, "webhook.secret_rotated");

/// The secret that signs messages to per-job `callback_url`s, made on first use.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CallbackSecretCreated {
    pub secret: SealedSecret,
    pub origin: Origin,
}
event!(CallbackSecretCreated, "webhook.callback_secret_created");

/// The callback secret was shown to someone (it is shown once per secret).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CallbackSecretRevealed {
    pub origin: Origin,
}
event!(CallbackSecretRevealed, "webhook.callback_secret_revealed");

event_enum! {
    /// The events of a tenant's webhook configuration (`<tenant>.webhooks.<tenant>`).
    pub enum WebhooksEvent for "webhooks" {
        EndpointCreated(EndpointCreated),
        EndpointUpdated(EndpointUpdated),
        EndpointDeleted(EndpointDeleted),
        EndpointDisabled(EndpointDisabled),
        SecretRotated(SecretRotated),
        CallbackSecretCreated(CallbackSecretCreated),
        CallbackSecretRevealed(CallbackSecretRevealed),
    }
}

/// The current secret and, during a rotation's grace period, the previous one.
#[derive(Debug, Clone, PartialEq)]
pub struct SecretRing {
    pub current: SealedSecret,
    pub previous: Option<(SealedSecret, DateTime<Utc>)>,
}

impl SecretRing {
    fn new(secret: SealedSecret) -> Self {
        Self { current: secret, previous: None }
    }

    fn rotate(&mut self, secret: SealedSecret, previous_valid_until: DateTime<Utc>) {
        let previous = std::mem::replace(&mut self.current, secret);
        self.previous = Some((previous, previous_valid_until));
    }

    /// The secrets that sign a message sent at `now`: the current one first.
    pub fn signing(&self, now: DateTime<Utc>) -> Vec<&SealedSecret> {
        let mut secrets = vec![&self.current];
        if let Some((previous, until)) = &self.previous
            && *until > now
        {
            secrets.push(previous);
        }
        secrets
    }

    /// Until when the previous secret signs too, if it still does at `now`.
    pub fn previous_valid_until(&self, now: DateTime<Utc>) -> Option<DateTime<Utc>> {
        self.previous.as_ref().map(|(_, until)| *until).filter(|until| *until > now)
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Endpoint {
    pub id: WebhookId,
    pub settings: EndpointSettings,
    pub secrets: SecretRing,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    /// When it was created or last enabled again: failures before it do not count towards
    /// disabling it.
    pub enabled_since: DateTime<Utc>,
    /// Set when the service disabled it (and `settings.enabled` went false with it).
    pub disabled: Option<(DisableReason, String, DateTime<Utc>)>,
}

impl Endpoint {
    /// Whether a message of `event_type` is sent to it now.
    pub fn receives(&self, event_type: EventType) -> bool {
        self.settings.enabled && self.settings.subscribes_to(event_type)
    }
}

#[derive(Debug, Clone, Default)]
pub struct CallbackSecret {
    pub secrets: Option<SecretRing>,
    /// Whether the current secret was shown.
    pub revealed: bool,
}

/// A tenant's webhook configuration.
#[derive(Debug, Clone, Default)]
pub struct Webhooks {
    /// Oldest first; deleted endpoints are gone from it.
    pub endpoints: Vec<Endpoint>,
    pub callback: CallbackSecret,
}

impl Aggregate for Webhooks {
    const KIND: &'static str = "webhooks";
    type Event = WebhooksEvent;

    fn evolve(&mut self, event: WebhooksEvent, envelope: &EventEnvelope) {
        let at = envelope.occurred_at;
        match event {
            WebhooksEvent::EndpointCreated(e) => self.endpoints.push(Endpoint {
                id: e.endpoint,
                settings: e.settings,
                secrets: SecretRing::new(e.secret),
                created_at: at,
                updated_at: at,
                enabled_since: at,
                disabled: None,
            }),
            WebhooksEvent::EndpointUpdated(e) => {
                if let Some(endpoint) = self.endpoint_mut(e.endpoint) {
                    if e.settings.enabled && !endpoint.settings.enabled {
                        endpoint.enabled_since = at;
                    }
                    if e.settings.enabled {
                        endpoint.disabled = None;
                    }
                    endpoint.settings = e.settings;
                    endpoint.updated_at = at;
                }
            }
            WebhooksEvent::EndpointDeleted(e) => self.endpoints.retain(|x| x.id != e.endpoint),
            WebhooksEvent::EndpointDisabled(e) => {
                if let Some(endpoint) = self.endpoint_mut(e.endpoint) {
                    endpoint.settings.enabled = false;
                    endpoint.disabled = Some((e.reason, e.detail, at));
                    endpoint.updated_at = at;
                }
            }
            WebhooksEvent::SecretRotated(e) => match e.endpoint {
                Some(id) => {
                    if let Some(endpoint) = self.endpoint_mut(id) {
                        endpoint.secrets.rotate(e.secret, e.previous_valid_until);
                        endpoint.updated_at = at;
                    }
                }
                None => {
                    match &mut self.callback.secrets {
                        Some(ring) => ring.rotate(e.secret, e.previous_valid_until),
                        None => self.callback.secrets = Some(SecretRing::new(e.secret)),
                    }
                    // A rotation answers with the new secret: it counts as shown.
                    self.callback.revealed = true;
                }
            },
            WebhooksEvent::CallbackSecretCreated(e) => {
                self.callback = CallbackSecret { secrets: Some(SecretRing::new(e.secret)), revealed: false };
            }
            WebhooksEvent::CallbackSecretRevealed(_) => self.callback.revealed = true,
        }
    }
}

fn not_found(id: WebhookId) -> DomainError {
    DomainError::NotFound { resource: "webhook endpoint", id: id.to_string() }
}

impl Webhooks {
    pub fn endpoint(&self, id: WebhookId) -> Option<&Endpoint> {
        self.endpoints.iter().find(|e| e.id == id)
    }

    fn endpoint_mut(&mut self, id: WebhookId) -> Option<&mut Endpoint> {
        self.endpoints.iter_mut().find(|e| e.id == id)
    }

    /// The endpoint, or `NotFound` (also for another tenant's id: they are never told apart).
    pub fn require(&self, id: WebhookId) -> Result<&Endpoint, DomainError> {
        self.endpoint(id).ok_or_else(|| not_found(id))
    }

    pub fn create(
        &self,
        endpoint: WebhookId,
        settings: EndpointSettings,
        secret: SealedSecret,
        origin: Origin,
    ) -> Result<Option<EndpointCreated>, DomainError> {
        if self.endpoint(endpoint).is_some() {
            return Ok(None);
        }
        if self.endpoints.len() >= MAX_ENDPOINTS {
            return Err(DomainError::invalid("endpoints", format!("an organisation may have at most {MAX_ENDPOINTS} webhook endpoints")));
        }
        Ok(Some(EndpointCreated { endpoint, settings: settings.check()?, secret, origin }))
    }

    /// The change to `settings`, or `None` when they are already so.
    pub fn update(&self, id: WebhookId, settings: EndpointSettings, origin: Origin) -> Result<Option<EndpointUpdated>, DomainError> {
        let current = self.require(id)?;
        let settings = settings.check()?;
        Ok((settings != current.settings).then_some(EndpointUpdated { endpoint: id, settings, origin }))
    }

    pub fn delete(&self, id: WebhookId, origin: Origin) -> Result<EndpointDeleted, DomainError> {
        self.require(id)?;
        Ok(EndpointDeleted { endpoint: id, origin })
    }

    pub fn rotate(
        &self,
        id: Option<WebhookId>,
        secret: SealedSecret,
        grace: Duration,
        now: DateTime<Utc>,
        origin: Origin,
    ) -> Result<SecretRotated, DomainError> {
        if let Some(id) = id {
            self.require(id)?;
        }
        Ok(SecretRotated { endpoint: id, secret, previous_valid_until: now + grace, origin })
    }

    /// Disables an enabled endpoint; `None` when it is gone or already disabled.
    pub fn disable(&self, id: WebhookId, reason: DisableReason, detail: String) -> Option<EndpointDisabled> {
        let endpoint = self.endpoint(id)?;
        endpoint.settings.enabled.then_some(EndpointDisabled { endpoint: id, reason, detail })
    }

    /// Makes the callback secret if there is none yet.
    pub fn ensure_callback_secret(&self, secret: SealedSecret, origin: Origin) -> Option<CallbackSecretCreated> {
        self.callback.secrets.is_none().then_some(CallbackSecretCreated { secret, origin })
    }

    /// Shows the callback secret, once: `Ok(None)` when there is none yet (the caller makes it
    /// first), an error when it was already shown.
    pub fn reveal_callback_secret(&self, origin: Origin) -> Result<Option<CallbackSecretRevealed>, DomainError> {
        if self.callback.revealed {
            return Err(DomainError::invalid(
                "callback_secret",
                "the callback secret was already shown once; rotate it (POST /v1/webhooks/callback-secret) to get a new one",
            ));
        }
        Ok(self.callback.secrets.as_ref().map(|_| CallbackSecretRevealed { origin }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fakes::Given;

    fn settings(url: &str) -> EndpointSettings {
        EndpointSettings {
            url: url.into(),
            event_types: vec![],
            description: String::new(),
            enabled: true,
            rate_limit_per_second: None,
            risk_threshold: DEFAULT_RISK_THRESHOLD,
            payload_format: PayloadFormat::Veracity,
        }
    }

    #[test]
    fn rotation_signs_with_both_secrets_until_the_grace_ends() {
        let now = Utc::now();
        let id = WebhookId::new();
        let mut given = Given::<Webhooks>::new();
        let created =
            given.state.create(id, settings("https://a.example/h"), SealedSecret("old".into()), Origin::system()).unwrap().unwrap();
        given.event(created, now);
        let rotated = given.state.rotate(Some(id), SealedSecret("new".into()), Duration::hours(24), now, Origin::system()).unwrap();
        given.event(rotated, now);
        let ring = &given.state.require(id).unwrap().secrets;
        assert_eq!(ring.signing(now).len(), 2);
        assert_eq!(ring.signing(now)[0], &SealedSecret("new".into()));
        assert_eq!(ring.signing(now + Duration::hours(25)), vec![&SealedSecret("new".into())]);
    }

    #[test]
    fn limits_are_checked() {
        let state = Webhooks::default();
        let mut bad = settings("https://a.example/h");
        bad.risk_threshold = 101;
        assert!(state.create(WebhookId::new(), bad, SealedSecret("s".into()), Origin::system()).is_err());
        let mut bad = settings("https://a.example/h");
        bad.rate_limit_per_second = Some(0);
        assert!(state.create(WebhookId::new(), bad, SealedSecret("s".into()), Origin::system()).is_err());
        assert!(state.create(WebhookId::new(), settings(" "), SealedSecret("s".into()), Origin::system()).is_err());
    }

    #[test]
    fn disabling_stops_deliveries_and_an_update_resumes_them() {
        let now = Utc::now();
        let id = WebhookId::new();
        let mut given = Given::<Webhooks>::new();
        let created = given.state.create(id, settings("https://a.example/h"), SealedSecret("s".into()), Origin::system()).unwrap().unwrap();
        given.event(created, now);
        let disabled = given.state.disable(id, DisableReason::Gone, "answered 410".into()).unwrap();
        given.event(disabled, now);
        assert!(!given.state.require(id).unwrap().receives(EventType::ScanCompleted));
        assert!(given.state.disable(id, DisableReason::Gone, "again".into()).is_none());
        let updated = given.state.update(id, settings("https://a.example/h"), Origin::system()).unwrap().unwrap();
        given.event(updated, now);
        assert!(given.state.require(id).unwrap().receives(EventType::ScanCompleted));
        assert!(given.state.require(id).unwrap().disabled.is_none());
    }

    #[test]
    fn the_callback_secret_is_shown_once() {
        let now = Utc::now();
        let mut given = Given::<Webhooks>::new();
        assert_eq!(given.state.reveal_callback_secret(Origin::system()).unwrap(), None);
        let made = given.state.ensure_callback_secret(SealedSecret("s".into()), Origin::system()).unwrap();
        given.event(made, now);
        assert!(given.state.ensure_callback_secret(SealedSecret("t".into()), Origin::system()).is_none());
        let shown = given.state.reveal_callback_secret(Origin::system()).unwrap().unwrap();
        given.event(shown, now);
        assert!(given.state.reveal_callback_secret(Origin::system()).is_err());
    }
}
