//! Claim sentences that are about the claim before them: "He gave no
//! details.", "Her account could not be independently verified.", "The
//! company rejects this." Such a sentence shares few words, or none, with
//! the other reports' versions of the claim it follows, so the vectors
//! cannot group it; once groups are built it joins the group of the claim
//! sentence before it in its text (an anaphor), or, when both are already
//! grouped, the two groups become one.

use super::{Claim, Text};
use crate::analysis::Sentence;
use crate::category::Category;

/// First words that refer back to something said before: a pronoun or a
/// determiner that points back.
const OPENERS: [&str; 12] = [
    "he", "she", "it", "they", "this", "these", "that", "those", "his", "her", "its", "their",
];

/// Nouns that, after "the" at a sentence's start, name a claim made before
/// ("The claim could not be confirmed", "The accusation comes after …").
const CLAIM_NOUNS: [&str; 14] = [
    "claim",
    "claims",
    "allegation",
    "allegations",
    "accusation",
    "accusations",
    "account",
    "report",
    "reports",
    "suggestion",
    "charge",
    "charges",
    "assertion",
    "matter",
];

/// An anaphor has at most this many terms that another claim sentence
/// has: more, and it says enough of its own to be grouped by its words.
pub(super) const MAX_SHARED_TERMS: usize = 2;

/// Whether `sentence` opens with words that refer back: a pronoun ("He gave
/// no details"), a determiner ("This pact …") or "the" and a noun that names
/// a claim ("The claim …").
pub(super) fn refers_back(sentence: &str) -> bool {
    let mut words = sentence
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty());
    let lower = |w: Option<&str>| w.map(str::to_lowercase).unwrap_or_default();
    let (first, second) = (lower(words.next()), lower(words.next()));
    OPENERS.contains(&first.as_str()) || (first == "the" && CLAIM_NOUNS.contains(&second.as_str()))
}

/// Whether `sentence` denies, disputes or doubts something (a dispute or an
/// unverified cue): "Norvik denied receiving any such warnings", "could not
/// be independently verified". With few words of its own, what it doubts is
/// the claim before it.
fn takes_a_stance(sentence: &Sentence) -> bool {
    sentence
        .cues
        .iter()
        .any(|c| matches!(c.category, Category::Dispute | Category::Unverified))
}

/// The anaphors among `claims` (in text and sentence order), each with its
/// antecedent: (the claim before it in its text, the anaphor). An anaphor
/// refers back or takes a stance, and has at most [`MAX_SHARED_TERMS`] terms
/// whose document frequency (`df`) is two or more.
pub(super) fn anaphors(
    claims: &[Claim],
    texts: &[Text],
    analysed: &[Vec<Sentence>],
    df: &[u32],
) -> Vec<(usize, usize)> {
    (1..claims.len())
        .filter(|&i| {
            let (claim, before) = (&claims[i], &claims[i - 1]);
            let sentence = &analysed[claim.text][claim.sentence];
            let words = &texts[claim.text].text[sentence.range.clone()];
            let shared = claim.terms.iter().filter(|t| df[t.0 as usize] >= 2);
            claim.text == before.text
                && (refers_back(words) || takes_a_stance(sentence))
                && shared.count() <= MAX_SHARED_TERMS
        })
        .map(|i| (i - 1, i))
        .collect()
}

/// Each sentence's set after its anaphors are placed: `set[i]` names the
/// set of sentence `i` (any id below `set.len()`), `text[i]` is its text.
/// For each (antecedent, anaphor) of `pairs`, in order: if both sets span
/// two texts or more they become one; otherwise the anaphor moves to its
/// antecedent's set. Near-linear (a union-find over the sets).
pub(super) fn place(set: &mut [usize], text: &[usize], pairs: &[(usize, usize)]) {
    let spans = spanning(set, text);
    let mut parent: Vec<usize> = (0..set.len()).collect();
    for &(before, anaphor) in pairs {
        let a = find(&mut parent, set[anaphor]);
        let b = find(&mut parent, set[before]);
        if a == b {
            continue;
        }
        if spans[a] && spans[b] {
            parent[a] = b;
        } else {
            set[anaphor] = b;
        }
    }
    for s in set.iter_mut() {
        *s = find(&mut parent, *s);
    }
}

/// Which set ids name a set with sentences of two texts or more.
fn spanning(set: &[usize], text: &[usize]) -> Vec<bool> {
    let mut first: Vec<Option<usize>> = vec![None; set.len()];
    let mut spans = vec![false; set.len()];
    for (&s, &t) in set.iter().zip(text) {
        match first[s] {
            None => first[s] = Some(t),
            Some(f) if f != t => spans[s] = true,
            _ => {}
        }
    }
    spans
}

fn find(parent: &mut [usize], mut i: usize) -> usize {
    while parent[i] != i {
        parent[i] = parent[parent[i]];
        i = parent[i];
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn openers_that_refer_back() {
        for s in [
            "He gave no details.",
            "Her account could not be independently verified.",
            "\"It is baseless,\" she said.",
            "This pact signifies a strengthening alliance.",
            "The claim could not be confirmed.",
            "The allegations were denied.",
        ] {
            assert!(refers_back(s), "{s}");
        }
        for s in [
            "Helicopters lifted thirteen sailors.",
            "The company rejects this.",
            "There were no survivors.",
            "Theirs was the first boat.",
            "The claimant appealed.",
            "",
        ] {
            assert!(!refers_back(s), "{s}");
        }
    }

    #[test]
    fn an_anaphor_moves_to_its_antecedents_set_or_the_sets_merge() {
        // Sentences 0..6 of texts 0,0,1,1,2,2,0: sets {0,2} and {1,3}
        // span two texts, {4} and {5} are alone, 6 is with 4.
        let text = [0, 0, 1, 1, 2, 2, 0];
        let mut set = [0, 1, 0, 1, 4, 5, 4];
        // 1 follows 0, both sets span: one set. 5 follows 4 ({4, 6} spans
        // texts 2 and 0 but {5} does not): 5 moves to 4's set.
        place(&mut set, &text, &[(0, 1), (4, 5)]);
        assert_eq!(set[0], set[1]);
        assert_eq!(set[2], set[3]);
        assert_eq!(set[0], set[3]);
        assert_eq!(set[5], set[4]);
        assert_eq!(set[6], set[4]);
        assert_ne!(set[4], set[0]);
    }

    #[test]
    fn a_grouped_anaphor_after_an_ungrouped_sentence_leaves_its_group() {
        // {1, 2} spans texts 0 and 1; 1 follows 0, which is alone.
        let text = [0, 0, 1];
        let mut set = [0, 1, 1];
        place(&mut set, &text, &[(0, 1)]);
        assert_eq!(set[1], set[0]);
        assert_ne!(set[2], set[1]);
    }
}
