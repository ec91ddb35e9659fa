//! The fan-out and the delivery decisions over the in-memory event store.

use std::sync::Mutex;

use async_trait::async_trait;
use futures::executor::block_on;
use veracity_domain::billing::{Balance, CreditsLowBalance};
use veracity_domain::detection::fusion::ManipulationType;
use veracity_domain::detection::job::{JobCompleted, JobEvent, JobStarted, JobSubmitted, UploadReceived};
use veracity_domain::detection::{Check, JobOptions, MediaSource, MediaType, StoredMedia, Verdict};
use veracity_domain::fakes::InMemoryEventStore;
use veracity_domain::ports::{EventStore, FetchError, MessageStream};
use veracity_domain::webhooks::MessageStatus;
use veracity_domain::webhooks::endpoints::DEFAULT_RISK_THRESHOLD;
use veracity_domain::{ApiKeyId, EventEnvelope};

use super::*;
use std::time::Duration;
use veracity_domain::detection::JobState;
use veracity_domain::ports::{MessageTicket, WebhookHealth, WebhookQueue};
use veracity_domain::webhooks::{AttemptOutcome, DisableReason, SealedSecret};
use veracity_domain::{JobId, RecordedEvent};

/// Seals by reversing (the AEAD is the adapter's, tested there).
struct Mirror;

impl SecretSealer for Mirror {
    fn generate(&self, context: &str) -> Result<(String, SealedSecret), DomainError> {
        let text = veracity_domain::webhooks::signature::secret_text(context.as_bytes());
        Ok((text.clone(), SealedSecret(format!("{context}|{}", text.chars().rev().collect::<String>()))))
    }

    fn open(&self, sealed: &SealedSecret, context: &str) -> Result<String, DomainError> {
        let (owner, reversed) = sealed.0.split_once('|').ok_or_else(|| DomainError::internal("unsealable"))?;
        if owner != context {
            return Err(DomainError::internal("sealed for another owner"));
        }
        Ok(reversed.chars().rev().collect())
    }
}

#[derive(Default)]
struct Queue(Mutex<Vec<MessageTicket>>);

#[async_trait]
impl WebhookQueue for Queue {
    async fn enqueue(&self, ticket: MessageTicket) -> Result<(), DomainError> {
        self.0.lock().unwrap().push(ticket);
        Ok(())
    }

    async fn consume(&self) -> Result<MessageStream, DomainError> {
        unimplemented!("the tests drive prepare and record themselves")
    }

    async fn depth(&self) -> Result<u64, DomainError> {
        Ok(self.0.lock().unwrap().len() as u64)
    }
}

/// Answers every send with `status`; every URL is allowed.
struct Answer(Option<u16>);

#[async_trait]
impl WebhookSender for Answer {
    async fn check(&self, _: &str) -> Result<(), FetchError> {
        Ok(())
    }

    async fn post(&self, url: &str, _: &[(&str, String)], _: &[u8]) -> AttemptOutcome {
        AttemptOutcome { url: url.into(), status_code: self.0, latency_ms: 1, error: None, response_excerpt: String::new() }
    }
}

struct Healthy;

#[async_trait]
impl WebhookHealth for Healthy {
    async fn failing_since(&self, _: TenantId, _: WebhookId) -> Result<Option<DateTime<Utc>>, DomainError> {
        Ok(None)
    }

    async fn backlog(&self) -> Result<Vec<(String, u64)>, DomainError> {
        Ok(Vec::new())
    }
}

struct World {
    events: InMemoryEventStore,
    queue: Queue,
    settings: WebhookSettings,
    tenant: TenantId,
    /// The last event the dispatcher's log reader saw.
    pumped: Mutex<u64>,
    now: Mutex<DateTime<Utc>>,
}

impl World {
    fn new() -> Self {
        Self {
            events: InMemoryEventStore::new(),
            queue: Queue::default(),
            settings: WebhookSettings::default(),
            tenant: TenantId::new(),
            pumped: Mutex::new(0),
            now: Mutex::new(Utc::now()),
        }
    }

