//! The JSON shapes of `hedgelight lines` and `hedgelight analyze`, shared by
//! the command-line program and the widget's `analyze()` so both print the
//! same thing. Offsets here count Unicode scalar values (characters), as
//! Python and JavaScript readers of the JSON expect, not bytes.

use serde::Serialize;

use crate::analysis::{analyze, analyze_sentence, Sentence};
use crate::category::Category;
use crate::score::Level;

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct CueReport {
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub category: Category,
}

/// One line of `hedgelight lines`.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct LineReport {
    pub uncertain: bool,
    pub level: Level,
    pub score: f32,
    pub cues: Vec<CueReport>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct SentenceReport {
    pub text: String,
    pub start: usize,
    pub end: usize,
    pub level: Level,
    pub score: f32,
    pub uncertain: bool,
    pub cues: Vec<CueReport>,
    pub explanation: String,
}

/// The output of `hedgelight analyze`.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct DocumentReport {
    pub sentences: Vec<SentenceReport>,
    /// Level names, lowest (least confident) first.
    pub levels: Vec<&'static str>,
}

/// Maps byte offsets to character offsets, for offsets visited in increasing order.
struct CharCounter<'a> {
    text: &'a str,
    byte: usize,
    chars: usize,
}

impl<'a> CharCounter<'a> {
    fn new(text: &'a str) -> Self {
        CharCounter {
            text,
            byte: 0,
            chars: 0,
        }
    }

    fn at(&mut self, byte: usize) -> usize {
        if byte < self.byte {
            // Out of order (cues overlapping a sentence end): count from the start.
            return self.text[..byte].chars().count();
        }
        self.chars += self.text[self.byte..byte].chars().count();
        self.byte = byte;
        self.chars
    }
}

fn cue_reports(text: &str, sentence: &Sentence, counter: &mut CharCounter) -> Vec<CueReport> {
    sentence
        .cues
        .iter()
        .map(|c| CueReport {
            start: counter.at(c.start),
            end: counter.at(c.end),
            text: text[c.start..c.end].to_string(),
            category: c.category,
        })
        .collect()
}

pub fn line_report(line: &str) -> LineReport {
    let s = analyze_sentence(line);
    let mut counter = CharCounter::new(line);
    LineReport {
        uncertain: s.uncertain,
        level: s.level,
        score: s.score,
        cues: cue_reports(line, &s, &mut counter),
    }
}

pub fn document_report(text: &str) -> DocumentReport {
    let mut counter = CharCounter::new(text);
    let sentences = analyze(text)
        .into_iter()
        .map(|s| {
            let start = counter.at(s.range.start);
            let cues = cue_reports(text, &s, &mut counter);
            let end = counter.at(s.range.end);
            SentenceReport {
                text: text[s.range.clone()].to_string(),
                start,
                end,
                level: s.level,
                score: s.score,
                uncertain: s.uncertain,
                cues,
                explanation: s.explanation,
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
