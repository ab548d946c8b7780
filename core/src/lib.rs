//! How sure is a news text? This crate splits a text into sentences and gives
//! each a confidence level, a score, the words that carry the doubt
//! ("highly likely", "unverified", "reportedly", "denied", …), who the claim is
//! attributed to, and a one-line explanation. It can also find the sentences
//! of several reports that tell the same claim.
//!
//! It is the analysis behind the `hedgelight` command-line program (crate
//! `hedgelight-cli`), the `<hedge-reader>` widget, the npm package and the
//! Python package. It does no I/O and needs no network or model download: the
//! cue lexicon and the tagger's weights are compiled in. The same code runs
//! natively and in WebAssembly.
//!
//! # Overview
//!
//! - [`analyze`] a text: one [`Sentence`] per segment, with its [`Level`],
//!   score, [`Cue`]s, [`Source`] and explanation. Offsets are bytes.
//! - [`analyze_sentence`]: one sentence as given, without segmentation.
//! - [`report`]: the same analysis as plain data with character offsets, the
//!   shapes of `hedgelight analyze`'s JSON (with the `serde` feature they
//!   serialize to it).
//! - [`segment`]: only the sentence splitter.
//! - [`steps`]: the same analysis a few sentences at a time, its report in
//!   chunks, the first ones long before a long text is analysed.
//! - [`compare`]: which sentences of several reports tell the same claim.
//! - [`offsets`]: byte offsets to characters or UTF-16 units.
//!
//! # The levels
//!
//! A sentence takes the **lowest** level that any of its cues allows:
//!
//! | level | name | when |
//! | --- | --- | --- |
//! | 1 | [disputed](Level::DISPUTED) | someone denies or dismisses the claim ("denied", "fake news", "hoax") |
//! | 2 | [unverified](Level::UNVERIFIED) | the text says the claim is unconfirmed ("could not be verified", "no evidence") |
//! | 3 | [hedged](Level::HEDGED) | speculation, belief, a condition, an open question, or an unnamed source |
//! | 4 | [attributed](Level::ATTRIBUTED) | reported from a named source ("said", "according to") with no hedge |
//! | 5 | [asserted](Level::ASSERTED) | stated as fact (boosters such as "confirmed" keep it here) |
//!
//! Cues come in nine [`Category`]s. The first four (speculation, belief,
//! condition, investigation) are *semantic uncertainty* in the sense of the
//! CoNLL-2010 shared task and set [`Sentence::uncertain`]; attribution,
//! anonymous, unverified, dispute and booster shape the level only. A negator
//! in the few words before a cue changes what it says: "no concrete evidence"
//! is unverified, "there is no doubt" a booster, "did not deny" no dispute.
//!
//! The score, in [0, 1], sits inside its level's band:
//! `score = (level − 1 + 1/(1 + d)) / 5`, where `d` is the strength of the
//! doubt cues less that of the boosters. Scores order sentences as levels do,
//! and more or stronger hedges lower a score within its level.
//!
//! Headlines, datelines, signposts and the like are not claims: their
//! [`Sentence::kind`] says which [`Kind`] they are, and they get no level, no
//! score and no cues.
//!
//! # Example: analyse a text
//!
//! ```
//! use hedgelight_core::{analyze, Category, Level};
//!
//! let text = "Two U.S. officials said the convoy may have crossed the border. \
//!             Moscow denied it. Six officers were killed.";
//! let sentences = analyze(text);
//! assert_eq!(sentences.len(), 3);
//!
//! let first = &sentences[0];
//! assert_eq!(first.level, Some(Level::HEDGED));
//! assert!(first.uncertain); // "may" is speculation
//! let cues: Vec<(&str, Category)> = first
//!     .cues
//!     .iter()
//!     .map(|c| (&text[c.start..c.end], c.category))
//!     .collect();
//! assert_eq!(
//!     cues,
//!     [
//!         ("Two U.S. officials", Category::Anonymous),
//!         ("said", Category::Attribution),
//!         ("may", Category::Speculation),
//!     ]
//! );
//! assert!(first.explanation.starts_with("Hedged"));
//!
//! assert_eq!(sentences[1].level, Some(Level::DISPUTED)); // "denied"
//! assert_eq!(sentences[2].level, Some(Level::ASSERTED));
//! assert_eq!(sentences[2].score, Some(1.0));
//! assert!(sentences[2].score > sentences[0].score);
//! ```
//!
//! # Example: the per-sentence report and its JSON
//!
//! [`report::document_report`] gives what `hedgelight analyze` prints: each
//! sentence with its text, its offsets in characters (Unicode scalar values,
//! Python's string indices), its level and cues, and the version and model
//! that made the report. [`report::document_report_in`] with
//! [`Units::Utf16`](offsets::Units::Utf16) counts UTF-16 units instead, as
//! JavaScript's `slice` does.
//!
//! ```
//! use hedgelight_core::report::{document_report, VERSION};
//! use hedgelight_core::Level;
//!
//! let text = "😀 Officials said it may rain. The claim could not be verified.";
//! let report = document_report(text);
//! assert_eq!(report.version, VERSION);
//! assert_eq!(report.levels, ["disputed", "unverified", "hedged", "attributed", "asserted"]);
//!
//! let first = &report.sentences[0];
//! assert_eq!(first.level, Some(Level::HEDGED));
//! let cue = &first.cues[0];
//! assert_eq!((cue.start, cue.end, cue.text.as_str()), (2, 11, "Officials"));
//! // Character offsets: the emoji counts one.
//! let chars: Vec<char> = text.chars().collect();
//! assert_eq!(chars[cue.start..cue.end].iter().collect::<String>(), "Officials");
//!
//! let second = &report.sentences[1];
//! assert_eq!(second.level, Some(Level::UNVERIFIED));
//! assert_eq!(second.cues[0].text, "could not be verified");
//!
//! // With the `serde` feature, the report is the CLI's JSON.
//! # #[cfg(feature = "serde")]
//! # {
//! let json = serde_json::to_value(&report).unwrap();
//! assert_eq!(json["sentences"][1]["level"], 2);
//! assert_eq!(json["sentences"][1]["cues"][0]["category"], "unverified");
//! # }
//! ```
//!
//! [`report::line_report`] analyses one line as one sentence (`hedgelight
//! lines`), and [`report::split_report`] gives only the sentences.
//!
//! # Example: who says so
//!
//! In an attributed sentence, [`Sentence::source`] is the [`Source`] that the
//! claim is attributed to. A named person or body leaves the sentence
//! attributed; an unnamed one ("two officials", "sources") makes it hedged.
//! A source that cites another lists it in [`Source::via`]. A sentence that
//! continues a quotation carries its speaker's source, and says which
//! sentence named it ([`Sentence::quote_of`], [`Sentence::source_from`]).
//!
//! ```
//! use hedgelight_core::{analyze, Level};
//!
//! let text = "Kim Yong-hyun said the troops had arrived. \
//!             Interfax-Ukraine reported the deaths, citing sources in military intelligence. \
//!             Kim said, “It was bad. It was worse.”";
//! let sentences = analyze(text);
//! let words = |start: usize, end: usize| &text[start..end];
//!
//! let kim = sentences[0].source.as_ref().unwrap();
//! assert_eq!(words(kim.start, kim.end), "Kim Yong-hyun");
//! assert!(kim.named);
//! assert_eq!(sentences[0].level, Some(Level::ATTRIBUTED));
//!
//! let agency = sentences[1].source.as_ref().unwrap();
//! assert_eq!(words(agency.start, agency.end), "Interfax-Ukraine");
//! let cited = &agency.via[0];
//! assert_eq!(words(cited.start, cited.end), "sources in military intelligence");
//! assert!(!cited.named);
//! assert_eq!(sentences[1].level, Some(Level::HEDGED)); // an unnamed source
//!
//! // "It was worse.” continues the quotation that sentence 2 opened.
//! assert_eq!(sentences[3].quote_of, Some(2));
//! let speaker = sentences[3].source.as_ref().unwrap();
//! assert_eq!(words(speaker.start, speaker.end), "Kim");
//! ```
//!
//! # Example: compare reports
//!
//! [`compare::group`] finds the claims that several texts share: each
//! [`compare::Group`] holds sentences of two or more texts, in date order,
//! each with its level, so a reader can follow a claim from report to report.
//! [`compare::group_analysed`] does the same on texts already analysed, with
//! [`compare::Options`].
//!
//! ```
//! use hedgelight_core::compare::{group, Text};
//! use hedgelight_core::Level;
//!
//! let texts = [
//!     Text {
//!         title: "wire",
//!         date: Some("2024-10-09"),
//!         text: "Seoul said it was highly likely that six officers died near Donetsk.",
//!     },
//!     Text {
//!         title: "daily",
//!         date: Some("2024-10-08"),
//!         text: "Six officers were killed near Donetsk on October 3. The weather was fine.",
//!     },
//! ];
//! let groups = group(&texts);
//! assert_eq!(groups.len(), 1);
//! let members = &groups[0].members;
//! // The earlier report first: asserted there, hedged a day later.
//! assert_eq!((members[0].text, members[0].level), (1, Some(Level::ASSERTED)));
//! assert_eq!((members[1].text, members[1].level), (0, Some(Level::HEDGED)));
//! // A readable label, and the terms the sentences share.
//! assert!(groups[0].label.contains("Donetsk"));
//! assert!(groups[0].terms.contains(&"donetsk".to_string()));
//! ```
//!
//! # Offsets
//!
//! [`Sentence`], [`Cue`] and [`Source`] give byte offsets into the analysed
//! text, what slicing a `str` takes. The [`report`] types give characters, or
//! UTF-16 units on request; [`offsets`] converts.
//!
//! # Crate features
//!
//! - `serde` (off by default): `Serialize` and `Deserialize` for the
//!   [`report`] types and for [`Level`] (a number, read back only as 1 to 5),
//!   [`Category`] and [`Kind`] (lower-case names); `Serialize` for [`Cue`];
//!   `Deserialize` for [`compare::HandGrouping`]. The JSON is `hedgelight
//!   analyze`'s, and a saved report reads back into the types it came from.
//! - `wasm-stream` (off by default; turns on `serde`): the `analysis_stream!`
//!   macro, the `AnalysisStream` class of Hedgelight's WebAssembly modules
//!   (a long text's report in chunks, as JSON). It adds no dependency: the
//!   crate that calls it brings wasm-bindgen and serde_json.
//!
//! # How it works
//!
//! The pipeline is a few steps, one module each: the segmenter splits the
//! text into sentences and decides which are claims; in each claim, cues are
//! found by a statistical tagger (the four uncertainty categories: a linear
//! model over context features, trained on the Szeged Uncertainty Corpus,
//! `data/model.bin`) and a lexicon (`data/cues.tsv`, with context rules and
//! negation); the source is the noun phrase next to an attribution cue; the
//! cues give the level and the score; the explanation says why in one
//! sentence. The repository's `docs/DESIGN.md` and `docs/DETECTION.md` tell
//! the design and how the detector was measured.
//!
//! # Minimum Rust version
//!
//! Rust 1.85, built and tested with it.
//!
//! # Licence
//!
//! The code is MIT OR Apache-2.0. The tagger's weights and parts of the
//! lexicon, compiled into every build, are derived from the Szeged
//! Uncertainty Corpus and licensed CC BY-SA 3.0, so the crate as built is
//! `(MIT OR Apache-2.0) AND CC-BY-SA-3.0` (NOTICE).

