//! Builds the detection and retention workers from the configuration: loads ONNX Runtime and
//! the models once per process, and lists the detectors each job runs.

use std::sync::Arc;
use std::time::Duration;

use anyhow::Context;
use veracity_domain::detection::Retention;
use veracity_domain::detection::provenance::ProvenanceDetector;
use veracity_domain::ports::Detector;
use veracity_media::VideoSampling;
use veracity_media::c2pa::ContentCredentialsReader;
use veracity_media::onnx::{
    ClipProbe, ClipSettings, FaceDetector, MtcnnSettings, OnnxClassifier, OnnxRuntime, RuntimeSettings, ScrfdDetector, SpeechForest,
};
use veracity_workers::detection::{Analyser, DetectionWorker, WorkerSettings};
use veracity_workers::forensics::{FaceTrackStability, PixelForensics, SdWatermarkDetector, TextStatisticsDetector};
use veracity_workers::retention::RetentionWorker;
use veracity_workers::sweeper::Sweeper;

use crate::components::{Components, instance_id};
use crate::config::Config;
use crate::detection_config::FaceDetectorKind;

/// The detectors, in the order they run: provenance first (cheap, decisive), then face
/// detection (later detectors score the faces it finds), then the classifiers.
pub fn detectors(config: &Config) -> anyhow::Result<Vec<Arc<dyn Detector>>> {
    let runtime = OnnxRuntime::load(RuntimeSettings {
        library: config.models.library(),
        models_dir: config.models.dir.clone(),
        intra_threads: config.models.intra_threads,
        concurrent_jobs: config.detection.worker_concurrency.min(std::thread::available_parallelism().map_or(1, |n| n.get())),
    })
    .context("starting the model runtime")?;
    let faces: Arc<dyn Detector> = match config.models.face_detector {
        FaceDetectorKind::Mtcnn => {
            Arc::new(FaceDetector::load(&runtime, MtcnnSettings::default()).context("loading the MTCNN face detector")?)
        }
        FaceDetectorKind::Scrfd => Arc::new(ScrfdDetector::load(&runtime).context("loading the SCRFD face detector")?),
    };
    let clip = ClipProbe::load(&runtime, ClipSettings::default()).context("loading the CLIP probe")?;
    let speech = SpeechForest::load(&runtime).context("loading the speech forest")?;
    let mut detectors: Vec<Arc<dyn Detector>> = vec![
        Arc::new(ProvenanceDetector),
        Arc::new(SdWatermarkDetector),
        Arc::new(TextStatisticsDetector),
        faces,
        Arc::new(FaceTrackStability),
        Arc::new(PixelForensics),
        Arc::new(clip),
        Arc::new(speech),
    ];
    for classifier in OnnxClassifier::load_all(&runtime).context("loading the operator classifiers of models.toml")? {
        detectors.push(Arc::new(classifier));
    }
    Ok(detectors)
}

/// Decoding and analysis as configured, with these detectors.
pub fn analyser(config: &Config, detectors: Vec<Arc<dyn Detector>>) -> anyhow::Result<Analyser> {
    let d = &config.detection;
    let anchors = match &config.models.c2pa_trust_anchors {
        Some(path) => Some(std::fs::read_to_string(path).with_context(|| format!("reading models.c2pa_trust_anchors {}", path.display()))?),
        None => None,
    };
    Ok(Analyser {
        detectors,
        credentials: Arc::new(ContentCredentialsReader::new(anchors.as_deref())?),
        limits: d.limits,
        sampling: VideoSampling { threads: d.video_threads, ..VideoSampling::default() },
        weights: d.weights().map_err(anyhow::Error::msg)?,
    })
}

pub async fn detection_worker(config: &Config, components: &Components) -> anyhow::Result<DetectionWorker> {
    let cfg = config.clone();
    let detectors = tokio::task::spawn_blocking(move || detectors(&cfg)).await??;
    let analyser = analyser(config, detectors)?;
    let d = &config.detection;
    let ack_wait = Duration::from_secs(d.ack_wait_secs);
    let settings = WorkerSettings {
        worker_id: instance_id("worker"),
        group: "detection".into(),
        concurrency: d.worker_concurrency,
        keep_alive: ack_wait / 3,
        slot_retry: Duration::from_millis(500),
        slot_lease: ack_wait * 4,
        submission_wait: Duration::from_secs(5),
        max_starts: d.max_job_starts,
        max_deliveries: d.max_deliveries,
        pricing: config.billing.pricing,
    };
    Ok(DetectionWorker::new(
        components.events.clone(),
        components.blobs.clone(),
        components.jobs.clone(),
        components.slots.clone(),
        components.db.clone(),
        components.clock.clone(),
        Arc::new(analyser),
        components.ledger.clone(),
        settings,
    )
    .with_traces(components.traces.clone()))
}

pub fn sweeper(config: &Config, components: &Components) -> Sweeper {
    let d = &config.detection;
    Sweeper {
        events: components.events.clone(),
        db: components.db.clone(),
        ledger: components.ledger.clone(),
        queue: components.jobs.clone(),
        clock: components.clock.clone(),
        interval: Duration::from_secs(d.sweep_interval_secs),
        grace: Duration::from_secs(d.sweep_grace_secs),
    }
}

pub fn retention_worker(config: &Config, components: &Components) -> RetentionWorker {
    let d = &config.detection;
    RetentionWorker {
        events: components.events.clone(),
        blobs: components.blobs.clone(),
        db: components.db.clone(),
        clock: components.clock.clone(),
        retention: Retention {
            default: chrono::Duration::seconds(d.retention_secs as i64),
            retained: chrono::Duration::seconds(d.retained_secs as i64),
        },
        interval: Duration::from_millis(d.purge_interval_ms),
    }
}
