//! `hedgelight analyze --text`: the analysis as a fact-checker skims it in a
//! terminal: a count per level, then each sentence under its level with the cues
//! that set it and the reason in words. The JSON stays the format for programs.

use std::fmt::Write as _;

use hedgelight_core::report::DocumentReport;

/// Wide enough for the longest label, "2 unverified".
const LABEL_WIDTH: usize = 12;

pub fn render(report: &DocumentReport) -> String {
    let mut out = String::new();
    let mut counts = vec![0usize; report.levels.len()];
    for s in &report.sentences {
        if let Some(n) = counts.get_mut(usize::from(s.level.number()).saturating_sub(1)) {
            *n += 1;
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
    writeln!(out, "{total} {noun}: {}", by_level.join(", ")).unwrap();
    let pad = " ".repeat(LABEL_WIDTH);
    for s in &report.sentences {
        let label = format!("{} {}", s.level.number(), s.level.name());
        // One line per sentence: its own line breaks would break the columns.
        let text = s.text.split_whitespace().collect::<Vec<_>>().join(" ");
        writeln!(out, "\n{label:<LABEL_WIDTH$} | {text}").unwrap();
        if !s.cues.is_empty() {
            let cues: Vec<String> = s
                .cues
                .iter()
                .map(|c| format!("{} ({})", c.text, c.category.as_str()))
                .collect();
            writeln!(out, "{pad} | cues: {}", cues.join(", ")).unwrap();
        }
        writeln!(out, "{pad} | {}", s.explanation).unwrap();
    }
    out
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
    }

    #[test]
    fn an_empty_text_says_so() {
        assert_eq!(
            render(&document_report("")),
            "0 sentences: 0 disputed, 0 unverified, 0 hedged, 0 attributed, 0 asserted\n"
        );
    }
}
