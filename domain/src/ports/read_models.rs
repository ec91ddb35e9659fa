//! The read side: SQL read models (projections of the log) as tenant-scoped repositories.
//!
//! Every query takes a [`TenantScope`], which only authentication makes, so a read without a
//! tenant cannot be written; another tenant's row is simply not found. Lists page with one
//! cursor scheme ([`Page`] in, [`Paged`] out).

use async_trait::async_trait;
use chrono::{DateTime, NaiveDate, Utc};

use super::webhooks::WebhooksRead;
use crate::accounts::Role;
use crate::accounts::events::MemberStatus;
use crate::billing::Balance;
use crate::detection::{Check, FailureCode, JobStatus, MediaType, Verdict};
use crate::error::DomainError;
use crate::ids::{ApiKeyId, JobId, TenantId, UserId};

/// The tenant a request proved it acts for. Made by the API's authentication extractors (and
/// by the workers for their own bookkeeping); `scripts/check-architecture` fails on any other
/// caller of [`TenantScope::authenticated`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TenantScope(TenantId);

impl TenantScope {
    pub fn authenticated(tenant: TenantId) -> Self {
        Self(tenant)
    }

    pub fn tenant(&self) -> TenantId {
        self.0
    }
}

/// A page request: at most `limit` rows after the row whose id is `starting_after`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Page {
    pub limit: u64,
    pub starting_after: Option<String>,
}

impl Page {
    pub const DEFAULT_LIMIT: u64 = 20;
    pub const MAX_LIMIT: u64 = 100;

    /// `limit` must be 1-100 (default 20).
    pub fn new(limit: Option<u64>, starting_after: Option<String>) -> Result<Page, DomainError> {
        let limit = match limit {
            None => Self::DEFAULT_LIMIT,
            Some(n) if (1..=Self::MAX_LIMIT).contains(&n) => n,
            Some(_) => return Err(DomainError::invalid("limit", format!("must be 1-{}", Self::MAX_LIMIT))),
        };
        Ok(Page { limit, starting_after })
    }

    /// How many rows to fetch: one more than the page, to tell whether another follows.
    pub fn fetch(&self) -> u64 {
        self.limit + 1
    }
}

/// One page of rows, newest first.
#[derive(Debug, Clone, PartialEq)]
pub struct Paged<T> {
    pub data: Vec<T>,
    pub has_more: bool,
    /// Pass as `starting_after` for the next page.
    pub next_cursor: Option<String>,
}

impl<T> Paged<T> {
    /// Cuts `rows` (fetched with [`Page::fetch`]) to the page; `cursor` names a row.
    pub fn from_rows(mut rows: Vec<T>, page: &Page, cursor: impl Fn(&T) -> String) -> Self {
        let has_more = rows.len() as u64 > page.limit;
        rows.truncate(page.limit as usize);
        let next_cursor = if has_more { rows.last().map(cursor) } else { None };
        Paged { data: rows, has_more, next_cursor }
    }

    pub fn map<U>(self, f: impl FnMut(T) -> U) -> Paged<U> {
        Paged { data: self.data.into_iter().map(f).collect(), has_more: self.has_more, next_cursor: self.next_cursor }
    }
}

/// Which jobs a list shows.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct JobFilter {
    pub status: Option<JobStatus>,
    pub media_type: Option<MediaType>,
    pub verdict: Option<Verdict>,
    pub created_after: Option<DateTime<Utc>>,
    pub created_before: Option<DateTime<Utc>>,
}

/// A job without its findings.
#[derive(Debug, Clone, PartialEq)]
pub struct JobRow {
    pub id: JobId,
    pub status: JobStatus,
    pub media_type: Option<MediaType>,
    pub check: Option<Check>,
    pub verdict: Option<Verdict>,
    pub risk_score: Option<i32>,
    pub error_code: Option<FailureCode>,
    pub created_at: DateTime<Utc>,
    pub completed_at: Option<DateTime<Utc>>,
    pub media_deleted: bool,
}

#[async_trait]
pub trait JobsRead: Send + Sync {
    /// The tenant's jobs that are not deleted, newest first.
    async fn list_jobs(&self, scope: &TenantScope, filter: &JobFilter, page: &Page) -> Result<Paged<JobRow>, DomainError>;
}

#[derive(Debug, Clone, PartialEq)]
pub struct MemberRow {
    pub user: UserId,
    pub email: String,
    pub role: Role,
    pub status: MemberStatus,
    pub created_at: DateTime<Utc>,
}

#[async_trait]
pub trait MembersRead: Send + Sync {
    /// Every member, oldest first.
    async fn list_members(&self, scope: &TenantScope) -> Result<Vec<MemberRow>, DomainError>;
    async fn get_member(&self, scope: &TenantScope, user: UserId) -> Result<Option<MemberRow>, DomainError>;
}

/// An API key as listed: never its secret.
#[derive(Debug, Clone, PartialEq)]
pub struct ApiKeyRow {
    pub id: ApiKeyId,
    pub name: String,
    pub prefix: String,
    pub last4: String,
    pub scopes: Vec<String>,
    pub daily_limit: u32,
    pub rate_limit_per_minute: u32,
    pub allowed_ips: Vec<String>,
    pub expires_at: Option<DateTime<Utc>>,
    pub created_at: DateTime<Utc>,
    pub created_by: String,
    pub last_used_at: Option<DateTime<Utc>>,
    pub rotated_at: Option<DateTime<Utc>>,
    pub previous_valid_until: Option<DateTime<Utc>>,
    pub revoked_at: Option<DateTime<Utc>>,
    /// Requests on the day asked for (UTC).
    pub usage: u64,
}

