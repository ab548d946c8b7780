//! Flat contradictions (annotation guide, rule 11): a party's words that
//! simply negate a claim the story has made, with no denial verb. "Scientology
//! officials have stated they have not received the materials", "'There was
//! no fraud,' the official said".
//!
//! A sentence counts when it has a source (its own or a quotation's speaker),
//! and a negator in it is followed, after a few function words, by a word
//! that an earlier sentence of the text used: the negation answers something
//! the story reported. Words are compared by a crude stem, so "forced"
//! answers "forced" and "force". One pass over the text with a map of the
//! stems seen so far keeps it linear.

use std::collections::HashMap;
use std::sync::OnceLock;

use crate::tokenize::{Token, TokenKind};

/// How many sentences back the negated word may have been used.
pub const REACH: usize = 12;

/// Words shorter than this are too common to answer anything.
const MIN_WORD_LEN: usize = 4;

struct Words {
    negators: Vec<String>,
    skip: Vec<String>,
    not_echo: Vec<String>,
    acts: Vec<String>,
    stakes: Vec<String>,
}

fn words() -> &'static Words {
    static WORDS: OnceLock<Words> = OnceLock::new();
    WORDS.get_or_init(|| {
        let list = |name: &str| crate::wordlists::list(data!("contradiction.txt"), name);
        Words {
            negators: list("negators"),
            skip: list("skip"),
            not_echo: list("not-echo"),
            acts: list("acts"),
            stakes: list("stakes"),
        }
    })
}

/// A crude stem: enough to match "forced" with "force" and "sensitive" with
/// "sensitivity" is not needed.
pub fn stem(word: &str) -> &str {
    for suffix in ["ing", "ed", "es", "s", "e"] {
        if let Some(s) = word.strip_suffix(suffix) {
            if s.len() >= MIN_WORD_LEN - 1 {
                return s;
            }
        }
    }
    word
}

/// The stems a sentence contributes to what the story has said.
pub fn content_stems(tokens: &[Token]) -> impl Iterator<Item = &str> {
    content_stems_of(tokens.iter())
}

fn content_stems_of<'a>(tokens: impl Iterator<Item = &'a Token>) -> impl Iterator<Item = &'a str> {
    tokens.filter_map(|t| {
        let w = t.norm.as_str();
        let content = t.kind == TokenKind::Word
            && w.len() >= MIN_WORD_LEN
            && w.chars().all(char::is_alphabetic)
            && !words().not_echo.iter().any(|x| x == w)
            && !words().skip.iter().any(|x| x == w);
        content.then(|| stem(w))
    })
}

/// A negation that answers the story: its tokens and the earlier sentence
/// that used the negated word.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Negation {
    pub tokens: std::ops::Range<usize>,
    pub answers: usize,
}

/// Where the stems of earlier sentences were last seen, by sentence index.
#[derive(Default)]
pub struct Story {
    last_seen: HashMap<String, usize>,
}

impl Story {
    /// Records sentence `index`'s words (after it has been checked).
    pub fn add(&mut self, index: usize, tokens: &[Token]) {
        for s in content_stems(tokens) {
            match self.last_seen.get_mut(s) {
                Some(i) => *i = index,
                None => {
                    self.last_seen.insert(s.to_string(), index);
                }
            }
        }
    }

