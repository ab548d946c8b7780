//! Which source mentions of a text are the same speaker. A story names its
//! sources in full once and shortly after ("Seoul's defence minister Kim
//! Yong-hyun said…", later "Kim said…", "Mr. Kim added…"); a reader's list of
//! who says what should show one Kim, not two. Each mention gets the span of
//! its entity's fullest mention, so the CLI's JSON and the widget's Sources
//! view group mentions alike, without either re-deciding who is who.
//!
//! Named mentions are linked by their name: the capitalised words that end
//! the mention, less an honorific ("Mr.", "Gen."). A name whose words appear,
//! in order, in exactly one longer name of the text is that name ("Kim" in
//! "Kim Yong-hyun"); a name found in two ("Kim" with "Kim Yong-hyun" and
//! "Kim Jong Un") stays apart, since the text alone does not say which.
//! Everything else (bodies written in lowercase, unnamed sources) is linked
//! by its words, whatever the case, spacing or apostrophe style.

use std::collections::HashMap;
use std::ops::Range;
use std::sync::OnceLock;

/// How many longer names sharing a word are compared with a short one: a
/// text listing thousands of "Kim"s costs no more than this per mention.
const MAX_CANDIDATES: usize = 8;

/// One source mention: its byte span in the text and whether it is named.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mention {
    pub span: Range<usize>,
    pub named: bool,
}

/// For each mention (in text order), the span of the mention that stands for
/// its entity: the first mention with the entity's fullest name, or for an
/// unnamed source the first mention written with the same words.
pub fn link(text: &str, mentions: &[Mention]) -> Vec<Range<usize>> {
    let keys: Vec<Key> = mentions.iter().map(|m| key(text, m)).collect();
    // The first mention of each distinct key, and the names by word.
    let mut first: HashMap<&Key, usize> = HashMap::new();
    let mut by_word: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, k) in keys.iter().enumerate() {
        if first.contains_key(k) {
            continue;
        }
        first.insert(k, i);
        if let Key::Name(words) = k {
            for w in words {
                let list = by_word.entry(w.as_str()).or_default();
                if list.len() < MAX_CANDIDATES {
                    list.push(i);
                }
            }
        }
    }
    let mut linked: Vec<Range<usize>> = keys
        .iter()
        .map(|k| {
            let own = first[k];
            let fuller = match k {
                Key::Name(words) => fuller_name(words, &keys, &by_word),
                Key::Words(_) => None,
            };
            mentions[fuller.unwrap_or(own)].span.clone()
        })
        .collect();
    link_titles(text, mentions, &keys, &mut linked);
    linked
}

/// "The minister added…" after "Defence Minister Kim Yong-hyun said…": a
/// title with no name stands for the latest named mention that holds the
/// same title. Only earlier mentions count, as a reader reads.
fn link_titles(text: &str, mentions: &[Mention], keys: &[Key], linked: &mut [Range<usize>]) {
    // The latest named mention holding each title word, in one pass.
    let mut latest: HashMap<&str, usize> = HashMap::new();
    for (i, (m, k)) in mentions.iter().zip(keys).enumerate() {
        match k {
            Key::Words(words) if m.named => {
                let title = words
                    .strip_prefix("the ")
                    .and_then(|w| w.rsplit(' ').next());
                if let Some(&j) = title.and_then(|t| latest.get(t)) {
                    linked[i] = linked[j].clone();
                }
            }
            Key::Name(_) => {
                let phrase = text.get(m.span.clone()).unwrap_or("").to_lowercase();
                for t in titles()
                    .iter()
                    .filter(|t| phrase.split(' ').any(|w| w == t.as_str()))
                {
                    latest.insert(t.as_str(), i);
                }
            }
            Key::Words(_) => {}
        }
    }
}

fn titles() -> &'static [String] {
    static LIST: OnceLock<Vec<String>> = OnceLock::new();
    LIST.get_or_init(|| crate::wordlists::list(data!("sources.txt"), "titles"))
}

/// The one fullest name that holds every word of `words` in order: among
/// the longer names that hold them, one that holds all the others.
fn fuller_name(
    words: &[String],
    keys: &[Key],
    by_word: &HashMap<&str, Vec<usize>>,
) -> Option<usize> {
    let name = |c: usize| match &keys[c] {
        Key::Name(n) => n.as_slice(),
        Key::Words(_) => &[],
    };
    let holders: Vec<usize> = by_word
        .get(words.first()?.as_str())?
        .iter()
        .copied()
        .filter(|&c| name(c).len() > words.len() && holds_in_order(name(c), words))
        .collect();
    let fullest = holders.iter().copied().max_by_key(|&c| name(c).len())?;
    holders
        .iter()
        .all(|&c| holds_in_order(name(fullest), name(c)))
        .then_some(fullest)
}

