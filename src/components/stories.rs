//! Several articles in one reader: the switcher, the shown article's reader
//! and the Compare view of the claims they share. The corpus reader is this
//! over the five reports; a host's `texts` property gives it other texts.
//!
//! A reader of a group (readers of a page sharing a `group` attribute) is
//! this over the group's texts with a `home`: its switcher has only its own
//! text and the Compare button, and a sentence of another text chosen in
//! its Compare view is opened by that text's own reader (the element does
//! it, through [`crate::Mounted::reveal`]), not here.

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use super::app::Reveal;
use super::compare::{CompareView, SharedCompared};
use super::paragraph::SharedDoc;
use super::reader::{Comparison, Reader};
use super::switcher::{Switcher, Tab};
use crate::claims::{ClaimRef, Compared, Story};
use crate::dom;

/// The articles, compared by content (a host setting the same texts again
/// changes nothing).
#[derive(Clone, PartialEq)]
pub struct SharedStories(pub Rc<Vec<Story>>);

impl SharedStories {
    pub fn corpus() -> SharedStories {
        SharedStories(Rc::new(super::app::corpus_stories()))
    }
}

#[derive(Properties, PartialEq)]
pub struct StoriesProps {
    pub stories: SharedStories,
    /// The story this reader owns, in a group; `None`: it shows them all.
    #[prop_or_default]
    pub home: Option<usize>,
    /// A sentence of the home story to open and focus.
    #[prop_or_default]
    pub reveal: Option<Reveal>,
}

/// The article a reader opens at: its own, else the first.
fn first(home: Option<usize>) -> Shown {
    Shown::Article {
        story: home.unwrap_or(0),
        focus: None,
    }
}

/// What the reader shows.
#[derive(Clone, Copy, PartialEq, Debug)]
enum Shown {
    /// A story, with the sentence to focus when it opens (one chosen in the
    /// Compare view).
    Article { story: usize, focus: Option<usize> },
    /// The Compare view, opened from story `from` (Escape returns there),
    /// at the sentence whose tooltip link opened it.
    Compare { from: usize, at: Option<ClaimRef> },
}

/// Shows what is chosen, among the texts it was chosen among.
type Show = Rc<dyn Fn(Shown)>;

#[function_component]
pub fn Stories(props: &StoriesProps) -> Html {
    let compared = (*use_memo(props.stories.clone(), |s| Compared::shared(s.0.to_vec()))).clone();
    let (shown, show) = use_shown(&compared, props.home);
    use_reveal(props.reveal, props.home, &show);
    let current_tab = use_node_ref();
    // Set when Escape leaves the Compare view for an article's button: focused
    // once that button is rendered.
    let focus_tab = use_mut_ref(|| false);
    use_focus_after_render(&focus_tab, &current_tab);
    let stories = &compared.stories;
    if stories.is_empty() {
        return html! { <p class="hl-empty">{ "There are no texts to show." }</p> };
    }
    let story_now = match shown {
        Shown::Article { story, .. } | Shown::Compare { from: story, .. } => {
            story.min(stories.len() - 1)
        }
    };
    let onselect = {
        let (show, compared) = (show.clone(), compared.clone());
        Callback::from(move |id: AttrValue| {
            if let Some(story) = compared.stories.iter().position(|s| *s.id == *id) {
                show(Shown::Article { story, focus: None });
            }
        })
    };
    let onselect_compare = {
        let show = show.clone();
        Callback::from(move |()| {
            if let Shown::Article { story, .. } = shown {
                show(Shown::Compare {
                    from: story,
                    at: None,
                });
            }
        })
    };
    let seq = props.reveal.map_or(0, |r| r.seq);
    let (view, current) = match shown {
        Shown::Article { focus, .. } => (
            article(&compared, story_now, focus, seq, &show),
            Some(AttrValue::from(stories[story_now].id.clone())),
        ),
        Shown::Compare { from, at } => {
            let view = compare(&compared, (from, at), props.home, &show, &focus_tab);
            (view, None)
        }
    };
    let (tabs, label) = tabs(stories, props.home);
    html! {
        <>
            <Switcher {tabs} {current} {onselect} claims={compared.groups.len()}
                      {onselect_compare} current_node={current_tab} {label} />
            { view }
        </>
    }
}

