//! The reader's own cues, laid over the CoNLL cues of [`crate::detect`].
//!
//! Every phrase of the main lexicon (data/cues.tsv) is also a feature of the
//! statistical tagger, so adding one there changes what the tagger reads and
//! needs the model retrained, and can move the CoNLL-2010 scores it is held
//! to. Phrases that only the reader level needs ("hopes to", "could not be
//! reached", "it is unclear whether") live in data/reader-cues.tsv instead:
//! same format, matched after detection, never seen by the tagger, and never
//! counted for the CoNLL `uncertain` flag (which [`crate::analysis`] takes
//! before this runs).

use crate::category::Category;
use crate::detect::{reading, Cue};
use crate::lexicon::{Lexicon, WhenNegated};
use crate::tokenize::{Token, TokenKind};

/// The detected cues by token, so that each phrase looks only at the cues on
/// its own words: a scan of every cue per phrase was quadratic on a sentence
/// of thousands of them.
fn cues_by_token(tokens: &[Token], cues: &[Cue]) -> Vec<Vec<usize>> {
    let token_at = |byte: usize| tokens.partition_point(|t| t.start < byte);
    let mut on_token: Vec<Vec<usize>> = vec![Vec::new(); tokens.len()];
    for (i, c) in cues.iter().enumerate() {
        for held in &mut on_token[token_at(c.start)..token_at(c.end)] {
            held.push(i);
        }
    }
    on_token
}

/// Adds the reader-only cues of `text`. A reader phrase that holds the
/// detected cues it overlaps replaces them, longest first like the lexicon
/// ("not certain whether" over "not certain" and "whether"); one that an
/// existing cue reaches past gives way.
pub fn add_reader_cues(text: &str, tokens: &[Token], cues: &mut Vec<Cue>) {
    let lexicon = Lexicon::reader();
    let matches = lexicon.find(text, tokens);
    if matches.is_empty() {
        return;
    }
    let mut in_phrase = vec![false; tokens.len()];
    for m in matches.iter().filter(|m| m.last - m.first > 1) {
        in_phrase[m.first..m.last].fill(true);
    }
    let on_token = cues_by_token(tokens, cues);
    let mut removed = vec![false; cues.len()];
    let mut added = Vec::new();
    for m in &matches {
        let entry = lexicon.entry(m);
        if entry.category.is_none() && entry.negated == WhenNegated::Drop {
            // A sense entry: these words are no cue here ("a suspect", "at
            // the suggestion of"); the cues on them go ("so they could"
            // takes "could be" with it).
            for &i in on_token[m.first..m.last].iter().flatten() {
                removed[i] = true;
            }
            continue;
        }
        let Some((category, first)) = reading(entry, tokens, m, &in_phrase) else {
            continue;
        };
        let (start, end) = (tokens[first].start, tokens[m.last - 1].end);
        let held: Vec<usize> = on_token[first..m.last]
            .iter()
            .flatten()
            .copied()
            .filter(|&i| !removed[i])
            .collect();
        if held
            .iter()
            .any(|&i| cues[i].start < start || cues[i].end > end)
        {
            continue;
        }
        for i in held {
            removed[i] = true;
        }
        added.push(Cue {
            start,
            end,
            category,
            strength: entry.strength,
            negated: first != m.first,
            conll: false,
        });
    }
    let mut gone = removed.into_iter();
    cues.retain(|_| !gone.next().unwrap_or(false));
    cues.extend(added);
    cues.sort_by_key(|c| (c.start, c.end));
}

/// Drops the cues that are words of a name: "the Ohio Bureau of Criminal
/// Investigation", "the Institute for the Study of War" (guide rule 8: the
/// sense, not the word). A cue counts as part of a name when all its words
/// are capitalised and the word before it is too, or is a name's joining
/// word ("of", "for", "the", "and") after a capitalised one; a sentence's
/// first word and a quotation's are left alone.
pub fn drop_cues_in_names(text: &str, tokens: &[Token], cues: &mut Vec<Cue>) {
    let capital =
        |t: &Token| t.kind == TokenKind::Word && text[t.start..].starts_with(char::is_uppercase);
    let in_name = |c: &Cue| {
        let first = tokens.partition_point(|t| t.start < c.start);
        let last = tokens.partition_point(|t| t.end <= c.end);
        if first == 0 || first >= last || !tokens[first..last].iter().all(capital) {
            return false;
        }
        let before = &tokens[first - 1];
        let joins = matches!(before.norm.as_str(), "of" | "for" | "the" | "and")
            && first >= 2
            && capital(&tokens[first - 2])
            && first - 2 > 0;
        (capital(before) && first - 1 > 0) || joins
    };
    cues.retain(|c| {
        matches!(c.category, Category::Attribution | Category::Anonymous) || !in_name(c)
    });
}

