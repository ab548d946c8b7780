//! Sentence segmentation for news text.
//!
//! [`split`] collects *cuts* (byte offsets where one segment ends and the next
//! begins) from three independent sources, then returns the trimmed, non-empty
//! pieces between them:
//!
//! * terminal punctuation (`.`, `!`, `?`, `…`, CJK `。！？`) when what follows
//!   looks like the start of a new sentence;
//! * line structure: blank lines, short heading lines, lines ending in a
//!   colon, lines that start a bulleted item;
//! * list markers (`1.`, `2)`, `3.)`, `b.`) and bullets (`•`, `⁃`).
//!
//! Deciding whether a period ends a sentence is the hard part. The rules
//! follow the "Golden Rules" of the pragmatic segmenter (see
//! `tests/segmentation.rs`) and news usage: abbreviations and their behaviour
//! come from `data/abbreviations.txt`; letter-dot acronyms ("U.S.", "a.m.")
//! and initials ("J. R. R. Tolkien") are recognised by shape; after those,
//! only a common sentence starter ("The", "He", "How") opens a new sentence.
//!
//! A line ends at LF, CR, CRLF, U+2028 (line separator) or U+2029
//! (paragraph separator, which ends a paragraph as a blank line does). The
//! helpers for them ([`is_line_break`], [`lines`], [`has_line_break`],
//! [`is_paragraph_break`]) are public so that every module that reads line
//! structure (kinds, quotations, speakers) agrees with the segmenter.

use std::ops::Range;
use std::sync::OnceLock;

/// Byte ranges of the sentences of `text`, in order, trimmed of surrounding
/// whitespace, never empty and never overlapping.
pub fn split(text: &str) -> Vec<Range<usize>> {
    let mut cuts = Vec::new();
    // The character-indexed passes run one paragraph at a time: their index
    // holds 16 bytes a character, so the peak memory follows the longest
    // paragraph, not the document (a paragraph break is a cut anyway).
    for paragraph in paragraphs(text) {
        let doc = Doc::new(&text[paragraph.clone()]);
        let markers = list_markers(&doc);
        let marker_periods: Vec<usize> = markers.iter().filter_map(|m| m.period).collect();
        let from = cuts.len();
        punctuation_cuts(&doc, &marker_periods, &mut cuts);
        list_cuts(&doc, &markers, &mut cuts);
        for cut in &mut cuts[from..] {
            *cut += paragraph.start;
        }
    }
    line_cuts(text, &mut cuts);
    let datelines = dateline_cuts(text, &mut cuts);
    cuts.sort_unstable();
    cuts.dedup();
    drop_cuts_inside(&mut cuts, &datelines);
    pieces_between(text, &cuts)
}

/// The byte ranges of the paragraphs of `text`: runs of non-blank lines,
/// ended by a blank line or a paragraph separator.
fn paragraphs(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = None;
    let mut end = 0;
    for line in lines(text) {
        if line.text.trim().is_empty() {
            if let Some(s) = start.take() {
                out.push(s..end);
            }
            continue;
        }
        let s = *start.get_or_insert(line.start);
        end = line.start + line.text.len();
        if line.ends_paragraph() {
            out.push(s..end);
            start = None;
        }
    }
    if let Some(s) = start {
        out.push(s..end);
    }
    out
}

/// Drops the cuts strictly inside one of `ranges` (sorted, disjoint): a
/// dateline is one piece, though "NEWARK, N.J. _" ends an abbreviation
/// before its dash. Both lists are sorted, so one pass does it.
fn drop_cuts_inside(cuts: &mut Vec<usize>, ranges: &[Range<usize>]) {
    let mut r = 0;
    cuts.retain(|&c| {
        while r < ranges.len() && ranges[r].end <= c {
            r += 1;
        }
        !ranges
            .get(r)
            .is_some_and(|range| range.start < c && c < range.end)
    });
}

// ---------------------------------------------------------------------------
// The text as characters

/// The text with its characters indexed, so rules can look both ways cheaply.
struct Doc<'a> {
    text: &'a str,
    chars: Vec<(usize, char)>,
}

impl<'a> Doc<'a> {
    fn new(text: &'a str) -> Self {
        Doc {
            text,
            chars: text.char_indices().collect(),
        }
    }

    fn len(&self) -> usize {
        self.chars.len()
    }

    fn char_at(&self, i: usize) -> Option<char> {
        self.chars.get(i).map(|&(_, c)| c)
    }

    /// Byte offset of character `i` (the text's length past the end).
    fn byte_at(&self, i: usize) -> usize {
        self.chars.get(i).map_or(self.text.len(), |&(b, _)| b)
    }

    fn slice(&self, from: usize, to: usize) -> &'a str {
        &self.text[self.byte_at(from)..self.byte_at(to)]
    }

    /// First index at or after `i` whose character fails `keep`.
    fn skip_while(&self, mut i: usize, keep: impl Fn(char) -> bool) -> usize {
        while self.char_at(i).is_some_and(&keep) {
            i += 1;
        }
        i
    }

    /// First index at or before `i` (exclusive end) whose preceding character fails `keep`.
    fn skip_back_while(&self, mut i: usize, keep: impl Fn(char) -> bool) -> usize {
        while i > 0 && keep(self.chars[i - 1].1) {
            i -= 1;
        }
        i
    }

    /// The whitespace-delimited token that starts at `i`.
    fn word_at(&self, i: usize) -> &'a str {
        self.slice(i, self.skip_while(i, |c| !c.is_whitespace()))
    }
}