    /// The first negation in sentence `index` that answers a word used
    /// within [`REACH`] sentences before it: its token range (negator to
    /// negated word) and the sentence it answers.
    pub fn contradiction(&self, index: usize, tokens: &[Token]) -> Option<Negation> {
        let w = words();
        for (k, t) in tokens.iter().enumerate() {
            if !w.negators.contains(&t.norm) {
                continue;
            }
            // "either not loading at all, or loading slowly", "whether or
            // not": one of two alternatives denies nothing.
            let alternative = k
                .checked_sub(1)
                .is_some_and(|p| matches!(tokens[p].norm.as_str(), "either" | "whether" | "or"));
            if alternative || gives_a_reason(&tokens[..k]) {
                continue;
            }
            let Some(negated) = tokens[k + 1..]
                .iter()
                .take(4)
                .position(|t| !w.skip.contains(&t.norm))
                .map(|p| k + 1 + p)
            else {
                continue;
            };
            let word = tokens[negated].norm.as_str();
            if let Some(answers) = self.denied_act(index, tokens, k, negated) {
                return Some(Negation {
                    tokens: k..negated + 1,
                    answers,
                });
            }
            if !t_is_content(&tokens[negated]) || w.not_echo.iter().any(|x| x == word) {
                continue;
            }
            let answered = self.last_seen.get(stem(word)).copied();
            let answered = answered.filter(|&i| {
                i < index && index - i <= REACH && self.shares_topic(i, tokens, negated)
            });
            if let Some(answers) = answered {
                return Some(Negation {
                    tokens: k..negated + 1,
                    answers,
                });
            }
        }
        None
    }

    /// A negated act or stake (`acts`, `stakes` in data/contradiction.txt)
    /// whose clause echoes the story: "he has never taken money from anyone
    /// to alter a result" after the story's bribes for results. The act's
    /// own word need not echo; one of the words after it must. Returns the
    /// earliest sentence within [`REACH`] that used one of them.
    fn denied_act(
        &self,
        index: usize,
        tokens: &[Token],
        negator: usize,
        negated: usize,
    ) -> Option<usize> {
        let w = words();
        let word = tokens[negated].norm.as_str();
        let by = tokens[negator].norm.as_str();
        let act = matches!(by, "never" | "not" | "n't")
            && w.acts.iter().any(|x| x == word)
            && (!matches!(word, "said" | "say") || by == "never");
        let stake = by == "no" && w.stakes.iter().any(|x| x == word);
        // "would never accept", "should not have to take": a refusal or a
        // duty to come, not an act denied. Looked at only for an act.
        let modal = || {
            tokens[..negator]
                .iter()
                .rev()
                .find(|t| !matches!(t.norm.as_str(), "\"" | "\u{201c}" | "'" | "\u{2018}"))
                .is_some_and(|t| MODALS.contains(&t.norm.as_str()))
                || tokens[negator + 1..negated].iter().any(|t| t.norm == "to")
        };
        if !(stake || act && !modal()) {
            return None;
        }
        let clause = tokens[negated + 1..]
            .iter()
            .take(MAX_CLAUSE_TOKENS)
            .take_while(|t| t.kind == TokenKind::Word);
        content_stems_of(clause)
            .filter_map(|s| self.last_seen.get(s).copied())
            .filter(|&i| i < index && index - i <= REACH)
            .min()
    }

    /// Whether what the negation says of its word was talked about at or
    /// after sentence `answers`: the content words that follow the negated
    /// one in its clause ("had not received *any warning before the flood*")
    /// must include one the story used. "Some residents said they had not
    /// received any warning" does not answer "the office said it had
    /// received credible reports". A negation with nothing after it in its
    /// clause ("She was never forced to.", "There was no fraud,") counts.
    fn shares_topic(&self, answers: usize, tokens: &[Token], negated: usize) -> bool {
        let clause = tokens[negated + 1..]
            .iter()
            .take(MAX_CLAUSE_TOKENS)
            .take_while(|t| t.kind == TokenKind::Word);
        let mut rest = content_stems_of(clause).peekable();
        rest.peek().is_none() || rest.any(|s| self.last_seen.get(s).is_some_and(|&i| i >= answers))
    }
}

/// Modals before a negator that make a negated act a refusal or a duty.
const MODALS: [&str; 9] = [
    "would", "will", "could", "can", "should", "must", "shall", "might", "may",
];

/// How far back from a negator its clause is read for a "because".
const REASON_REACH: usize = 10;

