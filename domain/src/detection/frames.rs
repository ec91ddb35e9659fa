//! A list of still frames standing for a video (`{"frames": [base64…]}`), stored as one blob:
//! `VFRAMES1`, then for each frame a little-endian u32 length and the image bytes. The API
//! writes it, the decoder reads it back.

use super::media::MediaError;

const MAGIC: &[u8; 8] = b"VFRAMES1";

pub fn bundle(frames: &[Vec<u8>]) -> Vec<u8> {
    let mut out = MAGIC.to_vec();
    for frame in frames {
        out.extend_from_slice(&(frame.len() as u32).to_le_bytes());
        out.extend_from_slice(frame);
    }
    out
}

pub fn is_bundle(bytes: &[u8]) -> bool {
    bytes.starts_with(MAGIC)
}

pub fn unbundle(bytes: &[u8]) -> Result<Vec<&[u8]>, MediaError> {
    let mut rest = bytes.strip_prefix(MAGIC).ok_or_else(|| MediaError::Invalid("not a frame list".into()))?;
    let mut frames = Vec::new();
    while !rest.is_empty() {
        let (len, tail) = rest.split_at_checked(4).ok_or_else(|| MediaError::Invalid("the frame list is truncated".into()))?;
        let len = u32::from_le_bytes(len.try_into().expect("4 bytes")) as usize;
        let (frame, tail) = tail.split_at_checked(len).ok_or_else(|| MediaError::Invalid("the frame list is truncated".into()))?;
        frames.push(frame);
        rest = tail;
    }
    Ok(frames)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bundles_round_trip_and_truncation_is_invalid() {
        let blob = bundle(&[b"abc".to_vec(), vec![], b"de".to_vec()]);
        assert!(is_bundle(&blob));
        assert_eq!(unbundle(&blob).unwrap(), vec![&b"abc"[..], b"", b"de"]);
        assert!(unbundle(&blob[..blob.len() - 1]).is_err());
    }
}
