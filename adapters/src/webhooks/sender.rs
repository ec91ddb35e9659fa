//! Sends webhook requests under the same outbound rules as `media_url` fetches: https only
//! (unless `allow_http`), every address of the host checked when the URL is given and again at
//! each send (DNS answers change), the connection pinned to the checked addresses, no redirect
//! followed (a 3xx is a failed attempt), no proxy from the environment, 5 s to connect and 15 s
//! for the whole exchange, and at most 1 KB of the answer kept.

use std::time::{Duration, Instant};

use async_trait::async_trait;
use futures::StreamExt;
use reqwest::Url;
use veracity_domain::ports::{FetchError, WebhookSender};
use veracity_domain::webhooks::AttemptOutcome;
use veracity_domain::webhooks::message::RESPONSE_EXCERPT_BYTES;

use crate::media_url::{describe, resolve_public};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SenderPolicy {
    pub allow_http: bool,
    /// Lets loopback addresses through. For tests only; never in production.
    pub allow_loopback: bool,
    pub connect_timeout: Duration,
    /// The whole exchange: connecting, sending, and the answer's headers and excerpt.
    pub total_timeout: Duration,
}

impl Default for SenderPolicy {
    fn default() -> Self {
        Self { allow_http: false, allow_loopback: false, connect_timeout: Duration::from_secs(5), total_timeout: Duration::from_secs(15) }
    }
}

#[derive(Debug, Clone, Default)]
pub struct WebhookHttpSender {
    policy: SenderPolicy,
}

impl WebhookHttpSender {
    pub fn new(policy: SenderPolicy) -> Self {
        Self { policy }
    }

    fn parse(&self, raw: &str) -> Result<Url, FetchError> {
        let url = Url::parse(raw.trim()).map_err(|e| FetchError::Refused(format!("not a valid absolute URL: {e}")))?;
        match url.scheme() {
            "https" => {}
            "http" if self.policy.allow_http => {}
            "http" => return Err(FetchError::Refused("webhook URLs must use https".into())),
            other => return Err(FetchError::Refused(format!("`{other}` URLs cannot receive webhooks; use https"))),
        }
        if !url.username().is_empty() || url.password().is_some() {
            return Err(FetchError::Refused("URLs with credentials are not accepted".into()));
        }
        if url.host_str().is_none_or(str::is_empty) {
            return Err(FetchError::Refused("the URL has no host".into()));
        }
        Ok(url)
    }

    async fn send(&self, url: &str, headers: &[(&str, String)], body: &[u8]) -> Result<(u16, String), String> {
        let url = self.parse(url).map_err(|e| e.to_string())?;
        let target = resolve_public(&url, self.policy.allow_loopback).await.map_err(|e| e.to_string())?;
        let builder = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .no_proxy()
            .connect_timeout(self.policy.connect_timeout)
            .user_agent(concat!("Veracity-Webhooks/", env!("CARGO_PKG_VERSION")));
        let client = target.pin(builder).build().map_err(|e| format!("building the HTTP client: {e}"))?;
        let mut request = client.post(url).body(body.to_vec());
        for (name, value) in headers {
            request = request.header(*name, value);
        }
        let response = request.send().await.map_err(|e| describe(&e))?;
        let status = response.status().as_u16();
        let mut excerpt = Vec::new();
        let mut stream = response.bytes_stream();
        // Only the start of the answer is kept; the rest is not read.
        while excerpt.len() < RESPONSE_EXCERPT_BYTES {
            match stream.next().await {
                Some(Ok(chunk)) => excerpt.extend_from_slice(&chunk),
                Some(Err(_)) | None => break,
            }
        }
        excerpt.truncate(RESPONSE_EXCERPT_BYTES);
        Ok((status, String::from_utf8_lossy(&excerpt).into_owned()))
    }
}

#[async_trait]
impl WebhookSender for WebhookHttpSender {
    async fn check(&self, url: &str) -> Result<(), FetchError> {
        let parsed = self.parse(url)?;
        let host = parsed.host_str().unwrap_or_default().to_owned();
        tokio::time::timeout(self.policy.connect_timeout, resolve_public(&parsed, self.policy.allow_loopback))
            .await
            .unwrap_or_else(|_| Err(FetchError::Unreachable(format!("the host `{host}` did not resolve in time"))))
            .map(drop)
    }

    async fn post(&self, url: &str, headers: &[(&str, String)], body: &[u8]) -> AttemptOutcome {
        let started = Instant::now();
        let sent = tokio::time::timeout(self.policy.total_timeout, self.send(url, headers, body)).await;
        let latency_ms = started.elapsed().as_millis() as u64;
        let (status_code, error, response_excerpt) = match sent {
            Ok(Ok((status, excerpt))) => (Some(status), None, excerpt),
            Ok(Err(error)) => (None, Some(error), String::new()),
            Err(_) => (None, Some(format!("no answer within {} s", self.policy.total_timeout.as_secs())), String::new()),
        };
        AttemptOutcome { url: url.to_owned(), status_code, latency_ms, error, response_excerpt }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn internal_targets_are_refused_when_given_and_when_sent() {
        let sender = WebhookHttpSender::new(SenderPolicy { allow_http: true, ..SenderPolicy::default() });
        for url in [
            "https://127.0.0.1/hook",
            "https://10.0.0.1/hook",
            "https://169.254.169.254/latest/meta-data/",
            "https://[::1]/hook",
            "https://localhost/hook",
            "http://192.168.1.1/hook",
        ] {
            assert!(matches!(sender.check(url).await, Err(FetchError::Refused(_))), "{url}");
            let outcome = sender.post(url, &[], b"{}").await;
            assert_eq!(outcome.status_code, None, "{url}");
            assert!(outcome.error.as_deref().is_some_and(|e| e.contains("only public addresses")), "{url}: {:?}", outcome.error);
        }
        let strict = WebhookHttpSender::default();
        assert!(matches!(strict.check("http://example.com/hook").await, Err(FetchError::Refused(_))));
        assert!(matches!(strict.check("ftp://example.com/hook").await, Err(FetchError::Refused(_))));
        assert!(matches!(strict.check("https://u:p@example.com/hook").await, Err(FetchError::Refused(_))));
    }
}
