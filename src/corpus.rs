//! The five articles of the demo corpus, compiled into the widget so it needs
//! no server beyond static files. Only with the `corpus` feature (on by default, for
//! the demo): the npm package's element is built without it, so that every host page
//! does not download five reports it never shows. Without it there are no articles,
//! and `hedge-reader.js` never asks for the corpus reader.

/// One corpus article, split into its metadata and body.
#[derive(Clone, Debug, PartialEq)]
pub struct Article {
    /// The file's numeric prefix ("000"), used as `article="000"`.
    pub id: &'static str,
    /// ISO date from a leading " date YYYY-MM-DD" marker, if the file has one.
    pub date: Option<&'static str>,
    pub body: &'static str,
}

#[cfg(feature = "corpus")]
const FILES: [(&str, &str); 5] = [
    (
        "000",
        include_str!("../static/corpus/000_e4b83ed9eaea7b5a.txt"),
    ),
    (
        "001",
        include_str!("../static/corpus/001_f0a2ea317c2ec4f5.txt"),
    ),
    (
        "002",
        include_str!("../static/corpus/002_19378f4b9397f279.txt"),
    ),
    (
        "003",
        include_str!("../static/corpus/003_ef0a8408217a079b.txt"),
    ),
    (
        "004",
        include_str!("../static/corpus/004_dd488b57ef7a5599.txt"),
    ),
];
#[cfg(not(feature = "corpus"))]
const FILES: [(&str, &str); 0] = [];

pub fn articles() -> Vec<Article> {
    FILES.iter().map(|&(id, raw)| parse(id, raw)).collect()
}

pub fn article(id: &str) -> Option<Article> {
    FILES
        .iter()
        .find(|(i, _)| *i == id)
        .map(|&(id, raw)| parse(id, raw))
}

/// Splits off the " date YYYY-MM-DD " marker some files start with.
pub fn parse(id: &'static str, raw: &'static str) -> Article {
    let trimmed = raw.trim_start();
    if let Some(rest) = trimmed.strip_prefix("date ") {
        let date = rest.get(..10).filter(|d| is_iso_date(d));
        if let Some(date) = date {
            return Article {
                id,
                date: Some(date),
                body: rest[10..].trim(),
            };
        }
    }
    Article {
        id,
        date: None,
        body: raw.trim(),
    }
}

fn is_iso_date(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 10
        && b.iter().enumerate().all(|(i, c)| {
            if i == 4 || i == 7 {
                *c == b'-'
            } else {
                c.is_ascii_digit()
            }
        })
}

/// A short title: the first words of the text, cut at a word boundary.
pub fn title_of(text: &str, max_words: usize) -> String {
    let first_line = text
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty())
        .unwrap_or("");
    let words: Vec<&str> = first_line.split_whitespace().collect();
    if words.len() <= max_words {
        return first_line.trim_end_matches(['.', ':']).to_string();
    }
    let cut = words[..max_words].join(" ");
    format!("{}…", cut.trim_end_matches([',', ';', ':', '-', '–', '—']))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_date_marker() {
        let a = parse("x", " date 2024-10-09 The South Korean government said.");
        assert_eq!(a.date, Some("2024-10-09"));
        assert_eq!(a.body, "The South Korean government said.");
        let b = parse("y", "President Zelensky warned on October 14.");
        assert_eq!(b.date, None);
        assert_eq!(parse("z", " date soon: text").date, None);
    }

    #[test]
    #[cfg(feature = "corpus")]
    fn all_five_articles_are_embedded() {
        let all = articles();
        assert_eq!(all.len(), 5);
        assert!(all
            .iter()
            .all(|a| !a.body.is_empty() && !a.body.starts_with("date")));
        assert_eq!(article("000").unwrap().date, Some("2024-10-09"));
        assert!(article("999").is_none());
    }

    #[test]
    #[cfg(not(feature = "corpus"))]
    fn no_articles_without_the_corpus_feature() {
        assert!(articles().is_empty());
        assert!(article("000").is_none());
    }

    #[test]
    fn titles_are_the_first_words() {
        assert_eq!(title_of("One two three four five six", 3), "One two three…");
        assert_eq!(title_of("\n  Short line.\nMore", 8), "Short line");
    }
}
