use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "audit_log")]
pub struct Model {
    /// The id of the event the entry was made from.
    #[sea_orm(primary_key, auto_increment = false)]
    pub entry_id: String,
    pub tenant_id: String,
    pub sequence: i64,
    pub occurred_at: DateTimeUtc,
    pub entry_type: String,
    pub actor: String,
    pub ip: Option<String>,
    pub target_type: Option<String>,
    pub target_id: Option<String>,
    pub request_id: Option<String>,
    /// JSON object without secrets.
    pub details: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
