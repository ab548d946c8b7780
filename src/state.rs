//! The reader's interaction state and its reducer, kept apart from rendering
//! as Yew's `function_todomvc` keeps its `State`: where the tooltip is, which
//! sentence holds the tab stop, the low-confidence filter, the Sources view
//! and the source chosen in it. Plain data, tested natively; the hooks
//! (`crate::hooks`) dispatch the actions and do what touches the page.

use std::rc::Rc;

use yew::Reducible;

use crate::geometry::Placement;
use crate::view::SourceGroup;

/// The tooltip: the sentence it describes and where it sits.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Tip {
    pub index: usize,
    pub placement: Placement,
    /// Placed from the tooltip's real size (a first placement guesses it).
    pub measured: bool,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct ReaderState {
    /// The tooltip, while it is shown.
    pub tip: Option<Tip>,
    /// The sentence in the tab order (a roving tabindex: one per reader).
    pub current: usize,
    /// "Focus on low confidence": the other sentences are muted.
    pub low_only: bool,
    pub sources_open: bool,
    /// The source (index in the doc's `sources`) whose sentences are highlighted.
    pub chosen: Option<usize>,
    /// What the reader's live region says (a choice made or cleared).
    pub announcement: String,
}

pub enum Action {
    /// A new text: no tooltip, focus or choice.
    NewText,
    /// Shows the tooltip, or moves it.
    ShowTip(Tip),
    HideTip,
    /// A sentence took focus: it holds the tab stop.
    Focus(usize),
    ToggleLowOnly,
    /// Opens or closes the Sources view; closing it clears the choice.
    ToggleSources,
    CloseSources,
    /// Highlights a source's sentences and says so ([`announce_choice`]).
    Choose {
        source: usize,
        announcement: String,
    },
    /// Clears the highlight and says so; nothing when no source is chosen.
    ClearChoice,
}

impl ReaderState {
    fn clear_choice(&mut self) {
        if self.chosen.take().is_some() {
            self.announcement = "Source highlight cleared.".into();
        }
    }
}

impl Reducible for ReaderState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut s = (*self).clone();
        match action {
            Action::NewText => {
                s.tip = None;
                s.current = 0;
                s.chosen = None;
            }
            Action::ShowTip(tip) => s.tip = Some(tip),
            Action::HideTip => s.tip = None,
            Action::Focus(index) => s.current = index,
            Action::ToggleLowOnly => s.low_only = !s.low_only,
            Action::ToggleSources => {
                if s.sources_open {
                    s.clear_choice();
                }
                s.sources_open = !s.sources_open;
            }
            Action::CloseSources => s.sources_open = false,
            Action::Choose {
                source,
                announcement,
            } => {
                s.chosen = Some(source);
                s.announcement = announcement;
            }
            Action::ClearChoice => s.clear_choice(),
        }
        s.into()
    }
}

/// What the live region says when a source is chosen.
pub fn announce_choice(group: &SourceGroup) -> String {
    let n = group.sentences.len();
    format!(
        "{n} {} from {} highlighted. Escape clears.",
        if n == 1 { "sentence" } else { "sentences" },
        group.text
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn after(state: ReaderState, actions: impl IntoIterator<Item = Action>) -> ReaderState {
        let mut s = Rc::new(state);
        for a in actions {
            s = s.reduce(a);
        }
        (*s).clone()
    }

    fn choose(source: usize) -> Action {
        Action::Choose {
            source,
            announcement: format!("source {source}"),
        }
    }

    #[test]
    fn a_new_text_drops_the_tooltip_focus_and_choice_but_keeps_the_views() {
        let tip = Tip {
            index: 3,
            placement: Placement {
                left: 1.0,
                top: 2.0,
                above: false,
            },
            measured: true,
        };
        let s = after(
            ReaderState::default(),
            [
                Action::ShowTip(tip),
                Action::Focus(3),
                Action::ToggleLowOnly,
                Action::ToggleSources,
                choose(1),
            ],
        );
        assert_eq!((s.tip, s.current, s.chosen), (Some(tip), 3, Some(1)));
        let s = after(s, [Action::NewText]);
        assert_eq!((s.tip, s.current, s.chosen), (None, 0, None));
        assert!(s.low_only && s.sources_open);
    }

    #[test]
    fn clearing_a_choice_says_so_only_when_there_was_one() {
        let s = after(ReaderState::default(), [Action::ClearChoice]);
        assert_eq!(s.announcement, "");
        let s = after(s, [choose(2)]);
        assert_eq!((s.chosen, s.announcement.as_str()), (Some(2), "source 2"));
        let s = after(s, [Action::ClearChoice]);
        assert_eq!(
            (s.chosen, s.announcement.as_str()),
            (None, "Source highlight cleared.")
        );
    }

    #[test]
    fn closing_the_sources_view_clears_the_choice() {
        let s = after(ReaderState::default(), [Action::ToggleSources, choose(0)]);
        assert!(s.sources_open);
        let s = after(s, [Action::ToggleSources]);
        assert!(!s.sources_open);
        assert_eq!(s.chosen, None);
        assert_eq!(s.announcement, "Source highlight cleared.");
        // Escape in the view closes it only when nothing is chosen, so this
        // one leaves the announcement alone.
        let s = after(s, [Action::ToggleSources, Action::CloseSources]);
        assert!(!s.sources_open);
    }

    #[test]
    fn announces_how_many_sentences_a_source_has() {
        let group = |n: usize| SourceGroup {
            text: "two officials".into(),
            named: false,
            sentences: (0..n).collect(),
            levels: [0; 5],
        };
        assert_eq!(
            announce_choice(&group(1)),
            "1 sentence from two officials highlighted. Escape clears."
        );
        assert_eq!(
            announce_choice(&group(3)),
            "3 sentences from two officials highlighted. Escape clears."
        );
    }
}
