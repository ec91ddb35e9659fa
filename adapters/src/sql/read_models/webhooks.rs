//! The webhook delivery log as the API lists it, and the endpoint health the dispatcher reads.

use async_trait::async_trait;
use chrono::{DateTime, Utc};
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect};
use veracity_domain::ports::{AttemptRow, MessageFilter, MessageRow, Page, Paged, TenantScope, WebhookHealth, WebhooksRead};
use veracity_domain::webhooks::{EventType, MessageStatus};
use veracity_domain::{DomainError, JobId, MessageId, TenantId, WebhookId};

use super::{SqlReadModels, count, parse_id};
use crate::sql::checkpoints::WEBHOOKS;
use crate::sql::db_error;
use crate::sql::entities::{webhook_attempt, webhook_endpoint_health, webhook_message};

/// The target key of callback messages.
const CALLBACK: &str = "callback";

fn message_row(r: webhook_message::Model) -> Result<MessageRow, DomainError> {
    Ok(MessageRow {
        id: parse_id("message_id", &r.message_id)?,
        endpoint: (r.endpoint_id != CALLBACK).then(|| parse_id("endpoint_id", &r.endpoint_id)).transpose()?,
        url: r.url,
        event_type: EventType::parse(&r.event_type)
            .ok_or_else(|| DomainError::internal(format!("webhook_messages.event_type holds `{}`", r.event_type)))?,
        job: r.job_id.as_deref().map(|j| parse_id("job_id", j)).transpose()?,
        status: MessageStatus::parse(&r.status)
            .ok_or_else(|| DomainError::internal(format!("webhook_messages.status holds `{}`", r.status)))?,
        attempts: u32::try_from(r.attempts).unwrap_or(0),
        last_status_code: r.last_status_code.and_then(|c| u16::try_from(c).ok()),
        created_at: r.created_at,
        last_attempt_at: r.last_attempt_at,
        next_attempt_at: r.next_attempt_at,
        body: r.body,
    })
}

fn attempt_row(r: webhook_attempt::Model) -> Result<AttemptRow, DomainError> {
    Ok(AttemptRow {
        message: parse_id("message_id", &r.message_id)?,
        attempt: u32::try_from(r.attempt).unwrap_or(0),
        url: r.url,
        attempted_at: r.attempted_at,
        status_code: r.status_code.and_then(|c| u16::try_from(c).ok()),
        latency_ms: count(r.latency_ms),
        error: r.error,
        response_excerpt: r.response_excerpt,
    })
}

#[async_trait]
impl WebhooksRead for SqlReadModels {
    async fn list_messages(
        &self,
        scope: &TenantScope,
        endpoint: Option<WebhookId>,
        filter: &MessageFilter,
        page: &Page,
    ) -> Result<Paged<MessageRow>, DomainError> {
        let tenant = scope.tenant().to_string();
        let target = endpoint.map_or_else(|| CALLBACK.to_owned(), |e| e.to_string());
        let mut query = webhook_message::Entity::find()
            .filter(webhook_message::Column::TenantId.eq(tenant.clone()))
            .filter(webhook_message::Column::EndpointId.eq(target));
        if let Some(after) = &page.starting_after {
            let cursor = webhook_message::Entity::find_by_id(after.clone())
                .filter(webhook_message::Column::TenantId.eq(tenant))
                .one(&self.db)
                .await
                .map_err(db_error)?
                .ok_or_else(|| DomainError::invalid("starting_after", "no message has this id"))?;
            query = query.filter(webhook_message::Column::Sequence.lt(cursor.sequence));
        }
        if let Some(status) = filter.status {
            query = query.filter(webhook_message::Column::Status.eq(status.as_str()));
        }
        if let Some(event_type) = filter.event_type {
            query = query.filter(webhook_message::Column::EventType.eq(event_type.as_str()));
        }
        if let Some(since) = filter.since {
            query = query.filter(webhook_message::Column::CreatedAt.gte(since));
        }
        if let Some(until) = filter.until {
            query = query.filter(webhook_message::Column::CreatedAt.lt(until));
        }
        let rows = query.order_by_desc(webhook_message::Column::Sequence).limit(page.fetch()).all(&self.db).await.map_err(db_error)?;
        let rows = rows.into_iter().map(message_row).collect::<Result<Vec<_>, _>>()?;
        Ok(Paged::from_rows(rows, page, |m| m.id.to_string()))
    }

