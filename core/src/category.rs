//! The kinds of cue Hedgelight marks.
//!
//! The first four are *semantic uncertainty* in the sense of the Szeged
//! Uncertainty Corpus / CoNLL-2010: a sentence holding one of them is
//! "uncertain". The others are news-specific signals that shape a sentence's
//! confidence level without making it uncertain in that sense.

/// What a cue says about its sentence: one of the nine kinds of cue.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "lowercase"))]
pub enum Category {
    /// Epistemic or modal: may, might, could, likely, possibly, appear.
    Speculation,
    /// Doxastic: believe, suspect, assess, expect.
    Belief,
    /// Condition: if, unless.
    Condition,
    /// Investigation: whether, investigate, examine.
    Investigation,
    /// Reported speech: according to, said, citing, reportedly, allegedly.
    Attribution,
    /// Anonymous or single source: "a source who requested anonymity".
    Anonymous,
    /// Explicitly unconfirmed: unverified, could not verify, no evidence.
    Unverified,
    /// Contested: denied, dismissed, "fake news", hoax.
    Dispute,
    /// Raises confidence: clearly, confirmed, "there is no doubt".
    Booster,
}

impl Category {
    /// Every category, in the order the legend shows them.
    pub const ALL: [Category; 9] = [
        Category::Speculation,
        Category::Belief,
        Category::Condition,
        Category::Investigation,
        Category::Attribution,
        Category::Anonymous,
        Category::Unverified,
        Category::Dispute,
        Category::Booster,
    ];

    /// The name used in JSON, in the lexicon file and in `data-category`.
    pub fn as_str(self) -> &'static str {
        TABLE[self as usize].0
    }

    /// A short phrase for readers ("speculation", "anonymous source", ...).
    pub fn label(self) -> &'static str {
        TABLE[self as usize].1
    }

    /// One sentence describing the category for the legend.
    pub fn description(self) -> &'static str {
        TABLE[self as usize].2
    }

    /// True for the Szeged / CoNLL-2010 notion of semantic uncertainty.
    pub fn is_uncertainty(self) -> bool {
        matches!(
            self,
            Category::Speculation
                | Category::Belief
                | Category::Condition
                | Category::Investigation
        )
    }

    /// The category named `name` ([`Category::as_str`]'s form), if any.
    pub fn parse(name: &str) -> Option<Category> {
        Category::ALL.into_iter().find(|c| c.as_str() == name)
    }
}

impl std::fmt::Display for Category {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// (name, label, description), indexed by the enum's discriminant.
const TABLE: [(&str, &str, &str); 9] = [
    (
        "speculation",
        "speculation",
        "The writer or a source marks the claim as possible or probable, not certain.",
    ),
    (
        "belief",
        "belief",
        "Someone believes, suspects, assesses or expects it; a judgement, not an observation.",
    ),
    (
        "condition",
        "condition",
        "The claim holds only if something else is true.",
    ),
    (
        "investigation",
        "open question",
        "The point is still being asked or investigated.",
    ),
    (
        "attribution",
        "attribution",
        "The claim is reported from someone else; its weight is theirs.",
    ),
    (
        "anonymous",
        "anonymous source",
        "The source is unnamed or single, so readers cannot weigh it.",
    ),
    (
        "unverified",
        "unverified",
        "The text says the claim is unconfirmed or lacks evidence.",
    ),
    (
        "dispute",
        "disputed",
        "Someone denies or dismisses the claim.",
    ),
    (
        "booster",
        "booster",
        "Words that stress certainty: confirmed, clearly, no doubt.",
    ),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip() {
        for c in Category::ALL {
            assert_eq!(Category::parse(c.as_str()), Some(c));
        }
        assert_eq!(Category::parse("nonsense"), None);
    }

    #[test]
    fn only_the_szeged_categories_are_uncertainty() {
        let uncertain: Vec<_> = Category::ALL
            .into_iter()
            .filter(|c| c.is_uncertainty())
            .collect();
        assert_eq!(
            uncertain,
            [
                Category::Speculation,
                Category::Belief,
                Category::Condition,
                Category::Investigation
            ]
        );
    }
}
