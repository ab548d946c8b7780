//! Several articles in one reader: the switcher, the shown article's reader
//! and the Compare view of the claims they share. The corpus reader is this
//! over the five reports; a host's `texts` property gives it other texts.

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

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
}

/// The first article, as a reader of several opens.
const FIRST: Shown = Shown::Article {
    story: 0,
    focus: None,
};

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
    let compared = use_memo(props.stories.clone(), |s| Compared::build(s.0.to_vec()));
    let (shown, show) = use_shown(&compared);
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
    let (view, current) = match shown {
        Shown::Article { focus, .. } => (
            article(&compared, story_now, focus, &show),
            Some(AttrValue::from(stories[story_now].id.clone())),
        ),
        Shown::Compare { from, at } => (compare(&compared, from, at, &show, &focus_tab), None),
    };
    html! {
        <>
            <Switcher tabs={tabs(stories)} {current} {onselect} claims={compared.groups.len()}
                      {onselect_compare} current_node={current_tab} />
            { view }
        </>
    }
}

/// What is shown, with the texts it was chosen among: new texts start again
/// at their first (no effect resets it, which could undo a choice made
/// before the effect ran). A weak pointer, so old texts are not kept; it
/// also keeps their address from being reused by new ones.
#[hook]
fn use_shown(compared: &Rc<Compared>) -> (Shown, Show) {
    let state = use_state(|| (Rc::downgrade(compared), FIRST));
    let shown = if std::ptr::eq(state.0.as_ptr(), Rc::as_ptr(compared)) {
        state.1
    } else {
        FIRST
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

/// A button for each text.
fn tabs(stories: &[Story]) -> Vec<Tab> {
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
/// link to the Compare view.
fn article(compared: &Rc<Compared>, story: usize, focus: Option<usize>, show: &Show) -> Html {
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
            key={s.id.clone()}
            text={AttrValue::from(s.body.clone())}
            title={AttrValue::from(s.title.clone())}
            date={s.date.clone().map(AttrValue::from)}
            doc={SharedDoc(compared.docs[story].clone())}
            {focus}
            {comparison}
        />
    }
}

/// The Compare view, opened from text `from` at sentence `at`.
fn compare(
    compared: &Rc<Compared>,
    from: usize,
    at: Option<ClaimRef>,
    show: &Show,
    focus_tab: &Rc<RefCell<bool>>,
) -> Html {
    let onchoose = {
        let show = show.clone();
        Callback::from(move |at: ClaimRef| {
            show(Shown::Article {
                story: at.story,
                focus: Some(at.sentence),
            })
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
    html! { <CompareView compared={SharedCompared(compared.clone())} {at} {onchoose} {onescape} /> }
}
