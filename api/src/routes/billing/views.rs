//! What the billing endpoints answer, with their examples.

use chrono::{DateTime, Utc};
use poem_openapi::Object;
use poem_openapi::types::Example;
use veracity_domain::accounts::Plan;
use veracity_domain::billing::{Balance, CreditPack, Pricing};
use veracity_domain::ports::{LedgerEntryType, LedgerRow, UsageGrouping};

use crate::detect::view::MediaTypeView;
use crate::enums::mirror_enum;

mirror_enum! {
    /// What a ledger entry records.
    EntryType as "LedgerEntryType" <=> LedgerEntryType { Granted, Purchased, Reserved, Captured, Released, Refunded, Expired, LowBalance, PlanChanged }
}

fn at(text: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(text).expect("valid").with_timezone(&Utc)
}

/// Credits by state and source.
#[derive(Debug, Object)]
pub struct Credits {
    /// What new jobs can spend: `granted` + `purchased` − `owed`.
    pub available: u64,
    /// Held by jobs that are queued or running (their worst-case price).
    pub reserved: u64,
    /// Granted credits (monthly allowance, promotions, operators)…
    pub granted: u64,
    /// …of which this many expire (the monthly allowance lapses when the month ends, UTC).
    pub expiring: u64,
    /// Bought credits; they never expire.
    pub purchased: u64,
    /// Credits refunded through Stripe after they were spent: the next credits cover them
    /// before any can be used.
    pub owed: u64,
}

impl From<Balance> for Credits {
    fn from(b: Balance) -> Self {
        Credits {
            available: b.available,
            reserved: b.reserved,
            granted: b.granted,
            expiring: b.expiring,
            purchased: b.purchased,
            owed: b.owed,
        }
    }
}

/// The organisation's credits and plan.
#[derive(Debug, Object)]
#[oai(example)]
pub struct BalanceView {
    #[oai(flatten)]
    pub credits: Credits,
    pub plan: PlanName,
}

impl BalanceView {
    pub fn new(balance: Balance, plan: Plan) -> Self {
        Self { credits: balance.into(), plan: plan.into() }
    }
}

impl Example for BalanceView {
    fn example() -> Self {
        let balance = Balance { available: 586, reserved: 12, granted: 86, expiring: 86, purchased: 500, owed: 0 };
        BalanceView::new(balance, Plan::Free)
    }
}

/// One change to the credit account.
#[derive(Debug, Object)]
#[oai(example)]
#[oai(skip_serializing_if_is_none)]
pub struct LedgerEntry {
    pub id: String,
    #[oai(rename = "type")]
    pub entry_type: EntryType,
    pub occurred_at: DateTime<Utc>,
    /// Credits moved (for `low_balance`: the threshold crossed; `plan_changed`: 0).
    pub amount: u64,
    pub job_id: Option<String>,
    pub media_type: Option<MediaTypeView>,
    /// The grant id, purchase (Stripe payment) or Stripe event the entry refers to.
    pub reference: Option<String>,
    pub description: String,
    // The balance right after this entry (described by its type).
    pub balance_after: Credits,
}

impl From<LedgerRow> for LedgerEntry {
    fn from(row: LedgerRow) -> Self {
        LedgerEntry {
            id: row.id,
            entry_type: row.entry_type.into(),
            occurred_at: row.occurred_at,
            amount: row.amount,
            job_id: row.job,
            media_type: row.media_type.map(Into::into),
            reference: row.reference,
            description: row.description,
            balance_after: Credits::from(row.balance_after),
        }
    }
}

impl Example for LedgerEntry {
    fn example() -> Self {
        LedgerEntry {
            id: "evt_01jdx7q5v6m3k0c8f2h4n9r1sd".into(),
            entry_type: EntryType::Captured,
            occurred_at: at("2026-11-23T10:00:00Z"),
            amount: 5,
            job_id: Some("job_01jdx7q5v6m3k0c8f2h4n9r1se".into()),
            media_type: Some(MediaTypeView::Video),
            reference: None,
            description: "spent on a job".into(),
            balance_after: Credits { available: 586, reserved: 2, granted: 86, expiring: 86, purchased: 500, owed: 0 },
        }
    }
}

/// One page of ledger entries, newest first.
#[derive(Debug, Object)]
#[oai(skip_serializing_if_is_none)]
pub struct LedgerPage {
    pub data: Vec<LedgerEntry>,
    pub has_more: bool,
    /// Pass as `starting_after` for the next page; absent on the last page.
    pub next_cursor: Option<String>,
}

mirror_enum! {
    /// How credit usage is grouped.
    GroupBy as "GroupBy" <=> UsageGrouping { Day, MediaType }
}

