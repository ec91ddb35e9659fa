//! Reading an organisation's credits: balance and ledger.

use std::time::Duration;

use reqwest::Method;
use serde_json::Value;

use crate::accounts::{FetchJson, Session};
use crate::{TestApp, eventually};

impl TestApp {
    pub async fn balance(&self, session: &Session) -> Value {
        self.admin(session, Method::GET, "/v1/billing/balance").fetch().await
    }

    /// Every ledger entry of the session's organisation, oldest first.
    pub async fn ledger(&self, session: &Session) -> Vec<Value> {
        let mut entries = Vec::new();
        let mut after: Option<String> = None;
        for _ in 0..100 {
            let path = match &after {
                Some(cursor) => format!("/v1/billing/ledger?limit=100&starting_after={cursor}"),
                None => "/v1/billing/ledger?limit=100".into(),
            };
            let page = self.admin(session, Method::GET, &path).fetch().await;
            entries.extend(page["data"].as_array().unwrap().iter().cloned());
            match page["next_cursor"].as_str() {
                Some(cursor) => after = Some(cursor.to_owned()),
                None => break,
            }
        }
        entries.reverse();
        entries
    }

    /// Waits until the ledger read model holds `count` entries of `entry_type`. Each entry may
    /// wait on a job that runs every detector (about half a second of model time on a busy
    /// 2-core CI machine), so the limit grows with `count`.
    pub async fn ledger_with(&self, session: &Session, entry_type: &str, count: usize) -> Vec<Value> {
        let limit = Duration::from_secs(20 + 2 * count as u64);
        eventually(&format!("{count} `{entry_type}` ledger entries"), limit, || async {
            let entries = self.ledger(session).await;
            (entries.iter().filter(|e| e["type"] == entry_type).count() >= count).then_some(entries)
        })
        .await
    }
}
