//! `hedgelight analyze --text`: the analysis as a fact-checker skims it in a
//! terminal: a count per level, then each sentence under its level with the cues
//! that set it and the reason in words. The JSON stays the format for programs.

use std::fmt::Write as _;

use hedgelight_core::report::{CueReport, DocumentReport};

/// Wide enough for the longest label, "2 unverified".
const LABEL_WIDTH: usize = 12;

pub fn render(report: &DocumentReport) -> String {
    let mut out = String::new();
    let mut counts = vec![0usize; report.levels.len()];
    let mut not_claims = 0;
    for s in &report.sentences {
        match s.level {
            Some(l) => counts[usize::from(l.number()) - 1] += 1,
            None => not_claims += 1,
        }
    }
    let total = report.sentences.len();
    let by_level: Vec<String> = report
        .levels
        .iter()
        .zip(&counts)
        .map(|(name, n)| format!("{n} {name}"))
        .collect();
    let noun = if total == 1 { "sentence" } else { "sentences" };
    let not_claims = match not_claims {
        0 => String::new(),
        n => format!("; {n} not {}", if n == 1 { "a claim" } else { "claims" }),
    };
    writeln!(out, "{total} {noun}: {}{not_claims}", by_level.join(", ")).unwrap();
    let pad = " ".repeat(LABEL_WIDTH);
    for s in &report.sentences {
        let label = match s.level {
            Some(l) => format!("{} {}", l.number(), l.name()),
            None => format!("- {}", s.kind.label()),
        };
        // One line per sentence: its own line breaks would break the columns.
        let text = s.text.split_whitespace().collect::<Vec<_>>().join(" ");
        writeln!(out, "\n{label:<LABEL_WIDTH$} | {text}").unwrap();
        if !s.cues.is_empty() {
            writeln!(out, "{pad} | cues: {}", cue_list(&s.cues)).unwrap();
        }
        if let Some(src) = &s.source {
            let mut who = format!(
                "{} ({})",
                src.text,
                if src.named { "named" } else { "unnamed" }
            );
            for v in &src.via {
                who += &format!(
                    ", citing {} ({})",
                    v.text,
                    if v.named { "named" } else { "unnamed" }
                );
            }
            writeln!(out, "{pad} | source: {who}").unwrap();
        }
        writeln!(out, "{pad} | {}", s.explanation).unwrap();
    }
    out
}

/// A sentence's cues for a `--text` line: "may (speculation), said (attribution)".
pub fn cue_list(cues: &[CueReport]) -> String {
    cues.iter()
        .map(|c| format!("{} ({})", c.text, c.category.as_str()))
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use hedgelight_core::report::document_report;

    #[test]
    fn counts_levels_and_lists_each_sentence_with_its_cues() {
        let out = render(&document_report(
            "Kim met Putin.\nSeoul said it was \"highly likely\". Moscow denied it.",
        ));
        let mut lines = out.lines();
        assert_eq!(
            lines.next(),
            Some("3 sentences: 1 disputed, 0 unverified, 1 hedged, 0 attributed, 1 asserted")
        );
        assert!(out.contains("\n5 asserted   | Kim met Putin.\n"), "{out}");
        assert!(
            out.contains("3 hedged     | Seoul said it was \"highly likely\".\n             | cues: said (attribution), highly likely (speculation)\n"),
            "{out}"
        );
        assert!(out.contains("1 disputed   | Moscow denied it."), "{out}");
        assert!(
            out.contains("             | source: Seoul (named)\n"),
            "{out}"
        );
    }

    #[test]
    fn headings_are_counted_apart_and_labelled_by_kind() {
        let out = render(&document_report(
            "Moscow denies report\n\nMoscow denied the report.",
        ));
        assert!(out.starts_with("2 sentences: 1 disputed, 0 unverified, 0 hedged, 0 attributed, 0 asserted; 1 not a claim\n"), "{out}");
        assert!(
            out.contains("\n- heading    | Moscow denies report\n"),
            "{out}"
        );
    }

    #[test]
    fn an_empty_text_says_so() {
        assert_eq!(
            render(&document_report("")),
            "0 sentences: 0 disputed, 0 unverified, 0 hedged, 0 attributed, 0 asserted\n"
        );
    }
}
