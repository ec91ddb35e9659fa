//! XMP: found wherever a file format keeps it, and parsed as the RDF/XML it is (quick-xml, with
//! namespaces resolved, so a property counts whatever prefix the writer chose and in each of RDF's
//! forms: an attribute of `rdf:Description`, an element's text, an `rdf:resource`, the first item
//! of an `rdf:Alt`/`rdf:Seq`/`rdf:Bag`).
//!
//! Places read: JPEG APP1 (`http://ns.adobe.com/xap/1.0/`) and its extended XMP (APP1
//! `http://ns.adobe.com/xmp/extension/` chunks reassembled by GUID), PNG `iTXt`
//! `XML:com.adobe.xmp` (plain or compressed, through the PNG text reader), RIFF `XMP ` (WebP) and
//! `_PMX` (WAV, AVI), ISO BMFF (MP4, MOV, M4A) top-level `uuid` BE7ACFCB-97A9-42E8-9C71-999491E3AFAC
//! and `moov/udta/XMP_`, and a TIFF's XMP tag (through the `image` decoder). A packet is read up
//! to [`MAX_XMP`] bytes (a PNG's to the 256 KiB any PNG text is read to); boxes and chunks are
//! walked by their headers, at most [`MAX_BOXES`] of them, never by scanning the payload.

use std::collections::BTreeMap;

use quick_xml::NsReader;
use quick_xml::events::Event;
use quick_xml::name::{Namespace, ResolveResult};

use veracity_domain::detection::MediaFormat;

use super::metadata::put;

/// The most bytes of one XMP packet (standard or extended) that are parsed.
pub(super) const MAX_XMP: usize = 1024 * 1024;
/// Boxes or chunks a container walk looks at before giving up.
const MAX_BOXES: usize = 4096;

const NS_XMP: &str = "http://ns.adobe.com/xap/1.0/";
const NS_IPTC_EXT: &str = "http://iptc.org/std/Iptc4xmpExt/2008-02-29/";
const NS_XMP_NOTE: &str = "http://ns.adobe.com/xmp/note/";
const NS_RDF: &str = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";

/// The properties read, by namespace and name, and the tag each is stored under.
const PROPERTIES: [(&str, &str, &str); 4] = [
    (NS_XMP, "CreatorTool", "xmp:CreatorTool"),
    // IPTC's digital source type (`trainedAlgorithmicMedia`, …), a URI of which the last
    // segment is kept.
    (NS_IPTC_EXT, "DigitalSourceType", "xmp:DigitalSourceType"),
    // IPTC Photo Metadata 2025.1: the AI system used to generate the content.
    (NS_IPTC_EXT, "AISystemUsed", "xmp:AISystemUsed"),
    // Not stored: the GUID of a JPEG's extended XMP.
    (NS_XMP_NOTE, "HasExtendedXMP", EXTENDED),
];
const EXTENDED: &str = "xmpNote:HasExtendedXMP";

fn property(ns: &ResolveResult, local: &[u8]) -> Option<&'static str> {
    let ResolveResult::Bound(Namespace(uri)) = ns else { return None };
    PROPERTIES.iter().find(|(n, l, _)| n.as_bytes() == *uri && l.as_bytes() == local).map(|p| p.2)
}

fn is_rdf(ns: &ResolveResult, local: &[u8], name: &str) -> bool {
    matches!(ns, ResolveResult::Bound(Namespace(uri)) if *uri == NS_RDF.as_bytes()) && local == name.as_bytes()
}

/// Stores one property's value; returns the extended-XMP GUID instead of storing it.
fn keep(tags: &mut BTreeMap<String, String>, tag: &'static str, value: &str) -> Option<String> {
    let value = value.trim();
    match tag {
        EXTENDED => return Some(value.to_owned()),
        "xmp:DigitalSourceType" => put(tags, tag.into(), value.trim_end_matches('/').rsplit('/').next().unwrap_or(value)),
        _ => put(tags, tag.into(), value),
    }
    None
}

