//! `hedgelight eval`: scores the `hedgelight lines` pipeline against
//! CoNLL-2010 / Szeged XML.
//!
//! Every sentence's text goes through [`line_report`], exactly as one line of
//! `hedgelight lines` would. A sentence is predicted uncertain when the report
//! says `"uncertain": true`; its predicted cues are the reported cues whose
//! category is semantic uncertainty (speculation, belief, condition,
//! investigation). Scores:
//! - sentence level (CoNLL-2010 Task 1): precision, recall and F1 of the
//!   uncertain class, and accuracy;
//! - cue spans, category-blind: exact (same character span) and overlap (a
//!   predicted cue counts when it overlaps a gold cue, a gold cue when some
//!   predicted cue overlaps it).
//!
//! With `--folds K`, K-fold cross-validation by document ([`folds`]).
//!
//! One module a job: [`predict`] runs the pipeline, [`metrics`] scores,
//! [`folds`] cross-validates, [`report`] prints.

mod folds;
mod metrics;
mod predict;
mod report;

use std::path::PathBuf;

use hedgelight_core::detect::Detector;
use hedgelight_core::tagger;
use lexopt::prelude::*;

use crate::train;
use crate::xml::{self, Corpus};
use folds::cross_validate;
use predict::predict;
use report::{cue_word_errors, report};

const USAGE: &str = "usage: hedgelight eval [--errors N] [--cue-words N] [--folds K [--seed S] [training options of train]] FILE.xml ...";

struct Options {
    files: Vec<PathBuf>,
    errors: usize,
    cue_words: usize,
    folds: usize,
    config: tagger::train::Config,
    news_weight: f32,
}

/// The options, or `None` when `--help` asked for the usage instead.
fn parse_args(mut parser: lexopt::Parser) -> Result<Option<Options>, String> {
    let mut o = Options {
        files: Vec::new(),
        errors: 0,
        cue_words: 0,
        folds: 0,
        config: tagger::train::Config::default(),
        news_weight: train::NEWS_WEIGHT,
    };
    let number = |parser: &mut lexopt::Parser, what: &str| -> Result<usize, String> {
        train::number(parser, what).map_err(|e| format!("eval: {e}\n{USAGE}"))
    };
    while let Some(arg) = parser.next().map_err(|e| e.to_string())? {
        match arg {
            Long(name) if train::CONFIG_OPTIONS.contains(&name) => {
                let name = name.to_string();
                train::config_option(&name, &mut parser, &mut o.config, &mut o.news_weight)
                    .map_err(|e| format!("eval: {e}\n{USAGE}"))?
            }
            Short('h') | Long("help") => return Ok(None),
            Long("errors") => o.errors = number(&mut parser, "--errors")?,
            Long("cue-words") => o.cue_words = number(&mut parser, "--cue-words")?,
            Long("folds") => o.folds = number(&mut parser, "--folds")?,
            Value(v) => o.files.push(PathBuf::from(v)),
            other => return Err(format!("eval: {}\n{USAGE}", other.unexpected())),
        }
    }
    if o.files.is_empty() {
        return Err(format!("eval: no input file\n{USAGE}"));
    }
    if o.folds == 1 {
        return Err("eval: --folds needs at least 2 folds".into());
    }
    Ok(Some(o))
}

pub fn eval(parser: lexopt::Parser) -> Result<(), String> {
    let Some(o) = parse_args(parser)? else {
        println!("{USAGE}");
        return Ok(());
    };
    let corpora: Vec<Corpus> = o
        .files
        .iter()
        .map(|f| xml::read(f))
        .collect::<Result<_, _>>()?;
    let predictions = if o.folds >= 2 {
        cross_validate(
            &corpora,
            o.folds,
            Detector::builtin(),
            &o.config,
            o.news_weight,
        )
    } else {
        corpora
            .iter()
            .map(|c| c.sentences().map(|s| predict(&s.text)).collect())
            .collect()
    };
    print!("{}", report(&corpora, &predictions, o.errors, o.folds));
    if o.cue_words > 0 {
        print!("{}", cue_word_errors(&corpora, &predictions, o.cue_words));
    }
    Ok(())
}
