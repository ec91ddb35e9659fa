//! OpenTelemetry traces over OTLP/HTTP with JSON bodies (`POST <endpoint>/v1/traces`), which the
//! OpenTelemetry Collector, Jaeger and Grafana Tempo accept: the port's spans are queued (at most
//! [`QUEUE`]; more are dropped and counted, never waited for) and one task sends them in batches
//! of up to [`BATCH`], at least once a second. A batch the collector does not take, and spans
//! dropped from a full queue, cost a warning (at most one a minute), and spans still queued when
//! the process stops (a second's worth at most) are lost: traces are for looking, not keeping.

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use serde_json::{Value, json};
use tokio::sync::mpsc;
use veracity_domain::ports::{Span, SpanKind, SpanValue, Traces};

/// Spans waiting to be sent.
pub const QUEUE: usize = 4096;
/// Spans per request.
pub const BATCH: usize = 512;
const FLUSH: Duration = Duration::from_secs(1);
const TIMEOUT: Duration = Duration::from_secs(5);

/// Where and as what spans are sent.
#[derive(Debug, Clone)]
pub struct OtlpSettings {
    /// The collector's base URL, e.g. `http://otel-collector:4318`.
    pub endpoint: String,
    /// `service.name` of every span.
    pub service_name: String,
    /// `service.instance.id`: which process sent it.
    pub instance: String,
}

/// The exporter; dropping it ends its task once the queue is empty.
pub struct OtlpTraces {
    queue: mpsc::Sender<Span>,
    dropped: Arc<AtomicU64>,
}

impl OtlpTraces {
    /// Starts the sending task (needs a Tokio runtime).
    pub fn start(settings: OtlpSettings) -> Self {
        let (queue, spans) = mpsc::channel(QUEUE);
        let dropped = Arc::new(AtomicU64::new(0));
        tokio::spawn(send_batches(settings, spans, dropped.clone()));
        Self { queue, dropped }
    }

    /// Spans dropped because the queue was full.
    pub fn dropped(&self) -> u64 {
        self.dropped.load(Ordering::Relaxed)
    }
}

impl Traces for OtlpTraces {
    fn enabled(&self) -> bool {
        true
    }

    fn record(&self, span: Span) {
        if self.queue.try_send(span).is_err() {
            self.dropped.fetch_add(1, Ordering::Relaxed);
        }
    }
}

async fn send_batches(settings: OtlpSettings, mut spans: mpsc::Receiver<Span>, dropped: Arc<AtomicU64>) {
    let url = format!("{}/v1/traces", settings.endpoint.trim_end_matches('/'));
    // The endpoint may carry credentials: logs show it redacted.
    let shown = crate::redact::redact_url(&url);
    let http = reqwest::Client::builder().timeout(TIMEOUT).build().expect("an HTTP client");
    let mut last_warning: Option<Instant> = None;
    let mut reported = 0;
    let mut warn = |what: String| {
        if last_warning.is_none_or(|at| at.elapsed() > Duration::from_secs(60)) {
            tracing::warn!(url = %shown, dropped = dropped.load(Ordering::Relaxed), "traces not exported: {what}");
            last_warning = Some(Instant::now());
        }
    };
    while let Some(first) = spans.recv().await {
        let mut batch = vec![first];
        let deadline = tokio::time::Instant::now() + FLUSH;
        while batch.len() < BATCH {
            match tokio::time::timeout_at(deadline, spans.recv()).await {
                Ok(Some(span)) => batch.push(span),
                Ok(None) | Err(_) => break,
            }
        }
        let body = serde_json::to_vec(&export_request(&settings, &batch)).expect("JSON serialises");
        match http.post(&url).header(reqwest::header::CONTENT_TYPE, "application/json").body(body).send().await {
            Ok(response) if response.status().is_success() => {}
            Ok(response) => warn(format!("the collector answered {}", response.status())),
            Err(err) => warn(err.without_url().to_string()),
        }
        let now_dropped = dropped.load(Ordering::Relaxed);
        if now_dropped > reported {
            warn(format!("{} spans dropped: the queue of {QUEUE} was full", now_dropped - reported));
            reported = now_dropped;
        }
    }
}

