//! What the components render: the analysis of a text, cut into paragraphs,
//! sentences and cue/source/text pieces, and the text's sources grouped for the
//! Sources view. Pure data, so it is tested natively.

use std::collections::hash_map::{Entry, HashMap};
use std::rc::Rc;

use hedgelight_core::segment;
use hedgelight_core::Kind;
use hedgelight_core::Source;
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
    /// The words of a source (the claim's, or one it cites) in this sentence,
    /// holding the text and cue pieces they cover.
    Source {
        named: bool,
        pieces: Vec<Piece>,
    },
}

/// Who a claim is attributed to, as the tooltip and the Sources view show it.
#[derive(Clone, Debug, PartialEq)]
pub struct SourceView {
    pub text: String,
    /// A person or an identifiable body; false for "two officials", "sources".
    pub named: bool,
    /// Whom this source cites, in order (their own `via` is empty).
    pub via: Vec<SourceView>,
}

impl SourceView {
    fn new(text: &str, src: &Source) -> SourceView {
        SourceView {
            text: text[src.start..src.end].to_string(),
            named: src.named,
            via: src.via.iter().map(|v| SourceView::new(text, v)).collect(),
        }
    }

    /// The tooltip's line: who says so, whether named, whom they cite, and,
    /// for a sentence that continues a quotation, that it is the speaker's.
    pub fn describe(&self, quotation: bool) -> String {
        let mut s = match (quotation, self.named) {
            (false, true) => format!("Attributed to {}", self.text),
            (false, false) => format!("Unnamed source: {}", self.text),
            (true, true) => format!("Part of a quotation by {}", self.text),
            (true, false) => format!("Part of a quotation by an unnamed source: {}", self.text),
        };
        for (i, v) in self.via.iter().enumerate() {
            s.push_str(if i == 0 { ", citing " } else { " and " });
            s.push_str(&v.text);
            if !v.named {
                s.push_str(" (unnamed)");
            }
        }
        s
    }
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
    /// Who says so, whether that source is named, and whom it cites.
    pub source: Option<SourceView>,
    /// For a sentence that continues a quotation: the sentence naming its speaker.
    pub quote_of: Option<usize>,
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
        if let Some(line) = self.source_line() {
            s.push_str(&format!(" {line}."));
        }
        s
    }

    /// The sentence's words, as its pieces hold them.
    pub fn text(&self) -> String {
        fn joined(pieces: &[Piece], out: &mut String) {
            for p in pieces {
                match p {
                    Piece::Text(t) | Piece::Cue { text: t, .. } => out.push_str(t),
                    Piece::Source { pieces, .. } => joined(pieces, out),
                }
            }
        }
        let mut out = String::new();
        joined(&self.pieces, &mut out);
        out
    }

    /// The tooltip's source line, if the sentence has a source.
    pub fn source_line(&self) -> Option<String> {
        let src = self.source.as_ref()?;
        Some(src.describe(self.quote_of.is_some()))
    }
}

#[derive(Clone, Debug, PartialEq, Default)]
pub struct DocView {
    /// Shared, so that rendering passes pointers to the sentence components
    /// instead of copies, and their props compare by identity.
    pub sentences: Vec<Rc<SentenceView>>,
    /// Sentence indices of each paragraph, in order.
    pub paragraphs: Vec<Vec<usize>>,
    /// The text's distinct sources, for the Sources view (see [`source_groups`]).
    pub sources: Vec<SourceGroup>,
}

impl DocView {
    pub fn build(text: &str) -> DocView {
        DocView::from_analysis(text, analyze(text))
    }

