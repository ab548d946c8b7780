//! Training: logistic regression (or an averaged perceptron) over the
//! candidates of annotated sentences.
//!
//! Deterministic: the vocabulary is sorted, the instance order of each epoch is
//! a seeded shuffle, and the arithmetic is sequential, so the same examples and
//! seed give the same model bytes on every machine.

use std::collections::HashMap;
use std::ops::Range;

use crate::category::Category;
use crate::lexicon::Lexicon;
use crate::tokenize::{tokenize, Token};

use super::features::{self, Phrase, Vocab};
use super::shuffle::Rng;
use super::{lex_marks, GoldCue, Tagger, Weight};

/// The seed of the committed model.
pub const DEFAULT_SEED: u64 = 42;

/// One annotated sentence.
#[derive(Clone, Debug)]
pub struct Example {
    /// The sentence.
    pub text: String,
    /// Its annotated uncertainty cues (byte offsets into `text`).
    pub cues: Vec<GoldCue>,
    /// How much its mistakes count (1 for most; more for scarce genres).
    pub weight: f32,
}

impl Example {
    /// A sentence whose one cue is the first `cue` in `text` (no cue when
    /// `cue` is empty), weighing 1: what tests of training write.
    pub fn with_cue(text: &str, cue: &str, category: Category) -> Example {
        let cues = text
            .find(cue)
            .filter(|_| !cue.is_empty())
            .map(|start| GoldCue {
                start,
                end: start + cue.len(),
                category,
            })
            .into_iter()
            .collect();
        Example {
            text: text.to_string(),
            cues,
            weight: 1.0,
        }
    }
}

/// How to train: `hedgelight train`'s options ([`Config::default`] made
/// `data/model.bin`).
#[derive(Clone, Debug)]
pub struct Config {
    /// Seeds the order of the examples in each epoch ([`DEFAULT_SEED`]).
    pub seed: u64,
    /// Passes over the training examples.
    pub epochs: usize,
    /// A phrase seen as a gold cue fewer times than this is not a candidate
    /// (unless the lexicon lists it).
    pub min_count: usize,
    /// Weights below this fraction of the largest are dropped.
    pub prune: f32,
    /// Features seen in fewer training candidates than this are ignored.
    pub min_feature_count: u32,
    /// Logistic regression (AdaGrad) rather than the averaged perceptron.
    pub logistic: bool,
    /// AdaGrad learning rate (logistic only).
    pub rate: f64,
    /// L2 penalty (logistic only).
    pub l2: f64,
    /// Decision threshold on the score (below 0 favours recall).
    pub threshold: f32,
    /// Feature hashes are folded to this many bits (fewer bytes per key).
    pub hash_bits: u32,
    /// Weights are quantized to a codebook of this many values.
    pub levels: usize,
}

impl Config {
    /// The default configuration with another seed.
    pub fn with_seed(seed: u64) -> Config {
        Config {
            seed,
            ..Config::default()
        }
    }
}

impl Default for Config {
    fn default() -> Config {
        Config {
            seed: DEFAULT_SEED,
            epochs: 12,
            min_count: 1,
            prune: 0.15,
            min_feature_count: 2,
            logistic: true,
            rate: 0.02,
            l2: 1e-4,
            threshold: -0.25,
            hash_bits: 20,
            levels: 16,
        }
    }
}

/// Token span of each gold cue.
fn gold_spans(tokens: &[Token], cues: &[GoldCue]) -> Vec<Range<usize>> {
    cues.iter()
        .filter_map(|g| {
            let first = tokens
                .iter()
                .position(|t| t.end > g.start && t.start < g.end)?;
            let last = tokens
                .iter()
                .rposition(|t| t.end > g.start && t.start < g.end)?
                + 1;
            Some(first..last)
        })
        .collect()
}

