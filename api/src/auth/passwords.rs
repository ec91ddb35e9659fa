//! argon2id hashing of passwords and API-key secrets, off the async threads and bounded, so
//! a burst of logins cannot starve request handling of CPU.

use std::sync::Arc;

use argon2::{Argon2, PasswordHasher, PasswordVerifier};
use tokio::sync::Semaphore;
use veracity_domain::DomainError;

/// Hashes and verifies with argon2id, m = 19 MiB, t = 2, p = 1: OWASP's recommended minimum,
/// and the argon2 crate's defaults.
#[derive(Clone)]
pub struct Hasher {
    permits: Arc<Semaphore>,
    /// A hash of a random string, verified against when there is no real hash to check, so an
    /// unknown e-mail takes as long to refuse as a wrong password.
    decoy: Arc<String>,
    /// Counts argon2 computations (`veracity_argon2_computations_total`).
    computed: prometheus::IntCounter,
}

fn argon2() -> Argon2<'static> {
    Argon2::default()
}

impl Hasher {
    pub fn new(computed: prometheus::IntCounter) -> Self {
        let cpus = std::thread::available_parallelism().map_or(2, |n| n.get());
        let decoy = hash_now(&super::tokens::base58_encode(&super::tokens::random_bytes::<16>()));
        Self { permits: Arc::new(Semaphore::new(cpus)), decoy: Arc::new(decoy), computed }
    }

    pub async fn hash(&self, secret: String) -> Result<String, DomainError> {
        self.computed.inc();
        let _permit = self.permits.acquire().await.map_err(DomainError::internal)?;
        tokio::task::spawn_blocking(move || hash_now(&secret)).await.map_err(DomainError::internal)
    }

    /// True when `secret` matches `hash` (an argon2 PHC string). A `None` hash is checked
    /// against the decoy and is always false.
    pub async fn verify(&self, secret: String, hash: Option<String>) -> Result<bool, DomainError> {
        self.computed.inc();
        let _permit = self.permits.acquire().await.map_err(DomainError::internal)?;
        let real = hash.is_some();
        let hash = hash.unwrap_or_else(|| self.decoy.as_str().to_owned());
        let matched = tokio::task::spawn_blocking(move || argon2().verify_password(secret.as_bytes(), hash.as_str()).is_ok())
            .await
            .map_err(DomainError::internal)?;
        Ok(real && matched)
    }
}

fn hash_now(secret: &str) -> String {
    argon2().hash_password(secret.as_bytes()).expect("argon2 with default parameters cannot fail").to_string()
}
