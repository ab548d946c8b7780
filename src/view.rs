//! What the components render: the analysis of a text, cut into paragraphs,
//! sentences and cue/text pieces. Pure data, so it is tested natively.

use std::rc::Rc;

use hedgelight_core::kind::Kind;
use hedgelight_core::segment;
use hedgelight_core::{analyze, Category, Level};

#[derive(Clone, Debug, PartialEq)]
pub enum Piece {
    Text(String),
    /// One or more cues on the same words ("allegedly" is attribution and
    /// belief); each is rendered as its own element, nested.
    Cue {
        text: String,
        categories: Vec<Category>,
    },
}

#[derive(Clone, Debug, PartialEq)]
pub struct CueView {
    pub text: String,
    pub category: Category,
}

#[derive(Clone, Debug, PartialEq)]
pub struct SentenceView {
    pub index: usize,
    pub pieces: Vec<Piece>,
    /// `None` for a heading, dateline or other segment that is not a claim.
    pub level: Option<Level>,
    pub score: Option<f32>,
    pub kind: Kind,
    pub uncertain: bool,
    pub cues: Vec<CueView>,
    pub explanation: String,
    /// Who says so, and whether that source is named.
    pub source: Option<(String, bool)>,
}

impl SentenceView {
    /// What a screen reader hears after the sentence text.
    pub fn spoken_summary(&self) -> String {
        let Some(level) = self.level else {
            return format!("Not a claim: {}.", self.kind.label());
        };
        let mut s = format!(
            "Confidence {} of {}: {}.",
            level.number(),
            Level::COUNT,
            level.name()
        );
        if !self.cues.is_empty() {
            let cues: Vec<String> = self
                .cues
                .iter()
                .map(|c| format!("“{}”, {}", c.text, c.category.label()))
                .collect();
            s.push_str(&format!(" Cues: {}.", cues.join("; ")));
        }
        s
    }
}

#[derive(Clone, Debug, PartialEq, Default)]
pub struct DocView {
    /// Shared, so that rendering passes pointers to the sentence components
    /// instead of copies, and their props compare by identity.
    pub sentences: Vec<Rc<SentenceView>>,
    /// Sentence indices of each paragraph, in order.
    pub paragraphs: Vec<Vec<usize>>,
}

impl DocView {
    pub fn build(text: &str) -> DocView {
        let analysed = analyze(text);
        let mut paragraphs: Vec<Vec<usize>> = Vec::new();
        let mut sentences = Vec::with_capacity(analysed.len());
        let mut prev_end = 0;
        let breaks_paragraph = paragraph_break(text);
        for (index, s) in analysed.into_iter().enumerate() {
            let gap = text.get(prev_end..s.range.start).unwrap_or("");
            if paragraphs.is_empty() || breaks_paragraph(gap) {
                paragraphs.push(Vec::new());
            }
            if let Some(p) = paragraphs.last_mut() {
                p.push(index);
            }
            prev_end = s.range.end;
            let cues = s
                .cues
                .iter()
                .map(|c| CueView {
                    text: text[c.start..c.end].to_string(),
                    category: c.category,
                })
                .collect();
            sentences.push(Rc::new(SentenceView {
                index,
                pieces: pieces(text, &s),
                level: s.level,
                score: s.score,
                kind: s.kind,
                uncertain: s.uncertain,
                cues,
                explanation: s.explanation,
                source: s
                    .source
                    .map(|src| (text[src.start..src.end].to_string(), src.named)),
            }));
        }
        DocView {
            sentences,
            paragraphs,
        }
    }

    /// How many sentences sit at each level, lowest level first.
    pub fn level_counts(&self) -> Vec<(Level, usize)> {
        Level::all()
            .map(|l| {
                (
                    l,
                    self.sentences.iter().filter(|s| s.level == Some(l)).count(),
                )
            })
            .collect()
    }
}

/// What separates paragraphs in this text: blank lines (or paragraph
/// separators, U+2029) where it has any, since then single line breaks are
/// only wrapping; else every line break (one paragraph per line, as some news
/// files are written). Line breaks are the segmenter's: LF, CR, CRLF, U+2028.
fn paragraph_break(text: &str) -> fn(&str) -> bool {
    let has_paragraphs = segment::lines(text.trim())
        .any(|line| line.text.trim().is_empty() || line.ends_paragraph());
    if has_paragraphs {
        segment::is_paragraph_break
    } else {
        segment::has_line_break
    }
}

