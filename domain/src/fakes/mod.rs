//! In-memory implementations of the ports, for unit tests and as the reference behaviour the
//! contract suites hold the real adapters to.

mod given;
mod manual_clock;
mod memory_blob_store;
mod memory_event_store;
mod report;

pub use given::Given;
pub use manual_clock::ManualClock;
pub use memory_blob_store::InMemoryBlobStore;
pub use memory_event_store::InMemoryEventStore;
pub use report::empty_report;
