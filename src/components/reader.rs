//! The reader: one analysed text with its profile, legend, sentences and
//! tooltip, and its Sources view.
//!
//! Interaction follows the WAI-ARIA tooltip pattern: hover or focus shows the
//! tooltip, Escape or blur hides it. Sentences use a roving tabindex (one tab
//! stop per reader; arrow keys move inside), so a long article is not dozens
//! of Tab presses. A short delay before hiding lets the pointer cross gaps
//! between sentences, and onto the tooltip, without flicker.
//!
//! The interaction state is [`crate::state::ReaderState`], changed through its
//! reducer; the hooks in [`crate::hooks`] own the tooltip, the sentences'
//! callbacks, the keys and the chosen source. This component wires them to
//! the markup.

use std::rc::Rc;
use std::sync::atomic::{AtomicUsize, Ordering};

use hedgelight_core::Level;
use yew::prelude::*;

use super::compare::SharedCompared;
use super::legend::Legend;
use super::paragraph::{BlockOf, Highlight, SentencesProps, Shared, SharedDoc};
use super::profile::Profile;
use super::sentence::SentenceEvents;
use super::sources::{Sources, SourcesToggle};
use super::tooltip::Tooltip;
use crate::claims::AlsoIn;
use crate::dom;
use crate::feed::{Feed, Progress};
use crate::hooks::{
    use_keyboard, use_reader_state, use_sentence_events, use_source_choice, use_tooltip, TipControl,
};
use crate::state::{Action, ReaderState};
use crate::view::DocView;

/// Sentences at or below this level count as low confidence (hedged, unverified, disputed).
pub const LOW_CONFIDENCE: Level = Level::HEDGED;

/// Past this many paragraphs (or when the text is fed in chunks) the body is
/// marked `hl-long`, its blocks of paragraphs are wrapped (`div.hl-block`), and
/// the stylesheet lets the browser skip laying out blocks far from the
/// viewport: a pasted book renders about twice as fast. Articles stay fully
/// laid out, unwrapped, so full-page screenshots and every other way of
/// capturing the page show all of their text.
const LONG_TEXT_PARAGRAPHS: usize = 200;

static NEXT_UID: AtomicUsize = AtomicUsize::new(0);

#[derive(Properties, PartialEq)]
pub struct ReaderProps {
    pub text: AttrValue,
    #[prop_or_default]
    pub title: Option<AttrValue>,
    #[prop_or_default]
    pub date: Option<AttrValue>,
    /// The text's view when the caller has built it (the Compare view's
    /// analysis); else the reader builds it from `text`.
    #[prop_or_default]
    pub doc: Option<SharedDoc>,
    /// A sentence to focus (and so show the tooltip of) when the reader opens
    /// or this changes: one chosen in the Compare view.
    #[prop_or_default]
    pub focus: Option<usize>,
    /// The other texts this one is compared with: a grouped sentence's
    /// tooltip links to its claim in the Compare view.
    #[prop_or_default]
    pub comparison: Option<Comparison>,
    /// The text's report as it comes, for a long text analysed elsewhere
    /// (the element's Web Worker): the reader shows what it has so far.
    #[prop_or_default]
    pub feed: Option<Feed>,
}

/// Where the reader's text stands among the texts it is compared with.
#[derive(Clone, PartialEq)]
pub struct Comparison {
    pub compared: SharedCompared,
    /// Which of the compared texts this reader shows.
    pub story: usize,
    /// Opens the Compare view at the claim of this sentence (by index).
    pub oncompare: Callback<usize>,
}

