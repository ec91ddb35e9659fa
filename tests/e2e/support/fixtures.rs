//! Real photographs with a generator's marks added, the way generators write them.

use std::io::Cursor;

/// `image` re-encoded as a baseline JPEG at quality 95 with 4:4:4 chroma (no metadata).
pub fn jpeg_of(image: &[u8]) -> Vec<u8> {
    let rgb = image::load_from_memory(image).unwrap().to_rgb8();
    let mut out = Cursor::new(Vec::new());
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, 95).encode_image(&rgb).unwrap();
    out.into_inner()
}

/// `png` with a `tEXt` chunk `keyword: text` before its `IEND`, as AUTOMATIC1111 and ComfyUI
/// write their generation settings.
pub fn with_png_text(png: &[u8], keyword: &str, text: &str) -> Vec<u8> {
    let iend = png.len() - 12;
    assert_eq!(&png[iend + 4..iend + 8], b"IEND", "a PNG ends with its IEND chunk");
    let mut data = keyword.as_bytes().to_vec();
    data.push(0);
    data.extend(text.bytes());
    let mut out = png[..iend].to_vec();
    out.extend((data.len() as u32).to_be_bytes());
    let mut typed = b"tEXt".to_vec();
    typed.extend(&data);
    out.extend(&typed);
    out.extend(crc32(&typed).to_be_bytes());
    out.extend(&png[iend..]);
    out
}

/// `jpeg` with an XMP packet in an APP1 segment right after its SOI marker.
pub fn with_xmp(jpeg: &[u8], xmp: &str) -> Vec<u8> {
    let mut payload = b"http://ns.adobe.com/xap/1.0/\0".to_vec();
    payload.extend(xmp.bytes());
    let mut out = jpeg[..2].to_vec();
    out.extend([0xFF, 0xE1]);
    out.extend(((payload.len() + 2) as u16).to_be_bytes());
    out.extend(payload);
    out.extend(&jpeg[2..]);
    out
}

/// CRC-32 (IEEE), as PNG chunks carry.
fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = !0u32;
    for &b in bytes {
        crc ^= u32::from(b);
        for _ in 0..8 {
            crc = if crc & 1 == 1 { (crc >> 1) ^ 0xEDB8_8320 } else { crc >> 1 };
        }
    }
    !crc
}