/// Credits spent in a period.
#[derive(Debug, Object)]
#[oai(example)]
pub struct UsageView {
    pub from: DateTime<Utc>,
    pub to: DateTime<Utc>,
    pub group_by: GroupBy,
    /// Credits spent in the whole period.
    pub credits: u64,
    /// Completed jobs in the whole period.
    pub jobs: u64,
    pub data: Vec<UsageGroup>,
}

/// Spending of one day or media type.
#[derive(Debug, Object)]
pub struct UsageGroup {
    /// `YYYY-MM-DD` (UTC), or image | video | audio | text.
    pub key: String,
    pub credits: u64,
    pub jobs: u64,
}

impl Example for UsageView {
    fn example() -> Self {
        UsageView {
            from: at("2026-11-01T00:00:00Z"),
            to: at("2026-11-23T10:00:00Z"),
            group_by: GroupBy::MediaType,
            credits: 37,
            jobs: 14,
            data: vec![UsageGroup { key: "image".into(), credits: 22, jobs: 11 }, UsageGroup { key: "video".into(), credits: 15, jobs: 3 }],
        }
    }
}

pub use crate::enums::PlanName;

#[derive(Debug, Object)]
#[oai(example)]
pub struct ChangePlan {
    pub plan: PlanName,
}

impl Example for ChangePlan {
    fn example() -> Self {
        ChangePlan { plan: PlanName::Pro }
    }
}

/// Credits per job. A job holds its worst-case price while it runs (a video: the long-video
/// price) and is charged its price once it completes.
#[derive(Debug, Object)]
pub struct PricesView {
    pub image: u64,
    /// A video up to `short_video_secs` long (and a list of frames).
    pub short_video: u64,
    pub long_video: u64,
    pub short_video_secs: u64,
    pub audio: u64,
    /// An image analysed with `analysis_type=DOCUMENT`.
    pub document: u64,
    pub text: u64,
    /// `POST /v1/detect/ai-media`.
    pub ai_media: u64,
}

/// A plan and what it sets.
#[derive(Debug, Object)]
#[oai(example)]
pub struct PlanView {
    pub plan: PlanName,
    /// Jobs that run at once; more wait in the queue.
    pub max_concurrent_jobs: u32,
    /// The `rate_limit_per_minute` of new API keys that set none.
    pub default_rate_limit_per_minute: u32,
    /// Credits granted each month (expiring at the month's end).
    pub monthly_credits: u64,
    // What each kind of job costs (described by its type).
    pub prices: PricesView,
}

impl PlanView {
    pub fn new(plan: Plan, pricing: &Pricing) -> Self {
        PlanView {
            plan: plan.into(),
            max_concurrent_jobs: plan.max_concurrent_jobs(),
            default_rate_limit_per_minute: plan.default_rate_limit_per_minute(),
            monthly_credits: plan.monthly_credits(),
            prices: PricesView {
                image: pricing.image,
                short_video: pricing.short_video,
                long_video: pricing.long_video,
                short_video_secs: pricing.short_video_secs,
                audio: pricing.audio,
                document: pricing.document,
                text: pricing.text,
                ai_media: pricing.ai_media,
            },
        }
    }
}

impl Example for PlanView {
    fn example() -> Self {
        PlanView::new(Plan::Free, &Pricing::default())
    }
}

/// A pack of credits on sale.
#[derive(Debug, Object)]
#[oai(example)]
pub struct PackView {
    pub id: String,
    pub name: String,
    pub credits: u64,
    /// In the currency's minor unit (cents).
    pub price: u64,
    /// ISO 4217, lower case.
    pub currency: String,
}

impl From<&CreditPack> for PackView {
    fn from(pack: &CreditPack) -> Self {
        PackView {
            id: pack.id.clone(),
            name: pack.name.clone(),
            credits: pack.credits,
            price: pack.price.0,
            currency: pack.currency.clone(),
        }
    }
}

impl Example for PackView {
    fn example() -> Self {
        PackView::from(&CreditPack::defaults()[0])
    }
}

#[derive(Debug, Object)]
#[oai(example)]
pub struct CheckoutRequest {
    /// The pack's `id` (see `GET /v1/billing/packs`).
    #[oai(validator(max_length = 64))]
    pub pack: String,
}

impl Example for CheckoutRequest {
    fn example() -> Self {
        CheckoutRequest { pack: "starter".into() }
    }
}

/// A Stripe Checkout Session.
#[derive(Debug, Object)]
#[oai(example)]
pub struct CheckoutView {
    /// Stripe's `cs_…` id.
    pub id: String,
    /// Send the buyer here.
    pub url: String,
    /// The session cannot be paid after this.
    pub expires_at: DateTime<Utc>,
    pub pack: PackView,
}

impl Example for CheckoutView {
    fn example() -> Self {
        CheckoutView {
            id: "cs_test_a1b2c3".into(),
            url: "https://checkout.stripe.com/c/pay/cs_test_a1b2c3".into(),
            expires_at: at("2026-11-24T10:00:00Z"),
            pack: PackView::example(),
        }
    }
}
