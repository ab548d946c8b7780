//! Context checks attached to lexicon entries (the fifth column of
//! data/cues.tsv). Each rule looks only at neighbouring tokens, so the lexicon
//! stays a table while the few ambiguous words ("May", "might", "claimed the
//! lives") get the context they need.

use crate::phrases::spells;
use crate::tokenize::{tokenize, Token, TokenKind};

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Rule {
    /// Not when the words right after the phrase are one of these sequences.
    NotNext(Vec<Vec<String>>),
    /// Only when the word right after the phrase is one of these.
    NeedsNext(Vec<String>),
    /// Not when the word right before the phrase is one of these.
    NotPrev(Vec<String>),
    /// Only when the word right before the phrase is one of these.
    NeedsPrev(Vec<String>),
    /// Not "May" the month: capitalised mid-sentence, or before a number.
    NotMonth,
    /// Only right after a name or a pronoun: a speaker as the subject
    /// ("Horsley called the move a setback", "which he called").
    AfterName,
    /// Not when a name follows, directly or after an article: then the verb
    /// names something ("a group called the Sea Org").
    NotBeforeName,
    /// Only at the start of a sentence or a quotation: "If not, it can become
    /// difficult" is a condition, "dozens if not hundreds" a range.
    Opens,
    /// Anywhere but there: the same words' other sense.
    NotOpens,
    /// Only as the first word of a sentence that asks, in the text's own
    /// voice: it ends with a question mark and quotes nobody.
    Asks,
}

impl Rule {
    pub fn parse_list(spec: &str) -> Result<Vec<Rule>, String> {
        spec.split(';')
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(Rule::parse)
            .collect()
    }

    fn parse(spec: &str) -> Result<Rule, String> {
        let (name, arg) = spec.split_once('=').unwrap_or((spec, ""));
        let words = |arg: &str| -> Vec<Vec<String>> {
            arg.split('|')
                .map(|alt| tokenize(alt).into_iter().map(|t| t.norm).collect())
                .collect()
        };
        let single = |arg: &str| -> Vec<String> { words(arg).into_iter().flatten().collect() };
        match name {
            "not-next" if !arg.is_empty() => Ok(Rule::NotNext(words(arg))),
            "needs-next" if !arg.is_empty() => Ok(Rule::NeedsNext(single(arg))),
            "not-prev" if !arg.is_empty() => Ok(Rule::NotPrev(single(arg))),
            "needs-prev" if !arg.is_empty() => Ok(Rule::NeedsPrev(single(arg))),
            "not-month" => Ok(Rule::NotMonth),
            "after-name" => Ok(Rule::AfterName),
            "not-before-name" => Ok(Rule::NotBeforeName),
            "opens" => Ok(Rule::Opens),
            "not-opens" => Ok(Rule::NotOpens),
            "asks" => Ok(Rule::Asks),
            _ => Err(format!("unknown rule {spec:?}")),
        }
    }

    /// Whether the phrase at tokens `first..end` keeps its cue reading.
    pub fn allows(&self, text: &str, tokens: &[Token], first: usize, end: usize) -> bool {
        let next = tokens.get(end).map(|t| t.norm.as_str());
        let prev = first.checked_sub(1).map(|i| tokens[i].norm.as_str());
        match self {
            Rule::NotNext(seqs) => !seqs.iter().any(|seq| spells(tokens, end, seq)),
            Rule::NeedsNext(words) => next.is_some_and(|n| words.iter().any(|w| w == n)),
            Rule::NotPrev(words) => !prev.is_some_and(|p| words.iter().any(|w| w == p)),
            Rule::NeedsPrev(words) => prev.is_some_and(|p| words.iter().any(|w| w == p)),
            Rule::NotMonth => !is_month(text, tokens, first),
            Rule::AfterName => first.checked_sub(1).is_some_and(|i| {
                let t = &tokens[i];
                SUBJECT_WORDS.contains(&t.norm.as_str()) || is_capitalised(text, t)
            }),
            Rule::Opens => opens(tokens, first),
            Rule::NotOpens => !opens(tokens, first),
            Rule::Asks => opens_sentence(tokens, first) && asks(text),
            Rule::NotBeforeName => {
                let article = next.is_some_and(|n| matches!(n, "the" | "a" | "an"));
                let at = if article { end + 1 } else { end };
                !tokens.get(at).is_some_and(|t| is_capitalised(text, t))
            }
        }
    }
}

/// Pronouns and auxiliaries that stand between a speaker and the verb.
const SUBJECT_WORDS: [&str; 11] = [
    "he", "she", "they", "we", "i", "who", "has", "have", "had", "also", "publicly",
];

fn is_capitalised(text: &str, t: &Token) -> bool {
    t.kind == TokenKind::Word && text[t.start..].starts_with(char::is_uppercase)
}

/// Whether token `i` opens its sentence or a quotation in it: only punctuation
/// before it, or a quotation mark or colon right before it. Walks back over
/// that punctuation only, so many such phrases cost no more than the tokens.
pub fn opens(tokens: &[Token], i: usize) -> bool {
    let mut run = 0;
    let mut quote = false;
    for t in tokens[..i]
        .iter()
        .rev()
        .take_while(|t| t.kind == TokenKind::Punct)
    {
        run += 1;
        quote |= t.norm == ":" || t.norm.starts_with(['"', '\u{201c}', '\'', '\u{2018}']);
    }
    run == i || quote
}

