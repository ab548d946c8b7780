//! Claim matching across texts: which sentences of several reports tell the
//! same claim, so that a reader can follow one claim from report to report
//! and see it harden or soften.
//!
//! ```
//! use hedgelight_core::compare::{group, Text};
//!
//! let texts = [
//!     Text { title: "a", date: Some("2024-10-08"), text: "Six officers were killed near Donetsk on October 3." },
//!     Text { title: "b", date: Some("2024-10-09"), text: "Seoul said it was highly likely that six officers died near Donetsk. Fish swim." },
//! ];
//! let groups = group(&texts);
//! assert_eq!(groups.len(), 1);
//! assert_eq!(groups[0].members.len(), 2);
//! assert_eq!(groups[0].label, "Six officers were killed near Donetsk on October 3");
//! assert!(groups[0].terms.contains(&"donetsk".to_string()));
//! ```
//!
//! **How.** Each claim sentence (see [`Kind`]) becomes a vector of
//! its content terms (`compare/terms.rs`): words not in the stop list
//! (`data/stopwords.txt`), lightly stemmed ("killed", "kills" → "kill";
//! "involved", "involvement" → "involv"), with British and American
//! spellings and number words made one term (`data/spellings.txt`: "six" =
//! "6"), irregular forms taken as their base word (`data/lemmas.txt`:
//! "sent" = "send"), and words that reports use for one another made one concept
//! (`data/concepts.txt`: "killed", "deaths", "casualties"). The words of the
//! sentence's cues are left out ([`Options::cue_weight`]): "said it was
//! highly likely", "dismissed as fake news" say how sure the text is and who
//! says so, which is what the comparison shows, not what it groups by. A
//! term's weight is TF-IDF, counting each claim sentence of all the texts as
//! a document, times [`Options::name_weight`] for a capitalised word that
//! does not start its sentence (a name: "Donetsk", "Peskov"), shared among
//! the words of a longer name ([`Options::name_split`]: "Kim Yong-hyun" does
//! not weigh three names), times [`Options::number_weight`] for a number
//! ("six", "20", "3rd"), and times [`Options::source_weight`] for the words
//! that name the sentence's source. Two sentences are similar by the cosine
//! of their vectors. Groups are built by average link
//! (`compare/clusters.rs`): pairs at or above [`Options::threshold`],
//! strongest first, join two groups when the mean similarity over all pairs
//! across them is at least [`Options::cohesion`]. Then a claim sentence
//! that is about the one before it in its text (it opens with "He", "Her
//! account", "The claim" …, or denies or doubts, and has at most two terms
//! another claim has: "He gave no details.") joins that sentence's group,
//! or their two groups become one ([`Options::anaphors`],
//! `compare/context.rs`). A group is kept when it holds sentences from at
//! least two texts; a sentence may belong to no group.
//!
//! **Scaling.** Pairs are not all compared. An inverted index maps each term
//! found in at most [`Options::max_postings`] sentences to those sentences;
//! each sentence looks up only its [`Options::probes`] rarest indexed terms,
//! and only the sentences found there are compared with it. A sentence
//! therefore meets at most `probes × max_postings` candidates, so the work
//! is linear in the number of sentences `n` (times the sentence length for
//! the vectors), not `n²`. Terms found in more sentences than that are too
//! common to tell claims apart; they still count in the cosine of the pairs
//! that are compared. In a small corpus, where every term is rarer than the
//! cap, the index finds every pair that shares a term. The union-find that
//! joins linked pairs is near-linear. [`Grouping`] reports how many pairs
//! were compared against all pairs; `cargo bench -p hedgelight-core --bench
//! compare` times 500 texts of 500 words.
//!
//! Pure functions, no I/O: the CLI (`hedgelight compare`) prints what
//! [`group_analysed`] returns. A module a job: `terms` (a sentence's words
//! as terms), `clusters` (average link), `context` (anaphors), `hand`
//! (scoring against a hand grouping); this file builds the vectors and the
//! candidate pairs.

