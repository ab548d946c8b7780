//! The widget's top level: the corpus reader with its switcher, one corpus
//! article, or the host page's own text.

use serde::Deserialize;
use yew::prelude::*;

use std::rc::Rc;

use super::reader::Reader;
use super::stories::{SharedStories, Stories};
use crate::claims::{iso_date, Story};
use crate::corpus;
use crate::feed::Feed;

/// How the host configured the widget (attributes of `<hedge-reader>`).
#[derive(Properties, PartialEq, Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AppProps {
    /// One corpus article by id ("000").
    #[serde(default)]
    #[prop_or_default]
    pub article: Option<String>,
    /// Text to analyse instead of the corpus.
    #[serde(default)]
    #[prop_or_default]
    pub text: Option<String>,
    #[serde(default)]
    #[prop_or_default]
    pub title: Option<String>,
    /// Several texts to read and compare (the element's `texts` property).
    #[serde(default)]
    #[prop_or_default]
    pub texts: Option<Vec<HostText>>,
    /// The texts of the readers on the page that share this one's `group`
    /// attribute, this one's among them: it shows its own and compares them.
    #[serde(default)]
    #[prop_or_default]
    pub group: Option<Group>,
    /// `YYYY-MM-DD`, shown under the title (the `date` attribute); anything
    /// else is ignored.
    #[serde(default)]
    #[prop_or_default]
    pub date: Option<String>,
    /// A sentence of its own text to open and focus (`Mounted::reveal`: one
    /// chosen in another reader's Compare view), not from the host.
    #[serde(skip)]
    #[prop_or_default]
    pub reveal: Option<Reveal>,
    /// "light", "dark" or "auto" (follows prefers-color-scheme).
    #[serde(default)]
    #[prop_or_default]
    pub theme: Option<String>,
    /// `text` is long: its report comes from the element a chunk at a time
    /// (`feed`), analysed off the page's thread. Set by [`crate::mount_stream`].
    #[serde(skip)]
    #[prop_or_default]
    pub stream: bool,
    #[serde(skip)]
    #[prop_or_default]
    pub feed: Option<Feed>,
}

/// The readers of a page that share a `group` attribute: their texts, in
/// page order, and which of them this reader shows.
#[derive(PartialEq, Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Group {
    pub texts: Vec<HostText>,
    pub home: usize,
}

/// A request to open a sentence of the reader's own text; a new `seq`
/// repeats it.
#[derive(PartialEq, Clone, Copy, Debug, Default)]
pub struct Reveal {
    pub sentence: usize,
    pub seq: u32,
}

/// One of the host's texts (`texts` on the element).
#[derive(PartialEq, Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HostText {
    #[serde(default)]
    pub title: Option<String>,
    /// `YYYY-MM-DD`.
    #[serde(default)]
    pub date: Option<String>,
    pub text: String,
}

const TITLE_WORDS: usize = 8;
/// The widget's stylesheet. `hedge-reader.js` adopts it into the shadow root as a
/// constructable stylesheet (no `<style>` element, so a `style-src 'self'` policy holds).
pub const STYLE: &str = include_str!("../../static/hedgelight.css");

#[function_component]
pub fn App(props: &AppProps) -> Html {
    let prefers_dark = use_prefers_dark();
    let theme = match props.theme.as_deref() {
        Some("light") => "light",
        Some("dark") => "dark",
        _ if prefers_dark => "dark",
        _ => "light",
    };
    html! {
        <div class="hl-root" data-theme={theme}>
            { content(props) }
        </div>
    }
}

/// Whether the reader's system asks for a dark scheme, kept up to date when it changes.
#[hook]
fn use_prefers_dark() -> bool {
    let query = use_memo((), |_| {
        gloo::utils::window()
            .match_media("(prefers-color-scheme: dark)")
            .ok()
            .flatten()
    });
    let dark = use_state(|| query.as_ref().as_ref().is_some_and(|q| q.matches()));
    {
        let dark = dark.clone();
        use_effect_with(query, move |query| {
            let listener = query.as_ref().as_ref().map(|q| {
                let q2 = q.clone();
                gloo::events::EventListener::new(q, "change", move |_| dark.set(q2.matches()))
            });
            move || drop(listener)
        });
    }
    *dark
}

fn content(props: &AppProps) -> Html {
    if let Some(texts) = &props.texts {
        return html! { <Stories stories={SharedStories(Rc::new(host_stories(texts)))} /> };
    }
    if let Some(g) = props.group.as_ref().filter(|g| g.home < g.texts.len()) {
        let stories = SharedStories(Rc::new(host_stories(&g.texts)));
        return html! { <Stories {stories} home={Some(g.home)} reveal={props.reveal} /> };
    }
    if let Some(text) = &props.text {
        let title = props.title.clone().map(AttrValue::from);
        let date = props
            .date
            .as_deref()
            .and_then(iso_date)
            .map(AttrValue::from);
        let feed = props.feed.clone();
        return html! { <Reader text={AttrValue::from(text.clone())} {title} {date} {feed} /> };
    }
    match &props.article {
        Some(id) => match corpus::article(id) {
            Some(a) => html! {
                <Reader text={a.body} title={AttrValue::from(corpus::title_of(a.body, TITLE_WORDS))} date={a.date.map(AttrValue::from)} />
            },
            None => {
                let ids: Vec<_> = corpus::articles().iter().map(|a| a.id).collect();
                html! {
                    <p class="hl-error" role="alert">
                        { format!("No article \u{201c}{id}\u{201d} in the corpus; choose one of {}.", ids.join(", ")) }
                    </p>
                }
            }
        },
        None => html! { <Stories stories={SharedStories::corpus()} /> },
    }
}

/// The corpus articles as the stories of the corpus reader.
pub fn corpus_stories() -> Vec<Story> {
    corpus::articles()
        .into_iter()
        .map(|a| Story {
            id: a.id.into(),
            title: corpus::title_of(a.body, TITLE_WORDS),
            short_title: corpus::title_of(a.body, 5),
            date: a.date.map(String::from),
            body: a.body.into(),
        })
        .collect()
}

/// The host's texts as stories: untitled ones are named by their first words,
/// and a date that is not `YYYY-MM-DD` is dropped.
pub fn host_stories(texts: &[HostText]) -> Vec<Story> {
    texts
        .iter()
        .enumerate()
        .map(|(i, t)| {
            let given = t.title.as_deref().map(str::trim).filter(|s| !s.is_empty());
            Story {
                id: i.to_string(),
                title: given.map_or_else(|| corpus::title_of(&t.text, TITLE_WORDS), String::from),
                short_title: given.map_or_else(|| corpus::title_of(&t.text, 5), String::from),
                date: t.date.as_deref().and_then(iso_date).map(String::from),
                body: t.text.as_str().into(),
            }
        })
        .collect()
}
