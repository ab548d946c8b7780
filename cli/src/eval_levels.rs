//! `hedgelight eval-levels`: scores the reader levels of `hedgelight analyze`
//! against hand-annotated news, in the format of `../shared/news-gold/dev/`
//! (a `.txt` per article, a `.jsonl` with one object per segment: code-point
//! offsets, level 1–5 or "none", cues with categories, optionally a source).
//!
//! Mapping follows that set's README: each predicted sentence goes to the gold
//! segment it overlaps most (ties to the earlier one); a gold segment several
//! predictions map to takes the level of the one overlapping it most. A gold
//! segment nothing maps to is *missed*; a prediction overlapping nothing is
//! *stray*.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

use hedgelight_core::offsets::char_offset;
use hedgelight_core::report::{document_report, SentenceReport};
use hedgelight_core::Category;
use serde::Deserialize;

use crate::flags::Args;
use crate::output::{self, Failure};

/// A gold level: a claim's 1–5, or `None` for a segment that is not a claim.
type GoldLevel = Option<u8>;

#[derive(Deserialize)]
struct GoldLine {
    start: usize,
    end: usize,
    text: String,
    #[serde(deserialize_with = "level_or_none")]
    level: GoldLevel,
    #[serde(default)]
    cues: Vec<GoldCue>,
    #[serde(default)]
    reason: String,
    /// Absent in gold that does not annotate sources; `null` for none.
    #[serde(default, deserialize_with = "present")]
    source: Option<Option<GoldSource>>,
}

#[derive(Deserialize)]
struct GoldSource {
    text: String,
    named: bool,
}

/// Tells a `"source": null` (annotated: no source) from a missing key.
fn present<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<Option<GoldSource>>, D::Error> {
    Option::<GoldSource>::deserialize(d).map(Some)
}

#[derive(Deserialize)]
struct GoldCue {
    text: String,
    category: Category,
}

fn level_or_none<'de, D: serde::Deserializer<'de>>(d: D) -> Result<GoldLevel, D::Error> {
    use serde::de::Error;
    match serde_json::Value::deserialize(d)? {
        serde_json::Value::String(s) if s == "none" => Ok(None),
        serde_json::Value::Number(n) => match n.as_u64() {
            Some(l @ 1..=5) => Ok(Some(l as u8)),
            _ => Err(D::Error::custom(format!("level {n} is not 1 to 5"))),
        },
        other => Err(D::Error::custom(format!(
            "level {other} is not 1-5 or \"none\""
        ))),
    }
}

/// One annotated article and what `analyze` made of it.
struct Article {
    name: String,
    gold: Vec<GoldLine>,
    predicted: Vec<SentenceReport>,
    /// For each gold segment, the index of the prediction mapped to it.
    mapped: Vec<Option<usize>>,
    stray: usize,
}

fn gold_files(paths: &[PathBuf]) -> Result<Vec<PathBuf>, Failure> {
    let mut out = Vec::new();
    for p in paths {
        if p.is_dir() {
            let entries = fs::read_dir(p).map_err(|e| format!("{}: {e}", p.display()))?;
            let mut found: Vec<PathBuf> = entries
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|f| f.extension().is_some_and(|x| x == "jsonl"))
                .collect();
            found.sort();
            out.extend(found);
        } else {
            out.push(p.clone());
        }
    }
    if out.is_empty() {
        return Err(Failure::Usage("no .jsonl gold file found".into()));
    }
    Ok(out)
}

fn read_article(jsonl: &Path) -> Result<Article, String> {
    let shown = jsonl.display();
    let text_path = jsonl.with_extension("txt");
    let text = fs::read_to_string(&text_path)
        .map_err(|e| format!("{}: {e} (the text beside {shown})", text_path.display()))?;
    let lines = fs::read_to_string(jsonl).map_err(|e| format!("{shown}: {e}"))?;
    let gold = lines
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, l)| serde_json::from_str(l).map_err(|e| format!("{shown}:{}: {e}", i + 1)))
        .collect::<Result<Vec<GoldLine>, _>>()?;
    let predicted = document_report(&text).sentences;
    let (mapped, stray) = map_predictions(&gold, &predicted);
    let name = jsonl
        .file_stem()
        .unwrap_or_default()
        .to_string_lossy()
        .into_owned();
    Ok(Article {
        name,
        gold,
        predicted,
        mapped,
        stray,
    })
}

