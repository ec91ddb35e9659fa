//! Down-mixing and resampling to the 16 kHz mono that audio detectors read.

pub const TARGET_RATE: u32 = 16_000;

/// Resamples mono `samples` from `rate` to 16 kHz: a box filter over each output sample's
/// source span (an adequate anti-alias filter for analysis, not for listening), then linear
/// interpolation when upsampling.
pub fn to_16k(samples: &[f32], rate: u32) -> Vec<f32> {
    if rate == TARGET_RATE || samples.is_empty() || rate == 0 {
        return samples.to_vec();
    }
    let step = f64::from(rate) / f64::from(TARGET_RATE);
    let out_len = ((samples.len() as f64) / step).floor() as usize;
    let mut out = Vec::with_capacity(out_len);
    for i in 0..out_len {
        let start = i as f64 * step;
        if step > 1.0 {
            let (from, to) = (start as usize, ((start + step) as usize).min(samples.len()).max(start as usize + 1));
            let span = &samples[from..to];
            out.push(span.iter().sum::<f32>() / span.len() as f32);
        } else {
            let j = start as usize;
            let frac = (start - j as f64) as f32;
            let next = samples.get(j + 1).copied().unwrap_or(samples[j]);
            out.push(samples[j] * (1.0 - frac) + next * frac);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_duration_and_a_low_tone() {
        let rate = 44_100;
        let tone: Vec<f32> = (0..rate).map(|i| (i as f32 * 440.0 * std::f32::consts::TAU / rate as f32).sin()).collect();
        let out = to_16k(&tone, rate);
        assert_eq!(out.len(), 16_000);
        let rms = (out.iter().map(|s| s * s).sum::<f32>() / out.len() as f32).sqrt();
        assert!((rms - 0.707).abs() < 0.02, "{rms}");
        assert_eq!(to_16k(&[0.5; 8000], 8000).len(), 16_000);
    }
}
