//! What a group is called: a short phrase in the words of its most central
//! sentence ("Six North Korean officers were killed in a Ukrainian missile
//! strike near Donetsk"), and the terms its sentences share most.

use rustc_hash::FxHashMap as HashMap;
use std::ops::Range;

use super::terms::Sort;
use super::{weighted_terms, Claim, Options, Text, Vectors};
use crate::analysis::Sentence;
use crate::category::Category;

/// The longest stretch of shared words a label is cut from, in bytes.
const MAX_WINDOW: usize = 80;

/// The longest label, in bytes (after names and numbers are made whole),
/// unless one shared word is longer.
pub const MAX_LABEL: usize = 100;

/// Each term of a group: the sum of its weights over the group's sentences,
/// and how many of them have it.
type Centroid = HashMap<u32, (f32, usize)>;

fn centroid(set: &[usize], claims: &[Claim]) -> Centroid {
    let mut sum: Centroid = HashMap::default();
    for &i in set {
        for &(id, w) in &claims[i].terms {
            let e = sum.entry(id).or_insert((0.0, 0));
            e.0 += w;
            e.1 += 1;
        }
    }
    sum
}

/// The three terms with the most weight among those at least two of the
/// group's sentences share (or, failing that, the strongest terms).
pub(super) fn shared_terms(set: &[usize], claims: &[Claim], surface: &[String]) -> Vec<String> {
    let mut ranked: Vec<(u32, usize, f32)> = centroid(set, claims)
        .into_iter()
        .map(|(id, (w, k))| (id, k, w))
        .collect();
    ranked.sort_by(|a, b| {
        (b.1 >= 2)
            .cmp(&(a.1 >= 2))
            .then(b.2.total_cmp(&a.2))
            .then(a.0.cmp(&b.0))
    });
    ranked
        .into_iter()
        .take(3)
        .map(|(id, _, _)| surface[id as usize].clone())
        .collect()
}

/// The group's label: in its most central sentence (the closest to the sum
/// of the group's vectors), the shortest stretch between two shared words
/// that holds nearly all that the sentence shares with the others
/// ([`window`]), without crossing who says so, widened to whole names and
/// numbers ("six North Korean officers"), and tidied ([`tidy`]). When that
/// leaves fewer than three words, the next most central sentence's, if it
/// gives more.
pub(super) fn phrase(
    set: &[usize],
    vectors: &Vectors,
    texts: &[Text],
    analysed: &[Vec<Sentence>],
    options: &Options,
) -> String {
    let centroid = centroid(set, &vectors.claims);
    // Rounded, so that a tie is one on every platform (natively and in
    // WebAssembly `ln` may differ in the last bit), and goes to the first.
    let closeness = |i: usize| -> i64 {
        let terms = &vectors.claims[i].terms;
        let sum: f32 = terms.iter().map(|(id, w)| w * centroid[id].0).sum();
        (sum * 1e4).round() as i64
    };
    let mut central: Vec<(i64, usize)> = set.iter().map(|&i| (closeness(i), i)).collect();
    central.sort_by_key(|&(c, i)| (std::cmp::Reverse(c), i));
    let mut labels = central.iter().take(3).map(|&(_, i)| {
        let claim = &vectors.claims[i];
        let sentence = &analysed[claim.text][claim.sentence];
        let text = &texts[claim.text].text[sentence.range.clone()];
        let words = words(text, sentence, vectors, &centroid, options);
        match window(&words, &who_says_so(sentence), MAX_WINDOW) {
            Some(span) => tidy(&text[widen(span, &words, text, MAX_LABEL)]),
            None => tidy(&first_words(text, MAX_LABEL)),
        }
    });
    let first = labels.next().unwrap_or_default();
    if first.split(' ').count() >= 3 {
        return first;
    }
    labels.find(|l| l.split(' ').count() >= 3).unwrap_or(first)
}

/// The content words of a sentence of the group, scored; a word in more
/// than half of all the claims ("North Korean" in these reports) scores 0.
fn words(
    text: &str,
    sentence: &Sentence,
    vectors: &Vectors,
    centroid: &Centroid,
    options: &Options,
) -> Vec<Word> {
    let common = |id: &u32| vectors.df[*id as usize] as usize * 2 > vectors.claims.len();
    weighted_terms(text, sentence, options)
        .into_iter()
        .map(|(term, _)| {
            let id = vectors.ids.get(&term.key).filter(|id| !common(id));
            let shared = id.and_then(|id| centroid.get(id));
            let written = &text[term.range.clone()];
            Word {
                score: shared.filter(|s| s.1 >= 2).map_or(0.0, |s| s.0),
                whole: term.sort != Sort::Word || written.starts_with(char::is_uppercase),
                number: term.sort == Sort::Number,
                range: term.range,
            }
        })
        .collect()
}

