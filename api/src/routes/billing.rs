//! `/v1/billing/…`: the credit balance, the ledger, usage, the plan, credit packs and their
//! Stripe checkout (admin API), and the Stripe webhook that pays for them.

use chrono::{DateTime, Datelike, TimeZone, Utc};
use poem::web::Data;
use poem_openapi::param::{Header, Query};
use poem_openapi::payload::Json;
use poem_openapi::{ApiResponse, OpenApi};
use veracity_app::AppError;
use veracity_domain::DomainError;
use veracity_domain::accounts::{Permission, Plan};
use veracity_domain::billing::CreditPack;
use veracity_domain::ports::{LedgerFilter, Page};

use super::ApiTags;
use crate::error::{ApiError, ErrorCode};
use crate::extract::AdminUser;
use crate::state::AppState;

mod stripe_webhook;
mod views;

pub use stripe_webhook::StripeWebhookApi;
use views::*;

pub struct BillingApi;

/// `Idempotency-Key` of a checkout: forwarded to Stripe, which answers a retry with the same
/// session for 24 hours.
type IdempotencyKey = Header<Option<String>>;

#[derive(ApiResponse)]
pub enum CheckoutResponse {
    /// The Checkout Session exists: send the buyer to its `url`.
    #[oai(status = 201)]
    Created(Json<CheckoutView>),
}

#[OpenApi(tag = "ApiTags::Billing")]
impl BillingApi {
    /// Get the credit balance
    ///
    /// What the organisation can spend now, what running jobs hold, and where the credits
    /// came from. Read from the ledger itself, so it includes the request just made. A FREE
    /// organisation's monthly allowance (100 credits) is granted on first use each month and
    /// lapses when the month ends (UTC). Owners, admins and billing members.
    #[oai(path = "/v1/billing/balance", method = "get", operation_id = "getBalance")]
    async fn balance(&self, state: Data<&AppState>, admin: AdminUser) -> Result<Json<BalanceView>, ApiError> {
        admin.require(Permission::ReadBilling)?;
        let account = state.ledger.balance(admin.tenant, &admin.request_id).await?;
        Ok(Json(BalanceView::new(account.balance, account.plan)))
    }

    /// List ledger entries
    ///
    /// Every change to the credit account, newest first, each with the balance it left:
    /// `granted` (monthly allowance, promotion, operator), `purchased`, `reserved` (a job was
    /// submitted: its worst-case price is held), `captured` (the job completed: its price is
    /// spent, the rest returns), `released` (the job failed or was cancelled), `refunded`,
    /// `expired`, `low_balance` and `plan_changed`. Filter by `type`, `job_id` and a time range;
    /// page with `starting_after`.
    #[oai(path = "/v1/billing/ledger", method = "get", operation_id = "listLedgerEntries")]
    #[allow(clippy::too_many_arguments)]
    async fn ledger(
        &self,
        state: Data<&AppState>,
        admin: AdminUser,
        /// 1-100, default 20.
        #[oai(validator(minimum(value = "1"), maximum(value = "100")))]
        limit: Query<Option<u64>>,
        /// The `id` of the last entry of the previous page.
        starting_after: Query<Option<String>>,
        /// Only entries of this type.
        #[oai(name = "type")]
        entry_type: Query<Option<EntryType>>,
        /// Only the entries of this job.
        job_id: Query<Option<String>>,
        /// Only entries at or after this time (RFC 3339).
        since: Query<Option<DateTime<Utc>>>,
        /// Only entries before this time (RFC 3339).
        until: Query<Option<DateTime<Utc>>>,
    ) -> Result<Json<LedgerPage>, ApiError> {
        admin.require(Permission::ReadBilling)?;
        let page = Page::new(limit.0, starting_after.0)?;
        let filter = LedgerFilter { entry_type: entry_type.0.map(Into::into), job: job_id.0, since: since.0, until: until.0 };
        let entries = state.reads.list_ledger(&admin.scope, &filter, &page).await?.map(LedgerEntry::from);
        let (data, has_more, next_cursor) = (entries.data, entries.has_more, entries.next_cursor);
        Ok(Json(LedgerPage { data, has_more, next_cursor }))
    }

    /// Get credit usage
    ///
    /// Credits spent on completed jobs between `from` (default: the start of this month, UTC)
    /// and `to` (default: now), grouped by `day` (UTC) or by `media_type`. Failed and
    /// cancelled jobs cost nothing and are not counted. Reads (`GET /v1/jobs`) are free.
    #[oai(path = "/v1/billing/usage", method = "get", operation_id = "getCreditUsage")]
    async fn usage(
        &self,
        state: Data<&AppState>,
        admin: AdminUser,
        /// Start of the period (RFC 3339), inclusive.
        from: Query<Option<DateTime<Utc>>>,
        /// End of the period (RFC 3339), exclusive.
        to: Query<Option<DateTime<Utc>>>,
        /// `day` (default) or `media_type`.
        group_by: Query<Option<GroupBy>>,
    ) -> Result<Json<UsageView>, ApiError> {
        admin.require(Permission::ReadBilling)?;
        let now = state.clock.now();
        let from = from.0.unwrap_or_else(|| Utc.with_ymd_and_hms(now.year(), now.month(), 1, 0, 0, 0).single().unwrap_or(now));
        let to = to.0.unwrap_or(now);
        if from >= to {
            return Err(DomainError::invalid("from", "must be before `to`").into());
        }
        let group_by = group_by.0.unwrap_or(GroupBy::Day);
        let rows = state.reads.credit_usage(&admin.scope, from, to, group_by.into()).await?;
        let data: Vec<UsageGroup> = rows.into_iter().map(|r| UsageGroup { key: r.key, credits: r.credits, jobs: r.jobs }).collect();
        let (credits, jobs) = data.iter().fold((0, 0), |(c, j), g| (c + g.credits, j + g.jobs));
        Ok(Json(UsageView { from, to, group_by, credits, jobs, data }))
    }

