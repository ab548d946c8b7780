//! A sentence's content terms as the matcher counts them: stop words left
//! out (`data/stopwords.txt`), light stems, spellings and number words made
//! one term (`data/spellings.txt`), names and numbers marked.

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

use crate::tokenize::{tokenize, TokenKind};

/// What a term is, for its weight.
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
pub(super) enum Sort {
    Word,
    Name,
    Number,
}

/// The content terms of a sentence: (term, the word as written in lower
/// case, what it is). Stop words and punctuation are left out.
pub(super) fn terms(sentence: &str) -> Vec<(String, String, Sort)> {
    let (stop, spellings) = lists();
    let mut out = Vec::new();
    for (k, token) in tokenize(sentence).iter().enumerate() {
        if token.kind == TokenKind::Punct || stop.contains(token.norm.as_str()) {
            continue;
        }
        let capital = sentence[token.start..].starts_with(char::is_uppercase);
        for part in token.norm.split(['-', '\u{2010}', '\u{2011}']) {
            if part.is_empty() || stop.contains(part) {
                continue;
            }
            let spelled = spellings.get(part).copied().unwrap_or(part);
            if let Some(number) = number(spelled) {
                out.push((number, part.to_string(), Sort::Number));
            } else if spelled.chars().any(char::is_alphabetic) {
                let sort = if capital && k > 0 {
                    Sort::Name
                } else {
                    Sort::Word
                };
                out.push((stem(spelled), part.to_string(), sort));
            }
        }
    }
    out
}

/// A number as a term: digits without separators or an ordinal suffix
/// ("1,000" → "1000", "3rd" → "3").
fn number(word: &str) -> Option<String> {
    if !word.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let digits = word.trim_end_matches(['s', 't', 'n', 'd', 'r', 'h']);
    let digits = digits.strip_suffix(".").unwrap_or(digits);
    digits
        .chars()
        .all(|c| c.is_ascii_digit() || c == ',' || c == '.')
        .then(|| digits.replace(',', ""))
}

/// A light stemmer: plurals, -ed, -ing and -ment, enough to join "killed"
/// and "kill", "deployment" and "deployed", "allies" and "ally".
pub fn stem(word: &str) -> String {
    let n = word.chars().count();
    let w = word;
    if n > 4 {
        if let Some(s) = w.strip_suffix("ies").or_else(|| w.strip_suffix("ied")) {
            return format!("{s}y");
        }
    }
    if let Some(s) = w.strip_suffix("sses") {
        return format!("{s}ss");
    }
    if n > 7 {
        if let Some(s) = w.strip_suffix("ment") {
            return s.to_string();
        }
    }
    if n > 5 {
        if let Some(s) = w.strip_suffix("ing") {
            return undouble(s);
        }
    }
    if n > 4 {
        if let Some(s) = w.strip_suffix("ed") {
            return undouble(s);
        }
    }
    if n > 3 && w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us") && !w.ends_with("is") {
        return w[..w.len() - 1].to_string();
    }
    w.to_string()
}

/// "stopp" → "stop", but "kill" stays.
fn undouble(s: &str) -> String {
    let b = s.as_bytes();
    let n = b.len();
    if n >= 3
        && b[n - 1] == b[n - 2]
        && !matches!(b[n - 1], b'l' | b's' | b'z')
        && b[n - 1].is_ascii_alphabetic()
    {
        s[..n - 1].to_string()
    } else {
        s.to_string()
    }
}

/// The stop list and the spellings, read once from `data/`.
fn lists() -> &'static (HashSet<&'static str>, HashMap<&'static str, &'static str>) {
    static LISTS: OnceLock<(HashSet<&'static str>, HashMap<&'static str, &'static str>)> =
        OnceLock::new();
    LISTS.get_or_init(|| {
        let lines = |data: &'static str| {
            data.lines()
                .map(str::trim)
                .filter(|l| !l.is_empty() && !l.starts_with('#'))
        };
        let stop = lines(include_str!("../../data/stopwords.txt"))
            .flat_map(str::split_whitespace)
            .collect();
        let spellings = lines(include_str!("../../data/spellings.txt"))
            .filter_map(|l| {
                let mut words = l.split_whitespace();
                Some((words.next()?, words.next()?))
            })
            .collect();
        (stop, spellings)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spellings_numbers_and_stems_meet() {
        let a: Vec<String> =
            terms("The defence pact: six deployed troops, 1,000 killed on October 3rd.")
                .into_iter()
                .map(|t| t.0)
                .collect();
        let b: Vec<String> =
            terms("A defense pact deploying 6 troop units; 1000 kills, 3 October.")
                .into_iter()
                .map(|t| t.0)
                .collect();
        for term in [
            "defense", "pact", "6", "deploy", "troop", "1000", "kill", "3", "october",
        ] {
            assert!(a.contains(&term.to_string()), "{term} in {a:?}");
            assert!(b.contains(&term.to_string()), "{term} in {b:?}");
        }
        assert!(!a.contains(&"the".to_string()));
    }

    #[test]
    fn names_and_numbers_are_marked() {
        let t = terms("Troops met Peskov on 3 June.");
        let sort = |w: &str| t.iter().find(|x| x.1 == w).map(|x| x.2);
        assert!(sort("peskov") == Some(Sort::Name));
        assert!(sort("june") == Some(Sort::Name));
        assert!(sort("3") == Some(Sort::Number));
        assert!(
            sort("troops") == Some(Sort::Word),
            "a capital that starts the sentence is no name"
        );
    }

    #[test]
    fn stems_are_light() {
        for (w, s) in [
            ("killed", "kill"),
            ("kills", "kill"),
            ("allies", "ally"),
            ("denied", "deny"),
            ("training", "train"),
            ("deployment", "deploy"),
            ("stopped", "stop"),
            ("news", "new"),
            ("press", "press"),
            ("status", "status"),
            ("red", "red"),
        ] {
            assert_eq!(stem(w), s, "{w}");
        }
    }
}
