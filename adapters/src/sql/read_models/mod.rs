//! The read-model repositories (`veracity_domain::ports::read_models`) over the SQL tables the
//! projections keep. Every query filters by the scope's tenant; nothing else reads these tables
//! for the API.

mod accounts;
mod ledger;
mod webhooks;

use std::time::Duration;

use async_trait::async_trait;
use sea_orm::DatabaseConnection;
use serde::de::DeserializeOwned;
use veracity_domain::DomainError;
use veracity_domain::ports::ReadProgress;

use super::checkpoints;

/// Every read model over one database connection pool.
#[derive(Clone)]
pub struct SqlReadModels {
    db: DatabaseConnection,
}

impl SqlReadModels {
    pub fn new(db: DatabaseConnection) -> Self {
        Self { db }
    }
}

/// A column that holds an enum's serde name (`completed`, `FILE_TOO_LARGE`…), read back.
fn parse_name<T: DeserializeOwned>(column: &str, value: &str) -> Result<T, DomainError> {
    serde_json::from_value(serde_json::Value::String(value.to_owned()))
        .map_err(|e| DomainError::internal(format!("read model column {column} holds `{value}`: {e}")))
}

fn parse_id<T: std::str::FromStr>(column: &str, value: &str) -> Result<T, DomainError> {
    value.parse().map_err(|_| DomainError::internal(format!("read model column {column} holds `{value}`, not an id")))
}

fn count(n: i64) -> u64 {
    u64::try_from(n).unwrap_or(0)
}

#[async_trait]
impl ReadProgress for SqlReadModels {
    async fn wait_for_accounts(&self, sequence: u64) -> bool {
        self.wait_for(checkpoints::ACCOUNTS, sequence).await
    }

    async fn ping(&self) -> Result<(), DomainError> {
        super::ping(&self.db).await
    }
}

impl SqlReadModels {
    /// Waits up to 5 s for `projection` to apply the event at `sequence`.
    async fn wait_for(&self, projection: &str, sequence: u64) -> bool {
        let deadline = tokio::time::Instant::now() + Duration::from_secs(5);
        let mut pause = Duration::from_millis(2);
        loop {
            if let Ok(Some(row)) = checkpoints::get(&self.db, projection).await
                && u64::try_from(row.last_sequence).unwrap_or(0) >= sequence
            {
                return true;
            }
            if tokio::time::Instant::now() >= deadline {
                tracing::warn!(projection, sequence, "the read model did not catch up within 5 s");
                return false;
            }
            tokio::time::sleep(pause).await;
            pause = (pause * 2).min(Duration::from_millis(50));
        }
    }
}
