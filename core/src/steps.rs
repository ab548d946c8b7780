//! The analysis of a long text a few sentences at a time, for a reader that
//! shows the first sentences while the rest is still being analysed (the
//! widget's Web Worker, and its fallback on the page's own thread).
//!
//! [`analyze`](crate::analyze) is two passes. First each sentence on its own
//! ([`Steps::step`]: its cues, source and level; nearly all of the time).
//! Then passes over the document: pronouns, quotations' speakers, sound
//! bites, contradictions, and which source mentions are one speaker. All but
//! the last read only sentences before the one they change, or in the same
//! quotation or paragraph, and what the whole text decides up front (the
//! segmentation, the kinds, the quotations, whether it is a broadcast
//! transcript: [`Steps::new`]). So once the first `m` sentences have had
//! their own pass, and no quotation runs on past the `m`-th (in a transcript:
//! a paragraph ends there), running the document passes over a copy of those
//! `m` gives them exactly as the whole text's analysis will
//! ([`Steps::settle`]), but for one field: the entity of each source mention
//! ([`Source::entity`](crate::Source::entity)) is its fullest mention, which
//! may come later in the text ("Kim said…" before "defence minister Kim
//! Yong-hyun said…"). A settled prefix has the links the prefix gives;
//! [`Stream`] reports, once the whole text is analysed, the mentions whose
//! entity the rest of the text changed ([`ChunkReport::relinked`]).
//!
//! [`analyze`](crate::analyze) is `Steps::new(text).finish(text)`, and both
//! run the same document passes, so the two cannot drift apart; the tests
//! check every settled prefix against it. [`Stream`] drives the steps and
//! reports the settled sentences in chunks, the first ones early.
//!
//! ```
//! use hedgelight_core::report::{document_report_in, Units};
//! use hedgelight_core::steps::Stream;
//!
//! let text = "Kim said troops left. \"It was bad,\" he said.\n\nSeoul's defence minister Kim Yong-hyun said more may follow.";
//! let mut stream = Stream::new(text, Units::Utf16);
//! let mut sentences = Vec::new();
//! while !stream.is_done() {
//!     stream.step(text, 1); // analyse one more sentence
//!     while let Some(chunk) = stream.next_chunk(text, 10) {
//!         assert_eq!(chunk.first, sentences.len());
//!         sentences.extend(chunk.sentences);
//!         for r in chunk.relinked {
//!             r.apply(&mut sentences[r.sentence]);
//!         }
//!     }
//! }
//! assert_eq!(sentences, document_report_in(text, Units::Utf16).sentences);
//! // The first "Kim" is the minister.
//! let kim = sentences[0].source.as_ref().unwrap();
//! assert_eq!(kim.entity, "Seoul's defence minister Kim Yong-hyun");
//! ```

use std::collections::VecDeque;
use std::ops::Range;

use crate::analysis::Sentence;
use crate::offsets::Units;
use crate::report::{ChunkReport, ChunkReporter, Relinked};

pub use crate::stepwise::Steps;

/// The first sentences settled early: about a screenful, so that a reader
/// shows them shaded before the rest is analysed.
const FIRST_SETTLE: usize = 40;

/// A text's report in chunks, the first as soon as its sentences are
/// settled: [`Stream::step`] analyses some more sentences, and
/// [`Stream::next_chunk`] gives what is settled, in order. The chunks
/// together, with their [`relinked`](ChunkReport::relinked) entities applied,
/// are [`document_report_in`](crate::report::document_report_in)'s
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
    /// The entities of the settled sentences' source mentions as reported
    /// (see [`entities`]), to find those the whole text links otherwise.
    entities: Vec<Vec<Range<usize>>>,
    /// Those, once the whole text is analysed, for the next chunk.
    relinked: Vec<Relinked>,
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
            entities: Vec::new(),
            relinked: Vec::new(),
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
            self.relinked = relinked(text, &std::mem::take(&mut self.entities), &all);
            self.ready.extend(all.into_iter().skip(self.settled));
            self.settled = self.total;
        } else if self.analysed >= self.next_settle {
            let m = steps.settled_len();
            if m > self.settled {
                let now = steps.settle(text, m);
                let new = now.into_iter().skip(self.settled);
                self.entities.extend(new.clone().map(|s| entities(&s)));
                self.ready.extend(new);
                self.settled = m;
            }
            self.next_settle = self.analysed + (self.analysed / 2).max(FIRST_SETTLE);
        }
    }

    /// The next settled sentences, at most `max` (at least one), as a chunk
    /// of the report; `None` when none is settled and unreported. The first
    /// chunk after the whole text is analysed also says which sources of
    /// earlier chunks the rest of the text linked to another entity
    /// ([`ChunkReport::relinked`]).
    pub fn next_chunk(&mut self, text: &str, max: usize) -> Option<ChunkReport> {
        if self.ready.is_empty() {
            return None;
        }
        let n = max.clamp(1, self.ready.len());
        let sentences: Vec<Sentence> = self.ready.drain(..n).collect();
        let mut chunk = self.reporter.report(text, sentences);
        chunk.relinked = std::mem::take(&mut self.relinked);
        Some(chunk)
    }
}

/// The entity of each source mention of `s`: its source's, then those of
/// whom it cites; empty without a source.
fn entities(s: &Sentence) -> Vec<Range<usize>> {
    s.source
        .iter()
        .flat_map(|src| std::iter::once(src).chain(&src.via))
        .map(|m| m.entity.clone())
        .collect()
}

/// The sentences of `all` (the whole text's analysis) whose mentions'
/// entities read otherwise than `reported` (those of its first sentences,
/// as a prefix linked them), with their entities now.
fn relinked(text: &str, reported: &[Vec<Range<usize>>], all: &[Sentence]) -> Vec<Relinked> {
    let words = |r: &Range<usize>| &text[r.clone()];
    reported
        .iter()
        .zip(all)
        .enumerate()
        .filter_map(|(i, (was, s))| {
            let src = s.source.as_ref()?;
            let now = entities(s);
            let same =
                was.len() == now.len() && was.iter().zip(&now).all(|(a, b)| words(a) == words(b));
            (!same).then(|| Relinked {
                sentence: i,
                entity: words(&src.entity).to_string(),
                via: src
                    .via
                    .iter()
                    .map(|v| words(&v.entity).to_string())
                    .collect(),
            })
        })
        .collect()
}
