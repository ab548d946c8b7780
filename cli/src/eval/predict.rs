//! What the `hedgelight lines` pipeline says about one sentence, in the terms
//! the CoNLL-2010 scores need.

use hedgelight_core::internals::analyze_sentence_with;
use hedgelight_core::internals::Detector;
use hedgelight_core::offsets::char_offset;
use hedgelight_core::Category;

use crate::span::Span;

/// What the pipeline said about one sentence.
#[derive(Clone, Debug, Default)]
pub struct Prediction {
    pub uncertain: bool,
    pub cues: Vec<PredictedCue>,
}

/// A cue that counts in the CoNLL-2010 sense (character offsets).
#[derive(Clone, Copy, Debug)]
pub struct PredictedCue {
    pub span: Span,
    pub category: Category,
}

/// Runs one line through the `hedgelight lines` pipeline.
pub fn predict(text: &str) -> Prediction {
    predict_with(text, &Detector::builtin())
}

/// [`predict`] with another detector (a fold's tagger).
pub fn predict_with(text: &str, detector: &Detector) -> Prediction {
    // `lines` reads one sentence per line: a line break cannot be inside one.
    let line: String;
    let text = if text.contains(['\n', '\r']) {
        line = text.replace(['\n', '\r'], " ");
        &line
    } else {
        text
    };
    // The analysis `lines` prints, with the cues that count in the CoNLL-2010
    // sense: the reader-only hedges shape the level, not these.
    let s = analyze_sentence_with(text, detector);
    Prediction {
        uncertain: s.uncertain,
        cues: s
            .conll_cues
            .into_iter()
            .map(|c| PredictedCue {
                span: Span {
                    start: char_offset(text, c.start),
                    end: char_offset(text, c.end),
                },
                category: c.category,
            })
            .collect(),
    }
}
