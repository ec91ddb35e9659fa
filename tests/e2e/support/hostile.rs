//! Hostile media for `tests/e2e/hostile_inputs.rs`: real files of every accepted format whose
//! headers lie. Each is made from a small image or a committed fixture with one field changed,
//! so it is small to send and reaches the code that would trust the lie.

use std::io::Cursor;

use image::{ImageFormat, RgbImage};

use super::fixtures::{crc32, png_chunk};

/// A small real image in `format`.
pub fn small(format: ImageFormat, width: u32, height: u32) -> Vec<u8> {
    let image = RgbImage::from_fn(width, height, |x, y| image::Rgb([(x * 7) as u8, (y * 5) as u8, 90]));
    let mut out = Cursor::new(Vec::new());
    image.write_to(&mut out, format).expect("encode");
    out.into_inner()
}

fn position(bytes: &[u8], pattern: &[u8]) -> usize {
    bytes.windows(pattern.len()).position(|w| w == pattern).expect("marker present")
}

/// A real 64×64 image of `format` whose header claims about 4 gigapixels (100 megapixels for
/// WebP, whose header cannot say more than 16384²): a decompression bomb as far as any decoder
/// trusting it can tell.
pub fn claims_gigapixels(format: ImageFormat) -> Vec<u8> {
    let mut bytes = small(format, 64, 64);
    match format {
        ImageFormat::Png => return png_claiming_size(65_500, 65_500),
        ImageFormat::Jpeg => {
            // SOF0: FF C0, length (2), precision (1), height (2), width (2).
            let sof = position(&bytes, &[0xFF, 0xC0]);
            bytes[sof + 5..sof + 9].copy_from_slice(&[0xFF, 0xDC, 0xFF, 0xDC]);
        }
        ImageFormat::Gif => {
            // The logical screen (6..10) and the first image descriptor (after 0x2C).
            bytes[6..10].copy_from_slice(&[0xFF, 0xFF, 0xFF, 0xFF]);
            let mut at = 13 + 3 * (2usize << (bytes[10] & 7)) * usize::from(bytes[10] >> 7);
            // Skip extension blocks (0x21, label, sub-blocks ending in a zero-length one).
            while bytes[at] == 0x21 {
                at += 2;
                while bytes[at] != 0 {
                    at += usize::from(bytes[at]) + 1;
                }
                at += 1;
            }
            assert_eq!(bytes[at], 0x2C, "the first image descriptor");
            bytes[at + 5..at + 9].copy_from_slice(&[0xFF, 0xFF, 0xFF, 0xFF]);
        }
        ImageFormat::Bmp => {
            bytes[18..22].copy_from_slice(&65_500i32.to_le_bytes());
            bytes[22..26].copy_from_slice(&65_500i32.to_le_bytes());
        }
        ImageFormat::Tiff => patch_tiff_dimensions(&mut bytes, 65_500),
        ImageFormat::WebP => {
            // VP8L: signature 0x2F at 20, then 14 bits width - 1 and 14 bits height - 1
            // (10000 × 10000: 100 megapixels).
            assert_eq!(&bytes[12..16], b"VP8L", "the image crate writes lossless WebP");
            let bits = u32::from_le_bytes(bytes[21..25].try_into().unwrap()) & !0x0FFF_FFFF | 9999 | (9999 << 14);
            bytes[21..25].copy_from_slice(&bits.to_le_bytes());
        }
        other => panic!("{other:?} is not an accepted image format"),
    }
    bytes
}

/// A real 64×64 PNG whose header claims `width` × `height`.
pub fn png_claiming_size(width: u32, height: u32) -> Vec<u8> {
    let mut bytes = small(ImageFormat::Png, 64, 64);
    // IHDR: width and height at 16..24, its CRC over type and data at 29..33.
    bytes[16..20].copy_from_slice(&width.to_be_bytes());
    bytes[20..24].copy_from_slice(&height.to_be_bytes());
    let crc = crc32(&bytes[12..29]);
    bytes[29..33].copy_from_slice(&crc.to_be_bytes());
    bytes
}

