//! `Idempotency-Key` records (Stripe semantics): a retried request with the same key and the
//! same content gets the resource the first one created, never a second one; the same key with
//! different content is refused; a retry while the first is still running is told to wait.

use std::time::Duration;

use async_trait::async_trait;
use chrono::{DateTime, Utc};

use crate::error::DomainError;

/// What claiming a key found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum IdempotencyClaim {
    /// The key is new (or its earlier claim was abandoned): go ahead, then `complete` or `release`.
    Claimed,
    /// A request with this key and content finished; `resource` is what it created.
    Replay { resource: String },
    /// A request with this key and content is still running.
    InProgress,
    /// The key was used for a different request.
    Mismatch,
}

/// What undoing an unconfirmed claim found (`IdempotencyKeys::release_unconfirmed`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnconfirmedClaim {
    /// The claim had landed and is forgotten now.
    Released,
    /// The key holds another request's claim or a finished request. Claims are written with
    /// compare-and-set, so the unconfirmed one can no longer land: nothing is left to undo.
    Superseded,
    /// The key holds nothing: the claim has not landed, or not yet (a write can arrive after
    /// its answer was lost, e.g. sent when the connection comes back). Look again later.
    Absent,
}

#[async_trait]
pub trait IdempotencyKeys: Send + Sync {
    /// Claims `key` within `scope` (a tenant) for a request whose content hashes to
    /// `fingerprint`. A claim that never completed and is older than `stale_after` counts as
    /// abandoned (its request died) and is taken over.
    async fn claim(
        &self,
        scope: &str,
        key: &str,
        fingerprint: &str,
        now: DateTime<Utc>,
        stale_after: Duration,
    ) -> Result<IdempotencyClaim, DomainError>;

    /// Records that the claimed request created `resource`; retries replay it from now on.
    async fn complete(&self, scope: &str, key: &str, fingerprint: &str, resource: &str, now: DateTime<Utc>) -> Result<(), DomainError>;

    /// Forgets a claim whose request failed before creating anything, so the key may be retried.
    async fn release(&self, scope: &str, key: &str) -> Result<(), DomainError>;

    /// Undoes a `claim` that failed: its write may have landed with the answer lost (the store
    /// went down mid-write), which would leave the key "in progress" with no request behind it.
    /// Forgets the key only while it still holds that very claim (`fingerprint`, claimed at
    /// `claimed_at`, nothing created), so a claim another request made since is kept. Reads
    /// the authoritative copy (never a replica that may lag), as `Superseded` is final.
    async fn release_unconfirmed(
        &self,
        scope: &str,
        key: &str,
        fingerprint: &str,
        claimed_at: DateTime<Utc>,
    ) -> Result<UnconfirmedClaim, DomainError>;
}
