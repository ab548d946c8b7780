//! Hedgelight's analysis engine: how confident is each sentence of a news text,
//! and which words say so.
//!
//! ```
//! use hedgelight_core::{analyze, Category, Level};
//!
//! let text = "Six officers were killed. Seoul said it was \"highly likely\".";
//! let sentences = analyze(text);
//! assert_eq!(sentences[0].level, Some(Level::ASSERTED));
//! assert_eq!(sentences[1].level, Some(Level::HEDGED));
//! let cue = &sentences[1].cues[0];
//! assert_eq!(cue.category, Category::Attribution); // "said"
//! assert!(sentences[1].uncertain); // "highly likely" is speculation
//! ```
//!
//! The pipeline is four steps, one module each, run by [`analysis`]:
//! [`segment`] splits text into sentences; [`detect`] finds cues in the
//! [`tokenize`]d sentence with the statistical [`tagger`] (uncertainty:
//! speculation, belief, condition, investigation; model in `data/model.bin`)
//! and the [`lexicon`] (a table in `data/cues.tsv`, with context [`rules`]
//! and negation; the news categories, each of [`category`]); [`score`] turns
//! cues into a level and a score; [`explain`] says why in one sentence.
//! [`report`] gives the JSON shapes shared by the command-line program and
//! the widget.
//!
//! Nothing here depends on a UI or on the platform: the same code runs in the
//! CLI, in benchmarks and in the browser (wasm32).

pub mod analysis;
pub mod category;
pub mod compare;
pub mod condition;
pub mod conflict;
pub mod contradiction;
pub mod detect;
pub mod explain;
mod handoff;
pub mod kind;
pub mod lexicon;
pub mod offsets;
pub mod phrases;
pub mod quotes;
pub mod reader;
pub mod report;
pub mod rules;
pub mod score;
pub mod segment;
mod soundbite;
pub mod source;
pub mod spans;
pub mod steps;
pub mod tagger;
pub mod tokenize;
pub mod wordlists;

pub use analysis::{analyze, analyze_sentence, Sentence};
pub use category::Category;
pub use detect::Cue;
pub use score::Level;
