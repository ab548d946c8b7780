//! The statistical cue tagger: decides which occurrences of uncertainty words
//! are cues ("may" the modal, not "May 3"; "would" in a conditional, not in
//! reported plans).
//!
//! Candidates are the occurrences of the phrases of the model's vocabulary
//! ([`features::Vocab`]); a linear model (an averaged perceptron, see
//! [`train`]) over hashed context features scores each one, and a positive
//! score makes it a cue of the phrase's category. The trained model is
//! compiled in from `data/model.bin` (format in [`Tagger::from_bytes`]);
//! `hedgelight train` rebuilds it.

pub mod features;
pub mod train;

use std::collections::HashMap;
use std::sync::OnceLock;

use crate::category::Category;
use crate::lexicon::{Lexicon, Match};
use crate::tokenize::Token;
use features::{Candidate, LexMark, Phrase, Vocab};

/// A gold cue of an annotated sentence. Byte offsets into the sentence text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct GoldCue {
    pub start: usize,
    pub end: usize,
    pub category: Category,
}

/// What the lexicon says about each token (a feature of the tagger).
pub fn lex_marks(text: &str, tokens: &[Token], lexicon: &Lexicon) -> Vec<LexMark> {
    marks_of(text, tokens, lexicon, &lexicon.find(text, tokens))
}

/// Uncertainty entries of the built-in lexicon that have context rules, by first word.
fn ruled_entries() -> &'static HashMap<String, Vec<usize>> {
    static INDEX: OnceLock<HashMap<String, Vec<usize>>> = OnceLock::new();
    INDEX.get_or_init(|| {
        let lexicon = Lexicon::builtin();
        let mut index: HashMap<String, Vec<usize>> = HashMap::new();
        for i in 0..lexicon.len() {
            let e = lexicon.entry(&Match {
                entry: i,
                first: 0,
                last: 0,
            });
            if !e.rules.is_empty() && e.category.is_some_and(|c| c.is_uncertainty()) {
                index.entry(e.words[0].clone()).or_default().push(i);
            }
        }
        index
    })
}

/// [`lex_marks`] from matches already found.
pub fn marks_of(
    text: &str,
    tokens: &[Token],
    lexicon: &Lexicon,
    matches: &[Match],
) -> Vec<LexMark> {
    let mut marks = vec![LexMark::None; tokens.len()];
    for m in matches {
        match lexicon.entry(m).category.filter(|c| c.is_uncertainty()) {
            Some(c) => {
                marks[m.first] = LexMark::UncertainStart(c);
                for mark in &mut marks[m.first + 1..m.last] {
                    *mark = LexMark::UncertainInside;
                }
            }
            None => {
                for mark in &mut marks[m.first..m.last] {
                    *mark = LexMark::Other;
                }
            }
        }
    }
    // Where a curated context rule said no ("May 3", "military might").
    if std::ptr::eq(lexicon, Lexicon::builtin()) {
        let index = ruled_entries();
        for i in 0..tokens.len() {
            if marks[i] != LexMark::None {
                continue;
            }
            let Some(list) = index.get(&tokens[i].norm) else {
                continue;
            };
            let rejected = list.iter().any(|&e| {
                let entry = lexicon.entry(&Match {
                    entry: e,
                    first: 0,
                    last: 0,
                });
                let end = i + entry.words.len();
                end <= tokens.len()
                    && tokens[i..end]
                        .iter()
                        .zip(&entry.words)
                        .all(|(t, w)| &t.norm == w)
                    && !entry.rules.iter().all(|r| r.allows(text, tokens, i, end))
            });
            if rejected {
                marks[i] = LexMark::Rejected;
            }
        }
    }
    marks
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
    pub vocab: Vocab,
    /// Feature hashes, strictly increasing.
    keys: Vec<u32>,
    /// One weight per key, in units of `scale`.
    weights: Vec<i8>,
    scale: f32,
    /// A candidate is a cue when its score is above this.
    pub threshold: f32,
}

/// Why model bytes were refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ModelError(pub String);

impl std::fmt::Display for ModelError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "tagger model: {}", self.0)
    }
}

impl std::error::Error for ModelError {}