fn overlap(a: (usize, usize), b: (usize, usize)) -> usize {
    a.1.min(b.1).saturating_sub(a.0.max(b.0))
}

/// The prediction each gold segment takes, and the number of stray predictions.
fn map_predictions(gold: &[GoldLine], predicted: &[SentenceReport]) -> (Vec<Option<usize>>, usize) {
    let mut best: Vec<Option<(usize, usize)>> = vec![None; gold.len()];
    let mut stray = 0;
    for (p, s) in predicted.iter().enumerate() {
        // Gold and predictions are both in text order, but a linear scan keeps
        // the tie rule (earlier gold segment) obvious; the sets are small.
        let (most, g) = gold
            .iter()
            .enumerate()
            .map(|(i, g)| (overlap((s.start, s.end), (g.start, g.end)), i))
            .fold((0, 0), |acc, x| if x.0 > acc.0 { x } else { acc });
        if most == 0 {
            stray += 1;
        } else if best[g].is_none_or(|(o, _)| most > o) {
            best[g] = Some((most, p));
        }
    }
    (best.into_iter().map(|b| b.map(|(_, p)| p)).collect(), stray)
}

/// Index of a level in the confusion matrix: 0 for none, then 1–5; 6 for missed.
const MISSED: usize = 6;
const LABELS: [&str; 7] = ["none", "1", "2", "3", "4", "5", "missed"];

fn slot(level: GoldLevel) -> usize {
    level.map_or(0, usize::from)
}

#[derive(Default)]
struct Scores {
    confusion: [[usize; 7]; 6],
    claims: usize,
    exact: usize,
    within_one: usize,
    le2: usize,
    le2_kept: usize,
    le3: usize,
    le3_surer: usize,
    none: usize,
    none_kept: usize,
    missed: usize,
    stray: usize,
    /// Per category: (gold cues, gold found, predicted cues, predicted right).
    cues: BTreeMap<&'static str, [usize; 4]>,
    sources: SourceScores,
}

/// Source spans, where the gold annotates them: overlap of the span, and
/// named against unnamed where the spans overlap.
#[derive(Default)]
struct SourceScores {
    gold: usize,
    found: usize,
    shown: usize,
    right: usize,
    named_agree: usize,
}

impl Scores {
    fn add(&mut self, a: &Article) {
        self.stray += a.stray;
        for (g, p) in a.gold.iter().zip(&a.mapped) {
            let predicted = p.map(|p| a.predicted[p].level.map(|l| l.number()));
            self.add_level(g.level, predicted);
            // The annotation names sources for attributed and hedged claims.
            let sourced_level = matches!(g.level, Some(3 | 4));
            if let Some(gold_source) = g.source.as_ref().filter(|_| sourced_level) {
                self.add_source(g, gold_source.as_ref(), p.map(|p| &a.predicted[p]));
            }
        }
        self.add_cues(a);
    }

    fn add_source(
        &mut self,
        g: &GoldLine,
        gold: Option<&GoldSource>,
        shown: Option<&SentenceReport>,
    ) {
        // Quote continuations show their speaker's source from another
        // sentence; gold names a source only inside its own sentence.
        let shown = shown
            .and_then(|s| s.source.as_ref())
            .filter(|s| s.start >= g.start && s.end <= g.end);
        let gold_span = gold.and_then(|gs| {
            let at = g.text.find(&gs.text)?;
            let start = g.start + char_offset(&g.text, at);
            Some((start, start + gs.text.chars().count(), gs.named))
        });
        let s = &mut self.sources;
        s.gold += usize::from(gold_span.is_some());
        s.shown += usize::from(shown.is_some());
        if let (Some((start, end, named)), Some(p)) = (gold_span, shown) {
            if overlap((start, end), (p.start, p.end)) > 0 {
                s.found += 1;
                s.right += 1;
                s.named_agree += usize::from(named == p.named);
            }
        }
    }

