//! Which segments are not claims: headlines, section heads, datelines,
//! bylines, captions, signposts and metadata get no level (annotation guide,
//! rule 7 and rule 15).
//!
//! The decision uses only the layout and the shape of a segment, never its
//! cues: a segment alone on its line with no final punctuation is a heading
//! (headlines, section heads, captions and bylines are written that way),
//! a date alone on its line is a dateline, and a short question alone in its
//! paragraph is a section head. A document of one segment is always a claim,
//! so that a single pasted sentence without a full stop is still analysed.

use std::ops::Range;
use std::sync::OnceLock;

use crate::handoff::is_handoff;
use crate::segment::{has_line_break, is_paragraph_break};

/// What a segment is: a claim (which gets a level) or one of the kinds of text
/// that carry none.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "lowercase"))]
pub enum Kind {
    /// A sentence that says something: it gets a level, a score and cues.
    Claim,
    /// A headline, section heading, caption or byline: a short line with no
    /// final punctuation, or a question standing alone as a section head;
    /// also an editor's bracketed note on its own line and stray punctuation.
    Heading,
    /// A date or a place-and-agency line ("YANGON (Reuters) -").
    Dateline,
    /// "Here's what went down."
    Signpost,
    /// The corpus files' leading `date YYYY-MM-DD` marker.
    Metadata,
}

impl Kind {
    /// Whether it is [`Kind::Claim`].
    pub fn is_claim(self) -> bool {
        self == Kind::Claim
    }

    /// How the tooltip and the screen reader name it.
    pub fn label(self) -> &'static str {
        match self {
            Kind::Claim => "claim",
            Kind::Heading => "heading",
            Kind::Dateline => "dateline",
            Kind::Signpost => "signpost",
            Kind::Metadata => "metadata",
        }
    }
}

/// A heading longer than this is more likely a sentence missing its stop.
const MAX_HEADING_WORDS: usize = 25;
const MAX_QUESTION_HEAD_WORDS: usize = 16;
const MAX_SIGNPOST_WORDS: usize = 12;
/// Most words of a line that only leads into what follows ("In other
/// developments:").
const MAX_LEAD_IN_WORDS: usize = 6;

/// The kind of each segment of `text` (byte ranges in order, as
/// [`crate::segment::split`] gives them).
pub fn classify(text: &str, segments: &[Range<usize>]) -> Vec<Kind> {
    if segments.len() < 2 {
        return vec![Kind::Claim; segments.len()];
    }
    let marker_end = crate::segment::date_marker_end(text);
    let mut kinds: Vec<Kind> = segments
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let s = &text[r.clone()];
            if i == 0 && marker_end == Some(r.end) {
                return Kind::Metadata;
            }
            let before = if i == 0 {
                "\n"
            } else {
                &text[segments[i - 1].end..r.start]
            };
            let after = segments.get(i + 1).map_or("\n", |n| &text[r.end..n.start]);
            let starts_line = i == 0 || has_line_break(before);
            let own_line = starts_line && has_line_break(after);
            let own_paragraph =
                own_line && is_blank_gap(before, i == 0) && is_blank_gap(after, false);
            kind_of(s, own_line, own_paragraph, starts_line)
        })
        .collect();
    mark_captions(text, segments, &mut kinds);
    kinds
}

/// Most words a credit line ("Image: Nick Moreau.") may have.
const MAX_CREDIT_WORDS: usize = 10;
/// Most sentences of a caption above its credit; more is body text.
const MAX_CAPTION_SEGMENTS: usize = 3;

/// A credit line ("Image: NASA.", "Photo: Reuters") and the lines right above
/// it in its paragraph are a caption, not claims: a picture's caption is
/// written as sentences, so only the credit under it gives it away.
fn mark_captions(text: &str, segments: &[Range<usize>], kinds: &mut [Kind]) {
    for i in 0..segments.len() {
        let s = &text[segments[i].clone()];
        let starts_line = i == 0 || text[segments[i - 1].end..segments[i].start].contains('\n');
        if !starts_line || !is_credit(s) {
            continue;
        }
        kinds[i] = Kind::Heading;
        // Back over the caption: segments joined by single line breaks or
        // spaces, up to a blank line.
        let mut j = i;
        while j > 0 && i - j < MAX_CAPTION_SEGMENTS {
            let gap = &text[segments[j - 1].end..segments[j].start];
            if gap.matches('\n').count() >= 2
                || !kinds[j - 1].is_claim() && kinds[j - 1] != Kind::Heading
            {
                break;
            }
            j -= 1;
            kinds[j] = Kind::Heading;
        }
    }
}