    fn cmd(&self) -> Cmd<'_> {
        Cmd::new(&self.events, *self.now.lock().unwrap(), "req_test")
    }

    fn advance(&self, by: Duration) {
        *self.now.lock().unwrap() += chrono::Duration::from_std(by).unwrap();
    }

    fn dispatch<'a>(&'a self, sender: &'a Answer) -> Dispatch<'a> {
        Dispatch { sealer: &Mirror, sender, queue: &self.queue, health: &Healthy, settings: &self.settings }
    }

    fn endpoint(&self, event_types: Vec<EventType>, threshold: u8, enabled: bool) -> WebhookId {
        let settings = EndpointSettings {
            url: "https://hooks.example.com/h".into(),
            event_types,
            description: String::new(),
            enabled,
            rate_limit_per_second: None,
            risk_threshold: threshold,
            payload_format: Default::default(),
        };
        block_on(create_endpoint(self.cmd(), &Mirror, &Answer(None), self.tenant, settings, Origin::system())).unwrap().0.id
    }

    /// A job that completed with `verdict` and `risk`; returns the completion as recorded.
    fn completed_job(&self, verdict: Verdict, risk: u8, callback_url: Option<&str>) -> RecordedEvent {
        let agg = aggregate::<JobState>(self.tenant, JobId::new().to_string()).unwrap();
        let mut report = veracity_domain::fakes::empty_report();
        report.verdict = verdict;
        report.is_deepfake = matches!(verdict, Verdict::Synthetic | Verdict::Manipulated);
        report.risk_score = Some(risk);
        report.manipulation_type = report.is_deepfake.then_some(ManipulationType::AiGenerated);
        let options = JobOptions { callback_url: callback_url.map(Into::into), ..JobOptions::default() };
        let media = StoredMedia { blob_key: "media/x".into(), sha256: "ab".into(), size: 3, format: None };
        let history: Vec<JobEvent> = vec![
            UploadReceived { media, source: MediaSource::Upload { filename: None } }.into(),
            JobSubmitted { check: Check::Deepfake, media_type: MediaType::Image, options, key: ApiKeyId::new() }.into(),
            JobStarted { attempt: 1, worker: "w".into() }.into(),
            JobCompleted { attempt: 1, report, credits: 2 }.into(),
        ];
        let mut position = AggregatePosition::EMPTY;
        for event in &history {
            position = block_on(append::<JobState>(self.cmd(), &agg, position, event)).unwrap().position();
        }
        block_on(self.events.load(&agg, 0)).unwrap().pop().unwrap()
    }

    /// What the dispatcher's log reader does with the events since it last looked: fan-out and
    /// queueing.
    fn pump(&self) -> usize {
        use futures::StreamExt;
        let head = block_on(self.events.head()).unwrap();
        let from = *self.pumped.lock().unwrap() + 1;
        let stream = block_on(self.events.subscribe(veracity_domain::ports::Subscription::ephemeral(from))).unwrap();
        let events: Vec<RecordedEvent> =
            block_on(stream.take((head + 1).saturating_sub(from) as usize).map(|d| d.unwrap().event).collect::<Vec<_>>());
        *self.pumped.lock().unwrap() = head;
        let sender = Answer(Some(200));
        let mut made = 0;
        for event in &events {
            made += block_on(fan_out(self.cmd(), &self.dispatch(&sender), event)).unwrap();
            block_on(queue_from_log(self.cmd(), &self.dispatch(&sender), event)).unwrap();
        }
        // The messages just made are queued from their own events.
        if made > 0 { made + self.pump() } else { made }
    }

    fn messages(&self) -> Vec<(MessageCreated, MessageTicket)> {
        self.queue
            .0
            .lock()
            .unwrap()
            .iter()
            .map(|ticket| {
                let agg = aggregate::<MessageState>(ticket.tenant, ticket.message.to_string()).unwrap();
                let (state, _) = block_on(load::<MessageState>(&self.events, &agg)).unwrap();
                (state.created.unwrap(), ticket.clone())
            })
            .collect()
    }
}

fn envelope_type(created: &MessageCreated) -> String {
    serde_json::from_str::<serde_json::Value>(&created.body).unwrap()["type"].as_str().unwrap().to_owned()
}