/// A content word of the label's sentence.
struct Word {
    range: Range<usize>,
    /// Its weight summed over the group, if two of its sentences have it.
    score: f32,
    /// A name or a number (or a capitalised word), which a label keeps
    /// whole.
    whole: bool,
    /// A number, which a label keeps with the word after it.
    number: bool,
}

/// The byte ranges (in the sentence) that say who says so: attribution and
/// anonymity cues, and the sentence's own source. A label does not cross
/// them ("4,000 dead fish were pulled from the river", not "…, according to
/// the town").
fn who_says_so(sentence: &Sentence) -> Vec<Range<usize>> {
    let at = sentence.range.start;
    let mut out: Vec<Range<usize>> = sentence
        .cues
        .iter()
        .filter(|c| matches!(c.category, Category::Attribution | Category::Anonymous))
        .map(|c| c.start - at..c.end - at)
        .collect();
    if let (Some(s), None) = (&sentence.source, sentence.source_from) {
        out.push(s.start.saturating_sub(at)..s.end.saturating_sub(at));
    }
    out
}

/// Of the stretches from one shared word to another that fit in `max` bytes
/// and cross no barrier, the shortest that scores at least 95% of the best,
/// as the indices of its first and last word. A word that scores under a
/// twentieth of the best word's does not count.
fn window(words: &[Word], barriers: &[Range<usize>], max: usize) -> Option<(usize, usize)> {
    let top = words.iter().map(|w| w.score).fold(0.0, f32::max);
    let shared: Vec<usize> = (0..words.len())
        .filter(|&i| words[i].score > 0.0 && words[i].score >= 0.05 * top)
        .collect();
    let first_barrier_end = barrier_ends(barriers);
    let mut spans: Vec<(usize, usize, f32)> = Vec::new();
    for (k, &first) in shared.iter().enumerate() {
        let mut score = 0.0;
        let start = words[first].range.start;
        let barrier = first_barrier_end(start);
        for &last in &shared[k..] {
            let range = start..words[last].range.end;
            if barrier <= range.end || (range.len() > max && last != first) {
                break;
            }
            score += words[last].score;
            spans.push((first, last, score));
        }
    }
    let best = spans.iter().map(|s| s.2).fold(0.0, f32::max);
    let length = |s: &(usize, usize, f32)| words[s.1].range.end - words[s.0].range.start;
    spans
        .into_iter()
        .filter(|s| s.2 >= 0.95 * best)
        .min_by_key(|s| (length(s), s.0))
        .map(|s| (s.0, s.1))
}

/// For a position, the soonest end of a barrier that starts after it
/// (`usize::MAX` if none): a stretch from there crosses a barrier when it
/// reaches that end. Sorted once, so a long sentence with many cues costs
/// a binary search a stretch, not a pass over its cues.
fn barrier_ends(barriers: &[Range<usize>]) -> impl Fn(usize) -> usize {
    let mut sorted: Vec<Range<usize>> = barriers.to_vec();
    sorted.sort_by_key(|b| b.start);
    // The least end among the barriers from each one on.
    let mut least = vec![usize::MAX; sorted.len() + 1];
    for i in (0..sorted.len()).rev() {
        least[i] = least[i + 1].min(sorted[i].end);
    }
    move |at| least[sorted.partition_point(|b| b.start <= at)]
}

/// A span of words made readable: a word cut off from the rest by a comma,
/// semicolon or colon at either end is dropped ("Ukraine, where they are
/// observing Russian forces" → "they are observing Russian forces"), then
/// the names and numbers just before and after it (only spaces between) are
/// taken in, as long as it fits in `max` bytes ("officers" → "six North
/// Korean officers"), and a number keeps the word after it ("three days").
fn widen(span: (usize, usize), words: &[Word], text: &str, max: usize) -> Range<usize> {
    let (mut start, mut end) = span;
    let apart = |a: usize, b: usize| {
        text[words[a].range.end..words[b].range.start].contains([',', ';', ':'])
    };
    while start < end && apart(start, start + 1) {
        start += 1;
    }
    while end > start && apart(end - 1, end) {
        end -= 1;
    }
    let next_to = |a: usize, b: usize| {
        text[words[a].range.end..words[b].range.start]
            .trim()
            .is_empty()
    };
    let fits = |a: usize, b: usize| words[b].range.end - words[a].range.start <= max;
    while start > 0 && words[start - 1].whole && next_to(start - 1, start) && fits(start - 1, end) {
        start -= 1;
    }
    while end + 1 < words.len()
        && words[end + 1].whole
        && next_to(end, end + 1)
        && fits(start, end + 1)
    {
        end += 1;
    }
    let mut range = words[start].range.start..words[end].range.end;
    if text[range.clone()].ends_with(|c: char| c.is_ascii_digit()) || words[end].number {
        let rest = &text[range.end..];
        let next = rest.trim_start();
        let word = next
            .split(|c: char| !c.is_alphabetic())
            .next()
            .unwrap_or("");
        if !word.is_empty()
            && rest.len() - next.len() > 0
            && range.len() + (rest.len() - next.len()) + word.len() <= max
        {
            range.end += rest.len() - next.len() + word.len();
        }
    }
    range
}

