//! The pipeline: segment, classify, detect, score, explain.

use std::ops::Range;

use crate::category::Category;
use crate::condition;
use crate::conflict;
use crate::contradiction::Story;
use crate::detect::{Cue, Detector};
use crate::entity;
use crate::explain::{explain, explain_non_claim, explain_quote};
use crate::kind::Kind;
use crate::quotes;
use crate::reader;
use crate::score::{level, score_at, Level};
use crate::soundbite;
use crate::source::{self, Source};
use crate::spans::Spans;
use crate::tokenize::{tokenize, Token};

/// One analysed sentence. Offsets are bytes into the analysed text.
#[derive(Clone, Debug, PartialEq)]
pub struct Sentence {
    /// Where the sentence is: a byte range of the analysed text, trimmed.
    pub range: Range<usize>,
    /// A claim, or a heading, dateline, signpost or metadata line, which
    /// gets no level, no score and no cues.
    pub kind: Kind,
    /// Cue offsets are absolute (into the whole text), like `range`.
    pub cues: Vec<Cue>,
    /// `None` exactly when the segment is not a claim.
    pub level: Option<Level>,
    /// In [0, 1], inside the level's band (README, "What a reader sees"):
    /// more and stronger doubt lowers it. `None` exactly when `level` is.
    pub score: Option<f32>,
    /// Holds a speculation, belief, condition or investigation cue in the
    /// CoNLL-2010 sense (non-empty `conll_cues`).
    pub uncertain: bool,
    /// The CoNLL-2010 uncertainty cues as detection found them, before the
    /// reader level's own cue table and its reading of conditions adjust
    /// `cues`: what `uncertain` and the CoNLL scores read. Offsets absolute.
    pub conll_cues: Vec<Cue>,
    /// Why the sentence got its level, in one sentence for a reader (the
    /// widget's tooltip).
    pub explanation: String,
    /// Who the claim is attributed to, if the sentence names a source or
    /// continues a quotation whose speaker another sentence names.
    pub source: Option<Source>,
    /// For a sentence that continues a quotation: the index of the sentence
    /// (in [`analyze`](crate::analyze)'s output) that names the speaker.
    pub quote_of: Option<usize>,
    /// The index of the sentence whose words `source` points into, when it
    /// is not this one: a quotation's speaker, or whom "he said" refers to.
    pub source_from: Option<usize>,
}

/// Analyses one sentence as given (no segmentation); it is always a claim.
pub fn analyze_sentence(text: &str) -> Sentence {
    analyze_sentence_with(text, &Detector::builtin())
}

/// [`analyze_sentence`] with another detector (cross-validation).
pub fn analyze_sentence_with(text: &str, detector: &Detector) -> Sentence {
    let tokens = tokenize(text);
    claim(text, 0..text.len(), &tokens, detector)
}

/// Strength of the anonymous cue an unnamed source adds.
const UNNAMED_SOURCE_STRENGTH: f32 = 0.35;

/// A claim at `range` of `text`: its cues, with an unnamed source marked as
/// an anonymous cue of its own, and its source. Offsets are absolute.
/// `tokens` are those of the sentence (offsets relative to it).
fn claim(text: &str, range: Range<usize>, tokens: &[Token], detector: &Detector) -> Sentence {
    let sentence = &text[range.clone()];
    let mut cues = detector.detect_tokens(sentence, tokens);
    let mut conll_cues: Vec<Cue> = cues
        .iter()
        .filter(|c| c.conll && c.category.is_uncertainty())
        .cloned()
        .collect();
    reader::add_reader_cues(sentence, tokens, &mut cues);
    reader::drop_cues_in_names(sentence, tokens, &mut cues);
    condition::keep_reader_conditions(sentence, tokens, &mut cues);
    conflict::mark_conflicts(tokens, &mut cues);
    let mut source = source::find(sentence, tokens, &cues);
    drop_unsourced_anonymous(sentence, source.as_ref(), &mut cues);
    if let Some(s) = source.as_mut() {
        mark_unnamed(sentence, s, &mut cues);
        s.shift(range.start);
    }
    for c in cues.iter_mut().chain(&mut conll_cues) {
        c.start += range.start;
        c.end += range.start;
    }
    let level = level(&cues);
    Sentence {
        range,
        kind: Kind::Claim,
        level: Some(level),
        score: Some(score_at(level, &cues)),
        uncertain: !conll_cues.is_empty(),
        conll_cues,
        explanation: explain(text, &cues, level, named_source(text, source.as_ref())),
        cues,
        source,
        quote_of: None,
        source_from: None,
    }
}

