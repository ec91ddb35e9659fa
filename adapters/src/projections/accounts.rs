//! Tenants, members, API keys and their daily usage, as the admin API lists them.

use async_trait::async_trait;
use sea_orm::ActiveValue::Set;
use sea_orm::sea_query::{Expr, ExprTrait, OnConflict};
use sea_orm::{ColumnTrait, DatabaseTransaction, EntityTrait, QueryFilter};
use veracity_domain::accounts::events::*;
use veracity_domain::billing::CreditAccountEvent;
use veracity_domain::{DomainError, Event, EventEnvelope, RecordedEvent};

use super::Projection;
use crate::sql::db_error;
use crate::sql::entities::{api_key, api_key_usage, member, tenant};

pub struct Accounts;

fn json<T: serde::Serialize>(value: &T) -> String {
    serde_json::to_string(value).expect("serialisable")
}

async fn update_key(txn: &DatabaseTransaction, e: &EventEnvelope, change: api_key::ActiveModel) -> Result<(), DomainError> {
    let mut change = change;
    change.updated_at = Set(e.occurred_at);
    api_key::Entity::update_many()
        .set(change)
        .filter(api_key::Column::KeyId.eq(e.aggregate_id.as_str()))
        .exec(txn)
        .await
        .map_err(db_error)?;
    Ok(())
}

async fn update_member(txn: &DatabaseTransaction, e: &EventEnvelope, user: &str, change: member::ActiveModel) -> Result<(), DomainError> {
    let mut change = change;
    change.updated_at = Set(e.occurred_at);
    member::Entity::update_many()
        .set(change)
        .filter(member::Column::TenantId.eq(e.tenant.to_string()))
        .filter(member::Column::UserId.eq(user))
        .exec(txn)
        .await
        .map_err(db_error)?;
    Ok(())
}

fn policy_columns(row: &mut api_key::ActiveModel, name: &str, policy: &KeyPolicy) {
    row.name = Set(name.to_owned());
    row.scopes = Set(json(&policy.scopes));
    row.daily_limit = Set(i64::from(policy.daily_limit));
    row.rate_limit_per_minute = Set(i64::from(policy.rate_limit_per_minute));
    row.allowed_ips = Set(json(&policy.allowed_ips));
    row.expires_at = Set(policy.expires_at);
}