mod clusters;
mod context;
mod hand;
mod label;
mod terms;

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::ops::Range;

use crate::analysis::Sentence;
use crate::kind::Kind;
use crate::score::Level;
use crate::stepwise::analyze;
use crate::tokenize::normalize;
use clusters::Clusters;
pub use hand::{keys, HandGroup, HandGrouping, HandMember, PairScores, SentenceKey};
pub use label::MAX_LABEL;
pub use terms::stem;
use terms::{terms, Sort, Term};

/// One text to compare.
#[derive(Clone, Copy, Debug)]
pub struct Text<'a> {
    /// What names the text: a file name, a headline. A hand grouping's
    /// members name their text by it ([`HandMember::file`]).
    pub title: &'a str,
    /// `YYYY-MM-DD` (any string that sorts by date); `None` sorts last.
    pub date: Option<&'a str>,
    /// The text itself, as given to [`analyze`].
    pub text: &'a str,
}

/// A sentence of a group.
#[derive(Clone, Debug, PartialEq)]
pub struct Member {
    /// Index of its text in the input.
    pub text: usize,
    /// Index of the sentence in [`analyze`]'s output for that text.
    pub sentence: usize,
    /// Byte range in its text.
    pub range: Range<usize>,
    /// The sentence's confidence level (as [`Sentence::level`]).
    pub level: Option<Level>,
}

/// Sentences of two or more texts that report the same claim.
#[derive(Clone, Debug, PartialEq)]
pub struct Group {
    /// A short phrase from its most central sentence, in that sentence's
    /// words (at most [`MAX_LABEL`] characters unless one word is longer):
    /// "Six North Korean officers were killed in a Ukrainian missile strike".
    pub label: String,
    /// The terms its sentences share most, strongest first (at most three),
    /// as first written in lower case.
    pub terms: Vec<String>,
    /// In date order (undated texts last), then by text and sentence.
    pub members: Vec<Member>,
}

/// The knobs of the matcher; [`Options::default`] is what was chosen on the
/// hand grouping of the five reports (README, "Compare reports").
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Options {
    /// Least cosine similarity for two sentences to be linked.
    pub threshold: f32,
    /// Least mean similarity of all pairs across two groups for a link to
    /// join them (average link; 0 would be single link).
    pub cohesion: f32,
    /// Factor on the weight of a capitalised word inside a sentence.
    pub name_weight: f32,
    /// Factor on the weight of a number.
    pub number_weight: f32,
    /// A name of n words weighs `n ^ -name_split` a word.
    pub name_split: f32,
    /// Factor on the weight of a word inside a cue (0 leaves cues out).
    pub cue_weight: f32,
    /// Factor on the weight of a word that names the sentence's source.
    pub source_weight: f32,
    /// A term found in more sentences than this is not indexed.
    pub max_postings: usize,
    /// How many of its rarest indexed terms a sentence looks up.
    pub probes: usize,
    /// Whether a claim sentence that is about the one before it ("He gave
    /// no details.", "Her account could not be independently verified.")
    /// joins that one's group once groups are built (`compare/context.rs`).
    pub anaphors: bool,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            threshold: 0.2,
            cohesion: 0.1,
            name_weight: 1.5,
            number_weight: 1.5,
            name_split: 0.5,
            cue_weight: 0.0,
            source_weight: 0.5,
            max_postings: 64,
            probes: 8,
            anaphors: true,
        }
    }
}

/// Groups and what it took to find them.
#[derive(Clone, Debug, PartialEq)]
pub struct Grouping {
    /// The groups, in the order of their first member's text and sentence.
    pub groups: Vec<Group>,
    /// Claim sentences compared.
    pub sentences: usize,
    /// Distinct pairs whose similarity was computed.
    pub candidate_pairs: usize,
    /// `sentences × (sentences − 1) / 2`.
    pub all_pairs: usize,
}

