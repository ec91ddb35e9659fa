//! Credit reservations per second: on one credit account (reservations of one account are
//! taken one at a time per process) and across 100 accounts, through the real ledger on a
//! real JetStream (its own nats-server, file storage). Each reservation is an optimistic
//! append at the cached position of the account. Prints a table. Run with `make bench` (or
//! `cargo bench --bench billing`).

mod common;

use std::sync::Arc;
use std::time::Duration;

use veracity_app::CreditLedger;
use veracity_domain::billing::{CreditsGranted, GrantKind};
use veracity_domain::ids::{JobId, TenantId};
use veracity_domain::ports::{EventStore, SystemClock};

/// Requests in flight at once, as many API requests would be.
const IN_FLIGHT: usize = 64;

struct Run {
    label: &'static str,
    reservations: usize,
    elapsed: Duration,
    latencies: Vec<Duration>,
}

async fn ledger(events: Arc<dyn EventStore>) -> Arc<CreditLedger> {
    Arc::new(CreditLedger::new(events, Arc::new(SystemClock), 0))
}

async fn fund(ledger: &CreditLedger, tenant: TenantId) {
    let grant = CreditsGranted {
        grant: "bench".into(),
        kind: GrantKind::Admin,
        amount: 10_000_000,
        expires_at: None,
        reason: "benchmark".into(),
        actor: "bench".into(),
        balance: Default::default(),
    };
    ledger.grant(tenant, grant, "bench").await.unwrap();
}

/// `total` reservations of 2 credits over `tenants`, `IN_FLIGHT` at a time.
async fn reserve_all(label: &'static str, ledger: Arc<CreditLedger>, tenants: &[TenantId], total: usize) -> Run {
    let tenants = tenants.to_vec();
    let (elapsed, latencies) = common::run_in_flight(total, IN_FLIGHT, move |i| {
        let (ledger, tenant) = (ledger.clone(), tenants[i % tenants.len()]);
        async move {
            let reserved = ledger.reserve(tenant, JobId::new(), 2, None, "bench").await.unwrap();
            assert!(reserved.is_ok(), "funded accounts cover every reservation");
        }
    })
    .await;
    Run { label, reservations: total, elapsed, latencies }
}

async fn run() {
    let _ = rustls::crypto::aws_lc_rs::default_provider().install_default();
    let dir = tempfile::tempdir().unwrap();
    let (nats, _client, events) = common::bench_nats(dir.path()).await;

    let one = ledger(events.clone()).await;
    let single = [TenantId::new()];
    fund(&one, single[0]).await;
    let _ = reserve_all("warm-up", one.clone(), &single, 500).await;
    let one_account = reserve_all("1 account", one, &single, 3_000).await;

    let many = ledger(events.clone()).await;
    let tenants: Vec<TenantId> = (0..100).map(|_| TenantId::new()).collect();
    for tenant in &tenants {
        fund(&many, *tenant).await;
    }
    let across = reserve_all("100 accounts", many, &tenants, 10_000).await;

    println!("\nCredit reservations ({IN_FLIGHT} in flight, one process, JetStream file storage)\n");
    println!("| accounts | reservations | seconds | reservations/s | p50 ms | p99 ms |");
    println!("|---|---:|---:|---:|---:|---:|");
    for mut run in [one_account, across] {
        run.latencies.sort();
        let ms = |p| common::percentile(&run.latencies, p).as_secs_f64() * 1e3;
        println!(
            "| {} | {} | {:.2} | {:.0} | {:.2} | {:.2} |",
            run.label,
            run.reservations,
            run.elapsed.as_secs_f64(),
            run.reservations as f64 / run.elapsed.as_secs_f64(),
            ms(0.5),
            ms(0.99)
        );
    }
    println!("\ntarget: >= 2,000 reservations/s across accounts");
    nats.stop().await;
}

fn main() {
    tokio::runtime::Builder::new_multi_thread().enable_all().build().unwrap().block_on(run());
}
