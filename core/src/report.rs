//! The JSON shapes of `hedgelight lines` and `hedgelight analyze`, shared by
//! the command-line program, the widget's `analyze()`, the npm package and the
//! Python module, so all of them give the same thing. Offsets here count
//! Unicode scalar values (characters), as Python readers of the JSON expect,
//! not bytes; [`Units::Utf16`] gives JavaScript's string indices instead.
//!
//! Every [`DocumentReport`] says what made it: [`VERSION`], the crate's
//! version, and [`MODEL`], a hash of the tagger's weights.

use rustc_hash::FxHashMap;
use std::borrow::Cow;

use crate::analysis::{analyze_sentence_with, Sentence};
use crate::category::Category;
use crate::detect::Detector;
use crate::kind::Kind;
use crate::score::Level;
use crate::source::Source;
use crate::stepwise::analyze;

pub use crate::offsets::Units;

/// The version of hedgelight-core that made a report (its `"version"`).
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// The tagger's weights a report was made with (its `"model"`): the 64-bit
/// FNV-1a hash of `data/model.bin`, the file compiled into the tagger, as 16
/// lower-case hex digits. Computed by the compiler: the build carries the 16
/// characters, not a second copy of the weights, and no hashing library.
/// Two reports with the same `version` and `model` come from the same
/// analysis; retraining the tagger changes `model` even when the version
/// stays.
pub const MODEL: &str = match std::str::from_utf8(&MODEL_HEX) {
    Ok(s) => s,
    Err(_) => panic!("hex digits are ASCII"),
};
const MODEL_HEX: [u8; 16] = hex16(fnv1a64(include_bytes!("../data/model.bin")));

/// 64-bit FNV-1a (offset basis 0xcbf29ce484222325, prime 0x100000001b3).
const fn fnv1a64(bytes: &[u8]) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let mut i = 0;
    while i < bytes.len() {
        hash = (hash ^ bytes[i] as u64).wrapping_mul(0x0000_0100_0000_01b3);
        i += 1;
    }
    hash
}

/// `n` as 16 lower-case hex digits, most significant first.
const fn hex16(n: u64) -> [u8; 16] {
    let mut out = [0u8; 16];
    let mut i = 0;
    while i < 16 {
        out[i] = b"0123456789abcdef"[((n >> (60 - 4 * i)) & 0xf) as usize];
        i += 1;
    }
    out
}

/// A cue of a sentence: where it is and what it says.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct CueReport {
    /// Offset of its first character in the whole text (characters, or the
    /// report's [`Units`]).
    pub start: usize,
    /// Offset just past its last character.
    pub end: usize,
    /// Its words, as they are in the text.
    pub text: String,
    /// What it says: speculation, attribution, dispute, ….
    pub category: Category,
}

/// Who a sentence's claim is attributed to (character offsets).
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct SourceReport {
    /// The words that name the source ("Seoul's defence minister", "two
    /// officials").
    pub text: String,
    /// Offset of its first character in the whole text.
    pub start: usize,
    /// Offset just past its last character.
    pub end: usize,
    /// A person or an identifiable body; false for "two officials", "sources".
    pub named: bool,
    /// Who this is across the text: the fullest mention of the same speaker
    /// ("Seoul's defence minister Kim Yong-hyun" for a later "Kim"), or the
    /// first mention written with the same words. Mentions with equal
    /// `entity` are one source.
    pub entity: String,
    /// Whom the source cites ("citing sources in military intelligence"):
    /// each with `text`, `start`, `end`, `named` and an empty `via`.
    pub via: Vec<SourceReport>,
}

impl SourceReport {
    /// The source with offsets in characters.
    fn new(text: &str, src: &Source, offsets: &CharOffsets) -> SourceReport {
        SourceReport {
            text: text[src.start..src.end].to_string(),
            start: offsets.at(src.start),
            end: offsets.at(src.end),
            named: src.named,
            entity: text[src.entity.clone()].to_string(),
            via: src
                .via
                .iter()
                .map(|v| SourceReport::new(text, v, offsets))
                .collect(),
        }
    }
}