#![warn(missing_docs)]

/// A data file of `data/`, compiled in without its comment lines (build.rs).
macro_rules! data {
    ($name:literal) => {
        include_str!(concat!(env!("OUT_DIR"), "/", $name))
    };
}

mod analysis;
mod category;
pub mod compare;
mod condition;
mod conflict;
mod contradiction;
mod detect;
mod entity;
mod explain;
mod handoff;
mod kind;
mod lexicon;
pub mod offsets;
mod phrases;
mod quotes;
mod reader;
pub mod report;
mod rules;
mod score;
pub mod segment;
mod soundbite;
mod source;
mod spans;
pub mod steps;
mod stepwise;
mod tagger;
mod tokenize;
#[cfg(feature = "wasm-stream")]
mod wasm_stream;
mod wordlists;

pub use analysis::{analyze_sentence, Sentence};
pub use category::Category;
pub use detect::Cue;
pub use kind::Kind;
pub use score::Level;
pub use source::Source;
pub use stepwise::analyze;

/// The tagger's training and evaluation, and the lexicon and model parsers:
/// what `hedgelight train` and `hedgelight eval --folds` (the CLI), the fuzz
/// targets and this crate's own tests call. They are separate crates, so this
/// must be `pub`; but a lexicon or model other than the built-in one is not
/// something the analysis offers its users, so it is hidden from the docs and
/// not covered by semantic versioning: it may change in any release.
#[doc(hidden)]
pub mod internals {
    pub use crate::analysis::analyze_sentence_with;
    pub use crate::detect::Detector;
    pub use crate::kind::classify;
    pub use crate::lexicon::{Lexicon, ParseError};
    pub use crate::quotes::{groups as quote_groups, quoted_units};
    pub use crate::tagger::shuffle::shuffled;
    pub use crate::tagger::train::{train, Config, Example, DEFAULT_SEED};
    pub use crate::tagger::{lex_marks, GoldCue, ModelError, Tagger};
    pub use crate::tokenize::tokenize;
}
