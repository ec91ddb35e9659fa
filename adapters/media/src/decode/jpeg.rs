//! JPEG completeness. Decoders fill a truncated JPEG's missing rows with grey and call it a
//! success; analysing half a photo would be wrong, so a JPEG must reach its end-of-image marker.

/// Whether the JPEG's segments and entropy-coded scans run from SOI to an EOI marker.
/// Application segments (where EXIF thumbnails, with their own EOI, live) are skipped whole, and
/// bytes after the EOI (trailers some cameras append) are allowed.
pub fn is_complete(bytes: &[u8]) -> bool {
    if !bytes.starts_with(&[0xFF, 0xD8]) {
        return false;
    }
    let mut i = 2;
    while i + 1 < bytes.len() {
        if bytes[i] != 0xFF {
            return false;
        }
        let marker = bytes[i + 1];
        match marker {
            0xD9 => return true,
            // Fill bytes before a marker.
            0xFF => {
                i += 1;
                continue;
            }
            // Markers without a length: TEM and RSTn.
            0x01 | 0xD0..=0xD7 => {
                i += 2;
                continue;
            }
            _ => {}
        }
        let Some(len) = bytes.get(i + 2..i + 4).map(|l| usize::from(u16::from_be_bytes([l[0], l[1]]))) else { return false };
        if len < 2 {
            return false;
        }
        i += 2 + len;
        if marker == 0xDA {
            // Entropy-coded data runs to the next marker that is not a stuffed 0xFF00 or RSTn.
            while i + 1 < bytes.len() && (bytes[i] != 0xFF || matches!(bytes[i + 1], 0x00 | 0xD0..=0xD7 | 0xFF)) {
                i += 1;
            }
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    /// SOI, an APP1 holding a thumbnail's EOI, a scan with a stuffed byte and a restart, EOI.
    fn jpeg() -> Vec<u8> {
        let mut j = vec![0xFF, 0xD8];
        j.extend([0xFF, 0xE1, 0x00, 0x06, 0xFF, 0xD8, 0xFF, 0xD9]);
        j.extend([0xFF, 0xDB, 0x00, 0x03, 0x00]);
        j.extend([0xFF, 0xDA, 0x00, 0x03, 0x00, 0x12, 0xFF, 0x00, 0x34, 0xFF, 0xD0, 0x56]);
        j.extend([0xFF, 0xD9]);
        j
    }

    #[test]
    fn a_whole_jpeg_is_complete_and_trailers_are_allowed() {
        assert!(is_complete(&jpeg()));
        let mut trailer = jpeg();
        trailer.extend(b"vendor trailer");
        assert!(is_complete(&trailer));
    }

    #[test]
    fn every_truncation_is_caught_even_after_a_thumbnail_eoi() {
        let whole = jpeg();
        for len in 0..whole.len() {
            assert!(!is_complete(&whole[..len]), "cut at {len}");
        }
    }
}
