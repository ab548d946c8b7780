//! The `AnalysisStream` class of Hedgelight's two WebAssembly modules: the
//! npm package's (`wasm/`), which the `<hedge-reader>` element's Web Worker
//! runs, and the widget's (`src/`), which runs the same analysis on the
//! page's own thread when the worker cannot start. The reader reads both
//! alike, so they are written once, here.
//!
//! A macro rather than a type: this crate stays free of wasm-bindgen (the
//! calling crate brings it, and serde_json), and each module keeps the
//! constructor its JavaScript calls (`new AnalysisStream(text)` in the
//! widget, UTF-16 offsets; `new AnalysisStream(text, utf16)` in the
//! package), which one shared class could not give both.

/// Defines `AnalysisStream`, a wasm-bindgen class that hands a
/// [`steps::Stream`](crate::steps::Stream)'s chunks on as JSON, with every
/// method but its constructor. The attributes given (its doc comment) go on
/// the struct. The calling crate writes the constructor, which calls
/// `AnalysisStream::start(text, units)` (in its own `#[wasm_bindgen] impl`
/// block, as `wasm/src/lib.rs` and `src/stream.rs` do), and needs
/// `wasm-bindgen` and `serde_json` among its dependencies.
#[macro_export]
macro_rules! analysis_stream {
    ($(#[$attr:meta])*) => {
        $(#[$attr])*
        #[::wasm_bindgen::prelude::wasm_bindgen]
        pub struct AnalysisStream {
            text: String,
            stream: $crate::steps::Stream,
        }

        impl AnalysisStream {
            /// Segments `text`, offsets in `units`: what the constructor
            /// calls.
            fn start(text: String, units: $crate::offsets::Units) -> AnalysisStream {
                let stream = $crate::steps::Stream::new(&text, units);
                AnalysisStream { text, stream }
            }
        }

        #[::wasm_bindgen::prelude::wasm_bindgen]
        impl AnalysisStream {
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

            /// The next settled sentences, at most `max`, as the JSON of a
            /// `ChunkReport` (`{"first", "sentences", "quote_of",
            /// "relinked"}`); `undefined` when none is ready.
            pub fn next_chunk(&mut self, max: usize) -> Option<String> {
                let chunk = self.stream.next_chunk(&self.text, max)?;
                // Plain structs of strings and numbers always serialize;
                // "{}" is still JSON if that ever changed.
                Some(::serde_json::to_string(&chunk).unwrap_or_else(|_| "{}".into()))
            }
        }
    };
}
