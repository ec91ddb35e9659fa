//! `Idempotency-Key` on the detection endpoints (Stripe semantics): the key is claimed before
//! the job is created, completed with the job's id, and released when the request fails before
//! creating anything, so the client can retry it with the same key.

use std::time::Duration;

use veracity_domain::JobId;
use veracity_domain::ports::IdempotencyClaim;

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

pub struct Claim<'a> {
    state: &'a AppState,
    scope: String,
    key: &'a str,
    fingerprint: String,
}

impl<'a> Claim<'a> {
    pub fn new(
        state: &'a AppState,
        caller: &ApiKeyCaller,
        key: &'a str,
        endpoint: Endpoint,
        input: &DetectInput,
        options: &DetectOptions,
    ) -> Result<Self, ApiError> {
        check_key(key)?;
        Ok(Self { state, scope: caller.caller.tenant.to_string(), key, fingerprint: fingerprint(endpoint, input, options) })
    }

    pub async fn take(&self) -> Result<IdempotencyClaim, ApiError> {
        let now = self.state.clock.now();
        Ok(self.state.idempotency.claim(&self.scope, self.key, &self.fingerprint, now, ABANDONED_AFTER).await?)
    }

    pub async fn complete(&self, job: &JobId) -> Result<(), ApiError> {
        let now = self.state.clock.now();
        Ok(self.state.idempotency.complete(&self.scope, self.key, &self.fingerprint, &job.to_string(), now).await?)
    }

    /// Best effort: if this fails, the claim is taken over once it counts as abandoned.
    pub async fn release(&self) {
        if let Err(error) = self.state.idempotency.release(&self.scope, self.key).await {
            tracing::warn!(%error, "could not release an idempotency key");
        }
    }
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
