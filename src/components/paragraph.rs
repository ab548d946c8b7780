//! One paragraph of the text: its sentences, a space after each.
//!
//! A component of its own so that a tooltip or focus change, which re-renders
//! the reader, compares one set of props per paragraph and re-renders only the
//! paragraphs holding the sentences that changed, instead of visiting every
//! sentence of a long text: on 3,640 sentences that takes the script time of a
//! change from about 22 ms to about 10 (scripts/bench-ui.mjs).

use std::rc::Rc;

use yew::prelude::*;

use super::reader::LOW_CONFIDENCE;
use super::sentence::{Sentence, SentenceEvents, SharedSentence};
use crate::view::DocView;

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

#[derive(Properties, PartialEq)]
pub struct ParagraphProps {
    pub doc: SharedDoc,
    /// Which of the text's paragraphs.
    pub index: usize,
    /// The reader's current sentence (the one in the tab order), when it is in
    /// this paragraph; `None` otherwise, so the other paragraphs' props stay equal.
    pub current: Option<usize>,
    /// The sentence the tooltip is shown for, when it is in this paragraph.
    pub described: Option<usize>,
    pub low_only: bool,
    /// The sentences of the source chosen in the Sources view, if one is: they
    /// are highlighted and the others muted.
    pub highlight: Option<Highlight>,
    pub tooltip_id: AttrValue,
    pub events: Rc<SentenceEvents>,
}

#[function_component]
pub fn Paragraph(props: &ParagraphProps) -> Html {
    let doc = &props.doc.0;
    let e = &props.events;
    let sentence = |i: usize| {
        let s = &doc.sentences[i];
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
    html! {
        <p class="hl-para">{ for doc.paragraphs[props.index].iter().copied().map(sentence) }</p>
    }
}
