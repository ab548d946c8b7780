//! The article switcher of the corpus reader (and of a host's `texts`), with
//! the button of the Compare view after the articles.

use yew::prelude::*;

#[derive(Clone, PartialEq)]
pub struct Tab {
    pub id: AttrValue,
    pub title: AttrValue,
    pub date: Option<AttrValue>,
}

#[derive(Properties, PartialEq)]
pub struct SwitcherProps {
    pub tabs: Vec<Tab>,
    /// The shown article's id; `None` while the Compare view is shown.
    pub current: Option<AttrValue>,
    pub onselect: Callback<AttrValue>,
    /// How many claims the articles share, for the Compare button.
    pub claims: usize,
    pub onselect_compare: Callback<()>,
    /// The article's button that Escape in the Compare view returns focus to.
    #[prop_or_default]
    pub current_node: NodeRef,
    /// The landmark's name: unique on a page where several readers have one.
    #[prop_or(AttrValue::Static("Articles"))]
    pub label: AttrValue,
}

#[function_component]
pub fn Switcher(props: &SwitcherProps) -> Html {
    let comparing = props.current.is_none();
    let onclick = props.onselect_compare.reform(|_: MouseEvent| ());
    html! {
        <nav class="hl-articles" aria-label={props.label.clone()}>
            { for props.tabs.iter().map(|t| {
                let id = t.id.clone();
                let onclick = props.onselect.reform(move |_: MouseEvent| id.clone());
                let pressed = props.current.as_ref() == Some(&t.id);
                let node = if pressed { props.current_node.clone() } else { NodeRef::default() };
                html! {
                    <button type="button" class="hl-article-tab" data-article={t.id.clone()} ref={node}
                            aria-pressed={pressed.to_string()} {onclick}>
                        <span class="hl-tab-title">{ t.title.clone() }</span>
                        if let Some(d) = &t.date { <span class="hl-tab-date">{ d.clone() }</span> }
                    </button>
                }
            }) }
            <button type="button" class="hl-compare-tab" aria-pressed={comparing.to_string()} {onclick}>
                <span class="hl-tab-title">{ "Compare" }</span>
                <span class="hl-tab-note">{ claims(props.claims) }</span>
            </button>
        </nav>
    }
}

pub fn claims(n: usize) -> String {
    match n {
        0 => "no shared claims".into(),
        1 => "1 shared claim".into(),
        n => format!("{n} shared claims"),
    }
}