/// The sentence's first words, up to `max` bytes.
fn first_words(text: &str, max: usize) -> String {
    let mut out = String::new();
    for word in text.split_whitespace() {
        if !out.is_empty() && out.len() + 1 + word.len() > max {
            break;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// One line, without quotation marks that open or close outside it, and
/// without a trailing comma, colon or full stop; the first letter
/// capitalised.
fn tidy(phrase: &str) -> String {
    let words: Vec<&str> = phrase.split_whitespace().collect();
    let mut line = words.join(" ");
    let quotes = |open: char, close: char| {
        let (o, c) = (line.matches(open).count(), line.matches(close).count());
        o != c
    };
    let straight = line.matches('"').count() % 2 == 1;
    if straight || quotes('\u{201c}', '\u{201d}') {
        line.retain(|c| !matches!(c, '"' | '\u{201c}' | '\u{201d}'));
    }
    if line.matches('\u{2018}').count() > line.matches('\u{2019}').count() {
        line.retain(|c| c != '\u{2018}');
    }
    let line = line.trim_end_matches([',', ';', ':', '.', ' ']).trim();
    let mut chars = line.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_label_is_tidy() {
        assert_eq!(
            tidy("six  officers\nwere killed,"),
            "Six officers were killed"
        );
        assert_eq!(
            tidy("regular troops,\u{201d} he said"),
            "Regular troops, he said",
            "an unmatched closing quotation mark goes"
        );
        assert_eq!(
            tidy("an \u{201c}exchange of experience\u{201d} program"),
            "An \u{201c}exchange of experience\u{201d} program"
        );
        assert_eq!(tidy("\"fake news"), "Fake news");
    }

    fn words(scores: &[(Range<usize>, f32, bool)]) -> Vec<Word> {
        scores
            .iter()
            .map(|(range, score, whole)| Word {
                range: range.clone(),
                score: *score,
                whole: *whole,
                number: false,
            })
            .collect()
    }

    #[test]
    fn the_window_is_the_shortest_that_holds_nearly_all() {
        let w = words(&[
            (0..3, 0.0, false),
            (4..8, 1.0, false),
            (9..12, 0.0, false),
            (13..20, 1.0, false),
            (21..30, 0.06, false),
            (31..40, 0.0, false),
        ]);
        assert_eq!(
            window(&w, &[], 80),
            Some((1, 3)),
            "0.06 is not worth the words"
        );
        assert_eq!(window(&w, &[], 10), Some((1, 1)), "what fits");
        assert_eq!(
            window(&w, std::slice::from_ref(&(9..12)), 80),
            Some((3, 4)),
            "a barrier is not crossed: the better side"
        );
        assert_eq!(window(&words(&[(0..3, 0.0, false)]), &[], 80), None);
    }

    #[test]
    fn names_and_numbers_are_kept_whole() {
        let text = "six North Korean officers were killed near Donetsk";
        let mut w = words(&[
            (0..3, 0.0, true),
            (4..9, 0.0, true),
            (10..16, 0.0, true),
            (17..25, 1.0, false),
            (31..37, 1.0, false),
            (43..50, 1.0, true),
        ]);
        w[0].number = true;
        assert_eq!(widen((3, 5), &w, text, 80), 0..50);
        assert_eq!(widen((3, 5), &w, text, 40), 10..50, "as long as it fits");
        let text = "Ukraine, where troops train for three days";
        let mut w = words(&[
            (0..7, 1.0, true),
            (15..21, 1.0, false),
            (22..27, 1.0, false),
            (32..37, 1.0, false),
        ]);
        w[3].number = true;
        assert_eq!(
            &text[widen((0, 3), &w, text, 80)],
            "troops train for three days"
        );
    }
}