/// Whether the clause that ends at a negator gives a reason: "the true
/// number is higher, because many people … are never tested" explains the
/// claim, it does not deny one.
fn gives_a_reason(before: &[Token]) -> bool {
    before
        .iter()
        .rev()
        .take(REASON_REACH)
        .take_while(|t| t.kind != TokenKind::Punct)
        .any(|t| t.norm == "because")
}

/// How far after the negated word its clause is read for what it is about.
const MAX_CLAUSE_TOKENS: usize = 6;

fn t_is_content(t: &Token) -> bool {
    t.kind == TokenKind::Word
        && t.norm.len() >= MIN_WORD_LEN
        && t.norm.chars().all(char::is_alphabetic)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokenize::tokenize;

    fn check(earlier: &[&str], sentence: &str) -> Option<String> {
        let mut story = Story::default();
        for (i, s) in earlier.iter().enumerate() {
            story.add(i, &tokenize(s));
        }
        let tokens = tokenize(sentence);
        let n = story.contradiction(earlier.len(), &tokens)?;
        Some(sentence[tokens[n.tokens.start].start..tokens[n.tokens.end - 1].end].to_string())
    }

    #[test]
    fn a_negation_that_answers_the_story() {
        assert_eq!(
            check(
                &["Paris says she was forced to work."],
                "She was never forced to."
            ),
            Some("never forced".into())
        );
        assert_eq!(
            check(
                &["A sensitive document was found."],
                "The government says it wasn't particularly sensitive."
            ),
            Some("n't particularly sensitive".into())
        );
    }

    #[test]
    fn an_alternative_denies_nothing() {
        assert_eq!(
            check(
                &["By Saturday the site loads only slowly."],
                "Posters wrote that the site was either not loading at all, or loading slowly."
            ),
            None
        );
    }

    #[test]
    fn a_reason_denies_nothing() {
        let earlier = ["Testing found the strain in six patients."];
        assert_eq!(
            check(
                &earlier,
                "The count is higher, because many people are never tested for it."
            ),
            None
        );
        // Without the "because" the same words answer the story.
        assert_eq!(
            check(&earlier, "Many people are never tested for it."),
            Some("never tested".into())
        );
    }

    #[test]
    fn a_negation_of_something_new_or_a_refusal_is_none() {
        assert_eq!(
            check(&["Troops left."], "He said there was no fraud."),
            None
        );
        assert_eq!(
            check(&["Police confirmed the arrest."], "He did not confirm it."),
            None
        );
        assert_eq!(check(&[], "It was not forced."), None);
    }

    #[test]
    fn a_denied_act_answers_the_story_by_the_words_after_it() {
        let earlier = ["Prosecutors say the referee took money to alter results."];
        assert_eq!(
            check(
                &earlier,
                "He has never taken money from anyone to alter a result."
            ),
            Some("never taken".into())
        );
        assert_eq!(
            check(
                &["The minister was involved in the procurement, the report said."],
                "She had no involvement whatsoever in this procurement."
            ),
            Some("no involvement".into())
        );
        assert_eq!(
            check(
                &["A recording has him calling veterans cowards."],
                "I never said those words about veterans."
            ),
            Some("never said".into())
        );
        // A refusal, and an act about something the story never raised.
        assert_eq!(
            check(
                &["A recording has him calling veterans cowards."],
                "He did not say whether he had heard the recording about veterans."
            ),
            None
        );
        assert_eq!(
            check(&earlier, "He has never taken a holiday in August."),
            None
        );
        // A refusal to come and a duty are not a denied act.
        assert_eq!(
            check(&earlier, "He would \"never take money to alter results\"."),
            None
        );
        assert_eq!(
            check(
                &earlier,
                "Referees should not have to take money to alter results."
            ),
            None
        );
    }

    #[test]
    fn far_earlier_words_do_not_count() {
        let mut earlier = vec!["There was fraud."];
        earlier.extend(std::iter::repeat_n("Troops left.", REACH));
        assert_eq!(check(&earlier, "There was no fraud."), None);
    }
}
