//! Read models of accounts and access: tenants, members, API keys with their daily usage, and
//! the audit log. All are projections of the event log.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Tenants {
    Table,
    TenantId,
    Name,
    Plan,
    CreatedAt,
}

#[derive(DeriveIden)]
enum Members {
    Table,
    TenantId,
    UserId,
    Email,
    Role,
    Status,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum ApiKeys {
    Table,
    KeyId,
    TenantId,
    Name,
    Prefix,
    Last4,
    Scopes,
    DailyLimit,
    RateLimitPerMinute,
    AllowedIps,
    ExpiresAt,
    CreatedBy,
    CreatedAt,
    UpdatedAt,
    RotatedAt,
    PreviousValidUntil,
    RevokedAt,
    LastUsedAt,
}

#[derive(DeriveIden)]
enum ApiKeyUsage {
    Table,
    KeyId,
    Day,
    TenantId,
    RequestCount,
    LastUsedAt,
}

#[derive(DeriveIden)]
enum AuditLog {
    Table,
    EntryId,
    TenantId,
    Sequence,
    OccurredAt,
    EntryType,
    Actor,
    Ip,
    TargetType,
    TargetId,
    RequestId,
    Details,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Tenants::Table)
                    .if_not_exists()
                    .col(string_len(Tenants::TenantId, 40).primary_key())
                    .col(string_len(Tenants::Name, 200))
                    .col(string_len(Tenants::Plan, 16))
                    .col(timestamp_with_time_zone(Tenants::CreatedAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Members::Table)
                    .if_not_exists()
                    .col(string_len(Members::TenantId, 40))
                    .col(string_len(Members::UserId, 40))
                    .col(string_len(Members::Email, 254))
                    .col(string_len(Members::Role, 16))
                    .col(string_len(Members::Status, 16))
                    .col(timestamp_with_time_zone(Members::CreatedAt))
                    .col(timestamp_with_time_zone(Members::UpdatedAt))
                    .primary_key(Index::create().col(Members::TenantId).col(Members::UserId))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(ApiKeys::Table)
                    .if_not_exists()
                    .col(string_len(ApiKeys::KeyId, 40).primary_key())
                    .col(string_len(ApiKeys::TenantId, 40))
                    .col(string_len(ApiKeys::Name, 200))
                    .col(string_len(ApiKeys::Prefix, 32))
                    .col(string_len(ApiKeys::Last4, 8))
                    .col(text(ApiKeys::Scopes))
                    .col(big_integer(ApiKeys::DailyLimit))
                    .col(big_integer(ApiKeys::RateLimitPerMinute))
                    .col(text(ApiKeys::AllowedIps))
                    .col(timestamp_with_time_zone_null(ApiKeys::ExpiresAt))
                    .col(string_len(ApiKeys::CreatedBy, 40))
                    .col(timestamp_with_time_zone(ApiKeys::CreatedAt))
                    .col(timestamp_with_time_zone(ApiKeys::UpdatedAt))
                    .col(timestamp_with_time_zone_null(ApiKeys::RotatedAt))
                    .col(timestamp_with_time_zone_null(ApiKeys::PreviousValidUntil))
                    .col(timestamp_with_time_zone_null(ApiKeys::RevokedAt))
                    .col(timestamp_with_time_zone_null(ApiKeys::LastUsedAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_api_keys_tenant_created")
                    .table(ApiKeys::Table)
                    .col(ApiKeys::TenantId)
                    .col(ApiKeys::CreatedAt)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(ApiKeyUsage::Table)
                    .if_not_exists()
                    .col(string_len(ApiKeyUsage::KeyId, 40))
                    .col(string_len(ApiKeyUsage::Day, 10))
                    .col(string_len(ApiKeyUsage::TenantId, 40))
                    .col(big_integer(ApiKeyUsage::RequestCount))
                    .col(timestamp_with_time_zone(ApiKeyUsage::LastUsedAt))
                    .primary_key(Index::create().col(ApiKeyUsage::KeyId).col(ApiKeyUsage::Day))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(AuditLog::Table)
                    .if_not_exists()
                    .col(string_len(AuditLog::EntryId, 40).primary_key())
                    .col(string_len(AuditLog::TenantId, 40))
                    .col(big_integer(AuditLog::Sequence))
                    .col(timestamp_with_time_zone(AuditLog::OccurredAt))
                    .col(string_len(AuditLog::EntryType, 64))
                    .col(string_len(AuditLog::Actor, 64))
                    .col(string_len_null(AuditLog::Ip, 64))
                    .col(string_len_null(AuditLog::TargetType, 32))
                    .col(string_len_null(AuditLog::TargetId, 64))
                    .col(string_len_null(AuditLog::RequestId, 64))
                    .col(text(AuditLog::Details))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_audit_log_tenant_sequence")
                    .table(AuditLog::Table)
                    .col(AuditLog::TenantId)
                    .col(AuditLog::Sequence)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            Tenants::Table.into_iden(),
            Members::Table.into_iden(),
            ApiKeys::Table.into_iden(),
            ApiKeyUsage::Table.into_iden(),
            AuditLog::Table.into_iden(),
        ] {
            manager.drop_table(Table::drop().table(table).to_owned()).await?;
        }
        Ok(())
    }
}
