use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "jobs")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub job_id: String,
    pub tenant_id: String,
    pub key_id: Option<String>,
    /// queued | processing | completed | failed | cancelled
    pub status: String,
    pub media_type: Option<String>,
    /// deepfake | ai_generated
    pub check_kind: Option<String>,
    pub format: Option<String>,
    pub size: i64,
    pub sha256: String,
    pub blob_key: String,
    pub retain: bool,
    pub verdict: Option<String>,
    pub risk_score: Option<i32>,
    pub failure_code: Option<String>,
    pub attempts: i32,
    pub created_at: DateTimeUtc,
    pub started_at: Option<DateTimeUtc>,
    pub finished_at: Option<DateTimeUtc>,
    pub media_purged_at: Option<DateTimeUtc>,
    pub deleted: bool,
    /// Log sequence of the last event applied to the row.
    pub sequence: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
