//! A sentence cut into what the reader renders: plain text, cues (with all
//! the categories on the same words) and the words of its sources, which hold
//! the text and cue pieces they cover.

use hedgelight_core::{Category, Sentence};

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

/// The words the pieces hold, in order.
pub fn text_of(pieces: &[Piece]) -> String {
    fn joined(pieces: &[Piece], out: &mut String) {
        for p in pieces {
            match p {
                Piece::Text(t) | Piece::Cue { text: t, .. } => out.push_str(t),
                Piece::Source { pieces, .. } => joined(pieces, out),
            }
        }
    }
    let mut out = String::new();
    joined(pieces, &mut out);
    out
}

/// A stretch of a sentence (a byte range of the text): plain text, or a cue
/// with its categories.
struct Segment {
    start: usize,
    end: usize,
    categories: Option<Vec<Category>>,
}

/// The words of a source in the sentence (a byte range of the text).
#[derive(Clone, Copy)]
struct SourceSpan {
    start: usize,
    end: usize,
    named: bool,
}

/// The source the last piece went into: its index among the spans, and the
/// pieces it holds so far.
struct OpenSource {
    span: usize,
    pieces: Vec<Piece>,
}

/// Cuts a sentence into plain, cue and source pieces. Cues on the same words
/// share a piece; a cue that only partly overlaps an earlier one is left
/// unmarked here (it still shows in the tooltip's list). A cue that runs over
/// a source's edge is cut there, so that source pieces nest cleanly.
pub fn pieces(text: &str, s: &Sentence) -> Vec<Piece> {
    let spans = source_spans(s);
    let mut out = Vec::new();
    let mut open: Option<OpenSource> = None;
    for segment in cue_segments(s) {
        let mut at = segment.start;
        while at < segment.end {
            let inside = spans.iter().position(|v| v.start <= at && at < v.end);
            let to = next_edge(&spans, inside, at, segment.end);
            let piece = match &segment.categories {
                None => Piece::Text(text[at..to].to_string()),
                Some(c) => Piece::Cue {
                    text: text[at..to].to_string(),
                    categories: c.clone(),
                },
            };
            if open.as_ref().map(|o| o.span) != inside {
                close_source(&mut out, open.take(), &spans);
                open = inside.map(|span| OpenSource {
                    span,
                    pieces: Vec::new(),
                });
            }
            match &mut open {
                Some(o) => o.pieces.push(piece),
                None => out.push(piece),
            }
            at = to;
        }
    }
    close_source(&mut out, open, &spans);
    out
}

/// Where a piece from `at` ends: at the next edge of a source (the end of the
/// one it is `inside`, or the start of the next), or at `end`.
fn next_edge(spans: &[SourceSpan], inside: Option<usize>, at: usize, end: usize) -> usize {
    match inside {
        Some(k) => spans[k].end.min(end),
        None => spans
            .iter()
            .map(|v| v.start)
            .find(|&a| a > at)
            .map_or(end, |a| a.min(end)),
    }
}

fn close_source(out: &mut Vec<Piece>, open: Option<OpenSource>, spans: &[SourceSpan]) {
    if let Some(o) = open {
        out.push(Piece::Source {
            named: spans[o.span].named,
            pieces: o.pieces,
        });
    }
}

/// The sentence cut into segments, each plain text or a cue with its
/// categories, in order and covering the sentence.
fn cue_segments(s: &Sentence) -> Vec<Segment> {
    let mut out: Vec<Segment> = Vec::new();
    let mut at = s.range.start;
    let mut cues: Vec<_> = s.cues.iter().collect();
    cues.sort_by_key(|c| (c.start, std::cmp::Reverse(c.end)));
    for c in cues {
        if let Some(Segment {
            start,
            end,
            categories: Some(categories),
        }) = out.last_mut()
        {
            if (*start, *end) == (c.start, c.end) {
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
            out.push(Segment {
                start: at,
                end: c.start,
                categories: None,
            });
        }
        out.push(Segment {
            start: c.start,
            end: c.end,
            categories: Some(vec![c.category]),
        });
        at = c.end;
    }
    if at < s.range.end {
        out.push(Segment {
            start: at,
            end: s.range.end,
            categories: None,
        });
    }
    out
}

/// The sentence's source and those it cites, with whether each is named:
/// only those inside this sentence (a carried quotation's source, or whom
/// "he said" refers to, lies in another one), in order and not overlapping.
fn source_spans(s: &Sentence) -> Vec<SourceSpan> {
    let Some(src) = &s.source else {
        return Vec::new();
    };
    let mut spans: Vec<SourceSpan> = std::iter::once(src)
        .chain(&src.via)
        .filter(|v| s.range.start <= v.start && v.start < v.end && v.end <= s.range.end)
        .map(|v| SourceSpan {
            start: v.start,
            end: v.end,
            named: v.named,
        })
        .collect();
    spans.sort_by_key(|v| (v.start, v.end));
    let mut last_end = 0;
    spans.retain(|v| {
        let keep = v.start >= last_end;
        if keep {
            last_end = v.end;
        }
        keep
    });
    spans
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::view::DocView;

    /// The source pieces of a sentence: their words and whether named.
    fn marked_sources(p: &[Piece]) -> Vec<(String, bool)> {
        p.iter()
            .filter_map(|p| match p {
                Piece::Source { named, pieces } => Some((text_of(pieces), *named)),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn pieces_rebuild_the_sentence_and_mark_cues() {
        let doc = DocView::build("Kim met Putin. Troops may follow, officials said.");
        assert_eq!(doc.sentences.len(), 2);
        assert_eq!(
            text_of(&doc.sentences[1].pieces),
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
    fn a_source_is_marked_around_its_words_and_cues() {
        let doc = DocView::build("Troops may follow, officials said.");
        let s = &doc.sentences[0];
        assert_eq!(text_of(&s.pieces), "Troops may follow, officials said.");
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
        assert_eq!(text_of(&s.pieces), text);
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
        s.source = Some(Source::new(0..3, true));
        let p = pieces(text, &s);
        assert_eq!(text_of(&p), text);
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
}
