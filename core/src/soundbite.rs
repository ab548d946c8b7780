//! Sound bites in broadcast transcripts. A transcript writes what an
//! interviewee says as a paragraph of its own, with no quotation marks,
//! right after the reporter's line that names them ("Mr. Potach says the
//! growth is surprising." / "We in fact have seen hate group numbers
//! dropping…"). Read alone, the sound bite looks like the broadcaster's own
//! assertion; it is the speaker's (annotation guide, rule 4).
//!
//! Newspaper copy never does this (a paragraph without quotation marks
//! there is the writer's), so only a text that shows itself to be a
//! transcript, by a hand-off or a sign-off ([`crate::handoff`]), is read
//! this way.

use std::ops::Range;

use crate::handoff::is_handoff;
use crate::kind::Kind;
use crate::segment::is_paragraph_break;

/// Longest sound bite, in sentences: a longer paragraph with no attribution
/// is more likely the reporter's narration.
const MAX_SOUND_BITE: usize = 3;

/// Whether the text is a broadcast transcript: one of its segments (`ranges`
/// and `kinds`, in order) is a hand-off or a sign-off. A property of the
/// whole text, decided before any sound bite is looked for, so that the
/// analysis in steps ([`crate::steps`]) knows it from the start.
pub fn is_transcript(text: &str, ranges: &[Range<usize>], kinds: &[Kind]) -> bool {
    ranges
        .iter()
        .zip(kinds)
        .any(|(r, &k)| k == Kind::Signpost && is_handoff(&text[r.clone()]))
}

/// The sound bites of a transcript (`transcript`, by [`is_transcript`]),
/// each with the sentence that names its speaker: (range of sentence
/// indices, speaker's index). `ranges` and `kinds` are the segments in
/// order; `names_speaker(i)` says whether sentence `i` attributes what it
/// says to a source ("Mr. Potach says…"), `unattributed(i)` whether
/// sentence `i` has no source and no attribution cue at all. A bite and its
/// speaker are two paragraphs in a row, so the bites of the text's first
/// paragraphs are those of the whole text's.
pub fn sound_bites(
    text: &str,
    transcript: bool,
    ranges: &[Range<usize>],
    kinds: &[Kind],
    names_speaker: impl Fn(usize) -> bool,
    unattributed: impl Fn(usize) -> bool,
) -> Vec<(Range<usize>, usize)> {
    if !transcript {
        return Vec::new();
    }
    let paragraphs = paragraphs(text, ranges);
    paragraphs
        .windows(2)
        .filter_map(|pair| {
            let (before, bite) = (&pair[0], &pair[1]);
            let speaker = before.end - 1;
            let is_bite = bite.len() <= MAX_SOUND_BITE
                && bite.clone().all(|i| kinds[i].is_claim() && unattributed(i));
            (kinds[speaker].is_claim() && names_speaker(speaker) && is_bite)
                .then(|| (bite.clone(), speaker))
        })
        .collect()
}

/// The paragraphs as ranges of sentence indices.
fn paragraphs(text: &str, ranges: &[Range<usize>]) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    for i in 1..ranges.len() {
        if is_paragraph_break(&text[ranges[i - 1].end..ranges[i].start]) {
            out.push(start..i);
            start = i;
        }
    }
    if !ranges.is_empty() {
        out.push(start..ranges.len());
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::analyze;
    use crate::Level;

    const TRANSCRIPT: &str = "A new report says hate groups grew. Jim Teple has details.\n\n\
        Mr. Potach says the growth is surprising.\n\n\
        We have seen the numbers drop through the nineties. This year they jumped.\n\n\
        The study was published on Monday. Jim Teple, VOA News, Miami.\n";

    #[test]
    fn a_sound_bite_is_its_speakers() {
        let s = analyze(TRANSCRIPT);
        let text = |i: usize| &TRANSCRIPT[s[i].range.clone()];
        assert_eq!(
            text(3),
            "We have seen the numbers drop through the nineties."
        );
        for i in [3, 4] {
            assert_eq!(s[i].level, Some(Level::ATTRIBUTED), "{}", text(i));
            let src = s[i].source.as_ref().expect("carried source");
            assert_eq!(&TRANSCRIPT[src.start..src.end], "Mr. Potach");
        }
    }

    #[test]
    fn only_in_a_transcript_and_only_after_a_speaker() {
        // The same paragraphs without the hand-off and sign-off: newspaper copy.
        let paper = "A new report says hate groups grew.\n\n\
            Mr. Potach says the growth is surprising.\n\n\
            We have seen the numbers drop through the nineties.\n";
        assert_eq!(analyze(paper)[2].level, Some(Level::ASSERTED));
        // After the narration's own paragraph, nothing is carried.
        let s = analyze(TRANSCRIPT);
        assert_eq!(s[5].level, Some(Level::ASSERTED), "the study was published");
    }
}
