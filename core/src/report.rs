//! The JSON shapes of `hedgelight lines` and `hedgelight analyze`, shared by
//! the command-line program and the widget's `analyze()` so both print the
//! same thing. Offsets here count Unicode scalar values (characters), as
//! Python and JavaScript readers of the JSON expect, not bytes.

use serde::Serialize;

use crate::analysis::{analyze, analyze_sentence_with, Sentence};
use crate::category::Category;
use crate::detect::Detector;
use crate::kind::Kind;
use crate::offsets::{chars_between, CharCounter};
use crate::score::Level;
use crate::source::Source;

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct CueReport {
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub category: Category,
}

/// Who a sentence's claim is attributed to (character offsets).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct SourceReport {
    pub text: String,
    pub start: usize,
    pub end: usize,
    /// A person or an identifiable body; false for "two officials", "sources".
    pub named: bool,
    /// Whom the source cites ("citing sources in military intelligence"):
    /// each with `text`, `start`, `end`, `named` and an empty `via`.
    pub via: Vec<SourceReport>,
}

impl SourceReport {
    /// The source with offsets in characters, counted from `byte` of `text`,
    /// which is character `chars`.
    fn new(text: &str, src: &Source, byte: usize, chars: usize) -> SourceReport {
        SourceReport {
            text: text[src.start..src.end].to_string(),
            start: chars + chars_between(text, byte, src.start),
            end: chars + chars_between(text, byte, src.end),
            named: src.named,
            via: src
                .via
                .iter()
                .map(|v| SourceReport::new(text, v, byte, chars))
                .collect(),
        }
    }
}

/// One line of `hedgelight lines`.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct LineReport {
    pub uncertain: bool,
    pub level: Level,
    pub score: f32,
    pub cues: Vec<CueReport>,
    pub source: Option<SourceReport>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct SentenceReport {
    pub text: String,
    pub start: usize,
    pub end: usize,
    /// `null` for a segment that is not a claim; `kind` says what it is.
    pub level: Option<Level>,
    pub score: Option<f32>,
    pub kind: Kind,
    pub uncertain: bool,
    pub cues: Vec<CueReport>,
    pub explanation: String,
    /// `null` when the sentence reports no source.
    pub source: Option<SourceReport>,
}

/// The output of `hedgelight analyze`.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct DocumentReport {
    pub sentences: Vec<SentenceReport>,
    /// Level names, lowest (least confident) first.
    pub levels: Vec<&'static str>,
}

/// The cues of a sentence that starts at byte `base` of `text`, which is
/// character `base_chars`. Offsets are counted from the sentence start, in
/// increasing order, so the cost is bounded by the sentence's length however
/// the cues overlap.
fn cue_reports(text: &str, sentence: &Sentence, base: usize, base_chars: usize) -> Vec<CueReport> {
    let bytes: Vec<usize> = sentence
        .cues
        .iter()
        .flat_map(|c| [c.start, c.end])
        .collect();
    let mut order: Vec<usize> = (0..bytes.len()).collect();
    order.sort_by_key(|&i| bytes[i]);
    let mut chars = vec![0; bytes.len()];
    let (mut at, mut count) = (base, base_chars);
    for i in order {
        if bytes[i] > at {
            count += chars_between(text, at, bytes[i]);
            at = bytes[i];
        }
        chars[i] = count;
    }
    sentence
        .cues
        .iter()
        .zip(chars.chunks_exact(2))
        .map(|(c, offsets)| CueReport {
            start: offsets[0],
            end: offsets[1],
            text: text.get(c.start..c.end).unwrap_or_default().to_string(),
            category: c.category,
        })
        .collect()
}

pub fn line_report(line: &str) -> LineReport {
    line_report_with(line, &Detector::builtin())
}

/// [`line_report`] with another detector: `hedgelight eval --folds` scores
/// each fold through this with a tagger trained on the other folds.
pub fn line_report_with(line: &str, detector: &Detector) -> LineReport {
    let s = analyze_sentence_with(line, detector);
    LineReport {
        uncertain: s.uncertain,
        // A line is always analysed as a claim.
        level: s.level.unwrap_or(Level::ASSERTED),
        score: s.score.unwrap_or(1.0),
        cues: cue_reports(line, &s, 0, 0),
        source: s
            .source
            .as_ref()
            .map(|src| SourceReport::new(line, src, 0, 0)),
    }
}

pub fn document_report(text: &str) -> DocumentReport {
    document_report_of(text, analyze(text))
}

