//! Blob stores: a local directory (embedded default) and any S3-compatible service.

mod local;
mod s3;

pub use local::LocalBlobStore;
pub use s3::{S3BlobStore, S3Settings};
