//! The cue lexicon: a table of phrases (data/cues.tsv) and a token-level
//! longest-match over it.
//!
//! Matching is the shared leftmost-longest token matcher of [`crate::phrases`]
//! (also used by the tagger's vocabulary), with each entry's context rules
//! as the veto.

use std::collections::HashMap;
use std::sync::OnceLock;

use crate::phrases::{spells, PhraseIndex};

use crate::category::Category;
use crate::rules::Rule;
use crate::tokenize::{tokenize, Token};

/// What a negator does to a cue.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WhenNegated {
    Keep,
    Drop,
    Become(Category),
}

#[derive(Clone, Debug)]
pub struct Entry {
    /// Normalized words of the phrase.
    pub words: Vec<String>,
    /// `None` for words that are cues only when negated ("evidence").
    pub category: Option<Category>,
    pub strength: f32,
    pub negated: WhenNegated,
    pub rules: Vec<Rule>,
}

/// The parsed cue table: its entries and an index for matching them.
#[derive(Debug)]
pub struct Lexicon {
    entries: Vec<Entry>,
    index: PhraseIndex,
    /// The uncertainty entries that have context rules, by first word: where
    /// a rule can turn down an uncertainty reading ([`Lexicon::rule_rejects`]).
    ruled: HashMap<String, Vec<usize>>,
}

/// A lexicon phrase found in a token sequence.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Match {
    pub entry: usize,
    /// Token range (end exclusive).
    pub first: usize,
    pub last: usize,
}

/// Why a lexicon table does not parse.
#[derive(Debug, PartialEq, Eq)]
pub struct ParseError {
    /// The table's line, from 1.
    pub line: usize,
    /// What is wrong with it.
    pub message: String,
}

impl std::fmt::Display for ParseError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "cue lexicon line {}: {}", self.line, self.message)
    }
}

impl std::error::Error for ParseError {}

const BUILTIN: &str = data!("cues.tsv");
const READER: &str = data!("reader-cues.tsv");

impl Entry {
    /// One line of the table: phrase, category (`-` for none), strength,
    /// then optionally the negated reading and the context rules, separated
    /// by tabs.
    fn parse(line: &str) -> Result<Entry, String> {
        let fields: Vec<&str> = line.split('\t').collect();
        if !(3..=5).contains(&fields.len()) {
            return Err(format!(
                "expected 3 to 5 tab-separated fields, got {}",
                fields.len()
            ));
        }
        let words: Vec<String> = tokenize(fields[0]).into_iter().map(|t| t.norm).collect();
        if words.is_empty() {
            return Err("empty phrase".into());
        }
        let category = match fields[1] {
            "-" => None,
            name => {
                Some(Category::parse(name).ok_or_else(|| format!("unknown category {name:?}"))?)
            }
        };
        let strength: f32 = fields[2]
            .parse()
            .ok()
            .filter(|s: &f32| (0.0..=1.0).contains(s))
            .ok_or_else(|| format!("strength {:?} is not a number from 0 to 1", fields[2]))?;
        let negated = match fields.get(3).copied().unwrap_or("") {
            "" => WhenNegated::Keep,
            "-" => WhenNegated::Drop,
            name => WhenNegated::Become(
                Category::parse(name)
                    .ok_or_else(|| format!("unknown negated category {name:?}"))?,
            ),
        };
        if category.is_none() && negated == WhenNegated::Keep {
            return Err("a \"-\" cue needs a negated category".into());
        }
        let rules = match fields.get(4) {
            Some(spec) if !spec.is_empty() => Rule::parse_list(spec)?,
            _ => Vec::new(),
        };
        Ok(Entry {
            words,
            category,
            strength,
            negated,
            rules,
        })
    }
}

