//! Selected metadata fields: EXIF camera and software fields, XMP creator tool and IPTC digital
//! source type, PNG text chunks, plain or compressed (where image generators write their
//! parameters). Location fields are never read. Values are read whole up to 64 KiB characters
//! (a Stable Diffusion `parameters` block holds a long prompt before `Steps:`), so the
//! provenance rules see them entire; a result stores them cut to 200 characters
//! (`MediaMetadata::shorten_tags`). Names are cut to 80, and at most 32 tags are kept (the first
//! ones in the file): a PNG with thousands of text chunks keeps 32, at most ~2 MiB, after
//! reading at most 4 MiB of text.

use std::collections::BTreeMap;
use std::io::Read;

const MAX_VALUE: usize = 64 * 1024;
/// Bytes one PNG text is read to, inflated or not (a little over the longest value kept).
const MAX_INFLATED: usize = 4 * MAX_VALUE;
/// Bytes all of one PNG's texts are read to.
const MAX_TEXT_TOTAL: usize = 4 * 1024 * 1024;
const MAX_KEY: usize = 80;
pub(super) const MAX_TAGS: usize = 32;

pub(super) fn put(tags: &mut BTreeMap<String, String>, key: String, value: &str) {
    let key: String = key.chars().filter(|c| !c.is_control()).take(MAX_KEY).collect();
    if tags.len() >= MAX_TAGS && !tags.contains_key(&key) {
        return;
    }
    let value: String = value.trim().trim_matches('"').chars().filter(|c| !c.is_control()).take(MAX_VALUE).collect();
    if !value.is_empty() {
        tags.insert(key, value);
    }
}

/// EXIF `Make`, `Model`, `Software`, `DateTimeOriginal`, `ImageDescription`, `Artist` and
/// `UserComment` (where AUTOMATIC1111 writes its generation parameters in JPEG and WebP) from a
/// raw TIFF-structured EXIF block.
pub(super) fn exif_tags(raw: &[u8], tags: &mut BTreeMap<String, String>) {
    // Keep what parses: piexif (which AUTOMATIC1111 writes EXIF with) ends its Exif IFD without
    // the next-IFD link, and many cameras and editors leave some fault of the kind.
    let read = exif::Reader::new().continue_on_error(true).read_raw(raw.to_vec());
    let Ok(exif) = read.or_else(|e| e.distill_partial_result(|_| {})) else { return };
    for tag in [
        exif::Tag::Make,
        exif::Tag::Model,
        exif::Tag::Software,
        exif::Tag::DateTimeOriginal,
        exif::Tag::ImageDescription,
        exif::Tag::Artist,
    ] {
        if let Some(field) = exif.get_field(tag, exif::In::PRIMARY) {
            put(tags, format!("exif:{tag}"), &field.display_value().to_string());
        }
    }
    if let Some(exif::Value::Undefined(bytes, _)) = exif.get_field(exif::Tag::UserComment, exif::In::PRIMARY).map(|f| &f.value)
        && let Some(text) = user_comment(bytes, exif.little_endian())
    {
        put(tags, "exif:UserComment".into(), &text);
    }
}

/// An EXIF `UserComment`: an 8-byte character code, then the text. `UNICODE` is UTF-16 in the
/// byte order the writer chose (piexif, which AUTOMATIC1111 uses, writes big-endian whatever the
/// file's order): the order that decodes to more ASCII characters wins (ties: the file's order).
fn user_comment(bytes: &[u8], little_endian: bool) -> Option<String> {
    let (code, text) = (bytes.get(..8)?, bytes.get(8..)?);
    let text = &text[..text.len().min(4 * MAX_VALUE)];
    let decoded = match code {
        b"UNICODE\0" => {
            let units = |le: bool| -> Vec<u16> {
                text.chunks_exact(2).map(|c| if le { u16::from_le_bytes([c[0], c[1]]) } else { u16::from_be_bytes([c[0], c[1]]) }).collect()
            };
            let ascii_like = |u: &[u16]| u.iter().filter(|&&c| c < 0x80 && c != 0).count();
            let (be, le) = (units(false), units(true));
            let pick = if ascii_like(&le) > ascii_like(&be) || (ascii_like(&le) == ascii_like(&be) && little_endian) { le } else { be };
            String::from_utf16_lossy(&pick)
        }
        b"ASCII\0\0\0" | [0, 0, 0, 0, 0, 0, 0, 0] => String::from_utf8_lossy(text).into_owned(),
        _ => return None,
    };
    Some(decoded.trim_end_matches('\0').to_owned())
}

