//! Candidates and their features.
//!
//! A candidate is an occurrence of a phrase of the tagger's vocabulary (every
//! phrase seen as a gold cue in training, plus the uncertainty phrases of the
//! curated lexicon), found leftmost-longest like the lexicon's matches. The
//! classifier then decides, per occurrence, whether it is a cue.
//!
//! Features are hashed strings (FNV-1a, 32 bits) and mostly *conjoined with
//! the phrase*: "would" next to "if" and "may" next to a number each get their
//! own weights, so the model is in effect one small classifier per ambiguous
//! word, with wide context (neighbours ±2, a bag of words ±6, sentence-wide
//! trigger words, quotes, negation, capitalisation). A crude stem of the
//! phrase shares evidence between inflections; a few phrase-free features let
//! lexicon words never seen in training be decided at all.

use crate::category::Category;
use crate::phrases::PhraseIndex;
use crate::tokenize::is_negator;
use crate::tokenize::{Token, TokenKind};

use super::marks::LexMark;

/// A phrase the tagger can mark.
#[derive(Clone, Debug, PartialEq)]
pub struct Phrase {
    /// Normalized words, as the tokenizer gives them.
    pub words: Vec<String>,
    /// The category a cue of this phrase gets.
    pub category: Category,
}

impl Phrase {
    pub fn key(&self) -> String {
        self.words.join(" ")
    }
}

/// The phrases, indexed by first word (longest first).
#[derive(Clone, Debug, Default)]
pub struct Vocab {
    pub phrases: Vec<Phrase>,
    index: PhraseIndex,
}

impl Vocab {
    pub fn new(phrases: Vec<Phrase>) -> Vocab {
        let index = PhraseIndex::new(phrases.iter().map(|p| p.words.as_slice()));
        Vocab { phrases, index }
    }

    /// Leftmost-longest, non-overlapping phrase occurrences.
    pub fn candidates(&self, tokens: &[Token]) -> Vec<Candidate> {
        self.index
            .find(tokens, |p| &self.phrases[p].words, |_, _, _| true)
            .into_iter()
            .map(|m| Candidate {
                first: m.first,
                last: m.last,
                phrase: m.index,
            })
            .collect()
    }
}

/// A phrase occurrence: tokens `first..last`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Candidate {
    pub first: usize,
    pub last: usize,
    pub phrase: usize,
}

/// Words whose presence anywhere in the sentence is a feature of every candidate.
const TRIGGERS: [&str; 34] = [
    "if",
    "unless",
    "would",
    "will",
    "could",
    "can",
    "may",
    "might",
    "should",
    "said",
    "says",
    "say",
    "told",
    "according",
    "when",
    "until",
    "before",
    "after",
    "whether",
    "?",
    "not",
    "n't",
    "than",
    "that",
    "because",
    "so",
    "expected",
    "believe",
    "\"",
    "to",
    "be",
    "have",
    "been",
    "or",
];

fn fnv(parts: &[&str]) -> u32 {
    let mut h: u32 = 0x811c_9dc5;
    for (i, p) in parts.iter().enumerate() {
        if i > 0 {
            h ^= 0x1f;
            h = h.wrapping_mul(0x0100_0193);
        }
        for &b in p.as_bytes() {
            h ^= u32::from(b);
            h = h.wrapping_mul(0x0100_0193);
        }
    }
    h
}

/// A feature hash folded to its low `bits` bits (the model stores fewer
/// bits per key; training sees the same folded hashes, so features that share
/// a folded hash share a weight from the start).
pub fn fold(h: u32, bits: u32) -> u32 {
    if bits >= 32 {
        h
    } else {
        (h ^ (h >> bits)) & ((1u32 << bits) - 1)
    }
}

/// A crude stem shared by inflections: suggests/suggested/suggesting -> suggest,
/// believe/believed/believes -> believ.
pub fn stem(word: &str) -> &str {
    for suffix in ["ing", "ed", "es", "s", "e", "ly"] {
        if let Some(s) = word.strip_suffix(suffix) {
            if s.len() >= 3 {
                return s;
            }
        }
    }
    word
}

fn shape(text: &str, t: &Token) -> &'static str {
    match t.kind {
        TokenKind::Number => "d",
        TokenKind::Punct => "p",
        TokenKind::Word => {
            let s = &text[t.start..t.end];
            let mut chars = s.chars();
            let first_upper = chars.next().is_some_and(char::is_uppercase);
            if !first_upper {
                "x"
            } else if s
                .chars()
                .filter(|c| c.is_alphabetic())
                .all(char::is_uppercase)
            {
                "X"
            } else {
                "Xx"
            }
        }
    }
}

