use std::sync::Arc;

use sea_orm::DatabaseConnection;
use veracity_domain::ports::{BlobStore, Clock, EventStore, IdempotencyKeys, JobQueue};

use crate::auth::Auth;
use crate::detect::DetectSettings;
use crate::metrics::Metrics;

/// What handlers share: the ports, the read-model database and authentication. Cheap to clone.
#[derive(Clone)]
pub struct AppState {
    pub events: Arc<dyn EventStore>,
    pub blobs: Arc<dyn BlobStore>,
    pub db: DatabaseConnection,
    pub clock: Arc<dyn Clock>,
    pub metrics: Metrics,
    pub auth: Auth,
    /// Where submitted jobs go.
    pub jobs: Arc<dyn JobQueue>,
    /// `Idempotency-Key` records.
    pub idempotency: Arc<dyn IdempotencyKeys>,
    pub detect: DetectSettings,
}
