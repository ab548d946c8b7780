//! Scoring a grouping against a hand grouping: the hand grouping's format
//! and pairwise precision and recall.

use std::collections::HashSet;

use super::{Group, Text};
use crate::analysis::Sentence;
use crate::kind::Kind;

/// A hand grouping, as in `core/tests/fixtures/compare-groups.json`:
/// `{"groups": [{"name", "reason", "members": [{"file", "text"}]}]}`, a
/// member being the claim sentence of the text titled `file` that contains
/// `text`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "serde", derive(serde::Deserialize))]
pub struct HandGrouping {
    /// The claims, each with the sentences that tell it.
    pub groups: Vec<HandGroup>,
}

/// One claim of a [`HandGrouping`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "serde", derive(serde::Deserialize))]
pub struct HandGroup {
    /// A short name for the claim, for messages.
    pub name: String,
    /// Why these sentences tell one claim, in a line.
    #[cfg_attr(feature = "serde", serde(default))]
    pub reason: String,
    /// The sentences that tell it.
    pub members: Vec<HandMember>,
}

/// One sentence of a [`HandGroup`]: the claim sentence of the text titled
/// `file` that contains `text`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "serde", derive(serde::Deserialize))]
pub struct HandMember {
    /// The [`Text::title`](super::Text::title) of its text.
    pub file: String,
    /// Words of the sentence, enough to tell it from the text's others.
    pub text: String,
}

/// A sentence by (text index, sentence index in [`crate::analyze`]'s output).
pub type SentenceKey = (usize, usize);

impl HandGrouping {
    /// Each group's members as [`SentenceKey`]s. Each member must name a
    /// text among `texts` (by title) and match exactly one claim sentence.
    pub fn resolve(
        &self,
        texts: &[Text],
        analysed: &[Vec<Sentence>],
    ) -> Result<Vec<Vec<SentenceKey>>, String> {
        self.groups
            .iter()
            .map(|g| {
                g.members
                    .iter()
                    .map(|m| {
                        let t = texts
                            .iter()
                            .position(|t| t.title == m.file)
                            .ok_or_else(|| {
                                format!("group {:?}: no text named {:?} was given", g.name, m.file)
                            })?;
                        let text = texts[t].text;
                        let found: Vec<usize> = analysed[t]
                            .iter()
                            .enumerate()
                            .filter(|(_, s)| {
                                s.kind == Kind::Claim && text[s.range.clone()].contains(&m.text)
                            })
                            .map(|(i, _)| i)
                            .collect();
                        match found[..] {
                            [s] => Ok((t, s)),
                            [] => Err(format!(
                                "group {:?}: no claim sentence of {} contains {:?}",
                                g.name, m.file, m.text
                            )),
                            _ => Err(format!(
                                "group {:?}: {} claim sentences of {} contain {:?}",
                                g.name,
                                found.len(),
                                m.file,
                                m.text
                            )),
                        }
                    })
                    .collect()
            })
            .collect()
    }
}

/// The groups' members as [`SentenceKey`]s, to score with [`PairScores`].
pub fn keys(groups: &[Group]) -> Vec<Vec<SentenceKey>> {
    groups
        .iter()
        .map(|g| g.members.iter().map(|m| (m.text, m.sentence)).collect())
        .collect()
}

/// Pairwise agreement of a grouping with a hand grouping: of the pairs of
/// sentences placed together, how many the hand grouping also puts
/// together (precision), and of its pairs how many were found (recall).
/// Sentences are any comparable keys; a hand group may share sentences with
/// another (a sentence that reports two claims).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PairScores {
    /// Pairs the grouping puts together.
    pub found: usize,
    /// Pairs the hand grouping puts together.
    pub gold: usize,
    /// Pairs both put together.
    pub correct: usize,
}

impl PairScores {
    /// Counts the pairs of `found` (the groups found, as keys) against those
    /// of `gold` (the hand groups).
    pub fn new<K: Ord + Clone + std::hash::Hash>(found: &[Vec<K>], gold: &[Vec<K>]) -> PairScores {
        let pairs = |groups: &[Vec<K>]| -> HashSet<(K, K)> {
            let mut out = HashSet::new();
            for g in groups {
                for (i, a) in g.iter().enumerate() {
                    for b in &g[i + 1..] {
                        if a != b {
                            out.insert(if a < b {
                                (a.clone(), b.clone())
                            } else {
                                (b.clone(), a.clone())
                            });
                        }
                    }
                }
            }
            out
        };
        let (f, g) = (pairs(found), pairs(gold));
        PairScores {
            found: f.len(),
            gold: g.len(),
            correct: f.intersection(&g).count(),
        }
    }

    /// `correct / found` (0 when nothing was found).
    pub fn precision(&self) -> f64 {
        ratio(self.correct, self.found)
    }

    /// `correct / gold` (0 when the hand grouping has no pair).
    pub fn recall(&self) -> f64 {
        ratio(self.correct, self.gold)
    }

    /// The harmonic mean of precision and recall.
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pair_scores_count_pairs_placed_together() {
        let found = vec![vec![1, 2, 3], vec![4, 5]];
        let gold = vec![vec![1, 2], vec![3, 4, 5]];
        let s = PairScores::new(&found, &gold);
        assert_eq!((s.found, s.gold, s.correct), (4, 4, 2));
        assert_eq!(s.precision(), 0.5);
        assert_eq!(s.recall(), 0.5);
        assert_eq!(s.f1(), 0.5);
        let none = PairScores::new::<u8>(&[], &[]);
        assert_eq!(
            (none.precision(), none.recall(), none.f1()),
            (0.0, 0.0, 0.0)
        );
    }
}
