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
    /// Whom this source cites in turn, in order ("Interfax-Ukraine, citing
    /// sources in military intelligence"); their own `via` is empty.
    pub via: Vec<Source>,
}

impl Source {
    /// Whether a byte range overlaps this source's own span.
    pub fn overlaps(&self, start: usize, end: usize) -> bool {
        start < self.end && self.start < end
    }

    /// Moves the offsets (and those of `via`) by `by` bytes.
    pub fn shift(&mut self, by: usize) {
        self.start += by;
        self.end += by;
        for v in &mut self.via {
            v.shift(by);
        }
    }
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
        // "who" breaks, "WHO" (the World Health Organisation) does not.
        _ => words().breaks.contains(&t.norm) && text[t.start..].starts_with(char::is_lowercase),
    }
}

/// The source of the sentence's first attribution cue, and whom it cites
/// (the sources of the later attribution cues), if it has one. `text` is
/// what the token and cue offsets index into.
pub fn find(text: &str, tokens: &[Token], cues: &[Cue]) -> Option<Source> {
    let mut found = cues
        .iter()
        .filter(|c| c.category == Category::Attribution)
        .filter_map(|c| source_of(text, tokens, c));
    let mut main = found.next()?;
    // The spans of `via` do not overlap one another, so by start they are
    // also in order of end: the one that starts last before a span ends is
    // the only one that can overlap it. A map keeps a sentence of thousands
    // of attributions linear (up to a logarithm) instead of quadratic.
    let mut taken = std::collections::BTreeMap::new();
    for s in found {
        let known = main.overlaps(s.start, s.end)
            || taken
                .range(..s.end)
                .next_back()
                .is_some_and(|(_, &end)| end > s.start);
        if !known {
            taken.insert(s.start, s.end);
            main.via.push(s);
        }
    }
    Some(main)
}

/// The source phrase of one attribution cue.
///
/// * After "according to", "citing", "quoting" and longer phrases.
/// * After the verb when the verb follows a quotation ("…,” said Kim"), and
///   only if the phrase ends the clause: in "said the boy was welcome" the
///   words after "said" are what was said.
/// * Otherwise before the verb, back to a clause break; a phrase between
///   commas right before it is an apposition, and the name stands before it
///   ("Paul Dewar, an Ottawa MP, said").
/// * A passive ("was reported") has no source unless "by" names one.
fn source_of(text: &str, tokens: &[Token], cue: &Cue) -> Option<Source> {
    // Tokens come in order: binary searches keep this linear in the cues.
    let first = tokens.partition_point(|t| t.start < cue.start);
    let last = tokens.partition_point(|t| t.end <= cue.end);
    if first >= last {
        return None;
    }
    let head = tokens[first].norm.as_str();
    let forward = matches!(head, "according" | "citing" | "cited" | "quoting") || last - first > 2;
    let prev = first.checked_sub(1).map(|i| tokens[i].norm.as_str());
    let span = if forward {
        after(text, tokens, last)
    } else if matches!(prev, Some("was" | "were" | "is" | "are" | "been" | "be")) {
        tokens
            .get(last)
            .filter(|t| t.norm == "by")
            .and_then(|_| after(text, tokens, last + 1))
    } else if head != "told" && follows_quote(text, tokens, first) {
        after(text, tokens, last).filter(|&(_, end)| ends_clause(text, tokens, end))
    } else if prev != Some(",") {
        before(text, tokens, first)
    } else {
        // "Lydia Buchtmann for Food Standards, says": the subject is before the comma.
        before(text, tokens, first - 1).map(|span| apposition_head(text, tokens, span))
    }?;
    let span = trim_punct(tokens, span)?;
    let named =
        is_named(text, &tokens[span.0..span.1]) && !told_an_outlet(text, tokens, span, head, last);
    Some(Source {
        start: tokens[span.0].start,
        end: tokens[span.1 - 1].end,
        named,
        via: Vec::new(),
    })
}