/// "anonymous" describes a source only where it stands in one ("an
/// anonymous official said"); in "anonymous posters of the video" or "a
/// user labelled 'Anonymous'" it names nobody who vouches for the claim.
/// Offsets are relative to `sentence`, as before [`Source::shift`].
fn drop_unsourced_anonymous(sentence: &str, source: Option<&Source>, cues: &mut Vec<Cue>) {
    // Indexed once: a source citing thousands keeps this linear.
    let via = Spans::new(
        source
            .iter()
            .flat_map(|s| s.via.iter().map(|v| (v.start, v.end))),
    );
    let in_a_source = |c: &Cue| {
        source.is_some_and(|s| s.overlaps(c.start, c.end)) || via.any_overlaps(c.start, c.end)
    };
    cues.retain(|c| {
        c.category != Category::Anonymous
            || !sentence[c.start..c.end].eq_ignore_ascii_case("anonymous")
            || in_a_source(c)
    });
}

/// The words of a named source, which the explanation may name; an unnamed
/// one is named by its anonymous cue instead.
fn named_source<'t>(text: &'t str, source: Option<&Source>) -> Option<&'t str> {
    source.filter(|s| s.named).map(|s| &text[s.start..s.end])
}

/// Settles which sources of a sentence are unnamed, and marks each unnamed
/// one as an anonymous cue so that it hedges the sentence. An anonymity
/// formula inside a cited source's phrase ("citing unnamed sources") makes
/// that one unnamed; one elsewhere ("requesting anonymity") the speaker.
/// Parts of the anonymity formulas that are about a person ("requested
/// anonymity", "speaking on background", "not authorised", "people familiar
/// with"), unlike an agentless "reportedly".
const PERSON_FORMULA: [&str; 7] = [
    "anonym",
    "background",
    "authori",
    "identif",
    "named",
    "familiar",
    "briefed",
];

fn mark_unnamed(text: &str, source: &mut Source, cues: &mut Vec<Cue>) {
    let anonymous: Vec<(usize, usize)> = cues
        .iter()
        .filter(|c| c.category == Category::Anonymous)
        .map(|c| (c.start, c.end))
        .collect();
    // Only a formula about a person un-names the speaker: "Ukraine claims …
    // reportedly …" still names Ukraine.
    let via = Spans::new(source.via.iter().map(|v| (v.start, v.end)));
    let about_a_person = |&(start, end): &(usize, usize)| {
        let cue = text[start..end].to_lowercase();
        PERSON_FORMULA.iter().any(|w| cue.contains(w))
            || source.overlaps(start, end)
            || via.any_overlaps(start, end)
    };
    let about_a_person: Vec<(usize, usize)> =
        anonymous.iter().copied().filter(about_a_person).collect();
    // Cited sources by start, to find the one a formula follows; indexed, so
    // that thousands of cited sources stay linear.
    let mut starts: Vec<(usize, usize)> = source
        .via
        .iter()
        .enumerate()
        .map(|(i, v)| (v.start, i))
        .collect();
    starts.sort_unstable();
    for &(start, end) in &about_a_person {
        // The formula is about the source it stands in or right after ("a
        // source, who requested anonymity"), else about the speaker.
        let after = starts.partition_point(|&(s, _)| s <= start);
        let nearest = via.first_overlapping(start, end).or_else(|| {
            after
                .checked_sub(1)
                .map(|k| starts[k].1)
                .filter(|&i| source.via[i].start > source.start)
        });
        match nearest {
            Some(i) => source.via[i].named = false,
            None => source.named = false,
        }
    }
    let anonymous = Spans::new(anonymous);
    let mut added = false;
    for s in std::iter::once(&*source).chain(&source.via) {
        if !s.named && !anonymous.any_overlaps(s.start, s.end) {
            cues.push(Cue {
                start: s.start,
                end: s.end,
                category: Category::Anonymous,
                strength: UNNAMED_SOURCE_STRENGTH,
                negated: false,
                conll: true,
            });
            added = true;
        }
    }
    if added {
        cues.sort_by_key(|c| (c.start, c.end));
    }
}

