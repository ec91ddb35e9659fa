//! The credit ledger and balances, as `GET /v1/billing/ledger` and `/usage` read them. Each
//! credit event carries the balance it left, so a line needs nothing but its own event.

use async_trait::async_trait;
use sea_orm::ActiveValue::Set;
use sea_orm::sea_query::OnConflict;
use sea_orm::{DatabaseTransaction, EntityTrait};
use veracity_domain::aggregate::Aggregate;
use veracity_domain::billing::*;
use veracity_domain::events::EventEnum;
use veracity_domain::{DomainError, EventEnvelope, RecordedEvent};

use super::Projection;
use crate::sql::db_error;
use crate::sql::entities::{credit_balance, credit_entry};

pub struct Billing;

/// A ledger line, read from one event.
struct Line {
    entry_type: &'static str,
    amount: u64,
    job: Option<String>,
    media_type: Option<String>,
    reference: Option<String>,
    description: String,
    balance: Balance,
    plan: Option<String>,
}

fn line(event: CreditAccountEvent) -> Line {
    let line = |entry_type, amount, reference: Option<String>, description: String, balance| Line {
        entry_type,
        amount,
        job: None,
        media_type: None,
        reference,
        description,
        balance,
        plan: None,
    };
    let media = |m: Option<veracity_domain::detection::MediaType>| m.map(|m| m.as_str().to_owned());
    match event {
        CreditAccountEvent::Granted(x) => {
            let kind = match x.kind {
                GrantKind::Monthly => "monthly allowance",
                GrantKind::Promo => "promotion",
                GrantKind::Admin => "granted by an operator",
            };
            line("granted", x.amount, Some(x.grant), format!("{kind}: {}", x.reason), x.balance)
        }
        CreditAccountEvent::Purchased(x) => {
            let description = format!("bought pack `{}` ({} {})", x.pack, x.paid, x.currency.to_uppercase());
            line("purchased", x.amount, Some(x.purchase), description, x.balance)
        }
        CreditAccountEvent::Reserved(x) => Line {
            job: Some(x.job.to_string()),
            media_type: media(x.media_type),
            ..line("reserved", x.amount, None, "held for a job".into(), x.balance)
        },
        CreditAccountEvent::Captured(x) => Line {
            job: Some(x.job.to_string()),
            media_type: media(x.media_type),
            ..line("captured", x.amount, None, "spent on a job".into(), x.balance)
        },
        CreditAccountEvent::Released(x) => Line {
            job: Some(x.job.to_string()),
            ..line("released", x.amount, None, "returned: the job failed or was cancelled".into(), x.balance)
        },
        CreditAccountEvent::Refunded(x) => {
            line("refunded", x.amount, Some(x.purchase), format!("taken back: Stripe refund {}", x.stripe_event), x.balance)
        }
        CreditAccountEvent::Expired(x) => line("expired", x.amount, Some(x.grant), "the grant's unspent credits lapsed".into(), x.balance),
        CreditAccountEvent::LowBalance(x) => {
            line("low_balance", x.threshold, None, format!("the available balance fell below {}", x.threshold), x.balance)
        }
        CreditAccountEvent::PlanChanged(x) => {
            let description = format!("plan changed from {} to {} by {}", x.previous.as_str(), x.plan.as_str(), x.actor);
            Line { plan: Some(x.plan.as_str().to_owned()), ..line("plan_changed", 0, None, description, x.balance) }
        }
    }
}

fn int(n: u64) -> i64 {
    i64::try_from(n).unwrap_or(i64::MAX)
}

#[async_trait]
impl Projection for Billing {
    fn name(&self) -> &'static str {
        "billing"
    }

    fn wants(&self, event: &EventEnvelope) -> bool {
        event.aggregate_type == CreditAccount::KIND
    }

    fn kinds(&self) -> Vec<&'static str> {
        vec![CreditAccount::KIND]
    }

    async fn apply(&self, txn: &DatabaseTransaction, event: &RecordedEvent) -> Result<(), DomainError> {
        let e = &event.envelope;
        if e.aggregate_type != CreditAccount::KIND {
            return Ok(());
        }
        let line = line(CreditAccountEvent::decode(e)?);
        let b = line.balance;
        let entry = credit_entry::ActiveModel {
            entry_id: Set(e.id.to_string()),
            tenant_id: Set(e.tenant.to_string()),
            sequence: Set(int(event.sequence)),
            occurred_at: Set(e.occurred_at),
            day: Set(e.occurred_at.format("%Y-%m-%d").to_string()),
            entry_type: Set(line.entry_type.to_owned()),
            amount: Set(int(line.amount)),
            job_id: Set(line.job),
            media_type: Set(line.media_type),
            reference: Set(line.reference.map(|r| r.chars().take(200).collect())),
            description: Set(line.description.chars().take(300).collect()),
            available: Set(int(b.available)),
            reserved: Set(int(b.reserved)),
            granted: Set(int(b.granted)),
            expiring: Set(int(b.expiring)),
            purchased: Set(int(b.purchased)),
            owed: Set(int(b.owed)),
        };
        credit_entry::Entity::insert(entry).on_conflict_do_nothing().exec(txn).await.map_err(db_error)?;
        let balance = credit_balance::ActiveModel {
            tenant_id: Set(e.tenant.to_string()),
            plan: Set(line.plan.clone().unwrap_or_else(|| "FREE".into())),
            available: Set(int(b.available)),
            reserved: Set(int(b.reserved)),
            granted: Set(int(b.granted)),
            expiring: Set(int(b.expiring)),
            purchased: Set(int(b.purchased)),
            owed: Set(int(b.owed)),
            sequence: Set(int(event.sequence)),
            updated_at: Set(e.occurred_at),
        };
        use credit_balance::Column as C;
        let mut update = vec![C::Available, C::Reserved, C::Granted, C::Expiring, C::Purchased, C::Owed, C::Sequence, C::UpdatedAt];
        if line.plan.is_some() {
            update.push(C::Plan);
        }
        credit_balance::Entity::insert(balance)
            .on_conflict(OnConflict::column(C::TenantId).update_columns(update).to_owned())
            .exec(txn)
            .await
            .map_err(db_error)?;
        Ok(())
    }

    async fn reset(&self, txn: &DatabaseTransaction) -> Result<(), DomainError> {
        credit_entry::Entity::delete_many().exec(txn).await.map_err(db_error)?;
        credit_balance::Entity::delete_many().exec(txn).await.map_err(db_error)?;
        Ok(())
    }
}
