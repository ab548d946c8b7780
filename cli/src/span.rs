//! Character spans, as the evaluations compare them.

/// A span of characters (Unicode scalar values), end exclusive.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    /// Whether the spans share a character (the cue-overlap measure of `eval`;
    /// an empty span inside the other counts).
    pub fn overlaps(self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// How many characters the spans share.
    pub fn shared(self, other: Span) -> usize {
        self.end
            .min(other.end)
            .saturating_sub(self.start.max(other.start))
    }
}

#[cfg(test)]
mod tests {
    use super::Span;

    #[test]
    fn overlap_and_shared_characters() {
        let span = |start, end| Span { start, end };
        assert!(span(0, 4).overlaps(span(3, 8)));
        assert!(!span(0, 3).overlaps(span(3, 8)));
        assert_eq!(span(0, 4).shared(span(2, 8)), 2);
        assert_eq!(span(0, 3).shared(span(3, 8)), 0);
        assert_eq!(span(5, 9).shared(span(0, 3)), 0);
        // An empty span overlaps what holds it, but shares no character.
        assert!(span(2, 2).overlaps(span(0, 4)));
        assert_eq!(span(2, 2).shared(span(0, 4)), 0);
    }
}
