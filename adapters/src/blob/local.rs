use std::io::{ErrorKind, Write};
use std::path::{Path, PathBuf};

use async_trait::async_trait;
use bytes::Bytes;
use veracity_domain::ports::blob_store::{BlobKey, BlobStore};
use veracity_domain::{Dependency, DomainError};

/// Blobs as files below a root directory. Writes go to `<root>/.staging/` first and are renamed
/// into place, so a reader sees the old object or the whole new one, never a torn write.
pub struct LocalBlobStore {
    root: PathBuf,
}

fn unavailable(action: &str, path: &Path, err: std::io::Error) -> DomainError {
    DomainError::unavailable(Dependency::BlobStore, format!("{action} {}: {err}", path.display()))
}

impl LocalBlobStore {
    pub async fn open(root: impl Into<PathBuf>) -> Result<Self, DomainError> {
        let root = root.into();
        let staging = root.join(".staging");
        tokio::fs::create_dir_all(&staging).await.map_err(|e| unavailable("creating", &staging, e))?;
        Ok(Self { root })
    }

    fn path(&self, key: &BlobKey) -> PathBuf {
        // BlobKey guarantees relative, `.`-free segments, so this stays below the root.
        self.root.join(key.as_str())
    }

    fn staging_path(&self) -> PathBuf {
        self.root.join(".staging").join(uuid::Uuid::new_v4().simple().to_string())
    }
}

#[async_trait]
impl BlobStore for LocalBlobStore {
    async fn put(&self, key: &BlobKey, data: Bytes) -> Result<(), DomainError> {
        let path = self.path(key);
        let staged = self.staging_path();
        // One blocking task for the whole write rather than a hop per step. No fsync: the
        // rename makes the object appear whole or not at all, and its durability is the
        // embedded event log's (JetStream acknowledges before it syncs to disk); the kernel
        // writes it out within seconds. A blob cut short by a power loss fails its job's
        // SHA-256 check instead of being analysed. Production uses S3, durable on PUT.
        let written = tokio::task::spawn_blocking(move || {
            let write = || -> std::io::Result<()> {
                if let Some(dir) = path.parent() {
                    std::fs::create_dir_all(dir)?;
                }
                let mut file = std::fs::File::create(&staged)?;
                file.write_all(&data)?;
                std::fs::rename(&staged, &path)
            };
            let result = write();
            if result.is_err() {
                let _ = std::fs::remove_file(&staged);
            }
            result.map_err(|err| unavailable("writing", &path, err))
        })
        .await;
        written.unwrap_or_else(|e| Err(DomainError::unavailable(Dependency::BlobStore, format!("writing a blob: {e}"))))
    }

    async fn get(&self, key: &BlobKey) -> Result<Bytes, DomainError> {
        let path = self.path(key);
        match tokio::fs::read(&path).await {
            Ok(data) => Ok(Bytes::from(data)),
            Err(err) if err.kind() == ErrorKind::NotFound => Err(DomainError::NotFound { resource: "blob", id: key.to_string() }),
            Err(err) => Err(unavailable("reading", &path, err)),
        }
    }

    async fn exists(&self, key: &BlobKey) -> Result<bool, DomainError> {
        let path = self.path(key);
        tokio::fs::try_exists(&path).await.map_err(|e| unavailable("checking", &path, e))
    }

    async fn delete(&self, key: &BlobKey) -> Result<(), DomainError> {
        let path = self.path(key);
        match tokio::fs::remove_file(&path).await {
            Err(err) if err.kind() != ErrorKind::NotFound => Err(unavailable("deleting", &path, err)),
            _ => Ok(()),
        }
    }

    async fn ping(&self) -> Result<(), DomainError> {
        // Writing a probe catches a read-only or vanished volume, which a stat would not.
        let probe = self.staging_path();
        tokio::fs::write(&probe, b"ok").await.map_err(|e| unavailable("writing", &probe, e))?;
        tokio::fs::remove_file(&probe).await.map_err(|e| unavailable("removing", &probe, e))
    }
}
