//! Webhooks: how many messages per second are made and queued for the dispatcher, prepared for
//! sending (loaded, secret opened, signed), and signed alone; and the end-to-end latency from a
//! job's `job.completed` to a loopback receiver, through the real application (fan-out,
//! JetStream queue, dispatcher, HTTP). Prints a table. Run with `make bench` (or
//! `cargo bench --bench webhooks`).

mod common;

use std::sync::Arc;
use std::time::{Duration, Instant, SystemTime};

use serde_json::{Value, json};
use veracity_adapters::nats::{JetStreamWebhookQueue, WebhookQueueSettings};
use veracity_adapters::webhooks::{SenderPolicy, WebhookHttpSender, XChaChaSealer};
use veracity_app::Cmd;
use veracity_app::webhooks::{Dispatch, Prepared, WebhookSettings, create_endpoint, prepare, send_test};
use veracity_domain::accounts::events::Origin;
use veracity_domain::ports::{Clock, MessageTicket, SecretSealer, SystemClock, WebhookHealth, WebhookQueue, WebhookSender};
use veracity_domain::webhooks::EndpointSettings;
use veracity_domain::webhooks::signature::signature_header;
use veracity_domain::{DomainError, MessageId, TenantId, WebhookId};
use veracity_testkit::webhooks::Receiver;

/// Messages in flight at once.
const IN_FLIGHT: usize = 64;

/// The dispatcher's health reads are not part of these measurements.
struct NoHealth;

#[async_trait::async_trait]
impl WebhookHealth for NoHealth {
    async fn failing_since(&self, _: TenantId, _: WebhookId) -> Result<Option<chrono::DateTime<chrono::Utc>>, DomainError> {
        Ok(None)
    }
    async fn backlog(&self) -> Result<Vec<(String, u64)>, DomainError> {
        Ok(Vec::new())
    }
}

struct Row {
    what: &'static str,
    count: usize,
    elapsed: Duration,
    latencies: Vec<Duration>,
}

