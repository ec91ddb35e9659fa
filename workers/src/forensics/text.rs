//! Machine-written text: a statistical detector that needs no language model.
//!
//! Text from large language models tends to be *even*. Four properties are measured, each
//! mapped to 0–1 by a fixed ramp, and combined with fixed weights:
//!
//! | signal | measured | 0 at | 1 at | weight |
//! |---|---|---:|---:|---:|
//! | `sentence_burstiness` | coefficient of variation of sentence lengths (words) | ≥ 0.65 | ≤ 0.30 | 0.35 |
//! | `stock_phrases` | phrases over-used by LLMs, per 100 words | 0 | ≥ 1.5 | 0.35 |
//! | `transition_openers` | share of sentences opening with a connective ("Furthermore,") | ≤ 10% | ≥ 40% | 0.20 |
//! | `repeated_phrases` | share of word trigrams that occur more than once | ≤ 3% | ≥ 15% | 0.10 |
//!
//! Human writing mixes short and long sentences ("burstiness", the property GPTZero popularised);
//! LLM output keeps them alike. The phrase list comes from the words whose frequency jumped
//! after ChatGPT's release (Kobak et al. 2024, "Delving into ChatGPT usage in academic writing
//! through excess vocabulary": *delves, showcasing, underscores, intricate, pivotal…*) and from
//! the chat assistants' stock connectives.
//!
//! Without a reference language model there is no perplexity, so this is a weak detector: the
//! combined value `c` is reported as `0.15 + 0.7·c`, so it alone never reaches the reject band
//! (90) nor an authentic verdict more confident than 0.85. Texts shorter than 50 words or 3
//! sentences are not judged. Edited, translated or prompted-for-style LLM text evades it, and
//! formulaic human writing (press releases, marketing copy) can trip it.

use std::collections::HashMap;
use std::time::Instant;

use veracity_domain::DomainError;
use veracity_domain::detection::MediaType;
use veracity_domain::detection::catalog::{DetectorInfo, Weights};
use veracity_domain::detection::fusion::{Evidence, Finding};
use veracity_domain::detection::report::{Face, ModelRun, Signal, TextHighlight, round3};
use veracity_domain::ports::{DecodedMedia, DetectRequest, Detector, DetectorOutput};

/// Phrases LLM output over-uses, lowercase, matched on word boundaries.
const STOCK_PHRASES: [&str; 58] = [
    "delve",
    "delves",
    "delving",
    "delved",
    "tapestry",
    "testament to",
    "it is important to note",
    "it's important to note",
    "it is worth noting",
    "it's worth noting",
    "in conclusion",
    "in summary",
    "plays a crucial role",
    "play a crucial role",
    "plays a pivotal role",
    "play a pivotal role",
    "pivotal",
    "in today's",
    "fast-paced",
    "ever-evolving",
    "ever-changing",
    "navigating the",
    "navigate the complexities",
    "the landscape of",
    "realm",
    "intricate",
    "intricacies",
    "multifaceted",
    "underscores",
    "underscoring",
    "showcasing",
    "showcases",
    "vibrant",
    "paramount",
    "holistic",
    "seamless",
    "seamlessly",
    "a myriad of",
    "plethora",
    "as an ai",
    "i hope this helps",
    "let's dive",
    "dive into",
    "unlock the",
    "harness the power",
    "in the realm of",
    "serves as a",
    "stands as a",
    "cannot be overstated",
    "key takeaways",
    "meticulous",
    "meticulously",
    "commendable",
    "bustling",
    "captivating",
    "invaluable",
    "transformative",
    "embark on",
];

/// Connectives that open a sentence ("Furthermore, …").
const TRANSITIONS: [&str; 19] = [
    "furthermore",
    "moreover",
    "additionally",
    "in addition",
    "overall",
    "in conclusion",
    "ultimately",
    "consequently",
    "notably",
    "importantly",
    "firstly",
    "secondly",
    "thirdly",
    "lastly",
    "in summary",
    "however",
    "therefore",
    "thus",
    "by contrast",
];

/// Words ending in a period that do not end a sentence.
const ABBREVIATIONS: [&str; 16] =
    ["e.g", "i.e", "a.m", "p.m", "mr", "mrs", "ms", "dr", "prof", "st", "vs", "no", "fig", "cf", "approx", "jr"];

const MIN_WORDS: usize = 50;
const MIN_SENTENCES: usize = 3;
/// A sentence is highlighted from this score up; at most [`MAX_HIGHLIGHTS`] of them.
const HIGHLIGHT_FROM: f32 = 0.4;
const MAX_HIGHLIGHTS: usize = 5;

