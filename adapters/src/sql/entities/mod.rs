//! sea-orm entities of the read models; the tables themselves are defined in `migrations/`.

pub mod aggregate_catalog;
pub mod projection_checkpoint;
