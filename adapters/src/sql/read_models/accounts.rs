//! Jobs, members and API keys as the API lists them.

use async_trait::async_trait;
use chrono::NaiveDate;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect};
use veracity_domain::ports::{ApiKeyRow, ApiKeysRead, JobFilter, JobRow, JobsRead, MemberRow, MembersRead, Page, Paged, TenantScope};
use veracity_domain::{ApiKeyId, DomainError, UserId};

use super::{SqlReadModels, count, parse_id, parse_name};
use crate::sql::db_error;
use crate::sql::entities::{api_key, api_key_usage, job, member};

fn job_row(r: job::Model) -> Result<JobRow, DomainError> {
    Ok(JobRow {
        id: parse_id("job_id", &r.job_id)?,
        status: parse_name("status", &r.status)?,
        media_type: r.media_type.as_deref().map(|m| parse_name("media_type", m)).transpose()?,
        check: r.check_kind.as_deref().map(|c| parse_name("check_kind", c)).transpose()?,
        verdict: r.verdict.as_deref().map(|v| parse_name("verdict", v)).transpose()?,
        risk_score: r.risk_score,
        error_code: r.failure_code.as_deref().map(|c| parse_name("failure_code", c)).transpose()?,
        created_at: r.created_at,
        completed_at: r.finished_at,
        media_deleted: r.media_purged_at.is_some(),
    })
}

#[async_trait]
impl JobsRead for SqlReadModels {
    async fn list_jobs(&self, scope: &TenantScope, filter: &JobFilter, page: &Page) -> Result<Paged<JobRow>, DomainError> {
        let mut query =
            job::Entity::find().filter(job::Column::TenantId.eq(scope.tenant().to_string())).filter(job::Column::Deleted.eq(false));
        if let Some(status) = filter.status {
            query = query.filter(job::Column::Status.eq(status.as_str()));
        }
        if let Some(media_type) = filter.media_type {
            query = query.filter(job::Column::MediaType.eq(media_type.as_str()));
        }
        if let Some(verdict) = filter.verdict {
            query = query.filter(job::Column::Verdict.eq(verdict.as_str()));
        }
        if let Some(after) = filter.created_after {
            query = query.filter(job::Column::CreatedAt.gt(after));
        }
        if let Some(before) = filter.created_before {
            query = query.filter(job::Column::CreatedAt.lt(before));
        }
        if let Some(after) = &page.starting_after {
            query = query.filter(job::Column::JobId.lt(after.as_str()));
        }
        let rows = query.order_by_desc(job::Column::JobId).limit(page.fetch()).all(&self.db).await.map_err(db_error)?;
        let rows = rows.into_iter().map(job_row).collect::<Result<Vec<_>, _>>()?;
        Ok(Paged::from_rows(rows, page, |j| j.id.to_string()))
    }
}

fn member_row(r: member::Model) -> Result<MemberRow, DomainError> {
    Ok(MemberRow {
        user: parse_id("user_id", &r.user_id)?,
        email: r.email,
        role: parse_name("role", &r.role)?,
        status: parse_name("status", &r.status)?,
        created_at: r.created_at,
    })
}

#[async_trait]
impl MembersRead for SqlReadModels {
    async fn list_members(&self, scope: &TenantScope) -> Result<Vec<MemberRow>, DomainError> {
        let rows = member::Entity::find()
            .filter(member::Column::TenantId.eq(scope.tenant().to_string()))
            .order_by_asc(member::Column::CreatedAt)
            .all(&self.db)
            .await
            .map_err(db_error)?;
        rows.into_iter().map(member_row).collect()
    }

    async fn get_member(&self, scope: &TenantScope, user: UserId) -> Result<Option<MemberRow>, DomainError> {
        let row = member::Entity::find()
            .filter(member::Column::TenantId.eq(scope.tenant().to_string()))
            .filter(member::Column::UserId.eq(user.to_string()))
            .one(&self.db)
            .await
            .map_err(db_error)?;
        row.map(member_row).transpose()
    }
}

fn key_row(r: api_key::Model, usage: u64) -> Result<ApiKeyRow, DomainError> {
    let json_list = |column: &str, text: &str| {
        serde_json::from_str::<Vec<String>>(text).map_err(|e| DomainError::internal(format!("read model column {column}: {e}")))
    };
    Ok(ApiKeyRow {
        id: parse_id("key_id", &r.key_id)?,
        scopes: json_list("scopes", &r.scopes)?,
        allowed_ips: json_list("allowed_ips", &r.allowed_ips)?,
        name: r.name,
        prefix: r.prefix,
        last4: r.last4,
        daily_limit: u32::try_from(r.daily_limit).unwrap_or(u32::MAX),
        rate_limit_per_minute: u32::try_from(r.rate_limit_per_minute).unwrap_or(u32::MAX),
        expires_at: r.expires_at,
        created_at: r.created_at,
        created_by: r.created_by,
        last_used_at: r.last_used_at,
        rotated_at: r.rotated_at,
        previous_valid_until: r.previous_valid_until,
        revoked_at: r.revoked_at,
        usage,
    })
}

#[async_trait]
impl ApiKeysRead for SqlReadModels {
    async fn list_keys(&self, scope: &TenantScope, page: &Page, day: NaiveDate) -> Result<Paged<ApiKeyRow>, DomainError> {
        let mut query = api_key::Entity::find().filter(api_key::Column::TenantId.eq(scope.tenant().to_string()));
        if let Some(after) = &page.starting_after {
            query = query.filter(api_key::Column::KeyId.lt(after.as_str()));
        }
        let rows = query.order_by_desc(api_key::Column::KeyId).limit(page.fetch()).all(&self.db).await.map_err(db_error)?;
        let ids: Vec<String> = rows.iter().map(|r| r.key_id.clone()).collect();
        let usage = api_key_usage::Entity::find()
            .filter(api_key_usage::Column::KeyId.is_in(ids))
            .filter(api_key_usage::Column::Day.eq(api_key_usage::day_key(day)))
            .all(&self.db)
            .await
            .map_err(db_error)?;
        let used = |id: &str| usage.iter().find(|u| u.key_id == id).map_or(0, |u| count(u.request_count));
        let rows = rows
            .into_iter()
            .map(|row| {
                let usage = used(&row.key_id);
                key_row(row, usage)
            })
            .collect::<Result<Vec<_>, _>>()?;
        Ok(Paged::from_rows(rows, page, |k| k.id.to_string()))
    }

    async fn get_key(&self, scope: &TenantScope, key: ApiKeyId, day: NaiveDate) -> Result<Option<ApiKeyRow>, DomainError> {
        let Some(row) = api_key::Entity::find()
            .filter(api_key::Column::TenantId.eq(scope.tenant().to_string()))
            .filter(api_key::Column::KeyId.eq(key.to_string()))
            .one(&self.db)
            .await
            .map_err(db_error)?
        else {
            return Ok(None);
        };
        let usage = api_key_usage::Entity::find_by_id((key.to_string(), api_key_usage::day_key(day)))
            .one(&self.db)
            .await
            .map_err(db_error)?
            .map_or(0, |u| count(u.request_count));
        key_row(row, usage).map(Some)
    }
}
