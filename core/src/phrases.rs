//! Leftmost-longest matching of word sequences over tokens, shared by the cue
//! lexicon and the tagger's phrase vocabulary.
//!
//! An index from first word to phrases (longest first) keeps the scan linear
//! in practice; matching on normalized tokens settles word boundaries,
//! clitics and curly apostrophes once, in the tokenizer.

use rustc_hash::FxHashMap as HashMap;

use crate::tokenize::Token;

/// First word -> phrase indices, longest phrase first (ties in index order).
#[derive(Clone, Debug, Default)]
pub struct PhraseIndex {
    by_first: HashMap<String, Vec<usize>>,
}

/// Phrase `index` found at tokens `first..last`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PhraseMatch {
    pub index: usize,
    pub first: usize,
    pub last: usize,
}

impl PhraseIndex {
    /// Indexes phrases given as their normalized words; empty phrases are skipped.
    pub fn new<'w>(phrases: impl IntoIterator<Item = &'w [String]>) -> PhraseIndex {
        let mut by_first: HashMap<String, Vec<(usize, usize)>> = HashMap::default();
        for (i, words) in phrases.into_iter().enumerate() {
            if let Some(w) = words.first() {
                by_first
                    .entry(w.clone())
                    .or_default()
                    .push((i, words.len()));
            }
        }
        let by_first = by_first
            .into_iter()
            .map(|(w, mut list)| {
                list.sort_by_key(|&(i, len)| (std::cmp::Reverse(len), i));
                (w, list.into_iter().map(|(i, _)| i).collect())
            })
            .collect();
        PhraseIndex { by_first }
    }

    /// Leftmost-longest, non-overlapping occurrences. `words_of(i)` gives phrase
    /// `i`'s words; `accept(i, first, last)` may veto an occurrence (context
    /// rules), in which case shorter phrases at the same place are tried.
    pub fn find<'w>(
        &self,
        tokens: &[Token],
        words_of: impl Fn(usize) -> &'w [String],
        accept: impl Fn(usize, usize, usize) -> bool,
    ) -> Vec<PhraseMatch> {
        let mut out = Vec::new();
        let mut i = 0;
        while i < tokens.len() {
            let found = self.by_first.get(&tokens[i].norm).and_then(|list| {
                list.iter().copied().find_map(|p| {
                    let words = words_of(p);
                    let end = i + words.len();
                    let matched = spells(tokens, i, words) && accept(p, i, end);
                    matched.then_some(PhraseMatch {
                        index: p,
                        first: i,
                        last: end,
                    })
                })
            });
            match found {
                Some(m) => {
                    out.push(m);
                    i = m.last;
                }
                None => i += 1,
            }
        }
        out
    }
}

/// Whether the tokens from `at` on spell `words` (normalized words), all of
/// them inside `tokens`.
pub fn spells(tokens: &[Token], at: usize, words: &[String]) -> bool {
    tokens
        .get(at..at + words.len())
        .is_some_and(|span| span.iter().zip(words).all(|(t, w)| &t.norm == w))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokenize::tokenize;

    fn phrases(list: &[&str]) -> Vec<Vec<String>> {
        list.iter()
            .map(|p| tokenize(p).into_iter().map(|t| t.norm).collect())
            .collect()
    }

    #[test]
    fn longest_first_then_leftmost_without_overlap() {
        let ps = phrases(&["highly", "highly likely", "likely", "not"]);
        let index = PhraseIndex::new(ps.iter().map(Vec::as_slice));
        let tokens = tokenize("It is highly likely, not likely.");
        let found: Vec<usize> = index
            .find(&tokens, |i| &ps[i], |_, _, _| true)
            .iter()
            .map(|m| m.index)
            .collect();
        assert_eq!(found, [1, 3, 2]);
    }

    #[test]
    fn a_vetoed_phrase_gives_way_to_a_shorter_one() {
        let ps = phrases(&["highly", "highly likely"]);
        let index = PhraseIndex::new(ps.iter().map(Vec::as_slice));
        let tokens = tokenize("highly likely");
        let found = index.find(&tokens, |i| &ps[i], |i, _, _| i != 1);
        assert_eq!(
            found,
            [PhraseMatch {
                index: 0,
                first: 0,
                last: 1
            }]
        );
    }
}
