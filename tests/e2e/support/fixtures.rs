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
    out.extend(png_chunk(b"tEXt", &data));
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

/// A PNG chunk: length, type, data and the CRC over type and data.
pub fn png_chunk(kind: &[u8; 4], data: &[u8]) -> Vec<u8> {
    let mut typed = kind.to_vec();
    typed.extend_from_slice(data);
    let mut chunk = (data.len() as u32).to_be_bytes().to_vec();
    chunk.extend_from_slice(&typed);
    chunk.extend_from_slice(&crc32(&typed).to_be_bytes());
    chunk
}

/// A PNG whose header claims `width` × `height` (with a valid CRC) and no image data.
pub fn png_claiming(width: u32, height: u32) -> Vec<u8> {
    let mut ihdr = width.to_be_bytes().to_vec();
    ihdr.extend_from_slice(&height.to_be_bytes());
    ihdr.extend_from_slice(&[8, 2, 0, 0, 0]);
    let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
    png.extend(png_chunk(b"IHDR", &ihdr));
    png
}

/// CRC-32 (IEEE), as PNG chunks carry.
pub fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = !0u32;
    for &b in bytes {
        crc ^= u32::from(b);
        for _ in 0..8 {
            crc = if crc & 1 == 1 { (crc >> 1) ^ 0xEDB8_8320 } else { crc >> 1 };
        }
    }
    !crc
}

/// A test certificate authority and a C2PA signing certificate it issued (EC P-256), made with
/// the `openssl` command line in `dir`: `(root CA PEM, signer chain PEM, signer PKCS#8 key PEM)`.
/// The signer has what C2PA's certificate profile requires: not a CA, digitalSignature key
/// usage, the emailProtection EKU, subject and authority key identifiers.
pub fn c2pa_test_credentials(dir: &std::path::Path) -> (String, String, String) {
    let script = r#"set -e
openssl ecparam -name prime256v1 -genkey -noout -out ca.key
openssl req -x509 -new -key ca.key -sha256 -days 30 -subj "/CN=Veracity Test Root/O=Veracity Tests" \
  -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign" \
  -addext "subjectKeyIdentifier=hash" -out ca.pem
openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out signer.key
openssl req -new -key signer.key -subj "/CN=TestGen Signer/O=TestGen Labs" -out signer.csr
printf 'basicConstraints=critical,CA:FALSE\nkeyUsage=critical,digitalSignature\nextendedKeyUsage=emailProtection\nsubjectKeyIdentifier=hash\nauthorityKeyIdentifier=keyid,issuer\n' > signer.ext
openssl x509 -req -in signer.csr -CA ca.pem -CAkey ca.key -CAcreateserial -sha256 -days 30 -extfile signer.ext -out signer.pem 2>/dev/null
cat signer.pem ca.pem > chain.pem
"#;
    let status = std::process::Command::new("bash").arg("-c").arg(script).current_dir(dir).status().expect("bash and openssl");
    assert!(status.success(), "making the C2PA test certificates failed");
    let read = |name: &str| std::fs::read_to_string(dir.join(name)).unwrap();
    (read("ca.pem"), read("chain.pem"), read("signer.key"))
}

/// `media` (of type `mime`: a JPEG, MP4, WAV, MP3…) with a C2PA manifest signed by `chain`/`key`,
/// declaring that `generator` created it
/// with a generative model (`c2pa.created`, digital source type trainedAlgorithmicMedia).
pub fn c2pa_signed(media: &[u8], mime: &str, chain: &str, key: &str, generator: &str) -> Vec<u8> {
    let definition = serde_json::json!({
        "claim_generator_info": [{"name": generator, "version": "1.0"}],
        "title": "generated",
        "assertions": [{
            "label": "c2pa.actions",
            "data": {"actions": [{
                "action": "c2pa.created",
                "digitalSourceType": "http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia"
            }]}
        }]
    });
    let signer = c2pa::create_signer::from_keys(chain.as_bytes(), key.as_bytes(), c2pa::SigningAlg::Es256, None).expect("signer");
    let context = c2pa::Context::new().with_settings(r#"{"verify": {"remote_manifest_fetch": false}}"#).unwrap();
    let mut builder = c2pa::Builder::from_context(context).with_definition(definition.to_string().as_str()).expect("manifest definition");
    let mut out = Cursor::new(Vec::new());
    builder.sign(signer.as_ref(), mime, &mut Cursor::new(media), &mut out).expect("signing");
    out.into_inner()
}
