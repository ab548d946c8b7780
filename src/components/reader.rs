//! The reader: one analysed text with its profile, legend, sentences and
//! tooltip, and its Sources view. It owns the interaction state.
//!
//! Interaction follows the WAI-ARIA tooltip pattern: hover or focus shows the
//! tooltip, Escape or blur hides it. Sentences use a roving tabindex (one tab
//! stop per reader; arrow keys move inside), so a long article is not dozens
//! of Tab presses. A short delay before hiding lets the pointer cross gaps
//! between sentences, and onto the tooltip, without flicker.

use std::cell::RefCell;
use std::rc::Rc;
use std::sync::atomic::{AtomicUsize, Ordering};

use gloo::events::{EventListener, EventListenerOptions, EventListenerPhase};
use gloo::timers::callback::Timeout;
use hedgelight_core::Level;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};
use yew::prelude::*;

use super::compare::SharedCompared;
use super::legend::Legend;
use super::paragraph::{Highlight, Paragraph, SharedDoc};
use super::profile::Profile;
use super::sentence::SentenceEvents;
use super::sources::{Sources, SourcesToggle};
use super::tooltip::{Placement, Tooltip};
use crate::view::DocView;

/// Sentences at or below this level count as low confidence (hedged, unverified, disputed).
pub const LOW_CONFIDENCE: Level = Level::HEDGED;

/// Past this many paragraphs the body is marked `hl-long`, and the stylesheet lets
/// the browser skip laying out paragraphs far from the viewport: a pasted book
/// renders about twice as fast. Articles stay fully laid out, so full-page
/// screenshots and every other way of capturing the page show all of their text.
const LONG_TEXT_PARAGRAPHS: usize = 200;

const HIDE_DELAY_MS: u32 = 150;
/// How long hovering is ignored after a jump (a source chosen, a profile segment):
/// see [`TipControl::hold_pointer`].
const POINTER_HOLD_MS: u32 = 400;
/// First guess of the room the tooltip needs below a sentence (refined once rendered).
const TOOLTIP_ROOM_PX: f64 = 220.0;
const TOOLTIP_WIDTH_PX: f64 = 340.0;
/// Space between a sentence and its tooltip.
const GAP_PX: f64 = 6.0;
/// Closest the tooltip comes to the viewport's edges.
const EDGE_PX: f64 = 8.0;

static NEXT_UID: AtomicUsize = AtomicUsize::new(0);

#[derive(Properties, PartialEq)]
pub struct ReaderProps {
    pub text: AttrValue,
    #[prop_or_default]
    pub title: Option<AttrValue>,
    #[prop_or_default]
    pub date: Option<AttrValue>,
    /// The text's view when the caller has built it (the Compare view's
    /// analysis); else the reader builds it from `text`.
    #[prop_or_default]
    pub doc: Option<SharedDoc>,
    /// A sentence to focus (and so show the tooltip of) when the reader opens
    /// or this changes: one chosen in the Compare view.
    #[prop_or_default]
    pub focus: Option<usize>,
    /// The other texts this one is compared with: a grouped sentence's
    /// tooltip links to its claim in the Compare view.
    #[prop_or_default]
    pub comparison: Option<Comparison>,
}

/// Where the reader's text stands among the texts it is compared with.
#[derive(Clone, PartialEq)]
pub struct Comparison {
    pub compared: SharedCompared,
    /// Which of the compared texts this reader shows.
    pub story: usize,
    /// Opens the Compare view at the claim of this sentence (by index).
    pub oncompare: Callback<usize>,
}

#[derive(Clone, Copy, PartialEq)]
struct Tip {
    index: usize,
    placement: Placement,
    /// Placed from the tooltip's real size (a first placement guesses it).
    measured: bool,
}

/// What the last pointer press was, to tell a tap from a mouse click.
#[derive(Default)]
struct Press {
    touch: bool,
    tip_was_open: bool,
}