/// Cuts a sentence into plain and cue pieces. Cues on the same words share a
/// piece; a cue that only partly overlaps an earlier one is left unmarked here
/// (it still shows in the tooltip's list).
fn pieces(text: &str, s: &hedgelight_core::Sentence) -> Vec<Piece> {
    let mut out = Vec::new();
    let mut at = s.range.start;
    let mut last_cue = None;
    let mut cues: Vec<_> = s.cues.iter().collect();
    cues.sort_by_key(|c| (c.start, std::cmp::Reverse(c.end)));
    for c in cues {
        if last_cue == Some((c.start, c.end)) {
            if let Some(Piece::Cue { categories, .. }) = out.last_mut() {
                if !categories.contains(&c.category) {
                    categories.push(c.category);
                }
            }
            continue;
        }
        if c.start < at || c.end > s.range.end {
            continue;
        }
        if c.start > at {
            out.push(Piece::Text(text[at..c.start].to_string()));
        }
        out.push(Piece::Cue {
            text: text[c.start..c.end].to_string(),
            categories: vec![c.category],
        });
        last_cue = Some((c.start, c.end));
        at = c.end;
    }
    if at < s.range.end {
        out.push(Piece::Text(text[at..s.range.end].to_string()));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn joined(p: &[Piece]) -> String {
        p.iter()
            .map(|p| match p {
                Piece::Text(t) | Piece::Cue { text: t, .. } => t.as_str(),
            })
            .collect()
    }

    #[test]
    fn pieces_rebuild_the_sentence_and_mark_cues() {
        let doc = DocView::build("Kim met Putin. Troops may follow, officials said.");
        assert_eq!(doc.sentences.len(), 2);
        assert_eq!(
            joined(&doc.sentences[1].pieces),
            "Troops may follow, officials said."
        );
        let cues: Vec<_> = doc.sentences[1]
            .pieces
            .iter()
            .filter_map(|p| match p {
                Piece::Cue { text, categories } => Some((text.as_str(), categories[0])),
                Piece::Text(_) => None,
            })
            .collect();
        assert_eq!(
            cues,
            [
                ("may", Category::Speculation),
                ("officials", Category::Anonymous),
                ("said", Category::Attribution)
            ]
        );
    }

    #[test]
    fn cues_on_the_same_words_share_one_piece() {
        let doc = DocView::build("The officers were allegedly killed.");
        let cue = doc.sentences[0].pieces.iter().find_map(|p| match p {
            Piece::Cue { text, categories } => Some((text.clone(), categories.clone())),
            Piece::Text(_) => None,
        });
        let (text, categories) = cue.expect("a cue piece");
        assert_eq!(text, "allegedly");
        assert!(categories.contains(&Category::Anonymous), "{categories:?}");
        assert_eq!(doc.sentences[0].cues.len(), categories.len());
    }

    #[test]
    fn blank_lines_start_paragraphs_and_single_breaks_are_wrapping() {
        let doc = DocView::build("One. Two.\n\nThree.\nFour. Five.");
        assert_eq!(doc.paragraphs, vec![vec![0, 1], vec![2, 3, 4]]);
    }

    #[test]
    fn without_blank_lines_each_line_is_a_paragraph() {
        let doc = DocView::build("One. Two.\nThree.\nFour. Five.\n");
        assert_eq!(doc.paragraphs, vec![vec![0, 1], vec![2], vec![3, 4]]);
    }

    #[test]
    fn every_line_end_breaks_paragraphs() {
        for end in ["\r\n", "\r", "\u{2028}"] {
            let text = "One. Two.\n\nThree.\nFour. Five.".replace('\n', end);
            let doc = DocView::build(&text);
            assert_eq!(doc.paragraphs, vec![vec![0, 1], vec![2, 3, 4]], "{end:?}");
            let text = "One. Two.\nThree.\nFour. Five.\n".replace('\n', end);
            let doc = DocView::build(&text);
            assert_eq!(
                doc.paragraphs,
                vec![vec![0, 1], vec![2], vec![3, 4]],
                "{end:?}"
            );
        }
        // A paragraph separator is a blank line; single breaks stay wrapping.
        let doc = DocView::build("One. Two.\u{2029}Three.\nFour. Five.");
        assert_eq!(doc.paragraphs, vec![vec![0, 1], vec![2, 3, 4]]);
    }

    #[test]
    fn counts_sentences_per_level() {
        let doc = DocView::build("It may rain. It rained. Moscow denied it.");
        let counts: Vec<usize> = doc.level_counts().into_iter().map(|(_, n)| n).collect();
        assert_eq!(counts, [1, 0, 1, 0, 1]);
    }

    #[test]
    fn spoken_summary_names_level_and_cues() {
        let doc = DocView::build("It is highly likely.");
        let s = doc.sentences[0].spoken_summary();
        assert!(
            s.contains("hedged") && s.contains("“highly likely”, speculation"),
            "{s}"
        );
    }

    #[test]
    fn headings_have_no_level_and_are_left_out_of_the_counts() {
        let doc = DocView::build("Troops may cross\n\nFriday, August 21, 2015\n\nIt may rain.");
        assert_eq!(doc.sentences[0].level, None);
        assert_eq!(doc.sentences[1].kind, Kind::Dateline);
        assert_eq!(doc.sentences[0].spoken_summary(), "Not a claim: heading.");
        let total: usize = doc.level_counts().into_iter().map(|(_, n)| n).sum();
        assert_eq!(total, 1);
    }

    #[test]
    fn empty_text_gives_an_empty_view() {
        assert_eq!(DocView::build("   "), DocView::default());
    }
}
