//! Pixel forensics that need no trained model. They are reported as signals, each with a 0–1
//! score and what it measured, but carry no weight in fusion: on the CI set (real photos) they
//! cannot be shown to separate anything, and each has known confounds. A reader weighs them;
//! they run when a job asks for `return_details`.
//!
//! * `upsampling_peaks`: generators that upsample by 2× (GAN transposed convolutions, diffusion
//!   decoders) leave periodic correlations in the noise residual, seen as isolated peaks in its
//!   spectrum at ½ and ¼ of the sampling frequency (Popescu & Farid 2005; Durall et al. 2020;
//!   Corvi et al. 2023). Over the central (up to) 512×512 luminance square, the magnitudes of
//!   first and second differences (upsampling makes every other one small), mean removed and
//!   Hann windowed, are transformed; each of the 15 candidate frequencies on the ¼ grid is compared with the median of
//!   its 11×11 neighbourhood. Score 0 at a 10× peak, 1 at 100×. Confounds: JPEG's 8×8 blocks and
//!   camera demosaicing also put peaks on that grid.
//! * `face_noise_mismatch` (images with a face): the noise level (1.4826 × the median absolute
//!   residual, per 16×16 block) inside the face boxes against the smoothest quarter of the
//!   background. A face pasted from another picture brings another camera's noise or a
//!   generator's smoothness. Score 0 at a factor 1.4 (½ octave), 1 at 2.8. Confound: make-up,
//!   skin retouching and focus.
//! * `face_error_level_mismatch` (images with a face): error level analysis. Saved again as JPEG
//!   at quality 90, regions compressed once before change less than regions compressed at another
//!   quality; the mean change inside faces against the background's median. Same scale.
//!   Confound: smooth skin changes less than texture.

use std::io::Cursor;
use std::time::Instant;

use rustfft::FftPlanner;
use rustfft::num_complex::Complex;
use veracity_domain::DomainError;
use veracity_domain::detection::MediaType;
use veracity_domain::detection::catalog::{DetectorInfo, Weights};
use veracity_domain::detection::report::{Face, ModelRun, Signal, round3};
use veracity_domain::ports::{DecodedMedia, DetectRequest, Detector, DetectorOutput, RgbImage};

const MAX_SIDE: usize = 512;
const MIN_SIDE: usize = 128;
const BLOCK: usize = 16;
const ELA_QUALITY: u8 = 90;

fn ramp(value: f32, zero_at: f32, one_at: f32) -> f32 {
    ((value - zero_at) / (one_at - zero_at)).clamp(0.0, 1.0)
}

fn luminance(image: &RgbImage) -> Vec<f32> {
    image.pixels.chunks_exact(3).map(|p| 0.299 * f32::from(p[0]) + 0.587 * f32::from(p[1]) + 0.114 * f32::from(p[2])).collect()
}

/// `luma` minus its 3×3 mean (edges clamped).
fn residual(luma: &[f32], width: usize, height: usize) -> Vec<f32> {
    let at = |x: isize, y: isize| luma[y.clamp(0, height as isize - 1) as usize * width + x.clamp(0, width as isize - 1) as usize];
    let mut out = Vec::with_capacity(luma.len());
    for y in 0..height as isize {
        for x in 0..width as isize {
            let mut sum = 0.0;
            for dy in -1..=1 {
                for dx in -1..=1 {
                    sum += at(x + dx, y + dy);
                }
            }
            out.push(at(x, y) - sum / 9.0);
        }
    }
    out
}

fn median(values: &mut [f32]) -> f32 {
    values.sort_by(f32::total_cmp);
    values[values.len() / 2]
}

