//! Traces as a port: spans the API and the workers finish, exported over OTLP where an operator
//! asks for it (`telemetry.otlp_endpoint`) and dropped otherwise.
//!
//! One trace per job, with nothing carried through the queue: the trace id is the job's id (a
//! UUIDv7 is 128 bits, as a trace id is), and the span that submitted the job has an id derived
//! from the job's, so a worker in another process, or a webhook delivery an hour later, hangs
//! its spans under it.

use chrono::{DateTime, Utc};

use sha2::{Digest, Sha256};

use crate::JobId;

/// A finished span.
#[derive(Debug, Clone, PartialEq)]
pub struct Span {
    pub trace_id: [u8; 16],
    pub span_id: [u8; 8],
    pub parent: Option<[u8; 8]>,
    pub name: String,
    pub kind: SpanKind,
    pub start: DateTime<Utc>,
    pub end: DateTime<Utc>,
    pub attributes: Vec<(String, SpanValue)>,
    /// Why it failed; `None` when it did not.
    pub error: Option<String>,
}

/// OpenTelemetry's span kinds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SpanKind {
    Internal,
    Server,
    Client,
    Producer,
    Consumer,
}

#[derive(Debug, Clone, PartialEq)]
pub enum SpanValue {
    Str(String),
    Int(i64),
    Float(f64),
    Bool(bool),
}

impl From<&str> for SpanValue {
    fn from(value: &str) -> Self {
        Self::Str(value.to_owned())
    }
}

impl From<String> for SpanValue {
    fn from(value: String) -> Self {
        Self::Str(value)
    }
}

impl From<i64> for SpanValue {
    fn from(value: i64) -> Self {
        Self::Int(value)
    }
}

impl From<f64> for SpanValue {
    fn from(value: f64) -> Self {
        Self::Float(value)
    }
}

impl From<bool> for SpanValue {
    fn from(value: bool) -> Self {
        Self::Bool(value)
    }
}

impl Span {
    /// The span that submitted `job`: the root of the job's trace.
    pub fn job_root(job: JobId, name: &str, kind: SpanKind, start: DateTime<Utc>, end: DateTime<Utc>) -> Self {
        Self::new(job, job_root_span_id(job), None, name, kind, start, end)
    }

    /// A span of `job`'s trace, under the span that submitted it.
    pub fn in_job(job: JobId, name: &str, kind: SpanKind, start: DateTime<Utc>, end: DateTime<Utc>) -> Self {
        let fresh = uuid::Uuid::now_v7();
        let mut span_id = [0u8; 8];
        // The last 8 bytes of a UUIDv7 are random but for its 2 variant bits.
        span_id.copy_from_slice(&fresh.as_bytes()[8..]);
        Self::new(job, span_id, Some(job_root_span_id(job)), name, kind, start, end)
    }

    fn new(
        job: JobId,
        span_id: [u8; 8],
        parent: Option<[u8; 8]>,
        name: &str,
        kind: SpanKind,
        start: DateTime<Utc>,
        end: DateTime<Utc>,
    ) -> Self {
        Self {
            trace_id: job_trace_id(job),
            span_id,
            parent,
            name: name.to_owned(),
            kind,
            start,
            end: end.max(start),
            attributes: Vec::new(),
            error: None,
        }
    }

    pub fn with(mut self, key: &str, value: impl Into<SpanValue>) -> Self {
        self.attributes.push((key.to_owned(), value.into()));
        self
    }

    pub fn failed(mut self, why: impl Into<String>) -> Self {
        self.error = Some(why.into());
        self
    }
}

/// The trace of `job`: its id's 16 bytes.
pub fn job_trace_id(job: JobId) -> [u8; 16] {
    *job.as_uuid().as_bytes()
}

/// The id of the span that submitted `job`, derived from the job's id.
pub fn job_root_span_id(job: JobId) -> [u8; 8] {
    let digest = Sha256::digest(format!("veracity submit span {job}").as_bytes());
    let mut id = [0u8; 8];
    id.copy_from_slice(&digest[..8]);
    id
}

/// Where finished spans go. `record` must not block or fail: an exporter queues (bounded) and
/// drops what it cannot send.
pub trait Traces: Send + Sync {
    /// Whether spans are kept at all: callers skip building them otherwise.
    fn enabled(&self) -> bool;
    fn record(&self, span: Span);
}

/// No traces (the default).
#[derive(Debug, Clone, Copy, Default)]
pub struct NoTraces;

impl Traces for NoTraces {
    fn enabled(&self) -> bool {
        false
    }

    fn record(&self, _span: Span) {}
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_job_s_spans_share_its_trace_and_hang_under_its_submission() {
        let job = JobId::new();
        let now = Utc::now();
        let root = Span::job_root(job, "submit", SpanKind::Server, now, now);
        let child = Span::in_job(job, "analyse", SpanKind::Consumer, now, now - chrono::Duration::seconds(1));
        assert_eq!(root.trace_id, *job.as_uuid().as_bytes());
        assert_eq!((child.trace_id, child.parent), (root.trace_id, Some(root.span_id)));
        assert_eq!(root.span_id, job_root_span_id(job), "derived, so another process finds it");
        assert_ne!(child.span_id, Span::in_job(job, "analyse", SpanKind::Consumer, now, now).span_id);
        assert_eq!(child.end, child.start, "an end before the start is clamped");
    }
}