fn is_terminal(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…' | '‽' | '⁇' | '⁈' | '⁉')
}

/// Full-width sentence enders: Chinese and Japanese put no space after them.
fn is_cjk_terminal(c: char) -> bool {
    matches!(c, '。' | '！' | '？' | '｡')
}

/// Characters that may follow a sentence's final punctuation and still
/// belong to it: `"Yes."`, `(He left.)`.
fn is_closer(c: char) -> bool {
    matches!(c, '"' | '\'' | '”' | '’' | '»' | '›' | ')' | ']' | '}')
}

/// Characters that may precede a sentence's first letter: `"We`, `(The`.
fn is_opener(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '“' | '‘' | '«' | '‹' | '(' | '[' | '{' | '¿' | '¡' | '*' | '_'
    )
}

fn is_quote(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '“' | '”' | '‘' | '’' | '«' | '»' | '‹' | '›'
    )
}

fn is_bullet(c: char) -> bool {
    matches!(
        c,
        '•' | '◦' | '‣' | '⁃' | '▪' | '▫' | '●' | '○' | '■' | '□' | '►' | '▸' | '∙'
    )
}

/// The first character of `word` that is not an opening quote or bracket.
fn first_letter(word: &str) -> Option<char> {
    word.chars().find(|&c| !is_opener(c))
}

// ---------------------------------------------------------------------------
// Terminal punctuation

/// Cuts after sentence-ending punctuation. `marker_periods` (sorted) are the
/// periods of list markers, which end nothing.
fn punctuation_cuts(doc: &Doc, marker_periods: &[usize], cuts: &mut Vec<usize>) {
    // Where the sentence being read began (after the last cut or line break).
    let mut sentence_start = 0;
    let mut i = 0;
    while i < doc.len() {
        let c = doc.chars[i].1;
        let (next, cut) = if is_cjk_terminal(c) {
            let end = doc.skip_while(i + 1, |c| {
                is_cjk_terminal(c) || is_terminal(c) || is_closer(c)
            });
            (end, Some(end))
        } else if c == '.' && spaced_dots(doc, i).1 >= 3 {
            let (end, dots) = spaced_dots(doc, i);
            (end, spaced_ellipsis_cut(doc, i, end, dots))
        } else if is_terminal(c) {
            let run_end = doc.skip_while(i, is_terminal);
            let after = doc.skip_while(run_end, is_closer);
            let owned_by_marker = marker_periods.binary_search(&i).is_ok();
            let ends = !owned_by_marker && ends_sentence(doc, sentence_start, i, run_end, after);
            (after, ends.then_some(after))
        } else {
            if is_line_break(c) {
                sentence_start = i + 1;
            }
            (i + 1, None)
        };
        if let Some(cut) = cut {
            cuts.push(doc.byte_at(cut));
            sentence_start = cut;
        }
        i = next;
    }
}

/// End (exclusive) and number of dots of a chain of dots separated by single
/// spaces (". . .") starting at `i`.
fn spaced_dots(doc: &Doc, i: usize) -> (usize, usize) {
    let (mut end, mut dots) = (i + 1, 1);
    while doc.char_at(end) == Some(' ') && doc.char_at(end + 1) == Some('.') {
        end += 2;
        dots += 1;
    }
    (end, dots)
}

/// Where a spaced ellipsis ends a sentence, if it does.
///
/// Three dots (". . .") mark an omission inside a sentence. Four dots are an
/// ellipsis plus a period: "period . . . . Next" ends after the fourth dot,
/// while in "compounds. . . . The" the period belongs to the word and the
/// ellipsis opens the next sentence. Either way only a capital letter after
/// the dots makes a new sentence.
fn spaced_ellipsis_cut(doc: &Doc, start: usize, end: usize, dots: usize) -> Option<usize> {
    let after = doc.skip_while(end, is_closer);
    if dots < 4 || !capital_follows(doc, after) {
        return None;
    }
    let attached = start > 0 && !doc.chars[start - 1].1.is_whitespace();
    Some(if attached { start + 1 } else { after })
}

/// Whether whitespace then a capitalised word follow index `i`.
fn capital_follows(doc: &Doc, i: usize) -> bool {
    if !doc.char_at(i).is_some_and(char::is_whitespace) {
        return false;
    }
    let next = doc.skip_while(i, char::is_whitespace);
    first_letter(doc.word_at(next)).is_some_and(char::is_uppercase)
}

