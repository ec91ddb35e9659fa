//! The event log's unit: a versioned JSON envelope around a typed payload.
//!
//! Each aggregate instance (a tenant, an API key, a job, a credit account…) owns one ordered
//! stream of events, addressed by [`AggregateRef`]. Its *version* counts its events (1, 2, …);
//! its *sequence* is the position of its last event in the whole log, which is what optimistic
//! concurrency is checked against.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize, de::DeserializeOwned};

use crate::error::DomainError;
use crate::ids::{EventId, TenantId};

/// Envelope format version; bumped only if the envelope itself (not a payload) changes shape.
pub const ENVELOPE_VERSION: u32 = 1;

/// The address of one aggregate instance: `<tenant>.<aggregate type>.<id>` in the log.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct AggregateRef {
    tenant: TenantId,
    kind: String,
    id: String,
}

/// A token that is safe as one NATS subject segment and as a SQL key: 1–64 characters of
/// `[a-z0-9_]` (aggregate types) or `[A-Za-z0-9_-]` (aggregate ids).
fn check_token(field: &str, value: &str, allow_upper_and_dash: bool) -> Result<(), DomainError> {
    let ok_char = |c: char| {
        c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_' || (allow_upper_and_dash && (c.is_ascii_uppercase() || c == '-'))
    };
    if value.is_empty() || value.len() > 64 || !value.chars().all(ok_char) {
        let allowed = if allow_upper_and_dash { "[A-Za-z0-9_-]" } else { "[a-z0-9_]" };
        return Err(DomainError::invalid(field, format!("`{value}` must be 1-64 characters of {allowed}")));
    }
    Ok(())
}

impl AggregateRef {
    pub fn new(tenant: TenantId, kind: &str, id: impl Into<String>) -> Result<Self, DomainError> {
        let id = id.into();
        check_token("aggregate type", kind, false)?;
        check_token("aggregate id", &id, true)?;
        Ok(Self { tenant, kind: kind.to_owned(), id })
    }

    pub fn tenant(&self) -> TenantId {
        self.tenant
    }

    pub fn kind(&self) -> &str {
        &self.kind
    }

    pub fn id(&self) -> &str {
        &self.id
    }
}

impl std::fmt::Display for AggregateRef {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}/{}/{}", self.tenant, self.kind, self.id)
    }
}

/// Where an aggregate stands: how many events it has and the log sequence of the last one.
/// `AggregatePosition::EMPTY` is the position of an aggregate with no events yet.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct AggregatePosition {
    pub version: u64,
    pub last_sequence: u64,
}

impl AggregatePosition {
    pub const EMPTY: AggregatePosition = AggregatePosition { version: 0, last_sequence: 0 };

    /// The position after `events` (all of one aggregate, in order), or EMPTY for none.
    pub fn after(events: &[RecordedEvent]) -> Self {
        events.last().map_or(Self::EMPTY, |last| Self { version: last.envelope.version, last_sequence: last.sequence })
    }
}

/// A typed event payload. Implementors name their type and schema version once; the envelope
/// carries both so old events stay readable after a payload changes shape.
pub trait DomainEvent: Serialize + DeserializeOwned {
    /// Dotted, past tense, stable: e.g. `job.completed`.
    const EVENT_TYPE: &'static str;
    /// Bumped whenever the payload's shape changes incompatibly.
    const SCHEMA_VERSION: u32;
}

/// An event about to be appended. Its id doubles as the dedupe key of the append.
#[derive(Debug, Clone, PartialEq)]
pub struct NewEvent {
    pub id: EventId,
    pub event_type: String,
    pub schema_version: u32,
    pub occurred_at: DateTime<Utc>,
    /// The request (or job) that caused it, for tracing across services.
    pub correlation_id: Option<String>,
    pub payload: serde_json::Value,
}

impl NewEvent {
    pub fn from_domain<E: DomainEvent>(event: &E, occurred_at: DateTime<Utc>) -> Result<Self, DomainError> {
        let payload = serde_json::to_value(event).map_err(|e| DomainError::internal(format!("serialising {}: {e}", E::EVENT_TYPE)))?;
        Ok(Self {
            id: EventId::new(),
            event_type: E::EVENT_TYPE.to_owned(),
            schema_version: E::SCHEMA_VERSION,
            occurred_at,
            correlation_id: None,
            payload,
        })
    }