/// The properties of one XMP packet (see [`PROPERTIES`]) into `tags`; returns the GUID of the
/// extended XMP it announces, if any. Malformed XML keeps what was read before the fault.
pub(super) fn xmp_tags(raw: &[u8], tags: &mut BTreeMap<String, String>) -> Option<String> {
    let text = String::from_utf8_lossy(&raw[..raw.len().min(MAX_XMP)]);
    let mut reader = NsReader::from_str(&text);
    let mut extended = None;
    let mut depth = 0usize;
    // The property element being read: its tag, its depth, its text so far, and whether its
    // first value is complete (only the first item of an rdf:Alt/Seq/Bag counts).
    let mut open: Option<(&'static str, usize, String, bool)> = None;
    while let Ok((ns, event)) = reader.read_resolved_event() {
        match event {
            Event::Start(ref e) | Event::Empty(ref e) => {
                let element = property(&ns, e.local_name().as_ref());
                let empty = matches!(event, Event::Empty(_));
                let mut resource = None;
                for attr in e.attributes().flatten() {
                    let (ans, local) = reader.resolver().resolve_attribute(attr.key);
                    let Ok(value) = attr.normalized_value(quick_xml::XmlVersion::Implicit1_0) else { continue };
                    if is_rdf(&ans, local.as_ref(), "resource") {
                        resource = Some(value.into_owned());
                    } else if let Some(tag) = property(&ans, local.as_ref()) {
                        extended = keep(tags, tag, &value).or(extended);
                    }
                }
                if let (Some(tag), None) = (element, &open) {
                    match resource {
                        Some(value) => extended = keep(tags, tag, &value).or(extended),
                        None if !empty => open = Some((tag, depth + 1, String::new(), false)),
                        None => {}
                    }
                }
                if !empty {
                    depth += 1;
                }
            }
            Event::Text(t) => {
                if let (Some((_, _, text, false)), Ok(s)) = (open.as_mut(), t.decode()) {
                    text.push_str(&s);
                }
            }
            Event::CData(t) => {
                if let (Some((_, _, text, false)), Ok(s)) = (open.as_mut(), t.decode()) {
                    text.push_str(&s);
                }
            }
            Event::GeneralRef(r) => {
                if let Some((_, _, text, false)) = open.as_mut() {
                    match r.resolve_char_ref() {
                        Ok(Some(c)) => text.push(c),
                        _ => {
                            if let Some(s) = r.decode().ok().and_then(|name| quick_xml::escape::resolve_predefined_entity(&name)) {
                                text.push_str(s);
                            }
                        }
                    }
                }
            }
            Event::End(_) => {
                if let Some((tag, at, text, done)) = open.as_mut() {
                    if *at == depth {
                        extended = keep(tags, tag, text).or(extended);
                        open = None;
                    } else if !text.trim().is_empty() {
                        *done = true;
                    }
                }
                depth = depth.saturating_sub(1);
            }
            Event::Eof => break,
            _ => {}
        }
    }
    extended
}

/// The payload of every JPEG APP1 segment before the first scan.
fn jpeg_app1(bytes: &[u8]) -> Vec<&[u8]> {
    let mut segments = Vec::new();
    let mut i = 2;
    while i + 4 <= bytes.len() && bytes[i] == 0xFF && segments.len() < MAX_BOXES {
        let marker = bytes[i + 1];
        if marker == 0xDA || marker == 0xD9 {
            break;
        }
        if marker == 0xFF || marker == 0x01 || (0xD0..=0xD7).contains(&marker) {
            i += if marker == 0xFF { 1 } else { 2 };
            continue;
        }
        let len = usize::from(u16::from_be_bytes([bytes[i + 2], bytes[i + 3]]));
        let Some(payload) = bytes.get(i + 4..i + 2 + len.max(2)) else { break };
        if marker == 0xE1 {
            segments.push(payload);
        }
        i += 2 + len.max(2);
    }
    segments
}

/// A JPEG's XMP: the standard packet, then the extended packet it names (reassembled from its
/// chunks by offset; chunks of another GUID or past [`MAX_XMP`] are ignored).
pub(super) fn jpeg_xmp_tags(bytes: &[u8], tags: &mut BTreeMap<String, String>) {
    const STANDARD: &[u8] = b"http://ns.adobe.com/xap/1.0/\0";
    const EXTENSION: &[u8] = b"http://ns.adobe.com/xmp/extension/\0";
    let segments = jpeg_app1(bytes);
    let Some(guid) = segments.iter().find_map(|s| s.strip_prefix(STANDARD)).and_then(|xmp| xmp_tags(xmp, tags)) else { return };
    let mut extended: Vec<u8> = Vec::new();
    for chunk in segments.iter().filter_map(|s| s.strip_prefix(EXTENSION)) {
        let (Some(id), Some(total), Some(offset), Some(data)) = (chunk.get(..32), chunk.get(32..36), chunk.get(36..40), chunk.get(40..))
        else {
            continue;
        };
        if id != guid.as_bytes() {
            continue;
        }
        let total = u32::from_be_bytes(total.try_into().unwrap_or_default()) as usize;
        let offset = u32::from_be_bytes(offset.try_into().unwrap_or_default()) as usize;
        if offset.saturating_add(data.len()) > total {
            continue;
        }
        // A packet longer than MAX_XMP keeps its first MAX_XMP bytes (what xmp_tags would read).
        let kept = total.min(MAX_XMP);
        if offset >= kept {
            continue;
        }
        let data = &data[..data.len().min(kept - offset)];
        if extended.len() < kept {
            extended.resize(kept, b' ');
        }
        extended[offset..offset + data.len()].copy_from_slice(data);
    }
    if !extended.is_empty() {
        xmp_tags(&extended, tags);
    }
}

/// RIFF files (WebP, WAV, AVI): the `XMP ` or `_PMX` chunk at the top level.
pub(super) fn riff_xmp_tags(bytes: &[u8], tags: &mut BTreeMap<String, String>) {
    if bytes.get(..4) != Some(b"RIFF") {
        return;
    }
    let mut at = 12;
    for _ in 0..MAX_BOXES {
        let Some(header) = bytes.get(at..at + 8) else { return };
        let len = u32::from_le_bytes([header[4], header[5], header[6], header[7]]) as usize;
        let data = &bytes[(at + 8).min(bytes.len())..(at + 8).saturating_add(len).min(bytes.len())];
        if &header[..4] == b"XMP " || &header[..4] == b"_PMX" {
            xmp_tags(data, tags);
            return;
        }
        at = at.saturating_add(8).saturating_add(len).saturating_add(len & 1);
    }
}

/// One ISO BMFF box: its type and payload (a size of 0 runs to the end; 1 is a 64-bit size).
fn boxes(bytes: &[u8]) -> impl Iterator<Item = ([u8; 4], &[u8])> {
    let mut at = 0usize;
    std::iter::from_fn(move || {
        let header = bytes.get(at..at.checked_add(8)?)?;
        let kind: [u8; 4] = header[4..8].try_into().ok()?;
        let (size, skip) = match u32::from_be_bytes(header[..4].try_into().ok()?) {
            0 => (bytes.len() - at, 8),
            1 => (usize::try_from(u64::from_be_bytes(bytes.get(at + 8..at.checked_add(16)?)?.try_into().ok()?)).ok()?, 16),
            n => (n as usize, 8),
        };
        if size < skip {
            return None;
        }
        let payload = bytes.get(at + skip..at.checked_add(size)?.min(bytes.len()))?;
        at = at.checked_add(size)?;
        Some((kind, payload))
    })
    .take(MAX_BOXES)
}

/// ISO BMFF (MP4, MOV, M4A): the first XMP packet in file order, a top-level XMP `uuid` box or
/// `moov/udta/XMP_` (a file of many packets costs no more than one).
pub(super) fn bmff_xmp_tags(bytes: &[u8], tags: &mut BTreeMap<String, String>) {
    const XMP_UUID: [u8; 16] = [0xBE, 0x7A, 0xCF, 0xCB, 0x97, 0xA9, 0x42, 0xE8, 0x9C, 0x71, 0x99, 0x94, 0x91, 0xE3, 0xAF, 0xAC];
    let packet = boxes(bytes).find_map(|(kind, payload)| match &kind {
        b"uuid" if payload.starts_with(&XMP_UUID) => Some(&payload[16..]),
        b"moov" => {
            boxes(payload).filter(|(k, _)| k == b"udta").find_map(|(_, udta)| boxes(udta).find(|(k, _)| k == b"XMP_").map(|(_, xmp)| xmp))
        }
        _ => None,
    });
    if let Some(packet) = packet {
        xmp_tags(packet, tags);
    }
}

/// A video's or audio file's XMP, where its container keeps it (MP3, FLAC, Ogg, WebM and
/// Matroska define no place this reader knows; their C2PA manifests are still read).
pub(super) fn container_xmp_tags(bytes: &[u8], format: MediaFormat, tags: &mut BTreeMap<String, String>) {
    match format {
        MediaFormat::Mp4 | MediaFormat::Mov | MediaFormat::M4a => bmff_xmp_tags(bytes, tags),
        MediaFormat::Wav | MediaFormat::Avi => riff_xmp_tags(bytes, tags),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const FIREFLY: &str = r#"<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmp:CreatorTool="Adobe Firefly &amp; Photoshop"/>
<rdf:Description rdf:about="" xmlns:ext="http://iptc.org/std/Iptc4xmpExt/2008-02-29/">
 <ext:DigitalSourceType>http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia</ext:DigitalSourceType>
 <ext:AISystemUsed><rdf:Alt><rdf:li xml:lang="x-default">Firefly Image 3</rdf:li><rdf:li xml:lang="de">Anderes</rdf:li></rdf:Alt></ext:AISystemUsed>
</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>"#;

    fn tags_of(f: impl Fn(&mut BTreeMap<String, String>)) -> BTreeMap<String, String> {
        let mut tags = BTreeMap::new();
        f(&mut tags);
        tags
    }

    #[test]
    fn properties_are_read_by_namespace_in_every_rdf_form() {
        let tags = tags_of(|t| assert_eq!(xmp_tags(FIREFLY.as_bytes(), t), None));
        assert_eq!(tags["xmp:CreatorTool"], "Adobe Firefly & Photoshop");
        assert_eq!(tags["xmp:DigitalSourceType"], "trainedAlgorithmicMedia");
        assert_eq!(tags["xmp:AISystemUsed"], "Firefly Image 3");
        // rdf:resource, another prefix for the namespace.
        let resource = r#"<r:RDF xmlns:r="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><r:Description><i:DigitalSourceType xmlns:i="http://iptc.org/std/Iptc4xmpExt/2008-02-29/" r:resource="http://cv.iptc.org/newscodes/digitalsourcetype/compositeWithTrainedAlgorithmicMedia"/></r:Description></r:RDF>"#;
        assert_eq!(tags_of(|t| _ = xmp_tags(resource.as_bytes(), t))["xmp:DigitalSourceType"], "compositeWithTrainedAlgorithmicMedia");
        // The same name in another namespace is not the property; text that merely mentions it
        // is not either (the substring reader this replaced would have taken both).
        let other = r#"<a xmlns:xmp="urn:other"><xmp:CreatorTool>Midjourney</xmp:CreatorTool><b>xmp:CreatorTool="DALL-E"</b></a>"#;
        assert!(tags_of(|t| _ = xmp_tags(other.as_bytes(), t)).is_empty());
        // Malformed XML keeps what came before the fault.
        let broken = r#"<x xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmp:CreatorTool="ComfyUI"><y></z>"#;
        assert_eq!(tags_of(|t| _ = xmp_tags(broken.as_bytes(), t))["xmp:CreatorTool"], "ComfyUI");
    }

    fn app1(payload: &[u8]) -> Vec<u8> {
        let mut s = vec![0xFF, 0xE1];
        s.extend(u16::try_from(payload.len() + 2).unwrap().to_be_bytes());
        s.extend_from_slice(payload);
        s
    }

    #[test]
    fn a_jpeg_s_extended_xmp_is_reassembled_from_its_chunks() {
        let guid = "0123456789ABCDEF0123456789ABCDEF";
        let main = format!(
            r#"<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="{NS_RDF}"><rdf:Description xmlns:xmpNote="{NS_XMP_NOTE}" xmpNote:HasExtendedXMP="{guid}"/></rdf:RDF></x:xmpmeta>"#
        );
        let padding = "<!-- padding -->".repeat(5000);
        let extended = format!(
            r#"<x:xmpmeta xmlns:x="adobe:ns:meta/">{padding}<rdf:RDF xmlns:rdf="{NS_RDF}"><rdf:Description xmlns:xmp="{NS_XMP}" xmp:CreatorTool="Midjourney"/></rdf:RDF></x:xmpmeta>"#
        );
        let mut jpeg = vec![0xFF, 0xD8];
        jpeg.extend(app1(&[b"http://ns.adobe.com/xap/1.0/\0".as_slice(), main.as_bytes()].concat()));
        // Chunks out of order, plus one of another GUID that must not be mixed in.
        let whole = extended.as_bytes();
        let chunks: Vec<(usize, &[u8])> = whole.chunks(60_000).enumerate().map(|(i, c)| (i * 60_000, c)).collect();
        for (offset, data) in chunks.iter().rev() {
            let mut payload = b"http://ns.adobe.com/xmp/extension/\0".to_vec();
            payload.extend(guid.as_bytes());
            payload.extend(u32::try_from(whole.len()).unwrap().to_be_bytes());
            payload.extend(u32::try_from(*offset).unwrap().to_be_bytes());
            payload.extend_from_slice(data);
            jpeg.extend(app1(&payload));
        }
        jpeg.extend(app1(
            &[b"http://ns.adobe.com/xmp/extension/\0".as_slice(), &[b'F'; 32], &[0, 0, 0, 9, 0, 0, 0, 0], b"<garbage"].concat(),
        ));
        jpeg.extend([0xFF, 0xDA, 0x00, 0x02, 0xFF, 0xD9]);
        assert_eq!(tags_of(|t| jpeg_xmp_tags(&jpeg, t))["xmp:CreatorTool"], "Midjourney");
    }

    #[test]
    fn riff_and_bmff_containers_give_their_xmp() {
        let xmp = format!(r#"<rdf:RDF xmlns:rdf="{NS_RDF}"><rdf:Description xmlns:xmp="{NS_XMP}" xmp:CreatorTool="Sora"/></rdf:RDF>"#);
        let chunk = |kind: &[u8], data: &[u8]| {
            let mut c = kind.to_vec();
            c.extend(u32::try_from(data.len()).unwrap().to_le_bytes());
            c.extend_from_slice(data);
            if data.len() % 2 == 1 {
                c.push(0);
            }
            c
        };
        let mut webp = b"RIFF\0\0\0\0WEBP".to_vec();
        webp.extend(chunk(b"VP8X", &[0; 9]));
        webp.extend(chunk(b"XMP ", xmp.as_bytes()));
        assert_eq!(tags_of(|t| riff_xmp_tags(&webp, t))["xmp:CreatorTool"], "Sora");
        let mut wav = b"RIFF\0\0\0\0WAVE".to_vec();
        wav.extend(chunk(b"fmt ", &[0; 16]));
        wav.extend(chunk(b"_PMX", xmp.as_bytes()));
        assert_eq!(tags_of(|t| riff_xmp_tags(&wav, t))["xmp:CreatorTool"], "Sora");

        let bx = |kind: &[u8], data: &[u8]| [&u32::try_from(data.len() + 8).unwrap().to_be_bytes(), kind, data].concat();
        let uuid =
            [[0xBE, 0x7A, 0xCF, 0xCB, 0x97, 0xA9, 0x42, 0xE8, 0x9C, 0x71, 0x99, 0x94, 0x91, 0xE3, 0xAF, 0xAC].as_slice(), xmp.as_bytes()]
                .concat();
        let mp4 = [bx(b"ftyp", b"isom"), bx(b"moov", &bx(b"mvhd", &[0; 100])), bx(b"uuid", &uuid), bx(b"mdat", &[0; 64])].concat();
        assert_eq!(tags_of(|t| bmff_xmp_tags(&mp4, t))["xmp:CreatorTool"], "Sora");
        let mov = [bx(b"ftyp", b"qt  "), bx(b"moov", &bx(b"udta", &bx(b"XMP_", xmp.as_bytes())))].concat();
        assert_eq!(tags_of(|t| bmff_xmp_tags(&mov, t))["xmp:CreatorTool"], "Sora");
        // Sizes that lie (past the end, zero-length loops, 64-bit overflow) end the walk.
        let liar = [&u32::MAX.to_be_bytes()[..], b"moov", &[0; 16], &1u32.to_be_bytes(), b"uuid", &u64::MAX.to_be_bytes()].concat();
        assert!(tags_of(|t| bmff_xmp_tags(&liar, t)).is_empty());
        assert!(tags_of(|t| riff_xmp_tags(b"RIFF\0\0\0\0WAVEfmt \xff\xff\xff\xff", t)).is_empty());
        // A 64-bit size that lands the next box just short of the address space's end.
        let edge = [&1u32.to_be_bytes()[..], b"free", &(u64::MAX - 7).to_be_bytes()].concat();
        assert!(tags_of(|t| bmff_xmp_tags(&edge, t)).is_empty());
    }
}