fn holds_in_order(longer: &[String], words: &[String]) -> bool {
    let mut rest = longer.iter();
    words.iter().all(|w| rest.any(|l| l == w))
}

/// What links mentions: a person's or body's name, or the words of a
/// mention that has none.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
enum Key {
    Name(Vec<String>),
    Words(String),
}

fn key(text: &str, m: &Mention) -> Key {
    let phrase = text.get(m.span.clone()).unwrap_or("");
    let folded = phrase.replace('\u{2019}', "'");
    let words: Vec<&str> = folded.split_whitespace().collect();
    if m.named {
        let name: Vec<String> = words
            .iter()
            .rev()
            .take_while(|w| w.starts_with(char::is_uppercase))
            .map(|w| w.trim_end_matches([',', '.']).to_string())
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .skip_while(|w| is_honorific(w))
            .collect();
        // "Seoul's defence ministry": no name at its end; "Seoul's" alone is
        // a place owning the speaker, not the speaker.
        if !name.is_empty() && !name.iter().all(|w| w.ends_with("'s")) {
            return Key::Name(name);
        }
    }
    Key::Words(words.join(" ").to_lowercase())
}

fn is_honorific(word: &str) -> bool {
    static LIST: OnceLock<Vec<String>> = OnceLock::new();
    LIST.get_or_init(|| crate::wordlists::list(data!("sources.txt"), "honorifics"))
        .iter()
        .any(|h| word.eq_ignore_ascii_case(h))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn linked(text: &str, phrases: &[(&str, bool)]) -> Vec<String> {
        let mut from = 0;
        let mentions: Vec<Mention> = phrases
            .iter()
            .map(|&(p, named)| {
                let start = from + text[from..].find(p).expect("phrase in text");
                from = start + p.len();
                Mention {
                    span: start..start + p.len(),
                    named,
                }
            })
            .collect();
        link(text, &mentions)
            .into_iter()
            .map(|r| text[r].to_string())
            .collect()
    }

    #[test]
    fn a_title_without_a_name_is_the_latest_person_who_holds_it() {
        let text = "Defence Minister Kim Yong-hyun said so. The minister added more. \
                    President Yoon Suk Yeol spoke. The minister spoke again. The president agreed. \
                    The governor declined.";
        let got = linked(
            text,
            &[
                ("Defence Minister Kim Yong-hyun", true),
                ("The minister", true),
                ("President Yoon Suk Yeol", true),
                ("The minister", true),
                ("The president", true),
                ("The governor", true),
            ],
        );
        assert_eq!(
            got,
            [
                "Defence Minister Kim Yong-hyun",
                "Defence Minister Kim Yong-hyun",
                "President Yoon Suk Yeol",
                "Defence Minister Kim Yong-hyun",
                "President Yoon Suk Yeol",
                // No governor was named: the title stays its own entity.
                "The governor",
            ]
        );
    }

    #[test]
    fn a_short_name_is_the_full_one_it_belongs_to() {
        let text = "Seoul's defence minister Kim Yong-hyun said so. Kim said more. \
                    Mr. Kim added a word. Two officials said no.";
        let got = linked(
            text,
            &[
                ("Seoul's defence minister Kim Yong-hyun", true),
                ("Kim", true),
                ("Mr. Kim", true),
                ("Two officials", false),
            ],
        );
        let full = "Seoul's defence minister Kim Yong-hyun";
        assert_eq!(got, [full, full, full, "Two officials"]);
    }

    #[test]
    fn an_ambiguous_short_name_stays_apart() {
        let text = "Kim Yong-hyun spoke. Kim Jong Un spoke. Kim spoke.";
        let got = linked(
            text,
            &[
                ("Kim Yong-hyun", true),
                ("Kim Jong Un", true),
                ("Kim", true),
            ],
        );
        assert_eq!(got, ["Kim Yong-hyun", "Kim Jong Un", "Kim"]);
    }

    #[test]
    fn unnamed_sources_and_bodies_link_by_their_words() {
        let text = "Two officials said. two  officials said. The ministry said. the ministry said.";
        let got = linked(
            text,
            &[
                ("Two officials", false),
                ("two  officials", false),
                ("The ministry", true),
                ("the ministry", true),
            ],
        );
        assert_eq!(
            got,
            [
                "Two officials",
                "Two officials",
                "The ministry",
                "The ministry"
            ]
        );
    }
}
