//! The jobs read model: one row per detection job, for listing and filtering, and what the
//! retention worker needs to find media due for deletion. A projection of the job events.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Jobs {
    Table,
    JobId,
    TenantId,
    KeyId,
    Status,
    MediaType,
    CheckKind,
    Format,
    Size,
    Sha256,
    BlobKey,
    Retain,
    Verdict,
    RiskScore,
    FailureCode,
    Attempts,
    CreatedAt,
    StartedAt,
    FinishedAt,
    MediaPurgedAt,
    Deleted,
    Sequence,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Jobs::Table)
                    .if_not_exists()
                    .col(string_len(Jobs::JobId, 40).primary_key())
                    .col(string_len(Jobs::TenantId, 40))
                    .col(string_len_null(Jobs::KeyId, 40))
                    .col(string_len(Jobs::Status, 16))
                    .col(string_len_null(Jobs::MediaType, 16))
                    .col(string_len_null(Jobs::CheckKind, 16))
                    .col(string_len_null(Jobs::Format, 16))
                    .col(big_integer(Jobs::Size))
                    .col(string_len(Jobs::Sha256, 64))
                    .col(string_len(Jobs::BlobKey, 200))
                    .col(boolean(Jobs::Retain))
                    .col(string_len_null(Jobs::Verdict, 16))
                    .col(integer_null(Jobs::RiskScore))
                    .col(string_len_null(Jobs::FailureCode, 32))
                    .col(integer(Jobs::Attempts))
                    .col(timestamp_with_time_zone(Jobs::CreatedAt))
                    .col(timestamp_with_time_zone_null(Jobs::StartedAt))
                    .col(timestamp_with_time_zone_null(Jobs::FinishedAt))
                    .col(timestamp_with_time_zone_null(Jobs::MediaPurgedAt))
                    .col(boolean(Jobs::Deleted))
                    .col(big_integer(Jobs::Sequence))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create().name("idx_jobs_tenant_created").table(Jobs::Table).col(Jobs::TenantId).col(Jobs::JobId).to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create().name("idx_jobs_retention").table(Jobs::Table).col(Jobs::MediaPurgedAt).col(Jobs::FinishedAt).to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.drop_table(Table::drop().table(Jobs::Table).to_owned()).await
    }
}