#[cfg(test)]
mod tests {
    use crate::analysis::analyze_sentence;
    use crate::{Category, Level};

    fn cues(text: &str) -> Vec<(String, Category)> {
        analyze_sentence(text)
            .cues
            .iter()
            .map(|c| (text[c.start..c.end].to_string(), c.category))
            .collect()
    }

    #[test]
    fn a_cue_word_in_a_name_is_no_cue() {
        assert_eq!(
            cues("Agents of the Bureau of Criminal Investigation arrived on Monday."),
            vec![]
        );
        assert_eq!(
            analyze_sentence("Staff of the Ohio Bureau of Criminal Investigation arrived.").level,
            Some(Level::ASSERTED)
        );
        // Not at a sentence's start, and not a lowercase cue.
        assert!(!cues("Investigation of the crash continues.").is_empty());
        assert!(!cues("The Bureau said an investigation was under way.").is_empty());
    }

    #[test]
    fn reader_phrases_set_the_level_but_not_the_conll_flag() {
        let s = analyze_sentence("Mr. Drabinsky couldn't be reached for comment.");
        assert_eq!(s.level, Some(Level::UNVERIFIED));
        let hope = analyze_sentence("He hopes to recover the remains within two weeks.");
        assert_eq!(hope.level, Some(Level::HEDGED));
        assert!(cues("He hopes to recover the remains.")
            .contains(&("hopes".to_string(), Category::Belief)));
    }

    #[test]
    fn a_longer_reader_phrase_replaces_the_cues_it_holds() {
        let found = cues("FBI officials said they were not certain whether the men were involved.");
        assert!(
            found.contains(&("not certain whether".to_string(), Category::Unverified)),
            "{found:?}"
        );
        assert!(!found.iter().any(|(t, _)| t == "whether"));
    }

    #[test]
    fn sense_entries_remove_the_cues_they_hold() {
        let s = analyze_sentence("Glenn said suspects had been arrested in only four cases.");
        assert_eq!(s.level, Some(Level::ATTRIBUTED));
        let s = analyze_sentence("Police named a suspect in the killing.");
        assert_eq!(s.level, Some(Level::ASSERTED));
        let s = analyze_sentence("Police suspect the fire was set deliberately.");
        assert_eq!(s.level, Some(Level::HEDGED));
        let s = analyze_sentence("The deal was done at the suggestion of the chairman.");
        assert_eq!(s.level, Some(Level::ASSERTED));
        // A superlative's "possible" is an intensifier, not a possibility.
        let s = analyze_sentence("The acts must be met with the severest possible crackdown.");
        assert_eq!(s.level, Some(Level::ASSERTED));
    }

    #[test]
    fn forecasts_hedge_but_schedules_and_abilities_do_not() {
        let level = |t: &str| analyze_sentence(t).level;
        assert_eq!(
            level("The new rules will hurt small farmers."),
            Some(Level::HEDGED)
        );
        assert_eq!(
            level("The summit will open on Monday in Geneva."),
            Some(Level::ASSERTED)
        );
        assert_eq!(
            level("Her parents moved so they could be closer to the church."),
            Some(Level::ASSERTED)
        );
        assert_eq!(
            level("Worshippers may now formally associate at the sites."),
            Some(Level::ASSERTED)
        );
        assert_eq!(
            level("Kim appeared confident he would find the remains."),
            Some(Level::HEDGED)
        );
    }

