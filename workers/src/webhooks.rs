//! The webhook dispatcher: makes messages from the log's events (the fan-out, a projection with
//! its own checkpoint, so none is missed across restarts) and delivers the queued messages.
//!
//! Delivery is at-least-once: a ticket is acknowledged only after its attempt is recorded, and
//! a dispatcher killed mid-delivery leaves it to be redelivered after the queue's ack wait.
//! Each endpoint has its own lane (a few requests in flight, its rate limit), so a slow, hung or
//! dead endpoint delays only its own messages: a ticket whose lane is full goes back to the queue
//! for a moment instead of waiting in line ahead of other endpoints' tickets.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use async_trait::async_trait;
use futures::StreamExt;
use sea_orm::DatabaseTransaction;
use tokio::sync::Semaphore;
use tokio_util::sync::CancellationToken;
use veracity_adapters::projections::Projection;
use veracity_app::Cmd;
use veracity_app::webhooks::{
    Dispatch, Next, Outgoing, Prepared, WebhookMetrics, WebhookSettings, dispatcher_kinds, dispatcher_wants, fan_out, prepare,
    queue_from_log, record,
};
use veracity_domain::ports::{
    Clock, EventStore, MessageDelivery, MessageTicket, SecretSealer, Span, SpanKind, Traces, WebhookHealth, WebhookQueue, WebhookSender,
};
use veracity_domain::sync::LockExt;
use veracity_domain::webhooks::AttemptOutcome;
use veracity_domain::{DomainError, EventEnvelope, RecordedEvent};

/// The fan-out's checkpoint name.
pub const FAN_OUT: &str = "webhook_fanout";

/// What the dispatcher uses.
#[derive(Clone)]
pub struct WebhookPorts {
    pub events: Arc<dyn EventStore>,
    pub queue: Arc<dyn WebhookQueue>,
    pub sealer: Arc<dyn SecretSealer>,
    pub sender: Arc<dyn WebhookSender>,
    pub health: Arc<dyn WebhookHealth>,
    pub clock: Arc<dyn Clock>,
    pub settings: Arc<WebhookSettings>,
    /// Where each attempt's span goes (in its job's trace, for messages about a job).
    pub traces: Arc<dyn Traces>,
}

impl WebhookPorts {
    fn dispatch(&self) -> Dispatch<'_> {
        Dispatch {
            sealer: self.sealer.as_ref(),
            sender: self.sender.as_ref(),
            queue: self.queue.as_ref(),
            health: self.health.as_ref(),
            settings: &self.settings,
        }
    }
}

/// Reads the log for the dispatcher: makes the messages each job result and low balance calls
/// for, and queues a ticket for each message made or retried. Run by a `ProjectionRunner`
/// (lease, checkpoint, batches): repeating an event after a crash makes no second message, and
/// a ticket queued twice is delivered as one message (the message's state decides).
pub struct WebhookFanOut(pub WebhookPorts);

#[async_trait]
impl Projection for WebhookFanOut {
    fn name(&self) -> &'static str {
        FAN_OUT
    }

    fn wants(&self, event: &EventEnvelope) -> bool {
        dispatcher_wants(event)
    }

    fn kinds(&self) -> Vec<&'static str> {
        dispatcher_kinds()
    }

    /// The network work, outside the runner's transaction. An error (NATS or the database
    /// unavailable, an event this build cannot read, say during a rolling upgrade) stops the
    /// reader until it passes: nothing is made or sent out of order, and nothing is skipped.
    async fn effect(&self, event: &RecordedEvent) -> Result<(), DomainError> {
        let request = event.envelope.correlation_id.clone().unwrap_or_else(|| event.envelope.id.to_string());
        let cmd = Cmd::new(self.0.events.as_ref(), self.0.clock.now(), &request);
        let dispatch = self.0.dispatch();
        let made = fan_out(cmd, &dispatch, event).await?;
        if made > 0 {
            tracing::debug!(event = %event.envelope.id, messages = made, "webhook messages made");
        }
        queue_from_log(cmd, &dispatch, event).await?;
        Ok(())
    }

    async fn apply(&self, _txn: &DatabaseTransaction, _event: &RecordedEvent) -> Result<(), DomainError> {
        Ok(())
    }

    async fn reset(&self, _txn: &DatabaseTransaction) -> Result<(), DomainError> {
        Ok(())
    }
}

#[derive(Debug, Clone)]
pub struct DispatcherSettings {
    /// Requests in flight to one endpoint at most.
    pub per_endpoint: usize,
    /// Deliveries in progress in this process at most.
    pub max_in_flight: usize,
    /// How often a delivery in progress tells the queue it is still alive (below its ack wait).
    pub keep_alive: Duration,
    /// How often the backlog gauge is refreshed.
    pub backlog_interval: Duration,
}

