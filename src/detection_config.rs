//! Configuration of detection: media limits, waiting, the job queue, workers, retention, and
//! where the models and ONNX Runtime are. Part of [`crate::config::Config`].

use std::path::PathBuf;
use std::time::Duration;

use serde::{Deserialize, Serialize};
use veracity_adapters::media_url::UrlPolicy;
use veracity_domain::detection::MediaLimits;
use veracity_domain::detection::fusion::FusionWeights;

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct DetectionConfig {
    /// Size, pixel and duration limits (`detection.limits.image_bytes`, …).
    pub limits: MediaLimits,
    /// How long image and text requests wait for their result without `Prefer: wait`.
    pub default_wait_secs: u64,
    /// The longest `Prefer: wait` honoured.
    pub max_wait_secs: u64,
    /// The JetStream work-queue stream of submitted jobs, and its subject prefix.
    pub queue_stream: String,
    pub queue_subject_prefix: String,
    /// The JetStream key-value bucket of running-job slots per tenant.
    pub slots_bucket: String,
    /// Jobs one worker process runs at once.
    pub worker_concurrency: usize,
    /// A job whose worker goes silent this long is given to another worker.
    pub ack_wait_secs: u64,
    /// The poison-job path: a job started this many times without a result (its worker died on
    /// it each time) fails with `ANALYSIS_ABORTED` instead of being started again.
    pub max_job_starts: u32,
    /// A job that has started, whose ticket was delivered this many times (waits for a slot
    /// count), fails the same way. A job that never started only waits: it is never failed so.
    pub max_deliveries: u32,
    /// Seconds media is kept after the verdict (default 60), and with `retain=true` (30 days).
    pub retention_secs: u64,
    pub retained_secs: u64,
    /// How often the retention worker looks for media to delete.
    pub purge_interval_ms: u64,
    /// How often the sweeper finishes what a failure left (credits still reserved for a job
    /// that will never settle them, a job recorded but never submitted or queued), and how old
    /// such work must be first (longer than any request lives).
    pub sweep_interval_secs: u64,
    pub sweep_grace_secs: u64,
    /// FFmpeg decoding threads per video (0: one per core).
    pub video_threads: usize,
    /// `media_url` fetching: plain `http` is refused unless this is set.
    pub media_url_allow_http: bool,
    /// Lets `media_url` reach loopback addresses. For tests only; never in production.
    pub media_url_allow_loopback: bool,
    /// Redirects followed (each target checked again).
    pub media_url_max_redirects: u8,
    pub media_url_connect_timeout_secs: u64,
    /// The longest silence while reading, and the whole fetch.
    pub media_url_read_timeout_secs: u64,
    pub media_url_timeout_secs: u64,
    /// Weights of the built-in detectors' evidence in the fusion's mean, by evidence source
    /// (`clip-probe`, `clip-probe:faces`, …); unset ones keep their defaults (the model card).
    pub fusion_weights: std::collections::BTreeMap<String, f32>,
}

