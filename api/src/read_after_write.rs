//! Read-after-write for handlers: after a command, wait until the read model that the next
//! list reads has applied it.

use std::time::Duration;

use sea_orm::DatabaseConnection;
use veracity_adapters::projections::Projection;
use veracity_adapters::sql::checkpoints;
use veracity_domain::Appended;

/// After a command that may have appended (`None`: nothing changed), waits for the accounts
/// read model to include it, so the answer and the next list show the change.
pub async fn wait_for_accounts(db: &DatabaseConnection, appended: Option<Appended>) {
    if let Some(appended) = appended {
        wait_for_projection(db, veracity_adapters::projections::Accounts.name(), appended.sequence).await;
    }
}

/// Waits (up to 5 s) until `projection` has applied the event at `sequence`, so a read right
/// after a write sees it. Returns false on timeout; the write itself is stored either way.
pub async fn wait_for_projection(db: &DatabaseConnection, projection: &str, sequence: u64) -> bool {
    let deadline = tokio::time::Instant::now() + Duration::from_secs(5);
    let mut pause = Duration::from_millis(2);
    loop {
        if let Ok(Some(row)) = checkpoints::get(db, projection).await {
            if u64::try_from(row.last_sequence).unwrap_or(0) >= sequence {
                return true;
            }
        }
        if tokio::time::Instant::now() >= deadline {
            tracing::warn!(projection, sequence, "the read model did not catch up within 5 s");
            return false;
        }
        tokio::time::sleep(pause).await;
        pause = (pause * 2).min(Duration::from_millis(50));
    }
}