/// The candidate vocabulary: gold cue phrases seen often enough, and the
/// lexicon's uncertainty phrases. Sorted by key.
pub fn build_vocab(examples: &[Example], lexicon: &Lexicon, min_count: usize) -> Vec<Phrase> {
    let mut counts: HashMap<Vec<String>, [usize; 4]> = HashMap::new();
    for e in examples {
        let tokens = tokenize(&e.text);
        for (g, span) in e.cues.iter().zip(gold_spans(&tokens, &e.cues)) {
            let words: Vec<String> = tokens[span].iter().map(|t| t.norm.clone()).collect();
            counts.entry(words).or_default()[g.category as usize] += 1;
        }
    }
    let mut phrases: HashMap<Vec<String>, Category> = HashMap::new();
    for (words, c) in counts {
        let total: usize = c.iter().sum();
        if total >= min_count && words.len() <= 6 {
            let best = (0..4)
                .max_by_key(|&i| (c[i], std::cmp::Reverse(i)))
                .unwrap_or(0);
            phrases.insert(words, Category::ALL[best]);
        }
    }
    // Lexicon phrases join unless they would shadow a trained single word
    // ("highly likely" would hide "likely": the gold cue is "likely", and
    // detection widens it to the lexicon phrase afterwards).
    let singles: std::collections::HashSet<String> = phrases
        .keys()
        .filter(|w| w.len() == 1)
        .map(|w| w[0].clone())
        .collect();
    for e in lexicon.entries() {
        if let Some(c) = e.category.filter(|c| c.is_uncertainty()) {
            if e.words.len() > 1 && e.words.iter().any(|w| singles.contains(w)) {
                continue;
            }
            phrases.entry(e.words.clone()).or_insert(c);
        }
    }
    let mut out: Vec<Phrase> = phrases
        .into_iter()
        .map(|(words, category)| Phrase { words, category })
        .collect();
    out.sort_by(|a, b| a.words.cmp(&b.words));
    out
}

/// Trains a tagger on annotated sentences, with what `lexicon` says about
/// each token as features (the lexicon it will be used with).
pub fn train(examples: &[Example], lexicon: &Lexicon, config: &Config) -> Tagger {
    let phrases = build_vocab(examples, lexicon, config.min_count);
    let hash_bits = config.hash_bits.clamp(8, 32);
    let vocab = Vocab::new(phrases.clone());
    let Instances {
        mut instances,
        hashes,
    } = instances(examples, lexicon, &vocab, hash_bits);

    // Rare features: out.
    let mut seen = vec![0u32; hashes.len()];
    for inst in &instances {
        for &f in &inst.features {
            seen[f as usize] += 1;
        }
    }
    for inst in &mut instances {
        inst.features
            .retain(|&f| seen[f as usize] >= config.min_feature_count);
    }

    let mut final_weights = fit(&instances, hashes.len(), config);
    if config.prune > 0.0 {
        // Keep the strongest features only, and fit again with just those so
        // that they make up for the ones dropped.
        let max = final_weights.iter().fold(0f64, |m, w| m.max(w.abs()));
        let keep: Vec<bool> = final_weights
            .iter()
            .map(|w| w.abs() >= f64::from(config.prune) * max)
            .collect();
        for inst in &mut instances {
            inst.features.retain(|&f| keep[f as usize]);
        }
        final_weights = fit(&instances, hashes.len(), config);
    }
    // How often each feature fires: the codebook is fitted to the weights
    // that move many scores.
    let weights: Vec<Weight> = hashes
        .iter()
        .enumerate()
        .map(|(i, &key)| Weight {
            key,
            value: final_weights[i] as f32,
            importance: seen[i] as f32,
        })
        .filter(|w| w.value != 0.0)
        .collect();
    let mut tagger = Tagger::from_weights(phrases, &weights, hash_bits, config.levels);
    tagger.threshold = config.threshold;
    tagger
}

/// One candidate of a training sentence.
struct Instance {
    /// Indices into [`Instances::hashes`].
    features: Vec<u32>,
    /// 1 for a gold cue, -1 for none.
    label: f64,
    /// The example's weight.
    weight: f64,
}

/// Every candidate of the examples, and the folded feature hashes they use.
struct Instances {
    instances: Vec<Instance>,
    /// Folded hashes in order of first appearance.
    hashes: Vec<u32>,
}

