//! Byte offsets to character offsets.
//!
//! The analysis works in byte offsets into the text (what slicing a `str`
//! takes); everything a reader of the output sees counts characters (Unicode
//! scalar values), as Python and JavaScript expect. This is the one place
//! that converts.

/// Characters in `text[from..to]` (0 for a range that is not one).
pub fn chars_between(text: &str, from: usize, to: usize) -> usize {
    text.get(from..to).map_or(0, |s| s.chars().count())
}

/// The character offset of byte `byte` of `text`.
pub fn char_offset(text: &str, byte: usize) -> usize {
    chars_between(text, 0, byte)
}

/// Maps byte offsets to character offsets, for offsets visited in increasing
/// order: linear in the text however many offsets are asked for.
pub struct CharCounter<'a> {
    text: &'a str,
    byte: usize,
    chars: usize,
}

impl<'a> CharCounter<'a> {
    pub fn new(text: &'a str) -> Self {
        CharCounter {
            text,
            byte: 0,
            chars: 0,
        }
    }

    /// The character offset of byte `byte`.
    pub fn at(&mut self, byte: usize) -> usize {
        if byte < self.byte {
            // Out of order (not expected of sentences): count from the start.
            return char_offset(self.text, byte);
        }
        self.chars += chars_between(self.text, self.byte, byte);
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
}
