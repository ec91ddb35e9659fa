//! The invisible watermark Stable Diffusion's reference scripts (and many forks: AUTOMATIC1111
//! with the option on, the SDXL and SD 2.x sampling scripts) embed in every image, with the
//! `invisible-watermark` package's `dwtDct` method: a 48-bit payload,
//! `0b101100111110110010010000011110111011000110011110`.
//!
//! How it is written, and so read back here: the image goes to YUV (OpenCV's 8-bit BGR→YUV),
//! the U channel (cropped to a multiple of 4) gets a one-level Haar DWT, and its LL band is cut
//! into 4×4 blocks, row by row. Block `n` carries payload bit `n mod 48`: its largest-magnitude
//! coefficient other than the top-left one is quantised to a multiple of 36 plus ¼·36 (bit 0) or
//! ¾·36 (bit 1). Reading a bit is the mean, over every block that carries it, of "the remainder
//! is above half a step". A match allows 4 wrong bits of 48, which a random image reaches with
//! probability ~7·10⁻¹⁰.
//!
//! The mark survives lossless saving and mild JPEG compression, not resizing, cropping or
//! rotation: its absence says nothing.

use std::time::Instant;

use veracity_domain::DomainError;
use veracity_domain::detection::MediaType;
use veracity_domain::detection::catalog::{DetectorInfo, Weights};
use veracity_domain::detection::fusion::{Evidence, Finding};
use veracity_domain::detection::report::{Face, Generator, ModelRun, Signal};
use veracity_domain::ports::{DecodedMedia, DetectRequest, Detector, DetectorOutput, RgbImage};

/// Stable Diffusion's payload, first bit first.
pub const SD_PAYLOAD: u64 = 0b1011_0011_1110_1100_1001_0000_0111_1011_1011_0001_1001_1110;
pub const PAYLOAD_BITS: usize = 48;
/// The most wrong bits still counted as a match.
pub const MAX_BIT_ERRORS: u32 = 4;
/// The quantisation step the encoder uses on the U channel.
const STEP: f32 = 36.0;
const BLOCK: usize = 4;
/// The encoder refuses images under 256×256 pixels, so nothing smaller carries the mark.
const MIN_PIXELS: u64 = 256 * 256;

/// U of OpenCV's 8-bit BGR→YUV: `Y` rounded first, then `0.492·(B − Y) + 128`, rounded, saturated.
/// The definition; [`Chroma`] computes the same from tables.
#[cfg(test)]
fn chroma_u([r, g, b]: [u8; 3]) -> f32 {
    let y = (0.299 * f32::from(r) + 0.587 * f32::from(g) + 0.114 * f32::from(b)).round();
    ((f32::from(b) - y) * 0.492 + 128.0).round().clamp(0.0, 255.0)
}

/// [`chroma_u`] for every pixel of an image, bit for bit, without its two calls to `roundf` per
/// pixel (which took 1 % of a loaded server's CPU): each term of `Y` comes from a table (the same
/// products, added in the same order), `Y` is rounded inline, and `U` is read from a table by
/// `(B, Y)`.
struct Chroma {
    y_terms: [[f32; 256]; 3],
    /// U by `B × 256 + Y`.
    u: Vec<u8>,
}

impl Chroma {
    fn get() -> &'static Chroma {
        static TABLES: std::sync::OnceLock<Chroma> = std::sync::OnceLock::new();
        TABLES.get_or_init(|| {
            let term = |weight: f32| std::array::from_fn(|v| weight * f32::from(v as u8));
            let y_terms = [term(0.299), term(0.587), term(0.114)];
            let u = (0..256 * 256)
                .map(|i| ((f32::from((i / 256) as u8) - (i % 256) as f32) * 0.492 + 128.0).round().clamp(0.0, 255.0) as u8)
                .collect();
            Chroma { y_terms, u }
        })
    }

    fn u(&self, [r, g, b]: [u8; 3]) -> f32 {
        let y = self.y_terms[0][usize::from(r)] + self.y_terms[1][usize::from(g)] + self.y_terms[2][usize::from(b)];
        // `round` for a non-negative value: its integer part, plus one from a half up (the
        // fractional part of a float is exact).
        let whole = y as u32;
        let y = (whole + u32::from(y - whole as f32 >= 0.5)).min(255) as usize;
        f32::from(self.u[usize::from(b) * 256 + y])
    }
}

/// The `PAYLOAD_BITS` bits read from `image` (first bit in the highest position), or `None`
/// when the image is too small to carry them.
pub fn read_payload(image: &RgbImage) -> Option<u64> {
    if u64::from(image.width) * u64::from(image.height) < MIN_PIXELS {
        return None;
    }
    // LL band of the Haar DWT over the U channel cropped to multiples of 4: each coefficient is
    // the sum of a 2×2 square divided by 2.
    let (rows, cols) = (image.height as usize / 4 * 2, image.width as usize / 4 * 2);
    let mut ll = vec![0f32; rows * cols];
    let width = image.width as usize;
    let chroma = Chroma::get();
    let u = |x: usize, y: usize| {
        let i = (y * width + x) * 3;
        chroma.u([image.pixels[i], image.pixels[i + 1], image.pixels[i + 2]])
    };
    for r in 0..rows {
        for c in 0..cols {
            let (x, y) = (2 * c, 2 * r);
            ll[r * cols + c] = (u(x, y) + u(x + 1, y) + u(x, y + 1) + u(x + 1, y + 1)) / 2.0;
        }
    }
    let mut ones = [0u32; PAYLOAD_BITS];
    let mut seen = [0u32; PAYLOAD_BITS];
    let mut n = 0;
    for br in 0..rows / BLOCK {
        for bc in 0..cols / BLOCK {
            // The largest magnitude after the first coefficient (the first such, on ties).
            let mut best = 0f32;
            for k in 1..BLOCK * BLOCK {
                let v = ll[(br * BLOCK + k / BLOCK) * cols + bc * BLOCK + k % BLOCK].abs();
                if v > best {
                    best = v;
                }
            }
            let bit = n % PAYLOAD_BITS;
            ones[bit] += u32::from(best % STEP > STEP * 0.5);
            seen[bit] += 1;
            n += 1;
        }
    }
    if n < PAYLOAD_BITS {
        return None;
    }
    // A bit is 1 when the mean of its votes, scaled to 0–255, is above 127.
    Some((0..PAYLOAD_BITS).fold(0u64, |acc, bit| (acc << 1) | u64::from(ones[bit] as f32 / seen[bit] as f32 * 255.0 > 127.0)))
}

