//! Resampling RGB crops to a network's input size, normalised and laid out as it expects.

use veracity_domain::ports::RgbImage;

/// A region of an image in pixel coordinates, inclusive of `x1, y1`, exclusive of `x2, y2`;
/// it may reach outside the image, where pixels read as black (zero padding, as MTCNN expects).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Region {
    pub x1: f32,
    pub y1: f32,
    pub x2: f32,
    pub y2: f32,
}

/// Area-averaged resampling of `region` to `out_w × out_h`, written as `(value - mean) / std`
/// into `dst` in `NWHC` order (x outer, then y, then channel), the layout MTCNN was exported in.
pub fn resample_nwhc(image: &RgbImage, region: Region, out_w: usize, out_h: usize, mean: f32, std: f32, dst: &mut [f32]) {
    let (w, h) = (image.width as i64, image.height as i64);
    let sx = (region.x2 - region.x1) / out_w as f32;
    let sy = (region.y2 - region.y1) / out_h as f32;
    // Sample a small grid inside each output cell: area averaging when shrinking, bilinear-like
    // when enlarging (one sample per cell).
    let nx = sx.ceil().clamp(1.0, 4.0) as usize;
    let ny = sy.ceil().clamp(1.0, 4.0) as usize;
    let mut column = vec![[0f32; 3]; out_h];
    for ox in 0..out_w {
        for (oy, cell) in column.iter_mut().enumerate() {
            let mut acc = [0f32; 3];
            for j in 0..ny {
                let y = (region.y1 + (oy as f32 + (j as f32 + 0.5) / ny as f32) * sy).floor() as i64;
                for i in 0..nx {
                    let x = (region.x1 + (ox as f32 + (i as f32 + 0.5) / nx as f32) * sx).floor() as i64;
                    if x >= 0 && y >= 0 && x < w && y < h {
                        let p = image.pixel(x as u32, y as u32);
                        acc[0] += f32::from(p[0]);
                        acc[1] += f32::from(p[1]);
                        acc[2] += f32::from(p[2]);
                    }
                }
            }
            let n = (nx * ny) as f32;
            *cell = [acc[0] / n, acc[1] / n, acc[2] / n];
        }
        for (oy, cell) in column.iter().enumerate() {
            let base = (ox * out_h + oy) * 3;
            for c in 0..3 {
                dst[base + c] = (cell[c] - mean) / std;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shrinks_by_averaging_and_pads_outside_with_black() {
        // 4×2 image: left half white, right half black.
        let mut pixels = Vec::new();
        for _y in 0..2 {
            for x in 0..4 {
                let v = if x < 2 { 255 } else { 0 };
                pixels.extend_from_slice(&[v, v, v]);
            }
        }
        let image = RgbImage { width: 4, height: 2, pixels };
        let mut out = vec![0.0; 2 * 1 * 3];
        resample_nwhc(&image, Region { x1: 0.0, y1: 0.0, x2: 4.0, y2: 2.0 }, 2, 1, 0.0, 1.0, &mut out);
        assert_eq!(out, vec![255.0, 255.0, 255.0, 0.0, 0.0, 0.0]);
        let mut padded = vec![0.0; 3];
        resample_nwhc(&image, Region { x1: -4.0, y1: 0.0, x2: 0.0, y2: 2.0 }, 1, 1, 127.5, 128.0, &mut padded);
        assert!((padded[0] + 127.5 / 128.0).abs() < 1e-6);
    }
}