impl Default for DispatcherSettings {
    fn default() -> Self {
        Self { per_endpoint: 8, max_in_flight: 4096, keep_alive: Duration::from_secs(10), backlog_interval: Duration::from_secs(5) }
    }
}

/// One endpoint's lane: requests in flight, its rate limit (a token bucket), and how many
/// tickets found it full since a request last got in.
struct Lane {
    permits: Arc<Semaphore>,
    bucket: Mutex<Option<(f64, Instant)>>,
    turned_away: std::sync::atomic::AtomicU32,
    /// The endpoint's rate limit as last read (0: none).
    rate: std::sync::atomic::AtomicU32,
}

/// How long a ticket waits for a free place in its lane before going back to the queue.
const LANE_WAIT: Duration = Duration::from_millis(100);
/// The longest a ticket turned away from a full lane stays back in the queue.
const MAX_LANE_BACKOFF: Duration = Duration::from_secs(30);

impl Lane {
    fn new(per_endpoint: usize) -> Self {
        Self {
            permits: Arc::new(Semaphore::new(per_endpoint)),
            bucket: Mutex::new(None),
            turned_away: Default::default(),
            rate: Default::default(),
        }
    }

    fn rate(&self) -> Option<u32> {
        Some(self.rate.load(std::sync::atomic::Ordering::Relaxed)).filter(|r| *r > 0)
    }

    fn set_rate(&self, rate: Option<u32>) {
        self.rate.store(rate.unwrap_or(0), std::sync::atomic::Ordering::Relaxed);
    }

    /// A place in the lane, waiting a moment for one; `Err(delay)`: come back after `delay`,
    /// which grows with the tickets turned away (a hung endpoint's backlog is not re-read
    /// four times a second, whatever its size).
    async fn enter(&self, per_endpoint: usize) -> Result<tokio::sync::OwnedSemaphorePermit, Duration> {
        use std::sync::atomic::Ordering;
        match tokio::time::timeout(LANE_WAIT, self.permits.clone().acquire_owned()).await {
            Ok(permit) => {
                // Halved, not reset: a slow lane whose places free now and then keeps its backlog
                // waiting longer instead of cycling it four times a second.
                let _ = self.turned_away.fetch_update(Ordering::Relaxed, Ordering::Relaxed, |n| Some(n / 2));
                Ok(permit.expect("the semaphore is never closed"))
            }
            Err(_) => {
                let away = self.turned_away.fetch_add(1, Ordering::Relaxed);
                let factor = 1 + away / per_endpoint.max(1) as u32;
                Err((Duration::from_millis(250) * factor).min(MAX_LANE_BACKOFF))
            }
        }
    }

    /// Takes a token of a `rate`-per-second bucket; the wait until one is free when there is none.
    fn take(&self, rate: Option<u32>) -> Option<Duration> {
        let rate = f64::from(rate?);
        let mut bucket = self.bucket.locked();
        let now = Instant::now();
        let (tokens, at) = bucket.unwrap_or((rate, now));
        let tokens = (tokens + now.duration_since(at).as_secs_f64() * rate).min(rate);
        if tokens >= 1.0 {
            *bucket = Some((tokens - 1.0, now));
            None
        } else {
            *bucket = Some((tokens, now));
            Some(Duration::from_secs_f64((1.0 - tokens) / rate))
        }
    }
}

/// What becomes of a ticket.
enum Action {
    Ack,
    Postpone(Duration),
}

/// How long a ticket waits after NATS or the database failed it.
const ERROR_BACKOFF: Duration = Duration::from_secs(5);

/// Lanes of endpoints kept at most; beyond, idle lanes are dropped.
const MAX_LANES: usize = 10_000;

pub struct WebhookDispatcher {
    ports: WebhookPorts,
    settings: DispatcherSettings,
    metrics: WebhookMetrics,
    lanes: Mutex<HashMap<String, Arc<Lane>>>,
}

impl WebhookDispatcher {
    pub fn new(ports: WebhookPorts, settings: DispatcherSettings, metrics: WebhookMetrics) -> Self {
        Self { ports, settings, metrics, lanes: Mutex::new(HashMap::new()) }
    }

