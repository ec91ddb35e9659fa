//! Projection checkpoints and leases.
//!
//! A projection's `last_sequence` moves inside the transaction that applies the events (or, past
//! events the projection skips, on its own), always with a compare-and-set on the old value and
//! the lease owner. So an event is applied exactly
//! once even if two runners race, a runner is killed mid-batch, or a rebuild resets the
//! checkpoint underneath a live runner: the loser's transaction changes nothing and rolls back.
//! The lease (owner + expiry) keeps a single runner per projection busy, so the others wait
//! instead of repeating work.

/// The checkpoint name of the accounts projection (tenants, members, keys), which the API
/// waits on after an account change so the next list shows it.
pub const ACCOUNTS: &str = "accounts";

/// The checkpoint name of the webhook delivery log, which the API waits on after a retry.
pub const WEBHOOKS: &str = "webhooks";

use std::time::Duration;

use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveValue::Set, ColumnTrait, Condition, ConnectionTrait, EntityTrait, QueryFilter};
use veracity_domain::DomainError;

use super::db_error;
use super::entities::projection_checkpoint::{self as checkpoint, Column, Entity as Checkpoints};

fn expiry(now: DateTime<Utc>, ttl: Duration) -> DateTime<Utc> {
    now + chrono::Duration::from_std(ttl).unwrap_or(chrono::Duration::MAX)
}

fn to_i64(sequence: u64) -> i64 {
    i64::try_from(sequence).unwrap_or(i64::MAX)
}

/// Starts a checkpoint at `sequence` if it has none yet (a consumer that must not replay the
/// log's past, such as the webhook fan-out on a deployment that had no webhooks). Answers
/// whether it was started here.
pub async fn seed(db: &impl ConnectionTrait, name: &str, sequence: u64, now: DateTime<Utc>) -> Result<bool, DomainError> {
    let row = checkpoint::ActiveModel {
        name: Set(name.to_owned()),
        last_sequence: Set(to_i64(sequence)),
        lease_owner: Set(None),
        lease_expires_at: Set(None),
        updated_at: Set(now),
    };
    let inserted = Checkpoints::insert(row).on_conflict_do_nothing_on([Column::Name]).exec_without_returning(db).await.map_err(db_error)?;
    Ok(matches!(inserted, sea_orm::TryInsertResult::Inserted(n) if n > 0))
}

/// The stored row, if the projection has ever run.
pub async fn get(db: &impl ConnectionTrait, name: &str) -> Result<Option<checkpoint::Model>, DomainError> {
    Checkpoints::find_by_id(name.to_owned()).one(db).await.map_err(db_error)
}

/// Takes the lease if it is free, expired or already `owner`'s. Returns the checkpoint to resume
/// after, or `None` if another runner holds the lease.
pub async fn acquire(
    db: &impl ConnectionTrait,
    name: &str,
    owner: &str,
    ttl: Duration,
    now: DateTime<Utc>,
) -> Result<Option<u64>, DomainError> {
    let row = checkpoint::ActiveModel {
        name: Set(name.to_owned()),
        last_sequence: Set(0),
        lease_owner: Set(None),
        lease_expires_at: Set(None),
        updated_at: Set(now),
    };
    Checkpoints::insert(row).on_conflict_do_nothing_on([Column::Name]).exec(db).await.map_err(db_error)?;
    let taken = Checkpoints::update_many()
        .col_expr(Column::LeaseOwner, Expr::value(owner))
        .col_expr(Column::LeaseExpiresAt, Expr::value(expiry(now, ttl)))
        .filter(Column::Name.eq(name))
        .filter(Condition::any().add(Column::LeaseOwner.is_null()).add(Column::LeaseOwner.eq(owner)).add(Column::LeaseExpiresAt.lt(now)))
        .exec(db)
        .await
        .map_err(db_error)?;
    if taken.rows_affected == 0 {
        return Ok(None);
    }
    let row = get(db, name).await?.ok_or_else(|| DomainError::internal("checkpoint row vanished"))?;
    Ok(Some(row.last_sequence.max(0) as u64))
}

/// Extends `owner`'s lease, provided it still holds it and the checkpoint is still at
/// `expected_sequence`. `false` means the runner must stop and re-read its position.
pub async fn renew(
    db: &impl ConnectionTrait,
    name: &str,
    owner: &str,
    expected_sequence: u64,
    ttl: Duration,
    now: DateTime<Utc>,
) -> Result<bool, DomainError> {
    let renewed = Checkpoints::update_many()
        .col_expr(Column::LeaseExpiresAt, Expr::value(expiry(now, ttl)))
        .filter(Column::Name.eq(name))
        .filter(Column::LeaseOwner.eq(owner))
        .filter(Column::LastSequence.eq(to_i64(expected_sequence)))
        .exec(db)
        .await
        .map_err(db_error)?;
    Ok(renewed.rows_affected == 1)
}

/// Moves the checkpoint from `from` to `to`: inside the transaction that applied the events, or
/// on its own past events the projection skips. `false` means someone else moved it or took the
/// lease: roll the transaction back.
pub async fn advance(
    txn: &impl ConnectionTrait,
    name: &str,
    owner: &str,
    from: u64,
    to: u64,
    ttl: Duration,
    now: DateTime<Utc>,
) -> Result<bool, DomainError> {
    let advanced = Checkpoints::update_many()
        .col_expr(Column::LastSequence, Expr::value(to_i64(to)))
        .col_expr(Column::LeaseExpiresAt, Expr::value(expiry(now, ttl)))
        .col_expr(Column::UpdatedAt, Expr::value(now))
        .filter(Column::Name.eq(name))
        .filter(Column::LeaseOwner.eq(owner))
        .filter(Column::LastSequence.eq(to_i64(from)))
        .exec(txn)
        .await
        .map_err(db_error)?;
    Ok(advanced.rows_affected == 1)
}

/// Gives the lease up so another runner can start at once.
pub async fn release(db: &impl ConnectionTrait, name: &str, owner: &str) -> Result<(), DomainError> {
    Checkpoints::update_many()
        .col_expr(Column::LeaseOwner, Expr::value(Option::<String>::None))
        .col_expr(Column::LeaseExpiresAt, Expr::value(Option::<DateTime<Utc>>::None))
        .filter(Column::Name.eq(name))
        .filter(Column::LeaseOwner.eq(owner))
        .exec(db)
        .await
        .map_err(db_error)?;
    Ok(())
}

/// Puts the checkpoint back to the start of the log (call inside the transaction that empties
/// the projection's tables). A runner holding the lease notices at its next write and replays.
pub async fn reset(txn: &impl ConnectionTrait, name: &str, now: DateTime<Utc>) -> Result<(), DomainError> {
    Checkpoints::update_many()
        .col_expr(Column::LastSequence, Expr::value(0i64))
        .col_expr(Column::UpdatedAt, Expr::value(now))
        .filter(Column::Name.eq(name))
        .exec(txn)
        .await
        .map_err(db_error)?;
    Ok(())
}
