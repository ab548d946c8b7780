//! Who says so: the source of a sentence's attribution and whether it is
//! named (annotation guide, rule 1). An unnamed source ("two officials",
//! "researchers say", "a Kremlin spokesperson") makes a claim hedged; a named
//! person or body ("Seoul's defence minister", "Pentagon officials") leaves it
//! attributed.
//!
//! The source is the noun phrase next to the attribution cue: after
//! "according to" and "citing", before a reporting verb ("X said"), or after
//! it when nothing stands before ("…,” said X). It runs to the nearest clause
//! break. Whether it is named is decided from its words alone: the lists in
//! `data/sources.txt` and capitalisation.

use std::sync::OnceLock;

use crate::category::Category;
use crate::detect::Cue;
use crate::tokenize::{Token, TokenKind};

/// A source found in a sentence. Offsets are bytes into the analysed text.
#[derive(Clone, Debug, PartialEq)]
pub struct Source {
    pub start: usize,
    pub end: usize,
    pub named: bool,
}

/// The longest source phrase looked at, in tokens.
const MAX_SOURCE_TOKENS: usize = 10;

struct Words {
    generic: Vec<String>,
    indefinite: Vec<String>,
    pronouns: Vec<String>,
    breaks: Vec<String>,
}

fn words() -> &'static Words {
    static WORDS: OnceLock<Words> = OnceLock::new();
    WORDS.get_or_init(|| {
        let list = |name: &str| -> Vec<String> {
            include_str!("../data/sources.txt")
                .lines()
                .filter_map(|l| l.strip_prefix(name)?.strip_prefix(':'))
                .flat_map(str::split_whitespace)
                .map(str::to_string)
                .collect()
        };
        Words {
            generic: list("generic"),
            indefinite: list("indefinite"),
            pronouns: list("pronouns"),
            breaks: list("breaks"),
        }
    })
}

/// A clause break: punctuation other than what joins a name ("Yong-hyun",
/// "U.S.", "AT&T", "Seoul's"); a hyphen with a space before it is a dash.
fn is_break(text: &str, t: &Token) -> bool {
    let spaced = text[..t.start].ends_with(char::is_whitespace);
    match t.kind {
        TokenKind::Punct => spaced || !matches!(t.norm.as_str(), "'" | "-" | "." | "&"),
        _ => words().breaks.contains(&t.norm),
    }
}

/// The source of the sentence's first attribution cue, if it has one.
/// `text` is what the token and cue offsets index into.
pub fn find(text: &str, tokens: &[Token], cues: &[Cue]) -> Option<Source> {
    let cue = cues.iter().find(|c| c.category == Category::Attribution)?;
    let first = tokens.iter().position(|t| t.start >= cue.start)?;
    let last = tokens.iter().rposition(|t| t.end <= cue.end)? + 1;
    let cue_words: Vec<&str> = tokens[first..last]
        .iter()
        .map(|t| t.norm.as_str())
        .collect();
    let forward = matches!(cue_words.first(), Some(&("according" | "citing" | "cited")))
        || cue_words.len() > 2;
    let span = if forward {
        after(text, tokens, last)
    } else {
        before(text, tokens, first).or_else(|| after(text, tokens, last))
    }?;
    let span = trim_punct(tokens, span)?;
    let named = is_named(text, &tokens[span.0..span.1]);
    Some(Source {
        start: tokens[span.0].start,
        end: tokens[span.1 - 1].end,
        named,
    })
}

/// The span without punctuation at either end (a final full stop, a quote).
fn trim_punct(tokens: &[Token], (mut start, mut end): (usize, usize)) -> Option<(usize, usize)> {
    while start < end && tokens[start].kind == TokenKind::Punct {
        start += 1;
    }
    while end > start && tokens[end - 1].kind == TokenKind::Punct {
        end -= 1;
    }
    (end > start).then_some((start, end))
}

/// The phrase right before token `at`, back to a clause break.
fn before(text: &str, tokens: &[Token], at: usize) -> Option<(usize, usize)> {
    let mut start = at;
    while start > 0 && at - start < MAX_SOURCE_TOKENS && !is_break(text, &tokens[start - 1]) {
        start -= 1;
    }
    // Auxiliaries and adverbs between the subject and the verb ("have
    // asserted", "also said") are not the source.
    let mut end = at;
    while end > start
        && matches!(
            tokens[end - 1].norm.as_str(),
            "has"
                | "have"
                | "had"
                | "also"
                | "later"
                | "then"
                | "again"
                | "previously"
                | "earlier"
                | "further"
                | "repeatedly"
                | "publicly"
                | "first"
                | "reportedly"
                | "is"
                | "was"
                | "were"
                | "are"
        )
    {
        end -= 1;
    }
    (end > start).then_some((start, end))
}

