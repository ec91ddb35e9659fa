//! The credit ledger: how every process (API, workers, Stripe webhooks, the operator CLI)
//! changes a tenant's credit account.
//!
//! Each process keeps the accounts it has used in memory, at the log position it last saw,
//! and catches up by reading only the events after it. A change is decided on that state and
//! appended at that position: when another process appended meanwhile, the append is refused,
//! the account catches up and the change is decided again. A refusal (too few credits) or a
//! "nothing to do" decided on state that was not read in this call is checked again on fresh
//! state first, since the credits a worker returns are appended by another process. Within a
//! process, changes to one account are taken one at a time, in the order they arrived.
//!
//! This is the one use case that does not go through [`crate::commands::execute`]: every job
//! appends to its tenant's account twice, so reloading the whole account per decision (what
//! `execute` does) would grow with the account's history. It keeps the same contract — decide
//! on a known position, append there, decide again after a lost race — with a higher cap,
//! because a busy account can lose a few races in a row to other processes that each made
//! progress.

use std::collections::HashMap;
use std::convert::Infallible;
use std::sync::{Arc, Mutex};
use veracity_domain::sync::LockExt;

use chrono::{DateTime, Utc};
use futures::lock::Mutex as AsyncMutex;

use veracity_domain::accounts::{Actor, Plan};
use veracity_domain::aggregate::Aggregate;
use veracity_domain::billing::Cents;
use veracity_domain::billing::account::{
    Balance, CreditAccount, CreditEvent, CreditsGranted, CreditsPurchased, Insufficient, PlanChanged, monthly_allowance,
};
use veracity_domain::detection::MediaType;
use veracity_domain::error::DomainError;
use veracity_domain::events::{AggregatePosition, AggregateRef, Appended, NewEvent};
use veracity_domain::ids::{JobId, TenantId};
use veracity_domain::ports::{Clock, EventStore};

use crate::turnstile::Turnstile;

/// How often a change is decided again after losing a race before giving up.
const MAX_ATTEMPTS: usize = 50;

/// One account as this process holds it: callers take turns in arrival order.
#[derive(Default)]
struct Account {
    turns: Turnstile,
    cached: AsyncMutex<Cached>,
}

#[derive(Default)]
struct Cached {
    account: CreditAccount,
    position: AggregatePosition,
    /// An append failed in a way that leaves its fate unknown: read the log before deciding.
    stale: bool,
}

/// What a change did: the append (none when there was nothing to do) and the balance after.
#[derive(Debug, Clone, Copy)]
pub struct Committed {
    pub appended: Option<Appended>,
    pub balance: Balance,
    pub plan: Plan,
}

/// What a refund did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refund {
    TakenBack(u64),
    /// Already applied, or nothing more is due.
    Unchanged,
    /// The purchase is not (yet) recorded: Stripe may deliver a refund before the payment.
    UnknownPurchase,
}

pub struct CreditLedger {
    events: Arc<dyn EventStore>,
    clock: Arc<dyn Clock>,
    /// Below this many available credits a `credits.low_balance` is recorded (0: never).
    low_balance: u64,
    accounts: Mutex<HashMap<TenantId, Arc<Account>>>,
    /// `veracity_credit_reservations_total{outcome}`: `reserved`, `refused` (too few credits),
    /// `captured`, `released`, as this process recorded them. Registered nowhere until the
    /// process registers it.
    pub reservations: prometheus::IntCounterVec,
}

impl CreditLedger {
    pub fn new(events: Arc<dyn EventStore>, clock: Arc<dyn Clock>, low_balance: u64) -> Self {
        let reservations = prometheus::IntCounterVec::new(
            prometheus::Opts::new("veracity_credit_reservations_total", "Credit reservations recorded by this process, by outcome"),
            &["outcome"],
        )
        .expect("valid metric definition");
        Self { events, clock, low_balance, accounts: Mutex::new(HashMap::new()), reservations }
    }

    fn count(&self, outcome: &str, committed: &Committed) {
        if committed.appended.is_some() {
            self.reservations.with_label_values(&[outcome]).inc();
        }
    }

    pub fn aggregate(tenant: TenantId) -> AggregateRef {
        AggregateRef::new(tenant, CreditAccount::KIND, tenant.to_string()).expect("a tenant id is a valid aggregate id")
    }

    /// Holds `amount` credits for `job` (a job's worst-case price), or says what is missing.
    pub async fn reserve(
        &self,
        tenant: TenantId,
        job: JobId,
        amount: u64,
        media_type: Option<MediaType>,
        correlation: &str,
    ) -> Result<Result<Committed, Insufficient>, DomainError> {
        let reserved = self.execute(tenant, correlation, |account, now| account.reserve(job, amount, media_type, now)).await?;
        match &reserved {
            Ok(committed) => self.count("reserved", committed),
            Err(_) => self.reservations.with_label_values(&["refused"]).inc(),
        }
        Ok(reserved)
    }

