//! A long text's analysis in steps on the page's own thread, for the element
//! when it cannot start its Web Worker: the same class as the npm package's
//! `AnalysisStream` (`wasm/`), which the worker runs, both from
//! [`hedgelight_core::analysis_stream!`]. It only hands
//! `hedgelight_core::steps::Stream`'s chunks on as JSON; the reader reads them
//! like the worker's ([`crate::Mounted::feed_chunk`]).

use hedgelight_core::report::Units;
use wasm_bindgen::prelude::*;

hedgelight_core::analysis_stream! {
    /// The analysis of one text in steps, its report in chunks.
}

#[wasm_bindgen]
impl AnalysisStream {
    /// Segments `text` (offsets in UTF-16 code units).
    #[wasm_bindgen(constructor)]
    pub fn new(text: String) -> AnalysisStream {
        AnalysisStream::start(text, Units::Utf16)
    }
}
