//! The webhook delivery log: messages, their attempts, and each endpoint's health, from the
//! `webhook_message` events. Bodies are the job summaries the messages carried (no media, no
//! secrets); secrets never reach these tables.

use async_trait::async_trait;
use sea_orm::ActiveValue::Set;
use sea_orm::sea_query::{Expr, Func, OnConflict};
use sea_orm::{ColumnTrait, DatabaseTransaction, EntityTrait, QueryFilter};
use veracity_domain::events::EventEnum;
use veracity_domain::webhooks::{MessageStatus, Target, WebhookMessageEvent};
use veracity_domain::{DomainError, EventEnvelope, RecordedEvent};

use super::Projection;
use crate::sql::checkpoints::WEBHOOKS;
use crate::sql::db_error;
use crate::sql::entities::{webhook_attempt, webhook_endpoint_health, webhook_message};

pub struct WebhookDeliveries;

async fn set_status(txn: &DatabaseTransaction, id: &str, status: MessageStatus) -> Result<(), DomainError> {
    webhook_message::Entity::update_many()
        .col_expr(webhook_message::Column::Status, Expr::value(status.as_str()))
        .col_expr(webhook_message::Column::NextAttemptAt, Expr::value(Option::<chrono::DateTime<chrono::Utc>>::None))
        .filter(webhook_message::Column::MessageId.eq(id))
        .exec(txn)
        .await
        .map_err(db_error)?;
    Ok(())
}

#[async_trait]
impl Projection for WebhookDeliveries {
    fn name(&self) -> &'static str {
        WEBHOOKS
    }

    fn wants(&self, event: &EventEnvelope) -> bool {
        event.aggregate_type == WebhookMessageEvent::AGGREGATE
    }

    fn kinds(&self) -> Vec<&'static str> {
        vec![WebhookMessageEvent::AGGREGATE]
    }

    async fn apply(&self, txn: &DatabaseTransaction, event: &RecordedEvent) -> Result<(), DomainError> {
        let e = &event.envelope;
        let id = e.aggregate_id.as_str();
        match WebhookMessageEvent::decode(e)? {
            WebhookMessageEvent::Created(x) => {
                let url = match &x.target {
                    Target::Callback { url } => Some(url.clone()),
                    Target::Endpoint { .. } => None,
                };
                let row = webhook_message::ActiveModel {
                    message_id: Set(id.to_owned()),
                    tenant_id: Set(e.tenant.to_string()),
                    endpoint_id: Set(x.target.key()),
                    url: Set(url),
                    event_type: Set(x.event_type.as_str().to_owned()),
                    job_id: Set(x.job.map(|j| j.to_string())),
                    status: Set(MessageStatus::Pending.as_str().to_owned()),
                    attempts: Set(0),
                    last_status_code: Set(None),
                    created_at: Set(e.occurred_at),
                    last_attempt_at: Set(None),
                    next_attempt_at: Set(None),
                    body: Set(x.body),
                    sequence: Set(i64::try_from(event.sequence).map_err(DomainError::internal)?),
                };
                webhook_message::Entity::insert(row)
                    .on_conflict(OnConflict::column(webhook_message::Column::MessageId).do_nothing().to_owned())
                    .exec_without_returning(txn)
                    .await
                    .map_err(db_error)?;
            }
            WebhookMessageEvent::Attempted(x) => {
                let Some(message) = webhook_message::Entity::find_by_id(id).one(txn).await.map_err(db_error)? else {
                    return Err(DomainError::internal(format!("an attempt of message {id}, which the delivery log does not hold")));
                };
                let attempt = i32::try_from(x.attempt).map_err(DomainError::internal)?;
                let status_code = x.status_code.map(i32::from);
                let row = webhook_attempt::ActiveModel {
                    message_id: Set(id.to_owned()),
                    attempt: Set(attempt),
                    tenant_id: Set(e.tenant.to_string()),
                    endpoint_id: Set(message.endpoint_id.clone()),
                    url: Set(x.url),
                    attempted_at: Set(e.occurred_at),
                    status_code: Set(status_code),
                    latency_ms: Set(i64::try_from(x.latency_ms).unwrap_or(i64::MAX)),
                    error: Set(x.error),
                    response_excerpt: Set(x.response_excerpt),
                };
                webhook_attempt::Entity::insert(row)
                    .on_conflict(
                        OnConflict::columns([webhook_attempt::Column::MessageId, webhook_attempt::Column::Attempt]).do_nothing().to_owned(),
                    )
                    .exec_without_returning(txn)
                    .await
                    .map_err(db_error)?;
                let change = webhook_message::ActiveModel {
                    attempts: Set(attempt),
                    last_status_code: Set(status_code),
                    last_attempt_at: Set(Some(e.occurred_at)),
                    next_attempt_at: Set(x.next_attempt_at),
                    ..Default::default()
                };
                webhook_message::Entity::update_many()
                    .set(change)
                    .filter(webhook_message::Column::MessageId.eq(id))
                    .exec(txn)
                    .await
                    .map_err(db_error)?;
                if message.endpoint_id != "callback" {
                    let succeeded = x.status_code.is_some_and(|s| (200..300).contains(&s));
                    let row = webhook_endpoint_health::ActiveModel {
                        endpoint_id: Set(message.endpoint_id.clone()),
                        tenant_id: Set(e.tenant.to_string()),
                        last_success_at: Set(succeeded.then_some(e.occurred_at)),
                        failing_since: Set((!succeeded).then_some(e.occurred_at)),
                    };
                    let update = if succeeded {
                        OnConflict::column(webhook_endpoint_health::Column::EndpointId)
                            .update_columns([webhook_endpoint_health::Column::LastSuccessAt, webhook_endpoint_health::Column::FailingSince])
                            .to_owned()
                    } else {
                        // Keep the first failure since the last success.
                        OnConflict::column(webhook_endpoint_health::Column::EndpointId)
                            .value(
                                webhook_endpoint_health::Column::FailingSince,
                                Func::coalesce([
                                    Expr::col((webhook_endpoint_health::Entity, webhook_endpoint_health::Column::FailingSince)),
                                    Expr::value(e.occurred_at),
                                ]),
                            )
                            .to_owned()
                    };
                    webhook_endpoint_health::Entity::insert(row).on_conflict(update).exec_without_returning(txn).await.map_err(db_error)?;
                }
            }
            WebhookMessageEvent::Delivered(_) => set_status(txn, id, MessageStatus::Delivered).await?,
            WebhookMessageEvent::Failed(_) => set_status(txn, id, MessageStatus::Failed).await?,
            WebhookMessageEvent::RetryRequested(_) => set_status(txn, id, MessageStatus::Pending).await?,
        }
        Ok(())
    }

    async fn reset(&self, txn: &DatabaseTransaction) -> Result<(), DomainError> {
        webhook_attempt::Entity::delete_many().exec(txn).await.map_err(db_error)?;
        webhook_endpoint_health::Entity::delete_many().exec(txn).await.map_err(db_error)?;
        webhook_message::Entity::delete_many().exec(txn).await.map_err(db_error)?;
        Ok(())
    }
}
