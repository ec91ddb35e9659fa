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

/// Names of generators as they appear in `Software` / `CreatorTool` fields.
const KNOWN_GENERATORS: [(&str, &str); 10] = [
    ("midjourney", "Midjourney"),
    ("dall-e", "DALL·E"),
    ("dall·e", "DALL·E"),
    ("stable diffusion", "Stable Diffusion"),
    ("novelai", "NovelAI"),
    ("firefly", "Adobe Firefly"),
    ("imagen", "Google Imagen"),
    ("comfyui", "ComfyUI"),
    ("leonardo.ai", "Leonardo.Ai"),
    ("flux", "FLUX"),
];

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
    if tag("png:parameters").is_some_and(|p| p.contains("Steps:") && p.contains("Sampler")) {
        return Some((hit("Stable Diffusion", 0.98, "png:parameters"), Finding::Synthetic));
    }
    if tag("png:prompt").is_some() || tag("png:workflow").is_some() {
        return Some((hit("ComfyUI", 0.98, "png:prompt"), Finding::Synthetic));
    }
    for key in ["exif:Software", "xmp:CreatorTool", "png:Software", "png:Comment", "png:Description"] {
        let Some(value) = tag(key) else { continue };
        let lower = value.to_lowercase();
        if let Some((_, name)) = KNOWN_GENERATORS.iter().find(|(needle, _)| lower.contains(needle)) {
            return Some((hit(name, 0.9, key), Finding::Synthetic));
        }
    }
    None
}

/// The metadata detector: runs first on every image, costs microseconds.
pub struct ProvenanceDetector;

impl ProvenanceDetector {
    pub const ID: &'static str = "metadata-provenance";
    pub const VERSION: &'static str = "1";
    pub const INFO: DetectorInfo = DetectorInfo {
        id: Self::ID,
        task: "provenance",
        media: &[MediaType::Image, MediaType::Video, MediaType::Audio],
        description: "C2PA Content Credentials (`c2pa` crate: claim generator, actions, `digitalSourceType`, signature checked \
                      against `models.c2pa_trust_anchors`), IPTC `DigitalSourceType` in XMP, EXIF `Software`, generators' PNG \
                      text chunks, compressed or not, read whole (Stable Diffusion `parameters`, ComfyUI `prompt`/`workflow`, NovelAI, Midjourney, DALL·E \
                      markers). A declaration of generative AI is decisive: 0.99 trusted signature, 0.95 valid but untrusted, 0.7 \
                      and not decisive when the manifest no longer matches the file; its absence is not evidence",
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
        let model = |score| Some(ModelRun { id: Self::ID.into(), version: Self::VERSION.into(), score, latency_ms: None });
        let Some((generator, finding, decisive)) = find_generator(&media.metadata) else {
            let detail = match &media.metadata.content_credentials {
                Some(c) => format!(
                    "C2PA Content Credentials from {} ({:?} signature) declare no generative AI{}",
                    if c.claim_generator.is_empty() { "an unnamed tool" } else { c.claim_generator.as_str() },
                    c.validation,
                    c.digital_source_type.as_ref().map(|t| format!(" (source type {t})")).unwrap_or_default()
                ),
                None => "no generator metadata found (metadata is easily removed, so this is not evidence of authenticity)".into(),
            };
            return Ok(DetectorOutput {
                model: model(None),
                signals: vec![Signal { contribution: None, name: "generator_metadata".into(), score: None, detail }],
                ..DetectorOutput::default()
            });
        };
        let detail = match &media.metadata.content_credentials {
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
        Ok(DetectorOutput {
            model: model(Some(generator.confidence)),
            evidence: vec![Evidence::new(Self::ID, "generator_metadata", generator.confidence, finding).decisive(decisive)],
            signals: vec![Signal { contribution: None, name: "generator_metadata".into(), score: Some(generator.confidence), detail }],
            generator: Some(generator),
            ..DetectorOutput::default()
        })
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
