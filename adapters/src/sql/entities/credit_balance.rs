use sea_orm::entity::prelude::*;

/// A tenant's balance and plan as of its latest credit-account event.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "credit_balances")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub tenant_id: String,
    pub plan: String,
    pub available: i64,
    pub reserved: i64,
    pub granted: i64,
    pub expiring: i64,
    pub purchased: i64,
    pub owed: i64,
    pub sequence: i64,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
