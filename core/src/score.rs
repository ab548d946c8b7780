//! Confidence levels and the numeric score.
//!
//! The rule, in full:
//! 1. Each cue category caps the level (see [`cap`]): a denial makes a sentence
//!    *disputed* (1), an explicit "unverified" makes it *unverified* (2),
//!    speculation, belief, condition, open questions and anonymous sources make
//!    it *hedged* (3), attribution makes it *attributed* (4). A sentence takes
//!    the lowest cap among its cues; with none (or only boosters) it is
//!    *asserted* (5).
//! 2. The score places the sentence inside its level's band of width 1/5:
//!    `score = (level - 1 + 1 / (1 + d)) / 5`, where `d` is the summed strength
//!    of its doubt cues less that of its boosters (never below 0). So scores
//!    always order sentences the same way levels do, and within a level more or
//!    stronger hedges lower the score.

use crate::category::Category;
use crate::detect::Cue;

/// A confidence level, 1 (least confident) to [`Level::COUNT`] (most).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(into = "u8", try_from = "u8"))]
pub struct Level(u8);

// A report read back from JSON holds only the levels there are.
#[cfg(feature = "serde")]
impl TryFrom<u8> for Level {
    type Error = String;

    fn try_from(n: u8) -> Result<Level, String> {
        Level::new(n).ok_or_else(|| format!("level {n} is not 1 to {}", Level::COUNT))
    }
}

#[cfg(feature = "serde")]
impl From<Level> for u8 {
    fn from(level: Level) -> u8 {
        level.0
    }
}

struct LevelInfo {
    name: &'static str,
    description: &'static str,
}

const LEVELS: [LevelInfo; 5] = [
    LevelInfo {
        name: "disputed",
        description: "Someone involved denies or dismisses the claim.",
    },
    LevelInfo {
        name: "unverified",
        description: "The text itself says the claim is unconfirmed or lacks evidence.",
    },
    LevelInfo {
        name: "hedged",
        description:
            "Presented as possible, believed, conditional, open, or from an unnamed source.",
    },
    LevelInfo {
        name: "attributed",
        description: "Reported from a named source, without hedging.",
    },
    LevelInfo {
        name: "asserted",
        description: "Stated as fact, with no hedging, attribution or dispute.",
    },
];

impl Level {
    /// How many levels there are: 5.
    pub const COUNT: u8 = LEVELS.len() as u8;
    /// 1: someone involved denies or dismisses the claim.
    pub const DISPUTED: Level = Level(1);
    /// 2: the text itself says the claim is unconfirmed or lacks evidence.
    pub const UNVERIFIED: Level = Level(2);
    /// 3: possible, believed, conditional, open, or from an unnamed source.
    pub const HEDGED: Level = Level(3);
    /// 4: reported from a named source, without hedging.
    pub const ATTRIBUTED: Level = Level(4);
    /// 5: stated as fact.
    pub const ASSERTED: Level = Level(5);

    /// `None` outside 1..=COUNT.
    pub fn new(n: u8) -> Option<Level> {
        (1..=Self::COUNT).contains(&n).then_some(Level(n))
    }

    /// Every level, lowest (least confident) first.
    pub fn all() -> impl Iterator<Item = Level> {
        (1..=Self::COUNT).map(Level)
    }

    /// 1 to 5, as the JSON gives it.
    pub fn number(self) -> u8 {
        self.0
    }

    /// Its name: "disputed", "unverified", "hedged", "attributed", "asserted".
    pub fn name(self) -> &'static str {
        LEVELS[self.0 as usize - 1].name
    }

    /// One sentence saying what the level means, for a legend.
    pub fn description(self) -> &'static str {
        LEVELS[self.0 as usize - 1].description
    }
}

/// The highest level a sentence holding a cue of this category can have.
pub fn cap(category: Category) -> Level {
    match category {
        Category::Dispute => Level::DISPUTED,
        Category::Unverified => Level::UNVERIFIED,
        Category::Speculation
        | Category::Belief
        | Category::Condition
        | Category::Investigation
        | Category::Anonymous => Level::HEDGED,
        Category::Attribution => Level::ATTRIBUTED,
        Category::Booster => Level::ASSERTED,
    }
}