/// What sentence `index` (at `range`, of `kind`) is on its own, before the
/// passes over the document: a claim's cues, source and level, or a
/// non-claim. `tokens` are the sentence's.
pub(crate) fn first_pass(
    text: &str,
    range: Range<usize>,
    kind: Kind,
    tokens: &[Token],
    detector: &Detector,
) -> Sentence {
    if kind.is_claim() {
        return claim(text, range, tokens, detector);
    }
    Sentence {
        range,
        kind,
        cues: Vec::new(),
        level: None,
        score: None,
        uncertain: false,
        conll_cues: Vec::new(),
        explanation: explain_non_claim(kind),
        source: None,
        quote_of: None,
        source_from: None,
    }
}

/// A flat contradiction a sentence makes: its words (an absolute range) and
/// the earlier sentence it answers (see [`contradiction_in`]).
pub(crate) type Found = Option<(Range<usize>, usize)>;

/// What the whole text decides about its sentences, for the passes over the
/// document: its quotations of several sentences (index ranges, in order),
/// whether it is a broadcast transcript, and each sentence's contradiction.
pub(crate) struct Document<'a> {
    pub groups: &'a [Range<usize>],
    pub transcript: bool,
    pub contradictions: &'a [Found],
}

/// The passes over the document, once every sentence of `sentences` has
/// had its [`first_pass`]: pronouns, quotations' speakers, sound bites,
/// contradictions and the entities of the sources. [`analyze`](crate::analyze)
/// runs them over the whole text, [`Steps`](crate::steps::Steps) also over
/// its first sentences, so the two cannot drift apart.
///
/// `sentences` may be the first sentences of the text only, up to a cut
/// where no quotation runs on (and, in a transcript, a paragraph ends):
/// every pass but the last reads only sentences before the one it changes,
/// or in the same quotation or paragraph, so those sentences come out as in
/// the whole text's analysis ([`crate::steps`]). The last, [`link_entities`],
/// links a mention to the fullest name of its entity, which may come later
/// ("Kim said…" before "defence minister Kim Yong-hyun"): over a prefix it
/// gives the links the prefix alone gives, and
/// [`Stream`](crate::steps::Stream) reports the ones the whole text changes.
pub(crate) fn document_passes(text: &str, sentences: &mut [Sentence], doc: &Document) {
    let n = sentences.len();
    let groups = &doc.groups[..doc.groups.partition_point(|g| g.end <= n)];
    resolve_pronouns(text, sentences);
    for g in groups {
        if let Some(speaker) = g.clone().find(|&i| sentences[i].source.is_some()) {
            carry_speaker(text, sentences, g.clone(), speaker);
        }
    }
    for unit in quotes::quoted_units(text, &sentences_ranges(sentences), groups) {
        if let Some(speaker) = earlier_speaker(text, sentences, unit.start) {
            carry_speaker(text, sentences, unit, speaker);
        }
    }
    let bites = soundbite::sound_bites(
        text,
        doc.transcript,
        &sentences_ranges(sentences),
        &sentences.iter().map(|s| s.kind).collect::<Vec<_>>(),
        |i| sentences[i].source.is_some() && has_attribution(&sentences[i]),
        |i| sentences[i].source.is_none() && !has_attribution(&sentences[i]),
    );
    for (bite, speaker) in bites {
        carry_speaker(text, sentences, bite, speaker);
    }
    mark_contradictions(text, sentences, &doc.contradictions[..n]);
    link_entities(text, sentences);
}

/// Points every source mention at its entity's fullest mention
/// ([`entity::link`]).
fn link_entities(text: &str, sentences: &mut [Sentence]) {
    let mentions = || {
        sentences
            .iter()
            .filter_map(|s| s.source.as_ref())
            .flat_map(|src| std::iter::once(src).chain(&src.via))
    };
    let found: Vec<entity::Mention> = mentions()
        .map(|m| entity::Mention {
            span: m.start..m.end,
            named: m.named,
        })
        .collect();
    let mut linked = entity::link(text, &found).into_iter();
    for src in sentences.iter_mut().filter_map(|s| s.source.as_mut()) {
        src.entity = linked.next().unwrap_or(src.start..src.end);
        for v in &mut src.via {
            v.entity = linked.next().unwrap_or(v.start..v.end);
        }
    }
}

fn has_attribution(s: &Sentence) -> bool {
    s.cues.iter().any(|c| c.category == Category::Attribution)
}

