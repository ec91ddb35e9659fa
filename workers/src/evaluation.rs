//! `veracity eval`: runs the detectors over a labelled folder (`real/` and `fake/`, any media,
//! any depth) and measures each detector and the fused verdict: ROC AUC, accuracy, precision
//! and recall at the default thresholds, and latency.
//!
//! Scores: a detector's `models[].score`, where "ran and reported no score" counts as 0 (a
//! provenance reader that found no mark says "nothing points at generation"); detectors that
//! never score (face detection) get latency only. Fused: `risk_score / 100` for the ranking,
//! and "fake" = a `synthetic` or `manipulated` verdict (`inconclusive` counts as not flagged,
//! and is counted apart).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::Instant;

use serde::{Deserialize, Serialize};
use veracity_domain::detection::report::{Report, Verdict};
use veracity_domain::detection::{Check, JobOptions, MediaFormat, MediaType, StoredMedia};

use crate::detection::{Analyser, Timed};

/// Threshold on a detector's 0–1 score for "flagged": where its score alone would make the
/// verdict synthetic or manipulated (risk 70, the manual-review band).
pub const THRESHOLD: f32 = 0.7;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, PartialOrd, Ord)]
#[serde(rename_all = "snake_case")]
pub enum Label {
    Real,
    Fake,
}

/// One file's outcome.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Sample {
    pub path: String,
    pub label: Label,
    pub media_type: Option<MediaType>,
    /// `None` when the file could not be analysed (see `error`).
    pub verdict: Option<Verdict>,
    pub risk_score: Option<u8>,
    pub generator: Option<String>,
    /// Detector id → score (0 when it ran without scoring).
    pub scores: BTreeMap<String, f32>,
    /// Detector id → milliseconds.
    pub latency_ms: BTreeMap<String, f64>,
    /// Decode and analysis, milliseconds.
    pub total_ms: f64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
}

