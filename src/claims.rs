//! What the Compare view renders: the claims that several texts share, as
//! `hedgelight_core::compare` groups them, with each text's view for the
//! reader. Pure data, so it is tested natively.
//!
//! Each text is analysed once: the same analysis feeds the grouping and the
//! text's [`DocView`], so a group's sentence indices are the reader's.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::{Rc, Weak};

use hedgelight_core::analyze;
use hedgelight_core::compare::{group_analysed, Options, Text};

use crate::view::{DocView, SentenceView};

/// One text of the set a reader compares: a corpus article, or a text the
/// host page gave (`texts` on the element).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Story {
    /// What its switcher button carries as `data-article`: the corpus id
    /// ("000"), or the text's position in the host's list ("0").
    pub id: String,
    /// The reader's heading.
    pub title: String,
    /// The switcher's label, and the report's name in the Compare view.
    pub short_title: String,
    /// `YYYY-MM-DD`; anything else is dropped (see [`iso_date`]), so that
    /// date order is never a guess.
    pub date: Option<String>,
    pub body: Rc<str>,
}

/// A sentence of a group: which story, which of its sentences.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct ClaimRef {
    pub story: usize,
    pub sentence: usize,
}

/// Sentences of two or more stories that report the same claim.
#[derive(Clone, Debug, PartialEq)]
pub struct ClaimGroup {
    /// A short phrase from its most central sentence, in that sentence's
    /// words (made by `hedgelight_core::compare`).
    pub label: String,
    /// In date order, undated stories last.
    pub members: Vec<ClaimRef>,
    /// How many stories tell it.
    pub stories: usize,
}

/// Where a sentence's claim is told elsewhere: its group and how many other
/// stories tell it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AlsoIn {
    pub group: usize,
    pub others: usize,
}

#[derive(Debug, Default, PartialEq)]
pub struct Compared {
    pub stories: Vec<Story>,
    /// Each story's view, in the order of `stories`.
    pub docs: Vec<Rc<DocView>>,
    pub groups: Vec<ClaimGroup>,
    /// Per story: its grouped sentences and their group.
    group_of: Vec<HashMap<usize, usize>>,
}

impl Compared {
    /// The comparison of `stories`, built once while any reader holds it: the
    /// readers of a group each show one of the same texts, and share it.
    pub fn shared(stories: Vec<Story>) -> Rc<Compared> {
        thread_local! {
            static BUILT: RefCell<Vec<Weak<Compared>>> = const { RefCell::new(Vec::new()) };
        }
        BUILT.with(|built| {
            let mut built = built.borrow_mut();
            built.retain(|c| c.strong_count() > 0);
            if let Some(c) = built
                .iter()
                .filter_map(Weak::upgrade)
                .find(|c| c.stories == stories)
            {
                return c;
            }
            let c = Rc::new(Compared::build(stories));
            built.push(Rc::downgrade(&c));
            c
        })
    }

    pub fn build(stories: Vec<Story>) -> Compared {
        let analysed: Vec<_> = stories.iter().map(|s| analyze(&s.body)).collect();
        let texts: Vec<Text> = stories
            .iter()
            .map(|s| Text {
                title: &s.title,
                date: s.date.as_deref(),
                text: &s.body,
            })
            .collect();
        let grouping = group_analysed(&texts, &analysed, &Options::default());
        let mut group_of = vec![HashMap::new(); stories.len()];
        let groups = grouping
            .groups
            .into_iter()
            .enumerate()
            .map(|(k, g)| {
                let members: Vec<ClaimRef> = g
                    .members
                    .iter()
                    .map(|m| ClaimRef {
                        story: m.text,
                        sentence: m.sentence,
                    })
                    .collect();
                for m in &members {
                    group_of[m.story].insert(m.sentence, k);
                }
                ClaimGroup {
                    label: g.label,
                    stories: distinct_stories(&members),
                    members,
                }
            })
            .collect();
        let docs = stories
            .iter()
            .zip(analysed)
            .map(|(s, a)| Rc::new(DocView::from_analysis(&s.body, a)))
            .collect();
        Compared {
            stories,
            docs,
            groups,
            group_of,
        }
    }

    /// The group of a story's sentence, if it is in one.
    pub fn also_in(&self, story: usize, sentence: usize) -> Option<AlsoIn> {
        let group = *self.group_of.get(story)?.get(&sentence)?;
        let g = &self.groups[group];
        let told_here = g.members.iter().any(|m| m.story == story);
        Some(AlsoIn {
            group,
            others: g.stories - usize::from(told_here),
        })
    }

    pub fn sentence(&self, at: ClaimRef) -> Option<&Rc<SentenceView>> {
        self.docs.get(at.story)?.sentences.get(at.sentence)
    }
}

