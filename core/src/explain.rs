//! A short explanation of why a sentence got its level: one sentence for the
//! reason that set it, and at most one more for the other cues ("Also: …").
//! Each cue word is quoted once, under the category that counts most. The
//! wording of each category lives in `data/explanations.tsv`.

use std::sync::OnceLock;

use crate::category::Category;
use crate::detect::Cue;
use crate::kind::Kind;
use crate::score::{cap, Level};

/// How many other categories the "Also" sentence names before "and more".
const MAX_ALSO: usize = 3;

/// Nouns that, negated, say a claim lacks support: the explanation names what
/// lacks it ("no evidence of fraud").
const SUPPORT_NOUNS: [&str; 5] = ["evidence", "proof", "sign", "signs", "indication"];
/// How many words of what lacks support the explanation quotes.
const MAX_OBJECT_WORDS: usize = 6;

struct Wording {
    lead: String,
    also: String,
    lead_source: String,
}

fn wording(category: Category) -> &'static Wording {
    static TABLE: OnceLock<Vec<(String, Wording)>> = OnceLock::new();
    let table = TABLE.get_or_init(|| {
        data!("explanations.tsv")
            .lines()
            .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
            .map(|l| {
                let f: Vec<&str> = l.split('\t').collect();
                let get = |i: usize| f.get(i).copied().unwrap_or("").to_string();
                (
                    get(0),
                    Wording {
                        lead: get(1),
                        also: get(2),
                        lead_source: get(3),
                    },
                )
            })
            .collect()
    });
    table
        .iter()
        .find(|(name, _)| name == category.as_str())
        .map(|(_, w)| w)
        .expect("data/explanations.tsv has every category")
}

/// Why a segment has no level.
pub fn explain_non_claim(kind: Kind) -> String {
    let what = match kind {
        Kind::Claim => return String::new(),
        Kind::Heading => "a heading, caption or byline",
        Kind::Dateline => "a dateline",
        Kind::Signpost => "a signpost or a request to the reader",
        Kind::Metadata => "the text's date",
    };
    format!("Not a claim: {what}, so it is not shaded.")
}

/// Why a sentence inside a quotation has its level: it is the speaker's,
/// named `who` in another sentence of the quotation.
pub fn explain_quote(text: &str, cues: &[Cue], level: Level, who: &str) -> String {
    let quoted = format!("It continues a quotation of “{who}”.");
    if cues.is_empty() {
        return format!("{}: {}", title(level), lowercase_first(&quoted));
    }
    format!("{} {quoted}", explain(text, cues, level, None))
}

/// `text` is what the cue offsets index into; `source` names who the
/// sentence's claim is attributed to, when that is known.
pub fn explain(text: &str, cues: &[Cue], level: Level, source: Option<&str>) -> String {
    if cues.is_empty() {
        return "Asserted: stated as fact, with no hedging, attribution or dispute.".to_string();
    }
    let parts = quoted_by_category(text, cues);
    let Some(((first, first_cues), rest)) = parts.split_first() else {
        return format!("{}.", title(level));
    };
    let w = wording(*first);
    let lead = match source {
        // A pronoun ("he said") names no one a reader could look up here.
        Some(who)
            if matches!(*first, Category::Attribution | Category::Anonymous)
                && !w.lead_source.is_empty()
                && !is_pronoun(who) =>
        {
            w.lead_source.replace("{source}", who)
        }
        _ => w.lead.clone(),
    };
    let mut out = format!("{}: {}.", title(level), lead.replace("{cues}", first_cues));
    if !rest.is_empty() {
        let mut also: Vec<String> = rest
            .iter()
            .take(MAX_ALSO)
            .map(|(c, q)| wording(*c).also.replace("{cues}", q))
            .collect();
        if rest.len() > MAX_ALSO {
            also.push("and more".to_string());
        }
        out.push_str(&format!(" Also: {}.", also.join("; ")));
    }
    out
}

/// The categories of the cues, the one that sets the level first, each with
/// its quoted cue words. A word is quoted once, under the first category
/// that has it ("allegedly" is an unnamed source and, for the tagger, a
/// belief); at most three words per category, so a sentence of many cues
/// still reads as one sentence.
fn quoted_by_category(text: &str, cues: &[Cue]) -> Vec<(Category, String)> {
    const MAX_WORDS: usize = 3;
    let mut categories: Vec<Category> = cues.iter().map(|c| c.category).collect();
    categories.sort_by_key(|&c| (cap(c), c));
    categories.dedup();
    let slot_of = |c: Category| categories.iter().position(|&k| k == c).unwrap_or(0);
    // For each span, the category that counts most ("allegedly" is an
    // unnamed source before it is a belief): the word is quoted there only.
    let mut best: std::collections::HashMap<(usize, usize), usize> =
        std::collections::HashMap::new();
    for c in cues {
        let slot = slot_of(c.category);
        best.entry((c.start, c.end))
            .and_modify(|b| *b = (*b).min(slot))
            .or_insert(slot);
    }
    let mut seen = std::collections::HashSet::new();
    let mut by_category: Vec<Vec<String>> = vec![Vec::new(); categories.len()];
    for c in cues {
        let slot = slot_of(c.category);
        let key = text.get(c.start..c.end).unwrap_or("").trim().to_lowercase();
        if best.get(&(c.start, c.end)) != Some(&slot) || !seen.insert(key) {
            continue;
        }
        by_category[slot].push(quote(text, c));
    }
    categories
        .into_iter()
        .zip(by_category)
        .filter(|(_, q)| !q.is_empty())
        .map(|(c, mut q)| {
            if q.len() > MAX_WORDS {
                q.truncate(MAX_WORDS);
                q.push("…".to_string());
            }
            (c, q.join(", "))
        })
        .collect()
}

