//! `hedgelight compare FILE...`: the claims the files share, grouped by
//! `hedgelight_core::compare`, as JSON, as a readable list (`--text`), or
//! scored pairwise against a hand grouping (`--eval GOLD.json`).

use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

use serde::Serialize;

use hedgelight_core::compare::{
    corpus_date, group_analysed, keys, Grouping, HandGrouping, Member, Options, PairScores, Text,
};
use hedgelight_core::report::{document_report_of, CueReport, DocumentReport, MODEL, VERSION};
use hedgelight_core::Sentence;
use hedgelight_core::{analyze, Level};

use crate::commands::read_input;
use crate::flags::Args;
use crate::output::{self, Failure};
use crate::text_report::cue_list;

/// The output of `hedgelight compare`.
#[derive(Serialize)]
struct CompareReport<'a> {
    /// As in `hedgelight analyze`: what made the report.
    version: &'static str,
    model: &'static str,
    files: Vec<FileReport<'a>>,
    groups: Vec<GroupReport<'a>>,
    levels: Vec<&'static str>,
}

#[derive(Serialize)]
struct FileReport<'a> {
    file: &'a str,
    date: Option<&'a str>,
}

#[derive(Serialize)]
struct GroupReport<'a> {
    /// A short phrase from its most central sentence.
    label: &'a str,
    /// The terms its sentences share most.
    terms: &'a [String],
    /// In date order (undated files last).
    sentences: Vec<MemberReport<'a>>,
}

/// A sentence of a group: `analyze`'s sentence (character offsets) with the
/// file it is from.
#[derive(Serialize)]
struct MemberReport<'a> {
    file: &'a str,
    date: Option<&'a str>,
    /// The sentence's index in `hedgelight analyze FILE`.
    index: usize,
    text: &'a str,
    start: usize,
    end: usize,
    level: Option<Level>,
    cues: &'a [CueReport],
}

/// The files as read, analysed once for both the grouping and the reports.
struct Inputs {
    names: Vec<String>,
    texts: Vec<String>,
    analysed: Vec<Vec<Sentence>>,
}

impl Inputs {
    fn read(paths: &[PathBuf]) -> Result<Inputs, Failure> {
        let mut inputs = Inputs {
            names: Vec::new(),
            texts: Vec::new(),
            analysed: Vec::new(),
        };
        for path in paths {
            let text = read_input(Some(path))?;
            inputs.names.push(file_name(path));
            inputs.analysed.push(analyze(&text));
            inputs.texts.push(text);
        }
        Ok(inputs)
    }

    fn texts(&self) -> Vec<Text<'_>> {
        self.names
            .iter()
            .zip(&self.texts)
            .map(|(name, text)| Text {
                title: name,
                date: corpus_date(text),
                text,
            })
            .collect()
    }

    /// Each file's report, as `hedgelight analyze` gives it.
    fn reports(&self) -> Vec<DocumentReport> {
        self.texts
            .iter()
            .zip(&self.analysed)
            .map(|(t, a)| document_report_of(t, a.clone()))
            .collect()
    }
}

pub fn compare(args: Args) -> Result<(), Failure> {
    if args.inputs.is_empty() {
        return Err(Failure::Usage("needs at least one FILE".into()));
    }
    let inputs = Inputs::read(&args.inputs)?;
    let texts = inputs.texts();
    let grouping = group_analysed(&texts, &inputs.analysed, &Options::default());
    if let Some(gold) = &args.gold {
        return output::print(&evaluate(gold, &inputs, &grouping)?);
    }
    let reports = inputs.reports();
    let report = compare_report(&texts, &grouping, &reports);
    let body = if args.text {
        render(&report)
    } else {
        serde_json::to_string(&report).map_err(|e| e.to_string())? + "\n"
    };
    output::print(&body)
}

/// The groups with each member sentence as `analyze` reports it.
fn compare_report<'a>(
    texts: &[Text<'a>],
    grouping: &'a Grouping,
    reports: &'a [DocumentReport],
) -> CompareReport<'a> {
    let member = |m: &Member| {
        let s = &reports[m.text].sentences[m.sentence];
        MemberReport {
            file: texts[m.text].title,
            date: texts[m.text].date,
            index: m.sentence,
            text: &s.text,
            start: s.start,
            end: s.end,
            level: s.level,
            cues: &s.cues,
        }
    };
    CompareReport {
        version: VERSION,
        model: MODEL,
        files: texts
            .iter()
            .map(|t| FileReport {
                file: t.title,
                date: t.date,
            })
            .collect(),
        groups: grouping
            .groups
            .iter()
            .map(|g| GroupReport {
                label: &g.label,
                terms: &g.terms,
                sentences: g.members.iter().map(member).collect(),
            })
            .collect(),
        levels: Level::all().map(Level::name).collect(),
    }
}

/// A file's name as groups show it and hand groupings name it.
fn file_name(path: &Path) -> String {
    path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    )
}

/// `--eval`: pairwise precision, recall and F1 against the hand grouping.
fn evaluate(gold: &Path, inputs: &Inputs, grouping: &Grouping) -> Result<String, Failure> {
    let json =
        fs::read_to_string(gold).map_err(|e| format!("cannot read {}: {e}", gold.display()))?;
    let hand: HandGrouping = serde_json::from_str(&json)
        .map_err(|e| format!("{} is not a hand grouping: {e}", gold.display()))?;
    let hand_keys = hand
        .resolve(&inputs.texts(), &inputs.analysed)
        .map_err(|e| format!("{}: {e}", gold.display()))?;
    let s = PairScores::new(&keys(&grouping.groups), &hand_keys);
    Ok(format!(
        "{} claim sentences in {} files; {} groups found, {} by hand\n\
         pairs of sentences placed together: {} found, {} by hand, {} both\n\
         precision {:.3}  recall {:.3}  F1 {:.3}\n",
        grouping.sentences,
        inputs.names.len(),
        grouping.groups.len(),
        hand.groups.len(),
        s.found,
        s.gold,
        s.correct,
        s.precision(),
        s.recall(),
        s.f1()
    ))
}

/// The glyph of each level, as the widget shows it before a sentence
/// (README, "What a reader sees"); asserted has none.
const GLYPHS: [&str; 5] = ["✕", "?", "≈", "“", " "];

/// `--text`: each group's label and how many files tell it, then its
/// sentences in date order with file, date, level and cues.
fn render(report: &CompareReport) -> String {
    let mut out = String::new();
    let n = report.groups.len();
    writeln!(
        out,
        "{n} {} across {} files",
        if n == 1 {
            "claim group"
        } else {
            "claim groups"
        },
        report.files.len()
    )
    .unwrap();
    for g in &report.groups {
        let mut files: Vec<&str> = g.sentences.iter().map(|s| s.file).collect();
        files.sort_unstable();
        files.dedup();
        writeln!(out, "\n# {} ({} files)", g.label, files.len()).unwrap();
        for s in &g.sentences {
            let level = s.level.map_or("-".to_string(), |l| {
                format!(
                    "{} {} {}",
                    GLYPHS[usize::from(l.number()) - 1],
                    l.number(),
                    l.name()
                )
            });
            let text = s.text.split_whitespace().collect::<Vec<_>>().join(" ");
            let head = format!(
                "  {:<10}  {}  {level:<14}",
                s.date.unwrap_or("(no date)"),
                s.file
            );
            writeln!(out, "{head} | {text}").unwrap();
            if !s.cues.is_empty() {
                let pad = " ".repeat(head.chars().count());
                writeln!(out, "{pad} | cues: {}", cue_list(s.cues)).unwrap();
            }
        }
    }
    out
}
