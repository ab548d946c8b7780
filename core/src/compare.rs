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
//! assert!(groups[0].label.contains(&"donetsk".to_string()));
//! ```
//!
//! **How.** Each claim sentence (see [`Kind`]) becomes a vector of
//! its content terms: words not in the stop list (`data/stopwords.txt`),
//! lightly stemmed ("killed", "kills" → "kill"), with British and American
//! spellings and number words made one term (`data/spellings.txt`). A term's
//! weight is TF-IDF, counting each claim sentence of all the texts as a
//! document, times [`Options::name_weight`] for a capitalised word not at
//! the start of its sentence (a name: "Donetsk", "Peskov") and
//! [`Options::number_weight`] for a number ("six", "20", "3rd"). Two
//! sentences are similar by the cosine of their vectors; a pair at or above
//! [`Options::threshold`] is linked, and groups are the connected sets of
//! linked sentences (single link), kept when they hold sentences from at
//! least two texts. A sentence may belong to no group.
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
//! [`group_analysed`] returns.

use std::collections::{HashMap, HashSet};
use std::ops::Range;
use std::sync::OnceLock;

use crate::analysis::{analyze, Sentence};
use crate::kind::Kind;
use crate::score::Level;
use crate::tokenize::{tokenize, TokenKind};

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
    /// The terms its sentences share most, strongest first (at most three).
    pub label: Vec<String>,
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
    /// A term found in more sentences than this is not indexed.
    pub max_postings: usize,
    /// How many of its rarest indexed terms a sentence looks up.
    pub probes: usize,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            threshold: 0.15,
            cohesion: 0.1,
            name_weight: 1.5,
            number_weight: 1.5,
            max_postings: 64,
            probes: 8,
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

/// What a term is, for its weight.
#[derive(Clone, Copy, PartialEq, PartialOrd)]
enum Sort {
    Word,
    Name,
    Number,
}

/// Groups the claims of `texts`, whose analyses (by [`analyze`]) are
/// `analysed`, one per text.
pub fn group_analysed(texts: &[Text], analysed: &[Vec<Sentence>], options: &Options) -> Grouping {
    let Vectors {
        claims,
        surface,
        df,
    } = vectors(texts, analysed, options);
    let n = claims.len();
    let (edges, compared) = candidate_edges(&claims, &df, options);
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
    Grouping {
        groups: groups_of(&mut links, &claims, &surface, texts, analysed),
        sentences: n,
        candidate_pairs: compared,
        all_pairs: n * n.saturating_sub(1) / 2,
    }
}

/// The claim sentences as TF-IDF vectors, with the vocabulary's surface
/// forms (for labels) and document frequencies (for the index).
struct Vectors {
    claims: Vec<Claim>,
    surface: Vec<String>,
    df: Vec<u32>,
}