    /// One attempt as a span of its job's trace (messages about no job, tests, have none). The
    /// URL is left out: a receiver's may carry a token in its query.
    fn trace(&self, ticket: &MessageTicket, outgoing: &Outgoing, outcome: &AttemptOutcome, sent_at: chrono::DateTime<chrono::Utc>) {
        let Some(job) = outgoing.job().filter(|_| self.ports.traces.enabled()) else { return };
        let mut span = Span::in_job(job, "veracity.webhook", SpanKind::Client, sent_at, chrono::Utc::now())
            .with("veracity.webhook.message_id", ticket.message.to_string())
            .with("veracity.webhook.target", ticket.target.as_str())
            .with("veracity.webhook.event_type", outgoing.event_type())
            .with("veracity.webhook.attempt", i64::from(outgoing.attempt()));
        if let Some(status) = outcome.status_code {
            span = span.with("http.response.status_code", i64::from(status));
        }
        self.ports.traces.record(match (&outcome.error, outcome.status_code) {
            (Some(error), _) => span.failed(error.clone()),
            (None, Some(status)) if !(200..300).contains(&status) => span.failed(format!("HTTP {status}")),
            _ => span,
        });
    }

    fn lane(&self, target: &str) -> Arc<Lane> {
        let mut lanes = self.lanes.locked();
        if lanes.len() >= MAX_LANES && !lanes.contains_key(target) {
            // Lanes in use are held by their deliveries, and are only forgotten here.
            lanes.retain(|_, lane| Arc::strong_count(lane) > 1);
        }
        let per_endpoint = self.settings.per_endpoint;
        lanes.entry(target.to_owned()).or_insert_with(|| Arc::new(Lane::new(per_endpoint))).clone()
    }

    /// Delivers queued messages until `shutdown`.
    pub async fn run(self: Arc<Self>, shutdown: CancellationToken) {
        tracing::info!("webhook dispatcher started");
        let backlog = tokio::spawn(self.clone().refresh_backlog(shutdown.child_token()));
        let in_flight = Arc::new(Semaphore::new(self.settings.max_in_flight));
        'subscribe: while !shutdown.is_cancelled() {
            let mut deliveries = match self.ports.queue.consume().await {
                Ok(deliveries) => deliveries,
                Err(err) => {
                    tracing::warn!(error = %err, "cannot read the webhook queue; retrying");
                    tokio::select! { _ = shutdown.cancelled() => break, _ = tokio::time::sleep(Duration::from_secs(1)) => continue }
                }
            };
            loop {
                let permit = tokio::select! {
                    _ = shutdown.cancelled() => break 'subscribe,
                    permit = in_flight.clone().acquire_owned() => permit.expect("the semaphore is never closed"),
                };
                let delivery = tokio::select! {
                    _ = shutdown.cancelled() => break 'subscribe,
                    delivery = deliveries.next() => delivery,
                };
                match delivery {
                    Some(Ok(delivery)) => {
                        let this = self.clone();
                        tokio::spawn(async move {
                            this.deliver(delivery).await;
                            drop(permit);
                        });
                    }
                    Some(Err(err)) => tracing::warn!(error = %err, "a webhook ticket could not be read"),
                    None => {
                        tracing::warn!("the webhook queue subscription ended; resubscribing");
                        continue 'subscribe;
                    }
                }
            }
        }
        backlog.abort();
        // In-flight deliveries finish or are redelivered after the ack wait.
        let _ = tokio::time::timeout(Duration::from_secs(5), in_flight.acquire_many(self.settings.max_in_flight as u32)).await;
        tracing::info!("webhook dispatcher stopped");
    }

    /// One delivery of a ticket, kept alive at the queue for as long as it takes (the lane's
    /// wait, preparing, sending, recording), then acknowledged or sent back.
    async fn deliver(&self, delivery: MessageDelivery) {
        let MessageDelivery { ticket, handle, .. } = delivery;
        let action = {
            let work = self.work(&ticket);
            tokio::pin!(work);
            let mut alive = tokio::time::interval(self.settings.keep_alive);
            alive.tick().await;
            loop {
                tokio::select! {
                    action = &mut work => break action,
                    _ = alive.tick() => {
                        if let Err(err) = handle.keep_alive().await {
                            tracing::debug!(error = %err, "keeping a webhook ticket alive failed");
                        }
                    }
                }
            }
        };
        match action {
            Action::Ack => ack(handle).await,
            Action::Postpone(delay) => postpone(handle, delay).await,
        }
    }

    /// What to do with a ticket: its message sent, recorded, and what follows.
    async fn work(&self, ticket: &MessageTicket) -> Action {
        let request = ticket.message.to_string();
        let dispatch = self.ports.dispatch();
        // The lane first: a full lane sends the ticket back before any work is spent on it.
        let lane = self.lane(&ticket.target);
        let _permit = match lane.enter(self.settings.per_endpoint).await {
            Ok(permit) => permit,
            // The endpoint has its fill of requests in flight: other endpoints go first.
            Err(delay) => return Action::Postpone(delay),
        };
        // The endpoint's rate limit as last seen, before any work too.
        let known_rate = lane.rate();
        if let Some(wait) = lane.take(known_rate) {
            return Action::Postpone(wait);
        }
        let cmd = Cmd::new(self.ports.events.as_ref(), self.ports.clock.now(), &request);
        let outgoing = match prepare(cmd, &dispatch, ticket).await {
            Ok(Prepared::Done) => return Action::Ack,
            Ok(Prepared::Later(wait)) => return Action::Postpone(wait),
            Ok(Prepared::Send(outgoing)) => outgoing,
            Err(err) => {
                tracing::warn!(message = %ticket.message, error = %err, "preparing a webhook failed; trying again shortly");
                return Action::Postpone(ERROR_BACKOFF);
            }
        };
        if outgoing.rate_limit_per_second != known_rate {
            lane.set_rate(outgoing.rate_limit_per_second);
            if let Some(wait) = lane.take(outgoing.rate_limit_per_second) {
                return Action::Postpone(wait);
            }
        }
        let headers: Vec<(&str, String)> = outgoing.headers.iter().map(|(n, v)| (*n, v.clone())).collect();
        let sent_at = chrono::Utc::now();
        let outcome = self.ports.sender.post(&outgoing.url, &headers, outgoing.body.as_bytes()).await;
        self.trace(ticket, &outgoing, &outcome, sent_at);
        let label = match outcome.status_code {
            Some(s) if (200..300).contains(&s) => "success",
            Some(_) => "http_error",
            None => "no_response",
        };
        self.metrics.attempts.with_label_values(&[label]).inc();
        self.metrics.latency.observe(outcome.latency_ms as f64 / 1000.0);
        let cmd = Cmd::new(self.ports.events.as_ref(), self.ports.clock.now(), &request);
        match record(cmd, &dispatch, ticket, *outgoing, outcome).await {
            Ok(Next::Delivered) => {
                self.metrics.messages.with_label_values(&["delivered"]).inc();
                Action::Ack
            }
            Ok(Next::Failed) => {
                self.metrics.messages.with_label_values(&["failed"]).inc();
                Action::Ack
            }
            Ok(Next::Recheck(delay) | Next::RetryAfter(delay)) => Action::Postpone(delay),
            Err(err) => {
                // The attempt happened but is not recorded: it is made again, and the receiver
                // sees the same webhook-id twice (at-least-once).
                tracing::warn!(message = %ticket.message, error = %err, "recording a webhook attempt failed; trying again shortly");
                Action::Postpone(ERROR_BACKOFF)
            }
        }
    }

    async fn refresh_backlog(self: Arc<Self>, stop: CancellationToken) {
        loop {
            match self.ports.health.backlog().await {
                Ok(rows) => {
                    self.metrics.backlog.reset();
                    for (target, pending) in rows {
                        self.metrics.backlog.with_label_values(&[target.as_str()]).set(pending as i64);
                    }
                }
                Err(err) => tracing::debug!(error = %err, "reading the webhook backlog failed"),
            }
            tokio::select! { _ = stop.cancelled() => return, _ = tokio::time::sleep(self.settings.backlog_interval) => {} }
        }
    }
}