/// A sentence as `hedgelight split` finds it: the segmenter's cut, before any
/// analysis (the sentences of [`DocumentReport`] are the same ranges).
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct SegmentReport {
    /// The text as it is in the input (`hedgelight split` prints it on one
    /// line, its whitespace runs collapsed to single spaces).
    pub text: String,
    /// Offset of its first character in the whole text.
    pub start: usize,
    /// Offset just past its last character.
    pub end: usize,
}

/// One line of `hedgelight lines`: the line analysed as one sentence.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct LineReport {
    /// Holds a speculation, belief, condition or investigation cue: the
    /// CoNLL-2010 sense of uncertain ([`Sentence::uncertain`]).
    pub uncertain: bool,
    /// Its confidence level (a line is always a claim).
    pub level: Level,
    /// Its score in [0, 1], inside the level's band.
    pub score: f32,
    /// Its cues, offsets in characters of the line.
    pub cues: Vec<CueReport>,
    /// Who the claim is attributed to, if the line names a source.
    pub source: Option<SourceReport>,
}

/// One sentence of a [`DocumentReport`]: [`Sentence`] with its text and
/// offsets in characters (or the report's [`Units`]).
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct SentenceReport {
    /// The sentence as it is in the text.
    pub text: String,
    /// Offset of its first character in the whole text.
    pub start: usize,
    /// Offset just past its last character.
    pub end: usize,
    /// `null` for a segment that is not a claim; `kind` says what it is.
    pub level: Option<Level>,
    /// Its score in [0, 1]; `null` when `level` is.
    pub score: Option<f32>,
    /// A claim, or the kind of line that gets no level (a heading, …).
    pub kind: Kind,
    /// Holds a CoNLL-2010 uncertainty cue ([`Sentence::uncertain`]).
    pub uncertain: bool,
    /// Its cues, in text order.
    pub cues: Vec<CueReport>,
    /// Why it got its level, in one sentence for a reader.
    pub explanation: String,
    /// `null` when the sentence reports no source.
    pub source: Option<SourceReport>,
}

/// The output of `hedgelight analyze`.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct DocumentReport {
    /// [`VERSION`]: the hedgelight-core version that made the report.
    pub version: Cow<'static, str>,
    /// [`MODEL`]: which tagger weights it was made with.
    pub model: Cow<'static, str>,
    /// Every segment of the text in order: the claims and the lines that
    /// carry no level.
    pub sentences: Vec<SentenceReport>,
    /// Level names, lowest (least confident) first.
    pub levels: Vec<Cow<'static, str>>,
}

/// Character offsets for the byte offsets a report needs. They are all
/// collected first, sorted and counted in one sweep over the text, so a
/// report costs the text's length plus a sort however many cues and sources
/// its sentences have, however they overlap, and however far a quotation's
/// speaker is from the sentences that carry the speaker's source.
struct CharOffsets {
    /// Byte offsets, sorted, without duplicates.
    bytes: Vec<usize>,
    /// The character offset of each of `bytes`.
    chars: Vec<usize>,
}

impl CharOffsets {
    /// Every offset of `sentences` (ranges, cues, sources): bytes into `text`.
    fn new(text: &str, sentences: &[Sentence], units: Units) -> CharOffsets {
        let mut bytes = Vec::new();
        for s in sentences {
            bytes.extend([s.range.start, s.range.end]);
            bytes.extend(s.cues.iter().flat_map(|c| [c.start, c.end]));
            if let Some(src) = &s.source {
                for v in std::iter::once(src).chain(&src.via) {
                    bytes.extend([v.start, v.end]);
                }
            }
        }
        CharOffsets::of_bytes(text, bytes, units)
    }

