//! The opaque secrets Veracity hands out, and how their ids are read back out of them.
//!
//! Each is a visible prefix plus base58 of `32 random bytes ‖ the ids it belongs to`, so the
//! server finds what a secret refers to without a lookup table, and a secret pasted into a chat
//! or a log is recognisable (and scannable) by its prefix:
//!
//! * API key `vk_live_…`: random ‖ tenant ‖ key id. Stored as an argon2id hash.
//! * refresh token `vrt_…`: random ‖ tenant ‖ session id. Stored as a SHA-256 digest.
//! * invitation `vinv_…`: random ‖ tenant ‖ user id. Stored as a SHA-256 digest.
//!
//! The random part is 256 bits, so a digest (not a slow hash) is enough for the tokens; API
//! keys get argon2id as the issue of record asks, with verification cached (see `keys`).

use uuid::Uuid;
use veracity_domain::{ApiKeyId, SessionId, TenantId, UserId};

pub const API_KEY_PREFIX: &str = "vk_live_";
pub const REFRESH_PREFIX: &str = "vrt_";
pub const INVITE_PREFIX: &str = "vinv_";
const RANDOM_BYTES: usize = 32;
const ALPHABET: &[u8; 58] = b"123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

pub fn random_bytes<const N: usize>() -> [u8; N] {
    let mut bytes = [0u8; N];
    getrandom::fill(&mut bytes).expect("the operating system's random source works");
    bytes
}

pub fn base58_encode(bytes: &[u8]) -> String {
    // Repeated division of a big-endian number by 58; fine for the 64 bytes used here.
    let mut digits: Vec<u8> = Vec::with_capacity(bytes.len() * 138 / 100 + 1);
    for &byte in bytes {
        let mut carry = u32::from(byte);
        for digit in digits.iter_mut() {
            carry += u32::from(*digit) << 8;
            *digit = (carry % 58) as u8;
            carry /= 58;
        }
        while carry > 0 {
            digits.push((carry % 58) as u8);
            carry /= 58;
        }
    }
    let zeros = bytes.iter().take_while(|b| **b == 0).count();
    std::iter::repeat_n(b'1', zeros).chain(digits.iter().rev().map(|d| ALPHABET[*d as usize])).map(char::from).collect()
}

pub fn base58_decode(text: &str) -> Option<Vec<u8>> {
    let mut bytes: Vec<u8> = Vec::with_capacity(text.len());
    for c in text.bytes() {
        let mut carry = ALPHABET.iter().position(|&a| a == c)? as u32;
        for byte in bytes.iter_mut() {
            carry += u32::from(*byte) * 58;
            *byte = (carry & 0xff) as u8;
            carry >>= 8;
        }
        while carry > 0 {
            bytes.push((carry & 0xff) as u8);
            carry >>= 8;
        }
    }
    let zeros = text.bytes().take_while(|c| *c == b'1').count();
    Some(std::iter::repeat_n(0, zeros).chain(bytes.into_iter().rev()).collect())
}

fn mint(prefix: &str, a: Uuid, b: Uuid) -> String {
    let mut raw = Vec::with_capacity(RANDOM_BYTES + 32);
    raw.extend_from_slice(&random_bytes::<RANDOM_BYTES>());
    raw.extend_from_slice(a.as_bytes());
    raw.extend_from_slice(b.as_bytes());
    format!("{prefix}{}", base58_encode(&raw))
}

fn read(prefix: &str, text: &str) -> Option<(Uuid, Uuid)> {
    let body = text.strip_prefix(prefix)?;
    if body.len() > 100 {
        return None;
    }
    let raw = base58_decode(body)?;
    if raw.len() != RANDOM_BYTES + 32 {
        return None;
    }
    let a = Uuid::from_slice(&raw[RANDOM_BYTES..RANDOM_BYTES + 16]).ok()?;
    let b = Uuid::from_slice(&raw[RANDOM_BYTES + 16..]).ok()?;
    Some((a, b))
}

pub fn new_api_key(tenant: TenantId, key: ApiKeyId) -> String {
    mint(API_KEY_PREFIX, tenant.as_uuid(), key.as_uuid())
}

pub fn read_api_key(text: &str) -> Option<(TenantId, ApiKeyId)> {
    read(API_KEY_PREFIX, text).map(|(t, k)| (TenantId::from_uuid(t), ApiKeyId::from_uuid(k)))
}

pub fn new_refresh_token(tenant: TenantId, session: SessionId) -> String {
    mint(REFRESH_PREFIX, tenant.as_uuid(), session.as_uuid())
}

pub fn read_refresh_token(text: &str) -> Option<(TenantId, SessionId)> {
    read(REFRESH_PREFIX, text).map(|(t, s)| (TenantId::from_uuid(t), SessionId::from_uuid(s)))
}

pub fn new_invitation(tenant: TenantId, user: UserId) -> String {
    mint(INVITE_PREFIX, tenant.as_uuid(), user.as_uuid())
}

pub fn read_invitation(text: &str) -> Option<(TenantId, UserId)> {
    read(INVITE_PREFIX, text).map(|(t, u)| (TenantId::from_uuid(t), UserId::from_uuid(u)))
}

/// What listings show of a secret: its first 8 characters after the prefix, and its last 4.
pub fn display_parts(secret: &str, prefix: &str) -> (String, String) {
    let body = secret.strip_prefix(prefix).unwrap_or(secret);
    let head: String = body.chars().take(8).collect();
    let tail: String = body.chars().rev().take(4).collect::<Vec<_>>().into_iter().rev().collect();
    (format!("{prefix}{head}"), tail)
}

/// Hex SHA-256, for high-entropy tokens and for e-mail aggregate ids.
pub fn digest(text: &str) -> String {
    veracity_domain::digest::sha256_hex(text.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base58_round_trips_including_leading_zeros() {
        for input in [vec![], vec![0], vec![0, 0, 1, 2], random_bytes::<64>().to_vec(), vec![255; 40]] {
            assert_eq!(base58_decode(&base58_encode(&input)).unwrap(), input);
        }
        assert_eq!(base58_encode(b"hello world"), "StV1DL6CwTryKyV");
        assert!(base58_decode("0OIl").is_none());
    }

    #[test]
    fn secrets_carry_their_ids_and_nothing_else_parses() {
        let (tenant, key) = (TenantId::new(), ApiKeyId::new());
        let secret = new_api_key(tenant, key);
        assert!(secret.starts_with(API_KEY_PREFIX));
        assert!(secret.len() >= API_KEY_PREFIX.len() + 43, "at least 32 random bytes");
        assert_eq!(read_api_key(&secret), Some((tenant, key)));
        assert_ne!(new_api_key(tenant, key), secret);
        assert_ne!(read_api_key(&secret[..secret.len() - 1]), Some((tenant, key)));
        assert_eq!(read_api_key("vk_live_short"), None);
        assert_eq!(read_refresh_token(&secret), None);
        let (prefix, last4) = display_parts(&secret, API_KEY_PREFIX);
        assert_eq!(prefix.len(), API_KEY_PREFIX.len() + 8);
        assert!(secret.ends_with(&last4));
    }
}
