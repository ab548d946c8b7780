//! Hedgelight's reader widget (Yew, client-side rendering, WebAssembly).
//!
//! The analysis is `hedgelight_core`; this crate only renders it. The entry
//! points are for `static/hedge-reader.js`, which defines the
//! `<hedge-reader>` custom element: [`mount`] renders a reader in the
//! element's shadow root (in a host element reused from an earlier reader
//! where it can: [`host`]), [`analyze_json`] runs the same analysis
//! as `hedgelight analyze` and returns its JSON, [`compare_json`] groups the
//! claims several texts share as `hedgelight compare` does. A long text's
//! reader is mounted with [`mount_stream`] and fed its report a chunk at a
//! time ([`feed`]), from the element's Web Worker or, without one,
//! [`stream::AnalysisStream`] on the page's thread.

pub mod claims;
pub mod compare_report;
pub mod components;
pub mod corpus;
pub mod dates;
pub mod decimal;
pub mod dom;
pub mod feed;
pub mod geometry;
pub mod hooks;
pub mod host;
pub mod keys;
pub mod state;
pub mod stream;
pub mod view;

use wasm_bindgen::prelude::*;
use web_sys::Node;

pub use components::app::{App, AppProps, Group, HostText, Reveal};

/// A mounted reader; `unmount()` removes it (and gives its host element
/// back to the page-wide pool: [`host`]).
#[wasm_bindgen]
pub struct Mounted {
    hosted: Option<host::Hosted>,
    /// What it was mounted with, for [`Mounted::reveal`].
    props: AppProps,
    /// What [`mount_stream`] feeds it.
    feed: Option<feed::Feed>,
}

#[wasm_bindgen]
impl Mounted {
    pub fn unmount(&mut self) {
        if let Some(h) = self.hosted.take() {
            h.release();
        }
        // The text stays with this object until JavaScript frees it: drop it now.
        self.props = AppProps::default();
        self.feed = None;
    }

    /// The next chunk of a streamed text's report (the JSON of a
    /// `ChunkReport`, in order): how many sentences the reader shows now.
    pub fn feed_chunk(&self, json: &str) -> Result<usize, JsError> {
        self.fed()?.chunk(json).map_err(|e| JsError::new(&e))
    }

    /// How far the analysis of a streamed text has come.
    pub fn feed_analysed(&self, analysed: usize, total: usize) -> Result<(), JsError> {
        self.fed()?.analysed(analysed, total);
        Ok(())
    }

    /// When the reader last finished rendering what it was fed
    /// (`performance.now()`; 0 before its first render).
    pub fn feed_rendered_at(&self) -> Result<f64, JsError> {
        Ok(self.fed()?.rendered_at())
    }

    /// Every chunk of a streamed text is in.
    pub fn feed_done(&self) -> Result<(), JsError> {
        self.fed()?.finish();
        Ok(())
    }

    /// Its host, still showing it, for the reader that replaces it.
    fn into_hosted(mut self) -> Option<host::Hosted> {
        self.hosted.take()
    }

    fn fed(&self) -> Result<&feed::Feed, JsError> {
        self.feed
            .as_ref()
            .ok_or_else(|| JsError::new("this reader was not mounted by mount_stream"))
    }

    /// Opens sentence `index` of the reader's own text and focuses it (its
    /// tooltip shows): a reader of a group, when another reader's Compare
    /// view chose one of its sentences.
    pub fn reveal(&mut self, index: usize) {
        let seq = self.props.reveal.map_or(1, |r| r.seq.wrapping_add(1));
        self.props.reveal = Some(Reveal {
            sentence: index,
            seq,
        });
        if let Some(h) = &mut self.hosted {
            h.update(self.props.clone());
        }
    }
}