    /// `predicted`: `None` when missed, else the level (or none) shown.
    fn add_level(&mut self, gold: GoldLevel, predicted: Option<GoldLevel>) {
        self.confusion[slot(gold)][predicted.map_or(MISSED, slot)] += 1;
        self.missed += usize::from(predicted.is_none());
        let shown = predicted.flatten();
        let Some(g) = gold else {
            self.none += 1;
            self.none_kept += usize::from(predicted == Some(None));
            return;
        };
        self.claims += 1;
        self.exact += usize::from(shown == Some(g));
        self.within_one += usize::from(shown.is_some_and(|p| p.abs_diff(g) <= 1));
        if g <= 2 {
            self.le2 += 1;
            self.le2_kept += usize::from(shown.is_some_and(|p| p <= 2));
        }
        if g <= 3 {
            self.le3 += 1;
            self.le3_surer += usize::from(shown.is_some_and(|p| p >= 4));
        }
    }

    /// Cue precision and recall by category: a cue is found when a predicted
    /// cue of the same category overlaps it, anywhere in the article.
    fn add_cues(&mut self, a: &Article) {
        let gold: Vec<(&'static str, (usize, usize))> = a
            .gold
            .iter()
            .flat_map(|g| {
                g.cues.iter().filter_map(move |c| {
                    let at = g.text.find(&c.text)?;
                    let start = g.start + char_offset(&g.text, at);
                    Some((c.category.as_str(), (start, start + c.text.chars().count())))
                })
            })
            .collect();
        let predicted: Vec<(&'static str, (usize, usize))> = a
            .predicted
            .iter()
            .flat_map(|s| {
                s.cues
                    .iter()
                    .map(|c| (c.category.as_str(), (c.start, c.end)))
            })
            .collect();
        let hit = |x: &(&str, (usize, usize)), ys: &[(&str, (usize, usize))]| {
            ys.iter().any(|y| y.0 == x.0 && overlap(x.1, y.1) > 0)
        };
        for g in &gold {
            let c = self.cues.entry(g.0).or_default();
            c[0] += 1;
            c[1] += usize::from(hit(g, &predicted));
        }
        for p in &predicted {
            let c = self.cues.entry(p.0).or_default();
            c[2] += 1;
            c[3] += usize::from(hit(p, &gold));
        }
    }

    /// Cohen's kappa of the claim levels (a `none` or missed prediction is a
    /// category of its own).
    fn kappa(&self) -> f64 {
        let n = self.claims as f64;
        if n == 0.0 {
            return 0.0;
        }
        let rows = &self.confusion[1..];
        let observed = (1..=5).map(|k| rows[k - 1][k]).sum::<usize>() as f64 / n;
        let expected: f64 = (0..7)
            .map(|k| {
                let gold_k: usize = if (1..=5).contains(&k) {
                    rows[k - 1].iter().sum()
                } else {
                    0
                };
                let pred_k: usize = rows.iter().map(|r| r[k]).sum();
                gold_k as f64 * pred_k as f64 / (n * n)
            })
            .sum();
        if expected >= 1.0 {
            return 1.0;
        }
        (observed - expected) / (1.0 - expected)
    }
}

fn ratio(a: usize, b: usize) -> String {
    if b == 0 {
        "   -  ".to_string()
    } else {
        format!("{:.3} ({a}/{b})", a as f64 / b as f64)
    }
}

fn summary(s: &Scores, articles: usize) -> String {
    let mut out = String::new();
    let w = &mut out;
    writeln!(w, "{articles} texts: {} claim sentences ({} at levels 1-2, {} at 1-3), {} not claims; missed {}, stray {}", s.claims, s.le2, s.le3, s.none, s.missed, s.stray).unwrap();
    writeln!(w, "exact level agreement      {}", ratio(s.exact, s.claims)).unwrap();
    writeln!(
        w,
        "within one level           {}",
        ratio(s.within_one, s.claims)
    )
    .unwrap();
    writeln!(w, "Cohen's kappa              {:.3}", s.kappa()).unwrap();
    writeln!(w, "doubt caught (1-2 as 1-2)  {}", ratio(s.le2_kept, s.le2)).unwrap();
    writeln!(
        w,
        "shown surer (1-3 as 4-5)   {}   (lower is better)",
        ratio(s.le3_surer, s.le3)
    )
    .unwrap();
    writeln!(
        w,
        "non-claims unshaded        {}",
        ratio(s.none_kept, s.none)
    )
    .unwrap();
    out
}

fn confusion(s: &Scores) -> String {
    let mut out = String::from("\nconfusion: rows gold, columns shown\n      ");
    for l in LABELS {
        write!(out, "{l:>7}").unwrap();
    }
    out.push('\n');
    for (g, row) in s.confusion.iter().enumerate() {
        write!(out, "{:<6}", LABELS[g]).unwrap();
        for n in row {
            write!(out, "{n:>7}").unwrap();
        }
        out.push('\n');
    }
    out
}

fn cue_table(s: &Scores) -> String {
    let mut out = String::from("\ncues by category (overlap, same category)\ncategory        gold  found  recall   shown  right  precision\n");
    for (cat, [gold, found, shown, right]) in &s.cues {
        let pct = |a: usize, b: usize| {
            if b == 0 {
                "    -".to_string()
            } else {
                format!("{:.3}", a as f64 / b as f64)
            }
        };
        writeln!(
            out,
            "{cat:<14} {gold:>5}  {found:>5}  {:>6}  {shown:>6}  {right:>5}  {:>9}",
            pct(*found, *gold),
            pct(*right, *shown)
        )
        .unwrap();
    }
    out
}

fn source_table(s: &SourceScores) -> String {
    if s.gold == 0 && s.shown == 0 {
        return String::new();
    }
    format!(
        "\nsources (where the gold annotates them): span recall {}, precision {}, named/unnamed agreement {}\n",
        ratio(s.found, s.gold),
        ratio(s.right, s.shown),
        ratio(s.named_agree, s.found)
    )
}

fn level_name(l: Option<GoldLevel>) -> String {
    match l {
        None => "missed".into(),
        Some(None) => "none".into(),
        Some(Some(l)) => l.to_string(),
    }
}

/// The `n` worst disagreements: furthest apart first (`none` against a claim
/// counts as furthest), then in text order.
fn errors(articles: &[Article], n: usize) -> String {
    let mut rows = Vec::new();
    for a in articles {
        for (g, p) in a.gold.iter().zip(&a.mapped) {
            let shown = p.map(|p| a.predicted[p].level.map(|l| l.number()));
            if shown == Some(g.level) {
                continue;
            }
            let distance = match (g.level, shown.flatten()) {
                (Some(x), Some(y)) => x.abs_diff(y),
                _ => 5,
            };
            rows.push((distance, a, g, p));
        }
    }
    rows.sort_by_key(|r| std::cmp::Reverse(r.0));
    let mut out = format!(
        "\n{} disagreements; the {} furthest:\n",
        rows.len(),
        n.min(rows.len())
    );
    for (_, a, g, p) in rows.into_iter().take(n) {
        let shown = p.map(|p| a.predicted[p].level.map(|l| l.number()));
        let gold_cues: Vec<String> = g
            .cues
            .iter()
            .map(|c| format!("{} ({})", c.text, c.category.as_str()))
            .collect();
        writeln!(
            out,
            "\n{} gold {} shown {}: {}",
            a.name,
            level_name(Some(g.level)),
            level_name(shown),
            g.text
        )
        .unwrap();
        writeln!(
            out,
            "    gold cues: {}{}",
            gold_cues.join(", "),
            if g.reason.is_empty() {
                String::new()
            } else {
                format!("  [{}]", g.reason)
            }
        )
        .unwrap();
        if let Some(p) = p {
            let s = &a.predicted[*p];
            let cues: Vec<String> = s
                .cues
                .iter()
                .map(|c| format!("{} ({})", c.text, c.category.as_str()))
                .collect();
            writeln!(
                out,
                "    shown cues: {}\n    why: {}",
                cues.join(", "),
                s.explanation
            )
            .unwrap();
        }
    }
    out
}

/// Everything `eval-levels` prints for these articles.
fn report(articles: &[Article], n_errors: usize) -> String {
    let mut scores = Scores::default();
    for a in articles {
        scores.add(a);
    }
    let mut out = summary(&scores, articles.len());
    out += &confusion(&scores);
    out += &cue_table(&scores);
    out += &source_table(&scores.sources);
    if n_errors > 0 {
        out += &errors(articles, n_errors);
    }
    out
}

pub fn eval_levels(args: Args) -> Result<(), Failure> {
    if args.inputs.is_empty() {
        return Err(Failure::Usage("no gold given".into()));
    }
    let articles = gold_files(&args.inputs)?
        .iter()
        .map(|f| read_article(f))
        .collect::<Result<Vec<_>, _>>()?;
    output::print(&report(&articles, args.errors))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn gold(start: usize, end: usize, text: &str, level: GoldLevel) -> GoldLine {
        GoldLine {
            start,
            end,
            text: text.into(),
            level,
            cues: Vec::new(),
            reason: String::new(),
            source: None,
        }
    }

    #[test]
    fn maps_each_prediction_to_the_gold_segment_it_overlaps_most() {
        let text = "Storm hits\n\nIt may rain. Kim said so.";
        let predicted = document_report(text).sentences;
        let g = vec![
            gold(0, 10, "Storm hits", None),
            gold(12, 37, "It may rain. Kim said so.", Some(3)),
        ];
        let (mapped, stray) = map_predictions(&g, &predicted);
        assert_eq!(stray, 0);
        assert_eq!(mapped[0], Some(0));
        // Two predictions overlap the second gold segment; the longer one wins.
        assert_eq!(mapped[1], Some(1));
    }

    #[test]
    fn counts_agreement_doubt_and_surer() {
        let mut s = Scores::default();
        s.add_level(Some(1), Some(Some(1)));
        s.add_level(Some(2), Some(Some(4)));
        s.add_level(Some(3), Some(Some(3)));
        s.add_level(Some(5), Some(Some(4)));
        s.add_level(None, Some(None));
        s.add_level(Some(4), None);
        assert_eq!((s.claims, s.exact, s.within_one), (5, 2, 3));
        assert_eq!((s.le2, s.le2_kept, s.le3, s.le3_surer), (2, 1, 3, 1));
        assert_eq!((s.none, s.none_kept, s.missed), (1, 1, 1));
        assert_eq!(s.confusion[2][4], 1);
        assert_eq!(s.confusion[4][MISSED], 1);
    }

    #[test]
    fn kappa_is_one_for_perfect_agreement_and_zero_for_chance() {
        let mut perfect = Scores::default();
        for l in [1, 3, 4, 5, 5] {
            perfect.add_level(Some(l), Some(Some(l)));
        }
        assert!((perfect.kappa() - 1.0).abs() < 1e-9);
        // Predicting the same level for everything agrees only by chance.
        let mut constant = Scores::default();
        for l in [3, 4, 5, 5] {
            constant.add_level(Some(l), Some(Some(5)));
        }
        assert!(constant.kappa().abs() < 1e-9, "{}", constant.kappa());
    }

    #[test]
    fn reads_levels_and_rejects_bad_ones() {
        let l: GoldLine =
            serde_json::from_str(r#"{"start":0,"end":2,"text":"Hi","level":"none","cues":[]}"#)
                .unwrap();
        assert_eq!(l.level, None);
        let l: GoldLine = serde_json::from_str(r#"{"start":0,"end":2,"text":"Hi","level":3,"cues":[{"text":"Hi","category":"speculation"}]}"#).unwrap();
        assert_eq!(l.level, Some(3));
        assert!(
            serde_json::from_str::<GoldLine>(r#"{"start":0,"end":2,"text":"Hi","level":7}"#)
                .is_err()
        );
        assert!(serde_json::from_str::<GoldLine>(
            r#"{"start":0,"end":2,"text":"Hi","level":"high"}"#
        )
        .is_err());
    }
}
