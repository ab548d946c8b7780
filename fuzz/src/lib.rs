//! What the fuzz targets share: the analysis's invariants (the same checks
//! the ordinary tests run, from `core/tests/adversarial/checks.rs`) and a few
//! sentences to run other lexicons and models on.

use std::borrow::Cow;

#[path = "../../core/tests/adversarial/checks.rs"]
pub mod checks;

/// The fuzzer's bytes as text; invalid UTF-8 is read as U+FFFD, as the
/// command-line program reads it.
pub fn text(data: &[u8]) -> Cow<'_, str> {
    String::from_utf8_lossy(data)
}

/// Sentences that hold cues of every category, for a fuzzed lexicon or model
/// to find cues in.
pub const SAMPLES: [&str; 6] = [
    "North Korean troops may be fighting in Ukraine, according to Seoul's defence minister.",
    "Moscow denied the report, which could not be verified; officials said it was \"highly likely\".",
    "If the claims are true, it is unclear whether the deaths were confirmed.",
    "“There is no doubt,” a source who requested anonymity told Reuters. May 3 was quiet.",
    "Kyiv confirmed it but Moscow dismissed it as fake news; analysts believe no evidence of fraud exists.",
    "Это — 😀 İn't \u{212A}\u{212A}én't won’t\r\nlines\u{2028}and\u{2029}paragraphs.",
];