    /// The offsets `bytes` (into `text`, in any order) in `units`.
    fn of_bytes(text: &str, mut bytes: Vec<usize>, units: Units) -> CharOffsets {
        bytes.sort_unstable();
        bytes.dedup();
        let mut chars = Vec::with_capacity(bytes.len());
        let (mut at, mut count) = (0, 0);
        for &b in &bytes {
            let b = b.min(text.len());
            if b > at {
                count += measure(&text.as_bytes()[at..b], units);
                at = b;
            }
            chars.push(count);
        }
        CharOffsets { bytes, chars }
    }

    /// The character offset of byte offset `byte`, which must be one of those
    /// given to [`CharOffsets::new`].
    fn at(&self, byte: usize) -> usize {
        self.bytes.binary_search(&byte).map_or(0, |i| self.chars[i])
    }
}

/// How many characters start in `bytes` (UTF-8: every byte that is not a
/// continuation byte starts one).
fn char_starts(bytes: &[u8]) -> usize {
    bytes.iter().filter(|&&b| (b as i8) >= -0x40).count()
}

/// `bytes` (UTF-8) measured in `units`: a character outside the Basic
/// Multilingual Plane (four bytes, lead byte 0xF0 or more) is two UTF-16 units.
fn measure(bytes: &[u8], units: Units) -> usize {
    let chars = char_starts(bytes);
    match units {
        Units::Chars => chars,
        Units::Utf16 => chars + bytes.iter().filter(|&&b| b >= 0xF0).count(),
    }
}

/// The cues of a sentence, with character offsets.
fn cue_reports(text: &str, sentence: &Sentence, offsets: &CharOffsets) -> Vec<CueReport> {
    sentence
        .cues
        .iter()
        .map(|c| CueReport {
            start: offsets.at(c.start),
            end: offsets.at(c.end),
            text: text.get(c.start..c.end).unwrap_or_default().to_string(),
            category: c.category,
        })
        .collect()
}

/// One line analysed as one sentence (no segmentation), as `hedgelight
/// lines` prints it: offsets in characters of the line.
pub fn line_report(line: &str) -> LineReport {
    line_report_with(line, &Detector::builtin())
}

/// [`line_report`] with another detector.
fn line_report_with(line: &str, detector: &Detector) -> LineReport {
    let s = analyze_sentence_with(line, detector);
    let offsets = CharOffsets::new(line, std::slice::from_ref(&s), Units::Chars);
    LineReport {
        uncertain: s.uncertain,
        // A line is always analysed as a claim.
        level: s.level.unwrap_or(Level::ASSERTED),
        score: s.score.unwrap_or(1.0),
        cues: cue_reports(line, &s, &offsets),
        source: s
            .source
            .as_ref()
            .map(|src| SourceReport::new(line, src, &offsets)),
    }
}

/// The report of `text`, as `hedgelight analyze` prints it: [`analyze`]'s
/// sentences with their text and character offsets, the version and model
/// that made it and the level names.
pub fn document_report(text: &str) -> DocumentReport {
    document_report_of(text, analyze(text))
}

/// The report of `text` from its analysis by [`analyze`], for a caller that
/// uses the analysis too (`hedgelight compare`).
pub fn document_report_of(text: &str, analysed: Vec<Sentence>) -> DocumentReport {
    report_in(text, analysed, Units::Chars)
}

/// [`document_report`] with offsets in `units`: [`Units::Utf16`] for
/// JavaScript callers (the npm package), where an emoji counts 2.
pub fn document_report_in(text: &str, units: Units) -> DocumentReport {
    report_in(text, analyze(text), units)
}

/// The sentences of `text` as [`segment::split`](crate::segment::split) cuts
/// them, with offsets in `units`.
pub fn split_report(text: &str, units: Units) -> Vec<SegmentReport> {
    let ranges = crate::segment::split(text);
    let bytes = ranges.iter().flat_map(|r| [r.start, r.end]).collect();
    let offsets = CharOffsets::of_bytes(text, bytes, units);
    ranges
        .into_iter()
        .map(|r| SegmentReport {
            start: offsets.at(r.start),
            end: offsets.at(r.end),
            text: text[r].to_string(),
        })
        .collect()
}

