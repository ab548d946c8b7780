//! Claim matching at scale: `cargo bench -p hedgelight-core --bench compare`.
//!
//! 500 texts of about 500 words each, made deterministically: sentences of
//! pseudo-random words from a word list, with one of 40 claim sentences
//! (each with its own names and numbers, reworded a little) repeated in
//! about a fifth of the texts. Prints the time to analyse and to group
//! them, and how many pairs of sentences were compared against all pairs.

use std::hint::black_box;
use std::time::Instant;

use hedgelight_core::analyze;
use hedgelight_core::compare::{group_analysed, Options, Text};

const WORDS: &str = "market water river bridge school council budget report village harbour \
    engine factory garden winter summer station railway airport hospital doctor teacher farmer \
    harvest weather storm flood drought energy price wage tax road tunnel mountain valley forest \
    museum library theatre festival concert league match season player coach stadium ticket \
    museum painting novel poet street square tower castle church island coast beach boat ship \
    cargo port trade export import loan bank credit debt profit loss share stock fund pension \
    housing rent tenant owner builder permit zoning plan vote election party candidate debate \
    court judge trial lawyer verdict appeal police officer patrol crime theft fraud audit";

const PLACES: [&str; 8] = [
    "Varenna", "Kolby", "Marstad", "Ostrava", "Lindau", "Pernik", "Tarvis", "Odell",
];
const PEOPLE: [&str; 8] = [
    "Kessler",
    "Moreau",
    "Halvorsen",
    "Novak",
    "Brandt",
    "Silva",
    "Okafor",
    "Lindqvist",
];

/// A small deterministic generator (xorshift).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// Claim `k`, in one of two wordings.
fn claim(k: usize, wording: usize) -> String {
    let (place, person, n) = (PLACES[k % 8], PEOPLE[(k / 8) % 8], 100 + 37 * k);
    if wording == 0 {
        format!("{person} said {n} workers at the {place} plant lost their jobs in claim {k}.")
    } else {
        format!(
            "About {n} jobs were lost at the plant in {place}, according to {person}, case {k}."
        )
    }
}

fn corpus() -> Vec<String> {
    let words: Vec<&str> = WORDS.split_whitespace().collect();
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    (0..500)
        .map(|_| {
            let mut text = String::new();
            let mut count = 0;
            while count < 500 {
                if rng.below(25) == 0 {
                    let c = claim(rng.below(40), rng.below(2));
                    count += c.split_whitespace().count();
                    text += &c;
                } else {
                    let len = 8 + rng.below(14);
                    for i in 0..len {
                        let w = words[rng.below(words.len())];
                        if i == 0 {
                            let mut cs = w.chars();
                            text.extend(cs.next().map(|c| c.to_ascii_uppercase()));
                            text += cs.as_str();
                        } else {
                            text.push(' ');
                            text += w;
                        }
                    }
                    text.push('.');
                    count += len;
                }
                text.push(' ');
            }
            text
        })
        .collect()
}

fn main() {
    let texts = corpus();
    let titles: Vec<String> = (0..texts.len()).map(|i| format!("text {i}")).collect();
    let words: usize = texts.iter().map(|t| t.split_whitespace().count()).sum();
    let inputs: Vec<Text> = texts
        .iter()
        .zip(&titles)
        .map(|(text, title)| Text {
            title,
            date: None,
            text,
        })
        .collect();
    let start = Instant::now();
    let analysed: Vec<_> = texts.iter().map(|t| analyze(t)).collect();
    let analysis = start.elapsed();
    let options = Options::default();
    black_box(group_analysed(&inputs, &analysed, &options)); // warm up
    let runs = 5;
    let start = Instant::now();
    let mut grouping = None;
    for _ in 0..runs {
        grouping = Some(black_box(group_analysed(&inputs, &analysed, &options)));
    }
    let grouping = grouping.unwrap();
    let per_run = start.elapsed() / runs;
    println!(
        "{} texts, {words} words, {} claim sentences",
        texts.len(),
        grouping.sentences
    );
    println!(
        "analyze (all texts)        {:>8.0} ms",
        analysis.as_secs_f64() * 1e3
    );
    println!(
        "group (native, mean of {runs})  {:>8.0} ms",
        per_run.as_secs_f64() * 1e3
    );
    println!(
        "pairs compared             {:>8} of {} ({:.4} %)",
        grouping.candidate_pairs,
        grouping.all_pairs,
        100.0 * grouping.candidate_pairs as f64 / grouping.all_pairs as f64
    );
    let members: usize = grouping.groups.iter().map(|g| g.members.len()).sum();
    println!(
        "groups                     {:>8} ({members} sentences)",
        grouping.groups.len()
    );
}
