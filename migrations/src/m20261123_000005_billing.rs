//! The billing read models, projected from the credit-account events: one row per ledger entry
//! (with the balance it left), and each tenant's latest balance.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum CreditEntries {
    Table,
    EntryId,
    TenantId,
    Sequence,
    OccurredAt,
    Day,
    EntryType,
    Amount,
    JobId,
    MediaType,
    Reference,
    Description,
    Available,
    Reserved,
    Granted,
    Expiring,
    Purchased,
    Owed,
}

#[derive(DeriveIden)]
enum CreditBalances {
    Table,
    TenantId,
    Plan,
    Available,
    Reserved,
    Granted,
    Expiring,
    Purchased,
    Owed,
    Sequence,
    UpdatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(CreditEntries::Table)
                    .if_not_exists()
                    .col(string_len(CreditEntries::EntryId, 40).primary_key())
                    .col(string_len(CreditEntries::TenantId, 40))
                    .col(big_integer(CreditEntries::Sequence))
                    .col(timestamp_with_time_zone(CreditEntries::OccurredAt))
                    .col(string_len(CreditEntries::Day, 10))
                    .col(string_len(CreditEntries::EntryType, 24))
                    .col(big_integer(CreditEntries::Amount))
                    .col(string_len_null(CreditEntries::JobId, 40))
                    .col(string_len_null(CreditEntries::MediaType, 16))
                    .col(string_len_null(CreditEntries::Reference, 200))
                    .col(string_len(CreditEntries::Description, 300))
                    .col(big_integer(CreditEntries::Available))
                    .col(big_integer(CreditEntries::Reserved))
                    .col(big_integer(CreditEntries::Granted))
                    .col(big_integer(CreditEntries::Expiring))
                    .col(big_integer(CreditEntries::Purchased))
                    .col(big_integer(CreditEntries::Owed))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_credit_entries_tenant_sequence")
                    .table(CreditEntries::Table)
                    .col(CreditEntries::TenantId)
                    .col(CreditEntries::Sequence)
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_credit_entries_usage")
                    .table(CreditEntries::Table)
                    .col(CreditEntries::TenantId)
                    .col(CreditEntries::EntryType)
                    .col(CreditEntries::Day)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(CreditBalances::Table)
                    .if_not_exists()
                    .col(string_len(CreditBalances::TenantId, 40).primary_key())
                    .col(string_len(CreditBalances::Plan, 16))
                    .col(big_integer(CreditBalances::Available))
                    .col(big_integer(CreditBalances::Reserved))
                    .col(big_integer(CreditBalances::Granted))
                    .col(big_integer(CreditBalances::Expiring))
                    .col(big_integer(CreditBalances::Purchased))
                    .col(big_integer(CreditBalances::Owed))
                    .col(big_integer(CreditBalances::Sequence))
                    .col(timestamp_with_time_zone(CreditBalances::UpdatedAt))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.drop_table(Table::drop().table(CreditBalances::Table).to_owned()).await?;
        manager.drop_table(Table::drop().table(CreditEntries::Table).to_owned()).await
    }
}