/// PNG text chunks (`tEXt`, `zTXt`, `iTXt` plain or compressed): keyword → text, and the
/// first XMP packet (`XML:com.adobe.xmp`) parsed as XMP. Each text is read to at most
/// [`MAX_INFLATED`] bytes and a file's texts to [`MAX_TEXT_TOTAL`] in all: thousands of small
/// compressed chunks cost no more than a few large ones.
pub(super) fn png_text_tags(png: &[u8], tags: &mut BTreeMap<String, String>) {
    let mut budget = MAX_TEXT_TOTAL;
    let mut xmp_read = false;
    let mut at = 8;
    while at + 12 <= png.len() && budget > 0 {
        let len = u32::from_be_bytes([png[at], png[at + 1], png[at + 2], png[at + 3]]) as usize;
        let kind = &png[at + 4..at + 8];
        let Some(data) = png.get(at + 8..at + 8 + len) else { break };
        if kind == b"IEND" {
            break;
        }
        let limit = budget.min(MAX_INFLATED);
        let text = match kind {
            b"tEXt" => data.iter().position(|&b| b == 0).map(|nul| (&data[..nul], cut(&data[nul + 1..], limit).to_vec(), true)),
            b"zTXt" => ztxt(data, limit),
            b"iTXt" => itxt(data, limit),
            _ => None,
        };
        if let Some((keyword, text, is_latin1)) = text {
            budget -= text.len().min(budget);
            match keyword {
                // Where Adobe's tools, ExifTool and Pillow put XMP in a PNG.
                b"XML:com.adobe.xmp" if !xmp_read => {
                    xmp_read = true;
                    super::xmp::xmp_tags(&text, tags);
                }
                b"XML:com.adobe.xmp" => {}
                _ => {
                    let value =
                        if is_latin1 { text.iter().map(|&b| b as char).collect() } else { String::from_utf8_lossy(&text).into_owned() };
                    put(tags, format!("png:{}", String::from_utf8_lossy(keyword)), &value);
                }
            }
        }
        at += 12 + len;
    }
}

fn cut(text: &[u8], limit: usize) -> &[u8] {
    &text[..text.len().min(limit)]
}

/// zlib data inflated to at most `limit` bytes (a bomb is cut, not expanded).
fn inflate(data: &[u8], limit: usize) -> Option<Vec<u8>> {
    let mut out = Vec::new();
    flate2::read::ZlibDecoder::new(data).take(limit as u64).read_to_end(&mut out).ok()?;
    Some(out)
}

/// A text chunk's keyword, its text's bytes, and whether they are Latin-1 (else UTF-8).
type PngText<'a> = (&'a [u8], Vec<u8>, bool);

/// `keyword \0 method(0) zlib-text`, the text Latin-1.
fn ztxt(data: &[u8], limit: usize) -> Option<PngText<'_>> {
    let nul = data.iter().position(|&b| b == 0)?;
    let (keyword, rest) = (&data[..nul], data.get(nul + 1..)?);
    if rest.first() != Some(&0) {
        return None;
    }
    Some((keyword, inflate(rest.get(1..)?, limit)?, true))
}

