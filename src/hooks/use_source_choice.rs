//! The source chosen in the Sources view: which sentences it highlights, and
//! the view's callbacks.

use std::rc::Rc;

use yew::prelude::*;

use super::TipControl;
use crate::components::paragraph::{Highlight, SharedDoc};
use crate::dom;
use crate::state::{announce_choice, Action, ReaderState};
use crate::view::DocView;

/// The chosen source's sentences and the Sources view's callbacks.
pub struct SourceChoice {
    /// The sentences of the chosen source, when one is.
    pub highlight: Rc<Option<Highlight>>,
    /// A source chosen (by index): its sentences highlighted, the first
    /// focused; chosen again, the highlight cleared.
    pub onchoose: Callback<usize>,
    /// The view's button: opens or closes it (closing clears the choice).
    pub ontoggle: Callback<()>,
    /// Escape in the view: clears the choice, or else closes the view and
    /// returns focus to its button (`toggle`).
    pub onescape: Callback<()>,
}

#[hook]
pub fn use_source_choice(
    doc: &Rc<DocView>,
    state: &UseReducerHandle<ReaderState>,
    control: &TipControl,
    body: &NodeRef,
    toggle: &NodeRef,
) -> SourceChoice {
    let highlight = use_memo((state.chosen, SharedDoc(doc.clone())), |(chosen, doc)| {
        let group = doc.0.sources.get((*chosen)?)?;
        let mut mask = vec![false; doc.0.sentences.len()];
        for &i in &group.sentences {
            mask[i] = true;
        }
        Some(Highlight(Rc::new(mask)))
    });
    // Made again only when the choice or the text changes, so that the list of
    // sources does not re-render on every tooltip change.
    let onchoose = {
        let (dispatch, control, body) = (state.dispatcher(), control.clone(), body.clone());
        use_callback(
            (state.chosen, SharedDoc(doc.clone())),
            move |i: usize, (chosen, doc)| {
                let Some(group) = doc.0.sources.get(i) else {
                    return;
                };
                if *chosen == Some(i) {
                    dispatch.dispatch(Action::ClearChoice);
                    return;
                }
                dispatch.dispatch(Action::Choose {
                    source: i,
                    announcement: announce_choice(group),
                });
                if let Some(&first) = group.sentences.first() {
                    control.hold_pointer();
                    dom::focus_sentence(&body, first);
                }
            },
        )
    };
    let dispatch = state.dispatcher();
    let ontoggle = dispatch.to_callback().reform(|()| Action::ToggleSources);
    let onescape = {
        let (chosen, toggle) = (state.chosen, toggle.clone());
        Callback::from(move |()| {
            if chosen.is_some() {
                dispatch.dispatch(Action::ClearChoice);
            } else {
                dispatch.dispatch(Action::CloseSources);
                dom::focus(&toggle);
            }
        })
    };
    SourceChoice {
        highlight,
        onchoose,
        ontoggle,
        onescape,
    }
}
