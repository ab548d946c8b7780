//! What the components render: the analysis of a text, cut into paragraphs,
//! sentences and cue/source/text pieces ([`pieces`]), and the text's sources
//! grouped for the Sources view ([`sources`]). Pure data, so it is tested
//! natively.

mod chunk;
mod pieces;
mod sources;

use std::ops::Range;
use std::rc::Rc;

use hedgelight_core::segment;
use hedgelight_core::Kind;
use hedgelight_core::Source;
use hedgelight_core::{analyze, Category, Level};

pub use chunk::ChunkReader;
pub use pieces::{text_of, Piece};
pub use sources::{source_groups, SourceGroup};

/// Who a claim is attributed to, as the tooltip and the Sources view show it.
#[derive(Clone, Debug, PartialEq)]
pub struct SourceView {
    pub text: String,
    /// A person or an identifiable body; false for "two officials", "sources".
    pub named: bool,
    /// Who this is across the text (the analysis's entity: "Kim" and
    /// "Kim Yong-hyun" alike): what the Sources view groups by.
    pub entity: String,
    /// Whom this source cites, in order (their own `via` is empty).
    pub via: Vec<SourceView>,
}

impl SourceView {
    fn new(text: &str, src: &Source) -> SourceView {
        SourceView {
            text: text[src.start..src.end].to_string(),
            named: src.named,
            entity: text[src.entity.clone()].to_string(),
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
        text_of(&self.pieces)
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
    /// The paragraphs, in blocks that render as one component each, so that
    /// a change re-renders a block, not every paragraph of a long text, and
    /// a text shown as it is analysed ([`DocView::push`]) adds blocks while
    /// those already shown keep their identity.
    pub blocks: Vec<Rc<Block>>,
    /// The text's distinct sources, for the Sources view (see [`source_groups`]).
    pub sources: Vec<SourceGroup>,
}

/// Consecutive paragraphs of a text.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Block {
    pub paragraphs: Vec<Rc<ParagraphView>>,
}

/// One paragraph: its sentences in runs, one per [`DocView::push`] that
/// added to it, so that a paragraph that grows as the text is analysed adds
/// a run instead of rendering its sentences again.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct ParagraphView {
    pub runs: Vec<Rc<[Rc<SentenceView>]>>,
}

/// Paragraphs per block in a text analysed at once ([`DocView::build`]).
const BLOCK_PARAGRAPHS: usize = 64;

impl Block {
    /// The sentence indices it holds (`start..end`).
    pub fn span(&self) -> Range<usize> {
        span_of(self.paragraphs.iter().map(|p| p.span()))
    }
}

impl ParagraphView {
    /// The sentence indices it holds (`start..end`).
    pub fn span(&self) -> Range<usize> {
        span_of(self.runs.iter().map(|r| run_span(r)))
    }
}

/// The sentence indices of a run (`start..end`).
pub fn run_span(run: &[Rc<SentenceView>]) -> Range<usize> {
    match (run.first(), run.last()) {
        (Some(a), Some(b)) => a.index..b.index + 1,
        _ => 0..0,
    }
}

fn span_of(mut spans: impl DoubleEndedIterator<Item = Range<usize>>) -> Range<usize> {
    let first = spans.next().unwrap_or(0..0);
    let last = spans.next_back().unwrap_or_else(|| first.clone());
    first.start..last.end
}

impl DocView {
    pub fn build(text: &str) -> DocView {
        DocView::from_analysis(text, analyze(text))
    }

    /// The view of `text` from its analysis (by [`analyze`]), for a caller
    /// that needs the analysis too (the Compare view groups it).
    pub fn from_analysis(text: &str, analysed: Vec<hedgelight_core::Sentence>) -> DocView {
        let mut prev_end = 0;
        let breaks_paragraph = paragraph_break(text);
        let mut views = Vec::with_capacity(analysed.len());
        for (index, s) in analysed.into_iter().enumerate() {
            let gap = text.get(prev_end..s.range.start).unwrap_or("");
            let starts = index == 0 || breaks_paragraph(gap);
            prev_end = s.range.end;
            views.push((Rc::new(SentenceView::new(text, index, &s, None)), starts));
        }
        let mut doc = DocView::default();
        doc.push(views, BLOCK_PARAGRAPHS);
        doc.sources = source_groups(&doc.sentences);
        doc
    }