/// Whether the punctuation `start..run_end`, followed by closing quotes or
/// brackets up to `after`, ends the sentence that began at `sentence_start`.
fn ends_sentence(
    doc: &Doc,
    sentence_start: usize,
    start: usize,
    run_end: usize,
    after: usize,
) -> bool {
    // Punctuation glued to what follows is inside a token: "3.5",
    // "example.com", "S.Korea", "Jr.'s", "mean...see".
    match doc.char_at(after) {
        None => return true,
        Some(c) if !c.is_whitespace() => return false,
        Some(_) => {}
    }
    let next = doc.skip_while(after, char::is_whitespace);
    let next_word = doc.word_at(next);
    let Some(initial) = first_letter(next_word) else {
        return true;
    };
    // A lowercase continuation never starts a sentence: "Yahoo! in",
    // "'This is great.' she said", "co. at the party".
    if initial.is_lowercase() {
        return false;
    }
    let closed_quote = doc.chars[run_end..after].iter().any(|&(_, c)| is_quote(c));
    if closed_quote && attribution_follows(doc, next) {
        return false;
    }
    let run = doc.slice(start, run_end);
    if run.contains(['!', '?', '‽', '⁇', '⁈', '⁉']) {
        true
    } else if run.chars().count() > 1 || run == "…" {
        ellipsis_ends_sentence(doc, start, initial)
    } else {
        let sentence = doc.slice(sentence_start, start);
        period_ends_sentence(sentence, next_word, after > run_end)
    }
}

/// An ellipsis ends a sentence before a capital ("that.... She left"), but
/// not when it stands for omitted words in brackets ("[...]").
fn ellipsis_ends_sentence(doc: &Doc, start: usize, initial: char) -> bool {
    let bracketed = start > 0 && matches!(doc.chars[start - 1].1, '[' | '(');
    !bracketed && initial.is_uppercase()
}

/// Whether a single period after `sentence` ends it, given the next word and
/// whether a quote or bracket closed right after the period.
fn period_ends_sentence(sentence: &str, next: &str, closed: bool) -> bool {
    // `"This is great." She held`: the quote or bracket closed with the sentence.
    if closed {
        return true;
    }
    let prev = sentence
        .rsplit(char::is_whitespace)
        .next()
        .unwrap_or_default();
    let prev = prev
        .trim_start_matches(is_opener)
        .trim_end_matches(is_closer);
    let kind = abbreviation_kind(prev);
    if first_letter(next).is_some_and(|c| c.is_numeric()) {
        // Numbers follow abbreviations ("Oct. 3", "p. 55", "N°. 1026") far
        // more often than they open sentences (news spells those out).
        return kind.is_none() && is_plain_word(prev);
    }
    match kind {
        None | Some(Abbreviation::Number) => true,
        Some(Abbreviation::Title) => false,
        Some(Abbreviation::Ending) => {
            starts_with_sentence_starter(next) && !is_introductory_phrase(sentence)
        }
    }
}

/// Prepositions that open an introductory phrase ("At 5 a.m.", "In the U.S.").
const INTRODUCTORY_PREPOSITIONS: &[&str] = &[
    "About", "After", "Around", "At", "Before", "By", "During", "From", "In", "On", "Since",
    "Through", "Until",
];

/// A few words opened by a preposition, like "At 5 a.m." in "At 5 a.m. Mr.
/// Smith went to the bank": a phrase without a verb, not a sentence, so the
/// abbreviation ending it does not end a sentence.
fn is_introductory_phrase(sentence: &str) -> bool {
    const MAX_WORDS: usize = 4;
    let mut words = sentence.split_whitespace();
    let opens_with_preposition = words.next().is_some_and(|first| {
        INTRODUCTORY_PREPOSITIONS.contains(&first.trim_start_matches(is_opener))
    });
    opens_with_preposition && words.take(MAX_WORDS).count() < MAX_WORDS
}

/// A word of letters only, longer than an initial.
fn is_plain_word(word: &str) -> bool {
    word.chars().count() > 1 && word.chars().all(char::is_alphabetic)
}

/// Words that usually open a sentence. After an abbreviation or initial that
/// could end one ("Co.", "U.S.", "I."), one of these means it did: "I live in
/// the U.S. How about you?" but "the U.S. Government". Titles are here
/// because a title usually opens a sentence after "p.m." or "Co.": "He left
/// at 6 P.M. Mr. Smith then went to the store."
const SENTENCE_STARTERS: &[&str] = &[
    "A", "After", "Also", "An", "And", "As", "At", "Being", "But", "By", "Did", "Do", "Does", "Dr",
    "During", "For", "He", "Her", "His", "How", "However", "I", "If", "In", "It", "Its", "Many",
    "Millions", "More", "Most", "Mr", "Mrs", "Ms", "Now", "On", "One", "Our", "She", "So", "Some",
    "That", "The", "Their", "Then", "There", "These", "They", "This", "Those", "Thus", "To", "We",
    "What", "When", "Where", "While", "Who", "Why", "Yet", "You",
];

