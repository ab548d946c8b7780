//! Which predicted sentence stands for which gold segment.
//!
//! Each predicted sentence goes to the gold segment it overlaps most (ties to
//! the earlier one); a gold segment several predictions map to takes the one
//! overlapping it most. A gold segment nothing maps to is *missed*; a
//! prediction overlapping nothing is *stray*.

use hedgelight_core::report::SentenceReport;

use super::gold::GoldLine;
use crate::span::Span;

/// The predictions mapped to the gold segments.
#[derive(Debug, PartialEq)]
pub struct Alignment {
    /// For each gold segment, the index of the prediction mapped to it.
    pub mapped: Vec<Option<usize>>,
    /// How many predictions overlap no gold segment.
    pub stray: usize,
}

/// The prediction a gold segment has taken so far, and by how much it overlaps.
#[derive(Clone, Copy)]
struct Best {
    overlap: usize,
    prediction: usize,
}

pub fn align(gold: &[GoldLine], predicted: &[SentenceReport]) -> Alignment {
    let mut best: Vec<Option<Best>> = vec![None; gold.len()];
    let mut stray = 0;
    for (p, s) in predicted.iter().enumerate() {
        let shown = Span {
            start: s.start,
            end: s.end,
        };
        // Gold and predictions are both in text order, but a linear scan keeps
        // the tie rule (earlier gold segment) obvious; the sets are small.
        let (most, g) = gold
            .iter()
            .enumerate()
            .map(|(i, g)| (shown.shared(g.span()), i))
            .fold((0, 0), |acc, x| if x.0 > acc.0 { x } else { acc });
        if most == 0 {
            stray += 1;
        } else if best[g].is_none_or(|b| most > b.overlap) {
            best[g] = Some(Best {
                overlap: most,
                prediction: p,
            });
        }
    }
    Alignment {
        mapped: best.into_iter().map(|b| b.map(|b| b.prediction)).collect(),
        stray,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use hedgelight_core::report::document_report;

    fn gold(start: usize, end: usize, text: &str, level: Option<u8>) -> GoldLine {
        GoldLine {
            start,
            end,
            text: text.into(),
            level,
            cues: Vec::new(),
            reason: String::new(),
            source: None,
        }
    }

    #[test]
    fn maps_each_prediction_to_the_gold_segment_it_overlaps_most() {
        let text = "Storm hits\n\nIt may rain. Kim said so.";
        let predicted = document_report(text).sentences;
        let g = vec![
            gold(0, 10, "Storm hits", None),
            gold(12, 37, "It may rain. Kim said so.", Some(3)),
        ];
        let a = align(&g, &predicted);
        assert_eq!(a.stray, 0);
        assert_eq!(a.mapped[0], Some(0));
        // Two predictions overlap the second gold segment; the longer one wins.
        assert_eq!(a.mapped[1], Some(1));
    }

    #[test]
    fn a_prediction_outside_the_gold_is_stray_and_a_segment_without_one_missed() {
        let predicted = document_report("It may rain. Kim said so.").sentences;
        let g = vec![gold(13, 25, "Kim said so.", Some(4))];
        let a = align(&g, &predicted);
        assert_eq!(
            a,
            Alignment {
                mapped: vec![Some(1)],
                stray: 1
            }
        );
        let a = align(&[gold(40, 50, "Elsewhere.", Some(5))], &predicted);
        assert_eq!(a.mapped, [None]);
        assert_eq!(a.stray, 2);
    }
}
