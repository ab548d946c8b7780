//! Which conditions hedge the reader level.
//!
//! The annotation guide puts a conditional claim at 3 ("if true"), but its
//! gold data keeps a threat, policy or commitment stated with its condition
//! where its source puts it: "North Korea stated it would attack … if the
//! broadcasts do not stop" is attributed (4); "the board will continue
//! seeking offers until an offer is made" is asserted. The CoNLL tagger marks
//! such words as conditions all the same (and the `uncertain` flag keeps
//! them); for the reader, only a condition on the claim itself hedges.

use crate::category::Category;
use crate::detect::Cue;
use crate::rules::opens;
use crate::tokenize::{Token, TokenKind};

/// Words after "if" that make the condition one on the claim's truth ("if
/// true", "if the reports are confirmed"), which hedges even when sourced.
const TRUTH_WORDS: [&str; 13] = [
    "guilty",
    "innocent",
    "responsible",
    "genuine",
    "true",
    "confirmed",
    "correct",
    "accurate",
    "right",
    "proven",
    "verified",
    "substantiated",
    "so",
];

/// How many words after "if" a truth word may come.
const TRUTH_REACH: usize = 5;

/// Modals of a forecast ("the strike will spread", "it can become difficult").
const FORECAST_MODALS: [&str; 12] = [
    "will", "would", "could", "can", "may", "might", "cannot", "won't", "wouldn't", "couldn't",
    "can't", "might've",
];

/// Subjects that make the consequent the speaker's own commitment ("we will
/// be happy to get out"), which a source states as a plan, not a forecast.
const FIRST_PERSON: [&str; 5] = ["we", "i", "our", "my", "us"];

/// How far the comma that ends a leading condition may be from its "if".
const CONDITION_REACH: usize = 30;
/// How many words may stand between that comma and the consequent's modal.
const SUBJECT_REACH: usize = 6;

/// Whether the condition cue `cue` of a sentence hedges what it reports.
/// A phrase of the lexicon ("provided that", "depending on") always does; a
/// one-word condition the tagger found ("until", "unless", "will") never
/// does; "if" does unless the sentence is `attributed` (has an attribution
/// cue), which then holds the condition as part of the source's statement.
pub fn hedges_reader(text: &str, tokens: &[Token], cue: &Cue, attributed: bool) -> bool {
    if cue.category != Category::Condition {
        return true;
    }
    let at = tokens.partition_point(|t| t.start < cue.start);
    if tokens.get(at).is_none_or(|t| t.start != cue.start) {
        return true;
    }
    let one_word = tokens.get(at + 1).is_none_or(|t| t.start >= cue.end);
    if !one_word {
        return true;
    }
    let word = &text[cue.start..cue.end];
    let leading = ["if", "unless", "should"]
        .iter()
        .any(|w| word.eq_ignore_ascii_case(w));
    if leading && leads_a_forecast(tokens, at) {
        return true;
    }
    if !word.eq_ignore_ascii_case("if") {
        return false;
    }
    let on_truth = tokens[at + 1..]
        .iter()
        .take(TRUTH_REACH)
        .any(|t| TRUTH_WORDS.contains(&t.norm.as_str()));
    on_truth || !attributed
}

/// Whether the condition at token `at` opens its sentence or a quotation
/// (only punctuation before it, or a quotation mark or colon right before it) and its consequent, after the comma, is a forecast
/// with a modal: "“If anyone has done anything wrong, it will come out,” she
/// said"; "Unless doctors are protected, fewer will be willing to train";
/// "Should the talks collapse, the strike would resume".
/// A forecast on a condition hedges even when sourced (annotation guide,
/// rule 8); "If they cooperate, we will leave" is the speaker's commitment and
/// keeps its attribution.
fn leads_a_forecast(tokens: &[Token], at: usize) -> bool {
    if !opens(tokens, at) {
        return false;
    }
    let Some(comma) = tokens[at + 1..]
        .iter()
        .take(CONDITION_REACH)
        .position(|t| t.norm == ",")
    else {
        return false;
    };
    let consequent = &tokens[at + 2 + comma..];
    for (k, t) in consequent.iter().take(SUBJECT_REACH).enumerate() {
        if t.kind == TokenKind::Punct {
            return false;
        }
        if FORECAST_MODALS.contains(&t.norm.as_str()) || t.norm.ends_with("'ll") {
            let subject = &consequent[..k];
            let own =
                |n: &str| FIRST_PERSON.contains(&n) || n.starts_with("we'") || n.starts_with("i'");
            return (k > 0 || t.norm.ends_with("'ll"))
                && !subject.iter().any(|s| own(&s.norm))
                && !own(&t.norm);
        }
    }
    false
}

