//! Hedgelight's reader widget (Yew, client-side rendering, WebAssembly).
//!
//! The analysis is `hedgelight_core`; this crate only renders it. The entry
//! points are for `static/hedge-reader.js`, which defines the
//! `<hedge-reader>` custom element: [`mount`] renders a reader into an element
//! (inside the element's shadow root), [`analyze_json`] runs the same analysis
//! as `hedgelight analyze` and returns its JSON.

pub mod components;
pub mod corpus;
pub mod dates;
pub mod view;

use wasm_bindgen::prelude::*;
use web_sys::Element;

pub use components::app::{App, AppProps};

/// A mounted reader; `unmount()` removes it.
#[wasm_bindgen]
pub struct Mounted {
    handle: Option<yew::AppHandle<App>>,
}

#[wasm_bindgen]
impl Mounted {
    pub fn unmount(&mut self) {
        if let Some(h) = self.handle.take() {
            h.destroy();
        }
    }
}

/// Renders a reader into `root`. `options` is JSON:
/// `{"article": "000"} | {"text": "...", "title": "..."} | {}` plus `"theme"`.
#[wasm_bindgen]
pub fn mount(root: Element, options: &str) -> Result<Mounted, JsError> {
    let props = parse_options(options).map_err(|e| JsError::new(&e))?;
    let handle = yew::Renderer::<App>::with_root_and_props(root, props).render();
    Ok(Mounted {
        handle: Some(handle),
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
    fn analyze_json_matches_the_cli_shape() {
        let v: serde_json::Value =
            serde_json::from_str(&analyze_json("It may rain. Moscow denied it.")).unwrap();
        assert_eq!(v["sentences"].as_array().unwrap().len(), 2);
        assert_eq!(v["levels"][0], "disputed");
        assert_eq!(v["sentences"][1]["level"], 1);
    }
}
