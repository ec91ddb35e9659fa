//! Wiring: builds the adapters a configuration names and starts the API and/or the workers.
//! Everything is passed down as values; nothing here is global.

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use anyhow::Context;
use poem::listener::{Acceptor, Listener, TcpListener};
use tokio::task::JoinHandle;
use tokio_util::sync::CancellationToken;
use veracity_adapters::media_url::MediaFetcher;
use veracity_adapters::projections;
use veracity_adapters::stripe::{StripeCheckout, StripeNotices, StripeSettings};
use veracity_api::auth::{Auth, AuthSettings, Hasher, KeyAuthenticator, LoginThrottle, SecurityLog, TokenIssuer, TrustedProxies};
use veracity_api::state::BillingSettings;
use veracity_api::state::DetectSettings;
use veracity_api::{AppState, BodyLimits, Metrics};
use veracity_domain::ports::{Checkout, PaymentNotices};
use veracity_workers::projector::{ProjectionRunner, ProjectorSettings};

pub use crate::components::{Components, connect, connect_database, instance_id, require_migrated};
use crate::config::Config;

/// How long in-flight requests get to finish at shutdown.
const GRACE: Duration = Duration::from_secs(10);

/// What a process runs.
#[derive(Debug, Clone, Copy)]
pub struct Roles {
    pub api: bool,
    pub workers: bool,
}

/// The key that signs admin access tokens: `auth.jwt_secret`, else the contents of
/// `auth.jwt_secret_file`. With `create`, a missing file is made with a random 256-bit key
/// (readable by the owner only), so `veracity serve` works with no configuration and keeps
/// sessions valid across restarts.
pub fn jwt_secret(config: &Config, create: bool) -> anyhow::Result<Vec<u8>> {
    if let Some(secret) = &config.auth.jwt_secret {
        return Ok(secret.expose().as_bytes().to_vec());
    }
    let path = &config.auth.jwt_secret_file;
    match std::fs::read_to_string(path) {
        Ok(text) => {
            let key = text.trim().as_bytes().to_vec();
            anyhow::ensure!(
                key.len() >= crate::config::MIN_JWT_SECRET_BYTES,
                "{} holds fewer than {} bytes; put a longer random key in it",
                path.display(),
                crate::config::MIN_JWT_SECRET_BYTES
            );
            Ok(key)
        }
        Err(err) if err.kind() == std::io::ErrorKind::NotFound && create => {
            use std::io::Write;
            use std::os::unix::fs::OpenOptionsExt;
            if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
                std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
            }
            let key: String = veracity_api::auth::tokens::random_bytes::<32>().iter().map(|b| format!("{b:02x}")).collect();
            let mut file = std::fs::OpenOptions::new()
                .write(true)
                .create_new(true)
                .mode(0o600)
                .open(path)
                .with_context(|| format!("creating {}", path.display()))?;
            file.write_all(key.as_bytes())?;
            tracing::info!(path = %path.display(), "generated a new access-token signing key");
            Ok(key.into_bytes())
        }
        Err(err) => Err(anyhow::anyhow!(
            "no access-token signing key: set auth.jwt_secret (VERACITY_AUTH_JWT_SECRET) or create {} ({err})",
            path.display()
        )),
    }
}

fn auth(config: &Config, components: &Components, secret: &[u8], metrics: &Metrics) -> Auth {
    let a = &config.auth;
    let hasher = Hasher::new(metrics.argon2.clone());
    let keys = KeyAuthenticator::new(components.events.clone(), components.clock.clone(), hasher.clone(), instance_id("api"));
    let proxies = a.trusted_proxies.iter().filter_map(|p| p.parse().ok()).collect();
    Auth {
        hasher,
        tokens: TokenIssuer::new(secret, &a.jwt_issuer, chrono::TimeDelta::seconds(a.access_token_ttl_secs as i64)),
        keys: Arc::new(keys),
        throttle: Arc::new(LoginThrottle::new(
            a.login_failures_per_account,
            a.login_failures_per_ip,
            chrono::TimeDelta::seconds(a.login_failure_window_secs as i64),
        )),
        proxies: TrustedProxies::new(proxies),
        security: SecurityLog::new(components.events.clone(), components.clock.clone()),
        settings: AuthSettings {
            refresh_token_ttl: chrono::TimeDelta::seconds(a.refresh_token_ttl_secs as i64),
            invitation_ttl: chrono::TimeDelta::seconds(a.invitation_ttl_secs as i64),
        },
    }
}

