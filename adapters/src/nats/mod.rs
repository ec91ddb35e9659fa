//! NATS: the client connection and the JetStream event store.

mod event_store;
mod idempotency;
mod jobs;
mod webhook_queue;
mod work_queue;

use std::path::PathBuf;
use std::time::Duration;

use async_nats::{Client, ConnectOptions, Event};
use veracity_domain::{Dependency, DomainError};

use crate::redact::redact_url;

pub use async_nats::Client as NatsClient;
pub use event_store::{JetStreamEventStore, StreamSettings};
pub use idempotency::JetStreamIdempotencyKeys;
pub use jobs::{JetStreamJobQueue, JetStreamJobSlots, JobQueueSettings};
pub use webhook_queue::{JetStreamWebhookQueue, WebhookQueueSettings};

pub(crate) fn nats_error(context: &str, err: impl std::fmt::Display) -> DomainError {
    DomainError::unavailable(Dependency::Nats, format!("{context}: {err}"))
}

/// How to reach NATS.
#[derive(Debug, Clone)]
pub struct ConnectSettings {
    /// May carry credentials (`nats://user:password@…`, `nats://token@…`): never logged as is.
    pub url: String,
    /// Shown in the server's connection list (`veracity-api`, `veracity-worker`, …).
    pub connection_name: String,
    /// A `.creds` file (JWT + nkey), for servers that require one.
    pub credentials_file: Option<PathBuf>,
    /// How long to keep trying the first connection before giving up.
    pub initial_connect_timeout: Duration,
}

/// `user:password` (or a lone token) embedded in `nats://user:password@host:port` (the first
/// server of a list that has any), percent-decoded.
fn url_credentials(urls: &str) -> Option<(String, Option<String>)> {
    let decode = |s: &str| -> String {
        let bytes = s.as_bytes();
        let mut out = Vec::with_capacity(bytes.len());
        let mut i = 0;
        while i < bytes.len() {
            let hex = bytes.get(i + 1..i + 3).and_then(|h| std::str::from_utf8(h).ok()).and_then(|h| u8::from_str_radix(h, 16).ok());
            if let (b'%', Some(byte)) = (bytes[i], hex) {
                out.push(byte);
                i += 3;
            } else {
                out.push(bytes[i]);
                i += 1;
            }
        }
        String::from_utf8_lossy(&out).into_owned()
    };
    urls.split(',').find_map(|url| {
        let rest = url.trim().split_once("://").map_or(url.trim(), |(_, rest)| rest);
        let authority = rest.split(['/', '?']).next().unwrap_or_default();
        let (userinfo, _) = authority.rsplit_once('@')?;
        match userinfo.split_once(':') {
            Some((user, password)) => Some((decode(user), Some(decode(password)))),
            None => Some((decode(userinfo), None)),
        }
    })
}

/// Connects, retrying the first connection for `initial_connect_timeout`. Once connected the
/// client reconnects forever (every 0.1–2 s), so a NATS restart is survived without a restart of
/// ours; readiness reports the outage meanwhile.
pub async fn connect(settings: &ConnectSettings) -> Result<Client, DomainError> {
    let deadline = tokio::time::Instant::now() + settings.initial_connect_timeout;
    let mut attempt = 0u32;
    loop {
        attempt += 1;
        let mut options = ConnectOptions::new()
            .name(&settings.connection_name)
            .connection_timeout(Duration::from_secs(3))
            .max_reconnects(None)
            .reconnect_delay_callback(|attempts| Duration::from_millis((attempts as u64 * 100).clamp(100, 2_000)))
            .event_callback(|event| async move {
                match event {
                    Event::Connected => tracing::info!("nats connected"),
                    Event::Disconnected => tracing::warn!("nats disconnected; reconnecting"),
                    Event::Closed => tracing::info!("nats connection closed"),
                    other => tracing::warn!(event = %other, "nats client event"),
                }
            });
        if let Some((user, password)) = url_credentials(&settings.url) {
            options = match password {
                Some(password) => options.user_and_password(user, password),
                None => options.token(user),
            };
        }
        if let Some(path) = &settings.credentials_file {
            options = options
                .credentials_file(path)
                .await
                .map_err(|e| DomainError::invalid("nats.credentials_file", format!("{}: {e}", path.display())))?;
        }
        // A cluster is a comma-separated list (`nats://a:4222,nats://b:4222`): each is a seed.
        let servers: Vec<&str> = settings.url.split(',').map(str::trim).filter(|s| !s.is_empty()).collect();
        match options.connect(servers).await {
            Ok(client) => return Ok(client),
            Err(err) if tokio::time::Instant::now() < deadline => {
                tracing::warn!(url = %redact_url(&settings.url), attempt, error = %err, "nats not reachable yet; retrying");
                tokio::time::sleep(Duration::from_millis(250)).await;
            }
            Err(err) => return Err(nats_error(&format!("connecting to {}", redact_url(&settings.url)), err)),
        }
    }
}

#[cfg(test)]
mod credentials_tests {
    use super::url_credentials;

    #[test]
    fn credentials_are_read_from_the_url() {
        assert_eq!(url_credentials("nats://127.0.0.1:4222"), None);
        assert_eq!(url_credentials("nats://veracity:s%40cret@127.0.0.1:4222"), Some(("veracity".into(), Some("s@cret".into()))));
        assert_eq!(url_credentials("nats://a:4222,nats://tok@b:4222"), Some(("tok".into(), None)));
    }
}
