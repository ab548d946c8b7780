//! The reader's one tooltip: level, cues with their categories, and why.

use hedgelight_core::Level;
use yew::prelude::*;

use crate::claims::AlsoIn;
use crate::decimal::fixed;
use crate::geometry::Placement;
use crate::view::SentenceView;

#[derive(Properties, PartialEq)]
pub struct TooltipProps {
    pub id: AttrValue,
    pub sentence: Option<std::rc::Rc<SentenceView>>,
    pub placement: Option<Placement>,
    pub onenter: Callback<MouseEvent>,
    pub onleave: Callback<MouseEvent>,
    /// The sentence's claim in other texts (the Compare view), if any.
    #[prop_or_default]
    pub also: Option<AlsoIn>,
    /// Its link: opens the Compare view at that claim.
    #[prop_or_default]
    pub oncompare: Callback<()>,
    /// Focus entering and leaving the tooltip (its link).
    #[prop_or_default]
    pub onfocusin: Callback<FocusEvent>,
    #[prop_or_default]
    pub onfocusout: Callback<FocusEvent>,
}

#[function_component]
pub fn Tooltip(props: &TooltipProps) -> Html {
    let node = use_node_ref();
    // Placed through the CSSOM, not a `style` attribute, which a `style-src`
    // policy without 'unsafe-inline' blocks. The effect runs before the reader's
    // own (children first), so the reader measures the placed tooltip.
    {
        let node = node.clone();
        use_effect_with(props.placement, move |placement| {
            if let (Some(p), Some(el)) = (placement, node.cast::<web_sys::HtmlElement>()) {
                let style = el.style();
                let _ = style.set_property("left", &format!("{}px", fixed(p.left, 0)));
                let _ = style.set_property("top", &format!("{}px", fixed(p.top, 0)));
            }
        });
    }
    let (Some(s), Some(p)) = (&props.sentence, props.placement) else {
        return html! { <div ref={node} class="hl-tooltip" part="tooltip" role="tooltip" popover="manual" id={props.id.clone()} hidden=true></div> };
    };
    let class = classes!("hl-tooltip", p.above.then_some("hl-above"));
    html! {
        <div ref={node} {class} part="tooltip" role="tooltip" popover="manual" id={props.id.clone()}
             data-level={s.level.map(|l| l.number().to_string())}
             onmouseenter={props.onenter.clone()} onmouseleave={props.onleave.clone()}
             onfocusin={props.onfocusin.clone()} onfocusout={props.onfocusout.clone()}>
            <p class="hl-tip-level">
                if let (Some(level), Some(score)) = (s.level, s.score) {
                    <span class="hl-swatch" data-level={level.number().to_string()} aria-hidden="true"></span>
                    <strong>{ capitalised(level.name()) }</strong>
                    <span class="hl-tip-meta">{ format!(" · level {} of {} · score {}", level.number(), Level::COUNT, fixed(score.into(), 2)) }</span>
                } else {
                    <strong>{ "Not a claim" }</strong>
                    <span class="hl-tip-meta">{ format!(" · {}", s.kind.label()) }</span>
                }
            </p>
            if !s.cues.is_empty() {
                <ul class="hl-tip-cues">
                    { for s.cues.iter().map(|c| html! {
                        <li>
                            <mark class="hl-cue" data-category={c.category.as_str()}>{ c.text.clone() }</mark>
                            <span class="hl-tip-cat">{ c.category.label() }</span>
                        </li>
                    }) }
                </ul>
            }
            if let Some(line) = s.source_line() {
                <p class="hl-tip-source" data-named={s.source.as_ref().map(|src| src.named.to_string())}>{ line }</p>
            }
            <p class="hl-tip-why">{ s.explanation.clone() }</p>
            if let Some(also) = props.also {
                <p class="hl-tip-also">
                    <button type="button" class="hl-also-link" data-group={also.group.to_string()}
                            onclick={props.oncompare.reform(|_: MouseEvent| ())}>
                        { format!("Also in: {} other {}", also.others, if also.others == 1 { "report" } else { "reports" }) }
                    </button>
                </p>
            }
        </div>
    }
}

pub fn capitalised(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}
