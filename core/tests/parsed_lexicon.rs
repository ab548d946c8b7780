//! The built-in lexicon is an ordinary value: the same `data/cues.tsv` parsed
//! with `Lexicon::parse` finds the same cues, gives the tagger the same marks
//! and trains the same model. Nothing treats the compiled-in copy specially.

mod common;

use hedgelight_core::internals::analyze_sentence_with;
use hedgelight_core::internals::tokenize;
use hedgelight_core::internals::Detector;
use hedgelight_core::internals::Lexicon;
use hedgelight_core::internals::{lex_marks, Tagger};
use hedgelight_core::internals::{train, Config, Example};
use hedgelight_core::segment;
use hedgelight_core::Category;

const TABLE: &str = include_str!("../data/cues.tsv");

fn parsed() -> Lexicon {
    Lexicon::parse(TABLE).expect("data/cues.tsv parses")
}

/// The cue texts `lexicon` (with the built-in tagger) finds in `text`.
fn cues(lexicon: &Lexicon, text: &str) -> Vec<(String, Category)> {
    let detector = Detector {
        lexicon,
        tagger: Tagger::builtin(),
    };
    detector
        .detect(text)
        .into_iter()
        .map(|c| (text[c.start..c.end].to_string(), c.category))
        .collect()
}

#[test]
fn context_rules_hold_with_a_parsed_copy() {
    let parsed = parsed();
    for lexicon in [Lexicon::builtin(), &parsed] {
        // "might" the noun and "May" the month are turned down by the
        // table's context rules, which the tagger reads as features.
        let found = cues(lexicon, "Russia's military might grew.");
        assert!(!found.iter().any(|(t, _)| t == "might"), "{found:?}");
        let found = cues(lexicon, "The talks ended on May 3.");
        assert!(found.is_empty(), "{found:?}");
        // The modals stay cues.
        let found = cues(lexicon, "Russia might send more troops, and they may stay.");
        assert_eq!(
            found,
            [
                ("might".to_string(), Category::Speculation),
                ("may".to_string(), Category::Speculation)
            ]
        );
    }
}

#[test]
fn paragraphs_are_analysed_identically() {
    let parsed = parsed();
    let builtin = Detector::builtin();
    let copy = Detector {
        lexicon: &parsed,
        ..builtin
    };
    // The five demo reports where the repository is at hand, and the
    // made-up check set, which the packaged crate has too.
    let reports = common::reports();
    let at_least = if reports.is_some() { 115 } else { 25 };
    let mut texts: Vec<String> = reports
        .unwrap_or_default()
        .into_iter()
        .chain(common::check_set())
        .map(|(_, text)| text)
        .collect();
    texts.push(
        "Russia's military might grew. The talks ended on May 3, officials said.\n\n\
         There is no concrete evidence that the troops may have crossed, and Moscow \
         denied it as \"fake news\". If true, it would be highly likely to escalate."
            .to_string(),
    );
    let mut sentences = 0;
    for text in &texts {
        for range in segment::split(text) {
            let sentence = &text[range];
            let tokens = tokenize(sentence);
            assert_eq!(
                lex_marks(sentence, &tokens, Lexicon::builtin()),
                lex_marks(sentence, &tokens, &parsed),
                "{sentence}"
            );
            assert_eq!(
                analyze_sentence_with(sentence, &builtin),
                analyze_sentence_with(sentence, &copy),
                "{sentence}"
            );
            sentences += 1;
        }
    }
    assert!(sentences >= at_least, "only {sentences} sentences");
}

#[test]
fn training_with_a_parsed_copy_gives_the_same_model() {
    let example = |text: &str, cue: &str| Example::with_cue(text, cue, Category::Speculation);
    let mut examples = Vec::new();
    for i in 0..10 {
        examples.push(example(&format!("Troops may arrive in {i} days."), "may"));
        examples.push(example(&format!("The talks ended on May {i}."), ""));
        examples.push(example(&format!("Its military might grew {i}-fold."), ""));
        examples.push(example(&format!("They might leave in {i} days."), "might"));
    }
    let config = Config::default();
    let parsed = parsed();
    let builtin = train(&examples, Lexicon::builtin(), &config).to_bytes();
    let copy = train(&examples, &parsed, &config).to_bytes();
    assert!(builtin == copy, "the models differ");
}
