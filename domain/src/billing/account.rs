//! The credit account (`<tenant>.credit_account.<tenant>`): the ledger of a tenant's credits as
//! events, and the decisions that keep it from being overdrawn or charged twice.
//!
//! ```text
//! credits.granted | credits.purchased          add a lot of credits (grants may expire)
//! credits.reserved{job} → credits.captured{job, amount}   the rest of the reservation returns
//!                       → credits.released{job}           all of it returns
//! credits.refunded (a Stripe refund) · credits.expired (a grant's unspent rest at its expiry)
//! ```
//!
//! Credits are held in lots, one per grant or purchase. Spending takes from the lots that
//! expire soonest first, then from grants that do not expire, then from purchases, oldest
//! first. Every append is made at the position the decision was taken on (optimistic
//! concurrency), so two API processes reserving at once cannot both spend the last credits.

use std::collections::{BTreeMap, BTreeSet};

use chrono::{DateTime, Datelike, TimeZone, Utc};
use serde::{Deserialize, Serialize};

use crate::accounts::Plan;
use crate::aggregate::Aggregate;
use crate::error::DomainError;
use crate::events::{EventEnvelope, event};
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
    /// `usr_…`, `system`, or the operator's name.
    pub actor: String,
}
event!(CreditsGranted, "credits.granted");

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CreditsPurchased {
    /// The Stripe event that paid for them: each is credited once.
    pub stripe_event: String,
    pub checkout_session: String,
    pub pack: String,
    pub amount: u64,
}
event!(CreditsPurchased, "credits.purchased");

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CreditsReserved {
    pub job: JobId,
    pub amount: u64,
}
event!(CreditsReserved, "credits.reserved");

/// The job ran: `amount` of its reservation is spent, the rest returns.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CreditsCaptured {
    pub job: JobId,
    pub amount: u64,
}
event!(CreditsCaptured, "credits.captured");

/// The job failed or was cancelled: its whole reservation returns.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CreditsReleased {
    pub job: JobId,
}
event!(CreditsReleased, "credits.released");

/// A purchase was refunded through Stripe: its credits are taken back, as far as they are
/// unspent; the rest is owed and blocks new reservations until covered.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CreditsRefunded {
    pub stripe_event: String,
    /// The refunded purchase's Stripe event.
    pub purchase: String,
    pub amount: u64,
}
event!(CreditsRefunded, "credits.refunded");

/// A grant's unspent credits lapsed at its expiry.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CreditsExpired {
    pub grant: String,
    pub amount: u64,
}
event!(CreditsExpired, "credits.expired");

/// Where a lot of credits came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LotSource {
    Grant(GrantKind),
    Purchase,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Lot {
    /// The grant id, or the purchase's Stripe event id.
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

/// 402 `INSUFFICIENT_CREDITS`: what is available and what the job needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Insufficient {
    pub balance: u64,
    pub required: u64,
}

/// Available credits by where they came from.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Balance {
    /// What new jobs can reserve.
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

#[derive(Debug, Clone, Default)]
pub struct CreditAccount {
    pub lots: Vec<Lot>,
    /// Open reservations: the credits each job holds, by lot index.
    reservations: BTreeMap<JobId, Vec<(usize, u64)>>,
    /// Jobs whose reservation was captured or released: never settled twice.
    settled: BTreeSet<JobId>,
    stripe_events: BTreeSet<String>,
    owed: u64,
}

impl Aggregate for CreditAccount {
    const KIND: &'static str = "credit_account";