/// The phrase right after token `at`, to a clause break.
fn after(text: &str, tokens: &[Token], at: usize) -> Option<(usize, usize)> {
    let mut end = at;
    while end < tokens.len() && end - at < MAX_SOURCE_TOKENS && !is_break(text, &tokens[end]) {
        end += 1;
    }
    (end > at).then_some((at, end))
}

/// Whether the phrase names who speaks.
fn is_named(text: &str, phrase: &[Token]) -> bool {
    let w = words();
    let is_generic = |t: &Token| w.generic.contains(&t.norm);
    // A capitalised word that is not a determiner: a name or a body. A
    // sentence's first word counts too ("Pentagon officials said").
    let capitalised = |_: usize, t: &Token| {
        t.kind == TokenKind::Word
            && text[t.start..].starts_with(char::is_uppercase)
            && !matches!(
                t.norm.as_str(),
                "the"
                    | "these"
                    | "those"
                    | "its"
                    | "his"
                    | "her"
                    | "their"
                    | "our"
                    | "local"
                    | "government"
                    | "state"
                    | "federal"
            )
            && !w.indefinite.contains(&t.norm)
            && !w.pronouns.contains(&t.norm)
    };
    if phrase.len() == 1 && w.pronouns.contains(&phrase[0].norm) {
        return true;
    }
    if phrase.iter().any(|t| {
        matches!(
            t.norm.as_str(),
            "unnamed" | "anonymous" | "unidentified" | "unknown"
        )
    }) {
        return false;
    }
    let Some(head) = phrase.iter().rposition(is_generic) else {
        // No generic noun: a name, a title or a body ("Kim", "the ministry").
        return true;
    };
    // A name after the generic noun identifies it ("a spokesman, Tom Lee"; "an
    // official of the Pentagon" does not name the official but the body).
    if phrase[head + 1..]
        .iter()
        .enumerate()
        .any(|(i, t)| capitalised(head + 1 + i, t))
        && !phrase[head + 1..]
            .iter()
            .any(|t| t.norm == "of" || t.norm == "with" || t.norm == "from")
    {
        return true;
    }
    let indefinite = phrase[..head]
        .iter()
        .any(|t| w.indefinite.contains(&t.norm) || t.kind == TokenKind::Number);
    if indefinite {
        return false;
    }
    // "the researchers", "these officials": someone the text has named.
    let definite = phrase[..head].iter().any(|t| {
        matches!(
            t.norm.as_str(),
            "the" | "these" | "those" | "its" | "his" | "her" | "their"
        )
    });
    // "Pentagon officials", "U.S. officials": a named body's officials.
    let body = phrase[..head]
        .iter()
        .enumerate()
        .any(|(i, t)| capitalised(i, t));
    definite || body
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::detect::detect;
    use crate::tokenize::tokenize;

    fn source(text: &str) -> Option<(String, bool)> {
        let s = find(text, &tokenize(text), &detect(text))?;
        Some((text[s.start..s.end].to_string(), s.named))
    }

    #[test]
    fn named_people_and_bodies() {
        assert_eq!(
            source("Seoul's defence minister Kim Yong-hyun said troops died."),
            Some(("Seoul's defence minister Kim Yong-hyun".into(), true))
        );
        assert_eq!(
            source("According to the Pentagon, troops died."),
            Some(("the Pentagon".into(), true))
        );
        assert_eq!(
            source("Pentagon officials said troops died."),
            Some(("Pentagon officials".into(), true))
        );
        assert_eq!(
            source("\"Troops died,\" said Interfax-Ukraine."),
            Some(("Interfax-Ukraine".into(), true))
        );
        assert_eq!(source("He said troops died."), Some(("He".into(), true)));
        // A spaced hyphen is a dash, not part of a name.
        assert_eq!(
            source("Seoul made a bold accusation - it says troops died."),
            Some(("it".into(), true))
        );
    }

    #[test]
    fn unnamed_individuals_and_collectives() {
        for (text, who) in [
            ("Two U.S. officials said troops died.", "Two U.S. officials"),
            ("Officials said the convoy crossed.", "Officials"),
            ("Almost half are deficient, researchers say.", "researchers"),
            (
                "A Kremlin spokesperson said it was false.",
                "A Kremlin spokesperson",
            ),
            (
                "\"It was a tool,\" said the post by an unknown author.",
                "the post by an unknown author",
            ),
            (
                "Some individuals reported that the site was down.",
                "Some individuals",
            ),
        ] {
            assert_eq!(source(text), Some((who.to_string(), false)), "{text}");
        }
    }

    #[test]
    fn a_capitalised_word_that_is_no_source() {
        // "Monday" is when, not who; the source is still the unnamed official.
        assert_eq!(
            source("On Monday, an official said troops died."),
            Some(("an official".into(), false))
        );
        assert_eq!(source("Troops died in Kursk."), None);
    }
}
