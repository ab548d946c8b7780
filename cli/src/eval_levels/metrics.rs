//! The scores: level agreement and the confusion matrix, Cohen's kappa, cue
//! precision and recall by category, and source spans where the gold
//! annotates them.

use std::collections::BTreeMap;

use hedgelight_core::report::SentenceReport;

use super::gold::{GoldLevel, GoldLine, GoldSource};
use super::{Article, Shown};
use crate::span::Span;

/// Index of a level in the confusion matrix: 0 for none, then 1–5; 6 for missed.
pub const MISSED: usize = 6;
pub const LABELS: [&str; 7] = ["none", "1", "2", "3", "4", "5", "missed"];

fn slot(level: GoldLevel) -> usize {
    level.map_or(0, usize::from)
}

#[derive(Default)]
pub struct Scores {
    /// Rows gold (none, 1–5), columns shown (none, 1–5, missed).
    pub confusion: [[usize; 7]; 6],
    pub claims: usize,
    pub exact: usize,
    pub within_one: usize,
    pub le2: usize,
    pub le2_kept: usize,
    pub le3: usize,
    pub le3_surer: usize,
    pub none: usize,
    pub none_kept: usize,
    pub missed: usize,
    pub stray: usize,
    /// Per category name.
    pub cues: BTreeMap<&'static str, CueCounts>,
    pub sources: SourceScores,
}

/// The cues of one category.
#[derive(Clone, Copy, Default)]
pub struct CueCounts {
    /// Gold cues, and how many of them a shown cue overlaps.
    pub gold: usize,
    pub found: usize,
    /// Shown cues, and how many of them overlap a gold cue.
    pub shown: usize,
    pub right: usize,
}

/// Source spans, where the gold annotates them: overlap of the span, and
/// named against unnamed where the spans overlap.
#[derive(Default)]
pub struct SourceScores {
    pub gold: usize,
    pub found: usize,
    pub shown: usize,
    pub right: usize,
    pub named_agree: usize,
}

/// A cue as the scores compare it: its category and where it stands.
struct CueSpan {
    category: &'static str,
    span: Span,
}

impl Scores {
    pub fn add(&mut self, a: &Article) {
        self.stray += a.alignment.stray;
        for segment in a.segments() {
            let g = segment.gold;
            self.add_level(g.level, segment.shown());
            // The annotation names sources for attributed and hedged claims.
            let sourced_level = matches!(g.level, Some(3 | 4));
            if let Some(gold_source) = g.source.as_ref().filter(|_| sourced_level) {
                self.add_source(g, gold_source.as_ref(), segment.prediction);
            }
        }
        self.add_cues(a);
    }

    fn add_source(
        &mut self,
        g: &GoldLine,
        gold: Option<&GoldSource>,
        shown: Option<&SentenceReport>,
    ) {
        // Quote continuations show their speaker's source from another
        // sentence; gold names a source only inside its own sentence.
        let shown = shown
            .and_then(|s| s.source.as_ref())
            .filter(|s| s.start >= g.start && s.end <= g.end);
        let gold_span = gold.and_then(|gs| Some((g.find(&gs.text)?, gs.named)));
        let s = &mut self.sources;
        s.gold += usize::from(gold_span.is_some());
        s.shown += usize::from(shown.is_some());
        if let (Some((span, named)), Some(p)) = (gold_span, shown) {
            let shown_span = Span {
                start: p.start,
                end: p.end,
            };
            if span.shared(shown_span) > 0 {
                s.found += 1;
                s.right += 1;
                s.named_agree += usize::from(named == p.named);
            }
        }
    }

