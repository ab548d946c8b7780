//! Cue detection in one sentence: lexicon matches, their context rules, and
//! negation.
//!
//! Negation is lexical and local: a negator ("not", "no", "never", "without",
//! "lacks", ...) among the few words before a cue, with no punctuation between,
//! applies the lexicon's "negated" column. "no concrete evidence" becomes an
//! *unverified* cue spanning all three words; "no doubt" is a booster.

use serde::Serialize;

use crate::category::Category;
use crate::lexicon::{Lexicon, WhenNegated};
use crate::tokenize::{tokenize, Token, TokenKind};

#[path = "tagger/mod.rs"]
pub mod tagger;

/// A cue found in a text. Offsets are bytes into the text given to [`detect`].
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Cue {
    pub start: usize,
    pub end: usize,
    pub category: Category,
    /// How much the cue moves the score (from the lexicon).
    pub strength: f32,
    /// True when a negator changed what this cue means.
    pub negated: bool,
}

const NEGATORS: [&str; 12] = [
    "not", "n't", "no", "never", "nor", "without", "neither", "none", "lack", "lacks", "lacking",
    "lacked",
];

/// How many words before a cue a negator may stand ("no photographic or video evidence").
const NEGATION_WINDOW: usize = 5;

/// Finds the cues of one sentence (or any short text).
pub fn detect(text: &str) -> Vec<Cue> {
    let tokens = tokenize(text);
    detect_in_tokens(text, &tokens, Lexicon::builtin())
}

pub fn detect_in_tokens(text: &str, tokens: &[Token], lexicon: &Lexicon) -> Vec<Cue> {
    let mut cues = Vec::new();
    for m in lexicon.find(text, tokens) {
        let entry = lexicon.entry(&m);
        let negator = find_negator(tokens, m.first);
        let (category, first) = match (negator, entry.negated) {
            (Some(_), WhenNegated::Drop) => continue,
            (Some(n), WhenNegated::Become(c)) => (c, n),
            (_, _) => match entry.category {
                Some(c) => (c, m.first),
                None => continue,
            },
        };
        cues.push(Cue {
            start: tokens[first].start,
            end: tokens[m.last - 1].end,
            category,
            strength: entry.strength,
            negated: first != m.first,
        });
    }
    cues
}

/// Index of a negator shortly before token `at`, within the same clause.
fn find_negator(tokens: &[Token], at: usize) -> Option<usize> {
    let mut words = 0;
    for i in (0..at).rev() {
        let t = &tokens[i];
        if t.kind == TokenKind::Punct {
            // Quotes and hyphens do not end a negation's scope; clause punctuation does.
            if matches!(t.norm.as_str(), "\"" | "“" | "”" | "'" | "-") {
                continue;
            }
            return None;
        }
        if NEGATORS.contains(&t.norm.as_str()) {
            return Some(i);
        }
        if matches!(
            t.norm.as_str(),
            "but" | "and" | "although" | "though" | "while"
        ) {
            return None;
        }
        words += 1;
        if words >= NEGATION_WINDOW {
            return None;
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<(String, Category)> {
        detect(text)
            .into_iter()
            .map(|c| (text[c.start..c.end].to_string(), c.category))
            .collect()
    }

    fn has(text: &str, cue: &str, category: Category) -> bool {
        found(text).iter().any(|(t, c)| t == cue && *c == category)
    }

    use Category::*;

    #[test]
    fn each_category_has_a_cue() {
        assert!(has("Troops may be deployed.", "may", Speculation));
        assert!(has("Seoul believes the report.", "believes", Belief));
        assert!(has("If true, this is an escalation.", "If", Condition));
        assert!(has(
            "It is not known whether they died.",
            "whether",
            Investigation
        ));
        assert!(has(
            "According to the report, six died.",
            "According to",
            Attribution
        ));
        assert!(has(
            "An official who requested anonymity said so.",
            "requested anonymity",
            Anonymous
        ));
        assert!(has("The claim is unverified.", "unverified", Unverified));
        assert!(has(
            "Peskov dismissed it as \"fake news.\"",
            "fake news",
            Dispute
        ));
        assert!(has(
            "The ministry confirmed the deaths.",
            "confirmed",
            Booster
        ));
    }

    #[test]
    fn multi_word_cues_are_one_cue() {
        assert_eq!(
            found("It is highly likely."),
            [("highly likely".to_string(), Speculation)]
        );
        assert!(has(
            "The claims could not be verified.",
            "could not be verified",
            Unverified
        ));
        assert!(has(
            "It was most likely a strike.",
            "most likely",
            Speculation
        ));
        assert!(has(
            "Citing sources in Kyiv, it said so.",
            "Citing",
            Attribution
        ));
    }

    #[test]
    fn negation_turns_evidence_into_doubt_and_doubt_into_certainty() {
        assert!(has(
            "There is no concrete evidence of combat.",
            "no concrete evidence",
            Unverified
        ));
        assert!(has(
            "The deaths have not been substantiated.",
            "not been substantiated",
            Unverified
        ));
        assert!(has(
            "The report was not confirmed.",
            "not confirmed",
            Unverified
        ));
        assert!(has(
            "No complete units have been confirmed.",
            "No complete units have been confirmed",
            Unverified
        ));
        assert!(has(
            "There is no doubt they are there.",
            "no doubt",
            Booster
        ));
        assert!(has(
            "They made no secret of their ties.",
            "no secret",
            Booster
        ));
        assert!(has("He does not doubt it.", "not doubt", Booster));
        // A plain "evidence" is no cue, a negated one is.
        assert!(found("The evidence was shown.").is_empty());
    }

    #[test]
    fn negation_stops_at_clause_boundaries() {
        assert!(!has(
            "No, the deaths were confirmed.",
            "No, the deaths were confirmed",
            Unverified
        ));
        assert!(has("No, the deaths were confirmed.", "confirmed", Booster));
        assert!(has(
            "It is not true, but it was confirmed.",
            "confirmed",
            Booster
        ));
    }

    #[test]
    fn negated_denial_is_no_dispute() {
        assert!(!found("Moscow did not deny the report.")
            .iter()
            .any(|(_, c)| *c == Dispute));
    }

    #[test]
    fn ambiguous_words_in_context() {
        assert!(found("The talks ended in May.").is_empty());
        assert!(!has(
            "The strike claimed the lives of 20 soldiers.",
            "claimed",
            Attribution
        ));
        assert!(!has("Russia's military might grew.", "might", Speculation));
        assert!(!has("They appear in court today.", "appear", Speculation));
        assert!(has("They appear to be fighting.", "appear", Speculation));
    }

    #[test]
    fn offsets_are_bytes_of_the_input() {
        let text = "“Highly likely,” said Kim’s aide.";
        for c in detect(text) {
            assert!(text.get(c.start..c.end).is_some());
        }
        assert!(has(text, "Highly likely", Speculation));
    }

    #[test]
    fn no_cues_in_plain_or_empty_text() {
        assert!(found("").is_empty());
        assert!(
            found("The two leaders signed a mutual defense agreement this past summer.").is_empty()
        );
    }
}
