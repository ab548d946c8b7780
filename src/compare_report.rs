//! The JSON of the element's `compare()`: the claims several texts share, as
//! `hedgelight compare` groups files, with each sentence's report from
//! `hedgelight analyze`. Plain structs (not `serde_json::Value`), which keep
//! the widget's WebAssembly smaller.

use serde::Serialize;

use hedgelight_core::compare::{group_analysed, Grouping, Options, Text};
use hedgelight_core::report::{document_report_of, CueReport};
use hedgelight_core::{analyze, Level, Sentence};

use crate::claims::iso_date;
use crate::HostText;

#[derive(Serialize)]
pub struct CompareReport {
    /// The input's titles and dates, in its order.
    pub texts: Vec<TextReport>,
    pub groups: Vec<GroupReport>,
    pub levels: Vec<&'static str>,
    /// Claim sentences compared.
    pub sentences: usize,
    /// Pairs of sentences whose similarity was computed, of `all_pairs`.
    pub candidate_pairs: usize,
    pub all_pairs: usize,
}

#[derive(Serialize)]
pub struct TextReport {
    pub title: Option<String>,
    /// `YYYY-MM-DD`, or null (none given, or not in that form).
    pub date: Option<String>,
}

#[derive(Serialize)]
pub struct GroupReport {
    /// A short phrase from its most central sentence.
    pub label: String,
    /// The terms its sentences share most.
    pub terms: Vec<String>,
    /// In date order, undated texts last.
    pub sentences: Vec<MemberReport>,
}

/// A sentence of a group: `analyze`'s sentence of text `item`.
#[derive(Serialize)]
pub struct MemberReport {
    /// Its text's position in the input.
    pub item: usize,
    pub title: Option<String>,
    pub date: Option<String>,
    /// Its index in that text's `analyze()`.
    pub index: usize,
    pub text: String,
    pub start: usize,
    pub end: usize,
    pub level: Option<Level>,
    pub cues: Vec<CueReport>,
}

/// The texts as `compare()` takes them: `[{"title", "date", "text"}]`.
pub fn parse_texts(texts_json: &str) -> Result<Vec<HostText>, String> {
    serde_json::from_str(texts_json).map_err(|e| format!("hedge-reader: invalid texts: {e}"))
}

/// The host's texts as the matcher takes them; a date that is not
/// `YYYY-MM-DD` counts as none.
pub fn inputs(texts: &[HostText]) -> Vec<Text<'_>> {
    texts
        .iter()
        .map(|t| Text {
            title: t.title.as_deref().unwrap_or(""),
            date: t.date.as_deref().and_then(iso_date),
            text: &t.text,
        })
        .collect()
}

pub fn analyse(texts: &[HostText]) -> Vec<Vec<Sentence>> {
    texts.iter().map(|t| analyze(&t.text)).collect()
}

pub fn group(texts: &[HostText], analysed: &[Vec<Sentence>]) -> Grouping {
    group_analysed(&inputs(texts), analysed, &Options::default())
}

pub fn compare_report(texts: &[HostText]) -> CompareReport {
    let analysed = analyse(texts);
    let grouping = group(texts, &analysed);
    let dates: Vec<Option<String>> = inputs(texts)
        .iter()
        .map(|t| t.date.map(String::from))
        .collect();
    let mut reports: Vec<_> = texts
        .iter()
        .zip(analysed)
        .map(|(t, a)| document_report_of(&t.text, a))
        .collect();
    let groups = grouping
        .groups
        .iter()
        .map(|g| GroupReport {
            label: g.label.clone(),
            terms: g.terms.clone(),
            sentences: g
                .members
                .iter()
                .map(|m| {
                    let s = &mut reports[m.text].sentences[m.sentence];
                    MemberReport {
                        item: m.text,
                        title: texts[m.text].title.clone(),
                        date: dates[m.text].clone(),
                        index: m.sentence,
                        text: std::mem::take(&mut s.text),
                        start: s.start,
                        end: s.end,
                        level: s.level,
                        cues: std::mem::take(&mut s.cues),
                    }
                })
                .collect(),
        })
        .collect();
    CompareReport {
        texts: texts
            .iter()
            .zip(dates)
            .map(|(t, date)| TextReport {
                title: t.title.clone(),
                date,
            })
            .collect(),
        groups,
        levels: Level::all().map(Level::name).collect(),
        sentences: grouping.sentences,
        candidate_pairs: grouping.candidate_pairs,
        all_pairs: grouping.all_pairs,
    }
}