/// Classification quality of one scorer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Metrics {
    pub samples: usize,
    pub real: usize,
    pub fake: usize,
    /// ROC AUC; `None` without both classes.
    pub auc: Option<f64>,
    pub accuracy: f64,
    /// `None` when nothing was flagged.
    pub precision: Option<f64>,
    /// `None` without fakes.
    pub recall: Option<f64>,
    /// Real files flagged.
    pub false_positive_rate: Option<f64>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct DetectorSummary {
    pub id: String,
    pub version: String,
    /// Absent for detectors that never score.
    pub metrics: Option<Metrics>,
    pub latency_ms_p50: f64,
    pub latency_ms_p95: f64,
    /// Files it ran on.
    pub ran_on: usize,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct EvalReport {
    pub folder: String,
    pub check: String,
    pub threshold: f32,
    pub detectors: Vec<DetectorSummary>,
    pub fused: Metrics,
    /// Files whose verdict was `inconclusive`.
    pub inconclusive: usize,
    /// Files that could not be analysed.
    pub failed: usize,
    pub total_ms_p50: f64,
    pub total_ms_p95: f64,
    pub samples: Vec<Sample>,
}

/// Every file under `folder/real` and `folder/fake`, sorted, with its label.
pub fn labelled_files(folder: &Path) -> std::io::Result<Vec<(PathBuf, Label)>> {
    let mut files = Vec::new();
    for (sub, label) in [("real", Label::Real), ("fake", Label::Fake)] {
        let dir = folder.join(sub);
        if !dir.is_dir() {
            return Err(std::io::Error::new(std::io::ErrorKind::NotFound, format!("{} has no `{sub}/` folder", folder.display())));
        }
        let mut stack = vec![dir];
        while let Some(dir) = stack.pop() {
            for entry in std::fs::read_dir(&dir)? {
                let path = entry?.path();
                if path.is_dir() {
                    stack.push(path);
                } else if !path.file_name().is_some_and(|n| n.to_string_lossy().starts_with('.')) {
                    files.push((path, label));
                }
            }
        }
    }
    files.sort();
    Ok(files)
}

/// Analyses one file as the worker would: format from its bytes (`.txt` files as text).
pub fn analyse_file(analyser: &Analyser, path: &Path, check: Check, options: &JobOptions) -> Result<(MediaType, Report), String> {
    let bytes = std::fs::read(path).map_err(|e| e.to_string())?;
    let is_text = path.extension().is_some_and(|e| e == "txt");
    let format = if is_text { None } else { Some(MediaFormat::sniff(&bytes).ok_or("not a supported media format")?) };
    let media_type = match format {
        None => MediaType::Text,
        Some(f) => f.media_type().ok_or("not a supported media format")?,
    };
    let stored =
        StoredMedia { blob_key: String::new(), sha256: veracity_domain::digest::sha256_hex(&bytes), size: bytes.len() as u64, format };
    let decoded: Timed<_> = analyser.decode_timed(&bytes, &stored, media_type).map_err(|f| f.message)?;
    let report = analyser.inspect(decoded, check, options, &std::sync::atomic::AtomicBool::new(false)).map_err(|f| f.message)?.report;
    Ok((media_type, report))
}

/// Runs every file of `folder` through `analyser`; `progress` hears about each file as it ends.
pub fn evaluate(analyser: &Analyser, folder: &Path, check: Check, mut progress: impl FnMut(&Sample)) -> std::io::Result<EvalReport> {
    let files = labelled_files(folder)?;
    // What a default request costs: no heatmap, no informative-only detectors.
    let options = JobOptions::default();
    let mut samples = Vec::with_capacity(files.len());
    let mut versions: BTreeMap<String, String> = BTreeMap::new();
    for (path, label) in files {
        let started = Instant::now();
        let outcome = analyse_file(analyser, &path, check, &options);
        let total_ms = started.elapsed().as_secs_f64() * 1e3;
        let shown = path.strip_prefix(folder).unwrap_or(&path).display().to_string();
        let sample = match outcome {
            Ok((media_type, report)) => {
                for m in &report.models {
                    versions.entry(m.id.clone()).or_insert_with(|| m.version.clone());
                }
                Sample {
                    path: shown,
                    label,
                    media_type: Some(media_type),
                    verdict: Some(report.verdict),
                    risk_score: report.risk_score,
                    generator: report.generator.as_ref().map(|g| format!("{} ({})", g.name, g.source)),
                    scores: report
                        .models
                        .iter()
                        .filter(|m| scoring(&m.id, analyser))
                        .map(|m| (m.id.clone(), m.score.unwrap_or(0.0)))
                        .collect(),
                    latency_ms: report.models.iter().filter_map(|m| Some((m.id.clone(), m.latency_ms?))).collect(),
                    total_ms,
                    error: None,
                }
            }
            Err(error) => Sample {
                path: shown,
                label,
                media_type: None,
                verdict: None,
                risk_score: None,
                generator: None,
                scores: BTreeMap::new(),
                latency_ms: BTreeMap::new(),
                total_ms,
                error: Some(error),
            },
        };
        progress(&sample);
        samples.push(sample);
    }
    Ok(summarise(folder, check, samples, versions))
}

/// Detectors that judge (give a score when they find something) rather than only find.
fn scoring(id: &str, analyser: &Analyser) -> bool {
    analyser.detectors.iter().find(|d| d.id() == id).is_none_or(|d| d.judges())
}

/// The `(label, score)` pairs a detector's metrics are computed from: the analysed files it ran
/// on and scored.
fn detector_scores<'a>(analysed: impl IntoIterator<Item = &'a Sample>, id: &str) -> Vec<(Label, f32)> {
    analysed
        .into_iter()
        .filter(|s| s.error.is_none() && s.latency_ms.contains_key(id))
        .filter_map(|s| s.scores.get(id).map(|&score| (s.label, score)))
        .collect()
}

/// The fused verdict's `(label, score, flagged)`: `risk_score / 100` (0.5 without one), flagged
/// when the verdict is synthetic or manipulated.
fn fused_scores<'a>(analysed: impl IntoIterator<Item = &'a Sample>) -> Vec<(Label, f32, bool)> {
    analysed
        .into_iter()
        .filter(|s| s.error.is_none())
        .map(|s| {
            let flagged = matches!(s.verdict, Some(Verdict::Synthetic | Verdict::Manipulated));
            (s.label, s.risk_score.map_or(0.5, |r| f32::from(r) / 100.0), flagged)
        })
        .collect()
}

/// One scorer's scores, as the plots show them.
pub struct ScoreSet {
    /// The detector's id, or `fused` for the verdict.
    pub id: String,
    pub auc: Option<f64>,
    pub scored: Vec<(Label, f32)>,
}

