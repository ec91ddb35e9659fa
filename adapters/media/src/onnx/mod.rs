//! The ONNX Runtime adapter: loads `libonnxruntime` once per process (ort's `load-dynamic`),
//! creates each model's session once from the manifest, and implements the detectors that run
//! on it.

mod classifier;
mod clip;
mod heatmap;
pub mod manifest;
mod mtcnn;
mod regions;
mod resize;
mod scrfd;
mod speech;
pub mod speech_features;

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, OnceLock};

use ort::session::Session;
use ort::session::builder::GraphOptimizationLevel;
use veracity_domain::DomainError;

pub use classifier::OnnxClassifier;
pub use clip::{ClipProbe, ClipSettings, u8s8_is_exact};
pub use heatmap::{OVERLAY_SIDE, render_heatmap};
pub use manifest::{Manifest, ModelEntry};
pub use mtcnn::{FaceDetector, MtcnnSettings};
pub use scrfd::ScrfdDetector;
pub use speech::SpeechForest;

/// Where the runtime and models are, and how many threads one inference may use.
#[derive(Debug, Clone)]
pub struct RuntimeSettings {
    /// `libonnxruntime.so`; `scripts/bootstrap` installs it into `.venv` (see `ORT_DYLIB_PATH`).
    pub library: PathBuf,
    /// The directory holding `models.toml` and the model files.
    pub models_dir: PathBuf,
    /// Threads inside one operator (ONNX Runtime's intra-op pool) per session.
    pub intra_threads: usize,
}

/// The loaded runtime and the manifest, shared by every model of the process.
pub struct OnnxRuntime {
    environment: ort::environment::Environment,
    manifest: Manifest,
    settings: RuntimeSettings,
}

static ENVIRONMENT: OnceLock<Result<ort::environment::Environment, String>> = OnceLock::new();

impl OnnxRuntime {
    /// Loads the library (once per process, whatever the arguments of later calls) and the manifest.
    pub fn load(settings: RuntimeSettings) -> Result<OnnxRuntime, DomainError> {
        let library = settings.library.clone();
        let environment = ENVIRONMENT
            .get_or_init(|| {
                if !library.is_file() {
                    return Err(format!(
                        "the ONNX Runtime library was not found at `{}`; run scripts/bootstrap, or set models.onnxruntime / ORT_DYLIB_PATH",
                        library.display()
                    ));
                }
                ort::init_from(&library)
                    .map_err(|e| format!("loading {}: {e}", library.display()))?
                    .with_name("veracity")
                    .build()
                    .map_err(|e| format!("starting ONNX Runtime: {e}"))
            })
            .clone()
            .map_err(DomainError::internal)?;
        let manifest = Manifest::load(&settings.models_dir)?;
        Ok(OnnxRuntime { environment, manifest, settings })
    }

    pub fn manifest(&self) -> &Manifest {
        &self.manifest
    }

    pub fn models_dir(&self) -> &Path {
        &self.settings.models_dir
    }

    /// A session for manifest model `id`, its file verified against the pinned SHA-256.
    ///
    /// Sessions are created once per process for a given model file and thread count and
    /// shared after that (like the runtime itself): a session holds the model's weights, up
    /// to ~100 MB, and takes about a second to build.
    pub fn session(&self, id: &str) -> Result<Arc<Model>, DomainError> {
        /// Built sessions by (model id and digest, threads).
        type Sessions = Mutex<HashMap<(String, usize), Arc<Model>>>;
        static SESSIONS: OnceLock<Sessions> = OnceLock::new();
        let entry = self.manifest.model(id)?;
        let key = (format!("{}:{}", entry.id, entry.sha256), self.settings.intra_threads);
        let sessions = SESSIONS.get_or_init(Mutex::default);
        // Held while building: two callers wanting one model build it once.
        let mut sessions = sessions.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        if let Some(model) = sessions.get(&key) {
            return Ok(model.clone());
        }
        let model = Arc::new(self.build(entry.clone())?);
        sessions.insert(key, model.clone());
        Ok(model)
    }

    fn build(&self, entry: ModelEntry) -> Result<Model, DomainError> {
        let id = entry.id.clone();
        let bytes = entry.read_verified(&self.settings.models_dir)?;
        let fail = |e: ort::Error| DomainError::internal(format!("model `{id}`: {e}"));
        let session = Session::builder(&self.environment)
            .map_err(fail)?
            .with_optimization_level(GraphOptimizationLevel::Level3)
            .map_err(|e| fail(e.into()))?
            .with_intra_threads(self.settings.intra_threads.max(1))
            .map_err(|e| fail(e.into()))?
            // Idle pool threads sleep instead of spinning: the worker's own threads (NATS,
            // decoding, the next job) share the same cores.
            .with_intra_op_spinning(false)
            .map_err(|e| fail(e.into()))?
            .commit_from_memory(&bytes)
            .map_err(fail)?;
        Ok(Model { entry, session: Mutex::new(session) })
    }
}

/// One model's session. ONNX Runtime sessions are run one call at a time here; batching frames
/// into one call is what makes a call worth it.
pub struct Model {
    pub entry: ModelEntry,
    session: Mutex<Session>,
}

/// An output tensor: its shape and its data, row-major.
pub type Tensor = (Vec<usize>, Vec<f32>);

impl Model {
    /// Runs the model on one `f32` input of `shape`, returning each named output's shape and data.
    pub fn run(&self, shape: &[usize], input: Vec<f32>, outputs: &[&str]) -> Result<Vec<Tensor>, DomainError> {
        let id = &self.entry.id;
        let fail = |e: ort::Error| DomainError::internal(format!("running model `{id}`: {e}"));
        let tensor = ort::value::Tensor::from_array((shape.to_vec(), input)).map_err(fail)?;
        let mut session = self.session.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        let result = session.run(ort::inputs![tensor]).map_err(fail)?;
        outputs
            .iter()
            .map(|name| {
                let value = result.get(*name).ok_or_else(|| DomainError::internal(format!("model `{id}` has no output `{name}`")))?;
                let (shape, data) = value.try_extract_tensor::<f32>().map_err(fail)?;
                Ok((shape.iter().map(|&d| d.max(0) as usize).collect(), data.to_vec()))
            })
            .collect()
    }
}
