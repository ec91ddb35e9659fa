//! The ONNX Runtime adapter: loads `libonnxruntime` once per process (ort's `load-dynamic`),
//! creates each model's session once from the manifest, and implements the detectors that run
//! on it.

mod classifier;
mod clip;
mod heatmap;
mod lanes;
pub mod manifest;
mod mtcnn;
mod regions;
mod resize;
mod scrfd;
mod speech;
pub mod speech_features;

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, OnceLock, TryLockError};

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

/// Where the runtime and models are, and how its sessions and threads are sized.
#[derive(Debug, Clone)]
pub struct RuntimeSettings {
    /// `libonnxruntime.so`; `scripts/bootstrap` installs it into `.venv` (see `ORT_DYLIB_PATH`).
    pub library: PathBuf,
    /// The directory holding `models.toml` and the model files.
    pub models_dir: PathBuf,
    /// Threads one inference may use when it is the only job using the models (the cores).
    pub intra_threads: usize,
    /// Jobs that may use the models at once (the worker's concurrency, at most the cores):
    /// each model gets this many sessions of `intra_threads / jobs` threads, so that busy
    /// jobs run side by side, each on its share of the cores.
    pub concurrent_jobs: usize,
}

/// Sessions of one model: a wide one (every thread) for a job alone, and narrow ones (its share
/// of the threads) for jobs running at the same time.
///
/// Measured on 2 cores, 4 clients sending the 1-face portrait (`make load`): 2 narrow sessions of 1
/// thread answered 7.5 requests/s at 0.26 CPU s each, against 6.6–6.8 at 0.28–0.30 with one
/// 2-thread session per model (jobs queued on it and its threads woke and slept per operator) or
/// with ONNX Runtime's global pool shared by 2-thread sessions. Alone, a request's models take
/// ~180 ms on 2 threads against ~250 ms on one: the wide session keeps that. A job alone with
/// several frames or crops spreads them over the narrow sessions instead (see [`lanes`]).
///
/// Answers (wide session's threads, narrow sessions, their threads).
fn layout(settings: &RuntimeSettings) -> (Option<usize>, usize, usize) {
    let (threads, jobs) = (settings.intra_threads.max(1), settings.concurrent_jobs.max(1));
    if jobs == 1 {
        return (Some(threads), 0, 0);
    }
    let share = (threads / jobs).max(1);
    // Narrow sessions as wide as the wide one make it unnecessary.
    ((share < threads).then_some(threads), jobs, share)
}

/// Jobs being decoded or analysed in this process (see [`JobGuard`]).
static JOBS_IN_MODELS: AtomicUsize = AtomicUsize::new(0);

/// Marks a job as being decoded or analysed while it lives: a model run takes its wide session
/// only when no other job is marked. The analyser holds one for a job's whole decode and for its
/// whole analysis, so a job between two model runs (decoding, resampling the next pyramid level,
/// another detector) still counts; model runs outside any (tests, tools) take the wide session.
pub struct JobGuard(());

impl JobGuard {
    pub fn enter() -> JobGuard {
        JOBS_IN_MODELS.fetch_add(1, Ordering::SeqCst);
        JobGuard(())
    }
}

impl Drop for JobGuard {
    fn drop(&mut self) {
        JOBS_IN_MODELS.fetch_sub(1, Ordering::SeqCst);
    }
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
    /// Sessions are created once per process for a given model file and layout and shared
    /// after that (like the runtime itself): a session holds the model's weights, up to ~100 MB,
    /// and takes about a second to build.
    pub fn session(&self, id: &str) -> Result<Arc<Model>, DomainError> {
        /// Built sessions by (model id and digest, threads, jobs).
        type Sessions = Mutex<HashMap<(String, usize, usize), Arc<Model>>>;
        static SESSIONS: OnceLock<Sessions> = OnceLock::new();
        let entry = self.manifest.model(id)?;
        let key = (format!("{}:{}", entry.id, entry.sha256), self.settings.intra_threads, self.settings.concurrent_jobs);
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
        let session = |threads: usize| -> Result<Mutex<Session>, DomainError> {
            let session = Session::builder(&self.environment)
                .map_err(fail)?
                .with_optimization_level(GraphOptimizationLevel::Level3)
                .map_err(|e| fail(e.into()))?
                .with_intra_threads(threads)
                .map_err(|e| fail(e.into()))?
                // Idle pool threads sleep instead of spinning: the worker's own threads (NATS,
                // decoding, the next job) share the same cores.
                .with_intra_op_spinning(false)
                .map_err(|e| fail(e.into()))?
                .commit_from_memory(&bytes)
                .map_err(fail)?;
            Ok(Mutex::new(session))
        };
        let (wide, narrow, share) = layout(&self.settings);
        Ok(Model {
            entry,
            wide: wide.map(session).transpose()?,
            narrow: (0..narrow).map(|_| session(share)).collect::<Result<_, _>>()?,
            next: AtomicUsize::new(0),
        })
    }
}

