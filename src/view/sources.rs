//! The text's sources grouped for the Sources view: each distinct source with
//! the sentences attributed to it and how many of their claims sit at each
//! level.

use std::collections::hash_map::{Entry, HashMap};
use std::rc::Rc;

use hedgelight_core::Level;

use super::{SentenceView, SourceView};

/// One distinct source of a text, for the Sources view.
#[derive(Clone, Debug, PartialEq)]
pub struct SourceGroup {
    /// Its fullest mention in the text (the analysis's entity).
    pub text: String,
    /// Named if any of its mentions is.
    pub named: bool,
    /// The sentences attributed to it (as their source or one their source
    /// cites), in order.
    pub sentences: Vec<usize>,
    /// How many of those sentences' claims sit at each level, lowest first
    /// (segments that are not claims have no level and are not counted).
    pub levels: [usize; Level::COUNT as usize],
}

impl SourceGroup {
    /// The levels that hold any of its claims, lowest first, with how many.
    pub fn level_counts(&self) -> impl Iterator<Item = (Level, usize)> + '_ {
        Level::all().zip(self.levels).filter(|&(_, n)| n > 0)
    }

    fn new(mention: &SourceView) -> SourceGroup {
        SourceGroup {
            text: mention.entity.clone(),
            named: false,
            sentences: Vec::new(),
            levels: [0; Level::COUNT as usize],
        }
    }

    /// Counts a mention of this source by sentence `s`.
    fn add(&mut self, mention: &SourceView, s: &SentenceView) {
        self.named |= mention.named;
        // A sentence whose source cites itself counts once.
        if self.sentences.last() != Some(&s.index) {
            self.sentences.push(s.index);
            if let Some(level) = s.level {
                self.levels[usize::from(level.number() - 1)] += 1;
            }
        }
    }
}

/// The distinct sources of a text: each sentence's source and those it cites,
/// grouped by the entity the analysis gives each mention ("Kim" and "Seoul's
/// defence minister Kim Yong-hyun" are one). Named sources come first, then
/// unnamed ones, each in the order the text first mentions them.
pub fn source_groups(sentences: &[Rc<SentenceView>]) -> Vec<SourceGroup> {
    let mut groups: Vec<SourceGroup> = Vec::new();
    let mut by_key: HashMap<String, usize> = HashMap::new();
    for s in sentences {
        let Some(src) = &s.source else { continue };
        for mention in std::iter::once(src).chain(&src.via) {
            let g = match by_key.entry(mention.entity.clone()) {
                Entry::Occupied(e) => *e.get(),
                Entry::Vacant(e) => {
                    e.insert(groups.len());
                    groups.push(SourceGroup::new(mention));
                    groups.len() - 1
                }
            };
            groups[g].add(mention, s);
        }
    }
    // Stable: the order of first mention stays within each kind.
    groups.sort_by_key(|g| !g.named);
    groups
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::view::DocView;
    use hedgelight_core::Kind;

    /// A sentence view with only what the grouping reads.
    fn claim(index: usize, level: Option<u8>, source: Option<SourceView>) -> Rc<SentenceView> {
        Rc::new(SentenceView {
            index,
            pieces: Vec::new(),
            level: level.and_then(Level::new),
            score: None,
            kind: if level.is_some() {
                Kind::Claim
            } else {
                Kind::Heading
            },
            uncertain: false,
            cues: Vec::new(),
            explanation: String::new(),
            source,
            quote_of: None,
        })
    }

    /// A mention as the analysis links it: `entity` is given here as the
    /// text with its case and spacing folded, standing for the analysis's
    /// choice.
    fn source(text: &str, named: bool, via: &[(&str, bool)]) -> Option<SourceView> {
        let entity = |t: &str| {
            let words: Vec<&str> = t.split_whitespace().collect();
            words.join(" ").replace('\u{2019}', "'").to_lowercase()
        };
        Some(SourceView {
            text: text.into(),
            named,
            entity: entity(text),
            via: via
                .iter()
                .map(|&(t, n)| SourceView {
                    text: t.into(),
                    named: n,
                    entity: entity(t),
                    via: Vec::new(),
                })
                .collect(),
        })
    }

    #[test]
    fn groups_sources_by_entity_named_first_with_level_counts() {
        let sentences = [
            claim(0, Some(3), source("officials", false, &[])),
            claim(1, Some(5), None),
            claim(
                2,
                Some(4),
                source("Seoul\u{2019}s defence minister", true, &[]),
            ),
            claim(3, Some(3), source("Officials", false, &[])),
            claim(
                4,
                Some(3),
                source(
                    "Interfax-Ukraine",
                    true,
                    &[("intelligence  sources", false)],
                ),
            ),
            claim(5, Some(1), source("seoul's Defence minister", true, &[])),
            claim(6, None, source("Officials", false, &[])),
            claim(
                7,
                Some(4),
                source("Interfax-Ukraine", true, &[("Interfax-Ukraine", true)]),
            ),
            claim(8, Some(3), source("Intelligence sources", false, &[])),
        ];
        let groups = source_groups(&sentences);
        let summary: Vec<_> = groups
            .iter()
            .map(|g| (g.text.as_str(), g.named, g.sentences.clone(), g.levels))
            .collect();
        assert_eq!(
            summary,
            [
                (
                    "seoul's defence minister",
                    true,
                    vec![2, 5],
                    [1, 0, 0, 1, 0]
                ),
                ("interfax-ukraine", true, vec![4, 7], [0, 0, 1, 1, 0]),
                // A heading names the officials too, but has no level to count.
                ("officials", false, vec![0, 3, 6], [0, 0, 2, 0, 0]),
                ("intelligence sources", false, vec![4, 8], [0, 0, 2, 0, 0]),
            ]
        );
        let counts: Vec<_> = groups[1]
            .level_counts()
            .map(|(l, n)| (l.number(), n))
            .collect();
        assert_eq!(counts, [(3, 1), (4, 1)]);
    }

    #[test]
    fn the_sources_of_a_text_are_grouped_when_it_is_built() {
        let doc = DocView::build("Troops may follow, officials said. Kim Yong-hyun said the troops had arrived. Officials said it rained.");
        let names: Vec<_> = doc
            .sources
            .iter()
            .map(|g| (g.text.as_str(), g.named, g.sentences.len()))
            .collect();
        assert_eq!(names, [("Kim Yong-hyun", true, 1), ("officials", false, 2)]);
    }

    #[test]
    fn a_short_name_joins_the_full_one() {
        let doc = DocView::build(
            "Defence minister Kim Yong-hyun said the troops had arrived. Kim said more would follow.",
        );
        let names: Vec<_> = doc
            .sources
            .iter()
            .map(|g| (g.text.as_str(), g.sentences.len()))
            .collect();
        assert_eq!(names, [("Defence minister Kim Yong-hyun", 2)]);
    }
}
