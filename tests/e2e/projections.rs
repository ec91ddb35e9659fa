//! Projections apply every event exactly once — across a runner killed mid-stream, two runners
//! racing, and a rebuild under a live runner — on SQLite and on PostgreSQL, fed by JetStream.

use std::collections::BTreeMap;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use async_trait::async_trait;
use chrono::Utc;
use sea_orm::{DatabaseConnection, DatabaseTransaction, EntityTrait, QueryOrder};
use serde_json::json;
use tempfile::TempDir;
use tokio_util::sync::CancellationToken;
use veracity_adapters::projections::{AggregateCatalog, Projection};
use veracity_adapters::sql::entities::aggregate_catalog::{self, Entity as Catalog};
use veracity_adapters::sql::{self, checkpoints};
use veracity_domain::ports::{EventStore, SystemClock};
use veracity_domain::{AggregatePosition, AggregateRef, DomainError, EventEnvelope, EventId, NewEvent, RecordedEvent, TenantId};
use veracity_workers::projector::{self, ProjectionRunner, ProjectorSettings};

use crate::support::nats::{NatsServer, open_event_store};
use crate::support::postgres::TestDatabase;
use crate::support::{Database, eventually};

const NAME: &str = "aggregate_catalog";

struct Fixture {
    events: Arc<dyn EventStore>,
    db: DatabaseConnection,
    aggregates: Vec<AggregateRef>,
    positions: BTreeMap<AggregateRef, AggregatePosition>,
    _nats: NatsServer,
    _postgres: Option<TestDatabase>,
    _dir: TempDir,
}

impl Fixture {
    async fn new(database: Database) -> Self {
        let nats = NatsServer::start();
        let events = Arc::new(open_event_store(&nats).await);
        let dir = tempfile::tempdir().unwrap();
        let postgres = match database {
            Database::Postgres => Some(TestDatabase::create().await),
            Database::Sqlite => None,
        };
        let url = match &postgres {
            Some(pg) => pg.url.clone(),
            None => format!("sqlite://{}?mode=rwc", dir.path().join("read.db").display()),
        };
        let db = sql::connect(&url, 5).await.unwrap();
        sql::migrate(&db).await.unwrap();
        let tenants = [TenantId::new(), TenantId::new(), TenantId::new()];
        let aggregates =
            (0..30).map(|i| AggregateRef::new(tenants[i % 3], ["job", "api_key"][i % 2], format!("agg{i}")).unwrap()).collect();
        Self { events, db, aggregates, positions: BTreeMap::new(), _nats: nats, _postgres: postgres, _dir: dir }
    }

    /// Appends `count` events spread unevenly over the aggregates.
    async fn append(&mut self, count: usize) {
        for n in 0..count {
            let agg = &self.aggregates[(n * n + 3 * n) % self.aggregates.len()];
            let position = self.positions.get(agg).copied().unwrap_or(AggregatePosition::EMPTY);
            let event = NewEvent {
                id: EventId::new(),
                event_type: format!("test.step{}", n % 4),
                schema_version: 1,
                occurred_at: Utc::now(),
                correlation_id: None,
                payload: json!({ "n": n }),
            };
            let appended = self.events.append(agg, position, event).await.unwrap();
            self.positions.insert(agg.clone(), appended.position());
        }
    }

    /// Appends `count` events to an API key aggregate (`append` writes to jobs only).
    async fn append_api_key_events(&mut self, count: usize) {
        let key = self.aggregates.iter().find(|a| a.kind() == "api_key").cloned().unwrap();
        for n in 0..count {
            let position = self.positions.get(&key).copied().unwrap_or(AggregatePosition::EMPTY);
            let event = NewEvent {
                id: EventId::new(),
                event_type: "test.key".into(),
                schema_version: 1,
                occurred_at: Utc::now(),
                correlation_id: None,
                payload: json!({ "n": n }),
            };
            let appended = self.events.append(&key, position, event).await.unwrap();
            self.positions.insert(key.clone(), appended.position());
        }
    }

    fn runner(&self, projection: Arc<dyn Projection>, owner: &str) -> ProjectionRunner {
        let settings = ProjectorSettings {
            owner: owner.into(),
            lease_ttl: Duration::from_secs(1),
            batch_size: 7,
            retry_backoff: Duration::from_millis(100),
        };
        ProjectionRunner::new(projection, self.db.clone(), self.events.clone(), Arc::new(SystemClock), settings)
    }

    async fn checkpoint(&self) -> u64 {
        checkpoints::get(&self.db, NAME).await.unwrap().map_or(0, |c| c.last_sequence as u64)
    }

    async fn wait_caught_up(&self) {
        let head = self.events.head().await.unwrap();
        eventually("the projection to reach the head of the log", Duration::from_secs(60), || async {
            (self.checkpoint().await == head).then_some(())
        })
        .await;
    }

