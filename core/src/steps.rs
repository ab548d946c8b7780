//! The analysis of a long text a few sentences at a time, for a reader that
//! shows the first sentences while the rest is still being analysed (the
//! widget's Web Worker, and its fallback on the page's own thread).
//!
//! [`analyze`](crate::analyze) is two passes. First each sentence on its own
//! ([`Steps::step`]: its cues, source and level; nearly all of the time).
//! Then passes over the document: pronouns, quotations' speakers, sound bites
//! and contradictions. Each of those reads only sentences before the one it
//! changes, or in the same quotation or paragraph, and what the whole text
//! decides up front (the segmentation, the kinds, the quotations, whether it
//! is a broadcast transcript: [`Steps::new`]). So once the first `m`
//! sentences have had their own pass, and no quotation runs on past the
//! `m`-th (in a transcript: a paragraph ends there), running the document
//! passes over a copy of those `m` gives them exactly as the whole text's
//! analysis will ([`Steps::settle`]).
//!
//! [`analyze`](crate::analyze) is `Steps::new(text).finish(text)`, so the two
//! cannot drift apart, and the tests check every settled prefix against it.
//! [`Stream`] drives the steps and reports the settled sentences in chunks,
//! the first ones early.

use std::collections::VecDeque;
use std::ops::Range;

use crate::analysis::{contradiction_in, document_passes, first_pass, Document, Found, Sentence};
use crate::contradiction::Story;
use crate::detect::Detector;
use crate::kind::{classify, Kind};
use crate::offsets::Units;
use crate::report::{ChunkReport, ChunkReporter};
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

    /// The first `m` sentences as the whole text's analysis gives them; `m`
    /// at most [`Steps::settled_len`] (it is lowered to that). Costs the
    /// document passes over those `m`, so a caller settles at growing
    /// prefixes ([`Stream`] grows them by half each time).
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

/// The first sentences settled early: about a screenful, so that a reader
/// shows them shaded before the rest is analysed.
const FIRST_SETTLE: usize = 40;

/// A text's report in chunks, the first as soon as its sentences are
/// settled: [`Stream::step`] analyses some more sentences, and
/// [`Stream::next_chunk`] gives what is settled, in order. The chunks
/// together are [`document_report_in`](crate::report::document_report_in)'s
/// sentences. Settling happens at prefixes that grow by half, so the
/// document passes cost at most three times what one run over the text
/// costs.
pub struct Stream {
    steps: Option<Steps>,
    total: usize,
    analysed: usize,
    /// The sentences settled and not yet reported, and how many were
    /// settled in all.
    ready: VecDeque<Sentence>,
    settled: usize,
    /// Settle again once this many sentences are analysed.
    next_settle: usize,
    reporter: ChunkReporter,
}

impl Stream {
    /// A stream of the report of `text` with offsets in `units`; segments
    /// the text ([`Steps::new`]).
    pub fn new(text: &str, units: Units) -> Stream {
        let steps = Steps::new(text);
        Stream {
            total: steps.len(),
            analysed: 0,
            steps: Some(steps),
            ready: VecDeque::new(),
            settled: 0,
            next_settle: FIRST_SETTLE,
            reporter: ChunkReporter::new(units),
        }
    }

    /// How many sentences the text has.
    pub fn total(&self) -> usize {
        self.total
    }

    /// How many sentences have been analysed (on their own).
    pub fn analysed(&self) -> usize {
        self.analysed
    }

    /// Whether every sentence has been analysed and settled.
    pub fn is_analysed(&self) -> bool {
        self.steps.is_none()
    }

    /// Whether every chunk has been given.
    pub fn is_done(&self) -> bool {
        self.steps.is_none() && self.ready.is_empty()
    }

    /// Analyses up to `n` more sentences, and settles the first ones when
    /// enough more are analysed (or all are).
    pub fn step(&mut self, text: &str, n: usize) {
        let Some(steps) = self.steps.as_mut() else {
            return;
        };
        steps.step(text, n);
        self.analysed = steps.analysed();
        if self.analysed == self.total {
            let all = self
                .steps
                .take()
                .map(|s| s.finish(text))
                .unwrap_or_default();
            self.ready.extend(all.into_iter().skip(self.settled));
            self.settled = self.total;
        } else if self.analysed >= self.next_settle {
            let m = steps.settled_len();
            if m > self.settled {
                let now = steps.settle(text, m);
                self.ready.extend(now.into_iter().skip(self.settled));
                self.settled = m;
            }
            self.next_settle = self.analysed + (self.analysed / 2).max(FIRST_SETTLE);
        }
    }

    /// The next settled sentences, at most `max` (at least one), as a chunk
    /// of the report; `None` when none is settled and unreported.
    pub fn next_chunk(&mut self, text: &str, max: usize) -> Option<ChunkReport> {
        if self.ready.is_empty() {
            return None;
        }
        let n = max.clamp(1, self.ready.len());
        let sentences: Vec<Sentence> = self.ready.drain(..n).collect();
        Some(self.reporter.report(text, sentences))
    }
}