fn report_in(text: &str, analysed: Vec<Sentence>, units: Units) -> DocumentReport {
    let offsets = CharOffsets::new(text, &analysed, units);
    let sentences = analysed
        .into_iter()
        .map(|s| sentence_report(text, s, &offsets))
        .collect();
    DocumentReport {
        version: Cow::Borrowed(VERSION),
        model: Cow::Borrowed(MODEL),
        sentences,
        levels: Level::all().map(|l| Cow::Borrowed(l.name())).collect(),
    }
}

/// One sentence of a report, its offsets looked up in `offsets`.
fn sentence_report(text: &str, s: Sentence, offsets: &CharOffsets) -> SentenceReport {
    SentenceReport {
        text: text[s.range.clone()].to_string(),
        start: offsets.at(s.range.start),
        end: offsets.at(s.range.end),
        level: s.level,
        score: s.score,
        kind: s.kind,
        uncertain: s.uncertain,
        cues: cue_reports(text, &s, offsets),
        explanation: s.explanation,
        source: s
            .source
            .as_ref()
            .map(|src| SourceReport::new(text, src, offsets)),
    }
}

/// Consecutive sentences of a text's report, for a reader that takes a long
/// text's report a piece at a time ([`crate::steps::Stream`]): `sentences`
/// are those of [`document_report_in`] from index `first` on, the same
/// values, offsets included.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct ChunkReport {
    /// The index of its first sentence in the text's report.
    pub first: usize,
    /// The report's sentences `first..first + sentences.len()`.
    pub sentences: Vec<SentenceReport>,
    /// For each sentence that continues a quotation, the index of the one
    /// that names its speaker (`quote_of` of [`Sentence`]), else `null`: the
    /// reader's tooltip says "Part of a quotation by …". Not in the report
    /// of `hedgelight analyze`.
    pub quote_of: Vec<Option<usize>>,
    /// Sentences of earlier chunks whose sources the whole text links to
    /// another entity than their chunk said (a fuller name came later: see
    /// [`crate::steps`]); empty but in the first chunk after the whole text
    /// is analysed, and nearly always there too. With each applied
    /// ([`Relinked::apply`]), the chunks are the text's report.
    pub relinked: Vec<Relinked>,
}

/// The entities of an earlier chunk's sentence's source, as the whole text
/// links them ([`SourceReport::entity`]).
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Relinked {
    /// The sentence's index in the text's report.
    pub sentence: usize,
    /// Its source's `entity`.
    pub entity: String,
    /// The `entity` of each source its source cites, in order.
    pub via: Vec<String>,
}

impl Relinked {
    /// Gives `sentence` (the report's sentence [`Relinked::sentence`]) these
    /// entities.
    pub fn apply(&self, sentence: &mut SentenceReport) {
        let Some(src) = sentence.source.as_mut() else {
            return;
        };
        src.entity.clone_from(&self.entity);
        for (v, entity) in src.via.iter_mut().zip(&self.via) {
            v.entity.clone_from(entity);
        }
    }
}

/// Reports a text's sentences a run at a time, in order, with offsets in
/// `units`: linear in the text however many runs. Offsets inside the
/// sentence being reported are counted on from the previous sentence; an
/// offset elsewhere (a quotation's speaker, whom "he said" stands for) from
/// the start of the last reported sentence before it, and remembered, since
/// every sentence of a quotation carries the same one.
pub(crate) struct ChunkReporter {
    units: Units,
    /// The index of the next sentence to report.
    next: usize,
    /// The last offset counted (in bytes, and in `units`): the end of the
    /// last reported sentence, or the last offset inside it.
    cursor: (usize, usize),
    /// The start of each reported sentence, in bytes and in `units`.
    starts: Vec<(usize, usize)>,
    elsewhere: FxHashMap<usize, usize>,
}