    pub fn add_level(&mut self, gold: GoldLevel, predicted: Shown) {
        self.confusion[slot(gold)][predicted.map_or(MISSED, slot)] += 1;
        self.missed += usize::from(predicted.is_none());
        let shown = predicted.flatten();
        let Some(g) = gold else {
            self.none += 1;
            self.none_kept += usize::from(predicted == Some(None));
            return;
        };
        self.claims += 1;
        self.exact += usize::from(shown == Some(g));
        self.within_one += usize::from(shown.is_some_and(|p| p.abs_diff(g) <= 1));
        if g <= 2 {
            self.le2 += 1;
            self.le2_kept += usize::from(shown.is_some_and(|p| p <= 2));
        }
        if g <= 3 {
            self.le3 += 1;
            self.le3_surer += usize::from(shown.is_some_and(|p| p >= 4));
        }
    }

    /// Cue precision and recall by category: a cue is found when a predicted
    /// cue of the same category overlaps it, anywhere in the article.
    fn add_cues(&mut self, a: &Article) {
        let gold: Vec<CueSpan> = a
            .gold
            .iter()
            .flat_map(|g| {
                g.cues.iter().filter_map(move |c| {
                    Some(CueSpan {
                        category: c.category.as_str(),
                        span: g.find(&c.text)?,
                    })
                })
            })
            .collect();
        let predicted: Vec<CueSpan> = a
            .predicted
            .iter()
            .flat_map(|s| &s.cues)
            .map(|c| CueSpan {
                category: c.category.as_str(),
                span: Span {
                    start: c.start,
                    end: c.end,
                },
            })
            .collect();
        let hit = |x: &CueSpan, ys: &[CueSpan]| {
            ys.iter()
                .any(|y| y.category == x.category && x.span.shared(y.span) > 0)
        };
        for g in &gold {
            let c = self.cues.entry(g.category).or_default();
            c.gold += 1;
            c.found += usize::from(hit(g, &predicted));
        }
        for p in &predicted {
            let c = self.cues.entry(p.category).or_default();
            c.shown += 1;
            c.right += usize::from(hit(p, &gold));
        }
    }

    /// Cohen's kappa of the claim levels (a `none` or missed prediction is a
    /// category of its own).
    pub fn kappa(&self) -> f64 {
        let n = self.claims as f64;
        if n == 0.0 {
            return 0.0;
        }
        let rows = &self.confusion[1..];
        let observed = (1..=5).map(|k| rows[k - 1][k]).sum::<usize>() as f64 / n;
        let expected: f64 = (0..7)
            .map(|k| {
                let gold_k: usize = if (1..=5).contains(&k) {
                    rows[k - 1].iter().sum()
                } else {
                    0
                };
                let pred_k: usize = rows.iter().map(|r| r[k]).sum();
                gold_k as f64 * pred_k as f64 / (n * n)
            })
            .sum();
        if expected >= 1.0 {
            return 1.0;
        }
        (observed - expected) / (1.0 - expected)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_agreement_doubt_and_surer() {
        let mut s = Scores::default();
        s.add_level(Some(1), Some(Some(1)));
        s.add_level(Some(2), Some(Some(4)));
        s.add_level(Some(3), Some(Some(3)));
        s.add_level(Some(5), Some(Some(4)));
        s.add_level(None, Some(None));
        s.add_level(Some(4), None);
        assert_eq!((s.claims, s.exact, s.within_one), (5, 2, 3));
        assert_eq!((s.le2, s.le2_kept, s.le3, s.le3_surer), (2, 1, 3, 1));
        assert_eq!((s.none, s.none_kept, s.missed), (1, 1, 1));
        assert_eq!(s.confusion[2][4], 1);
        assert_eq!(s.confusion[4][MISSED], 1);
    }

    #[test]
    fn kappa_is_one_for_perfect_agreement_and_zero_for_chance() {
        let mut perfect = Scores::default();
        for l in [1, 3, 4, 5, 5] {
            perfect.add_level(Some(l), Some(Some(l)));
        }
        assert!((perfect.kappa() - 1.0).abs() < 1e-9);
        // Predicting the same level for everything agrees only by chance.
        let mut constant = Scores::default();
        for l in [3, 4, 5, 5] {
            constant.add_level(Some(l), Some(Some(5)));
        }
        assert!(constant.kappa().abs() < 1e-9, "{}", constant.kappa());
    }
}
