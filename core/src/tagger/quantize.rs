//! Quantisation: the trained float weights become one byte each, an index
//! into a codebook of a few values shared by all features (16 for the
//! shipped model), which keeps `data/model.bin` small enough for the widget.

use super::features::{Phrase, Vocab};
use super::Tagger;

/// A trained weight before quantisation.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Weight {
    /// The feature's folded hash ([`super::features::fold`]).
    pub key: u32,
    pub value: f32,
    /// How often the feature fires in training: the codebook fits the
    /// weights that move many scores best.
    pub importance: f32,
}

impl Tagger {
    /// Builds a tagger from float weights, quantized to a codebook of at most
    /// `levels` values (at most 256) that fits the important weights best.
    /// Zero weights are dropped; of several weights for one key the first
    /// in key order is kept.
    pub fn from_weights(
        phrases: Vec<Phrase>,
        weights: &[Weight],
        hash_bits: u32,
        levels: usize,
    ) -> Tagger {
        let mut kept: Vec<Weight> = weights.iter().copied().filter(|w| w.value != 0.0).collect();
        kept.sort_unstable_by_key(|w| w.key);
        kept.dedup_by_key(|w| w.key);
        let book = codebook(&kept, levels.clamp(1, 256));
        let centres: Vec<f64> = book.iter().map(|&c| f64::from(c)).collect();
        Tagger {
            vocab: Vocab::new(phrases),
            hash_bits,
            keys: kept.iter().map(|w| w.key).collect(),
            codes: kept
                .iter()
                .map(|w| nearest(&centres, f64::from(w.value)) as u8)
                .collect(),
            codebook: book,
            threshold: 0.0,
        }
    }
}

/// A codebook of at most `levels` values for the weights: one-dimensional
/// k-means weighted by importance, started at quantiles; deterministic.
fn codebook(weights: &[Weight], levels: usize) -> Vec<f32> {
    let mut sorted: Vec<Weight> = weights.to_vec();
    sorted.sort_by(|a, b| a.value.total_cmp(&b.value));
    if sorted.is_empty() || levels == 0 {
        return Vec::new();
    }
    let mut centres: Vec<f64> = (0..levels)
        .map(|i| f64::from(sorted[(2 * i + 1) * sorted.len() / (2 * levels)].value))
        .collect();
    centres.dedup();
    for _ in 0..50 {
        let mut sum = vec![0f64; centres.len()];
        let mut n = vec![0f64; centres.len()];
        for w in &sorted {
            let (v, weight) = (w.value, w.importance.max(1e-3));
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

/// The index of the centre nearest to `v` (the first of equals).
fn nearest(centres: &[f64], v: f64) -> usize {
    let mut best = 0;
    for (j, &c) in centres.iter().enumerate() {
        if (c - v).abs() < (centres[best] - v).abs() {
            best = j;
        }
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::category::Category;

    #[test]
    fn quantized_weights_use_the_codebook() {
        let phrases = vec![Phrase {
            words: vec!["may".into()],
            category: Category::Speculation,
        }];
        let weights: Vec<Weight> = (0..200u32)
            .map(|i| Weight {
                key: i * 7,
                value: (i as f32 - 100.0) / 10.0,
                importance: 1.0 + (i % 3) as f32,
            })
            .collect();
        let t = Tagger::from_weights(phrases, &weights, 20, 16);
        assert_eq!(t.feature_count(), 199); // the zero weight is dropped
        assert!(t.codebook.len() <= 16);
        assert!(t.codes.iter().all(|&c| usize::from(c) < t.codebook.len()));
        // Every weight lands on a nearby level.
        for &Weight { key, value: w, .. } in &weights {
            let q = t.weight_of_folded(key);
            assert!((q - w).abs() < 1.5, "{w} -> {q}");
        }
        let back = Tagger::from_bytes(&t.to_bytes()).unwrap();
        assert_eq!(back.to_bytes(), t.to_bytes());
    }
}
