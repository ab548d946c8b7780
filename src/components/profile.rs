//! The article's confidence profile at a glance: one bar, a segment per level.

use hedgelight_core::Level;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ProfileProps {
    pub counts: Vec<(Level, usize)>,
    /// Jump to the first sentence of a level.
    pub onjump: Callback<Level>,
    pub low_only: bool,
    pub ontoggle: Callback<()>,
}

#[function_component]
pub fn Profile(props: &ProfileProps) -> Html {
    let total: usize = props.counts.iter().map(|(_, n)| n).sum();
    let ontoggle = props.ontoggle.reform(|_: MouseEvent| ());
    html! {
        <div class="hl-profile" part="profile">
            <div class="hl-profile-bar" role="group" aria-label="Confidence profile of this text">
                { for props.counts.iter().filter(|(_, n)| *n > 0).map(|&(level, n)| {
                    let onclick = props.onjump.reform(move |_: MouseEvent| level);
                    let pct = 100.0 * n as f64 / total.max(1) as f64;
                    let label = format!("{n} {} {}", if n == 1 { "sentence" } else { "sentences" }, level.name());
                    html! {
                        <button type="button" class="hl-profile-seg" data-level={level.number().to_string()}
                                style={format!("flex-grow:{pct:.2}")} title={label.clone()} aria-label={format!("{label}: jump to the first")} {onclick}>
                            <span aria-hidden="true">{ n }</span>
                        </button>
                    }
                }) }
            </div>
            <button type="button" class="hl-filter" aria-pressed={props.low_only.to_string()} onclick={ontoggle}>
                { "Focus on low confidence" }
            </button>
        </div>
    }
}
