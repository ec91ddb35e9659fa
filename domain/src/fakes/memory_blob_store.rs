use std::collections::HashMap;
use std::sync::Mutex;

use async_trait::async_trait;
use bytes::Bytes;

use crate::error::DomainError;
use crate::ports::blob_store::{BlobKey, BlobStore};

/// Blobs in a `HashMap`.
#[derive(Default)]
pub struct InMemoryBlobStore {
    objects: Mutex<HashMap<BlobKey, Bytes>>,
}

impl InMemoryBlobStore {
    pub fn new() -> Self {
        Self::default()
    }

    fn objects(&self) -> std::sync::MutexGuard<'_, HashMap<BlobKey, Bytes>> {
        self.objects.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

#[async_trait]
impl BlobStore for InMemoryBlobStore {
    async fn put(&self, key: &BlobKey, data: Bytes) -> Result<(), DomainError> {
        self.objects().insert(key.clone(), data);
        Ok(())
    }

    async fn get(&self, key: &BlobKey) -> Result<Bytes, DomainError> {
        self.objects().get(key).cloned().ok_or_else(|| DomainError::NotFound { resource: "blob", id: key.to_string() })
    }

    async fn exists(&self, key: &BlobKey) -> Result<bool, DomainError> {
        Ok(self.objects().contains_key(key))
    }

    async fn delete(&self, key: &BlobKey) -> Result<(), DomainError> {
        self.objects().remove(key);
        Ok(())
    }

    async fn ping(&self) -> Result<(), DomainError> {
        Ok(())
    }
}
