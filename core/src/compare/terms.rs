//! A sentence's content terms as the matcher counts them: stop words left
//! out (`data/stopwords.txt`), light stems, spellings and number words made
//! one term (`data/spellings.txt`), irregular forms as their base word
//! (`data/lemmas.txt`), words news reports use for one another
//! made one term (`data/concepts.txt`), names and numbers marked.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::ops::Range;
use std::sync::OnceLock;

use crate::tokenize::{normalize, tokenize, TokenKind};

/// What a term is, for its weight.
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
pub(super) enum Sort {
    Word,
    Name,
    Number,
}

/// A content word of a sentence, as the matcher counts it.
#[derive(Clone, Debug, PartialEq)]
pub(super) struct Term {
    /// What is compared: the stem, the spelling's term, or the number.
    pub key: String,
    /// The word's byte range in the sentence (a part of a hyphenated word
    /// on its own: "Yong-hyun" gives "Yong" and "hyun").
    pub range: Range<usize>,
    pub sort: Sort,
    /// For a name, how many words the name has ("Kim Yong-hyun": 3): the
    /// run of capitalised words it is in. 1 for other terms.
    pub run: usize,
    /// The index of its token.
    token: usize,
}

/// The content terms of a sentence, in order. Stop words and punctuation
/// are left out. A capitalised word is a name unless it is the sentence's
/// first word (after any opening quotation mark).
pub(super) fn terms(sentence: &str) -> Vec<Term> {
    let tokens = tokenize(sentence);
    let first_word = tokens.iter().position(|t| t.kind != TokenKind::Punct);
    let mut out = Vec::new();
    for (k, token) in tokens.iter().enumerate() {
        if token.kind == TokenKind::Punct || lists().stop.contains(token.norm.as_str()) {
            continue;
        }
        let capital =
            Some(k) != first_word && sentence[token.start..].starts_with(char::is_uppercase);
        let sort = if capital { Sort::Name } else { Sort::Word };
        let word = token.start..token.end;
        if !sentence[word.clone()].contains(HYPHENS) {
            out.extend(term(&token.norm, word, sort, k));
            continue;
        }
        for range in parts(sentence, word) {
            let part = normalize(&sentence[range.clone()]);
            out.extend(term(&part, range, sort, k));
        }
    }
    mark_runs(&mut out);
    out
}

/// The hyphens that join the parts of a word.
const HYPHENS: [char; 3] = ['-', '\u{2010}', '\u{2011}'];

/// The term of a word (or a part of one), normalised as `part`, unless it
/// is a stop word or has no letter or digit: a number, or a stem (`sort`
/// says whether a name) or its concept's.
fn term(part: &str, range: Range<usize>, sort: Sort, token: usize) -> Option<Term> {
    let Lists {
        stop,
        spellings,
        concepts,
    } = lists();
    if stop.contains(part) {
        return None;
    }
    let spelled = spellings.get(part).copied().unwrap_or(part);
    let (key, sort) = if let Some(number) = number(spelled) {
        (number, Sort::Number)
    } else if spelled.chars().any(char::is_alphabetic) {
        let key = stem(spelled);
        (concepts.get(&key).cloned().unwrap_or(key), sort)
    } else {
        return None;
    };
    Some(Term {
        key,
        range,
        sort,
        run: 1,
        token,
    })
}

/// Sets `run` on names: consecutive name tokens are one name.
fn mark_runs(terms: &mut [Term]) {
    let mut start = 0;
    while start < terms.len() {
        let mut end = start + 1;
        if terms[start].sort == Sort::Name {
            while end < terms.len()
                && terms[end].sort == Sort::Name
                && terms[end].token <= terms[end - 1].token + 1
            {
                end += 1;
            }
            for t in &mut terms[start..end] {
                t.run = end - start;
            }
        }
        start = end;
    }
}

/// The byte ranges of a word's parts between hyphens, empty parts left out.
fn parts(sentence: &str, word: Range<usize>) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = word.start;
    for (i, c) in sentence[word.clone()].char_indices() {
        if HYPHENS.contains(&c) {
            out.push(start..word.start + i);
            start = word.start + i + c.len_utf8();
        }
    }
    out.push(start..word.end);
    out.retain(|r| !r.is_empty());
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

