//! `hedgelight train`: trains the cue tagger from CoNLL-2010 / Szeged XML and
//! writes the model that `core/data/model.bin` holds.

use std::path::PathBuf;
use std::time::Instant;

use hedgelight_core::lexicon::Lexicon;
use hedgelight_core::tagger::train::{self, Config, Example};
use lexopt::prelude::*;

use crate::xml::{self, Corpus, GoldSentence};

const USAGE: &str =
    "usage: hedgelight train --out PATH [--seed S] [--epochs N] [--min-count N] [--min-feature-count N] [--prune F]\n       [--logistic 0|1] [--rate R] [--l2 L] [--threshold T] [--news-weight W]\n       [--hash-bits B] [--levels L] FILE.xml ...";

/// How much a news (FactBank) sentence counts in training, relative to the
/// others: news is the genre the widget reads and the scarcest in the data.
pub const NEWS_WEIGHT: f32 = 2.0;

/// The training example of a gold sentence.
pub fn example(corpus: &Corpus, s: &GoldSentence, news_weight: f32) -> Example {
    Example {
        text: s.text.clone(),
        cues: s.cues.clone(),
        weight: if corpus.genre() == "factbank" {
            news_weight
        } else {
            1.0
        },
    }
}

/// Training options shared by `train` and `eval --folds`.
pub const CONFIG_OPTIONS: [&str; 12] = [
    "hash-bits",
    "levels",
    "threshold",
    "logistic",
    "rate",
    "l2",
    "seed",
    "epochs",
    "min-count",
    "min-feature-count",
    "prune",
    "news-weight",
];

/// Reads the value of one of [`CONFIG_OPTIONS`].
/// The value of option `what` as a number of type `T`.
pub fn number<T: std::str::FromStr>(parser: &mut lexopt::Parser, what: &str) -> Result<T, String> {
    parser
        .value()
        .map_err(|e| e.to_string())?
        .string()
        .ok()
        .and_then(|v| v.parse().ok())
        .ok_or_else(|| format!("{what} needs a number"))
}

pub fn config_option(
    name: &str,
    parser: &mut lexopt::Parser,
    config: &mut Config,
    news_weight: &mut f32,
) -> Result<(), String> {
    match name {
        "seed" => config.seed = number(parser, "--seed")?,
        "epochs" => config.epochs = number(parser, "--epochs")?,
        "min-count" => config.min_count = number(parser, "--min-count")?,
        "min-feature-count" => config.min_feature_count = number(parser, "--min-feature-count")?,
        "logistic" => config.logistic = number::<u8>(parser, "--logistic")? != 0,
        "rate" => config.rate = number(parser, "--rate")?,
        "l2" => config.l2 = number(parser, "--l2")?,
        "threshold" => config.threshold = number(parser, "--threshold")?,
        "prune" => config.prune = number(parser, "--prune")?,
        "hash-bits" => config.hash_bits = number(parser, "--hash-bits")?,
        "levels" => config.levels = number(parser, "--levels")?,
        "news-weight" => *news_weight = number(parser, "--news-weight")?,
        _ => return Err(format!("unknown option --{name}")),
    }
    Ok(())
}

pub fn train(mut parser: lexopt::Parser) -> Result<(), String> {
    let mut out: Option<PathBuf> = None;
    let mut files = Vec::new();
    let mut config = Config::default();
    let mut news_weight = NEWS_WEIGHT;
    while let Some(arg) = parser.next().map_err(|e| e.to_string())? {
        match arg {
            Long(name) if CONFIG_OPTIONS.contains(&name) => {
                let name = name.to_string();
                config_option(&name, &mut parser, &mut config, &mut news_weight)
                    .map_err(|e| format!("train: {e}\n{USAGE}"))?
            }
            Short('h') | Long("help") => {
                println!("{USAGE}");
                return Ok(());
            }
            Short('o') | Long("out") => {
                out = Some(PathBuf::from(
                    parser.value().map_err(|e| format!("train: {e}"))?,
                ))
            }
            Value(v) => files.push(PathBuf::from(v)),
            other => return Err(format!("train: {}\n{USAGE}", other.unexpected())),
        }
    }
    let out = out.ok_or_else(|| format!("train: --out is required\n{USAGE}"))?;
    if files.is_empty() {
        return Err(format!("train: no input file\n{USAGE}"));
    }
    let start = Instant::now();
    let corpora: Vec<Corpus> = files
        .iter()
        .map(|f| xml::read(f))
        .collect::<Result<_, _>>()?;
    let examples: Vec<Example> = corpora
        .iter()
        .flat_map(|c| c.sentences().map(move |s| example(c, s, news_weight)))
        .collect();
    let tagger = train::train(&examples, Lexicon::builtin(), &config);
    let bytes = tagger.to_bytes();
    std::fs::write(&out, &bytes).map_err(|e| format!("cannot write {}: {e}", out.display()))?;
    eprintln!(
        "trained on {} sentences in {:.1} s: {} phrases, {} features, {} bytes -> {}",
        examples.len(),
        start.elapsed().as_secs_f64(),
        tagger.vocab.phrases.len(),
        tagger.feature_count(),
        bytes.len(),
        out.display()
    );
    Ok(())
}
