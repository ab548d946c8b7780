//! How to read the shading: the levels and the cue marks.

use hedgelight_core::{Category, Level};
use yew::prelude::*;

use super::tooltip::capitalised;

#[function_component]
pub fn Legend() -> Html {
    html! {
        <details class="hl-legend" part="legend">
            <summary>{ "How to read the shading" }</summary>
            <div class="hl-legend-body">
                <h3>{ "Sentence shade: how confident the text is" }</h3>
                <ul class="hl-legend-levels">
                    { for Level::all().map(|l| html! {
                        <li>
                            <span class="hl-swatch" data-level={l.number().to_string()} aria-hidden="true"></span>
                            <strong>{ format!("{} · {}", l.number(), capitalised(l.name())) }</strong>
                            { format!(": {}", l.description()) }
                        </li>
                    }) }
                </ul>
                <h3>{ "Marked words: what carries the doubt" }</h3>
                <ul class="hl-legend-cues">
                    { for Category::ALL.into_iter().map(|c| html! {
                        <li>
                            <mark class="hl-cue" data-category={c.as_str()}>{ capitalised(c.label()) }</mark>
                            { format!(": {}", c.description()) }
                        </li>
                    }) }
                </ul>
                <h3>{ "Boxed words: who says so" }</h3>
                <ul class="hl-legend-sources">
                    <li>
                        <span class="hl-source" data-named="true">{ "Named source" }</span>
                        { ": A person or an identifiable body says so (solid box)." }
                    </li>
                    <li>
                        <span class="hl-source" data-named="false">{ "Unnamed source" }</span>
                        { ": Someone the text does not name (\u{201c}two officials\u{201d}, \u{201c}sources\u{201d}), so the claim is hedged (dashed box)." }
                    </li>
                </ul>
                <p class="hl-keys">{ "Keyboard: Tab into the text, ↑ ↓ move between sentences, N / P jump to the next / previous low-confidence sentence (with a source chosen under Sources, to its next / previous sentence), Enter shows why, Esc hides it. When the tooltip says \u{201c}Also in\u{201d} other reports, Tab reaches that link, which opens the claim in the Compare view." }</p>
            </div>
        </details>
    }
}
