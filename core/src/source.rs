//! Who says so: the source of a sentence's attribution and whether it is
//! named (annotation guide, rule 1). An unnamed source ("two officials",
//! "researchers say", "a Kremlin spokesperson") makes a claim hedged; a named
//! person or body ("Seoul's defence minister", "Pentagon officials") leaves it
//! attributed.
//!
//! The source is the noun phrase next to the attribution cue: after
//! "according to" and "citing", before a reporting verb ("X said"), or after
//! it when nothing stands before ("…,” said X). It runs to the nearest clause
//! break. Whether it is named is decided from its words alone: the lists in
//! `data/sources.txt` and capitalisation.

use std::sync::OnceLock;

use crate::category::Category;
use crate::detect::Cue;
use crate::tokenize::{tokenize, Token, TokenKind};

/// A source found in a sentence. Offsets are bytes into the analysed text.
#[derive(Clone, Debug, PartialEq)]
pub struct Source {
    /// Byte offset of the source's first word.
    pub start: usize,
    /// Byte offset just past its last word.
    pub end: usize,
    /// A person or an identifiable body ("Seoul's defence minister",
    /// "Interfax-Ukraine"); false for "two officials", "sources", which make
    /// the claim hedged.
    pub named: bool,
    /// Whom this source cites in turn, in order ("Interfax-Ukraine, citing
    /// sources in military intelligence"); their own `via` is empty.
    pub via: Vec<Source>,
    /// The span of the mention that stands for the same speaker in the whole
    /// text ("Kim" -> "defence minister Kim Yong-hyun"), set by
    /// [`crate::entity`] once the text is analysed; its own span until then.
    pub entity: std::ops::Range<usize>,
}

impl Source {
    /// A source at byte range `span` that cites no one.
    pub fn new(span: std::ops::Range<usize>, named: bool) -> Source {
        Source {
            start: span.start,
            end: span.end,
            named,
            via: Vec::new(),
            entity: span,
        }
    }

    /// Whether a byte range overlaps this source's own span.
    pub fn overlaps(&self, start: usize, end: usize) -> bool {
        start < self.end && self.start < end
    }

    /// Moves the offsets (and those of `via`) by `by` bytes.
    pub(crate) fn shift(&mut self, by: usize) {
        self.start += by;
        self.end += by;
        self.entity = self.entity.start + by..self.entity.end + by;
        for v in &mut self.via {
            v.shift(by);
        }
    }
}

/// The longest source phrase looked at, in tokens: long enough for a title
/// and what the speaker was doing ("The defense minister in a briefing with
/// South Korean political leaders said"; at 10 the phrase began mid-way and
/// lost its "The"), short enough that a cue costs a bounded look-back.
const MAX_SOURCE_TOKENS: usize = 14;

struct Words {
    generic: Vec<String>,
    collective: Vec<String>,
    indefinite: Vec<String>,
    pronouns: Vec<String>,
    breaks: Vec<String>,
    initial_caps: Vec<String>,
    no_speaker: Vec<String>,
    circumstances: Vec<String>,
    name_followers: Vec<String>,
    body_nouns: Vec<String>,
    official_noun_next: Vec<String>,
    not_names: Vec<String>,
    not_persons: Vec<String>,
    nobody_in_particular: Vec<String>,
    anonymity: Vec<String>,
    documents: Vec<String>,
    between_subject_and_verb: Vec<String>,
    not_trades: Vec<String>,
    person_endings: Vec<String>,
}

fn words() -> &'static Words {
    static WORDS: OnceLock<Words> = OnceLock::new();
    WORDS.get_or_init(|| {
        let list = |name: &str| crate::wordlists::list(data!("sources.txt"), name);
        Words {
            generic: list("generic"),
            collective: list("collective"),
            indefinite: list("indefinite"),
            pronouns: list("pronouns"),
            breaks: list("breaks"),
            initial_caps: list("initial-caps"),
            no_speaker: list("no-speaker"),
            circumstances: list("circumstances"),
            name_followers: list("name-followers"),
            body_nouns: list("body-nouns"),
            official_noun_next: list("official-noun-next"),
            not_names: list("not-names"),
            not_persons: list("not-persons"),
            nobody_in_particular: list("nobody-in-particular"),
            anonymity: list("anonymity"),
            documents: list("documents"),
            between_subject_and_verb: list("between-subject-and-verb"),
            not_trades: list("not-trades"),
            person_endings: list("person-endings"),
        }
    })
}

/// A clause break: punctuation other than what joins a name ("Yong-hyun",
/// "U.S.", "AT&T", "Seoul's"); a hyphen with a space before it is a dash.
fn is_break(text: &str, t: &Token) -> bool {
    let spaced = text[..t.start].ends_with(char::is_whitespace);
    match t.kind {
        TokenKind::Punct => spaced || !matches!(t.norm.as_str(), "'" | "-" | "." | "&"),
        // "who" breaks, "WHO" (the World Health Organisation) does not.
        _ => words().breaks.contains(&t.norm) && text[t.start..].starts_with(char::is_lowercase),
    }
}

/// The source of the sentence's first attribution cue, and whom it cites
/// (the sources of the later attribution cues), if it has one. `text` is
/// what the token and cue offsets index into.
pub fn find(text: &str, tokens: &[Token], cues: &[Cue]) -> Option<Source> {
    // "'I never said that,' Johnson told the BBC": a verb of saying inside
    // the quotation is the speaker's words; the speaker is outside it.
    let quoted = crate::quotes::quoted_spans(text);
    // The spans are in order and apart: a binary search keeps a sentence of
    // thousands of quotations and cues from being quadratic.
    let inside = |c: &&Cue| {
        let k = quoted.partition_point(|q| q.end <= c.start);
        quoted.get(k).is_some_and(|q| q.contains(&c.start))
    };
    let attributions = cues.iter().filter(|c| c.category == Category::Attribution);
    let outside_only = attributions.clone().any(|c| !inside(&c));
    let mut found: Vec<Source> = attributions
        .filter(|c| !(outside_only && inside(c)))
        .filter_map(|c| source_of(text, tokens, c))
        .collect();
    // "Citing sources in intelligence, Interfax-Ukraine said": the speaker
    // is the later verb's subject, who cites the opening phrase's source.
    let opens_citing = tokens
        .iter()
        .find(|t| t.kind == TokenKind::Word)
        .is_some_and(|t| matches!(t.norm.as_str(), "citing" | "quoting"));
    if opens_citing && found.len() > 1 {
        found.swap(0, 1);
    }
    let mut found = found.into_iter();
    let mut main = found.next()?;
    // The spans of `via` do not overlap one another, so by start they are
    // also in order of end: the one that starts last before a span ends is
    // the only one that can overlap it. A map keeps a sentence of thousands
    // of attributions linear (up to a logarithm) instead of quadratic.
    let mut taken: std::collections::BTreeMap<usize, usize> =
        main.via.iter().map(|v| (v.start, v.end)).collect();
    for s in found {
        let known = main.overlaps(s.start, s.end)
            || taken
                .range(..s.end)
                .next_back()
                .is_some_and(|(_, &end)| end > s.start);
        if !known {
            taken.insert(s.start, s.end);
            main.via.push(s);
        }
    }
    Some(main)
}

