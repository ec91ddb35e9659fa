//! The credit account (`<tenant>.credit_account.<tenant>`): the ledger of a tenant's credits as
//! events, and the decisions that keep it from being overdrawn or charged twice.
//!
//! ```text
//! credits.granted | credits.purchased          add a lot of credits (grants may expire)
//! credits.reserved{job} → credits.captured{job, amount}   the rest of the reservation returns
//!                       → credits.released{job}           all of it returns
//! credits.refunded (a Stripe refund) · credits.expired (a grant's unspent rest at its expiry)
//! credits.low_balance (once per fall below the threshold) · plan.changed
//! ```
//!
//! Credits are held in lots, one per grant or purchase. Spending takes from the lots that
//! expire soonest first, then from grants that do not expire, then from purchases, oldest
//! first. Every append is made at the position the decision was taken on (optimistic
//! concurrency), so two API processes reserving at once cannot both spend the last credits.

use std::collections::{BTreeMap, BTreeSet};

use chrono::{DateTime, Datelike, TimeZone, Utc};
use serde::{Deserialize, Serialize};

use super::pricing::Cents;
use crate::accounts::{Actor, Plan};
use crate::aggregate::Aggregate;
use crate::detection::MediaType;
use crate::events::{DomainEvent, EventEnvelope, event, event_enum};
use crate::ids::JobId;

/// Why credits were granted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum GrantKind {
    /// The plan's monthly allowance; expires at the end of the month.
    Monthly,
    Promo,
    /// By an operator (`veracity admin grant`).
    Admin,
}

/// An event of the credit account. Each carries the account's balance right after it (a
/// running balance, as on a bank statement), so the ledger's read model needs no replay of
/// the spending rules; [`CreditAccount::apply`] ignores it.
pub trait CreditEvent: DomainEvent + Clone + Send {
    fn balance_mut(&mut self) -> &mut Balance;
}

macro_rules! credit_event {
    ($name:ident, $type:literal) => {
        event!($name, $type);
        impl CreditEvent for $name {
            fn balance_mut(&mut self) -> &mut Balance {
                &mut self.balance
            }
        }
    };
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CreditsGranted {
    /// Unique per grant; a grant with an id already granted is not granted again (for the
    /// monthly allowance: `monthly-YYYY-MM`).
    pub grant: String,
    pub kind: GrantKind,
    pub amount: u64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expires_at: Option<DateTime<Utc>>,
    pub reason: String,
    /// A member, the system, or the operator who granted it.
    pub actor: Actor,
    #[serde(default)]
    pub balance: Balance,
}
credit_event!(CreditsGranted, "credits.granted");

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CreditsPurchased {
    /// The Stripe event that paid for them: each is credited once.
    pub stripe_event: String,
    pub checkout_session: String,
    /// Names the purchase (its lot) for refunds: the payment intent, else the session.
    pub purchase: String,
    pub pack: String,
    pub amount: u64,
    /// What was paid.
    pub paid: Cents,
    pub currency: String,
    #[serde(default)]
    pub balance: Balance,
}
credit_event!(CreditsPurchased, "credits.purchased");

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CreditsReserved {
    pub job: JobId,
    pub amount: u64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub media_type: Option<MediaType>,
    #[serde(default)]
    pub balance: Balance,
}
credit_event!(CreditsReserved, "credits.reserved");

/// The job ran: `amount` of its reservation is spent, the rest returns.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CreditsCaptured {
    pub job: JobId,
    pub amount: u64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub media_type: Option<MediaType>,
    #[serde(default)]
    pub balance: Balance,
}
credit_event!(CreditsCaptured, "credits.captured");

/// The job failed or was cancelled: its whole reservation returns.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CreditsReleased {
    pub job: JobId,
    /// What was returned.
    pub amount: u64,
    #[serde(default)]
    pub balance: Balance,
}
credit_event!(CreditsReleased, "credits.released");

/// A purchase was refunded through Stripe: its credits are taken back, as far as they are
/// unspent; the rest is owed and blocks new reservations until covered.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CreditsRefunded {
    pub stripe_event: String,
    /// The refunded purchase ([`CreditsPurchased::purchase`]).
    pub purchase: String,
    pub amount: u64,
    #[serde(default)]
    pub balance: Balance,
}
credit_event!(CreditsRefunded, "credits.refunded");

/// A grant's unspent credits lapsed at its expiry.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CreditsExpired {
    pub grant: String,
    pub amount: u64,
    #[serde(default)]
    pub balance: Balance,
}
credit_event!(CreditsExpired, "credits.expired");