/// How many of the 48 bits differ from Stable Diffusion's payload.
pub fn bit_errors(payload: u64) -> u32 {
    (payload ^ SD_PAYLOAD).count_ones()
}

/// The watermark detector: attribution by Stable Diffusion's own mark, for images.
pub struct SdWatermarkDetector;

impl SdWatermarkDetector {
    pub const ID: &'static str = "sd-watermark";
    pub const VERSION: &'static str = "1";
    pub const INFO: DetectorInfo = DetectorInfo {
        id: Self::ID,
        task: "provenance",
        media: &[MediaType::Image],
        description: "Stable Diffusion's invisible watermark: the 48-bit DWT-DCT payload in the U channel, at most 4 \
                      of 48 bits wrong (chance: ~7·10⁻¹⁰). Lost by resizing, cropping and JPEG with 4:2:0 chroma",
        weights: Weights::BuiltIn { version: Self::VERSION },
    };
    pub const SOURCE: &'static str = "sd-watermark";
}

impl Detector for SdWatermarkDetector {
    fn id(&self) -> &str {
        Self::ID
    }

    fn applies_to(&self, media: MediaType, _request: DetectRequest) -> bool {
        media == MediaType::Image
    }

    fn detect(&self, media: &DecodedMedia, _request: DetectRequest, _faces: &[Face]) -> Result<DetectorOutput, DomainError> {
        let started = Instant::now();
        let errors = media.frames.first().and_then(|f| read_payload(&f.image)).map(bit_errors);
        let model = |score| Some(ModelRun { id: Self::ID.into(), version: Self::VERSION.into(), score, latency_ms: None });
        let model_ms = (started.elapsed().as_secs_f64() * 1e5).round() / 100.0;
        let Some(errors) = errors.filter(|&e| e <= MAX_BIT_ERRORS) else {
            let detail = "no Stable Diffusion invisible watermark (it does not survive resizing, cropping or strong JPEG \
                          compression, and most generators do not write it: its absence is not evidence)";
            return Ok(DetectorOutput {
                model: model(None),
                signals: vec![Signal { contribution: None, name: "invisible_watermark".into(), score: None, detail: detail.into() }],
                model_ms,
                ..DetectorOutput::default()
            });
        };
        // Every wrong bit costs a little confidence; 4 wrong bits is still ~10⁻⁹ by chance.
        let confidence = 0.99 - 0.01 * errors as f32;
        let detail =
            format!("Stable Diffusion's 48-bit invisible watermark (DWT-DCT, U channel) is present, {errors} of 48 bits differing");
        Ok(DetectorOutput {
            model: model(Some(confidence)),
            evidence: vec![Evidence::new(Self::ID, "invisible_watermark", confidence, Finding::Synthetic).decisive(true)],
            signals: vec![Signal { contribution: None, name: "invisible_watermark".into(), score: Some(confidence), detail }],
            generator: Some(Generator { name: "Stable Diffusion".into(), confidence, source: Self::SOURCE.into() }),
            model_ms,
            ..DetectorOutput::default()
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_chroma_tables_give_the_definition_bit_for_bit() {
        let chroma = Chroma::get();
        for r in 0..=255u8 {
            for g in 0..=255u8 {
                for b in 0..=255u8 {
                    let (fast, exact) = (chroma.u([r, g, b]), chroma_u([r, g, b]));
                    assert!(fast.to_bits() == exact.to_bits(), "({r}, {g}, {b}): {fast} ≠ {exact}");
                }
            }
        }
    }

    #[test]
    fn reads_the_payload_back_and_nothing_from_a_plain_image() {
        // Flat U: every LL coefficient is 128, so remainders are equal and the bits all agree.
        let plain = RgbImage { width: 512, height: 512, pixels: vec![90; 512 * 512 * 3] };
        let errors = bit_errors(read_payload(&plain).unwrap());
        assert!(errors > MAX_BIT_ERRORS, "a flat image cannot carry the payload ({errors} errors)");
        let small = RgbImage { width: 200, height: 200, pixels: vec![0; 200 * 200 * 3] };
        assert_eq!(read_payload(&small), None);
        assert_eq!(bit_errors(SD_PAYLOAD), 0);
        assert_eq!(SD_PAYLOAD >> 47, 1, "the payload is 48 bits, first bit set");
        assert_eq!(format!("{SD_PAYLOAD:b}"), "101100111110110010010000011110111011000110011110");
    }
}
