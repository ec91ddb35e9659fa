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
    resample(image, region, out_w, out_h, |ox, oy, rgb| {
        let base = (ox * out_h + oy) * 3;
        for c in 0..3 {
            dst[base + c] = (rgb[c] - mean) / std;
        }
    });
}

/// [`resample_nwhc`] with per-channel normalisation, in `NCHW` order (channel planes of rows),
/// the layout of PyTorch exports such as CLIP.
pub fn resample_nchw(image: &RgbImage, region: Region, out_w: usize, out_h: usize, mean: [f32; 3], std: [f32; 3], dst: &mut [f32]) {
    let plane = out_w * out_h;
    resample(image, region, out_w, out_h, |ox, oy, rgb| {
        for c in 0..3 {
            dst[c * plane + oy * out_w + ox] = (rgb[c] - mean[c]) / std[c];
        }
    });
}

/// [`resample_nchw`] in `NHWC` order (rows, then columns, then channels), the layout of
/// TensorFlow and Keras exports.
pub fn resample_nhwc(image: &RgbImage, region: Region, out_w: usize, out_h: usize, mean: [f32; 3], std: [f32; 3], dst: &mut [f32]) {
    resample(image, region, out_w, out_h, |ox, oy, rgb| {
        let base = (oy * out_w + ox) * 3;
        for c in 0..3 {
            dst[base + c] = (rgb[c] - mean[c]) / std[c];
        }
    });
}

/// Area-averaged resampling of `region` to `out_w × out_h`: `emit(x, y, mean RGB)` per cell.
///
/// Each output cell averages a grid of up to 4×4 samples (area averaging when shrinking, one
/// sample per cell when enlarging). The sample coordinates depend only on the cell's column or
/// row, so they are computed once per column and row rather than per sample; and the image is
/// read row by row, as it lies in memory.
fn resample(image: &RgbImage, region: Region, out_w: usize, out_h: usize, mut emit: impl FnMut(usize, usize, [f32; 3])) {
    let (w, h) = (image.width as i64, image.height as i64);
    let sx = (region.x2 - region.x1) / out_w as f32;
    let sy = (region.y2 - region.y1) / out_h as f32;
    let nx = sx.ceil().clamp(1.0, 4.0) as usize;
    let ny = sy.ceil().clamp(1.0, 4.0) as usize;
    // Pixel offsets of the samples of each column and row; None outside the image (black).
    let samples = |origin: f32, step: f32, cells: usize, per_cell: usize, limit: i64, stride: usize| -> Vec<Option<usize>> {
        (0..cells)
            .flat_map(|o| {
                (0..per_cell).map(move |k| {
                    let at = (origin + (o as f32 + (k as f32 + 0.5) / per_cell as f32) * step).floor() as i64;
                    (at >= 0 && at < limit).then(|| at as usize * stride)
                })
            })
            .collect()
    };
    let xs = samples(region.x1, sx, out_w, nx, w, 3);
    let ys = samples(region.y1, sy, out_h, ny, h, w as usize * 3);
    let n = (nx * ny) as f32;
    let pixels = &image.pixels;
    for oy in 0..out_h {
        let rows = &ys[oy * ny..(oy + 1) * ny];
        for ox in 0..out_w {
            let columns = &xs[ox * nx..(ox + 1) * nx];
            let mut acc = [0f32; 3];
            for row in rows.iter().flatten() {
                for column in columns.iter().flatten() {
                    let p = &pixels[row + column..row + column + 3];
                    acc[0] += f32::from(p[0]);
                    acc[1] += f32::from(p[1]);
                    acc[2] += f32::from(p[2]);
                }
            }
            emit(ox, oy, [acc[0] / n, acc[1] / n, acc[2] / n]);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The straightforward version: every sample's coordinates computed where it is read.
    fn reference(image: &RgbImage, region: Region, out_w: usize, out_h: usize, mean: f32, std: f32, dst: &mut [f32]) {
        let (w, h) = (image.width as i64, image.height as i64);
        let sx = (region.x2 - region.x1) / out_w as f32;
        let sy = (region.y2 - region.y1) / out_h as f32;
        let nx = sx.ceil().clamp(1.0, 4.0) as usize;
        let ny = sy.ceil().clamp(1.0, 4.0) as usize;
        for ox in 0..out_w {
            for oy in 0..out_h {
                let mut acc = [0f32; 3];
                for j in 0..ny {
                    let y = (region.y1 + (oy as f32 + (j as f32 + 0.5) / ny as f32) * sy).floor() as i64;
                    for i in 0..nx {
                        let x = (region.x1 + (ox as f32 + (i as f32 + 0.5) / nx as f32) * sx).floor() as i64;
                        if x >= 0 && y >= 0 && x < w && y < h {
                            let p = image.pixel(x as u32, y as u32);
                            for c in 0..3 {
                                acc[c] += f32::from(p[c]);
                            }
                        }
                    }
                }
                for c in 0..3 {
                    dst[(ox * out_h + oy) * 3 + c] = (acc[c] / (nx * ny) as f32 - mean) / std;
                }
            }
        }
    }

    #[test]
    fn gives_exactly_what_per_sample_coordinates_give() {
        let (width, height) = (97u32, 61u32);
        let pixels = (0..width * height * 3).map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8).collect();
        let image = RgbImage { width, height, pixels };
        let regions = [
            (Region { x1: 0.0, y1: 0.0, x2: 97.0, y2: 61.0 }, 30, 19),
            (Region { x1: -10.5, y1: 20.25, x2: 40.0, y2: 70.0 }, 24, 24),
            (Region { x1: 50.0, y1: 10.0, x2: 60.0, y2: 18.0 }, 48, 48),
            (Region { x1: 0.0, y1: 0.0, x2: 97.0, y2: 61.0 }, 7, 5),
        ];
        for (region, out_w, out_h) in regions {
            let (mut fast, mut slow) = (vec![0.0; out_w * out_h * 3], vec![0.0; out_w * out_h * 3]);
            resample_nwhc(&image, region, out_w, out_h, 127.5, 128.0, &mut fast);
            reference(&image, region, out_w, out_h, 127.5, 128.0, &mut slow);
            assert_eq!(fast, slow, "{region:?} → {out_w}×{out_h}");
        }
    }

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
        let mut out = vec![0.0; 2 * 3];
        resample_nwhc(&image, Region { x1: 0.0, y1: 0.0, x2: 4.0, y2: 2.0 }, 2, 1, 0.0, 1.0, &mut out);
        assert_eq!(out, vec![255.0, 255.0, 255.0, 0.0, 0.0, 0.0]);
        let mut padded = vec![0.0; 3];
        resample_nwhc(&image, Region { x1: -4.0, y1: 0.0, x2: 0.0, y2: 2.0 }, 1, 1, 127.5, 128.0, &mut padded);
        assert!((padded[0] + 127.5 / 128.0).abs() < 1e-6);
    }
}
