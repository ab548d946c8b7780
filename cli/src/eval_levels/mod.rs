//! `hedgelight eval-levels`: scores the reader levels of `hedgelight analyze`
//! against hand-annotated news, in the format of `../shared/news-gold/dev/`
//! (a `.txt` per article, a `.jsonl` with one object per segment: code-point
//! offsets, level 1–5 or "none", cues with categories, optionally a source).
//!
//! One module a job: [`gold`] reads the annotation, [`align`] maps each
//! predicted sentence to a gold segment (the set's README's rule), [`metrics`]
//! scores, [`report`] prints.

mod align;
mod gold;
mod metrics;
mod report;

use std::path::Path;

use hedgelight_core::report::{document_report, SentenceReport};

use crate::flags::Args;
use crate::output::{self, Failure};
use align::{align, Alignment};
use gold::{gold_files, read_gold, GoldLevel, GoldLine};

/// What a gold segment was shown as: `None` when no prediction maps to it
/// (missed), else the level shown (`None` when not a claim).
pub type Shown = Option<GoldLevel>;

/// One annotated article and what `analyze` made of it.
pub struct Article {
    name: String,
    gold: Vec<GoldLine>,
    predicted: Vec<SentenceReport>,
    alignment: Alignment,
}

/// A gold segment and the prediction mapped to it, if any.
#[derive(Clone, Copy)]
pub struct Segment<'a> {
    gold: &'a GoldLine,
    prediction: Option<&'a SentenceReport>,
}

impl Segment<'_> {
    pub fn shown(&self) -> Shown {
        self.prediction.map(|p| p.level.map(|l| l.number()))
    }
}

impl Article {
    fn read(jsonl: &Path) -> Result<Article, String> {
        let gold = read_gold(jsonl)?;
        let predicted = document_report(&gold.text).sentences;
        let alignment = align(&gold.lines, &predicted);
        let name = jsonl
            .file_stem()
            .unwrap_or_default()
            .to_string_lossy()
            .into_owned();
        Ok(Article {
            name,
            gold: gold.lines,
            predicted,
            alignment,
        })
    }

    /// The gold segments in order, each with its prediction.
    fn segments(&self) -> impl Iterator<Item = Segment<'_>> {
        self.gold
            .iter()
            .zip(&self.alignment.mapped)
            .map(|(gold, p)| Segment {
                gold,
                prediction: p.map(|p| &self.predicted[p]),
            })
    }
}

pub fn eval_levels(args: Args) -> Result<(), Failure> {
    if args.inputs.is_empty() {
        return Err(Failure::Usage("no gold given".into()));
    }
    let articles = gold_files(&args.inputs)?
        .iter()
        .map(|f| Article::read(f))
        .collect::<Result<Vec<_>, _>>()?;
    output::print(&report::report(&articles, args.errors))
}
