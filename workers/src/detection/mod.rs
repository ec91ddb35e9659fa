//! Detection: the worker that runs jobs from the queue, and the analysis it runs.

mod analyse;
mod worker;

pub use analyse::{Analyser, Analysis, Failure, Timed};
pub use worker::{DetectionWorker, Outcome, WorkerSettings};
