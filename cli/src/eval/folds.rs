//! `--folds K`: the documents of each file are dealt into K folds (a seeded
//! shuffle); for each fold a tagger is trained on the other K-1 folds of all
//! the files given, and the fold is scored with that tagger in the same
//! pipeline. No sentence is ever scored by a model that saw it.

use std::time::Instant;

use hedgelight_core::internals::shuffled;
use hedgelight_core::internals::Detector;
use hedgelight_core::internals::{train, Config};

use super::predict::{predict_with, Prediction};
use crate::train::example;
use crate::xml::Corpus;

/// Fold of each document of each corpus: a seeded shuffle per file, dealt
/// round-robin, so every fold holds about 1/K of every file.
pub fn fold_assignment(corpora: &[Corpus], k: usize, seed: u64) -> Vec<Vec<usize>> {
    corpora
        .iter()
        .enumerate()
        .map(|(ci, c)| {
            let order = shuffled(c.documents.len(), seed ^ (ci as u64 + 1));
            let mut fold = vec![0; c.documents.len()];
            for (rank, &doc) in order.iter().enumerate() {
                fold[doc] = rank % k;
            }
            fold
        })
        .collect()
}

/// Predictions for every sentence, each by `base` with a tagger trained (with
/// `base`'s lexicon) on the folds its document is not in.
pub fn cross_validate(
    corpora: &[Corpus],
    k: usize,
    base: Detector,
    config: &Config,
    news_weight: f32,
) -> Vec<Vec<Prediction>> {
    let folds = fold_assignment(corpora, k, config.seed);
    let mut predictions: Vec<Vec<Prediction>> = corpora
        .iter()
        .map(|c| vec![Prediction::default(); c.sentences().count()])
        .collect();
    for f in 0..k {
        let start = Instant::now();
        let mut examples = Vec::new();
        for (ci, c) in corpora.iter().enumerate() {
            for (di, d) in c.documents.iter().enumerate() {
                if folds[ci][di] != f {
                    examples.extend(d.sentences.iter().map(|s| example(c, s, news_weight)));
                }
            }
        }
        let model = train(&examples, base.lexicon, config);
        eprintln!(
            "fold {}/{k}: trained on {} sentences in {:.1} s",
            f + 1,
            examples.len(),
            start.elapsed().as_secs_f64()
        );
        let detector = Detector {
            tagger: &model,
            ..base
        };
        for (ci, c) in corpora.iter().enumerate() {
            let mut si = 0;
            for (di, d) in c.documents.iter().enumerate() {
                for s in &d.sentences {
                    if folds[ci][di] == f {
                        predictions[ci][si] = predict_with(&s.text, &detector);
                    }
                    si += 1;
                }
            }
        }
    }
    predictions
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::xml;

    #[test]
    fn folds_are_deterministic_and_balanced() {
        let xml: String = (0..10)
            .map(|i| format!("<Document><DocID>{i}</DocID><Sentence>a</Sentence></Document>"))
            .collect();
        let c = vec![xml::parse("t", &format!("<r>{xml}</r>")).unwrap()];
        let a = fold_assignment(&c, 5, 7);
        assert_eq!(a, fold_assignment(&c, 5, 7));
        for f in 0..5 {
            assert_eq!(a[0].iter().filter(|&&x| x == f).count(), 2);
        }
    }
}