    /// Adds `views`, the text's next sentences, each saying whether it starts
    /// a paragraph: those that continue the last paragraph go into it (as a
    /// new run), the others into the last block while it has fewer than
    /// `per_block` paragraphs, then into new blocks. What is there already
    /// keeps its identity, except the last block and paragraph when they grow.
    pub fn push(&mut self, views: Vec<(Rc<SentenceView>, bool)>, per_block: usize) {
        let per_block = per_block.max(1);
        let mut views = views.into_iter().peekable();
        let mut run: Vec<Rc<SentenceView>> = Vec::new();
        if !self.blocks.is_empty() {
            while let Some((v, _)) = views.next_if(|(_, starts)| !starts) {
                run.push(v);
            }
        }
        if !run.is_empty() {
            self.sentences.extend(run.iter().cloned());
            let block = self.blocks.last_mut().map(Rc::make_mut);
            if let Some(p) = block.and_then(|b| b.paragraphs.last_mut()) {
                Rc::make_mut(p).runs.push(run.into());
            }
        }
        let mut paragraphs: Vec<Vec<Rc<SentenceView>>> = Vec::new();
        for (v, starts) in views {
            self.sentences.push(v.clone());
            match paragraphs.last_mut() {
                Some(p) if !starts => p.push(v),
                _ => paragraphs.push(vec![v]),
            }
        }
        let room = self
            .blocks
            .last()
            .map_or(0, |b| per_block.saturating_sub(b.paragraphs.len()));
        let mut paragraphs = paragraphs.into_iter().map(|p| {
            Rc::new(ParagraphView {
                runs: vec![p.into()],
            })
        });
        if room > 0 {
            if let Some(last) = self.blocks.last_mut() {
                Rc::make_mut(last)
                    .paragraphs
                    .extend(paragraphs.by_ref().take(room));
            }
        }
        let rest: Vec<Rc<ParagraphView>> = paragraphs.collect();
        for chunk in rest.chunks(per_block) {
            self.blocks.push(Rc::new(Block {
                paragraphs: chunk.to_vec(),
            }));
        }
    }

    /// Sentence indices of each paragraph, in order.
    pub fn paragraphs(&self) -> Vec<Vec<usize>> {
        self.blocks
            .iter()
            .flat_map(|b| &b.paragraphs)
            .map(|p| p.span().collect())
            .collect()
    }

    /// How many paragraphs the text has.
    pub fn paragraph_count(&self) -> usize {
        self.blocks.iter().map(|b| b.paragraphs.len()).sum()
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

impl SentenceView {
    /// The view of sentence `index` of `text`, from its analysis. `source`,
    /// when given, is its source as a report names it (a sentence from a
    /// report made elsewhere, whose source may lie in a sentence this view
    /// has no offsets for); else it is read from the analysis.
    pub fn new(
        text: &str,
        index: usize,
        s: &hedgelight_core::Sentence,
        source: Option<SourceView>,
    ) -> SentenceView {
        let cues = s
            .cues
            .iter()
            .map(|c| CueView {
                text: text[c.start..c.end].to_string(),
                category: c.category,
            })
            .collect();
        SentenceView {
            index,
            pieces: pieces::pieces(text, s),
            level: s.level,
            score: s.score,
            kind: s.kind,
            uncertain: s.uncertain,
            cues,
            explanation: s.explanation.clone(),
            source: source.or_else(|| s.source.as_ref().map(|src| SourceView::new(text, src))),
            quote_of: s.quote_of,
        }
    }
}

/// What separates paragraphs in this text: blank lines (or paragraph
/// separators, U+2029) where it has any, since then single line breaks are
/// only wrapping; else every line break (one paragraph per line, as some news
/// files are written). Line breaks are the segmenter's: LF, CR, CRLF, U+2028.
pub fn paragraph_break(text: &str) -> fn(&str) -> bool {
    let has_paragraphs = segment::lines(text.trim())
        .any(|line| line.text.trim().is_empty() || line.ends_paragraph());
    if has_paragraphs {
        segment::is_paragraph_break
    } else {
        segment::has_line_break
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blank_lines_start_paragraphs_and_single_breaks_are_wrapping() {
        let doc = DocView::build("One. Two.\n\nThree.\nFour. Five.");
        assert_eq!(doc.paragraphs(), vec![vec![0, 1], vec![2, 3, 4]]);
    }

    #[test]
    fn without_blank_lines_each_line_is_a_paragraph() {
        let doc = DocView::build("One. Two.\nThree.\nFour. Five.\n");
        assert_eq!(doc.paragraphs(), vec![vec![0, 1], vec![2], vec![3, 4]]);
    }

    #[test]
    fn every_line_end_breaks_paragraphs() {
        for end in ["\r\n", "\r", "\u{2028}"] {
            let text = "One. Two.\n\nThree.\nFour. Five.".replace('\n', end);
            let doc = DocView::build(&text);
            assert_eq!(doc.paragraphs(), vec![vec![0, 1], vec![2, 3, 4]], "{end:?}");
            let text = "One. Two.\nThree.\nFour. Five.\n".replace('\n', end);
            let doc = DocView::build(&text);
            assert_eq!(
                doc.paragraphs(),
                vec![vec![0, 1], vec![2], vec![3, 4]],
                "{end:?}"
            );
        }
        // A paragraph separator is a blank line; single breaks stay wrapping.
        let doc = DocView::build("One. Two.\u{2029}Three.\nFour. Five.");
        assert_eq!(doc.paragraphs(), vec![vec![0, 1], vec![2, 3, 4]]);
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
    fn describes_named_unnamed_quoted_and_cited_sources() {
        let src = |text: &str, named: bool, via: Vec<SourceView>| SourceView {
            text: text.into(),
            named,
            entity: text.into(),
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

    #[test]
    fn empty_text_gives_an_empty_view() {
        assert_eq!(DocView::build("   "), DocView::default());
    }
}
