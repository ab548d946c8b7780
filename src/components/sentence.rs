//! One sentence: a focusable span shaded by level, with its cues marked.

use yew::prelude::*;

use std::rc::Rc;

use crate::view::{Piece, SentenceView};

/// A sentence view that props compare by identity.
#[derive(Clone)]
pub struct SharedSentence(pub Rc<SentenceView>);

impl PartialEq for SharedSentence {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// The callbacks a reader gives each of its sentences, all called with the
/// sentence's index. Made once per reader, so they compare equal on every render.
#[derive(PartialEq)]
pub struct SentenceEvents {
    pub onenter: Callback<(usize, PointerEvent)>,
    pub onleave: Callback<(usize, PointerEvent)>,
    pub onfocus: Callback<usize>,
    pub onblur: Callback<usize>,
    pub onactivate: Callback<usize>,
    pub onpointerdown: Callback<(usize, PointerEvent)>,
}

#[derive(Properties, PartialEq)]
pub struct SentenceProps {
    /// Compared by pointer: a reader's sentences never change in place (a new
    /// text builds new ones), so a re-render skips every unchanged sentence
    /// without comparing its contents.
    pub sentence: SharedSentence,
    /// In the tab order (roving tabindex: one sentence per reader).
    pub current: bool,
    /// The tooltip is shown for this sentence.
    pub described: bool,
    pub tooltip_id: AttrValue,
    pub dimmed: bool,
    /// One of the sentences of the source chosen in the Sources view.
    pub highlighted: bool,
    pub events: Rc<SentenceEvents>,
}

#[function_component]
pub fn Sentence(props: &SentenceProps) -> Html {
    let s = &*props.sentence.0;
    let i = s.index;
    let e = &props.events;
    let onpointerenter = e.onenter.reform(move |e: PointerEvent| (i, e));
    let onpointerleave = e.onleave.reform(move |e: PointerEvent| (i, e));
    let onfocus = e.onfocus.reform(move |_: FocusEvent| i);
    let onblur = e.onblur.reform(move |_: FocusEvent| i);
    let onclick = e.onactivate.reform(move |_: MouseEvent| i);
    let onpointerdown = e.onpointerdown.reform(move |e: PointerEvent| (i, e));
    // The tooltip is linked only while shown.
    let describedby = props.described.then(|| props.tooltip_id.clone());
    let class = classes!(
        "hl-sentence",
        props.dimmed.then_some("hl-dimmed"),
        props.described.then_some("hl-active"),
        props.highlighted.then_some("hl-chosen")
    );
    let part = match s.level {
        Some(l) => format!("sentence level-{}", l.number()),
        None => "sentence not-claim".to_string(),
    };
    html! {
        <span
            {class}
            part={if props.highlighted { format!("{part} chosen") } else { part }}
            data-level={s.level.map(|l| l.number().to_string())}
            data-kind={s.kind.label()}
            data-index={i.to_string()}
            tabindex={if props.current { "0" } else { "-1" }}
            aria-describedby={describedby}
            {onpointerenter} {onpointerleave} {onfocus} {onblur} {onclick} {onpointerdown}
        >
            { for s.pieces.iter().map(render_piece) }
            // Heard when reading through the text; while the tooltip describes the
            // sentence (on focus) it says all this, so the summary steps aside.
            if !props.described {
                <span class="hl-sr">{ format!(" ({}{})", s.spoken_summary(), if props.highlighted { " From the chosen source." } else { "" }) }</span>
            }
        </span>
    }
}

pub fn render_piece(piece: &Piece) -> Html {
    match piece {
        Piece::Text(t) => html! { t.clone() },
        Piece::Cue { text, categories } => categories.iter().rev().fold(html! { text.clone() }, |inner, category| {
            html! {
                <mark class="hl-cue" part={format!("cue cue-{}", category.as_str())} data-category={category.as_str()}>{ inner }</mark>
            }
        }),
        // Boxed, solid or dashed (named or not), so colour is not the only
        // signal; a screen reader hears "source:" before the words.
        Piece::Source { named, pieces } => html! {
            <span class="hl-source" part={if *named { "source source-named" } else { "source source-unnamed" }}
                  data-named={named.to_string()}>
                <span class="hl-sr">{ if *named { "source: " } else { "unnamed source: " } }</span>
                { for pieces.iter().map(render_piece) }
            </span>
        },
    }
}