    /// Spends `price` of the job's reservation; nothing when it holds none (already settled,
    /// or never reserved).
    pub async fn capture(
        &self,
        tenant: TenantId,
        job: JobId,
        price: u64,
        media_type: Option<MediaType>,
        correlation: &str,
    ) -> Result<Committed, DomainError> {
        let committed = self.infallible(tenant, correlation, |account, _| account.capture(job, price, media_type)).await?;
        self.count("captured", &committed);
        Ok(committed)
    }

    /// Returns the job's whole reservation; nothing when it holds none.
    pub async fn release(&self, tenant: TenantId, job: JobId, correlation: &str) -> Result<Committed, DomainError> {
        let committed = self.infallible(tenant, correlation, |account, _| account.release(job)).await?;
        self.count("released", &committed);
        Ok(committed)
    }

    /// Grants credits once per grant id.
    pub async fn grant(&self, tenant: TenantId, grant: CreditsGranted, correlation: &str) -> Result<Committed, DomainError> {
        self.infallible(tenant, correlation, |account, _| (!account.granted(&grant.grant)).then(|| grant.clone())).await
    }

    /// Credits a purchase once per Stripe event and once per purchase.
    pub async fn purchase(&self, tenant: TenantId, purchase: CreditsPurchased, correlation: &str) -> Result<Committed, DomainError> {
        self.infallible(tenant, correlation, |account, _| {
            (!account.purchased(&purchase.stripe_event, &purchase.purchase)).then(|| purchase.clone())
        })
        .await
    }

    /// Takes back a refunded purchase's credits (see [`CreditAccount::refund`]).
    pub async fn refund(
        &self,
        tenant: TenantId,
        stripe_event: &str,
        purchase: &str,
        refunded_total: Cents,
        correlation: &str,
    ) -> Result<(Committed, Refund), DomainError> {
        let mut outcome = Refund::Unchanged;
        let committed = self
            .infallible(tenant, correlation, |account, _| {
                let refund = account.refund(stripe_event, purchase, refunded_total);
                outcome = match &refund {
                    Some(r) => Refund::TakenBack(r.amount),
                    None if account.purchase(purchase).is_none() && !account.processed(stripe_event) => Refund::UnknownPurchase,
                    None => Refund::Unchanged,
                };
                refund
            })
            .await?;
        Ok((committed, outcome))
    }

    pub async fn change_plan(&self, tenant: TenantId, plan: Plan, actor: Actor, correlation: &str) -> Result<Committed, DomainError> {
        self.infallible(tenant, correlation, |account, _| {
            (account.plan != plan).then(|| PlanChanged { plan, previous: account.plan, actor: actor.clone(), balance: Balance::default() })
        })
        .await
    }

    /// A member changes the plan: only to one that costs no more. A higher plan is paid for, so
    /// it is set by an operator (`veracity admin plan`) or a payment, never by asking: the
    /// refusal names the current plan.
    pub async fn change_plan_as_member(
        &self,
        tenant: TenantId,
        plan: Plan,
        actor: Actor,
        correlation: &str,
    ) -> Result<Result<Committed, Plan>, DomainError> {
        self.execute(tenant, correlation, |account, _| {
            if plan.rank() > account.plan.rank() {
                return Err(account.plan);
            }
            Ok((account.plan != plan).then(|| PlanChanged {
                plan,
                previous: account.plan,
                actor: actor.clone(),
                balance: Balance::default(),
            }))
        })
        .await
    }

    /// The account's balance and plan now, read from the log (expired grants lapsed and the
    /// month's allowance granted first).
    pub async fn balance(&self, tenant: TenantId, correlation: &str) -> Result<Committed, DomainError> {
        self.infallible::<CreditsGranted>(tenant, correlation, |_, _| None).await
    }

    /// The jobs of `tenant` holding credits now, read from the log.
    pub async fn reserved_jobs(&self, tenant: TenantId, correlation: &str) -> Result<Vec<JobId>, DomainError> {
        let mut jobs = Vec::new();
        self.infallible::<CreditsGranted>(tenant, correlation, |account, _| {
            jobs = account.reserved_jobs().collect();
            None
        })
        .await?;
        Ok(jobs)
    }

    async fn infallible<E: CreditEvent>(
        &self,
        tenant: TenantId,
        correlation: &str,
        mut decide: impl FnMut(&CreditAccount, DateTime<Utc>) -> Option<E>,
    ) -> Result<Committed, DomainError> {
        let committed = self.execute::<E, Infallible>(tenant, correlation, |account, now| Ok(decide(account, now))).await?;
        Ok(committed.unwrap_or_else(|never| match never {}))
    }