#[test]
fn a_result_goes_to_the_endpoints_that_want_it_and_to_the_callback_once() {
    let world = World::new();
    let all = world.endpoint(vec![], DEFAULT_RISK_THRESHOLD, true);
    let strict = world.endpoint(vec![], 90, true);
    let failures_only = world.endpoint(vec![EventType::JobFailed], DEFAULT_RISK_THRESHOLD, true);
    let _off = world.endpoint(vec![], DEFAULT_RISK_THRESHOLD, false);
    let completed = world.completed_job(Verdict::Synthetic, 85, Some("https://cb.example.com/x"));
    assert_eq!(world.pump(), 4);

    let made = world.messages();
    let mut seen: Vec<(String, String)> = made.iter().map(|(c, _)| (c.target.key(), envelope_type(c))).collect();
    seen.sort();
    let mut expected = vec![
        (all.to_string(), "deepfake.scan_completed".to_owned()),
        (all.to_string(), "deepfake.deepfake_detected".to_owned()),
        (strict.to_string(), "deepfake.scan_completed".to_owned()),
        ("callback".to_owned(), "deepfake.scan_completed".to_owned()),
    ];
    expected.sort();
    assert_eq!(seen, expected, "85 is below the strict endpoint's 90; {failures_only} wants failures only");
    let body: serde_json::Value = serde_json::from_str(&made[0].0.body).unwrap();
    assert_eq!(body["data"]["verdict"], "synthetic");
    assert_eq!(body["data"]["risk_score"], 85);
    assert_eq!(body["data"]["manipulation_type"], "AI_GENERATED");
    assert!(body["data"]["links"]["self"].as_str().unwrap().starts_with("/v1/jobs/job_"));
    let config = block_on(webhooks(world.cmd(), world.tenant)).unwrap();
    assert!(config.callback.secrets.is_some(), "the callback secret is made on first use");

    // The same event again (a restart before the checkpoint moved): the same messages, found
    // made; nothing new is recorded, so nothing more is queued.
    let sender = Answer(Some(200));
    assert_eq!(block_on(fan_out(world.cmd(), &world.dispatch(&sender), &completed)).unwrap(), 4);
    assert_eq!(world.pump(), 0);
    assert_eq!(world.messages().len(), 4);
}

#[test]
fn a_low_balance_goes_to_its_subscribers_and_other_events_make_nothing() {
    let world = World::new();
    let subscribed = world.endpoint(vec![EventType::LowBalance], DEFAULT_RISK_THRESHOLD, true);
    world.endpoint(vec![EventType::ScanCompleted], DEFAULT_RISK_THRESHOLD, true);
    let agg = aggregate::<veracity_domain::billing::CreditAccount>(world.tenant, world.tenant.to_string()).unwrap();
    let low = CreditsLowBalance { threshold: 20, balance: Balance { available: 12, ..Balance::default() } };
    block_on(append::<veracity_domain::billing::CreditAccount>(world.cmd(), &agg, AggregatePosition::EMPTY, &low.into())).unwrap();
    let recorded = block_on(world.events.load(&agg, 0)).unwrap().pop().unwrap();
    assert!(dispatcher_wants(&recorded.envelope));
    assert_eq!(world.pump(), 1);
    let (created, ticket) = world.messages().pop().unwrap();
    assert_eq!(ticket.target, subscribed.to_string());
    let body: serde_json::Value = serde_json::from_str(&created.body).unwrap();
    assert_eq!((body["type"].as_str(), body["data"]["available"].as_u64()), (Some("credits.low_balance"), Some(12)));

    let started: EventEnvelope = {
        let job = world.completed_job(Verdict::Authentic, 5, None);
        let mut e = job.envelope;
        e.event_type = "job.started".into();
        e
    };
    assert!(!dispatcher_wants(&started));
}