/// Strength of a flat contradiction found by [`contradiction`]: a dispute
/// without a denial verb, weaker than "denied".
const CONTRADICTION_STRENGTH: f32 = 0.5;

/// The words of sentence `index` (at byte `at`) that flatly negate what
/// the story said before it, as an absolute range. "…if the broadcasts do
/// not stop": a negation under a condition states the condition, not a
/// contradiction.
pub(crate) fn contradiction_in(
    story: &Story,
    index: usize,
    at: usize,
    tokens: &[Token],
) -> Option<(Range<usize>, usize)> {
    let n = story.contradiction(index, tokens)?;
    let (a, b) = (n.tokens.start, n.tokens.end);
    let conditioned = tokens[..a]
        .iter()
        .any(|t| matches!(t.norm.as_str(), "if" | "unless" | "until"));
    (!conditioned).then(|| (at + tokens[a].start..at + tokens[b - 1].end, n.answers))
}

/// Adds a cue that a pass over the document found (a contradiction, an
/// unnamed antecedent), keeping the cues in order.
fn add_cue(s: &mut Sentence, at: Range<usize>, category: Category, strength: f32, conll: bool) {
    s.cues.push(Cue {
        start: at.start,
        end: at.end,
        category,
        strength,
        negated: false,
        conll,
    });
    s.cues.sort_by_key(|c| (c.start, c.end));
}

/// Marks each sourced sentence that flatly negates what the story said
/// before as disputed (annotation guide, rule 11), unless the sentence it
/// answers is its own speaker's: "Women do not become victims of armed
/// attack" after the same speaker's "women have been victims" qualifies,
/// not disputes.
fn mark_contradictions(text: &str, sentences: &mut [Sentence], found: &[Found]) {
    for (i, found) in found.iter().enumerate() {
        let s = &sentences[i];
        let open = s.kind.is_claim() && s.source.is_some() && s.level > Some(Level::DISPUTED);
        let Some((found, answers)) = found.as_ref().filter(|_| open) else {
            continue;
        };
        if same_speaker(text, sentences, i, *answers) {
            continue;
        }
        let s = &mut sentences[i];
        add_cue(
            s,
            found.clone(),
            Category::Dispute,
            CONTRADICTION_STRENGTH,
            false,
        );
        let level = level(&s.cues);
        s.level = Some(level);
        s.score = Some(score_at(level, &s.cues));
        s.explanation = match (s.quote_of, s.source.as_ref()) {
            (Some(_), Some(src)) => explain_quote(text, &s.cues, level, &text[src.start..src.end]),
            _ => explain(text, &s.cues, level, named_source(text, s.source.as_ref())),
        };
    }
}

/// Whether sentences `a` and `b` report the same speaker: one's source is
/// taken from the other, both take it from one sentence, or both name it
/// alike.
fn same_speaker(text: &str, sentences: &[Sentence], a: usize, b: usize) -> bool {
    let origin = |i: usize| {
        sentences[i]
            .source_from
            .or(sentences[i].quote_of)
            .unwrap_or(i)
    };
    if origin(a) == origin(b) || origin(a) == b || origin(b) == a {
        return true;
    }
    let name = |i: usize| {
        let src = sentences[i].source.as_ref()?;
        Some(text[src.start..src.end].to_lowercase())
    };
    name(a).is_some() && name(a) == name(b)
}

fn sentences_ranges(sentences: &[Sentence]) -> Vec<Range<usize>> {
    sentences.iter().map(|s| s.range.clone()).collect()
}

/// The speaker of a quotation that names none: the sentence right before it,
/// when that one has a source and leads into the quotation. In news copy a
/// quote that follows `"…," Kim said.` in the same paragraph, or opens the
/// paragraph after `Kim said:` or after another of Kim's quotes, is Kim's.
fn earlier_speaker(text: &str, sentences: &[Sentence], start: usize) -> Option<usize> {
    let j = start.checked_sub(1)?;
    let prev = &sentences[j];
    if !prev.kind.is_claim() || prev.source.is_none() {
        return None;
    }
    let gap = &text[prev.range.end..sentences[start].range.start];
    let same_paragraph = !crate::segment::is_paragraph_break(gap);
    let before = text[prev.range.clone()].trim_end();
    let leads_in = before.ends_with([':', ',']) || before.chars().any(quotes::is_mark);
    (same_paragraph || leads_in).then_some(j)
}

