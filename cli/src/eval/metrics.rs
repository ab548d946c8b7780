//! The scores: sentence-level precision, recall and F1 of the uncertain class
//! (CoNLL-2010 Task 1) and accuracy; cue spans, category-blind, exact (same
//! character span) and by overlap (a predicted cue counts when it overlaps a
//! gold cue, a gold cue when some predicted cue overlaps it).

use hedgelight_core::offsets::char_offset;

use super::predict::Prediction;
use crate::span::Span;
use crate::xml::GoldSentence;

/// A sentence's gold cues as character spans, as predictions give them.
pub fn gold_spans(gold: &GoldSentence) -> Vec<Span> {
    gold.cues
        .iter()
        .map(|c| Span {
            start: char_offset(&gold.text, c.start),
            end: char_offset(&gold.text, c.end),
        })
        .collect()
}

pub fn predicted_spans(pred: &Prediction) -> Vec<Span> {
    pred.cues.iter().map(|c| c.span).collect()
}

/// Precision, recall and F1.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Prf {
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
}

/// `hit_p` of `pred` predictions right, `hit_r` of `gold` found.
fn prf(hit_p: usize, pred: usize, hit_r: usize, gold: usize) -> Prf {
    let p = if pred == 0 {
        0.0
    } else {
        hit_p as f64 / pred as f64
    };
    let r = if gold == 0 {
        0.0
    } else {
        hit_r as f64 / gold as f64
    };
    let f = if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    };
    Prf {
        precision: p,
        recall: r,
        f1: f,
    }
}

/// Counts over scored sentences, summed with [`Counts::add`].
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Counts {
    pub sentences: usize,
    pub tp: usize,
    pub fp: usize,
    pub fn_: usize,
    pub tn: usize,
    pub cues_gold: usize,
    pub cues_pred: usize,
    pub exact: usize,
    pub overlap_pred: usize,
    pub overlap_gold: usize,
}

impl Counts {
    pub fn add(&mut self, o: &Counts) {
        self.sentences += o.sentences;
        self.tp += o.tp;
        self.fp += o.fp;
        self.fn_ += o.fn_;
        self.tn += o.tn;
        self.cues_gold += o.cues_gold;
        self.cues_pred += o.cues_pred;
        self.exact += o.exact;
        self.overlap_pred += o.overlap_pred;
        self.overlap_gold += o.overlap_gold;
    }

    /// Scores one sentence.
    pub fn score(gold: &GoldSentence, pred: &Prediction) -> Counts {
        let g_unc = gold.uncertain();
        let gold_spans = gold_spans(gold);
        let pred_spans = predicted_spans(pred);
        Counts {
            sentences: 1,
            tp: usize::from(g_unc && pred.uncertain),
            fp: usize::from(!g_unc && pred.uncertain),
            fn_: usize::from(g_unc && !pred.uncertain),
            tn: usize::from(!g_unc && !pred.uncertain),
            cues_gold: gold_spans.len(),
            cues_pred: pred_spans.len(),
            exact: pred_spans.iter().filter(|p| gold_spans.contains(p)).count(),
            overlap_pred: pred_spans
                .iter()
                .filter(|&&p| gold_spans.iter().any(|&g| p.overlaps(g)))
                .count(),
            overlap_gold: gold_spans
                .iter()
                .filter(|&&g| pred_spans.iter().any(|&p| p.overlaps(g)))
                .count(),
        }
    }

    /// Sentence-level precision, recall, F1 of the uncertain class.
    pub fn sentence_prf(&self) -> Prf {
        prf(self.tp, self.tp + self.fp, self.tp, self.tp + self.fn_)
    }

    pub fn accuracy(&self) -> f64 {
        if self.sentences == 0 {
            0.0
        } else {
            (self.tp + self.tn) as f64 / self.sentences as f64
        }
    }

    pub fn exact_prf(&self) -> Prf {
        prf(self.exact, self.cues_pred, self.exact, self.cues_gold)
    }

    pub fn overlap_prf(&self) -> Prf {
        prf(
            self.overlap_pred,
            self.cues_pred,
            self.overlap_gold,
            self.cues_gold,
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::eval::predict::PredictedCue;
    use crate::xml;
    use hedgelight_core::Category;

    fn cue(start: usize, end: usize) -> PredictedCue {
        PredictedCue {
            span: Span { start, end },
            category: Category::Speculation,
        }
    }

    #[test]
    fn scores_spans_exactly_and_by_overlap() {
        let c = xml::parse(
            "t",
            "<Document><Sentence id='1'>It may well <ccue type='x'>rain</ccue> if so.</Sentence></Document>",
        )
        .unwrap();
        let s = &c.documents[0].sentences[0];
        let pred = Prediction {
            uncertain: true,
            cues: vec![cue(3, 6), cue(7, 16)],
        };
        let n = Counts::score(s, &pred);
        assert_eq!((n.tp, n.cues_pred, n.cues_gold), (1, 2, 1));
        assert_eq!((n.exact, n.overlap_pred, n.overlap_gold), (0, 1, 1));
        let exact = Prediction {
            uncertain: true,
            cues: vec![cue(12, 16)],
        };
        assert_eq!(Counts::score(s, &exact).exact, 1);
    }
}
