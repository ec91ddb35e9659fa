//! The 52 audio features audiosentinel's forest was trained on, computed as its Python code
//! computes them with librosa 0.11 (`audiosentinel/features.py`): 24 kHz mono, silence trimmed
//! at 20 dB below the peak, frames of 2048 samples every 512.
//!
//! | features | from |
//! |---|---|
//! | temporal entropy: mean, std, q25, q75, min, max | Shannon entropy of each raw frame's normalised absolute samples |
//! | spectral entropy: the same six | of each STFT frame's normalised magnitudes |
//! | phase entropy: the same six | of each STFT frame's normalised absolute phases |
//! | 13 MFCCs: mean and std | 128 Slaney mel bands of the power spectrum, dB (80 dB range), DCT-II |
//! | zero-crossing rate, RMS, spectral centroid, 85% roll-off: mean and std | per frame |
//!
//! `tests/fixtures/speech-features.json` holds librosa's values for a committed clip; a test
//! checks these match them.

use std::f64::consts::PI;
use std::sync::Arc;

use rustfft::num_complex::Complex;
use rustfft::{Fft, FftPlanner};

pub const SAMPLE_RATE: u32 = 24_000;
pub const FEATURES: usize = 52;
const N_FFT: usize = 2048;
const HOP: usize = 512;
const BINS: usize = N_FFT / 2 + 1;
const N_MELS: usize = 128;
const N_MFCC: usize = 13;
const TRIM_TOP_DB: f64 = 20.0;
const EPS: f64 = 1e-10;

/// Reusable state: the FFT plan, window and mel filter bank.
pub struct FeatureExtractor {
    fft: Arc<dyn Fft<f64>>,
    window: Vec<f64>,
    mel: Vec<Vec<(usize, f64)>>,
    freqs: Vec<f64>,
}

impl Default for FeatureExtractor {
    fn default() -> Self {
        Self::new()
    }
}

/// One frame of the centred STFT: magnitudes and phases of bins 0..=N_FFT/2.
struct Spectrum {
    magnitude: Vec<f64>,
    phase: Vec<f64>,
}

impl FeatureExtractor {
    pub fn new() -> Self {
        let fft = FftPlanner::new().plan_fft_forward(N_FFT);
        // scipy's periodic Hann window, as librosa's `window="hann"`.
        let window = (0..N_FFT).map(|n| 0.5 - 0.5 * (2.0 * PI * n as f64 / N_FFT as f64).cos()).collect();
        let freqs: Vec<f64> = (0..BINS).map(|k| k as f64 * f64::from(SAMPLE_RATE) / N_FFT as f64).collect();
        let mel = mel_filters(&freqs);
        Self { fft, window, mel, freqs }
    }

    /// The features of `samples` (24 kHz mono), in audiosentinel's `FEATURE_COLS` order;
    /// `None` when less than one frame (2048 samples) is left after trimming silence.
    pub fn features(&self, samples: &[f32]) -> Option<[f32; FEATURES]> {
        let y: Vec<f64> = samples.iter().map(|&s| f64::from(s)).collect();
        let y = trim(&y);
        if y.len() < N_FFT {
            return None;
        }
        let spectra = self.stft(y);
        let mut out = Vec::with_capacity(FEATURES);
        let temporal: Vec<f64> = frames(y, N_FFT, HOP).map(entropy_of_abs).collect();
        let spectral: Vec<f64> = spectra.iter().map(|s| entropy_of_abs(&s.magnitude)).collect();
        let phase: Vec<f64> = spectra.iter().map(|s| entropy_of_abs(&s.phase)).collect();
        for series in [&temporal, &spectral, &phase] {
            out.extend(six_stats(series));
        }
        let mfcc = self.mfcc(&spectra);
        for coefficient in &mfcc {
            let (mean, std) = mean_std(coefficient);
            out.extend([mean, std]);
        }
        let padded_edge = pad(y, N_FFT / 2, Pad::Edge);
        let zcr: Vec<f64> = frames(&padded_edge, N_FFT, HOP).map(zero_crossing_rate).collect();
        let padded_zero = pad(y, N_FFT / 2, Pad::Zero);
        let rms: Vec<f64> =
            frames(&padded_zero, N_FFT, HOP).map(|f| (f.iter().map(|v| v * v).sum::<f64>() / f.len() as f64).sqrt()).collect();
        let centroid: Vec<f64> = spectra.iter().map(|s| self.centroid(&s.magnitude)).collect();
        let rolloff: Vec<f64> = spectra.iter().map(|s| self.rolloff(&s.magnitude, 0.85)).collect();
        for series in [&zcr, &rms, &centroid, &rolloff] {
            let (mean, std) = mean_std(series);
            out.extend([mean, std]);
        }
        let mut features = [0f32; FEATURES];
        for (slot, value) in features.iter_mut().zip(out) {
            *slot = value as f32;
        }
        Some(features)
    }