/// Every detector with metrics, then the fused verdict.
pub fn score_sets(report: &EvalReport) -> Vec<ScoreSet> {
    let mut sets: Vec<ScoreSet> = report
        .detectors
        .iter()
        .filter_map(|d| Some(ScoreSet { id: d.id.clone(), auc: d.metrics.as_ref()?.auc, scored: detector_scores(&report.samples, &d.id) }))
        .collect();
    let fused = fused_scores(&report.samples).into_iter().map(|(label, score, _)| (label, score)).collect();
    sets.push(ScoreSet { id: "fused".into(), auc: report.fused.auc, scored: fused });
    sets
}

/// The ROC curve of `(label, score)` pairs: `(false positive rate, true positive rate)` from
/// (0, 0) to (1, 1), one point per distinct score from the highest down (tied scores move
/// together, so a tie draws a diagonal). Empty without both classes.
pub fn roc(scored: &[(Label, f32)]) -> Vec<(f64, f64)> {
    let fakes = scored.iter().filter(|(l, _)| *l == Label::Fake).count() as f64;
    let reals = scored.len() as f64 - fakes;
    if fakes == 0.0 || reals == 0.0 {
        return Vec::new();
    }
    let mut sorted = scored.to_vec();
    sorted.sort_by(|a, b| b.1.total_cmp(&a.1));
    let (mut tp, mut fp) = (0.0, 0.0);
    let mut points = vec![(0.0, 0.0)];
    for (i, &(label, score)) in sorted.iter().enumerate() {
        match label {
            Label::Fake => tp += 1.0,
            Label::Real => fp += 1.0,
        }
        if sorted.get(i + 1).is_none_or(|next| next.1 != score) {
            points.push((fp / reals, tp / fakes));
        }
    }
    points
}

fn summarise(folder: &Path, check: Check, samples: Vec<Sample>, versions: BTreeMap<String, String>) -> EvalReport {
    let analysed: Vec<&Sample> = samples.iter().filter(|s| s.error.is_none()).collect();
    let detectors = versions
        .into_iter()
        .map(|(id, version)| {
            let ran: Vec<&&Sample> = analysed.iter().filter(|s| s.latency_ms.contains_key(&id)).collect();
            let scored: Vec<(Label, f32, bool)> =
                detector_scores(analysed.iter().copied(), &id).into_iter().map(|(l, score)| (l, score, score >= THRESHOLD)).collect();
            let mut latencies: Vec<f64> = ran.iter().map(|s| s.latency_ms[&id]).collect();
            DetectorSummary {
                metrics: (!scored.is_empty()).then(|| metrics(&scored)),
                latency_ms_p50: percentile(&mut latencies, 0.5),
                latency_ms_p95: percentile(&mut latencies, 0.95),
                ran_on: ran.len(),
                id,
                version,
            }
        })
        .collect();
    let fused = fused_scores(analysed.iter().copied());
    let mut totals: Vec<f64> = analysed.iter().map(|s| s.total_ms).collect();
    EvalReport {
        folder: folder.display().to_string(),
        check: check.as_str().into(),
        threshold: THRESHOLD,
        detectors,
        fused: metrics(&fused),
        inconclusive: analysed.iter().filter(|s| s.verdict == Some(Verdict::Inconclusive)).count(),
        failed: samples.len() - analysed.len(),
        total_ms_p50: percentile(&mut totals, 0.5),
        total_ms_p95: percentile(&mut totals, 0.95),
        samples,
    }
}

/// Metrics of `(label, score, flagged)` triples: AUC from the scores, the rest from the flags.
pub fn metrics(scored: &[(Label, f32, bool)]) -> Metrics {
    let (mut tp, mut fp, mut tn, mut fn_) = (0usize, 0usize, 0usize, 0usize);
    for &(label, _, flagged) in scored {
        match (label, flagged) {
            (Label::Fake, true) => tp += 1,
            (Label::Real, true) => fp += 1,
            (Label::Real, false) => tn += 1,
            (Label::Fake, false) => fn_ += 1,
        }
    }
    let ratio = |a: usize, b: usize| (b > 0).then(|| round4(a as f64 / b as f64));
    Metrics {
        samples: scored.len(),
        real: tn + fp,
        fake: tp + fn_,
        auc: auc(&scored.iter().map(|&(l, s, _)| (l, s)).collect::<Vec<_>>()).map(round4),
        accuracy: ratio(tp + tn, scored.len()).unwrap_or(0.0),
        precision: ratio(tp, tp + fp),
        recall: ratio(tp, tp + fn_),
        false_positive_rate: ratio(fp, fp + tn),
    }
}

