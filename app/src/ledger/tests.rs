use chrono::{TimeDelta, TimeZone};
use futures::executor::block_on;

use super::*;
use veracity_domain::billing::account::{CreditsReserved, GrantKind};
use veracity_domain::fakes::{InMemoryEventStore, ManualClock};

fn t0() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 10, 12, 0, 0).unwrap()
}

fn grant(id: &str, amount: u64) -> CreditsGranted {
    CreditsGranted {
        grant: id.into(),
        kind: GrantKind::Admin,
        amount,
        expires_at: None,
        reason: "test".into(),
        actor: "ops".into(),
        balance: Balance::default(),
    }
}

struct World {
    events: Arc<InMemoryEventStore>,
    clock: Arc<ManualClock>,
}

impl World {
    fn new() -> Self {
        Self { events: Arc::new(InMemoryEventStore::new()), clock: Arc::new(ManualClock::new(t0())) }
    }

    /// A ledger as one process holds it.
    fn process(&self, low_balance: u64) -> CreditLedger {
        CreditLedger::new(self.events.clone(), self.clock.clone(), low_balance)
    }

    fn types(&self, tenant: TenantId) -> Vec<String> {
        let events = block_on(self.events.load(&CreditLedger::aggregate(tenant), 0)).unwrap();
        events.into_iter().map(|e| e.envelope.event_type).collect()
    }
}

#[test]
fn two_processes_never_overdraw_one_account_and_see_each_others_credits() {
    let world = World::new();
    let (api_a, api_b, worker) = (world.process(0), world.process(0), world.process(0));
    let tenant = TenantId::new();
    // FREE: the month's 100 credits are granted on first use.
    let first = block_on(api_a.balance(tenant, "req")).unwrap();
    assert_eq!(first.balance.available, 100);
    let (mut accepted, mut refused) = (Vec::new(), 0);
    for i in 0..60 {
        let api = if i % 2 == 0 { &api_a } else { &api_b };
        let job = JobId::new();
        match block_on(api.reserve(tenant, job, 2, Some(MediaType::Image), "req")).unwrap() {
            Ok(_) => accepted.push(job),
            Err(insufficient) => {
                assert_eq!(insufficient.required, 2);
                refused += 1;
            }
        }
    }
    assert_eq!((accepted.len(), refused), (50, 10), "exactly the credits' worth, across both processes");
    // A worker in a third process settles a job: its cache had never seen the reservation.
    let captured = block_on(worker.capture(tenant, accepted[0], 1, Some(MediaType::Image), "job")).unwrap();
    assert!(captured.appended.is_some());
    assert_eq!(block_on(worker.capture(tenant, accepted[0], 1, None, "job")).unwrap().appended, None, "never twice");
    let released = block_on(worker.release(tenant, accepted[1], "job")).unwrap();
    assert_eq!(released.balance.available, 3);
    // api_b refused last on stale state: a refusal is checked on fresh state first.
    assert!(block_on(api_b.reserve(tenant, JobId::new(), 3, None, "req")).unwrap().is_ok());
    assert_eq!(block_on(api_a.balance(tenant, "req")).unwrap().balance.available, 0);
    let types = world.types(tenant);
    assert_eq!(types.iter().filter(|t| *t == "credits.granted").count(), 1, "the allowance once: {types:?}");
}

#[test]
fn each_event_carries_the_balance_it_leaves() {
    let world = World::new();
    let ledger = world.process(0);
    let tenant = TenantId::new();
    block_on(ledger.change_plan(tenant, Plan::Basic, "usr_1".into(), "req")).unwrap();
    block_on(ledger.grant(tenant, grant("admin-1", 30), "cli")).unwrap();
    let job = JobId::new();
    block_on(ledger.reserve(tenant, job, 10, Some(MediaType::Video), "req")).unwrap().unwrap();
    let events = block_on(world.events.load(&CreditLedger::aggregate(tenant), 0)).unwrap();
    let reserved = events.last().unwrap().envelope.decode::<CreditsReserved>().unwrap().unwrap();
    // The month's FREE allowance was granted before the upgrade, and is spent first.
    assert_eq!(reserved.balance, Balance { available: 120, reserved: 10, granted: 120, expiring: 90, ..Balance::default() });
    assert_eq!(world.types(tenant), ["credits.granted", "plan.changed", "credits.granted", "credits.reserved"]);
    world.clock.set(Utc.with_ymd_and_hms(2026, 12, 1, 0, 0, 1).unwrap());
    let december = block_on(ledger.balance(tenant, "req")).unwrap();
    assert_eq!((december.balance.available, december.plan), (30, Plan::Basic), "a paid plan has no allowance");
}

#[test]
fn grants_lapse_and_the_next_allowance_arrives_as_months_turn() {
    let world = World::new();
    let ledger = world.process(0);
    let tenant = TenantId::new();
    block_on(ledger.reserve(tenant, JobId::new(), 2, None, "req")).unwrap().unwrap();
    world.clock.set(Utc.with_ymd_and_hms(2026, 12, 1, 0, 0, 1).unwrap());
    let december = block_on(ledger.balance(tenant, "req")).unwrap();
    assert_eq!((december.balance.available, december.balance.reserved), (100, 2));
    assert_eq!(world.types(tenant), ["credits.granted", "credits.reserved", "credits.expired", "credits.granted"]);
    assert!(block_on(ledger.grant(tenant, grant("monthly-2026-12", 100), "cli")).unwrap().appended.is_none(), "one grant per id");
}

#[test]
fn a_low_balance_is_recorded_once_when_the_balance_falls_below_the_threshold() {
    let world = World::new();
    let ledger = world.process(10);
    let tenant = TenantId::new();
    let count = |world: &World| world.types(tenant).iter().filter(|t| *t == "credits.low_balance").count();
    for _ in 0..45 {
        block_on(ledger.reserve(tenant, JobId::new(), 2, None, "req")).unwrap().unwrap();
    }
    assert_eq!(count(&world), 0, "10 left is not below 10");
    for _ in 0..4 {
        block_on(ledger.reserve(tenant, JobId::new(), 2, None, "req")).unwrap().unwrap();
        world.clock.advance(TimeDelta::seconds(1));
    }
    assert_eq!(count(&world), 1);
    block_on(ledger.grant(tenant, grant("admin-1", 20), "cli")).unwrap();
    block_on(ledger.reserve(tenant, JobId::new(), 20, None, "req")).unwrap().unwrap();
    assert_eq!(count(&world), 2, "a new crossing after the balance recovered");
}

#[test]
fn members_move_only_to_a_plan_that_costs_no_more() {
    let world = World::new();
    let ledger = world.process(0);
    let tenant = TenantId::new();
    let member = Actor::System;
    let asked = block_on(ledger.change_plan_as_member(tenant, Plan::Enterprise, member.clone(), "req")).unwrap();
    assert_eq!(asked.err(), Some(Plan::Free), "an upgrade is refused, naming the current plan");
    block_on(ledger.change_plan(tenant, Plan::Pro, Actor::Operator("operator:ops".into()), "cli")).unwrap();
    assert_eq!(block_on(ledger.change_plan_as_member(tenant, Plan::Enterprise, member.clone(), "req")).unwrap().err(), Some(Plan::Pro));
    let down = block_on(ledger.change_plan_as_member(tenant, Plan::Basic, member.clone(), "req")).unwrap().unwrap();
    assert_eq!(down.plan, Plan::Basic);
    let same = block_on(ledger.change_plan_as_member(tenant, Plan::Basic, member, "req")).unwrap().unwrap();
    assert!(same.appended.is_none(), "the same plan again changes nothing");
}
