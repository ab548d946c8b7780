//! Throughput of the analysis on the demo corpus: `cargo bench -p hedgelight-core`.
//!
//! A plain timing loop (no harness crate) that prints numbers; speed targets
//! live here, never in tests.

use std::hint::black_box;
use std::time::{Duration, Instant};

use hedgelight_core::report::line_report;
use hedgelight_core::{analyze, segment};

const CORPUS: [&str; 5] = [
    include_str!("../../static/corpus/000_e4b83ed9eaea7b5a.txt"),
    include_str!("../../static/corpus/001_f0a2ea317c2ec4f5.txt"),
    include_str!("../../static/corpus/002_19378f4b9397f279.txt"),
    include_str!("../../static/corpus/003_ef0a8408217a079b.txt"),
    include_str!("../../static/corpus/004_dd488b57ef7a5599.txt"),
];

/// Runs `f` repeatedly for about `budget`, returns (iterations, elapsed).
fn time(budget: Duration, mut f: impl FnMut()) -> (u32, Duration) {
    f(); // warm up (lexicon and model load once)
    let start = Instant::now();
    let mut n = 0;
    while start.elapsed() < budget {
        f();
        n += 1;
    }
    (n, start.elapsed())
}

fn main() {
    let text = CORPUS.join("\n\n");
    let chars = text.chars().count();
    let sentences: Vec<&str> = segment::split(&text)
        .into_iter()
        .map(|r| &text[r])
        .collect();
    let budget = Duration::from_secs(2);
    println!(
        "corpus: {} characters, {} sentences",
        chars,
        sentences.len()
    );

    let (n, t) = time(budget, || {
        black_box(segment::split(black_box(&text)));
    });
    let per_s = f64::from(n) * chars as f64 / t.as_secs_f64();
    println!("segment::split         {:>12.0} characters/s", per_s);

    let (n, t) = time(budget, || {
        for s in &sentences {
            black_box(line_report(black_box(s)));
        }
    });
    let per_s = f64::from(n) * sentences.len() as f64 / t.as_secs_f64();
    println!("line_report (lines)    {:>12.0} sentences/s", per_s);

    let (n, t) = time(budget, || {
        black_box(analyze(black_box(&text)));
    });
    let per_s = f64::from(n) * sentences.len() as f64 / t.as_secs_f64();
    println!("analyze (document)     {:>12.0} sentences/s", per_s);
}
