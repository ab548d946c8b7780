//! Linear time on adversarial inputs: `cargo bench -p hedgelight-core --bench adversarial [-- NAME...]`.
//!
//! Builds each input of `tests/adversarial/inputs.rs` at 100 KB and at 1 MB,
//! times (CPU time of the thread, the least of a few runs) `analyze` (the document path: segmentation, quotes, sources,
//! contradictions) and `line_report` (the whole input as one line: one
//! sentence of up to 1 MB) on both, and prints the 1 MB / 100 KB time ratio.
//! Linear work gives about 10; the target is at most 12. A quadratic path
//! gives about 100. A 4 MB run adds the 4 MB / 1 MB ratio (linear: 4), which
//! caches and the allocator affect less. Numbers are printed, never asserted: a loaded machine
//! moves them.

use std::hint::black_box;
use std::time::{Duration, Instant};

use hedgelight_core::analyze;
use hedgelight_core::report::line_report;

#[path = "../tests/adversarial/inputs.rs"]
mod inputs;

const SMALL: usize = 100_000;
const LARGE: usize = 1_000_000;
/// A third size, for a ratio where both sizes are well beyond the caches: the
/// 1 MB / 100 KB ratio also measures that 100 KB's buffers stay in cache and
/// are reused, while 1 MB's are fresh pages each run.
const HUGE: usize = 4_000_000;

/// CPU time of this thread: on a machine shared with other work, wall time
/// also counts the time the scheduler gave to others.
#[cfg(all(target_os = "linux", target_pointer_width = "64"))]
fn cpu_time() -> Duration {
    #[repr(C)]
    struct Timespec {
        tv_sec: i64,
        tv_nsec: i64,
    }
    extern "C" {
        fn clock_gettime(clock: i32, now: *mut Timespec) -> i32;
    }
    const CLOCK_THREAD_CPUTIME_ID: i32 = 3;
    let mut now = Timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `now` is a valid timespec for the call to fill in.
    let rc = unsafe { clock_gettime(CLOCK_THREAD_CPUTIME_ID, &mut now) };
    assert_eq!(rc, 0, "clock_gettime(CLOCK_THREAD_CPUTIME_ID) failed");
    Duration::new(now.tv_sec as u64, now.tv_nsec as u32)
}

/// Elsewhere, wall time.
#[cfg(not(all(target_os = "linux", target_pointer_width = "64")))]
fn cpu_time() -> Duration {
    use std::sync::OnceLock;
    static START: OnceLock<Instant> = OnceLock::new();
    START.get_or_init(Instant::now).elapsed()
}

/// The least CPU time of a few runs of `f` (at least one; more while they are quick).
fn fastest(mut f: impl FnMut()) -> Duration {
    let mut best = Duration::MAX;
    let started = Instant::now();
    for run in 0..9 {
        let t = cpu_time();
        f();
        best = best.min(cpu_time().saturating_sub(t));
        if run >= 2 && started.elapsed() > Duration::from_millis(1500) {
            break;
        }
        if started.elapsed() > Duration::from_secs(20) {
            break;
        }
    }
    best
}

fn secs(d: Duration) -> f64 {
    d.as_secs_f64()
}

/// Times `f` on the input at each size; returns the times in seconds.
fn times(sizes: &[String], f: impl Fn(&str)) -> Vec<f64> {
    sizes
        .iter()
        .map(|text| secs(fastest(|| f(black_box(text)))))
        .collect()
}

fn print_header() {
    println!(
        "{:<22} {:>9} {:>9} {:>9} {:>7} {:>5}   {:>9} {:>9} {:>9} {:>7} {:>5}",
        "input", "analyze", "", "", "ratio", "", "line", "", "", "ratio", ""
    );
    let sizes = ["100 KB s", "1 MB s", "4 MB s", "1M/100K", "4M/1M"];
    println!(
        "{:<22} {:>9} {:>9} {:>9} {:>7} {:>5}   {:>9} {:>9} {:>9} {:>7} {:>5}",
        "",
        sizes[0],
        sizes[1],
        sizes[2],
        sizes[3],
        sizes[4],
        sizes[0],
        sizes[1],
        sizes[2],
        sizes[3],
        sizes[4]
    );
}

fn main() {
    let wanted: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| !a.starts_with("--"))
        .collect();
    // Warm up: the lexicon and the model load once.
    black_box(analyze("It may rain."));
    print_header();
    let mut worst: (f64, &str, &str) = (0.0, "", "");
    for input in inputs::INPUTS {
        if !wanted.is_empty() && !wanted.iter().any(|w| input.name.contains(w.as_str())) {
            continue;
        }
        let sizes: Vec<String> = [SMALL, LARGE, HUGE].map(input.build).into();
        let a = times(&sizes, |text| {
            black_box(analyze(text));
        });
        let l = times(&sizes, |text| {
            black_box(line_report(text));
        });
        let (a_ratio, l_ratio) = (a[1] / a[0], l[1] / l[0]);
        for (r, what) in [(a_ratio, "analyze"), (l_ratio, "line")] {
            if r > worst.0 {
                worst = (r, what, input.name);
            }
        }
        println!(
            "{:<22} {:>9.4} {:>9.4} {:>9.4} {:>7.1} {:>5.1}   {:>9.4} {:>9.4} {:>9.4} {:>7.1} {:>5.1}{}",
            input.name,
            a[0],
            a[1],
            a[2],
            a_ratio,
            a[2] / a[1],
            l[0],
            l[1],
            l[2],
            l_ratio,
            l[2] / l[1],
            if a_ratio.max(l_ratio) > 12.0 {
                "  over 12"
            } else {
                ""
            }
        );
    }
    println!(
        "sizes {SMALL}, {LARGE} and {HUGE} bytes; worst 1 MB / 100 KB ratio {:.1} ({}, {}); \
         target: at most 12 (linear: 10; 4 MB / 1 MB linear: 4)",
        worst.0, worst.1, worst.2
    );
    println!();
    for input in inputs::INPUTS {
        println!("{:<22} {}", input.name, input.about);
    }
}