/// Sets ImageWidth (256) and ImageLength (257) of a little-endian TIFF's first IFD.
fn patch_tiff_dimensions(bytes: &mut [u8], side: u32) {
    assert_eq!(&bytes[..2], b"II", "the image crate writes little-endian TIFF");
    let u16_at = |b: &[u8], at: usize| u16::from_le_bytes([b[at], b[at + 1]]);
    let ifd = u32::from_le_bytes(bytes[4..8].try_into().unwrap()) as usize;
    let mut patched = 0;
    for entry in (0..usize::from(u16_at(bytes, ifd))).map(|i| ifd + 2 + 12 * i) {
        if matches!(u16_at(bytes, entry), 256 | 257) {
            match u16_at(bytes, entry + 2) {
                3 => bytes[entry + 8..entry + 10].copy_from_slice(&(side.min(65_535) as u16).to_le_bytes()),
                _ => bytes[entry + 8..entry + 12].copy_from_slice(&side.to_le_bytes()),
            }
            patched += 1;
        }
    }
    assert_eq!(patched, 2, "both dimension tags found");
}

/// A real PNG carrying `chunks` text chunks of `value_len` bytes each (image generators write
/// one or two).
pub fn png_with_text_chunks(chunks: usize, value_len: usize) -> Vec<u8> {
    let png = small(ImageFormat::Png, 64, 64);
    let iend = png.len() - 12;
    let mut out = png[..iend].to_vec();
    for i in 0..chunks {
        let mut data = format!("parameters{i}").into_bytes();
        data.push(0);
        data.extend(std::iter::repeat_n(b'a' + (i % 26) as u8, value_len));
        out.extend(png_chunk(b"tEXt", &data));
    }
    out.extend(&png[iend..]);
    out
}

/// A PNG of `width` × `height` black pixels, compressed hard: tiny to send, large to decode.
pub fn black_png(width: u32, height: u32) -> Vec<u8> {
    use image::ImageEncoder;
    use image::codecs::png::{CompressionType, FilterType, PngEncoder};
    let mut out = Vec::new();
    let pixels = vec![0u8; (width * height * 3) as usize];
    PngEncoder::new_with_quality(&mut out, CompressionType::Best, FilterType::NoFilter)
        .write_image(&pixels, width, height, image::ExtendedColorType::Rgb8)
        .expect("encode");
    out
}

/// A WAV file (`tone.wav`) whose header claims `rate` samples per second.
pub fn wav_claiming_rate(wav: &[u8], rate: u32) -> Vec<u8> {
    let mut bytes = wav.to_vec();
    assert_eq!(&bytes[12..16], b"fmt ", "a canonical WAV header");
    let block_align = u32::from(u16::from_le_bytes([bytes[32], bytes[33]]));
    bytes[24..28].copy_from_slice(&rate.to_le_bytes());
    bytes[28..32].copy_from_slice(&rate.wrapping_mul(block_align).to_le_bytes());
    bytes
}

/// Every box of type `kind` in an MP4 (walking into the container boxes on the way).
fn boxes(bytes: &[u8], kind: &[u8; 4]) -> Vec<usize> {
    fn walk(bytes: &[u8], from: usize, to: usize, kind: &[u8; 4], found: &mut Vec<usize>) {
        let mut at = from;
        while at + 8 <= to {
            let size = u32::from_be_bytes(bytes[at..at + 4].try_into().unwrap()) as usize;
            let this: &[u8] = &bytes[at + 4..at + 8];
            if size < 8 || at + size > to {
                return;
            }
            if this == kind {
                found.push(at);
            }
            if matches!(this, b"moov" | b"trak" | b"edts" | b"mdia" | b"minf" | b"stbl") {
                walk(bytes, at + 8, at + size, kind, found);
            }
            at += size;
        }
    }
    let mut found = Vec::new();
    walk(bytes, 0, bytes.len(), kind, &mut found);
    found
}

/// An MP4 whose headers (`mvhd`, `mdhd`) still give its real, few-second length while every
/// sample's timestamp step (`stts`) is multiplied by `factor`: the stream runs for hours. Its
/// edit lists are blanked (renamed `free`), or demuxers would present only the edited seconds.
pub fn mp4_with_stretched_timestamps(mp4: &[u8], factor: u32) -> Vec<u8> {
    let mut bytes = mp4.to_vec();
    for at in boxes(&bytes, b"edts") {
        bytes[at + 4..at + 8].copy_from_slice(b"free");
    }
    let stts = boxes(&bytes, b"stts");
    assert!(!stts.is_empty(), "the MP4 has sample tables");
    for at in stts {
        // size, type, version+flags, entry count, then (sample count, sample delta) pairs.
        let count = u32::from_be_bytes(bytes[at + 12..at + 16].try_into().unwrap()) as usize;
        for entry in 0..count {
            let delta_at = at + 16 + 8 * entry + 4;
            let delta = u32::from_be_bytes(bytes[delta_at..delta_at + 4].try_into().unwrap());
            bytes[delta_at..delta_at + 4].copy_from_slice(&delta.saturating_mul(factor).to_be_bytes());
        }
    }
    bytes
}

