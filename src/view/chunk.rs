//! A long text's report as it comes, a chunk at a time, from the element's
//! Web Worker (or its analysis in steps on the page's own thread): the JSON
//! of `hedgelight_core::report::ChunkReport`, with UTF-16 offsets, read into
//! the sentence views of the text the reader shows. Nothing here reads
//! language: the offsets are turned back into the text's byte offsets, and a
//! sentence is cut into pieces as one analysed here would be.

use std::rc::Rc;

use hedgelight_core::{Category, Cue, Kind, Level, Sentence, Source};
use serde::Deserialize;

use super::{paragraph_break, run_span, DocView, SentenceView, SourceView};

#[derive(Deserialize)]
struct ChunkIn {
    first: usize,
    sentences: Vec<SentenceIn>,
    quote_of: Vec<Option<usize>>,
    relinked: Vec<Relinked>,
}

/// An earlier sentence's source, linked by the whole text to another entity
/// than its chunk said (`hedgelight_core::report::Relinked`).
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct Relinked {
    /// The sentence's index.
    pub sentence: usize,
    /// Its source's entity.
    pub entity: String,
    /// The entity of each source its source cites, in order.
    pub via: Vec<String>,
}

/// What one chunk adds to the reader's view.
#[derive(Debug)]
pub struct ChunkViews {
    /// The chunk's sentences, each with whether it starts a paragraph.
    pub sentences: Vec<(Rc<SentenceView>, bool)>,
    /// Earlier sentences whose sources' entities changed.
    pub relinked: Vec<Relinked>,
}

#[derive(Deserialize)]
struct SentenceIn {
    start: usize,
    end: usize,
    level: Option<u8>,
    score: Option<f32>,
    kind: Kind,
    uncertain: bool,
    cues: Vec<CueIn>,
    explanation: String,
    source: Option<SourceIn>,
}

#[derive(Deserialize)]
struct CueIn {
    start: usize,
    end: usize,
    category: Category,
}

#[derive(Deserialize)]
struct SourceIn {
    text: String,
    start: usize,
    end: usize,
    named: bool,
    entity: String,
    via: Vec<SourceIn>,
}

impl SourceIn {
    fn view(&self) -> SourceView {
        SourceView {
            text: self.text.clone(),
            named: self.named,
            entity: self.entity.clone(),
            via: self.via.iter().map(SourceIn::view).collect(),
        }
    }
}

/// Reads the chunks of one text's report, in order.
pub struct ChunkReader {
    /// The next sentence's index.
    next: usize,
    /// Where the last sentence ended, in UTF-16 units and in bytes.
    cursor: (usize, usize),
    breaks_paragraph: fn(&str) -> bool,
}

impl ChunkReader {
    pub fn new(text: &str) -> ChunkReader {
        ChunkReader {
            next: 0,
            cursor: (0, 0),
            breaks_paragraph: paragraph_break(text),
        }
    }

    /// How many sentences have been read.
    pub fn read_so_far(&self) -> usize {
        self.next
    }

    /// The sentences of chunk `json` of `text`'s report, each with whether
    /// it starts a paragraph, and the earlier ones it relinks; an error for a
    /// chunk out of order or whose offsets do not fit the text.
    pub fn read(&mut self, text: &str, json: &str) -> Result<ChunkViews, String> {
        let chunk: ChunkIn = serde_json::from_str(json).map_err(|e| format!("a chunk: {e}"))?;
        let relinks_later = chunk.relinked.iter().any(|r| r.sentence >= chunk.first);
        if chunk.first != self.next
            || chunk.quote_of.len() != chunk.sentences.len()
            || relinks_later
        {
            return Err(format!(
                "a chunk from sentence {} of {}, expected {}",
                chunk.first,
                chunk.sentences.len(),
                self.next
            ));
        }
        let mut out = Vec::with_capacity(chunk.sentences.len());
        for (s, quote_of) in chunk.sentences.into_iter().zip(chunk.quote_of) {
            let prev_end = self.cursor.1;
            let sentence = self.sentence(text, &s, quote_of)?;
            let gap = text.get(prev_end..sentence.range.start).unwrap_or("");
            let starts = self.next == 0 || (self.breaks_paragraph)(gap);
            let source = s.source.as_ref().map(SourceIn::view);
            out.push((
                Rc::new(SentenceView::new(text, self.next, &sentence, source)),
                starts,
            ));
            self.next += 1;
        }
        Ok(ChunkViews {
            sentences: out,
            relinked: chunk.relinked,
        })
    }

