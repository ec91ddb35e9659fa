//! Load with failures, and the audit after it: clients that submit jobs as a careful integrator
//! does (a failed submission is sent again with the same `Idempotency-Key`, so a lost answer
//! never makes a second job), and a check of the deployment afterwards against its event log:
//! every accepted job has exactly one result; a completed one was reserved and captured once, a
//! failed one reserved and released once; a job the client never heard of (its request failed
//! after part of it was stored) ended failed with its credits released; the jobs read model
//! lists each job once, the ledger read model has one row per credit movement, and the balance
//! equals the balance before less what was captured, with nothing left reserved.

use std::collections::{BTreeMap, BTreeSet};
use std::time::{Duration, Instant};

use reqwest::StatusCode;
use serde_json::{Value, json};
use veracity_domain::billing::{CreditsCaptured, CreditsReleased, CreditsReserved};

use crate::TestApp;
use crate::accounts::Session;
use crate::nats::aggregate_events;

/// The most one submission may take, retries included.
const SUBMIT_LIMIT: Duration = Duration::from_secs(180);

/// Machine-like prose, long enough to be judged.
pub const TEXT: &str = "In today's rapidly evolving landscape, it is important to note that technology plays a pivotal role. \
    Furthermore, organizations must delve into innovative strategies to navigate the complexities of the digital realm. \
    Moreover, leveraging cutting-edge solutions can foster seamless collaboration and unlock unprecedented potential. \
    Additionally, it is crucial to underscore the significance of adaptability in this ever-changing environment.";

/// A tenant under load: its owner and an API key with room for it.
pub struct Tenant {
    pub owner: Session,
    pub key: String,
}

impl TestApp {
    /// A new organisation on `plan` with `credits` granted and a key without practical limits.
    pub async fn load_tenant(&self, plan: &str, credits: u64) -> Tenant {
        let owner = self.signup().await;
        self.set_plan(&owner, plan).await;
        self.grant(&owner, credits).await;
        let (_, key) = self.create_key(&owner, json!({"name": "load", "rate_limit_per_minute": 20000, "daily_limit": 100000})).await;
        Tenant { owner, key }
    }
}

/// One submission: a text, or a file for an upload endpoint.
#[derive(Debug, Clone)]
pub enum Work {
    Text(String),
    File { endpoint: &'static str, name: String, bytes: Vec<u8> },
}

impl Work {
    /// Text job `n`: the sample prose with a numbered sentence.
    pub fn text(n: usize) -> Self {
        Work::Text(format!("{TEXT} Case number {n} is reviewed today."))
    }

    fn request(&self, app: &TestApp, key: &str) -> reqwest::RequestBuilder {
        match self {
            Work::Text(text) => app.http.post(app.url("/v1/detect/text")).bearer_auth(key).json(&json!({"text": text})),
            Work::File { endpoint, name, bytes } => {
                let part = reqwest::multipart::Part::bytes(bytes.clone()).file_name(name.clone());
                app.http.post(app.url(endpoint)).bearer_auth(key).multipart(reqwest::multipart::Form::new().part("file", part))
            }
        }
    }
}

/// Submits `work` (`Prefer: wait=0`) under `idempotency`, sending it again until it is accepted;
/// its job id and how many tries failed. Refusals other than 409 (in progress) and 429 fail.
pub async fn submit_until_accepted(app: &TestApp, tenant: &Tenant, work: &Work, idempotency: &str) -> (String, usize) {
    let started = Instant::now();
    let mut failed = 0;
    loop {
        let sent = work
            .request(app, &tenant.key)
            .header("Idempotency-Key", idempotency)
            .header("Prefer", "wait=0")
            .timeout(Duration::from_secs(20))
            .send()
            .await;
        let last = match sent {
            Ok(response) if response.status() == StatusCode::ACCEPTED || response.status() == StatusCode::OK => {
                let job: Value = response.json().await.expect("a job");
                return (job["id"].as_str().expect("an id").to_owned(), failed);
            }
            Ok(response)
                if response.status().is_client_error()
                    && ![StatusCode::CONFLICT, StatusCode::TOO_MANY_REQUESTS].contains(&response.status()) =>
            {
                let status = response.status();
                panic!("{idempotency}: refused with {status}: {}", response.text().await.unwrap_or_default());
            }
            Ok(response) => format!("{}: {}", response.status(), response.text().await.unwrap_or_default()),
            Err(e) => e.to_string(),
        };
        failed += 1;
        assert!(started.elapsed() < SUBMIT_LIMIT, "{idempotency} was not accepted within {SUBMIT_LIMIT:?} ({failed} tries); last: {last}");
        tokio::time::sleep(Duration::from_millis(250)).await;
    }
}

/// Every id in the jobs read model, page by page.
pub async fn listed_jobs(app: &TestApp, key: &str) -> Vec<String> {
    let mut ids = Vec::new();
    let mut after: Option<String> = None;
    for _ in 0..1000 {
        let path = match &after {
            Some(cursor) => format!("/v1/jobs?limit=100&starting_after={cursor}"),
            None => "/v1/jobs?limit=100".into(),
        };
        let page: Value = app.http.get(app.url(&path)).bearer_auth(key).send().await.unwrap().json().await.unwrap();
        ids.extend(page["data"].as_array().unwrap().iter().map(|j| j["id"].as_str().unwrap().to_owned()));
        match page["next_cursor"].as_str() {
            Some(cursor) => after = Some(cursor.to_owned()),
            None => break,
        }
    }
    ids
}

/// What the audit of one tenant counted.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Audited {
    pub completed: usize,
    pub failed: usize,
    /// Jobs of failed requests (never accepted): failed, credits released.
    pub others: usize,
    /// Credits captured.
    pub captured: u64,
}

