//! Configuration values that must never be logged.

use anyhow::Context;
use serde::{Deserialize, Serialize, Serializer};

/// Creates `path`, which must not exist yet, holding `text` and readable by the owner only
/// (mode 0600 from the start: there is no moment another user could open it).
pub fn create_private_file(path: &std::path::Path, text: &str) -> anyhow::Result<()> {
    use std::io::Write;
    use std::os::unix::fs::OpenOptionsExt;
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(path)
        .with_context(|| format!("creating {}", path.display()))?;
    file.write_all(text.as_bytes()).with_context(|| format!("writing {}", path.display()))
}

/// A value that must never be logged: shown as `***` by `Debug` and by `veracity config`.
#[derive(Clone, Deserialize, PartialEq, Eq)]
#[serde(transparent)]
pub struct Secret(String);

impl Secret {
    pub fn new(value: impl Into<String>) -> Self {
        Self(value.into())
    }

    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Debug for Secret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("***")
    }
}

impl Serialize for Secret {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        // A URL keeps its shape with only the password hidden, which is what an operator needs.
        let shown = if self.0.contains("://") { veracity_adapters::redact::redact_url(&self.0) } else { "***".into() };
        serializer.serialize_str(&shown)
    }
}
