//! What the curated lexicon says about each token, one of the tagger's
//! features: inside a lexicon phrase of uncertainty or of another category,
//! or turned down by one of the lexicon's context rules. Computed with the
//! lexicon the tagger is used (and was trained) with.

use crate::category::Category;
use crate::lexicon::{Lexicon, Match};
use crate::tokenize::Token;

/// What the curated lexicon says about a token.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum LexMark {
    #[default]
    None,
    /// An uncertainty phrase of the lexicon starts here (its rules passed).
    UncertainStart(Category),
    /// Inside an uncertainty phrase of the lexicon.
    UncertainInside,
    /// Inside a lexicon phrase of another category ("could not be verified").
    Other,
    /// A context rule of the lexicon rejected the uncertainty reading here
    /// ("May 3", "military might").
    Rejected,
}

/// What `lexicon` says about each token of a sentence.
pub fn lex_marks(text: &str, tokens: &[Token], lexicon: &Lexicon) -> Vec<LexMark> {
    marks_of(text, tokens, lexicon, &lexicon.find(text, tokens))
}

/// [`lex_marks`] from matches already found.
pub fn marks_of(
    text: &str,
    tokens: &[Token],
    lexicon: &Lexicon,
    matches: &[Match],
) -> Vec<LexMark> {
    let mut marks = vec![LexMark::None; tokens.len()];
    for m in matches {
        match lexicon.entry(m).category.filter(|c| c.is_uncertainty()) {
            Some(c) => {
                marks[m.first] = LexMark::UncertainStart(c);
                for mark in &mut marks[m.first + 1..m.last] {
                    *mark = LexMark::UncertainInside;
                }
            }
            None => {
                for mark in &mut marks[m.first..m.last] {
                    *mark = LexMark::Other;
                }
            }
        }
    }
    // Where a curated context rule said no ("May 3", "military might").
    for (i, mark) in marks.iter_mut().enumerate() {
        if *mark == LexMark::None && lexicon.rule_rejects(text, tokens, i) {
            *mark = LexMark::Rejected;
        }
    }
    marks
}