fn vectors(texts: &[Text], analysed: &[Vec<Sentence>], options: &Options) -> Vectors {
    let mut vocabulary: HashMap<String, u32> = HashMap::new();
    let mut surface: Vec<String> = Vec::new();
    // Per claim: (term, count, sort).
    let mut raw: Vec<Vec<(u32, f32, Sort)>> = Vec::new();
    let mut claims: Vec<Claim> = Vec::new();
    for (t, (text, sentences)) in texts.iter().zip(analysed).enumerate() {
        for (s, sentence) in sentences.iter().enumerate() {
            if sentence.kind != Kind::Claim {
                continue;
            }
            let mut counts: HashMap<u32, (f32, Sort)> = HashMap::new();
            for (term, word, sort) in terms(&text.text[sentence.range.clone()]) {
                let id = *vocabulary.entry(term).or_insert_with(|| {
                    surface.push(word);
                    (surface.len() - 1) as u32
                });
                let e = counts.entry(id).or_insert((0.0, sort));
                e.0 += 1.0;
                if sort > e.1 {
                    e.1 = sort;
                }
            }
            let mut v: Vec<(u32, f32, Sort)> =
                counts.into_iter().map(|(k, (c, s))| (k, c, s)).collect();
            v.sort_unstable_by_key(|e| e.0);
            raw.push(v);
            claims.push(Claim {
                text: t,
                sentence: s,
                terms: Vec::new(),
            });
        }
    }
    let n = claims.len();
    let mut df = vec![0u32; surface.len()];
    for v in &raw {
        for &(id, _, _) in v {
            df[id as usize] += 1;
        }
    }
    let idf: Vec<f32> = df
        .iter()
        .map(|&d| ((n as f32 + 1.0) / d as f32).ln())
        .collect();
    for (claim, v) in claims.iter_mut().zip(&raw) {
        let mut terms: Vec<(u32, f32)> = v
            .iter()
            .map(|&(id, count, sort)| {
                let boost = match sort {
                    Sort::Word => 1.0,
                    Sort::Name => options.name_weight,
                    Sort::Number => options.number_weight,
                };
                (id, (1.0 + count.ln()) * idf[id as usize] * boost)
            })
            .collect();
        let norm = terms.iter().map(|t| t.1 * t.1).sum::<f32>().sqrt();
        if norm > 0.0 {
            terms.iter_mut().for_each(|t| t.1 /= norm);
        }
        claim.terms = terms;
    }
    Vectors {
        claims,
        surface,
        df,
    }
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
    let mut postings: HashMap<u32, Vec<u32>> = HashMap::new();
    for (i, c) in claims.iter().enumerate() {
        for &(id, _) in &c.terms {
            if indexed(id) {
                postings.entry(id).or_default().push(i as u32);
            }
        }
    }
    let mut compared: HashSet<(u32, u32)> = HashSet::new();
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

/// The connected sets of `links` that span two texts or more, as groups:
/// members in date order, groups told by more texts first, then by where
/// they are first told.
fn groups_of(
    links: &mut Clusters,
    claims: &[Claim],
    surface: &[String],
    texts: &[Text],
    analysed: &[Vec<Sentence>],
) -> Vec<Group> {
    let mut sets: HashMap<usize, Vec<usize>> = HashMap::new();
    for i in 0..claims.len() {
        sets.entry(links.find(i)).or_default().push(i);
    }
    let mut groups: Vec<Group> = sets
        .into_values()
        .filter(|set| set.iter().any(|&i| claims[i].text != claims[set[0]].text))
        .map(|set| {
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
            Group {
                label: label(&set, claims, surface),
                members,
            }
        })
        .collect();
    groups.sort_by_key(|g| {
        let mut told: Vec<usize> = g.members.iter().map(|m| m.text).collect();
        told.dedup();
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

/// The three terms with the most weight among those at least two of the
/// group's sentences share (or, failing that, the strongest terms).
fn label(set: &[usize], claims: &[Claim], surface: &[String]) -> Vec<String> {
    let mut shared: HashMap<u32, (usize, f32)> = HashMap::new();
    for &i in set {
        for &(id, w) in &claims[i].terms {
            let e = shared.entry(id).or_insert((0, 0.0));
            e.0 += 1;
            e.1 += w;
        }
    }
    let mut ranked: Vec<(u32, usize, f32)> =
        shared.into_iter().map(|(id, (k, w))| (id, k, w)).collect();
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

/// The content terms of a sentence: (term, the word as written in lower
/// case, what it is). Stop words and punctuation are left out.
fn terms(sentence: &str) -> Vec<(String, String, Sort)> {
    let (stop, spellings) = lists();
    let mut out = Vec::new();
    for (k, token) in tokenize(sentence).iter().enumerate() {
        if token.kind == TokenKind::Punct || stop.contains(token.norm.as_str()) {
            continue;
        }
        let capital = sentence[token.start..].starts_with(char::is_uppercase);
        for part in token.norm.split(['-', '\u{2010}', '\u{2011}']) {
            if part.is_empty() || stop.contains(part) {
                continue;
            }
            let spelled = spellings.get(part).copied().unwrap_or(part);
            if let Some(number) = number(spelled) {
                out.push((number, part.to_string(), Sort::Number));
            } else if spelled.chars().any(char::is_alphabetic) {
                let sort = if capital && k > 0 {
                    Sort::Name
                } else {
                    Sort::Word
                };
                out.push((stem(spelled), part.to_string(), sort));
            }
        }
    }
    out
}

/// A number as a term: digits without separators or an ordinal suffix
/// ("1,000" → "1000", "3rd" → "3").
fn number(word: &str) -> Option<String> {
    if !word.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let digits = word.trim_end_matches(['s', 't', 'n', 'd', 'r', 'h']);
    let digits = digits.strip_suffix(".").unwrap_or(digits);
    digits
        .chars()
        .all(|c| c.is_ascii_digit() || c == ',' || c == '.')
        .then(|| digits.replace(',', ""))
}

/// A light stemmer: plurals, -ed, -ing and -ment, enough to join "killed"
/// and "kill", "deployment" and "deployed", "allies" and "ally".
pub(crate) fn stem(word: &str) -> String {
    let n = word.chars().count();
    let w = word;
    if n > 4 {
        if let Some(s) = w.strip_suffix("ies").or_else(|| w.strip_suffix("ied")) {
            return format!("{s}y");
        }
    }
    if let Some(s) = w.strip_suffix("sses") {
        return format!("{s}ss");
    }
    if n > 7 {
        if let Some(s) = w.strip_suffix("ment") {
            return s.to_string();
        }
    }
    if n > 5 {
        if let Some(s) = w.strip_suffix("ing") {
            return undouble(s);
        }
    }
    if n > 4 {
        if let Some(s) = w.strip_suffix("ed") {
            return undouble(s);
        }
    }
    if n > 3 && w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us") && !w.ends_with("is") {
        return w[..w.len() - 1].to_string();
    }
    w.to_string()
}

/// "stopp" → "stop", but "kill" stays.
fn undouble(s: &str) -> String {
    let b = s.as_bytes();
    let n = b.len();
    if n >= 3
        && b[n - 1] == b[n - 2]
        && !matches!(b[n - 1], b'l' | b's' | b'z')
        && b[n - 1].is_ascii_alphabetic()
    {
        s[..n - 1].to_string()
    } else {
        s.to_string()
    }
}

/// The stop list and the spellings, read once from `data/`.
fn lists() -> &'static (HashSet<&'static str>, HashMap<&'static str, &'static str>) {
    static LISTS: OnceLock<(HashSet<&'static str>, HashMap<&'static str, &'static str>)> =
        OnceLock::new();
    LISTS.get_or_init(|| {
        let lines = |data: &'static str| {
            data.lines()
                .map(str::trim)
                .filter(|l| !l.is_empty() && !l.starts_with('#'))
        };
        let stop = lines(include_str!("../data/stopwords.txt"))
            .flat_map(str::split_whitespace)
            .collect();
        let spellings = lines(include_str!("../data/spellings.txt"))
            .filter_map(|l| {
                let mut words = l.split_whitespace();
                Some((words.next()?, words.next()?))
            })
            .collect();
        (stop, spellings)
    })
}

/// Groups being built: disjoint sets (path halving), each root with its
/// size and the summed similarity of its compared pairs to each other group.
/// Joining merges the smaller map into the larger, so all joins together
/// cost O(pairs × log n).
struct Clusters {
    parent: Vec<usize>,
    size: Vec<usize>,
    links: Vec<HashMap<usize, f32>>,
}

impl Clusters {
    fn new(n: usize) -> Clusters {
        Clusters {
            parent: (0..n).collect(),
            size: vec![1; n],
            links: vec![HashMap::new(); n],
        }
    }

    fn find(&mut self, mut i: usize) -> usize {
        while self.parent[i] != i {
            self.parent[i] = self.parent[self.parent[i]];
            i = self.parent[i];
        }
        i
    }

    /// Records the similarity of sentences `i` and `j` (before any join).
    fn add(&mut self, i: usize, j: usize, sim: f32) {
        *self.links[i].entry(j).or_insert(0.0) += sim;
        *self.links[j].entry(i).or_insert(0.0) += sim;
    }

    /// Joins the groups of `i` and `j` when the mean similarity over all
    /// pairs across them (pairs never compared count 0) is at least
    /// `cohesion`: average link, which keeps one shared name from chaining
    /// unrelated claims together as single link would.
    fn join_if_cohesive(&mut self, i: usize, j: usize, cohesion: f32) {
        let (mut a, mut b) = (self.find(i), self.find(j));
        if a == b {
            return;
        }
        let sum = self.links[a].get(&b).copied().unwrap_or(0.0);
        if sum / ((self.size[a] * self.size[b]) as f32) < cohesion {
            return;
        }
        if self.links[a].len() < self.links[b].len() {
            std::mem::swap(&mut a, &mut b);
        }
        let moved = std::mem::take(&mut self.links[b]);
        self.links[a].remove(&b);
        for (c, w) in moved {
            if c == a {
                continue;
            }
            *self.links[a].entry(c).or_insert(0.0) += w;
            let theirs = &mut self.links[c];
            let w = theirs.remove(&b).unwrap_or(0.0);
            *theirs.entry(a).or_insert(0.0) += w;
        }
        self.parent[b] = a;
        self.size[a] += self.size[b];
    }
}

/// A hand grouping, as in `core/tests/fixtures/compare-groups.json`:
/// `{"groups": [{"name", "reason", "members": [{"file", "text"}]}]}`, a
/// member being the claim sentence of the text titled `file` that contains
/// `text`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "serde", derive(serde::Deserialize))]
pub struct HandGrouping {
    /// The claims, each with the sentences that tell it.
    pub groups: Vec<HandGroup>,
}

/// One claim of a [`HandGrouping`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "serde", derive(serde::Deserialize))]
pub struct HandGroup {
    /// A short name for the claim, for messages.
    pub name: String,
    /// Why these sentences tell one claim, in a line.
    #[cfg_attr(feature = "serde", serde(default))]
    pub reason: String,
    /// The sentences that tell it.
    pub members: Vec<HandMember>,
}

/// One sentence of a [`HandGroup`]: the claim sentence of the text titled
/// `file` that contains `text`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "serde", derive(serde::Deserialize))]
pub struct HandMember {
    /// The [`Text::title`] of its text.
    pub file: String,
    /// Words of the sentence, enough to tell it from the text's others.
    pub text: String,
}

/// A sentence by (text index, sentence index in [`analyze`]'s output).
pub type SentenceKey = (usize, usize);

impl HandGrouping {
    /// Each group's members as [`SentenceKey`]s. Each member must name a
    /// text among `texts` (by title) and match exactly one claim sentence.
    pub fn resolve(
        &self,
        texts: &[Text],
        analysed: &[Vec<Sentence>],
    ) -> Result<Vec<Vec<SentenceKey>>, String> {
        self.groups
            .iter()
            .map(|g| {
                g.members
                    .iter()
                    .map(|m| {
                        let t = texts
                            .iter()
                            .position(|t| t.title == m.file)
                            .ok_or_else(|| {
                                format!("group {:?}: no text named {:?} was given", g.name, m.file)
                            })?;
                        let text = texts[t].text;
                        let found: Vec<usize> = analysed[t]
                            .iter()
                            .enumerate()
                            .filter(|(_, s)| {
                                s.kind == Kind::Claim && text[s.range.clone()].contains(&m.text)
                            })
                            .map(|(i, _)| i)
                            .collect();
                        match found[..] {
                            [s] => Ok((t, s)),
                            [] => Err(format!(
                                "group {:?}: no claim sentence of {} contains {:?}",
                                g.name, m.file, m.text
                            )),
                            _ => Err(format!(
                                "group {:?}: {} claim sentences of {} contain {:?}",
                                g.name,
                                found.len(),
                                m.file,
                                m.text
                            )),
                        }
                    })
                    .collect()
            })
            .collect()
    }
}

/// The groups' members as [`SentenceKey`]s, to score with [`PairScores`].
pub fn keys(groups: &[Group]) -> Vec<Vec<SentenceKey>> {
    groups
        .iter()
        .map(|g| g.members.iter().map(|m| (m.text, m.sentence)).collect())
        .collect()
}

/// Pairwise agreement of a grouping with a hand grouping: of the pairs of
/// sentences placed together, how many the hand grouping also puts
/// together (precision), and of its pairs how many were found (recall).
/// Sentences are any comparable keys; a hand group may share sentences with
/// another (a sentence that reports two claims).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PairScores {
    /// Pairs the grouping puts together.
    pub found: usize,
    /// Pairs the hand grouping puts together.
    pub gold: usize,
    /// Pairs both put together.
    pub correct: usize,
}

impl PairScores {
    /// Counts the pairs of `found` (the groups found, as keys) against those
    /// of `gold` (the hand groups).
    pub fn new<K: Ord + Clone + std::hash::Hash>(found: &[Vec<K>], gold: &[Vec<K>]) -> PairScores {
        let pairs = |groups: &[Vec<K>]| -> HashSet<(K, K)> {
            let mut out = HashSet::new();
            for g in groups {
                for (i, a) in g.iter().enumerate() {
                    for b in &g[i + 1..] {
                        if a != b {
                            out.insert(if a < b {
                                (a.clone(), b.clone())
                            } else {
                                (b.clone(), a.clone())
                            });
                        }
                    }
                }
            }
            out
        };
        let (f, g) = (pairs(found), pairs(gold));
        PairScores {
            found: f.len(),
            gold: g.len(),
            correct: f.intersection(&g).count(),
        }
    }

    /// `correct / found` (0 when nothing was found).
    pub fn precision(&self) -> f64 {
        ratio(self.correct, self.found)
    }

    /// `correct / gold` (0 when the hand grouping has no pair).
    pub fn recall(&self) -> f64 {
        ratio(self.correct, self.gold)
    }

    /// The harmonic mean of precision and recall.
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
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
        assert!(g.label.contains(&"donetsk".to_string()), "{:?}", g.label);
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
    fn spellings_numbers_and_stems_meet() {
        let a: Vec<String> =
            terms("The defence pact: six deployed troops, 1,000 killed on October 3rd.")
                .into_iter()
                .map(|t| t.0)
                .collect();
        let b: Vec<String> =
            terms("A defense pact deploying 6 troop units; 1000 kills, 3 October.")
                .into_iter()
                .map(|t| t.0)
                .collect();
        for term in [
            "defense", "pact", "6", "deploy", "troop", "1000", "kill", "3", "october",
        ] {
            assert!(a.contains(&term.to_string()), "{term} in {a:?}");
            assert!(b.contains(&term.to_string()), "{term} in {b:?}");
        }
        assert!(!a.contains(&"the".to_string()));
    }

    #[test]
    fn names_and_numbers_are_marked() {
        let t = terms("Troops met Peskov on 3 June.");
        let sort = |w: &str| t.iter().find(|x| x.1 == w).map(|x| x.2);
        assert!(sort("peskov") == Some(Sort::Name));
        assert!(sort("june") == Some(Sort::Name));
        assert!(sort("3") == Some(Sort::Number));
        assert!(
            sort("troops") == Some(Sort::Word),
            "a capital that starts the sentence is no name"
        );
    }

    #[test]
    fn stems_are_light() {
        for (w, s) in [
            ("killed", "kill"),
            ("kills", "kill"),
            ("allies", "ally"),
            ("denied", "deny"),
            ("training", "train"),
            ("deployment", "deploy"),
            ("stopped", "stop"),
            ("news", "new"),
            ("press", "press"),
            ("status", "status"),
            ("red", "red"),
        ] {
            assert_eq!(stem(w), s, "{w}");
        }
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

    #[test]
    fn pair_scores_count_pairs_placed_together() {
        let found = vec![vec![1, 2, 3], vec![4, 5]];
        let gold = vec![vec![1, 2], vec![3, 4, 5]];
        let s = PairScores::new(&found, &gold);
        assert_eq!((s.found, s.gold, s.correct), (4, 4, 2));
        assert_eq!(s.precision(), 0.5);
        assert_eq!(s.recall(), 0.5);
        assert_eq!(s.f1(), 0.5);
        let none = PairScores::new::<u8>(&[], &[]);
        assert_eq!(
            (none.precision(), none.recall(), none.f1()),
            (0.0, 0.0, 0.0)
        );
    }
}