/// A cue in quotation marks; a lack of support names what lacks it:
/// “no evidence” (of fraud).
fn quote(text: &str, c: &Cue) -> String {
    let words = text.get(c.start..c.end).unwrap_or("").trim();
    let last = words.rsplit(' ').next().unwrap_or("").to_lowercase();
    let lacks_support =
        matches!(c.category, Category::Unverified) && SUPPORT_NOUNS.contains(&last.as_str());
    let object = lacks_support
        .then(|| what_lacks_support(text.get(c.end..).unwrap_or("")))
        .flatten();
    match object {
        Some(o) => format!("“{words}” ({o})"),
        None => format!("“{words}”"),
    }
}

/// "of fraud" from " of fraud, officials said": a short phrase with "of",
/// "that" or "for", up to the clause's end.
/// `after` runs to the end of the text: only its first words are read, so
/// that many such cues cost no more than their own words.
fn what_lacks_support(after: &str) -> Option<String> {
    const CLAUSE_ENDS: [char; 8] = [',', '.', ';', ':', '!', '?', '"', '”'];
    let mut words: Vec<&str> = Vec::new();
    for piece in after.split(char::is_whitespace) {
        let (word, ends) = match piece.find(CLAUSE_ENDS) {
            Some(at) => (&piece[..at], true),
            None => (piece, false),
        };
        if !word.is_empty() {
            words.push(word);
        }
        if ends || words.len() == MAX_OBJECT_WORDS {
            break;
        }
    }
    matches!(words.first(), Some(&("of" | "that" | "for"))).then(|| words.join(" "))
}

fn is_pronoun(who: &str) -> bool {
    matches!(
        who.to_lowercase().as_str(),
        "he" | "she" | "they" | "it" | "we" | "i" | "you"
    )
}

fn title(level: Level) -> String {
    let mut name = level.name().to_string();
    name[..1].make_ascii_uppercase();
    name
}

fn lowercase_first(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_lowercase().chain(c).collect())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::detect::detect;
    use crate::score::level;

    fn why(text: &str) -> String {
        let cues = detect(text);
        explain(text, &cues, level(&cues), None)
    }

    #[test]
    fn names_the_level_and_quotes_the_cues() {
        let e = why("He called it \"highly likely\", officials said.");
        assert!(e.starts_with("Hedged: "), "{e}");
        assert!(e.contains("“highly likely”"), "{e}");
        assert!(e.contains("reported (“said”)"), "{e}");
        assert!(e.ends_with('.'));
    }

    #[test]
    fn the_deciding_category_comes_first() {
        let e = why("Both sides may have denied it.");
        assert_eq!(e, "Disputed: someone denies, rejects or contradicts it (“denied”). Also: possible (“may”).");
    }

    #[test]
    fn plain_sentences_are_asserted() {
        assert!(why("The two leaders met in June.").starts_with("Asserted"));
    }

    #[test]
    fn a_cue_is_quoted_once_and_lists_stay_short() {
        // "allegedly" is an unnamed source and a tagged belief: quoted once.
        let e = why("The officers were allegedly killed.");
        assert_eq!(e.matches("allegedly").count(), 1, "{e}");
        let e = why(
            &"It may rain, it might rain, it could rain, it possibly rains, perhaps. ".repeat(3),
        );
        assert!(e.matches('“').count() <= 4, "{e}");
        assert!(e.len() < 200, "{e}");
    }

    #[test]
    fn a_debunk_says_what_lacks_evidence() {
        let e = why("Officials found no evidence of fraud in the count.");
        assert!(e.starts_with("Unverified: "), "{e}");
        assert!(e.contains("“no evidence” (of fraud in the count)"), "{e}");
    }

    #[test]
    fn awaited_confirmation_is_not_a_booster() {
        let e = why("\"We are looking to confirm his death,\" a US official told the newspaper.");
        assert!(
            e.starts_with("Unverified: the text says it is not confirmed (“looking to confirm”)"),
            "{e}"
        );
        assert!(!e.contains("stresses certainty"), "{e}");
    }

    #[test]
    fn a_named_source_is_named_in_the_reason() {
        let text = "Kim said six officers died.";
        let cues = detect(text);
        let e = explain(text, &cues, level(&cues), Some("Kim"));
        assert_eq!(e, "Attributed: it is attributed to Kim (“said”).");
    }
}
