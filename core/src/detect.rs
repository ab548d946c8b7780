//! Cue detection in one sentence: lexicon matches, their context rules, and
//! negation.
//!
//! Negation is lexical and local: a negator ("not", "no", "never", "without",
//! "lacks", ...) among the few words before a cue, with no punctuation between,
//! applies the lexicon's "negated" column. "no concrete evidence" becomes an
//! *unverified* cue spanning all three words; "no doubt" is a booster.

use crate::category::Category;
use crate::lexicon::{Entry, Lexicon, Match, WhenNegated};
use crate::tagger::{self, LexMark, Tagger};
use crate::tokenize::{tokenize, Token, TokenKind};

/// A cue: words that say how sure a sentence is. In a [`Sentence`](crate::Sentence)
/// its offsets are bytes into the analysed text.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Cue {
    /// Byte offset of its first word.
    pub start: usize,
    /// Byte offset just past its last word.
    pub end: usize,
    /// What it says: speculation, attribution, dispute, ….
    pub category: Category,
    /// How much the cue moves the score (from the lexicon).
    pub strength: f32,
    /// True when a negator changed what this cue means.
    pub negated: bool,
    /// Counts for the CoNLL-2010 `uncertain` flag and its cue spans. False
    /// only for a one-word lexicon hedge ("could", "may") that the tagger did
    /// not confirm: the Szeged annotation marks such words both ways, but a
    /// reader is owed the hedge, so it still sets the reader level.
    pub conll: bool,
}

// The negators live with the tokens, below both detection and the tagger,
// which read them.
use crate::tokenize::is_negator;

/// How many words before a cue a negator may stand ("no photographic or video
/// evidence has confirmed").
const NEGATION_WINDOW: usize = 6;

/// How many tokens (words, quotes, hyphens) the search for a negator looks
/// back at most, so that a run of quote marks cannot make it scan the sentence.
const NEGATION_REACH: usize = 4 * NEGATION_WINDOW;

/// What finds cues: a lexicon and a tagger. [`Detector::builtin`] is the
/// shipped one; `hedgelight eval --folds` builds others with a tagger trained
/// on the other folds and runs the unchanged pipeline with them.
#[derive(Clone, Copy, Debug)]
pub struct Detector<'a> {
    /// The cue table: phrases, their categories, rules and negation.
    pub lexicon: &'a Lexicon,
    /// The statistical tagger that decides the uncertainty cues.
    pub tagger: &'a Tagger,
}

impl Detector<'static> {
    /// The compiled-in lexicon and model.
    pub fn builtin() -> Detector<'static> {
        Detector {
            lexicon: Lexicon::builtin(),
            tagger: Tagger::builtin(),
        }
    }
}

impl Detector<'_> {
    /// [`Detector::detect`] on tokens the caller already has.
    pub fn detect_tokens(&self, text: &str, tokens: &[Token]) -> Vec<Cue> {
        detect_with(text, tokens, self.lexicon, self.tagger)
    }

    /// Finds the cues of one sentence (or any short text).
    pub fn detect(&self, text: &str) -> Vec<Cue> {
        let tokens = tokenize(text);
        detect_with(text, &tokens, self.lexicon, self.tagger)
    }
}

/// Finds the cues of one sentence with the built-in detector.
#[cfg(test)]
pub fn detect(text: &str) -> Vec<Cue> {
    Detector::builtin().detect(text)
}

/// Default strength of a tagged cue the lexicon does not list.
const TAGGED_STRENGTH: f32 = 0.3;