    #[test]
    fn senses_of_news_words() {
        let level = |t: &str| analyze_sentence(t).level;
        // Nouns, not verbs of saying or beliefs.
        assert_eq!(
            level("Turkey urged all Balkan states to sign."),
            Some(Level::ASSERTED)
        );
        assert_eq!(
            level("He was arrested in seven states."),
            Some(Level::ASSERTED)
        );
        assert_eq!(
            level("Six suspects in the case are in custody."),
            Some(Level::ASSERTED)
        );
        assert_eq!(
            level("The Federal Bureau of Investigation opened an office."),
            Some(Level::ASSERTED)
        );
        // Settled expectations and concessions.
        assert_eq!(
            level("Profits were higher than expected."),
            Some(Level::ASSERTED)
        );
        assert_eq!(
            level("As expected, the bank raised rates."),
            Some(Level::ASSERTED)
        );
        assert_eq!(
            level("It has helped them organise, even if they are few."),
            Some(Level::ASSERTED)
        );
        // An unnamed place is no unnamed source; an unnamed official is.
        assert!(!cues("They flew to an unnamed city.")
            .iter()
            .any(|(_, c)| *c == Category::Anonymous));
        assert!(cues("An unnamed official confirmed it.")
            .iter()
            .any(|(_, c)| *c == Category::Anonymous));
        // Verbs of saying: a judgement called, a confirmation by a source.
        assert_eq!(
            level("Horsley called the move a setback."),
            Some(Level::ATTRIBUTED)
        );
        assert_eq!(
            level("He joined a group called the Sea Org."),
            Some(Level::ASSERTED)
        );
        assert_eq!(
            level("Canadian officials confirmed that Kopp is a suspect."),
            Some(Level::ATTRIBUTED)
        );
        assert_eq!(
            level("Kopp purports to be a devout Catholic."),
            Some(Level::HEDGED)
        );
    }

    #[test]
    fn accusations_data_and_settled_announcements() {
        let level = |t: &str| analyze_sentence(t).level;
        // A named party's accusation, one cue; a passive one stays hedged.
        let s = analyze_sentence("Kyiv has repeatedly accused Moscow of striking energy sites.");
        assert_eq!(s.level, Some(Level::ATTRIBUTED));
        assert_eq!(s.cues.len(), 1, "one cue for 'accused': {:?}", s.cues);
        assert_eq!(
            level("The parents are also accused of neglecting their child."),
            Some(Level::HEDGED)
        );
        // Data that show something are a source; a show is not.
        assert_eq!(
            level("Official figures show unemployment rose."),
            Some(Level::ATTRIBUTED)
        );
        assert_eq!(
            level("Satellite images showed troops massing."),
            Some(Level::ATTRIBUTED)
        );
        assert_eq!(level("The show was cancelled."), Some(Level::ASSERTED));
        // A participle before its noun is settled; the verb is attributed.
        assert_eq!(
            level("The charge is tied to Hughes's previously announced plan to cut jobs."),
            Some(Level::ASSERTED)
        );
        assert_eq!(
            level("Hughes previously announced that it would cut jobs."),
            Some(Level::ATTRIBUTED)
        );
    }

    #[test]
    fn a_source_that_will_not_say() {
        let s = analyze_sentence("Bertin Nadeau wouldn't say if Mr. Lortie was asked to leave.");
        assert_eq!(s.level, Some(Level::UNVERIFIED));
        let s = analyze_sentence("Officials declined to say how many troops had left.");
        assert_eq!(s.level, Some(Level::UNVERIFIED));
        let s = analyze_sentence(
            "Lawyers for the two sides weren't immediately available for comment.",
        );
        assert_eq!(s.level, Some(Level::UNVERIFIED));
    }

    #[test]
    fn not_known_is_not_established() {
        let level = |t: &str| analyze_sentence(t).level;
        assert_eq!(
            level("The cause of the fire remains unknown."),
            Some(Level::UNVERIFIED)
        );
        assert_eq!(
            level("Inspector Keith MacCaskill said he had never heard of the men."),
            Some(Level::UNVERIFIED)
        );
    }

    #[test]
    fn more_verbs_of_saying() {
        let s = analyze_sentence("Moskal emphasized that no one has been named.");
        assert_eq!(s.level, Some(Level::ATTRIBUTED));
        assert_eq!(s.source.map(|x| (x.start, x.end)), Some((0, 6)));
    }

    #[test]
    fn negation_applies_to_reader_phrases() {
        // "rule out" negated is a possibility left open.
        let s = analyze_sentence("Police did not rule out foul play.");
        assert_eq!(s.level, Some(Level::HEDGED));
        let s = analyze_sentence("Police ruled out foul play.");
        assert_eq!(s.level, Some(Level::ASSERTED));
    }
}