    /// The view of `text` from its analysis (by [`analyze`]), for a caller
    /// that needs the analysis too (the Compare view groups it).
    pub fn from_analysis(text: &str, analysed: Vec<hedgelight_core::Sentence>) -> DocView {
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
                source: s.source.as_ref().map(|src| SourceView::new(text, src)),
                quote_of: s.quote_of,
            }));
        }
        let sources = source_groups(&sentences);
        DocView {
            sentences,
            paragraphs,
            sources,
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

/// Cuts a sentence into plain, cue and source pieces. Cues on the same words
/// share a piece; a cue that only partly overlaps an earlier one is left
/// unmarked here (it still shows in the tooltip's list). A cue that runs over
/// a source's edge is cut there, so that source pieces nest cleanly.
fn pieces(text: &str, s: &hedgelight_core::Sentence) -> Vec<Piece> {
    let spans = source_spans(s);
    let mut out = Vec::new();
    // The source the last piece went into: (index in `spans`, its pieces).
    let mut open: Option<(usize, Vec<Piece>)> = None;
    for (start, end, categories) in cue_segments(s) {
        let mut at = start;
        while at < end {
            let inside = spans.iter().position(|&(a, b, _)| a <= at && at < b);
            // Up to the next edge of a source.
            let to = match inside {
                Some(k) => spans[k].1.min(end),
                None => spans
                    .iter()
                    .map(|&(a, _, _)| a)
                    .find(|&a| a > at)
                    .map_or(end, |a| a.min(end)),
            };
            let piece = match &categories {
                None => Piece::Text(text[at..to].to_string()),
                Some(c) => Piece::Cue {
                    text: text[at..to].to_string(),
                    categories: c.clone(),
                },
            };
            if open.as_ref().map(|(k, _)| *k) != inside {
                close_source(&mut out, open.take(), &spans);
                open = inside.map(|k| (k, Vec::new()));
            }
            match &mut open {
                Some((_, pieces)) => pieces.push(piece),
                None => out.push(piece),
            }
            at = to;
        }
    }
    close_source(&mut out, open, &spans);
    out
}

fn close_source(
    out: &mut Vec<Piece>,
    open: Option<(usize, Vec<Piece>)>,
    spans: &[(usize, usize, bool)],
) {
    if let Some((k, pieces)) = open {
        out.push(Piece::Source {
            named: spans[k].2,
            pieces,
        });
    }
}

/// The sentence cut into byte ranges, each plain text (`None`) or a cue with
/// its categories, in order and covering the sentence.
fn cue_segments(s: &hedgelight_core::Sentence) -> Vec<(usize, usize, Option<Vec<Category>>)> {
    let mut out: Vec<(usize, usize, Option<Vec<Category>>)> = Vec::new();
    let mut at = s.range.start;
    let mut cues: Vec<_> = s.cues.iter().collect();
    cues.sort_by_key(|c| (c.start, std::cmp::Reverse(c.end)));
    for c in cues {
        if let Some((a, b, Some(categories))) = out.last_mut() {
            if (*a, *b) == (c.start, c.end) {
                if !categories.contains(&c.category) {
                    categories.push(c.category);
                }
                continue;
            }
        }
        if c.start < at || c.end > s.range.end {
            continue;
        }
        if c.start > at {
            out.push((at, c.start, None));
        }
        out.push((c.start, c.end, Some(vec![c.category])));
        at = c.end;
    }
    if at < s.range.end {
        out.push((at, s.range.end, None));
    }
    out
}

/// The byte ranges of the sentence's source and of those it cites, with
/// whether each is named: only those inside this sentence (a carried
/// quotation's source, or whom "he said" refers to, lies in another one), in
/// order and not overlapping.
fn source_spans(s: &hedgelight_core::Sentence) -> Vec<(usize, usize, bool)> {
    let Some(src) = &s.source else {
        return Vec::new();
    };
    let mut spans: Vec<(usize, usize, bool)> = std::iter::once(src)
        .chain(&src.via)
        .filter(|v| s.range.start <= v.start && v.start < v.end && v.end <= s.range.end)
        .map(|v| (v.start, v.end, v.named))
        .collect();
    spans.sort_by_key(|&(a, b, _)| (a, b));
    let mut last_end = 0;
    spans.retain(|&(a, b, _)| {
        let keep = a >= last_end;
        if keep {
            last_end = b;
        }
        keep
    });
    spans
}

/// One distinct source of a text, for the Sources view.
#[derive(Clone, Debug, PartialEq)]
pub struct SourceGroup {
    /// As the text first writes it.
    pub text: String,
    /// Named if any of its mentions is.
    pub named: bool,
    /// The sentences attributed to it (as their source or one their source
    /// cites), in order.
    pub sentences: Vec<usize>,
    /// How many of those sentences' claims sit at each level, lowest first
    /// (segments that are not claims have no level and are not counted).
    pub levels: [usize; Level::COUNT as usize],
}

impl SourceGroup {
    /// The levels that hold any of its claims, lowest first, with how many.
    pub fn level_counts(&self) -> impl Iterator<Item = (Level, usize)> + '_ {
        Level::all().zip(self.levels).filter(|&(_, n)| n > 0)
    }
}