impl ChunkReporter {
    /// A reporter of a text's first sentences on, offsets in `units`.
    pub(crate) fn new(units: Units) -> ChunkReporter {
        ChunkReporter {
            units,
            next: 0,
            cursor: (0, 0),
            starts: Vec::new(),
            elsewhere: FxHashMap::default(),
        }
    }

    /// The report of `sentences`, the next ones of `text` (by
    /// [`analyze`] or [`crate::steps::Steps`]).
    pub(crate) fn report(&mut self, text: &str, sentences: Vec<Sentence>) -> ChunkReport {
        let mut table: Vec<(usize, usize)> = Vec::new();
        for s in &sentences {
            self.count(text, s, &mut table);
        }
        table.sort_unstable();
        table.dedup();
        let offsets = CharOffsets {
            bytes: table.iter().map(|&(b, _)| b).collect(),
            chars: table.iter().map(|&(_, c)| c).collect(),
        };
        let first = self.next;
        self.next += sentences.len();
        let quote_of = sentences.iter().map(|s| s.quote_of).collect();
        let sentences = sentences
            .into_iter()
            .map(|s| sentence_report(text, s, &offsets))
            .collect();
        ChunkReport {
            first,
            sentences,
            quote_of,
            relinked: Vec::new(),
        }
    }

    /// Adds to `table` the offsets of sentence `s` (byte, and in `units`).
    fn count(&mut self, text: &str, s: &Sentence, table: &mut Vec<(usize, usize)>) {
        let range = s.range.clone();
        let mut inside: Vec<usize> = vec![range.start, range.end];
        let mut outside: Vec<usize> = Vec::new();
        let cues = s.cues.iter().flat_map(|c| [c.start, c.end]);
        let sources = s.source.iter().flat_map(|src| {
            std::iter::once(src)
                .chain(&src.via)
                .flat_map(|v| [v.start, v.end])
        });
        for b in cues.chain(sources) {
            if range.start <= b && b <= range.end {
                inside.push(b);
            } else {
                outside.push(b);
            }
        }
        inside.sort_unstable();
        inside.dedup();
        // Sentences come in order, so the first is at or after the cursor.
        let (mut at, mut count) = self.cursor;
        for b in inside {
            count += measure(&text.as_bytes()[at..b], self.units);
            at = b;
            if b == range.start {
                self.starts.push((b, count));
            }
            table.push((b, count));
        }
        self.cursor = (at, count);
        for b in outside {
            let c = self.elsewhere(text, b);
            table.push((b, c));
        }
    }