/// Whether token `i` is the sentence's first word (only punctuation before
/// it). Walked back from `i`, so it stops at the nearest word: the sentence's
/// text is then read once, not once per candidate word ("x: Was it: Was it
/// … ?" was quadratic when every word after a colon read it).
fn opens_sentence(tokens: &[Token], i: usize) -> bool {
    tokens[..i].iter().rev().all(|t| t.kind == TokenKind::Punct)
}

/// Whether `text` is a question in its own voice: it ends with "?" and holds
/// no quotation mark (a quoted question carries its speaker, guide rule 15).
fn asks(text: &str) -> bool {
    text.trim_end().ends_with('?') && !text.contains(['"', '\u{201c}', '\u{201d}'])
}

fn is_month(text: &str, tokens: &[Token], i: usize) -> bool {
    let capitalised = text[tokens[i].start..].starts_with(|c: char| c.is_uppercase());
    if !capitalised {
        return false;
    }
    let next_is_number = tokens
        .get(i + 1)
        .is_some_and(|t| t.kind == TokenKind::Number);
    // Only opening punctuation (quotes, brackets) before it: sentence-initial,
    // where a modal is capitalised too. Looked at backwards, so the walk stops
    // at the nearest word: each "May" walks only over the punctuation between
    // it and the word before, and a sentence of many costs no more than its
    // tokens ('(' x 40,000 + ' May' x 40,000 was quadratic).
    let sentence_initial = tokens[..i].iter().rev().all(|t| t.kind == TokenKind::Punct);
    next_is_number || !sentence_initial
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn opens_is_the_start_of_a_sentence_or_a_quotation() {
        let at = |text: &str, word: &str| {
            let tokens = tokenize(text);
            let i = tokens.iter().position(|t| t.norm == word).unwrap();
            opens(&tokens, i)
        };
        assert!(at("If not, it can become difficult.", "if"));
        assert!(at("(If not, it can become difficult.)", "if"));
        assert!(at("He said: \"If not, it can become difficult.\"", "if"));
        assert!(at(
            "He said, \u{201c}If not, it can become difficult.\u{201d}",
            "if"
        ));
        assert!(!at("They did dozens if not hundreds of interviews.", "if"));
        assert!(!at("He said, if not, it can become difficult.", "if"));
    }

    fn allows(rule: &str, text: &str, word: &str) -> bool {
        let tokens = tokenize(text);
        let i = tokens.iter().position(|t| t.norm == word).unwrap();
        Rule::parse(rule).unwrap().allows(text, &tokens, i, i + 1)
    }

    #[test]
    fn may_the_month_is_not_a_modal() {
        assert!(allows(
            "needs-prev=scientists|they",
            "The scientists found a rise.",
            "found"
        ));
        assert!(!allows(
            "needs-prev=scientists|they",
            "Police found a body.",
            "found"
        ));
        assert!(!allows("needs-prev=scientists", "Found: a body.", "found"));
        assert!(!allows("not-month", "The talks ended in May.", "may"));
        assert!(!allows("not-month", "May 3 was quiet.", "may"));
        assert!(allows("not-month", "May they succeed.", "may"));
        assert!(allows("not-month", "They may succeed.", "may"));
        assert!(allows("not-month", "\"May God help us,\" he said.", "may"));
    }

    #[test]
    fn next_and_previous_word_rules() {
        assert!(!allows(
            "not-next=the lives|lives",
            "The strike claimed the lives of 20.",
            "claimed"
        ));
        assert!(allows(
            "not-next=the lives|lives",
            "Moscow claimed the report was false.",
            "claimed"
        ));
        assert!(!allows(
            "not-prev=the|military",
            "Russia's military might is large.",
            "might"
        ));
        assert!(allows(
            "not-prev=the|military",
            "Russia might send troops.",
            "might"
        ));
        assert!(allows(
            "needs-next=to|that",
            "They appear to be fighting.",
            "appear"
        ));
        assert!(!allows(
            "needs-next=to|that",
            "They appear in court today.",
            "appear"
        ));
    }

    #[test]
    fn a_speaker_before_and_no_name_after() {
        let called = |text: &str| {
            allows("after-name", text, "called") && allows("not-before-name", text, "called")
        };
        assert!(called("Horsley called the move a setback."));
        assert!(called("It was what he called the equivalent of theft."));
        assert!(!called("He joined a group called the Sea Org."));
        assert!(!called("Horsley called Sea Org a cult."));
        assert!(
            !called("The officials called the move a setback."),
            "lowercase subject"
        );
        assert!(!called("Called the move a setback, he left."), "no subject");
    }

    #[test]
    fn unknown_rules_are_errors() {
        assert!(Rule::parse_list("not-month;bogus").is_err());
        assert!(Rule::parse_list("not-next=").is_err());
        assert_eq!(
            Rule::parse_list(" not-month ; ").unwrap(),
            vec![Rule::NotMonth]
        );
    }
}
