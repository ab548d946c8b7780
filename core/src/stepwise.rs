//! A whole text's analysis, a few sentences at a time ([`Steps`]), and
//! [`analyze`], which is those steps run to the end. The public home of
//! `Steps` is [`steps`](crate::steps), beside the report in chunks; they
//! live here, between `analysis` (whose passes they run) and `report` (which
//! calls `analyze`), so that every import of the crate points down the
//! pipeline.

use std::ops::Range;

use crate::analysis::{contradiction_in, document_passes, first_pass, Document, Found, Sentence};
use crate::contradiction::Story;
use crate::detect::Detector;
use crate::kind::{classify, Kind};
use crate::segment::{is_paragraph_break, split};
use crate::tokenize::tokenize;
use crate::{quotes, soundbite};

/// A text's analysis in progress. Every method takes the text it was made
/// with (it keeps only offsets into it).
pub struct Steps {
    detector: Detector<'static>,
    ranges: Vec<Range<usize>>,
    kinds: Vec<Kind>,
    groups: Vec<Range<usize>>,
    transcript: bool,
    /// `cut[m]`: whether the first `m` sentences can be settled apart from
    /// the rest (no quotation runs on past them; in a transcript, their
    /// paragraph ends).
    cut: Vec<bool>,
    story: Story,
    contradictions: Vec<Found>,
    /// The sentences analysed on their own so far, in order.
    sentences: Vec<Sentence>,
}

impl Steps {
    /// Segments `text` and decides what the whole text decides; no sentence
    /// is analysed yet. Linear, and much quicker than the analysis.
    pub fn new(text: &str) -> Steps {
        let ranges = split(text);
        let kinds = classify(text, &ranges);
        let runs_on = quotes::runs_on(text, &ranges);
        let transcript = soundbite::is_transcript(text, &ranges, &kinds);
        let mut cut = vec![true; ranges.len() + 1];
        for (i, r) in ranges.iter().enumerate().skip(1) {
            let paragraph = is_paragraph_break(&text[ranges[i - 1].end..r.start]);
            cut[i] = !runs_on[i - 1] && (paragraph || !transcript);
        }
        Steps {
            detector: Detector::builtin(),
            groups: quotes::groups_of(&runs_on),
            contradictions: Vec::with_capacity(ranges.len()),
            sentences: Vec::with_capacity(ranges.len()),
            story: Story::default(),
            ranges,
            kinds,
            transcript,
            cut,
        }
    }

    /// How many sentences the text has.
    pub fn len(&self) -> usize {
        self.ranges.len()
    }

    /// Whether the text has no sentence.
    pub fn is_empty(&self) -> bool {
        self.ranges.is_empty()
    }

    /// How many sentences have been analysed on their own.
    pub fn analysed(&self) -> usize {
        self.sentences.len()
    }

    /// Analyses the next `n` sentences (or the rest) on their own.
    pub fn step(&mut self, text: &str, n: usize) {
        let from = self.sentences.len();
        let to = from.saturating_add(n).min(self.len());
        for i in from..to {
            let range = self.ranges[i].clone();
            let tokens = tokenize(&text[range.clone()]);
            let found = contradiction_in(&self.story, i, range.start, &tokens);
            self.contradictions.push(found);
            self.story.add(i, &tokens);
            let s = first_pass(text, range, self.kinds[i], &tokens, &self.detector);
            self.sentences.push(s);
        }
    }

    /// The most first sentences that [`Steps::settle`] can give now: the
    /// analysed ones, back to the last cut.
    pub fn settled_len(&self) -> usize {
        let mut m = self.sentences.len();
        while !self.cut[m] {
            m -= 1;
        }
        m
    }

    /// The first `m` sentences as the whole text's analysis gives them, but
    /// for the entities of their sources, which are those the first `m`
    /// give (see [`steps`](crate::steps)); `m` at most
    /// [`Steps::settled_len`] (it is lowered to that). Costs the document
    /// passes over those `m`, so a caller settles at growing prefixes
    /// ([`Stream`](crate::steps::Stream) grows them by half each time).
    pub fn settle(&self, text: &str, m: usize) -> Vec<Sentence> {
        let m = m.min(self.settled_len());
        let mut sentences = self.sentences[..m].to_vec();
        document_passes(text, &mut sentences, &self.document());
        sentences
    }

    /// The whole text's analysis: the sentences not analysed yet, then the
    /// document passes.
    pub fn finish(mut self, text: &str) -> Vec<Sentence> {
        self.step(text, usize::MAX);
        let mut sentences = std::mem::take(&mut self.sentences);
        document_passes(text, &mut sentences, &self.document());
        sentences
    }

    fn document(&self) -> Document<'_> {
        Document {
            groups: &self.groups,
            transcript: self.transcript,
            contradictions: &self.contradictions,
        }
    }
}

/// Segments a document and analyses each sentence. The same as running
/// [`Steps`] to the end: a long text can be analysed a few sentences at a
/// time, with the same result.
pub fn analyze(text: &str) -> Vec<Sentence> {
    Steps::new(text).finish(text)
}