    fn apply(&mut self, event: &EventEnvelope) -> Result<(), DomainError> {
        let at = event.occurred_at;
        if let Some(e) = event.decode::<CreditsGranted>()? {
            self.add_lot(Lot { id: e.grant, source: LotSource::Grant(e.kind), remaining: e.amount, expires_at: e.expires_at });
        } else if let Some(e) = event.decode::<CreditsPurchased>()? {
            self.stripe_events.insert(e.stripe_event.clone());
            self.add_lot(Lot { id: e.stripe_event, source: LotSource::Purchase, remaining: e.amount, expires_at: None });
        } else if let Some(e) = event.decode::<CreditsReserved>()? {
            let takes = self.take(e.amount, at);
            self.reservations.insert(e.job, takes);
        } else if let Some(e) = event.decode::<CreditsCaptured>()? {
            if let Some(takes) = self.reservations.remove(&e.job) {
                // Spent from the reservation's lots in spending order; the rest goes back.
                let mut spend = e.amount;
                for (lot, amount) in takes {
                    let spent = amount.min(spend);
                    spend -= spent;
                    self.lots[lot].remaining += amount - spent;
                }
            }
            self.settled.insert(e.job);
        } else if let Some(e) = event.decode::<CreditsReleased>()? {
            for (lot, amount) in self.reservations.remove(&e.job).unwrap_or_default() {
                self.lots[lot].remaining += amount;
            }
            self.settled.insert(e.job);
        } else if let Some(e) = event.decode::<CreditsRefunded>()? {
            self.stripe_events.insert(e.stripe_event);
            let unspent = self.lots.iter_mut().find(|l| l.id == e.purchase && l.source == LotSource::Purchase).map_or(0, |lot| {
                let taken = lot.remaining.min(e.amount);
                lot.remaining -= taken;
                taken
            });
            // Then from the other credits, in spending order; what none cover is owed.
            let covered: u64 = self.take(e.amount - unspent, at).iter().map(|(_, amount)| amount).sum();
            self.owed += e.amount - unspent - covered;
        } else if let Some(e) = event.decode::<CreditsExpired>()? {
            if let Some(lot) = self.lots.iter_mut().find(|l| l.id == e.grant) {
                lot.remaining -= lot.remaining.min(e.amount);
            }
        }
        Ok(())
    }
}

impl CreditAccount {
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
        balance.available = balance.granted + balance.purchased;
        balance.reserved = self.reservations.values().flatten().map(|(_, amount)| amount).sum();
        balance
    }

    /// Holds `amount` credits for `job`; `None` when the job already holds (or held) its
    /// reservation, so a retried submission never reserves twice.
    pub fn reserve(&self, job: JobId, amount: u64, now: DateTime<Utc>) -> Result<Option<CreditsReserved>, Insufficient> {
        if self.reservations.contains_key(&job) || self.settled.contains(&job) {
            return Ok(None);
        }
        let available = self.balance(now).available;
        if available < amount {
            return Err(Insufficient { balance: available, required: amount });
        }
        Ok(Some(CreditsReserved { job, amount }))
    }

    /// Spends `price` of the job's reservation (at most what it holds) and returns the rest;
    /// `None` when there is no open reservation (never reserved, or already settled).
    pub fn capture(&self, job: JobId, price: u64) -> Option<CreditsCaptured> {
        let held: u64 = self.reservations.get(&job)?.iter().map(|(_, amount)| amount).sum();
        Some(CreditsCaptured { job, amount: price.min(held) })
    }

    /// Returns the job's whole reservation; `None` when there is no open reservation.
    pub fn release(&self, job: JobId) -> Option<CreditsReleased> {
        self.reservations.contains_key(&job).then_some(CreditsReleased { job })
    }

    /// Whether a grant with this id was made.
    pub fn granted(&self, grant: &str) -> bool {
        self.lots.iter().any(|l| l.id == grant && matches!(l.source, LotSource::Grant(_)))
    }

    /// Whether this Stripe event was already applied.
    pub fn processed(&self, stripe_event: &str) -> bool {
        self.stripe_events.contains(stripe_event)
    }

    /// The next grant whose expiry has passed with credits left, as the event that lapses them.
    pub fn next_expiry(&self, now: DateTime<Utc>) -> Option<CreditsExpired> {
        self.lots
            .iter()
            .find(|l| !l.live(now) && l.remaining > 0 && matches!(l.source, LotSource::Grant(_)))
            .map(|l| CreditsExpired { grant: l.id.clone(), amount: l.remaining })
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
        actor: "system".into(),
    })
}

#[cfg(test)]
#[path = "account_tests.rs"]
mod tests;
