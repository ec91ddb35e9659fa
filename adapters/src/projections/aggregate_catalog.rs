use async_trait::async_trait;
use sea_orm::ActiveValue::Set;
use sea_orm::{ActiveModelTrait, DatabaseTransaction, EntityTrait, IntoActiveModel};
use veracity_domain::{DomainError, RecordedEvent};

use super::Projection;
use crate::sql::db_error;
use crate::sql::entities::aggregate_catalog::{ActiveModel, Entity as Catalog};

/// One row per aggregate: its type, current version, event count and last change.
pub struct AggregateCatalog;

#[async_trait]
impl Projection for AggregateCatalog {
    fn name(&self) -> &'static str {
        "aggregate_catalog"
    }

    async fn apply(&self, txn: &DatabaseTransaction, event: &RecordedEvent) -> Result<(), DomainError> {
        let e = &event.envelope;
        let key = (e.tenant.to_string(), e.aggregate_type.clone(), e.aggregate_id.clone());
        let version = i64::try_from(e.version).map_err(DomainError::internal)?;
        let sequence = i64::try_from(event.sequence).map_err(DomainError::internal)?;
        match Catalog::find_by_id(key.clone()).one(txn).await.map_err(db_error)? {
            Some(row) => {
                let count = row.event_count + 1;
                let mut row = row.into_active_model();
                row.version = Set(version);
                row.event_count = Set(count);
                row.last_sequence = Set(sequence);
                row.last_event_type = Set(e.event_type.clone());
                row.last_event_at = Set(e.occurred_at);
                row.update(txn).await.map_err(db_error)?;
            }
            None => {
                let (tenant_id, aggregate_type, aggregate_id) = key;
                let row = ActiveModel {
                    tenant_id: Set(tenant_id),
                    aggregate_type: Set(aggregate_type),
                    aggregate_id: Set(aggregate_id),
                    version: Set(version),
                    event_count: Set(1),
                    last_sequence: Set(sequence),
                    last_event_type: Set(e.event_type.clone()),
                    first_event_at: Set(e.occurred_at),
                    last_event_at: Set(e.occurred_at),
                };
                Catalog::insert(row).exec(txn).await.map_err(db_error)?;
            }
        }
        Ok(())
    }

    async fn reset(&self, txn: &DatabaseTransaction) -> Result<(), DomainError> {
        Catalog::delete_many().exec(txn).await.map_err(db_error)?;
        Ok(())
    }
}
