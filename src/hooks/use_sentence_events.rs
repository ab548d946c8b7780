//! The callbacks every sentence of a reader gets.

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use super::TipControl;
use crate::components::sentence::SentenceEvents;
use crate::state::{Action, ReaderState};

/// What the last pointer press was, to tell a tap from a mouse click.
#[derive(Default)]
struct Press {
    touch: bool,
    tip_was_open: bool,
}

/// The callbacks every sentence gets. They are made once and stay equal across
/// renders, so that a tooltip or focus change re-renders only the sentences
/// whose `current` or `described` changed: re-rendering all of them cost
/// about 140 ms of script per change on a 3,640-sentence text
/// (scripts/bench-ui.mjs). Being made once, they must not read a render's
/// state: they hold the dispatcher, refs and the body node only, and learn
/// where the tooltip is (`shown`, the sentence it describes) from a ref this
/// hook updates on every render.
#[hook]
pub fn use_sentence_events(
    control: &TipControl,
    dispatch: UseReducerDispatcher<ReaderState>,
    shown: Option<usize>,
) -> Rc<SentenceEvents> {
    let press: Rc<RefCell<Press>> = use_mut_ref(Press::default);
    let shown_for: Rc<RefCell<Option<usize>>> = use_mut_ref(|| None);
    *shown_for.borrow_mut() = shown;
    let control = control.clone();
    use_memo((), move |_| {
        let (onenter, onleave) = hover(&control);
        let (onpointerdown, onactivate) = press_and_tap(&control, press, shown_for);
        let (onfocus, onblur) = focus_and_blur(control, dispatch);
        SentenceEvents {
            onenter,
            onleave,
            onfocus,
            onblur,
            onactivate,
            onpointerdown,
        }
    })
}

/// Focus moves the tab stop to the sentence and shows its tooltip; leaving
/// hides it after a moment.
fn focus_and_blur(
    control: TipControl,
    dispatch: UseReducerDispatcher<ReaderState>,
) -> (Callback<usize>, Callback<usize>) {
    let onblur = {
        let control = control.clone();
        Callback::from(move |_: usize| control.hide_soon())
    };
    let onfocus = Callback::from(move |index: usize| {
        dispatch.dispatch(Action::Focus(index));
        control.show(index, None);
    });
    (onfocus, onblur)
}

type PointerCallback = Callback<(usize, PointerEvent)>;

/// Hover is driven by pointer events of a mouse or pen only: a finger's
/// enter/leave (and the compatibility mouse events Chrome sends after a tap,
/// which carry no pointer event) must not open or close the tooltip; taps
/// are handled on click.
fn hover(control: &TipControl) -> (PointerCallback, PointerCallback) {
    let onenter = {
        let control = control.clone();
        Callback::from(move |(index, e): (usize, PointerEvent)| {
            if e.pointer_type() != "touch" && !control.pointer_held() {
                control.show(index, Some(f64::from(e.client_x())));
            }
        })
    };
    let onleave = {
        let control = control.clone();
        Callback::from(move |(_, e): (usize, PointerEvent)| {
            if e.pointer_type() != "touch" && !control.pointer_held() {
                control.hide_soon();
            }
        })
    };
    (onenter, onleave)
}

/// A press notes whether it is a touch and whether the sentence's tooltip was
/// open; the click that follows shows the tooltip, or for a tap on a sentence
/// whose tooltip was open, hides it. A mouse click keeps the hover tooltip.
fn press_and_tap(
    control: &TipControl,
    press: Rc<RefCell<Press>>,
    shown_for: Rc<RefCell<Option<usize>>>,
) -> (PointerCallback, Callback<usize>) {
    let onpointerdown = {
        let press = press.clone();
        Callback::from(move |(index, e): (usize, PointerEvent)| {
            *press.borrow_mut() = Press {
                touch: e.pointer_type() != "mouse",
                tip_was_open: *shown_for.borrow() == Some(index),
            };
        })
    };
    let control = control.clone();
    let onactivate = Callback::from(move |index: usize| {
        let p = press.take();
        if p.touch && p.tip_was_open {
            control.hide_now();
        } else {
            control.show(index, None);
        }
    });
    (onpointerdown, onactivate)
}