/// Groups the claims of `texts` with the default [`Options`].
pub fn group(texts: &[Text]) -> Vec<Group> {
    let analysed: Vec<Vec<Sentence>> = texts.iter().map(|t| analyze(t.text)).collect();
    group_analysed(texts, &analysed, &Options::default()).groups
}

/// The date of a corpus file's leading `date YYYY-MM-DD` marker, which
/// `analyze` reads as a metadata segment.
pub fn corpus_date(text: &str) -> Option<&str> {
    let end = crate::segment::date_marker_end(text)?;
    text.get(end - 10..end)
}

/// A claim sentence as the matcher sees it.
struct Claim {
    text: usize,
    sentence: usize,
    /// (term, weight), sorted by term; unit length once weighted.
    terms: Vec<(u32, f32)>,
}

/// Groups the claims of `texts`, whose analyses (by [`analyze`]) are
/// `analysed`, one per text.
pub fn group_analysed(texts: &[Text], analysed: &[Vec<Sentence>], options: &Options) -> Grouping {
    let vectors = vectors(texts, analysed, options);
    let n = vectors.claims.len();
    let (edges, compared) = candidate_edges(&vectors.claims, &vectors.df, options);
    let mut links = Clusters::new(n);
    for &(sim, i, j) in &edges {
        links.add(i as usize, j as usize, sim);
    }
    for &(sim, i, j) in &edges {
        if sim < options.threshold {
            break;
        }
        links.join_if_cohesive(i as usize, j as usize, options.cohesion);
    }
    let set = sets(&mut links, &vectors, texts, analysed, options);
    Grouping {
        groups: groups_of(&set, &vectors, texts, analysed, options),
        sentences: n,
        candidate_pairs: compared,
        all_pairs: n * n.saturating_sub(1) / 2,
    }
}

/// The claim sentences as TF-IDF vectors, with the vocabulary's surface
/// forms (for labels) and document frequencies (for the index).
struct Vectors {
    claims: Vec<Claim>,
    /// Each term's id.
    ids: HashMap<String, u32>,
    surface: Vec<String>,
    df: Vec<u32>,
}

fn vectors(texts: &[Text], analysed: &[Vec<Sentence>], options: &Options) -> Vectors {
    let mut vocabulary = Vocabulary::default();
    let mut counts: Vec<Vec<Counted>> = Vec::new();
    let mut claims: Vec<Claim> = Vec::new();
    for (t, (text, sentences)) in texts.iter().zip(analysed).enumerate() {
        for (s, sentence) in sentences.iter().enumerate() {
            if sentence.kind != Kind::Claim {
                continue;
            }
            counts.push(vocabulary.count(text.text, sentence, options));
            claims.push(Claim {
                text: t,
                sentence: s,
                terms: Vec::new(),
            });
        }
    }
    let mut df = vec![0u32; vocabulary.surface.len()];
    for v in &counts {
        for &(id, _, _) in v {
            df[id as usize] += 1;
        }
    }
    let n = claims.len() as f32;
    let idf: Vec<f32> = df.iter().map(|&d| ((n + 1.0) / d as f32).ln()).collect();
    for (claim, v) in claims.iter_mut().zip(&counts) {
        claim.terms = weigh(v, &idf);
    }
    Vectors {
        claims,
        ids: vocabulary.ids,
        surface: vocabulary.surface,
        df,
    }
}

/// The terms met so far: each term's id, and the first form it was met in
/// (for labels).
#[derive(Default)]
struct Vocabulary {
    ids: HashMap<String, u32>,
    surface: Vec<String>,
}

/// A term of a claim: its id, how often the claim uses it, and the factor
/// on its weight (a name's or a number's boost; less in a source's words).
type Counted = (u32, f32, f32);

