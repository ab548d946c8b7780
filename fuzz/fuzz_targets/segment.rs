//! Segmentation: sentences in order, not overlapping, trimmed, on character
//! boundaries and covering every non-whitespace character; one kind per
//! sentence; quotation groups inside the sentence list.
#![no_main]

use hedgelight_core::internals::{classify, quote_groups, quoted_units};
use hedgelight_core::segment;
use hedgelight_fuzz::{checks, text};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = text(data);
    checks::segments("segment", &text);
    let ranges = segment::split(&text);
    assert_eq!(ranges, segment::split(&text), "split is not deterministic");
    assert_eq!(classify(&text, &ranges).len(), ranges.len());
    let groups = quote_groups(&text, &ranges);
    let mut after = 0;
    for g in &groups {
        assert!(
            g.start >= after && g.start + 1 < g.end && g.end <= ranges.len(),
            "{g:?}"
        );
        after = g.end;
    }
    for u in quoted_units(&text, &ranges, &groups) {
        assert!(u.start < u.end && u.end <= ranges.len(), "{u:?}");
    }
});