/// One model's sessions (see [`layout`]). A session runs one call at a time; batching frames
/// into one call is what makes a call worth it.
pub struct Model {
    pub entry: ModelEntry,
    wide: Option<Mutex<Session>>,
    narrow: Vec<Mutex<Session>>,
    /// Where a call that finds every narrow session busy queues (round robin).
    next: AtomicUsize,
}

/// An output tensor: its shape and its data, row-major.
pub type Tensor = (Vec<usize>, Vec<f32>);

impl Model {
    /// The wide session for a job alone (or when there are no narrow ones); otherwise a free
    /// narrow one, or the next in turn to wait for.
    fn pick(&self) -> MutexGuard<'_, Session> {
        fn free(session: &Mutex<Session>) -> Option<MutexGuard<'_, Session>> {
            match session.try_lock() {
                Ok(guard) => Some(guard),
                Err(TryLockError::Poisoned(poisoned)) => Some(poisoned.into_inner()),
                Err(TryLockError::WouldBlock) => None,
            }
        }
        fn wait(session: &Mutex<Session>) -> MutexGuard<'_, Session> {
            session.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
        }
        // A thread working a lane of a job alone has its own narrow session.
        if let Some(session) = lanes::current().and_then(|lane| self.narrow.get(lane)) {
            return wait(session);
        }
        match &self.wide {
            Some(wide) if self.narrow.is_empty() => return wait(wide),
            Some(wide) if JOBS_IN_MODELS.load(Ordering::SeqCst) <= 1 => {
                if let Some(guard) = free(wide) {
                    return guard;
                }
            }
            _ => {}
        }
        if let Some(guard) = self.narrow.iter().find_map(free) {
            return guard;
        }
        wait(&self.narrow[self.next.fetch_add(1, Ordering::Relaxed) % self.narrow.len()])
    }

    /// Runs the model on one `f32` input of `shape`, returning each named output's shape and data.
    pub fn run(&self, shape: &[usize], input: Vec<f32>, outputs: &[&str]) -> Result<Vec<Tensor>, DomainError> {
        let id = &self.entry.id;
        let fail = |e: ort::Error| DomainError::internal(format!("running model `{id}`: {e}"));
        let tensor = ort::value::Tensor::from_array((shape.to_vec(), input)).map_err(fail)?;
        let mut session = self.pick();
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn concurrent_jobs_share_the_threads_and_a_job_alone_gets_them_all() {
        let settings = |intra_threads, concurrent_jobs| RuntimeSettings {
            library: PathBuf::new(),
            models_dir: PathBuf::new(),
            intra_threads,
            concurrent_jobs,
        };
        // 2 cores, 2 jobs: a 2-thread session for a job alone, one 1-thread session per job.
        assert_eq!(layout(&settings(2, 2)), (Some(2), 2, 1));
        assert_eq!(layout(&settings(8, 2)), (Some(8), 2, 4));
        // One job at a time: one session with every thread.
        assert_eq!(layout(&settings(4, 1)), (Some(4), 0, 0));
        // One thread: narrow sessions only; more jobs than threads still one thread each.
        assert_eq!(layout(&settings(1, 2)), (None, 2, 1));
        assert_eq!(layout(&settings(2, 3)), (Some(2), 3, 1));
        // Zeros read as one.
        assert_eq!(layout(&settings(0, 0)), (Some(1), 0, 0));
    }
}