impl Vocabulary {
    /// A claim's terms, sorted by id, as [`weighted_terms`] gives them.
    fn count(&mut self, text: &str, sentence: &Sentence, options: &Options) -> Vec<Counted> {
        let claim = &text[sentence.range.clone()];
        let mut counts: HashMap<u32, (f32, f32)> = HashMap::default();
        for (term, boost) in weighted_terms(claim, sentence, options) {
            let id = *self.ids.entry(term.key).or_insert_with(|| {
                self.surface.push(normalize(&claim[term.range]));
                (self.surface.len() - 1) as u32
            });
            let e = counts.entry(id).or_insert((0.0, boost));
            e.0 += 1.0;
            e.1 = e.1.max(boost);
        }
        let mut v: Vec<Counted> = counts.into_iter().map(|(k, (c, b))| (k, c, b)).collect();
        v.sort_unstable_by_key(|e| e.0);
        v
    }
}

/// The terms of a claim (its text `claim`, analysed as `sentence`), each
/// with the factor on its weight: a name's or a number's boost, less in the
/// words naming its source ([`Options::source_weight`]). The words of its
/// cues are left out ([`Options::cue_weight`]): how sure the text is, and
/// that someone said so, is what the comparison shows, not what it groups
/// by. Ranges are in `claim`.
fn weighted_terms(claim: &str, sentence: &Sentence, options: &Options) -> Vec<(Term, f32)> {
    let at = sentence.range.start;
    let cues = Spans::new(sentence.cues.iter().map(|c| c.start - at..c.end - at));
    let source = sentence
        .source
        .as_ref()
        .filter(|_| sentence.source_from.is_none())
        .map(|s| s.start.saturating_sub(at)..s.end.saturating_sub(at));
    let mut cues = cues.walk();
    let mut out = Vec::new();
    for term in terms(claim) {
        let in_cue = cues.overlaps(&term.range);
        if in_cue && options.cue_weight == 0.0 {
            continue;
        }
        let mut boost = match term.sort {
            Sort::Word => 1.0,
            Sort::Name => options.name_weight / (term.run as f32).powf(options.name_split),
            Sort::Number => options.number_weight,
        };
        if source
            .as_ref()
            .is_some_and(|s| term.range.start < s.end && s.start < term.range.end)
        {
            boost *= options.source_weight;
        }
        if in_cue {
            boost *= options.cue_weight;
        }
        out.push((term, boost));
    }
    out
}

/// Byte ranges merged into disjoint ones in order, to ask of ranges that
/// come in order whether they overlap one: a pass over both, not a pass
/// over the spans for each range (a huge sentence has thousands of cues).
struct Spans(Vec<Range<usize>>);

impl Spans {
    fn new(spans: impl Iterator<Item = Range<usize>>) -> Spans {
        let mut sorted: Vec<Range<usize>> = spans.filter(|s| !s.is_empty()).collect();
        sorted.sort_by_key(|s| s.start);
        let mut merged: Vec<Range<usize>> = Vec::with_capacity(sorted.len());
        for s in sorted {
            match merged.last_mut() {
                Some(last) if s.start <= last.end => last.end = last.end.max(s.end),
                _ => merged.push(s),
            }
        }
        Spans(merged)
    }

    fn walk(&self) -> SpanWalk<'_> {
        SpanWalk {
            spans: &self.0,
            next: 0,
        }
    }
}

/// [`Spans`] asked in order: each range must start at or after the last.
struct SpanWalk<'a> {
    spans: &'a [Range<usize>],
    next: usize,
}

impl SpanWalk<'_> {
    fn overlaps(&mut self, range: &Range<usize>) -> bool {
        while self.next < self.spans.len() && self.spans[self.next].end <= range.start {
            self.next += 1;
        }
        self.spans
            .get(self.next)
            .is_some_and(|s| s.start < range.end)
    }
}

/// TF-IDF times each term's factor, as a unit vector.
fn weigh(counts: &[Counted], idf: &[f32]) -> Vec<(u32, f32)> {
    let mut terms: Vec<(u32, f32)> = counts
        .iter()
        .map(|&(id, count, boost)| (id, (1.0 + count.ln()) * idf[id as usize] * boost))
        .collect();
    let norm = terms.iter().map(|t| t.1 * t.1).sum::<f32>().sqrt();
    if norm > 0.0 {
        terms.iter_mut().for_each(|t| t.1 /= norm);
    }
    terms
}