/// The available balance fell below `threshold`: recorded once per crossing (it may be set
/// again only after the balance has been back at or above the threshold).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CreditsLowBalance {
    pub threshold: u64,
    #[serde(default)]
    pub balance: Balance,
}
credit_event!(CreditsLowBalance, "credits.low_balance");

/// The tenant's plan changed (limits and monthly allowance follow it).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PlanChanged {
    pub plan: Plan,
    pub previous: Plan,
    pub actor: Actor,
    #[serde(default)]
    pub balance: Balance,
}
credit_event!(PlanChanged, "plan.changed");

/// Where a lot of credits came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LotSource {
    Grant(GrantKind),
    Purchase,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Lot {
    /// The grant id, or the purchase ([`CreditsPurchased::purchase`]).
    pub id: String,
    pub source: LotSource,
    pub remaining: u64,
    pub expires_at: Option<DateTime<Utc>>,
}

impl Lot {
    fn live(&self, now: DateTime<Utc>) -> bool {
        self.expires_at.is_none_or(|at| at > now)
    }
}

/// A purchase, for refunds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Purchase {
    pub credits: u64,
    pub paid: Cents,
    /// Credits already taken back by refunds.
    pub refunded: u64,
}

/// 402 `INSUFFICIENT_CREDITS`: what is available and what the job needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Insufficient {
    pub balance: u64,
    pub required: u64,
}

/// Available credits by where they came from.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Balance {
    /// What new jobs can reserve: `granted` + `purchased` − `owed`.
    pub available: u64,
    /// Held by jobs that have not finished.
    pub reserved: u64,
    /// Of `available`, from grants (`expiring` of them expire).
    pub granted: u64,
    pub expiring: u64,
    /// Of `available`, bought.
    pub purchased: u64,
    /// Refunded credits already spent: covered by the next credits before any can be used.
    pub owed: u64,
}

// What is owed is paid from the next lot added (`add_lot`); credits that return to older lots
// (a release, a capture's rest) stay in them but are not spendable while anything is owed.

#[derive(Debug, Clone, Default)]
pub struct CreditAccount {
    pub lots: Vec<Lot>,
    pub plan: Plan,
    /// Open reservations: the credits each job holds, by lot index. A job reserves once, at
    /// submission, before anything can settle it, so a settled job needs no memory here (and
    /// the state stays small however many jobs ran).
    reservations: BTreeMap<JobId, Vec<(usize, u64)>>,
    purchases: BTreeMap<String, Purchase>,
    stripe_events: BTreeSet<String>,
    owed: u64,
    /// The threshold of the last low-balance warning while the balance is still below it.
    low: Option<u64>,
}

event_enum! {
    /// The events of a tenant's credit account (`<tenant>.credit_account.<tenant>`).
    pub enum CreditAccountEvent for "credit_account" {
        Granted(CreditsGranted),
        Purchased(CreditsPurchased),
        Reserved(CreditsReserved),
        Captured(CreditsCaptured),
        Released(CreditsReleased),
        Refunded(CreditsRefunded),
        Expired(CreditsExpired),
        LowBalance(CreditsLowBalance),
        PlanChanged(PlanChanged),
    }
}

impl Aggregate for CreditAccount {
    const KIND: &'static str = "credit_account";

    type Event = CreditAccountEvent;