/// A light stemmer: plurals, -ed, -ing, -ment, -ion after s or t, and a
/// final e, enough to join "killed" and "kill", "deployment" and "deployed",
/// "allies" and "ally", "involved" and "involvement", "escalation" and
/// "escalate". Both sides of a comparison are stemmed alike, so a stem need
/// not be a word.
pub fn stem(word: &str) -> String {
    let w = strip_suffix(word);
    match w.strip_suffix('e') {
        Some(s) if s.chars().count() >= 3 => s.to_string(),
        _ => w,
    }
}

/// The word without its inflection or derivation suffix, if it has one.
fn strip_suffix(w: &str) -> String {
    let n = w.chars().count();
    if let Some(s) = w.strip_suffix("ies").or_else(|| w.strip_suffix("ied")) {
        // "allies" → "ally", but "died", "ties" → "die", "tie": one letter
        // before the suffix is a root ending in "ie".
        return if n > 4 {
            format!("{s}y")
        } else {
            format!("{s}ie")
        };
    }
    if n > 5 {
        // "fishermen" → "fisherman", "servicemen" → "serviceman".
        if let Some(s) = w.strip_suffix("men") {
            return format!("{s}man");
        }
    }
    if let Some(s) = w.strip_suffix("sses") {
        return format!("{s}ss");
    }
    if n > 7 {
        if let Some(s) = w.strip_suffix("ments").or_else(|| w.strip_suffix("ment")) {
            return s.to_string();
        }
    }
    if n > 6 {
        if let Some(s) = w.strip_suffix("ions").or_else(|| w.strip_suffix("ion")) {
            if s.ends_with(['s', 't']) {
                return s.to_string();
            }
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

/// The word lists of `data/`, read once.
struct Lists {
    stop: HashSet<&'static str>,
    /// A word → the word it counts as: a spelling's, a number word's digits
    /// (`data/spellings.txt`), an irregular form's base (`data/lemmas.txt`).
    spellings: HashMap<&'static str, &'static str>,
    /// A stem → the stem of its concept's first word.
    concepts: HashMap<String, String>,
}

fn lists() -> &'static Lists {
    static LISTS: OnceLock<Lists> = OnceLock::new();
    LISTS.get_or_init(|| {
        let lines = |data: &'static str| {
            data.lines()
                .map(str::trim)
                .filter(|l| !l.is_empty() && !l.starts_with('#'))
        };
        let stop = lines(data!("stopwords.txt"))
            .flat_map(str::split_whitespace)
            .collect();
        let spellings = lines(data!("spellings.txt"))
            .chain(lines(data!("lemmas.txt")))
            .filter_map(|l| {
                let mut words = l.split_whitespace();
                Some((words.next()?, words.next()?))
            })
            .collect();
        let mut concepts = HashMap::default();
        for line in lines(data!("concepts.txt")) {
            let stems: Vec<String> = line.split_whitespace().map(stem).collect();
            for s in &stems[1..] {
                concepts.insert(s.clone(), stems[0].clone());
            }
        }
        Lists {
            stop,
            spellings,
            concepts,
        }
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
                .map(|t| t.key)
                .collect();
        let b: Vec<String> =
            terms("A defense pact deploying 6 troop units; 1000 kills, 3 October.")
                .into_iter()
                .map(|t| t.key)
                .collect();
        for term in [
            "defens", "agre", "6", "deploy", "soldier", "1000", "kill", "3", "october",
        ] {
            assert!(a.contains(&term.to_string()), "{term} in {a:?}");
            assert!(b.contains(&term.to_string()), "{term} in {b:?}");
        }
        assert!(!a.contains(&"the".to_string()));
    }

    #[test]
    fn names_and_numbers_are_marked() {
        let text = "Troops met Peskov on 3 June.";
        let t = terms(text);
        let sort = |w: &str| {
            t.iter()
                .find(|x| &text[x.range.clone()] == w)
                .map(|x| x.sort)
        };
        assert!(sort("Peskov") == Some(Sort::Name));
        assert!(sort("June") == Some(Sort::Name));
        assert!(sort("3") == Some(Sort::Number));
        assert!(
            sort("Troops") == Some(Sort::Word),
            "a capital that starts the sentence is no name"
        );
        let quoted = "\u{201c}Troops could be sent,\u{201d} Kim Yong\u{2011}hyun said.";
        let t = terms(quoted);
        let words: Vec<(&str, &str, Sort)> = t
            .iter()
            .map(|x| (&quoted[x.range.clone()], x.key.as_str(), x.sort))
            .collect();
        assert_eq!(
            words,
            [
                ("Troops", "soldier", Sort::Word),
                ("sent", "send", Sort::Word),
                ("Kim", "kim", Sort::Name),
                ("Yong", "yong", Sort::Name),
                ("hyun", "hyun", Sort::Name),
            ],
            "the first word after a quotation mark is no name; a hyphenated word's parts"
        );
    }

    #[test]
    fn words_for_one_another_are_one_concept() {
        let keys = |text: &str| -> Vec<String> {
            let mut k: Vec<String> = terms(text).into_iter().map(|t| t.key).collect();
            k.sort();
            k
        };
        assert_eq!(
            keys("The deaths of six soldiers in the rocket attack"),
            keys("Six troops killed in a missile strike")
        );
        assert_eq!(keys("a defence agreement"), keys("the defense pact"));
        assert_eq!(
            keys("troops sent to the war"),
            keys("troops sent to the conflict")
        );
        assert_eq!(keys("oil on the shore"), keys("oil on the coastline"));
        assert_ne!(
            keys("officers"),
            keys("soldiers"),
            "an officer is not any soldier"
        );
        assert_eq!(
            keys("two sailors died"),
            keys("2 sailors killed"),
            "'died' is 'die' (short -ied), and so the concept of killing"
        );
    }

    #[test]
    fn number_words_units_and_times_of_day() {
        let keys = |text: &str| -> Vec<String> {
            let mut k: Vec<String> = terms(text).into_iter().map(|t| t.key).collect();
            k.sort();
            k
        };
        assert_eq!(keys("thirteen sailors"), keys("13 sailors"));
        assert_eq!(keys("forty minutes"), keys("40 minutes"));
        assert_eq!(keys("a slick of 14 km"), keys("a slick of 14 kilometres"));
        assert_eq!(keys("6,000 tonnes"), keys("6000 tons"));
        assert_eq!(keys("hundreds of seabirds"), keys("a hundred seabirds"));
        assert_eq!(
            keys("bodies were recovered on Tuesday morning"),
            keys("bodies were recovered in the evening"),
            "a time of day is no part of a claim, as a weekday is not"
        );
    }

    #[test]
    fn irregular_forms_meet_their_base() {
        let keys = |text: &str| -> Vec<String> { terms(text).into_iter().map(|t| t.key).collect() };
        assert_eq!(keys("troops sent"), keys("troops sending"));
        assert_eq!(keys("the ship broke apart"), keys("the ship breaks apart"));
        assert_eq!(keys("a missile struck"), keys("a missile attack"));
        assert_eq!(keys("women fled"), keys("woman flees"));
        assert_ne!(
            keys("the ground"),
            keys("grind"),
            "an ambiguous form is left out"
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
            ("deployments", "deploy"),
            ("stopped", "stop"),
            ("news", "new"),
            ("press", "press"),
            ("status", "status"),
            ("red", "red"),
            ("involved", "involv"),
            ("involvement", "involv"),
            ("involve", "involv"),
            ("escalation", "escalat"),
            ("escalate", "escalat"),
            ("escalating", "escalat"),
            ("invasion", "invas"),
            ("union", "union"),
            ("use", "use"),
            ("died", "die"),
            ("dies", "die"),
            ("tied", "tie"),
            ("fishermen", "fisherman"),
            ("servicemen", "serviceman"),
            ("women", "women"),
        ] {
            assert_eq!(stem(w), s, "{w}");
        }
    }
}
