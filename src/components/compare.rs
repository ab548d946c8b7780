//! The Compare view: the claims that several reports share, one row per
//! claim, its sentences in date order with their report, date, level and
//! cues, so that a reader sees a claim harden or soften over the days.
//! Choosing a sentence opens it in its report (the parent owns that).
//!
//! Like the text, the list has one tab stop (a roving tabindex): ↑ ↓ (or
//! ← →), Home and End move between sentences, Enter or Space opens one,
//! Escape goes back to the article the view was opened from.

use std::rc::Rc;
use std::sync::atomic::{AtomicUsize, Ordering};

use hedgelight_core::Level;
use yew::prelude::*;

use super::sentence::render_piece;
use super::tooltip::capitalised;
use crate::claims::{ClaimGroup, ClaimRef, Compared};
use crate::dom;
use crate::keys::step;

static NEXT_UID: AtomicUsize = AtomicUsize::new(0);

/// The compared texts, compared by identity: built once per set of texts.
#[derive(Clone)]
pub struct SharedCompared(pub Rc<Compared>);

impl PartialEq for SharedCompared {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

#[derive(Properties, PartialEq)]
pub struct CompareViewProps {
    pub compared: SharedCompared,
    /// The sentence to start at (a tooltip's "Also in" link was followed from it).
    #[prop_or_default]
    pub at: Option<ClaimRef>,
    pub onchoose: Callback<ClaimRef>,
    /// Escape pressed in the view.
    pub onescape: Callback<()>,
    /// The reader's own text, in a group: the view's name says it, so that
    /// the views of several readers on a page have different names.
    #[prop_or_default]
    pub home: Option<AttrValue>,
}

#[function_component]
pub fn CompareView(props: &CompareViewProps) -> Html {
    let uid = *use_memo((), |_| NEXT_UID.fetch_add(1, Ordering::Relaxed));
    let compared = &props.compared.0;
    // Every sentence of every group, in the order shown: what the keys walk.
    let order = use_memo(props.compared.clone(), |c| {
        c.0.groups
            .iter()
            .flat_map(|g| g.members.iter().copied())
            .collect::<Vec<ClaimRef>>()
    });
    let start = props
        .at
        .and_then(|at| order.iter().position(|&m| m == at))
        .unwrap_or(0);
    let current = use_state(|| start);
    let list = use_node_ref();
    // Opened from a tooltip's link: focus moves to that sentence in its row.
    {
        let list = list.clone();
        use_effect_with(props.at, move |at| {
            if at.is_some() {
                focus_choice(&list, start);
            }
        });
    }
    let onkeydown = list_keys(order.len(), &current, &list, &props.onescape);
    let title_id = format!("hl-compare-{uid}");
    let rows = rows(compared, uid, &current, props.at, &props.onchoose);
    html! {
        <section class="hl-compare" part="compare" aria-labelledby={title_id.clone()} {onkeydown}>
            <header class="hl-header">
                <h2 class="hl-compare-title" id={title_id}>
                    { "Compare the reports" }
                    if let Some(home) = &props.home {
                        <span class="hl-sr">{ format!(" (from \u{201c}{home}\u{201d})") }</span>
                    }
                </h2>
            </header>
            <p class="hl-compare-intro">{ intro(compared) }</p>
            if !rows.is_empty() {
                <ol class="hl-claims" ref={list}>{ for rows }</ol>
            }
        </section>
    }
}

/// Focuses the sentence at `pos` (in the order shown) of the view's `list`.
fn focus_choice(list: &NodeRef, pos: usize) {
    dom::focus_within(list, &format!(".hl-compare-choice[data-pos=\"{pos}\"]"));
}

/// The list's keys: arrows, Home and End move among its `n` sentences
/// ([`step`]); Escape goes back.
fn list_keys(
    n: usize,
    current: &UseStateHandle<usize>,
    list: &NodeRef,
    onescape: &Callback<()>,
) -> Callback<KeyboardEvent> {
    let (current, list, onescape) = (current.clone(), list.clone(), onescape.clone());
    Callback::from(move |e: KeyboardEvent| {
        let key = e.key();
        if e.ctrl_key() || e.meta_key() || e.alt_key() || e.shift_key() {
            return;
        }
        if key == "Escape" {
            e.prevent_default();
            // The article it returns to may focus a sentence and show its
            // tooltip before this event is done: the reader's own Escape
            // listener must not get it and hide the tooltip again.
            e.stop_propagation();
            onescape.emit(());
            return;
        }
        if n == 0 {
            return;
        }
        if let Some(target) = step(&key, (*current).min(n - 1), n) {
            e.prevent_default();
            focus_choice(&list, target);
        }
    })
}

/// What the view says above its rows.
fn intro(compared: &Compared) -> String {
    if compared.stories.len() < 2 {
        "Give two texts or more to compare the claims they share.".to_string()
    } else if compared.groups.is_empty() {
        "No claim is told by more than one of these texts.".to_string()
    } else {
        format!(
            "{}: each row is one claim, its sentences in date order with their report, date, level and cues. Choose a sentence to read it in its report. \u{2191} \u{2193} move between sentences, Esc goes back.",
            match compared.groups.len() {
                1 => "1 claim is told by more than one report".to_string(),
                n => format!("{n} claims are told by more than one report"),
            }
        )
    }
}

/// A row for each claim.
fn rows(
    compared: &Compared,
    uid: usize,
    current: &UseStateHandle<usize>,
    at: Option<ClaimRef>,
    onchoose: &Callback<ClaimRef>,
) -> Vec<Html> {
    let mut pos = 0;
    compared
        .groups
        .iter()
        .enumerate()
        .map(|(k, g)| {
            let first = pos;
            pos += g.members.len();
            row(
                Row {
                    uid,
                    index: k,
                    group: g,
                    groups: compared.groups.len(),
                    first,
                    current: **current,
                    at,
                },
                compared,
                onchoose,
                current,
            )
        })
        .collect()
}

struct Row<'a> {
    uid: usize,
    /// Which group.
    index: usize,
    group: &'a ClaimGroup,
    /// How many groups the view shows.
    groups: usize,
    /// The position of its first sentence among all the view's sentences.
    first: usize,
    /// The position in the tab order.
    current: usize,
    at: Option<ClaimRef>,
}

