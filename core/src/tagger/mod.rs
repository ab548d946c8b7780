//! The statistical cue tagger (work in progress).

use crate::category::Category;

/// A gold cue of an annotated sentence. Byte offsets into the sentence text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct GoldCue {
    pub start: usize,
    pub end: usize,
    pub category: Category,
}
