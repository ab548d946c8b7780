//! `line_report` (one object of `hedgelight lines`): cue offsets and texts,
//! level and score band, determinism, JSON that parses back.
#![no_main]

use hedgelight_fuzz::{checks, text};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    checks::line("line_report", &text(data));
});
