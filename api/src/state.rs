use std::sync::Arc;

use sea_orm::DatabaseConnection;
use veracity_domain::ports::{BlobStore, Clock, EventStore};

use crate::metrics::Metrics;

/// What handlers share: the ports and the read-model database. Cheap to clone.
#[derive(Clone)]
pub struct AppState {
    pub events: Arc<dyn EventStore>,
    pub blobs: Arc<dyn BlobStore>,
    pub db: DatabaseConnection,
    pub clock: Arc<dyn Clock>,
    pub metrics: Metrics,
}