/// The source phrase of one attribution cue.
///
/// * After "according to", "citing", "quoting" and longer phrases.
/// * After the verb when the verb follows a quotation ("…,” said Kim"), and
///   only if the phrase ends the clause: in "said the boy was welcome" the
///   words after "said" are what was said.
/// * Otherwise before the verb, back to a clause break; a phrase between
///   commas right before it is an apposition, and the name stands before it
///   ("Paul Dewar, an Ottawa MP, said").
/// * A passive ("was reported") has no source unless "by" names one.
fn source_of(text: &str, tokens: &[Token], cue: &Cue) -> Option<Source> {
    // Tokens come in order: binary searches keep this linear in the cues.
    let first = tokens.partition_point(|t| t.start < cue.start);
    let last = tokens.partition_point(|t| t.end <= cue.end);
    if first >= last {
        return None;
    }
    let head = tokens[first].norm.as_str();
    let tail = tokens[last - 1].norm.as_str();
    let prev = first.checked_sub(1).map(|i| tokens[i].norm.as_str());
    let passive = matches!(prev, Some("was" | "were" | "is" | "are" | "been" | "be"));
    let forward = matches!(head, "according" | "citing" | "cited" | "quoting")
        || (head == "quoted" && !passive)
        || (last - first > 2 && matches!(tail, "to" | "by" | "from" | "of" | "in"))
        // "a report by Amnesty International", "a report from The Guardian":
        // who wrote it comes after.
        || (last - first > 1 && matches!(tail, "by" | "from"));
    let span = if forward && matches!(tail, "by" | "from") {
        after(text, tokens, last).map(|s| name_only(text, tokens, s))
    } else if forward {
        after(text, tokens, last)
    } else if passive {
        tokens
            .get(last)
            .filter(|t| t.norm == "by")
            .and_then(|_| after(text, tokens, last + 1))
    } else {
        speaker_of_verb(text, tokens, first, last)
    }?;
    let span = cut_circumstance(tokens, trim_time(tokens, trim_punct(tokens, span)?)?);
    let span = with_listed_names(text, tokens, span);
    // "CNN cited two officials as saying": CNN speaks, citing the officials.
    if matches!(head, "cited" | "quoted") && forward && !passive {
        if let Some(main) = citing_subject(text, tokens, first, prev, span) {
            return Some(main);
        }
    }
    // "Nobody warned us": no one is who says so.
    let subject = text[tokens[span.0].start..tokens[span.1 - 1].end].to_lowercase();
    if words().no_speaker.contains(&subject.replace(' ', "-")) {
        return None;
    }
    let named =
        is_named(text, &tokens[span.0..span.1]) && !told_an_outlet(text, tokens, span, head, last);
    Some(Source::new(
        tokens[span.0].start..tokens[span.1 - 1].end,
        named,
    ))
}

/// The name that opens a phrase after "a report by" or "from", without the
/// verb that follows it: "The Guardian mentioned a source" → "The Guardian".
/// A phrase that does not open with a name ("researchers at the university
/// found") is left whole.
fn name_only(text: &str, tokens: &[Token], (start, end): (usize, usize)) -> (usize, usize) {
    let from = start + usize::from(tokens[start].norm == "the");
    let joins = |t: &Token| matches!(t.norm.as_str(), "of" | "for" | "the" | "and" | "'s" | ".");
    let mut names = tokens[from..end]
        .iter()
        .take_while(|t| is_name_word(text, t) || joins(t))
        .count();
    // "the Institute for the Study of War": joining words inside, not at the end.
    while names > 0 && joins(&tokens[from + names - 1]) && tokens[from + names - 1].norm != "." {
        names -= 1;
    }
    if names == 0 {
        return (start, end);
    }
    (start, from + names)
}

/// Most names a list of speakers before "and others" may hold.
const MAX_LISTED: usize = 12;

/// "Sun, Hewlett-Packard and others say": "and" breaks the phrase before
/// "others", but the speakers are the named firms the list opens with.
fn with_listed_names(text: &str, tokens: &[Token], (start, end): (usize, usize)) -> (usize, usize) {
    let others = end - start == 1 && matches!(tokens[start].norm.as_str(), "others" | "other");
    let joined = start >= 2 && matches!(tokens[start - 1].norm.as_str(), "and" | "or");
    if !(others && joined && is_name_word(text, &tokens[start - 2])) {
        return (start, end);
    }
    let mut from = start - 2;
    while from > 0
        && start - from < MAX_LISTED
        && (tokens[from - 1].norm == "," || is_name_word(text, &tokens[from - 1]))
    {
        from -= 1;
    }
    (from, end)
}

/// The speaker of an active verb of saying at tokens `first..last`: after
/// it when it follows a quotation, else before it (see [`source_of`]).
fn speaker_of_verb(
    text: &str,
    tokens: &[Token],
    first: usize,
    last: usize,
) -> Option<(usize, usize)> {
    let head = tokens[first].norm.as_str();
    let prev = first.checked_sub(1).map(|i| tokens[i].norm.as_str());
    if head != "told" && follows_quote(text, tokens, first) {
        after_quote(text, tokens, last)
    } else if is_noun_cue(head) {
        // "denied the allegations": a noun has no speaker before it.
        None
    } else if prev != Some(",") {
        before(text, tokens, first)
            .filter(|&s| ends_like_a_subject(text, tokens, s))
            .map(|s| after_last_verb(text, tokens, s))
    } else if let Some(speaker) = inverted_after_comma(text, tokens, last) {
        // "The car had been there for two weeks, said Greg Trevor, a
        // spokesman": the speaker follows, as after a quotation.
        Some(speaker)
    } else {
        // "Lydia Buchtmann for Food Standards, says": the subject is before
        // the comma; "K.C. Maurer, chief financial officer and treasurer at
        // the foundation, said": before all the asides, where the sentence
        // starts with a name.
        leading_name(text, tokens, first - 1).or_else(|| {
            before(text, tokens, first - 1).map(|span| apposition_head(text, tokens, span))
        })
    }
}

/// "CNN cited two officials as saying": the subject of "cited" or "quoted"
/// speaks, citing the `cited` phrase. "CNN, meanwhile, cited": the subject
/// stands before the aside.
fn citing_subject(
    text: &str,
    tokens: &[Token],
    first: usize,
    prev: Option<&str>,
    cited: (usize, usize),
) -> Option<Source> {
    let subject = if prev == Some(",") {
        before(text, tokens, first - 1).map(|s| apposition_head(text, tokens, s))
    } else {
        before(text, tokens, first)
    };
    let subject = subject
        .and_then(|s| trim_punct(tokens, s))
        .and_then(|s| trim_time(tokens, s))?;
    let mut main = span_source(text, tokens, subject);
    main.via.push(span_source(text, tokens, cited));
    Some(main)
}