    /// Decides on the cached account and appends at its position; see the module docs.
    async fn execute<E: CreditEvent, R>(
        &self,
        tenant: TenantId,
        correlation: &str,
        mut decide: impl FnMut(&CreditAccount, DateTime<Utc>) -> Result<Option<E>, R>,
    ) -> Result<Result<Committed, R>, DomainError> {
        let agg = Self::aggregate(tenant);
        let entry = self.accounts.locked().entry(tenant).or_default().clone();
        let _turn = entry.turns.enter().await;
        let mut cached = entry.cached.lock().await;
        let mut fresh = false;
        if cached.stale || cached.position == AggregatePosition::EMPTY {
            self.catch_up(&agg, &mut cached).await?;
            fresh = true;
        }
        for _ in 0..MAX_ATTEMPTS {
            let now = self.clock.now();
            let result = match self.housekeeping(&agg, &mut cached, now, correlation).await {
                Ok(()) => match decide(&cached.account, now) {
                    Ok(Some(event)) => self.commit(&agg, &mut cached, event, now, correlation).await.map(|a| Ok(Some(a))),
                    Ok(None) if fresh => Ok(Ok(None)),
                    Err(refused) if fresh => Ok(Err(refused)),
                    // Decided on state this call has not read: check on fresh state first.
                    Ok(None) | Err(_) => Err(DomainError::Concurrency { aggregate: agg.to_string() }),
                },
                Err(e) => Err(e),
            };
            match result {
                Ok(Ok(appended)) => {
                    if appended.is_some() {
                        self.warn_if_low(&agg, &mut cached, correlation).await;
                    }
                    let balance = cached.account.balance(self.clock.now());
                    return Ok(Ok(Committed { appended, balance, plan: cached.account.plan }));
                }
                Ok(Err(refused)) => return Ok(Err(refused)),
                Err(DomainError::Concurrency { .. }) => {
                    self.catch_up(&agg, &mut cached).await?;
                    fresh = true;
                }
                Err(e) => return Err(e),
            }
        }
        Err(DomainError::Concurrency { aggregate: agg.to_string() })
    }

    /// Records what time alone brings: grants that lapsed, and the month's allowance.
    async fn housekeeping(
        &self,
        agg: &AggregateRef,
        cached: &mut Cached,
        now: DateTime<Utc>,
        correlation: &str,
    ) -> Result<(), DomainError> {
        while let Some(expired) = cached.account.next_expiry(now) {
            self.commit(agg, cached, expired, now, correlation).await?;
        }
        if let Some(allowance) = monthly_allowance(cached.account.plan, now).filter(|a| !cached.account.granted(&a.grant)) {
            self.commit(agg, cached, allowance, now, correlation).await?;
        }
        Ok(())
    }

    /// Records a low-balance warning once per fall below the threshold. Best effort: one lost
    /// to a race is decided again on the account's next change.
    async fn warn_if_low(&self, agg: &AggregateRef, cached: &mut Cached, correlation: &str) {
        let now = self.clock.now();
        if let Some(warning) = cached.account.low_balance(self.low_balance, now) {
            let _ = self.commit(agg, cached, warning, now, correlation).await;
        }
    }

    /// Appends `event` (with the balance it leaves) at the cached position.
    async fn commit<E: CreditEvent>(
        &self,
        agg: &AggregateRef,
        cached: &mut Cached,
        mut event: E,
        now: DateTime<Utc>,
        correlation: &str,
    ) -> Result<Appended, DomainError> {
        let version = cached.position.version + 1;
        let mut after = cached.account.clone();
        after.apply(&NewEvent::from_domain(&event, now)?.into_envelope(agg, version))?;
        *event.balance_mut() = after.balance(now);
        let new = NewEvent::from_domain(&event, now)?.with_correlation_id(correlation);
        match self.events.append(agg, cached.position, new).await {
            Ok(appended) => {
                cached.account = after;
                cached.position = appended.position();
                Ok(appended)
            }
            Err(e @ DomainError::Concurrency { .. }) => Err(e),
            Err(e) => {
                cached.stale = true;
                Err(e)
            }
        }
    }

    async fn catch_up(&self, agg: &AggregateRef, cached: &mut Cached) -> Result<(), DomainError> {
        if cached.stale {
            // Whatever the failed append did, the log says: start over from it.
            *cached = Cached::default();
        }
        let events = self.events.load(agg, cached.position.last_sequence).await?;
        for event in &events {
            if let Err(e) = cached.account.apply(&event.envelope) {
                // Applied in part: start over from the log next time rather than apply twice.
                cached.stale = true;
                return Err(e);
            }
        }
        if !events.is_empty() {
            cached.position = AggregatePosition::after(&events);
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests;
