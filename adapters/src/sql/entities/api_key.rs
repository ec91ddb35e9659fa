use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "api_keys")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub key_id: String,
    pub tenant_id: String,
    pub name: String,
    pub prefix: String,
    pub last4: String,
    /// JSON array of scope names.
    pub scopes: String,
    pub daily_limit: i64,
    pub rate_limit_per_minute: i64,
    /// JSON array of CIDR networks.
    pub allowed_ips: String,
    pub expires_at: Option<DateTimeUtc>,
    pub created_by: String,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
    pub rotated_at: Option<DateTimeUtc>,
    pub previous_valid_until: Option<DateTimeUtc>,
    pub revoked_at: Option<DateTimeUtc>,
    pub last_used_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