impl Default for DetectionConfig {
    fn default() -> Self {
        Self {
            limits: MediaLimits::default(),
            default_wait_secs: 10,
            max_wait_secs: 60,
            queue_stream: "VERACITY_JOBS".into(),
            queue_subject_prefix: "veracity.jobs".into(),
            slots_bucket: "veracity_slots".into(),
            worker_concurrency: 2,
            ack_wait_secs: 30,
            max_job_starts: 3,
            max_deliveries: 20_000,
            retention_secs: 60,
            retained_secs: 30 * 24 * 3600,
            purge_interval_ms: 1000,
            sweep_interval_secs: 60,
            sweep_grace_secs: 600,
            video_threads: 0,
            media_url_allow_http: false,
            media_url_allow_loopback: false,
            media_url_max_redirects: 3,
            media_url_connect_timeout_secs: 5,
            media_url_read_timeout_secs: 10,
            media_url_timeout_secs: 30,
            fusion_weights: Default::default(),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum FaceDetectorKind {
    Mtcnn,
    Scrfd,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct ModelsConfig {
    /// The directory holding `models.toml` and the model files.
    pub dir: PathBuf,
    /// `libonnxruntime.so`. Unset: `ORT_DYLIB_PATH`, which `scripts/env.sh` points at the
    /// library `scripts/bootstrap` installed.
    pub onnxruntime: Option<PathBuf>,
    /// Threads one model inference may use while it is the only job using the models; jobs
    /// running at once (up to `detection.worker_concurrency`) each get an equal share of them.
    /// Default: the CPUs this process may use.
    pub intra_threads: usize,
    /// The face detector: `mtcnn` (MIT weights) or `scrfd` (finds more small and turned faces;
    /// its insightface weights are for non-commercial research only).
    pub face_detector: FaceDetectorKind,
    /// A PEM bundle of root certificates: C2PA manifests signed by a certificate chaining to
    /// one of them are `trusted`; otherwise a good signature is only `valid`. Unset: none (put
    /// the C2PA trust list here in production).
    pub c2pa_trust_anchors: Option<PathBuf>,
}

impl DetectionConfig {
    /// The fusion's weights: the defaults with `fusion_weights` applied.
    pub fn weights(&self) -> Result<FusionWeights, String> {
        FusionWeights::with_overrides(&self.fusion_weights).map_err(|e| format!("detection.fusion_weights: {e}"))
    }

    pub fn url_policy(&self) -> UrlPolicy {
        UrlPolicy {
            allow_http: self.media_url_allow_http,
            allow_loopback: self.media_url_allow_loopback,
            max_redirects: self.media_url_max_redirects,
            connect_timeout: Duration::from_secs(self.media_url_connect_timeout_secs),
            read_timeout: Duration::from_secs(self.media_url_read_timeout_secs),
            total_timeout: Duration::from_secs(self.media_url_timeout_secs),
        }
    }
}

impl Default for ModelsConfig {
    fn default() -> Self {
        let cpus = std::thread::available_parallelism().map_or(1, |n| n.get());
        Self {
            dir: "models".into(),
            onnxruntime: None,
            intra_threads: cpus,
            face_detector: FaceDetectorKind::Mtcnn,
            c2pa_trust_anchors: None,
        }
    }
}

impl ModelsConfig {
    pub fn library(&self) -> PathBuf {
        self.onnxruntime
            .clone()
            .or_else(|| std::env::var_os("ORT_DYLIB_PATH").map(PathBuf::from))
            .unwrap_or_else(|| "libonnxruntime.so".into())
    }
}

/// Rules the types do not enforce, appended to `problems`.
pub fn validate(detection: &DetectionConfig, models: &ModelsConfig, problems: &mut Vec<String>) {
    let l = &detection.limits;
    if [l.image_bytes, l.video_bytes, l.audio_bytes, l.frames_bytes].contains(&0) || l.image_megapixels == 0 {
        problems.push("detection.limits must all be greater than 0".into());
    }
    if detection.sweep_interval_secs == 0 || detection.sweep_grace_secs < 5 {
        problems.push("detection.sweep_interval_secs must be > 0 and sweep_grace_secs >= 5".into());
    }
    if detection.worker_concurrency == 0 || detection.ack_wait_secs < 2 || detection.purge_interval_ms == 0 {
        problems.push("detection.worker_concurrency, purge_interval_ms must be > 0 and ack_wait_secs >= 2".into());
    }
    if [detection.media_url_connect_timeout_secs, detection.media_url_read_timeout_secs, detection.media_url_timeout_secs].contains(&0) {
        problems.push("detection.media_url_*_timeout_secs must be greater than 0".into());
    }
    if detection.max_job_starts == 0 || detection.max_deliveries < 10 {
        problems.push("detection.max_job_starts must be > 0 and detection.max_deliveries at least 10".into());
    }
    if detection.default_wait_secs > detection.max_wait_secs {
        problems.push("detection.default_wait_secs must not exceed detection.max_wait_secs".into());
    }
    if let Err(e) = detection.weights() {
        problems.push(e);
    }
    if models.intra_threads == 0 {
        problems.push("models.intra_threads must be at least 1".into());
    }
}
