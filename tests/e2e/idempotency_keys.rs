//! `Idempotency-Key` records on a real JetStream bucket: claim, replay, mismatch, release, and
//! undoing a claim whose answer was lost without touching a claim another request made since.

use std::time::Duration;

use chrono::{TimeDelta, Utc};
use veracity_adapters::nats::JetStreamIdempotencyKeys;
use veracity_domain::ports::{IdempotencyClaim, IdempotencyKeys, UnconfirmedClaim};

use crate::support::nats::{NatsServer, connect};
use crate::support::unique;

const STALE: Duration = Duration::from_secs(300);

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn claims_replay_release_and_undo_only_their_own_write() {
    let server = NatsServer::start();
    let keys = JetStreamIdempotencyKeys::open(connect(&server).await, &unique("idem_"), 1).await.unwrap();
    let t0 = Utc::now();

    assert_eq!(keys.claim("tenant-a", "k1", "fp1", t0, STALE).await.unwrap(), IdempotencyClaim::Claimed);
    assert_eq!(keys.claim("tenant-a", "k1", "fp1", t0, STALE).await.unwrap(), IdempotencyClaim::InProgress);
    assert_eq!(keys.claim("tenant-a", "k1", "fp2", t0, STALE).await.unwrap(), IdempotencyClaim::Mismatch);
    // Another tenant's key of the same name is another key.
    assert_eq!(keys.claim("tenant-b", "k1", "fp1", t0, STALE).await.unwrap(), IdempotencyClaim::Claimed);
    keys.complete("tenant-a", "k1", "fp1", "job_1", t0).await.unwrap();
    assert_eq!(keys.claim("tenant-a", "k1", "fp1", t0, STALE).await.unwrap(), IdempotencyClaim::Replay { resource: "job_1".into() });

    // A claim whose request died is taken over once stale.
    let later = t0 + TimeDelta::seconds(301);
    assert_eq!(keys.claim("tenant-b", "k1", "fp1", later, STALE).await.unwrap(), IdempotencyClaim::Claimed);

    keys.release("tenant-b", "k1").await.unwrap();
    assert_eq!(keys.claim("tenant-b", "k1", "fp1", t0, STALE).await.unwrap(), IdempotencyClaim::Claimed);

    // Undoing an unconfirmed claim forgets the key only while it holds that very claim.
    let t1 = t0 + TimeDelta::milliseconds(7);
    assert_eq!(keys.release_unconfirmed("tenant-a", "k2", "fp1", t1).await.unwrap(), UnconfirmedClaim::Absent, "not landed (yet)");
    assert_eq!(keys.claim("tenant-a", "k2", "fp1", t1, STALE).await.unwrap(), IdempotencyClaim::Claimed); // lands late
    let another_time = keys.release_unconfirmed("tenant-a", "k2", "fp1", t0).await.unwrap();
    let another_request = keys.release_unconfirmed("tenant-a", "k2", "fp9", t1).await.unwrap();
    assert_eq!((another_time, another_request), (UnconfirmedClaim::Superseded, UnconfirmedClaim::Superseded));
    assert_eq!(keys.claim("tenant-a", "k2", "fp1", t1, STALE).await.unwrap(), IdempotencyClaim::InProgress);
    assert_eq!(keys.release_unconfirmed("tenant-a", "k2", "fp1", t1).await.unwrap(), UnconfirmedClaim::Released);
    assert_eq!(keys.release_unconfirmed("tenant-a", "k2", "fp1", t1).await.unwrap(), UnconfirmedClaim::Absent, "deleted");
    assert_eq!(keys.claim("tenant-a", "k2", "fp1", t0, STALE).await.unwrap(), IdempotencyClaim::Claimed);
    // Never a completed key, and nothing to undo is fine.
    keys.complete("tenant-a", "k2", "fp1", "job_2", t0).await.unwrap();
    assert_eq!(keys.release_unconfirmed("tenant-a", "k2", "fp1", t0).await.unwrap(), UnconfirmedClaim::Superseded);
    assert_eq!(keys.claim("tenant-a", "k2", "fp1", t0, STALE).await.unwrap(), IdempotencyClaim::Replay { resource: "job_2".into() });
    assert_eq!(keys.release_unconfirmed("tenant-a", "never-claimed", "fp1", t0).await.unwrap(), UnconfirmedClaim::Absent);
}
