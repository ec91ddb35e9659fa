//! `Idempotency-Key` on the detection endpoints (Stripe semantics): the key is claimed before
//! the job is created, completed with the job's id, and released when the request fails before
//! creating anything, so the client can retry it with the same key.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use chrono::{DateTime, Utc};
use veracity_domain::JobId;
use veracity_domain::ports::{IdempotencyClaim, IdempotencyKeys, UnconfirmedClaim};

use super::Endpoint;
use super::payload::{DetectInput, DetectOptions};
use crate::error::{ApiError, ErrorCode};
use crate::extract::ApiKeyCaller;
use crate::state::AppState;

/// The longest key accepted (Stripe's limit).
const MAX_KEY_LEN: usize = 255;

/// A claim older than this that never completed belongs to a request that died: a retry takes
/// it over. Longer than any request may run (the longest wait plus a media_url fetch).
const ABANDONED_AFTER: Duration = Duration::from_secs(300);

/// The one rule for an `Idempotency-Key` header, on every endpoint that takes one.
pub fn check_key(key: &str) -> Result<(), ApiError> {
    if key.is_empty() || key.len() > MAX_KEY_LEN || !key.bytes().all(|b| b.is_ascii_graphic()) {
        return Err(ApiError::new(
            ErrorCode::InvalidRequest,
            format!("`Idempotency-Key` must be 1 to {MAX_KEY_LEN} visible ASCII characters (a UUID is ideal)"),
        ));
    }
    Ok(())
}

/// A key being claimed. It owns what it needs, so the claimed section can run in a task of its
/// own that a client hanging up cannot cancel halfway (which would leave the key "in progress"
/// until it counts as abandoned).
pub struct Claim {
    state: AppState,
    scope: String,
    key: String,
    fingerprint: String,
}

impl Claim {
    pub fn new(
        state: &AppState,
        caller: &ApiKeyCaller,
        key: &str,
        endpoint: Endpoint,
        input: &DetectInput,
        options: &DetectOptions,
    ) -> Result<Self, ApiError> {
        check_key(key)?;
        Ok(Self {
            state: state.clone(),
            scope: caller.caller.tenant.to_string(),
            key: key.to_owned(),
            fingerprint: fingerprint(endpoint, input, options),
        })
    }

    pub async fn take(&self) -> Result<IdempotencyClaim, ApiError> {
        let now = self.state.clock.now();
        let claimed = self.state.idempotency.claim(&self.scope, &self.key, &self.fingerprint, now, ABANDONED_AFTER).await;
        if claimed.is_err() {
            // The claim may have been written with its answer lost, or may still arrive (sent
            // once the connection is back): undo it when it shows up, else every retry would
            // be told "in progress" until the claim counted as abandoned.
            undo_unconfirmed(&self.state.idempotency, &self.scope, &self.key, &self.fingerprint, now);
        }
        Ok(claimed?)
    }

    /// Records the job the key made. The job exists whatever happens here, so its id is the
    /// answer: when the record cannot be written now (the store is down), it is written in the
    /// background as soon as the store is back, and until then a retry with the key is told to
    /// wait (409), never given a second job.
    pub async fn complete(&self, job: &JobId) {
        let (store, scope, key, fingerprint, job) =
            (self.state.idempotency.clone(), self.scope.clone(), self.key.clone(), self.fingerprint.clone(), job.to_string());
        let clock = self.state.clock.clone();
        persist("record an idempotency key's job", move || {
            let (store, scope, key, fingerprint, job, now) =
                (store.clone(), scope.clone(), key.clone(), fingerprint.clone(), job.clone(), clock.now());
            Box::pin(async move { store.complete(&scope, &key, &fingerprint, &job, now).await })
        })
        .await;
    }

