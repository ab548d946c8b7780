//! Throughput of the analysis: `cargo bench -p hedgelight-core --bench throughput`.
//!
//! Measured with `divan`, which prints each stage's time and throughput
//! (characters or sentences per second); speed targets live here, never in
//! tests. The text is the crate's own: the four reports of the made-up check
//! set in `tests/fixtures/check-set/`, so the bench runs from a packaged crate.

use divan::counter::{BytesCount, ItemsCount};
use divan::{black_box, Bencher};

use hedgelight_core::report::line_report;
use hedgelight_core::{analyze, segment};

const REPORTS: [&str; 4] = [
    include_str!("../tests/fixtures/check-set/a_river_wire.txt"),
    include_str!("../tests/fixtures/check-set/b_daily_post.txt"),
    include_str!("../tests/fixtures/check-set/c_green_blog.txt"),
    include_str!("../tests/fixtures/check-set/d_evening_news.txt"),
];

/// How many times the reports are repeated: a text of some 22 KB, long
/// enough that per-call costs do not dominate.
const REPEAT: usize = 10;

fn text() -> String {
    vec![REPORTS.join("\n\n"); REPEAT].join("\n\n")
}

fn main() {
    let text = text();
    println!(
        "text: {} bytes, {} sentences",
        text.len(),
        segment::split(&text).len()
    );
    divan::main();
}

#[divan::bench]
fn split(bencher: Bencher) {
    let text = text();
    bencher
        .counter(BytesCount::of_str(&text))
        .bench(|| segment::split(black_box(&text)));
}

#[divan::bench]
fn line_report_each_sentence(bencher: Bencher) {
    let text = text();
    let sentences: Vec<&str> = segment::split(&text)
        .into_iter()
        .map(|r| &text[r])
        .collect();
    bencher.counter(ItemsCount::new(sentences.len())).bench(|| {
        for s in &sentences {
            black_box(line_report(black_box(s)));
        }
    });
}

#[divan::bench]
fn analyze_document(bencher: Bencher) {
    let text = text();
    let n = segment::split(&text).len();
    bencher
        .counter(ItemsCount::new(n))
        .bench(|| analyze(black_box(&text)));
}
