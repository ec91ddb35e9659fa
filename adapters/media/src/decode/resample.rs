//! Resampling to the 24 kHz mono that audio detectors read (the rate the speech forest was
//! trained at).

pub const TARGET_RATE: u32 = 24_000;

/// Zero crossings of the sinc kernel on each side of an output sample.
const ZERO_CROSSINGS: usize = 10;
/// Kernel table resolution: samples per zero crossing (linearly interpolated between).
const TABLE_STEPS: usize = 256;
/// The low-pass edge as a fraction of the lower of the two Nyquist frequencies.
const ROLLOFF: f64 = 0.95;

/// `sinc(x) · Hann(x / ZERO_CROSSINGS)` for x = k / TABLE_STEPS, k = 0..=ZERO_CROSSINGS·TABLE_STEPS.
fn kernel_table() -> Vec<f32> {
    let n = ZERO_CROSSINGS * TABLE_STEPS;
    (0..=n + 1)
        .map(|k| {
            let x = k as f64 / TABLE_STEPS as f64;
            let sinc = if k == 0 { 1.0 } else { (std::f64::consts::PI * x).sin() / (std::f64::consts::PI * x) };
            let window = if k > n { 0.0 } else { 0.5 * (1.0 + (std::f64::consts::PI * x / ZERO_CROSSINGS as f64).cos()) };
            (sinc * window) as f32
        })
        .collect()
}

/// Highest rate kept while decoding: a higher-rate stream is low-passed and averaged over `k`
/// samples as it is decoded, so ten minutes at 768 kHz hold no more memory than at 48 kHz.
const MAX_KEPT_RATE: u32 = 48_000;

/// One second-order section of a low-pass filter (RBJ cookbook), transposed direct form II.
#[derive(Debug, Clone, Copy)]
struct Biquad {
    b: [f64; 3],
    a: [f64; 2],
    z: [f64; 2],
}

impl Biquad {
    fn low_pass(cutoff: f64, rate: f64, q: f64) -> Self {
        let w0 = std::f64::consts::TAU * cutoff / rate;
        let (sin, cos) = w0.sin_cos();
        let alpha = sin / (2.0 * q);
        let a0 = 1.0 + alpha;
        let b = [(1.0 - cos) / 2.0 / a0, (1.0 - cos) / a0, (1.0 - cos) / 2.0 / a0];
        Self { b, a: [-2.0 * cos / a0, (1.0 - alpha) / a0], z: [0.0; 2] }
    }

    fn run(&mut self, x: f64) -> f64 {
        let y = self.b[0] * x + self.z[0];
        self.z[0] = self.b[1] * x - self.a[0] * y + self.z[1];
        self.z[1] = self.b[2] * x - self.a[1] * y;
        y
    }
}

/// Mono samples as they are decoded, decimated to at most [`MAX_KEPT_RATE`] and capped at a
/// duration, so neither a high rate nor a stream longer than its header says grows memory.
/// Before decimating, a 4th-order Butterworth low-pass at the band detectors read (95 % of
/// [`TARGET_RATE`]'s Nyquist frequency) keeps what lies above it from folding into it.
pub struct MonoBuffer {
    factor: u32,
    filter: Option<[Biquad; 2]>,
    acc: f32,
    pending: u32,
    samples: Vec<f32>,
    cap: usize,
}

impl MonoBuffer {
    /// For a stream at `rate` Hz, keeping at most `max_seconds` of it.
    pub fn new(rate: u32, max_seconds: u32) -> Self {
        let factor = rate.div_ceil(MAX_KEPT_RATE).max(1);
        let cap = (u64::from(max_seconds) * u64::from(rate / factor)) as usize;
        let cutoff = ROLLOFF * f64::from(TARGET_RATE) / 2.0;
        let filter = (factor > 1).then(|| {
            let rate = f64::from(rate);
            [Biquad::low_pass(cutoff, rate, 0.541_196_1), Biquad::low_pass(cutoff, rate, 1.306_563)]
        });
        Self { factor, filter, acc: 0.0, pending: 0, samples: Vec::new(), cap }
    }

    /// Appends one mono sample; `false` once the duration cap is reached (nothing more is kept).
    pub fn push(&mut self, sample: f32) -> bool {
        if self.samples.len() >= self.cap {
            return false;
        }
        let sample = match &mut self.filter {
            Some([first, second]) => second.run(first.run(f64::from(sample))) as f32,
            None => sample,
        };
        self.acc += sample;
        self.pending += 1;
        if self.pending == self.factor {
            self.samples.push(self.acc / self.factor as f32);
            (self.acc, self.pending) = (0.0, 0);
        }
        true
    }