/// How many sentences back "he said" looks for whom "he" is.
const PRONOUN_REACH: usize = 3;

/// A source given as a pronoun ("he said") is the latest source a few
/// sentences before it, named or not: after "a US official said …", "he
/// added …" is still the unnamed official's, and hedged.
fn resolve_pronouns(text: &str, sentences: &mut [Sentence]) {
    let mut latest: Option<usize> = None;
    for i in 0..sentences.len() {
        let Some(src) = sentences[i].source.as_ref().map(|s| s.start..s.end) else {
            continue;
        };
        let pronoun = &text[src];
        if !source::is_pronoun(pronoun) {
            latest = Some(i);
            continue;
        }
        let singular = matches!(pronoun.to_lowercase().as_str(), "he" | "she");
        let Some((antecedent, from)) = antecedent(text, sentences, i, latest, singular) else {
            continue;
        };
        if !source::is_pronoun(&text[antecedent.start..antecedent.end]) {
            latest = Some(i);
        }
        let s = &mut sentences[i];
        if !antecedent.named {
            let at = src_start(s)..src_end(s);
            add_cue(s, at, Category::Anonymous, UNNAMED_SOURCE_STRENGTH, true);
        }
        let level = level(&s.cues);
        s.level = Some(level);
        s.score = Some(score_at(level, &s.cues));
        s.explanation = explain(text, &s.cues, level, named_source(text, Some(&antecedent)));
        // Whom "he" cites stays this sentence's own ("He cited reports
        // from military intelligence").
        let via = s.source.take().map(|own| own.via).unwrap_or_default();
        s.source = Some(Source { via, ..antecedent });
        s.source_from = from;
    }
}

/// Whom the pronoun source of sentence `i` stands for, and the sentence
/// whose words name it (`None`: sentence `i` itself).
/// * "He"/"she" right after a sentence that names a person but quotes no
///   one ("The charge was made by defense minister Kim Yong-hyun on
///   Tuesday. He described…"): that person, unless a person (not a body
///   such as "the government") spoke a few sentences back.
/// * Else the latest source a few sentences back, unless a singular pronoun
///   meets a plural source ("He" is not "anonymous posters": it points
///   further back, to someone this pass does not track).
/// * "It"/"they" with none: the body that opens the sentence ("The South
///   Korean government this week made a bold accusation - it says…").
fn antecedent(
    text: &str,
    sentences: &[Sentence],
    i: usize,
    latest: Option<usize>,
    singular: bool,
) -> Option<(Source, Option<usize>)> {
    let named = |range: Range<usize>| Source::new(range, true);
    let latest = latest.filter(|&j| i - j <= PRONOUN_REACH);
    let person_in_reach = latest.is_some_and(|j| {
        sentences[j]
            .source
            .as_ref()
            .is_some_and(|s| !source::is_body(&text[s.start..s.end]))
    });
    let prev = i.checked_sub(1).filter(|&p| {
        sentences[p].kind.is_claim() && sentences[p].source.is_none() && latest != Some(p)
    });
    if singular && !person_in_reach {
        if let Some(name) = prev.and_then(|p| source::last_name(text, sentences[p].range.clone())) {
            return Some((named(name), prev));
        }
    }
    if let Some(j) = latest {
        let found = sentences[j].source.clone()?;
        if singular && source::is_plural(&text[found.start..found.end]) {
            return None;
        }
        return Some((found, sentences[j].source_from.or(Some(j))));
    }
    if singular {
        return None;
    }
    let own = &sentences[i];
    let body = source::opening_body(text, own.range.clone())?;
    let before_pronoun = own.source.as_ref().is_some_and(|s| body.end <= s.start);
    before_pronoun.then(|| (named(body), None))
}

fn src_start(s: &Sentence) -> usize {
    s.source.as_ref().map_or(s.range.start, |x| x.start)
}

fn src_end(s: &Sentence) -> usize {
    s.source.as_ref().map_or(s.range.start, |x| x.end)
}

/// Each sentence of a quotation gets a copy of its speaker's source, so the
/// copies are bounded: a speaker phrase longer than this many bytes is not
/// carried, and at most [`MAX_CARRIED_VIA`] of its citations are. Without a
/// bound, a speaker citing thousands of sources, or a name of a megabyte,
/// before a quotation of thousands of sentences made the report grow with
/// the product (issue 13). Real sources are under 100 bytes and cite one or
/// two others.
const MAX_CARRIED_SOURCE: usize = 200;
const MAX_CARRIED_VIA: usize = 8;

