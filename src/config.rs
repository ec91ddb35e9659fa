//! The one typed configuration, from built-in defaults, then a TOML file, then `VERACITY_*`
//! environment variables. Validated as a whole at start so every mistake is reported at once.
//!
//! Environment variables name `<SECTION>_<KEY>` after the prefix: the first underscore separates
//! the section, e.g. `VERACITY_DATABASE_URL` → `database.url`,
//! `VERACITY_HTTP_MAX_BODY_BYTES` → `http.max_body_bytes`, `VERACITY_S3_BUCKET` → `s3.bucket`.

pub use crate::secret::Secret;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};

use figment::Figment;
use figment::providers::{Env, Format, Toml};
use serde::{Deserialize, Serialize};

/// The file read when `--config` / `VERACITY_CONFIG` names none, if it exists.
pub const DEFAULT_CONFIG_FILE: &str = "veracity.toml";

/// Environment variables with the prefix that are not configuration keys.
const NOT_KEYS: [&str; 1] = ["config"];

#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct Config {
    pub http: HttpConfig,
    pub database: DatabaseConfig,
    pub nats: NatsConfig,
    pub blobs: BlobsConfig,
    pub s3: S3Config,
    pub auth: AuthConfig,
    pub detection: crate::detection_config::DetectionConfig,
    pub models: crate::detection_config::ModelsConfig,
    pub billing: crate::billing_config::BillingConfig,
    pub webhooks: crate::webhooks_config::WebhooksConfig,
    pub compat: CompatConfig,
    pub worker: WorkerConfig,
    pub log: LogConfig,
    pub telemetry: crate::telemetry_config::TelemetryConfig,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct HttpConfig {
    /// Address the API listens on; port 0 picks a free one (printed at start).
    pub bind: String,
    /// Largest request body outside the upload routes.
    pub max_body_bytes: u64,
    /// Largest request body on the media upload routes (`/v1/detect…`).
    pub max_upload_bytes: u64,
    /// The internal listener: `/healthz`, `/readyz` with error details and `/metrics`, for
    /// monitoring on a private network (e.g. `10.0.0.5:9090`). Unset: none.
    pub internal_bind: Option<String>,
    /// Lets a request bearing this token (`Authorization: Bearer …`) read `/metrics` and
    /// `/readyz`'s details on the public listener. Unset: only the internal listener shows them.
    pub metrics_token: Option<Secret>,
    /// Send `Strict-Transport-Security` on every response: set it when clients reach the API
    /// over https (a TLS-terminating proxy in front).
    pub hsts: bool,
    /// A connection that sends nothing for this long is closed (slow or idle clients).
    pub idle_timeout_secs: u64,
    /// A request's head must arrive within this of its first byte (slow-header clients).
    pub header_read_timeout_secs: u64,
    /// A whole request (head and body) must arrive within this of its first byte.
    pub request_read_timeout_secs: u64,
}

