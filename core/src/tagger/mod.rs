//! The statistical cue tagger: decides which occurrences of uncertainty words
//! are cues ("may" the modal, not "May 3"; "would" in a conditional, not in
//! reported plans).
//!
//! Candidates are the occurrences of the phrases of the model's vocabulary
//! ([`features::Vocab`]); a linear model (logistic regression, see
//! [`train`]) over hashed context features scores each one, and a score
//! above the threshold makes it a cue of the phrase's category. One of the
//! features is what the lexicon says about each token ([`marks`]).
//!
//! The modules, in the order a model is made and used:
//! - [`features`]: candidates and their hashed features;
//! - [`marks`]: the lexicon's view of each token, a feature;
//! - [`train`]: fitting the weights (with [`shuffle`], the seeded order);
//! - `quantize`: the weights as one-byte codes into a small codebook;
//! - `format`: the model file, `data/model.bin`, compiled in ([`Tagger::to_bytes`]
//!   gives the layout); `hedgelight train` rebuilds it;
//! - `infer`: scoring a sentence's candidates and tagging its cues.

pub mod features;
mod format;
mod infer;
pub mod marks;
mod quantize;
pub mod shuffle;
pub mod train;

pub use format::ModelError;
pub use marks::{lex_marks, marks_of, LexMark};
pub use quantize::Weight;

use crate::category::Category;
use features::Vocab;

/// The model compiled into the crate ([`Tagger::builtin`]).
const BUILTIN: &[u8] = include_bytes!("../../data/model.bin");

/// A gold cue of an annotated sentence. Byte offsets into the sentence text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct GoldCue {
    /// Byte offset of the cue's first word.
    pub start: usize,
    /// Byte offset just past its last word.
    pub end: usize,
    /// Its category (one of the four uncertainty categories).
    pub category: Category,
}

/// A cue the tagger found: tokens `first..last`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Tagged {
    pub first: usize,
    pub last: usize,
    pub category: Category,
    pub score: f32,
}

/// A trained tagger: vocabulary and quantized weights.
#[derive(Clone, Debug, Default)]
pub struct Tagger {
    /// The phrases it tags: its candidates.
    pub vocab: Vocab,
    /// Feature hashes are folded to this many bits ([`features::fold`]).
    hash_bits: u32,
    /// Folded feature hashes, strictly increasing.
    keys: Vec<u32>,
    /// One weight per key: an index into `codebook`.
    codes: Vec<u8>,
    /// The weight values (a few levels shared by all features).
    codebook: Vec<f32>,
    /// A candidate is a cue when its score is above this.
    pub threshold: f32,
}