pub fn level(cues: &[Cue]) -> Level {
    cues.iter()
        .map(|c| cap(c.category))
        .min()
        .unwrap_or(Level::ASSERTED)
}

/// The score in [0, 1] for a sentence with these cues (see the module docs).
#[cfg(test)]
pub fn score(cues: &[Cue]) -> f32 {
    score_at(level(cues), cues)
}

/// The score for a sentence at `level`, which may be lower than its own
/// cues' (a quotation's sentences carry their speaker's attribution).
pub fn score_at(level: Level, cues: &[Cue]) -> f32 {
    let (doubt, boost) = cues.iter().fold((0.0f32, 0.0f32), |(d, b), c| {
        if c.category == Category::Booster {
            (d, b + c.strength)
        } else {
            (d + c.strength, b)
        }
    });
    let d = (doubt - boost).max(0.0);
    let within = 1.0 / (1.0 + d);
    let s = (f32::from(level.0) - 1.0 + within) / f32::from(Level::COUNT);
    // Three decimals are all a reader or a JSON diff needs.
    (s * 1000.0).round() / 1000.0
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cue(category: Category, strength: f32) -> Cue {
        Cue {
            start: 0,
            end: 1,
            category,
            strength,
            negated: false,
            conll: true,
        }
    }

    #[test]
    fn lowest_cap_decides_the_level() {
        assert_eq!(level(&[]), Level::ASSERTED);
        assert_eq!(level(&[cue(Category::Booster, 0.3)]), Level::ASSERTED);
        assert_eq!(level(&[cue(Category::Attribution, 0.2)]), Level::ATTRIBUTED);
        assert_eq!(
            level(&[
                cue(Category::Attribution, 0.2),
                cue(Category::Speculation, 0.3)
            ]),
            Level::HEDGED
        );
        assert_eq!(level(&[cue(Category::Anonymous, 0.3)]), Level::HEDGED);
        assert_eq!(
            level(&[
                cue(Category::Speculation, 0.3),
                cue(Category::Unverified, 0.5)
            ]),
            Level::UNVERIFIED
        );
        assert_eq!(
            level(&[cue(Category::Booster, 0.3), cue(Category::Dispute, 0.6)]),
            Level::DISPUTED
        );
    }

    #[test]
    fn score_orders_like_levels_and_falls_with_more_doubt() {
        let asserted = score(&[]);
        let attributed = score(&[cue(Category::Attribution, 0.2)]);
        let hedged_once = score(&[cue(Category::Speculation, 0.3)]);
        let hedged_twice = score(&[cue(Category::Speculation, 0.3), cue(Category::Belief, 0.3)]);
        let disputed = score(&[cue(Category::Dispute, 0.6)]);
        assert_eq!(asserted, 1.0);
        assert!(asserted > attributed && attributed > hedged_once && hedged_once > hedged_twice);
        assert!(
            hedged_twice > 0.4 && hedged_once <= 0.6,
            "hedged stays in its band"
        );
        assert!(disputed < 0.2);
    }

    #[test]
    fn boosters_offset_doubt_within_the_level() {
        let hedged = score(&[cue(Category::Speculation, 0.3)]);
        let boosted = score(&[cue(Category::Speculation, 0.3), cue(Category::Booster, 0.2)]);
        assert!(boosted > hedged);
        assert_eq!(
            level(&[cue(Category::Speculation, 0.3), cue(Category::Booster, 0.2)]),
            Level::HEDGED
        );
    }

    #[test]
    fn levels_are_numbered_lowest_first() {
        let names: Vec<_> = Level::all().map(Level::name).collect();
        assert_eq!(
            names,
            ["disputed", "unverified", "hedged", "attributed", "asserted"]
        );
        assert_eq!(Level::new(0), None);
        assert_eq!(Level::new(6), None);
        assert_eq!(Level::new(3), Some(Level::HEDGED));
    }
}