/// A sentence: its character (code point) and byte ranges in the text, and its words.
#[derive(Debug, Clone, PartialEq)]
struct Sentence {
    chars: (u32, u32),
    bytes: (usize, usize),
    words: Vec<String>,
    /// The stock phrases it contains, each occurrence once.
    phrases: Vec<&'static str>,
}

/// How many UTF-16 code units come before byte `at` of `text` (a char boundary).
fn utf16_offset(text: &str, at: usize) -> u32 {
    text.get(..at).map_or(0, |head| head.encode_utf16().count() as u32)
}

/// `value` mapped linearly from `zero_at` (0) to `one_at` (1), clamped; `zero_at` may be the larger.
fn ramp(value: f32, zero_at: f32, one_at: f32) -> f32 {
    ((value - zero_at) / (one_at - zero_at)).clamp(0.0, 1.0)
}

fn words_of(text: &str) -> Vec<String> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’' || c == '-'))
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase().replace('’', "'"))
        .filter(|w| !w.is_empty())
        .collect()
}

/// Splits at `.`, `!`, `?` (with any closing quotes or brackets) followed by white space, at
/// blank lines and before list items; not after common abbreviations or single-letter initials.
fn sentences(text: &str) -> Vec<Sentence> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut out = Vec::new();
    let mut start = 0usize;
    let push = |from: usize, to: usize, out: &mut Vec<Sentence>| {
        let (mut a, mut b) = (from, to);
        while a < b && chars[a].1.is_whitespace() {
            a += 1;
        }
        while b > a && chars[b - 1].1.is_whitespace() {
            b -= 1;
        }
        if a == b {
            return;
        }
        let byte_end = chars.get(b).map_or(text.len(), |c| c.0);
        let bytes = (chars[a].0, byte_end);
        let words = words_of(&text[bytes.0..bytes.1]);
        if !words.is_empty() {
            let phrases = stock_phrases(&words);
            out.push(Sentence { chars: (a as u32, b as u32), bytes, words, phrases });
        }
    };
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i].1;
        if matches!(c, '.' | '!' | '?') {
            let mut end = i + 1;
            while end < chars.len() && matches!(chars[end].1, '"' | '\'' | '”' | '’' | ')' | ']' | '.' | '!' | '?') {
                end += 1;
            }
            let at_break = end == chars.len() || chars[end].1.is_whitespace();
            if at_break && !(c == '.' && is_abbreviation(text, &chars, start, i)) {
                push(start, end, &mut out);
                start = end;
                i = end;
                continue;
            }
        } else if c == '\n' {
            let rest = &text[chars[i].0 + 1..];
            let next_line = rest.trim_start_matches([' ', '\t']);
            let paragraph = next_line.starts_with('\n') || next_line.starts_with("\r\n");
            let item = next_line.starts_with("- ")
                || next_line.starts_with("* ")
                || next_line.starts_with("• ")
                || next_line.split_once(['.', ')']).is_some_and(|(n, tail)| {
                    !n.is_empty() && n.len() <= 3 && n.chars().all(|d| d.is_ascii_digit()) && tail.starts_with(' ')
                });
            if paragraph || item {
                push(start, i, &mut out);
                start = i + 1;
            }
        }
        i += 1;
    }
    push(start, chars.len(), &mut out);
    out
}

/// Whether the word before the period at `dot` is an abbreviation or an initial.
fn is_abbreviation(text: &str, chars: &[(usize, char)], start: usize, dot: usize) -> bool {
    let mut from = dot;
    while from > start && !chars[from - 1].1.is_whitespace() && chars[from - 1].1 != '(' {
        from -= 1;
    }
    let word = text[chars[from].0..chars[dot].0].to_lowercase();
    let single_initial = word.chars().count() == 1 && word.chars().all(char::is_alphabetic);
    single_initial || ABBREVIATIONS.contains(&word.as_str())
}

/// Occurrences of each stock phrase in `words` (joined by single spaces).
fn stock_phrases(words: &[String]) -> Vec<&'static str> {
    let joined = format!(" {} ", words.join(" "));
    let mut hits = Vec::new();
    for phrase in STOCK_PHRASES {
        hits.extend(std::iter::repeat_n(phrase, joined.matches(&format!(" {phrase} ")).count()));
    }
    hits
}

fn opening_transition(words: &[String]) -> Option<&'static str> {
    TRANSITIONS.into_iter().find(|t| {
        let parts: Vec<&str> = t.split(' ').collect();
        words.len() > parts.len() && words.iter().zip(&parts).all(|(w, p)| w == p)
    })
}