/// "U.S. officials told the Post": officials who speak to an outlet rather
/// than for their body are unnamed (news-gold convention), while "Pentagon
/// officials said" speaks for the Pentagon.
fn told_an_outlet(
    text: &str,
    tokens: &[Token],
    span: (usize, usize),
    verb: &str,
    after_verb: usize,
) -> bool {
    let plural_officials = tokens[span.1 - 1].norm == "officials";
    let outlet = tokens[after_verb..]
        .iter()
        .take(2)
        .find(|t| t.norm != "the")
        .is_some_and(|t| {
            t.kind == TokenKind::Word && text[t.start..].starts_with(char::is_uppercase)
        });
    verb == "told" && span.1 <= after_verb && plural_officials && outlet
}

/// Whether the verb at token `at` comes right after a quotation: a closing
/// quote, or a comma or stop and then one ("…,” said").
fn follows_quote(text: &str, tokens: &[Token], at: usize) -> bool {
    let closes = |i: usize| {
        matches!(tokens[i].norm.as_str(), "\"" | "”" | "'" | "’")
            && !text[..tokens[i].start].ends_with(char::is_whitespace)
    };
    (at >= 1 && closes(at - 1))
        || (at >= 2 && closes(at - 2) && matches!(tokens[at - 1].norm.as_str(), "," | "."))
}

/// The speaker named after the verb that follows a quotation: "…,” said
/// Bolden to the crowd which …" → "Bolden". The phrase stops at a preposition
/// that starts what the speaker did; it counts only if it ends there, at a
/// clause break or with the sentence: in "…,” said the boy was welcome" the
/// words are what was said.
fn after_quote(text: &str, tokens: &[Token], at: usize) -> Option<(usize, usize)> {
    let (start, end) = after(text, tokens, at)?;
    let cut = tokens[start..end]
        .iter()
        .position(|t| {
            matches!(
                t.norm.as_str(),
                "to" | "at" | "on" | "during" | "in" | "before" | "after"
            )
        })
        .map(|p| start + p);
    match cut {
        Some(c) if c > start => Some((start, c)),
        Some(_) => None,
        None => {
            let ends = ends_clause(text, tokens, end)
                || tokens.get(end).is_some_and(|t| is_break(text, t));
            ends.then_some((start, end))
        }
    }
}

/// Whether the phrase ending at token `end` ends its clause: the sentence
/// ends, or punctuation follows.
fn ends_clause(text: &str, tokens: &[Token], end: usize) -> bool {
    tokens
        .get(end)
        .is_none_or(|t| t.kind == TokenKind::Punct && is_break(text, t))
}

/// After ", said": a capitalised speaker that ends the clause ("…, said
/// Greg Trevor, a spokesman for the Port Authority").
fn inverted_after_comma(text: &str, tokens: &[Token], last: usize) -> Option<(usize, usize)> {
    // Only a verb of saying inverts: in "…, told LA Weekly it was closed"
    // the capitalised words are whom it was told to.
    let verb = tokens.get(last.checked_sub(1)?)?;
    if !matches!(
        verb.norm.as_str(),
        "said" | "says" | "added" | "noted" | "wrote" | "explained" | "continued" | "stated"
    ) {
        return None;
    }
    // A name alone up to the clause's end: in "…, said Ritter would not
    // try" the capital starts what was said.
    let (start, end) = after(text, tokens, last)?;
    let phrase = &tokens[start..end];
    // "…," Khaled Al-Maeena, editor at large, said.": only the full stop
    // follows, and the speaker stands before the verb.
    let words = phrase.iter().any(|t| t.kind != TokenKind::Punct);
    let name = words
        && phrase
            .iter()
            .all(|t| t.kind == TokenKind::Punct || text[t.start..].starts_with(char::is_uppercase));
    ((name || is_generic_phrase(text, phrase)) && ends_clause(text, tokens, end))
        .then_some((start, end))
}

/// Most tokens of an unnamed speaker after an inverted verb ("…, said a
/// senior Western diplomat").
const MAX_GENERIC_SPEAKER: usize = 6;

/// A short phrase that opens with a determiner and ends in a generic source
/// noun: "a spokesman", "two Western diplomats", "the official". After ",
/// said" it is who spoke, as a name would be.
fn is_generic_phrase(text: &str, phrase: &[Token]) -> bool {
    let w = words();
    let opens = phrase.first().is_some_and(|t| {
        t.norm == "the" || w.indefinite.contains(&t.norm) || t.kind == TokenKind::Number
    });
    // The sentence's full stop ends the phrase after() returns.
    let last_word = phrase.iter().rev().find(|t| t.kind != TokenKind::Punct);
    opens && phrase.len() <= MAX_GENERIC_SPEAKER && last_word.is_some_and(|t| is_generic(text, t))
}

/// Most tokens of the asides between a sentence-opening name and its verb.
const MAX_ASIDE_TOKENS: usize = 40;

/// Most tokens of a sentence-opening name before its asides.
const MAX_LEADING_NAME: usize = 6;

/// The name that opens the sentence, when the verb at `comma + 1` follows
/// asides set off by commas from it: "Cynthia Thompson, curator … at the
/// University of Arkansas, Fayetteville, said" → "Cynthia Thompson". The
/// opening chunk must be short, capitalised and not a circumstance, and it
/// must be the sentence's subject: between it and the verb stand only words,
/// commas, full stops of abbreviations and the joiners of names.
fn leading_name(text: &str, tokens: &[Token], comma: usize) -> Option<(usize, usize)> {
    // Only the sentence's first words can be its opening name, and only a
    // bounded run of asides can follow it: scanning from every comma to the
    // start was quadratic on a sentence of thousands of ", said".
    let first_comma = tokens[..comma.min(MAX_LEADING_NAME + 1)]
        .iter()
        .position(|t| t.norm == ",")?;
    if comma - first_comma > MAX_ASIDE_TOKENS {
        return None;
    }
    let lead = &tokens[..first_comma];
    let opens_with_name = !lead.is_empty()
        && lead.len() <= MAX_LEADING_NAME
        && text[lead[0].start..].starts_with(char::is_uppercase)
        && !words().circumstances.contains(&lead[0].norm);
    // Asides hold figures too: "which offered C$942 million (US$801.2
    // million), or C$37 a share", "a 12.5% stake"; a quotation or a
    // semicolon is no aside.
    let asides_only = tokens[first_comma..comma].iter().all(|t| {
        t.kind != TokenKind::Punct
            || matches!(
                t.norm.as_str(),
                "," | "." | "'" | "’" | "-" | "&" | "%" | "$" | "(" | ")" | "€" | "£" | "/"
            )
    });
    if !(opens_with_name && asides_only) {
        return None;
    }
    // "South Korean Defense Minister, Kim Yong Hyun, hinted": a title, then
    // the name as its first aside; the name is the source.
    let aside_end = tokens[first_comma + 1..comma]
        .iter()
        .position(|t| t.norm == ",")
        .map_or(comma, |i| first_comma + 1 + i);
    let aside = &tokens[first_comma + 1..aside_end];
    let a_name = !aside.is_empty()
        && aside
            .iter()
            .all(|t| text[t.start..].starts_with(char::is_uppercase));
    Some(if a_name {
        (first_comma + 1, aside_end)
    } else {
        (0, first_comma)
    })
}

