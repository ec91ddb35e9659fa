//! The EventStore contract: every case runs against the in-memory fake and against JetStream
//! on a real nats-server, so the fake cannot drift from the real thing.

use std::collections::HashSet;
use std::sync::Arc;
use std::time::Duration;

use chrono::Utc;
use futures::StreamExt;
use serde_json::json;
use veracity_domain::fakes::InMemoryEventStore;
use veracity_domain::ports::{DeliveryStream, EventStore, Subscription};
use veracity_domain::{AggregatePosition, AggregateRef, DomainError, EventId, NewEvent, TenantId};

use crate::support::nats::{NatsServer, open_event_store};
use crate::support::unique;

fn event(n: u64) -> NewEvent {
    NewEvent {
        id: EventId::new(),
        event_type: "test.counted".into(),
        schema_version: 1,
        occurred_at: Utc::now(),
        correlation_id: Some(format!("req_{n}")),
        payload: json!({ "n": n }),
    }
}

fn aggregate(tenant: TenantId, id: &str) -> AggregateRef {
    AggregateRef::new(tenant, "counter", id).unwrap()
}

async fn next(stream: &mut DeliveryStream) -> veracity_domain::RecordedEvent {
    tokio::time::timeout(Duration::from_secs(10), stream.next())
        .await
        .expect("a delivery within 10 s")
        .expect("the subscription is open")
        .expect("a readable event")
        .event
}

pub async fn append_then_load_round_trips(store: Arc<dyn EventStore>) {
    let agg = aggregate(TenantId::new(), "a1");
    let mut position = AggregatePosition::EMPTY;
    let mut sent = Vec::new();
    for n in 1..=3 {
        let new = event(n);
        sent.push(new.clone());
        let appended = store.append(&agg, position, new).await.unwrap();
        assert_eq!(appended.version, n);
        assert!(!appended.duplicate);
        assert!(appended.sequence > position.last_sequence);
        position = appended.position();
    }
    let loaded = store.load(&agg, 0).await.unwrap();
    assert_eq!(loaded.len(), 3);
    for (i, (got, want)) in loaded.iter().zip(&sent).enumerate() {
        let e = &got.envelope;
        assert_eq!(e.version, i as u64 + 1);
        assert_eq!((e.id, &e.event_type, e.schema_version), (want.id, &want.event_type, want.schema_version));
        assert_eq!((&e.payload, &e.correlation_id, e.occurred_at), (&want.payload, &want.correlation_id, want.occurred_at));
        assert_eq!(e.aggregate().unwrap(), agg);
    }
    assert_eq!(AggregatePosition::after(&loaded), position);
    assert!(loaded.windows(2).all(|w| w[0].sequence < w[1].sequence));
}

pub async fn stale_position_is_a_conflict(store: Arc<dyn EventStore>) {
    let agg = aggregate(TenantId::new(), "a1");
    let first = store.append(&agg, AggregatePosition::EMPTY, event(1)).await.unwrap();
    let again = store.append(&agg, AggregatePosition::EMPTY, event(2)).await;
    assert!(matches!(again, Err(DomainError::Concurrency { .. })), "{again:?}");
    let wrong = AggregatePosition { version: 1, last_sequence: first.sequence + 100 };
    assert!(matches!(store.append(&agg, wrong, event(2)).await, Err(DomainError::Concurrency { .. })));
    assert_eq!(store.load(&agg, 0).await.unwrap().len(), 1);
    store.append(&agg, first.position(), event(2)).await.unwrap();
}

