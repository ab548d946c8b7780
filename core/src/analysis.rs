//! The pipeline: segment, detect, score, explain.

use std::ops::Range;

use crate::detect::{Cue, Detector};
use crate::explain::explain;
use crate::score::{level, score, Level};
use crate::segment::split;

/// One analysed sentence. Offsets are bytes into the analysed text.
#[derive(Clone, Debug, PartialEq)]
pub struct Sentence {
    pub range: Range<usize>,
    /// Cue offsets are absolute (into the whole text), like `range`.
    pub cues: Vec<Cue>,
    pub level: Level,
    pub score: f32,
    /// Holds a speculation, belief, condition or investigation cue.
    pub uncertain: bool,
    pub explanation: String,
}

/// Analyses one sentence as given (no segmentation).
pub fn analyze_sentence(text: &str) -> Sentence {
    analyze_sentence_with(text, &Detector::builtin())
}

/// [`analyze_sentence`] with another detector (cross-validation).
pub fn analyze_sentence_with(text: &str, detector: &Detector) -> Sentence {
    let cues = detector.detect(text);
    let level = level(&cues);
    Sentence {
        range: 0..text.len(),
        level,
        score: score(&cues),
        uncertain: cues.iter().any(|c| c.category.is_uncertainty()),
        explanation: explain(text, &cues, level),
        cues,
    }
}

/// Segments a document and analyses each sentence.
pub fn analyze(text: &str) -> Vec<Sentence> {
    split(text)
        .into_iter()
        .map(|range| {
            let mut s = analyze_sentence(&text[range.clone()]);
            for c in &mut s.cues {
                c.start += range.start;
                c.end += range.start;
            }
            s.range = range;
            s
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
        assert_eq!(doc[0].level, Level::ASSERTED);
        assert_eq!(doc[1].level, Level::HEDGED);
    }

    #[test]
    fn attribution_alone_is_not_uncertain() {
        let s = analyze_sentence("Kim said six officers died.");
        assert!(!s.uncertain);
        assert_eq!(s.level, Level::ATTRIBUTED);
    }
}
