//! Quotations across sentences (annotation guide, rule 4): every sentence of a
//! quotation carries its speaker's attribution, even when the speaker is named
//! in another sentence of it.
//!
//! One pass over the text tracks whether a quotation is open; two sentences
//! belong to one quotation when it is open at the end of the first. Curly
//! quotes open and close; a straight double quote toggles. A paragraph break
//! closes whatever is open, so a missing closing mark cannot turn the rest of
//! an article into one quotation. Single quotes are left alone: they are
//! apostrophes far more often than quotation marks.

use std::ops::Range;

use crate::segment::is_paragraph_break;

/// For each sentence, whether a quotation that is open at its end runs on
/// into the next sentence. Linear in the text's length.
pub fn runs_on(text: &str, sentences: &[Range<usize>]) -> Vec<bool> {
    let mut out = Vec::with_capacity(sentences.len());
    let mut open = false;
    let mut at = 0;
    for (i, r) in sentences.iter().enumerate() {
        open = scan(&text[at..r.end], open);
        at = r.end;
        let next_start = sentences.get(i + 1).map_or(text.len(), |n| n.start);
        let gap = &text[r.end..next_start];
        let paragraph_ends = is_paragraph_break(gap) || i + 1 == sentences.len();
        out.push(open && !paragraph_ends);
        if paragraph_ends {
            open = false;
        }
    }
    out
}

/// The quotation state after `s`, starting from `open`.
fn scan(s: &str, mut open: bool) -> bool {
    for c in s.chars() {
        match c {
            '“' | '«' | '„' => open = true,
            '”' | '»' => open = false,
            '"' => open = !open,
            _ => {}
        }
    }
    open
}

/// The sentences of each quotation of more than one sentence, as index ranges.
pub fn groups(text: &str, sentences: &[Range<usize>]) -> Vec<Range<usize>> {
    groups_of(&runs_on(text, sentences))
}

/// The groups of [`groups`] from what [`runs_on`] says of each sentence.
pub fn groups_of(links: &[bool]) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, &linked) in links.iter().enumerate() {
        if !linked {
            if i > start {
                out.push(start..i + 1);
            }
            start = i + 1;
        }
    }
    out
}

/// The byte ranges of `sentence` that stand inside a quotation, double
/// quotes of any style or single quotes: the quotation of "'I never said
/// that,' Johnson told the BBC". A straight mark opens after a space and
/// closes before one; a double mark that closes with none open closes a
/// quotation the sentence began inside ("…goodbye," Microsoft says). A
/// single quote between two letters is an apostrophe ("don't"), and one
/// that closes with none open is a possessive ("the Joneses' car"). Linear
/// in the sentence's length.
pub fn quoted_spans(sentence: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut open: Option<(usize, char)> = None;
    let mut prev: Option<char> = None;
    let mut chars = sentence.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let next = chars.peek().map(|&(_, n)| n);
        let role = mark_role(prev, c, next);
        prev = Some(c);
        let Some((kind, opens)) = role else { continue };
        match open {
            Some((start, k)) if k == kind && !opens => {
                out.push(start..i);
                open = None;
            }
            None if opens => open = Some((i + c.len_utf8(), kind)),
            None if kind == '"' && out.is_empty() => out.push(0..i),
            _ => {}
        }
    }
    out
}

/// A quotation mark's kind ('"' or '\'') and whether it opens, from the
/// characters around it; `None` for an apostrophe or no mark.
fn mark_role(prev: Option<char>, c: char, next: Option<char>) -> Option<(char, bool)> {
    let letter = |x: Option<char>| x.is_some_and(char::is_alphanumeric);
    let space = |x: Option<char>| x.is_none_or(|x| x.is_whitespace() || "([{—–".contains(x));
    match c {
        '“' | '«' | '„' => Some(('"', true)),
        '”' | '»' => Some(('"', false)),
        '‘' => Some(('\'', true)),
        '’' | '\'' if letter(prev) && letter(next) => None,
        '’' => Some(('\'', false)),
        '"' | '\'' => {
            let kind = if c == '"' { '"' } else { '\'' };
            Some((kind, space(prev)))
        }
        _ => None,
    }
}