    /// Sentence `s` with byte offsets into `text`. Offsets outside the
    /// sentence (a quotation's speaker elsewhere) are not needed to render it,
    /// and become empty.
    fn sentence(
        &mut self,
        text: &str,
        s: &SentenceIn,
        quote_of: Option<usize>,
    ) -> Result<Sentence, String> {
        let inside = |u: usize| s.start <= u && u <= s.end;
        let sources = s
            .source
            .iter()
            .flat_map(|src| std::iter::once(src).chain(&src.via));
        let mut units: Vec<usize> = [s.start, s.end]
            .into_iter()
            .chain(s.cues.iter().flat_map(|c| [c.start, c.end]))
            .chain(
                sources
                    .flat_map(|v| [v.start, v.end])
                    .filter(|&u| inside(u)),
            )
            .collect();
        units.sort_unstable();
        units.dedup();
        let mut bytes = Vec::with_capacity(units.len());
        for &u in &units {
            self.cursor = advance(text, self.cursor, u)
                .ok_or_else(|| format!("offset {u} is not in the text"))?;
            bytes.push(self.cursor.1);
        }
        self.cursor = advance(text, self.cursor, s.end).ok_or("a sentence past the text's end")?;
        let byte = |u: usize| units.binary_search(&u).map_or(0, |k| bytes[k]);
        Ok(s.to_sentence(quote_of, byte))
    }
}

impl SentenceIn {
    /// The analysis's sentence, its offsets mapped by `byte` (a source
    /// outside the sentence gets an empty span). What only the analysis
    /// itself uses (cue strengths, the CoNLL cues) is left out.
    fn to_sentence(&self, quote_of: Option<usize>, byte: impl Fn(usize) -> usize) -> Sentence {
        let inside = |u: usize| self.start <= u && u <= self.end;
        let span = |v: &SourceIn| {
            if inside(v.start) && inside(v.end) {
                (byte(v.start), byte(v.end))
            } else {
                (0, 0)
            }
        };
        let source = |v: &SourceIn, via: Vec<Source>| {
            let (start, end) = span(v);
            Source {
                via,
                ..Source::new(start..end, v.named)
            }
        };
        let cues = self.cues.iter().map(|c| Cue {
            start: byte(c.start),
            end: byte(c.end),
            category: c.category,
            strength: 0.0,
            negated: false,
            conll: false,
        });
        Sentence {
            range: byte(self.start)..byte(self.end),
            kind: self.kind,
            cues: cues.collect(),
            level: self.level.and_then(Level::new),
            score: self.score,
            uncertain: self.uncertain,
            conll_cues: Vec::new(),
            explanation: self.explanation.clone(),
            source: self
                .source
                .as_ref()
                .map(|src| source(src, src.via.iter().map(|v| source(v, Vec::new())).collect())),
            quote_of,
            source_from: None,
        }
    }
}

impl DocView {
    /// Adds a chunk's sentences (see [`DocView::push`]) and gives the earlier
    /// ones it relinks their entities.
    pub fn add_chunk(&mut self, chunk: ChunkViews, per_block: usize) {
        self.push(chunk.sentences, per_block);
        for r in &chunk.relinked {
            self.relink(r);
        }
    }

    /// Gives sentence `r.sentence`'s source the entities `r` names, in
    /// `sentences` and in the run that shows it (whose block, paragraph and
    /// run so become new ones and render again).
    fn relink(&mut self, r: &Relinked) {
        let Some(old) = self.sentences.get(r.sentence) else {
            return;
        };
        let mut view = SentenceView::clone(old);
        let Some(src) = view.source.as_mut() else {
            return;
        };
        src.entity.clone_from(&r.entity);
        for (v, entity) in src.via.iter_mut().zip(&r.via) {
            v.entity.clone_from(entity);
        }
        let view = Rc::new(view);
        self.sentences[r.sentence] = view.clone();
        let at = r.sentence;
        let b = self.blocks.partition_point(|b| b.span().end <= at);
        let Some(block) = self.blocks.get_mut(b).map(Rc::make_mut) else {
            return;
        };
        let p = block.paragraphs.partition_point(|p| p.span().end <= at);
        let Some(paragraph) = block.paragraphs.get_mut(p).map(Rc::make_mut) else {
            return;
        };
        for run in &mut paragraph.runs {
            let span = run_span(run);
            if span.contains(&at) {
                let mut sentences = run.to_vec();
                sentences[at - span.start] = view.clone();
                *run = sentences.into();
            }
        }
    }
}