impl Default for HttpConfig {
    fn default() -> Self {
        Self {
            bind: "127.0.0.1:8080".into(),
            max_body_bytes: 1024 * 1024,
            max_upload_bytes: 64 * 1024 * 1024,
            internal_bind: None,
            metrics_token: None,
            hsts: false,
            idle_timeout_secs: 60,
            header_read_timeout_secs: 15,
            request_read_timeout_secs: 300,
        }
    }
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct DatabaseConfig {
    /// `sqlite://path?mode=rwc` (embedded) or `postgres://user:password@host/db` (production).
    pub url: Secret,
    pub max_connections: u32,
}

impl Default for DatabaseConfig {
    fn default() -> Self {
        Self { url: Secret::new("sqlite://data/veracity.db?mode=rwc"), max_connections: 10 }
    }
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct NatsConfig {
    /// `nats://host:4222` (comma-separate several servers of a cluster). Unset: `veracity serve`
    /// starts and manages its own nats-server; `api` and `worker` require it.
    pub url: Option<Secret>,
    /// A `.creds` file for servers that require authentication.
    pub credentials_file: Option<PathBuf>,
    /// The JetStream stream holding the event log.
    pub stream: String,
    /// Subject prefix of the events; the stream captures `<prefix>.>`.
    pub subject_prefix: String,
    /// Stream replicas: 1 for one server, 3 for a production cluster.
    pub replicas: usize,
    /// The nats-server executable `serve` starts (a path, or a name looked up on PATH).
    pub server: PathBuf,
    /// JetStream storage directory of the managed nats-server.
    pub store_dir: PathBuf,
    /// How long to keep retrying the first connection at start.
    pub connect_timeout_secs: u64,
    /// The JetStream key-value bucket of `Idempotency-Key` records (kept 24 h).
    pub idempotency_bucket: String,
}

impl Default for NatsConfig {
    fn default() -> Self {
        Self {
            url: None,
            credentials_file: None,
            stream: "VERACITY_EVENTS".into(),
            subject_prefix: "veracity.ev".into(),
            replicas: 1,
            server: "nats-server".into(),
            store_dir: "data/nats".into(),
            connect_timeout_secs: 30,
            idempotency_bucket: "veracity_idempotency".into(),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum BlobBackend {
    Local,
    S3,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct BlobsConfig {
    /// `local` (a directory) or `s3` (see the `s3` section).
    pub backend: BlobBackend,
    /// Root directory of the `local` backend.
    pub dir: PathBuf,
}

impl Default for BlobsConfig {
    fn default() -> Self {
        Self { backend: BlobBackend::Local, dir: "data/blobs".into() }
    }
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct S3Config {
    pub bucket: Option<String>,
    pub region: String,
    /// Custom endpoint for S3-compatible servers (MinIO, Ceph…); unset for AWS.
    pub endpoint: Option<String>,
    /// Static credentials; unset to use the AWS default chain (env, profile, IAM role).
    pub access_key_id: Option<String>,
    pub secret_access_key: Option<Secret>,
    pub force_path_style: bool,
    /// Prepended to every object key, to share a bucket.
    pub key_prefix: String,
    /// Create the bucket at start if it does not exist (development; off in production).
    pub create_bucket: bool,
}

impl Default for S3Config {
    fn default() -> Self {
        Self {
            bucket: None,
            region: "us-east-1".into(),
            endpoint: None,
            access_key_id: None,
            secret_access_key: None,
            force_path_style: false,
            key_prefix: String::new(),
            create_bucket: false,
        }
    }
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct AuthConfig {
    /// HS256 key of admin access tokens, at least 32 bytes. Unset: read from `jwt_secret_file`,
    /// which `veracity serve` creates with a random key on first run. Every API process of one
    /// deployment needs the same key.
    pub jwt_secret: Option<Secret>,
    pub jwt_secret_file: PathBuf,
    /// The `iss` of access tokens.
    pub jwt_issuer: String,
    pub access_token_ttl_secs: u64,
    pub refresh_token_ttl_secs: u64,
    pub invitation_ttl_secs: u64,
    /// Failed logins allowed per e-mail address, and per client address, per window.
    pub login_failures_per_account: u32,
    pub login_failures_per_ip: u32,
    pub login_failure_window_secs: u64,
    /// Sign-ups allowed per client address (an IPv6 /64) per hour.
    pub signups_per_ip_per_hour: u32,
    /// Proxies (addresses or CIDR networks) whose `X-Forwarded-For` is believed.
    pub trusted_proxies: Vec<String>,
    /// How often each API process records API-key usage counts in the event log.
    pub usage_flush_interval_ms: u64,
}

impl Default for AuthConfig {
    fn default() -> Self {
        Self {
            jwt_secret: None,
            jwt_secret_file: "data/jwt.secret".into(),
            jwt_issuer: "veracity".into(),
            access_token_ttl_secs: 15 * 60,
            refresh_token_ttl_secs: 30 * 24 * 3600,
            invitation_ttl_secs: 7 * 24 * 3600,
            login_failures_per_account: 5,
            login_failures_per_ip: 20,
            login_failure_window_secs: 15 * 60,
            signups_per_ip_per_hour: 10,
            trusted_proxies: Vec::new(),
            usage_flush_interval_ms: 1000,
        }
    }
}

/// The shortest accepted JWT key.
pub const MIN_JWT_SECRET_BYTES: usize = 32;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum LogFormat {
    Text,
    Json,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct LogConfig {
    pub format: LogFormat,
    /// A tracing filter, e.g. `info` or `info,veracity_workers=debug`; `RUST_LOG` overrides it.
    pub level: String,
}

impl Default for LogConfig {
    fn default() -> Self {
        Self { format: LogFormat::Text, level: "info".into() }
    }
}

/// A `veracity worker` process's own listener.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct WorkerConfig {
    /// Where `veracity worker` serves `/healthz`, `/readyz` (with each failed check's error) and
    /// `/metrics`, for monitoring on a private network; port 0 picks a free one (logged at start);
    /// empty: none. `veracity serve` serves them on the API's listeners instead.
    pub ops_bind: String,
}

impl Default for WorkerConfig {
    fn default() -> Self {
        Self { ops_bind: "127.0.0.1:9091".into() }
    }
}

/// The vendors' drop-in routes (docs/migrate/).
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct CompatConfig {
    /// Vendors also served at their own paths, so their clients change only the host:
    /// `["dmi", "glair", "veriplus"]` (`VERACITY_COMPAT_MOUNT_AT_ROOT=dmi,veriplus`). Every
    /// vendor is always served under `/compat/<vendor>`. `deepfakedetector` cannot be: its paths
    /// are Veracity's own.
    #[serde(deserialize_with = "names")]
    pub mount_at_root: Vec<String>,
}

/// A list written as a TOML array or as one comma-separated string (an environment variable).
fn names<'de, D: serde::Deserializer<'de>>(deserializer: D) -> Result<Vec<String>, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum Names {
        One(String),
        Many(Vec<String>),
    }
    let list = match Names::deserialize(deserializer)? {
        Names::One(text) => text.split(',').map(str::to_owned).collect(),
        Names::Many(list) => list,
    };
    Ok(list.into_iter().map(|n| n.trim().to_ascii_lowercase()).filter(|n| !n.is_empty()).collect())
}

#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("configuration file {0} does not exist")]
    MissingFile(PathBuf),
    #[error("invalid configuration:\n  - {}", .0.join("\n  - "))]
    Invalid(Vec<String>),
}

/// One line per figment error: the key as written in a file, what is wrong, and where it came
/// from (the environment variable's real name, or the file).
fn describe(errors: figment::Error) -> Vec<String> {
    errors
        .into_iter()
        .map(|e| {
            let source = match &e.metadata {
                Some(m) if m.name.contains("environment") => format!(" (from VERACITY_{})", e.path.join("_").to_ascii_uppercase()),
                Some(m) => format!(" (from {})", m.source.as_ref().map_or_else(|| m.name.to_string(), |s| s.to_string())),
                None => String::new(),
            };
            match e.path.join(".").to_ascii_lowercase() {
                key if key.is_empty() => format!("{}{source}", e.kind),
                key => format!("{key}: {}{source}", e.kind),
            }
        })
        .collect()
}

impl Config {
    /// Defaults, then `file` (or `veracity.toml` if present), then the environment.
    pub fn load(file: Option<&Path>) -> Result<Self, ConfigError> {
        let mut figment = Figment::new();
        match file {
            Some(path) if !path.exists() => return Err(ConfigError::MissingFile(path.to_owned())),
            Some(path) => figment = figment.merge(Toml::file_exact(path)),
            None if Path::new(DEFAULT_CONFIG_FILE).exists() => {
                figment = figment.merge(Toml::file_exact(DEFAULT_CONFIG_FILE));
            }
            None => {}
        }
        let env = Env::prefixed("VERACITY_")
            .filter(|key| !NOT_KEYS.iter().any(|k| key.as_str().eq_ignore_ascii_case(k)))
            .map(|key| key.as_str().to_ascii_lowercase().replacen('_', ".", 1).into());
        let config: Config = figment.merge(env).extract().map_err(|e| ConfigError::Invalid(describe(e)))?;
        config.validate()?;
        Ok(config)
    }

    /// Every rule the types alone do not enforce.
    pub fn validate(&self) -> Result<(), ConfigError> {
        let mut problems = Vec::new();
        if self.http.bind.parse::<SocketAddr>().is_err() {
            problems.push(format!("http.bind `{}` is not an address like 127.0.0.1:8080", self.http.bind));
        }
        if self.http.max_body_bytes == 0 {
            problems.push("http.max_body_bytes must be greater than 0".into());
        }
        if self.http.max_upload_bytes < self.http.max_body_bytes {
            problems.push("http.max_upload_bytes must be at least http.max_body_bytes".into());
        }
        if !self.worker.ops_bind.is_empty() && self.worker.ops_bind.parse::<SocketAddr>().is_err() {
            problems.push(format!("worker.ops_bind `{}` is not an address like 10.0.0.5:9091 (empty: none)", self.worker.ops_bind));
        }
        if let Some(bind) = &self.http.internal_bind
            && bind.parse::<SocketAddr>().is_err()
        {
            problems.push(format!("http.internal_bind `{bind}` is not an address like 10.0.0.5:9090"));
        }
        if self.http.metrics_token.as_ref().is_some_and(|t| t.expose().len() < 16) {
            problems.push("http.metrics_token must be at least 16 characters (e.g. `openssl rand -hex 16`)".into());
        }
        if self.http.idle_timeout_secs == 0 {
            problems.push("http.idle_timeout_secs must be at least 1".into());
        }
        if self.http.header_read_timeout_secs == 0 {
            problems.push("http.header_read_timeout_secs must be at least 1".into());
        }
        if self.http.request_read_timeout_secs < self.http.header_read_timeout_secs {
            problems.push("http.request_read_timeout_secs must be at least http.header_read_timeout_secs".into());
        }
        let url = self.database.url.expose();
        if !["sqlite:", "postgres://", "postgresql://"].iter().any(|scheme| url.starts_with(scheme)) {
            problems.push("database.url must start with sqlite:, postgres:// or postgresql://".into());
        }
        if self.database.max_connections == 0 {
            problems.push("database.max_connections must be at least 1".into());
        }
        if self.nats.url.as_ref().is_some_and(|u| u.expose().trim().is_empty()) {
            problems.push("nats.url is set but empty".into());
        }
        if self.nats.stream.is_empty() || !self.nats.stream.chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-') {
            problems.push(format!("nats.stream `{}` must be letters, digits, `_` or `-`", self.nats.stream));
        }
        let token_ok = |t: &str| !t.is_empty() && t.chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-');
        if !self.nats.subject_prefix.split('.').all(token_ok) {
            problems.push(format!(
                "nats.subject_prefix `{}` must be dot-separated tokens of letters, digits, `_` or `-`",
                self.nats.subject_prefix
            ));
        }
        if !(1..=5).contains(&self.nats.replicas) {
            problems.push("nats.replicas must be between 1 and 5".into());
        }
        if self.blobs.backend == BlobBackend::S3 && self.s3.bucket.as_deref().unwrap_or("").is_empty() {
            problems.push("blobs.backend = s3 needs s3.bucket (VERACITY_S3_BUCKET)".into());
        }
        if self.s3.access_key_id.is_some() != self.s3.secret_access_key.is_some() {
            problems.push("s3.access_key_id and s3.secret_access_key must be set together".into());
        }
        if self.auth.jwt_secret.as_ref().is_some_and(|s| s.expose().len() < MIN_JWT_SECRET_BYTES) {
            problems.push(format!("auth.jwt_secret must be at least {MIN_JWT_SECRET_BYTES} bytes"));
        }
        for proxy in &self.auth.trusted_proxies {
            if let Err(reason) = proxy.parse::<veracity_domain::accounts::IpNetwork>() {
                problems.push(format!("auth.trusted_proxies: {reason}"));
            }
        }
        if self.auth.access_token_ttl_secs == 0 || self.auth.refresh_token_ttl_secs == 0 || self.auth.invitation_ttl_secs == 0 {
            problems.push("auth token lifetimes must be greater than 0".into());
        }
        if self.auth.signups_per_ip_per_hour == 0 {
            problems.push("auth.signups_per_ip_per_hour must be at least 1".into());
        }
        if self.auth.usage_flush_interval_ms == 0 {
            problems.push("auth.usage_flush_interval_ms must be greater than 0".into());
        }
        crate::detection_config::validate(&self.detection, &self.models, &mut problems);
        crate::billing_config::validate(&self.billing, &mut problems);
        crate::webhooks_config::validate(&self.webhooks, &mut problems);
        crate::telemetry_config::validate(&self.telemetry, &mut problems);
        for vendor in &self.compat.mount_at_root {
            if vendor == "deepfakedetector" {
                problems.push(
                    "compat.mount_at_root: deepfakedetector cannot be served at the root: its paths (/v1/detect, /v1/jobs/{id}) \
                     are Veracity's own; its clients use the /compat/deepfakedetector prefix"
                        .into(),
                );
            } else if veracity_api::compat::root_paths(vendor).is_none() {
                let known: Vec<&str> = veracity_api::compat::ROOT_MOUNTABLE.iter().map(|(name, _)| *name).collect();
                problems.push(format!("compat.mount_at_root: unknown vendor `{vendor}` (one of: {})", known.join(", ")));
            }
        }
        if tracing_subscriber::EnvFilter::try_new(&self.log.level).is_err() {
            problems.push(format!("log.level `{}` is not a valid filter (try `info` or `debug`)", self.log.level));
        }
        if problems.is_empty() { Ok(()) } else { Err(ConfigError::Invalid(problems)) }
    }
}

#[cfg(test)]
// figment's Jail returns its (large) error type; these are tests.
#[allow(clippy::result_large_err)]
mod tests {
    use super::*;
    use figment::Jail;

    #[test]
    fn defaults_are_valid_and_embedded() {
        let config = Config::default();
        config.validate().unwrap();
        assert!(config.nats.url.is_none());
        assert!(config.database.url.expose().starts_with("sqlite://"));
        assert_eq!(config.blobs.backend, BlobBackend::Local);
    }

    #[test]
    fn compat_mounts_are_a_list_or_a_comma_string_and_deepfakedetector_is_refused() {
        Jail::expect_with(|jail| {
            jail.create_file("root.toml", "[compat]\nmount_at_root = [\"glair\"]\n")?;
            assert_eq!(Config::load(Some(Path::new("root.toml"))).unwrap().compat.mount_at_root, ["glair"]);
            jail.set_env("VERACITY_COMPAT_MOUNT_AT_ROOT", "dmi, Veriplus");
            assert_eq!(Config::load(None).unwrap().compat.mount_at_root, ["dmi", "veriplus"]);
            jail.set_env("VERACITY_COMPAT_MOUNT_AT_ROOT", "deepfakedetector,acme");
            let error = Config::load(None).unwrap_err().to_string();
            assert!(error.contains("deepfakedetector cannot be served at the root"), "{error}");
            assert!(error.contains("unknown vendor `acme` (one of: dmi, glair, veriplus)"), "{error}");
            Ok(())
        });
    }

    #[test]
    fn an_otlp_endpoint_is_an_http_url() {
        Jail::expect_with(|jail| {
            jail.set_env("VERACITY_TELEMETRY_OTLP_ENDPOINT", "http://otel-collector:4318");
            let config = Config::load(None).unwrap();
            assert_eq!(config.telemetry.otlp_endpoint.as_ref().map(Secret::expose), Some("http://otel-collector:4318"));
            jail.set_env("VERACITY_TELEMETRY_OTLP_ENDPOINT", "otel-collector:4317");
            let error = Config::load(None).unwrap_err().to_string();
            assert!(error.contains("telemetry.otlp_endpoint is not an http(s) URL"), "{error}");
            Ok(())
        });
    }

    #[test]
    fn environment_maps_first_underscore_to_section() {
        Jail::expect_with(|jail| {
            jail.set_env("VERACITY_DATABASE_URL", "postgres://app:pw@db/veracity");
            jail.set_env("VERACITY_NATS_URL", "nats://nats:4222");
            jail.set_env("VERACITY_HTTP_MAX_BODY_BYTES", "2048");
            jail.set_env("VERACITY_S3_SECRET_ACCESS_KEY", "hush");
            jail.set_env("VERACITY_S3_ACCESS_KEY_ID", "AKIA");
            jail.set_env("VERACITY_CONFIG", "ignored-here");
            let config = Config::load(None).unwrap();
            assert_eq!(config.database.url.expose(), "postgres://app:pw@db/veracity");
            assert_eq!(config.nats.url.as_ref().map(Secret::expose), Some("nats://nats:4222"));
            assert_eq!(config.http.max_body_bytes, 2048);
            assert_eq!(config.s3.secret_access_key.as_ref().unwrap().expose(), "hush");
            Ok(())
        });
    }

    #[test]
    fn auth_settings_from_the_environment_including_lists() {
        Jail::expect_with(|jail| {
            jail.set_env("VERACITY_AUTH_TRUSTED_PROXIES", r#"["10.0.0.0/8", "fd00::/8"]"#);
            jail.set_env("VERACITY_AUTH_JWT_SECRET", "0123456789abcdef0123456789abcdef");
            jail.set_env("VERACITY_AUTH_LOGIN_FAILURES_PER_IP", "50");
            let config = Config::load(None).unwrap();
            assert_eq!(config.auth.trusted_proxies, ["10.0.0.0/8", "fd00::/8"]);
            assert_eq!(config.auth.login_failures_per_ip, 50);
            jail.set_env("VERACITY_AUTH_JWT_SECRET", "short");
            jail.set_env("VERACITY_AUTH_TRUSTED_PROXIES", r#"["10.0.0.1/8"]"#);
            let message = Config::load(None).unwrap_err().to_string();
            assert!(message.contains("auth.jwt_secret must be at least 32 bytes"), "{message}");
            assert!(message.contains("auth.trusted_proxies"), "{message}");
            Ok(())
        });
    }

    #[test]
    fn file_then_environment() {
        Jail::expect_with(|jail| {
            jail.create_file("custom.toml", "[http]\nbind = \"0.0.0.0:9000\"\n[log]\nformat = \"json\"\n")?;
            jail.set_env("VERACITY_LOG_LEVEL", "debug");
            let config = Config::load(Some(Path::new("custom.toml"))).unwrap();
            assert_eq!(config.http.bind, "0.0.0.0:9000");
            assert_eq!(config.log.format, LogFormat::Json);
            assert_eq!(config.log.level, "debug");
            Ok(())
        });
    }

    #[test]
    fn every_problem_is_reported_at_once() {
        Jail::expect_with(|jail| {
            jail.set_env("VERACITY_HTTP_BIND", "nowhere");
            jail.set_env("VERACITY_DATABASE_URL", "mysql://x");
            jail.set_env("VERACITY_BLOBS_BACKEND", "s3");
            let message = Config::load(None).unwrap_err().to_string();
            assert!(message.contains("http.bind `nowhere`"), "{message}");
            assert!(message.contains("database.url must start with"), "{message}");
            assert!(message.contains("needs s3.bucket"), "{message}");
            Ok(())
        });
    }

    #[test]
    fn unknown_keys_and_bad_types_are_refused() {
        Jail::expect_with(|jail| {
            jail.create_file("veracity.toml", "[http]\nbnid = \"x\"\n")?;
            let message = Config::load(None).unwrap_err().to_string();
            assert!(message.contains("bnid") && message.contains("veracity.toml"), "{message}");
            Ok(())
        });
        Jail::expect_with(|jail| {
            jail.set_env("VERACITY_HTTP_MAX_BODY_BYTES", "lots");
            let message = Config::load(None).unwrap_err().to_string();
            assert!(message.contains("http.max_body_bytes: invalid type"), "{message}");
            assert!(message.contains("(from VERACITY_HTTP_MAX_BODY_BYTES)"), "{message}");
            Ok(())
        });
        assert!(matches!(Config::load(Some(Path::new("/nonexistent.toml"))), Err(ConfigError::MissingFile(_))));
    }

    #[test]
    fn secrets_never_show() {
        let mut config = Config::default();
        config.database.url = Secret::new("postgres://app:topsecret@db/v");
        config.s3.secret_access_key = Some(Secret::new("topsecret"));
        config.nats.url = Some(Secret::new("nats://topsecret@nats:4222"));
        let shown = serde_json::to_string(&config).unwrap();
        assert!(!shown.contains("topsecret"), "{shown}");
        assert!(shown.contains("postgres://app:***@db/v"), "{shown}");
        assert!(shown.contains("nats://***@nats:4222"), "{shown}");
        assert!(!format!("{config:?}").contains("topsecret"));
    }
}
