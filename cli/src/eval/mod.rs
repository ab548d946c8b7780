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

use hedgelight_core::internals::Detector;

use crate::flags::Args;
use crate::output::{self, Failure};
use crate::xml::{self, Corpus};
use folds::cross_validate;
use predict::predict;
use report::{cue_word_errors, report};

pub fn eval(args: Args) -> Result<(), Failure> {
    if args.inputs.is_empty() {
        return Err(Failure::Usage("no input file".into()));
    }
    if args.folds == 1 {
        return Err(Failure::Message(
            "eval: --folds needs at least 2 folds".into(),
        ));
    }
    let corpora: Vec<Corpus> = args
        .inputs
        .iter()
        .map(|f| xml::read(f))
        .collect::<Result<_, _>>()?;
    let predictions = if args.folds >= 2 {
        cross_validate(
            &corpora,
            args.folds,
            Detector::builtin(),
            &args.config,
            args.news_weight,
        )
    } else {
        corpora
            .iter()
            .map(|c| c.sentences().map(|s| predict(&s.text)).collect())
            .collect()
    };
    let mut out = report(&corpora, &predictions, args.errors, args.folds);
    if args.cue_words > 0 {
        out += &cue_word_errors(&corpora, &predictions, args.cue_words);
    }
    output::print(&out)
}
