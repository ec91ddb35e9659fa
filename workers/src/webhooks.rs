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
use veracity_app::webhooks::{Dispatch, Next, Prepared, WebhookMetrics, WebhookSettings, fan_out, makes_messages, prepare, record};
use veracity_domain::ports::{Clock, EventStore, MessageDelivery, SecretSealer, WebhookHealth, WebhookQueue, WebhookSender};
use veracity_domain::sync::LockExt;
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

/// Makes the messages each job result and low balance calls for; run by a `ProjectionRunner`
/// (lease, checkpoint, batches). Repeating an event after a crash makes no second message.
pub struct WebhookFanOut(pub WebhookPorts);

#[async_trait]
impl Projection for WebhookFanOut {
    fn name(&self) -> &'static str {
        FAN_OUT
    }

    fn wants(&self, event: &EventEnvelope) -> bool {
        makes_messages(event)
    }

    async fn apply(&self, _txn: &DatabaseTransaction, event: &RecordedEvent) -> Result<(), DomainError> {
        let request = event.envelope.correlation_id.clone().unwrap_or_else(|| event.envelope.id.to_string());
        let cmd = Cmd::new(self.0.events.as_ref(), self.0.clock.now(), &request);
        let made = fan_out(cmd, &self.0.dispatch(), event).await?;
        if made > 0 {
            tracing::debug!(event = %event.envelope.id, messages = made, "webhook messages made");
        }
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
        Self { per_endpoint: 8, max_in_flight: 512, keep_alive: Duration::from_secs(10), backlog_interval: Duration::from_secs(5) }
    }
}

/// One endpoint's lane: requests in flight and its rate limit (a token bucket).
struct Lane {
    permits: Arc<Semaphore>,
    bucket: Mutex<Option<(f64, Instant)>>,
}

impl Lane {
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

    fn lane(&self, target: &str) -> Arc<Lane> {
        let mut lanes = self.lanes.locked();
        if lanes.len() >= MAX_LANES && !lanes.contains_key(target) {
            // Lanes in use are held by their deliveries, and are only forgotten here.
            lanes.retain(|_, lane| Arc::strong_count(lane) > 1);
        }
        let per_endpoint = self.settings.per_endpoint;
        lanes
            .entry(target.to_owned())
            .or_insert_with(|| Arc::new(Lane { permits: Arc::new(Semaphore::new(per_endpoint)), bucket: Mutex::new(None) }))
            .clone()
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

    async fn deliver(&self, delivery: MessageDelivery) {
        let MessageDelivery { ticket, handle, .. } = delivery;
        let request = ticket.message.to_string();
        let dispatch = self.ports.dispatch();
        let cmd = Cmd::new(self.ports.events.as_ref(), self.ports.clock.now(), &request);
        let outgoing = match prepare(cmd, &dispatch, &ticket).await {
            Ok(Prepared::Done) => {
                ack(handle).await;
                return;
            }
            Ok(Prepared::Send(outgoing)) => outgoing,
            Err(err) => {
                tracing::warn!(message = %ticket.message, error = %err, "preparing a webhook failed; trying again shortly");
                postpone(handle, Duration::from_secs(2)).await;
                return;
            }
        };
        let lane = self.lane(&ticket.target);
        let Ok(_permit) = lane.permits.clone().try_acquire_owned() else {
            // The endpoint has its fill of requests in flight: other endpoints go first.
            postpone(handle, Duration::from_millis(250)).await;
            return;
        };
        if let Some(wait) = lane.take(outgoing.rate_limit_per_second) {
            postpone(handle, wait).await;
            return;
        }
        let outcome = {
            let headers: Vec<(&str, String)> = outgoing.headers.iter().map(|(n, v)| (*n, v.clone())).collect();
            let post = self.ports.sender.post(&outgoing.url, &headers, outgoing.body.as_bytes());
            tokio::pin!(post);
            let mut alive = tokio::time::interval(self.settings.keep_alive);
            alive.tick().await;
            loop {
                tokio::select! {
                    outcome = &mut post => break outcome,
                    _ = alive.tick() => {
                        if let Err(err) = handle.keep_alive().await {
                            tracing::debug!(error = %err, "keeping a webhook ticket alive failed");
                        }
                    }
                }
            }
        };
        let label = match outcome.status_code {
            Some(s) if (200..300).contains(&s) => "success",
            Some(_) => "http_error",
            None => "no_response",
        };
        self.metrics.attempts.with_label_values(&[label]).inc();
        self.metrics.latency.observe(outcome.latency_ms as f64 / 1000.0);
        let cmd = Cmd::new(self.ports.events.as_ref(), self.ports.clock.now(), &request);
        match record(cmd, &dispatch, &ticket, *outgoing, outcome).await {
            Ok(Next::Delivered) => {
                self.metrics.messages.with_label_values(&["delivered"]).inc();
                ack(handle).await;
            }
            Ok(Next::Failed) => {
                self.metrics.messages.with_label_values(&["failed"]).inc();
                ack(handle).await;
            }
            Ok(Next::Skipped) => ack(handle).await,
            Ok(Next::RetryAfter(delay)) => postpone(handle, delay).await,
            Err(err) => {
                // The attempt happened but is not recorded: it is made again, and the receiver
                // sees the same webhook-id twice (at-least-once).
                tracing::warn!(message = %ticket.message, error = %err, "recording a webhook attempt failed; trying again shortly");
                postpone(handle, Duration::from_secs(2)).await;
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
        let lane = Lane { permits: Arc::new(Semaphore::new(1)), bucket: Mutex::new(None) };
        assert_eq!(lane.take(None), None);
        assert_eq!(lane.take(Some(2)), None);
        assert_eq!(lane.take(Some(2)), None);
        let wait = lane.take(Some(2)).expect("the bucket is empty");
        assert!(wait <= Duration::from_millis(500), "{wait:?}");
    }
}
