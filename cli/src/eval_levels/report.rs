//! What `eval-levels` prints: the summary, the confusion matrix, the cues by
//! category, the sources, and the worst disagreements (`--errors N`).

use std::fmt::Write as _;

use hedgelight_core::Category;

use super::metrics::{Scores, SourceScores, LABELS};
use super::{Article, Segment, Shown};

/// Everything `eval-levels` prints for these articles.
pub fn report(articles: &[Article], n_errors: usize) -> String {
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
    let pct = |a: usize, b: usize| {
        if b == 0 {
            "    -".to_string()
        } else {
            format!("{:.3}", a as f64 / b as f64)
        }
    };
    for (cat, c) in &s.cues {
        writeln!(
            out,
            "{cat:<14} {:>5}  {:>5}  {:>6}  {:>6}  {:>5}  {:>9}",
            c.gold,
            c.found,
            pct(c.found, c.gold),
            c.shown,
            c.right,
            pct(c.right, c.shown)
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

fn level_name(l: Shown) -> String {
    match l {
        None => "missed".into(),
        Some(None) => "none".into(),
        Some(Some(l)) => l.to_string(),
    }
}

/// A gold segment shown at another level than the gold's.
struct Disagreement<'a> {
    /// How far apart the levels are (`none` or missed against a claim: 5).
    distance: u8,
    article: &'a Article,
    segment: Segment<'a>,
}

/// Every disagreement, furthest apart first, then in text order.
fn disagreements(articles: &[Article]) -> Vec<Disagreement<'_>> {
    let mut rows = Vec::new();
    for article in articles {
        for segment in article.segments() {
            let shown = segment.shown();
            if shown == Some(segment.gold.level) {
                continue;
            }
            let distance = match (segment.gold.level, shown.flatten()) {
                (Some(x), Some(y)) => x.abs_diff(y),
                _ => 5,
            };
            rows.push(Disagreement {
                distance,
                article,
                segment,
            });
        }
    }
    rows.sort_by_key(|r| std::cmp::Reverse(r.distance));
    rows
}

/// The `n` worst disagreements: furthest apart first (`none` against a claim
/// counts as furthest), then in text order.
fn errors(articles: &[Article], n: usize) -> String {
    let rows = disagreements(articles);
    let mut out = format!(
        "\n{} disagreements; the {} furthest:\n",
        rows.len(),
        n.min(rows.len())
    );
    for row in rows.iter().take(n) {
        write_disagreement(&mut out, row);
    }
    out
}

/// "text (category), …" for a list of cues.
fn cue_list<'a>(cues: impl Iterator<Item = (&'a str, Category)>) -> String {
    cues.map(|(text, category)| format!("{text} ({})", category.as_str()))
        .collect::<Vec<_>>()
        .join(", ")
}

fn write_disagreement(out: &mut String, d: &Disagreement) {
    let g = d.segment.gold;
    writeln!(
        out,
        "\n{} gold {} shown {}: {}",
        d.article.name,
        level_name(Some(g.level)),
        level_name(d.segment.shown()),
        g.text
    )
    .unwrap();
    writeln!(
        out,
        "    gold cues: {}{}",
        cue_list(g.cues.iter().map(|c| (c.text.as_str(), c.category))),
        if g.reason.is_empty() {
            String::new()
        } else {
            format!("  [{}]", g.reason)
        }
    )
    .unwrap();
    if let Some(s) = d.segment.prediction {
        writeln!(
            out,
            "    shown cues: {}\n    why: {}",
            cue_list(s.cues.iter().map(|c| (c.text.as_str(), c.category))),
            s.explanation
        )
        .unwrap();
    }
}
