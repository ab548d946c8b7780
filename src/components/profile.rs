//! The article's confidence profile at a glance: one bar, a segment per level.

use hedgelight_core::Level;
use yew::prelude::*;

use crate::decimal::fixed;

#[derive(Properties, PartialEq)]
pub struct ProfileProps {
    pub counts: Vec<(Level, usize)>,
    /// Jump to the first sentence of a level.
    pub onjump: Callback<Level>,
    pub low_only: bool,
    pub ontoggle: Callback<()>,
    /// More controls for the row, after the filter (the Sources button).
    #[prop_or_default]
    pub children: Html,
}

#[function_component]
pub fn Profile(props: &ProfileProps) -> Html {
    let total: usize = props.counts.iter().map(|(_, n)| n).sum();
    let ontoggle = props.ontoggle.reform(|_: MouseEvent| ());
    let bar = use_node_ref();
    // Each segment's width through the CSSOM (from its data-share), not a `style`
    // attribute, which a `style-src` policy without 'unsafe-inline' blocks.
    {
        let bar = bar.clone();
        use_effect_with(props.counts.clone(), move |_| share_out(&bar));
    }
    html! {
        <div class="hl-profile" part="profile">
            <div class="hl-profile-bar" ref={bar} role="group" aria-label="Confidence profile of this text">
                { for props.counts.iter().filter(|(_, n)| *n > 0).map(|&(level, n)| {
                    let onclick = props.onjump.reform(move |_: MouseEvent| level);
                    let pct = 100.0 * n as f64 / total.max(1) as f64;
                    let label = format!("{n} {} {}", if n == 1 { "sentence" } else { "sentences" }, level.name());
                    html! {
                        <button type="button" class="hl-profile-seg" data-level={level.number().to_string()}
                                data-share={fixed(pct, 2)} title={label.clone()} aria-label={format!("{label}: jump to the first")} {onclick}>
                            <span aria-hidden="true">{ n }</span>
                        </button>
                    }
                }) }
            </div>
            <button type="button" class="hl-filter" aria-pressed={props.low_only.to_string()} onclick={ontoggle}>
                { "Focus on low confidence" }
            </button>
            { props.children.clone() }
        </div>
    }
}

/// Sets `flex-grow` of each segment in `bar` to its `data-share`.
fn share_out(bar: &NodeRef) {
    use wasm_bindgen::JsCast;
    let Some(bar) = bar.cast::<web_sys::Element>() else {
        return;
    };
    let Ok(segments) = bar.query_selector_all(".hl-profile-seg") else {
        return;
    };
    for i in 0..segments.length() {
        let Some(seg) = segments
            .item(i)
            .and_then(|n| n.dyn_into::<web_sys::HtmlElement>().ok())
        else {
            continue;
        };
        if let Some(share) = seg.get_attribute("data-share") {
            let _ = seg.style().set_property("flex-grow", &share);
        }
    }
}
