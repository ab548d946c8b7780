//! Keyboard navigation, as plain functions of the key and where focus is
//! (tested natively): a roving tab stop that arrows, Home and End move (the
//! reader's sentences, the Compare view's list), and the reader's own keys.

/// Where ↑ ↓ (or ← →), Home and End move the tab stop from `at` in a list of
/// `n` (not empty); `None` for any other key.
pub fn step(key: &str, at: usize, n: usize) -> Option<usize> {
    match key {
        "ArrowDown" | "ArrowRight" => Some((at + 1).min(n - 1)),
        "ArrowUp" | "ArrowLeft" => Some(at.saturating_sub(1)),
        "Home" => Some(0),
        "End" => Some(n - 1),
        _ => None,
    }
}

/// A key pressed, with its modifiers.
#[derive(Clone, Copy, Debug, Default)]
pub struct KeyPress<'a> {
    pub key: &'a str,
    pub ctrl: bool,
    pub meta: bool,
    pub alt: bool,
    pub shift: bool,
}

/// What a key does in the reader's text.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum ReaderKey {
    /// Focus this sentence (which shows its tooltip).
    Focus(usize),
    /// Enter or Space: show this sentence's tooltip, or hide it if shown.
    ToggleTip(usize),
    /// Escape while a tooltip is shown.
    HideTip,
    /// Escape with no tooltip: clear the source highlight.
    ClearChoice,
}

/// What `press` does in a text of `n` sentences whose tab stop is at
/// `current`: arrows, Home and End move; N and P go to the next or previous
/// sentence that `target` picks (low confidence, or the chosen source's),
/// round the end; Enter or Space toggles the tooltip; Escape hides it, and
/// with none shown clears the highlight. The browser's and the reader's own
/// shortcuts (Ctrl+P, Alt+←, Shift+arrows to select text) are left alone.
pub fn reader_key(
    press: KeyPress,
    current: usize,
    n: usize,
    tip_shown: bool,
    target: impl Fn(usize) -> bool,
) -> Option<ReaderKey> {
    let key = press.key;
    let navigation = key.starts_with("Arrow") || key == "Home" || key == "End";
    if n == 0 || press.ctrl || press.meta || press.alt || (press.shift && navigation) {
        return None;
    }
    let at = current.min(n - 1);
    match key {
        // The tooltip first, then the source highlight.
        "Escape" if tip_shown => return Some(ReaderKey::HideTip),
        "Escape" => return Some(ReaderKey::ClearChoice),
        "Enter" | " " => return Some(ReaderKey::ToggleTip(at)),
        _ => {}
    }
    let picked = |i: &usize| target(*i);
    let to = match key {
        "n" | "N" => (at + 1..n).find(picked).or_else(|| (0..at).find(picked)),
        "p" | "P" => (0..at)
            .rev()
            .find(picked)
            .or_else(|| (at + 1..n).rev().find(picked)),
        _ => step(key, at, n),
    };
    to.map(ReaderKey::Focus)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(key: &str) -> KeyPress<'_> {
        KeyPress {
            key,
            ..KeyPress::default()
        }
    }

    #[test]
    fn arrows_home_and_end_move_within_the_list() {
        assert_eq!(step("ArrowDown", 2, 5), Some(3));
        assert_eq!(step("ArrowRight", 4, 5), Some(4));
        assert_eq!(step("ArrowUp", 0, 5), Some(0));
        assert_eq!(step("ArrowLeft", 3, 5), Some(2));
        assert_eq!((step("Home", 3, 5), step("End", 1, 5)), (Some(0), Some(4)));
        assert_eq!(step("x", 1, 5), None);
    }

    #[test]
    fn n_and_p_visit_the_picked_sentences_round_the_end() {
        let low = |i: usize| [1, 4].contains(&i);
        let go = |k: &str, at: usize| reader_key(key(k), at, 6, false, low);
        assert_eq!(go("n", 0), Some(ReaderKey::Focus(1)));
        assert_eq!(go("N", 1), Some(ReaderKey::Focus(4)));
        assert_eq!(go("n", 4), Some(ReaderKey::Focus(1)));
        assert_eq!(go("p", 4), Some(ReaderKey::Focus(1)));
        assert_eq!(go("P", 1), Some(ReaderKey::Focus(4)));
        // None picked: nothing happens.
        assert_eq!(reader_key(key("n"), 0, 6, false, |_| false), None);
    }

    #[test]
    fn escape_hides_the_tooltip_first_then_clears_the_choice() {
        let any = |_: usize| true;
        assert_eq!(
            reader_key(key("Escape"), 0, 3, true, any),
            Some(ReaderKey::HideTip)
        );
        assert_eq!(
            reader_key(key("Escape"), 0, 3, false, any),
            Some(ReaderKey::ClearChoice)
        );
        // A stale tab stop past the end is the last sentence.
        assert_eq!(
            reader_key(key("Enter"), 9, 3, false, any),
            Some(ReaderKey::ToggleTip(2))
        );
        assert_eq!(
            reader_key(key(" "), 1, 3, true, any),
            Some(ReaderKey::ToggleTip(1))
        );
        assert_eq!(
            reader_key(key("End"), 0, 3, false, any),
            Some(ReaderKey::Focus(2))
        );
    }

    #[test]
    fn leaves_shortcuts_and_empty_texts_alone() {
        let any = |_: usize| true;
        let ctrl = KeyPress {
            ctrl: true,
            ..key("p")
        };
        assert_eq!(reader_key(ctrl, 0, 3, false, any), None);
        let alt = KeyPress {
            alt: true,
            ..key("ArrowLeft")
        };
        assert_eq!(reader_key(alt, 1, 3, false, any), None);
        // Shift+arrows select text; Shift+N is still N.
        let select = KeyPress {
            shift: true,
            ..key("ArrowDown")
        };
        assert_eq!(reader_key(select, 0, 3, false, any), None);
        let shift_n = KeyPress {
            shift: true,
            ..key("N")
        };
        assert_eq!(
            reader_key(shift_n, 0, 3, false, any),
            Some(ReaderKey::Focus(1))
        );
        assert_eq!(reader_key(key("ArrowDown"), 0, 0, false, any), None);
        assert_eq!(reader_key(key("q"), 0, 3, false, any), None);
    }
}
