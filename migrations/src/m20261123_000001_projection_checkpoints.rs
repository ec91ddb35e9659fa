//! Where each projection stands in the event log, and which process may advance it.
//! `last_sequence` is updated in the same transaction as the rows an event changes, which is
//! what makes each event apply exactly once across crashes; the lease columns keep one runner
//! per projection active at a time.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum ProjectionCheckpoints {
    Table,
    Name,
    LastSequence,
    LeaseOwner,
    LeaseExpiresAt,
    UpdatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(ProjectionCheckpoints::Table)
                    .if_not_exists()
                    .col(string_len(ProjectionCheckpoints::Name, 64).primary_key())
                    .col(big_integer(ProjectionCheckpoints::LastSequence).default(0))
                    .col(string_len_null(ProjectionCheckpoints::LeaseOwner, 128))
                    .col(timestamp_with_time_zone_null(ProjectionCheckpoints::LeaseExpiresAt))
                    .col(timestamp_with_time_zone(ProjectionCheckpoints::UpdatedAt))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.drop_table(Table::drop().table(ProjectionCheckpoints::Table).to_owned()).await
    }
}
