//! Turning detector outputs into one verdict, risk score and recommendation.
//!
//! Each detector that can judge contributes [`Evidence`]: a 0–1 score (how likely the media is
//! synthetic or manipulated) and a weight. The risk is their weighted mean, except that decisive
//! evidence (a verified provenance record, a generator's own metadata) sets a floor: a file
//! that says it was made by Stable Diffusion is not averaged away by a classifier that missed it.
//! Detectors that found nothing to judge contribute nothing — the absence of evidence is not
//! evidence, so a report with no evidence is `inconclusive` and has no risk score.

use serde::{Deserialize, Serialize};

use super::report::{Recommendation, Verdict};

/// What a piece of evidence says the media is, if it is not authentic.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Finding {
    Synthetic,
    Manipulated,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Evidence {
    /// The detector or signal it comes from.
    pub source: String,
    /// 0–1.
    pub score: f32,
    /// Relative weight in the mean (> 0).
    pub weight: f32,
    pub finding: Finding,
    /// Sets a floor under the risk instead of being averaged.
    pub decisive: bool,
}

/// Risk-score bands, as `[accept, enhanced_verification, manual_review)` upper bounds; `reject` above.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Bands {
    pub accept_below: u8,
    pub enhanced_below: u8,
    pub review_below: u8,
}

impl Bands {
    /// 0–39 accept, 40–69 enhanced verification, 70–89 manual review, 90–100 reject.
    pub const STANDARD: Bands = Bands { accept_below: 40, enhanced_below: 70, review_below: 90 };
    /// `strict_mode`: every threshold 10–15 points lower, so more media is escalated.
    pub const STRICT: Bands = Bands { accept_below: 30, enhanced_below: 55, review_below: 80 };

    pub fn for_mode(strict: bool) -> Bands {
        if strict { Bands::STRICT } else { Bands::STANDARD }
    }

    pub fn recommend(&self, risk: u8) -> Recommendation {
        if risk < self.accept_below {
            Recommendation::Accept
        } else if risk < self.enhanced_below {
            Recommendation::EnhancedVerification
        } else if risk < self.review_below {
            Recommendation::ManualReview
        } else {
            Recommendation::Reject
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Assessment {
    pub verdict: Verdict,
    pub is_deepfake: bool,
    pub confidence: f32,
    pub risk_score: Option<u8>,
    pub recommendation: Recommendation,
}

/// The verdict for `evidence` under `bands`: synthetic/manipulated from the manual-review
/// threshold up, authentic below the accept threshold, inconclusive between.
pub fn assess(evidence: &[Evidence], bands: Bands) -> Assessment {
    let usable: Vec<&Evidence> = evidence.iter().filter(|e| e.weight > 0.0 && e.score.is_finite()).collect();
    if usable.is_empty() {
        return Assessment {
            verdict: Verdict::Inconclusive,
            is_deepfake: false,
            confidence: 0.0,
            risk_score: None,
            recommendation: Recommendation::ManualReview,
        };
    }
    let total: f32 = usable.iter().map(|e| e.weight).sum();
    let mean = usable.iter().map(|e| e.score.clamp(0.0, 1.0) * e.weight).sum::<f32>() / total;
    let floor = usable.iter().filter(|e| e.decisive).map(|e| e.score.clamp(0.0, 1.0)).fold(0.0, f32::max);
    let p = mean.max(floor);
    let risk = (p * 100.0).round() as u8;
    let strongest = usable.iter().max_by(|a, b| a.score.total_cmp(&b.score)).map(|e| e.finding);
    let verdict = if risk >= bands.enhanced_below {
        match strongest {
            Some(Finding::Manipulated) => Verdict::Manipulated,
            _ => Verdict::Synthetic,
        }
    } else if risk < bands.accept_below {
        Verdict::Authentic
    } else {
        Verdict::Inconclusive
    };
    Assessment {
        verdict,
        is_deepfake: matches!(verdict, Verdict::Synthetic | Verdict::Manipulated),
        confidence: (p.max(1.0 - p) * 1000.0).round() / 1000.0,
        risk_score: Some(risk),
        recommendation: bands.recommend(risk),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ev(score: f32, weight: f32, decisive: bool) -> Evidence {
        Evidence { source: "t".into(), score, weight, finding: Finding::Synthetic, decisive }
    }

    #[test]
    fn no_evidence_is_inconclusive_without_a_risk_score() {
        let a = assess(&[], Bands::STANDARD);
        assert_eq!(a.verdict, Verdict::Inconclusive);
        assert_eq!(a.risk_score, None);
        assert_eq!(a.recommendation, Recommendation::ManualReview);
    }

    #[test]
    fn bands_follow_the_documented_ranges() {
        let b = Bands::STANDARD;
        let cases = [(0, Recommendation::Accept), (39, Recommendation::Accept), (40, Recommendation::EnhancedVerification),
            (69, Recommendation::EnhancedVerification), (70, Recommendation::ManualReview), (89, Recommendation::ManualReview),
            (90, Recommendation::Reject), (100, Recommendation::Reject)];
        for (risk, want) in cases {
            assert_eq!(b.recommend(risk), want, "{risk}");
        }
        assert_eq!(Bands::STRICT.recommend(35), Recommendation::EnhancedVerification);
        assert_eq!(Bands::STRICT.recommend(85), Recommendation::Reject);
    }

    #[test]
    fn weighted_mean_with_a_decisive_floor() {
        let a = assess(&[ev(0.2, 1.0, false), ev(0.6, 1.0, false)], Bands::STANDARD);
        assert_eq!(a.risk_score, Some(40));
        assert_eq!(a.verdict, Verdict::Inconclusive);
        let b = assess(&[ev(0.1, 3.0, false), ev(0.99, 1.0, true)], Bands::STANDARD);
        assert_eq!(b.risk_score, Some(99));
        assert_eq!(b.verdict, Verdict::Synthetic);
        assert!(b.is_deepfake);
        let c = assess(&[ev(0.1, 1.0, false)], Bands::STANDARD);
        assert_eq!((c.verdict, c.confidence), (Verdict::Authentic, 0.9));
    }

    #[test]
    fn strict_mode_escalates_sooner() {
        let evidence = [ev(0.6, 1.0, false)];
        assert_eq!(assess(&evidence, Bands::STANDARD).verdict, Verdict::Inconclusive);
        assert_eq!(assess(&evidence, Bands::STRICT).verdict, Verdict::Synthetic);
    }
}