    /// Get the plan
    ///
    /// The organisation's plan and what it sets: jobs run at once (the rest wait in the
    /// queue), the default per-minute rate limit of new API keys, and the monthly allowance;
    /// with the price of each kind of job. Owners, admins and billing members.
    #[oai(path = "/v1/billing/plan", method = "get", operation_id = "getPlan")]
    async fn plan(&self, state: Data<&AppState>, admin: AdminUser) -> Result<Json<PlanView>, ApiError> {
        admin.require(Permission::ReadBilling)?;
        let account = state.ledger.balance(admin.tenant, &admin.request_id).await?;
        Ok(Json(PlanView::new(account.plan, &state.billing.pricing)))
    }

    /// Change the plan
    ///
    /// Moves the organisation to a plan that costs no more, at once (FREE always). A higher
    /// plan is paid for: it is set by your operator (`veracity admin plan`), and asking for it
    /// here answers 402 `PLAN_REQUIRES_PAYMENT` with the current `plan`. Recorded as a
    /// `plan_changed` ledger entry and in the audit log. Concurrency limits apply to jobs that
    /// start from now on; existing API keys keep their rate limits. Owners, admins and billing
    /// members.
    #[oai(path = "/v1/billing/plan", method = "put", operation_id = "changePlan")]
    async fn change_plan(&self, state: Data<&AppState>, admin: AdminUser, body: Json<ChangePlan>) -> Result<Json<PlanView>, ApiError> {
        admin.require(Permission::ManageBilling)?;
        let plan: Plan = body.0.plan.into();
        let committed = state
            .ledger
            .change_plan_as_member(admin.tenant, plan, admin.user.into(), &admin.request_id)
            .await?
            .map_err(|current| AppError::PlanRequiresPayment { current, requested: plan })?;
        state.settled(committed.appended).await;
        Ok(Json(PlanView::new(committed.plan, &state.billing.pricing)))
    }

    /// List credit packs
    ///
    /// The packs of credits on sale. Buy one with `POST /v1/billing/checkout`.
    #[oai(path = "/v1/billing/packs", method = "get", operation_id = "listCreditPacks")]
    async fn packs(&self, state: Data<&AppState>, admin: AdminUser) -> Result<Json<Vec<PackView>>, ApiError> {
        admin.require(Permission::ReadBilling)?;
        Ok(Json(state.billing.packs.iter().map(PackView::from).collect()))
    }

    /// Buy a credit pack
    ///
    /// Creates a Stripe Checkout Session for the pack and returns its `url`: send the buyer
    /// there. The credits arrive once Stripe reports the payment (`checkout.session.completed`,
    /// paid) to the webhook, exactly once per payment. Send an `Idempotency-Key` to make
    /// retries safe: Stripe answers them with the same session. Owners, admins and billing
    /// members; 503 `PAYMENTS_DISABLED` where no Stripe keys are configured.
    #[oai(path = "/v1/billing/checkout", method = "post", operation_id = "createCheckout")]
    async fn checkout(
        &self,
        state: Data<&AppState>,
        admin: AdminUser,
        body: Json<CheckoutRequest>,
        #[oai(name = "Idempotency-Key", validator(max_length = 255, pattern = r"^[!-~]+$"))] idempotency_key: IdempotencyKey,
    ) -> Result<CheckoutResponse, ApiError> {
        admin.require(Permission::ManageBilling)?;
        let pack = find_pack(&state.billing.packs, &body.0.pack)?;
        let Some(checkout) = &state.billing.checkout else {
            return Err(ApiError::new(ErrorCode::PaymentsDisabled, "this deployment sells no credits: it has no Stripe keys configured"));
        };
        if let Some(key) = &idempotency_key.0 {
            crate::detect::idempotency::check_key(key)?;
        }
        let link = checkout.create_session(admin.tenant, pack, idempotency_key.0.as_deref()).await?;
        let expires_at = DateTime::from_timestamp(link.expires_at, 0).unwrap_or_else(|| state.clock.now());
        Ok(CheckoutResponse::Created(Json(CheckoutView { id: link.id, url: link.url, expires_at, pack: PackView::from(pack) })))
    }
}

fn find_pack<'a>(packs: &'a [CreditPack], id: &str) -> Result<&'a CreditPack, ApiError> {
    packs.iter().find(|p| p.id == id).ok_or_else(|| {
        let ids: Vec<&str> = packs.iter().map(|p| p.id.as_str()).collect();
        ApiError::new(ErrorCode::UnknownPack, format!("no credit pack `{id}`; packs on sale: {}", ids.join(", ")))
            .with_extension("packs", serde_json::json!(ids))
    })
}