#[async_trait]
pub trait ApiKeysRead: Send + Sync {
    /// The tenant's keys, newest first, each with its usage on `day`.
    async fn list_keys(&self, scope: &TenantScope, page: &Page, day: NaiveDate) -> Result<Paged<ApiKeyRow>, DomainError>;
    async fn get_key(&self, scope: &TenantScope, key: ApiKeyId, day: NaiveDate) -> Result<Option<ApiKeyRow>, DomainError>;
}

/// Which audit entries a list shows.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AuditFilter {
    pub entry_type: Option<String>,
    pub actor: Option<String>,
    pub since: Option<DateTime<Utc>>,
    pub until: Option<DateTime<Utc>>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct AuditRow {
    pub id: String,
    pub entry_type: String,
    pub occurred_at: DateTime<Utc>,
    pub actor: String,
    pub ip: Option<String>,
    pub target_type: Option<String>,
    pub target_id: Option<String>,
    pub request_id: Option<String>,
    pub details: serde_json::Value,
}

#[async_trait]
pub trait AuditRead: Send + Sync {
    /// Newest first; a `starting_after` that names no entry of the tenant is invalid.
    async fn list_audit(&self, scope: &TenantScope, filter: &AuditFilter, page: &Page) -> Result<Paged<AuditRow>, DomainError>;
}

/// What a ledger line records.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum LedgerEntryType {
    Granted,
    Purchased,
    Reserved,
    Captured,
    Released,
    Refunded,
    Expired,
    LowBalance,
    PlanChanged,
}

impl LedgerEntryType {
    pub const ALL: [LedgerEntryType; 9] = [
        LedgerEntryType::Granted,
        LedgerEntryType::Purchased,
        LedgerEntryType::Reserved,
        LedgerEntryType::Captured,
        LedgerEntryType::Released,
        LedgerEntryType::Refunded,
        LedgerEntryType::Expired,
        LedgerEntryType::LowBalance,
        LedgerEntryType::PlanChanged,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            LedgerEntryType::Granted => "granted",
            LedgerEntryType::Purchased => "purchased",
            LedgerEntryType::Reserved => "reserved",
            LedgerEntryType::Captured => "captured",
            LedgerEntryType::Released => "released",
            LedgerEntryType::Refunded => "refunded",
            LedgerEntryType::Expired => "expired",
            LedgerEntryType::LowBalance => "low_balance",
            LedgerEntryType::PlanChanged => "plan_changed",
        }
    }

    pub fn parse(text: &str) -> Option<LedgerEntryType> {
        Self::ALL.into_iter().find(|t| t.as_str() == text)
    }
}

/// Which ledger lines a list shows.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct LedgerFilter {
    pub entry_type: Option<LedgerEntryType>,
    pub job: Option<String>,
    pub since: Option<DateTime<Utc>>,
    pub until: Option<DateTime<Utc>>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct LedgerRow {
    pub id: String,
    pub entry_type: LedgerEntryType,
    pub occurred_at: DateTime<Utc>,
    pub amount: u64,
    pub job: Option<String>,
    pub media_type: Option<MediaType>,
    pub reference: Option<String>,
    pub description: String,
    pub balance_after: Balance,
}

/// How credit usage is grouped.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UsageGrouping {
    /// By UTC day, `YYYY-MM-DD`.
    Day,
    MediaType,
}

/// Credits spent on completed jobs in one group.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UsageRow {
    /// The day or media type; `unknown` when the entry has none.
    pub key: String,
    pub credits: u64,
    pub jobs: u64,
}

#[async_trait]
pub trait LedgerRead: Send + Sync {
    /// Newest first; a `starting_after` that names no entry of the tenant is invalid.
    async fn list_ledger(&self, scope: &TenantScope, filter: &LedgerFilter, page: &Page) -> Result<Paged<LedgerRow>, DomainError>;
    /// Captured credits in `[from, to)`, grouped, in ascending key order.
    async fn credit_usage(
        &self,
        scope: &TenantScope,
        from: DateTime<Utc>,
        to: DateTime<Utc>,
        group_by: UsageGrouping,
    ) -> Result<Vec<UsageRow>, DomainError>;
}

/// How far the read models have caught up with the log.
#[async_trait]
pub trait ReadProgress: Send + Sync {
    /// Waits (a few seconds at most) until the read model that lists accounts, members and keys
    /// has applied the event at `sequence`, so a read right after a write sees it. False on
    /// timeout; the write itself is stored either way.
    async fn wait_for_accounts(&self, sequence: u64) -> bool;
    /// Whether the read-model database answers.
    async fn ping(&self) -> Result<(), DomainError>;
}

/// Every read model, as one handle for the API.
pub trait ReadModels: JobsRead + MembersRead + ApiKeysRead + AuditRead + LedgerRead + WebhooksRead + ReadProgress {}

impl<T: JobsRead + MembersRead + ApiKeysRead + AuditRead + LedgerRead + WebhooksRead + ReadProgress> ReadModels for T {}