    pub fn with_correlation_id(mut self, correlation_id: impl Into<String>) -> Self {
        self.correlation_id = Some(correlation_id.into());
        self
    }

    /// The envelope this event is stored as, at aggregate version `version`.
    pub fn into_envelope(self, aggregate: &AggregateRef, version: u64) -> EventEnvelope {
        EventEnvelope {
            envelope_version: ENVELOPE_VERSION,
            id: self.id,
            event_type: self.event_type,
            schema_version: self.schema_version,
            tenant: aggregate.tenant,
            aggregate_type: aggregate.kind.clone(),
            aggregate_id: aggregate.id.clone(),
            version,
            occurred_at: self.occurred_at,
            correlation_id: self.correlation_id,
            payload: self.payload,
        }
    }
}

/// What is stored in the log, serialised as JSON.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EventEnvelope {
    pub envelope_version: u32,
    pub id: EventId,
    #[serde(rename = "type")]
    pub event_type: String,
    pub schema_version: u32,
    pub tenant: TenantId,
    pub aggregate_type: String,
    pub aggregate_id: String,
    /// 1-based position of this event within its aggregate.
    pub version: u64,
    pub occurred_at: DateTime<Utc>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub correlation_id: Option<String>,
    pub payload: serde_json::Value,
}

impl EventEnvelope {
    pub fn aggregate(&self) -> Result<AggregateRef, DomainError> {
        AggregateRef::new(self.tenant, &self.aggregate_type, self.aggregate_id.clone())
    }

    /// The typed payload, if this envelope holds an `E` of the schema version this build knows.
    pub fn decode<E: DomainEvent>(&self) -> Result<Option<E>, DomainError> {
        if self.event_type != E::EVENT_TYPE {
            return Ok(None);
        }
        if self.schema_version != E::SCHEMA_VERSION {
            return Err(DomainError::internal(format!(
                "{} has schema version {}, this build reads {}",
                self.event_type,
                self.schema_version,
                E::SCHEMA_VERSION
            )));
        }
        serde_json::from_value(self.payload.clone())
            .map(Some)
            .map_err(|e| DomainError::internal(format!("decoding {} {}: {e}", self.event_type, self.id)))
    }

    pub fn to_json(&self) -> Vec<u8> {
        serde_json::to_vec(self).expect("an envelope always serialises")
    }

    pub fn from_json(bytes: &[u8]) -> Result<Self, DomainError> {
        let envelope: Self = serde_json::from_slice(bytes).map_err(|e| DomainError::internal(format!("unreadable event envelope: {e}")))?;
        if envelope.envelope_version != ENVELOPE_VERSION {
            return Err(DomainError::internal(format!(
                "event {} has envelope version {}, this build reads {ENVELOPE_VERSION}",
                envelope.id, envelope.envelope_version
            )));
        }
        Ok(envelope)
    }
}

/// An event read back from the log, with its global sequence.
#[derive(Debug, Clone, PartialEq)]
pub struct RecordedEvent {
    /// Position in the whole log (strictly increasing, not necessarily contiguous per aggregate).
    pub sequence: u64,
    pub envelope: EventEnvelope,
}

/// The result of an append.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Appended {
    pub sequence: u64,
    pub version: u64,
    /// True when an event with the same id was already stored: nothing new was written.
    pub duplicate: bool,
}

impl Appended {
    pub fn position(&self) -> AggregatePosition {
        AggregatePosition { version: self.version, last_sequence: self.sequence }
    }
}

/// Implements [`DomainEvent`] for an event payload: its `type` in the log, schema version 1.
macro_rules! event {
    ($name:ident, $type:literal) => {
        impl $crate::events::DomainEvent for $name {
            const EVENT_TYPE: &'static str = $type;
            const SCHEMA_VERSION: u32 = 1;
        }
    };
}
pub(crate) use event;

/// The events of one aggregate type, as one closed enum: every event its stream may hold,
/// decoded once from the envelope. Aggregates, projections and workers `match` on it without a
/// wildcard, so adding a variant is a compile error wherever that event must be handled.
pub trait EventEnum: Sized {
    /// The aggregate type whose streams hold these events.
    const AGGREGATE: &'static str;

    /// The typed event in `envelope`. An event type this enum does not list, or a schema
    /// version this build cannot read, is an error: nothing is skipped silently.
    fn decode(envelope: &EventEnvelope) -> Result<Self, DomainError>;