#[function_component]
pub fn Reader(props: &ReaderProps) -> Html {
    let uid = *use_memo((), |_| NEXT_UID.fetch_add(1, Ordering::Relaxed));
    let (doc, progress) = use_doc(&props.text, props.doc.as_ref(), props.feed.as_ref());
    // A fed text never changes under its reader (a new text mounts a new one), and
    // comparing megabytes at every chunk's render would cost more than the render.
    let state = use_reader_state(match props.feed {
        Some(_) => AttrValue::Static("fed"),
        None => props.text.clone(),
    });
    let body = use_node_ref();
    let sources_toggle = use_node_ref();
    let control = use_tooltip(&state, &body);
    use_focus_on(props.focus, &control, &body);
    let events = use_sentence_events(&control, state.dispatcher(), state.tip.map(|t| t.index));
    let choice = use_source_choice(&doc, &state, &control, &body, &sources_toggle);
    let onkeydown = use_keyboard(&doc, &state, &choice.highlight, &control, &body);
    let onjump = jump_to_level(&doc, &control, &body);
    let ontoggle = state
        .dispatcher()
        .to_callback()
        .reform(|()| Action::ToggleLowOnly);
    let tooltip_id: AttrValue = format!("hl-tip-{uid}").into();
    let sources_id: AttrValue = format!("hl-sources-{uid}").into();
    let shared_doc = SharedDoc(doc.clone());
    let long = progress.is_some() || doc.paragraph_count() > LONG_TEXT_PARAGRAPHS;
    let text = Text {
        long,
        doc: &doc,
        state: &state,
        highlight: (*choice.highlight).clone(),
        tooltip_id: &tooltip_id,
        events: &events,
    };
    html! {
        <article class="hl-article" aria-label={props.title.clone().unwrap_or_else(|| "Analysed text".into())}>
            <Header title={props.title.clone()} date={props.date.clone()} />
            <Profile counts={doc.level_counts()} {onjump} low_only={state.low_only} {ontoggle}>
                // A text still coming in has no sources yet: they are counted at its end.
                if progress.is_none_or(|p| p.done) {
                    <SourcesToggle count={doc.sources.len()} open={state.sources_open} controls={sources_id.clone()}
                                   ontoggle={choice.ontoggle} node={sources_toggle} />
                }
            </Profile>
            <Sources id={sources_id} doc={shared_doc} open={state.sources_open} chosen={state.chosen}
                     onchoose={choice.onchoose} onescape={choice.onescape} />
            <p class="hl-sr" role="status">{ state.announcement.clone() }</p>
            // Above the text, where a first-time reader looks before reading.
            <Legend />
            if let Some(p) = progress { { progress_bar(p) } }
            <div class={classes!("hl-body", long.then_some("hl-long"))}
                 aria-busy={progress.filter(|p| !p.done).map(|_| "true")} ref={body} {onkeydown}>
                if doc.sentences.is_empty() && progress.is_none() {
                    <p class="hl-empty">{ "There is no text to analyse." }</p>
                }
                { text.blocks() }
                { tooltip(&doc, &state, &control, props.comparison.as_ref(), tooltip_id.clone()) }
            </div>
        </article>
    }
}

/// While a long text is being analysed: how far it has come, as a bar and in
/// words ("Analysing… 40%").
fn progress_bar(p: Progress) -> Html {
    if p.done {
        return Html::default();
    }
    let label = format!("Analysing\u{2026} {}%", p.percent);
    html! {
        <div class="hl-progress" part="progress">
            <progress class="hl-progress-bar" max="100" value={p.percent.to_string()} aria-label={label.clone()} />
            <span class="hl-progress-label" aria-hidden="true">{ label }</span>
        </div>
    }
}

/// The text's view: the caller's, else the feed's so far (with how far it
/// has come), else built from the text (again only when the text changes).
#[hook]
fn use_doc(
    text: &AttrValue,
    given: Option<&SharedDoc>,
    feed: Option<&Feed>,
) -> (Rc<DocView>, Option<Progress>) {
    // Only a text the reader analyses itself is a dependency (compared when it
    // renders): a fed one is megabytes, compared at every chunk otherwise.
    let own = use_memo(
        (given.is_none() && feed.is_none()).then(|| text.clone()),
        |t| t.as_ref().map(|t| Rc::new(DocView::build(t))),
    );
    let update = use_force_update();
    {
        let feed = feed.cloned();
        use_effect(move || {
            if let Some(f) = feed {
                f.rendered();
            }
        });
    }
    if let Some(f) = feed {
        // Each chunk the element feeds in renders again.
        f.listen(Callback::from(move |()| update.force_update()));
        return (f.doc(), Some(f.progress()));
    }
    let doc = match (given, &*own) {
        (Some(d), _) => d.0.clone(),
        (None, Some(d)) => d.clone(),
        (None, None) => Rc::default(),
    };
    (doc, None)
}