/// The strongest peak on the ¼ frequency grid, as a ratio to its neighbourhood's median power,
/// in a `w × h` luminance picture.
fn upsampling_peak(luma: &[f32], w: usize, h: usize) -> Option<f32> {
    let limit = w.min(h).min(MAX_SIDE);
    if limit < MIN_SIDE {
        return None;
    }
    // The largest power of two that fits.
    let side = 1usize << (usize::BITS - 1 - limit.leading_zeros());
    let (x0, y0) = ((w - side) / 2, (h - side) / 2);
    let crop: Vec<f32> = (0..side).flat_map(|y| luma[(y0 + y) * w + x0..(y0 + y) * w + x0 + side].to_vec()).collect();
    // Upsampling makes local differences periodic in *size*: nearest-neighbour copies (and
    // transposed convolutions) zero every other first difference, interpolation every other
    // second difference. Their magnitudes are what has the peaks.
    let at = |x: usize, y: usize| crop[y.min(side - 1) * side + x.min(side - 1)];
    let magnitude: Vec<f32> = (0..side * side)
        .map(|i| {
            let (x, y) = (i % side, i / side);
            let (xl, yl) = (x.saturating_sub(1), y.saturating_sub(1));
            let d1 = (at(x + 1, y) - at(x, y)).abs() + (at(x, y + 1) - at(x, y)).abs();
            let d2 = (at(xl, y) - 2.0 * at(x, y) + at(x + 1, y)).abs() + (at(x, yl) - 2.0 * at(x, y) + at(x, y + 1)).abs();
            d1 + d2
        })
        .collect();
    let mean = magnitude.iter().sum::<f32>() / magnitude.len() as f32;
    let r: Vec<f32> = magnitude.iter().map(|v| v - mean).collect();
    let hann: Vec<f32> = (0..side).map(|i| 0.5 - 0.5 * (std::f32::consts::TAU * i as f32 / side as f32).cos()).collect();
    let mut data: Vec<Complex<f32>> = (0..side * side).map(|i| Complex::new(r[i] * hann[i / side] * hann[i % side], 0.0)).collect();
    let fft = FftPlanner::new().plan_fft_forward(side);
    for row in data.chunks_exact_mut(side) {
        fft.process(row);
    }
    let mut column = vec![Complex::new(0.0, 0.0); side];
    for x in 0..side {
        for y in 0..side {
            column[y] = data[y * side + x];
        }
        fft.process(&mut column);
        for y in 0..side {
            data[y * side + x] = column[y];
        }
    }
    let power = |u: isize, v: isize| data[(v.rem_euclid(side as isize) as usize) * side + u.rem_euclid(side as isize) as usize].norm_sqr();
    let quarter = side as isize / 4;
    let mut best: f32 = 0.0;
    for (a, b) in (0..4).flat_map(|a| (0..4).map(move |b| (a, b))).filter(|&p| p != (0, 0)) {
        let (u, v) = (a * quarter, b * quarter);
        let peak = (-1..=1).flat_map(|dv| (-1..=1).map(move |du| (du, dv))).map(|(du, dv)| power(u + du, v + dv)).fold(0.0, f32::max);
        let mut ring: Vec<f32> = (-5..=5isize)
            .flat_map(|dv| (-5..=5isize).map(move |du| (du, dv)))
            .filter(|(du, dv)| du.abs() > 1 || dv.abs() > 1)
            .map(|(du, dv)| power(u + du, v + dv))
            .collect();
        let floor = median(&mut ring).max(f32::MIN_POSITIVE);
        best = best.max(peak / floor);
    }
    Some(best)
}

/// Which 16×16 blocks lie inside a face box (shrunk to its central 80%) and which lie clear of
/// every face (boxes grown by 30%).
fn face_and_background_blocks(width: usize, height: usize, faces: &[&Face]) -> (Vec<usize>, Vec<usize>) {
    let (bw, bh) = (width / BLOCK, height / BLOCK);
    let scaled = |f: &Face, k: f32| {
        let [x1, y1, x2, y2] = f.bbox;
        let (cx, cy, hw, hh) = ((x1 + x2) / 2.0, (y1 + y2) / 2.0, (x2 - x1) / 2.0 * k, (y2 - y1) / 2.0 * k);
        [cx - hw, cy - hh, cx + hw, cy + hh]
    };
    let (mut inside, mut outside) = (Vec::new(), Vec::new());
    for by in 0..bh {
        for bx in 0..bw {
            let (x1, y1, x2, y2) = ((bx * BLOCK) as f32, (by * BLOCK) as f32, ((bx + 1) * BLOCK) as f32, ((by + 1) * BLOCK) as f32);
            let within = |b: [f32; 4]| x1 >= b[0] && y1 >= b[1] && x2 <= b[2] && y2 <= b[3];
            let touches = |b: [f32; 4]| x1 < b[2] && x2 > b[0] && y1 < b[3] && y2 > b[1];
            if faces.iter().any(|f| within(scaled(f, 0.8))) {
                inside.push(by * bw + bx);
            } else if !faces.iter().any(|f| touches(scaled(f, 1.3))) {
                outside.push(by * bw + bx);
            }
        }
    }
    (inside, outside)
}

/// Per 16×16 block, `measure` of its values (row-major blocks).
fn per_block(values: &[f32], width: usize, height: usize, measure: impl Fn(&mut Vec<f32>) -> f32) -> Vec<f32> {
    let (bw, bh) = (width / BLOCK, height / BLOCK);
    let mut out = Vec::with_capacity(bw * bh);
    let mut block = Vec::with_capacity(BLOCK * BLOCK);
    for by in 0..bh {
        for bx in 0..bw {
            block.clear();
            for y in by * BLOCK..(by + 1) * BLOCK {
                block.extend_from_slice(&values[y * width + bx * BLOCK..y * width + (bx + 1) * BLOCK]);
            }
            out.push(measure(&mut block));
        }
    }
    out
}

