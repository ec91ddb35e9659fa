//! The jobs work queue (a JetStream work-queue stream read by one durable pull consumer that
//! all workers share) and per-tenant running-job slots (a JetStream key-value bucket updated
//! with compare-and-set, so workers in any number of processes agree on who holds a slot).

use std::collections::BTreeMap;
use std::time::Duration;

use async_nats::jetstream;
use async_nats::jetstream::kv::{self, UpdateErrorKind};
use async_trait::async_trait;
use chrono::{DateTime, Utc};
use futures::StreamExt;
use veracity_domain::ports::job_queue::{JobQueue, JobSlots, JobTicket, QueueLevel, TicketDelivery, TicketStream};
use veracity_domain::{DomainError, JobId, TenantId};

use super::nats_error;
use super::work_queue::{self, Handle, Pulled};

#[derive(Debug, Clone)]
pub struct JobQueueSettings {
    /// e.g. `VERACITY_JOBS`.
    pub stream: String,
    /// e.g. `veracity.jobs`; tickets go to `<prefix>.<tenant>`.
    pub subject_prefix: String,
    /// e.g. `veracity_slots`.
    pub slots_bucket: String,
    pub replicas: usize,
    /// A delivery not acked (nor kept alive) within this is given to another worker.
    pub ack_wait: Duration,
}

pub struct JetStreamJobQueue {
    js: jetstream::Context,
    settings: JobQueueSettings,
}

impl JetStreamJobQueue {
    pub async fn open(client: async_nats::Client, settings: JobQueueSettings) -> Result<Self, DomainError> {
        let js = jetstream::new(client);
        let description = "Veracity detection jobs waiting for a worker";
        work_queue::open_stream(&js, &settings.stream, description, &settings.subject_prefix, settings.replicas).await?;
        Ok(Self { js, settings })
    }

    /// The slots bucket on the same connection.
    pub async fn slots(&self) -> Result<JetStreamJobSlots, DomainError> {
        let config = kv::Config {
            bucket: self.settings.slots_bucket.clone(),
            description: "Veracity running-job slots per tenant".into(),
            history: 1,
            num_replicas: self.settings.replicas,
            ..Default::default()
        };
        let store = match self.js.get_key_value(&config.bucket).await {
            Ok(store) => store,
            Err(_) => self.js.create_key_value(config).await.map_err(|e| nats_error("opening the slots bucket", e))?,
        };
        Ok(JetStreamJobSlots { store, known: std::sync::Mutex::new(std::collections::HashMap::new()) })
    }
}

#[async_trait]
impl JobQueue for JetStreamJobQueue {
    async fn enqueue(&self, ticket: JobTicket) -> Result<(), DomainError> {
        let subject = format!("{}.{}", self.settings.subject_prefix, ticket.tenant);
        let body = serde_json::to_vec(&ticket).expect("a ticket serialises");
        work_queue::publish(&self.js, subject, ticket.job.to_string(), body, "queueing a job").await
    }

    async fn consume(&self, group: &str) -> Result<TicketStream, DomainError> {
        let pulled = work_queue::pull(&self.js, &self.settings.stream, group, self.settings.ack_wait, 10_000).await?;
        Ok(pulled
            .map(|pulled| {
                let Pulled { message, delivery, queued_at } = pulled?;
                let ticket: JobTicket = serde_json::from_slice(&message.payload)
                    .map_err(|e| DomainError::internal(format!("an unreadable job ticket: {e}")))?;
                Ok(TicketDelivery { ticket, attempt: delivery, queued_at, handle: Box::new(Handle(message)) })
            })
            .boxed())
    }

    async fn level(&self) -> Result<QueueLevel, DomainError> {
        let state = work_queue::state(&self.js, &self.settings.stream).await?;
        // A work queue deletes a ticket once it is acknowledged: every sequence number handed
        // out and no longer stored was drained.
        Ok(QueueLevel { depth: state.messages, drained: state.last_sequence.saturating_sub(state.messages) })
    }
}

