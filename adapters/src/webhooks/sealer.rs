//! Signing secrets sealed with XChaCha20-Poly1305 (RustCrypto), a random 192-bit nonce per
//! secret, and the owner (`<tenant>/<endpoint>`) as associated data: a sealed secret copied onto
//! another endpoint or tenant does not open. Stored as `v1.<base64url(nonce ‖ ciphertext)>`.

use base64::Engine;
use base64::engine::general_purpose::{STANDARD, URL_SAFE_NO_PAD};
use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use veracity_domain::DomainError;
use veracity_domain::ports::SecretSealer;
use veracity_domain::webhooks::SealedSecret;
use veracity_domain::webhooks::signature::secret_text;

/// The sealing key's length.
pub const KEY_BYTES: usize = 32;
const NONCE_BYTES: usize = 24;
const VERSION: &str = "v1.";

pub struct XChaChaSealer {
    cipher: XChaCha20Poly1305,
}

impl XChaChaSealer {
    /// A sealer with `key` (32 bytes).
    pub fn new(key: &[u8]) -> Result<Self, DomainError> {
        let cipher = XChaCha20Poly1305::new_from_slice(key)
            .map_err(|_| DomainError::invalid("webhooks.secret_key", format!("must be {KEY_BYTES} bytes")))?;
        Ok(Self { cipher })
    }

    /// A new random key, as base64 text (for a key file).
    pub fn new_key_text() -> String {
        let mut key = [0u8; KEY_BYTES];
        getrandom::fill(&mut key).expect("the operating system provides randomness");
        STANDARD.encode(key)
    }

    /// A sealer with a key given as base64 text (standard or URL-safe alphabet).
    pub fn from_base64(text: &str) -> Result<Self, DomainError> {
        let text = text.trim();
        let key = STANDARD
            .decode(text)
            .or_else(|_| URL_SAFE_NO_PAD.decode(text.trim_end_matches('=')))
            .map_err(|_| DomainError::invalid("webhooks.secret_key", "must be base64"))?;
        Self::new(&key)
    }

    fn seal(&self, plaintext: &[u8], context: &str) -> Result<SealedSecret, DomainError> {
        let mut nonce = [0u8; NONCE_BYTES];
        getrandom::fill(&mut nonce).map_err(|e| DomainError::internal(format!("no randomness: {e}")))?;
        let sealed = self
            .cipher
            .encrypt(&XNonce::from(nonce), Payload { msg: plaintext, aad: context.as_bytes() })
            .map_err(|_| DomainError::internal("sealing a secret failed"))?;
        let mut out = nonce.to_vec();
        out.extend_from_slice(&sealed);
        Ok(SealedSecret(format!("{VERSION}{}", URL_SAFE_NO_PAD.encode(out))))
    }
}

impl SecretSealer for XChaChaSealer {
    fn generate(&self, context: &str) -> Result<(String, SealedSecret), DomainError> {
        let mut key = [0u8; 32];
        getrandom::fill(&mut key).map_err(|e| DomainError::internal(format!("no randomness: {e}")))?;
        let text = secret_text(&key);
        let sealed = self.seal(text.as_bytes(), context)?;
        Ok((text, sealed))
    }

    fn open(&self, sealed: &SealedSecret, context: &str) -> Result<String, DomainError> {
        let unreadable = || {
            DomainError::internal("a webhook secret cannot be opened: sealed with another key (webhooks.secret_key) or for another owner")
        };
        let body = sealed.0.strip_prefix(VERSION).ok_or_else(unreadable)?;
        let bytes = URL_SAFE_NO_PAD.decode(body).map_err(|_| unreadable())?;
        if bytes.len() <= NONCE_BYTES {
            return Err(unreadable());
        }
        let (nonce, ciphertext) = bytes.split_at(NONCE_BYTES);
        let nonce: [u8; NONCE_BYTES] = nonce.try_into().map_err(|_| unreadable())?;
        let plain =
            self.cipher.decrypt(&XNonce::from(nonce), Payload { msg: ciphertext, aad: context.as_bytes() }).map_err(|_| unreadable())?;
        String::from_utf8(plain).map_err(|_| unreadable())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sealed_secrets_open_only_with_their_key_and_owner() {
        let sealer = XChaChaSealer::new(&[7u8; 32]).unwrap();
        let (text, sealed) = sealer.generate("ten_a/wh_b").unwrap();
        assert!(text.starts_with("whsec_"));
        assert_eq!(veracity_domain::webhooks::signature::secret_key(&text).unwrap().len(), 32);
        assert!(!sealed.0.contains(&text[6..]), "the sealed form does not hold the secret");
        assert_eq!(sealer.open(&sealed, "ten_a/wh_b").unwrap(), text);
        assert!(sealer.open(&sealed, "ten_a/wh_c").is_err());
        assert!(XChaChaSealer::new(&[8u8; 32]).unwrap().open(&sealed, "ten_a/wh_b").is_err());
        let (_, again) = sealer.generate("ten_a/wh_b").unwrap();
        assert_ne!(sealed, again);
        assert!(XChaChaSealer::new(&[1u8; 31]).is_err());
        assert!(XChaChaSealer::from_base64(&STANDARD.encode([9u8; 32])).is_ok());
    }
}