/// `total` runs of `step(i)`, `IN_FLIGHT` at a time.
async fn measure<F, Fut>(what: &'static str, total: usize, step: F) -> Row
where
    F: Fn(usize) -> Fut + Send + Sync + 'static,
    Fut: Future<Output = ()> + Send,
{
    let (elapsed, latencies) = common::run_in_flight(total, IN_FLIGHT, step).await;
    Row { what, count: total, elapsed, latencies }
}

/// Making, queueing and preparing messages on a real JetStream (its own nats-server).
async fn pipeline_rows() -> Vec<Row> {
    let dir = tempfile::tempdir().unwrap();
    let (nats, client, events) = common::bench_nats(dir.path()).await;
    let queue_settings = WebhookQueueSettings {
        stream: "BENCH_WEBHOOKS".into(),
        subject_prefix: "bench.webhooks".into(),
        replicas: 1,
        ack_wait: Duration::from_secs(60),
    };
    let queue: Arc<dyn WebhookQueue> = Arc::new(JetStreamWebhookQueue::open(client, queue_settings).await.unwrap());
    let sealer: Arc<dyn SecretSealer> = Arc::new(XChaChaSealer::new(&[7u8; 32]).unwrap());
    let sender: Arc<dyn WebhookSender> = Arc::new(WebhookHttpSender::new(SenderPolicy::default()));
    let webhook_settings = Arc::new(WebhookSettings::default());
    let clock = SystemClock;
    let tenant = TenantId::new();
    let endpoint = EndpointSettings {
        url: "https://hooks.example.com/veracity".into(),
        event_types: vec![],
        description: String::new(),
        enabled: true,
        rate_limit_per_second: None,
        risk_threshold: 70,
        payload_format: Default::default(),
    };
    // The URL check resolves the host: a fixed public address stands in for DNS here.
    struct Accepting(Arc<dyn WebhookSender>);
    #[async_trait::async_trait]
    impl WebhookSender for Accepting {
        async fn check(&self, _: &str) -> Result<(), veracity_domain::ports::FetchError> {
            Ok(())
        }
        async fn post(&self, url: &str, headers: &[(&str, String)], body: &[u8]) -> veracity_domain::webhooks::AttemptOutcome {
            self.0.post(url, headers, body).await
        }
    }
    let accepting = Accepting(sender.clone());
    let cmd = Cmd::new(events.as_ref(), clock.now(), "bench");
    let (created, _) = create_endpoint(cmd, sealer.as_ref(), &accepting, tenant, endpoint, Origin::system()).await.unwrap();

    let ids = Arc::new(std::sync::Mutex::new(Vec::<MessageId>::new()));
    let (e, q, i) = (events.clone(), queue.clone(), ids.clone());
    let made = measure("message made and queued (appended, enqueued)", 3_000, move |_| {
        let (e, q, i) = (e.clone(), q.clone(), i.clone());
        async move {
            let cmd = Cmd::new(e.as_ref(), chrono::Utc::now(), "bench");
            let id = send_test(cmd, tenant, created.id).await.unwrap();
            // What the dispatcher's log reader does with the message's creation.
            q.enqueue(MessageTicket { tenant, message: id, target: created.id.to_string(), nonce: String::new() }).await.unwrap();
            i.lock().unwrap().push(id);
        }
    })
    .await;

    let ids: Vec<MessageId> = ids.lock().unwrap().clone();
    let ids = Arc::new(ids);
    let (e, s, q, w) = (events.clone(), sealer.clone(), queue.clone(), webhook_settings.clone());
    let sender_for = sender.clone();
    let prepared = measure("message prepared (loaded, secret opened, signed)", ids.len(), move |n| {
        let (e, s, q, w, ids, sender) = (e.clone(), s.clone(), q.clone(), w.clone(), ids.clone(), sender_for.clone());
        async move {
            let d = Dispatch { sealer: s.as_ref(), sender: sender.as_ref(), queue: q.as_ref(), health: &NoHealth, settings: &w };
            let ticket = MessageTicket { tenant, message: ids[n], target: String::new(), nonce: String::new() };
            let cmd = Cmd::new(e.as_ref(), chrono::Utc::now(), "bench");
            assert!(matches!(prepare(cmd, &d, &ticket).await.unwrap(), Prepared::Send(_)));
        }
    })
    .await;

    let body = json!({"type": "deepfake.scan_completed", "data": {"text": "x".repeat(900)}}).to_string();
    let keys = vec![vec![1u8; 32]];
    let started = Instant::now();
    let signatures = 200_000;
    for n in 0..signatures {
        std::hint::black_box(signature_header(&keys, &format!("msg_{n}"), 1_765_000_000, body.as_bytes()));
    }
    let signed = Row {
        what: "signature alone (HMAC-SHA256, 1 KB body, one core)",
        count: signatures,
        elapsed: started.elapsed(),
        latencies: vec![],
    };
    // The clients go before their server, so they do not try to reconnect to it.
    drop((events, queue, sealer, sender));
    nats.stop().await;
    vec![made, prepared, signed]
}

/// Job completion to the loopback receiver, through the whole application.
async fn end_to_end(jobs: usize) -> Vec<Duration> {
    let app = common::BenchApp::start_with(|config| {
        config.webhooks.allow_http = true;
        config.webhooks.allow_loopback = true;
    })
    .await;
    let receiver = Receiver::start().await;
    let created: Value = app
        .http
        .post(app.url("/v1/webhooks"))
        .bearer_auth(&app.owner.access_token)
        .json(&json!({"url": receiver.url("hook"), "event_types": ["deepfake.scan_completed"]}))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert!(created["secret"].is_string(), "{created}");
    let text = "The committee met on Tuesday to review the quarterly figures, and agreed to publish them next week.";
    let mut lags = Vec::with_capacity(jobs);
    for n in 0..jobs + 5 {
        let job: Value = app
            .http
            .post(app.url("/v1/detect/text"))
            .bearer_auth(&app.key)
            .json(&json!({"text": text}))
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        let arrived = receiver.wait_for("hook", n + 1, Duration::from_secs(30)).await[n].arrived;
        let completed: chrono::DateTime<chrono::Utc> = job["completed_at"].as_str().expect("a completed job").parse().unwrap();
        // The first few warm the connections up.
        if n >= 5 {
            lags.push(arrived.duration_since(SystemTime::from(completed)).unwrap_or_default());
        }
    }
    app.stop().await;
    lags
}

async fn run() {
    let _ = rustls::crypto::aws_lc_rs::default_provider().install_default();
    let rows = pipeline_rows().await;
    let mut lags = end_to_end(200).await;
    lags.sort();

    println!("\nWebhook messages ({IN_FLIGHT} in flight, one process, JetStream file storage)\n");
    println!("| step | messages | seconds | messages/s | p50 ms | p99 ms |");
    println!("|---|---:|---:|---:|---:|---:|");
    for mut row in rows {
        row.latencies.sort();
        let ms = |p| {
            if row.latencies.is_empty() {
                "–".to_owned()
            } else {
                format!("{:.2}", common::percentile(&row.latencies, p).as_secs_f64() * 1e3)
            }
        };
        println!(
            "| {} | {} | {:.2} | {:.0} | {} | {} |",
            row.what,
            row.count,
            row.elapsed.as_secs_f64(),
            row.count as f64 / row.elapsed.as_secs_f64(),
            ms(0.5),
            ms(0.99)
        );
    }
    let ms = |p| common::percentile(&lags, p).as_secs_f64() * 1e3;
    println!("\nEnd to end: `job.completed` to a loopback receiver, {} text jobs one after another\n", lags.len());
    println!("| p50 ms | p90 ms | p99 ms | max ms |");
    println!("|---:|---:|---:|---:|");
    println!("| {:.1} | {:.1} | {:.1} | {:.1} |", ms(0.5), ms(0.9), ms(0.99), ms(1.0));
    println!("\ntarget: p50 <= 20 ms from job.completed to the receiver");
}

fn main() {
    tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().unwrap().block_on(run());
}
