//! The heatmap overlay the console shows (`GET /v1/jobs/{id}/heatmap`): the square a detector
//! looked at, with each grid cell tinted by how much it moved the score.

use veracity_domain::DomainError;
use veracity_domain::detection::report::Heatmap;
use veracity_domain::ports::RgbImage;

use super::resize::{Region, resample_nhwc};

/// Side of the overlay, in pixels.
pub const OVERLAY_SIDE: usize = 256;
/// The map's largest value (by magnitude) gets the full tint, unless it is under this (risk
/// scale): a map of tiny changes stays faint.
const FULL_TINT: f32 = 0.05;
/// Towards "generated" (red) and away from it (blue).
const TOWARDS: [f32; 3] = [230.0, 30.0, 30.0];
const AWAY: [f32; 3] = [40.0, 100.0, 240.0];

/// A PNG of `heatmap`'s region of `image`, `OVERLAY_SIDE` pixels square: each cell blended with
/// red where hiding it lowered the score and blue where it raised it, up to 60% for the map's
/// largest value (or [`FULL_TINT`], if larger), with a thin line between cells.
pub fn render_heatmap(image: &RgbImage, heatmap: &Heatmap) -> Result<Vec<u8>, DomainError> {
    let [x1, y1, x2, y2] = heatmap.region;
    let (rows, cols) = (heatmap.rows.max(1) as usize, heatmap.cols.max(1) as usize);
    if heatmap.values.len() != rows * cols {
        return Err(DomainError::internal("a heatmap's values do not fill its grid"));
    }
    let full = heatmap.values.iter().fold(FULL_TINT, |m, v| m.max(v.abs()));
    let side = OVERLAY_SIDE;
    let mut rgb = vec![0f32; side * side * 3];
    resample_nhwc(image, Region { x1, y1, x2, y2 }, side, side, [0.0; 3], [1.0; 3], &mut rgb);
    let mut out = Vec::with_capacity(side * side * 3);
    for y in 0..side {
        let row = y * rows / side;
        for x in 0..side {
            let col = x * cols / side;
            let value = heatmap.values[row * cols + col];
            let alpha = (value.abs() / full).min(1.0) * 0.6;
            let tint = if value >= 0.0 { TOWARDS } else { AWAY };
            let edge = (y * rows) % side < rows || (x * cols) % side < cols;
            let at = (y * side + x) * 3;
            for c in 0..3 {
                let blended = rgb[at + c] * (1.0 - alpha) + tint[c] * alpha;
                out.push(if edge && y > 0 && x > 0 { blended * 0.6 } else { blended }.round().clamp(0.0, 255.0) as u8);
            }
        }
    }
    let mut png = Vec::new();
    image::ImageEncoder::write_image(
        image::codecs::png::PngEncoder::new(&mut png),
        &out,
        side as u32,
        side as u32,
        image::ExtendedColorType::Rgb8,
    )
    .map_err(|e| DomainError::internal(format!("encoding the heatmap: {e}")))?;
    Ok(png)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_that_raise_the_score_are_red_and_the_rest_blue() {
        let image = RgbImage { width: 100, height: 100, pixels: vec![128; 100 * 100 * 3] };
        let heatmap = Heatmap {
            detector: "clip-probe".into(),
            frame: 0,
            region: [0.0, 0.0, 100.0, 100.0],
            rows: 2,
            cols: 2,
            values: vec![0.3, -0.3, 0.0, 0.01],
            score: 0.8,
        };
        let png = render_heatmap(&image, &heatmap).unwrap();
        let decoded = image::load_from_memory(&png).unwrap().to_rgb8();
        assert_eq!(decoded.dimensions(), (256, 256));
        let at = |x, y| decoded.get_pixel(x, y).0;
        let red = at(60, 60);
        assert!(red[0] > 170 && red[2] < 100, "{red:?}");
        let blue = at(190, 60);
        assert!(blue[2] > 170 && blue[0] < 100, "{blue:?}");
        assert_eq!(at(60, 190), [128, 128, 128], "0 is left untinted");
        assert!(render_heatmap(&image, &Heatmap { values: vec![0.1], ..heatmap }).is_err());
    }
}