/// For a phrase right after a comma, the name before the apposition it ends:
/// "Steve Whitmore, a representative for the office," → "Steve Whitmore".
fn apposition_head(text: &str, tokens: &[Token], span: (usize, usize)) -> (usize, usize) {
    let (start, end) = span;
    // `before` already went back over a relative clause to what "who"
    // stands for ("a source, who requested anonymity, reported").
    let relative = |i: usize| tokens.get(i).is_some_and(|t| t.norm == "who");
    if relative(end) || (tokens.get(end).is_some_and(|t| t.norm == ",") && relative(end + 1)) {
        return span;
    }
    // ", who requested anonymity …, reported": the relative clause is an
    // aside too; the subject stands before its comma.
    if start >= 3
        && matches!(tokens[start - 1].norm.as_str(), "who" | "which")
        && tokens[start - 2].norm == ","
    {
        return before(text, tokens, start - 2).unwrap_or(span);
    }
    if start < 2 || tokens[start - 1].norm != "," {
        return span;
    }
    match before(text, tokens, start - 1) {
        // "A spokesman for Ukrainian forces, Lt. Col. Andriy Movchan, said":
        // the aside is the name the description before it stands for.
        Some(desc) if is_a_name(text, &tokens[start..end]) && is_description(&tokens[desc.0]) => {
            span
        }
        Some(name) if text[tokens[name.0].start..].starts_with(char::is_uppercase) => name,
        _ => span,
    }
}

/// Whether every word of a phrase is capitalised ("Lt. Col. Andriy Movchan").
fn is_a_name(text: &str, phrase: &[Token]) -> bool {
    phrase.iter().any(|t| t.kind == TokenKind::Word)
        && phrase
            .iter()
            .all(|t| t.kind == TokenKind::Punct || text[t.start..].starts_with(char::is_uppercase))
}

/// Whether a phrase that opens with `first` describes someone rather than
/// names them: it opens with an article or an indefinite word ("A
/// spokesman for …", "the head of …").
fn is_description(first: &Token) -> bool {
    first.norm == "the" || words().indefinite.contains(&first.norm)
}

/// Attribution cues that are nouns: they report a claim but no speaker
/// stands before them ("the allegations", "conflicting accounts").
fn is_noun_cue(head: &str) -> bool {
    matches!(
        head,
        "allegation" | "allegations" | "accounts" | "so-called"
    )
}

/// Whether a phrase found before a verb can be its subject: it does not end
/// in a determiner, a preposition, an adverb or a verb form ("the recently
/// reported", "Peskov dismissed reports" are not subjects of "reported").
fn ends_like_a_subject(text: &str, tokens: &[Token], (_, end): (usize, usize)) -> bool {
    let last = &tokens[end - 1];
    let w = last.norm.as_str();
    let capitalised = text[last.start..].starts_with(char::is_uppercase);
    let function_word = matches!(
        w,
        "the"
            | "a"
            | "an"
            | "of"
            | "to"
            | "in"
            | "on"
            | "at"
            | "for"
            | "with"
            | "by"
            | "from"
            | "this"
            | "these"
            | "those"
            | "its"
            | "his"
            | "her"
            | "their"
            | "have"
            | "has"
            | "had"
    );
    let number = last.kind == TokenKind::Number;
    capitalised
        || !(number
            || function_word
            || w.ends_with("ly")
            || w.ends_with("ed")
            || w.ends_with("ing"))
}

/// The end of a phrase after its last past-tense verb: in "a report
/// mentioned an unnamed source stating", the one stating is the source.
/// "-ed" words after a determiner ("the alleged") or that are adjectives of
/// sourcing ("unnamed") belong to the phrase.
fn after_last_verb(text: &str, tokens: &[Token], (start, end): (usize, usize)) -> (usize, usize) {
    let w = words();
    let verb = (start + 1..end).rev().find(|&i| {
        let t = &tokens[i];
        let determiner = matches!(
            tokens[i - 1].norm.as_str(),
            "the" | "a" | "an" | "its" | "his" | "her" | "their" | "this" | "these" | "those"
        );
        // "two people briefed on the talks": a participle after a person
        // noun describes the speaker; after a document ("a report
        // mentioned") it is the verb.
        let of_person =
            w.generic.contains(&tokens[i - 1].norm) && !w.documents.contains(&tokens[i - 1].norm);
        let verb = t.norm.ends_with("ed")
            && text[t.start..].starts_with(char::is_lowercase)
            && !determiner
            && !of_person
            && !w.indefinite.contains(&t.norm);
        // "comes after months of allegations saying": the time is no speaker.
        let time = matches!(
            t.norm.as_str(),
            "after" | "before" | "since" | "amid" | "despite" | "following"
        );
        verb || time
    });
    match verb {
        Some(v) if v + 1 < end => (v + 1, end),
        _ => (start, end),
    }
}

/// The span without what the speaker was doing: "the defense minister in a
/// briefing with political leaders" names the defense minister.
fn cut_circumstance(tokens: &[Token], (start, end): (usize, usize)) -> (usize, usize) {
    let cut = (start + 1..end).find(|&i| {
        let next = tokens.get(i + 1).map(|t| t.norm.as_str());
        match tokens[i].norm.as_str() {
            "during" => true,
            "in" | "at" => matches!(next, Some("a" | "an" | "its" | "his" | "her" | "their")),
            _ => false,
        }
    });
    (start, cut.unwrap_or(end))
}

/// Whether a source phrase names several people: its last word is a plural
/// of the generic nouns ("officials", "anonymous posters").
pub fn is_plural(phrase: &str) -> bool {
    let last = phrase
        .split_whitespace()
        .last()
        .unwrap_or("")
        .to_lowercase();
    last.ends_with('s') && words().generic.contains(&last)
}

/// The last name in `text[range]`: a run of two or more capitalised words
/// (hyphens and initials joined: "Kim Yong-hyun", "K.C. Maurer") that is
/// not a date; a sentence's first word counts unless it is one of the
/// `initial-caps` ("The", "Yesterday") that are capitalised only there. For a "He said" with no source
/// in reach: "…made by Seoul's defense minister Kim Yong-hyun on Tuesday. He
/// described…" points at Kim Yong-hyun. Byte range into `text`.
pub fn last_name(text: &str, range: std::ops::Range<usize>) -> Option<std::ops::Range<usize>> {
    let sentence = &text[range.clone()];
    let tokens = tokenize(sentence);
    let capital = |t: &Token| t.is_word() && sentence[t.start..].starts_with(char::is_uppercase);
    let joiner = |i: usize| {
        let t = &tokens[i];
        matches!(t.norm.as_str(), "-" | ".")
            && i > 0
            && tokens[i - 1].end == t.start
            && tokens
                .get(i + 1)
                .is_some_and(|n| n.start == t.end && n.is_word())
    };
    let date = |t: &Token| {
        crate::kind::WEEKDAYS.contains(&t.norm.as_str())
            || crate::kind::MONTHS.contains(&t.norm.as_str())
    };
    let mut found = None;
    let mut i = match tokens.first() {
        Some(first) if words().initial_caps.contains(&first.norm) => 1,
        _ => 0,
    };
    while i < tokens.len() {
        if !capital(&tokens[i]) || date(&tokens[i]) {
            i += 1;
            continue;
        }
        let start = i;
        let mut name_words = 0;
        while i < tokens.len() && ((capital(&tokens[i]) && !date(&tokens[i])) || joiner(i)) {
            if tokens[i].is_word() && !joiner(i) {
                name_words += 1;
            }
            i += 1;
        }
        // One before "'s" names the owner, not a person who speaks.
        // What follows a person's name: punctuation, a preposition, a verb
        // of saying; "North Korean officers" is a modifier, not a name.
        let person = tokens.get(i).is_none_or(|t| {
            t.kind == TokenKind::Punct && t.norm != "'s" || words().name_followers.contains(&t.norm)
        });
        if name_words >= 2 && person {
            found = Some(range.start + tokens[start].start..range.start + tokens[i - 1].end);
        }
    }
    found
}