    /// The `type` it is stored under.
    fn event_type(&self) -> &'static str;

    /// The event ready to append.
    fn to_new_event(&self, occurred_at: DateTime<Utc>) -> Result<NewEvent, DomainError>;
}

/// Declares an aggregate's event enum (see [`EventEnum`]): `Variant(Payload)` for each event,
/// with `From<Payload>` for each, so a decision can return any payload `.into()` the enum.
macro_rules! event_enum {
    ($(#[$meta:meta])* $vis:vis enum $name:ident for $kind:literal { $($variant:ident($payload:ty)),+ $(,)? }) => {
        $(#[$meta])*
        // Decoded and folded one at a time, never held in bulk: no box for the large ones.
        #[allow(clippy::large_enum_variant)]
        #[derive(Debug, Clone, PartialEq)]
        $vis enum $name {
            $($variant($payload)),+
        }

        impl $crate::events::EventEnum for $name {
            const AGGREGATE: &'static str = $kind;

            fn decode(envelope: &$crate::events::EventEnvelope) -> Result<Self, $crate::error::DomainError> {
                $(
                    if let Some(event) = envelope.decode::<$payload>()? {
                        return Ok(Self::$variant(event));
                    }
                )+
                Err($crate::error::DomainError::internal(format!(
                    "event {} ({}) is not an event of a {} aggregate this build knows",
                    envelope.id, envelope.event_type, $kind
                )))
            }

            fn event_type(&self) -> &'static str {
                match self {
                    $(Self::$variant(_) => <$payload as $crate::events::DomainEvent>::EVENT_TYPE),+
                }
            }

            fn to_new_event(
                &self,
                occurred_at: chrono::DateTime<chrono::Utc>,
            ) -> Result<$crate::events::NewEvent, $crate::error::DomainError> {
                match self {
                    $(Self::$variant(event) => $crate::events::NewEvent::from_domain(event, occurred_at)),+
                }
            }
        }

        $(
            impl From<$payload> for $name {
                fn from(event: $payload) -> Self {
                    Self::$variant(event)
                }
            }
        )+
    };
}
pub(crate) use event_enum;

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Serialize, Deserialize, PartialEq, Debug)]
    struct Renamed {
        name: String,
    }
    impl DomainEvent for Renamed {
        const EVENT_TYPE: &'static str = "test.renamed";
        const SCHEMA_VERSION: u32 = 2;
    }

    #[test]
    fn aggregate_tokens_are_checked() {
        let t = TenantId::new();
        assert!(AggregateRef::new(t, "api_key", "key_01").is_ok());
        assert!(AggregateRef::new(t, "Api", "x").is_err());
        assert!(AggregateRef::new(t, "job", "a.b").is_err());
        assert!(AggregateRef::new(t, "job", "").is_err());
        assert!(AggregateRef::new(t, "job", "*").is_err());
        assert!(AggregateRef::new(t, "job", "x".repeat(65)).is_err());
    }

    #[test]
    fn envelope_round_trips_and_decodes_typed_payloads() {
        let agg = AggregateRef::new(TenantId::new(), "tenant", "t1").unwrap();
        let event = NewEvent::from_domain(&Renamed { name: "Acme".into() }, Utc::now()).unwrap().with_correlation_id("req_1");
        let envelope = event.into_envelope(&agg, 3);
        let back = EventEnvelope::from_json(&envelope.to_json()).unwrap();
        assert_eq!(back, envelope);
        assert_eq!(back.aggregate().unwrap(), agg);
        assert_eq!(back.decode::<Renamed>().unwrap(), Some(Renamed { name: "Acme".into() }));
        let json: serde_json::Value = serde_json::from_slice(&envelope.to_json()).unwrap();
        assert_eq!(json["type"], "test.renamed");
        assert_eq!(json["schema_version"], 2);
        assert_eq!(json["version"], 3);
    }

    #[test]
    fn unknown_schema_or_envelope_versions_are_errors_not_silence() {
        let agg = AggregateRef::new(TenantId::new(), "tenant", "t1").unwrap();
        let mut envelope = NewEvent::from_domain(&Renamed { name: "x".into() }, Utc::now()).unwrap().into_envelope(&agg, 1);
        envelope.schema_version = 9;
        assert!(envelope.decode::<Renamed>().is_err());
        envelope.envelope_version = 2;
        assert!(EventEnvelope::from_json(&envelope.to_json()).is_err());
    }
}