pub async fn retried_append_is_stored_once(store: Arc<dyn EventStore>) {
    let agg = aggregate(TenantId::new(), "a1");
    let new = event(1);
    let first = store.append(&agg, AggregatePosition::EMPTY, new.clone()).await.unwrap();
    let head = store.head().await.unwrap();
    // The same publish again, as a client does when the first ack was lost.
    let retry = store.append(&agg, AggregatePosition::EMPTY, new.clone()).await.unwrap();
    assert!(retry.duplicate);
    assert_eq!((retry.sequence, retry.version), (first.sequence, first.version));
    assert_eq!(store.load(&agg, 0).await.unwrap().len(), 1);
    assert_eq!(store.head().await.unwrap(), head);
    // Retried after another writer appended: a conflict, and still stored once. The caller
    // reloads and finds its event in the history.
    let second = store.append(&agg, first.position(), event(2)).await.unwrap();
    let late = store.append(&agg, AggregatePosition::EMPTY, new.clone()).await;
    assert!(matches!(late, Err(DomainError::Concurrency { .. })), "{late:?}");
    let history = store.load(&agg, 0).await.unwrap();
    assert_eq!(history.iter().filter(|e| e.envelope.id == new.id).count(), 1);
    assert_eq!(history.len(), 2);
    assert_eq!(store.head().await.unwrap(), second.sequence);
    // An id stored earlier, appended at the current position: recognised by the dedupe window.
    let replay = store.append(&agg, second.position(), new).await.unwrap();
    assert!(replay.duplicate);
    assert_eq!((replay.sequence, replay.version), (first.sequence, 1));
    assert_eq!(store.load(&agg, 0).await.unwrap().len(), 2);
}

pub async fn aggregates_are_independent(store: Arc<dyn EventStore>) {
    let (t1, t2) = (TenantId::new(), TenantId::new());
    let a = aggregate(t1, "same");
    let b = aggregate(t2, "same");
    let c = AggregateRef::new(t1, "other", "same").unwrap();
    for agg in [&a, &b, &c] {
        store.append(agg, AggregatePosition::EMPTY, event(1)).await.unwrap();
    }
    let a1 = store.load(&a, 0).await.unwrap();
    store.append(&a, AggregatePosition::after(&a1), event(2)).await.unwrap();
    assert_eq!(store.load(&a, 0).await.unwrap().len(), 2);
    assert_eq!(store.load(&b, 0).await.unwrap().len(), 1);
    assert_eq!(store.load(&c, 0).await.unwrap().len(), 1);
    assert!(store.load(&aggregate(t1, "never"), 0).await.unwrap().is_empty());
}

pub async fn load_after_a_sequence(store: Arc<dyn EventStore>) {
    let agg = aggregate(TenantId::new(), "a1");
    let mut position = AggregatePosition::EMPTY;
    let mut sequences = Vec::new();
    for n in 1..=4 {
        position = store.append(&agg, position, event(n)).await.unwrap().position();
        sequences.push(position.last_sequence);
    }
    let tail = store.load(&agg, sequences[1]).await.unwrap();
    assert_eq!(tail.iter().map(|e| e.sequence).collect::<Vec<_>>(), sequences[2..]);
    assert_eq!(tail[0].envelope.version, 3);
    assert!(store.load(&agg, sequences[3]).await.unwrap().is_empty());
}

/// Loading an aggregate longer than any read-ahead batch, repeatedly (as a client polling a job
/// does), returns every event in order and leaves no server state behind.
pub async fn long_aggregates_load_whole_and_often(store: Arc<dyn EventStore>) {
    let agg = aggregate(TenantId::new(), "long");
    let other = aggregate(TenantId::new(), "interleaved");
    let mut position = AggregatePosition::EMPTY;
    let mut other_position = AggregatePosition::EMPTY;
    for n in 1..=150 {
        position = store.append(&agg, position, event(n)).await.unwrap().position();
        if n % 10 == 0 {
            other_position = store.append(&other, other_position, event(n)).await.unwrap().position();
        }
    }
    let loaded = store.load(&agg, 0).await.unwrap();
    assert_eq!(loaded.iter().map(|e| e.envelope.version).collect::<Vec<_>>(), (1..=150).collect::<Vec<_>>());
    let tail = store.load(&agg, loaded[99].sequence).await.unwrap();
    assert_eq!(tail.len(), 50);
    assert_eq!(tail[0].envelope.version, 101);
    for _ in 0..300 {
        assert_eq!(store.load(&other, 0).await.unwrap().len(), 15);
    }
}