/// Cue detection with a given lexicon and tagger.
///
/// The tagger decides the four uncertainty categories; the lexicon (with its
/// rules and negation) gives the news categories. An empty tagger leaves the
/// lexicon's uncertainty cues in place (the fallback if the model is absent).
pub fn detect_with(text: &str, tokens: &[Token], lexicon: &Lexicon, tagger: &Tagger) -> Vec<Cue> {
    let matches = lexicon.find(text, tokens);
    let LexiconCues {
        lexical,
        unconfirmed,
        firm,
    } = lexicon_cues(tokens, lexicon, tagger, &matches);
    let mut cues = if tagger.is_empty() {
        Vec::new()
    } else {
        tagged_cues(text, tokens, lexicon, tagger, &matches, &firm)
    };
    // The tagger's own reading of a word wins; where it found no cue, the
    // lexicon's hedge stands for the reader.
    let mut tagged = vec![false; tokens.len()];
    for (_, first, last) in &cues {
        tagged[*first..*last].fill(true);
    }
    cues.extend(
        unconfirmed
            .into_iter()
            .filter(|(_, first, last)| !tagged[*first..*last].iter().any(|&t| t)),
    );
    cues.extend(lexical);
    // A booster never shares words with a cue of doubt or sourcing: "has yet
    // to confirm" is no confirmation, "not confirmed" no booster.
    let mut doubt = vec![false; tokens.len()];
    for (c, first, last) in &cues {
        if c.category != Category::Booster {
            doubt[*first..*last].fill(true);
        }
    }
    // Nor does it stand in the clause of a doubt: in "unclear whether the
    // reports were confirmed" and "definitive information remains limited"
    // the booster is what is in doubt, not a reason for confidence.
    // Clause ids count up from 0, at most one per token: a flag per clause
    // keeps the look-up constant ('denied, ' x k + 'confirmed, ' x k was
    // quadratic with a list).
    let clause = clause_ids(tokens);
    let mut doubted = vec![false; clause.last().map_or(0, |&id| id + 1)];
    for (c, first, _) in &cues {
        if casts_doubt(c.category) {
            doubted[clause[*first]] = true;
        }
    }
    let mut cues: Vec<Cue> = cues
        .into_iter()
        .filter(|(c, first, last)| {
            c.category != Category::Booster
                || !(doubt[*first..*last].iter().any(|&d| d) || doubted[clause[*first]])
        })
        .map(|l| l.0)
        .collect();
    drop_nested_repeats(&mut cues);
    cues
}

/// What the lexicon's matches give before the tagger has its say. Each cue
/// comes with its token range.
struct LexiconCues {
    /// Cues that stand: the news categories, curated phrases of several
    /// words, negated readings, and any cue when there is no tagger.
    lexical: Vec<(Cue, usize, usize)>,
    /// One-word lexicon hedges the tagger has the say on (see `Cue::conll`).
    unconfirmed: Vec<(Cue, usize, usize)>,
    /// Tokens inside a lexicon phrase or a negated reading: a tagged cue
    /// touching one of them gives way.
    firm: Vec<bool>,
}

/// The cues of the lexicon's matches, with negation applied.
fn lexicon_cues(
    tokens: &[Token],
    lexicon: &Lexicon,
    tagger: &Tagger,
    matches: &[Match],
) -> LexiconCues {
    let mut lexical = Vec::new();
    let mut unconfirmed = Vec::new();
    let mut firm = vec![false; tokens.len()];
    // A negator inside a phrase of its own ("no doubt", "not clear") is used
    // up by it and negates nothing after it.
    let mut in_phrase = vec![false; tokens.len()];
    for m in matches.iter().filter(|m| m.last - m.first > 1) {
        in_phrase[m.first..m.last].fill(true);
    }
    for m in matches {
        let entry = lexicon.entry(m);
        let Some((category, first)) = reading(entry, tokens, m, &in_phrase) else {
            continue;
        };
        // The tagger decides uncertainty, except for the lexicon's curated
        // phrases of several words ("highly likely", "not clear").
        let cue = Cue {
            start: tokens[first].start,
            end: tokens[m.last - 1].end,
            category,
            strength: entry.strength,
            negated: first != m.first,
            conll: true,
        };
        if category.is_uncertainty() && !tagger.is_empty() && entry.words.len() < 2 {
            unconfirmed.push((
                Cue {
                    conll: false,
                    ..cue
                },
                first,
                m.last,
            ));
            continue;
        }
        if first != m.first || entry.words.len() > 1 {
            firm[first..m.last].fill(true);
        }
        lexical.push((cue, first, m.last));
    }
    LexiconCues {
        lexical,
        unconfirmed,
        firm,
    }
}