    async fn rows(&self) -> Vec<aggregate_catalog::Model> {
        Catalog::find()
            .order_by_asc(aggregate_catalog::Column::TenantId)
            .order_by_asc(aggregate_catalog::Column::AggregateType)
            .order_by_asc(aggregate_catalog::Column::AggregateId)
            .all(&self.db)
            .await
            .unwrap()
    }

    /// Every row agrees with what was appended: one row per aggregate, each event counted once.
    async fn assert_each_event_applied_once(&self) {
        let rows = self.rows().await;
        assert_eq!(rows.len(), self.positions.len(), "one row per aggregate");
        for row in rows {
            let agg = AggregateRef::new(row.tenant_id.parse().unwrap(), &row.aggregate_type, row.aggregate_id.clone()).unwrap();
            let position = self.positions[&agg];
            assert_eq!(row.event_count as u64, position.version, "{agg}: each event counted exactly once");
            assert_eq!(row.version as u64, position.version, "{agg}: version");
            assert_eq!(row.last_sequence as u64, position.last_sequence, "{agg}: last sequence");
        }
    }
}

/// The real projection, slowed down and counting, so a test can kill its runner mid-stream.
struct Counting {
    applied: Arc<AtomicUsize>,
}

#[async_trait]
impl Projection for Counting {
    fn name(&self) -> &'static str {
        NAME
    }

    async fn apply(&self, txn: &DatabaseTransaction, event: &RecordedEvent) -> Result<(), DomainError> {
        tokio::time::sleep(Duration::from_millis(2)).await;
        AggregateCatalog.apply(txn, event).await?;
        self.applied.fetch_add(1, Ordering::SeqCst);
        Ok(())
    }

    async fn reset(&self, txn: &DatabaseTransaction) -> Result<(), DomainError> {
        AggregateCatalog.reset(txn).await
    }
}

async fn killed_mid_stream_then_restarted(database: Database) {
    let mut fx = Fixture::new(database).await;
    fx.append(300).await;
    let head = fx.events.head().await.unwrap();

    let applied = Arc::new(AtomicUsize::new(0));
    let crashing = fx.runner(Arc::new(Counting { applied: applied.clone() }), "runner-that-crashes");
    let task = tokio::spawn(async move { crashing.run(CancellationToken::new()).await });
    eventually("100 events applied", Duration::from_secs(60), || async { (applied.load(Ordering::SeqCst) >= 100).then_some(()) }).await;
    task.abort(); // a crash: no lease release, possibly mid-transaction
    let _ = task.await;
    let at_crash = fx.checkpoint().await;
    assert!(at_crash < head, "the runner was killed mid-stream (checkpoint {at_crash} of {head})");

    // A different process takes over once the dead runner's lease expires.
    let successor = fx.runner(Arc::new(AggregateCatalog), "successor");
    let stop = CancellationToken::new();
    let live = tokio::spawn({
        let stop = stop.clone();
        async move { successor.run(stop).await }
    });
    fx.wait_caught_up().await;
    fx.append(50).await; // and it keeps following new events
    fx.wait_caught_up().await;
    stop.cancel();
    live.await.unwrap();
    fx.assert_each_event_applied_once().await;

    let before = fx.rows().await;
    let replayed_to = projector::rebuild(&fx.runner(Arc::new(AggregateCatalog), "rebuild"), &CancellationToken::new()).await.unwrap();
    assert_eq!(replayed_to, fx.events.head().await.unwrap());
    assert_eq!(fx.rows().await, before, "a rebuild reproduces the tables exactly");
    assert!(checkpoints::get(&fx.db, NAME).await.unwrap().unwrap().lease_owner.is_none(), "rebuild released its lease");
}

async fn racing_runners_and_a_rebuild_under_them(database: Database) {
    let mut fx = Fixture::new(database).await;
    fx.append(120).await;
    let stop = CancellationToken::new();
    let runners: Vec<_> = ["racer-a", "racer-b"]
        .into_iter()
        .map(|owner| {
            let runner = fx.runner(Arc::new(AggregateCatalog), owner);
            let stop = stop.clone();
            tokio::spawn(async move { runner.run(stop).await })
        })
        .collect();
    fx.append(80).await;
    fx.wait_caught_up().await;
    let rebuild = fx.runner(Arc::new(AggregateCatalog), "rebuild");
    projector::rebuild(&rebuild, &CancellationToken::new()).await.unwrap();
    fx.append(40).await;
    fx.wait_caught_up().await;
    stop.cancel();
    for runner in runners {
        runner.await.unwrap();
    }
    fx.assert_each_event_applied_once().await;
}

/// The real projection, wanting job events only: the rest of the log is read and skipped
/// without a transaction, or (`asks_for_kinds`) never sent to a live runner. `others_seen`
/// counts the events of other kinds it was shown.
#[derive(Default)]
struct JobsOnly {
    asks_for_kinds: bool,
    others_seen: AtomicUsize,
}