impl Lexicon {
    /// The lexicon compiled into the crate.
    ///
    /// The table is part of the source and `builtin_lexicon_parses` checks it,
    /// so a parse failure here is a build defect, not an input error.
    pub fn builtin() -> &'static Lexicon {
        static LEXICON: OnceLock<Lexicon> = OnceLock::new();
        LEXICON.get_or_init(|| Lexicon::parse(BUILTIN).expect("data/cues.tsv is valid"))
    }

    /// The reader-only table (data/reader-cues.tsv): cues of the reader
    /// level that the tagger never sees (see [`crate::reader`]).
    pub fn reader() -> &'static Lexicon {
        static LEXICON: OnceLock<Lexicon> = OnceLock::new();
        LEXICON.get_or_init(|| Lexicon::parse(READER).expect("data/reader-cues.tsv is valid"))
    }

    /// Parses a table in `data/cues.tsv`'s format (its header says it);
    /// the first bad line is an error.
    pub fn parse(table: &str) -> Result<Lexicon, ParseError> {
        let mut entries = Vec::new();
        for (i, line) in table.lines().enumerate() {
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let entry = Entry::parse(line).map_err(|message| ParseError {
                line: i + 1,
                message,
            })?;
            entries.push(entry);
        }
        let index = PhraseIndex::new(entries.iter().map(|e: &Entry| e.words.as_slice()));
        let mut ruled: HashMap<String, Vec<usize>> = HashMap::new();
        for (i, e) in entries.iter().enumerate() {
            if !e.rules.is_empty() && e.category.is_some_and(|c| c.is_uncertainty()) {
                ruled.entry(e.words[0].clone()).or_default().push(i);
            }
        }
        Ok(Lexicon {
            entries,
            index,
            ruled,
        })
    }

    /// The entry a match found.
    pub fn entry(&self, m: &Match) -> &Entry {
        &self.entries[m.entry]
    }

    /// Every entry, in table order.
    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    /// How many entries the table has.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether the table has no entry.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Leftmost-longest, non-overlapping matches whose context rules pass.
    ///
    /// `text` is the string the tokens index into; rules read its original
    /// capitalisation.
    pub fn find(&self, text: &str, tokens: &[Token]) -> Vec<Match> {
        self.index
            .find(
                tokens,
                |e| &self.entries[e].words,
                |e, first, end| {
                    self.entries[e]
                        .rules
                        .iter()
                        .all(|r| r.allows(text, tokens, first, end))
                },
            )
            .into_iter()
            .map(|m| Match {
                entry: m.index,
                first: m.first,
                last: m.last,
            })
            .collect()
    }

    /// Whether a context rule turns down an uncertainty phrase of the table
    /// that is spelled at token `at` ("May 3", "military might"): what the
    /// tagger reads as [`crate::tagger::LexMark::Rejected`].
    pub fn rule_rejects(&self, text: &str, tokens: &[Token], at: usize) -> bool {
        let Some(list) = tokens.get(at).and_then(|t| self.ruled.get(&t.norm)) else {
            return false;
        };
        list.iter().any(|&e| {
            let entry = &self.entries[e];
            let end = at + entry.words.len();
            spells(tokens, at, &entry.words)
                && !entry.rules.iter().all(|r| r.allows(text, tokens, at, end))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_lexicon_parses() {
        let lex = Lexicon::parse(BUILTIN).unwrap();
        assert!(lex.len() > 200);
        assert!(!Lexicon::parse(READER).unwrap().is_empty());
    }

    #[test]
    fn longest_phrase_wins() {
        let lex = Lexicon::builtin();
        let text = "It is highly likely that they could not be verified.";
        let tokens = tokenize(text);
        let found: Vec<String> = lex
            .find(text, &tokens)
            .iter()
            .map(|m| text[tokens[m.first].start..tokens[m.last - 1].end].to_string())
            .collect();
        assert_eq!(found, ["highly likely", "could not be verified"]);
    }

    #[test]
    fn reports_bad_lines_with_their_number() {
        let e = Lexicon::parse("# c\nmay\tspeculation\n").unwrap_err();
        assert_eq!(e.line, 2);
        let e = Lexicon::parse("may\tguess\t0.3\n").unwrap_err();
        assert!(e.message.contains("unknown category"), "{e}");
        let e = Lexicon::parse("may\tspeculation\t7\n").unwrap_err();
        assert!(e.message.contains("strength"), "{e}");
        let e = Lexicon::parse("evidence\t-\t0.3\n").unwrap_err();
        assert!(e.message.contains("negated"), "{e}");
        let e = Lexicon::parse("may\tspeculation\t0.3\t-\t\tnot-month\n").unwrap_err();
        assert!(e.message.contains("3 to 5"), "{e}");
        let e = Lexicon::parse("may\tspeculation\t0.3\t\tnot-sure=x\n").unwrap_err();
        assert!(e.message.contains("rule"), "{e}");
    }
}