    /// Frees the key after a request that created nothing, so the client can retry with it; if
    /// the store is down, as soon as it is back (else a retry would wait for the claim to count
    /// as abandoned, five minutes).
    pub async fn release(&self) {
        let (store, scope, key) = (self.state.idempotency.clone(), self.scope.clone(), self.key.clone());
        persist("release an idempotency key", move || {
            let (store, scope, key) = (store.clone(), scope.clone(), key.clone());
            Box::pin(async move { store.release(&scope, &key).await })
        })
        .await;
    }
}

/// Undo tasks running. Past this many (a long store outage under heavy retrying), a failed
/// claim that did land is left to count as abandoned.
static UNDOS_RUNNING: AtomicUsize = AtomicUsize::new(0);
const MAX_UNDOS_RUNNING: usize = 4096;

/// Watches, in the background, for a claim whose write failed, and forgets it if it landed.
/// A write whose answer was lost can still arrive later, so finding nothing is not the end:
/// it looks again (every second, then every 5 s) until the claim would count as abandoned,
/// and stops as soon as the key holds something else, which the claim can no longer replace.
fn undo_unconfirmed(store: &Arc<dyn IdempotencyKeys>, scope: &str, key: &str, fingerprint: &str, claimed_at: DateTime<Utc>) {
    if UNDOS_RUNNING.fetch_add(1, Ordering::SeqCst) >= MAX_UNDOS_RUNNING {
        UNDOS_RUNNING.fetch_sub(1, Ordering::SeqCst);
        tracing::warn!("too many idempotency claims to undo; this one will count as abandoned after {ABANDONED_AFTER:?}");
        return;
    }
    struct Running;
    impl Drop for Running {
        fn drop(&mut self) {
            UNDOS_RUNNING.fetch_sub(1, Ordering::SeqCst);
        }
    }
    let (store, scope, key, fingerprint) = (store.clone(), scope.to_owned(), key.to_owned(), fingerprint.to_owned());
    tokio::spawn(async move {
        let _running = Running;
        let started = Instant::now();
        loop {
            match store.release_unconfirmed(&scope, &key, &fingerprint, claimed_at).await {
                Ok(UnconfirmedClaim::Released) => {
                    tracing::info!("undid an idempotency claim whose answer was lost");
                    return;
                }
                Ok(UnconfirmedClaim::Superseded) => return,
                Ok(UnconfirmedClaim::Absent) | Err(_) => {}
            }
            let waited = started.elapsed();
            if waited >= ABANDONED_AFTER {
                return;
            }
            tokio::time::sleep(if waited < Duration::from_secs(30) { Duration::from_secs(1) } else { Duration::from_secs(5) }).await;
        }
    });
}

