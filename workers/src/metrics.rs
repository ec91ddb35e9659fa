//! What the workers count for `/metrics`: jobs finished by outcome, each detector's time, and how
//! long a job waited and ran. Made registered nowhere, so every worker has them; the process
//! registers them once ([`WorkerMetrics::register`]) in the registry its `/metrics` serves.

use prometheus::{HistogramOpts, HistogramVec, IntCounterVec, Opts, Registry};

/// `veracity_jobs_finished_total{media_type, outcome}` (`completed`, `failed`),
/// `veracity_job_failures_total{code}`, `veracity_detector_duration_seconds{detector}` and
/// `veracity_job_duration_seconds{media_type}` (from queueing to the stored result) and
/// `veracity_job_queue_wait_seconds{media_type}` (from queueing to the start of the analysis).
#[derive(Clone)]
pub struct WorkerMetrics {
    pub finished: IntCounterVec,
    pub failures: IntCounterVec,
    pub detectors: HistogramVec,
    pub duration: HistogramVec,
    pub queue_wait: HistogramVec,
}

impl Default for WorkerMetrics {
    fn default() -> Self {
        let finished = IntCounterVec::new(
            Opts::new("veracity_jobs_finished_total", "Detection jobs finished by this process, by media type and outcome"),
            &["media_type", "outcome"],
        )
        .expect("valid metric definition");
        let failures = IntCounterVec::new(
            Opts::new("veracity_job_failures_total", "Detection jobs failed by this process, by error code (no credits spent)"),
            &["code"],
        )
        .expect("valid metric definition");
        let detectors = HistogramVec::new(
            HistogramOpts::new("veracity_detector_duration_seconds", "Time one detector took on one job")
                .buckets(vec![0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0]),
            &["detector"],
        )
        .expect("valid metric definition");
        let duration = HistogramVec::new(
            HistogramOpts::new("veracity_job_duration_seconds", "Time from queueing a job to storing its result (waiting included)")
                .buckets(vec![0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0, 120.0, 300.0, 900.0]),
            &["media_type"],
        )
        .expect("valid metric definition");
        let queue_wait = HistogramVec::new(
            HistogramOpts::new("veracity_job_queue_wait_seconds", "Time a job waited in the queue before a worker started analysing it")
                .buckets(vec![0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0, 120.0, 300.0]),
            &["media_type"],
        )
        .expect("valid metric definition");
        Self { finished, failures, detectors, duration, queue_wait }
    }
}

impl WorkerMetrics {
    /// Registers these metrics in `registry` (once per process).
    pub fn register(&self, registry: &Registry) {
        for collector in [
            Box::new(self.finished.clone()) as Box<dyn prometheus::core::Collector>,
            Box::new(self.failures.clone()),
            Box::new(self.detectors.clone()),
            Box::new(self.duration.clone()),
            Box::new(self.queue_wait.clone()),
        ] {
            registry.register(collector).expect("metric registered once");
        }
    }

    /// A job started `waited` seconds after it was queued.
    pub fn started(&self, media_type: &str, waited: f64) {
        self.queue_wait.with_label_values(&[media_type]).observe(waited.max(0.0));
    }

    /// A finished job: `failure` is its error code when it failed; `detectors` the milliseconds
    /// each detector took; `waited_and_ran` the seconds since it was queued.
    pub fn finished(&self, media_type: &str, failure: Option<&str>, detectors: &[(String, f64)], waited_and_ran: Option<f64>) {
        let outcome = if failure.is_some() { "failed" } else { "completed" };
        self.finished.with_label_values(&[media_type, outcome]).inc();
        if let Some(code) = failure {
            self.failures.with_label_values(&[code]).inc();
        }
        for (detector, ms) in detectors {
            self.detectors.with_label_values(&[detector.as_str()]).observe(ms / 1000.0);
        }
        if let Some(seconds) = waited_and_ran {
            self.duration.with_label_values(&[media_type]).observe(seconds.max(0.0));
        }
    }
}
