//! The SQL schema of Veracity's read models. Tables are defined here and nowhere else; every
//! table except `projection_checkpoints` can be dropped and rebuilt from the event log.

pub use sea_orm_migration::prelude::*;

mod m20261123_000001_projection_checkpoints;
mod m20261123_000002_aggregate_catalog;
mod m20261123_000003_accounts;
mod m20261123_000004_jobs;
mod m20261123_000005_billing;
mod m20261206_000006_webhooks;

pub struct Migrator;

#[async_trait::async_trait]
impl MigratorTrait for Migrator {
    fn migrations() -> Vec<Box<dyn MigrationTrait>> {
        vec![
            Box::new(m20261123_000001_projection_checkpoints::Migration),
            Box::new(m20261123_000002_aggregate_catalog::Migration),
            Box::new(m20261123_000003_accounts::Migration),
            Box::new(m20261123_000004_jobs::Migration),
            Box::new(m20261123_000005_billing::Migration),
            Box::new(m20261206_000006_webhooks::Migration),
        ]
    }
}
