//! Content hashes: lowercase hex SHA-256, as media blobs, model files and tokens are named by.

use sha2::{Digest, Sha256};

pub fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes).iter().map(|b| format!("{b:02x}")).collect()
}