/// The Done-when case: 50 writers race on one aggregate, each retrying on conflict.
pub async fn fifty_concurrent_writers(store: Arc<dyn EventStore>) {
    let agg = aggregate(TenantId::new(), "contended");
    let writers = (0..50u64).map(|writer| {
        let (store, agg) = (store.clone(), agg.clone());
        tokio::spawn(async move {
            let new = event(writer);
            for attempt in 1..=1_000u32 {
                let position = AggregatePosition::after(&store.load(&agg, 0).await.unwrap());
                // Let the others run between decide and append, as network I/O does for JetStream;
                // without it the in-memory store would never see a race.
                tokio::task::yield_now().await;
                match store.append(&agg, position, new.clone()).await {
                    Ok(appended) => return (appended, attempt),
                    Err(DomainError::Concurrency { .. }) => tokio::task::yield_now().await,
                    Err(other) => panic!("writer {writer}: {other}"),
                }
            }
            panic!("writer {writer} did not get its event in after 1000 attempts");
        })
    });
    let results: Vec<_> = futures::future::join_all(writers).await.into_iter().map(Result::unwrap).collect();
    let events = store.load(&agg, 0).await.unwrap();
    assert_eq!(events.len(), 50);
    assert_eq!(events.iter().map(|e| e.envelope.version).collect::<Vec<_>>(), (1..=50).collect::<Vec<_>>());
    assert_eq!(events.iter().map(|e| e.envelope.id).collect::<HashSet<_>>().len(), 50, "no duplicates");
    assert!(events.windows(2).all(|w| w[0].sequence < w[1].sequence));
    assert!(results.iter().all(|(appended, _)| !appended.duplicate));
    let retries: u32 = results.iter().map(|(_, attempts)| attempts - 1).sum();
    println!("50 concurrent writers: {retries} conflict retries in total");
}

pub async fn subscription_replays_then_follows(store: Arc<dyn EventStore>) {
    let tenant = TenantId::new();
    let mut sequences = Vec::new();
    for id in ["x", "y", "z"] {
        sequences.push(store.append(&aggregate(tenant, id), AggregatePosition::EMPTY, event(1)).await.unwrap().sequence);
    }
    let mut all = store.subscribe(Subscription::ephemeral(0)).await.unwrap();
    for &sequence in &sequences {
        assert_eq!(next(&mut all).await.sequence, sequence);
    }
    let mut from_second = store.subscribe(Subscription::durable(unique("sub_"), sequences[1])).await.unwrap();
    let live = store.append(&aggregate(tenant, "w"), AggregatePosition::EMPTY, event(1)).await.unwrap();
    assert_eq!(next(&mut all).await.sequence, live.sequence, "live events follow the backlog");
    for want in [sequences[1], sequences[2], live.sequence] {
        let delivery = tokio::time::timeout(Duration::from_secs(10), from_second.next()).await.unwrap().unwrap().unwrap();
        assert_eq!(delivery.event.sequence, want);
        delivery.ack().await.unwrap();
    }
    assert_eq!(store.head().await.unwrap(), live.sequence);
}

/// A watcher sees each stored event of its aggregate, in order, chained by sequence; neither
/// refused appends nor other aggregates' events.
pub async fn watch_follows_stored_events_only(store: Arc<dyn EventStore>) {
    let tenant = TenantId::new();
    let agg = aggregate(tenant, "watched");
    let before = store.append(&agg, AggregatePosition::EMPTY, event(1)).await.unwrap();
    let mut watch = store.watch(&agg).await.unwrap();
    let second = store.append(&agg, before.position(), event(2)).await.unwrap();
    let refused = store.append(&agg, before.position(), event(3)).await;
    assert!(matches!(refused, Err(DomainError::Concurrency { .. })), "{refused:?}");
    store.append(&aggregate(tenant, "other"), AggregatePosition::EMPTY, event(1)).await.unwrap();
    let third = store.append(&agg, second.position(), event(4)).await.unwrap();
    for (want, previous) in [(second, before.sequence), (third, second.sequence)] {
        let seen = tokio::time::timeout(Duration::from_secs(10), watch.next()).await.expect("an event within 10 s").expect("watching");
        assert_eq!((seen.event.sequence, seen.event.envelope.version, seen.previous_sequence), (want.sequence, want.version, previous));
        assert_eq!(seen.event, store.load(&agg, previous).await.unwrap()[0], "the watched event is the stored one");
    }
    let more = tokio::time::timeout(Duration::from_millis(300), watch.next()).await;
    assert!(more.is_err(), "nothing else is seen: {more:?}");
}

