//! A long text's analysis in steps on the page's own thread, for the element
//! when it cannot start its Web Worker: the same as the npm package's
//! `AnalysisStream` (`wasm/`), which the worker runs. It only hands
//! `hedgelight_core::steps::Stream`'s chunks on as JSON; the reader reads them
//! like the worker's ([`crate::Mounted::feed_chunk`]).

use hedgelight_core::report::Units;
use hedgelight_core::steps::Stream;
use wasm_bindgen::prelude::*;

/// The analysis of one text in steps, its report in chunks.
#[wasm_bindgen]
pub struct AnalysisStream {
    text: String,
    stream: Stream,
}

#[wasm_bindgen]
impl AnalysisStream {
    /// Segments `text` (offsets in UTF-16 code units).
    #[wasm_bindgen(constructor)]
    pub fn new(text: String) -> AnalysisStream {
        let stream = Stream::new(&text, Units::Utf16);
        AnalysisStream { text, stream }
    }

    /// How many sentences the text has.
    pub fn total(&self) -> usize {
        self.stream.total()
    }

    /// How many sentences are analysed.
    pub fn analysed(&self) -> usize {
        self.stream.analysed()
    }

    /// Whether every chunk has been given.
    pub fn done(&self) -> bool {
        self.stream.is_done()
    }

    /// Analyses up to `n` more sentences.
    pub fn step(&mut self, n: usize) {
        self.stream.step(&self.text, n);
    }

    /// The next settled sentences, at most `max`, as a `ChunkReport`'s JSON.
    pub fn next_chunk(&mut self, max: usize) -> Option<String> {
        let chunk = self.stream.next_chunk(&self.text, max)?;
        Some(serde_json::to_string(&chunk).unwrap_or_else(|_| "{}".into()))
    }
}