/// Opens the home story at the sentence `reveal` asks for, each time it asks.
#[hook]
fn use_reveal(reveal: Option<Reveal>, home: Option<usize>, show: &Show) {
    let show = show.clone();
    use_effect_with(reveal, move |reveal| {
        if let (Some(r), Some(story)) = (reveal, home) {
            show(Shown::Article {
                story,
                focus: Some(r.sentence),
            });
        }
    });
}

/// What is shown, with the texts it was chosen among: new texts start again
/// at their first (no effect resets it, which could undo a choice made
/// before the effect ran). A weak pointer, so old texts are not kept; it
/// also keeps their address from being reused by new ones.
#[hook]
fn use_shown(compared: &Rc<Compared>, home: Option<usize>) -> (Shown, Show) {
    let state = use_state(|| (Rc::downgrade(compared), first(home)));
    let shown = if std::ptr::eq(state.0.as_ptr(), Rc::as_ptr(compared)) {
        state.1
    } else {
        first(home)
    };
    let weak = Rc::downgrade(compared);
    (shown, Rc::new(move |s: Shown| state.set((weak.clone(), s))))
}

/// Focuses `node` after the render that follows `pending` being set.
#[hook]
fn use_focus_after_render(pending: &Rc<RefCell<bool>>, node: &NodeRef) {
    let (pending, node) = (pending.clone(), node.clone());
    use_effect(move || {
        if std::mem::take(&mut *pending.borrow_mut()) {
            dom::focus(&node);
        }
    });
}

/// The switcher's buttons, and its name: a button for each text, or, in a
/// group, for the reader's own text only (named after it, as a page may
/// have several).
fn tabs(stories: &[Story], home: Option<usize>) -> (Vec<Tab>, AttrValue) {
    match home {
        Some(h) => (
            buttons(&stories[h..=h]),
            format!("{}: the report, or its comparison", stories[h].short_title).into(),
        ),
        None => (buttons(stories), AttrValue::Static("Articles")),
    }
}

/// A button for each text.
fn buttons(stories: &[Story]) -> Vec<Tab> {
    stories
        .iter()
        .map(|s| Tab {
            id: s.id.clone().into(),
            title: s.short_title.clone().into(),
            date: s.date.as_deref().map(|d| crate::dates::human(d).into()),
        })
        .collect()
}

/// The reader of text `story`, focused at sentence `focus`; its tooltips
/// link to the Compare view. A new `reveal` (see [`Reveal`]) makes it anew,
/// so that it focuses its sentence again.
fn article(
    compared: &Rc<Compared>,
    story: usize,
    focus: Option<usize>,
    reveal: u32,
    show: &Show,
) -> Html {
    let s = &compared.stories[story];
    let oncompare = {
        let show = show.clone();
        Callback::from(move |sentence: usize| {
            show(Shown::Compare {
                from: story,
                at: Some(ClaimRef { story, sentence }),
            })
        })
    };
    let comparison = Comparison {
        compared: SharedCompared(compared.clone()),
        story,
        oncompare,
    };
    html! {
        <Reader
            key={format!("{}#{reveal}", s.id)}
            text={AttrValue::from(s.body.clone())}
            title={AttrValue::from(s.title.clone())}
            date={s.date.clone().map(AttrValue::from)}
            doc={SharedDoc(compared.docs[story].clone())}
            {focus}
            {comparison}
        />
    }
}

/// The Compare view, opened from text `from` at sentence `at`. In a group, a
/// sentence of another text is opened by that text's reader, so choosing it
/// changes nothing here.
fn compare(
    compared: &Rc<Compared>,
    (from, at): (usize, Option<ClaimRef>),
    home: Option<usize>,
    show: &Show,
    focus_tab: &Rc<RefCell<bool>>,
) -> Html {
    let onchoose = {
        let show = show.clone();
        Callback::from(move |at: ClaimRef| {
            if home.is_none_or(|h| h == at.story) {
                show(Shown::Article {
                    story: at.story,
                    focus: Some(at.sentence),
                })
            }
        })
    };
    // Back to the article it was opened from: at the sentence whose
    // link opened it, else on that article's button.
    let onescape = {
        let (show, focus_tab) = (show.clone(), focus_tab.clone());
        Callback::from(move |()| {
            let focus = at.filter(|a| a.story == from).map(|a| a.sentence);
            *focus_tab.borrow_mut() = focus.is_none();
            show(Shown::Article { story: from, focus });
        })
    };
    let home = home.map(|h| AttrValue::from(compared.stories[h].short_title.clone()));
    html! { <CompareView compared={SharedCompared(compared.clone())} {at} {onchoose} {onescape} {home} /> }
}