/// "U.S. officials told the Post": officials who speak to an outlet rather
/// than for their body are unnamed (news-gold convention), while "Pentagon
/// officials said" speaks for the Pentagon.
fn told_an_outlet(
    text: &str,
    tokens: &[Token],
    span: (usize, usize),
    verb: &str,
    after_verb: usize,
) -> bool {
    let plural_officials = tokens[span.1 - 1].norm == "officials";
    let outlet = tokens[after_verb..]
        .iter()
        .take(2)
        .find(|t| t.norm != "the")
        .is_some_and(|t| {
            t.kind == TokenKind::Word && text[t.start..].starts_with(char::is_uppercase)
        });
    verb == "told" && span.1 <= after_verb && plural_officials && outlet
}

/// Whether the verb at token `at` comes right after a quotation: a closing
/// quote, or a comma or stop and then one ("…,” said").
fn follows_quote(text: &str, tokens: &[Token], at: usize) -> bool {
    let closes = |i: usize| {
        matches!(tokens[i].norm.as_str(), "\"" | "”" | "'" | "’")
            && !text[..tokens[i].start].ends_with(char::is_whitespace)
    };
    (at >= 1 && closes(at - 1))
        || (at >= 2 && closes(at - 2) && matches!(tokens[at - 1].norm.as_str(), "," | "."))
}

/// Whether the phrase ending at token `end` ends its clause: the sentence
/// ends, or punctuation follows.
fn ends_clause(text: &str, tokens: &[Token], end: usize) -> bool {
    tokens
        .get(end)
        .is_none_or(|t| t.kind == TokenKind::Punct && is_break(text, t))
}

/// For a phrase right after a comma, the name before the apposition it ends:
/// "Steve Whitmore, a representative for the office," → "Steve Whitmore".
fn apposition_head(text: &str, tokens: &[Token], span: (usize, usize)) -> (usize, usize) {
    let (start, _) = span;
    if start < 2 || tokens[start - 1].norm != "," {
        return span;
    }
    match before(text, tokens, start - 1) {
        Some(name) if text[tokens[name.0].start..].starts_with(char::is_uppercase) => name,
        _ => span,
    }
}

/// Whether a source phrase is a lone pronoun ("he", "They"), which points
/// back to a source named earlier.
pub fn is_pronoun(phrase: &str) -> bool {
    let lower = phrase.to_lowercase();
    words().pronouns.contains(&lower)
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
    fn a_source_that_cites_another() {
        let text = "Interfax-Ukraine reported, citing sources in military intelligence, that six officers died.";
        let s = find(text, &tokenize(text), &detect(text)).unwrap();
        assert_eq!((&text[s.start..s.end], s.named), ("Interfax-Ukraine", true));
        assert_eq!(s.via.len(), 1);
        assert_eq!(
            &text[s.via[0].start..s.via[0].end],
            "sources in military intelligence"
        );
        assert!(!s.via[0].named);
    }

    #[test]
    fn appositions_passives_and_what_follows_the_verb() {
        let cases = [
            (
                "Paul Dewar, an Ottawa MP, said the lapses were serious.",
                Some("Paul Dewar"),
            ),
            (
                "Steve Whitmore, a representative for the office, told LA Weekly it was closed.",
                Some("Steve Whitmore"),
            ),
            (
                "Lydia Buchtmann for Food Standards, says they are looking at it.",
                Some("Lydia Buchtmann for Food Standards"),
            ),
            ("WHO say iodine deficiency is common.", Some("WHO")),
            (
                "Mark Zuckerberg tweeted and said the boy was welcome to come.",
                Some("Mark Zuckerberg"),
            ),
            ("After the police response was reported, he left.", None),
            ("\"It was a tool,\" said Kim.", Some("Kim")),
        ];
        for (text, who) in cases {
            let found = source(text).map(|(t, _)| t);
            assert_eq!(found.as_deref(), who, "{text}");
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
