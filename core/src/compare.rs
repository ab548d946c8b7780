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
//! **How.** Each claim sentence (see [`crate::kind`]) becomes a vector of
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
//! [`group_analysed`] returns. A module a job: `terms` (a sentence's words
//! as terms), `clusters` (average link), `hand` (scoring against a hand
//! grouping); this file builds the vectors and the candidate pairs.

mod clusters;
mod hand;
mod terms;

use std::collections::{HashMap, HashSet};
use std::ops::Range;

use crate::analysis::{analyze, Sentence};
use crate::kind::Kind;
use crate::score::Level;
use clusters::Clusters;
pub use hand::{keys, HandGroup, HandGrouping, HandMember, PairScores, SentenceKey};
pub use terms::stem;
use terms::{terms, Sort};

/// One text to compare.
#[derive(Clone, Copy, Debug)]
pub struct Text<'a> {
    pub title: &'a str,
    /// `YYYY-MM-DD` (any string that sorts by date); `None` sorts last.
    pub date: Option<&'a str>,
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
    let mut vocabulary = Vocabulary::default();
    let mut counts: Vec<Vec<(u32, f32, Sort)>> = Vec::new();
    let mut claims: Vec<Claim> = Vec::new();
    for (t, (text, sentences)) in texts.iter().zip(analysed).enumerate() {
        for (s, sentence) in sentences.iter().enumerate() {
            if sentence.kind != Kind::Claim {
                continue;
            }
            counts.push(vocabulary.count(&text.text[sentence.range.clone()]));
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
        claim.terms = weigh(v, &idf, options);
    }
    Vectors {
        claims,
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

impl Vocabulary {
    /// A sentence's terms as (id, count, sort), sorted by id; a term met
    /// both as a word and as a name counts as the higher sort.
    fn count(&mut self, sentence: &str) -> Vec<(u32, f32, Sort)> {
        let mut counts: HashMap<u32, (f32, Sort)> = HashMap::new();
        for (term, word, sort) in terms(sentence) {
            let id = *self.ids.entry(term).or_insert_with(|| {
                self.surface.push(word);
                (self.surface.len() - 1) as u32
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
        v
    }
}

/// TF-IDF with the boosts of names and numbers, as a unit vector.
fn weigh(counts: &[(u32, f32, Sort)], idf: &[f32], options: &Options) -> Vec<(u32, f32)> {
    let mut terms: Vec<(u32, f32)> = counts
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