/// Runs `write` now; if it fails, again every second in the background until it succeeds or
/// the claim would count as abandoned anyway.
async fn persist<F>(what: &'static str, write: F)
where
    F: Fn() -> futures::future::BoxFuture<'static, Result<(), veracity_domain::DomainError>> + Send + Sync + 'static,
{
    let Err(error) = write().await else { return };
    tracing::warn!(%error, "could not {what}; retrying in the background");
    tokio::spawn(async move {
        let started = std::time::Instant::now();
        while started.elapsed() < ABANDONED_AFTER {
            tokio::time::sleep(Duration::from_secs(1)).await;
            if write().await.is_ok() {
                tracing::info!("{what}: done after a retry");
                return;
            }
        }
        tracing::warn!("gave up trying to {what}: the claim will count as abandoned");
    });
}

/// What makes two requests "the same": the endpoint, the content and the options.
fn fingerprint(endpoint: Endpoint, input: &DetectInput, options: &DetectOptions) -> String {
    use veracity_domain::digest::sha256_hex;
    let content = match input {
        DetectInput::File { bytes, .. } => format!("file:{}", sha256_hex(bytes)),
        DetectInput::Url(url) => format!("url:{}", sha256_hex(url.trim().as_bytes())),
        DetectInput::Frames(frames) => {
            let digests: Vec<String> = frames.iter().map(|f| sha256_hex(f)).collect();
            format!("frames:{}", sha256_hex(digests.join(",").as_bytes()))
        }
        DetectInput::Text { text, highlight } => format!("text:{highlight}:{}", sha256_hex(text.as_bytes())),
    };
    // Spelled out field by field (not `Debug`), so a release that prints them differently
    // does not turn a retry into a conflict.
    let DetectOptions { analysis_type, strict_mode, retain, return_details, callback_url, media_type } = options;
    let mut options = format!(
        "analysis_type={};strict_mode={strict_mode};retain={retain};return_details={return_details};callback_url={}",
        analysis_type.as_str(),
        callback_url.as_deref().unwrap_or("")
    );
    // Only when given, so requests without a hint keep the fingerprints they always had.
    if let Some(media_type) = media_type {
        options.push_str(&format!(";media_type={}", media_type.as_str()));
    }
    sha256_hex(format!("{}|{content}|{options}", endpoint.as_str()).as_bytes())
}

#[cfg(test)]
mod tests {
    use std::sync::Mutex;

    use async_trait::async_trait;
    use veracity_domain::DomainError;

    use super::*;

    /// One key's claim, as (fingerprint, claimed at); the undo's rules as the JetStream store
    /// has them (its own test covers that store).
    #[derive(Default)]
    struct OneKey(Mutex<Option<(String, DateTime<Utc>)>>);

    #[async_trait]
    impl IdempotencyKeys for OneKey {
        async fn claim(&self, _: &str, _: &str, _: &str, _: DateTime<Utc>, _: Duration) -> Result<IdempotencyClaim, DomainError> {
            unreachable!("not used by the undo")
        }
        async fn complete(&self, _: &str, _: &str, _: &str, _: &str, _: DateTime<Utc>) -> Result<(), DomainError> {
            unreachable!("not used by the undo")
        }
        async fn release(&self, _: &str, _: &str) -> Result<(), DomainError> {
            unreachable!("not used by the undo")
        }
        async fn release_unconfirmed(
            &self,
            _: &str,
            _: &str,
            fingerprint: &str,
            claimed_at: DateTime<Utc>,
        ) -> Result<UnconfirmedClaim, DomainError> {
            let mut record = self.0.lock().unwrap();
            Ok(match &*record {
                None => UnconfirmedClaim::Absent,
                Some((f, at)) if f == fingerprint && *at == claimed_at => {
                    *record = None;
                    UnconfirmedClaim::Released
                }
                Some(_) => UnconfirmedClaim::Superseded,
            })
        }
    }

    async fn holds(store: &OneKey, within: Duration, wanted: Option<&str>) -> bool {
        let started = Instant::now();
        while started.elapsed() < within {
            if store.0.lock().unwrap().as_ref().map(|(f, _)| f.as_str()) == wanted {
                return true;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        false
    }

    #[tokio::test]
    async fn a_claim_that_lands_after_the_first_look_is_still_undone() {
        let store = Arc::new(OneKey::default());
        let claimed_at = Utc::now();
        let keys: Arc<dyn IdempotencyKeys> = store.clone();
        undo_unconfirmed(&keys, "tenant", "key", "fp", claimed_at);
        // The write whose answer was lost arrives after the undo found nothing.
        tokio::time::sleep(Duration::from_millis(300)).await;
        *store.0.lock().unwrap() = Some(("fp".into(), claimed_at));
        assert!(holds(&store, Duration::from_secs(5), None).await, "the late claim was undone");
    }

    #[tokio::test]
    async fn another_request_s_claim_is_left_alone() {
        let store = Arc::new(OneKey::default());
        let claimed_at = Utc::now();
        *store.0.lock().unwrap() = Some(("other".into(), claimed_at));
        let keys: Arc<dyn IdempotencyKeys> = store.clone();
        undo_unconfirmed(&keys, "tenant", "key", "fp", claimed_at);
        tokio::time::sleep(Duration::from_millis(1500)).await;
        assert!(holds(&store, Duration::from_millis(10), Some("other")).await, "another request's claim is kept");
    }
}
