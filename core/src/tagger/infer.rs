//! Inference: a sentence's candidates scored by the quantized weights of
//! their features, and the ones above the threshold tagged as cues.

use std::sync::OnceLock;

use crate::tokenize::Token;

use super::features::{self, Candidate, Context};
use super::marks::LexMark;
use super::{Tagged, Tagger, BUILTIN};

/// A candidate and its score (positive: a cue, at the default threshold).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Scored {
    pub candidate: Candidate,
    pub score: f32,
}

impl Tagger {
    /// The model compiled into the crate. Never panics: if the bytes were
    /// unusable (a build defect, which `builtin_model_loads` rules out), it is
    /// the empty tagger and detection falls back to the lexicon.
    pub fn builtin() -> &'static Tagger {
        static TAGGER: OnceLock<Tagger> = OnceLock::new();
        TAGGER.get_or_init(|| Tagger::from_bytes(BUILTIN).unwrap_or_default())
    }

    /// True for a tagger without vocabulary (nothing to mark).
    pub fn is_empty(&self) -> bool {
        self.vocab.phrases.is_empty()
    }

    /// Number of non-zero features.
    pub fn feature_count(&self) -> usize {
        self.keys.len()
    }

    fn weight(&self, feature: u32) -> f32 {
        self.weight_of_folded(features::fold(feature, self.hash_bits))
    }

    pub(super) fn weight_of_folded(&self, key: u32) -> f32 {
        match self.keys.binary_search(&key) {
            Ok(i) => self
                .codebook
                .get(usize::from(self.codes[i]))
                .copied()
                .unwrap_or(0.0),
            Err(_) => 0.0,
        }
    }

    /// Scores every candidate of a sentence.
    pub fn score_candidates(&self, text: &str, tokens: &[Token], lex: &[LexMark]) -> Vec<Scored> {
        let mut feats = Vec::with_capacity(96);
        let ctx = Context::new(text, tokens, lex);
        self.vocab
            .candidates(tokens)
            .into_iter()
            .map(|c| {
                feats.clear();
                features::features(&ctx, &self.vocab.phrases[c.phrase], c, &mut feats);
                Scored {
                    candidate: c,
                    score: feats.iter().map(|&f| self.weight(f)).sum(),
                }
            })
            .collect()
    }

    /// The cues of one sentence.
    pub fn tag(&self, text: &str, tokens: &[Token], lex: &[LexMark]) -> Vec<Tagged> {
        self.score_candidates(text, tokens, lex)
            .into_iter()
            .filter(|s| s.score > self.threshold)
            .map(
                |Scored {
                     candidate: c,
                     score,
                 }| Tagged {
                    first: c.first,
                    last: c.last,
                    category: self.vocab.phrases[c.phrase].category,
                    score,
                },
            )
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_model_loads() {
        let t = Tagger::from_bytes(BUILTIN).expect("data/model.bin loads");
        assert!(!t.is_empty());
        assert!(t.feature_count() > 1000);
        assert!(!Tagger::builtin().is_empty());
        // Compact enough for the widget (about 48 KB brotli).
        assert!(BUILTIN.len() < 100 * 1024, "{} bytes", BUILTIN.len());
    }
}