/// Whether `c` is a double quotation mark of any style.
pub fn is_mark(c: char) -> bool {
    matches!(c, '"' | '“' | '”' | '«' | '»' | '„')
}

/// The quotations that stand as whole sentences: a sentence, or a group of
/// [`groups`], that opens with a quotation mark and ends with its closing
/// one, as index ranges in order. Such a quotation names no speaker inside
/// itself unless one of its sentences has an attribution.
pub fn quoted_units(
    text: &str,
    sentences: &[Range<usize>],
    groups: &[Range<usize>],
) -> Vec<Range<usize>> {
    let opens = |r: &Range<usize>| text[r.clone()].starts_with(['"', '“', '«', '„']);
    let closes = |r: &Range<usize>| {
        text[r.clone()]
            .trim_end_matches([')', ']'])
            .ends_with(['"', '”', '»'])
    };
    let mut out = Vec::new();
    let mut g = groups.iter().peekable();
    let mut i = 0;
    while i < sentences.len() {
        while g.peek().is_some_and(|r| r.end <= i) {
            g.next();
        }
        let unit = match g.peek() {
            Some(r) if r.start == i => (*r).clone(),
            Some(r) if r.contains(&i) => {
                i = r.end;
                continue;
            }
            _ => i..i + 1,
        };
        if opens(&sentences[unit.start]) && closes(&sentences[unit.end - 1]) {
            out.push(unit.clone());
        }
        i = unit.end;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::split;

    fn grouped(text: &str) -> Vec<Vec<String>> {
        let s = split(text);
        groups(text, &s)
            .into_iter()
            .map(|g| s[g].iter().map(|r| text[r.clone()].to_string()).collect())
            .collect()
    }

    #[test]
    fn a_quotation_of_several_sentences_is_one_group() {
        let g = grouped(
            "He said, “All were taken to hospital. There are no casualties left.” Then he left.",
        );
        assert_eq!(
            g,
            vec![vec![
                "He said, “All were taken to hospital.".to_string(),
                "There are no casualties left.”".to_string()
            ]]
        );
        let g = grouped("\"It was bad. It was worse,\" Kim said. Troops left.");
        assert_eq!(g.len(), 1);
        assert_eq!(g[0].len(), 2);
    }

    #[test]
    fn quoted_spans_of_double_and_single_quotes() {
        let spans = |s: &str| {
            quoted_spans(s)
                .into_iter()
                .map(|r| s[r].to_string())
                .collect::<Vec<_>>()
        };
        assert_eq!(
            spans("\"I never said that,\" Johnson told the BBC."),
            vec!["I never said that,"]
        );
        assert_eq!(
            spans("‘I never said that,’ Johnson’s aide told the BBC."),
            vec!["I never said that,"]
        );
        assert_eq!(
            spans("'It wasn't me,' he said of the Joneses' car."),
            vec!["It wasn't me,"]
        );
        assert!(spans("The Joneses' car was not insured.").is_empty());
        // The sentence began inside a quotation that closes in it.
        assert_eq!(
            spans("It is time to say goodbye,\" Microsoft says on \"The Countdown\"."),
            vec!["It is time to say goodbye,", "The Countdown"]
        );
    }

    #[test]
    fn closed_quotes_link_nothing() {
        assert!(grouped("Kim called it “likely”. Troops left. “Yes,” he said.").is_empty());
    }

    #[test]
    fn a_missing_closing_mark_ends_at_the_paragraph() {
        let text = "He said, “It was bad. It was worse.\n\nTroops left. Kim met Putin.";
        let g = grouped(text);
        assert_eq!(g.len(), 1);
        assert_eq!(g[0].len(), 2);
    }

    #[test]
    fn many_quotes_without_a_closing_mark_stay_linear() {
        let text = "“Yes. ".repeat(20_000);
        let s = split(&text);
        let links = runs_on(&text, &s);
        assert_eq!(links.len(), s.len());
    }
}