async fn ack(handle: Box<dyn veracity_domain::ports::TicketHandle>) {
    if let Err(err) = handle.ack().await {
        tracing::warn!(error = %err, "acknowledging a webhook ticket failed; it will be redelivered and skipped");
    }
}

async fn postpone(handle: Box<dyn veracity_domain::ports::TicketHandle>, delay: Duration) {
    if let Err(err) = handle.retry_after(delay).await {
        tracing::warn!(error = %err, "postponing a webhook ticket failed; it returns after the ack wait");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_lane_rate_limit_spaces_requests() {
        let lane = Lane::new(1);
        assert_eq!(lane.take(None), None);
        assert_eq!(lane.take(Some(2)), None);
        assert_eq!(lane.take(Some(2)), None);
        let wait = lane.take(Some(2)).expect("the bucket is empty");
        assert!(wait <= Duration::from_millis(500), "{wait:?}");
    }

    #[tokio::test]
    async fn a_full_lane_turns_tickets_away_for_longer_and_longer() {
        let lane = Lane::new(2);
        let held = (lane.enter(2).await.unwrap(), lane.enter(2).await.unwrap());
        let mut delays = Vec::new();
        for _ in 0..10 {
            delays.push(lane.enter(2).await.expect_err("the lane is full"));
        }
        assert_eq!(delays[0], Duration::from_millis(250));
        assert!(delays.windows(2).all(|w| w[0] <= w[1]), "{delays:?}");
        assert_eq!(delays[9], Duration::from_millis(250) * 5);
        drop(held);
        assert!(lane.enter(2).await.is_ok());
        assert_eq!(lane.turned_away.load(std::sync::atomic::Ordering::Relaxed), 5, "halved when a ticket gets in");
    }
}
