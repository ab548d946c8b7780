//! The model file format (`data/model.bin`): what [`Tagger::to_bytes`]
//! writes and [`Tagger::from_bytes`] reads back. Reading checks every count,
//! offset and code, so a damaged file is an error, never a panic.

use crate::category::Category;

use super::features::{Phrase, Vocab};
use super::Tagger;

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

/// A cursor over model bytes: every read checks that the bytes are there.
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

    /// A count of items that follow, each at least one byte long.
    fn count(&mut self, what: &str) -> Result<usize, ModelError> {
        let n = self.varint()?;
        // Every counted item takes at least one byte.
        if n > (self.bytes.len() - self.at) as u64 {
            return Err(ModelError(format!("{what} count {n} exceeds the data")));
        }
        Ok(n as usize)
    }
}

/// Unsigned LEB128: seven bits a byte, low bits first.
fn put_varint(out: &mut Vec<u8>, mut v: u64) {
    while v >= 0x80 {
        out.push((v as u8 & 0x7f) | 0x80);
        v >>= 7;
    }
    out.push(v as u8);
}

impl Tagger {
    /// The binary form, all numbers little-endian:
    /// - `"HLTG"`, version byte (2), hash bits (byte), threshold (f32);
    /// - codebook size (varint, at most 256) and its values (f32);
    /// - phrase count (varint), each phrase as category index (byte), length
    ///   (varint) and UTF-8 words joined by spaces;
    /// - feature count (varint), the folded feature hashes as varint deltas
    ///   (strictly increasing), then one codebook index (byte) per feature.
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
        r.header()?;
        let hash_bits = u32::from(r.byte()?);
        if !(8..=32).contains(&hash_bits) {
            return Err(ModelError(format!("bad hash width {hash_bits}")));
        }
        let threshold = r.f32()?;
        if !threshold.is_finite() {
            // The bits, not the float: formatting an f32 costs the WebAssembly
            // module about 5 KB brotli for a message no valid model prints.
            return Err(ModelError(format!(
                "bad threshold (not finite: bits {:#010x})",
                threshold.to_bits()
            )));
        }
        let codebook = r.codebook()?;
        let phrases = r.phrases()?;
        let keys = r.keys(hash_bits)?;
        let codes = r.take(keys.len())?.to_vec();
        if let Some(&c) = codes.iter().find(|&&c| usize::from(c) >= codebook.len()) {
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
}

/// The sections of the file, in order.
impl Reader<'_> {
    fn header(&mut self) -> Result<(), ModelError> {
        if self.take(4)? != MAGIC {
            return Err(ModelError("not a hedgelight tagger model".into()));
        }
        let version = self.byte()?;
        if version != VERSION {
            return Err(ModelError(format!("unsupported version {version}")));
        }
        Ok(())
    }

    fn codebook(&mut self) -> Result<Vec<f32>, ModelError> {
        let levels = self.count("codebook")?;
        if levels > 256 {
            return Err(ModelError(format!("{levels} codebook levels")));
        }
        let mut codebook = Vec::with_capacity(levels);
        for _ in 0..levels {
            let c = self.f32()?;
            if !c.is_finite() {
                return Err(ModelError(format!(
                    "bad weight (not finite: bits {:#010x})",
                    c.to_bits()
                )));
            }
            codebook.push(c);
        }
        Ok(codebook)
    }

    fn phrases(&mut self) -> Result<Vec<Phrase>, ModelError> {
        let n = self.count("phrase")?;
        let mut phrases = Vec::with_capacity(n);
        for _ in 0..n {
            let c = self.byte()?;
            let category = Category::ALL
                .get(usize::from(c))
                .copied()
                .filter(|c| c.is_uncertainty())
                .ok_or_else(|| ModelError(format!("bad category {c}")))?;
            let len = self.count("phrase byte")?;
            let key = std::str::from_utf8(self.take(len)?)
                .map_err(|_| ModelError("phrase is not UTF-8".into()))?;
            let words: Vec<String> = key.split(' ').map(str::to_string).collect();
            if words.iter().any(String::is_empty) {
                return Err(ModelError(format!("bad phrase {key:?}")));
            }
            phrases.push(Phrase { words, category });
        }
        Ok(phrases)
    }

    /// The folded feature hashes, each below `2^hash_bits`.
    fn keys(&mut self, hash_bits: u32) -> Result<Vec<u32>, ModelError> {
        let n = self.count("feature")?;
        let limit = if hash_bits == 32 {
            u64::from(u32::MAX)
        } else {
            (1u64 << hash_bits) - 1
        };
        let mut keys = Vec::with_capacity(n);
        let mut prev: u64 = 0;
        for i in 0..n {
            let d = self.varint()?;
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
        Ok(keys)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tagger::BUILTIN;

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
