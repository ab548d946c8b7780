//! Claim matching on the five reports and on four made-up sets (the fish
//! kill check set, the freighter set, the hospital set and the plant set),
//! scored pairwise against the hand groupings in `fixtures/`, each written
//! before the matcher was run on its texts. The options, stop words, lemmas,
//! concepts and anaphors are tuned on the five reports, the freighter and the
//! fish kill sets; the hospital set was held out (scored once, after the
//! changes of issue 15), the plant set too (scored once, after the anaphors),
//! and neither is in the sweep. `cargo test --release -p hedgelight-core
//! --features serde --test compare -- --nocapture` prints the figures;
//! `-- --ignored sweep --nocapture` prints them for other options
//! (`THRESHOLD=0.15,0.2 COHESION=0.1 … ANAPHORS=0,1`, one environment
//! variable per option, see `KNOBS`).

mod common;

use std::fs;
use std::path::Path;

use hedgelight_core::analyze;
use hedgelight_core::compare::{
    corpus_date, group_analysed, keys, HandGrouping, Options, PairScores, SentenceKey, Text,
};
use hedgelight_core::Sentence;

struct Set {
    names: Vec<String>,
    texts: Vec<String>,
    analysed: Vec<Vec<Sentence>>,
    gold: HandGrouping,
}

/// `files` (name, text) with the hand grouping `tests/fixtures/GOLD`.
fn load(files: Vec<(String, String)>, gold: &str) -> Set {
    let gold = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(gold);
    let (names, texts): (Vec<String>, Vec<String>) = files.into_iter().unzip();
    Set {
        names,
        analysed: texts.iter().map(|t| analyze(t)).collect(),
        texts,
        gold: serde_json::from_str(&fs::read_to_string(gold).unwrap()).unwrap(),
    }
}

/// The five demo reports, where the repository is at hand (`common::reports`).
fn reports() -> Option<Set> {
    common::reports().map(|files| load(files, "compare-groups.json"))
}

fn check_set() -> Set {
    load(common::check_set(), "check-groups.json")
}

/// The second set: five made-up reports of an invented story (a freighter
/// wrecked on a reef), with hedged, attributed and denied versions of its
/// claims.
fn freighter_set() -> Set {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/freighter-set");
    load(common::texts_in(&dir), "freighter-groups.json")
}

/// The held-out set: five made-up reports of another invented story (a
/// ransomware attack on a city's hospitals), written with its hand grouping
/// before the matcher changes of issue 15 were scored on it, and never tuned
/// on.
fn hospital_set() -> Set {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/hospital-set");
    load(common::texts_in(&dir), "hospital-groups.json")
}

/// The second held-out set: five made-up reports of a fourth invented story
/// (a fire at a chemical plant and a disputed claim that its smoke carried
/// chlorine), with anaphoric follow-ups ("Her account could not be
/// independently verified"), written with its hand grouping before the
/// anaphors were scored on it, and never tuned on.
fn plant_set() -> Set {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/plant-set");
    load(common::texts_in(&dir), "plant-groups.json")
}

impl Set {
    fn texts(&self) -> Vec<Text<'_>> {
        self.names
            .iter()
            .zip(&self.texts)
            .map(|(n, t)| Text {
                title: n,
                date: corpus_date(t),
                text: t,
            })
            .collect()
    }

    fn gold(&self) -> Vec<Vec<SentenceKey>> {
        self.gold.resolve(&self.texts(), &self.analysed).unwrap()
    }

    fn score(&self, options: &Options) -> PairScores {
        let found = group_analysed(&self.texts(), &self.analysed, options);
        PairScores::new(&keys(&found.groups), &self.gold())
    }
}

fn show(name: &str, s: &PairScores) -> String {
    format!(
        "{name}: precision {:.3} ({}/{}), recall {:.3} ({}/{}), F1 {:.3}",
        s.precision(),
        s.correct,
        s.found,
        s.recall(),
        s.correct,
        s.gold,
        s.f1()
    )
}

#[test]
fn every_hand_member_is_one_claim_sentence() {
    for set in
        reports()
            .into_iter()
            .chain([check_set(), freighter_set(), hospital_set(), plant_set()])
    {
        let gold = set.gold();
        assert!(gold.len() >= 5);
        for g in &gold {
            let mut files: Vec<usize> = g.iter().map(|k| k.0).collect();
            files.dedup();
            assert!(files.len() >= 2, "a hand group spans two texts: {g:?}");
        }
    }
}