const MAGIC: &[u8; 4] = b"HLTG";
const VERSION: u8 = 1;
const BUILTIN: &[u8] = include_bytes!("../../data/model.bin");

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], ModelError> {
        let end = self
            .at
            .checked_add(n)
            .filter(|&e| e <= self.bytes.len())
            .ok_or_else(|| ModelError(format!("truncated at byte {}", self.at)))?;
        let s = &self.bytes[self.at..end];
        self.at = end;
        Ok(s)
    }

    fn byte(&mut self) -> Result<u8, ModelError> {
        Ok(self.take(1)?[0])
    }

    fn varint(&mut self) -> Result<u64, ModelError> {
        let mut v: u64 = 0;
        for shift in (0..64).step_by(7) {
            let b = self.byte()?;
            v |= u64::from(b & 0x7f) << shift;
            if b & 0x80 == 0 {
                return Ok(v);
            }
        }
        Err(ModelError("varint too long".into()))
    }

    fn count(&mut self, what: &str) -> Result<usize, ModelError> {
        let n = self.varint()?;
        // Every counted item takes at least one byte.
        if n > (self.bytes.len() - self.at) as u64 {
            return Err(ModelError(format!("{what} count {n} exceeds the data")));
        }
        Ok(n as usize)
    }
}

fn put_varint(out: &mut Vec<u8>, mut v: u64) {
    while v >= 0x80 {
        out.push((v as u8 & 0x7f) | 0x80);
        v >>= 7;
    }
    out.push(v as u8);
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

    /// Builds a tagger from float weights (hash -> weight), quantized to 8 bits.
    pub fn from_weights(phrases: Vec<Phrase>, weights: &[(u32, f32)], prune: f32) -> Tagger {
        let max = weights.iter().map(|w| w.1.abs()).fold(0.0f32, f32::max);
        let scale = if max > 0.0 { max / 127.0 } else { 1.0 };
        let mut kept: Vec<(u32, i8)> = weights
            .iter()
            .filter(|w| w.1.abs() >= prune * max)
            .map(|&(k, w)| (k, (w / scale).round().clamp(-127.0, 127.0) as i8))
            .filter(|w| w.1 != 0)
            .collect();
        kept.sort_unstable_by_key(|w| w.0);
        kept.dedup_by_key(|w| w.0);
        Tagger {
            vocab: Vocab::new(phrases),
            keys: kept.iter().map(|w| w.0).collect(),
            weights: kept.iter().map(|w| w.1).collect(),
            scale,
            threshold: 0.0,
        }
    }

    /// The binary form:
    /// `"HLTG"`, version byte, scale and threshold (f32 LE), phrase count (varint), each
    /// phrase as category index (byte), length (varint) and UTF-8 words joined
    /// by spaces; feature count (varint), the feature hashes as varint deltas
    /// (strictly increasing), then one signed byte per feature.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::new();
        out.extend_from_slice(MAGIC);
        out.push(VERSION);
        out.extend_from_slice(&self.scale.to_le_bytes());
        out.extend_from_slice(&self.threshold.to_le_bytes());
        put_varint(&mut out, self.vocab.phrases.len() as u64);
        for p in &self.vocab.phrases {
            out.push(p.category as u8);
            let key = p.key();
            put_varint(&mut out, key.len() as u64);
            out.extend_from_slice(key.as_bytes());
        }
        put_varint(&mut out, self.keys.len() as u64);
        let mut prev = 0u32;
        for (i, &k) in self.keys.iter().enumerate() {
            put_varint(&mut out, u64::from(if i == 0 { k } else { k - prev }));
            prev = k;
        }
        out.extend(self.weights.iter().map(|&w| w as u8));
        out
    }

    /// Reads [`Tagger::to_bytes`]'s form; any defect is an error, never a panic.
    pub fn from_bytes(bytes: &[u8]) -> Result<Tagger, ModelError> {
        let mut r = Reader { bytes, at: 0 };
        if r.take(4)? != MAGIC {
            return Err(ModelError("not a hedgelight tagger model".into()));
        }
        let version = r.byte()?;
        if version != VERSION {
            return Err(ModelError(format!("unsupported version {version}")));
        }
        let scale = f32::from_le_bytes(r.take(4)?.try_into().expect("4 bytes"));
        if !scale.is_finite() || scale <= 0.0 {
            return Err(ModelError(format!("bad scale {scale}")));
        }
        let threshold = f32::from_le_bytes(r.take(4)?.try_into().expect("4 bytes"));
        if !threshold.is_finite() {
            return Err(ModelError(format!("bad threshold {threshold}")));
        }
        let n = r.count("phrase")?;
        let mut phrases = Vec::with_capacity(n);
        for _ in 0..n {
            let c = r.byte()?;
            let category = Category::ALL
                .get(usize::from(c))
                .copied()
                .filter(|c| c.is_uncertainty())
                .ok_or_else(|| ModelError(format!("bad category {c}")))?;
            let len = r.count("phrase byte")?;
            let key = std::str::from_utf8(r.take(len)?)
                .map_err(|_| ModelError("phrase is not UTF-8".into()))?;
            let words: Vec<String> = key.split(' ').map(str::to_string).collect();
            if words.iter().any(String::is_empty) {
                return Err(ModelError(format!("bad phrase {key:?}")));
            }
            phrases.push(Phrase { words, category });
        }
        let n = r.count("feature")?;
        let mut keys = Vec::with_capacity(n);
        let mut prev: u64 = 0;
        for i in 0..n {
            let d = r.varint()?;
            if i > 0 && d == 0 {
                return Err(ModelError("feature hashes not increasing".into()));
            }
            prev = if i == 0 {
                d
            } else {
                prev.checked_add(d)
                    .ok_or_else(|| ModelError("feature hash overflows".into()))?
            };
            keys.push(
                u32::try_from(prev).map_err(|_| ModelError("feature hash overflows".into()))?,
            );
        }
        let weights: Vec<i8> = r.take(n)?.iter().map(|&b| b as i8).collect();
        if r.at != bytes.len() {
            return Err(ModelError(format!("{} trailing bytes", bytes.len() - r.at)));
        }
        Ok(Tagger {
            vocab: Vocab::new(phrases),
            keys,
            weights,
            scale,
            threshold,
        })
    }

    fn weight(&self, feature: u32) -> f32 {
        match self.keys.binary_search(&feature) {
            Ok(i) => f32::from(self.weights[i]) * self.scale,
            Err(_) => 0.0,
        }
    }

    /// Scores every candidate of a sentence (positive: a cue).
    pub fn score_candidates(
        &self,
        text: &str,
        tokens: &[Token],
        lex: &[LexMark],
    ) -> Vec<(Candidate, f32)> {
        let mut feats = Vec::with_capacity(96);
        self.vocab
            .candidates(tokens)
            .into_iter()
            .map(|c| {
                feats.clear();
                features::features(
                    text,
                    tokens,
                    lex,
                    &self.vocab.phrases[c.phrase],
                    c,
                    &mut feats,
                );
                (c, feats.iter().map(|&f| self.weight(f)).sum())
            })
            .collect()
    }

    /// The cues of one sentence.
    pub fn tag(&self, text: &str, tokens: &[Token], lex: &[LexMark]) -> Vec<Tagged> {
        self.score_candidates(text, tokens, lex)
            .into_iter()
            .filter(|&(_, s)| s > self.threshold)
            .map(|(c, score)| Tagged {
                first: c.first,
                last: c.last,
                category: self.vocab.phrases[c.phrase].category,
                score,
            })
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
        // Compact enough for the widget.
        assert!(BUILTIN.len() < 400 * 1024, "{} bytes", BUILTIN.len());
    }

    #[test]
    fn round_trips_through_bytes() {
        let t = Tagger::from_bytes(BUILTIN).unwrap();
        assert_eq!(t.to_bytes(), BUILTIN);
    }

    #[test]
    fn bad_bytes_are_errors_not_panics() {
        assert!(Tagger::from_bytes(b"").is_err());
        assert!(Tagger::from_bytes(b"HLTX\x01").is_err());
        // Every truncation of the real model is refused cleanly.
        for n in (0..BUILTIN.len()).step_by(BUILTIN.len() / 97 + 1) {
            assert!(Tagger::from_bytes(&BUILTIN[..n]).is_err(), "{n}");
        }
        // Flipped bytes either load or fail, without panicking.
        let mut bytes = BUILTIN.to_vec();
        for i in (0..bytes.len()).step_by(bytes.len() / 113 + 1) {
            bytes[i] ^= 0xa5;
            let _ = Tagger::from_bytes(&bytes);
            bytes[i] ^= 0xa5;
        }
        let mut huge = b"HLTG\x01".to_vec();
        huge.extend_from_slice(&1.0f32.to_le_bytes());
        huge.extend_from_slice(&0.0f32.to_le_bytes());
        huge.extend_from_slice(&[0xff, 0xff, 0xff, 0xff, 0x0f]);
        assert!(Tagger::from_bytes(&huge).is_err());
    }
}
