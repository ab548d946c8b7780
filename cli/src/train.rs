//! `hedgelight train`: trains the cue tagger from CoNLL-2010 / Szeged XML and
//! writes the model that `core/data/model.bin` holds.

use std::time::Instant;

use hedgelight_core::internals::{self, Example, Lexicon};

use crate::flags::Args;
use crate::output::Failure;
use crate::xml::{self, Corpus, GoldSentence};

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

pub fn train(args: Args) -> Result<(), Failure> {
    let out = args
        .out
        .ok_or_else(|| Failure::Usage("--out is required".into()))?;
    if args.inputs.is_empty() {
        return Err(Failure::Usage("no input file".into()));
    }
    let start = Instant::now();
    let corpora: Vec<Corpus> = args
        .inputs
        .iter()
        .map(|f| xml::read(f))
        .collect::<Result<_, _>>()?;
    let examples: Vec<Example> = corpora
        .iter()
        .flat_map(|c| c.sentences().map(move |s| example(c, s, args.news_weight)))
        .collect();
    let tagger = internals::train(&examples, Lexicon::builtin(), &args.config);
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
