//! Read models against a rebuild: every table the projections write, row for row, in the live
//! database and in one that `veracity projections rebuild` filled from the event log alone. A
//! row that differs is a projection that depends on something besides the log (a clock, the
//! order a retry happened to take) or an event applied twice or never.

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use sea_orm::{ConnectionTrait, Database, DatabaseConnection, Statement};

/// Tables that are not read models: the projections' own bookkeeping and the migrations'.
const NOT_READ_MODELS: [&str; 2] = ["projection_checkpoints", "seaql_migrations"];

/// Every read-model table of the PostgreSQL database at `url`: its rows as JSON text, sorted.
pub async fn snapshot(url: &str) -> BTreeMap<String, Vec<String>> {
    let db = Database::connect(url).await.expect("connect to the database");
    let tables =
        column(&db, "SELECT table_name::text FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'")
            .await;
    let mut snapshot = BTreeMap::new();
    for table in tables.into_iter().filter(|t| !NOT_READ_MODELS.contains(&t.as_str())) {
        let mut rows = column(&db, &format!("SELECT row_to_json(t)::text FROM \"{table}\" t")).await;
        rows.sort_unstable();
        snapshot.insert(table, rows);
    }
    snapshot
}

async fn column(db: &DatabaseConnection, sql: &str) -> Vec<String> {
    let rows = db.query_all_raw(Statement::from_string(db.get_database_backend(), sql)).await.unwrap_or_else(|e| panic!("{sql}: {e}"));
    rows.iter().map(|row| row.try_get_by_index::<String>(0).expect("a text column")).collect()
}

/// The differences between two snapshots, table by table (rows only in one of them, the first
/// few of each shown); empty when they are equal.
pub fn differences(live: &BTreeMap<String, Vec<String>>, rebuilt: &BTreeMap<String, Vec<String>>) -> Vec<String> {
    let mut out = Vec::new();
    for table in live.keys().chain(rebuilt.keys()).collect::<std::collections::BTreeSet<_>>() {
        let (Some(a), Some(b)) = (live.get(table), rebuilt.get(table)) else {
            out.push(format!("{table}: only in one database"));
            continue;
        };
        let only = |x: &[String], y: &[String]| -> Vec<String> {
            let mut y: Vec<&String> = y.iter().collect();
            x.iter()
                .filter(|row| match y.binary_search(row) {
                    Ok(at) => {
                        y.remove(at);
                        false
                    }
                    Err(_) => true,
                })
                .cloned()
                .collect()
        };
        let (only_live, only_rebuilt) = (only(a, b), only(b, a));
        if !only_live.is_empty() || !only_rebuilt.is_empty() {
            out.push(format!(
                "{table}: {} rows only live, {} only rebuilt; live {:?}; rebuilt {:?}",
                only_live.len(),
                only_rebuilt.len(),
                &only_live[..only_live.len().min(3)],
                &only_rebuilt[..only_rebuilt.len().min(3)],
            ));
        }
    }
    out
}

/// Waits (at most `limit`) until every projection's checkpoint in the database at `url` has
/// reached `head`, the event log's last sequence: then the live read models hold the whole log.
pub async fn wait_caught_up(url: &str, head: u64, limit: Duration) {
    let db = Database::connect(url).await.expect("connect to the database");
    let started = Instant::now();
    loop {
        let behind: Vec<String> = db
            .query_all_raw(Statement::from_string(db.get_database_backend(), "SELECT name, last_sequence FROM projection_checkpoints"))
            .await
            .expect("read the checkpoints")
            .iter()
            .filter_map(|row| {
                let name: String = row.try_get_by_index(0).ok()?;
                let at: i64 = row.try_get_by_index(1).ok()?;
                (at < head as i64).then(|| format!("{name} at {at}"))
            })
            .collect();
        if behind.is_empty() {
            return;
        }
        assert!(started.elapsed() < limit, "projections behind the log's head {head} after {limit:?}: {behind:?}");
        tokio::time::sleep(Duration::from_millis(500)).await;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn differences_count_rows_as_a_multiset() {
        let snap = |rows: &[&str]| BTreeMap::from([("t".to_owned(), rows.iter().map(|r| (*r).to_owned()).collect::<Vec<_>>())]);
        assert!(differences(&snap(&["a", "b", "b"]), &snap(&["a", "b", "b"])).is_empty());
        let diff = differences(&snap(&["a", "b", "b"]), &snap(&["a", "b", "c"]));
        assert_eq!(diff.len(), 1);
        assert!(diff[0].starts_with("t: 1 rows only live, 1 only rebuilt"), "{diff:?}");
        assert_eq!(differences(&snap(&["a"]), &BTreeMap::new()), ["t: only in one database"]);
    }
}
