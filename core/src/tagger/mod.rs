//! The statistical cue tagger: decides which occurrences of uncertainty words
//! are cues ("may" the modal, not "May 3"; "would" in a conditional, not in
//! reported plans).
//!
//! Candidates are the occurrences of the phrases of the model's vocabulary
//! ([`features::Vocab`]); a linear model (logistic regression, see
//! [`train`]) over hashed context features scores each one, and a positive
//! score makes it a cue of the phrase's category. The trained model is
//! compiled in from `data/model.bin` (format in [`Tagger::from_bytes`]);
//! `hedgelight train` rebuilds it.

pub mod features;
pub mod shuffle;
pub mod train;

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
    for (i, mark) in marks.iter_mut().enumerate() {
        if *mark == LexMark::None && lexicon.rule_rejects(text, tokens, i) {
            *mark = LexMark::Rejected;
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
const VERSION: u8 = 2;
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

    fn f32(&mut self) -> Result<f32, ModelError> {
        let b = self.take(4)?;
        Ok(f32::from_le_bytes([b[0], b[1], b[2], b[3]]))
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

/// A codebook of at most `levels` values for `values` (value, importance):
/// one-dimensional k-means weighted by importance, started at quantiles;
/// deterministic.
fn codebook(values: &[(f32, f32)], levels: usize) -> Vec<f32> {
    let mut sorted: Vec<(f32, f32)> = values.to_vec();
    sorted.sort_by(|a, b| a.0.total_cmp(&b.0));
    if sorted.is_empty() || levels == 0 {
        return Vec::new();
    }
    let mut centres: Vec<f64> = (0..levels)
        .map(|i| f64::from(sorted[(2 * i + 1) * sorted.len() / (2 * levels)].0))
        .collect();
    centres.dedup();
    for _ in 0..50 {
        let mut sum = vec![0f64; centres.len()];
        let mut n = vec![0f64; centres.len()];
        for &(v, weight) in &sorted {
            let j = nearest(&centres, f64::from(v));
            sum[j] += f64::from(v) * f64::from(weight);
            n[j] += f64::from(weight);
        }
        let next: Vec<f64> = (0..centres.len())
            .map(|j| {
                if n[j] > 0.0 {
                    sum[j] / n[j]
                } else {
                    centres[j]
                }
            })
            .collect();
        if next == centres {
            break;
        }
        centres = next;
    }
    centres.iter().map(|&c| c as f32).collect()
}

fn nearest(centres: &[f64], v: f64) -> usize {
    let mut best = 0;
    for (j, &c) in centres.iter().enumerate() {
        if (c - v).abs() < (centres[best] - v).abs() {
            best = j;
        }
    }
    best
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

    /// Builds a tagger from float weights (folded hash, weight, importance),
    /// quantized to a codebook of at most `levels` values (at most 256) that
    /// fits the important weights best (importance: how often it fires).
    pub fn from_weights(
        phrases: Vec<Phrase>,
        weights: &[(u32, f32, f32)],
        hash_bits: u32,
        levels: usize,
    ) -> Tagger {
        let mut kept: Vec<(u32, f32, f32)> =
            weights.iter().copied().filter(|w| w.1 != 0.0).collect();
        kept.sort_unstable_by_key(|w| w.0);
        kept.dedup_by_key(|w| w.0);
        let values: Vec<(f32, f32)> = kept.iter().map(|w| (w.1, w.2.max(1e-3))).collect();
        let book = codebook(&values, levels.clamp(1, 256));
        let centres: Vec<f64> = book.iter().map(|&c| f64::from(c)).collect();
        Tagger {
            vocab: Vocab::new(phrases),
            hash_bits,
            keys: kept.iter().map(|w| w.0).collect(),
            codes: values
                .iter()
                .map(|&(v, _)| nearest(&centres, f64::from(v)) as u8)
                .collect(),
            codebook: book,
            threshold: 0.0,
        }
    }

    /// The binary form: `"HLTG"`, version byte (2), hash bits (byte), threshold
    /// (f32 LE), codebook size (varint, at most 256) and its values (f32 LE); phrase count (varint), each phrase as category
    /// index (byte), length (varint) and UTF-8 words joined by spaces; feature
    /// count (varint), the folded feature hashes as varint deltas (strictly
    /// increasing), then one codebook index (byte) per feature.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::new();
        out.extend_from_slice(MAGIC);
        out.push(VERSION);
        out.push(self.hash_bits as u8);
        out.extend_from_slice(&self.threshold.to_le_bytes());
        put_varint(&mut out, self.codebook.len() as u64);
        for c in &self.codebook {
            out.extend_from_slice(&c.to_le_bytes());
        }
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
        out.extend_from_slice(&self.codes);
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
        let hash_bits = u32::from(r.byte()?);
        if !(8..=32).contains(&hash_bits) {
            return Err(ModelError(format!("bad hash width {hash_bits}")));
        }
        let threshold = r.f32()?;
        if !threshold.is_finite() {
            return Err(ModelError(format!("bad threshold {threshold}")));
        }
        let levels = r.count("codebook")?;
        if levels > 256 {
            return Err(ModelError(format!("{levels} codebook levels")));
        }
        let mut codebook = Vec::with_capacity(levels);
        for _ in 0..levels {
            let c = r.f32()?;
            if !c.is_finite() {
                return Err(ModelError(format!("bad weight {c}")));
            }
            codebook.push(c);
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
        let limit = if hash_bits == 32 {
            u64::from(u32::MAX)
        } else {
            (1u64 << hash_bits) - 1
        };
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
            if prev > limit {
                return Err(ModelError("feature hash out of range".into()));
            }
            keys.push(prev as u32);
        }
        let codes = r.take(n)?.to_vec();
        if let Some(&c) = codes.iter().find(|&&c| usize::from(c) >= levels) {
            return Err(ModelError(format!("weight code {c} outside the codebook")));
        }
        if r.at != bytes.len() {
            return Err(ModelError(format!("{} trailing bytes", bytes.len() - r.at)));
        }
        Ok(Tagger {
            vocab: Vocab::new(phrases),
            hash_bits,
            keys,
            codes,
            codebook,
            threshold,
        })
    }

    fn weight(&self, feature: u32) -> f32 {
        self.weight_of_folded(features::fold(feature, self.hash_bits))
    }

    fn weight_of_folded(&self, key: u32) -> f32 {
        match self.keys.binary_search(&key) {
            Ok(i) => self
                .codebook
                .get(usize::from(self.codes[i]))
                .copied()
                .unwrap_or(0.0),
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
        let ctx = features::Context::new(text, tokens, lex);
        self.vocab
            .candidates(tokens)
            .into_iter()
            .map(|c| {
                feats.clear();
                features::features(&ctx, &self.vocab.phrases[c.phrase], c, &mut feats);
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
        // Compact enough for the widget (about 48 KB brotli).
        assert!(BUILTIN.len() < 100 * 1024, "{} bytes", BUILTIN.len());
    }

    #[test]
    fn quantized_weights_use_the_codebook() {
        let phrases = vec![Phrase {
            words: vec!["may".into()],
            category: Category::Speculation,
        }];
        let weights: Vec<(u32, f32, f32)> = (0..200u32)
            .map(|i| (i * 7, (i as f32 - 100.0) / 10.0, 1.0 + (i % 3) as f32))
            .collect();
        let t = Tagger::from_weights(phrases, &weights, 20, 16);
        assert_eq!(t.feature_count(), 199); // the zero weight is dropped
        assert!(t.codebook.len() <= 16);
        assert!(t.codes.iter().all(|&c| usize::from(c) < t.codebook.len()));
        // Every weight lands on a nearby level.
        for &(k, w, _) in &weights {
            let q = t.weight_of_folded(k);
            assert!((q - w).abs() < 1.5, "{w} -> {q}");
        }
        let back = Tagger::from_bytes(&t.to_bytes()).unwrap();
        assert_eq!(back.to_bytes(), t.to_bytes());
    }

    #[test]
    fn folded_hashes_fit_their_width() {
        for h in [0u32, 1, 0xdead_beef, u32::MAX] {
            assert!(features::fold(h, 20) < 1 << 20);
            assert_eq!(features::fold(h, 32), h);
        }
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
        let mut huge = b"HLTG\x02\x18".to_vec();
        huge.extend_from_slice(&0.0f32.to_le_bytes());
        huge.push(0);
        huge.extend_from_slice(&[0xff, 0xff, 0xff, 0xff, 0x0f]);
        assert!(Tagger::from_bytes(&huge).is_err());
    }
}
