//! Standard Webhooks signatures (<https://www.standardwebhooks.com>): the headers
//! `webhook-id`, `webhook-timestamp` (Unix seconds) and `webhook-signature`, a space-separated
//! list of `v1,<base64 HMAC-SHA256 of "{id}.{timestamp}.{body}">`, one per valid secret, keyed
//! with the base64-decoded part of the `whsec_…` secret.

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use hmac::{Hmac, KeyInit, Mac};
use sha2::Sha256;

use crate::error::DomainError;

/// The visible prefix of a signing secret.
pub const SECRET_PREFIX: &str = "whsec_";

/// A signing secret as shown to its owner, from its key bytes.
pub fn secret_text(key: &[u8]) -> String {
    format!("{SECRET_PREFIX}{}", STANDARD.encode(key))
}

/// The key bytes of a `whsec_…` secret.
pub fn secret_key(secret: &str) -> Result<Vec<u8>, DomainError> {
    let encoded = secret.strip_prefix(SECRET_PREFIX).unwrap_or(secret);
    STANDARD.decode(encoded).map_err(|_| DomainError::internal("a webhook secret is not base64"))
}

/// One `v1,<signature>` entry.
pub fn sign(key: &[u8], message_id: &str, timestamp: i64, body: &[u8]) -> String {
    let mut mac = <Hmac<Sha256> as KeyInit>::new_from_slice(key).expect("HMAC takes keys of any length");
    mac.update(message_id.as_bytes());
    mac.update(b".");
    mac.update(timestamp.to_string().as_bytes());
    mac.update(b".");
    mac.update(body);
    format!("v1,{}", STANDARD.encode(mac.finalize().into_bytes()))
}

/// The `webhook-signature` value: one entry per key, in order.
pub fn signature_header(keys: &[Vec<u8>], message_id: &str, timestamp: i64, body: &[u8]) -> String {
    keys.iter().map(|key| sign(key, message_id, timestamp, body)).collect::<Vec<_>>().join(" ")
}

/// Whether one of the header's entries is `key`'s signature (what a receiver checks).
pub fn verify(key: &[u8], message_id: &str, timestamp: i64, body: &[u8], header: &str) -> bool {
    let expected = sign(key, message_id, timestamp, body);
    header.split(' ').any(|entry| entry.len() == expected.len() && constant_eq(entry.as_bytes(), expected.as_bytes()))
}

fn constant_eq(a: &[u8], b: &[u8]) -> bool {
    a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The example of the Standard Webhooks specification's reference libraries.
    #[test]
    fn matches_the_reference_vector() {
        let key = secret_key("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw").unwrap();
        let body = br#"{"test": 2432232314}"#;
        let signature = sign(&key, "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330, body);
        assert_eq!(signature, "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }

    #[test]
    fn every_key_signs_and_each_verifies() {
        let (a, b) = (vec![1u8; 32], vec![2u8; 32]);
        let header = signature_header(&[a.clone(), b.clone()], "msg_1", 42, b"{}");
        assert_eq!(header.split(' ').count(), 2);
        assert!(verify(&a, "msg_1", 42, b"{}", &header));
        assert!(verify(&b, "msg_1", 42, b"{}", &header));
        assert!(!verify(&[3u8; 32], "msg_1", 42, b"{}", &header));
        assert!(!verify(&a, "msg_1", 43, b"{}", &header));
        assert_eq!(secret_key(&secret_text(&a)).unwrap(), a);
    }
}