fn is_credit(s: &str) -> bool {
    crate::segment::starts_credit(s) && s.split_whitespace().count() <= MAX_CREDIT_WORDS
}

/// A gap that holds a blank line or a paragraph separator (or the start of
/// the text).
fn is_blank_gap(gap: &str, at_start: bool) -> bool {
    at_start || is_paragraph_break(gap) || gap.is_empty()
}

fn kind_of(s: &str, own_line: bool, own_paragraph: bool, starts_line: bool) -> Kind {
    let words = s.split_whitespace().count();
    if starts_line && is_dateline(s) {
        return Kind::Dateline;
    }
    // A signpost that leads into what follows with a colon may run longer.
    let signpost_words = if s.ends_with(':') {
        MAX_HEADING_WORDS
    } else {
        MAX_SIGNPOST_WORDS
    };
    if words <= signpost_words && (is_signpost(s) || is_request(s) || is_handoff(s)) {
        return Kind::Signpost;
    }
    // Stray punctuation ("." on its own) says nothing.
    if !s.chars().any(char::is_alphanumeric) {
        return Kind::Heading;
    }
    if !own_line {
        return Kind::Claim;
    }
    // "In other developments:" on its own line leads into what follows;
    // "The minister said:" introduces a quotation and is a claim.
    if s.ends_with(':') && words <= MAX_LEAD_IN_WORDS && opens_lead_in(s) {
        return Kind::Signpost;
    }
    // An editor's note in brackets on its own line ("(pvs/ji)", "(Updates
    // with toll)", "(Reporting by Tom Lee; Editing by Ann Roe)") is no part
    // of the story; a bracketed sentence ("(It was demolished in 1999.)") is.
    let bracketed_note = s.starts_with('(')
        && s.ends_with(')')
        && !s[..s.len() - 1].ends_with(['.', '?', '!', '"', '”']);
    if bracketed_note && words <= MAX_HEADING_WORDS {
        return Kind::Heading;
    }
    if is_date(s) {
        return Kind::Dateline;
    }
    let last = s.chars().rev().find(|&c| !is_closer(c));
    let unpunctuated = last.is_some_and(|c| !matches!(c, '.' | '!' | '?' | '…' | ':' | ';' | ','));
    if unpunctuated && words <= MAX_HEADING_WORDS {
        return Kind::Heading;
    }
    let question_head = own_paragraph
        && s.ends_with('?')
        && words <= MAX_QUESTION_HEAD_WORDS
        && !s.chars().any(is_quote);
    if question_head {
        return Kind::Heading;
    }
    Kind::Claim
}

/// Words that open a line leading into a list or a section ("In other
/// developments:", "Elsewhere:", "Also on Monday:").
const LEAD_IN_OPENERS: [&str; 10] = [
    "in",
    "on",
    "among",
    "elsewhere",
    "meanwhile",
    "also",
    "other",
    "more",
    "related",
    "highlights",
];

fn opens_lead_in(s: &str) -> bool {
    let first = s.split_whitespace().next().unwrap_or("");
    let first = first.trim_end_matches(':').to_lowercase();
    LEAD_IN_OPENERS.contains(&first.as_str())
}

/// A request to the reader ("If anyone has more information, please share
/// it."): it asks and claims nothing. A quoted plea is someone's statement.
fn is_request(s: &str) -> bool {
    !s.chars().any(is_quote)
        && s.split_whitespace().any(|w| {
            w.trim_matches(|c: char| !c.is_alphabetic())
                .eq_ignore_ascii_case("please")
        })
}

fn is_closer(c: char) -> bool {
    matches!(c, '"' | '\'' | '”' | '’' | '»' | ')' | ']')
}

fn is_quote(c: char) -> bool {
    matches!(c, '"' | '“' | '”' | '«' | '»')
}

