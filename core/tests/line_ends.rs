//! CR-only, CRLF, U+2028 and U+2029 are line breaks everywhere: the
//! segmenter, headings and datelines (kinds), paragraphs that close a
//! quotation, and the speaker a quotation continues. The five demo reports
//! (where the repository is at hand), the made-up check set and a few
//! made-up layouts analyse the same with each line end as with LF.

mod common;

use hedgelight_core::{analyze, Sentence};

/// Layouts where line structure decides: a headline, a dateline on its own
/// line and one cut off a sentence, a colon line, list items, a quotation
/// left open at a paragraph's end, a quote that opens the paragraph after
/// "Kim said:", a sentence wrapped over two lines.
const LAYOUTS: [&str; 3] = [
    "Troops cross the border\n\nFriday, August 21, 2015\n\nYANGON (Reuters) - The troops crossed the border. They may stay.\n\nHow did it begin?\n\nIt began online.",
    "He said, “It was bad. It was worse.\n\nTroops left. Kim met Putin.\n\nKim said:\n\n“We will not leave. They may follow.”\n\nThe ministry said:\nsix died\n- one\n- two",
    "Officials said troops\nmay have crossed the border, a claim Moscow denied.\nThe ministry confirmed it.\n\nSteps:\n1. Ask\n2. Wait",
];

/// What a reader sees of a sentence, with whitespace (line ends included)
/// folded to single spaces.
fn seen(text: &str, s: &Sentence) -> String {
    let fold = |t: &str| t.split_whitespace().collect::<Vec<_>>().join(" ");
    let cues: Vec<String> = s
        .cues
        .iter()
        .map(|c| format!("{}:{:?}", fold(&text[c.start..c.end]), c.category))
        .collect();
    let source = s.source.as_ref().map(|src| fold(&text[src.start..src.end]));
    format!(
        "{} | {:?} {:?} {:?} {} | {} | {:?} | {:?} {:?} | {}",
        fold(&text[s.range.clone()]),
        s.kind,
        s.level,
        s.score,
        s.uncertain,
        cues.join(", "),
        source,
        s.quote_of,
        s.source_from,
        fold(&s.explanation),
    )
}

fn analysed(text: &str) -> Vec<String> {
    analyze(text).iter().map(|s| seen(text, s)).collect()
}

fn texts() -> Vec<String> {
    let files = common::reports().unwrap_or_default().into_iter();
    files
        .chain(common::check_set())
        .map(|(_, text)| text)
        .chain(LAYOUTS.map(String::from))
        .collect()
}

#[test]
fn every_line_end_analyses_as_lf_does() {
    for text in &texts() {
        let lf = analysed(text);
        for end in ["\r\n", "\r", "\u{2028}"] {
            let other = text.replace('\n', end);
            assert_eq!(analysed(&other), lf, "line end {end:?} in {text:?}");
        }
        // Mixed: each line break takes the next style in turn.
        let styles = ["\r\n", "\r", "\u{2028}", "\n"];
        let mixed: String = text
            .split('\n')
            .enumerate()
            .map(|(i, line)| {
                if i == 0 {
                    line.to_string()
                } else {
                    styles[i % styles.len()].to_string() + line
                }
            })
            .collect();
        assert_eq!(analysed(&mixed), lf, "mixed line ends in {text:?}");
    }
}

#[test]
fn a_paragraph_separator_is_a_blank_line() {
    for text in &texts() {
        let lf = analysed(text);
        let separated = text.replace("\n\n", "\u{2029}").replace('\n', "\u{2028}");
        assert_eq!(analysed(&separated), lf, "{text:?}");
    }
}
