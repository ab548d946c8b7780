//! Sentence segmentation for news text.
//!
//! First version: splits after `.`, `!`, `?` (and closing quotes after them)
//! when whitespace and an uppercase letter, digit or opening quote follow, and
//! at blank lines; skips known abbreviations and initials.

use std::ops::Range;

const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "sgt", "capt", "rep", "sen", "gov", "st",
    "jr", "sr", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
    "dec", "no", "vs", "etc", "inc", "corp", "co", "ltd", "u.s", "u.k", "u.n", "e.g", "i.e",
];

/// Byte ranges of the sentences of `text`, trimmed of surrounding whitespace.
pub fn split(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut i = 0;
    while i < chars.len() {
        let (pos, c) = chars[i];
        let mut boundary_end = None;
        if matches!(c, '.' | '!' | '?') {
            let mut j = i + 1;
            while j < chars.len()
                && matches!(chars[j].1, '.' | '!' | '?' | '"' | '”' | '’' | '\'' | ')')
            {
                j += 1;
            }
            let end = chars.get(j).map_or(text.len(), |&(p, _)| p);
            let next_word = chars[j..]
                .iter()
                .find(|(_, ch)| !ch.is_whitespace())
                .map(|&(_, ch)| ch);
            let has_space = chars.get(j).is_none_or(|(_, ch)| ch.is_whitespace());
            let starts_new = next_word
                .is_none_or(|ch| ch.is_uppercase() || ch.is_ascii_digit() || "\"“‘(".contains(ch));
            if has_space && starts_new && !(c == '.' && is_abbreviation(&text[start..pos])) {
                boundary_end = Some((end, j));
            }
        } else if c == '\n'
            && text[pos + 1..]
                .trim_start_matches([' ', '\t', '\r'])
                .starts_with('\n')
        {
            boundary_end = Some((pos, i + 1));
        }
        if let Some((end, next)) = boundary_end {
            push_trimmed(text, start..end, &mut out);
            start = end;
            i = next;
        } else {
            i += 1;
        }
    }
    push_trimmed(text, start..text.len(), &mut out);
    out
}

fn is_abbreviation(before: &str) -> bool {
    let word = before
        .rsplit(|c: char| c.is_whitespace() || c == '(' || c == '"')
        .next()
        .unwrap_or("");
    let lower = word.to_lowercase();
    (word.chars().count() == 1 && word.chars().all(char::is_uppercase))
        || ABBREVIATIONS.contains(&lower.as_str())
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

    #[test]
    fn empty_text_has_no_sentences() {
        assert!(split("").is_empty());
        assert!(split("  \n ").is_empty());
    }
}