/// `(face level, background level)`: the median over face blocks against `background_quantile`
/// of the background blocks; `None` with fewer than 4 face or 16 background blocks.
fn face_vs_background(levels: &[f32], inside: &[usize], outside: &[usize], background_quantile: f32) -> Option<(f32, f32)> {
    if inside.len() < 4 || outside.len() < 16 {
        return None;
    }
    let mut face: Vec<f32> = inside.iter().map(|&i| levels[i]).collect();
    let mut background: Vec<f32> = outside.iter().map(|&i| levels[i]).collect();
    background.sort_by(f32::total_cmp);
    let at = ((background.len() - 1) as f32 * background_quantile) as usize;
    Some((median(&mut face), background[at]))
}

fn octaves(a: f32, b: f32) -> f32 {
    (a.max(1e-3) / b.max(1e-3)).log2().abs()
}

/// Mean absolute change per pixel (RGB) when the image is saved again as JPEG at `ELA_QUALITY`.
fn error_levels(image: &RgbImage) -> Option<Vec<f32>> {
    let buffer = image::RgbImage::from_raw(image.width, image.height, image.pixels.clone())?;
    let mut jpeg = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(Cursor::new(&mut jpeg), ELA_QUALITY).encode_image(&buffer).ok()?;
    let again = image::load_from_memory_with_format(&jpeg, image::ImageFormat::Jpeg).ok()?.into_rgb8();
    Some(
        image
            .pixels
            .chunks_exact(3)
            .zip(again.as_raw().chunks_exact(3))
            .map(|(a, b)| a.iter().zip(b).map(|(x, y)| f32::from(x.abs_diff(*y))).sum::<f32>() / 3.0)
            .collect(),
    )
}

pub struct PixelForensics;

impl PixelForensics {
    pub const ID: &'static str = "pixel-forensics";
    pub const VERSION: &'static str = "1";
    pub const INFO: DetectorInfo = DetectorInfo {
        id: Self::ID,
        task: "forensic_signals",
        media: &[MediaType::Image],
        description: "Model-free signals, reported and **not fused** (weight 0) until labelled manipulated images can \
                      show their worth: `upsampling_peaks` (periodic peaks at ½ and ¼ of the sampling rate in the \
                      spectrum of first/second-difference magnitudes: the trace of 2× upsampling; JPEG blocks and \
                      demosaicing also cause them: on the CI set 0 for 5 of 8 real photos, 0.56 for the JPEG rocket \
                      and 1.0 for the Newton and Gauss portraits, old resized scans), and with a face \
                      `face_noise_mismatch` (noise level in the face against the smoothest background) and \
                      `face_error_level_mismatch` (JPEG q90 error level analysis, face against background)",
        weights: Weights::BuiltIn { version: Self::VERSION },
    };
}

impl Detector for PixelForensics {
    fn id(&self) -> &str {
        Self::ID
    }

    /// Reports signals only: nothing it says enters the verdict.
    fn judges(&self) -> bool {
        false
    }

    /// Only with `return_details`: it costs about 120 ms on a 1-megapixel image (the JPEG
    /// re-encoding most of it) and changes no verdict.
    fn applies_to(&self, media: MediaType, request: DetectRequest) -> bool {
        media == MediaType::Image && request.details
    }