/// An MP4 whose movie header claims it lasts about 13 hours (the samples are unchanged).
pub fn mp4_claiming_hours(mp4: &[u8]) -> Vec<u8> {
    let mut bytes = mp4.to_vec();
    let at = boxes(&bytes, b"mvhd")[0];
    assert_eq!(bytes[at + 8], 0, "a version 0 movie header");
    // version+flags (4), creation (4), modification (4), timescale (4), duration (4).
    let timescale = u32::from_be_bytes(bytes[at + 20..at + 24].try_into().unwrap());
    bytes[at + 24..at + 28].copy_from_slice(&timescale.saturating_mul(48_000).to_be_bytes());
    bytes
}

/// Inserts JPEG segments right after a real JPEG's SOI marker.
fn jpeg_with_segments(segments: impl IntoIterator<Item = (u8, Vec<u8>)>) -> Vec<u8> {
    let jpeg = small(ImageFormat::Jpeg, 64, 64);
    let mut out = jpeg[..2].to_vec();
    for (marker, payload) in segments {
        out.extend([0xFF, marker]);
        out.extend(u16::try_from(payload.len() + 2).expect("segment fits").to_be_bytes());
        out.extend(payload);
    }
    out.extend(&jpeg[2..]);
    out
}

/// A JPEG whose XMP announces extended XMP, then `chunks` extension segments that each claim the
/// largest total read (1 MiB) and overlap one another.
pub fn jpeg_with_extended_xmp_flood(chunks: usize) -> Vec<u8> {
    let guid = "00112233445566778899AABBCCDDEEFF";
    let main = format!(
        r#"<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description xmlns:xmpNote="http://ns.adobe.com/xmp/note/" xmpNote:HasExtendedXMP="{guid}"/></rdf:RDF></x:xmpmeta>"#
    );
    let mut segments = vec![(0xE1, [b"http://ns.adobe.com/xap/1.0/\0".as_slice(), main.as_bytes()].concat())];
    for i in 0..chunks {
        let mut payload = b"http://ns.adobe.com/xmp/extension/\0".to_vec();
        payload.extend(guid.as_bytes());
        payload.extend((1u32 << 20).to_be_bytes());
        payload.extend((((i * 997) % ((1 << 20) - 1000)) as u32).to_be_bytes());
        payload.extend(std::iter::repeat_n(b'<', 1000));
        segments.push((0xE1, payload));
    }
    jpeg_with_segments(segments)
}

/// A real PNG whose XMP (an uncompressed `iTXt` chunk of `bytes`) is one element nested in
/// itself all the way down.
pub fn png_with_nested_xmp(bytes: usize) -> Vec<u8> {
    let png = small(ImageFormat::Png, 64, 64);
    let iend = png.len() - 12;
    let mut data = b"XML:com.adobe.xmp\0\0\0\0\0".to_vec();
    data.extend(b"<x:xmpmeta xmlns:x=\"adobe:ns:meta/\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">");
    data.extend(b"<xmp:CreatorTool>".repeat(bytes / 17));
    let mut out = png[..iend].to_vec();
    out.extend(png_chunk(b"iTXt", &data));
    out.extend(&png[iend..]);
    out
}

/// `mp4` with `count` empty `free` boxes between its `ftyp` box and the rest.
pub fn mp4_with_empty_boxes(mp4: &[u8], count: usize) -> Vec<u8> {
    let ftyp = u32::from_be_bytes(mp4[..4].try_into().unwrap()) as usize;
    let mut out = mp4[..ftyp].to_vec();
    for _ in 0..count {
        out.extend([0, 0, 0, 8]);
        out.extend(b"free");
    }
    out.extend(&mp4[ftyp..]);
    out
}