#[async_trait]
impl Projection for JobsOnly {
    fn name(&self) -> &'static str {
        NAME
    }

    fn wants(&self, event: &EventEnvelope) -> bool {
        if event.aggregate_type != "job" {
            self.others_seen.fetch_add(1, Ordering::SeqCst);
        }
        event.aggregate_type == "job"
    }

    fn kinds(&self) -> Vec<&'static str> {
        if self.asks_for_kinds { vec!["job"] } else { Vec::new() }
    }

    async fn apply(&self, txn: &DatabaseTransaction, event: &RecordedEvent) -> Result<(), DomainError> {
        assert_eq!(event.envelope.aggregate_type, "job", "an unwanted event was applied");
        AggregateCatalog.apply(txn, event).await
    }

    async fn reset(&self, txn: &DatabaseTransaction) -> Result<(), DomainError> {
        AggregateCatalog.reset(txn).await
    }
}

/// Skipped events still move the checkpoint: a live runner's reaches the head of a log that
/// ends with them, and so does a rebuild's.
async fn skipped_events_still_move_the_checkpoint(database: Database) {
    let mut fx = Fixture::new(database).await;
    fx.append(60).await;
    fx.append_api_key_events(3).await;
    let assert_jobs_only = |rows: Vec<aggregate_catalog::Model>, positions: &BTreeMap<AggregateRef, AggregatePosition>| {
        let jobs: Vec<_> = positions.keys().filter(|a| a.kind() == "job").collect();
        assert_eq!(rows.len(), jobs.len(), "one row per job aggregate, none for the others");
        for row in rows {
            let agg = AggregateRef::new(row.tenant_id.parse().unwrap(), &row.aggregate_type, row.aggregate_id.clone()).unwrap();
            assert_eq!(row.event_count as u64, positions[&agg].version, "{agg}: each event counted exactly once");
        }
    };

    let stop = CancellationToken::new();
    let live = tokio::spawn({
        let (runner, stop) = (fx.runner(Arc::new(JobsOnly::default()), "picky"), stop.clone());
        async move { runner.run(stop).await }
    });
    fx.wait_caught_up().await;
    stop.cancel();
    live.await.unwrap();
    assert_jobs_only(fx.rows().await, &fx.positions);

    let head = projector::rebuild(&fx.runner(Arc::new(JobsOnly::default()), "rebuild"), &CancellationToken::new()).await.unwrap();
    assert_eq!(fx.checkpoint().await, head, "the rebuild's checkpoint is at the head");
    assert_jobs_only(fx.rows().await, &fx.positions);
}

/// A live runner that asks for its projection's kinds is sent those only (the server filters
/// the rest), applies each once, and its checkpoint still reaches the head of a log that ends
/// with other kinds; new events of its kind after that are applied too.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_runner_asking_for_its_kinds_is_sent_only_those_and_reaches_the_head() {
    let mut fx = Fixture::new(Database::Sqlite).await;
    fx.append(60).await;
    fx.append_api_key_events(5).await;
    let projection = Arc::new(JobsOnly { asks_for_kinds: true, ..JobsOnly::default() });
    let stop = CancellationToken::new();
    let live = tokio::spawn({
        let (runner, stop) = (fx.runner(projection.clone(), "kinds"), stop.clone());
        async move { runner.run(stop).await }
    });
    fx.wait_caught_up().await;
    fx.append(30).await;
    fx.append_api_key_events(2).await;
    fx.wait_caught_up().await;
    stop.cancel();
    live.await.unwrap();
    assert_eq!(projection.others_seen.load(Ordering::SeqCst), 0, "no event of another kind was sent");
    let rows = fx.rows().await;
    let jobs: Vec<_> = fx.positions.keys().filter(|a| a.kind() == "job").collect();
    assert_eq!(rows.len(), jobs.len(), "one row per job aggregate");
    for row in rows {
        let agg = AggregateRef::new(row.tenant_id.parse().unwrap(), &row.aggregate_type, row.aggregate_id.clone()).unwrap();
        assert_eq!(row.event_count as u64, fx.positions[&agg].version, "{agg}: each event counted exactly once");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn sqlite_skipped_events_still_move_the_checkpoint() {
    skipped_events_still_move_the_checkpoint(Database::Sqlite).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn postgres_skipped_events_still_move_the_checkpoint() {
    skipped_events_still_move_the_checkpoint(Database::Postgres).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn sqlite_runner_killed_mid_stream_then_restarted() {
    killed_mid_stream_then_restarted(Database::Sqlite).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn postgres_runner_killed_mid_stream_then_restarted() {
    killed_mid_stream_then_restarted(Database::Postgres).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn sqlite_racing_runners_and_a_rebuild_under_them() {
    racing_runners_and_a_rebuild_under_them(Database::Sqlite).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn postgres_racing_runners_and_a_rebuild_under_them() {
    racing_runners_and_a_rebuild_under_them(Database::Postgres).await;
}
