//! The article switcher of the corpus reader.

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
    pub current: AttrValue,
    pub onselect: Callback<AttrValue>,
}

#[function_component]
pub fn Switcher(props: &SwitcherProps) -> Html {
    html! {
        <nav class="hl-articles" aria-label="Articles">
            { for props.tabs.iter().map(|t| {
                let id = t.id.clone();
                let onclick = props.onselect.reform(move |_: MouseEvent| id.clone());
                let pressed = t.id == props.current;
                html! {
                    <button type="button" class="hl-article-tab" data-article={t.id.clone()}
                            aria-pressed={pressed.to_string()} {onclick}>
                        <span class="hl-tab-title">{ t.title.clone() }</span>
                        if let Some(d) = &t.date { <span class="hl-tab-date">{ d.clone() }</span> }
                    </button>
                }
            }) }
        </nav>
    }
}
