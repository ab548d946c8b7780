//! The cue lexicon's parser on arbitrary TSV: an error that names a line of
//! the table, never a panic; a lexicon that parses finds cues that keep the
//! cue invariants, with and without the tagger, in sample sentences and in
//! the table's own text.
#![no_main]

use hedgelight_core::internals::Detector;
use hedgelight_core::internals::Lexicon;
use hedgelight_core::internals::Tagger;
use hedgelight_fuzz::{checks, text, SAMPLES};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let table = text(data);
    let lexicon = match Lexicon::parse(&table) {
        Ok(lexicon) => lexicon,
        Err(e) => {
            let lines = table.lines().count();
            assert!(e.line >= 1 && e.line <= lines, "{e} (of {lines} lines)");
            return;
        }
    };
    let empty = Tagger::default();
    for tagger in [Tagger::builtin(), &empty] {
        let detector = Detector {
            lexicon: &lexicon,
            tagger,
        };
        for text in SAMPLES.into_iter().chain([&*table]) {
            let found = detector.detect(text);
            checks::cues("lexicon", text, &found);
            assert_eq!(found, detector.detect(text), "not deterministic");
        }
    }
});
