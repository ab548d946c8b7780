//! Overlap queries over byte spans: checking each of many spans against
//! many others costs a sort and a binary search each, not a scan each (a
//! sentence citing thousands of unnamed sources was quadratic).

/// Spans `start..end` (not empty), indexed for "which of them overlap this
/// one". Overlap is [`crate::source::Source::overlaps`]'s: sharing a byte.
#[derive(Clone, Debug, Default)]
pub struct Spans {
    /// (start, end, position in the order given), sorted by start.
    by_start: Vec<(usize, usize, usize)>,
    /// For each prefix of `by_start`, the furthest end in it.
    max_end: Vec<usize>,
}

impl Spans {
    pub fn new(spans: impl IntoIterator<Item = (usize, usize)>) -> Spans {
        let mut by_start: Vec<(usize, usize, usize)> = spans
            .into_iter()
            .enumerate()
            .map(|(i, (start, end))| (start, end, i))
            .collect();
        by_start.sort_unstable();
        let max_end = by_start
            .iter()
            .scan(0, |furthest, &(_, end, _)| {
                *furthest = end.max(*furthest);
                Some(*furthest)
            })
            .collect();
        Spans { by_start, max_end }
    }

    /// Whether any span overlaps `start..end` (shares at least one byte).
    pub fn any_overlaps(&self, start: usize, end: usize) -> bool {
        let before_end = self.by_start.partition_point(|s| s.0 < end);
        before_end > 0 && self.max_end[before_end - 1] > start
    }

    /// The first span, in the order given, that overlaps `start..end`. The
    /// spans must not overlap one another (then, sorted by start, they are
    /// sorted by end too, and those that overlap a span are a run of them).
    pub fn first_overlapping(&self, start: usize, end: usize) -> Option<usize> {
        let from = self.by_start.partition_point(|s| s.1 <= start);
        let to = self.by_start.partition_point(|s| s.0 < end);
        self.by_start.get(from..to)?.iter().map(|s| s.2).min()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The plain scan the index replaces.
    fn overlaps(a: (usize, usize), b: (usize, usize)) -> bool {
        a.0 < b.1 && b.0 < a.1
    }

    #[test]
    fn agrees_with_a_scan() {
        let disjoint = [(30, 35), (0, 4), (10, 20), (4, 6), (40, 41)];
        let index = Spans::new(disjoint);
        let overlapping = Spans::new([(0, 50), (3, 8), (20, 22), (21, 30)]);
        for start in 0..52 {
            for end in start + 1..53 {
                let first = disjoint.iter().position(|&s| overlaps(s, (start, end)));
                assert_eq!(index.first_overlapping(start, end), first, "{start}..{end}");
                assert_eq!(index.any_overlaps(start, end), first.is_some());
                let any = [(0, 50), (3, 8), (20, 22), (21, 30)]
                    .iter()
                    .any(|&s| overlaps(s, (start, end)));
                assert_eq!(overlapping.any_overlaps(start, end), any, "{start}..{end}");
            }
        }
        assert!(!Spans::default().any_overlaps(0, 10));
        assert_eq!(Spans::default().first_overlapping(0, 10), None);
    }
}
