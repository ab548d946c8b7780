//! Reading the gold: a `.jsonl` per article, one object per segment
//! (code-point offsets, level 1–5 or "none", cues with categories, optionally
//! a source), beside the article's `.txt`.

use std::fs;
use std::path::{Path, PathBuf};

use hedgelight_core::offsets::char_offset;
use hedgelight_core::Category;
use serde::Deserialize;

use crate::output::Failure;
use crate::span::Span;

/// A gold level: a claim's 1–5, or `None` for a segment that is not a claim.
pub type GoldLevel = Option<u8>;

/// One annotated segment.
#[derive(Deserialize)]
pub struct GoldLine {
    pub start: usize,
    pub end: usize,
    pub text: String,
    #[serde(deserialize_with = "level_or_none")]
    pub level: GoldLevel,
    #[serde(default)]
    pub cues: Vec<GoldCue>,
    #[serde(default)]
    pub reason: String,
    /// Absent in gold that does not annotate sources; `null` for none.
    #[serde(default, deserialize_with = "present")]
    pub source: Option<Option<GoldSource>>,
}

#[derive(Deserialize)]
pub struct GoldSource {
    pub text: String,
    pub named: bool,
}

#[derive(Deserialize)]
pub struct GoldCue {
    pub text: String,
    pub category: Category,
}

impl GoldLine {
    /// The segment's span in the article.
    pub fn span(&self) -> Span {
        Span {
            start: self.start,
            end: self.end,
        }
    }

    /// Where the first occurrence of `words` in the segment stands in the
    /// article, in characters (the gold gives cues and sources by their words).
    pub fn find(&self, words: &str) -> Option<Span> {
        let at = self.text.find(words)?;
        let start = self.start + char_offset(&self.text, at);
        Some(Span {
            start,
            end: start + words.chars().count(),
        })
    }
}

/// Tells a `"source": null` (annotated: no source) from a missing key.
fn present<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<Option<GoldSource>>, D::Error> {
    Option::<GoldSource>::deserialize(d).map(Some)
}

fn level_or_none<'de, D: serde::Deserializer<'de>>(d: D) -> Result<GoldLevel, D::Error> {
    use serde::de::Error;
    match serde_json::Value::deserialize(d)? {
        serde_json::Value::String(s) if s == "none" => Ok(None),
        serde_json::Value::Number(n) => match n.as_u64() {
            Some(l @ 1..=5) => Ok(Some(l as u8)),
            _ => Err(D::Error::custom(format!("level {n} is not 1 to 5"))),
        },
        other => Err(D::Error::custom(format!(
            "level {other} is not 1-5 or \"none\""
        ))),
    }
}

/// The `.jsonl` gold files the operands name: each directory's, sorted, and
/// each file named.
pub fn gold_files(paths: &[PathBuf]) -> Result<Vec<PathBuf>, Failure> {
    let mut out = Vec::new();
    for p in paths {
        if p.is_dir() {
            let entries = fs::read_dir(p).map_err(|e| format!("{}: {e}", p.display()))?;
            let mut found: Vec<PathBuf> = entries
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|f| f.extension().is_some_and(|x| x == "jsonl"))
                .collect();
            found.sort();
            out.extend(found);
        } else {
            out.push(p.clone());
        }
    }
    if out.is_empty() {
        return Err(Failure::Usage("no .jsonl gold file found".into()));
    }
    Ok(out)
}

/// An article's gold: its text (the `.txt` beside the `.jsonl`) and segments.
pub struct Gold {
    pub text: String,
    pub lines: Vec<GoldLine>,
}

pub fn read_gold(jsonl: &Path) -> Result<Gold, String> {
    let shown = jsonl.display();
    let text_path = jsonl.with_extension("txt");
    let text = fs::read_to_string(&text_path)
        .map_err(|e| format!("{}: {e} (the text beside {shown})", text_path.display()))?;
    let lines = fs::read_to_string(jsonl).map_err(|e| format!("{shown}: {e}"))?;
    let lines = lines
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, l)| serde_json::from_str(l).map_err(|e| format!("{shown}:{}: {e}", i + 1)))
        .collect::<Result<Vec<GoldLine>, _>>()?;
    Ok(Gold { text, lines })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_levels_and_rejects_bad_ones() {
        let l: GoldLine =
            serde_json::from_str(r#"{"start":0,"end":2,"text":"Hi","level":"none","cues":[]}"#)
                .unwrap();
        assert_eq!(l.level, None);
        let l: GoldLine = serde_json::from_str(r#"{"start":0,"end":2,"text":"Hi","level":3,"cues":[{"text":"Hi","category":"speculation"}]}"#).unwrap();
        assert_eq!(l.level, Some(3));
        assert!(
            serde_json::from_str::<GoldLine>(r#"{"start":0,"end":2,"text":"Hi","level":7}"#)
                .is_err()
        );
        assert!(serde_json::from_str::<GoldLine>(
            r#"{"start":0,"end":2,"text":"Hi","level":"high"}"#
        )
        .is_err());
    }

    #[test]
    fn tells_no_source_from_an_unannotated_one() {
        let line = |json: &str| serde_json::from_str::<GoldLine>(json).unwrap();
        let missing = line(r#"{"start":0,"end":2,"text":"Hi","level":5}"#);
        assert!(missing.source.is_none());
        let none = line(r#"{"start":0,"end":2,"text":"Hi","level":5,"source":null}"#);
        assert!(matches!(none.source, Some(None)));
    }

    #[test]
    fn finds_words_in_characters_of_the_article() {
        let line: GoldLine =
            serde_json::from_str(r#"{"start":10,"end":24,"text":"Café owners said","level":4}"#)
                .unwrap();
        assert_eq!(line.find("owners"), Some(Span { start: 15, end: 21 }));
        assert_eq!(line.find("nobody"), None);
    }
}