#[function_component]
pub fn Reader(props: &ReaderProps) -> Html {
    let uid = *use_memo((), |_| NEXT_UID.fetch_add(1, Ordering::Relaxed));
    let own_doc = use_memo((props.text.clone(), props.doc.is_none()), |(t, build)| {
        build.then(|| Rc::new(DocView::build(t)))
    });
    let doc: Rc<DocView> = match (&props.doc, &*own_doc) {
        (Some(d), _) => d.0.clone(),
        (None, Some(d)) => d.clone(),
        (None, None) => Rc::default(),
    };
    let tip = use_state(|| None::<Tip>);
    let current = use_state(|| 0usize);
    let low_only = use_state(|| false);
    let sources_open = use_state(|| false);
    // The source (index in `doc.sources`) whose sentences are highlighted.
    let chosen = use_state(|| None::<usize>);
    // What the reader's live region says (a choice made or cleared).
    let announcement = use_state(String::new);
    let sources_toggle = use_node_ref();
    let hide_timer: Rc<RefCell<Option<Timeout>>> = use_mut_ref(|| None);
    let pointer_hold: Rc<RefCell<Option<Timeout>>> = use_mut_ref(|| None);
    let press: Rc<RefCell<Press>> = use_mut_ref(Press::default);
    let body = use_node_ref();

    // A new text starts with no tooltip, focus or choice. Not on mount: the
    // state starts so, and an effect that runs late (after other apps' work)
    // would undo a focus or tooltip the reader already had.
    {
        let (tip, current, chosen) = (tip.clone(), current.clone(), chosen.clone());
        let mounted = use_mut_ref(|| false);
        use_effect_with(props.text.clone(), move |_| {
            if std::mem::replace(&mut *mounted.borrow_mut(), true) {
                tip.set(None);
                current.set(0);
                chosen.set(None);
            }
        });
    }
    let highlight = use_memo((*chosen, SharedDoc(doc.clone())), |(chosen, doc)| {
        let group = doc.0.sources.get((*chosen)?)?;
        let mut mask = vec![false; doc.0.sentences.len()];
        for &i in &group.sentences {
            mask[i] = true;
        }
        Some(Highlight(Rc::new(mask)))
    });

    {
        let hide_timer = hide_timer.clone();
        let tip_handle = tip.clone();
        use_effect_with(tip.is_some(), move |shown| {
            let listener = shown.then(|| {
                let window = gloo::utils::window();
                EventListener::new(&window, "keydown", move |e| {
                    let key = e.dyn_ref::<KeyboardEvent>().map(KeyboardEvent::key);
                    if key.as_deref() == Some("Escape") {
                        hide_timer.borrow_mut().take();
                        tip_handle.set(None);
                    }
                })
            });
            move || drop(listener)
        });
    }

    // The tooltip lives in the top layer (a manual popover), so no host
    // container's `overflow: hidden` can clip it. Once it is open its real
    // height is known: flip it to the side of the sentence where it fits.
    {
        let (tip, body) = (tip.clone(), body.clone());
        use_effect_with(*tip, move |t| {
            let popover = tooltip_element(&body);
            match (t, popover) {
                (Some(t), popover) => {
                    if let Some(el) =
                        popover.filter(|el| !el.matches(":popover-open").unwrap_or(true))
                    {
                        let _ = el.show_popover();
                    }
                    if !t.measured {
                        let placement = refine(&body, t.index, t.placement).unwrap_or(t.placement);
                        tip.set(Some(Tip {
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
    // A top-layer tooltip is placed in viewport coordinates: it follows its
    // sentence when the page (or any scrolling ancestor) scrolls or resizes.
    {
        let (tip, body) = (tip.clone(), body.clone());
        use_effect_with(tip.map(|t| t.index), move |index| {
            let listeners = index.map(|index| {
                let window = gloo::utils::window();
                let options = EventListenerOptions {
                    phase: EventListenerPhase::Capture,
                    passive: true,
                };
                ["scroll", "resize"].map(|event| {
                    let (tip, body) = (tip.clone(), body.clone());
                    EventListener::new_with_options(&window, event, options, move |_| {
                        if let Some(placement) = place(&body, index, None) {
                            tip.set(Some(Tip {
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

    let control = TipControl {
        tip: tip.setter(),
        body: body.clone(),
        hide_timer: hide_timer.clone(),
        pointer_hold,
    };
    let cancel_hide = {
        let control = control.clone();
        Callback::from(move |_: MouseEvent| control.cancel_hide())
    };
    let focus_sentence = {
        let body = body.clone();
        Rc::new(move |index: usize| {
            if let Some(el) =
                sentence_element(&body, index).and_then(|e| e.dyn_into::<HtmlElement>().ok())
            {
                let _ = el.focus();
            }
        })
    };

    {
        let (focus_sentence, control) = (focus_sentence.clone(), control.clone());
        use_effect_with(props.focus, move |focus| {
            if let Some(i) = *focus {
                control.hold_pointer();
                focus_sentence(i);
            }
        });
    }

    // The callbacks every sentence gets are made once and stay equal across
    // renders, so that a tooltip or focus change re-renders only the sentences
    // whose `current` or `described` changed: re-rendering all of them cost
    // about 140 ms of script per change on a 3,640-sentence text
    // (scripts/bench-ui.mjs). Being made once, they must not read a render's
    // state: they hold setters, refs and the body node only, and learn where
    // the tooltip is from `shown_for`.
    let shown_for: Rc<RefCell<Option<usize>>> = use_mut_ref(|| None);
    *shown_for.borrow_mut() = tip.map(|t| t.index);
    let events = {
        let (control, current, press, shown_for) = (
            control.clone(),
            current.setter(),
            press.clone(),
            shown_for.clone(),
        );
        use_memo((), move |_| {
            sentence_events(control, current, press, shown_for)
        })
    };
    let clear_choice = {
        let (chosen, announcement) = (chosen.clone(), announcement.clone());
        Rc::new(move || {
            if chosen.is_some() {
                chosen.set(None);
                announcement.set("Source highlight cleared.".into());
            }
        })
    };
    let onkeydown = {
        let (doc, tip, current, control, focus_sentence, highlight, clear_choice) = (
            doc.clone(),
            tip.clone(),
            current.clone(),
            control.clone(),
            focus_sentence.clone(),
            highlight.clone(),
            clear_choice.clone(),
        );
        Callback::from(move |e: KeyboardEvent| {
            let n = doc.sentences.len();
            let key = e.key();
            // Keys on the tooltip's own link are the link's; Escape there
            // returns to the sentence it describes.
            if in_tooltip(e.target()) {
                if key == "Escape" {
                    focus_sentence((*current).min(n.saturating_sub(1)));
                }
                return;
            }
            // Leave the browser's and the reader's own shortcuts alone (Ctrl+P,
            // Alt+←, Shift+arrows to select text).
            let navigation = key.starts_with("Arrow") || key == "Home" || key == "End";
            if n == 0
                || e.ctrl_key()
                || e.meta_key()
                || e.alt_key()
                || (e.shift_key() && navigation)
            {
                return;
            }
            let at = (*current).min(n - 1);
            // N and P visit the chosen source's sentences while one is chosen.
            let low = |i: &usize| match &*highlight {
                Some(h) => h.contains(*i),
                None => doc.sentences[*i].level.is_some_and(|l| l <= LOW_CONFIDENCE),
            };
            let target = match key.as_str() {
                // The tooltip first, then the source highlight.
                "Escape" if tip.is_none() => {
                    clear_choice();
                    None
                }
                "Escape" => {
                    control.hide_now();
                    None
                }
                "ArrowDown" | "ArrowRight" => Some((at + 1).min(n - 1)),
                "ArrowUp" | "ArrowLeft" => Some(at.saturating_sub(1)),
                "Home" => Some(0),
                "End" => Some(n - 1),
                "n" | "N" => (at + 1..n).find(low).or_else(|| (0..at).find(low)),
                "p" | "P" => (0..at)
                    .rev()
                    .find(low)
                    .or_else(|| (at + 1..n).rev().find(low)),
                "Enter" | " " => {
                    if tip.is_some_and(|t| t.index == at) {
                        control.hide_now();
                    } else {
                        control.show(at, None);
                    }
                    e.prevent_default();
                    None
                }
                _ => return,
            };
            if let Some(i) = target {
                e.prevent_default();
                focus_sentence(i);
            }
        })
    };
    let onjump = {
        let (doc, focus_sentence, control) = (doc.clone(), focus_sentence.clone(), control.clone());
        Callback::from(move |level: Level| {
            if let Some(s) = doc.sentences.iter().find(|s| s.level == Some(level)) {
                control.hold_pointer();
                focus_sentence(s.index);
            }
        })
    };
    let ontoggle = {
        let low_only = low_only.clone();
        Callback::from(move |()| low_only.set(!*low_only))
    };
    // Closing the Sources view clears its highlight.
    let ontoggle_sources = {
        let (sources_open, clear_choice) = (sources_open.clone(), clear_choice.clone());
        Callback::from(move |()| {
            if *sources_open {
                clear_choice();
            }
            sources_open.set(!*sources_open);
        })
    };
    // Made again only when the choice or the text changes, so that the list of
    // sources does not re-render on every tooltip change.
    let onchoose = {
        let (set_chosen, set_announcement, focus_sentence, clear_choice, control) = (
            chosen.setter(),
            announcement.setter(),
            focus_sentence.clone(),
            clear_choice.clone(),
            control.clone(),
        );
        use_callback(
            (*chosen, SharedDoc(doc.clone())),
            move |i: usize, (chosen, doc)| {
                let Some(group) = doc.0.sources.get(i) else {
                    return;
                };
                if *chosen == Some(i) {
                    clear_choice();
                    return;
                }
                set_chosen.set(Some(i));
                let n = group.sentences.len();
                set_announcement.set(format!(
                    "{n} {} from {} highlighted. Escape clears.",
                    if n == 1 { "sentence" } else { "sentences" },
                    group.text
                ));
                if let Some(&first) = group.sentences.first() {
                    control.hold_pointer();
                    focus_sentence(first);
                }
            },
        )
    };
    // Escape in the Sources view: clears the choice, or else closes the view.
    let onescape_sources = {
        let (chosen, sources_open, toggle, clear_choice) = (
            chosen.clone(),
            sources_open.clone(),
            sources_toggle.clone(),
            clear_choice.clone(),
        );
        Callback::from(move |()| {
            if chosen.is_some() {
                clear_choice();
            } else {
                sources_open.set(false);
                if let Some(b) = toggle.cast::<HtmlElement>() {
                    let _ = b.focus();
                }
            }
        })
    };

    let tooltip_id: AttrValue = format!("hl-tip-{uid}").into();
    let also = props.comparison.as_ref().and_then(|c| {
        let index = tip.as_ref()?.index;
        c.compared.0.also_in(c.story, index)
    });
    let oncompare = {
        let (comparison, tip) = (props.comparison.clone(), *tip);
        Callback::from(move |()| {
            if let (Some(c), Some(t)) = (&comparison, tip) {
                c.oncompare.emit(t.index);
            }
        })
    };
    let sources_id: AttrValue = format!("hl-sources-{uid}").into();
    let tip_now = *tip;
    let current_index = (*current).min(doc.sentences.len().saturating_sub(1));
    let shared_doc = SharedDoc(doc.clone());
    let paragraph = |(k, p): (usize, &Vec<usize>)| {
        let here = |i: usize| p.contains(&i).then_some(i);
        html! {
            <Paragraph
                key={k}
                doc={shared_doc.clone()}
                index={k}
                current={here(current_index)}
                described={tip_now.and_then(|t| here(t.index))}
                low_only={*low_only}
                highlight={(*highlight).clone()}
                tooltip_id={tooltip_id.clone()}
                events={events.clone()}
            />
        }
    };

    html! {
        <article class="hl-article" aria-label={props.title.clone().unwrap_or_else(|| "Analysed text".into())}>
            if props.title.is_some() || props.date.is_some() {
                <header class="hl-header">
                    if let Some(t) = &props.title { <h2 class="hl-title">{ t.clone() }</h2> }
                    if let Some(d) = &props.date {
                        <time class="hl-date" datetime={d.clone()}>{ crate::dates::human(d) }</time>
                    }
                </header>
            }
            <Profile counts={doc.level_counts()} {onjump} low_only={*low_only} {ontoggle}>
                <SourcesToggle count={doc.sources.len()} open={*sources_open} controls={sources_id.clone()}
                               ontoggle={ontoggle_sources} node={sources_toggle.clone()} />
            </Profile>
            <Sources id={sources_id} doc={shared_doc.clone()} open={*sources_open} chosen={*chosen}
                     {onchoose} onescape={onescape_sources} />
            <p class="hl-sr" role="status">{ (*announcement).clone() }</p>
            // Above the text, where a first-time reader looks before reading.
            <Legend />
            <div class={classes!("hl-body", (doc.paragraphs.len() > LONG_TEXT_PARAGRAPHS).then_some("hl-long"))} ref={body} {onkeydown}>
                if doc.sentences.is_empty() {
                    <p class="hl-empty">{ "There is no text to analyse." }</p>
                }
                { for doc.paragraphs.iter().enumerate().map(paragraph) }
                <Tooltip
                    id={tooltip_id.clone()}
                    {also}
                    {oncompare}
                    onfocusin={{ let c = control.clone(); Callback::from(move |_: FocusEvent| c.cancel_hide()) }}
                    onfocusout={{ let c = control.clone(); Callback::from(move |e: FocusEvent| if !in_tooltip(e.related_target()) { c.hide_soon() }) }}
                    sentence={tip_now.and_then(|t| doc.sentences.get(t.index).cloned())}
                    placement={tip_now.map(|t| t.placement)}
                    onenter={cancel_hide}
                    onleave={{ let c = control.clone(); Callback::from(move |_: MouseEvent| if !c.pointer_held() { c.hide_soon() }) }}
                />
            </div>
        </article>
    }
}

/// Shows and hides the tooltip. Every field is the same object for the reader's
/// whole life, so a copy kept by a callback made at the first render acts like
/// one made now.
#[derive(Clone)]
struct TipControl {
    tip: UseStateSetter<Option<Tip>>,
    body: NodeRef,
    hide_timer: Rc<RefCell<Option<Timeout>>>,
    /// Set while hovering is ignored; the timeout clears it.
    pointer_hold: Rc<RefCell<Option<Timeout>>>,
}

impl TipControl {
    fn show(&self, index: usize, pointer_x: Option<f64>) {
        self.cancel_hide();
        if let Some(placement) = place(&self.body, index, pointer_x) {
            self.tip.set(Some(Tip {
                index,
                placement,
                measured: false,
            }));
        }
    }

    fn hide_now(&self) {
        self.cancel_hide();
        self.tip.set(None);
    }

    fn hide_soon(&self) {
        let tip = self.tip.clone();
        *self.hide_timer.borrow_mut() = Some(Timeout::new(HIDE_DELAY_MS, move || tip.set(None)));
    }

    fn cancel_hide(&self) {
        self.hide_timer.borrow_mut().take();
    }

    /// Ignores the pointer for a moment. A jump to a sentence scrolls the page
    /// under a pointer that rests where it clicked (a source in the Sources
    /// view, a profile segment), and the enter and leave events the browser
    /// then sends would replace the focused sentence's tooltip with that of
    /// whatever sentence now lies under it, or hide it.
    fn hold_pointer(&self) {
        let hold = self.pointer_hold.clone();
        let timeout = Timeout::new(POINTER_HOLD_MS, move || {
            hold.borrow_mut().take();
        });
        *self.pointer_hold.borrow_mut() = Some(timeout);
    }

    fn pointer_held(&self) -> bool {
        self.pointer_hold.borrow().is_some()
    }
}

/// The callbacks of every sentence of a reader (see `shown_for` in [`Reader`]).
fn sentence_events(
    control: TipControl,
    current: UseStateSetter<usize>,
    press: Rc<RefCell<Press>>,
    shown_for: Rc<RefCell<Option<usize>>>,
) -> SentenceEvents {
    // Hover is driven by pointer events of a mouse or pen only: a finger's
    // enter/leave (and the compatibility mouse events Chrome sends after a tap,
    // which carry no pointer event) must not open or close the tooltip; taps
    // are handled on click.
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
    let onfocus = {
        let control = control.clone();
        Callback::from(move |index: usize| {
            current.set(index);
            control.show(index, None);
        })
    };
    let onblur = {
        let control = control.clone();
        Callback::from(move |_: usize| control.hide_soon())
    };
    let onpointerdown = {
        let press = press.clone();
        Callback::from(move |(index, e): (usize, PointerEvent)| {
            *press.borrow_mut() = Press {
                touch: e.pointer_type() != "mouse",
                tip_was_open: *shown_for.borrow() == Some(index),
            };
        })
    };
    let onactivate = Callback::from(move |index: usize| {
        let p = press.take();
        // Taps toggle; a mouse click keeps the hover tooltip open.
        if p.touch && p.tip_was_open {
            control.hide_now();
        } else {
            control.show(index, None);
        }
    });
    SentenceEvents {
        onenter,
        onleave,
        onfocus,
        onblur,
        onactivate,
        onpointerdown,
    }
}

/// Whether an event's target is in the tooltip (its link), not a sentence.
fn in_tooltip(target: Option<web_sys::EventTarget>) -> bool {
    target
        .and_then(|t| t.dyn_into::<Element>().ok())
        .and_then(|el| el.closest(".hl-tooltip").ok().flatten())
        .is_some()
}

fn sentence_element(body: &NodeRef, index: usize) -> Option<Element> {
    body.cast::<Element>()?
        .query_selector(&format!(".hl-sentence[data-index=\"{index}\"]"))
        .ok()?
}

/// Places the tooltip under the sentence (or above it near the viewport's
/// bottom), horizontally at the pointer or the sentence's first line, kept
/// inside the reader.
/// The tooltip's placement from its rendered height: below the sentence if it
/// fits in the viewport there, else above if it fits there, else on the roomier side.
fn refine(body: &NodeRef, index: usize, guess: Placement) -> Option<Placement> {
    let h = tooltip_element(body)?.get_bounding_client_rect().height();
    let r = sentence_element(body, index)?.get_bounding_client_rect();
    let (_, viewport_h) = viewport_size();
    let below_fits = r.bottom() + GAP_PX + h <= viewport_h;
    let above_fits = r.top() - GAP_PX - h >= 0.0;
    let above = !below_fits && (above_fits || r.top() > viewport_h - r.bottom());
    let top = if above {
        r.top() - GAP_PX
    } else {
        r.bottom() + GAP_PX
    };
    Some(Placement {
        top,
        above,
        ..guess
    })
}

fn viewport_size() -> (f64, f64) {
    let window = web_sys::window();
    let size = |v: Option<Result<wasm_bindgen::JsValue, wasm_bindgen::JsValue>>, default| {
        v.and_then(Result::ok)
            .and_then(|v| v.as_f64())
            .unwrap_or(default)
    };
    (
        size(window.as_ref().map(|w| w.inner_width()), 1280.0),
        size(window.as_ref().map(|w| w.inner_height()), 800.0),
    )
}

fn tooltip_element(body: &NodeRef) -> Option<HtmlElement> {
    body.cast::<Element>()?
        .query_selector(".hl-tooltip")
        .ok()??
        .dyn_into()
        .ok()
}

fn place(body: &NodeRef, index: usize, pointer_x: Option<f64>) -> Option<Placement> {
    let container = body.cast::<Element>()?.get_bounding_client_rect();
    let el = sentence_element(body, index)?;
    let r = el.get_bounding_client_rect();
    let first_line_left = el.get_client_rects().get(0).map_or(r.left(), |l| l.left());
    let (viewport_w, viewport_h) = viewport_size();
    let width = TOOLTIP_WIDTH_PX.min(viewport_w - 2.0 * EDGE_PX);
    let x = pointer_x.map_or(first_line_left, |x| x - 24.0);
    // Within the reader where it can be, always within the viewport.
    let x = x.clamp(
        container.left(),
        (container.right() - width).max(container.left()),
    );
    let left = x.clamp(EDGE_PX, (viewport_w - width - EDGE_PX).max(EDGE_PX));
    let above = viewport_h - r.bottom() < TOOLTIP_ROOM_PX && r.top() > TOOLTIP_ROOM_PX;
    let top = if above {
        r.top() - GAP_PX
    } else {
        r.bottom() + GAP_PX
    };
    Some(Placement { left, top, above })
}