/// The report of `text` from its analysis by [`analyze`], for a caller that
/// uses the analysis too (`hedgelight compare`).
pub fn document_report_of(text: &str, analysed: Vec<Sentence>) -> DocumentReport {
    // Byte and character offsets of each sentence's start. A source lies in
    // its own sentence or in the one a quotation names it in, and is counted
    // from that sentence's start: linear however many sentences carry one.
    let mut counter = CharCounter::new(text);
    let starts: Vec<(usize, usize)> = analysed
        .iter()
        .map(|s| (s.range.start, counter.at(s.range.start)))
        .collect();
    let mut counter = CharCounter::new(text);
    let sentences = analysed
        .into_iter()
        .enumerate()
        .map(|(i, s)| {
            let start = counter.at(s.range.start);
            let cues = cue_reports(text, &s, s.range.start, start);
            let end = counter.at(s.range.end);
            let source = s.source.as_ref().map(|src| {
                let (byte, chars) = starts[s.source_from.unwrap_or(i)];
                SourceReport::new(text, src, byte, chars)
            });
            SentenceReport {
                text: text[s.range.clone()].to_string(),
                start,
                end,
                level: s.level,
                score: s.score,
                kind: s.kind,
                uncertain: s.uncertain,
                cues,
                explanation: s.explanation,
                source,
            }
        })
        .collect();
    DocumentReport {
        sentences,
        levels: Level::all().map(Level::name).collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_count_characters_not_bytes() {
        let line = "“Это” — it may rain.";
        let r = line_report(line);
        let cue = &r.cues[0];
        let chars: Vec<char> = line.chars().collect();
        assert_eq!(chars[cue.start..cue.end].iter().collect::<String>(), "may");
        assert_eq!(cue.text, "may");
    }

    #[test]
    fn document_offsets_index_the_input_by_character() {
        let text = "Kim’s aide spoke. “It is highly likely,” he said.";
        let r = document_report(text);
        let chars: Vec<char> = text.chars().collect();
        assert_eq!(r.sentences.len(), 2);
        for s in &r.sentences {
            assert_eq!(chars[s.start..s.end].iter().collect::<String>(), s.text);
            for c in &s.cues {
                assert_eq!(chars[c.start..c.end].iter().collect::<String>(), c.text);
            }
        }
        assert_eq!(r.levels.len(), usize::from(Level::COUNT));
    }

    #[test]
    fn overlapping_cues_after_wide_characters_keep_their_offsets() {
        // "allegedly" is attribution and a tagged cue: two cues, one span,
        // in a sentence after others with multi-byte characters.
        let text = "Kim’s “aide” spoke. Это — 😀. The officers were allegedly killed, \
                    reportedly by “unnamed” sources who may have lied.";
        let r = document_report(text);
        let chars: Vec<char> = text.chars().collect();
        let cues: Vec<&CueReport> = r.sentences.iter().flat_map(|s| &s.cues).collect();
        assert!(cues.iter().filter(|c| c.text == "allegedly").count() >= 1);
        for c in cues {
            assert_eq!(chars[c.start..c.end].iter().collect::<String>(), c.text);
        }
        let line = "Это — the officers were allegedly killed, reportedly.";
        let chars: Vec<char> = line.chars().collect();
        for c in line_report(line).cues {
            assert_eq!(chars[c.start..c.end].iter().collect::<String>(), c.text);
        }
    }

    #[test]
    fn sources_carry_character_offsets_in_quote_continuations_too() {
        let text = "Это — “Kim’s aide said, “It was bad. It was worse.” Troops left.";
        let r = document_report(text);
        let chars: Vec<char> = text.chars().collect();
        let with_source: Vec<&SentenceReport> =
            r.sentences.iter().filter(|s| s.source.is_some()).collect();
        assert!(with_source.len() >= 2, "{:?}", r.sentences);
        for s in with_source {
            let src = s.source.as_ref().unwrap();
            assert_eq!(
                chars[src.start..src.end].iter().collect::<String>(),
                src.text
            );
            assert_eq!(src.text, "Kim’s aide");
            assert!(src.named);
        }
    }

    #[test]
    fn serializes_to_the_documented_shape() {
        let v = serde_json::to_value(line_report("It may rain.")).unwrap();
        assert_eq!(v["uncertain"], true);
        assert_eq!(v["level"], 3);
        assert_eq!(v["cues"][0]["category"], "speculation");
        assert_eq!(v["cues"][0]["start"], 3);
        assert_eq!(v["cues"][0]["end"], 6);
        assert!(v["score"].is_number());
    }
}
