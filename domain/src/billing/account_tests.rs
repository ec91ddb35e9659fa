use chrono::{Duration, TimeZone};

use super::*;
use crate::fakes::Given;

fn t0() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 10, 12, 0, 0).unwrap()
}

/// A credit account's history.
struct Ledger {
    given: Given<CreditAccount>,
}

impl Ledger {
    fn new() -> Self {
        Self { given: Given::new() }
    }

    fn account(&self) -> &CreditAccount {
        &self.given.state
    }

    fn record(&mut self, event: impl Into<CreditAccountEvent>, at: DateTime<Utc>) {
        self.given.event(event, at);
    }

    fn grant(&mut self, id: &str, kind: GrantKind, amount: u64, expires_at: Option<DateTime<Utc>>) {
        let event = CreditsGranted {
            grant: id.into(),
            kind,
            amount,
            expires_at,
            reason: "test".into(),
            actor: "system".into(),
            balance: Balance::default(),
        };
        self.record(event.clone(), t0());
    }

    fn purchase(&mut self, purchase: &str, amount: u64) {
        let event = CreditsPurchased {
            stripe_event: format!("evt_for_{purchase}"),
            checkout_session: "cs_test".into(),
            purchase: purchase.into(),
            pack: "starter".into(),
            amount,
            paid: Cents(amount * 10),
            currency: "eur".into(),
            balance: Balance::default(),
        };
        self.record(event.clone(), t0());
    }

    fn reserve(&mut self, job: JobId, amount: u64) -> Result<(), Insufficient> {
        if let Some(event) = self.account().reserve(job, amount, None, t0())? {
            self.record(event.clone(), t0());
        }
        Ok(())
    }

    fn remaining(&self, id: &str) -> u64 {
        self.account().lots.iter().find(|l| l.id == id).unwrap().remaining
    }
}

#[test]
fn reservations_never_overdraw_and_report_what_is_missing() {
    let mut ledger = Ledger::new();
    ledger.grant("monthly-2026-11", GrantKind::Monthly, 5, None);
    let (a, b) = (JobId::new(), JobId::new());
    ledger.reserve(a, 2).unwrap();
    ledger.reserve(b, 2).unwrap();
    assert_eq!(ledger.reserve(JobId::new(), 2), Err(Insufficient { balance: 1, required: 2 }));
    let balance = ledger.account().balance(t0());
    assert_eq!((balance.available, balance.reserved), (1, 4));
}

#[test]
fn a_job_reserves_once_and_settles_once() {
    let mut ledger = Ledger::new();
    ledger.grant("promo-1", GrantKind::Promo, 20, None);
    let job = JobId::new();
    ledger.reserve(job, 10).unwrap();
    assert_eq!(ledger.account().reserve(job, 10, None, t0()), Ok(None), "a retried reservation holds nothing more");
    let capture = ledger.account().capture(job, 5, None).unwrap();
    assert_eq!(capture.amount, 5);
    ledger.record(capture.clone(), t0());
    assert_eq!(ledger.account().balance(t0()), Balance { available: 15, granted: 15, ..Balance::default() }, "the rest returned");
    assert_eq!(ledger.account().capture(job, 5, None), None, "a redelivered result captures nothing");
    assert_eq!(ledger.account().release(job), None);
    // Even a duplicate capture event in the log changes nothing.
    ledger.record(capture.clone(), t0());
    assert_eq!(ledger.account().balance(t0()).available, 15);
}

#[test]
fn a_released_reservation_returns_whole_and_a_capture_never_exceeds_it() {
    let mut ledger = Ledger::new();
    ledger.purchase("evt_1", 12);
    let (failed, costly) = (JobId::new(), JobId::new());
    ledger.reserve(failed, 10).unwrap();
    let release = ledger.account().release(failed).unwrap();
    assert_eq!(release.amount, 10);
    ledger.record(release.clone(), t0());
    assert_eq!(ledger.account().balance(t0()).available, 12);
    ledger.reserve(costly, 2).unwrap();
    assert_eq!(ledger.account().capture(costly, 99, None).map(|c| c.amount), Some(2), "never more than held");
}