/// Per-text measurements, before scoring.
#[derive(Debug, Clone, PartialEq)]
struct Measures {
    sentences: usize,
    words: usize,
    burstiness: f32,
    phrases_per_100: f32,
    transition_share: f32,
    repeated_trigrams: f32,
}

impl Measures {
    fn scores(&self) -> [f32; 4] {
        [
            ramp(self.burstiness, 0.65, 0.30),
            ramp(self.phrases_per_100, 0.0, 1.5),
            ramp(self.transition_share, 0.10, 0.40),
            ramp(self.repeated_trigrams, 0.03, 0.15),
        ]
    }

    /// The detector's score: the weighted signals, compressed into 0.15–0.85.
    fn score(&self) -> f32 {
        let [b, p, t, r] = self.scores();
        0.15 + 0.7 * (0.35 * b + 0.35 * p + 0.20 * t + 0.10 * r)
    }
}

fn trigrams(sentences: &[Sentence]) -> HashMap<[&str; 3], usize> {
    let mut counts = HashMap::new();
    for s in sentences {
        for w in s.words.windows(3) {
            *counts.entry([w[0].as_str(), w[1].as_str(), w[2].as_str()]).or_insert(0) += 1;
        }
    }
    counts
}

fn measure(sentences: &[Sentence], trigram_counts: &HashMap<[&str; 3], usize>) -> Measures {
    let lengths: Vec<f32> = sentences.iter().map(|s| s.words.len() as f32).collect();
    let n = lengths.len().max(1) as f32;
    let mean = lengths.iter().sum::<f32>() / n;
    let sd = (lengths.iter().map(|l| (l - mean).powi(2)).sum::<f32>() / n).sqrt();
    let words: usize = sentences.iter().map(|s| s.words.len()).sum();
    let phrases: usize = sentences.iter().map(|s| s.phrases.len()).sum();
    let openers = sentences.iter().filter(|s| opening_transition(&s.words).is_some()).count();
    let total: usize = trigram_counts.values().sum();
    let repeated: usize = trigram_counts.values().filter(|&&c| c > 1).sum();
    Measures {
        sentences: sentences.len(),
        words,
        burstiness: if mean > 0.0 { sd / mean } else { 0.0 },
        phrases_per_100: phrases as f32 * 100.0 / words.max(1) as f32,
        transition_share: openers as f32 / n,
        repeated_trigrams: if total > 0 { repeated as f32 / total as f32 } else { 0.0 },
    }
}

/// A sentence's own score and reasons: stock phrases, a connective opening it, and phrases it
/// shares with other sentences.
fn judge_sentence(sentence: &Sentence, trigram_counts: &HashMap<[&str; 3], usize>) -> (f32, Vec<String>) {
    let mut score = 0.0;
    let mut reasons = Vec::new();
    for phrase in &sentence.phrases {
        score += 0.4;
        reasons.push(format!("stock phrase \"{phrase}\""));
    }
    if let Some(t) = opening_transition(&sentence.words) {
        score += 0.3;
        reasons.push(format!("opens with \"{t}\""));
    }
    let shared =
        sentence.words.windows(3).find(|w| trigram_counts.get(&[w[0].as_str(), w[1].as_str(), w[2].as_str()]).is_some_and(|&c| c > 1));
    if let Some(w) = shared {
        score += 0.15;
        reasons.push(format!("repeats \"{}\" from elsewhere in the text", w.join(" ")));
    }
    (f32::min(score, 1.0), reasons)
}

/// The statistical text detector (see the module documentation).
pub struct TextStatisticsDetector;

impl TextStatisticsDetector {
    pub const ID: &'static str = "text-statistics";
    pub const VERSION: &'static str = "1";
    pub const INFO: DetectorInfo = DetectorInfo {
        id: Self::ID,
        task: "ai_generated_text",
        media: &[MediaType::Text],
        description: "Machine-written text without a language model: evenness of sentence lengths (burstiness), \
                      phrases language models over-use (after Kobak et al. 2024, *delves, showcasing, underscores…*), \
                      sentences opening with connectives, repeated word trigrams; fixed ramps and weights, documented \
                      in `workers/src/forensics/text.rs`. Its score is compressed into 0.15–0.85, so alone it never \
                      rejects nor clears with more than 0.85 confidence; texts under 50 words or 3 sentences are not \
                      judged. `highlight: true` returns up to 5 sentences with their reasons",
        weights: Weights::BuiltIn { version: Self::VERSION },
    };
}

impl Detector for TextStatisticsDetector {
    fn id(&self) -> &str {
        Self::ID
    }