pub struct JetStreamJobSlots {
    store: kv::Store,
    /// The holders and revision this process last read or wrote, per tenant: a change starts
    /// from them (one request instead of two) and reads the bucket only when another process
    /// changed it since, which the compare-and-set reports.
    known: std::sync::Mutex<std::collections::HashMap<TenantId, (Holders, u64)>>,
}

/// Slot holders of one tenant: job → when its slot lapses.
type Holders = BTreeMap<JobId, DateTime<Utc>>;

/// Tenants whose slots a process remembers; beyond this it forgets them all and reads again.
const KNOWN_TENANTS: usize = 10_000;

impl JetStreamJobSlots {
    fn known(&self) -> std::sync::MutexGuard<'_, std::collections::HashMap<TenantId, (Holders, u64)>> {
        self.known.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// The tenant's holders and their revision (None: no entry yet) as stored now.
    async fn read(&self, key: &str) -> Result<(Holders, Option<u64>), DomainError> {
        let entry = self.store.entry(key.to_owned()).await.map_err(|e| nats_error("reading job slots", e))?;
        Ok(match entry.filter(|e| e.operation == kv::Operation::Put) {
            Some(entry) => (serde_json::from_slice::<Holders>(&entry.value).unwrap_or_default(), Some(entry.revision)),
            None => (Holders::new(), None),
        })
    }

    /// Applies `change` to the tenant's holders with compare-and-set, retrying on a race.
    async fn modify<T>(&self, tenant: TenantId, mut change: impl FnMut(&mut Holders) -> (bool, T)) -> Result<T, DomainError> {
        let key = tenant.to_string();
        let mut remembered = self.known().get(&tenant).cloned();
        for _ in 0..50 {
            let fresh = remembered.is_none();
            let (mut holders, revision) = match remembered.take() {
                Some((holders, revision)) => (holders, Some(revision)),
                None => self.read(&key).await?,
            };
            let (write, result) = change(&mut holders);
            if !write {
                // A decision to leave the slots alone is only as good as what it saw: made on
                // remembered holders, it is made again on the stored ones.
                if fresh {
                    return Ok(result);
                }
                continue;
            }
            let value = serde_json::to_vec(&holders).expect("slots serialise").into();
            let stored = match revision {
                Some(revision) => {
                    self.store.update(&key, value, revision).await.map_err(|e| e.kind() == UpdateErrorKind::WrongLastRevision)
                }
                None => self.store.create(&key, value).await.map_err(|e| e.kind() == kv::CreateErrorKind::AlreadyExists),
            };
            match stored {
                Ok(revision) => {
                    let mut known = self.known();
                    if known.len() >= KNOWN_TENANTS {
                        known.clear();
                    }
                    known.insert(tenant, (holders, revision));
                    return Ok(result);
                }
                Err(true) => {
                    self.known().remove(&tenant);
                    continue;
                }
                Err(false) => {
                    self.known().remove(&tenant);
                    return Err(nats_error("updating job slots", "the key-value store refused the update"));
                }
            }
        }
        Err(DomainError::Concurrency { aggregate: format!("job slots of {tenant}") })
    }
}

#[async_trait]
impl JobSlots for JetStreamJobSlots {
    async fn acquire(
        &self,
        tenant: TenantId,
        job: JobId,
        limit: u32,
        now: DateTime<Utc>,
        expires: DateTime<Utc>,
    ) -> Result<bool, DomainError> {
        self.modify(tenant, |holders| {
            holders.retain(|_, until| *until > now);
            if holders.contains_key(&job) || holders.len() < limit as usize {
                holders.insert(job, expires);
                (true, true)
            } else {
                (false, false)
            }
        })
        .await
    }

    async fn release(&self, tenant: TenantId, job: JobId) -> Result<(), DomainError> {
        self.modify(tenant, |holders| (holders.remove(&job).is_some(), ())).await
    }
}