fn instances(examples: &[Example], lexicon: &Lexicon, vocab: &Vocab, hash_bits: u32) -> Instances {
    let mut index: HashMap<u32, u32> = HashMap::new();
    let mut hashes: Vec<u32> = Vec::new();
    let mut instances = Vec::new();
    let mut feats = Vec::new();
    for e in examples {
        let tokens = tokenize(&e.text);
        let gold = gold_spans(&tokens, &e.cues);
        let marks = lex_marks(&e.text, &tokens, lexicon);
        let ctx = features::Context::new(&e.text, &tokens, &marks);
        for c in vocab.candidates(&tokens) {
            feats.clear();
            features::features(&ctx, &vocab.phrases[c.phrase], c, &mut feats);
            let ids: Vec<u32> = feats
                .iter()
                .map(|&h| {
                    let h = features::fold(h, hash_bits);
                    *index.entry(h).or_insert_with(|| {
                        hashes.push(h);
                        (hashes.len() - 1) as u32
                    })
                })
                .collect();
            let cue = gold.iter().any(|g| g.start < c.last && c.first < g.end);
            instances.push(Instance {
                features: ids,
                label: if cue { 1.0 } else { -1.0 },
                weight: f64::from(e.weight),
            });
        }
    }
    Instances { instances, hashes }
}

/// Fits weights for `n` features on the instances.
fn fit(instances: &[Instance], n: usize, config: &Config) -> Vec<f64> {
    if config.logistic {
        fit_logistic(instances, n, config)
    } else {
        fit_perceptron(instances, n, config)
    }
}

/// Logistic regression, AdaGrad steps, L2 on the active features.
fn fit_logistic(instances: &[Instance], n: usize, config: &Config) -> Vec<f64> {
    let mut order: Vec<usize> = (0..instances.len()).collect();
    let mut rng = Rng::new(config.seed);
    let mut w = vec![0f64; n];
    let mut g2 = vec![1e-6f64; n];
    for _ in 0..config.epochs {
        rng.shuffle(&mut order);
        for &i in &order {
            let inst = &instances[i];
            let z: f64 = inst.features.iter().map(|&f| w[f as usize]).sum();
            let p = 1.0 / (1.0 + (-z).exp());
            let g = (p - (inst.label + 1.0) / 2.0) * inst.weight;
            for &f in &inst.features {
                let f = f as usize;
                let grad = g + config.l2 * w[f];
                g2[f] += grad * grad;
                w[f] -= config.rate * grad / g2[f].sqrt();
            }
        }
    }
    w
}

/// The averaged perceptron (w - u / c is the average of all weight vectors).
fn fit_perceptron(instances: &[Instance], n: usize, config: &Config) -> Vec<f64> {
    let mut order: Vec<usize> = (0..instances.len()).collect();
    let mut rng = Rng::new(config.seed);
    let mut w = vec![0f64; n];
    let mut u = vec![0f64; n];
    let mut step = 1f64;
    for _ in 0..config.epochs {
        rng.shuffle(&mut order);
        for &i in &order {
            let inst = &instances[i];
            let (y, weight) = (inst.label, inst.weight);
            let score: f64 = inst.features.iter().map(|&f| w[f as usize]).sum();
            if y * score <= 0.0 {
                for &f in &inst.features {
                    w[f as usize] += y * weight;
                    u[f as usize] += step * y * weight;
                }
            }
            step += 1.0;
        }
    }
    w.iter().zip(&u).map(|(w, u)| w - u / step).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn example(text: &str, cue: &str) -> Example {
        Example::with_cue(text, cue, Category::Speculation)
    }

    fn data() -> Vec<Example> {
        let mut v = Vec::new();
        for i in 0..20 {
            v.push(example(&format!("Troops may arrive in {i} days."), "may"));
            v.push(example(&format!("The talks ended on May {i}."), ""));
            v.push(example(
                &format!("Rain would fall if clouds came {i}."),
                "if",
            ));
        }
        v
    }

    #[test]
    fn training_is_deterministic_and_learns() {
        let config = Config::default();
        let a = train(&data(), Lexicon::builtin(), &config);
        let b = train(&data(), Lexicon::builtin(), &config);
        assert_eq!(a.to_bytes(), b.to_bytes());
        let reloaded = Tagger::from_bytes(&a.to_bytes()).unwrap();
        let text = "Prices may fall on May 5.";
        let tokens = tokenize(text);
        let marks = lex_marks(text, &tokens, Lexicon::builtin());
        let tagged = reloaded.tag(text, &tokens, &marks);
        assert_eq!(tagged.len(), 1, "{tagged:?}");
        assert_eq!(
            &text[tokens[tagged[0].first].start..tokens[tagged[0].first].end],
            "may"
        );
    }
}
