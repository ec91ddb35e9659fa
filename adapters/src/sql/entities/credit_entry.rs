use sea_orm::entity::prelude::*;

/// One credit-account event as a ledger line, with the balance it left.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "credit_entries")]
pub struct Model {
    /// The event's id.
    #[sea_orm(primary_key, auto_increment = false)]
    pub entry_id: String,
    pub tenant_id: String,
    pub sequence: i64,
    pub occurred_at: DateTimeUtc,
    /// `YYYY-MM-DD` (UTC) of `occurred_at`, for usage by day.
    pub day: String,
    /// The event type without its `credits.` prefix: `granted`, `reserved`, `captured`, …
    pub entry_type: String,
    pub amount: i64,
    pub job_id: Option<String>,
    pub media_type: Option<String>,
    /// The grant id, Stripe event, or purchase the entry refers to.
    pub reference: Option<String>,
    pub description: String,
    pub available: i64,
    pub reserved: i64,
    pub granted: i64,
    pub expiring: i64,
    pub purchased: i64,
    pub owed: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
