//! The analysis's invariants (`adversarial/checks.rs`) on adversarial
//! inputs (those the benchmark `benches/adversarial.rs` times at 100 KB and
//! 1 MB), built here at small sizes, mixed, joined by each line end, and cut
//! at every few characters. The fuzz targets (`fuzz/`) run the same checks
//! on coverage-guided inputs.

#[path = "adversarial/checks.rs"]
mod checks;
#[path = "adversarial/inputs.rs"]
mod inputs;
use inputs::INPUTS;

fn check(name: &str, text: &str) {
    checks::all(name, text);
}

#[test]
fn adversarial_inputs_keep_the_invariants() {
    for input in INPUTS {
        for bytes in [1, 300, 2_000] {
            check(
                &format!("{} ({})", input.name, input.about),
                &(input.build)(bytes),
            );
        }
    }
}

#[test]
fn mixtures_of_adversarial_inputs_keep_the_invariants() {
    // Each input followed by every other, joined by each line end in turn.
    let joins = ["\n", "\r\n", "\r", "\u{2028}", "\u{2029}", "\n\n", " "];
    for (i, a) in INPUTS.iter().enumerate() {
        for (j, b) in INPUTS.iter().enumerate() {
            let sep = joins[(i + j) % joins.len()];
            let text = (a.build)(200) + sep + &(b.build)(200);
            check(&format!("{} {sep:?} {}", a.name, b.name), &text);
        }
    }
}

#[test]
fn cut_adversarial_inputs_keep_the_invariants() {
    // Every prefix of a few characters' steps: cut inside quotes, brackets,
    // datelines and multi-byte characters' neighbours.
    for input in INPUTS {
        let text = (input.build)(400);
        for (i, _) in text.char_indices().step_by(11) {
            check(input.name, &text[..i]);
            check(input.name, &text[i..]);
        }
    }
}

#[test]
fn detectors_keep_the_cue_invariants() {
    use hedgelight_core::internals::Detector;
    use hedgelight_core::internals::Lexicon;
    use hedgelight_core::internals::Tagger;
    let empty = Tagger::default();
    let lexicon_only = Detector {
        lexicon: Lexicon::builtin(),
        tagger: &empty,
    };
    for input in INPUTS {
        let text = (input.build)(2_000);
        checks::cues(input.name, &text, &Detector::builtin().detect(&text));
        checks::cues(input.name, &text, &lexicon_only.detect(&text));
    }
}

#[test]
fn reports_grow_linearly_with_the_input() {
    // Each sentence carries copies (a quotation's speaker, a pronoun's
    // antecedent): bounded copies keep the report within a constant factor
    // of the input. Before the bounds a speaker citing thousands of sources
    // before a long quotation gave 1.1 GB of JSON for 36 KB.
    for input in INPUTS {
        let per_byte = |bytes: usize| {
            let text = (input.build)(bytes);
            let json = serde_json::to_string(&hedgelight_core::report::document_report(&text));
            json.unwrap().len() as f64 / text.len() as f64
        };
        let (small, large) = (per_byte(2_000), per_byte(20_000));
        println!("{:<22} {small:6.1} {large:6.1}", input.name);
        assert!(
            large <= 100.0 && large <= 1.5 * small + 5.0,
            "{}: {small} -> {large} bytes of JSON per byte",
            input.name
        );
    }
}

#[test]
fn a_long_chain_of_relative_clauses_is_no_recursion() {
    // Each "who said" once looked for its speaker through every "who"
    // before it, recursively: quadratic, and a stack overflow on a long
    // sentence. A test thread's stack is small, so 300 KB would overflow.
    let text = "Kim, who met Lee, who said ".repeat(300_000 / 27);
    let sentences = hedgelight_core::analyze(&text);
    assert!(sentences.iter().any(|s| s.source.is_some()));
}
