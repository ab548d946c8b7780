use std::rc::Rc;

use yew::prelude::*;

use super::TipControl;
use crate::components::paragraph::Highlight;
use crate::components::reader::LOW_CONFIDENCE;
use crate::dom;
use crate::keys::{reader_key, KeyPress, ReaderKey};
use crate::state::{Action, ReaderState};
use crate::view::DocView;

/// The reader's keys (see [`reader_key`]), on its text `body`. N and P visit
/// the chosen source's sentences while one is chosen (`highlight`), else the
/// low-confidence ones. Keys on the tooltip's own link are the link's; Escape
/// there returns to the sentence it describes.
#[hook]
pub fn use_keyboard(
    doc: &Rc<DocView>,
    state: &UseReducerHandle<ReaderState>,
    highlight: &Rc<Option<Highlight>>,
    control: &TipControl,
    body: &NodeRef,
) -> Callback<KeyboardEvent> {
    let (doc, state, highlight, control, body) = (
        doc.clone(),
        state.clone(),
        highlight.clone(),
        control.clone(),
        body.clone(),
    );
    Callback::from(move |e: KeyboardEvent| {
        let n = doc.sentences.len();
        let key = e.key();
        if dom::in_tooltip(e.target()) {
            if key == "Escape" {
                dom::focus_sentence(&body, state.current.min(n.saturating_sub(1)));
            }
            return;
        }
        let press = KeyPress {
            key: &key,
            ctrl: e.ctrl_key(),
            meta: e.meta_key(),
            alt: e.alt_key(),
            shift: e.shift_key(),
        };
        let target = |i: usize| match &*highlight {
            Some(h) => h.contains(i),
            None => doc.sentences[i].level.is_some_and(|l| l <= LOW_CONFIDENCE),
        };
        match reader_key(press, state.current, n, state.tip.is_some(), target) {
            Some(ReaderKey::Focus(i)) => {
                e.prevent_default();
                dom::focus_sentence(&body, i);
            }
            Some(ReaderKey::ToggleTip(at)) => {
                if state.tip.is_some_and(|t| t.index == at) {
                    control.hide_now();
                } else {
                    control.show(at, None);
                }
                e.prevent_default();
            }
            Some(ReaderKey::HideTip) => control.hide_now(),
            Some(ReaderKey::ClearChoice) => state.dispatch(Action::ClearChoice),
            None => {}
        }
    })
}
