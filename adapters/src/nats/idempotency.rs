//! `Idempotency-Key` records in a JetStream key-value bucket whose entries expire 24 h after
//! their last write. Claims use create / compare-and-set, so API instances never both win.

use std::time::Duration;

use async_nats::jetstream::stream::LastRawMessageErrorKind;
use async_nats::jetstream::{self, kv};
use async_trait::async_trait;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use veracity_domain::DomainError;
use veracity_domain::ports::{IdempotencyClaim, IdempotencyKeys, UnconfirmedClaim};

use super::nats_error;
use veracity_domain::digest::sha256_hex;

/// How long a key is remembered.
pub const IDEMPOTENCY_TTL: Duration = Duration::from_secs(24 * 3600);

#[derive(Debug, Serialize, Deserialize)]
struct Record {
    fingerprint: String,
    /// Set once the request created its resource.
    resource: Option<String>,
    claimed_at: DateTime<Utc>,
}

pub struct JetStreamIdempotencyKeys {
    store: kv::Store,
}

impl JetStreamIdempotencyKeys {
    pub async fn open(client: async_nats::Client, bucket: &str, replicas: usize) -> Result<Self, DomainError> {
        let js = jetstream::new(client);
        let store = match js.get_key_value(bucket).await {
            Ok(store) => store,
            Err(_) => js
                .create_key_value(kv::Config {
                    bucket: bucket.to_owned(),
                    description: "Veracity Idempotency-Key records (24 h)".into(),
                    history: 1,
                    max_age: IDEMPOTENCY_TTL,
                    num_replicas: replicas,
                    ..Default::default()
                })
                .await
                .map_err(|e| nats_error("opening the idempotency bucket", e))?,
        };
        Ok(Self { store })
    }

    /// Client keys may hold any characters; the stored key is a digest of them.
    fn key(scope: &str, key: &str) -> String {
        format!("{}.{}", sha256_hex(scope.as_bytes()).get(..16).unwrap_or_default(), sha256_hex(key.as_bytes()))
    }

    /// The key's record and revision as the stream's leader has them (none when the key is
    /// unset or deleted). `kv::Store::entry` is a direct get that any replica may answer, and
    /// one still catching up (a node just restarted, a leader not yet elected) can miss a
    /// write that has landed: fine for a claim, which a retry corrects, not for an undo that
    /// stops for good once it has looked.
    async fn leader_entry(&self, stored_key: &str) -> Result<Option<(u64, bytes::Bytes)>, DomainError> {
        let subject = format!("{}{stored_key}", self.store.prefix);
        let message = match self.store.stream.get_last_raw_message_by_subject(&subject).await {
            Ok(message) => message,
            Err(e) if e.kind() == LastRawMessageErrorKind::NoMessageFound => return Ok(None),
            Err(e) => return Err(nats_error("reading an idempotency key from the leader", e)),
        };
        // Deletes and purges carry this header; a put has none (or says PUT).
        if message.headers.get("KV-Operation").is_some_and(|op| op.as_str() != "PUT") {
            return Ok(None);
        }
        Ok(Some((message.sequence, message.payload)))
    }

    fn encode(record: &Record) -> bytes::Bytes {
        serde_json::to_vec(record).expect("a record serialises").into()
    }
}

#[async_trait]
impl IdempotencyKeys for JetStreamIdempotencyKeys {
    async fn claim(
        &self,
        scope: &str,
        key: &str,
        fingerprint: &str,
        now: DateTime<Utc>,
        stale_after: Duration,
    ) -> Result<IdempotencyClaim, DomainError> {
        let stored_key = Self::key(scope, key);
        let fresh = Self::encode(&Record { fingerprint: fingerprint.to_owned(), resource: None, claimed_at: now });
        for _ in 0..10 {
            let entry = self.store.entry(stored_key.clone()).await.map_err(|e| nats_error("reading an idempotency key", e))?;
            let Some(entry) = entry.filter(|e| e.operation == kv::Operation::Put) else {
                match self.store.create(&stored_key, fresh.clone()).await {
                    Ok(_) => return Ok(IdempotencyClaim::Claimed),
                    Err(e) if e.kind() == kv::CreateErrorKind::AlreadyExists => continue,
                    Err(e) => return Err(nats_error("claiming an idempotency key", e)),
                }
            };
            let record: Record = serde_json::from_slice(&entry.value)
                .map_err(|e| DomainError::internal(format!("an unreadable idempotency record: {e}")))?;
            if record.fingerprint != fingerprint {
                return Ok(IdempotencyClaim::Mismatch);
            }
            if let Some(resource) = record.resource {
                return Ok(IdempotencyClaim::Replay { resource });
            }
            let abandoned = now.signed_duration_since(record.claimed_at).to_std().is_ok_and(|age| age >= stale_after);
            if !abandoned {
                return Ok(IdempotencyClaim::InProgress);
            }
            match self.store.update(&stored_key, fresh.clone(), entry.revision).await {
                Ok(_) => return Ok(IdempotencyClaim::Claimed),
                Err(e) if e.kind() == kv::UpdateErrorKind::WrongLastRevision => continue,
                Err(e) => return Err(nats_error("taking over an idempotency key", e)),
            }
        }
        Ok(IdempotencyClaim::InProgress)
    }

    async fn complete(&self, scope: &str, key: &str, fingerprint: &str, resource: &str, now: DateTime<Utc>) -> Result<(), DomainError> {
        let record = Record { fingerprint: fingerprint.to_owned(), resource: Some(resource.to_owned()), claimed_at: now };
        self.store.put(Self::key(scope, key), Self::encode(&record)).await.map_err(|e| nats_error("completing an idempotency key", e))?;
        Ok(())
    }

    async fn release(&self, scope: &str, key: &str) -> Result<(), DomainError> {
        self.store.delete(Self::key(scope, key)).await.map_err(|e| nats_error("releasing an idempotency key", e))
    }

    async fn release_unconfirmed(
        &self,
        scope: &str,
        key: &str,
        fingerprint: &str,
        claimed_at: DateTime<Utc>,
    ) -> Result<UnconfirmedClaim, DomainError> {
        let stored_key = Self::key(scope, key);
        let Some((revision, value)) = self.leader_entry(&stored_key).await? else { return Ok(UnconfirmedClaim::Absent) };
        let ours = serde_json::from_slice::<Record>(&value)
            .is_ok_and(|r| r.fingerprint == fingerprint && r.claimed_at == claimed_at && r.resource.is_none());
        if !ours {
            return Ok(UnconfirmedClaim::Superseded);
        }
        match self.store.delete_expect_revision(&stored_key, Some(revision)).await {
            Ok(()) => Ok(UnconfirmedClaim::Released),
            // Changed since it was read: no longer this claim.
            Err(e) if e.kind() == kv::UpdateErrorKind::WrongLastRevision => Ok(UnconfirmedClaim::Superseded),
            Err(e) => Err(nats_error("releasing an unconfirmed idempotency claim", e)),
        }
    }
}
