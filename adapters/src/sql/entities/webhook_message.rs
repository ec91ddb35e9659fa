use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "webhook_messages")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub message_id: String,
    pub tenant_id: String,
    /// An endpoint id, or `callback`.
    pub endpoint_id: String,
    /// The callback URL (endpoint messages: none).
    pub url: Option<String>,
    pub event_type: String,
    pub job_id: Option<String>,
    pub status: String,
    pub attempts: i32,
    pub last_status_code: Option<i32>,
    pub created_at: DateTimeUtc,
    pub last_attempt_at: Option<DateTimeUtc>,
    pub next_attempt_at: Option<DateTimeUtc>,
    pub body: String,
    /// Log sequence of the message's creation: the order of listings.
    pub sequence: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
