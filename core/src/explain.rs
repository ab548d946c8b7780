//! One plain sentence saying why a sentence got its level.

use crate::category::Category;
use crate::detect::Cue;
use crate::kind::Kind;
use crate::score::{cap, Level};

/// What each category says about a claim; `{cues}` is replaced by the quoted cue words.
fn reason(category: Category) -> &'static str {
    match category {
        Category::Speculation => "the wording {cues} presents it as possible, not certain",
        Category::Belief => "the wording {cues} presents it as a belief or expectation",
        Category::Condition => "it holds only under a condition ({cues})",
        Category::Investigation => "it is still an open question ({cues})",
        Category::Attribution => "it is reported from others ({cues})",
        Category::Anonymous => "its source is unnamed or single ({cues})",
        Category::Unverified => "the text says it is unconfirmed ({cues})",
        Category::Dispute => "someone denies or dismisses it ({cues})",
        Category::Booster => "the wording {cues} stresses certainty",
    }
}

/// Why a segment has no level.
pub fn explain_non_claim(kind: Kind) -> String {
    let what = match kind {
        Kind::Claim => return String::new(),
        Kind::Heading => "a heading, caption or byline",
        Kind::Dateline => "a dateline",
        Kind::Signpost => "a signpost to what follows",
        Kind::Metadata => "the text's date",
    };
    format!("Not a claim: {what}, so it is not shaded.")
}

/// Why a sentence inside a quotation has its level: it is the speaker's,
/// named `who` in another sentence of the quotation.
pub fn explain_quote(text: &str, cues: &[Cue], level: Level, who: &str) -> String {
    let mut name = level.name().to_string();
    name[..1].make_ascii_uppercase();
    let own = explain(text, cues, level);
    let quoted = format!("it continues a quotation of “{who}”");
    if cues.is_empty() {
        return format!("{name}: {quoted}.");
    }
    let rest = own
        .split_once(": ")
        .map_or(own.as_str(), |(_, r)| r)
        .trim_end_matches('.');
    format!("{name}: {rest}; {quoted}.")
}

/// `text` is what the cue offsets index into.
pub fn explain(text: &str, cues: &[Cue], level: Level) -> String {
    if cues.is_empty() {
        return "Asserted: stated as fact, with no hedging, attribution or dispute.".to_string();
    }
    // Categories in order of how much they lowered the level, then legend order.
    let mut categories: Vec<Category> = cues.iter().map(|c| c.category).collect();
    categories.sort_by_key(|&c| (cap(c), c));
    categories.dedup();
    let reasons: Vec<String> = categories
        .iter()
        .map(|&category| {
            let mut quoted: Vec<String> = cues
                .iter()
                .filter(|c| c.category == category)
                .map(|c| format!("“{}”", text.get(c.start..c.end).unwrap_or("").trim()))
                .collect();
            quoted.dedup();
            reason(category).replace("{cues}", &quoted.join(", "))
        })
        .collect();
    let mut name = level.name().to_string();
    name[..1].make_ascii_uppercase();
    format!("{name}: {}.", join_and(&reasons))
}

fn join_and(parts: &[String]) -> String {
    match parts {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{}, and {last}", init.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::detect::detect;
    use crate::score::level;

    fn why(text: &str) -> String {
        let cues = detect(text);
        explain(text, &cues, level(&cues))
    }

    #[test]
    fn names_the_level_and_quotes_the_cues() {
        let e = why("He called it \"highly likely\", officials said.");
        assert!(e.starts_with("Hedged: "), "{e}");
        assert!(e.contains("“highly likely”"), "{e}");
        assert!(e.contains("reported from others (“said”)"), "{e}");
        assert!(e.ends_with('.'));
    }

    #[test]
    fn the_deciding_category_comes_first() {
        let e = why("Both sides may have denied it.");
        assert!(
            e.starts_with("Disputed: someone denies or dismisses it (“denied”)"),
            "{e}"
        );
    }

    #[test]
    fn plain_sentences_are_asserted() {
        assert!(why("The two leaders met in June.").starts_with("Asserted"));
    }
}
