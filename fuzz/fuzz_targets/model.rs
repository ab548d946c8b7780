//! The tagger's model loader on arbitrary bytes: an error, never a panic; a
//! model that loads writes bytes that load to the same model; and detection
//! with it keeps the cue invariants.
#![no_main]

use hedgelight_core::internals::Detector;
use hedgelight_core::internals::Lexicon;
use hedgelight_core::internals::Tagger;
use hedgelight_fuzz::{checks, SAMPLES};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(tagger) = Tagger::from_bytes(data) else {
        return;
    };
    let bytes = tagger.to_bytes();
    let again = Tagger::from_bytes(&bytes).expect("a loaded model's own bytes load");
    assert_eq!(again.to_bytes(), bytes, "the model does not round-trip");
    let detector = Detector {
        lexicon: Lexicon::builtin(),
        tagger: &tagger,
    };
    for text in SAMPLES {
        checks::cues("model", text, &detector.detect(text));
    }
});
