//! Generator metadata: what a file says about its own making. Image generators and editing
//! tools write their name and settings into EXIF, XMP and PNG text chunks; when they do, the
//! answer is deterministic and explainable. Metadata is easily stripped, so its absence says
//! nothing — this detector then reports no evidence at all.

use super::catalog::{DetectorInfo, Weights};
use super::detector::{DecodedMedia, DetectRequest, Detector, DetectorOutput};
use super::fusion::{Evidence, Finding};
use super::report::{ContentCredentials, CredentialsValidation, Face, Generator, MediaMetadata, ModelRun, Signal};
use super::{Check, MediaType};
use crate::error::DomainError;

/// Names of generators as they appear in `Software` / `CreatorTool` fields, matched as whole
/// words (case-insensitive): "Influx" is not FLUX. (Not "Imagen": a retouching service for camera
/// photos is called that too; Google's Imagen marks its output with IPTC metadata.)
const KNOWN_GENERATORS: [(&str, &str); 18] = [
    ("midjourney", "Midjourney"),
    ("dall-e", "DALL·E"),
    ("dall·e", "DALL·E"),
    ("dalle", "DALL·E"),
    ("gpt-image", "OpenAI GPT Image"),
    ("sora", "OpenAI Sora"),
    ("stable diffusion", "Stable Diffusion"),
    ("dreamstudio", "Stable Diffusion"),
    ("novelai", "NovelAI"),
    ("firefly", "Adobe Firefly"),
    ("comfyui", "ComfyUI"),
    ("invokeai", "InvokeAI"),
    ("fooocus", "Fooocus"),
    ("leonardo.ai", "Leonardo.Ai"),
    ("ideogram", "Ideogram"),
    ("flux", "FLUX"),
    ("runway", "Runway"),
    ("bing image creator", "Bing Image Creator"),
];

/// PNG text chunks that only a generator's own front end writes, and what it is.
const GENERATOR_CHUNKS: [(&str, &str); 5] = [
    ("png:prompt", "ComfyUI"),
    ("png:workflow", "ComfyUI"),
    ("png:invokeai_metadata", "InvokeAI"),
    ("png:sd-metadata", "InvokeAI"),
    ("png:fooocus_scheme", "Fooocus"),
];

/// Fields whose value names the tool that made or last wrote the file, searched for generator
/// names as whole words. Free text (descriptions, comments, prompts) is not searched: "runway"
/// and "flux" are words.
const TOOL_FIELDS: [&str; 4] = ["exif:Software", "xmp:CreatorTool", "png:Software", "png:Source"];

/// Fields naming the device: a generator counts only when it is the whole value (a camera
/// maker's name may contain any word).
const DEVICE_FIELDS: [&str; 2] = ["exif:Make", "exif:Model"];

/// The generator a value names, matched as a whole word.
fn named_generator(value: &str) -> Option<&'static str> {
    let lower = value.to_lowercase();
    let word = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    KNOWN_GENERATORS
        .iter()
        .find(|(needle, _)| {
            lower
                .match_indices(needle)
                .any(|(at, _)| !word(lower[..at].chars().next_back()) && !word(lower[at + needle.len()..].chars().next()))
        })
        .map(|&(_, name)| name)
}

/// The generator a device field names: the whole value, case-insensitive.
fn named_device(value: &str) -> Option<&'static str> {
    let value = value.trim().to_lowercase();
    KNOWN_GENERATORS.iter().find(|(needle, name)| value == *needle || value == name.to_lowercase()).map(|&(_, name)| name)
}

/// AUTOMATIC1111 / Forge generation parameters: the prompt, then `Steps: …, Sampler: …`.
fn is_sd_parameters(value: &str) -> bool {
    value.contains("Steps:") && value.contains("Sampler")
}

/// What signed Content Credentials say: the generator when they declare generative AI.
/// Confidence follows the signature: a trusted signer 0.99, a good signature from a signer
/// outside the trust list 0.95 (a manifest that calls its own file AI-generated has little
/// reason to lie), and 0.7 — not decisive — when the manifest no longer matches the file.
fn from_credentials(credentials: &ContentCredentials) -> Option<(Generator, Finding, bool)> {
    let finding = match credentials.digital_source_type.as_deref()? {
        "trainedAlgorithmicMedia" => Finding::Synthetic,
        "compositeWithTrainedAlgorithmicMedia" => Finding::Manipulated,
        _ => return None,
    };
    let (confidence, decisive) = match credentials.validation {
        CredentialsValidation::Trusted => (0.99, true),
        CredentialsValidation::Valid => (0.95, true),
        CredentialsValidation::Invalid => (0.7, false),
    };
    let name = if credentials.claim_generator.is_empty() { "an unnamed generative model" } else { credentials.claim_generator.as_str() };
    Some((Generator { name: name.to_owned(), confidence, source: "c2pa".into() }, finding, decisive))
}