/// The similarities of the candidate pairs, strongest first, and how many
/// pairs were compared: each claim meets only the claims that share one of
/// its rarest indexed terms (see the module docs).
fn candidate_edges(
    claims: &[Claim],
    df: &[u32],
    options: &Options,
) -> (Vec<(f32, u32, u32)>, usize) {
    // The inverted index of the rarer terms.
    let indexed = |id: u32| {
        let d = df[id as usize] as usize;
        (2..=options.max_postings).contains(&d)
    };
    let mut postings: HashMap<u32, Vec<u32>> = HashMap::default();
    for (i, c) in claims.iter().enumerate() {
        for &(id, _) in &c.terms {
            if indexed(id) {
                postings.entry(id).or_default().push(i as u32);
            }
        }
    }
    let mut compared: HashSet<(u32, u32)> = HashSet::default();
    let mut edges: Vec<(f32, u32, u32)> = Vec::new();
    for (i, c) in claims.iter().enumerate() {
        let mut probes: Vec<u32> = c
            .terms
            .iter()
            .map(|t| t.0)
            .filter(|&id| indexed(id))
            .collect();
        probes.sort_unstable_by_key(|&id| (df[id as usize], id));
        probes.truncate(options.probes);
        for id in probes {
            for &j in &postings[&id] {
                let pair = (j.min(i as u32), j.max(i as u32));
                if j as usize == i || !compared.insert(pair) {
                    continue;
                }
                let sim = cosine(&c.terms, &claims[j as usize].terms);
                if sim > 0.0 {
                    edges.push((sim, pair.0, pair.1));
                }
            }
        }
    }
    edges.sort_unstable_by(|a, b| b.0.total_cmp(&a.0).then((a.1, a.2).cmp(&(b.1, b.2))));
    (edges, compared.len())
}

/// Each claim's set: its group in `links`, then, with [`Options::anaphors`],
/// anaphors placed with the claims they follow (`compare/context.rs`).
fn sets(
    links: &mut Clusters,
    vectors: &Vectors,
    texts: &[Text],
    analysed: &[Vec<Sentence>],
    options: &Options,
) -> Vec<usize> {
    let claims = &vectors.claims;
    let mut set: Vec<usize> = (0..claims.len()).map(|i| links.find(i)).collect();
    if options.anaphors {
        let pairs = context::anaphors(claims, texts, analysed, &vectors.df);
        let text: Vec<usize> = claims.iter().map(|c| c.text).collect();
        context::place(&mut set, &text, &pairs);
    }
    set
}

/// The sets of `set` (each claim's set) that span two texts or more, as groups:
/// members in date order, groups told by more texts first, then by where
/// they are first told.
fn groups_of(
    set: &[usize],
    vectors: &Vectors,
    texts: &[Text],
    analysed: &[Vec<Sentence>],
    options: &Options,
) -> Vec<Group> {
    let claims = &vectors.claims;
    let mut sets: HashMap<usize, Vec<usize>> = HashMap::default();
    for (i, &s) in set.iter().enumerate() {
        sets.entry(s).or_default().push(i);
    }
    let mut groups: Vec<Group> = sets
        .into_values()
        .filter(|set| set.iter().any(|&i| claims[i].text != claims[set[0]].text))
        .map(|set| Group {
            label: label::phrase(&set, vectors, texts, analysed, options),
            terms: label::shared_terms(&set, claims, &vectors.surface),
            members: members(&set, claims, texts, analysed),
        })
        .collect();
    groups.sort_by_key(|g| {
        let mut told: Vec<usize> = g.members.iter().map(|m| m.text).collect();
        told.sort_unstable();
        told.dedup();
        let first = g.members.iter().map(|m| (m.text, m.sentence)).min();
        (
            std::cmp::Reverse(told.len()),
            std::cmp::Reverse(g.members.len()),
            first,
        )
    });
    groups
}

