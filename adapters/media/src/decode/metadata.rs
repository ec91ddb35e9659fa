//! Selected metadata fields: EXIF camera and software fields, XMP creator tool and IPTC digital
//! source type, PNG text chunks, plain or compressed (where image generators write their
//! parameters). Location fields are never read. Values are read whole up to 64 KiB characters
//! (a Stable Diffusion `parameters` block holds a long prompt before `Steps:`), so the
//! provenance rules see them entire; a result stores them cut to 200 characters
//! (`MediaMetadata::shorten_tags`). Names are cut to 80, and at most 32 tags are kept (the first
//! ones in the file): a PNG with thousands of text chunks keeps 32, at most ~2 MiB.

use std::collections::BTreeMap;
use std::io::Read;

const MAX_VALUE: usize = 64 * 1024;
/// Bytes a compressed text chunk may inflate to (a little over the longest value kept).
const MAX_INFLATED: u64 = 4 * MAX_VALUE as u64;
const MAX_KEY: usize = 80;
pub(super) const MAX_TAGS: usize = 32;

fn put(tags: &mut BTreeMap<String, String>, key: String, value: &str) {
    let key: String = key.chars().filter(|c| !c.is_control()).take(MAX_KEY).collect();
    if tags.len() >= MAX_TAGS && !tags.contains_key(&key) {
        return;
    }
    let value: String = value.trim().trim_matches('"').chars().filter(|c| !c.is_control()).take(MAX_VALUE).collect();
    if !value.is_empty() {
        tags.insert(key, value);
    }
}

/// EXIF `Make`, `Model`, `Software`, `DateTimeOriginal` from a raw TIFF-structured EXIF block.
pub(super) fn exif_tags(raw: &[u8], tags: &mut BTreeMap<String, String>) {
    let Ok(exif) = exif::Reader::new().read_raw(raw.to_vec()) else { return };
    for tag in [exif::Tag::Make, exif::Tag::Model, exif::Tag::Software, exif::Tag::DateTimeOriginal] {
        if let Some(field) = exif.get_field(tag, exif::In::PRIMARY) {
            put(tags, format!("exif:{tag}"), &field.display_value().to_string());
        }
    }
}

/// The value of an XMP property written either as `prefix:Name="v"` or `<prefix:Name>v</…>`.
fn xmp_property<'a>(xmp: &'a str, name: &str) -> Option<&'a str> {
    let at = xmp.find(name)?;
    let rest = &xmp[at + name.len()..];
    if let Some(attr) = rest.strip_prefix("=\"") {
        return attr.split('"').next();
    }
    let body = rest.strip_prefix('>')?;
    body.split('<').next()
}

/// XMP `CreatorTool` and the IPTC `DigitalSourceType` (e.g. `trainedAlgorithmicMedia`).
pub(super) fn xmp_tags(raw: &[u8], tags: &mut BTreeMap<String, String>) {
    let xmp = String::from_utf8_lossy(raw);
    if let Some(tool) = xmp_property(&xmp, "xmp:CreatorTool") {
        put(tags, "xmp:CreatorTool".into(), tool);
    }
    if let Some(source) = xmp_property(&xmp, "Iptc4xmpExt:DigitalSourceType").or_else(|| xmp_property(&xmp, "DigitalSourceType")) {
        let short = source.rsplit('/').next().unwrap_or(source);
        put(tags, "xmp:DigitalSourceType".into(), short);
    }
}

/// PNG text chunks (`tEXt`, `zTXt`, `iTXt` plain or compressed): keyword → text.
pub(super) fn png_text_tags(png: &[u8], tags: &mut BTreeMap<String, String>) {
    let mut at = 8;
    while at + 12 <= png.len() {
        let len = u32::from_be_bytes([png[at], png[at + 1], png[at + 2], png[at + 3]]) as usize;
        let kind = &png[at + 4..at + 8];
        let Some(data) = png.get(at + 8..at + 8 + len) else { break };
        if kind == b"IEND" {
            break;
        }
        let text = match kind {
            b"tEXt" => data.iter().position(|&b| b == 0).map(|nul| (&data[..nul], latin1(&data[nul + 1..]))),
            b"zTXt" => ztxt(data),
            b"iTXt" => itxt(data),
            _ => None,
        };
        if let Some((keyword, value)) = text {
            put(tags, format!("png:{}", String::from_utf8_lossy(keyword)), &value);
        }
        at += 12 + len;
    }
}

fn latin1(bytes: &[u8]) -> String {
    bytes.iter().map(|&b| b as char).collect()
}

/// zlib data inflated to at most [`MAX_INFLATED`] bytes (a bomb is cut, not expanded).
fn inflate(data: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::new();
    flate2::read::ZlibDecoder::new(data).take(MAX_INFLATED).read_to_end(&mut out).ok()?;
    Some(out)
}

/// `keyword \0 method(0) zlib-text`, the text Latin-1.
fn ztxt(data: &[u8]) -> Option<(&[u8], String)> {
    let nul = data.iter().position(|&b| b == 0)?;
    let (keyword, rest) = (&data[..nul], data.get(nul + 1..)?);
    if rest.first() != Some(&0) {
        return None;
    }
    Some((keyword, latin1(&inflate(rest.get(1..)?)?)))
}

/// `keyword \0 compressed? method language \0 translated \0 text`, the text UTF-8 (zlib when
/// compressed).
fn itxt(data: &[u8]) -> Option<(&[u8], String)> {
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
    let text = if compressed { inflate(text)? } else { text.to_vec() };
    Some((keyword, String::from_utf8_lossy(&text).into_owned()))
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

        let xmp = br#"<rdf:Description xmp:CreatorTool="Adobe Firefly"><Iptc4xmpExt:DigitalSourceType>http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia</Iptc4xmpExt:DigitalSourceType>"#;
        let mut tags = BTreeMap::new();
        xmp_tags(xmp, &mut tags);
        assert_eq!(tags["xmp:CreatorTool"], "Adobe Firefly");
        assert_eq!(tags["xmp:DigitalSourceType"], "trainedAlgorithmicMedia");
    }
}