    fn evolve(&mut self, event: CreditAccountEvent, envelope: &EventEnvelope) {
        let at = envelope.occurred_at;
        match event {
            CreditAccountEvent::Granted(e) => {
                self.add_lot(Lot { id: e.grant, source: LotSource::Grant(e.kind), remaining: e.amount, expires_at: e.expires_at });
            }
            CreditAccountEvent::Purchased(e) => {
                self.stripe_events.insert(e.stripe_event.clone());
                self.purchases.insert(e.purchase.clone(), Purchase { credits: e.amount, paid: e.paid, refunded: 0 });
                self.add_lot(Lot { id: e.purchase, source: LotSource::Purchase, remaining: e.amount, expires_at: None });
            }
            CreditAccountEvent::Reserved(e) => {
                let takes = self.take(e.amount, at);
                self.reservations.insert(e.job, takes);
            }
            CreditAccountEvent::Captured(e) => {
                // Spent from the reservation's lots in spending order; the rest goes back.
                let mut spend = e.amount;
                for (lot, amount) in self.reservations.remove(&e.job).unwrap_or_default() {
                    let spent = amount.min(spend);
                    spend -= spent;
                    self.lots[lot].remaining += amount - spent;
                }
            }
            CreditAccountEvent::Released(e) => {
                for (lot, amount) in self.reservations.remove(&e.job).unwrap_or_default() {
                    self.lots[lot].remaining += amount;
                }
            }
            CreditAccountEvent::Refunded(e) => {
                self.stripe_events.insert(e.stripe_event);
                if let Some(purchase) = self.purchases.get_mut(&e.purchase) {
                    purchase.refunded += e.amount;
                }
                let unspent = self.lots.iter_mut().find(|l| l.id == e.purchase && l.source == LotSource::Purchase).map_or(0, |lot| {
                    let taken = lot.remaining.min(e.amount);
                    lot.remaining -= taken;
                    taken
                });
                // Then from the other credits, in spending order; what none cover is owed.
                let covered: u64 = self.take(e.amount - unspent, at).iter().map(|(_, amount)| amount).sum();
                self.owed += e.amount - unspent - covered;
            }
            CreditAccountEvent::Expired(e) => {
                if let Some(lot) = self.lots.iter_mut().find(|l| l.id == e.grant && matches!(l.source, LotSource::Grant(_))) {
                    lot.remaining -= lot.remaining.min(e.amount);
                }
            }
            CreditAccountEvent::LowBalance(e) => {
                self.low = Some(e.threshold);
            }
            CreditAccountEvent::PlanChanged(e) => {
                self.plan = e.plan;
            }
        }
        if self.low.is_some_and(|threshold| self.available(at) >= threshold) {
            self.low = None;
        }
    }
}

