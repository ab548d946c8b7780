//! No input makes the analysis panic, and every offset it reports points at
//! what it says: generated strings that mix ASCII with characters whose
//! lowercase has another byte length (the Kelvin sign, 'İ', 'ẞ'), curly
//! apostrophes, clitics, emoji and combining marks.

use hedgelight_core::internals::tokenize;
use hedgelight_core::report::{document_report, line_report};
use hedgelight_core::{analyze, analyze_sentence};

/// xorshift64*: a tiny deterministic generator (no dependency).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

const PIECES: &[&str] = &[
    "a",
    "The",
    " ",
    " ",
    " ",
    "\n",
    "may",
    "might",
    "n't",
    "n’t",
    "N'T",
    "'",
    "’",
    "'s",
    "’s",
    "\u{212A}", // Kelvin sign: lowercases to the one-byte 'k'
    "\u{212B}", // Angstrom sign: lowercases to 'å' (2 bytes)
    "İ",        // lowercases to "i" + a combining dot
    "ẞ",        // lowercases to the 2-byte 'ß'
    "Σ",
    "ǅ",
    "é",
    "e\u{301}",
    "\u{301}",
    "\u{200d}",
    "😀",
    "👩‍👩‍👧",
    ".",
    "?",
    "!",
    ",",
    "-",
    "\"",
    "“",
    "”",
    "1,000",
    "3.5",
    "U.S.",
    "don't",
    "won’t",
    "\u{212A}\u{212A}én't",
    "İn't",
    "ẞn’T",
    "cannot",
    "could not be verified",
    "yet to confirm",
    "confirmed",
    "no doubt",
    "said",
    "if",
    "whether",
    "Highly likely",
    "Это",
    "May 3",
];

fn random_text(rng: &mut Rng) -> String {
    let n = 1 + rng.below(40);
    (0..n).map(|_| PIECES[rng.below(PIECES.len())]).collect()
}

fn char_slice(text: &str, start: usize, end: usize) -> Option<String> {
    let chars: Vec<char> = text.chars().collect();
    chars.get(start..end).map(|c| c.iter().collect())
}

fn check(text: &str) {
    // Tokens: on character boundaries, non-empty, in order.
    let tokens = tokenize(text);
    let mut prev_end = 0;
    for t in &tokens {
        assert!(
            t.start < t.end && t.end <= text.len(),
            "{text:?}: {t:?} out of range"
        );
        assert!(
            text.is_char_boundary(t.start) && text.is_char_boundary(t.end),
            "{text:?}: {t:?} splits a character"
        );
        assert!(t.start >= prev_end, "{text:?}: {t:?} out of order");
        prev_end = t.end;
    }

    let s = analyze_sentence(text);
    for c in &s.cues {
        assert!(text.get(c.start..c.end).is_some(), "{text:?}: {c:?}");
    }
    for s in analyze(text) {
        assert!(text.get(s.range.clone()).is_some(), "{text:?}: {s:?}");
        for c in &s.cues {
            assert!(text.get(c.start..c.end).is_some(), "{text:?}: {c:?}");
        }
    }
    for c in line_report(text).cues {
        assert_eq!(
            char_slice(text, c.start, c.end).as_deref(),
            Some(c.text.as_str()),
            "{text:?}: {c:?}"
        );
    }
    for s in document_report(text).sentences {
        assert_eq!(
            char_slice(text, s.start, s.end).as_deref(),
            Some(s.text.as_str()),
            "{text:?}"
        );
        for c in s.cues {
            assert_eq!(
                char_slice(text, c.start, c.end).as_deref(),
                Some(c.text.as_str()),
                "{text:?}: {c:?}"
            );
        }
    }
}

#[test]
fn clitics_after_characters_whose_lowercase_changes_length() {
    for text in [
        "\u{212A}\u{212A}én't doubt it.",
        "İn't it?",
        "ẞn’t",
        "\u{212A}N'T",
        "\u{212A}n't",
        "\u{212A}'s",
        "İ's view",
    ] {
        check(text);
    }
    let text = "\u{212A}\u{212A}én't doubt it.";
    let tokens = tokenize(text);
    assert_eq!(&text[tokens[0].start..tokens[0].end], "\u{212A}\u{212A}é");
    assert_eq!(tokens[0].norm, "kké");
    assert_eq!(&text[tokens[1].start..tokens[1].end], "n't");
    assert_eq!(tokens[1].norm, "n't");
}

#[test]
fn generated_texts_never_panic_and_offsets_hold() {
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    for _ in 0..3000 {
        check(&random_text(&mut rng));
    }
}

#[test]
fn a_very_long_sentence_is_analysed() {
    // No punctuation to split on: one sentence of 50,000 tokens, with
    // candidates and trigger words throughout (the tagger must stay linear).
    let words = [
        "officials",
        "may",
        "say",
        "that",
        "\"",
        "it",
        "would",
        "be",
        "if",
        "not",
        "whether",
        "the",
        "report",
        "could",
        "said",
    ];
    let text: String = (0..50_000)
        .map(|i| words[i % words.len()])
        .collect::<Vec<_>>()
        .join(" ");
    assert_eq!(tokenize(&text).len(), 50_000);
    let s = analyze_sentence(&text);
    assert!(s.uncertain);
    let doc = document_report(&text);
    assert!(!doc.sentences.is_empty());
}