fn starts_with_sentence_starter(word: &str) -> bool {
    let word = word.trim_start_matches(is_opener);
    let letters = word
        .split(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    // "A." and "I." are initials ("J. A. Smith"), not the words "A" and "I".
    let is_initial = letters.chars().count() == 1 && word[letters.len()..].starts_with('.');
    !is_initial && SENTENCE_STARTERS.contains(&letters)
}

/// Verbs of a short attribution after a quote: `"Is it true?" Kim asked.`
const SPEECH_VERBS: &str = "\
    said says asked asks added adds told tells wrote writes noted insisted replied declared \
    stated explained warned claimed argued shouted answered responded remarked tweeted posted \
    confirmed admitted";

/// Whether the words from `from` are a short attribution clause ending the
/// quoted sentence, like "Kim asked." or "the minister said, adding ...".
/// Such a clause belongs with the quote it attributes.
fn attribution_follows(doc: &Doc, from: usize) -> bool {
    const MAX_WORDS: usize = 6;
    let mut has_verb = false;
    let mut i = from;
    for _ in 0..MAX_WORDS {
        let end = doc.skip_while(i, |c| !c.is_whitespace() && !is_terminal(c) && c != ',');
        let word = doc.slice(i, end);
        // Another quotation begins: this is not a bare attribution.
        if word.starts_with(is_quote) {
            return false;
        }
        has_verb |= SPEECH_VERBS
            .split_whitespace()
            .any(|v| v.eq_ignore_ascii_case(word));
        match doc.char_at(end) {
            None => return has_verb,
            Some(c) if is_terminal(c) || c == ',' => return has_verb,
            Some(c) if is_line_break(c) => return false,
            Some(_) => i = doc.skip_while(end, |c| c.is_whitespace() && !is_line_break(c)),
        }
    }
    false
}

// ---------------------------------------------------------------------------
// Abbreviations

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Abbreviation {
    /// Before a name or phrase; never ends a sentence ("Dr.", "vs.").
    Title,
    /// An abbreviation only before a number ("No. 5").
    Number,
    /// May end a sentence ("Co.", "U.S.", initials).
    Ending,
}

const ABBREVIATIONS: &str = data!("abbreviations.txt");

/// The abbreviation list, sorted for binary search.
fn abbreviation_table() -> &'static [(&'static str, Abbreviation)] {
    static TABLE: OnceLock<Vec<(&'static str, Abbreviation)>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut table: Vec<_> = ABBREVIATIONS
            .lines()
            .map(str::trim)
            .filter(|line| !line.is_empty() && !line.starts_with('#'))
            .map(|line| {
                let mut fields = line.split_whitespace();
                let word = fields.next().unwrap_or_default();
                let kind = match fields.next() {
                    Some("title") => Abbreviation::Title,
                    Some("number") => Abbreviation::Number,
                    _ => Abbreviation::Ending,
                };
                (word, kind)
            })
            .collect();
        table.sort_unstable_by_key(|&(word, _)| word);
        table
    })
}

/// How `word` (the token before a period, without it) behaves as an
/// abbreviation, or `None` if it is not one.
fn abbreviation_kind(word: &str) -> Option<Abbreviation> {
    let lower = word.to_lowercase();
    let table = abbreviation_table();
    if let Ok(found) = table.binary_search_by(|(w, _)| w.cmp(&lower.as_str())) {
        return Some(table[found].1);
    }
    (is_initial(word) || is_letter_acronym(word)).then_some(Abbreviation::Ending)
}

/// A single letter, as in "Jonas E. Smith".
fn is_initial(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(char::is_alphabetic) && chars.next().is_none()
}

/// Single letters joined by periods: "U.S", "E.U", "a.m", "U.S.A".
fn is_letter_acronym(word: &str) -> bool {
    word.contains('.') && word.split('.').all(is_initial)
}

// ---------------------------------------------------------------------------
// Lists

/// A list item marker such as `1.`, `2)`, `3.)` or `b.`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct ListMarker {
    /// Index of the marker's first character.
    start: usize,
    /// Index of the marker's period, which ends no sentence.
    period: Option<usize>,
    style: MarkerStyle,
    value: u32,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct MarkerStyle {
    numeric: bool,
    /// The characters after the number or letter: ".", ")" or ".)".
    suffix: &'static str,
}

/// The list markers of the text. A marker at the start of a line (or after a
/// bullet or colon) starts or continues a list. Elsewhere it must continue
/// the list in sequence ("1) The first item 2) The second item"), or open a
/// sentence and be followed by its successor ("They said. 1. Cut taxes 2.
/// Raise spending"), so that a number ending a sentence ("on Oct. 3. It") is
/// not mistaken for one.
fn list_markers(doc: &Doc) -> Vec<ListMarker> {
    let mut found: Vec<ListMarker> = Vec::new();
    let mut pending: Option<ListMarker> = None;
    for i in 0..doc.len() {
        let Some(marker) = marker_at(doc, i) else {
            continue;
        };
        let precedes = |earlier: &ListMarker| {
            earlier.style == marker.style && marker.value == earlier.value + 1
        };
        if let Some(first) = pending.filter(precedes) {
            found.extend([first, marker]);
            pending = None;
        } else if found.last().is_some_and(precedes) || at_line_start(doc, i) {
            found.push(marker);
            pending = None;
        } else if after_sentence_end(doc, i) {
            pending = Some(marker);
        }
    }
    found
}