/// Whether a source phrase names a body rather than a person ("The South
/// Korean government"): a "he" after it points at someone else.
pub fn is_body(phrase: &str) -> bool {
    phrase
        .rsplit(' ')
        .next()
        .is_some_and(|w| words().body_nouns.contains(&w.to_lowercase()))
}

/// The body that opens the sentence, for an "it" or "they" later in the
/// same sentence: "The South Korean government this week has made a bold
/// accusation - it says…". Byte range into `text`.
pub fn opening_body(text: &str, range: std::ops::Range<usize>) -> Option<std::ops::Range<usize>> {
    let sentence = &text[range.clone()];
    let tokens = tokenize(sentence);
    let mut end = usize::from(tokens.first()?.norm == "the");
    let capitals_from = end;
    while tokens
        .get(end)
        .is_some_and(|t| t.is_word() && sentence[t.start..].starts_with(char::is_uppercase))
    {
        end += 1;
    }
    if end == capitals_from {
        return None;
    }
    if tokens
        .get(end)
        .is_some_and(|t| words().body_nouns.contains(&t.norm))
    {
        end += 1;
    } else if end - capitals_from < 2 {
        return None;
    }
    Some(range.start + tokens[0].start..range.start + tokens[end - 1].end)
}

/// Whether a source phrase is a lone pronoun ("he", "They"), which points
/// back to a source named earlier.
pub fn is_pronoun(phrase: &str) -> bool {
    let lower = phrase.to_lowercase();
    words().pronouns.contains(&lower)
}

/// The span without punctuation at either end (a final full stop, a quote).
fn trim_punct(tokens: &[Token], (mut start, mut end): (usize, usize)) -> Option<(usize, usize)> {
    // A leading conjunction joins the sentence to the one before; it is not
    // part of who speaks ("But Odinga's campaign said").
    while start < end
        && (tokens[start].kind == TokenKind::Punct
            || (end - start > 1
                && matches!(tokens[start].norm.as_str(), "but" | "and" | "yet" | "so")))
    {
        start += 1;
    }
    while end > start && tokens[end - 1].kind == TokenKind::Punct {
        end -= 1;
    }
    (end > start).then_some((start, end))
}

fn span_source(text: &str, tokens: &[Token], span: (usize, usize)) -> Source {
    Source::new(
        tokens[span.0].start..tokens[span.1 - 1].end,
        is_named(text, &tokens[span.0..span.1]),
    )
}

/// The span without a time at its end or a duration at its start: "a Yemeni
/// official last week", "Kim on Monday", "months of US allegations" name the
/// official, Kim and the allegations.
fn trim_time(tokens: &[Token], (mut start, mut end): (usize, usize)) -> Option<(usize, usize)> {
    // "months of official US allegations": how long, not who.
    if end - start > 2
        && matches!(
            tokens[start].norm.as_str(),
            "hours" | "days" | "weeks" | "months" | "years" | "decades"
        )
        && tokens[start + 1].norm == "of"
    {
        start += 2;
    }
    let is_day = |w: &str| {
        crate::kind::WEEKDAYS.contains(&w) || matches!(w, "today" | "yesterday" | "tonight")
    };
    loop {
        let last = tokens[end - 1].norm.as_str();
        let before = |n: usize| (end > start + n).then(|| tokens[end - 1 - n].norm.as_str());
        let cut = if is_day(last) {
            match before(1) {
                Some("on" | "late" | "early" | "last" | "this") => 2,
                _ => 1,
            }
        } else if matches!(last, "week" | "month" | "year" | "weekend" | "night")
            && matches!(
                before(1),
                Some("last" | "this" | "next" | "earlier" | "later")
            )
        {
            2
        } else {
            0
        };
        if cut == 0 || end - cut <= start {
            break;
        }
        end -= cut;
    }
    (end > start).then_some((start, end))
}

/// The phrase right before token `at`, back to a clause break.
fn before(text: &str, tokens: &[Token], at: usize) -> Option<(usize, usize)> {
    let start = phrase_start(text, tokens, at);
    if let Some(decided) = relative_or_shared_subject(text, tokens, start, at) {
        return decided;
    }
    // Auxiliaries and adverbs between the subject and the verb ("have
    // asserted", "also said") are not the source.
    let mut end = at;
    while end > start
        && words()
            .between_subject_and_verb
            .contains(&tokens[end - 1].norm)
    {
        end -= 1;
    }
    (end > start).then_some((start, end))
}

/// Where the phrase that ends at token `at` starts: back to a clause break,
/// at most [`MAX_SOURCE_TOKENS`] tokens.
fn phrase_start(text: &str, tokens: &[Token], at: usize) -> usize {
    // "The Globe and Mail", "Johnson & Johnson": "and" between capitals
    // joins one name.
    let joins = |i: usize| {
        let capital = |t: &Token| text[t.start..].starts_with(char::is_uppercase);
        matches!(tokens[i].norm.as_str(), "and" | "or")
            && i > 0
            && capital(&tokens[i - 1])
            && tokens.get(i + 1).is_some_and(capital)
    };
    let mut start = at;
    while start > 0
        && at - start < MAX_SOURCE_TOKENS
        && (!is_break(text, &tokens[start - 1]) || joins(start - 1))
    {
        start -= 1;
    }
    start
}

/// The speaker when the phrase before a verb of saying (tokens `start..at`)
/// is cut short by a relative pronoun or a second verb, if a rule decides:
/// "residents who saw the blast said" (the residents), "Compaq, which said"
/// (Compaq), "President Bush denounced the policy and said" (the subject that
/// opens the sentence). `None` leaves the phrase to the caller.
fn relative_or_shared_subject(
    text: &str,
    tokens: &[Token],
    start: usize,
    at: usize,
) -> Option<Option<(usize, usize)>> {
    let before_start = |word: &str| start >= 2 && tokens[start - 1].norm == word;
    // A head of other words ("an engineer at the plant, who asked not to be
    // named") is left to the apposition rule.
    if before_start("who") {
        if let Some(head) = relative_head(text, tokens, start - 1) {
            return Some(Some(head));
        }
    }
    // "which" as an object ("which scientists say") is no speaker.
    if start == at && before_start("which") && start >= 3 && tokens[start - 2].norm == "," {
        return Some(relative_head(text, tokens, start - 1));
    }
    if start == at && (before_start("and") || before_start("but")) {
        return Some(opening_name(text, &tokens[..at - 1]));
    }
    None
}