    pub fn is_empty(&self) -> bool {
        self.samples.is_empty()
    }

    /// Seconds kept so far, at the original `rate`.
    pub fn seconds(&self, rate: u32) -> f64 {
        self.samples.len() as f64 * f64::from(self.factor) / f64::from(rate.max(1))
    }

    /// The kept samples at [`TARGET_RATE`], given the stream's original `rate`.
    pub fn to_target(&self, rate: u32) -> Vec<f32> {
        to_target_rate(&self.samples, rate / self.factor)
    }
}

/// Resamples mono `samples` from `rate` to [`TARGET_RATE`]: band-limited interpolation with a
/// Hann-windowed sinc low-pass at 95% of the lower Nyquist frequency (10 zero crossings a side),
/// so downsampling does not fold high frequencies into the band detectors measure.
pub fn to_target_rate(samples: &[f32], rate: u32) -> Vec<f32> {
    if rate == TARGET_RATE || samples.is_empty() || rate == 0 {
        return samples.to_vec();
    }
    let table = kernel_table();
    let ratio = f64::from(TARGET_RATE) / f64::from(rate);
    // Kernel scale: 1 when upsampling, the ratio when downsampling (a lower cut-off, wider kernel).
    let scale = ratio.min(1.0) * ROLLOFF;
    let half_width = ZERO_CROSSINGS as f64 / scale;
    let out_len = (samples.len() as f64 * ratio).floor() as usize;
    let last = samples.len() as i64 - 1;
    let mut out = Vec::with_capacity(out_len);
    for i in 0..out_len {
        let t = i as f64 / ratio;
        let from = ((t - half_width).ceil() as i64).max(0);
        let to = ((t + half_width).floor() as i64).min(last);
        let mut sum = 0.0f32;
        for j in from..=to {
            let position = (t - j as f64).abs() * scale * TABLE_STEPS as f64;
            let k = position as usize;
            let frac = (position - k as f64) as f32;
            if k >= table.len() - 1 {
                continue;
            }
            let weight = table[k] + (table[k + 1] - table[k]) * frac;
            sum += samples[j as usize] * weight;
        }
        out.push(sum * scale as f32);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tone(hz: f32, rate: u32, seconds: f32) -> Vec<f32> {
        (0..(rate as f32 * seconds) as usize).map(|i| (i as f32 * hz * std::f32::consts::TAU / rate as f32).sin()).collect()
    }

    fn rms(v: &[f32]) -> f32 {
        (v.iter().map(|s| s * s).sum::<f32>() / v.len() as f32).sqrt()
    }

    #[test]
    fn keeps_duration_and_tones_in_band_and_removes_those_above_it() {
        let out = to_target_rate(&tone(440.0, 44_100, 1.0), 44_100);
        assert_eq!(out.len(), 24_000);
        assert!((rms(&out[100..23_900]) - 0.707).abs() < 0.01, "{}", rms(&out));
        // 18 kHz cannot be represented at 24 kHz: it must not alias down to 6 kHz.
        let high = to_target_rate(&tone(18_000.0, 48_000, 1.0), 48_000);
        assert!(rms(&high[100..23_900]) < 0.01, "aliased: {}", rms(&high));
        let up = to_target_rate(&tone(1000.0, 16_000, 1.0), 16_000);
        assert_eq!(up.len(), 24_000);
        assert!((rms(&up[100..23_900]) - 0.707).abs() < 0.01, "{}", rms(&up));
        assert_eq!(to_target_rate(&[0.5; 8000], 8000).len(), 24_000);
    }

    #[test]
    fn a_high_rate_stream_is_decimated_and_capped_as_it_is_decoded() {
        let mut buffer = MonoBuffer::new(768_000, 2);
        let kept = tone(440.0, 768_000, 3.0).into_iter().take_while(|&s| buffer.push(s)).count();
        assert_eq!(kept, 2 * 768_000, "cut at the 2 s cap");
        assert_eq!(buffer.samples.len(), 2 * 48_000);
        assert!((buffer.seconds(768_000) - 2.0).abs() < 1e-9);
        let out = buffer.to_target(768_000);
        assert_eq!(out.len(), 48_000);
        assert!((rms(&out[100..47_900]) - 0.707).abs() < 0.01, "{}", rms(&out));

        // 30 kHz at 96 kHz cannot be kept at 48 kHz: it must not fold down to 18 (or 6) kHz.
        let mut buffer = MonoBuffer::new(96_000, 2);
        assert!(tone(30_000.0, 96_000, 1.0).into_iter().all(|s| buffer.push(s)));
        let out = buffer.to_target(96_000);
        assert!(rms(&out[2_000..22_000]) < 0.01, "aliased: {}", rms(&out));
    }
}