/// Whether terminal punctuation (perhaps with closing quotes) and whitespace
/// come just before index `i`.
fn after_sentence_end(doc: &Doc, i: usize) -> bool {
    let before_space = doc.skip_back_while(i, char::is_whitespace);
    let before_closers = doc.skip_back_while(before_space, is_closer);
    before_space < i && before_closers > 0 && is_terminal(doc.chars[before_closers - 1].1)
}

/// A list marker starting at index `i`, if one does: one to three digits or
/// a lowercase letter, then ".", ")" or ".)", then whitespace, preceded by
/// whitespace or a bullet.
fn marker_at(doc: &Doc, i: usize) -> Option<ListMarker> {
    if i > 0 && !doc.chars[i - 1].1.is_whitespace() && !is_bullet(doc.chars[i - 1].1) {
        return None;
    }
    let first = doc.char_at(i)?;
    let (numeric, value, value_end) = if first.is_ascii_digit() {
        let end = doc.skip_while(i, |c| c.is_ascii_digit());
        if end - i > 3 {
            return None;
        }
        (true, doc.slice(i, end).parse().ok()?, end)
    } else if first.is_ascii_lowercase() {
        (false, u32::from(first) - u32::from('a'), i + 1)
    } else {
        return None;
    };
    let (suffix, period) = match (doc.char_at(value_end), doc.char_at(value_end + 1)) {
        (Some('.'), Some(')')) => (".)", Some(value_end)),
        (Some('.'), _) => (".", Some(value_end)),
        (Some(')'), _) => (")", None),
        _ => return None,
    };
    let end = value_end + suffix.len();
    if !doc.char_at(end).is_some_and(char::is_whitespace) {
        return None;
    }
    Some(ListMarker {
        start: i,
        period,
        style: MarkerStyle { numeric, suffix },
        value,
    })
}

/// Whether only spaces and bullets separate index `i` from the start of its
/// line, or a colon precedes it ("Three steps: 1. Ask").
fn at_line_start(doc: &Doc, i: usize) -> bool {
    let before = doc.skip_back_while(i, |c| {
        (c.is_whitespace() && !is_line_break(c)) || is_bullet(c)
    });
    before == 0 || doc.chars[before - 1].1 == ':' || is_line_break(doc.chars[before - 1].1)
}

/// Cuts before each list item: at its bullet if it has one, else at its marker.
fn list_cuts(doc: &Doc, markers: &[ListMarker], cuts: &mut Vec<usize>) {
    for marker in markers {
        let before = doc.skip_back_while(marker.start, |c| c.is_whitespace() && !is_line_break(c));
        let has_bullet = before > 0 && is_bullet(doc.chars[before - 1].1);
        if !has_bullet {
            cuts.push(doc.byte_at(marker.start));
        }
    }
    for (i, &(byte, c)) in doc.chars.iter().enumerate() {
        if is_bullet(c) && (i == 0 || doc.chars[i - 1].1.is_whitespace()) {
            cuts.push(byte);
        }
    }
}

// ---------------------------------------------------------------------------
// Lines

/// Whether `c` ends a line: LF, CR (alone or in CRLF), U+2028 LINE
/// SEPARATOR or U+2029 PARAGRAPH SEPARATOR.
pub fn is_line_break(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\u{2028}' | '\u{2029}')
}

/// One line of a text: where it starts (a byte offset), its text without
/// the line break, and the line break after it ("" for the last line).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Line<'a> {
    /// Byte offset of the line in the text.
    pub start: usize,
    /// The line, without its line break.
    pub text: &'a str,
    /// The line break that ends it: "\n", "\r\n", "\r", U+2028, U+2029, or
    /// "" for the last line.
    pub ending: &'a str,
}

impl Line<'_> {
    /// Whether the line ends in a paragraph separator (U+2029).
    pub fn ends_paragraph(&self) -> bool {
        self.ending == "\u{2029}"
    }
}

/// The lines of `text`, split at every line break ([`is_line_break`]; a CRLF
/// is one). Like `str::split('\n')`, a text that ends in a line break has an
/// empty last line, and the empty text is one empty line.
pub fn lines(text: &str) -> Lines<'_> {
    Lines {
        text,
        at: 0,
        done: false,
    }
}

/// The iterator of [`lines`].
#[derive(Clone, Debug)]
pub struct Lines<'a> {
    text: &'a str,
    at: usize,
    done: bool,
}

impl<'a> Iterator for Lines<'a> {
    type Item = Line<'a>;

    fn next(&mut self) -> Option<Line<'a>> {
        if self.done {
            return None;
        }
        let rest = &self.text[self.at..];
        let start = self.at;
        let Some(i) = rest.find(is_line_break) else {
            self.done = true;
            return Some(Line {
                start,
                text: rest,
                ending: "",
            });
        };
        let len = if rest[i..].starts_with("\r\n") {
            2
        } else {
            rest[i..].chars().next().map_or(1, char::len_utf8)
        };
        self.at += i + len;
        Some(Line {
            start,
            text: &rest[..i],
            ending: &rest[i..i + len],
        })
    }
}

