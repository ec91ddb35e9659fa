//! Detection jobs: what can be submitted (media formats, options, limits), the job's life as
//! events, the report a finished job carries, and how detector outputs become a verdict.

pub mod catalog;
pub mod detector;
pub mod frames;
pub mod fusion;
pub mod job;
pub mod media;
pub mod provenance;
pub mod report;
pub mod spec;

pub use job::{FailureCode, JobState, JobStatus, Retention, Settlement};
pub use media::{MediaError, MediaFormat, MediaType};
pub use report::{Recommendation, Report, Verdict};
pub use spec::{AnalysisType, Check, JobOptions, LimitExceeded, MediaLimits, MediaSource, StoredMedia};