#[test]
fn scores_against_the_hand_groupings() {
    let options = Options::default();
    let check = check_set().score(&options);
    let freighter = freighter_set().score(&options);
    let hospital = hospital_set().score(&options);
    let plant = plant_set().score(&options);
    println!("{}", show("check set", &check));
    println!("{}", show("freighter set", &freighter));
    println!("{}", show("hospital set", &hospital));
    println!("{}", show("plant set", &plant));
    // Floors a little under the figures the README gives, so a change that
    // costs matching quality fails here.
    if let Some(five) = reports().map(|r| r.score(&options)) {
        println!("{}", show("five reports", &five));
        assert!(five.precision() >= 0.5, "{}", show("five", &five));
        assert!(five.recall() >= 0.42, "{}", show("five", &five));
    }
    assert!(check.precision() >= 0.75, "{}", show("check", &check));
    assert!(check.recall() >= 0.75, "{}", show("check", &check));
    assert!(
        freighter.precision() >= 0.45,
        "{}",
        show("freighter", &freighter)
    );
    assert!(
        freighter.recall() >= 0.38,
        "{}",
        show("freighter", &freighter)
    );
    assert!(
        hospital.precision() >= 0.6,
        "{}",
        show("hospital", &hospital)
    );
    assert!(hospital.recall() >= 0.49, "{}", show("hospital", &hospital));
    assert!(plant.precision() >= 0.55, "{}", show("plant", &plant));
    assert!(plant.recall() >= 0.25, "{}", show("plant", &plant));
}

/// An option the sweep varies: the environment variable that lists its
/// values, and where it is in [`Options`].
type Knob = (&'static str, fn(&mut Options) -> &mut f32);

const KNOBS: [Knob; 7] = [
    ("THRESHOLD", |o| &mut o.threshold),
    ("COHESION", |o| &mut o.cohesion),
    ("NAMES", |o| &mut o.name_weight),
    ("NUMBERS", |o| &mut o.number_weight),
    ("SPLIT", |o| &mut o.name_split),
    ("CUES", |o| &mut o.cue_weight),
    ("SOURCES", |o| &mut o.source_weight),
];

/// Every combination of the values of the knobs (each knob's environment
/// variable, comma-separated, else its default alone), and of `ANAPHORS`
/// (`0,1`: [`Options::anaphors`] off, on).
fn combinations() -> Vec<Options> {
    let mut all = vec![Options::default()];
    for (name, field) in KNOBS {
        let Ok(values) = std::env::var(name) else {
            continue;
        };
        all = all
            .iter()
            .flat_map(|o| {
                values.split(',').map(move |v| {
                    let mut o = *o;
                    *field(&mut o) = v.trim().parse().unwrap();
                    o
                })
            })
            .collect();
    }
    let Ok(values) = std::env::var("ANAPHORS") else {
        return all;
    };
    all.iter()
        .flat_map(|o| {
            values.split(',').map(move |v| Options {
                anaphors: v.trim() != "0",
                ..*o
            })
        })
        .collect()
}

#[test]
#[ignore = "prints a table of options; run with --ignored sweep --nocapture"]
fn sweep() {
    // Tuned on the five reports; the freighter and fish-kill sets are checks.
    let five = reports().expect("the five reports (HEDGELIGHT_ROOT)");
    let sets = [five, freighter_set(), check_set()];
    for mut options in combinations() {
        let mut knobs: Vec<String> = KNOBS
            .iter()
            .map(|(name, field)| format!("{} {}", name.to_lowercase(), field(&mut options)))
            .collect();
        knobs.push(format!("anaphors {}", options.anaphors));
        let s: Vec<PairScores> = sets.iter().map(|set| set.score(&options)).collect();
        println!(
            "{}: five P {:.3} R {:.3} F1 {:.3} | freighter P {:.3} R {:.3} F1 {:.3} | fish F1 {:.3}",
            knobs.join(" "),
            s[0].precision(),
            s[0].recall(),
            s[0].f1(),
            s[1].precision(),
            s[1].recall(),
            s[1].f1(),
            s[2].f1()
        );
    }
}