    fn detect(&self, media: &DecodedMedia, _request: DetectRequest, faces: &[Face]) -> Result<DetectorOutput, DomainError> {
        let started = Instant::now();
        let mut signals = Vec::new();
        let Some(frame) = media.frames.first() else {
            return Ok(DetectorOutput::default());
        };
        let image = &frame.image;
        let (width, height) = (image.width as usize, image.height as usize);
        let luma = luminance(image);
        if let Some(peak) = upsampling_peak(&luma, width, height) {
            let score = round3(ramp(peak.log10(), 1.0, 2.0));
            signals.push(Signal {
                contribution: None,
                name: "upsampling_peaks".into(),
                score: Some(score),
                detail: format!(
                    "strongest periodic peak in the noise residual's spectrum at ½ or ¼ of the sampling rate: {peak:.1}× its surroundings \
                     (10× scores 0, 100× scores 1; JPEG blocks and demosaicing also cause such peaks; reported, not fused)"
                ),
            });
        }
        let here: Vec<&Face> = faces.iter().filter(|f| f.frame == frame.index).collect();
        if !here.is_empty() {
            let (inside, outside) = face_and_background_blocks(width, height, &here);
            let r = residual(&luma, width, height);
            let noise = per_block(&r, width, height, |b| {
                let mut abs: Vec<f32> = b.iter().map(|v| v.abs()).collect();
                1.4826 * median(&mut abs)
            });
            if let Some((face, background)) = face_vs_background(&noise, &inside, &outside, 0.25) {
                let apart = octaves(face, background);
                signals.push(Signal { contribution: None,
                    name: "face_noise_mismatch".into(),
                    score: Some(round3(ramp(apart, 0.5, 1.5))),
                    detail: format!(
                        "noise level in the face {face:.2} against {background:.2} in the smoothest quarter of the background: {apart:.2} octaves apart \
                         (½ scores 0, 1½ scores 1; reported, not fused)"
                    ),
                });
            }
            if let Some(levels) = error_levels(image) {
                let ela = per_block(&levels, width, height, |b| b.iter().sum::<f32>() / b.len() as f32);
                if let Some((face, background)) = face_vs_background(&ela, &inside, &outside, 0.5) {
                    let apart = octaves(face, background);
                    signals.push(Signal { contribution: None,
                        name: "face_error_level_mismatch".into(),
                        score: Some(round3(ramp(apart, 0.5, 1.5))),
                        detail: format!(
                            "saved again as JPEG at quality {ELA_QUALITY}, faces change by {face:.2} per pixel and the background by {background:.2}: \
                             {apart:.2} octaves apart (½ scores 0, 1½ scores 1; reported, not fused)"
                        ),
                    });
                }
            }
        }
        let model_ms = (started.elapsed().as_secs_f64() * 1e5).round() / 100.0;
        Ok(DetectorOutput {
            model: Some(ModelRun { id: Self::ID.into(), version: Self::VERSION.into(), score: None, latency_ms: None }),
            signals,
            model_ms,
            ..DetectorOutput::default()
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn noise_image(side: u32, seed: u32) -> RgbImage {
        let mut state = seed;
        let pixels = (0..side * side * 3)
            .map(|_| {
                state ^= state << 13;
                state ^= state >> 17;
                state ^= state << 5;
                (96 + state % 64) as u8
            })
            .collect();
        RgbImage { width: side, height: side, pixels }
    }

    fn peak(image: &RgbImage) -> Option<f32> {
        upsampling_peak(&luminance(image), image.width as usize, image.height as usize)
    }

    #[test]
    fn a_2x_upsampled_image_shows_a_peak_and_noise_does_not() {
        let noise = noise_image(256, 7);
        let flat = peak(&noise).unwrap();
        // Nearest-neighbour 2× upsampling of noise: the textbook periodic pattern.
        let small = noise_image(128, 9);
        let mut pixels = Vec::with_capacity(256 * 256 * 3);
        for y in 0..256u32 {
            for x in 0..256u32 {
                let i = (((y / 2) * 128 + x / 2) * 3) as usize;
                pixels.extend_from_slice(&small.pixels[i..i + 3]);
            }
        }
        let upsampled = peak(&RgbImage { width: 256, height: 256, pixels }).unwrap();
        assert!(flat < 10.0, "white noise has no peak: {flat}");
        assert!(upsampled > 100.0, "2× upsampling does: {upsampled}");
        assert_eq!(peak(&noise_image(64, 1)), None, "too small to judge");
    }

    #[test]
    fn a_smoothed_face_region_stands_out_from_a_noisy_background() {
        let mut image = noise_image(256, 3);
        for y in 64..192usize {
            for x in 64..192usize {
                let i = (y * 256 + x) * 3;
                image.pixels[i..i + 3].copy_from_slice(&[128, 128, 128]);
            }
        }
        let face = Face { bbox: [64.0, 64.0, 192.0, 192.0], score: 0.99, fake_score: None, frame: 0, landmarks: vec![] };
        let media = DecodedMedia {
            media_type: MediaType::Image,
            frames: vec![veracity_domain::ports::Frame { index: 0, timestamp: 0.0, image }],
            audio: None,
            text: None,
            metadata: Default::default(),
        };
        let request =
            DetectRequest { check: veracity_domain::detection::Check::Deepfake, analysis_type: Default::default(), details: true };
        let out = PixelForensics.detect(&media, request, &[face]).unwrap();
        let score = |name: &str| {
            out.signals.iter().find(|s| s.name == name).and_then(|s| s.score).unwrap_or_else(|| panic!("{name}: {:?}", out.signals))
        };
        assert_eq!(score("face_noise_mismatch"), 1.0);
        assert_eq!(score("face_error_level_mismatch"), 1.0);
        assert!(out.evidence.is_empty(), "nothing enters fusion");
        let without_faces = PixelForensics.detect(&media, request, &[]).unwrap();
        assert_eq!(without_faces.signals.len(), 1, "only the spectrum without a face");
    }
}