    /// librosa's `stft(center=True, pad_mode="constant")`: zero-padded by half a frame each side.
    fn stft(&self, y: &[f64]) -> Vec<Spectrum> {
        let padded = pad(y, N_FFT / 2, Pad::Zero);
        let mut buffer = vec![Complex::new(0.0, 0.0); N_FFT];
        frames(&padded, N_FFT, HOP)
            .map(|frame| {
                for ((slot, &v), &w) in buffer.iter_mut().zip(frame).zip(&self.window) {
                    *slot = Complex::new(v * w, 0.0);
                }
                self.fft.process(&mut buffer);
                Spectrum {
                    magnitude: buffer[..BINS].iter().map(|c| c.norm()).collect(),
                    phase: buffer[..BINS].iter().map(|c| c.arg()).collect(),
                }
            })
            .collect()
    }

    /// 13 MFCC series: power spectrum → 128 Slaney mel bands → dB (ref 1, floor 1e-10, at most
    /// 80 dB below the loudest value of the clip) → orthonormal DCT-II.
    fn mfcc(&self, spectra: &[Spectrum]) -> Vec<Vec<f64>> {
        let mut db: Vec<Vec<f64>> = spectra
            .iter()
            .map(|s| {
                self.mel
                    .iter()
                    .map(|band| 10.0 * band.iter().map(|&(k, w)| w * s.magnitude[k] * s.magnitude[k]).sum::<f64>().max(EPS).log10())
                    .collect()
            })
            .collect();
        let peak = db.iter().flatten().copied().fold(f64::NEG_INFINITY, f64::max);
        for v in db.iter_mut().flatten() {
            *v = v.max(peak - 80.0);
        }
        let n = N_MELS as f64;
        (0..N_MFCC)
            .map(|k| {
                let scale = if k == 0 { (1.0 / n).sqrt() } else { (2.0 / n).sqrt() };
                db.iter()
                    .map(|bands| {
                        scale
                            * bands.iter().enumerate().map(|(i, v)| v * (PI * k as f64 * (2 * i + 1) as f64 / (2.0 * n)).cos()).sum::<f64>()
                    })
                    .collect()
            })
            .collect()
    }

    fn centroid(&self, magnitude: &[f64]) -> f64 {
        let total: f64 = magnitude.iter().sum();
        let norm = if total < f64::MIN_POSITIVE { 1.0 } else { total };
        magnitude.iter().zip(&self.freqs).map(|(m, f)| f * m / norm).sum()
    }

    /// The lowest frequency below which `share` of the magnitude lies.
    fn rolloff(&self, magnitude: &[f64], share: f64) -> f64 {
        let threshold = share * magnitude.iter().sum::<f64>();
        let mut cumulative = 0.0;
        for (m, f) in magnitude.iter().zip(&self.freqs) {
            cumulative += m;
            if cumulative >= threshold {
                return *f;
            }
        }
        *self.freqs.last().unwrap_or(&0.0)
    }
}

/// librosa's Slaney mel scale.
fn hz_to_mel(hz: f64) -> f64 {
    let f_sp = 200.0 / 3.0;
    let (min_log_hz, logstep) = (1000.0, 6.4f64.ln() / 27.0);
    if hz >= min_log_hz { min_log_hz / f_sp + (hz / min_log_hz).ln() / logstep } else { hz / f_sp }
}

fn mel_to_hz(mel: f64) -> f64 {
    let f_sp = 200.0 / 3.0;
    let (min_log_hz, logstep) = (1000.0, 6.4f64.ln() / 27.0);
    let min_log_mel = min_log_hz / f_sp;
    if mel >= min_log_mel { min_log_hz * (logstep * (mel - min_log_mel)).exp() } else { f_sp * mel }
}

/// `librosa.filters.mel(sr=24000, n_fft=2048, n_mels=128)`: triangles between Slaney mel
/// points from 0 Hz to Nyquist, area-normalised (`norm="slaney"`). Each band as its non-zero
/// `(bin, weight)` pairs.
fn mel_filters(freqs: &[f64]) -> Vec<Vec<(usize, f64)>> {
    let (lo, hi) = (hz_to_mel(0.0), hz_to_mel(f64::from(SAMPLE_RATE) / 2.0));
    let points: Vec<f64> = (0..N_MELS + 2).map(|i| mel_to_hz(lo + (hi - lo) * i as f64 / (N_MELS + 1) as f64)).collect();
    (0..N_MELS)
        .map(|m| {
            let (left, centre, right) = (points[m], points[m + 1], points[m + 2]);
            let enorm = 2.0 / (right - left);
            freqs
                .iter()
                .enumerate()
                .filter_map(|(k, &f)| {
                    let weight = ((f - left) / (centre - left)).min((right - f) / (right - centre)).max(0.0);
                    (weight > 0.0).then_some((k, weight * enorm))
                })
                .collect()
        })
        .collect()
}

