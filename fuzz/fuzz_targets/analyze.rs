//! `analyze` and `document_report` (what `hedgelight analyze` prints): every
//! invariant of `core/tests/adversarial/checks.rs`.
#![no_main]

use hedgelight_fuzz::{checks, text};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    checks::document("analyze", &text(data));
});