/// Gives the sentences of one quotation its speaker's attribution: each
/// sentence without a source of its own is at most attributed (4), or hedged
/// (3) when the speaker is unnamed. Its own hedges still count.
fn carry_speaker(text: &str, sentences: &mut [Sentence], group: Range<usize>, speaker: usize) {
    let mut source = sentences[speaker].source.clone();
    if let Some(s) = source.as_mut() {
        if s.end - s.start > MAX_CARRIED_SOURCE {
            return;
        }
        s.via.retain(|v| v.end - v.start <= MAX_CARRIED_SOURCE);
        s.via.truncate(MAX_CARRIED_VIA);
    }
    let source_from = sentences[speaker].source_from.or(Some(speaker));
    let cap = if source.as_ref().is_some_and(|s| s.named) {
        Level::ATTRIBUTED
    } else {
        Level::HEDGED
    };
    for i in group {
        let s = &mut sentences[i];
        if s.source.is_some() || !s.kind.is_claim() {
            continue;
        }
        let level = level(&s.cues).min(cap);
        s.level = Some(level);
        s.score = Some(score_at(level, &s.cues));
        s.source = source.clone();
        s.quote_of = Some(speaker);
        s.source_from = source_from;
        let who = source.as_ref().map_or("", |src| &text[src.start..src.end]);
        s.explanation = explain_quote(text, &s.cues, level, who);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{analyze, Category};

    #[test]
    fn cue_offsets_are_absolute() {
        let text = "Kim met Putin. Troops may follow.";
        let doc = analyze(text);
        assert_eq!(doc.len(), 2);
        let cue = &doc[1].cues[0];
        assert_eq!(&text[cue.start..cue.end], "may");
        assert_eq!(cue.category, Category::Speculation);
        assert!(doc[1].uncertain && !doc[0].uncertain);
        assert_eq!(doc[0].level, Some(Level::ASSERTED));
        assert_eq!(doc[1].level, Some(Level::HEDGED));
    }

    #[test]
    fn attribution_alone_is_not_uncertain() {
        let s = analyze_sentence("Kim said six officers died.");
        assert!(!s.uncertain);
        assert_eq!(s.level, Some(Level::ATTRIBUTED));
    }

    #[test]
    fn pronouns_without_a_source_in_reach() {
        let text = "The South Korean government this week made a bold accusation - it says troops are fighting.\n\nThe charge was made by defense minister Kim Yong-hyun on Tuesday. He said six officers were killed.";
        let doc = analyze(text);
        let src = |i: usize| {
            doc[i]
                .source
                .as_ref()
                .map(|s| text[s.start..s.end].to_string())
        };
        assert_eq!(src(0).as_deref(), Some("The South Korean government"));
        assert_eq!(src(2).as_deref(), Some("Kim Yong-hyun"));
        assert_eq!(doc[2].source_from, Some(1));
        assert_eq!(doc[2].level, Some(Level::ATTRIBUTED));
        // A date is no name; a lone "He" stays unresolved.
        let doc = analyze("The talks ended on Monday, May 3. He said they failed.");
        let s = doc[1].source.as_ref().unwrap();
        assert_eq!(
            &"The talks ended on Monday, May 3. He said they failed."[s.start..s.end],
            "He"
        );
    }

    #[test]
    fn anonymous_hedges_only_as_a_source() {
        let s = analyze_sentence("The attack was launched by a user labelled \"Anonymous\".");
        assert_eq!(s.level, Some(Level::ASSERTED));
        let s = analyze_sentence("An anonymous official said troops died.");
        assert_eq!(s.level, Some(Level::HEDGED));
        let s = analyze_sentence("Anonymous sources said troops died.");
        assert_eq!(s.level, Some(Level::HEDGED));
    }

    #[test]
    fn headings_get_no_level_score_or_cues() {
        let text = "Apple denies heart attack report\n\nApple denied the report.";
        let doc = analyze(text);
        assert_eq!(doc[0].kind, Kind::Heading);
        assert_eq!((doc[0].level, doc[0].score), (None, None));
        assert!(doc[0].cues.is_empty());
        assert_eq!(doc[1].level, Some(Level::DISPUTED));
    }
}