enum Pad {
    Zero,
    Edge,
}

fn pad(y: &[f64], by: usize, how: Pad) -> Vec<f64> {
    let (first, last) = match how {
        Pad::Zero => (0.0, 0.0),
        Pad::Edge => (y[0], y[y.len() - 1]),
    };
    let mut out = Vec::with_capacity(y.len() + 2 * by);
    out.extend(std::iter::repeat_n(first, by));
    out.extend_from_slice(y);
    out.extend(std::iter::repeat_n(last, by));
    out
}

/// `librosa.util.frame`: every full frame, no padding.
fn frames(y: &[f64], length: usize, hop: usize) -> impl Iterator<Item = &[f64]> {
    let count = if y.len() < length { 0 } else { 1 + (y.len() - length) / hop };
    (0..count).map(move |i| &y[i * hop..i * hop + length])
}

/// `-Σ p·log2(p + 1e-10)` with `p = |v| / (Σ|v| + 1e-10)`.
fn entropy_of_abs(values: &[f64]) -> f64 {
    let total: f64 = values.iter().map(|v| v.abs()).sum::<f64>() + EPS;
    -values.iter().map(|v| v.abs() / total).map(|p| p * (p + EPS).log2()).sum::<f64>()
}

/// librosa's zero-crossing rate of one frame: values within 1e-10 of zero count as positive;
/// crossings between neighbours, divided by the frame length.
fn zero_crossing_rate(frame: &[f64]) -> f64 {
    let negative = |v: f64| v < 0.0 && v.abs() > EPS;
    let crossings = frame.windows(2).filter(|w| negative(w[0]) != negative(w[1])).count();
    crossings as f64 / frame.len() as f64
}

fn mean_std(values: &[f64]) -> (f64, f64) {
    let n = values.len().max(1) as f64;
    let mean = values.iter().sum::<f64>() / n;
    (mean, (values.iter().map(|v| (v - mean).powi(2)).sum::<f64>() / n).sqrt())
}

/// mean, std, 25th and 75th percentiles (numpy's linear interpolation), min, max.
fn six_stats(values: &[f64]) -> [f64; 6] {
    let (mean, std) = mean_std(values);
    let mut sorted = values.to_vec();
    sorted.sort_by(f64::total_cmp);
    let percentile = |q: f64| {
        let position = q * (sorted.len() - 1) as f64;
        let (lower, frac) = (position.floor() as usize, position.fract());
        let upper = (lower + 1).min(sorted.len() - 1);
        sorted[lower] + (sorted[upper] - sorted[lower]) * frac
    };
    [mean, std, percentile(0.25), percentile(0.75), sorted[0], sorted[sorted.len() - 1]]
}

/// `librosa.effects.trim(top_db=20)`: keeps the frames whose RMS is within 20 dB of the
/// loudest frame's, from the first to the last of them.
fn trim(y: &[f64]) -> &[f64] {
    if y.is_empty() {
        return y;
    }
    let padded = pad(y, N_FFT / 2, Pad::Zero);
    let rms: Vec<f64> = frames(&padded, N_FFT, HOP).map(|f| (f.iter().map(|v| v * v).sum::<f64>() / f.len() as f64).sqrt()).collect();
    let peak = rms.iter().copied().fold(0.0, f64::max);
    let db = |v: f64| 10.0 * (v * v).max(EPS).log10();
    let reference = db(peak);
    let loud: Vec<usize> = rms.iter().enumerate().filter(|(_, v)| db(**v) - reference > -TRIM_TOP_DB).map(|(i, _)| i).collect();
    match (loud.first(), loud.last()) {
        (Some(&first), Some(&last)) => &y[(first * HOP).min(y.len())..((last + 1) * HOP).min(y.len())],
        _ => &y[..0],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_mel_scale_round_trips_and_the_filters_cover_the_band() {
        for hz in [0.0, 440.0, 1000.0, 4000.0, 12_000.0] {
            assert!((mel_to_hz(hz_to_mel(hz)) - hz).abs() < 1e-6, "{hz}");
        }
        let extractor = FeatureExtractor::new();
        assert_eq!(extractor.mel.len(), N_MELS);
        assert!(extractor.mel.iter().all(|band| !band.is_empty()), "no empty band at n_fft 2048");
    }

    #[test]
    fn clips_shorter_than_a_frame_have_no_features() {
        let extractor = FeatureExtractor::new();
        assert!(extractor.features(&[0.1; 1000]).is_none());
        assert!(extractor.features(&[]).is_none());
        let tone: Vec<f32> = (0..24_000).map(|i| (i as f32 * 0.1).sin() * 0.5).collect();
        let features = extractor.features(&tone).expect("a second of tone");
        assert!(features.iter().all(|v| v.is_finite()));
    }
}