/// How many line breaks `s` holds: a CRLF counts once, a paragraph
/// separator (U+2029) twice, since it ends a paragraph as a blank line does.
pub fn line_breaks(s: &str) -> usize {
    let mut n = 0;
    let mut after_cr = false;
    for c in s.chars() {
        match c {
            '\n' if after_cr => {}
            '\u{2029}' => n += 2,
            c if is_line_break(c) => n += 1,
            _ => {}
        }
        after_cr = c == '\r';
    }
    n
}

/// Whether `s` (a gap between segments) holds a line break.
pub fn has_line_break(s: &str) -> bool {
    s.contains(is_line_break)
}

/// Whether `s` (a gap between segments) ends a paragraph: a blank line, or
/// a paragraph separator.
pub fn is_paragraph_break(s: &str) -> bool {
    line_breaks(s) >= 2
}

/// Cuts at line breaks that end a segment even without final punctuation.
fn line_cuts(text: &str, cuts: &mut Vec<usize>) {
    let mut lines = lines(text);
    let Some(mut line) = lines.next() else {
        return;
    };
    for next in lines {
        if line.ends_paragraph() || line_break_ends_segment(line.text.trim(), next.text.trim()) {
            cuts.push(line.start + line.text.len());
        }
        line = next;
    }
}

fn line_break_ends_segment(line: &str, next: &str) -> bool {
    // A blank line is a paragraph break.
    next.is_empty()
        || line.is_empty()
        // "The ministry said:" introduces what follows, on its own.
        || line.ends_with(':')
        || starts_dashed_item(next)
        || starts_credit(next)
        || (looks_like_heading(line) && starts_capitalised(next))
}

/// The labels of a picture's credit line ("Image: NASA."), which stands under
/// its caption and is never part of the caption's sentence.
pub(crate) const CREDIT_LABELS: [&str; 10] = [
    "image:",
    "photo:",
    "photograph:",
    "picture:",
    "video:",
    "audio:",
    "graphic:",
    "map:",
    "credit:",
    "photo credit:",
];

/// Whether `line` starts with a credit label.
pub(crate) fn starts_credit(line: &str) -> bool {
    let head: String = line.chars().take(14).collect::<String>().to_lowercase();
    CREDIT_LABELS.iter().any(|p| head.starts_with(p))
}

/// Whether `text` starts (after any opening quote) with a capital or digit.
fn starts_capitalised(text: &str) -> bool {
    first_letter(text).is_some_and(|c| c.is_uppercase() || c.is_numeric())
}

/// "- item" or "* item": a list line (bullets and numbers are cut elsewhere).
fn starts_dashed_item(line: &str) -> bool {
    let mut chars = line.chars();
    matches!(chars.next(), Some('-' | '*' | '–')) && chars.next().is_some_and(char::is_whitespace)
}

/// A short capitalised line without final punctuation: a headline, a
/// subheading, a byline. Longer lines are more likely hard-wrapped prose.
fn looks_like_heading(line: &str) -> bool {
    const MAX_WORDS: usize = 10;
    let unpunctuated = line
        .chars()
        .last()
        .is_some_and(|c| c.is_alphanumeric() || is_closer(c));
    starts_capitalised(line) && unpunctuated && line.split_whitespace().count() <= MAX_WORDS
}

// ---------------------------------------------------------------------------
// Datelines

/// Cuts after a dateline that opens a line ("NAIROBI, Kenya —", "YANGON
/// (Reuters) -", "WASHINGTON:") and after the corpus files' leading
/// `date YYYY-MM-DD` marker: neither is part of the sentence that follows.
/// Returns the datelines' ranges, in order.
fn dateline_cuts(text: &str, cuts: &mut Vec<usize>) -> Vec<Range<usize>> {
    if let Some(end) = date_marker_end(text) {
        cuts.push(end);
    }
    let mut datelines = Vec::new();
    for start in lines(text).map(|line| line.start) {
        let line = &text[start..];
        let indent = line.len() - line.trim_start_matches([' ', '\t']).len();
        if let Some(len) = dateline_len(&line[indent..]) {
            cuts.push(start + indent + len);
            datelines.push(start + indent..start + indent + len);
        }
    }
    datelines
}

/// End of a leading `date YYYY-MM-DD` marker, if the text starts with one.
pub(crate) fn date_marker_end(text: &str) -> Option<usize> {
    let body = text.trim_start();
    let date = body.strip_prefix("date ")?.get(..10)?;
    let iso = date.char_indices().all(|(i, c)| match i {
        4 | 7 => c == '-',
        _ => c.is_ascii_digit(),
    });
    let end = text.len() - body.len() + "date ".len() + 10;
    let ends_word = text[end..].chars().next().is_none_or(char::is_whitespace);
    (iso && ends_word).then_some(end)
}

/// Length of the dateline that `line` starts with: a place in capitals
/// (at least three letters), optionally ", Country" in up to three
/// capitalised words and "(Agency)", then ":" or a dash, then a space and more
/// text. Mixed-case places are not taken: "Paris - " could start a sentence.
fn dateline_len(line: &str) -> Option<usize> {
    capitals_dateline_len(line).or_else(|| place_list_dateline_len(line))
}