/// What the file says about its making, if it names a generator: C2PA first, then metadata.
/// The flag says whether the finding is decisive (see [`from_credentials`]).
pub fn find_generator(metadata: &MediaMetadata) -> Option<(Generator, Finding, bool)> {
    if let Some(found) = metadata.content_credentials.as_ref().and_then(from_credentials) {
        return Some(found);
    }
    find_in_tags(metadata).map(|(generator, finding)| (generator, finding, true))
}

fn find_in_tags(metadata: &MediaMetadata) -> Option<(Generator, Finding)> {
    let tag = |key: &str| metadata.tags.get(key).map(String::as_str);
    let hit = |name: &str, confidence: f32, source: &str| Generator { name: name.to_owned(), confidence, source: source.to_owned() };
    match tag("xmp:DigitalSourceType") {
        Some("trainedAlgorithmicMedia") => {
            let name = tag("xmp:CreatorTool").unwrap_or("an unnamed generative model");
            return Some((hit(name, 0.99, "xmp:DigitalSourceType"), Finding::Synthetic));
        }
        Some("compositeWithTrainedAlgorithmicMedia") => {
            let name = tag("xmp:CreatorTool").unwrap_or("an unnamed generative model");
            return Some((hit(name, 0.95, "xmp:DigitalSourceType"), Finding::Manipulated));
        }
        _ => {}
    }
    // The AI system used, unless the source type says something else (an AI upscaler over a
    // camera photo is `algorithmicallyEnhanced`, not generated).
    if let Some(name) = tag("xmp:AISystemUsed").filter(|n| !n.is_empty() && tag("xmp:DigitalSourceType").is_none()) {
        return Some((hit(name, 0.99, "xmp:AISystemUsed"), Finding::Synthetic));
    }
    // A1111 writes its parameters in PNG text, and in EXIF UserComment for JPEG and WebP;
    // SwarmUI writes JSON there, under its own key.
    for key in ["png:parameters", "exif:UserComment"] {
        match tag(key) {
            Some(value) if is_sd_parameters(value) => return Some((hit("Stable Diffusion", 0.98, key), Finding::Synthetic)),
            Some(value) if value.contains("\"sui_image_params\"") => return Some((hit("SwarmUI", 0.98, key), Finding::Synthetic)),
            _ => {}
        }
    }
    if let Some((key, name)) = GENERATOR_CHUNKS.iter().find(|(key, _)| tag(key).is_some()) {
        return Some((hit(name, 0.98, key), Finding::Synthetic));
    }
    let named = TOOL_FIELDS.iter().find_map(|key| Some((*key, tag(key).and_then(named_generator)?)));
    let named = named.or_else(|| DEVICE_FIELDS.iter().find_map(|key| Some((*key, tag(key).and_then(named_device)?))));
    named.map(|(key, name)| (hit(name, 0.9, key), Finding::Synthetic))
}

/// The metadata detector: runs first on every image, costs microseconds.
pub struct ProvenanceDetector;

impl ProvenanceDetector {
    pub const ID: &'static str = "metadata-provenance";
    pub const VERSION: &'static str = "2";
    pub const INFO: DetectorInfo = DetectorInfo {
        id: Self::ID,
        task: "provenance",
        media: &[MediaType::Image, MediaType::Video, MediaType::Audio],
        description: "C2PA Content Credentials in images, video and audio (`c2pa` crate: claim generator, actions, \
                      `digitalSourceType`, signature checked against `models.c2pa_trust_anchors`); XMP parsed as RDF in JPEG \
                      (with extended XMP), PNG, WebP, TIFF, MP4/MOV/M4A, WAV and AVI (IPTC `DigitalSourceType` and `AISystemUsed`, \
                      `CreatorTool`); EXIF `Software`, `Make`/`Model` (whole value) and AUTOMATIC1111's `UserComment`; generators' \
                      PNG text chunks, compressed or not, read whole (Stable Diffusion `parameters`, ComfyUI `prompt`/`workflow`, \
                      InvokeAI, Fooocus, SwarmUI); generator names matched as whole words. A declaration of generative AI is \
                      decisive: 0.99 trusted signature, 0.95 valid but untrusted, 0.7 and not decisive when the manifest no longer \
                      matches the file; its absence is not evidence, and missing camera EXIF is reported (`exif_stripped`), never \
                      weighed",
        weights: Weights::BuiltIn { version: Self::VERSION },
    };
}

