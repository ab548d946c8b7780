//! The text's paragraphs: blocks of paragraphs, each paragraph runs of
//! sentences, a space after each sentence.
//!
//! Components of their own so that a tooltip or focus change, which re-renders
//! the reader, compares one set of props per block and re-renders only the
//! blocks, paragraphs and runs holding the sentences that changed, instead of
//! visiting every sentence of a long text: on 3,640 sentences per-paragraph
//! components took the script time of a change from about 22 ms to about 10
//! (scripts/bench-ui.mjs). A text shown while it is analysed adds blocks,
//! and runs to its last paragraph, leaving the rest as they were.

use std::ops::Range;
use std::rc::Rc;

use yew::prelude::*;

use super::reader::LOW_CONFIDENCE;
use super::sentence::{Sentence, SentenceEvents, SharedSentence};
use crate::view::{run_span, Block, DocView, ParagraphView, SentenceView};

/// An analysed text that props compare by identity: a new text builds a new one.
#[derive(Clone)]
pub struct SharedDoc(pub Rc<DocView>);

impl PartialEq for SharedDoc {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// Which sentences the chosen source's are (by index), compared by identity:
/// made once per choice, so a tooltip or focus change leaves paragraphs' props equal.
#[derive(Clone)]
pub struct Highlight(pub Rc<Vec<bool>>);

impl PartialEq for Highlight {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl Highlight {
    pub fn contains(&self, index: usize) -> bool {
        self.0.get(index).copied().unwrap_or(false)
    }
}

/// A block of paragraphs, a paragraph or a run of sentences, compared by
/// identity: a text that grows keeps those it already had.
pub struct Shared<T: ?Sized>(pub Rc<T>);

impl<T: ?Sized> Clone for Shared<T> {
    fn clone(&self) -> Self {
        Shared(self.0.clone())
    }
}

impl<T: ?Sized> PartialEq for Shared<T> {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// What every sentence of a reader is rendered with. `current` and
/// `described` are given to a block, paragraph or run only when they hold
/// that sentence, so that the others' props stay equal.
#[derive(Properties, PartialEq, Clone)]
pub struct SentencesProps<T: PartialEq + Clone + 'static> {
    pub of: T,
    /// The reader's current sentence (the one in the tab order).
    pub current: Option<usize>,
    /// The sentence the tooltip is shown for.
    pub described: Option<usize>,
    pub low_only: bool,
    /// The sentences of the source chosen in the Sources view, if one is: they
    /// are highlighted and the others muted.
    pub highlight: Option<Highlight>,
    pub tooltip_id: AttrValue,
    pub events: Rc<SentenceEvents>,
}

impl<T: PartialEq + Clone + 'static> SentencesProps<T> {
    /// The same props for `of`, part of this, which holds `span`.
    pub fn part<U: PartialEq + Clone + 'static>(
        &self,
        of: U,
        span: Range<usize>,
    ) -> SentencesProps<U> {
        let here = |i: Option<usize>| i.filter(|i| span.contains(i));
        SentencesProps {
            of,
            current: here(self.current),
            described: here(self.described),
            low_only: self.low_only,
            highlight: self.highlight.clone(),
            tooltip_id: self.tooltip_id.clone(),
            events: self.events.clone(),
        }
    }
}

/// Consecutive paragraphs.
#[function_component]
pub fn BlockOf(props: &SentencesProps<Shared<Block>>) -> Html {
    let paragraph = |p: &Rc<ParagraphView>| {
        let part = props.part(Shared(p.clone()), p.span());
        html! { <Paragraph key={p.span().start} ..part /> }
    };
    props.of.0.paragraphs.iter().map(paragraph).collect()
}

/// One paragraph.
#[function_component]
pub fn Paragraph(props: &SentencesProps<Shared<ParagraphView>>) -> Html {
    let run = |r: &Rc<[Rc<SentenceView>]>| {
        let part = props.part(Shared(r.clone()), run_span(r));
        html! { <Run key={run_span(r).start} ..part /> }
    };
    html! {
        <p class="hl-para">{ for props.of.0.runs.iter().map(run) }</p>
    }
}

/// Sentences of a paragraph, each followed by a space.
#[function_component]
pub fn Run(props: &SentencesProps<Shared<[Rc<SentenceView>]>>) -> Html {
    let e = &props.events;
    let sentence = |s: &Rc<SentenceView>| {
        let i = s.index;
        let highlighted = props.highlight.as_ref().is_some_and(|h| h.contains(i));
        let low_dimmed = props.low_only && s.level.is_none_or(|l| l > LOW_CONFIDENCE);
        html! {
            <>
                <Sentence
                    key={i}
                    sentence={SharedSentence(s.clone())}
                    current={props.current == Some(i)}
                    described={props.described == Some(i)}
                    tooltip_id={props.tooltip_id.clone()}
                    dimmed={low_dimmed || (props.highlight.is_some() && !highlighted)}
                    {highlighted}
                    events={e.clone()}
                />
                { " " }
            </>
        }
    };
    props.of.0.iter().map(sentence).collect()
}