fn distinct_stories(members: &[ClaimRef]) -> usize {
    let mut stories: Vec<usize> = members.iter().map(|m| m.story).collect();
    stories.sort_unstable();
    stories.dedup();
    stories.len()
}

/// `date` if it is a `YYYY-MM-DD` date, the only form that sorts by date.
pub fn iso_date(date: &str) -> Option<&str> {
    let b = date.as_bytes();
    let ok = b.len() == 10
        && b.iter().enumerate().all(|(i, c)| match i {
            4 | 7 => *c == b'-',
            _ => c.is_ascii_digit(),
        })
        && matches!(date[5..7].parse::<u8>(), Ok(1..=12))
        && matches!(date[8..10].parse::<u8>(), Ok(1..=31));
    ok.then_some(date)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn story(id: &str, date: Option<&str>, body: &str) -> Story {
        Story {
            id: id.into(),
            title: format!("Report {id}"),
            short_title: id.into(),
            date: date.map(String::from),
            body: body.into(),
        }
    }

    fn text_of(c: &Compared, at: ClaimRef) -> String {
        let doc = &c.docs[at.story];
        let s = &doc.sentences[at.sentence];
        s.text()
    }

    #[test]
    fn a_claim_in_three_texts_is_one_group_in_date_order() {
        let c = Compared::build(vec![
            story(
                "a",
                Some("2024-10-12"),
                "Bread prices rose in Lyon. The Kremlin called the report of six officers killed near Donetsk a hoax.",
            ),
            story(
                "b",
                Some("2024-10-08"),
                "Six officers were killed near Donetsk, a news agency reported.",
            ),
            story(
                "c",
                None,
                "Seoul believes six officers were killed near Donetsk. Fishing boats returned to Busan.",
            ),
        ]);
        assert_eq!(c.groups.len(), 1, "{:?}", c.groups);
        let g = &c.groups[0];
        assert_eq!(g.stories, 3);
        let order: Vec<usize> = g.members.iter().map(|m| m.story).collect();
        assert_eq!(order, [1, 0, 2], "by date, the undated story last");
        assert!(text_of(&c, g.members[0]).starts_with("Six officers"));
        // The group's sentence indices are the reader's.
        assert_eq!(g.members[1].sentence, 1);
        assert!(text_of(&c, g.members[1]).contains("hoax"));
        assert_eq!(
            c.sentence(g.members[1]).and_then(|s| s.level),
            hedgelight_core::Level::new(1)
        );
        assert_eq!(
            c.also_in(0, 1),
            Some(AlsoIn {
                group: 0,
                others: 2
            })
        );
        assert_eq!(c.also_in(0, 0), None, "bread prices are told once");
        assert_eq!(c.also_in(7, 0), None);
    }

    #[test]
    fn two_sentences_of_one_text_count_it_once() {
        let c = Compared::build(vec![
            story(
                "a",
                None,
                "Six officers were killed near Donetsk. The six officers near Donetsk were killed by a missile.",
            ),
            story("b", None, "Six officers died near Donetsk."),
        ]);
        assert_eq!(c.groups.len(), 1);
        assert_eq!(c.groups[0].members.len(), 3);
        assert_eq!(c.groups[0].stories, 2);
        assert_eq!(c.also_in(0, 0).map(|a| a.others), Some(1));
        assert_eq!(c.also_in(1, 0).map(|a| a.others), Some(1));
    }

    #[test]
    fn readers_of_the_same_texts_share_one_comparison() {
        let texts = || {
            vec![
                story("a", None, "Six officers were killed near Donetsk."),
                story("b", None, "Six officers died near Donetsk."),
            ]
        };
        let first = Compared::shared(texts());
        let second = Compared::shared(texts());
        assert!(Rc::ptr_eq(&first, &second));
        let other = Compared::shared(vec![story("a", None, "Bread prices rose.")]);
        assert!(!Rc::ptr_eq(&first, &other));
        drop((first, second));
        let again = Compared::shared(texts());
        assert_eq!(again.groups.len(), 1, "built anew once nobody held it");
    }

    #[test]
    fn one_text_or_none_has_no_groups() {
        assert!(Compared::build(Vec::new()).groups.is_empty());
        let one = Compared::build(vec![story(
            "a",
            None,
            "Troops trained in Kursk. Troops trained in Kursk.",
        )]);
        assert!(one.groups.is_empty());
        assert_eq!(one.docs.len(), 1);
        assert_eq!(one.docs[0].sentences.len(), 2);
    }

    #[test]
    fn only_iso_dates_are_dates() {
        assert_eq!(iso_date("2024-10-09"), Some("2024-10-09"));
        for bad in [
            "2024-13-09",
            "2024-10-00",
            "9 October 2024",
            "2024-1-09",
            "",
            "2024-10-0x",
        ] {
            assert_eq!(iso_date(bad), None, "{bad}");
        }
    }
}