/// The name that opens a clause and is its subject: capitalised words, with
/// "The" before them, followed by a lowercase word ("President Bush today
/// denounced", "The Kremlin rejected").
fn opening_name(text: &str, tokens: &[Token]) -> Option<(usize, usize)> {
    let from = usize::from(tokens.first()?.norm == "the");
    let end = from
        + tokens[from..]
            .iter()
            .take(MAX_LEADING_NAME + 1)
            .position(|t| !is_name_word(text, t))?;
    let subject = end > from
        && tokens[end].kind == TokenKind::Word
        && text[tokens[end].start..].starts_with(char::is_lowercase)
        && !words().circumstances.contains(&tokens[0].norm);
    subject.then_some((0, end))
}

/// The words "who" at `who` stands for, who then say so: "residents" in
/// "residents who saw the blast said", "users" in "faced lawsuits from users
/// who claimed". Only names, generic nouns and their indefinite words: the
/// verb of the clause before is no part of the speaker ("William Bradford,
/// who … noted" is Bradford).
fn relative_head(text: &str, tokens: &[Token], who: usize) -> Option<(usize, usize)> {
    let w = words();
    // "William Bradford, who in a letter noted", "a Ukrainian military
    // intelligence source, who requested anonymity, reported": an aside's
    // comma; the whole phrase before it speaks.
    // Only the phrase itself, not `before`'s rules again: a chain of
    // "…, who …, who said" would recurse once per "who" (quadratic, and a
    // stack overflow on a long one).
    if who >= 2 && tokens[who - 1].norm == "," {
        let start = phrase_start(text, tokens, who - 1);
        return (start < who - 1).then(|| after_last_verb(text, tokens, (start, who - 1)));
    }
    let end = who;
    let mut start = end;
    while start > 0
        && end - start < MAX_SOURCE_TOKENS
        && (is_name_word(text, &tokens[start - 1])
            || w.generic.contains(&tokens[start - 1].norm)
            || w.indefinite.contains(&tokens[start - 1].norm))
    {
        start -= 1;
    }
    // "a man who saw the blast said": any noun after an article.
    let article = |i: usize| tokens[i].norm == "the" || w.indefinite.contains(&tokens[i].norm);
    if start == end && who >= 2 && tokens[who - 1].kind == TokenKind::Word && article(who - 2) {
        start = who - 2;
    }
    (start < end).then_some((start, end))
}

/// The phrase right after token `at`, to a clause break.
fn after(text: &str, tokens: &[Token], at: usize) -> Option<(usize, usize)> {
    // "South Korean and Ukrainian officials": "and" before a capital joins.
    let joins = |i: usize| {
        matches!(tokens[i].norm.as_str(), "and" | "or")
            && tokens
                .get(i + 1)
                .is_some_and(|t| text[t.start..].starts_with(char::is_uppercase))
    };
    // "cited two officials as saying": the phrase ends before what they said.
    let says = |i: usize| matches!(tokens[i].norm.as_str(), "saying" | "stating" | "claiming");
    let mut end = at;
    while end < tokens.len()
        && end - at < MAX_SOURCE_TOKENS
        && (!is_break(text, &tokens[end]) || joins(end))
        && !says(end)
    {
        end += 1;
    }
    (end > at).then_some((at, end))
}

/// Whether the phrase names who speaks.
fn is_named(text: &str, phrase: &[Token]) -> bool {
    let w = words();
    if phrase.len() == 1 && w.pronouns.contains(&phrase[0].norm) {
        return true;
    }
    // "one said", "others say", "some of them said": nobody the text names.
    if phrase
        .iter()
        .all(|t| w.indefinite.contains(&t.norm) || w.nobody_in_particular.contains(&t.norm))
    {
        return false;
    }
    if is_someone_unnamed(text, phrase) {
        return false;
    }
    if phrase.iter().any(|t| w.anonymity.contains(&t.norm)) {
        return false;
    }
    // "Official figures", "official data": the adjective, not an official;
    // but "an official familiar with the talks" is one.
    let adjective = |i: usize| {
        phrase[i].norm == "official"
            && phrase.get(i + 1).is_some_and(|n| {
                n.kind == TokenKind::Word && !w.official_noun_next.contains(&n.norm)
            })
    };
    let generic = (0..phrase.len())
        .rev()
        .find(|&i| is_generic(text, &phrase[i]) && !adjective(i));
    match generic {
        // No generic noun: a name, a title or a body ("Kim", "the ministry").
        None => true,
        Some(head) => generic_is_named(text, phrase, head),
    }
}

/// "one microbiologist who reviewed the paper", "a man who saw it": an
/// indefinite person with no name anywhere in the phrase, whatever the trade.
/// Not "an example" or "other cosmetic products", which are no one.
fn is_someone_unnamed(text: &str, phrase: &[Token]) -> bool {
    let w = words();
    let opens = phrase
        .first()
        .is_some_and(|t| w.indefinite.contains(&t.norm));
    if !opens {
        return false;
    }
    let capitalised =
        |t: &Token| t.kind == TokenKind::Word && text[t.start..].starts_with(char::is_uppercase);
    let head = phrase[1..]
        .iter()
        .take_while(|t| t.kind == TokenKind::Word && !w.breaks.contains(&t.norm))
        .take_while(|t| {
            !matches!(
                t.norm.as_str(),
                "of" | "for" | "at" | "with" | "from" | "in"
            )
        })
        .last();
    let a_person = head.is_some_and(|t| {
        let noun = t.norm.trim_end_matches('s');
        w.person_endings.iter().any(|e| noun.ends_with(e.as_str()))
            && !w.nobody_in_particular.contains(&t.norm)
            && !w.not_trades.contains(&t.norm)
    });
    a_person && !phrase[1..].iter().any(capitalised)
}

/// Whether `t` is a generic source noun ("officials", "a source"). "Post" in
/// "Washington Post" is a name, not a post; a sentence's first word is
/// capitalised either way ("Officials said").
fn is_generic(text: &str, t: &Token) -> bool {
    let sentence_start = !text[..t.start].contains(char::is_alphanumeric);
    words().generic.contains(&t.norm)
        && (sentence_start || text[t.start..].starts_with(char::is_lowercase))
}

/// A generic noun for one person ("official", "spokesman"), not a group
/// ("officials") or a document ("report", "survey").
fn is_person_singular(norm: &str) -> bool {
    !norm.ends_with('s') && !words().not_persons.iter().any(|w| w == norm)
}

/// How far before a generic noun a named body may stand ("U.S. military
/// officials", "South Korean defence officials").
const MAX_BODY_DISTANCE: usize = 3;