/// Renders a reader in an element appended to `root` (an element or a
/// shadow root; nothing in it is removed). `options` is JSON:
/// `{"article": "000"} | {"text": "...", "title": "...", "date": "..."} |
/// {"texts": [...]} | {"group": {"texts": [...], "home": 0}} | {}` plus
/// `"theme"`. `previous`: the reader this one replaces (the same element
/// rendering anew), whose element it takes over ([`host`]); it is consumed.
#[wasm_bindgen]
pub fn mount(root: &Node, options: &str, previous: Option<Mounted>) -> Result<Mounted, JsError> {
    let previous = previous.and_then(Mounted::into_hosted);
    match parse_options(options) {
        Ok(props) => render(root, props, None, previous),
        Err(e) => {
            if let Some(host) = previous {
                host.release();
            }
            Err(JsError::new(&e))
        }
    }
}

/// Renders a reader of a long `text` in `root` (`options` and `previous` as
/// for [`mount`], without the text) that shows the report the element feeds
/// it ([`Mounted::feed_chunk`]) instead of analysing the text itself. The
/// text comes as it is, not inside the JSON, which would copy and parse
/// megabytes.
#[wasm_bindgen]
pub fn mount_stream(
    root: &Node,
    options: &str,
    text: String,
    previous: Option<Mounted>,
) -> Result<Mounted, JsError> {
    let previous = previous.and_then(Mounted::into_hosted);
    let mut props = match parse_options(options) {
        Ok(props) => props,
        Err(e) => {
            if let Some(host) = previous {
                host.release();
            }
            return Err(JsError::new(&e));
        }
    };
    let feed = feed::Feed::new(&text);
    props.text = Some(text);
    props.stream = true;
    props.feed = Some(feed.clone());
    render(root, props, Some(feed), previous)
}

fn render(
    root: &Node,
    props: AppProps,
    feed: Option<feed::Feed>,
    previous: Option<host::Hosted>,
) -> Result<Mounted, JsError> {
    let hosted = host::Hosted::mount(root, props.clone(), previous).map_err(|e| {
        JsError::new(&format!(
            "hedge-reader: cannot add the reader to its root: {e:?}"
        ))
    })?;
    Ok(Mounted {
        hosted: Some(hosted),
        props,
        feed,
    })
}

pub fn parse_options(options: &str) -> Result<AppProps, String> {
    if options.trim().is_empty() {
        return Ok(AppProps::default());
    }
    serde_json::from_str(options).map_err(|e| format!("hedge-reader: invalid options: {e}"))
}

/// The JSON of `hedgelight analyze` for `text`.
#[wasm_bindgen]
pub fn analyze_json(text: &str) -> String {
    let report = hedgelight_core::report::document_report(text);
    // Serializing plain structs of strings and numbers cannot fail; an empty
    // object would still be valid JSON if it ever did.
    serde_json::to_string(&report).unwrap_or_else(|_| "{}".into())
}

/// The claims that several texts share, as JSON: `texts_json` is
/// `[{"title", "date", "text"}]` (title and date may be null; a date that is
/// not `YYYY-MM-DD` counts as none). See [`compare_report`].
#[wasm_bindgen]
pub fn compare_json(texts_json: &str) -> Result<String, JsError> {
    let texts = compare_report::parse_texts(texts_json).map_err(|e| JsError::new(&e))?;
    let report = compare_report::compare_report(&texts);
    // Plain structs of strings and numbers always serialize.
    Ok(serde_json::to_string(&report).unwrap_or_else(|_| "{}".into()))
}

/// Milliseconds that analysing and grouping `texts_json` (as [`compare_json`]
/// takes it) take inside WebAssembly, and how many claim sentences and pairs
/// were compared: `[analysis_ms, grouping_ms, sentences, candidate_pairs,
/// all_pairs, groups]`. For `scripts/bench-compare.mjs`; timed in here so
/// that no JSON or copying between JavaScript and WebAssembly is counted.
#[wasm_bindgen]
pub fn compare_timings(texts_json: &str) -> Result<Vec<f64>, JsError> {
    let texts = compare_report::parse_texts(texts_json).map_err(|e| JsError::new(&e))?;
    let t0 = clock::now();
    let analysed = compare_report::analyse(&texts);
    let t1 = clock::now();
    let g = compare_report::group(&texts, &analysed);
    let t2 = clock::now();
    Ok(vec![
        t1 - t0,
        t2 - t1,
        g.sentences as f64,
        g.candidate_pairs as f64,
        g.all_pairs as f64,
        g.groups.len() as f64,
    ])
}