#[test]
fn expiring_grants_are_spent_first_and_lapse_at_their_expiry() {
    let mut ledger = Ledger::new();
    let month_end = t0() + Duration::days(20);
    ledger.purchase("pi_paid", 10);
    ledger.grant("admin-1", GrantKind::Admin, 10, None);
    ledger.grant("monthly-2026-11", GrantKind::Monthly, 4, Some(month_end));
    ledger.reserve(JobId::new(), 6).unwrap();
    assert_eq!((ledger.remaining("monthly-2026-11"), ledger.remaining("admin-1"), ledger.remaining("pi_paid")), (0, 8, 10));
    let balance = ledger.account().balance(t0());
    assert_eq!((balance.granted, balance.expiring, balance.purchased, balance.available), (8, 0, 10, 18));

    let mut ledger = Ledger::new();
    ledger.grant("monthly-2026-11", GrantKind::Monthly, 100, Some(month_end));
    ledger.reserve(JobId::new(), 2).unwrap();
    assert_eq!(ledger.account().next_expiry(t0()), None);
    let after = month_end + Duration::seconds(1);
    assert_eq!(ledger.account().balance(after).available, 0, "expired credits are not available");
    assert_eq!(ledger.account().reserve(JobId::new(), 2, None, after), Err(Insufficient { balance: 0, required: 2 }));
    let expired = ledger.account().next_expiry(after).unwrap();
    assert_eq!((expired.grant.as_str(), expired.amount), ("monthly-2026-11", 98));
    ledger.record(expired.clone(), after);
    assert_eq!(ledger.account().next_expiry(after), None);
}

#[test]
fn a_refund_takes_back_unspent_credits_and_blocks_the_rest_until_covered() {
    let mut ledger = Ledger::new();
    ledger.purchase("pi_buy", 10);
    ledger.grant("promo-1", GrantKind::Promo, 3, None);
    // Seven of the purchase are spent (the promo goes first, then the purchase).
    let job = JobId::new();
    ledger.reserve(job, 10).unwrap();
    let capture = ledger.account().capture(job, 10, None).unwrap();
    ledger.record(capture.clone(), t0());
    assert_eq!(ledger.account().balance(t0()).available, 3);
    assert!(!ledger.account().processed("evt_refund"));
    let refund = ledger.account().refund("evt_refund", "pi_buy", Cents(100)).unwrap();
    assert_eq!(refund.amount, 10, "a full refund takes back the whole purchase");
    ledger.record(refund.clone(), t0());
    assert_eq!(ledger.account().refund("evt_refund", "pi_buy", Cents(100)), None, "each refund event once");
    assert!(ledger.account().processed("evt_refund"));
    let balance = ledger.account().balance(t0());
    assert_eq!((balance.available, balance.owed), (0, 7), "never negative: the spent part is owed");
    assert_eq!(ledger.account().reserve(JobId::new(), 1, None, t0()), Err(Insufficient { balance: 0, required: 1 }));
    ledger.grant("admin-1", GrantKind::Admin, 10, None);
    let balance = ledger.account().balance(t0());
    assert_eq!((balance.available, balance.owed), (3, 0), "new credits cover the debt first");
}

#[test]
fn credits_returning_to_old_lots_do_not_pay_for_a_refund_already_spent() {
    let mut ledger = Ledger::new();
    ledger.purchase("pi_buy", 10);
    let job = JobId::new();
    ledger.reserve(job, 10).unwrap();
    let refund = ledger.account().refund("evt_refund", "pi_buy", Cents(100)).unwrap();
    ledger.record(refund.clone(), t0());
    assert_eq!(ledger.account().balance(t0()).owed, 10, "all of it was held by the job");
    // The job fails: its 10 credits go back to the lot, but they are the refunded ones.
    let release = ledger.account().release(job).unwrap();
    ledger.record(release.clone(), t0());
    let balance = ledger.account().balance(t0());
    assert_eq!((balance.available, balance.purchased, balance.owed), (0, 10, 10));
    assert_eq!(ledger.account().reserve(JobId::new(), 1, None, t0()), Err(Insufficient { balance: 0, required: 1 }));
}