fn is_quote(norm: &str) -> bool {
    matches!(norm, "\"" | "“" | "”" | "``" | "''")
}

/// What the features of a sentence's candidates share, computed once per
/// sentence so that a candidate's features cost the same in a sentence of
/// ten words and of ten thousand.
#[derive(Clone, Debug)]
pub struct Context<'a> {
    text: &'a str,
    tokens: &'a [Token],
    lex: &'a [LexMark],
    /// Quote marks among `tokens[..i]`, for every `i` (one more than tokens).
    quotes_before: Vec<u32>,
    /// The first token that is not punctuation (`tokens.len()` if none).
    first_word: usize,
    /// For each of [`TRIGGERS`], its first and last position in the sentence.
    triggers: [Option<(usize, usize)>; TRIGGERS.len()],
}

impl<'a> Context<'a> {
    pub fn new(text: &'a str, tokens: &'a [Token], lex: &'a [LexMark]) -> Context<'a> {
        let mut quotes_before = Vec::with_capacity(tokens.len() + 1);
        let mut quotes = 0u32;
        quotes_before.push(0);
        let mut triggers = [None; TRIGGERS.len()];
        for (i, t) in tokens.iter().enumerate() {
            quotes += u32::from(is_quote(&t.norm));
            quotes_before.push(quotes);
            if let Some(j) = TRIGGERS.iter().position(|&w| w == t.norm) {
                let span: &mut Option<(usize, usize)> = &mut triggers[j];
                *span = Some(span.map_or((i, i), |(first, _)| (first, i)));
            }
        }
        let first_word = tokens
            .iter()
            .position(|t| t.kind != TokenKind::Punct)
            .unwrap_or(tokens.len());
        Context {
            text,
            tokens,
            lex,
            quotes_before,
            first_word,
            triggers,
        }
    }
}

/// The features of one candidate, pushed onto `out` as hashes.
// long-function: a flat list of features, one after another; split, it would
// only scatter the list the model's weights are indexed by.
pub fn features(ctx: &Context, phrase: &Phrase, c: Candidate, out: &mut Vec<u32>) {
    let (text, tokens, lex) = (ctx.text, ctx.tokens, ctx.lex);
    let key = phrase.key();
    let k = key.as_str();
    let st = stem(phrase.words.last().map_or("", String::as_str));
    let word = |i: isize| -> &str {
        if i < 0 {
            "<s>"
        } else if let Some(t) = tokens.get(i as usize) {
            if t.kind == TokenKind::Number {
                "<num>"
            } else {
                t.norm.as_str()
            }
        } else {
            "</s>"
        }
    };
    let f = c.first as isize;
    let l = c.last as isize;
    let (p1, p2, n1, n2) = (word(f - 1), word(f - 2), word(l), word(l + 1));
    let mut push = |parts: &[&str]| out.push(fnv(parts));

    push(&["b"]);
    push(&["k", k]);
    push(&["s", st]);
    push(&["k-1", k, p1]);
    push(&["k-2", k, p2]);
    push(&["k+1", k, n1]);
    push(&["k+2", k, n2]);
    push(&["k-21", k, p2, p1]);
    push(&["k+12", k, n1, n2]);
    push(&["k-+", k, p1, n1]);
    push(&["s-1", st, p1]);
    push(&["s+1", st, n1]);
    push(&["s+12", st, n1, n2]);
    push(&["s-+", st, p1, n1]);
    push(&["g+1", n1]);
    push(&["g-1", p1]);

    // Capitalisation: "Will" the name, "May" the month; sentence-initial.
    let first_word = c.first <= ctx.first_word;
    let own = shape(text, &tokens[c.first]);
    push(&["kcap", k, own, if first_word { "initial" } else { "inner" }]);
    let nshape = tokens.get(c.last).map_or("</s>", |t| shape(text, t));
    let pshape = c
        .first
        .checked_sub(1)
        .map_or("<s>", |i| shape(text, &tokens[i]));
    push(&["kshape", k, pshape, nshape]);
    // The next word's ending: "be", "have", "-ed", "-ing", "-ly".
    let suffix = |w: &str| -> String {
        let n = w.chars().count();
        w.chars().skip(n.saturating_sub(3)).collect()
    };
    push(&["k+1suf", k, &suffix(n1)]);
    push(&["k-1suf", k, &suffix(p1)]);

    // Negation just after ("could not") or shortly before ("not expected").
    let neg_after = (c.last..(c.last + 2).min(tokens.len())).any(|i| is_negator(&tokens[i].norm));
    let neg_before = (c.first.saturating_sub(3)..c.first).any(|i| is_negator(&tokens[i].norm));
    push(&[
        "kneg",
        k,
        if neg_after { "after" } else { "-" },
        if neg_before { "before" } else { "-" },
    ]);

    // Inside quotes: an odd number of quote marks before it.
    let quotes = ctx.quotes_before.get(c.first).copied().unwrap_or(0);
    let in_quotes = if quotes % 2 == 1 { "q" } else { "-" };
    push(&["kq", k, in_quotes]);

    // A bag of words around it.
    let lo = c.first.saturating_sub(6);
    let hi = (c.last + 6).min(tokens.len());
    for i in (lo..c.first).chain(c.last..hi) {
        let t = &tokens[i];
        if t.kind == TokenKind::Word {
            push(&["kbag", k, &t.norm]);
        }
    }
    // Sentence-wide triggers, once per side however often they occur.
    for (&w, span) in TRIGGERS.iter().zip(&ctx.triggers) {
        if let Some((first, last)) = *span {
            if first < c.first {
                push(&["ktrig", k, w, "<"]);
            }
            if last >= c.last {
                push(&["ktrig", k, w, ">"]);
            }
        }
    }
    if tokens.last().is_some_and(|t| t.norm == "?") {
        push(&["kquestion", k]);
    }

    // What the curated lexicon (with its context rules) says.
    match lex.get(c.first).copied().unwrap_or_default() {
        LexMark::UncertainStart(cat) => {
            push(&["lex", cat.as_str()]);
            push(&["klex", k, "start"]);
            push(&["lex+1", cat.as_str(), n1]);
            push(&["lex-1", cat.as_str(), p1]);
        }
        LexMark::UncertainInside => push(&["klex", k, "inside"]),
        LexMark::Other => push(&["klex", k, "other"]),
        LexMark::Rejected => {
            push(&["klex", k, "rejected"]);
            push(&["rejected"]);
        }
        LexMark::None => push(&["klex", k, "none"]),
    }
    push(&["cat", phrase.category.as_str()]);
    push(&["cat+1", phrase.category.as_str(), n1]);
    push(&["cat-1", phrase.category.as_str(), p1]);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokenize::tokenize;

    #[test]
    fn folded_hashes_fit_their_width() {
        for h in [0u32, 1, 0xdead_beef, u32::MAX] {
            assert!(fold(h, 20) < 1 << 20);
            assert_eq!(fold(h, 32), h);
        }
    }

    #[test]
    fn stems_share_inflections() {
        assert_eq!(stem("suggested"), stem("suggests"));
        assert_eq!(stem("believe"), stem("believed"));
        assert_eq!(stem("may"), "may");
    }

    #[test]
    fn candidates_are_leftmost_longest() {
        let v = Vocab::new(vec![
            Phrase {
                words: vec!["whether".into()],
                category: Category::Investigation,
            },
            Phrase {
                words: vec!["whether".into(), "or".into(), "not".into()],
                category: Category::Investigation,
            },
            Phrase {
                words: vec!["may".into()],
                category: Category::Speculation,
            },
        ]);
        let tokens = tokenize("Whether or not it may rain, whether");
        let c = v.candidates(&tokens);
        assert_eq!(c.len(), 3);
        assert_eq!((c[0].first, c[0].last), (0, 3));
        assert_eq!((c[1].first, c[1].last), (4, 5));
        assert_eq!((c[2].first, c[2].last), (7, 8));
    }

    #[test]
    fn features_are_deterministic() {
        let text = "Analysts expect prices may rise in May.";
        let tokens = tokenize(text);
        let lex = vec![LexMark::None; tokens.len()];
        let p = Phrase {
            words: vec!["may".into()],
            category: Category::Speculation,
        };
        let c = Candidate {
            first: 3,
            last: 4,
            phrase: 0,
        };
        let ctx = Context::new(text, &tokens, &lex);
        let (mut a, mut b) = (Vec::new(), Vec::new());
        features(&ctx, &p, c, &mut a);
        features(&ctx, &p, c, &mut b);
        assert_eq!(a, b);
        assert!(a.len() > 20);
    }
}