    fn applies_to(&self, media: MediaType, _request: DetectRequest) -> bool {
        media == MediaType::Text
    }

    fn detect(&self, media: &DecodedMedia, _request: DetectRequest, _faces: &[Face]) -> Result<DetectorOutput, DomainError> {
        let started = Instant::now();
        let text = media.text.as_deref().unwrap_or_default();
        let sentences = sentences(text);
        let counts = trigrams(&sentences);
        let m = measure(&sentences, &counts);
        let elapsed = || (started.elapsed().as_secs_f64() * 1e5).round() / 100.0;
        let model = |score| Some(ModelRun { id: Self::ID.into(), version: Self::VERSION.into(), score, latency_ms: None });
        if m.words < MIN_WORDS || m.sentences < MIN_SENTENCES {
            let detail = format!(
                "{} words in {} sentences: too short to judge (at least {MIN_WORDS} words and {MIN_SENTENCES} sentences)",
                m.words, m.sentences
            );
            return Ok(DetectorOutput {
                model: model(None),
                signals: vec![Signal { contribution: None, name: "text_statistics".into(), score: None, detail }],
                model_ms: elapsed(),
                ..DetectorOutput::default()
            });
        }
        let [b, p, t, r] = m.scores();
        let phrase_list = {
            let mut tally: Vec<(&str, usize)> = Vec::new();
            for &hit in sentences.iter().flat_map(|s| &s.phrases) {
                match tally.iter_mut().find(|(p, _)| *p == hit) {
                    Some((_, n)) => *n += 1,
                    None => tally.push((hit, 1)),
                }
            }
            tally
                .iter()
                .take(8)
                .map(|(p, n)| if *n > 1 { format!("\"{p}\" ×{n}") } else { format!("\"{p}\"") })
                .collect::<Vec<_>>()
                .join(", ")
        };
        let signals = vec![
            Signal {
                contribution: None,
                name: "text_statistics".into(),
                score: Some(round3(m.score())),
                detail: "the four measures below combined (0.35 burstiness, 0.35 stock phrases, 0.20 openers, 0.10 repeats), \
                         placed between 0.15 and 0.85: style statistics are never certain"
                    .into(),
            },
            Signal {
                contribution: None,
                name: "sentence_burstiness".into(),
                score: Some(round3(b)),
                detail: format!(
                    "sentence lengths vary with a coefficient of variation of {:.2} over {} sentences (machine-like at 0.30 and below, human-like at 0.65 and above)",
                    m.burstiness, m.sentences
                ),
            },
            Signal {
                contribution: None,
                name: "stock_phrases".into(),
                score: Some(round3(p)),
                detail: if phrase_list.is_empty() {
                    "no phrases that language models over-use".into()
                } else {
                    format!("{:.2} phrases language models over-use per 100 words: {phrase_list}", m.phrases_per_100)
                },
            },
            Signal {
                contribution: None,
                name: "transition_openers".into(),
                score: Some(round3(t)),
                detail: format!("{:.0}% of sentences open with a connective such as \"Furthermore\"", m.transition_share * 100.0),
            },
            Signal {
                contribution: None,
                name: "repeated_phrases".into(),
                score: Some(round3(r)),
                detail: format!("{:.1}% of three-word sequences occur more than once", m.repeated_trigrams * 100.0),
            },
        ];
        let mut judged: Vec<(usize, f32, Vec<String>)> = sentences
            .iter()
            .enumerate()
            .map(|(i, s)| {
                let (score, reasons) = judge_sentence(s, &counts);
                (i, score, reasons)
            })
            .filter(|(_, s, _)| *s >= HIGHLIGHT_FROM)
            .collect();
        judged.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        judged.truncate(MAX_HIGHLIGHTS);
        judged.sort_by_key(|(i, _, _)| *i);
        let highlights = judged
            .into_iter()
            .map(|(i, score, reasons)| TextHighlight {
                start: sentences[i].chars.0,
                end: sentences[i].chars.1,
                start_utf16: Some(utf16_offset(text, sentences[i].bytes.0)),
                end_utf16: Some(utf16_offset(text, sentences[i].bytes.1)),
                score: round3(score),
                reasons,
            })
            .collect();
        let score = round3(m.score());
        Ok(DetectorOutput {
            model: model(Some(score)),
            evidence: vec![Evidence::new(Self::ID, "text_statistics", score, Finding::Synthetic)],
            signals,
            highlights,
            model_ms: elapsed(),
            ..DetectorOutput::default()
        })
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn utf16_offsets_count_astral_characters_twice() {
        let text = "🙂 é.";
        // 🙂 is 4 bytes and 2 UTF-16 units, é 2 bytes and 1 unit.
        assert_eq!(super::utf16_offset(text, 0), 0);
        assert_eq!(super::utf16_offset(text, 4), 2);
        assert_eq!(super::utf16_offset(text, text.len()), 5);
    }

    use super::*;
    use veracity_domain::detection::report::MediaMetadata;
    use veracity_domain::detection::{AnalysisType, Check};

    const HUMAN: &str = "I missed the 7:40 bus again. Typical. So I walked, which took forty minutes because the \
        bridge on Mill Road is still closed for repairs and nobody seems to know when it will open, or why the council \
        thought closing both lanes at once was a good idea. By the time I got in, Dr. Patel had already started. \
        She glared. I sat at the back, next to a radiator that clanks like someone hitting a pipe with a spoon, and \
        tried to look as if I had been there all along. Nobody bought it.";

    const MACHINE: &str = "In today's fast-paced world, technology plays a crucial role in our daily lives. \
        Furthermore, it is important to note that innovation continues to shape the landscape of modern society. \
        Additionally, businesses must navigate the complexities of digital transformation to remain competitive. \
        Moreover, the intricate tapestry of global markets underscores the need for adaptable strategies. \
        In conclusion, embracing change is a testament to the resilience of organizations in the modern era.";

    fn run(text: &str) -> DetectorOutput {
        let media = DecodedMedia {
            media_type: MediaType::Text,
            frames: vec![],
            audio: None,
            text: Some(text.into()),
            metadata: MediaMetadata::default(),
        };
        let request = DetectRequest { check: Check::AiGenerated, analysis_type: AnalysisType::default(), details: false };
        TextStatisticsDetector.detect(&media, request, &[]).unwrap()
    }

    #[test]
    fn sentences_split_at_ends_blank_lines_and_list_items_not_abbreviations() {
        let text = "Dr. Smith met J. Doe at 3 p.m. on Friday. \"Really?\" she asked.\n\nA heading\n- item one\n- item two. Done!";
        let got: Vec<&str> = sentences(text).iter().map(|s| &text[s.bytes.0..s.bytes.1]).collect();
        assert_eq!(
            got,
            ["Dr. Smith met J. Doe at 3 p.m. on Friday.", "\"Really?\"", "she asked.", "A heading", "- item one", "- item two.", "Done!"]
        );
        let wrapped = "A line that wraps\nonto the next line. Then another.";
        assert_eq!(sentences(wrapped).len(), 2, "a single line break inside a sentence does not end it");
        let accents = "Ça va très bien. Ünïcödé wörds here.";
        let s = sentences(accents);
        assert_eq!((s[1].chars, s[1].bytes.0), ((17, 36), "Ça va très bien. ".len()), "offsets are in characters");
    }

    #[test]
    fn even_formulaic_text_scores_high_and_varied_plain_text_low() {
        let machine = run(MACHINE);
        let human = run(HUMAN);
        let (m, h) = (machine.evidence[0].score, human.evidence[0].score);
        assert!(m >= 0.7, "machine-like text: {m} {:?}", machine.signals);
        assert!(h < 0.4, "human-like text: {h} {:?}", human.signals);
        assert!(m <= 0.85 && h >= 0.15, "the score stays inside its compressed range");
    }

    #[test]
    fn highlights_mark_the_most_machine_like_sentences_by_character_offset() {
        let text = format!("{HUMAN} {MACHINE}");
        let out = run(&text);
        assert!(!out.highlights.is_empty() && out.highlights.len() <= MAX_HIGHLIGHTS);
        let chars: Vec<char> = text.chars().collect();
        for h in &out.highlights {
            let passage: String = chars[h.start as usize..h.end as usize].iter().collect();
            assert!(MACHINE.contains(&passage), "only the machine part is highlighted: {passage:?}");
            assert!(h.score >= HIGHLIGHT_FROM && !h.reasons.is_empty(), "{h:?}");
        }
        assert!(out.highlights.windows(2).all(|w| w[0].end <= w[1].start), "in reading order");
        assert!(out.highlights.iter().any(|h| h.reasons.contains(&"stock phrase \"tapestry\"".to_owned())), "{:?}", out.highlights);
    }

    #[test]
    fn short_text_is_not_judged() {
        let out = run("Furthermore, this is short. It is only a few words. Nothing more.");
        assert!(out.evidence.is_empty());
        assert_eq!(out.model.unwrap().score, None);
        assert!(out.signals[0].detail.contains("too short"));
    }
}