/// Drops the condition cues that do not hedge the reader level.
pub fn keep_reader_conditions(text: &str, tokens: &[Token], cues: &mut Vec<Cue>) {
    // Once per sentence, not per cue: a sentence of thousands of cues stays linear.
    let attributed = cues.iter().any(|c| c.category == Category::Attribution);
    let keep: Vec<bool> = cues
        .iter()
        .map(|c| hedges_reader(text, tokens, c, attributed))
        .collect();
    let mut k = keep.into_iter();
    cues.retain(|_| k.next().unwrap_or(true));
}

#[cfg(test)]
mod tests {
    use crate::analysis::analyze_sentence;
    use crate::score::Level;

    fn level(text: &str) -> Option<Level> {
        analyze_sentence(text).level
    }

    #[test]
    fn a_condition_on_the_claim_hedges() {
        assert_eq!(
            level("If the scientists are right, the finding changes how we think about life."),
            Some(Level::HEDGED)
        );
        assert_eq!(
            level("Kim said the report, if true, marks a turning point."),
            Some(Level::HEDGED)
        );
    }

    #[test]
    fn a_sourced_threat_or_commitment_keeps_its_condition() {
        assert_eq!(
            level("North Korea stated it would attack the loudspeakers if the broadcasts do not stop."),
            Some(Level::ATTRIBUTED)
        );
        assert_eq!(
            level("The directors said if the two mail an offer by Nov. 22, the company will pay their costs."),
            Some(Level::ATTRIBUTED)
        );
    }

    #[test]
    fn a_sourced_forecast_on_a_leading_condition_hedges() {
        for s in [
            "\u{201c}If anyone has done anything wrong, it will come out, and it will be dealt with,\u{201d} she said.",
            "\"If the rain continues, the river will burst its banks,\" the mayor said.",
            "The mayor said: \"If the rain continues, the river will burst its banks.\"",
            "\u{201c}If the talks fail, prices could double,\u{201d} said Anna Berg.",
            "Unless the rain stops, the river will burst its banks.",
            "\"If they don't pay, it'll get worse,\" the union leader said.",
        ] {
            assert_eq!(level(s), Some(Level::HEDGED), "{s}");
        }
    }

    #[test]
    fn a_speakers_own_commitment_on_a_condition_stays_attributed() {
        for s in [
            "\"If the government will cooperate, we will be happy to get out,\" the minister said.",
            "\"If you find sound, healthy companies in Japan, they are not for sale,\" said George Watanabe.",
            "\"If they attack, I'll respond,\" the general said.",
        ] {
            assert_eq!(level(s), Some(Level::ATTRIBUTED), "{s}");
        }
    }

    #[test]
    fn until_and_unless_state_terms_not_doubt() {
        assert_eq!(
            level("The board will keep seeking offers until a bid is made."),
            Some(Level::ASSERTED)
        );
        assert_eq!(
            level("The shareholders agreed to tender their stock unless a higher offer is made."),
            Some(Level::ASSERTED)
        );
    }

    #[test]
    fn the_conll_flag_keeps_the_condition() {
        let s = analyze_sentence("The board will keep seeking offers until a bid is made.");
        // The reader level ignores it; the CoNLL reading is the tagger's.
        assert_eq!(s.level, Some(Level::ASSERTED));
        assert!(s
            .cues
            .iter()
            .all(|c| c.category != crate::Category::Condition));
        // "unless" stays a CoNLL condition cue, out of the reader's cues.
        let s = analyze_sentence("Troops will stay unless Iraq complies with the resolution.");
        assert!(s.cues.is_empty(), "{:?}", s.cues);
        assert!(s.uncertain);
        assert_eq!(s.conll_cues[0].category, crate::Category::Condition);
    }
}
