//! Per-tenant running-job slots on a real JetStream bucket, shared by two processes' worth of
//! slot handles: the limit holds whatever each handle remembers of the other's changes.

use chrono::Utc;
use veracity_adapters::nats::JetStreamJobSlots;
use veracity_domain::ports::JobSlots;
use veracity_domain::{JobId, TenantId};

use crate::support::nats::{NatsServer, open_job_queue};
use crate::support::unique;

/// A slots handle on its own connection, as a separate worker process would have.
async fn slots(server: &NatsServer, bucket: &str) -> JetStreamJobSlots {
    open_job_queue(server, bucket).await.slots().await.expect("open the slots bucket")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_processes_never_exceed_a_tenants_limit() {
    let server = NatsServer::start();
    let bucket = unique("slots_");
    let (a, b) = (slots(&server, &bucket).await, slots(&server, &bucket).await);
    let tenant = TenantId::new();
    let now = Utc::now();
    let until = now + chrono::Duration::minutes(15);
    let jobs: Vec<JobId> = (0..5).map(|_| JobId::new()).collect();

    assert!(a.acquire(tenant, jobs[0], 2, now, until).await.unwrap());
    // B fills the second slot; A's memory of the holders is now stale.
    assert!(b.acquire(tenant, jobs[1], 2, now, until).await.unwrap());
    assert!(!a.acquire(tenant, jobs[2], 2, now, until).await.unwrap(), "A must see B's holder, not its memory");
    assert!(!b.acquire(tenant, jobs[2], 2, now, until).await.unwrap());
    // Holding a slot already is not a second slot.
    assert!(a.acquire(tenant, jobs[0], 2, now, until).await.unwrap());

    // B frees a slot; A remembers them full and must look again rather than refuse.
    b.release(tenant, jobs[1]).await.unwrap();
    assert!(a.acquire(tenant, jobs[2], 2, now, until).await.unwrap(), "a freed slot is taken");
    assert!(!b.acquire(tenant, jobs[3], 2, now, until).await.unwrap());

    // A release through a stale memory still releases.
    b.release(tenant, jobs[0]).await.unwrap();
    a.release(tenant, jobs[2]).await.unwrap();
    assert!(b.acquire(tenant, jobs[3], 2, now, until).await.unwrap());
    assert!(b.acquire(tenant, jobs[4], 2, now, until).await.unwrap());
    assert!(!a.acquire(tenant, jobs[1], 2, now, until).await.unwrap(), "both slots are B's");

    // A slot whose holder died lapses at its expiry.
    let later = until + chrono::Duration::seconds(1);
    assert!(a.acquire(tenant, jobs[1], 2, later, later + chrono::Duration::minutes(15)).await.unwrap());

    // Tenants are independent.
    assert!(a.acquire(TenantId::new(), jobs[0], 1, now, until).await.unwrap());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn concurrent_acquires_across_processes_grant_exactly_the_limit() {
    let server = NatsServer::start();
    let bucket = unique("slots_");
    let handles = [slots(&server, &bucket).await, slots(&server, &bucket).await];
    let tenant = TenantId::new();
    let now = Utc::now();
    let until = now + chrono::Duration::minutes(15);
    let attempts = (0..20).map(|i| {
        let slots = &handles[i % 2];
        async move { slots.acquire(tenant, JobId::new(), 3, now, until).await.unwrap() }
    });
    let granted = futures::future::join_all(attempts).await.into_iter().filter(|granted| *granted).count();
    assert_eq!(granted, 3);
}
