//! Lookups in the rendered reader, and moving focus: the few places the
//! widget reads the page rather than its own state.

use wasm_bindgen::JsCast;
use web_sys::{Element, EventTarget, HtmlElement};
use yew::NodeRef;

use crate::geometry::Viewport;

/// The element a node ref holds.
pub fn element(node: &NodeRef) -> Option<Element> {
    node.cast::<Element>()
}

/// Sentence `index` of the reader's text `body`.
pub fn sentence_element(body: &NodeRef, index: usize) -> Option<Element> {
    element(body)?
        .query_selector(&format!(".hl-sentence[data-index=\"{index}\"]"))
        .ok()?
}

/// The reader's one tooltip.
pub fn tooltip_element(body: &NodeRef) -> Option<HtmlElement> {
    element(body)?
        .query_selector(".hl-tooltip")
        .ok()??
        .dyn_into()
        .ok()
}

/// Whether an event's target is in the tooltip (its link), not a sentence.
pub fn in_tooltip(target: Option<EventTarget>) -> bool {
    target
        .and_then(|t| t.dyn_into::<Element>().ok())
        .and_then(|el| el.closest(".hl-tooltip").ok().flatten())
        .is_some()
}

/// Focuses the element a node ref holds.
pub fn focus(node: &NodeRef) {
    if let Some(el) = node.cast::<HtmlElement>() {
        let _ = el.focus();
    }
}

/// Focuses `el`, when it is an HTML element.
fn focus_element(el: Option<Element>) {
    if let Some(el) = el.and_then(|e| e.dyn_into::<HtmlElement>().ok()) {
        let _ = el.focus();
    }
}

/// Focuses sentence `index` of the reader's text `body` (which shows its tooltip).
pub fn focus_sentence(body: &NodeRef, index: usize) {
    focus_element(sentence_element(body, index));
}

/// Focuses the first element under `root` that `selector` matches.
pub fn focus_within(root: &NodeRef, selector: &str) {
    focus_element(element(root).and_then(|r| r.query_selector(selector).ok()?));
}

/// The viewport's size (1280 × 800 where the window does not say).
pub fn viewport() -> Viewport {
    let window = web_sys::window();
    let size = |v: Option<Result<wasm_bindgen::JsValue, wasm_bindgen::JsValue>>, default| {
        v.and_then(Result::ok)
            .and_then(|v| v.as_f64())
            .unwrap_or(default)
    };
    Viewport {
        width: size(window.as_ref().map(|w| w.inner_width()), 1280.0),
        height: size(window.as_ref().map(|w| w.inner_height()), 800.0),
    }
}
