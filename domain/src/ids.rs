//! Typed identifiers: a UUIDv7 shown as `<prefix>_<26 lowercase Crockford base32 chars>`, e.g.
//! `ten_01jdx7q5v6m3k0c8f2h4n9r1sa`. The prefix makes a pasted id self-describing and stops a
//! `JobId` from being used where a `TenantId` is expected; v7 makes ids sort by creation time.

use std::fmt;
use std::str::FromStr;

use uuid::Uuid;

const ALPHABET: &[u8; 32] = b"0123456789abcdefghjkmnpqrstvwxyz";
const ENCODED_LEN: usize = 26;

/// Why a string is not a valid id of the expected kind.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum IdParseError {
    #[error("expected an id starting with `{expected}_`")]
    WrongPrefix { expected: &'static str },
    #[error("the part after the prefix must be 26 characters of lowercase Crockford base32")]
    BadBody,
}

pub(crate) fn encode(uuid: Uuid) -> String {
    let value = uuid.as_u128();
    (0..ENCODED_LEN)
        .map(|i| {
            let shift = 5 * (ENCODED_LEN - 1 - i);
            ALPHABET[((value >> shift) & 0x1f) as usize] as char
        })
        .collect()
}

pub(crate) fn decode(body: &str) -> Option<Uuid> {
    if body.len() != ENCODED_LEN {
        return None;
    }
    let mut value: u128 = 0;
    for (i, byte) in body.bytes().enumerate() {
        let digit = ALPHABET.iter().position(|&c| c == byte)? as u128;
        // 26 × 5 = 130 bits: the first character may only carry the top 3 bits.
        if i == 0 && digit > 7 {
            return None;
        }
        value = (value << 5) | digit;
    }
    Some(Uuid::from_u128(value))
}

macro_rules! define_id {
    ($(#[$doc:meta])* $name:ident, $prefix:literal) => {
        $(#[$doc])*
        #[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub struct $name(Uuid);

        impl $name {
            /// The visible prefix, without the underscore.
            pub const PREFIX: &'static str = $prefix;

            /// A new, time-ordered id.
            pub fn new() -> Self {
                Self(Uuid::now_v7())
            }

            pub fn from_uuid(uuid: Uuid) -> Self {
                Self(uuid)
            }

            pub fn as_uuid(&self) -> Uuid {
                self.0
            }
        }

        impl Default for $name {
            fn default() -> Self {
                Self::new()
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, "{}_{}", $prefix, encode(self.0))
            }
        }

        impl fmt::Debug for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                fmt::Display::fmt(self, f)
            }
        }

        impl FromStr for $name {
            type Err = IdParseError;

            fn from_str(s: &str) -> Result<Self, Self::Err> {
                let body = s
                    .strip_prefix($prefix)
                    .and_then(|rest| rest.strip_prefix('_'))
                    .ok_or(IdParseError::WrongPrefix { expected: $prefix })?;
                decode(body).map(Self).ok_or(IdParseError::BadBody)
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.collect_str(self)
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let text = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
                text.parse().map_err(serde::de::Error::custom)
            }
        }
    };
}

define_id!(
    /// A customer organisation; every piece of data belongs to exactly one.
    TenantId,
    "ten"
);
define_id!(
    /// One event in the log; also its JetStream `Nats-Msg-Id`, so a retried publish is stored once.
    EventId,
    "evt"
);

define_id!(
    /// A person who signs in to the dashboard / admin API.
    UserId,
    "usr"
);
define_id!(
    /// An API key used by a customer's servers; its secret embeds this id.
    ApiKeyId,
    "key"
);
define_id!(
    /// A login session: one family of rotating refresh tokens.
    SessionId,
    "ses"
);
define_id!(
    /// One entry of a tenant's audit log.
    AuditEntryId,
    "aud"
);

define_id!(
    /// One detection job: an upload (or URL, or frames) and its analysis.
    JobId,
    "job"
);

define_id!(
    /// A tenant's webhook endpoint: a URL that receives signed events.
    WebhookId,
    "wh"
);
define_id!(
    /// One webhook message: an event for one endpoint (or callback URL), the same across its
    /// delivery attempts (the `webhook-id` header).
    MessageId,
    "msg"
);

impl MessageId {
    /// The message id derived from `parts` (a source event and a target): appending the same
    /// message twice — after a restart — lands on the same aggregate and is refused as a duplicate.
    pub fn derived(parts: &[&str]) -> Self {
        use sha2::{Digest, Sha256};
        let mut hasher = Sha256::new();
        for part in parts {
            hasher.update(part.as_bytes());
            hasher.update([0u8]);
        }
        let digest = hasher.finalize();
        let mut bytes = [0u8; 16];
        bytes.copy_from_slice(&digest[..16]);
        // An RFC 9562 version 8 (custom) UUID: the version and variant bits are fixed.
        bytes[6] = (bytes[6] & 0x0f) | 0x80;
        bytes[8] = (bytes[8] & 0x3f) | 0x80;
        Self(Uuid::from_bytes(bytes))
    }
}

impl TenantId {
    /// The tenant that owns platform-wide aggregates (e-mail address claims), never a customer.
    pub const PLATFORM: TenantId = TenantId(Uuid::nil());
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn display_then_parse_round_trips() {
        for _ in 0..1000 {
            let id = TenantId::new();
            let text = id.to_string();
            assert!(text.starts_with("ten_"));
            assert_eq!(text.len(), 4 + ENCODED_LEN);
            assert_eq!(text.parse::<TenantId>().unwrap(), id);
        }
        let max = TenantId::from_uuid(Uuid::max());
        assert_eq!(max.to_string().parse::<TenantId>().unwrap(), max);
        let nil = TenantId::from_uuid(Uuid::nil());
        assert_eq!(nil.to_string(), "ten_00000000000000000000000000");
    }

    #[test]
    fn ids_sort_by_creation() {
        let a = EventId::new();
        let b = EventId::new();
        assert!(a.to_string() < b.to_string());
    }

    #[test]
    fn rejects_wrong_prefix_and_bad_bodies() {
        let evt = EventId::new().to_string();
        assert_eq!(evt.parse::<TenantId>(), Err(IdParseError::WrongPrefix { expected: "ten" }));
        assert_eq!("ten_".parse::<TenantId>(), Err(IdParseError::BadBody));
        assert_eq!("ten_0000000000000000000000000u".parse::<TenantId>(), Err(IdParseError::BadBody));
        assert_eq!("ten_80000000000000000000000000".parse::<TenantId>(), Err(IdParseError::BadBody));
        assert_eq!("ten_0000000000000000000000000I".parse::<TenantId>(), Err(IdParseError::BadBody));
        assert_eq!("tenx00000000000000000000000000".parse::<TenantId>(), Err(IdParseError::WrongPrefix { expected: "ten" }));
    }

    #[test]
    fn serde_uses_the_display_form() {
        let id = TenantId::new();
        let json = serde_json::to_string(&id).unwrap();
        assert_eq!(json, format!("\"{id}\""));
        assert_eq!(serde_json::from_str::<TenantId>(&json).unwrap(), id);
        assert!(serde_json::from_str::<TenantId>("\"job_00000000000000000000000000\"").is_err());
    }
}