/// The separators a dateline ends in; old wire copy in plain text writes its
/// dash as "_" ("BAGHDAD, Iraq (AP) _").
const DATELINE_SEPARATORS: [&str; 8] = [":", " --", " -", " —", " –", "—", "–", " _"];

/// "Evansville, Indiana, United States -" (Wikinews): a mixed-case place is
/// taken only as a list of two or three capitalised names joined by commas
/// before a spaced dash, which a sentence hardly ever starts with.
/// How far into a line the dash of a place-list dateline may stand.
const PLACE_LIST_REACH: usize = 80;

fn place_list_dateline_len(line: &str) -> Option<usize> {
    // Only the first bytes can hold the dash: `line` runs to the end of the
    // text, and searching all of it from every line start was quadratic.
    let mut window = PLACE_LIST_REACH.min(line.len());
    while !line.is_char_boundary(window) {
        window -= 1;
    }
    let head_end = line[..window].find(['-', '_', '—', '–'])?;
    let head = &line[..head_end];
    if !head.ends_with(' ') || !is_place_list(head) {
        return None;
    }
    let sep_len = line[head_end..].chars().next()?.len_utf8();
    let after = &line[head_end + sep_len..];
    (after.starts_with(' ') && after.trim_start().chars().next().is_some())
        .then_some(head_end + sep_len)
}

/// "Evansville, Indiana, United States": two or three comma-separated names of
/// one to three capitalised words each.
pub(crate) fn is_place_list(head: &str) -> bool {
    let parts: Vec<&str> = head.trim().split(", ").collect();
    (2..=3).contains(&parts.len())
        && parts.iter().all(|p| {
            let words: Vec<&str> = p.split(' ').collect();
            (1..=3).contains(&words.len())
                && words.iter().all(|w| {
                    w.chars().next().is_some_and(char::is_uppercase)
                        && w.chars()
                            .all(|c| c.is_alphabetic() || matches!(c, '.' | '\'' | '’'))
                })
        })
}

fn capitals_dateline_len(line: &str) -> Option<usize> {
    let place_end = line
        .char_indices()
        .find(|&(_, c)| !(c.is_uppercase() || matches!(c, ' ' | '.' | '\'' | '’' | '-')))
        .map_or(line.len(), |(i, _)| i);
    // A dash after a space ends the place ("MOSCOW -- Troops"): only a dash
    // inside a word is part of it ("WILKES-BARRE").
    let place_end = line[..place_end].find(" -").unwrap_or(place_end);
    let place = line[..place_end].trim_end_matches([' ', '-']);
    if place.chars().filter(|c| c.is_uppercase()).count() < 3 {
        return None;
    }
    let mut at = place.len();
    let rest = &line[at..];
    if let Some(country) = rest.strip_prefix(", ") {
        let words: Vec<&str> = country.split(' ').take(4).collect();
        let mut len = 2;
        for w in words.iter().take(3) {
            let w = w.trim_end_matches(',');
            // "KYIV, March 3 (Reuters) -": a date in place of the country.
            if !w
                .chars()
                .next()
                .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
            {
                break;
            }
            len += w.len();
            if !country[len - 2..].starts_with(' ') {
                break;
            }
            len += 1;
        }
        at += len.min(rest.len());
        at = line[..at].trim_end().len();
    }
    let rest = &line[at..];
    if let Some(agency) = rest.strip_prefix(" (") {
        // Only the first bytes can hold the closing bracket: searching the
        // whole rest of the text made lines of unclosed "ABC (" quadratic.
        let close = agency.bytes().take(41).position(|b| b == b')')?;
        if !agency.starts_with(char::is_uppercase) {
            return None;
        }
        at += 2 + close + 1;
    }
    let rest = &line[at..];
    let sep = DATELINE_SEPARATORS
        .into_iter()
        .find(|s| rest.starts_with(s))?;
    let after = &rest[sep.len()..];
    let spaced = after.starts_with(' ') && after.trim_start().chars().next().is_some();
    spaced.then_some(at + sep.len())
}

// ---------------------------------------------------------------------------
// Output

/// The trimmed, non-empty pieces of `text` between sorted `cuts`.
fn pieces_between(text: &str, cuts: &[usize]) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    for &cut in cuts.iter().chain(std::iter::once(&text.len())) {
        push_trimmed(text, start..cut, &mut out);
        start = cut;
    }
    out
}