impl CreditAccount {
    /// The jobs holding credits now.
    pub fn reserved_jobs(&self) -> impl Iterator<Item = JobId> + '_ {
        self.reservations.keys().copied()
    }

    fn add_lot(&mut self, mut lot: Lot) {
        // New credits pay what is owed first.
        let paid = self.owed.min(lot.remaining);
        self.owed -= paid;
        lot.remaining -= paid;
        self.lots.push(lot);
    }

    /// Lot indexes in spending order at `now`: soonest expiry first, then grants that do not
    /// expire, then purchases; oldest first within each.
    fn spending_order(&self, now: DateTime<Utc>) -> Vec<usize> {
        let mut order: Vec<usize> = (0..self.lots.len()).filter(|&i| self.lots[i].live(now) && self.lots[i].remaining > 0).collect();
        order.sort_by_key(|&i| {
            let lot = &self.lots[i];
            let rank = match (lot.expires_at, lot.source) {
                (Some(_), _) => 0,
                (None, LotSource::Grant(_)) => 1,
                (None, LotSource::Purchase) => 2,
            };
            (rank, lot.expires_at, i)
        });
        order
    }

    /// Takes `amount` from the lots in spending order (as far as they reach).
    fn take(&mut self, amount: u64, now: DateTime<Utc>) -> Vec<(usize, u64)> {
        let mut takes = Vec::new();
        let mut left = amount;
        for i in self.spending_order(now) {
            if left == 0 {
                break;
            }
            let taken = self.lots[i].remaining.min(left);
            self.lots[i].remaining -= taken;
            left -= taken;
            takes.push((i, taken));
        }
        takes
    }

    /// What new jobs can reserve: the live lots, less what is owed.
    fn available(&self, now: DateTime<Utc>) -> u64 {
        self.lots.iter().filter(|l| l.live(now)).map(|l| l.remaining).sum::<u64>().saturating_sub(self.owed)
    }

    pub fn balance(&self, now: DateTime<Utc>) -> Balance {
        let mut balance = Balance { owed: self.owed, ..Balance::default() };
        for lot in self.lots.iter().filter(|l| l.live(now)) {
            match lot.source {
                LotSource::Purchase => balance.purchased += lot.remaining,
                LotSource::Grant(_) => {
                    balance.granted += lot.remaining;
                    if lot.expires_at.is_some() {
                        balance.expiring += lot.remaining;
                    }
                }
            }
        }
        balance.available = (balance.granted + balance.purchased).saturating_sub(self.owed);
        balance.reserved = self.reservations.values().flatten().map(|(_, amount)| amount).sum();
        balance
    }

    /// Holds `amount` credits for `job`; `None` when the job already holds its reservation,
    /// so a retried reservation never holds twice.
    pub fn reserve(
        &self,
        job: JobId,
        amount: u64,
        media_type: Option<MediaType>,
        now: DateTime<Utc>,
    ) -> Result<Option<CreditsReserved>, Insufficient> {
        if self.reservations.contains_key(&job) {
            return Ok(None);
        }
        let available = self.available(now);
        if available < amount {
            return Err(Insufficient { balance: available, required: amount });
        }
        Ok(Some(CreditsReserved { job, amount, media_type, balance: Balance::default() }))
    }

    /// What the job holds, if its reservation is open.
    pub fn held(&self, job: JobId) -> Option<u64> {
        Some(self.reservations.get(&job)?.iter().map(|(_, amount)| amount).sum())
    }

    /// Spends `price` of the job's reservation (at most what it holds) and returns the rest;
    /// `None` when there is no open reservation (never reserved, or already settled), so a
    /// redelivered result never captures twice.
    pub fn capture(&self, job: JobId, price: u64, media_type: Option<MediaType>) -> Option<CreditsCaptured> {
        let held = self.held(job)?;
        Some(CreditsCaptured { job, amount: price.min(held), media_type, balance: Balance::default() })
    }

    /// Returns the job's whole reservation; `None` when there is no open reservation.
    pub fn release(&self, job: JobId) -> Option<CreditsReleased> {
        let amount = self.held(job)?;
        Some(CreditsReleased { job, amount, balance: Balance::default() })
    }

    /// Whether a grant with this id was made.
    pub fn granted(&self, grant: &str) -> bool {
        self.lots.iter().any(|l| l.id == grant && matches!(l.source, LotSource::Grant(_)))
    }

    /// Whether this Stripe event was already applied.
    pub fn processed(&self, stripe_event: &str) -> bool {
        self.stripe_events.contains(stripe_event)
    }

    /// Whether this Stripe event, or another one paying for the same purchase, was applied
    /// (Stripe may report one payment by two events: completed, then async payment succeeded).
    pub fn purchased(&self, stripe_event: &str, purchase: &str) -> bool {
        self.processed(stripe_event) || self.purchases.contains_key(purchase)
    }

    pub fn purchase(&self, purchase: &str) -> Option<Purchase> {
        self.purchases.get(purchase).copied()
    }

    /// Takes back the credits of a purchase refunded (in all, so far) by `refunded_total` of
    /// what was paid, in proportion; `None` when the event was applied already or nothing
    /// more is due.
    pub fn refund(&self, stripe_event: &str, purchase: &str, refunded_total: Cents) -> Option<CreditsRefunded> {
        if self.processed(stripe_event) {
            return None;
        }
        let bought = self.purchase(purchase)?;
        let due = if bought.paid == Cents(0) || refunded_total >= bought.paid {
            bought.credits
        } else {
            (u128::from(bought.credits) * u128::from(refunded_total.0) / u128::from(bought.paid.0)) as u64
        };
        let amount = due.saturating_sub(bought.refunded);
        (amount > 0).then(|| CreditsRefunded {
            stripe_event: stripe_event.into(),
            purchase: purchase.into(),
            amount,
            balance: Balance::default(),
        })
    }

    /// The next grant whose expiry has passed with credits left, as the event that lapses them.
    pub fn next_expiry(&self, now: DateTime<Utc>) -> Option<CreditsExpired> {
        self.lots.iter().find(|l| !l.live(now) && l.remaining > 0 && matches!(l.source, LotSource::Grant(_))).map(|l| CreditsExpired {
            grant: l.id.clone(),
            amount: l.remaining,
            balance: Balance::default(),
        })
    }

    /// A low-balance warning, when the available balance is below `threshold` and no warning
    /// was recorded since it fell there. A threshold of 0 never warns.
    pub fn low_balance(&self, threshold: u64, now: DateTime<Utc>) -> Option<CreditsLowBalance> {
        (self.low.is_none() && self.available(now) < threshold).then_some(CreditsLowBalance { threshold, balance: Balance::default() })
    }
}

/// The plan's allowance for the month of `now` (grant id `monthly-YYYY-MM`, expiring when the
/// next month starts, UTC); `None` for a plan without one.
pub fn monthly_allowance(plan: Plan, now: DateTime<Utc>) -> Option<CreditsGranted> {
    let amount = plan.monthly_credits();
    if amount == 0 {
        return None;
    }
    let (year, month) = (now.year(), now.month());
    let (next_year, next_month) = if month == 12 { (year + 1, 1) } else { (year, month + 1) };
    Some(CreditsGranted {
        grant: format!("monthly-{year:04}-{month:02}"),
        kind: GrantKind::Monthly,
        amount,
        expires_at: Utc.with_ymd_and_hms(next_year, next_month, 1, 0, 0, 0).single(),
        reason: format!("{} plan monthly allowance", plan.as_str()),
        actor: Actor::System,
        balance: Balance::default(),
    })
}

#[cfg(test)]
#[path = "account_tests.rs"]
mod tests;