    /// The offset of byte `b`, outside the sentence being reported: counted
    /// from the start of the last reported sentence before it.
    fn elsewhere(&mut self, text: &str, b: usize) -> usize {
        if let Some(&c) = self.elsewhere.get(&b) {
            return c;
        }
        let k = self.starts.partition_point(|&(m, _)| m <= b);
        let (at, count) = k.checked_sub(1).map_or((0, 0), |k| self.starts[k]);
        let c = count + measure(&text.as_bytes()[at..b], self.units);
        self.elsewhere.insert(b, c);
        c
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_count_characters_not_bytes() {
        let line = "“Это” — it may rain.";
        let r = line_report(line);
        let cue = &r.cues[0];
        let chars: Vec<char> = line.chars().collect();
        assert_eq!(chars[cue.start..cue.end].iter().collect::<String>(), "may");
        assert_eq!(cue.text, "may");
    }

    #[test]
    fn document_offsets_index_the_input_by_character() {
        let text = "Kim’s aide spoke. “It is highly likely,” he said.";
        let r = document_report(text);
        let chars: Vec<char> = text.chars().collect();
        assert_eq!(r.sentences.len(), 2);
        for s in &r.sentences {
            assert_eq!(chars[s.start..s.end].iter().collect::<String>(), s.text);
            for c in &s.cues {
                assert_eq!(chars[c.start..c.end].iter().collect::<String>(), c.text);
            }
        }
        assert_eq!(r.levels.len(), usize::from(Level::COUNT));
    }

    #[test]
    fn overlapping_cues_after_wide_characters_keep_their_offsets() {
        // "allegedly" is attribution and a tagged cue: two cues, one span,
        // in a sentence after others with multi-byte characters.
        let text = "Kim’s “aide” spoke. Это — 😀. The officers were allegedly killed, \
                    reportedly by “unnamed” sources who may have lied.";
        let r = document_report(text);
        let chars: Vec<char> = text.chars().collect();
        let cues: Vec<&CueReport> = r.sentences.iter().flat_map(|s| &s.cues).collect();
        assert!(cues.iter().filter(|c| c.text == "allegedly").count() >= 1);
        for c in cues {
            assert_eq!(chars[c.start..c.end].iter().collect::<String>(), c.text);
        }
        let line = "Это — the officers were allegedly killed, reportedly.";
        let chars: Vec<char> = line.chars().collect();
        for c in line_report(line).cues {
            assert_eq!(chars[c.start..c.end].iter().collect::<String>(), c.text);
        }
    }

    #[test]
    fn sources_carry_character_offsets_in_quote_continuations_too() {
        let text = "Это — “Kim’s aide said, “It was bad. It was worse.” Troops left.";
        let r = document_report(text);
        let chars: Vec<char> = text.chars().collect();
        let with_source: Vec<&SentenceReport> =
            r.sentences.iter().filter(|s| s.source.is_some()).collect();
        assert!(with_source.len() >= 2, "{:?}", r.sentences);
        for s in with_source {
            let src = s.source.as_ref().unwrap();
            assert_eq!(
                chars[src.start..src.end].iter().collect::<String>(),
                src.text
            );
            assert_eq!(src.text, "Kim’s aide");
            // An aide without a name is unnamed (guide rule 14).
            assert!(!src.named);
        }
    }

    #[test]
    fn utf16_offsets_slice_javascript_strings() {
        // An emoji and a flag before the cues: code points and UTF-16 differ.
        let text = "Fans 😀 cheered. In 🇺🇦 Kyiv, officials said troops may have left, \
                    citing unnamed sources.";
        let utf16: Vec<u16> = text.encode_utf16().collect();
        let slice = |s: usize, e: usize| String::from_utf16(&utf16[s..e]).unwrap();
        let chars = document_report(text);
        let units = document_report_in(text, Units::Utf16);
        assert_eq!(chars.sentences.len(), units.sentences.len());
        let mut cues = 0;
        for (c, u) in chars.sentences.iter().zip(&units.sentences) {
            assert_eq!(slice(u.start, u.end), u.text);
            assert_eq!(
                (&c.text, c.level, &c.explanation),
                (&u.text, u.level, &u.explanation)
            );
            for (cc, uc) in c.cues.iter().zip(&u.cues) {
                assert_eq!(slice(uc.start, uc.end), uc.text);
                assert_eq!((&cc.text, cc.category), (&uc.text, uc.category));
                assert!(uc.start > cc.start, "{uc:?} after an emoji");
                cues += 1;
            }
            if let Some(src) = &u.source {
                assert_eq!(slice(src.start, src.end), src.text);
                for v in &src.via {
                    assert_eq!(slice(v.start, v.end), v.text);
                }
            }
        }
        assert!(cues >= 2, "{units:?}");
    }

    #[test]
    fn reports_carry_the_version_and_a_hash_of_the_model_file() {
        // FNV-1a test vectors (the hash's own specification).
        assert_eq!(fnv1a64(b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fnv1a64(b"a"), 0xaf63_dc4c_8601_ec8c);
        assert_eq!(fnv1a64(b"foobar"), 0x8594_4171_f739_67e8);
        assert_eq!(&hex16(0x0123_4567_89ab_cdef), b"0123456789abcdef");
        // The file on disk, hashed at run time, is the one the compiler hashed.
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/data/model.bin");
        let bytes = std::fs::read(path).unwrap();
        assert_eq!(MODEL, format!("{:016x}", fnv1a64(&bytes)));
        assert_eq!(VERSION, env!("CARGO_PKG_VERSION"));
        assert!(MODEL.len() == 16 && MODEL.bytes().all(|b| b.is_ascii_hexdigit()));
        let report = document_report("It may rain.");
        assert_eq!((&*report.version, &*report.model), (VERSION, MODEL));
    }

    #[cfg(feature = "serde")]
    #[test]
    fn a_report_reads_back_from_its_json() {
        // Sources, a quotation's continuation, non-claims, emoji before cues.
        let text = "SEOUL (Reuters) -\n\nTwo officials said 😀 it may be true. \"It was bad. \
                    It was worse.\" The Kremlin denied it, Peskov said.";
        let report = document_report(text);
        let json = serde_json::to_string(&report).unwrap();
        let back: DocumentReport = serde_json::from_str(&json).unwrap();
        assert_eq!(back, report);
        let lines = line_report("Officials said it may rain.");
        let back: LineReport =
            serde_json::from_str(&serde_json::to_string(&lines).unwrap()).unwrap();
        assert_eq!(back, lines);
        // A level outside 1 to 5 is refused, not read as a level.
        let bad = json.replacen("\"level\":", "\"level\":9,\"x\":", 1);
        let err = serde_json::from_str::<DocumentReport>(&bad).unwrap_err();
        assert!(err.to_string().contains("level 9"), "{err}");
    }

    #[cfg(feature = "serde")]
    #[test]
    fn the_json_names_the_version_and_model_first() {
        let v = serde_json::to_value(document_report("It may rain.")).unwrap();
        assert_eq!(v["version"], VERSION);
        assert_eq!(v["model"], MODEL);
        assert!(MODEL.len() == 16 && MODEL.bytes().all(|b| b.is_ascii_hexdigit()));
        // First in the JSON, before the sentences, so a saved report says at
        // its top what made it.
        let json = serde_json::to_string(&document_report("")).unwrap();
        assert_eq!(
            json,
            format!(
                r#"{{"version":"{VERSION}","model":"{MODEL}","sentences":[],"levels":["disputed","unverified","hedged","attributed","asserted"]}}"#
            )
        );
    }

    #[test]
    fn split_gives_the_sentence_ranges_of_the_report() {
        let text = "Это — “Kim’s aide said, “It was bad.”\n\nFans 😀 cheered. It may rain.";
        let chars: Vec<char> = text.chars().collect();
        let split = split_report(text, Units::Chars);
        let report = document_report(text);
        assert!(split.len() >= 3, "{split:?}");
        let ranges: Vec<(usize, usize)> = split.iter().map(|s| (s.start, s.end)).collect();
        let sentences: Vec<(usize, usize)> =
            report.sentences.iter().map(|s| (s.start, s.end)).collect();
        assert_eq!(ranges, sentences);
        for s in &split {
            assert_eq!(chars[s.start..s.end].iter().collect::<String>(), s.text);
        }
        let utf16: Vec<u16> = text.encode_utf16().collect();
        for s in split_report(text, Units::Utf16) {
            assert_eq!(String::from_utf16(&utf16[s.start..s.end]).unwrap(), s.text);
        }
        assert!(split_report("", Units::Chars).is_empty());
        assert!(split_report(" \n\t ", Units::Chars).is_empty());
    }

    #[cfg(feature = "serde")]
    #[test]
    fn serializes_to_the_documented_shape() {
        let v = serde_json::to_value(line_report("It may rain.")).unwrap();
        assert_eq!(v["uncertain"], true);
        assert_eq!(v["level"], 3);
        assert_eq!(v["cues"][0]["category"], "speculation");
        assert_eq!(v["cues"][0]["start"], 3);
        assert_eq!(v["cues"][0]["end"], 6);
        assert!(v["score"].is_number());
    }
}
