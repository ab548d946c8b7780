//! Hedgelight's analysis for JavaScript: the WebAssembly inside the
//! `hedgelight` npm package (built by `scripts/pack`).
//!
//! Only [`hedgelight_core`] and wasm-bindgen, no UI: the package's JavaScript
//! (`index.js`, `node.js`, written by `scripts/pack`) loads this module and
//! parses the JSON that [`analyze_json`] returns. The report is the one of
//! `hedgelight analyze` and of the `<hedge-reader>` element's `analyze()`.

use hedgelight_core::report::{document_report_in, Units};
use wasm_bindgen::prelude::*;

/// The JSON of `hedgelight analyze` for `text`. With `utf16` the offsets
/// (`start`, `end` of sentences, cues, sources and whom they cite) count
/// UTF-16 code units, so that JavaScript's `text.slice(start, end)` is the
/// sentence or cue; without it they count code points, exactly as the CLI.
#[wasm_bindgen]
pub fn analyze_json(text: &str, utf16: bool) -> String {
    let units = if utf16 { Units::Utf16 } else { Units::Chars };
    let report = document_report_in(text, units);
    // Plain structs of strings and numbers always serialize; "{}" is still
    // JSON if that ever changed.
    serde_json::to_string(&report).unwrap_or_else(|_| "{}".into())
}

hedgelight_core::analysis_stream! {
    /// A long text's analysis in steps, for the `<hedge-reader>` element's Web
    /// Worker (`worker.js`): the report comes in chunks, the first ones as soon
    /// as they are settled, while the rest is analysed
    /// ([`hedgelight_core::steps::Stream`]). Not part of the package's API.
}

#[wasm_bindgen]
impl AnalysisStream {
    /// Segments `text`; offsets in UTF-16 code units with `utf16`, else in
    /// code points.
    #[wasm_bindgen(constructor)]
    pub fn new(text: String, utf16: bool) -> AnalysisStream {
        let units = if utf16 { Units::Utf16 } else { Units::Chars };
        AnalysisStream::start(text, units)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf16_offsets_slice_the_javascript_string() {
        let text = "Fans 😀 cheered. Officials said troops may have left.";
        let v: serde_json::Value = serde_json::from_str(&analyze_json(text, true)).unwrap();
        let utf16: Vec<u16> = text.encode_utf16().collect();
        let cue = &v["sentences"][1]["cues"][0];
        let (s, e) = (
            cue["start"].as_u64().unwrap() as usize,
            cue["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(String::from_utf16(&utf16[s..e]).unwrap(), cue["text"]);
        assert_eq!(v["sentences"][1]["level"], 3);
        assert_eq!(v["levels"][0], "disputed");
        assert_eq!(v["version"], hedgelight_core::report::VERSION);
        assert_eq!(v["model"], hedgelight_core::report::MODEL);
    }

    #[test]
    fn a_stream_gives_the_report_in_chunks() {
        let text = "Fans 😀 cheered. Officials said troops may have left.\n\n\"It was bad. It was worse,\" Kim said.";
        let mut s = AnalysisStream::new(text.into(), true);
        let whole: serde_json::Value = serde_json::from_str(&analyze_json(text, true)).unwrap();
        let mut sentences = Vec::new();
        while !s.done() {
            s.step(1);
            while let Some(json) = s.next_chunk(2) {
                let v: serde_json::Value = serde_json::from_str(&json).unwrap();
                assert_eq!(v["first"], sentences.len());
                sentences.extend(v["sentences"].as_array().unwrap().iter().cloned());
            }
        }
        assert_eq!((s.analysed(), s.total()), (4, 4));
        assert_eq!(serde_json::Value::from(sentences), whole["sentences"]);
    }

    #[test]
    fn code_points_are_the_cli_json() {
        let text = "Fans 😀 cheered. Moscow denied it.";
        let cli = serde_json::to_string(&hedgelight_core::report::document_report(text)).unwrap();
        assert_eq!(analyze_json(text, false), cli);
    }
}
