//! The pipeline: segment, classify, detect, score, explain.

use std::ops::Range;

use crate::detect::{Cue, Detector};
use crate::explain::{explain, explain_non_claim};
use crate::kind::{classify, Kind};
use crate::score::{level, score, Level};
use crate::segment::split;

/// One analysed sentence. Offsets are bytes into the analysed text.
#[derive(Clone, Debug, PartialEq)]
pub struct Sentence {
    pub range: Range<usize>,
    /// A claim, or a heading, dateline, signpost or metadata line, which
    /// gets no level, no score and no cues.
    pub kind: Kind,
    /// Cue offsets are absolute (into the whole text), like `range`.
    pub cues: Vec<Cue>,
    /// `None` exactly when the segment is not a claim.
    pub level: Option<Level>,
    pub score: Option<f32>,
    /// Holds a speculation, belief, condition or investigation cue.
    pub uncertain: bool,
    pub explanation: String,
}

/// Analyses one sentence as given (no segmentation); it is always a claim.
pub fn analyze_sentence(text: &str) -> Sentence {
    analyze_sentence_with(text, &Detector::builtin())
}

/// [`analyze_sentence`] with another detector (cross-validation).
pub fn analyze_sentence_with(text: &str, detector: &Detector) -> Sentence {
    claim(text, 0..text.len(), detector.detect(text))
}

fn claim(text: &str, range: Range<usize>, cues: Vec<Cue>) -> Sentence {
    let level = level(&cues);
    Sentence {
        range,
        kind: Kind::Claim,
        level: Some(level),
        score: Some(score(&cues)),
        uncertain: cues.iter().any(|c| c.conll && c.category.is_uncertainty()),
        explanation: explain(text, &cues, level),
        cues,
    }
}

/// Segments a document and analyses each sentence.
pub fn analyze(text: &str) -> Vec<Sentence> {
    let detector = Detector::builtin();
    let ranges = split(text);
    let kinds = classify(text, &ranges);
    ranges
        .into_iter()
        .zip(kinds)
        .map(|(range, kind)| {
            if !kind.is_claim() {
                return Sentence {
                    range,
                    kind,
                    cues: Vec::new(),
                    level: None,
                    score: None,
                    uncertain: false,
                    explanation: explain_non_claim(kind),
                };
            }
            let sentence = &text[range.clone()];
            let mut cues = detector.detect(sentence);
            for c in &mut cues {
                c.start += range.start;
                c.end += range.start;
            }
            claim(text, range, cues)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Category;

    #[test]
    fn cue_offsets_are_absolute() {
        let text = "Kim met Putin. Troops may follow.";
        let doc = analyze(text);
        assert_eq!(doc.len(), 2);
        let cue = &doc[1].cues[0];
        assert_eq!(&text[cue.start..cue.end], "may");
        assert_eq!(cue.category, Category::Speculation);
        assert!(doc[1].uncertain && !doc[0].uncertain);
        assert_eq!(doc[0].level, Some(Level::ASSERTED));
        assert_eq!(doc[1].level, Some(Level::HEDGED));
    }

    #[test]
    fn attribution_alone_is_not_uncertain() {
        let s = analyze_sentence("Kim said six officers died.");
        assert!(!s.uncertain);
        assert_eq!(s.level, Some(Level::ATTRIBUTED));
    }

    #[test]
    fn headings_get_no_level_score_or_cues() {
        let text = "Apple denies heart attack report\n\nApple denied the report.";
        let doc = analyze(text);
        assert_eq!(doc[0].kind, Kind::Heading);
        assert_eq!((doc[0].level, doc[0].score), (None, None));
        assert!(doc[0].cues.is_empty());
        assert_eq!(doc[1].level, Some(Level::DISPUTED));
    }
}
