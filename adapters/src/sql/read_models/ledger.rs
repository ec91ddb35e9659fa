//! The audit log and the credit ledger as the API lists them.

use async_trait::async_trait;
use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect};
use veracity_domain::DomainError;
use veracity_domain::billing::Balance;
use veracity_domain::ports::{
    AuditFilter, AuditRead, AuditRow, LedgerEntryType, LedgerFilter, LedgerRead, LedgerRow, Page, Paged, TenantScope, UsageGrouping,
    UsageRow,
};

use super::{SqlReadModels, count, parse_name};
use crate::sql::db_error;
use crate::sql::entities::{audit_entry, credit_entry};

fn audit_row(r: audit_entry::Model) -> AuditRow {
    AuditRow {
        id: r.entry_id,
        entry_type: r.entry_type,
        occurred_at: r.occurred_at,
        actor: r.actor,
        ip: r.ip,
        target_type: r.target_type,
        target_id: r.target_id,
        request_id: r.request_id,
        details: serde_json::from_str(&r.details).unwrap_or_default(),
    }
}

#[async_trait]
impl AuditRead for SqlReadModels {
    async fn list_audit(&self, scope: &TenantScope, filter: &AuditFilter, page: &Page) -> Result<Paged<AuditRow>, DomainError> {
        let tenant = scope.tenant().to_string();
        let mut query = audit_entry::Entity::find().filter(audit_entry::Column::TenantId.eq(tenant.clone()));
        if let Some(after) = &page.starting_after {
            let cursor = audit_entry::Entity::find_by_id(after.clone())
                .filter(audit_entry::Column::TenantId.eq(tenant))
                .one(&self.db)
                .await
                .map_err(db_error)?
                .ok_or_else(|| DomainError::invalid("starting_after", "no audit entry has this id"))?;
            query = query.filter(audit_entry::Column::Sequence.lt(cursor.sequence));
        }
        if let Some(entry_type) = &filter.entry_type {
            query = query.filter(audit_entry::Column::EntryType.eq(entry_type.as_str()));
        }
        if let Some(actor) = &filter.actor {
            query = query.filter(audit_entry::Column::Actor.eq(actor.as_str()));
        }
        if let Some(since) = filter.since {
            query = query.filter(audit_entry::Column::OccurredAt.gte(since));
        }
        if let Some(until) = filter.until {
            query = query.filter(audit_entry::Column::OccurredAt.lt(until));
        }
        let rows = query.order_by_desc(audit_entry::Column::Sequence).limit(page.fetch()).all(&self.db).await.map_err(db_error)?;
        Ok(Paged::from_rows(rows.into_iter().map(audit_row).collect(), page, |e| e.id.clone()))
    }
}

fn ledger_row(r: credit_entry::Model) -> Result<LedgerRow, DomainError> {
    let entry_type = LedgerEntryType::parse(&r.entry_type)
        .ok_or_else(|| DomainError::internal(format!("read model column entry_type holds `{}`", r.entry_type)))?;
    Ok(LedgerRow {
        id: r.entry_id,
        entry_type,
        occurred_at: r.occurred_at,
        amount: count(r.amount),
        job: r.job_id,
        media_type: r.media_type.as_deref().map(|m| parse_name("media_type", m)).transpose()?,
        reference: r.reference,
        description: r.description,
        balance_after: Balance {
            available: count(r.available),
            reserved: count(r.reserved),
            granted: count(r.granted),
            expiring: count(r.expiring),
            purchased: count(r.purchased),
            owed: count(r.owed),
        },
    })
}

#[async_trait]
impl LedgerRead for SqlReadModels {
    async fn list_ledger(&self, scope: &TenantScope, filter: &LedgerFilter, page: &Page) -> Result<Paged<LedgerRow>, DomainError> {
        let tenant = scope.tenant().to_string();
        let mut query = credit_entry::Entity::find().filter(credit_entry::Column::TenantId.eq(tenant.clone()));
        if let Some(after) = &page.starting_after {
            let cursor = credit_entry::Entity::find_by_id(after.clone())
                .filter(credit_entry::Column::TenantId.eq(tenant))
                .one(&self.db)
                .await
                .map_err(db_error)?
                .ok_or_else(|| DomainError::invalid("starting_after", "no ledger entry has this id"))?;
            query = query.filter(credit_entry::Column::Sequence.lt(cursor.sequence));
        }
        if let Some(entry_type) = filter.entry_type {
            query = query.filter(credit_entry::Column::EntryType.eq(entry_type.as_str()));
        }
        if let Some(job) = &filter.job {
            query = query.filter(credit_entry::Column::JobId.eq(job.as_str()));
        }
        if let Some(since) = filter.since {
            query = query.filter(credit_entry::Column::OccurredAt.gte(since));
        }
        if let Some(until) = filter.until {
            query = query.filter(credit_entry::Column::OccurredAt.lt(until));
        }
        let rows = query.order_by_desc(credit_entry::Column::Sequence).limit(page.fetch()).all(&self.db).await.map_err(db_error)?;
        let rows = rows.into_iter().map(ledger_row).collect::<Result<Vec<_>, _>>()?;
        Ok(Paged::from_rows(rows, page, |e| e.id.clone()))
    }

    async fn credit_usage(
        &self,
        scope: &TenantScope,
        from: DateTime<Utc>,
        to: DateTime<Utc>,
        group_by: UsageGrouping,
    ) -> Result<Vec<UsageRow>, DomainError> {
        let column = match group_by {
            UsageGrouping::Day => credit_entry::Column::Day,
            UsageGrouping::MediaType => credit_entry::Column::MediaType,
        };
        let rows: Vec<(Option<String>, i64, i64)> = credit_entry::Entity::find()
            .select_only()
            .column(column)
            .column_as(Expr::cust("CAST(SUM(amount) AS BIGINT)"), "credits")
            .column_as(Expr::cust("CAST(COUNT(*) AS BIGINT)"), "jobs")
            .filter(credit_entry::Column::TenantId.eq(scope.tenant().to_string()))
            .filter(credit_entry::Column::EntryType.eq(LedgerEntryType::Captured.as_str()))
            .filter(credit_entry::Column::OccurredAt.gte(from))
            .filter(credit_entry::Column::OccurredAt.lt(to))
            .group_by(column)
            .order_by_asc(column)
            .into_tuple()
            .all(&self.db)
            .await
            .map_err(db_error)?;
        Ok(rows
            .into_iter()
            .map(|(key, credits, jobs)| UsageRow {
                key: key.unwrap_or_else(|| "unknown".into()),
                credits: count(credits),
                jobs: count(jobs),
            })
            .collect())
    }
}
