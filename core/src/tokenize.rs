//! Word tokens with byte offsets, shared by the cue matcher and the tagger.
//!
//! The rules are the few that matter for cue matching in news text: clitics
//! split off ("wouldn't" -> "would" + "n't", "it's" -> "it" + "'s") so that
//! negation and modals are seen; hyphenated words, decimals and "U.S" stay
//! whole; curly apostrophes count as straight ones.

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenKind {
    Word,
    Number,
    Punct,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Token {
    /// Byte offsets into the text that was tokenized.
    pub start: usize,
    pub end: usize,
    pub kind: TokenKind,
    /// Lowercased, with curly apostrophes straightened.
    pub norm: String,
}

impl Token {
    pub fn is_word(&self) -> bool {
        self.kind == TokenKind::Word
    }
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '\u{2019}'
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// Joiners that stay inside a token when a word character follows.
fn is_joiner(c: char) -> bool {
    matches!(c, '-' | '.' | '\u{2010}' | '\u{2011}') || is_apostrophe(c)
}

const CLITICS: [&str; 6] = ["s", "re", "ve", "ll", "d", "m"];

/// The tokens of `text`, in order, with byte offsets into it.
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut tokens = Vec::new();
    let mut chars = text.char_indices().peekable();
    while let Some((start, c)) = chars.next() {
        if c.is_whitespace() {
            continue;
        }
        if !is_word_char(c) {
            tokens.push(Token {
                start,
                end: start + c.len_utf8(),
                kind: TokenKind::Punct,
                norm: normalize(&text[start..start + c.len_utf8()]),
            });
            continue;
        }
        let mut end = start + c.len_utf8();
        let mut all_digits = c.is_ascii_digit();
        loop {
            let rest = &text[end..];
            let mut it = rest.chars();
            match (it.next(), it.next()) {
                (Some(n), _) if is_word_char(n) => {
                    all_digits &= n.is_ascii_digit();
                    end += n.len_utf8();
                }
                // "1,000" stays one number.
                (Some(','), Some(d)) if all_digits && d.is_ascii_digit() => end += 1,
                (Some(j), Some(n)) if is_joiner(j) && is_word_char(n) => {
                    all_digits &= j == '.' && n.is_ascii_digit();
                    end += j.len_utf8() + n.len_utf8();
                }
                _ => break,
            }
        }
        while chars.peek().is_some_and(|&(i, _)| i < end) {
            chars.next();
        }
        push_word(text, start, end, all_digits, &mut tokens);
    }
    tokens
}

/// Splits clitics off a word and pushes the parts.
fn push_word(text: &str, start: usize, end: usize, number: bool, out: &mut Vec<Token>) {
    let word = &text[start..end];
    let kind = if number {
        TokenKind::Number
    } else {
        TokenKind::Word
    };
    let lower = normalize(word);
    // "n't": the host keeps everything before the "n". The cut is taken from
    // the word as written: lowercasing can change byte lengths (the Kelvin
    // sign becomes a one-byte "k"), so lengths of `lower` are not offsets.
    if let Some(cut) = negative_clitic_start(word) {
        if cut > 0 {
            let split = start + cut;
            out.push(Token {
                start,
                end: split,
                kind,
                norm: normalize(&word[..cut]),
            });
            out.push(Token {
                start: split,
                end,
                kind,
                norm: "n't".into(),
            });
            return;
        }
    }
    if let Some(pos) = word.rfind(is_apostrophe) {
        let suffix = &lower[lower.rfind('\'').map_or(0, |p| p + 1)..];
        if pos > 0 && CLITICS.contains(&suffix) {
            out.push(Token {
                start,
                end: start + pos,
                kind,
                norm: normalize(&word[..pos]),
            });
            out.push(Token {
                start: start + pos,
                end,
                kind,
                norm: format!("'{suffix}"),
            });
            return;
        }
    }
    out.push(Token {
        start,
        end,
        kind,
        norm: lower,
    });
}

/// Byte offset in `word` where a final "n't" (or "n’t", any case) starts.
fn negative_clitic_start(word: &str) -> Option<usize> {
    let mut rev = word.char_indices().rev();
    let (_, t) = rev.next()?;
    let (_, a) = rev.next()?;
    let (n_at, n) = rev.next()?;
    (matches!(t, 't' | 'T') && is_apostrophe(a) && matches!(n, 'n' | 'N')).then_some(n_at)
}

pub fn normalize(s: &str) -> String {
    s.chars()
        .flat_map(|c| {
            if c == '\u{2019}' {
                '\''.to_lowercase()
            } else {
                c.to_lowercase()
            }
        })
        .collect()
}

/// Words that negate what follows, shared by cue detection (the lexicon's
/// "negated" column) and the tagger's negation features. "can't" and "won't"
/// tokenize to "ca"/"wo" + "n't".
pub const NEGATORS: [&str; 13] = [
    "not", "n't", "no", "never", "nor", "without", "neither", "none", "cannot", "lack", "lacks",
    "lacking", "lacked",
];

/// Whether a normalized token is one of [`NEGATORS`].
pub fn is_negator(norm: &str) -> bool {
    NEGATORS.contains(&norm)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn norms(text: &str) -> Vec<String> {
        tokenize(text).into_iter().map(|t| t.norm).collect()
    }

    #[test]
    fn splits_words_and_punctuation() {
        assert_eq!(
            norms("He said, \"Yes.\""),
            ["he", "said", ",", "\"", "yes", ".", "\""]
        );
    }

    #[test]
    fn splits_negative_and_other_clitics() {
        assert_eq!(norms("wouldn't"), ["would", "n't"]);
        assert_eq!(norms("Seoul’s"), ["seoul", "'s"]);
        assert_eq!(norms("it's"), ["it", "'s"]);
        assert_eq!(norms("O'Brien"), ["o'brien"]);
    }

    #[test]
    fn keeps_hyphens_decimals_and_abbreviations_whole() {
        assert_eq!(norms("high-ranking"), ["high-ranking"]);
        assert_eq!(norms("3.5 1,000"), ["3.5", "1,000"]);
        assert_eq!(tokenize("3.5")[0].kind, TokenKind::Number);
        assert_eq!(norms("U.S. troops"), ["u.s", ".", "troops"]);
    }

    #[test]
    fn offsets_point_into_the_text() {
        let text = "Kim’s “view” isn't clear";
        for t in tokenize(text) {
            assert!(text.get(t.start..t.end).is_some(), "{t:?}");
        }
        let t = tokenize(text);
        assert_eq!(&text[t[0].start..t[0].end], "Kim");
        assert_eq!(&text[t[1].start..t[1].end], "’s");
        let nt = t.iter().find(|t| t.norm == "n't").unwrap();
        assert_eq!(&text[nt.start..nt.end], "n't");
    }

    #[test]
    fn clitic_split_is_measured_on_the_word_as_written() {
        // The Kelvin sign (3 bytes) lowercases to a one-byte "k".
        let text = "\u{212A}\u{212A}én't";
        let t = tokenize(text);
        assert_eq!(norms(text), ["kké", "n't"]);
        assert_eq!(&text[t[0].start..t[0].end], "\u{212A}\u{212A}é");
        assert_eq!(&text[t[1].start..t[1].end], "n't");
        // 'İ' lowercases to two characters; "N’T" is a clitic in any case.
        assert_eq!(norms("İN’T"), ["i\u{307}", "n't"]);
    }

    #[test]
    fn empty_and_whitespace_give_no_tokens() {
        assert!(tokenize("").is_empty());
        assert!(tokenize(" \n\t ").is_empty());
    }
}
