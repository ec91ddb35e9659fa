//! The webhook delivery log: one row per message and per attempt, and each endpoint's health
//! (last success, failing since). A projection of the `webhook_message` events.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum WebhookMessages {
    Table,
    MessageId,
    TenantId,
    EndpointId,
    Url,
    EventType,
    JobId,
    Status,
    Attempts,
    LastStatusCode,
    CreatedAt,
    LastAttemptAt,
    NextAttemptAt,
    Body,
    Sequence,
}

#[derive(DeriveIden)]
enum WebhookAttempts {
    Table,
    MessageId,
    Attempt,
    TenantId,
    EndpointId,
    Url,
    AttemptedAt,
    StatusCode,
    LatencyMs,
    Error,
    ResponseExcerpt,
}

#[derive(DeriveIden)]
enum WebhookEndpointHealth {
    Table,
    EndpointId,
    TenantId,
    LastSuccessAt,
    FailingSince,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(WebhookMessages::Table)
                    .if_not_exists()
                    .col(string_len(WebhookMessages::MessageId, 40).primary_key())
                    .col(string_len(WebhookMessages::TenantId, 40))
                    // The target's key: an endpoint id, or `callback`.
                    .col(string_len(WebhookMessages::EndpointId, 40))
                    .col(text_null(WebhookMessages::Url))
                    .col(string_len(WebhookMessages::EventType, 40))
                    .col(string_len_null(WebhookMessages::JobId, 40))
                    .col(string_len(WebhookMessages::Status, 16))
                    .col(integer(WebhookMessages::Attempts))
                    .col(integer_null(WebhookMessages::LastStatusCode))
                    .col(timestamp_with_time_zone(WebhookMessages::CreatedAt))
                    .col(timestamp_with_time_zone_null(WebhookMessages::LastAttemptAt))
                    .col(timestamp_with_time_zone_null(WebhookMessages::NextAttemptAt))
                    .col(text(WebhookMessages::Body))
                    .col(big_integer(WebhookMessages::Sequence))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_webhook_messages_endpoint")
                    .table(WebhookMessages::Table)
                    .col(WebhookMessages::TenantId)
                    .col(WebhookMessages::EndpointId)
                    .col(WebhookMessages::Sequence)
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_webhook_messages_job")
                    .table(WebhookMessages::Table)
                    .col(WebhookMessages::TenantId)
                    .col(WebhookMessages::JobId)
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create().name("idx_webhook_messages_status").table(WebhookMessages::Table).col(WebhookMessages::Status).to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(WebhookAttempts::Table)
                    .if_not_exists()
                    .col(string_len(WebhookAttempts::MessageId, 40))
                    .col(integer(WebhookAttempts::Attempt))
                    .col(string_len(WebhookAttempts::TenantId, 40))
                    .col(string_len(WebhookAttempts::EndpointId, 40))
                    .col(text(WebhookAttempts::Url))
                    .col(timestamp_with_time_zone(WebhookAttempts::AttemptedAt))
                    .col(integer_null(WebhookAttempts::StatusCode))
                    .col(big_integer(WebhookAttempts::LatencyMs))
                    .col(text_null(WebhookAttempts::Error))
                    .col(text(WebhookAttempts::ResponseExcerpt))
                    .primary_key(Index::create().col(WebhookAttempts::MessageId).col(WebhookAttempts::Attempt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(WebhookEndpointHealth::Table)
                    .if_not_exists()
                    .col(string_len(WebhookEndpointHealth::EndpointId, 40).primary_key())
                    .col(string_len(WebhookEndpointHealth::TenantId, 40))
                    .col(timestamp_with_time_zone_null(WebhookEndpointHealth::LastSuccessAt))
                    .col(timestamp_with_time_zone_null(WebhookEndpointHealth::FailingSince))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.drop_table(Table::drop().table(WebhookEndpointHealth::Table).to_owned()).await?;
        manager.drop_table(Table::drop().table(WebhookAttempts::Table).to_owned()).await?;
        manager.drop_table(Table::drop().table(WebhookMessages::Table).to_owned()).await
    }
}
