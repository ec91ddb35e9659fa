//! Given these events, then this state: the one way aggregate tests build history. Events are
//! folded exactly as a load from the log folds them (envelope, version, time).

use chrono::{DateTime, Utc};

use crate::aggregate::Aggregate;
use crate::events::{AggregateRef, EventEnum};
use crate::ids::TenantId;

pub struct Given<A: Aggregate> {
    pub agg: AggregateRef,
    pub state: A,
    version: u64,
}

impl<A: Aggregate> Default for Given<A> {
    fn default() -> Self {
        Self::new()
    }
}

impl<A: Aggregate> Given<A> {
    /// An aggregate with no events, of a new tenant.
    pub fn new() -> Self {
        let tenant = TenantId::new();
        Self {
            agg: AggregateRef::new(tenant, A::KIND, tenant.to_string()).expect("a tenant id is a valid aggregate id"),
            state: A::default(),
            version: 0,
        }
    }

    /// Then `event` happened at `at`.
    pub fn event(&mut self, event: impl Into<A::Event>, at: DateTime<Utc>) -> &mut Self {
        self.version += 1;
        let envelope = event.into().to_new_event(at).expect("a test event serialises").into_envelope(&self.agg, self.version);
        self.state.apply(&envelope).expect("the aggregate reads its own events");
        self
    }
}