#[test]
fn an_attempt_is_signed_recorded_and_retried_until_delivered() {
    let mut world = World::new();
    world.settings.schedule = RetrySchedule::new(vec![Duration::ZERO, Duration::from_secs(5), Duration::from_secs(60)]);
    let endpoint = world.endpoint(vec![EventType::Test], DEFAULT_RISK_THRESHOLD, true);
    let id = block_on(send_test(world.cmd(), world.tenant, endpoint)).unwrap();
    world.pump();
    let ticket = world.queue.0.lock().unwrap()[0].clone();
    assert_eq!(ticket.message, id);

    let attempt = |status: Option<u16>| {
        let sender = Answer(status);
        let d = world.dispatch(&sender);
        let Prepared::Send(out) = block_on(prepare(world.cmd(), &d, &ticket)).unwrap() else { return None };
        let signature = &out.headers.iter().find(|(n, _)| *n == "webhook-signature").unwrap().1;
        let timestamp: i64 = out.headers.iter().find(|(n, _)| *n == "webhook-timestamp").unwrap().1.parse().unwrap();
        let secret = Mirror.generate(&secret_context(world.tenant, Some(endpoint))).unwrap().0;
        let key = veracity_domain::webhooks::signature::secret_key(&secret).unwrap();
        assert!(veracity_domain::webhooks::signature::verify(&key, &id.to_string(), timestamp, out.body.as_bytes(), signature));
        let outcome = block_on(sender.post(&out.url, &[], b""));
        Some(block_on(record(world.cmd(), &d, &ticket, *out, outcome)).unwrap())
    };
    assert!(matches!(attempt(Some(503)), Some(Next::RetryAfter(d)) if d >= Duration::from_millis(4_400)));
    // A ticket back before the next try is due is sent back, not tried.
    let early = world.dispatch(&Answer(Some(200)));
    assert!(matches!(block_on(prepare(world.cmd(), &early, &ticket)).unwrap(), Prepared::Later(d) if d >= Duration::from_millis(4_400)));
    world.advance(Duration::from_secs(6));
    assert!(matches!(attempt(None), Some(Next::RetryAfter(_))));
    world.advance(Duration::from_secs(70));
    assert_eq!(attempt(Some(204)), Some(Next::Delivered));
    assert_eq!(attempt(Some(204)), None, "a delivered message is not sent again");
    let agg = aggregate::<MessageState>(world.tenant, id.to_string()).unwrap();
    let (state, _) = block_on(load::<MessageState>(&world.events, &agg)).unwrap();
    assert_eq!((state.status, state.attempts), (MessageStatus::Delivered, 3));
    let kinds: Vec<String> = block_on(world.events.load(&agg, 0)).unwrap().into_iter().map(|e| e.envelope.event_type).collect();
    assert_eq!(kinds, ["webhook.message_created", "webhook.attempted", "webhook.attempted", "webhook.attempted", "webhook.delivered"]);
}

#[test]
fn gone_disables_the_endpoint_and_its_next_messages_fail_unsent() {
    let world = World::new();
    let endpoint = world.endpoint(vec![], DEFAULT_RISK_THRESHOLD, true);
    let gone = Answer(Some(410));
    for _ in 0..2 {
        world.completed_job(Verdict::Authentic, 5, None);
    }
    assert_eq!(world.pump(), 2);
    let tickets = world.queue.0.lock().unwrap().clone();
    assert_eq!(tickets.len(), 2);
    let Prepared::Send(out) = block_on(prepare(world.cmd(), &world.dispatch(&gone), &tickets[0])).unwrap() else { panic!("owed") };
    let outcome = block_on(gone.post(&out.url, &[], b""));
    assert_eq!(block_on(record(world.cmd(), &world.dispatch(&gone), &tickets[0], *out, outcome)).unwrap(), Next::Failed);
    let config = block_on(webhooks(world.cmd(), world.tenant)).unwrap();
    let disabled = config.require(endpoint).unwrap();
    assert!(!disabled.settings.enabled);
    assert_eq!(disabled.disabled.as_ref().map(|d| d.0), Some(DisableReason::Gone));

    // The message queued before the disable fails without a request.
    assert!(matches!(block_on(prepare(world.cmd(), &world.dispatch(&gone), &tickets[1])).unwrap(), Prepared::Done));
    let agg = aggregate::<MessageState>(world.tenant, tickets[1].message.to_string()).unwrap();
    let (state, _) = block_on(load::<MessageState>(&world.events, &agg)).unwrap();
    assert_eq!((state.status, state.attempts), (MessageStatus::Failed, 0));
    // A new result makes no message for it; a test message still reaches it.
    world.completed_job(Verdict::Authentic, 5, None);
    assert_eq!(world.pump(), 0);
    let test = block_on(send_test(world.cmd(), world.tenant, endpoint)).unwrap();
    world.pump();
    let ticket = world.queue.0.lock().unwrap().iter().find(|t| t.message == test).unwrap().clone();
    assert!(matches!(block_on(prepare(world.cmd(), &world.dispatch(&gone), &ticket)).unwrap(), Prepared::Send(_)));
}

/// Failing since a fixed time.
struct FailingSince(DateTime<Utc>);

#[async_trait]
impl WebhookHealth for FailingSince {
    async fn failing_since(&self, _: TenantId, _: WebhookId) -> Result<Option<DateTime<Utc>>, DomainError> {
        Ok(Some(self.0))
    }

    async fn backlog(&self) -> Result<Vec<(String, u64)>, DomainError> {
        Ok(Vec::new())
    }
}