/// Focuses sentence `focus` when the reader opens or it changes.
#[hook]
fn use_focus_on(focus: Option<usize>, control: &TipControl, body: &NodeRef) {
    let (control, body) = (control.clone(), body.clone());
    use_effect_with(focus, move |focus| {
        if let Some(i) = *focus {
            control.hold_pointer();
            dom::focus_sentence(&body, i);
        }
    });
}

/// A profile segment: focus the first sentence at its level.
fn jump_to_level(doc: &Rc<DocView>, control: &TipControl, body: &NodeRef) -> Callback<Level> {
    let (doc, control, body) = (doc.clone(), control.clone(), body.clone());
    Callback::from(move |level: Level| {
        if let Some(s) = doc.sentences.iter().find(|s| s.level == Some(level)) {
            control.hold_pointer();
            dom::focus_sentence(&body, s.index);
        }
    })
}

#[derive(Properties, PartialEq)]
struct HeaderProps {
    title: Option<AttrValue>,
    date: Option<AttrValue>,
}

/// The text's title and date, when it has them.
#[function_component]
fn Header(props: &HeaderProps) -> Html {
    if props.title.is_none() && props.date.is_none() {
        return Html::default();
    }
    html! {
        <header class="hl-header">
            if let Some(t) = &props.title { <h2 class="hl-title">{ t.clone() }</h2> }
            if let Some(d) = &props.date {
                <time class="hl-date" datetime={d.clone()}>{ crate::dates::human(d) }</time>
            }
        </header>
    }
}

/// What the text's paragraphs are rendered from.
struct Text<'a> {
    /// Blocks in wrappers of their own (see [`LONG_TEXT_PARAGRAPHS`]).
    long: bool,
    doc: &'a Rc<DocView>,
    state: &'a ReaderState,
    highlight: Option<Highlight>,
    tooltip_id: &'a AttrValue,
    events: &'a Rc<SentenceEvents>,
}

impl Text<'_> {
    /// The blocks of paragraphs, each told only of the current and described
    /// sentences it holds, so that the others' props stay equal and they do
    /// not re-render.
    fn blocks(&self) -> Html {
        let current = self
            .state
            .current
            .min(self.doc.sentences.len().saturating_sub(1));
        let all = SentencesProps {
            of: (),
            current: Some(current),
            described: self.state.tip.map(|t| t.index),
            low_only: self.state.low_only,
            highlight: self.highlight.clone(),
            tooltip_id: self.tooltip_id.clone(),
            events: self.events.clone(),
        };
        let block = |(k, b): (usize, &Rc<crate::view::Block>)| {
            let part = all.part(Shared(b.clone()), b.span());
            if self.long {
                html! { <div class="hl-block" key={k}><BlockOf ..part /></div> }
            } else {
                html! { <BlockOf key={k} ..part /> }
            }
        };
        self.doc.blocks.iter().enumerate().map(block).collect()
    }
}

/// The reader's one tooltip, for the sentence `state.tip` describes, with its
/// link to the Compare view when the sentence's claim is in other texts.
fn tooltip(
    doc: &DocView,
    state: &ReaderState,
    control: &TipControl,
    comparison: Option<&Comparison>,
    id: AttrValue,
) -> Html {
    let tip = state.tip;
    let also: Option<AlsoIn> = comparison.and_then(|c| c.compared.0.also_in(c.story, tip?.index));
    let oncompare = {
        let comparison = comparison.cloned();
        Callback::from(move |()| {
            if let (Some(c), Some(t)) = (&comparison, tip) {
                c.oncompare.emit(t.index);
            }
        })
    };
    let events = control.tooltip_events();
    html! {
        <Tooltip
            {id}
            {also}
            {oncompare}
            onfocusin={events.onfocusin}
            onfocusout={events.onfocusout}
            sentence={tip.and_then(|t| doc.sentences.get(t.index).cloned())}
            placement={tip.map(|t| t.placement)}
            onenter={events.onenter}
            onleave={events.onleave}
        />
    }
}