fn billing(config: &Config) -> anyhow::Result<BillingSettings> {
    let b = &config.billing;
    let checkout = match &b.stripe_secret_key {
        Some(key) => Some(Arc::new(StripeCheckout::new(StripeSettings {
            secret_key: key.expose().to_owned(),
            api_base: b.stripe_api_base.clone(),
            success_url: b.checkout_success_url.clone(),
            cancel_url: b.checkout_cancel_url.clone(),
        })?) as Arc<dyn Checkout>),
        None => None,
    };
    Ok(BillingSettings {
        pricing: b.pricing,
        packs: b.packs.clone(),
        checkout,
        notices: b.stripe_webhook_secret.as_ref().map(|secret| {
            Arc::new(StripeNotices::new(secret.expose().to_owned(), b.webhook_tolerance_secs as i64)) as Arc<dyn PaymentNotices>
        }),
    })
}

/// One projection runner per projection.
pub fn projection_runners(components: &Components, owner: &str) -> Vec<ProjectionRunner> {
    projections::all()
        .into_iter()
        .map(|projection| {
            ProjectionRunner::new(
                projection,
                components.db.clone(),
                components.events.clone(),
                components.clock.clone(),
                ProjectorSettings::new(owner),
            )
        })
        .collect()
}

/// A started process: its API address (if it serves one) and its tasks.
pub struct Running {
    pub addr: Option<SocketAddr>,
    shutdown: CancellationToken,
    tasks: Vec<JoinHandle<()>>,
}

impl Running {
    /// Stops accepting requests, lets in-flight ones finish (up to 10 s), stops the workers.
    pub async fn stop(self) {
        self.shutdown.cancel();
        for task in self.tasks {
            if tokio::time::timeout(GRACE + Duration::from_secs(5), task).await.is_err() {
                tracing::warn!("a task did not stop in time");
            }
        }
    }
}

pub async fn start(config: &Config, components: Components, roles: Roles) -> anyhow::Result<Running> {
    let shutdown = CancellationToken::new();
    let mut tasks = Vec::new();
    let mut addr = None;
    if roles.api {
        let acceptor = TcpListener::bind(config.http.bind.clone())
            .into_acceptor()
            .await
            .with_context(|| format!("listening on {}", config.http.bind))?;
        addr = acceptor.local_addr().first().and_then(|a| a.as_socket_addr().copied());
        let metrics = Metrics::new();
        let auth = auth(config, &components, &jwt_secret(config, false)?, &metrics);
        tasks.push(tokio::spawn(auth.keys.clone().follow(shutdown.child_token())));
        let flush_every = Duration::from_millis(config.auth.usage_flush_interval_ms);
        tasks.push(tokio::spawn(auth.keys.clone().record_usage(flush_every, shutdown.child_token())));
        let state = AppState {
            events: components.events.clone(),
            blobs: components.blobs.clone(),
            reads: Arc::new(veracity_adapters::sql::read_models::SqlReadModels::new(components.db.clone())),
            clock: components.clock.clone(),
            metrics,
            auth,
            jobs: components.jobs.clone(),
            idempotency: components.idempotency.clone(),
            detect: DetectSettings {
                limits: config.detection.limits,
                default_wait: Duration::from_secs(config.detection.default_wait_secs),
                max_wait: Duration::from_secs(config.detection.max_wait_secs),
                fetcher: Arc::new(MediaFetcher::new(config.detection.url_policy())),
                probe: Arc::new(veracity_media::MediaProbe),
            },
            ledger: components.ledger.clone(),
            billing: billing(config)?,
            models: Arc::new(crate::catalog::catalog(config)?),
        };
        let limits = BodyLimits { default: config.http.max_body_bytes, uploads: config.http.max_upload_bytes };
        let app = veracity_api::app(state, limits);
        let stop = shutdown.clone();
        tasks.push(tokio::spawn(async move {
            let server = poem::Server::new_with_acceptor(acceptor);
            if let Err(err) = server.run_with_graceful_shutdown(app, stop.cancelled_owned(), Some(GRACE)).await {
                tracing::error!(error = %err, "http server failed");
            }
        }));
    }
    if roles.workers {
        for runner in projection_runners(&components, &instance_id("worker")) {
            let stop = shutdown.child_token();
            tasks.push(tokio::spawn(async move { runner.run(stop).await }));
        }
        let worker = Arc::new(crate::workers::detection_worker(config, &components).await?);
        tasks.push(tokio::spawn(worker.run(shutdown.child_token())));
        let retention = crate::workers::retention_worker(config, &components);
        tasks.push(tokio::spawn(retention.run(shutdown.child_token())));
    }
    Ok(Running { addr, shutdown, tasks })
}
