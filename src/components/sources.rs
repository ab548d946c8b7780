//! The Sources view: who the text attributes its claims to, named sources
//! first, each with how many of its claims sit at each level. Choosing a
//! source highlights its sentences (the reader owns that state); choosing it
//! again, or Escape, clears the highlight.

use yew::prelude::*;

use super::paragraph::SharedDoc;
use super::tooltip::capitalised;
use crate::view::SourceGroup;

#[derive(Properties, PartialEq)]
pub struct SourcesToggleProps {
    /// How many distinct sources the text has.
    pub count: usize,
    pub open: bool,
    /// The id of the panel it shows and hides.
    pub controls: AttrValue,
    pub ontoggle: Callback<()>,
    pub node: NodeRef,
}

/// The button that shows and hides the Sources view (a disclosure).
#[function_component]
pub fn SourcesToggle(props: &SourcesToggleProps) -> Html {
    let onclick = props.ontoggle.reform(|_: MouseEvent| ());
    html! {
        <button type="button" class="hl-sources-toggle" ref={props.node.clone()}
                aria-expanded={props.open.to_string()} aria-controls={props.controls.clone()} {onclick}>
            { format!("Sources ({})", props.count) }
        </button>
    }
}

#[derive(Properties, PartialEq)]
pub struct SourcesProps {
    pub id: AttrValue,
    pub doc: SharedDoc,
    pub open: bool,
    /// The index (in the doc's `sources`) of the source whose sentences are highlighted.
    pub chosen: Option<usize>,
    pub onchoose: Callback<usize>,
    /// Escape pressed inside the view.
    pub onescape: Callback<()>,
}

#[function_component]
pub fn Sources(props: &SourcesProps) -> Html {
    let onkeydown = {
        let onescape = props.onescape.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                e.prevent_default();
                onescape.emit(());
            }
        })
    };
    // Closed, the view stays in the document (its button's aria-controls points
    // to it) but holds nothing.
    html! {
        <section class="hl-sources" part="sources" id={props.id.clone()} aria-label="Sources"
                 hidden={!props.open} {onkeydown}>
            if props.open {
                <SourceList id={props.id.clone()} doc={props.doc.clone()} chosen={props.chosen} onchoose={props.onchoose.clone()} />
            }
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct SourceListProps {
    id: AttrValue,
    doc: SharedDoc,
    chosen: Option<usize>,
    onchoose: Callback<usize>,
}

/// The sources under their headings; a component of its own so that it only
/// re-renders when the text or the choice changes.
#[function_component]
fn SourceList(props: &SourceListProps) -> Html {
    let groups = &props.doc.0.sources;
    let list = |named: bool| {
        let heading_id = format!("{}-{}", props.id, if named { "named" } else { "unnamed" });
        let items: Vec<Html> = groups
            .iter()
            .enumerate()
            .filter(|(_, g)| g.named == named)
            .map(|(i, g)| choice(i, g, props.chosen == Some(i), &props.onchoose))
            .collect();
        if items.is_empty() {
            return Html::default();
        }
        let title = if named { "Named" } else { "Unnamed" };
        html! {
            <>
                <h3 id={heading_id.clone()}>{ format!("{title} ({})", items.len()) }</h3>
                <ul class="hl-source-list" aria-labelledby={heading_id}>{ for items }</ul>
            </>
        }
    };
    if groups.is_empty() {
        return html! { <p class="hl-sources-intro">{ "This text attributes none of its claims to a source." }</p> };
    }
    html! {
        <>
            <p class="hl-sources-intro">{ "Who the text says its claims come from. Choose a source to highlight its sentences; choose it again or press Esc to clear." }</p>
            { list(true) }
            { list(false) }
        </>
    }
}

/// One source's button: its words, then a glyph and a count per level.
fn choice(index: usize, g: &SourceGroup, pressed: bool, onchoose: &Callback<usize>) -> Html {
    let onclick = onchoose.reform(move |_: MouseEvent| index);
    let n = g.sentences.len();
    let spoken: Vec<String> = g
        .level_counts()
        .map(|(l, n)| format!("{n} {}", l.name()))
        .collect();
    let spoken = if spoken.is_empty() {
        format!(", {n} {}", sentences(n))
    } else {
        format!(", {n} {}: {}", sentences(n), spoken.join(", "))
    };
    html! {
        <li>
            <button type="button" class="hl-source-choice" data-source={index.to_string()}
                    data-named={g.named.to_string()} aria-pressed={pressed.to_string()} {onclick}>
                <span class="hl-source-name">{ g.text.clone() }</span>
                <span class="hl-source-levels">
                    { for g.level_counts().map(|(l, n)| html! {
                        <span class="hl-source-level" data-level={l.number().to_string()}
                              title={format!("{n} {}", capitalised(l.name()))}>
                            <span class="hl-swatch" data-level={l.number().to_string()} aria-hidden="true"></span>
                            <span aria-hidden="true">{ n }</span>
                        </span>
                    }) }
                </span>
                <span class="hl-sr">{ spoken }</span>
            </button>
        </li>
    }
}

fn sentences(n: usize) -> &'static str {
    if n == 1 {
        "sentence"
    } else {
        "sentences"
    }
}