/// One claim: its label and how many reports tell it, the levels in date
/// order at a glance, then its sentences.
fn row(
    r: Row,
    compared: &Compared,
    onchoose: &Callback<ClaimRef>,
    current: &UseStateHandle<usize>,
) -> Html {
    let heading_id = format!("hl-compare-{}-{}", r.uid, r.index);
    let levels: Vec<Level> = r
        .group
        .members
        .iter()
        .filter_map(|&m| compared.sentence(m)?.level)
        .collect();
    let trend: Vec<&str> = levels.iter().map(|l| l.name()).collect();
    let target = r.at.is_some_and(|at| r.group.members.contains(&at));
    html! {
        <li class={classes!("hl-claim", target.then_some("hl-target"))} data-group={r.index.to_string()}>
            <h3 class="hl-claim-label" id={heading_id.clone()}>
                <span class="hl-sr">{ format!("Claim {} of {}: ", r.index + 1, r.groups) }</span>
                <span class="hl-claim-text">{ &r.group.label }</span>
                <span class="hl-claim-count">{ format!(" \u{2014} told by {} reports", r.group.stories) }</span>
            </h3>
            <p class="hl-claim-trend">
                <span class="hl-sr">{ format!("Levels in date order: {}.", trend.join(", ")) }</span>
                { for levels.iter().map(|l| html! {
                    <span class="hl-swatch" data-level={l.number().to_string()} aria-hidden="true"
                          title={capitalised(l.name())}></span>
                }) }
            </p>
            <ol class="hl-claim-sentences" aria-labelledby={heading_id}>
                { for r.group.members.iter().enumerate().map(|(i, &m)| {
                    choice(compared, m, r.first + i, r.current == r.first + i, onchoose, current)
                }) }
            </ol>
        </li>
    }
}

/// One sentence of a claim: a button that opens it in its report.
fn choice(
    compared: &Compared,
    at: ClaimRef,
    pos: usize,
    tab_stop: bool,
    onchoose: &Callback<ClaimRef>,
    current: &UseStateHandle<usize>,
) -> Html {
    let (Some(story), Some(s)) = (compared.stories.get(at.story), compared.sentence(at)) else {
        return Html::default();
    };
    let onclick = onchoose.reform(move |_: MouseEvent| at);
    let onfocus = {
        let current = current.clone();
        Callback::from(move |_: FocusEvent| current.set(pos))
    };
    let level = s.level.map(|l| l.number().to_string());
    html! {
        <li>
            <button type="button" class="hl-compare-choice" data-pos={pos.to_string()}
                    data-article={story.id.clone()} data-index={at.sentence.to_string()}
                    data-level={level.clone()} tabindex={if tab_stop { "0" } else { "-1" }}
                    {onclick} {onfocus}>
                <span class="hl-compare-meta">
                    if let Some(l) = s.level {
                        <span class="hl-swatch" data-level={l.number().to_string()} aria-hidden="true"></span>
                        <strong class="hl-compare-level" aria-hidden="true">{ capitalised(l.name()) }</strong>
                    }
                    <span class="hl-compare-report">{ story.short_title.clone() }</span>
                    if let Some(d) = &story.date {
                        <time class="hl-compare-date" datetime={d.clone()}>{ crate::dates::human(d) }</time>
                    } else {
                        <span class="hl-compare-date">{ "no date" }</span>
                    }
                </span>
                <span class="hl-compare-text" data-level={level}>
                    { for s.pieces.iter().map(render_piece) }
                </span>
                if !s.cues.is_empty() {
                    <span class="hl-compare-cues" aria-hidden="true">
                        { for s.cues.iter().map(|c| html! {
                            <span class="hl-compare-cue">
                                <mark class="hl-cue" data-category={c.category.as_str()}>{ c.text.clone() }</mark>
                                <span class="hl-tip-cat">{ c.category.label() }</span>
                            </span>
                        }) }
                    </span>
                }
                <span class="hl-sr">{ format!(" ({})", s.spoken_summary()) }</span>
            </button>
        </li>
    }
}