/// From `at` (UTF-16 units, bytes) on to UTF-16 offset `to` of `text`; `None`
/// past the end or inside a character. An offset before `at` is counted from
/// the start again (not expected: sentences come in order).
fn advance(text: &str, at: (usize, usize), to: usize) -> Option<(usize, usize)> {
    let (mut unit, mut byte) = if to < at.0 { (0, 0) } else { at };
    let mut chars = text.get(byte..)?.chars();
    while unit < to {
        let c = chars.next()?;
        unit += c.len_utf16();
        byte += c.len_utf8();
    }
    (unit == to).then_some((unit, byte))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::view::DocView;
    use hedgelight_core::report::{document_report_in, Units};

    /// The report of `text` as chunks of `per` sentences (JSON), as the
    /// worker sends them.
    fn chunks(text: &str, per: usize) -> Vec<String> {
        let mut stream = hedgelight_core::steps::Stream::new(text, Units::Utf16);
        let mut out = Vec::new();
        while !stream.is_done() {
            stream.step(text, 3);
            while let Some(c) = stream.next_chunk(text, per) {
                out.push(serde_json::to_string(&c).unwrap());
            }
        }
        out
    }

    #[test]
    fn chunks_read_into_the_view_of_the_text_analysed_here() {
        let text = "Fans 😀 cheered. In 🇺🇦 Kyiv, officials said troops may have left, citing unnamed sources.\n\n\
                    \"It was bad. It was worse,\" Kim said. Moscow denied it.\n\nTroops left.";
        let here = DocView::build(text);
        for per in [1, 2, 100] {
            let mut reader = ChunkReader::new(text);
            let mut doc = DocView::default();
            for json in chunks(text, per) {
                doc.add_chunk(reader.read(text, &json).unwrap(), 2);
            }
            assert_eq!(doc.sentences, here.sentences, "chunks of {per}");
            assert_eq!(doc.paragraphs(), here.paragraphs(), "chunks of {per}");
            assert_eq!(reader.read_so_far(), here.sentences.len());
        }
        assert!(
            here.sentences[2].quote_of.is_some(),
            "a quotation's sentence"
        );
        assert_eq!(
            document_report_in(text, Units::Utf16).sentences.len(),
            here.sentences.len()
        );
    }

    #[test]
    fn a_name_given_in_full_later_relinks_what_was_shown() {
        // "Kim" is shown before the text names "Kim Yong-hyun", which the
        // whole text links it to; the Sources view shows one Kim.
        let filler = "Troops left the town. ".repeat(60);
        let text = format!(
            "Kim said troops may have left.\n\n{filler}\n\nDefence minister Kim Yong-hyun \
             said more may follow.\n\n{filler}"
        );
        let here = DocView::build(&text);
        let json = chunks(&text, 10);
        assert!(json
            .iter()
            .any(|c| c.contains(r#""relinked":[{"sentence":0"#)));
        let mut reader = ChunkReader::new(&text);
        let mut doc = DocView::default();
        for c in &json {
            doc.add_chunk(reader.read(&text, c).unwrap(), 2);
        }
        assert_eq!(doc.sentences, here.sentences);
        let first = &doc.blocks[0].paragraphs[0].runs[0][0];
        assert!(Rc::ptr_eq(first, &doc.sentences[0]), "the block shows it");
        let kim = doc.sentences[0].source.as_ref().unwrap();
        assert_eq!(kim.entity, "Defence minister Kim Yong-hyun");
        assert_eq!(super::super::source_groups(&doc.sentences), here.sources);
    }

    #[test]
    fn a_paragraph_split_between_chunks_grows_by_runs() {
        let text = "One. Two. Three.\n\nFour. Five.\n\nSix.";
        let json = chunks(text, 2);
        let mut reader = ChunkReader::new(text);
        let mut doc = DocView::default();
        doc.add_chunk(reader.read(text, &json[0]).unwrap(), 2);
        let block = doc.blocks[0].clone();
        let first = block.paragraphs[0].clone();
        doc.add_chunk(reader.read(text, &json[1]).unwrap(), 2);
        assert_eq!(doc.paragraphs(), vec![vec![0, 1, 2], vec![3]]);
        assert_eq!(doc.blocks.len(), 1, "room for two paragraphs a block");
        assert_eq!(doc.blocks[0].paragraphs[0].runs.len(), 2);
        assert!(
            !Rc::ptr_eq(&block, &doc.blocks[0]),
            "the grown block is new"
        );
        assert!(!Rc::ptr_eq(&first, &doc.blocks[0].paragraphs[0]));
        let full = doc.blocks[0].clone();
        doc.add_chunk(reader.read(text, &json[2]).unwrap(), 2);
        assert_eq!(doc.paragraphs(), vec![vec![0, 1, 2], vec![3, 4], vec![5]]);
        assert_eq!(doc.blocks.len(), 2, "a full block gets no more paragraphs");
        assert_eq!(doc.blocks[0].paragraphs[1].runs.len(), 2);
        assert_eq!(full.paragraphs.len(), 2);
    }

    #[test]
    fn chunks_out_of_order_or_off_the_text_are_errors() {
        let text = "One. Two.";
        let json = chunks(text, 1);
        let mut reader = ChunkReader::new(text);
        assert!(reader
            .read(text, &json[1])
            .unwrap_err()
            .contains("expected 0"));
        assert!(reader.read("One", &json[0]).is_err());
        assert!(reader.read(text, "{").is_err());
    }
}
