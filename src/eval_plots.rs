//! `veracity eval --plots DIR`: one PNG per scorer (each detector with metrics, and the fused
//! verdict), its score distributions for real and fake files beside its ROC curve. Drawn with
//! plotters into an RGB buffer and encoded with `image`; text in a system TrueType font (Debian's
//! `fonts-dejavu-core`, or the file `VERACITY_PLOT_FONT` names).

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use anyhow::{Context, anyhow};
use image::ImageEncoder;
use image::codecs::png::{CompressionType, FilterType, PngEncoder};
use plotters::prelude::*;
use veracity_workers::evaluation::{EvalReport, Label, THRESHOLD, roc, score_sets};

/// Width and height of each plot, pixels.
pub const SIZE: (u32, u32) = (960, 380);
/// Histogram bins over the 0–1 score.
const BINS: usize = 20;
const FONTS: [&str; 3] =
    ["/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "/usr/share/fonts/dejavu/DejaVuSans.ttf", "/usr/share/fonts/TTF/DejaVuSans.ttf"];
const FONT: &str = "sans-serif";

/// Registers the TrueType font once per process (plotters keeps a `'static` reference).
fn font() -> anyhow::Result<()> {
    static REGISTERED: OnceLock<Result<(), String>> = OnceLock::new();
    REGISTERED
        .get_or_init(|| {
            let path = std::env::var_os("VERACITY_PLOT_FONT")
                .map(PathBuf::from)
                .or_else(|| FONTS.iter().map(PathBuf::from).find(|p| p.is_file()))
                .ok_or("no TrueType font for the plots: install fonts-dejavu-core (scripts/bootstrap does) or set VERACITY_PLOT_FONT")?;
            let bytes = std::fs::read(&path).map_err(|e| format!("{}: {e}", path.display()))?;
            plotters::style::register_font(FONT, FontStyle::Normal, Box::leak(bytes.into_boxed_slice()))
                .map_err(|_| format!("{} is not a TrueType font", path.display()))
        })
        .clone()
        .map_err(|e| anyhow!(e))
}

/// Draws every scorer of `report` into `dir` as `<id>.png` (`fused.png` for the verdict); returns
/// the files written.
pub fn draw_all(report: &EvalReport, dir: &Path) -> anyhow::Result<Vec<PathBuf>> {
    std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
    let mut written = Vec::new();
    for set in score_sets(report) {
        if set.scored.is_empty() {
            continue;
        }
        let path = dir.join(format!("{}.png", set.id));
        std::fs::write(&path, draw(&set.id, set.auc, &set.scored)?).with_context(|| format!("writing {}", path.display()))?;
        written.push(path);
    }
    Ok(written)
}

/// Files per bin for one label.
fn histogram(scored: &[(Label, f32)], label: Label) -> [u32; BINS] {
    let mut bins = [0; BINS];
    for &(_, score) in scored.iter().filter(|(l, _)| *l == label) {
        bins[((score.clamp(0.0, 1.0) * BINS as f32) as usize).min(BINS - 1)] += 1;
    }
    bins
}

/// One scorer's plot as PNG bytes.
pub fn draw(id: &str, auc: Option<f64>, scored: &[(Label, f32)]) -> anyhow::Result<Vec<u8>> {
    font()?;
    let (width, height) = SIZE;
    let mut pixels = vec![255u8; width as usize * height as usize * 3];
    {
        let root = BitMapBackend::with_buffer(&mut pixels, SIZE).into_drawing_area();
        root.fill(&WHITE)?;
        let (left, right) = root.split_horizontally(560);

        let real = histogram(scored, Label::Real);
        let fake = histogram(scored, Label::Fake);
        let top = real.iter().chain(&fake).copied().max().unwrap_or(0).max(1);
        let (caption, axis) = match id {
            "fused" => {
                ("fused verdict: risk scores of real and fake files".to_owned(), "risk score / 100 (synthetic or manipulated from 0.70)")
            }
            _ => (format!("{id}: scores of real and fake files"), "score (flagged at 0.70 and above)"),
        };
        let mut chart = ChartBuilder::on(&left)
            .caption(caption, (FONT, 18))
            .margin(12)
            .x_label_area_size(40)
            .y_label_area_size(44)
            .build_cartesian_2d(0f64..1f64, 0f64..f64::from(top) * 1.2)?;
        chart
            .configure_mesh()
            .disable_x_mesh()
            .disable_y_mesh()
            .x_desc(axis)
            .y_desc("files")
            .y_labels((top as usize + 2).min(11))
            .y_label_formatter(&|v| if v.fract() == 0.0 { format!("{v:.0}") } else { String::new() })
            .label_style((FONT, 13))
            .axis_desc_style((FONT, 14))
            .draw()?;
        let width = 1.0 / BINS as f64;
        for (label, bins, colour, offset) in [("real", real, BLUE, 0.0), ("fake", fake, RED, width / 2.0)] {
            let count: u32 = bins.iter().sum();
            chart
                .draw_series(bins.iter().enumerate().filter(|(_, c)| **c > 0).map(|(i, &c)| {
                    let x = i as f64 * width + offset;
                    Rectangle::new([(x, 0.0), (x + width / 2.0, f64::from(c))], colour.mix(0.7).filled())
                }))?
                .label(format!("{label} ({count})"))
                .legend(move |(x, y)| Rectangle::new([(x, y - 5), (x + 12, y + 5)], colour.mix(0.7).filled()));
        }
        let threshold = f64::from(THRESHOLD);
        chart.draw_series(LineSeries::new([(threshold, 0.0), (threshold, f64::from(top) * 1.2)], BLACK.mix(0.4)))?;
        chart.configure_series_labels().label_font((FONT, 13)).border_style(BLACK.mix(0.3)).background_style(WHITE.mix(0.9)).draw()?;

        let title = match auc {
            Some(auc) => format!("ROC curve, AUC {auc:.3}"),
            None => "ROC curve (needs real and fake files)".to_owned(),
        };
        let mut curve = ChartBuilder::on(&right)
            .caption(title, (FONT, 18))
            .margin(12)
            .x_label_area_size(40)
            .y_label_area_size(44)
            .build_cartesian_2d(0f64..1f64, 0f64..1f64)?;
        curve
            .configure_mesh()
            .x_desc("false positive rate")
            .y_desc("true positive rate")
            .label_style((FONT, 13))
            .axis_desc_style((FONT, 14))
            .draw()?;
        curve.draw_series(LineSeries::new([(0.0, 0.0), (1.0, 1.0)], BLACK.mix(0.3)))?;
        curve.draw_series(LineSeries::new(roc(scored), RED.stroke_width(2)))?;
        root.present()?;
    }
    // Best compression: the plots are committed beside the model card.
    let mut png = Vec::new();
    let encoder = PngEncoder::new_with_quality(&mut png, CompressionType::Best, FilterType::Adaptive);
    encoder.write_image(&pixels, width, height, image::ExtendedColorType::Rgb8)?;
    Ok(png)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bins_cover_the_whole_score_range() {
        let scored = [(Label::Real, 0.0), (Label::Real, 0.049), (Label::Fake, 1.0), (Label::Fake, 0.71), (Label::Real, 1.5)];
        let real = histogram(&scored, Label::Real);
        assert_eq!((real[0], real[BINS - 1], real.iter().sum::<u32>()), (2, 1, 3));
        let fake = histogram(&scored, Label::Fake);
        assert_eq!((fake[14], fake[BINS - 1]), (1, 1));
    }
}