/// An `ExportTraceServiceRequest` in OTLP's JSON encoding.
pub fn export_request(settings: &OtlpSettings, spans: &[Span]) -> Value {
    let resource = [("service.name", settings.service_name.as_str()), ("service.instance.id", settings.instance.as_str())]
        .map(|(key, value)| json!({"key": key, "value": {"stringValue": value}}));
    json!({"resourceSpans": [{
        "resource": {"attributes": resource},
        "scopeSpans": [{"scope": {"name": "veracity", "version": env!("CARGO_PKG_VERSION")}, "spans": spans.iter().map(span).collect::<Vec<_>>()}],
    }]})
}

fn span(span: &Span) -> Value {
    let nanos = |at: &chrono::DateTime<chrono::Utc>| at.timestamp_nanos_opt().unwrap_or_default().max(0).to_string();
    let kind = match span.kind {
        SpanKind::Internal => 1,
        SpanKind::Server => 2,
        SpanKind::Client => 3,
        SpanKind::Producer => 4,
        SpanKind::Consumer => 5,
    };
    let attributes: Vec<Value> = span
        .attributes
        .iter()
        .map(|(key, value)| {
            let value = match value {
                SpanValue::Str(s) => json!({"stringValue": s}),
                SpanValue::Int(i) => json!({"intValue": i.to_string()}),
                SpanValue::Float(f) => json!({"doubleValue": f}),
                SpanValue::Bool(b) => json!({"boolValue": b}),
            };
            json!({"key": key, "value": value})
        })
        .collect();
    let status = match &span.error {
        Some(message) => json!({"code": 2, "message": message}),
        None => json!({"code": 0}),
    };
    let mut out = json!({
        "traceId": hex(&span.trace_id),
        "spanId": hex(&span.span_id),
        "name": span.name,
        "kind": kind,
        "startTimeUnixNano": nanos(&span.start),
        "endTimeUnixNano": nanos(&span.end),
        "attributes": attributes,
        "status": status,
    });
    if let Some(parent) = &span.parent {
        out["parentSpanId"] = json!(hex(parent));
    }
    out
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use chrono::{TimeZone, Utc};
    use veracity_domain::JobId;

    use super::*;

    #[test]
    fn spans_are_written_in_otlp_json() {
        let job = JobId::new();
        let start = Utc.timestamp_opt(1_700_000_000, 5).unwrap();
        let end = start + chrono::Duration::milliseconds(250);
        let spans = [
            Span::job_root(job, "veracity.submit", SpanKind::Server, start, end)
                .with("veracity.media_type", "image")
                .with("veracity.bytes", 1024i64),
            Span::in_job(job, "veracity.analyse", SpanKind::Consumer, start, end).failed("MEDIA_CORRUPT"),
        ];
        let settings = OtlpSettings { endpoint: "http://collector:4318".into(), service_name: "veracity".into(), instance: "w1".into() };
        let body = export_request(&settings, &spans);
        let resource = &body["resourceSpans"][0];
        assert_eq!(resource["resource"]["attributes"][0], json!({"key": "service.name", "value": {"stringValue": "veracity"}}));
        let [root, child] = [&resource["scopeSpans"][0]["spans"][0], &resource["scopeSpans"][0]["spans"][1]];
        assert_eq!(root["traceId"], json!(job.as_uuid().simple().to_string()));
        assert_eq!(root["spanId"].as_str().map(str::len), Some(16));
        assert_eq!((root["kind"].as_i64(), root.get("parentSpanId")), (Some(2), None));
        assert_eq!(root["startTimeUnixNano"], json!("1700000000000000005"));
        assert_eq!(root["endTimeUnixNano"], json!("1700000000250000005"));
        assert_eq!(root["attributes"][1], json!({"key": "veracity.bytes", "value": {"intValue": "1024"}}));
        assert_eq!(root["status"], json!({"code": 0}));
        assert_eq!((&child["traceId"], &child["parentSpanId"]), (&root["traceId"], &root["spanId"]));
        assert_eq!(child["status"], json!({"code": 2, "message": "MEDIA_CORRUPT"}));
    }
}