    async fn get_message(&self, scope: &TenantScope, message: MessageId) -> Result<Option<MessageRow>, DomainError> {
        let row = webhook_message::Entity::find_by_id(message.to_string())
            .filter(webhook_message::Column::TenantId.eq(scope.tenant().to_string()))
            .one(&self.db)
            .await
            .map_err(db_error)?;
        row.map(message_row).transpose()
    }

    async fn list_attempts(&self, scope: &TenantScope, message: MessageId, page: &Page) -> Result<Paged<AttemptRow>, DomainError> {
        let mut query = webhook_attempt::Entity::find()
            .filter(webhook_attempt::Column::TenantId.eq(scope.tenant().to_string()))
            .filter(webhook_attempt::Column::MessageId.eq(message.to_string()));
        if let Some(after) = &page.starting_after {
            let attempt: i32 = after.parse().map_err(|_| DomainError::invalid("starting_after", "must be an attempt number"))?;
            query = query.filter(webhook_attempt::Column::Attempt.lt(attempt));
        }
        let rows = query.order_by_desc(webhook_attempt::Column::Attempt).limit(page.fetch()).all(&self.db).await.map_err(db_error)?;
        let rows = rows.into_iter().map(attempt_row).collect::<Result<Vec<_>, _>>()?;
        Ok(Paged::from_rows(rows, page, |a| a.attempt.to_string()))
    }

    async fn job_deliveries(&self, scope: &TenantScope, job: JobId) -> Result<Vec<MessageRow>, DomainError> {
        let rows = webhook_message::Entity::find()
            .filter(webhook_message::Column::TenantId.eq(scope.tenant().to_string()))
            .filter(webhook_message::Column::JobId.eq(job.to_string()))
            .order_by_asc(webhook_message::Column::Sequence)
            .limit(100)
            .all(&self.db)
            .await
            .map_err(db_error)?;
        rows.into_iter().map(message_row).collect()
    }

    async fn failed_since(
        &self,
        scope: &TenantScope,
        endpoint: WebhookId,
        since: DateTime<Utc>,
        limit: u64,
    ) -> Result<Vec<MessageId>, DomainError> {
        let rows: Vec<String> = webhook_message::Entity::find()
            .select_only()
            .column(webhook_message::Column::MessageId)
            .filter(webhook_message::Column::TenantId.eq(scope.tenant().to_string()))
            .filter(webhook_message::Column::EndpointId.eq(endpoint.to_string()))
            .filter(webhook_message::Column::Status.eq(MessageStatus::Failed.as_str()))
            .filter(webhook_message::Column::CreatedAt.gte(since))
            .order_by_asc(webhook_message::Column::Sequence)
            .limit(limit)
            .into_tuple()
            .all(&self.db)
            .await
            .map_err(db_error)?;
        rows.iter().map(|id| parse_id("message_id", id)).collect()
    }

    async fn wait_for_webhooks(&self, sequence: u64) -> bool {
        self.wait_for(WEBHOOKS, sequence).await
    }
}

#[async_trait]
impl WebhookHealth for SqlReadModels {
    async fn failing_since(&self, tenant: TenantId, endpoint: WebhookId) -> Result<Option<DateTime<Utc>>, DomainError> {
        let row = webhook_endpoint_health::Entity::find_by_id(endpoint.to_string())
            .filter(webhook_endpoint_health::Column::TenantId.eq(tenant.to_string()))
            .one(&self.db)
            .await
            .map_err(db_error)?;
        Ok(row.and_then(|r| r.failing_since))
    }

    async fn backlog(&self) -> Result<Vec<(String, u64)>, DomainError> {
        let rows: Vec<(String, i64)> = webhook_message::Entity::find()
            .select_only()
            .column(webhook_message::Column::EndpointId)
            .column_as(Expr::col(webhook_message::Column::MessageId).count(), "pending")
            .filter(webhook_message::Column::Status.eq(MessageStatus::Pending.as_str()))
            .group_by(webhook_message::Column::EndpointId)
            .into_tuple()
            .all(&self.db)
            .await
            .map_err(db_error)?;
        Ok(rows.into_iter().map(|(target, n)| (target, count(n))).collect())
    }
}
