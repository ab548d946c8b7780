//! Conflicting accounts in one sentence (annotation guide, rule 13): "which
//! the Church describes as a retreat, but critics charge is a forced work
//! camp"; "the ministry put the toll at 3,000, while the Red Crescent said
//! 11,300".
//!
//! The sign is a second party brought in against the first: an attribution,
//! then "but", "while" or "whereas", then a short subject that is not a
//! pronoun (so not the same speaker going on: "…, but he said…") and its own
//! attribution verb. A semicolon is not enough: it joins reports of one
//! story as often as it sets them against each other. Nor is a second party
//! after a non-answer ("officials have not said why, but the ambassador
//! says…"), which fills a gap rather than contradicting anyone.

use crate::category::Category;
use crate::detect::Cue;
use crate::tokenize::Token;

/// Words that set a second account against the first.
const CONTRAST: [&str; 3] = ["but", "while", "whereas"];

/// Most words between the contrast and the second attribution verb: a
/// subject ("critics", "the Red Crescent"), not a clause.
const MAX_SUBJECT_WORDS: usize = 5;

/// Words that make the second subject the first speaker again, or no party.
const SAME_SPEAKER: [&str; 12] = [
    "he", "she", "it", "they", "we", "i", "also", "later", "then", "added", "has", "have",
];

/// Strength of the dispute cue of conflicting accounts.
const CONFLICT_STRENGTH: f32 = 0.5;

/// The contrast word before the verb at token `verb` ("but Moscow said"),
/// back over a subject of other words, with how many words that subject has.
fn contrast_before(tokens: &[Token], verb: usize) -> Option<(usize, usize)> {
    for (words, prev) in (0..verb).rev().enumerate() {
        let t = &tokens[prev];
        if CONTRAST.contains(&t.norm.as_str()) {
            return Some((prev, words));
        }
        if SAME_SPEAKER.contains(&t.norm.as_str()) || !t.is_word() || words == MAX_SUBJECT_WORDS {
            return None;
        }
    }
    None
}

/// Adds a dispute cue over the second party of conflicting accounts.
pub fn mark_conflicts(tokens: &[Token], cues: &mut Vec<Cue>) {
    let attributions: Vec<(usize, usize)> = cues
        .iter()
        .filter(|c| c.category == Category::Attribution)
        .map(|c| (c.start, c.end))
        .collect();
    let Some(&(_, first_end)) = attributions.first() else {
        return;
    };
    let first_unverified = cues
        .iter()
        .filter(|c| c.category == Category::Unverified)
        .map(|c| c.start)
        .min()
        .unwrap_or(usize::MAX);
    let mut found = None;
    for &(start, end) in &attributions[1..] {
        // Tokens are in order: a binary search keeps this linear in the cues
        // (a scan per cue was quadratic on a sentence of thousands of "said").
        let verb = tokens.partition_point(|t| t.start < start);
        if tokens.get(verb).is_none_or(|t| t.start != start) {
            continue;
        }
        let Some((contrast, words)) = contrast_before(tokens, verb) else {
            continue;
        };
        let at_contrast = tokens[contrast].start;
        if words > 0 && first_end <= at_contrast && first_unverified > at_contrast {
            found = Some((tokens[contrast + 1].start, end));
            break;
        }
    }
    if let Some((start, end)) = found {
        cues.retain(|c| !(start <= c.start && c.end <= end && c.category == Category::Anonymous));
        cues.push(Cue {
            start,
            end,
            category: Category::Dispute,
            strength: CONFLICT_STRENGTH,
            negated: false,
            conll: false,
        });
        cues.sort_by_key(|c| (c.start, c.end));
    }
}

#[cfg(test)]
mod tests {
    use crate::analysis::analyze_sentence;
    use crate::Level;

    fn level(text: &str) -> Option<Level> {
        analyze_sentence(text).level
    }

    #[test]
    fn two_parties_set_against_each_other_conflict() {
        assert_eq!(
            level("She was sent to the camp, which the Church describes as a retreat, but critics charge is a forced work camp."),
            Some(Level::DISPUTED)
        );
        assert_eq!(
            level("The ministry said 3,000 people died, while the Red Crescent said 11,300."),
            Some(Level::DISPUTED)
        );
    }

    #[test]
    fn one_speaker_going_on_is_no_conflict() {
        assert_eq!(
            level("Kim said the talks went well, but he said more work was needed."),
            Some(Level::ATTRIBUTED)
        );
        assert_eq!(
            level("Kim said the talks went well and Lee said so too."),
            Some(Level::ATTRIBUTED)
        );
        assert_eq!(
            level("The ministry said 3,000 people died; the Red Crescent said it sent aid."),
            Some(Level::ATTRIBUTED)
        );
        assert_eq!(
            level("Officials have not said why the team was turned away, but the ambassador says it will travel."),
            Some(Level::UNVERIFIED)
        );
    }
}