/// A capitalised word that is not a determiner: a name or a body. A
/// sentence's first word counts too ("Pentagon officials said").
fn is_name_word(text: &str, t: &Token) -> bool {
    let w = words();
    t.kind == TokenKind::Word
        && text[t.start..].starts_with(char::is_uppercase)
        && !w.not_names.contains(&t.norm)
        && !w.indefinite.contains(&t.norm)
        && !w.pronouns.contains(&t.norm)
}

/// Whether a name follows a generic noun and identifies it ("a spokesman,
/// Tom Lee"); after a preposition a name is a body's or a place's, not the
/// person's ("an official of the Pentagon", "a spokesman for Seagram", "an
/// official in Baghdad").
fn names_after(text: &str, after: &[Token]) -> bool {
    after
        .iter()
        .take_while(|t| {
            !matches!(
                t.norm.as_str(),
                "of" | "with" | "from" | "for" | "in" | "at" | "on" | "to" | "by"
            )
        })
        .any(|t| is_name_word(text, t))
}

/// Whether a phrase whose head is the generic noun at `head` names its
/// source: by a name after it, a publisher before a document, a definite
/// article or a named body before it.
fn generic_is_named(text: &str, phrase: &[Token], head: usize) -> bool {
    let w = words();
    if names_after(text, &phrase[head + 1..]) {
        return true;
    }
    let before = &phrase[..head];
    // "a Washington Post report", "a Kremlin letter": a document is named by
    // whoever published it.
    let document = matches!(
        phrase[head].norm.as_str(),
        "report" | "reports" | "letter" | "document" | "memo" | "statement" | "article"
    );
    if document && before.iter().skip(1).any(|t| is_name_word(text, t)) {
        return true;
    }
    let indefinite = before
        .iter()
        .any(|t| w.indefinite.contains(&t.norm) || t.kind == TokenKind::Number);
    if indefinite {
        return false;
    }
    // "The official said", "the source added", "its spokesman": one person
    // the text refers back to without a name, which news copy does only for
    // someone it never named (named people come back by surname).
    if is_person_singular(&phrase[head].norm) {
        return false;
    }
    // "the researchers", "these officials": someone the text has named.
    let definite = before.iter().any(|t| {
        matches!(
            t.norm.as_str(),
            "the" | "these" | "those" | "its" | "his" | "her" | "their"
        )
    });
    // "Pentagon officials", "U.S. officials": a named body's officials; but
    // "Russian bloggers" belong to no body.
    // The body must modify the noun: "Based on physical evidence officials"
    // has a capital only because "Based" opens the sentence, and a
    // preposition between them ends the noun phrase.
    let modifiers = before.iter().rev().take(MAX_BODY_DISTANCE).take_while(|t| {
        !matches!(
            t.norm.as_str(),
            "on" | "of" | "in" | "at" | "for" | "by" | "with" | "from" | "after" | "before"
        )
    });
    let body = !w.collective.contains(&phrase[head].norm)
        && modifiers.into_iter().any(|t| is_name_word(text, t));
    definite || body
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::detect::detect;
    use crate::tokenize::tokenize;

    fn source(text: &str) -> Option<(String, bool)> {
        let s = find(text, &tokenize(text), &detect(text))?;
        Some((text[s.start..s.end].to_string(), s.named))
    }

    #[test]
    fn named_firms_and_others() {
        assert_eq!(
            source("Sun, Hewlett-Packard and others say Intel is not to blame."),
            Some(("Sun, Hewlett-Packard and others".into(), true))
        );
        assert_eq!(
            source("Others say Intel is not to blame."),
            Some(("Others".into(), false))
        );
    }

    #[test]
    fn named_people_and_bodies() {
        assert_eq!(
            source("Seoul's defence minister Kim Yong-hyun said troops died."),
            Some(("Seoul's defence minister Kim Yong-hyun".into(), true))
        );
        assert_eq!(
            source("According to the Pentagon, troops died."),
            Some(("the Pentagon".into(), true))
        );
        assert_eq!(
            source("Pentagon officials said troops died."),
            Some(("Pentagon officials".into(), true))
        );
        assert_eq!(
            source("\"Troops died,\" said Interfax-Ukraine."),
            Some(("Interfax-Ukraine".into(), true))
        );
        assert_eq!(source("He said troops died."), Some(("He".into(), true)));
        // "and" inside a name.
        assert_eq!(
            source("Matthew Ingram of The Globe and Mail dubbed the conflict a war."),
            Some(("Matthew Ingram of The Globe and Mail".into(), true))
        );
    }

    #[test]
    fn named_sources_past_asides_circumstances_and_dashes() {
        assert_eq!(
            source("Institut Merieux, which offered C$942 million (US$801.2 million), or C$37 a share, said it would extend its bid."),
            Some(("Institut Merieux".into(), true))
        );
        assert_eq!(
            source("Institut Merieux, which already holds a 12.5% stake in Connaught, said shares were tendered."),
            Some(("Institut Merieux".into(), true))
        );
        // Asides between the name and the verb.
        assert_eq!(
            source("Cynthia Thompson, curator and director of exhibits at the University of Arkansas, Fayetteville, said the prints matter."),
            Some(("Cynthia Thompson".into(), true))
        );
        assert_eq!(
            source("Mr. Drabinsky, who would have had the right to vote those shares, said the purchase was aimed at control."),
            Some(("Mr. Drabinsky".into(), true))
        );
        assert_eq!(
            source("The car had been in the lot for two weeks, said Greg Trevor, a spokesman for the Port Authority."),
            Some(("Greg Trevor".into(), true))
        );
        // A circumstance first: the subject is the phrase before the verb.
        assert_eq!(
            source("An Iraqi official, speaking on condition of anonymity, said Ritter would not try to visit."),
            Some(("An Iraqi official".into(), false))
        );
        assert_eq!(
            source("South Korean Defense Minister, Kim Yong Hyun, said troops died."),
            Some(("Kim Yong Hyun".into(), true))
        );
        assert_eq!(
            source("The defense minister in a briefing with South Korean political leaders said troops died."),
            Some(("The defense minister".into(), true))
        );
        assert_eq!(
            source("In Washington, the defence minister said troops died."),
            Some(("the defence minister".into(), true))
        );
        // A leading conjunction is not part of the source.
        assert_eq!(
            source("But Odinga's campaign said it had evidence."),
            Some(("Odinga's campaign".into(), true))
        );
        // A spaced hyphen is a dash, not part of a name.
        assert_eq!(
            source("Seoul made a bold accusation - it says troops died."),
            Some(("it".into(), true))
        );
    }

    #[test]
    fn unnamed_individuals_and_collectives() {
        for (text, who) in [
            // A title the text never gives a name to, and one of a body or a place.
            ("The official said the talks would resume.", "The official"),
            ("\"No troops,\" the source said.", "the source"),
            (
                "A spokesman for Seagram, the Montreal concern, said profits rose.",
                "A spokesman for Seagram",
            ),
            (
                "According to a senior official familiar with the talks, they failed.",
                "a senior official familiar with the talks",
            ),
            (
                "Food was available, said a spokesman, who was not identified.",
                "a spokesman",
            ),
            (
                "Dealers said the turnover reflected the close of the account.",
                "Dealers",
            ),
            (
                "A senior dealer with Warburg Securities noted British Gas fell.",
                "A senior dealer with Warburg Securities",
            ),
            ("Two U.S. officials said troops died.", "Two U.S. officials"),
            ("Officials said the convoy crossed.", "Officials"),
            ("Almost half are deficient, researchers say.", "researchers"),
            (
                "A Kremlin spokesperson said it was false.",
                "A Kremlin spokesperson",
            ),
            (
                "\"It was a tool,\" said the post by an unknown author.",
                "the post by an unknown author",
            ),
            (
                "Some individuals reported that the site was down.",
                "Some individuals",
            ),
        ] {
            assert_eq!(source(text), Some((who.to_string(), false)), "{text}");
        }
    }

    #[test]
    fn a_source_that_cites_another() {
        let text = "Interfax-Ukraine reported, citing sources in military intelligence, that six officers died.";
        let s = find(text, &tokenize(text), &detect(text)).unwrap();
        assert_eq!((&text[s.start..s.end], s.named), ("Interfax-Ukraine", true));
        assert_eq!(s.via.len(), 1);
        assert_eq!(
            &text[s.via[0].start..s.via[0].end],
            "sources in military intelligence"
        );
        assert!(!s.via[0].named);
    }

    #[test]
    fn a_subject_that_cites_and_a_time_that_is_no_source() {
        let text = "CNN, meanwhile, cited two Yemeni officials as saying he died.";
        let s = find(text, &tokenize(text), &detect(text)).unwrap();
        assert_eq!((&text[s.start..s.end], s.named), ("CNN", true));
        assert_eq!(&text[s.via[0].start..s.via[0].end], "two Yemeni officials");
        assert!(!s.via[0].named);
        for (text, who) in [
            (
                "A Yemeni official last week told AFP it happened.",
                "A Yemeni official",
            ),
            ("Kim on Monday said troops left.", "Kim"),
            ("The ministry said on Tuesday troops left.", "The ministry"),
            (
                "Official figures show unemployment rose.",
                "Official figures",
            ),
            (
                "It comes after months of official US allegations saying arms were sent.",
                "official US allegations",
            ),
        ] {
            assert_eq!(source(text).map(|(t, _)| t).as_deref(), Some(who), "{text}");
        }
    }

    /// The five reports' harder sentences, reduced to their pattern.
    #[test]
    fn chains_asides_and_nouns_that_name_no_speaker() {
        let chain = |text: &str| {
            let s = find(text, &tokenize(text), &detect(text)).unwrap();
            let via: Vec<String> = s
                .via
                .iter()
                .map(|v| text[v.start..v.end].to_string())
                .collect();
            (text[s.start..s.end].to_string(), via)
        };
        assert_eq!(
            chain("Citing sources in military intelligence, Interfax-Ukraine said three men died."),
            (
                "Interfax-Ukraine".into(),
                vec!["sources in military intelligence".into()]
            )
        );
        assert_eq!(
            chain("According to the report, a source, who requested anonymity, reported it."),
            ("the report".into(), vec!["a source".into()])
        );
        assert_eq!(
            chain("A Washington Post article quoted a Ukrainian official saying it was so."),
            (
                "A Washington Post article".into(),
                vec!["a Ukrainian official".into()]
            )
        );
        for (text, who) in [
            (
                "According to South Korean and Ukrainian officials, troops left.",
                Some("South Korean and Ukrainian officials"),
            ),
            (
                "The defense minister in a briefing with leaders said troops left.",
                Some("The defense minister"),
            ),
            (
                "A report mentioned an unnamed Ukrainian source stating that troops left.",
                Some("an unnamed Ukrainian source"),
            ),
            ("The two countries have denied the allegations.", None),
            ("Peskov called the recently reported deaths a hoax.", None),
        ] {
            assert_eq!(source(text).map(|(t, _)| t).as_deref(), who, "{text}");
        }
        // "Post" in a name is no post: the outlet's report is named.
        assert_eq!(
            source("According to a Washington Post report, troops left."),
            Some(("a Washington Post report".into(), true))
        );
    }

    #[test]
    fn appositions_passives_and_what_follows_the_verb() {
        let cases = [
            (
                "Paul Dewar, an Ottawa MP, said the lapses were serious.",
                Some("Paul Dewar"),
            ),
            (
                "Steve Whitmore, a representative for the office, told LA Weekly it was closed.",
                Some("Steve Whitmore"),
            ),
            (
                "Lydia Buchtmann for Food Standards, says they are looking at it.",
                Some("Lydia Buchtmann for Food Standards"),
            ),
            ("WHO say iodine deficiency is common.", Some("WHO")),
            (
                "Mark Zuckerberg tweeted and said the boy was welcome to come.",
                Some("Mark Zuckerberg"),
            ),
            ("After the police response was reported, he left.", None),
            ("\"It was a tool,\" said Kim.", Some("Kim")),
            // A quotation, the name, its apposition, then the verb.
            (
                "\"It was not secured,\" Khaled Al-Maeena, editor at large at the Saudi Gazette, said.",
                Some("Khaled Al-Maeena"),
            ),
            // A description, then the name it stands for, then the verb.
            (
                "A spokesman for the forces in the area, Lt. Col. Andriy Movchan, said units held.",
                Some("Lt. Col. Andriy Movchan"),
            ),
        ];
        for (text, who) in cases {
            let found = source(text).map(|(t, _)| t);
            assert_eq!(found.as_deref(), who, "{text}");
        }
    }

    #[test]
    fn a_verb_of_saying_inside_the_quotation_is_not_the_speakers() {
        assert_eq!(
            source("\"I never said that,\" Johnson told the BBC."),
            Some(("Johnson".into(), true))
        );
        assert_eq!(
            source("'I never said that,' Johnson told the BBC."),
            Some(("Johnson".into(), true))
        );
        // With no verb outside, the quotation's own is all there is.
        assert_eq!(
            source("\"Kim said the army left.\""),
            Some(("Kim".into(), true))
        );
    }

    #[test]
    fn an_indefinite_someone_of_any_trade_is_unnamed() {
        assert_eq!(
            source("\"I don't believe it,\" said one microbiologist."),
            Some(("one microbiologist".into(), false))
        );
        assert_eq!(
            source("A man who saw the blast said the roof fell in."),
            Some(("A man".into(), false))
        );
        // A capitalised name in the phrase leaves it to the other rules: a
        // unit of a named firm is identified by it.
        assert_eq!(
            source("A unit of Acme Holdings said it would bid."),
            Some(("A unit of Acme Holdings".into(), true))
        );
    }

    #[test]
    fn a_capitalised_word_that_is_no_source() {
        // "Monday" is when, not who; the source is still the unnamed official.
        assert_eq!(
            source("On Monday, an official said troops died."),
            Some(("an official".into(), false))
        );
        assert_eq!(source("Troops died in Kursk."), None);
    }
}