/// `keyword \0 compressed? method language \0 translated \0 text`, the text UTF-8 (zlib when
/// compressed).
fn itxt(data: &[u8], limit: usize) -> Option<PngText<'_>> {
    let nul = data.iter().position(|&b| b == 0)?;
    let (keyword, rest) = (&data[..nul], data.get(nul + 1..)?);
    let compressed = match rest.first()? {
        0 => false,
        1 if rest.get(1) == Some(&0) => true,
        _ => return None,
    };
    let rest = rest.get(2..)?;
    let lang_end = rest.iter().position(|&b| b == 0)?;
    let rest = rest.get(lang_end + 1..)?;
    let trans_end = rest.iter().position(|&b| b == 0)?;
    let text = rest.get(trans_end + 1..)?;
    let text = if compressed { inflate(text, limit)? } else { cut(text, limit).to_vec() };
    Some((keyword, text, false))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chunk(kind: &[u8], data: &[u8]) -> Vec<u8> {
        let mut c = (data.len() as u32).to_be_bytes().to_vec();
        c.extend_from_slice(kind);
        c.extend_from_slice(data);
        c.extend_from_slice(&[0, 0, 0, 0]);
        c
    }

    #[test]
    fn reads_png_text_chunks_and_xmp_properties() {
        let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
        png.extend(chunk(b"IHDR", &[0; 13]));
        png.extend(chunk(b"tEXt", b"parameters\0a cat, Steps: 20, Sampler: Euler"));
        png.extend(chunk(b"iTXt", b"Software\0\0\0en\0\0ComfyUI"));
        png.extend(chunk(b"IEND", b""));
        let mut tags = BTreeMap::new();
        png_text_tags(&png, &mut tags);
        assert_eq!(tags["png:parameters"], "a cat, Steps: 20, Sampler: Euler");
        assert_eq!(tags["png:Software"], "ComfyUI");

        let mut flood = b"\x89PNG\r\n\x1a\n".to_vec();
        for i in 0..5000 {
            flood.extend(chunk(b"tEXt", format!("{i}{}\0{}", "k".repeat(500), "v".repeat(1000)).as_bytes()));
        }
        let mut tags = BTreeMap::new();
        png_text_tags(&flood, &mut tags);
        assert_eq!(tags.len(), MAX_TAGS);
        assert!(tags.iter().all(|(k, v)| k.chars().count() <= MAX_KEY && v.chars().count() <= MAX_VALUE));

        // Compressed text (what Pillow writes with `zip=True`, and what a re-save may make of
        // tEXt) is read, a long Stable Diffusion block whole, and a zlib bomb only in part.
        let zlib = |text: &[u8]| {
            let mut encoder = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::default());
            std::io::Write::write_all(&mut encoder, text).unwrap();
            encoder.finish().unwrap()
        };
        let prompt = format!("{}\nNegative prompt: blurry\nSteps: 30, Sampler: Euler a", "a very detailed prompt, ".repeat(40));
        let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
        png.extend(chunk(b"zTXt", &[b"parameters\0\0".as_slice(), &zlib(prompt.as_bytes())].concat()));
        png.extend(chunk(b"iTXt", &[b"Comment\0\x01\0en\0\0".as_slice(), &zlib("made with ComfyUI".as_bytes())].concat()));
        png.extend(chunk(b"zTXt", &[b"bomb\0\0".as_slice(), &zlib(&vec![b'a'; 50_000_000])].concat()));
        png.extend(chunk(b"IEND", b""));
        let mut tags = BTreeMap::new();
        png_text_tags(&png, &mut tags);
        assert_eq!(tags["png:parameters"], prompt.replace('\n', ""), "read whole (control characters dropped), past 200 characters");
        assert!(tags["png:parameters"].chars().count() > 900);
        assert_eq!(tags["png:Comment"], "made with ComfyUI");
        assert_eq!(tags["png:bomb"].chars().count(), MAX_VALUE);

        // XMP in an iTXt chunk (compressed, as Pillow and ExifTool may write it) is parsed as
        // XMP, not kept as a text tag.
        let xmp = r#"<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmp:CreatorTool="Adobe Firefly"/></rdf:RDF></x:xmpmeta>"#;
        let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
        png.extend(chunk(b"iTXt", &[b"XML:com.adobe.xmp\0\x01\0\0\0".as_slice(), &zlib(xmp.as_bytes())].concat()));
        let mut tags = BTreeMap::new();
        png_text_tags(&png, &mut tags);
        assert_eq!(tags.into_iter().collect::<Vec<_>>(), [("xmp:CreatorTool".to_owned(), "Adobe Firefly".to_owned())]);
    }

    #[test]
    fn a_user_comment_is_read_in_either_utf_16_order_and_in_ascii() {
        let utf16 = |text: &str, le: bool| -> Vec<u8> {
            let mut b = b"UNICODE\0".to_vec();
            b.extend(text.encode_utf16().flat_map(|u| if le { u.to_le_bytes() } else { u.to_be_bytes() }));
            b
        };
        let params = "a cat\nSteps: 20, Sampler: Euler a, CFG scale: 7";
        assert_eq!(
            user_comment(&utf16(params, false), true).as_deref(),
            Some(params),
            "piexif writes big-endian into a little-endian file"
        );
        assert_eq!(user_comment(&utf16(params, true), false).as_deref(), Some(params));
        assert_eq!(user_comment(b"ASCII\0\0\0hello\0", false).as_deref(), Some("hello"));
        assert_eq!(user_comment(b"JIS\0\0\0\0\0\x1b$B", false), None);
        assert_eq!(user_comment(b"short", false), None);
    }
}