/// A group's sentences in date order (undated texts last), then by text and
/// sentence.
fn members(
    set: &[usize],
    claims: &[Claim],
    texts: &[Text],
    analysed: &[Vec<Sentence>],
) -> Vec<Member> {
    let mut members: Vec<Member> = set
        .iter()
        .map(|&i| {
            let c = &claims[i];
            let s = &analysed[c.text][c.sentence];
            Member {
                text: c.text,
                sentence: c.sentence,
                range: s.range.clone(),
                level: s.level,
            }
        })
        .collect();
    members.sort_by_key(|m| {
        (
            texts[m.text].date.is_none(),
            texts[m.text].date,
            m.text,
            m.sentence,
        )
    });
    members
}

/// The cosine of two unit vectors sorted by term.
fn cosine(a: &[(u32, f32)], b: &[(u32, f32)]) -> f32 {
    let (mut i, mut j, mut dot) = (0, 0, 0.0);
    while i < a.len() && j < b.len() {
        match a[i].0.cmp(&b[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                dot += a[i].1 * b[j].1;
                i += 1;
                j += 1;
            }
        }
    }
    dot
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts<'a>(items: &[(&'a str, Option<&'a str>, &'a str)]) -> Vec<Text<'a>> {
        items
            .iter()
            .map(|&(title, date, text)| Text { title, date, text })
            .collect()
    }

    fn sentences(groups: &[Group], texts: &[Text]) -> Vec<Vec<String>> {
        groups
            .iter()
            .map(|g| {
                g.members
                    .iter()
                    .map(|m| texts[m.text].text[m.range.clone()].to_string())
                    .collect()
            })
            .collect()
    }

    #[test]
    fn the_same_claim_in_two_texts_is_one_group_in_date_order() {
        let t = texts(&[
            (
                "later",
                Some("2024-10-12"),
                "The Kremlin dismissed the report of dead officers as a hoax. Bread prices rose in Lyon.",
            ),
            (
                "earlier",
                Some("2024-10-08"),
                "Six officers died in a missile strike near Donetsk, a news agency reported. \
                 The weather was mild in Oslo.",
            ),
            (
                "undated",
                None,
                "Seoul believes six officers were killed near Donetsk by a missile.",
            ),
        ]);
        let groups = group(&t);
        assert_eq!(
            sentences(&groups, &t),
            [[
                "Six officers died in a missile strike near Donetsk, a news agency reported.",
                "Seoul believes six officers were killed near Donetsk by a missile.",
            ]]
        );
        let g = &groups[0];
        assert_eq!((g.members[0].text, g.members[0].sentence), (1, 0));
        assert_eq!(g.members[1].text, 2, "undated last");
        assert_eq!(g.members[1].level, Some(Level::HEDGED));
        assert!(g.terms.contains(&"donetsk".to_string()), "{:?}", g.terms);
        assert_eq!(
            g.label,
            "Six officers died in a missile strike near Donetsk"
        );
    }

    #[test]
    fn a_claim_told_by_one_text_only_is_no_group() {
        let t = texts(&[
            (
                "a",
                None,
                "Six officers were killed near Donetsk. Six officers died near Donetsk, officials said.",
            ),
            ("b", None, "Fishing boats returned to the harbour in Busan."),
        ]);
        assert!(group(&t).is_empty());
    }

    #[test]
    fn headings_and_the_date_marker_are_not_compared() {
        let t = texts(&[
            (
                "a",
                None,
                " date 2024-10-09 Peskov denies report\n\nTroops trained in Kursk.",
            ),
            (
                "b",
                None,
                "Peskov denies report\n\nA port opened in Vladivostok.",
            ),
        ]);
        assert!(group(&t).is_empty());
        assert_eq!(corpus_date(t[0].text), Some("2024-10-09"));
        assert_eq!(corpus_date(t[1].text), None);
    }

    #[test]
    fn cue_words_make_no_claim() {
        let t = texts(&[
            ("a", None, "Officials dismissed it as fake news."),
            ("b", None, "The ministry dismissed it as fake news."),
        ]);
        let analysed: Vec<Vec<Sentence>> = t.iter().map(|x| analyze(x.text)).collect();
        assert!(group_analysed(&t, &analysed, &Options::default())
            .groups
            .is_empty());
        let with_cues = Options {
            cue_weight: 1.0,
            ..Options::default()
        };
        assert_eq!(group_analysed(&t, &analysed, &with_cues).groups.len(), 1);
    }

    #[test]
    fn a_source_weighs_less_than_what_it_says() {
        let text =
            "On Monday Peskov said the convoy crossed the border. The convoy stopped near Peskov.";
        let analysed = analyze(text);
        let mut vocabulary = Vocabulary::default();
        let options = Options::default();
        let boost = |counted: &[Counted], vocabulary: &Vocabulary| {
            let id = vocabulary.ids["peskov"];
            counted.iter().find(|c| c.0 == id).unwrap().2
        };
        let said = vocabulary.count(text, &analysed[0], &options);
        let near = vocabulary.count(text, &analysed[1], &options);
        assert_eq!(boost(&near, &vocabulary), options.name_weight);
        assert_eq!(
            boost(&said, &vocabulary),
            options.name_weight * options.source_weight
        );
    }

    #[test]
    fn a_sentence_about_the_claim_before_it_joins_its_group() {
        let t = texts(&[
            (
                "a",
                None,
                "The union said the captain was ordered to sail into the storm. \
                 Her account could not be independently verified. Bread prices rose in Lyon.",
            ),
            (
                "b",
                None,
                "The captain was ordered to sail into the storm, his crew said.",
            ),
        ]);
        let analysed: Vec<Vec<Sentence>> = t.iter().map(|x| analyze(x.text)).collect();
        let with = group_analysed(&t, &analysed, &Options::default());
        assert_eq!(
            sentences(&with.groups, &t),
            [[
                "The union said the captain was ordered to sail into the storm.",
                "Her account could not be independently verified.",
                "The captain was ordered to sail into the storm, his crew said.",
            ]]
        );
        let without = Options {
            anaphors: false,
            ..Options::default()
        };
        let groups = group_analysed(&t, &analysed, &without).groups;
        assert_eq!(groups.len(), 1);
        assert_eq!(groups[0].members.len(), 2);
    }

    #[test]
    fn spans_asked_in_order() {
        let spans = Spans::new([10..20, 0..3, 15..25, 30..30].into_iter());
        assert_eq!(spans.0, [0..3, 10..25]);
        let mut walk = spans.walk();
        let asked = [0..1, 3..5, 5..10, 9..11, 24..26, 25..40];
        let got: Vec<bool> = asked.iter().map(|r| walk.overlaps(r)).collect();
        assert_eq!(got, [true, false, false, true, true, false]);
    }

    #[test]
    fn only_rare_terms_find_candidates() {
        // Every sentence shares "troops"; with a cap of 2 postings it is not
        // indexed, so only the pair sharing "Kursk" is compared.
        let t = texts(&[
            ("a", None, "Troops trained in Kursk. Troops ate bread."),
            (
                "b",
                None,
                "Troops were trained near Kursk. Troops sang songs.",
            ),
        ]);
        let analysed: Vec<Vec<Sentence>> = t.iter().map(|x| analyze(x.text)).collect();
        let options = Options {
            max_postings: 2,
            ..Options::default()
        };
        let g = group_analysed(&t, &analysed, &options);
        assert_eq!(g.sentences, 4);
        assert_eq!(g.all_pairs, 6);
        assert_eq!(g.candidate_pairs, 1);
        assert_eq!(
            sentences(&g.groups, &t),
            [[
                "Troops trained in Kursk.",
                "Troops were trained near Kursk."
            ]]
        );
    }
}
