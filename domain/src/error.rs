//! The one error type of the business layer. Every variant has a stable machine-readable code;
//! the HTTP layer maps variants to status codes in one place (`api::error`).

/// An outside system the service depends on, named in errors and readiness reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Dependency {
    /// The event log (NATS JetStream).
    Nats,
    /// The SQL database holding the read models.
    Database,
    /// Where uploaded media is kept (local directory or S3).
    BlobStore,
    /// Stripe's API (credit purchases).
    Stripe,
}

impl Dependency {
    pub fn as_str(self) -> &'static str {
        match self {
            Dependency::Nats => "nats",
            Dependency::Database => "database",
            Dependency::BlobStore => "blob_store",
            Dependency::Stripe => "stripe",
        }
    }
}

impl std::fmt::Display for Dependency {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DomainError {
    /// The resource does not exist, or belongs to another tenant (the two are never told apart).
    #[error("{resource} `{id}` was not found")]
    NotFound { resource: &'static str, id: String },

    /// Another writer changed the aggregate since it was loaded; reload and decide again.
    #[error("{aggregate} was changed concurrently; reload and retry")]
    Concurrency { aggregate: String },

    /// Input that breaks a rule of the domain.
    #[error("invalid {field}: {reason}")]
    Invalid { field: String, reason: String },

    /// A dependency could not be reached or answered with an error.
    #[error("{dependency} is unavailable: {reason}")]
    Unavailable { dependency: Dependency, reason: String },

    /// A broken invariant or unexpected state: a bug or corrupt data, never the caller's fault.
    #[error("internal error: {0}")]
    Internal(String),
}

impl DomainError {
    pub fn invalid(field: impl Into<String>, reason: impl Into<String>) -> Self {
        DomainError::Invalid { field: field.into(), reason: reason.into() }
    }

    pub fn unavailable(dependency: Dependency, reason: impl std::fmt::Display) -> Self {
        DomainError::Unavailable { dependency, reason: reason.to_string() }
    }

    pub fn internal(reason: impl std::fmt::Display) -> Self {
        DomainError::Internal(reason.to_string())
    }
}
