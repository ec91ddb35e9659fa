//! What `/metrics` measures when it is read: the work queues' depth, each projection's lag
//! behind the event log, and the credits held by open reservations. Each measure is bounded in
//! time; one that fails or times out leaves its gauge as it was and counts in
//! `veracity_metrics_sample_errors_total{what}`.

use std::sync::Arc;
use std::time::Duration;

use futures::future::BoxFuture;
use prometheus::{IntCounterVec, IntGauge, IntGaugeVec, Opts, Registry};
use sea_orm::{ConnectionTrait, DatabaseConnection, Statement};
use veracity_api::metrics::Sample;
use veracity_domain::DomainError;
use veracity_domain::ports::{EventStore, JobQueue, WebhookQueue};

/// How long one measure may take.
const MEASURE_TIMEOUT: Duration = Duration::from_secs(2);

pub struct Sampler {
    jobs: Arc<dyn JobQueue>,
    webhooks: Arc<dyn WebhookQueue>,
    events: Arc<dyn EventStore>,
    db: DatabaseConnection,
    projections: Vec<&'static str>,
    depth: IntGaugeVec,
    lag: IntGaugeVec,
    reserved: IntGauge,
    errors: IntCounterVec,
}

fn gauge_vec(name: &str, help: &str, label: &str) -> IntGaugeVec {
    IntGaugeVec::new(Opts::new(name, help), &[label]).expect("valid metric definition")
}

impl Sampler {
    /// A sampler of `projections`' lag (checkpoint names) and the queues, with its gauges
    /// registered in `registry`.
    pub fn register(
        registry: &Registry,
        jobs: Arc<dyn JobQueue>,
        webhooks: Arc<dyn WebhookQueue>,
        events: Arc<dyn EventStore>,
        db: DatabaseConnection,
        projections: Vec<&'static str>,
    ) -> Self {
        let depth = gauge_vec(
            "veracity_queue_depth",
            "Tickets queued and not yet acknowledged (waiting or being worked on), per work queue (`jobs`, `webhooks`)",
            "queue",
        );
        let lag = gauge_vec("veracity_projection_lag_events", "Events in the log that a projection has not applied yet", "projection");
        let reserved = IntGauge::new("veracity_credits_reserved", "Credits held by open reservations (jobs not yet settled), all tenants")
            .expect("valid metric definition");
        let errors = IntCounterVec::new(
            Opts::new("veracity_metrics_sample_errors_total", "Measures taken for /metrics that failed or timed out, by what"),
            &["what"],
        )
        .expect("valid metric definition");
        for collector in [
            Box::new(depth.clone()) as Box<dyn prometheus::core::Collector>,
            Box::new(lag.clone()),
            Box::new(reserved.clone()),
            Box::new(errors.clone()),
        ] {
            registry.register(collector).expect("metric registered once");
        }
        Self { jobs, webhooks, events, db, projections, depth, lag, reserved, errors }
    }

    /// `measure`, bounded; its value, or `None` (counted) when it failed.
    async fn measured<T>(&self, what: &str, measure: impl std::future::Future<Output = Result<T, DomainError>>) -> Option<T> {
        match tokio::time::timeout(MEASURE_TIMEOUT, measure).await {
            Ok(Ok(value)) => Some(value),
            Ok(Err(err)) => {
                tracing::debug!(what, error = %err, "a metrics measure failed");
                self.errors.with_label_values(&[what]).inc();
                None
            }
            Err(_) => {
                self.errors.with_label_values(&[what]).inc();
                None
            }
        }
    }

    async fn queues(&self) {
        let (jobs, webhooks) =
            tokio::join!(self.measured("jobs_queue", self.jobs.depth()), self.measured("webhooks_queue", self.webhooks.depth()));
        for (queue, depth) in [("jobs", jobs), ("webhooks", webhooks)] {
            if let Some(depth) = depth {
                self.depth.with_label_values(&[queue]).set(i64::try_from(depth).unwrap_or(i64::MAX));
            }
        }
    }

    async fn lags(&self) {
        let Some(head) = self.measured("event_log", self.events.head()).await else { return };
        for name in &self.projections {
            let checkpoint = self.measured("checkpoints", veracity_adapters::sql::checkpoints::get(&self.db, name)).await;
            // No checkpoint yet: the projection has applied nothing.
            if let Some(checkpoint) = checkpoint {
                let applied = checkpoint.map_or(0, |c| u64::try_from(c.last_sequence).unwrap_or(0));
                self.lag.with_label_values(&[name]).set(i64::try_from(head.saturating_sub(applied)).unwrap_or(i64::MAX));
            }
        }
    }

    async fn reservations(&self) {
        let sql = "SELECT CAST(COALESCE(SUM(reserved), 0) AS BIGINT) FROM credit_balances";
        let statement = Statement::from_string(self.db.get_database_backend(), sql);
        let sum = async {
            let row = self.db.query_one_raw(statement).await.map_err(|e| DomainError::internal(e.to_string()))?;
            Ok(row.map(|r| r.try_get_by_index::<i64>(0)).transpose().map_err(|e| DomainError::internal(e.to_string()))?.unwrap_or(0))
        };
        if let Some(sum) = self.measured("credits_reserved", sum).await {
            self.reserved.set(sum);
        }
    }
}

impl Sample for Sampler {
    fn sample(&self) -> BoxFuture<'_, ()> {
        Box::pin(async move {
            tokio::join!(self.queues(), self.lags(), self.reservations());
        })
    }
}