/// The tagger's cues, widened to the lexicon phrase they are part of, except
/// where a context rule or a firm lexicon reading says otherwise.
fn tagged_cues(
    text: &str,
    tokens: &[Token],
    lexicon: &Lexicon,
    tagger: &Tagger,
    matches: &[Match],
    firm: &[bool],
) -> Vec<(Cue, usize, usize)> {
    let mut cues = Vec::new();
    let marks = tagger::marks_of(text, tokens, lexicon, matches);
    for t in tagger.tag(text, tokens, &marks) {
        // A curated context rule has the last word ("May 3", "military might").
        if marks[t.first] == LexMark::Rejected {
            continue;
        }
        let (mut first, mut last) = (t.first, t.last);
        let (mut category, mut strength) = (t.category, TAGGED_STRENGTH);
        // Widen to the lexicon phrase it is part of ("highly likely"). The
        // tagger decides whether a word is a cue; where the curated lexicon
        // lists it, the lexicon says which kind ("we assess that" is belief,
        // though the gold data also uses "assess" for investigations).
        // Matches do not overlap and come in order: at most one holds it.
        let around = matches.partition_point(|m| m.last < last);
        if let Some((m, c)) = matches
            .get(around)
            .filter(|m| m.first <= first && last <= m.last)
            .and_then(|m| {
                let c = lexicon.entry(m).category?;
                c.is_uncertainty().then_some((m, c))
            })
        {
            (first, last) = (m.first, m.last);
            (category, strength) = (c, lexicon.entry(m).strength);
        }
        // A lexicon phrase or negated reading ("could not be verified", "no
        // doubt") beats a one-word tagging. A one-word news cue stays beside
        // the tagged one: "allegedly" is attribution and, in the Szeged sense,
        // uncertainty too.
        if firm[first..last].iter().any(|&f| f) {
            continue;
        }
        cues.push((
            Cue {
                start: tokens[first].start,
                end: tokens[last - 1].end,
                category,
                strength,
                negated: false,
                conll: true,
            },
            first,
            last,
        ));
    }
    cues
}

/// Drops a cue that lies inside another cue of the same category: "no
/// photographic or video evidence" inside "no photographic or video evidence
/// has confirmed" says nothing more, and a reader would see it twice. Cues
/// come sorted by (start, end) and leave so; linear after the sort, so a
/// sentence of thousands of cues costs no more than its sort.
fn drop_nested_repeats(cues: &mut Vec<Cue>) {
    // Containers before what they contain: by start, the longest first.
    cues.sort_by_key(|c| (c.start, std::cmp::Reverse(c.end)));
    let mut furthest: [Option<usize>; Category::ALL.len()] = [None; Category::ALL.len()];
    cues.retain(|c| {
        let end = &mut furthest[c.category as usize];
        if end.is_some_and(|e| e >= c.end) {
            return false;
        }
        *end = Some(c.end);
        true
    });
    cues.sort_by_key(|c| (c.start, c.end));
}

/// Whether a cue of this category puts what shares its clause in doubt.
fn casts_doubt(c: Category) -> bool {
    c.is_uncertainty() || matches!(c, Category::Unverified | Category::Dispute)
}

/// For each token, the number of its clause. Clause punctuation and the
/// conjunctions that join clauses start a new one, so "Without doubt, it may
/// rain" and "Kyiv confirmed it but Moscow denied it" keep their boosters.
fn clause_ids(tokens: &[Token]) -> Vec<usize> {
    let mut id = 0;
    tokens
        .iter()
        .map(|t| {
            if CLAUSE_BREAKS.contains(&t.norm.as_str()) {
                id += 1;
            }
            id
        })
        .collect()
}

const CLAUSE_BREAKS: [&str; 18] = [
    ",", ";", ":", "(", ")", "[", "]", "--", "\u{2013}", "\u{2014}", ".", "!", "?", "but",
    "although", "though", "while", "whereas",
];

/// What a lexicon match says, with negation applied: its category and the
/// token its cue starts at (the negator's, when one turned it), or `None`
/// when it is no cue here ("evidence" alone, a negated booster that drops).
/// `in_phrase` marks the tokens of phrases of several words, whose negators
/// are their own.
pub(crate) fn reading(
    entry: &Entry,
    tokens: &[Token],
    m: &Match,
    in_phrase: &[bool],
) -> Option<(Category, usize)> {
    match (find_negator(tokens, m.first, in_phrase), entry.negated) {
        (Some(_), WhenNegated::Drop) => None,
        (Some(n), WhenNegated::Become(c)) => Some((c, n)),
        (_, _) => entry.category.map(|c| (c, m.first)),
    }
}

