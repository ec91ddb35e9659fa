//! The blob store port: where uploaded media and other large bytes live.

use async_trait::async_trait;
use bytes::Bytes;

use crate::error::DomainError;

/// A validated object key: 1–512 characters of `[A-Za-z0-9._-]` in `/`-separated segments,
/// none of them empty or starting with `.` (so no `..`, and no clash with a store's own hidden
/// files). Safe as a file path below a root and as an S3 key.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct BlobKey(String);

impl BlobKey {
    pub fn new(key: impl Into<String>) -> Result<Self, DomainError> {
        let key = key.into();
        let segment_ok =
            |s: &str| !s.is_empty() && !s.starts_with('.') && s.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-'));
        if key.len() > 512 || !key.split('/').all(segment_ok) {
            return Err(DomainError::invalid(
                "blob key",
                format!("`{key}` must be 1-512 characters of [A-Za-z0-9._-] segments separated by `/`, none starting with `.`"),
            ));
        }
        Ok(Self(key))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for BlobKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

#[async_trait]
pub trait BlobStore: Send + Sync {
    /// Stores `data` under `key`, replacing what was there. Readers never see a partial object.
    async fn put(&self, key: &BlobKey, data: Bytes) -> Result<(), DomainError>;

    /// The object's bytes, or [`DomainError::NotFound`].
    async fn get(&self, key: &BlobKey) -> Result<Bytes, DomainError>;

    async fn exists(&self, key: &BlobKey) -> Result<bool, DomainError>;

    /// Removes the object; removing a missing object is not an error.
    async fn delete(&self, key: &BlobKey) -> Result<(), DomainError>;

    /// Checks that the store is reachable and usable, for readiness probes.
    async fn ping(&self) -> Result<(), DomainError>;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_validated() {
        for good in ["a", "media/ab/cdef.jpg", "x-y_z.1/2", &"a".repeat(512)] {
            assert!(BlobKey::new(good).is_ok(), "{good}");
        }
        for bad in ["", "/a", "a/", "a//b", "../a", "a/../b", "./a", ".hidden", "a/.b", "a b", "a\\b", "ä", &"a".repeat(513)] {
            assert!(BlobKey::new(bad).is_err(), "{bad}");
        }
    }
}