/// A segment that the segmenter cut off as a dateline: it ends in the
/// separator ("WASHINGTON:", "NAIROBI, Kenya —").
fn is_dateline(s: &str) -> bool {
    let ends_in_separator = s.ends_with([':', '-', '—', '–', '_']);
    let head = s.trim_end_matches([':', '-', '—', '–', '_', ' ']);
    if ends_in_separator && !s.ends_with(':') && crate::segment::is_place_list(head) {
        return true;
    }
    let capitals = head
        .chars()
        .take_while(|c| !matches!(c, ',' | '('))
        .filter(|c| c.is_uppercase())
        .count();
    let letters = head
        .chars()
        .take_while(|c| !matches!(c, ',' | '('))
        .filter(|c| c.is_alphabetic())
        .count();
    ends_in_separator
        && capitals >= 3
        && capitals == letters
        && head.split_whitespace().count() <= 8
}

pub(crate) const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];
pub(crate) const WEEKDAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// "Friday, August 21, 2015", "21 August 2015", "2015-08-21", and a line that
/// ends in such a date after a few capitalised words ("McClatchy Newspapers
/// December 30, 2007").
fn is_date(s: &str) -> bool {
    let words: Vec<String> = s
        .split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .filter(|w| !w.is_empty())
        .collect();
    let is_month =
        |w: &str| MONTHS.contains(&w) || MONTHS.iter().any(|m| w.len() == 3 && m.starts_with(w));
    let is_number = |w: &str| w.chars().all(|c| c.is_ascii_digit() || c == '-');
    let has_month = words.iter().any(|w| is_month(w));
    let has_year = words
        .iter()
        .any(|w| w.len() == 4 && w.chars().all(|c| c.is_ascii_digit()));
    let dated_words = words
        .iter()
        .filter(|w| is_month(w) || WEEKDAYS.contains(&w.as_str()) || is_number(w))
        .count();
    let iso = words.len() == 1 && words[0].len() == 10 && is_number(&words[0]);
    iso || (has_month && has_year && words.len() <= 8 && dated_words + 3 >= words.len())
}

fn signposts() -> &'static [String] {
    static LIST: OnceLock<Vec<String>> = OnceLock::new();
    LIST.get_or_init(|| {
        data!("signposts.txt")
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .map(str::to_string)
            .collect()
    })
}

