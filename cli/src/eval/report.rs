//! What `hedgelight eval` prints: the table of scores per file, per genre and
//! overall, the errors (`--errors N`) and the words behind the cue errors
//! (`--cue-words N`).

use std::collections::BTreeMap;
use std::fmt::Write as _;

use super::metrics::{gold_spans, predicted_spans, Counts};
use super::predict::Prediction;
use crate::span::Span;
use crate::xml::Corpus;

const HEADER: &str = concat!(
    "                   sentence (uncertain class)        cue exact             cue overlap\n",
    "set          sents  gold    P      R      F1     acc     P      R      F1     P      R      F1"
);

pub fn table_row(name: &str, c: &Counts) -> String {
    let s = c.sentence_prf();
    let e = c.exact_prf();
    let o = c.overlap_prf();
    format!(
        "{name:<12} {:>5} {:>5}  {:.3}  {:.3}  {:.3}  {:.3}   {:.3}  {:.3}  {:.3}  {:.3}  {:.3}  {:.3}",
        c.sentences,
        c.tp + c.fn_,
        s.precision,
        s.recall,
        s.f1,
        c.accuracy(),
        e.precision,
        e.recall,
        e.f1,
        o.precision,
        o.recall,
        o.f1,
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

/// The characters of `text` in `span`.
fn chars(text: &str, span: Span) -> String {
    text.chars()
        .skip(span.start)
        .take(span.end - span.start)
        .collect()
}

/// The first `n` false positives and the first `n` false negatives, with the
/// cues predicted and the gold cues.
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
                    .map(|q| format!("{:?} ({})", chars(&s.text, q.span), q.category))
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
    // word -> count
    type Tally = BTreeMap<String, usize>;
    let mut missed_by_genre: BTreeMap<&str, Tally> = BTreeMap::new();
    let mut false_by_genre: BTreeMap<&str, Tally> = BTreeMap::new();
    for (c, preds) in corpora.iter().zip(predictions) {
        let missed = missed_by_genre.entry(c.genre()).or_default();
        let wrong = false_by_genre.entry(c.genre()).or_default();
        for (s, p) in c.sentences().zip(preds) {
            let gold = gold_spans(s);
            let predicted = predicted_spans(p);
            let words = |span: Span| chars(&s.text, span).to_lowercase();
            for &g in &gold {
                if !predicted.iter().any(|&q| q.overlaps(g)) {
                    *missed.entry(words(g)).or_default() += 1;
                }
            }
            for &q in &predicted {
                if !gold.iter().any(|&g| q.overlaps(g)) {
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
    for (genre, missed) in &missed_by_genre {
        writeln!(out, "{genre:<10} missed  {}", top(missed)).unwrap();
        writeln!(out, "{genre:<10} false   {}", top(&false_by_genre[genre])).unwrap();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::eval::predict::PredictedCue;
    use crate::xml;
    use hedgelight_core::Category;

    fn cue(start: usize, end: usize, category: Category) -> PredictedCue {
        PredictedCue {
            span: Span { start, end },
            category,
        }
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
                cues: vec![
                    cue(3, 6, Category::Speculation),
                    cue(12, 14, Category::Condition),
                ],
            },
            Prediction {
                uncertain: true,
                cues: vec![cue(11, 13, Category::Condition)],
            },
        ]];
        let out = cue_word_errors(&[c], &preds, 5);
        assert!(out.contains("wiki       missed  1 in all: will 1"), "{out}");
        assert!(out.contains("wiki       false   2 in all: if 2"), "{out}");
    }
}