fn push_trimmed(text: &str, range: Range<usize>, out: &mut Vec<Range<usize>>) {
    let s = &text[range.clone()];
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    if lead + trail < s.len() {
        out.push(range.start + lead..range.end - trail);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentences(text: &str) -> Vec<&str> {
        split(text).into_iter().map(|r| &text[r]).collect()
    }

    #[test]
    fn splits_plain_sentences() {
        assert_eq!(sentences("One. Two? Three!"), ["One.", "Two?", "Three!"]);
    }

    #[test]
    fn keeps_abbreviations_and_initials() {
        assert_eq!(
            sentences("The U.S. Army met Dr. Kim on Oct. 3. It rained."),
            ["The U.S. Army met Dr. Kim on Oct. 3.", "It rained."]
        );
        assert_eq!(sentences("J. R. Smith left."), ["J. R. Smith left."]);
    }

    #[test]
    fn blank_lines_end_segments() {
        assert_eq!(
            sentences("Heading\n\nBody text."),
            ["Heading", "Body text."]
        );
    }

    /// The line ends of the issue: each is a line break everywhere.
    const LINE_ENDS: [&str; 4] = ["\n", "\r\n", "\r", "\u{2028}"];

    #[test]
    fn every_line_end_breaks_lines() {
        for e in LINE_ENDS {
            // A blank line is a paragraph break.
            let text = format!("Heading{e}{e}Body text.");
            assert_eq!(sentences(&text), ["Heading", "Body text."], "{e:?}");
            // A short capitalised line is a heading, cut off from what follows.
            let text = format!("Troops cross the border{e}The troops crossed.");
            assert_eq!(
                sentences(&text),
                ["Troops cross the border", "The troops crossed."],
                "{e:?}"
            );
            // A sentence runs on over a single line break.
            let text = format!("Officials said troops{e}may have crossed.");
            assert_eq!(sentences(&text).len(), 1, "{e:?}");
            // Lines ending in a colon, list items, datelines at a line start.
            let text = format!("The ministry said:{e}troops left{e}- one{e}- two");
            assert_eq!(
                sentences(&text),
                ["The ministry said:", "troops left", "- one", "- two"],
                "{e:?}"
            );
            let text = format!("Storm hits coast{e}{e}YANGON (Reuters) - The storm killed 10.");
            assert_eq!(
                sentences(&text),
                [
                    "Storm hits coast",
                    "YANGON (Reuters) -",
                    "The storm killed 10."
                ],
                "{e:?}"
            );
            let text = format!("Steps:{e}1. Ask{e}2. Wait");
            assert_eq!(sentences(&text), ["Steps:", "1. Ask", "2. Wait"], "{e:?}");
        }
    }

    #[test]
    fn a_paragraph_separator_ends_a_paragraph() {
        assert_eq!(
            sentences("Heading\u{2029}Body text."),
            ["Heading", "Body text."]
        );
        // Even where a single line break would not cut.
        assert_eq!(
            sentences("Officials said troops\u{2029}may have crossed."),
            ["Officials said troops", "may have crossed."]
        );
    }

    #[test]
    fn lines_split_at_every_line_end() {
        let text = "a\r\nb\rc\u{2028}d\u{2029}e\n\nf";
        let got: Vec<(usize, &str, &str)> =
            lines(text).map(|l| (l.start, l.text, l.ending)).collect();
        assert_eq!(
            got,
            [
                (0, "a", "\r\n"),
                (3, "b", "\r"),
                (5, "c", "\u{2028}"),
                (9, "d", "\u{2029}"),
                (13, "e", "\n"),
                (15, "", "\n"),
                (16, "f", ""),
            ]
        );
        // As str::split('\n'): a final line break leaves an empty last line.
        let texts: Vec<&str> = lines("x\r").map(|l| l.text).collect();
        assert_eq!(texts, ["x", ""]);
        let texts: Vec<&str> = lines("").map(|l| l.text).collect();
        assert_eq!(texts, [""]);
    }

    #[test]
    fn line_breaks_count_crlf_once_and_a_paragraph_separator_twice() {
        assert_eq!(line_breaks(" \r\n "), 1);
        assert_eq!(line_breaks("\r\r"), 2);
        assert_eq!(line_breaks("\n\r"), 2);
        assert_eq!(line_breaks("\r\n\r\n"), 2);
        assert_eq!(line_breaks("\u{2028}\u{2028}"), 2);
        assert_eq!(line_breaks("\u{2029}"), 2);
        assert_eq!(line_breaks("  \t"), 0);
        assert!(is_paragraph_break("\r\r") && is_paragraph_break(" \u{2029} "));
        assert!(!is_paragraph_break("\r\n") && has_line_break("\r"));
        assert!(!has_line_break(" \t"));
    }

    #[test]
    fn empty_text_has_no_sentences() {
        assert!(split("").is_empty());
        assert!(split("  \n ").is_empty());
    }

    #[test]
    fn abbreviation_table_parses_tags() {
        assert_eq!(abbreviation_kind("Dr"), Some(Abbreviation::Title));
        assert_eq!(abbreviation_kind("No"), Some(Abbreviation::Number));
        assert_eq!(abbreviation_kind("Co"), Some(Abbreviation::Ending));
        assert_eq!(abbreviation_kind("U.S"), Some(Abbreviation::Ending));
        assert_eq!(abbreviation_kind("said"), None);
    }

    #[test]
    fn list_markers_need_a_line_start_or_a_sequence() {
        let doc = Doc::new("See chapter 1. Then 2. More");
        assert!(list_markers(&doc).is_empty());
        let doc = Doc::new("1) a 2) b");
        assert_eq!(list_markers(&doc).len(), 2);
        let doc = Doc::new("On Oct. 3. It rained.");
        assert!(list_markers(&doc).is_empty());
        let doc = Doc::new("They said. 1. Cut taxes 2. Raise spending");
        assert_eq!(list_markers(&doc).len(), 2);
    }
}