/// The next event of some kinds after a sequence, across tenants and ids; none past the end.
pub async fn next_of_kinds_finds_the_first_one_after(store: Arc<dyn EventStore>) {
    let kinds = |list: &[&str]| list.iter().map(|k| (*k).to_owned()).collect::<Vec<String>>();
    let of = |tenant, kind: &str, id: &str| AggregateRef::new(tenant, kind, id).unwrap();
    let (a, b) = (TenantId::new(), TenantId::new());
    let first_job = store.append(&of(a, "job", "j1"), AggregatePosition::EMPTY, event(1)).await.unwrap().sequence;
    let key = store.append(&of(b, "api_key", "k1"), AggregatePosition::EMPTY, event(2)).await.unwrap().sequence;
    let second_job = store.append(&of(b, "job", "j2"), AggregatePosition::EMPTY, event(3)).await.unwrap().sequence;
    let before = first_job - 1;
    assert_eq!(store.next_of_kinds(&kinds(&["job"]), before).await.unwrap(), Some(first_job));
    assert_eq!(store.next_of_kinds(&kinds(&["job"]), first_job).await.unwrap(), Some(second_job), "past an api_key event");
    assert_eq!(store.next_of_kinds(&kinds(&["job"]), second_job).await.unwrap(), None);
    assert_eq!(store.next_of_kinds(&kinds(&["session", "api_key"]), before).await.unwrap(), Some(key));
    assert_eq!(store.next_of_kinds(&kinds(&["job", "api_key"]), first_job).await.unwrap(), Some(key), "the first of several kinds");
    assert_eq!(store.next_of_kinds(&kinds(&["session"]), before).await.unwrap(), None);
}

pub async fn head_of_an_empty_log_is_zero(store: Arc<dyn EventStore>) {
    assert_eq!(store.head().await.unwrap(), 0);
}

/// Keeps the JetStream store's server alive for the length of a test.
pub enum Guard {
    None,
    Nats(#[allow(dead_code)] NatsServer),
}

pub async fn in_memory() -> (Arc<dyn EventStore>, Guard) {
    (Arc::new(InMemoryEventStore::new()), Guard::None)
}

pub async fn jetstream() -> (Arc<dyn EventStore>, Guard) {
    let nats = NatsServer::start();
    let store = open_event_store(&nats).await;
    (Arc::new(store), Guard::Nats(nats))
}

macro_rules! contract {
    ($module:ident, $factory:path) => {
        mod $module {
            macro_rules! case {
                ($name:ident) => {
                    #[tokio::test(flavor = "multi_thread", worker_threads = 4)]
                    async fn $name() {
                        let (store, _guard) = $factory().await;
                        super::$name(store).await;
                    }
                };
            }
            case!(append_then_load_round_trips);
            case!(stale_position_is_a_conflict);
            case!(retried_append_is_stored_once);
            case!(aggregates_are_independent);
            case!(load_after_a_sequence);
            case!(long_aggregates_load_whole_and_often);
            case!(fifty_concurrent_writers);
            case!(subscription_replays_then_follows);
            case!(watch_follows_stored_events_only);
            case!(next_of_kinds_finds_the_first_one_after);
            case!(head_of_an_empty_log_is_zero);
        }
    };
}

contract!(in_memory_store, super::in_memory);
contract!(jetstream_store, super::jetstream);