#[test]
fn an_endpoint_failing_longer_than_the_limit_is_disabled() {
    let world = World::new();
    let created = *world.now.lock().unwrap();
    let endpoint = world.endpoint(vec![], DEFAULT_RISK_THRESHOLD, true);
    world.advance(Duration::from_secs(6 * 24 * 3600));
    block_on(send_test(world.cmd(), world.tenant, endpoint)).unwrap();
    world.pump();
    let ticket = world.queue.0.lock().unwrap()[0].clone();
    let down = Answer(Some(503));
    let try_once = |health: &dyn WebhookHealth| {
        let d = Dispatch { sealer: &Mirror, sender: &down, queue: &world.queue, health, settings: &world.settings };
        let Prepared::Send(out) = block_on(prepare(world.cmd(), &d, &ticket)).unwrap() else { panic!("owed") };
        let outcome = block_on(down.post(&out.url, &[], b""));
        block_on(record(world.cmd(), &d, &ticket, *out, outcome)).unwrap();
        world.advance(Duration::from_secs(60));
        block_on(webhooks(world.cmd(), world.tenant)).unwrap().require(endpoint).unwrap().clone()
    };
    let four_days = FailingSince(*world.now.lock().unwrap() - chrono::Duration::days(4));
    assert!(try_once(&four_days).settings.enabled, "4 days of failures is within the 5-day limit");
    let since_creation = FailingSince(created + chrono::Duration::minutes(1));
    let disabled = try_once(&since_creation);
    assert!(!disabled.settings.enabled);
    let (reason, detail, _) = disabled.disabled.clone().unwrap();
    assert_eq!(reason, DisableReason::Failing);
    assert!(detail.starts_with("no successful delivery since"), "{detail}");

    // Enabled again: failures before that do not count, so the next failure leaves it enabled.
    let update = EndpointChanges { enabled: Some(true), ..EndpointChanges::default() };
    block_on(update_endpoint(world.cmd(), &Answer(None), world.tenant, endpoint, update, Origin::system())).unwrap();
    block_on(send_test(world.cmd(), world.tenant, endpoint)).unwrap();
    world.pump();
    let second = world.queue.0.lock().unwrap().last().unwrap().clone();
    let d = Dispatch { sealer: &Mirror, sender: &down, queue: &world.queue, health: &since_creation, settings: &world.settings };
    let Prepared::Send(out) = block_on(prepare(world.cmd(), &d, &second)).unwrap() else { panic!("owed") };
    let outcome = block_on(down.post(&out.url, &[], b""));
    block_on(record(world.cmd(), &d, &second, *out, outcome)).unwrap();
    assert!(block_on(webhooks(world.cmd(), world.tenant)).unwrap().require(endpoint).unwrap().settings.enabled);
}

#[test]
fn a_retry_of_a_waiting_message_sends_it_now_and_its_old_ticket_is_dropped() {
    let world = World::new();
    let endpoint = world.endpoint(vec![], DEFAULT_RISK_THRESHOLD, true);
    let id = block_on(send_test(world.cmd(), world.tenant, endpoint)).unwrap();
    world.pump();
    let first = world.queue.0.lock().unwrap()[0].clone();
    let down = Answer(Some(503));
    let Prepared::Send(out) = block_on(prepare(world.cmd(), &world.dispatch(&down), &first)).unwrap() else { panic!("owed") };
    let outcome = block_on(down.post(&out.url, &[], b""));
    assert!(matches!(block_on(record(world.cmd(), &world.dispatch(&down), &first, *out, outcome)).unwrap(), Next::RetryAfter(_)));

    assert!(block_on(retry_message(world.cmd(), world.tenant, id, Actor::System)).unwrap(), "waiting: hurried");
    world.pump();
    let tickets = world.queue.0.lock().unwrap().clone();
    assert_eq!(tickets.len(), 2);
    let retry = &tickets[1];
    assert!(!retry.nonce.is_empty() && retry.message == id);
    let up = Answer(Some(200));
    assert!(matches!(block_on(prepare(world.cmd(), &world.dispatch(&up), &first)).unwrap(), Prepared::Done), "the old round's ticket");
    let Prepared::Send(out) = block_on(prepare(world.cmd(), &world.dispatch(&up), retry)).unwrap() else { panic!("sent at once") };
    let outcome = block_on(up.post(&out.url, &[], b""));
    assert_eq!(block_on(record(world.cmd(), &world.dispatch(&up), retry, *out, outcome)).unwrap(), Next::Delivered);
    assert!(!block_on(retry_message(world.cmd(), world.tenant, id, Actor::System)).unwrap(), "delivered: left alone");
}