/// The distinct sources of a text: each sentence's source and those it cites,
/// grouped by their words (case, spacing and apostrophe style aside). Named
/// sources come first, then unnamed ones, each in the order the text first
/// mentions them.
pub fn source_groups(sentences: &[Rc<SentenceView>]) -> Vec<SourceGroup> {
    fn key(text: &str) -> String {
        text.split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .replace('\u{2019}', "'")
            .to_lowercase()
    }
    let mut groups: Vec<SourceGroup> = Vec::new();
    let mut by_key: HashMap<String, usize> = HashMap::new();
    for s in sentences {
        let Some(src) = &s.source else { continue };
        for mention in std::iter::once(src).chain(&src.via) {
            let g = match by_key.entry(key(&mention.text)) {
                Entry::Occupied(e) => *e.get(),
                Entry::Vacant(e) => {
                    e.insert(groups.len());
                    groups.push(SourceGroup {
                        text: mention.text.clone(),
                        named: false,
                        sentences: Vec::new(),
                        levels: [0; Level::COUNT as usize],
                    });
                    groups.len() - 1
                }
            };
            let group = &mut groups[g];
            group.named |= mention.named;
            // A sentence whose source cites itself counts once.
            if group.sentences.last() != Some(&s.index) {
                group.sentences.push(s.index);
                if let Some(level) = s.level {
                    group.levels[usize::from(level.number() - 1)] += 1;
                }
            }
        }
    }
    // Stable: the order of first mention stays within each kind.
    groups.sort_by_key(|g| !g.named);
    groups
}

#[cfg(test)]
mod tests {
    use super::*;

    fn joined(p: &[Piece]) -> String {
        p.iter()
            .map(|p| match p {
                Piece::Text(t) | Piece::Cue { text: t, .. } => t.clone(),
                Piece::Source { pieces, .. } => joined(pieces),
            })
            .collect()
    }