impl std::ops::AddAssign for Audited {
    fn add_assign(&mut self, other: Self) {
        self.completed += other.completed;
        self.failed += other.failed;
        self.others += other.others;
        self.captured += other.captured;
    }
}

/// (reserved, captured, released) events per job, and the credits captured.
async fn credit_moves(app: &TestApp, tenant: &str) -> (BTreeMap<String, (usize, usize, usize)>, u64) {
    let mut per_job: BTreeMap<String, (usize, usize, usize)> = BTreeMap::new();
    let mut captured_credits = 0;
    for event in aggregate_events(&app.config, tenant, "credit_account", tenant).await {
        if let Some(reserved) = event.decode::<CreditsReserved>().unwrap() {
            per_job.entry(reserved.job.to_string()).or_default().0 += 1;
        } else if let Some(captured) = event.decode::<CreditsCaptured>().unwrap() {
            per_job.entry(captured.job.to_string()).or_default().1 += 1;
            captured_credits += captured.amount;
        } else if let Some(released) = event.decode::<CreditsReleased>().unwrap() {
            per_job.entry(released.job.to_string()).or_default().2 += 1;
        }
    }
    (per_job, captured_credits)
}

/// Retries `check` every half second until it passes, for at most `limit`; panics with its
/// last complaint.
async fn settles<T, F, Fut>(what: &str, limit: Duration, mut check: F) -> T
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = Result<T, String>>,
{
    let started = Instant::now();
    loop {
        match check().await {
            Ok(value) => return value,
            Err(why) if started.elapsed() > limit => panic!("{what}, within {limit:?}: {why}"),
            Err(_) => tokio::time::sleep(Duration::from_millis(500)).await,
        }
    }
}

/// The audit of one tenant (see the module's comment); `ids` are the jobs it accepted,
/// `available_before` its balance before the load. Panics on any difference.
pub async fn audit(app: &TestApp, tenant: &Tenant, ids: &[String], available_before: i64) -> Audited {
    let accepted: BTreeSet<&str> = ids.iter().map(String::as_str).collect();
    assert_eq!(accepted.len(), ids.len(), "a job id was accepted twice");
    let mut outcome: BTreeMap<&str, bool> = BTreeMap::new();
    for id in ids {
        let job = app.finished_job(&tenant.key, id, Duration::from_secs(300)).await;
        outcome.insert(id, job["status"] == "completed");
    }
    let tenant_id = &tenant.owner.tenant_id;
    // The log: one result per accepted job.
    for id in ids {
        let events = aggregate_events(&app.config, tenant_id, "job", id).await;
        let results: Vec<&str> =
            events.iter().map(|e| e.event_type.as_str()).filter(|t| *t == "job.completed" || *t == "job.failed").collect();
        let expected = if outcome[id.as_str()] { "job.completed" } else { "job.failed" };
        assert_eq!(results, [expected], "job {id}");
    }
    // The credits in the log (the sweeper settles what a failure left, after its grace).
    let expected = |job: &str| match outcome.get(job) {
        Some(true) => (1, 1, 0),
        Some(false) | None => (1, 0, 1),
    };
    let (per_job, captured) = settles("credits settled once per job", Duration::from_secs(120), || async {
        let (per_job, captured) = credit_moves(app, tenant_id).await;
        let wrong: Vec<_> = per_job.iter().filter(|(job, counts)| **counts != expected(job)).collect();
        let missing: Vec<_> = accepted.iter().filter(|id| !per_job.contains_key(**id)).collect();
        if wrong.is_empty() && missing.is_empty() {
            Ok((per_job.clone(), captured))
        } else {
            Err(format!("(reserved, captured, released) off for {wrong:?}; never reserved: {missing:?}"))
        }
    })
    .await;
    let completed = outcome.values().filter(|c| **c).count();
    let audited = Audited { completed, failed: ids.len() - completed, others: per_job.len() - accepted.len(), captured };
    // The read models.
    settles("the read models to match the log", Duration::from_secs(90), || async {
        let listed = listed_jobs(app, &tenant.key).await;
        let unique: BTreeSet<&str> = listed.iter().map(String::as_str).collect();
        if unique.len() != listed.len() {
            return Err(format!("{} rows for {} jobs", listed.len(), unique.len()));
        }
        if !accepted.is_subset(&unique) {
            return Err(format!("accepted jobs not listed: {:?}", accepted.difference(&unique).collect::<Vec<_>>()));
        }
        for extra in unique.difference(&accepted) {
            let job: Value =
                app.http.get(app.url(&format!("/v1/jobs/{extra}"))).bearer_auth(&tenant.key).send().await.unwrap().json().await.unwrap();
            if job["status"] != "failed" {
                return Err(format!("a job the client never heard of is not failed: {job}"));
            }
        }
        let ledger = app.ledger(&tenant.owner).await;
        let count = |kind: &str| ledger.iter().filter(|e| e["type"] == kind && e["job_id"].is_string()).count();
        let rows = (count("reserved"), count("captured"), count("released"));
        let log = (per_job.len(), audited.completed, audited.failed + audited.others);
        if rows != log {
            return Err(format!("ledger rows (reserved, captured, released) {rows:?}; the log says {log:?}"));
        }
        let balance = app.balance(&tenant.owner).await;
        let available = available_before - captured as i64;
        if balance["available"].as_i64() != Some(available) || balance["reserved"].as_i64() != Some(0) {
            return Err(format!("balance {balance}; expected available {available}, none reserved"));
        }
        Ok(())
    })
    .await;
    audited
}