#[test]
fn grants_and_stripe_events_are_recognised_when_repeated() {
    let mut ledger = Ledger::new();
    ledger.grant("monthly-2026-11", GrantKind::Monthly, 100, None);
    ledger.purchase("pi_1", 50);
    assert!(ledger.account().granted("monthly-2026-11"));
    assert!(!ledger.account().granted("monthly-2026-12"));
    assert!(ledger.account().processed("evt_for_pi_1"));
    assert!(!ledger.account().granted("pi_1"), "a purchase is not a grant");
}

#[test]
fn the_free_plan_grants_100_credits_expiring_when_the_month_ends() {
    let grant = monthly_allowance(Plan::Free, t0()).unwrap();
    assert_eq!((grant.grant.as_str(), grant.amount, grant.kind), ("monthly-2026-11", 100, GrantKind::Monthly));
    assert_eq!(grant.expires_at, Some(Utc.with_ymd_and_hms(2026, 12, 1, 0, 0, 0).unwrap()));
    let december = Utc.with_ymd_and_hms(2026, 12, 31, 23, 59, 59).unwrap();
    let grant = monthly_allowance(Plan::Free, december).unwrap();
    assert_eq!((grant.grant.as_str(), grant.expires_at), ("monthly-2026-12", Some(Utc.with_ymd_and_hms(2027, 1, 1, 0, 0, 0).unwrap())));
    for paid in [Plan::Basic, Plan::Pro, Plan::Enterprise] {
        assert_eq!(monthly_allowance(paid, t0()), None, "{paid:?} credits are bought");
    }
}

#[test]
fn partial_refunds_take_back_credits_in_proportion_once_each() {
    let mut ledger = Ledger::new();
    ledger.purchase("pi_half", 100); // paid 1000
    let first = ledger.account().refund("evt_r1", "pi_half", Cents(250)).unwrap();
    assert_eq!(first.amount, 25);
    ledger.record(first.clone(), t0());
    // Stripe reports the refunded total so far: the second refund takes only the difference.
    let second = ledger.account().refund("evt_r2", "pi_half", Cents(500)).unwrap();
    assert_eq!(second.amount, 25);
    ledger.record(second.clone(), t0());
    assert_eq!(ledger.account().balance(t0()).available, 50);
    assert_eq!(ledger.account().refund("evt_r3", "pi_half", Cents(500)), None, "nothing more is due");
    assert_eq!(ledger.account().refund("evt_r4", "pi_unknown", Cents(500)), None);
}

#[test]
fn a_low_balance_is_warned_once_per_fall_below_the_threshold() {
    let mut ledger = Ledger::new();
    ledger.grant("promo-1", GrantKind::Promo, 12, None);
    assert_eq!(ledger.account().low_balance(10, t0()), None);
    let job = JobId::new();
    ledger.reserve(job, 4).unwrap();
    let warning = ledger.account().low_balance(10, t0()).unwrap();
    ledger.record(warning.clone(), t0());
    assert_eq!(ledger.account().low_balance(10, t0()), None, "once per crossing");
    ledger.reserve(JobId::new(), 2).unwrap();
    assert_eq!(ledger.account().low_balance(10, t0()), None, "still below: no second warning");
    ledger.grant("promo-2", GrantKind::Promo, 20, None);
    ledger.reserve(JobId::new(), 20).unwrap();
    assert!(ledger.account().low_balance(10, t0()).is_some(), "back above, then below again: a new crossing");
    assert_eq!(ledger.account().low_balance(0, t0()), None, "a zero threshold never warns");
}