/// ROC AUC by the Mann–Whitney statistic: the probability that a random fake outscores a random
/// real file, ties counting half.
pub fn auc(scored: &[(Label, f32)]) -> Option<f64> {
    let fakes: Vec<f32> = scored.iter().filter(|(l, _)| *l == Label::Fake).map(|(_, s)| *s).collect();
    let reals: Vec<f32> = scored.iter().filter(|(l, _)| *l == Label::Real).map(|(_, s)| *s).collect();
    if fakes.is_empty() || reals.is_empty() {
        return None;
    }
    let wins: f64 = fakes
        .iter()
        .flat_map(|f| {
            reals.iter().map(move |r| {
                if f > r {
                    1.0
                } else if f == r {
                    0.5
                } else {
                    0.0
                }
            })
        })
        .sum();
    Some(wins / (fakes.len() * reals.len()) as f64)
}

fn round4(v: f64) -> f64 {
    (v * 1e4).round() / 1e4
}

fn percentile(values: &mut [f64], q: f64) -> f64 {
    if values.is_empty() {
        return 0.0;
    }
    values.sort_by(f64::total_cmp);
    let at = ((values.len() - 1) as f64 * q).round() as usize;
    (values[at] * 10.0).round() / 10.0
}

/// The report as the tables `veracity eval` prints (Markdown, for the model card).
pub fn render(report: &EvalReport) -> String {
    let pct = |v: Option<f64>| v.map_or("–".to_owned(), |v| format!("{:.1}%", v * 100.0));
    let num = |v: Option<f64>| v.map_or("–".to_owned(), |v| format!("{v:.3}"));
    let mut out = format!(
        "Evaluation of {} (check {}, threshold {}): {} files, {} failed\n\n",
        report.folder,
        report.check,
        report.threshold,
        report.samples.len(),
        report.failed
    );
    out.push_str("| detector | version | files | real | fake | AUC | accuracy | precision | recall | FPR | p50 ms | p95 ms |\n");
    out.push_str("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    // real, fake, AUC, accuracy, precision, recall, FPR: the metric cells of one row.
    let cells = |m: Option<&Metrics>| match m {
        Some(m) => format!(
            "{} | {} | {} | {} | {} | {} | {}",
            m.real,
            m.fake,
            num(m.auc),
            pct(Some(m.accuracy)),
            pct(m.precision),
            pct(m.recall),
            pct(m.false_positive_rate)
        ),
        None => ["–"; 7].join(" | "),
    };
    for d in &report.detectors {
        out.push_str(&format!(
            "| {} | {} | {} | {} | {:.1} | {:.1} |\n",
            d.id,
            d.version,
            d.ran_on,
            cells(d.metrics.as_ref()),
            d.latency_ms_p50,
            d.latency_ms_p95
        ));
    }
    out.push_str(&format!(
        "| **fused verdict** | | {} | {} | {:.1} | {:.1} |\n",
        report.fused.samples,
        cells(Some(&report.fused)),
        report.total_ms_p50,
        report.total_ms_p95
    ));
    out.push_str(&format!(
        "\nFused: flagged = verdict synthetic or manipulated; {} inconclusive. Latency of the fused row: decode + all detectors per file.\n",
        report.inconclusive
    ));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn auc_counts_ties_as_half_and_needs_both_classes() {
        let s = [(Label::Real, 0.1), (Label::Real, 0.4), (Label::Fake, 0.35), (Label::Fake, 0.8)];
        assert_eq!(auc(&s), Some(0.75));
        assert_eq!(auc(&[(Label::Real, 0.5), (Label::Fake, 0.5)]), Some(0.5));
        assert_eq!(auc(&[(Label::Fake, 0.5)]), None);
        let m = metrics(&s.map(|(l, score)| (l, score, score >= 0.5)));
        assert_eq!((m.accuracy, m.precision, m.recall, m.false_positive_rate), (0.75, Some(1.0), Some(0.5), Some(0.0)));
    }

    #[test]
    fn the_roc_curve_steps_through_each_distinct_score() {
        let s = [(Label::Real, 0.1), (Label::Real, 0.4), (Label::Fake, 0.35), (Label::Fake, 0.8)];
        assert_eq!(roc(&s), vec![(0.0, 0.0), (0.0, 0.5), (0.5, 0.5), (0.5, 1.0), (1.0, 1.0)]);
        // A tie between a real and a fake file moves both at once.
        assert_eq!(roc(&[(Label::Real, 0.5), (Label::Fake, 0.5)]), vec![(0.0, 0.0), (1.0, 1.0)]);
        assert!(roc(&[(Label::Fake, 0.5)]).is_empty());
    }
}
