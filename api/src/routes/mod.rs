pub mod system;

use poem_openapi::Tags;

#[derive(Tags)]
pub enum ApiTags {
    /// Liveness, readiness and metrics, for load balancers, orchestrators and monitoring.
    System,
}
