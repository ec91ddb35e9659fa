//! Reading an organisation's credits: balance and ledger.

use std::time::Duration;

use reqwest::Method;
use serde_json::Value;

use crate::accounts::{FetchJson, Session};
use crate::{TestApp, eventually};

impl TestApp {
    /// The deployment's credit ledger, as another process (`veracity admin`) opens it.
    async fn operator_ledger(&self) -> veracity_app::CreditLedger {
        let events = std::sync::Arc::new(crate::nats::app_event_store(&self.config).await);
        veracity_app::CreditLedger::new(events, std::sync::Arc::new(veracity_domain::ports::SystemClock), 0)
    }

    /// Puts the organisation on `plan` (`FREE`, `BASIC`, `PRO`, `ENTERPRISE`), as
    /// `veracity admin plan` does.
    pub async fn set_plan(&self, session: &Session, plan: &str) {
        let plan: veracity_domain::accounts::Plan = serde_json::from_value(Value::String(plan.into())).expect("a plan");
        let tenant = session.tenant_id.parse().expect("a tenant id");
        let operator = veracity_domain::accounts::Actor::Operator("test".into());
        self.operator_ledger().await.change_plan(tenant, plan, operator, "test-plan").await.expect("change the plan");
    }

    /// Grants `credits` to the organisation, as `veracity admin grant` does (through the
    /// deployment's event log).
    pub async fn grant(&self, session: &Session, credits: u64) {
        use veracity_domain::accounts::Actor;
        use veracity_domain::billing::account::{CreditsGranted, GrantKind};
        let ledger = self.operator_ledger().await;
        let grant = CreditsGranted {
            grant: crate::unique("test-grant-"),
            kind: GrantKind::Admin,
            amount: credits,
            expires_at: None,
            reason: "test credits".into(),
            actor: Actor::Operator("test".into()),
            balance: Default::default(),
        };
        let tenant = session.tenant_id.parse().expect("a tenant id");
        ledger.grant(tenant, grant, "test-grant").await.expect("grant credits");
    }

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
