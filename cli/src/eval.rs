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
//! With `--folds K` the documents of each file are dealt into K folds (a fixed
//! shuffle); for each fold a tagger is trained on the other K-1 folds of all
//! the files given, and the fold is scored with that tagger in the same
//! pipeline. No sentence is ever scored by a model that saw it.

use std::fmt::Write as _;
use std::path::PathBuf;

use hedgelight_core::analysis::analyze_sentence_with;
use hedgelight_core::detect::Detector;
use hedgelight_core::offsets::char_offset;
use hedgelight_core::tagger;
use hedgelight_core::tagger::shuffle::shuffled;
use lexopt::prelude::*;

use crate::train;
use crate::xml::{self, Corpus, GoldSentence};

const USAGE: &str = "usage: hedgelight eval [--errors N] [--cue-words N] [--folds K [--seed S] [training options of train]] FILE.xml ...";

/// What the pipeline said about one sentence (character offsets).
#[derive(Clone, Debug, Default)]
pub struct Prediction {
    pub uncertain: bool,
    pub cues: Vec<(usize, usize, String)>,
}

/// Runs one line through the `hedgelight lines` pipeline.
pub fn predict(text: &str) -> Prediction {
    predict_with(text, &Detector::builtin())
}

/// [`predict`] with another detector (a fold's tagger).
pub fn predict_with(text: &str, detector: &Detector) -> Prediction {
    // `lines` reads one sentence per line: a line break cannot be inside one.
    let line: String;
    let text = if text.contains(['\n', '\r']) {
        line = text.replace(['\n', '\r'], " ");
        &line
    } else {
        text
    };
    // The analysis `lines` prints, with the cues that count in the CoNLL-2010
    // sense: the reader-only hedges (`Cue::conll`) shape the level, not these.
    let s = analyze_sentence_with(text, detector);
    Prediction {
        uncertain: s.uncertain,
        cues: s
            .cues
            .into_iter()
            .filter(|c| c.conll && c.category.is_uncertainty())
            .map(|c| {
                let (start, end) = (char_offset(text, c.start), char_offset(text, c.end));
                (start, end, c.category.as_str().to_string())
            })
            .collect(),
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Counts {
    pub sentences: usize,
    pub tp: usize,
    pub fp: usize,
    pub fn_: usize,
    pub tn: usize,
    pub cues_gold: usize,
    pub cues_pred: usize,
    pub exact: usize,
    pub overlap_pred: usize,
    pub overlap_gold: usize,
}

fn prf(hit_p: usize, pred: usize, hit_r: usize, gold: usize) -> (f64, f64, f64) {
    let p = if pred == 0 {
        0.0
    } else {
        hit_p as f64 / pred as f64
    };
    let r = if gold == 0 {
        0.0
    } else {
        hit_r as f64 / gold as f64
    };
    let f = if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    };
    (p, r, f)
}

impl Counts {
    pub fn add(&mut self, o: &Counts) {
        self.sentences += o.sentences;
        self.tp += o.tp;
        self.fp += o.fp;
        self.fn_ += o.fn_;
        self.tn += o.tn;
        self.cues_gold += o.cues_gold;
        self.cues_pred += o.cues_pred;
        self.exact += o.exact;
        self.overlap_pred += o.overlap_pred;
        self.overlap_gold += o.overlap_gold;
    }

    /// Scores one sentence.
    pub fn score(gold: &GoldSentence, pred: &Prediction) -> Counts {
        let g_unc = gold.uncertain();
        let gold_spans = gold_char_spans(gold);
        let pred_spans = pred_char_spans(pred);
        Counts {
            sentences: 1,
            tp: usize::from(g_unc && pred.uncertain),
            fp: usize::from(!g_unc && pred.uncertain),
            fn_: usize::from(g_unc && !pred.uncertain),
            tn: usize::from(!g_unc && !pred.uncertain),
            cues_gold: gold_spans.len(),
            cues_pred: pred_spans.len(),
            exact: pred_spans.iter().filter(|p| gold_spans.contains(p)).count(),
            overlap_pred: pred_spans
                .iter()
                .filter(|&&p| gold_spans.iter().any(|&g| overlaps(p, g)))
                .count(),
            overlap_gold: gold_spans
                .iter()
                .filter(|&&g| pred_spans.iter().any(|&p| overlaps(p, g)))
                .count(),
        }
    }

    /// Sentence-level precision, recall, F1 of the uncertain class.
    pub fn sentence_prf(&self) -> (f64, f64, f64) {
        prf(self.tp, self.tp + self.fp, self.tp, self.tp + self.fn_)
    }

    pub fn accuracy(&self) -> f64 {
        if self.sentences == 0 {
            0.0
        } else {
            (self.tp + self.tn) as f64 / self.sentences as f64
        }
    }

    pub fn exact_prf(&self) -> (f64, f64, f64) {
        prf(self.exact, self.cues_pred, self.exact, self.cues_gold)
    }

    pub fn overlap_prf(&self) -> (f64, f64, f64) {
        prf(
            self.overlap_pred,
            self.cues_pred,
            self.overlap_gold,
            self.cues_gold,
        )
    }
}

/// A sentence's gold cues as character spans, as predictions give them.
fn gold_char_spans(gold: &GoldSentence) -> Vec<(usize, usize)> {
    gold.cues
        .iter()
        .map(|c| {
            (
                char_offset(&gold.text, c.start),
                char_offset(&gold.text, c.end),
            )
        })
        .collect()
}

fn pred_char_spans(pred: &Prediction) -> Vec<(usize, usize)> {
    pred.cues.iter().map(|c| (c.0, c.1)).collect()
}

/// Whether two character spans share a character (the cue-overlap measure).
fn overlaps(a: (usize, usize), b: (usize, usize)) -> bool {
    a.0 < b.1 && b.0 < a.1
}

const HEADER: &str = concat!(
    "                   sentence (uncertain class)        cue exact             cue overlap\n",
    "set          sents  gold    P      R      F1     acc     P      R      F1     P      R      F1"
);
pub fn table_row(name: &str, c: &Counts) -> String {
    let (sp, sr, sf) = c.sentence_prf();
    let (ep, er, ef) = c.exact_prf();
    let (op, or, of) = c.overlap_prf();
    format!(
        "{name:<12} {:>5} {:>5}  {sp:.3}  {sr:.3}  {sf:.3}  {:.3}   {ep:.3}  {er:.3}  {ef:.3}  {op:.3}  {or:.3}  {of:.3}",
        c.sentences,
        c.tp + c.fn_,
        c.accuracy()
    )
}

/// Per file, per genre (when a genre has several files) and overall.
pub fn table(corpora: &[Corpus], counts: &[Counts]) -> String {
    let mut out = String::new();
    writeln!(out, "{HEADER}").unwrap();
    for (c, n) in corpora.iter().zip(counts) {
        writeln!(out, "{}", table_row(&c.name, n)).unwrap();
    }
    let mut genres: Vec<&str> = corpora.iter().map(Corpus::genre).collect();
    genres.dedup();
    genres.sort_unstable();
    genres.dedup();
    for g in genres {
        let files: Vec<usize> = (0..corpora.len())
            .filter(|&i| corpora[i].genre() == g)
            .collect();
        if files.len() > 1 {
            let mut sum = Counts::default();
            for &i in &files {
                sum.add(&counts[i]);
            }
            writeln!(out, "{}", table_row(&format!("{g} (all)"), &sum)).unwrap();
        }
    }
    if corpora.len() > 1 {
        let mut sum = Counts::default();
        for n in counts {
            sum.add(n);
        }
        writeln!(out, "{}", table_row("overall", &sum)).unwrap();
    }
    out
}

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

/// The printed evaluation.
pub fn report(
    corpora: &[Corpus],
    predictions: &[Vec<Prediction>],
    errors: usize,
    folds: usize,
) -> String {
    let mut out = String::new();
    if folds >= 2 {
        writeln!(
            out,
            "{folds}-fold cross-validation by document: each fold scored by a tagger trained on the other folds"
        )
        .unwrap();
    } else {
        writeln!(out, "built-in detector").unwrap();
    }
    let counts: Vec<Counts> = corpora
        .iter()
        .zip(predictions)
        .map(|(c, preds)| {
            let mut sum = Counts::default();
            for (s, p) in c.sentences().zip(preds) {
                sum.add(&Counts::score(s, p));
            }
            sum
        })
        .collect();
    out.push_str(&table(corpora, &counts));
    if errors > 0 {
        out.push_str(&list_errors(corpora, predictions, errors));
    }
    out
}

fn list_errors(corpora: &[Corpus], predictions: &[Vec<Prediction>], n: usize) -> String {
    let mut fps = Vec::new();
    let mut fns = Vec::new();
    for (c, preds) in corpora.iter().zip(predictions) {
        let sentences = c
            .documents
            .iter()
            .flat_map(|d| d.sentences.iter().map(move |s| (&d.id, s)));
        for ((doc, s), p) in sentences.zip(preds) {
            if p.uncertain && !s.uncertain() && fps.len() < n {
                let cues: Vec<String> = p
                    .cues
                    .iter()
                    .map(|(a, b, cat)| {
                        let t: String = s.text.chars().skip(*a).take(b - a).collect();
                        format!("{t:?} ({cat})")
                    })
                    .collect();
                fps.push(format!(
                    "  {} [{doc}] {}: {}\n    predicted: {}",
                    c.name,
                    s.id,
                    s.text,
                    cues.join(", ")
                ));
            } else if !p.uncertain && s.uncertain() && fns.len() < n {
                let cues: Vec<String> = s
                    .cues
                    .iter()
                    .map(|g| format!("{:?} ({})", &s.text[g.start..g.end], g.category))
                    .collect();
                fns.push(format!(
                    "  {} [{doc}] {}: {}\n    gold: {}",
                    c.name,
                    s.id,
                    s.text,
                    cues.join(", ")
                ));
            }
        }
    }
    let mut out = String::new();
    writeln!(out, "\nfalse positives (first {n}):").unwrap();
    for e in fps {
        writeln!(out, "{e}").unwrap();
    }
    writeln!(out, "\nfalse negatives (first {n}):").unwrap();
    for e in fns {
        writeln!(out, "{e}").unwrap();
    }
    out
}

/// Per genre, the words most often behind a missed gold cue (no predicted cue
/// overlaps it) and behind a false cue (it overlaps no gold cue): where the
/// cue-overlap scores are lost.
pub fn cue_word_errors(corpora: &[Corpus], predictions: &[Vec<Prediction>], n: usize) -> String {
    use std::collections::BTreeMap;
    // genre -> (missed, false): word -> count
    type Tally = BTreeMap<String, usize>;
    let mut by_genre: BTreeMap<&str, (Tally, Tally)> = BTreeMap::new();
    for (c, preds) in corpora.iter().zip(predictions) {
        let (missed, wrong) = by_genre.entry(c.genre()).or_default();
        for (s, p) in c.sentences().zip(preds) {
            let gold = gold_char_spans(s);
            let predicted = pred_char_spans(p);
            let words = |(a, b): (usize, usize)| -> String {
                s.text
                    .chars()
                    .skip(a)
                    .take(b - a)
                    .collect::<String>()
                    .to_lowercase()
            };
            for &g in &gold {
                if !predicted.iter().any(|&q| overlaps(q, g)) {
                    *missed.entry(words(g)).or_default() += 1;
                }
            }
            for &q in &predicted {
                if !gold.iter().any(|&g| overlaps(q, g)) {
                    *wrong.entry(words(q)).or_default() += 1;
                }
            }
        }
    }
    let top = |t: &Tally| -> String {
        let mut v: Vec<(&String, &usize)> = t.iter().collect();
        v.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
        let total: usize = t.values().sum();
        let shown: Vec<String> = v.iter().take(n).map(|(w, k)| format!("{w} {k}")).collect();
        format!("{total} in all: {}", shown.join(", "))
    };
    let mut out = String::new();
    writeln!(out, "\ncue words behind the cue-overlap errors (top {n})").unwrap();
    for (genre, (missed, wrong)) in &by_genre {
        writeln!(out, "{genre:<10} missed  {}", top(missed)).unwrap();
        writeln!(out, "{genre:<10} false   {}", top(wrong)).unwrap();
    }
    out
}

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
fn cross_validate(
    corpora: &[Corpus],
    k: usize,
    base: Detector,
    config: &tagger::train::Config,
    news_weight: f32,
) -> Vec<Vec<Prediction>> {
    let folds = fold_assignment(corpora, k, config.seed);
    let mut predictions: Vec<Vec<Prediction>> = corpora
        .iter()
        .map(|c| vec![Prediction::default(); c.sentences().count()])
        .collect();
    for f in 0..k {
        let start = std::time::Instant::now();
        let mut examples = Vec::new();
        for (ci, c) in corpora.iter().enumerate() {
            for (di, d) in c.documents.iter().enumerate() {
                if folds[ci][di] != f {
                    examples.extend(
                        d.sentences
                            .iter()
                            .map(|s| train::example(c, s, news_weight)),
                    );
                }
            }
        }
        let model = tagger::train::train(&examples, base.lexicon, config);
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

    #[test]
    fn scores_spans_exactly_and_by_overlap() {
        let c = xml::parse(
            "t",
            "<Document><Sentence id='1'>It may well <ccue type='x'>rain</ccue> if so.</Sentence></Document>",
        )
        .unwrap();
        let s = &c.documents[0].sentences[0];
        let pred = Prediction {
            uncertain: true,
            cues: vec![(3, 6, "speculation".into()), (7, 16, "speculation".into())],
        };
        let n = Counts::score(s, &pred);
        assert_eq!((n.tp, n.cues_pred, n.cues_gold), (1, 2, 1));
        assert_eq!((n.exact, n.overlap_pred, n.overlap_gold), (0, 1, 1));
        let exact = Prediction {
            uncertain: true,
            cues: vec![(12, 16, "speculation".into())],
        };
        assert_eq!(Counts::score(s, &exact).exact, 1);
    }

    #[test]
    fn cue_word_errors_count_missed_and_false_cues_by_word() {
        let c = xml::parse(
            "wiki",
            "<Document><Sentence id='1'>It <ccue type='x'>may</ccue> rain if <ccue type='x'>Will</ccue> goes.</Sentence>\
             <Sentence id='2'>Plain text if so.</Sentence></Document>",
        )
        .unwrap();
        let preds = vec![vec![
            Prediction {
                uncertain: true,
                cues: vec![(3, 6, "speculation".into()), (12, 14, "condition".into())],
            },
            Prediction {
                uncertain: true,
                cues: vec![(11, 13, "condition".into())],
            },
        ]];
        let out = cue_word_errors(&[c], &preds, 5);
        assert!(out.contains("wiki       missed  1 in all: will 1"), "{out}");
        assert!(out.contains("wiki       false   2 in all: if 2"), "{out}");
    }

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