fn is_signpost(s: &str) -> bool {
    let folded = s
        .trim_start_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase()
        .replace('’', "'");
    signposts().iter().any(|p| folded.starts_with(p.as_str()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::split;

    fn kinds(text: &str) -> Vec<(String, Kind)> {
        let segs = split(text);
        let k = classify(text, &segs);
        segs.into_iter()
            .map(|r| text[r].to_string())
            .zip(k)
            .collect()
    }

    #[test]
    fn headline_dateline_and_body() {
        let k = kinds("Troops cross the border\n\nFriday, August 21, 2015\n\nThe troops crossed the border. They may stay.\n");
        assert_eq!(k[0].1, Kind::Heading);
        assert_eq!(k[1].1, Kind::Dateline);
        assert_eq!(k[2].1, Kind::Claim);
        assert_eq!(k[3].1, Kind::Claim);
    }

    #[test]
    fn inline_datelines_are_cut_off() {
        let k = kinds("Storm hits coast\n\nYANGON (Reuters) - The storm killed 10 people.\n\nNAIROBI, Kenya — Riots broke out.\n\nWASHINGTON: The strike hit.\n\nBAGHDAD, Iraq (AP) _ Iraq agreed.\n\nNEWARK, N.J. _ A task force met.\n\nKYIV, March 3 (Reuters) - A depot burned.\n\nWASHINGTON (AP) -- The FBI met.\n\nMOSCOW -- Talks began.\n\nWILKES-BARRE, Pa. - A mine shut.\n\nEvansville, Indiana, United States - The show opened.\n\nParis - the city of light, Kim wrote - was quiet.");
        let datelines: Vec<&str> = k
            .iter()
            .filter(|(_, k)| *k == Kind::Dateline)
            .map(|(s, _)| s.as_str())
            .collect();
        assert_eq!(
            datelines,
            [
                "YANGON (Reuters) -",
                "NAIROBI, Kenya —",
                "WASHINGTON:",
                "BAGHDAD, Iraq (AP) _",
                "NEWARK, N.J. _",
                "KYIV, March 3 (Reuters) -",
                "WASHINGTON (AP) --",
                "MOSCOW --",
                "WILKES-BARRE, Pa. -",
                "Evansville, Indiana, United States -"
            ]
        );
        assert!(k
            .iter()
            .any(|(s, k)| s == "The storm killed 10 people." && k.is_claim()));
    }

    #[test]
    fn a_question_alone_in_its_paragraph_is_a_section_head() {
        let k = kinds("The photo was edited.\n\nHow did the rumours begin?\n\nThey began online. Was it deliberate? Nobody knows.");
        assert_eq!(k[1].1, Kind::Heading);
        // An open question inside a paragraph is a claim about the story.
        assert_eq!(k[3], ("Was it deliberate?".to_string(), Kind::Claim));
    }

    #[test]
    fn signposts_and_the_corpus_date_marker() {
        let k = kinds(" date 2024-10-09 Seoul said so. Here’s what went down. Troops moved. If anyone knows more, please share it. \"Please help,\" Kim said.");
        assert_eq!(k[4].1, Kind::Signpost, "a request to the reader");
        assert_eq!(k[5].1, Kind::Claim, "a quoted plea");
        assert_eq!(k[0], ("date 2024-10-09".to_string(), Kind::Metadata));
        assert_eq!(k[1].1, Kind::Claim);
        assert_eq!(k[2].1, Kind::Signpost);
        // One that leads into what follows with a colon may be longer.
        let k = kinds("Seoul said so. Below is how the initial claims of officer deaths were reported in Ukrainian and US media:\n\nKyiv said six died.");
        assert_eq!(k[1].1, Kind::Signpost);
        let k = kinds("Seoul said so. Below is how the initial claims of officer deaths were reported in Ukrainian and US media today. Kyiv said six died.");
        assert_eq!(k[1].1, Kind::Claim);
    }

    #[test]
    fn a_copyright_line_is_no_claim() {
        let k = kinds("Troops moved. Copyright 2008 Reuters. All rights reserved. Copyright law changed in 1998.");
        assert_eq!(k[1].1, Kind::Signpost);
        assert_eq!(k[2].1, Kind::Signpost);
        assert_eq!(k[3].1, Kind::Claim, "the law, not a notice");
    }

    #[test]
    fn a_credit_line_and_the_caption_above_it() {
        let k = kinds("Troops left.\n\nThe far end of the floor, held in Washington D.C.\nImage: Nick Moreau.\n\nCrowds came.\n\nFull interview with the curator.\nAudio: Jkthom.");
        let found: Vec<Kind> = k.iter().map(|(_, k)| *k).collect();
        assert_eq!(
            found,
            [
                Kind::Claim,
                Kind::Heading,
                Kind::Heading,
                Kind::Claim,
                Kind::Heading,
                Kind::Heading
            ],
            "{k:?}"
        );
        // "Image" inside a sentence is no credit.
        let k = kinds("Image: the word opens this line but it is a long sentence about images and what they show.\n\nMore.");
        assert!(k.iter().all(|(_, k)| k.is_claim()), "{k:?}");
    }

    #[test]
    fn lead_ins_editors_notes_and_stray_punctuation_are_no_claims() {
        let k = kinds("Troops left.\n\nIn other developments:\n\nBanks closed.\n\n(pvs/ji)\n\n.\n\nThe minister said:\n\n\"We will win.\"\n\n(It was shut in 1999.)");
        let found: Vec<Kind> = k.iter().map(|(_, k)| *k).collect();
        assert_eq!(
            found,
            [
                Kind::Claim,
                Kind::Signpost,
                Kind::Claim,
                Kind::Heading,
                Kind::Heading,
                Kind::Claim,
                Kind::Claim,
                Kind::Claim
            ],
            "{k:?}"
        );
    }

    #[test]
    fn one_line_without_a_stop_is_still_a_claim() {
        assert_eq!(
            kinds("Officials said troops may have crossed")[0].1,
            Kind::Claim
        );
        // A sentence that runs on past a line break is not a heading.
        let k = kinds("Officials said troops\nmay have crossed the border.\n\nMore later.");
        assert!(k.iter().all(|(_, k)| k.is_claim()), "{k:?}");
    }

    #[test]
    fn mixed_case_places_and_short_capitals_are_no_datelines() {
        let k = kinds("Paris - The talks began.\n\nUS: talks began.");
        assert!(k.iter().all(|(_, k)| k.is_claim()), "{k:?}");
    }
}
