//! What a job costs in credits.

use serde::{Deserialize, Serialize};

use crate::detection::{AnalysisType, Check, MediaType};

/// Credits per job by kind (the documented defaults; operators may change them).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Pricing {
    pub image: u64,
    /// A video up to `short_video_secs` long.
    pub short_video: u64,
    pub long_video: u64,
    pub short_video_secs: u64,
    pub audio: u64,
    /// An image analysed as a document (`analysis_type` DOCUMENT).
    pub document: u64,
    pub text: u64,
    /// `POST /v1/detect/ai-media`.
    pub ai_media: u64,
}

impl Default for Pricing {
    fn default() -> Self {
        Self { image: 2, short_video: 5, long_video: 10, short_video_secs: 60, audio: 3, document: 2, text: 1, ai_media: 2 }
    }
}

/// What is known of a job when it is priced.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Priced {
    pub media_type: MediaType,
    pub check: Check,
    pub analysis_type: AnalysisType,
}

impl Pricing {
    /// The most the job can cost, reserved when it is submitted (a video's length is known
    /// only once it is decoded, so it reserves the long-video price).
    pub fn reserve(&self, job: Priced) -> u64 {
        self.price(job, None)
    }

    /// The job's price once it has run; `duration` in seconds for video (`None`: unknown, the
    /// long-video price).
    pub fn price(&self, job: Priced, duration: Option<f64>) -> u64 {
        if job.check == Check::AiGenerated {
            return self.ai_media;
        }
        match job.media_type {
            MediaType::Image if job.analysis_type == AnalysisType::Document => self.document,
            MediaType::Image => self.image,
            MediaType::Video => match duration {
                Some(secs) if secs <= self.short_video_secs as f64 => self.short_video,
                _ => self.long_video,
            },
            MediaType::Audio => self.audio,
            MediaType::Text => self.text,
        }
    }
}

/// Money, in the currency's minor unit (cents), as Stripe counts it. Its own type so that it is
/// never added to or compared with a number of credits (those are plain `u64`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Cents(pub u64);

impl std::fmt::Display for Cents {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.fmt(f)
    }
}

/// A pack of credits sold through Stripe Checkout.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CreditPack {
    /// Stable id clients buy it by, e.g. `starter`.
    pub id: String,
    /// Shown on the Checkout page.
    pub name: String,
    pub credits: u64,
    pub price: Cents,
    /// ISO 4217, lower case (`usd`, `eur`).
    pub currency: String,
}

impl CreditPack {
    /// The packs offered when the configuration names none.
    pub fn defaults() -> Vec<CreditPack> {
        let pack = |id: &str, name: &str, credits, price| CreditPack {
            id: id.into(),
            name: name.into(),
            credits,
            price: Cents(price),
            currency: "usd".into(),
        };
        vec![
            pack("starter", "Veracity Starter: 500 credits", 500, 1_900),
            pack("growth", "Veracity Growth: 2,500 credits", 2_500, 7_900),
            pack("scale", "Veracity Scale: 10,000 credits", 10_000, 24_900),
        ]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn job(media_type: MediaType) -> Priced {
        Priced { media_type, check: Check::Deepfake, analysis_type: AnalysisType::General }
    }

    #[test]
    fn prices_follow_the_documented_table() {
        let p = Pricing::default();
        assert_eq!(p.price(job(MediaType::Image), None), 2);
        assert_eq!(p.price(Priced { analysis_type: AnalysisType::Document, ..job(MediaType::Image) }, None), 2);
        assert_eq!(p.price(job(MediaType::Audio), Some(30.0)), 3);
        assert_eq!(p.price(job(MediaType::Text), None), 1);
        assert_eq!(p.price(Priced { check: Check::AiGenerated, ..job(MediaType::Image) }, None), 2);
        assert_eq!(p.price(job(MediaType::Video), Some(60.0)), 5, "a minute is a short video");
        assert_eq!(p.price(job(MediaType::Video), Some(60.5)), 10);
        assert_eq!(p.price(job(MediaType::Video), None), 10, "unknown length: the long price");
    }

    #[test]
    fn a_reservation_covers_the_worst_case() {
        let p = Pricing::default();
        for media in [MediaType::Image, MediaType::Video, MediaType::Audio, MediaType::Text] {
            for secs in [None, Some(1.0), Some(600.0)] {
                assert!(p.reserve(job(media)) >= p.price(job(media), secs), "{media:?} {secs:?}");
            }
        }
        assert_eq!(p.reserve(job(MediaType::Video)), 10);
    }
}