/// Index of a negator shortly before token `at`, within the same clause.
fn find_negator(tokens: &[Token], at: usize, in_phrase: &[bool]) -> Option<usize> {
    let mut words = 0;
    for i in (at.saturating_sub(NEGATION_REACH)..at).rev() {
        let t = &tokens[i];
        if t.kind == TokenKind::Punct {
            // Quotes and hyphens do not end a negation's scope; clause punctuation does.
            if matches!(t.norm.as_str(), "\"" | "“" | "”" | "'" | "-") {
                continue;
            }
            return None;
        }
        if is_negator(&t.norm) && !in_phrase[i] {
            return Some(i);
        }
        if matches!(
            t.norm.as_str(),
            "but" | "and" | "although" | "though" | "while"
        ) {
            return None;
        }
        words += 1;
        if words >= NEGATION_WINDOW {
            return None;
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<(String, Category)> {
        detect(text)
            .into_iter()
            .map(|c| (text[c.start..c.end].to_string(), c.category))
            .collect()
    }

    fn has(text: &str, cue: &str, category: Category) -> bool {
        found(text).iter().any(|(t, c)| t == cue && *c == category)
    }

    use Category::*;

    #[test]
    fn each_category_has_a_cue() {
        assert!(has("Troops may be deployed.", "may", Speculation));
        assert!(has("Seoul believes the report.", "believes", Belief));
        assert!(has("If true, this is an escalation.", "If", Condition));
        assert!(has(
            "It is not known whether they died.",
            "whether",
            Investigation
        ));
        assert!(has(
            "According to the report, six died.",
            "According to",
            Attribution
        ));
        assert!(has(
            "An official who requested anonymity said so.",
            "requested anonymity",
            Anonymous
        ));
        assert!(has("The claim is unverified.", "unverified", Unverified));
        assert!(has(
            "Peskov dismissed it as \"fake news.\"",
            "fake news",
            Dispute
        ));
        assert!(has(
            "The ministry confirmed the deaths.",
            "confirmed",
            Booster
        ));
    }

    #[test]
    fn multi_word_cues_are_one_cue() {
        assert_eq!(
            found("It is highly likely."),
            [("highly likely".to_string(), Speculation)]
        );
        assert!(has(
            "The claims could not be verified.",
            "could not be verified",
            Unverified
        ));
        assert!(has(
            "It was most likely a strike.",
            "most likely",
            Speculation
        ));
        assert!(has(
            "Citing sources in Kyiv, it said so.",
            "Citing",
            Attribution
        ));
    }

    #[test]
    fn negation_turns_evidence_into_doubt_and_doubt_into_certainty() {
        assert!(has(
            "There is no concrete evidence of combat.",
            "no concrete evidence",
            Unverified
        ));
        assert!(has(
            "The deaths have not been substantiated.",
            "not been substantiated",
            Unverified
        ));
        assert!(has(
            "The report was not confirmed.",
            "not confirmed",
            Unverified
        ));
        assert!(has(
            "No complete units have been confirmed.",
            "No complete units have been confirmed",
            Unverified
        ));
        assert!(has(
            "There is no doubt they are there.",
            "no doubt",
            Booster
        ));
        assert!(has(
            "They made no secret of their ties.",
            "no secret",
            Booster
        ));
        assert!(has("He does not doubt it.", "not doubt", Booster));
        // A plain "evidence" is no cue, a negated one is.
        assert!(found("The evidence was shown.").is_empty());
    }

    #[test]
    fn negation_stops_at_clause_boundaries() {
        assert!(!has(
            "No, the deaths were confirmed.",
            "No, the deaths were confirmed",
            Unverified
        ));
        assert!(has("No, the deaths were confirmed.", "confirmed", Booster));
        assert!(has(
            "It is not true, but it was confirmed.",
            "confirmed",
            Booster
        ));
    }

    #[test]
    fn negated_denial_is_no_dispute() {
        assert!(!found("Moscow did not deny the report.")
            .iter()
            .any(|(_, c)| *c == Dispute));
    }

    #[test]
    fn ambiguous_words_in_context() {
        assert!(found("The talks ended in May.").is_empty());
        assert!(!has(
            "The strike claimed the lives of 20 soldiers.",
            "claimed",
            Attribution
        ));
        assert!(!has("Russia's military might grew.", "might", Speculation));
        assert!(!has("They appear in court today.", "appear", Speculation));
        assert!(has("They appear to be fighting.", "appear", Speculation));
    }

    #[test]
    fn offsets_are_bytes_of_the_input() {
        let text = "“Highly likely,” said Kim’s aide.";
        for c in detect(text) {
            assert!(text.get(c.start..c.end).is_some());
        }
        assert!(has(text, "Highly likely", Speculation));
    }

    #[test]
    fn fixed_phrases_with_if_are_no_condition() {
        // "as if" compares, "if any" concedes; the gold data never marks them
        // in Wikipedia or news.
        assert!(uncertain("He yelled as if he were in pain.").is_empty());
        assert!(uncertain("Few, if any, survived the crossing.").is_empty());
        assert_eq!(uncertain("If the reports are true, the unit left."), ["If"]);
    }

    fn uncertain(text: &str) -> Vec<String> {
        detect(text)
            .into_iter()
            .filter(|c| c.category.is_uncertainty())
            .map(|c| text[c.start..c.end].to_string())
            .collect()
    }

    #[test]
    fn the_tagger_tells_the_senses_of_ambiguous_words_apart() {
        // "May" the month, "may" the modal.
        assert!(uncertain("The talks ended in May.").is_empty());
        assert!(uncertain("May 3 was quiet.").is_empty());
        assert_eq!(uncertain("The ceasefire may collapse."), ["may"]);
        // "might" the noun, "might" the modal.
        assert!(uncertain("Russia's military might grew.").is_empty());
        assert_eq!(uncertain("Russia might send more troops."), ["might"]);
        // "could not" is inability, not doubt.
        assert!(uncertain("The officials could not agree on a date.").is_empty());
        // Conditions and open questions, also inside reported speech.
        assert_eq!(uncertain("If the talks fail, prices will rise.")[0], "If");
        assert!(uncertain("He said he did not know if the report was true.")
            .contains(&"if".to_string()));
        assert!(uncertain("It is not known whether they died.").contains(&"whether".to_string()));
        // Expectation and opinion.
        assert_eq!(
            uncertain("The minister is expected to resign."),
            ["expected"]
        );
        assert_eq!(uncertain("He is considered the favourite."), ["considered"]);
        // "Will" the name; "until" a past date.
        assert!(uncertain("Will Smith attended the premiere.").is_empty());
        assert!(uncertain("The project was completed in 1995 and ran until 2001.").is_empty());
    }

    #[test]
    fn without_a_model_the_lexicon_decides() {
        let empty = Tagger::default();
        let lexicon_only = Detector {
            lexicon: Lexicon::builtin(),
            tagger: &empty,
        };
        let cues = lexicon_only.detect("Troops may be deployed in May.");
        assert_eq!(cues.len(), 1);
        assert_eq!(cues[0].category, Speculation);
    }

    #[test]
    fn tagged_cues_sit_beside_one_word_news_cues() {
        // "allegedly" is an agentless report (anonymous) and a tagged belief.
        let found = found("The officers were allegedly killed.");
        assert!(
            found.contains(&("allegedly".to_string(), Anonymous)),
            "{found:?}"
        );
        // A news phrase wins over a one-word tagging inside it.
        assert!(!found_has_uncertainty("The claims could not be verified."));
    }

    fn found_has_uncertainty(text: &str) -> bool {
        detect(text).iter().any(|c| c.category.is_uncertainty())
    }

    #[test]
    fn no_cues_in_plain_or_empty_text() {
        assert!(found("").is_empty());
        assert!(
            found("The two leaders signed a mutual defense agreement this past summer.").is_empty()
        );
    }
}