mod clock {
    use wasm_bindgen::prelude::*;

    #[wasm_bindgen]
    extern "C" {
        /// `performance.now()`, which browsers and Node both have.
        #[wasm_bindgen(js_namespace = performance)]
        pub fn now() -> f64;
    }
}

/// The widget's stylesheet (CSS text), for a constructable stylesheet in the
/// element's shadow root.
#[wasm_bindgen]
pub fn stylesheet() -> String {
    components::app::STYLE.into()
}

/// The text of corpus article `id` as the reader analyses it, if there is one.
#[wasm_bindgen]
pub fn article_text(id: &str) -> Option<String> {
    corpus::article(id).map(|a| a.body.to_string())
}

/// The ids of the embedded corpus articles, as JSON.
#[wasm_bindgen]
pub fn corpus_ids() -> String {
    let ids: Vec<&str> = corpus::articles().iter().map(|a| a.id).collect();
    serde_json::to_string(&ids).unwrap_or_else(|_| "[]".into())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn options_parse_or_explain() {
        assert_eq!(parse_options("").unwrap(), AppProps::default());
        assert_eq!(
            parse_options(r#"{"article":"001"}"#)
                .unwrap()
                .article
                .as_deref(),
            Some("001")
        );
        let e = parse_options(r#"{"artcle":"001"}"#).unwrap_err();
        assert!(e.contains("artcle"), "{e}");
        assert!(parse_options("{").is_err());
    }

    #[test]
    fn compare_report_groups_the_corpus_like_the_cli() {
        let texts: Vec<HostText> = corpus::articles()
            .iter()
            .map(|a| HostText {
                title: Some(a.id.to_string()),
                date: a.date.map(String::from),
                text: a.body.to_string(),
            })
            .collect();
        let v = serde_json::to_value(compare_report::compare_report(&texts)).unwrap();
        let groups = v["groups"].as_array().unwrap();
        assert!(groups.len() >= 10, "{} groups", groups.len());
        // The defence pact is told by all five reports; its sentences are
        // each the one `analyze` gives at their index.
        let first = groups[0]["sentences"].as_array().unwrap();
        let items: std::collections::BTreeSet<u64> =
            first.iter().map(|s| s["item"].as_u64().unwrap()).collect();
        assert_eq!(items.len(), 5, "{first:?}");
        for s in first {
            let item = s["item"].as_u64().unwrap() as usize;
            let report: serde_json::Value =
                serde_json::from_str(&analyze_json(&texts[item].text)).unwrap();
            let index = s["index"].as_u64().unwrap() as usize;
            assert_eq!(report["sentences"][index]["text"], s["text"]);
            assert_eq!(report["sentences"][index]["cues"], s["cues"]);
        }
        assert_eq!(v["texts"][4]["date"], serde_json::Value::Null);
        assert_eq!(v["texts"][0]["date"], "2024-10-09");
    }

    #[test]
    fn bad_texts_are_clear_errors() {
        for (json, says) in [
            ("{", "invalid texts"),
            (r#"[{"text": 3}]"#, "invalid type"),
            (r#"[{"title": "a"}]"#, "missing field `text`"),
            (r#"[{"text": "a", "body": "b"}]"#, "unknown field `body`"),
        ] {
            let e = compare_report::parse_texts(json).unwrap_err();
            assert!(e.contains(says), "{json}: {e}");
        }
        let none = compare_report::compare_report(&[]);
        assert!(none.groups.is_empty());
    }

    #[test]
    fn analyze_json_matches_the_cli_shape() {
        let v: serde_json::Value =
            serde_json::from_str(&analyze_json("It may rain. Moscow denied it.")).unwrap();
        assert_eq!(v["sentences"].as_array().unwrap().len(), 2);
        assert_eq!(v["levels"][0], "disputed");
        assert_eq!(v["sentences"][1]["level"], 1);
    }
}
