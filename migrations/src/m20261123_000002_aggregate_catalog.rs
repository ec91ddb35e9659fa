//! One row per aggregate instance in the event log: what it is, how far it has got, and when it
//! last changed. An operator's index of the log, and the first read model every event feeds.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum AggregateCatalog {
    Table,
    TenantId,
    AggregateType,
    AggregateId,
    Version,
    EventCount,
    LastSequence,
    LastEventType,
    FirstEventAt,
    LastEventAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(AggregateCatalog::Table)
                    .if_not_exists()
                    .col(string_len(AggregateCatalog::TenantId, 40))
                    .col(string_len(AggregateCatalog::AggregateType, 64))
                    .col(string_len(AggregateCatalog::AggregateId, 64))
                    .col(big_integer(AggregateCatalog::Version))
                    .col(big_integer(AggregateCatalog::EventCount))
                    .col(big_integer(AggregateCatalog::LastSequence))
                    .col(string_len(AggregateCatalog::LastEventType, 128))
                    .col(timestamp_with_time_zone(AggregateCatalog::FirstEventAt))
                    .col(timestamp_with_time_zone(AggregateCatalog::LastEventAt))
                    .primary_key(
                        Index::create()
                            .col(AggregateCatalog::TenantId)
                            .col(AggregateCatalog::AggregateType)
                            .col(AggregateCatalog::AggregateId),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_aggregate_catalog_tenant_type_last_event")
                    .table(AggregateCatalog::Table)
                    .col(AggregateCatalog::TenantId)
                    .col(AggregateCatalog::AggregateType)
                    .col(AggregateCatalog::LastEventAt)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.drop_table(Table::drop().table(AggregateCatalog::Table).to_owned()).await
    }
}