impl Detector for ProvenanceDetector {
    fn id(&self) -> &str {
        Self::ID
    }

    fn applies_to(&self, media: MediaType, _request: DetectRequest) -> bool {
        media != MediaType::Text
    }

    fn detect(&self, media: &DecodedMedia, request: DetectRequest, _faces: &[Face]) -> Result<DetectorOutput, DomainError> {
        let mut output = self.judge(&media.metadata, request);
        if media.metadata.exif_stripped == Some(true) {
            output.signals.push(Signal {
                contribution: None,
                name: "exif_stripped".into(),
                score: None,
                detail: "no camera EXIF (make, model, capture time): removed, re-encoded, a screenshot, or never a camera's; \
                         reported, not weighed (metadata is as easily removed as forged)"
                    .into(),
            });
        }
        Ok(output)
    }
}

impl ProvenanceDetector {
    fn judge(&self, metadata: &MediaMetadata, request: DetectRequest) -> DetectorOutput {
        let model = |score| Some(ModelRun { id: Self::ID.into(), version: Self::VERSION.into(), score, latency_ms: None });
        let Some((generator, finding, decisive)) = find_generator(metadata) else {
            let detail = match &metadata.content_credentials {
                Some(c) => format!(
                    "C2PA Content Credentials from {} ({:?} signature) declare no generative AI{}",
                    if c.claim_generator.is_empty() { "an unnamed tool" } else { c.claim_generator.as_str() },
                    c.validation,
                    c.digital_source_type.as_ref().map(|t| format!(" (source type {t})")).unwrap_or_default()
                ),
                None => "no generator metadata found (metadata is easily removed, so this is not evidence of authenticity)".into(),
            };
            return DetectorOutput {
                model: model(None),
                signals: vec![Signal { contribution: None, name: "generator_metadata".into(), score: None, detail }],
                ..DetectorOutput::default()
            };
        };
        let detail = match &metadata.content_credentials {
            Some(c) if generator.source == "c2pa" => format!(
                "C2PA Content Credentials ({:?} signature{}) declare {} made by {}",
                c.validation,
                c.signer.as_ref().map(|s| format!(" by {s}")).unwrap_or_default(),
                c.digital_source_type.as_deref().unwrap_or("generative AI"),
                generator.name
            ),
            _ => format!("{} names {} as the tool that made it", generator.source, generator.name),
        };
        // An AI-generated check counts only generation; a composite is still manipulation.
        let finding = if request.check == Check::AiGenerated { Finding::Synthetic } else { finding };
        DetectorOutput {
            model: model(Some(generator.confidence)),
            evidence: vec![Evidence::new(Self::ID, "generator_metadata", generator.confidence, finding).decisive(decisive)],
            signals: vec![Signal { contribution: None, name: "generator_metadata".into(), score: Some(generator.confidence), detail }],
            generator: Some(generator),
            ..DetectorOutput::default()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn with(tags: &[(&str, &str)]) -> MediaMetadata {
        MediaMetadata { tags: tags.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect(), ..MediaMetadata::default() }
    }

    #[test]
    fn names_generators_from_their_metadata_and_nothing_otherwise() {
        let sd = find_generator(&with(&[("png:parameters", "a cat\nSteps: 20, Sampler: Euler a, CFG scale: 7")])).unwrap();
        assert_eq!((sd.0.name.as_str(), sd.0.source.as_str()), ("Stable Diffusion", "png:parameters"));
        let iptc =
            find_generator(&with(&[("xmp:DigitalSourceType", "trainedAlgorithmicMedia"), ("xmp:CreatorTool", "Adobe Firefly")])).unwrap();
        assert_eq!((iptc.0.name.as_str(), iptc.1, iptc.2), ("Adobe Firefly", Finding::Synthetic, true));
        let composite = find_generator(&with(&[("xmp:DigitalSourceType", "compositeWithTrainedAlgorithmicMedia")])).unwrap();
        assert_eq!(composite.1, Finding::Manipulated);
        assert_eq!(find_generator(&with(&[("exif:Software", "Midjourney v6")])).unwrap().0.name, "Midjourney");
        assert!(find_generator(&with(&[("exif:Software", "Adobe Photoshop 25.0"), ("exif:Make", "Canon")])).is_none());
        assert!(find_generator(&MediaMetadata::default()).is_none());
        // A1111 in a JPEG's EXIF UserComment; IPTC 2024's AI system; front ends' own chunks;
        // a generator named in Make.
        let a1111 = find_generator(&with(&[("exif:UserComment", "a cat\nSteps: 20, Sampler: Euler a, CFG scale: 7")])).unwrap();
        assert_eq!((a1111.0.name.as_str(), a1111.0.source.as_str()), ("Stable Diffusion", "exif:UserComment"));
        assert_eq!(find_generator(&with(&[("xmp:AISystemUsed", "Firefly Image 3")])).unwrap().0.name, "Firefly Image 3");
        assert_eq!(find_generator(&with(&[("png:invokeai_metadata", "{}")])).unwrap().0.name, "InvokeAI");
        let swarm = find_generator(&with(&[("png:parameters", r#"{"sui_image_params": {"steps": 20}}"#)])).unwrap();
        assert_eq!((swarm.0.name.as_str(), swarm.0.source.as_str()), ("SwarmUI", "png:parameters"));
        assert_eq!(find_generator(&with(&[("exif:Make", "NovelAI")])).unwrap().0.source, "exif:Make");
        // A device field names a generator only as its whole value; an AI system used on a
        // photo whose source type says otherwise is not a generation.
        assert!(find_generator(&with(&[("exif:Make", "Runway Optics Co.")])).is_none());
        assert!(find_generator(&with(&[("xmp:AISystemUsed", "Topaz"), ("xmp:DigitalSourceType", "algorithmicallyEnhanced")])).is_none());
        // Names are whole words, and free text is not searched for them.
        for (key, value) in [
            ("exif:Software", "Imagenomic Portraiture 4"),
            ("exif:Software", "Imagen AI"),
            ("exif:Software", "Influx Capture 2.1"),
            ("png:Description", "backstage at the Milan runway show"),
            ("exif:ImageDescription", "a flux capacitor"),
        ] {
            assert!(find_generator(&with(&[(key, value)])).is_none(), "{key}={value}");
        }
        assert_eq!(find_generator(&with(&[("exif:Software", "FLUX.1-dev")])).unwrap().0.name, "FLUX");
    }

    #[test]
    fn content_credentials_declaring_generative_ai_name_the_generator_with_the_signature_s_weight() {
        let credentials = |validation, source_type: &str| MediaMetadata {
            content_credentials: Some(ContentCredentials {
                claim_generator: "TestGen 1.0".into(),
                digital_source_type: Some(source_type.into()),
                validation,
                ..ContentCredentials::default()
            }),
            // C2PA wins over a metadata tag that says otherwise.
            tags: [("exif:Software".to_owned(), "Midjourney".to_owned())].into(),
            ..MediaMetadata::default()
        };
        let (g, finding, decisive) = find_generator(&credentials(CredentialsValidation::Trusted, "trainedAlgorithmicMedia")).unwrap();
        assert_eq!(
            (g.name.as_str(), g.source.as_str(), g.confidence, finding, decisive),
            ("TestGen 1.0", "c2pa", 0.99, Finding::Synthetic, true)
        );
        let (g, _, decisive) = find_generator(&credentials(CredentialsValidation::Valid, "trainedAlgorithmicMedia")).unwrap();
        assert_eq!((g.confidence, decisive), (0.95, true));
        let (g, _, decisive) = find_generator(&credentials(CredentialsValidation::Invalid, "trainedAlgorithmicMedia")).unwrap();
        assert_eq!((g.confidence, decisive), (0.7, false));
        let (_, finding, _) = find_generator(&credentials(CredentialsValidation::Trusted, "compositeWithTrainedAlgorithmicMedia")).unwrap();
        assert_eq!(finding, Finding::Manipulated);
        // A camera's credentials name no generator; the metadata tag is then read as before.
        let (g, _, _) = find_generator(&credentials(CredentialsValidation::Trusted, "digitalCapture")).unwrap();
        assert_eq!(g.source, "exif:Software");
    }
}
