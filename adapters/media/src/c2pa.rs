//! C2PA Content Credentials, read with the `c2pa` crate: the active manifest's claim generator,
//! actions and digital source type, and whether its signature holds and chains to a trust
//! anchor. No network access: remote manifests and OCSP fetching are off.

use std::io::Cursor;
use std::sync::Arc;

use veracity_domain::DomainError;
use veracity_domain::detection::MediaFormat;
use veracity_domain::detection::report::{ContentCredentials, CredentialsValidation};

/// Reads manifests with one shared configuration (trust anchors, no network).
pub struct ContentCredentialsReader {
    context: Arc<c2pa::Context>,
}

impl ContentCredentialsReader {
    /// `trust_anchors`: a PEM bundle of root certificates whose signers count as `trusted`;
    /// without it a good signature is `valid` at best.
    pub fn new(trust_anchors: Option<&str>) -> Result<Self, DomainError> {
        let mut settings = serde_json::json!({
            "verify": {"remote_manifest_fetch": false, "ocsp_fetch": false, "verify_trust": true},
        });
        if let Some(pem) = trust_anchors {
            settings["trust"] = serde_json::json!({"trust_anchors": pem});
        }
        let context = c2pa::Context::new()
            .with_settings(settings.to_string().as_str())
            .map_err(|e| DomainError::internal(format!("C2PA settings: {e}")))?;
        Ok(Self { context: context.into_shared() })
    }

    /// The file's credentials, or `None` when it carries no manifest (or is a format C2PA does
    /// not define embedding for).
    pub fn read(&self, bytes: &[u8], format: MediaFormat) -> Option<ContentCredentials> {
        let reader = match c2pa::Reader::from_shared_context(&self.context).with_stream(format.mime(), Cursor::new(bytes)) {
            Ok(reader) => reader,
            Err(c2pa::Error::JumbfNotFound | c2pa::Error::UnsupportedType | c2pa::Error::ProvenanceMissing) => return None,
            Err(e) => {
                return Some(ContentCredentials {
                    claim_generator: String::new(),
                    validation: CredentialsValidation::Invalid,
                    validation_codes: vec![format!("unreadable: {e}")],
                    ..ContentCredentials::default()
                });
            }
        };
        let manifest = reader.active_manifest()?;
        let actions: Vec<c2pa::assertions::Action> = manifest
            .find_assertion::<c2pa::assertions::Actions>(c2pa::assertions::Actions::LABEL)
            .map(|a| a.actions().to_vec())
            .unwrap_or_default();
        let digital_source_type = actions.iter().find_map(|a| a.source_type()).and_then(|t| {
            let url = serde_json::to_value(t).ok()?;
            Some(url.as_str()?.rsplit('/').next()?.to_owned())
        });
        let claim_generator = manifest
            .claim_generator_info
            .as_ref()
            .and_then(|info| info.first())
            .map(|g| match &g.version {
                Some(v) => format!("{} {v}", g.name),
                None => g.name.clone(),
            })
            .or_else(|| manifest.claim_generator().map(str::to_owned))
            .unwrap_or_default();
        let signature = manifest.signature_info();
        let validation = match reader.validation_state() {
            c2pa::ValidationState::Trusted => CredentialsValidation::Trusted,
            c2pa::ValidationState::Valid => CredentialsValidation::Valid,
            _ => CredentialsValidation::Invalid,
        };
        Some(ContentCredentials {
            claim_generator,
            actions: actions.iter().map(|a| a.action().to_owned()).collect(),
            digital_source_type,
            signer: signature.and_then(|s| s.issuer.clone().or_else(|| s.common_name.clone())),
            signed_at: signature.and_then(|s| s.time.clone()),
            validation,
            validation_codes: reader.validation_status().unwrap_or_default().iter().map(|s| s.code().to_owned()).collect(),
        })
    }
}