    /// The source pieces of a sentence: their words and whether named.
    fn marked_sources(p: &[Piece]) -> Vec<(String, bool)> {
        p.iter()
            .filter_map(|p| match p {
                Piece::Source { named, pieces } => Some((joined(pieces), *named)),
                _ => None,
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
            .flat_map(|p| match p {
                Piece::Source { pieces, .. } => pieces.clone(),
                p => vec![p.clone()],
            })
            .filter_map(|p| match p {
                Piece::Cue { text, categories } => Some((text, categories[0])),
                _ => None,
            })
            .collect();
        assert_eq!(
            cues,
            [
                ("may".to_string(), Category::Speculation),
                ("officials".to_string(), Category::Anonymous),
                ("said".to_string(), Category::Attribution)
            ]
        );
    }

    #[test]
    fn cues_on_the_same_words_share_one_piece() {
        let doc = DocView::build("The officers were allegedly killed.");
        let cue = doc.sentences[0].pieces.iter().find_map(|p| match p {
            Piece::Cue { text, categories } => Some((text.clone(), categories.clone())),
            _ => None,
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
    fn a_source_is_marked_around_its_words_and_cues() {
        let doc = DocView::build("Troops may follow, officials said.");
        let s = &doc.sentences[0];
        assert_eq!(joined(&s.pieces), "Troops may follow, officials said.");
        assert_eq!(
            marked_sources(&s.pieces),
            [("officials".to_string(), false)]
        );
        let inside = s.pieces.iter().find_map(|p| match p {
            Piece::Source { pieces, .. } => Some(pieces.clone()),
            _ => None,
        });
        assert_eq!(
            inside.unwrap(),
            [Piece::Cue {
                text: "officials".into(),
                categories: vec![Category::Anonymous]
            }]
        );
        assert_eq!(
            s.source_line().as_deref(),
            Some("Unnamed source: officials")
        );
    }

    #[test]
    fn a_chain_marks_each_source_and_the_tooltip_names_it() {
        let text =
            "Interfax-Ukraine said three soldiers died, citing sources in military intelligence.";
        let s = &DocView::build(text).sentences[0];
        assert_eq!(joined(&s.pieces), text);
        assert_eq!(
            marked_sources(&s.pieces),
            [
                ("Interfax-Ukraine".to_string(), true),
                ("sources in military intelligence".to_string(), false)
            ]
        );
        assert_eq!(
            s.source_line().as_deref(),
            Some(
                "Attributed to Interfax-Ukraine, citing sources in military intelligence (unnamed)"
            )
        );
        assert!(s.spoken_summary().ends_with(" Attributed to Interfax-Ukraine, citing sources in military intelligence (unnamed)."), "{}", s.spoken_summary());
    }

    #[test]
    fn a_quotation_carried_from_another_sentence_is_not_marked_here() {
        let doc = DocView::build("\"The troops are there. They will fight,\" Kim said.");
        let (first, second) = (&doc.sentences[0], &doc.sentences[1]);
        // The first sentence continues Kim's quotation; his name is in the second.
        assert_eq!(first.quote_of, Some(1));
        assert_eq!(marked_sources(&first.pieces), []);
        assert_eq!(
            first.source_line().as_deref(),
            Some("Part of a quotation by Kim")
        );
        assert_eq!(marked_sources(&second.pieces), [("Kim".to_string(), true)]);
        assert_eq!(second.source_line().as_deref(), Some("Attributed to Kim"));
    }

    #[test]
    fn a_cue_over_a_source_edge_is_cut_there() {
        use hedgelight_core::Source;
        let text = "Kim said it.";
        let mut s = hedgelight_core::analyze(text).remove(0);
        // A made-up cue "Kim said" over the edge of the source "Kim".
        let mut cue = s.cues.first().cloned().expect("\"said\" is a cue");
        (cue.start, cue.end, cue.category) = (0, 8, Category::Attribution);
        s.cues = vec![cue];
        s.source = Some(Source {
            start: 0,
            end: 3,
            named: true,
            via: Vec::new(),
        });
        let p = pieces(text, &s);
        assert_eq!(joined(&p), text);
        let cue = |t: &str| Piece::Cue {
            text: t.into(),
            categories: vec![Category::Attribution],
        };
        assert_eq!(
            p,
            [
                Piece::Source {
                    named: true,
                    pieces: vec![cue("Kim")]
                },
                cue(" said"),
                Piece::Text(" it.".into())
            ]
        );
    }

    #[test]
    fn describes_named_unnamed_quoted_and_cited_sources() {
        let src = |text: &str, named: bool, via: Vec<SourceView>| SourceView {
            text: text.into(),
            named,
            via,
        };
        assert_eq!(
            src("Kim Yong-hyun", true, vec![]).describe(false),
            "Attributed to Kim Yong-hyun"
        );
        assert_eq!(
            src("two U.S. officials", false, vec![]).describe(false),
            "Unnamed source: two U.S. officials"
        );
        assert_eq!(
            src("Kim", true, vec![]).describe(true),
            "Part of a quotation by Kim"
        );
        assert_eq!(
            src("a diplomat", false, vec![]).describe(true),
            "Part of a quotation by an unnamed source: a diplomat"
        );
        let chain = src(
            "Interfax-Ukraine",
            true,
            vec![
                src("sources in military intelligence", false, vec![]),
                src("Reuters", true, vec![]),
            ],
        );
        assert_eq!(
            chain.describe(false),
            "Attributed to Interfax-Ukraine, citing sources in military intelligence (unnamed) and Reuters"
        );
    }

    /// A sentence view with only what the grouping reads.
    fn claim(index: usize, level: Option<u8>, source: Option<SourceView>) -> Rc<SentenceView> {
        Rc::new(SentenceView {
            index,
            pieces: Vec::new(),
            level: level.and_then(Level::new),
            score: None,
            kind: if level.is_some() {
                Kind::Claim
            } else {
                Kind::Heading
            },
            uncertain: false,
            cues: Vec::new(),
            explanation: String::new(),
            source,
            quote_of: None,
        })
    }

    fn source(text: &str, named: bool, via: &[(&str, bool)]) -> Option<SourceView> {
        Some(SourceView {
            text: text.into(),
            named,
            via: via
                .iter()
                .map(|&(t, n)| SourceView {
                    text: t.into(),
                    named: n,
                    via: Vec::new(),
                })
                .collect(),
        })
    }

    #[test]
    fn groups_sources_named_first_case_insensitively_with_level_counts() {
        let sentences = [
            claim(0, Some(3), source("officials", false, &[])),
            claim(1, Some(5), None),
            claim(
                2,
                Some(4),
                source("Seoul\u{2019}s defence minister", true, &[]),
            ),
            claim(3, Some(3), source("Officials", false, &[])),
            claim(
                4,
                Some(3),
                source(
                    "Interfax-Ukraine",
                    true,
                    &[("intelligence  sources", false)],
                ),
            ),
            claim(5, Some(1), source("seoul's Defence minister", true, &[])),
            claim(6, None, source("Officials", false, &[])),
            claim(
                7,
                Some(4),
                source("Interfax-Ukraine", true, &[("Interfax-Ukraine", true)]),
            ),
            claim(8, Some(3), source("Intelligence sources", false, &[])),
        ];
        let groups = source_groups(&sentences);
        let summary: Vec<_> = groups
            .iter()
            .map(|g| (g.text.as_str(), g.named, g.sentences.clone(), g.levels))
            .collect();
        assert_eq!(
            summary,
            [
                (
                    "Seoul\u{2019}s defence minister",
                    true,
                    vec![2, 5],
                    [1, 0, 0, 1, 0]
                ),
                ("Interfax-Ukraine", true, vec![4, 7], [0, 0, 1, 1, 0]),
                // A heading names the officials too, but has no level to count.
                ("officials", false, vec![0, 3, 6], [0, 0, 2, 0, 0]),
                ("intelligence  sources", false, vec![4, 8], [0, 0, 2, 0, 0]),
            ]
        );
        let counts: Vec<_> = groups[1]
            .level_counts()
            .map(|(l, n)| (l.number(), n))
            .collect();
        assert_eq!(counts, [(3, 1), (4, 1)]);
    }

    #[test]
    fn the_sources_of_a_text_are_grouped_when_it_is_built() {
        let doc = DocView::build("Troops may follow, officials said. Kim Yong-hyun said the troops had arrived. Officials said it rained.");
        let names: Vec<_> = doc
            .sources
            .iter()
            .map(|g| (g.text.as_str(), g.named, g.sentences.len()))
            .collect();
        assert_eq!(names, [("Kim Yong-hyun", true, 1), ("officials", false, 2)]);
    }

    #[test]
    fn empty_text_gives_an_empty_view() {
        assert_eq!(DocView::build("   "), DocView::default());
    }
}
