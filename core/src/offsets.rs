//! Byte offsets to character offsets.
//!
//! The analysis works in byte offsets into the text (what slicing a `str`
//! takes); everything a reader of the output sees counts characters: Unicode
//! scalar values (code points, as Python indexes strings and as the CLI
//! prints) or, for JavaScript, UTF-16 code units (an emoji is 2, a flag 4), so
//! that `text.slice(start, end)` is the cue. This is the one place that
//! converts.

/// What a reported offset counts.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Units {
    /// Unicode scalar values (code points): the CLI, Python.
    #[default]
    Chars,
    /// UTF-16 code units: JavaScript's `length` and `slice`.
    Utf16,
}

impl Units {
    /// How long `s` is in these units.
    pub fn measure(self, s: &str) -> usize {
        match self {
            Units::Chars => s.chars().count(),
            Units::Utf16 => s.chars().map(char::len_utf16).sum(),
        }
    }
}

/// Characters in `text[from..to]` (0 for a range that is not one).
pub fn chars_between(text: &str, from: usize, to: usize) -> usize {
    units_between(text, from, to, Units::Chars)
}

/// `text[from..to]` measured in `units` (0 for a range that is not one).
pub fn units_between(text: &str, from: usize, to: usize, units: Units) -> usize {
    text.get(from..to).map_or(0, |s| units.measure(s))
}

/// The character offset of byte `byte` of `text`.
pub fn char_offset(text: &str, byte: usize) -> usize {
    chars_between(text, 0, byte)
}

/// Maps byte offsets to character offsets, for offsets visited in increasing
/// order: linear in the text however many offsets are asked for.
pub struct CharCounter<'a> {
    text: &'a str,
    units: Units,
    byte: usize,
    chars: usize,
}

impl<'a> CharCounter<'a> {
    /// A counter of characters (Unicode scalar values) of `text`.
    pub fn new(text: &'a str) -> Self {
        CharCounter::with_units(text, Units::Chars)
    }

    /// A counter of `units` instead of characters.
    pub fn with_units(text: &'a str, units: Units) -> Self {
        CharCounter {
            text,
            units,
            byte: 0,
            chars: 0,
        }
    }

    /// The offset of byte `byte`, in the counter's units.
    pub fn at(&mut self, byte: usize) -> usize {
        if byte < self.byte {
            // Out of order (not expected of sentences): count from the start.
            return units_between(self.text, 0, byte, self.units);
        }
        self.chars += units_between(self.text, self.byte, byte, self.units);
        self.byte = byte;
        self.chars
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_characters_not_bytes() {
        let text = "Сеул — “highly likely”";
        let byte = text.find("highly").unwrap();
        assert_eq!(char_offset(text, byte), 8);
        assert_eq!(chars_between(text, byte, text.len()), 14);
        // Not a range of the text: nothing to count.
        assert_eq!(chars_between(text, 1, 2), 0);
        let mut counter = CharCounter::new(text);
        assert_eq!(counter.at(byte), 8);
        assert_eq!(counter.at(text.len()), 22);
        assert_eq!(counter.at(0), 0);
    }

    #[test]
    fn utf16_counts_astral_characters_twice() {
        // An emoji is 2 UTF-16 code units, a flag (two regional indicators) 4.
        let text = "😀 🇺🇦 Сеул may";
        let byte = text.find("may").unwrap();
        assert_eq!(char_offset(text, byte), 10);
        assert_eq!(units_between(text, 0, byte, Units::Utf16), 13);
        assert_eq!(Units::Utf16.measure(text), text.encode_utf16().count());
        let mut counter = CharCounter::with_units(text, Units::Utf16);
        assert_eq!(counter.at(byte), 13);
        assert_eq!(counter.at(text.len()), 16);
        assert_eq!(counter.at(1), 0); // not a char boundary: nothing to count
    }
}