#[async_trait]
impl Projection for Accounts {
    fn name(&self) -> &'static str {
        crate::sql::checkpoints::ACCOUNTS
    }

    /// Tenants, members, keys, sessions and plans: never a job's events.
    fn wants(&self, event: &EventEnvelope) -> bool {
        super::about_accounts(event)
    }

    fn kinds(&self) -> Vec<&'static str> {
        super::account_kinds()
    }

    async fn apply(&self, txn: &DatabaseTransaction, event: &RecordedEvent) -> Result<(), DomainError> {
        let e = &event.envelope;
        let tenant_id = e.tenant.to_string();
        match Event::decode(e)? {
            Event::CreditAccount(CreditAccountEvent::PlanChanged(changed)) => {
                tenant::Entity::update_many()
                    .col_expr(tenant::Column::Plan, Expr::value(changed.plan.as_str()))
                    .filter(tenant::Column::TenantId.eq(tenant_id))
                    .exec(txn)
                    .await
                    .map_err(db_error)?;
            }
            Event::Tenant(TenantEvent::Created(created)) => {
                let row = tenant::ActiveModel {
                    tenant_id: Set(tenant_id),
                    name: Set(created.name),
                    plan: Set(created.plan.as_str().to_owned()),
                    created_at: Set(e.occurred_at),
                };
                tenant::Entity::insert(row).exec(txn).await.map_err(db_error)?;
            }
            Event::Membership(MembershipEvent::Added(added)) => {
                let status = match added.status {
                    MemberStatus::Active => "active",
                    MemberStatus::Invited => "invited",
                };
                let row = member::ActiveModel {
                    tenant_id: Set(tenant_id),
                    user_id: Set(added.user.to_string()),
                    email: Set(added.email.to_string()),
                    role: Set(added.role.as_str().to_owned()),
                    status: Set(status.to_owned()),
                    created_at: Set(e.occurred_at),
                    updated_at: Set(e.occurred_at),
                };
                member::Entity::insert(row).exec(txn).await.map_err(db_error)?;
            }
            Event::Membership(MembershipEvent::Joined(joined)) => {
                let change = member::ActiveModel { status: Set("active".into()), ..Default::default() };
                update_member(txn, e, &joined.user.to_string(), change).await?;
            }
            Event::Membership(MembershipEvent::RoleChanged(changed)) => {
                let change = member::ActiveModel { role: Set(changed.to.as_str().into()), ..Default::default() };
                update_member(txn, e, &changed.user.to_string(), change).await?;
            }
            Event::Membership(MembershipEvent::Removed(removed)) => {
                member::Entity::delete_many()
                    .filter(member::Column::TenantId.eq(tenant_id))
                    .filter(member::Column::UserId.eq(removed.user.to_string()))
                    .exec(txn)
                    .await
                    .map_err(db_error)?;
            }
            Event::ApiKey(ApiKeyEvent::Created(created)) => {
                let mut row = api_key::ActiveModel {
                    key_id: Set(e.aggregate_id.clone()),
                    tenant_id: Set(tenant_id),
                    prefix: Set(created.secret.prefix),
                    last4: Set(created.secret.last4),
                    created_by: Set(created.origin.actor.to_string()),
                    created_at: Set(e.occurred_at),
                    updated_at: Set(e.occurred_at),
                    rotated_at: Set(None),
                    previous_valid_until: Set(None),
                    revoked_at: Set(None),
                    last_used_at: Set(None),
                    ..Default::default()
                };
                policy_columns(&mut row, &created.name, &created.policy);
                api_key::Entity::insert(row).exec(txn).await.map_err(db_error)?;
            }
            Event::ApiKey(ApiKeyEvent::Updated(updated)) => {
                let mut change = api_key::ActiveModel::default();
                policy_columns(&mut change, &updated.name, &updated.policy);
                update_key(txn, e, change).await?;
            }
            Event::ApiKey(ApiKeyEvent::Rotated(rotated)) => {
                let change = api_key::ActiveModel {
                    prefix: Set(rotated.secret.prefix),
                    last4: Set(rotated.secret.last4),
                    rotated_at: Set(Some(e.occurred_at)),
                    previous_valid_until: Set(Some(rotated.previous_valid_until)),
                    ..Default::default()
                };
                update_key(txn, e, change).await?;
            }
            Event::ApiKey(ApiKeyEvent::Revoked(_)) => {
                let change = api_key::ActiveModel { revoked_at: Set(Some(e.occurred_at)), ..Default::default() };
                update_key(txn, e, change).await?;
            }
            Event::KeyUsage(KeyUsageEvent::Used(used)) => {
                let count = i64::try_from(used.count).unwrap_or(i64::MAX);
                let row = api_key_usage::ActiveModel {
                    key_id: Set(used.key.to_string()),
                    day: Set(api_key_usage::day_key(used.day)),
                    tenant_id: Set(tenant_id),
                    request_count: Set(count),
                    last_used_at: Set(used.last_used_at),
                };
                let on_conflict = OnConflict::columns([api_key_usage::Column::KeyId, api_key_usage::Column::Day])
                    .value(
                        api_key_usage::Column::RequestCount,
                        Expr::col((api_key_usage::Entity, api_key_usage::Column::RequestCount)).add(count),
                    )
                    .value(api_key_usage::Column::LastUsedAt, used.last_used_at)
                    .to_owned();
                api_key_usage::Entity::insert(row).on_conflict(on_conflict).exec(txn).await.map_err(db_error)?;
                api_key::Entity::update_many()
                    .col_expr(api_key::Column::LastUsedAt, Expr::value(used.last_used_at))
                    .filter(api_key::Column::KeyId.eq(used.key.to_string()))
                    .exec(txn)
                    .await
                    .map_err(db_error)?;
            }
            // Credit events other than a plan change are the billing projection's; e-mail
            // claims, users' passwords, sessions, audit entries and jobs have no row here.
            Event::CreditAccount(
                CreditAccountEvent::Granted(_)
                | CreditAccountEvent::Purchased(_)
                | CreditAccountEvent::Reserved(_)
                | CreditAccountEvent::Captured(_)
                | CreditAccountEvent::Released(_)
                | CreditAccountEvent::Refunded(_)
                | CreditAccountEvent::Expired(_)
                | CreditAccountEvent::LowBalance(_),
            )
            | Event::Email(_)
            | Event::User(_)
            | Event::Session(_)
            | Event::Audit(_)
            | Event::Job(_)
            | Event::Webhooks(_)
            | Event::WebhookMessage(_) => {}
        }
        Ok(())
    }

    async fn reset(&self, txn: &DatabaseTransaction) -> Result<(), DomainError> {
        tenant::Entity::delete_many().exec(txn).await.map_err(db_error)?;
        member::Entity::delete_many().exec(txn).await.map_err(db_error)?;
        api_key::Entity::delete_many().exec(txn).await.map_err(db_error)?;
        api_key_usage::Entity::delete_many().exec(txn).await.map_err(db_error)?;
        Ok(())
    }
}
