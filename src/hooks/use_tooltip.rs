//! The tooltip: shown and hidden through a [`TipControl`], hidden by Escape
//! anywhere on the page, in the top layer, placed from its real size and
//! following its sentence when the page scrolls.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::events::{EventListener, EventListenerOptions, EventListenerPhase};
use gloo::timers::callback::Timeout;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::dom;
use crate::geometry::{place, refine};
use crate::state::{Action, ReaderState, Tip};

const HIDE_DELAY_MS: u32 = 150;
/// How long hovering is ignored after a jump (a source chosen, a profile segment):
/// see [`TipControl::hold_pointer`].
const POINTER_HOLD_MS: u32 = 400;

type Timer = Rc<RefCell<Option<Timeout>>>;

/// Shows and hides the tooltip. Every field is the same object for the reader's
/// whole life, so a copy kept by a callback made at the first render acts like
/// one made now.
#[derive(Clone)]
pub struct TipControl {
    dispatch: UseReducerDispatcher<ReaderState>,
    body: NodeRef,
    hide_timer: Timer,
    /// Set while hovering is ignored; the timeout clears it.
    pointer_hold: Timer,
}

impl TipControl {
    pub fn show(&self, index: usize, pointer_x: Option<f64>) {
        self.cancel_hide();
        if let Some(placement) = place(&self.body, index, pointer_x) {
            self.dispatch.dispatch(Action::ShowTip(Tip {
                index,
                placement,
                measured: false,
            }));
        }
    }

    pub fn hide_now(&self) {
        self.cancel_hide();
        self.dispatch.dispatch(Action::HideTip);
    }

    pub fn hide_soon(&self) {
        let dispatch = self.dispatch.clone();
        *self.hide_timer.borrow_mut() = Some(Timeout::new(HIDE_DELAY_MS, move || {
            dispatch.dispatch(Action::HideTip)
        }));
    }

    pub fn cancel_hide(&self) {
        self.hide_timer.borrow_mut().take();
    }

    /// Ignores the pointer for a moment. A jump to a sentence scrolls the page
    /// under a pointer that rests where it clicked (a source in the Sources
    /// view, a profile segment), and the enter and leave events the browser
    /// then sends would replace the focused sentence's tooltip with that of
    /// whatever sentence now lies under it, or hide it.
    pub fn hold_pointer(&self) {
        let hold = self.pointer_hold.clone();
        let timeout = Timeout::new(POINTER_HOLD_MS, move || {
            hold.borrow_mut().take();
        });
        *self.pointer_hold.borrow_mut() = Some(timeout);
    }

    pub fn pointer_held(&self) -> bool {
        self.pointer_hold.borrow().is_some()
    }

    /// The tooltip's own events: the pointer or focus on it keeps it open.
    pub fn tooltip_events(&self) -> TooltipEvents {
        let (c1, c2, c3, c4) = (self.clone(), self.clone(), self.clone(), self.clone());
        TooltipEvents {
            onenter: Callback::from(move |_: MouseEvent| c1.cancel_hide()),
            onleave: Callback::from(move |_: MouseEvent| {
                if !c2.pointer_held() {
                    c2.hide_soon()
                }
            }),
            onfocusin: Callback::from(move |_: FocusEvent| c3.cancel_hide()),
            onfocusout: Callback::from(move |e: FocusEvent| {
                if !dom::in_tooltip(e.related_target()) {
                    c4.hide_soon()
                }
            }),
        }
    }
}

/// The callbacks the tooltip element gets.
pub struct TooltipEvents {
    pub onenter: Callback<MouseEvent>,
    pub onleave: Callback<MouseEvent>,
    pub onfocusin: Callback<FocusEvent>,
    pub onfocusout: Callback<FocusEvent>,
}

/// The tooltip of the reader whose text is `body`, as `state.tip` says.
#[hook]
pub fn use_tooltip(state: &UseReducerHandle<ReaderState>, body: &NodeRef) -> TipControl {
    let control = TipControl {
        dispatch: state.dispatcher(),
        body: body.clone(),
        hide_timer: use_mut_ref(|| None),
        pointer_hold: use_mut_ref(|| None),
    };
    use_escape_hides(state.tip.is_some(), &control);
    use_top_layer(state.tip, &control);
    use_follow_sentence(state.tip.map(|t| t.index), &control);
    control
}

/// While the tooltip is shown, Escape anywhere on the page hides it.
#[hook]
fn use_escape_hides(shown: bool, control: &TipControl) {
    let control = control.clone();
    use_effect_with(shown, move |shown| {
        let listener = shown.then(|| {
            let window = gloo::utils::window();
            EventListener::new(&window, "keydown", move |e| {
                let key = e.dyn_ref::<KeyboardEvent>().map(KeyboardEvent::key);
                if key.as_deref() == Some("Escape") {
                    control.hide_now();
                }
            })
        });
        move || drop(listener)
    });
}

/// The tooltip lives in the top layer (a manual popover), so no host
/// container's `overflow: hidden` can clip it. Once it is open its real
/// height is known: flip it to the side of the sentence where it fits.
#[hook]
fn use_top_layer(tip: Option<Tip>, control: &TipControl) {
    let control = control.clone();
    use_effect_with(tip, move |t| {
        let popover = dom::tooltip_element(&control.body);
        match (t, popover) {
            (Some(t), popover) => {
                if let Some(el) = popover.filter(|el| !el.matches(":popover-open").unwrap_or(true))
                {
                    let _ = el.show_popover();
                }
                if !t.measured {
                    let placement =
                        refine(&control.body, t.index, t.placement).unwrap_or(t.placement);
                    control.dispatch.dispatch(Action::ShowTip(Tip {
                        placement,
                        measured: true,
                        ..*t
                    }));
                }
            }
            (None, Some(el)) => {
                if el.matches(":popover-open").unwrap_or(false) {
                    let _ = el.hide_popover();
                }
            }
            (None, None) => {}
        }
    });
}

/// A top-layer tooltip is placed in viewport coordinates: it follows its
/// sentence when the page (or any scrolling ancestor) scrolls or resizes.
#[hook]
fn use_follow_sentence(index: Option<usize>, control: &TipControl) {
    let control = control.clone();
    use_effect_with(index, move |index| {
        let listeners = index.map(|index| {
            let window = gloo::utils::window();
            let options = EventListenerOptions {
                phase: EventListenerPhase::Capture,
                passive: true,
            };
            ["scroll", "resize"].map(|event| {
                let control = control.clone();
                EventListener::new_with_options(&window, event, options, move |_| {
                    if let Some(placement) = place(&control.body, index, None) {
                        control.dispatch.dispatch(Action::ShowTip(Tip {
                            index,
                            placement,
                            measured: false,
                        }));
                    }
                })
            })
        });
        move || drop(listeners)
    });
}
