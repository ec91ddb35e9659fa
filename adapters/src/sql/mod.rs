//! The SQL database (SQLite for the embedded default, PostgreSQL in production): connection,
//! schema migrations, and the read-model entities.

pub mod checkpoints;
pub mod dead_letters;
pub mod entities;
pub mod read_models;

use std::path::Path;
use std::time::Duration;

use sea_orm::sqlx::sqlite::{SqliteJournalMode, SqliteSynchronous};
use sea_orm::{ConnectOptions, Database, DatabaseConnection, DbErr};
use veracity_domain::{Dependency, DomainError};
use veracity_migrations::{Migrator, MigratorTrait};

use crate::redact::redact_url;

/// A transaction that will write. On SQLite it takes the write lock at `BEGIN IMMEDIATE`, so
/// it waits for other writers (the busy timeout) instead of failing with "database is locked"
/// when a read inside it would have to be upgraded after another writer committed. PostgreSQL
/// ignores the option.
pub async fn begin_write(db: &DatabaseConnection) -> Result<sea_orm::DatabaseTransaction, DomainError> {
    let options =
        sea_orm::TransactionOptions { sqlite_transaction_mode: Some(sea_orm::SqliteTransactionMode::Immediate), ..Default::default() };
    sea_orm::TransactionTrait::begin_with_options(db, options).await.map_err(db_error)
}

pub fn db_error(err: DbErr) -> DomainError {
    match err {
        DbErr::Conn(_) | DbErr::ConnectionAcquire(_) => DomainError::unavailable(Dependency::Database, err),
        other => DomainError::internal(format!("database: {other}")),
    }
}

/// Connects to `url` (`sqlite://path?mode=rwc` or `postgres://…`). For SQLite the file's
/// directory is created, and WAL mode lets API reads proceed while a projection writes.
pub async fn connect(url: &str, max_connections: u32) -> Result<DatabaseConnection, DomainError> {
    if let Some(path) = sqlite_file(url)
        && let Some(dir) = Path::new(path).parent().filter(|d| !d.as_os_str().is_empty())
    {
        std::fs::create_dir_all(dir)
            .map_err(|e| DomainError::unavailable(Dependency::Database, format!("creating {}: {e}", dir.display())))?;
    }
    let mut options = ConnectOptions::new(url.to_owned());
    options
        .max_connections(max_connections)
        .connect_timeout(Duration::from_secs(10))
        .acquire_timeout(Duration::from_secs(10))
        .sqlx_logging(false)
        // NORMAL in WAL mode syncs at checkpoints, not on every commit: a power cut can lose
        // the last commits but never corrupts, and everything here is a projection of the
        // event log whose checkpoint commits with its rows, so lost commits are replayed.
        .map_sqlx_sqlite_opts(|o| {
            o.journal_mode(SqliteJournalMode::Wal).synchronous(SqliteSynchronous::Normal).busy_timeout(Duration::from_secs(10))
        });
    Database::connect(options)
        .await
        .map_err(|e| DomainError::unavailable(Dependency::Database, format!("connecting to {}: {e}", redact_url(url))))
}

/// The file path of a `sqlite:` URL, unless it is an in-memory database.
fn sqlite_file(url: &str) -> Option<&str> {
    let rest = url.strip_prefix("sqlite://").or_else(|| url.strip_prefix("sqlite:"))?;
    let path = rest.split('?').next().unwrap_or_default();
    (!path.is_empty() && path != ":memory:").then_some(path)
}

/// Applies every pending migration.
pub async fn migrate(db: &DatabaseConnection) -> Result<(), DomainError> {
    Migrator::up(db, None).await.map_err(db_error)
}

/// Names of migrations not applied yet.
pub async fn pending_migrations(db: &DatabaseConnection) -> Result<Vec<String>, DomainError> {
    let pending = Migrator::get_pending_migrations(db).await.map_err(db_error)?;
    Ok(pending.iter().map(|m| m.name().to_owned()).collect())
}

pub async fn ping(db: &DatabaseConnection) -> Result<(), DomainError> {
    db.ping().await.map_err(|e| DomainError::unavailable(Dependency::Database, e))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_sqlite_files() {
        assert_eq!(sqlite_file("sqlite://./data/v.db?mode=rwc"), Some("./data/v.db"));
        assert_eq!(sqlite_file("sqlite:/tmp/x.db"), Some("/tmp/x.db"));
        assert_eq!(sqlite_file("sqlite::memory:"), None);
        assert_eq!(sqlite_file("postgres://u@h/db"), None);
    }
}
