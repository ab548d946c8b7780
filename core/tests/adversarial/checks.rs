//! The invariants of the analysis, checked on any text: by the ordinary
//! tests (`tests/invariants.rs`, on the adversarial inputs of `inputs.rs`)
//! and by the fuzz targets (`fuzz/`, on coverage-guided inputs). Each check
//! panics with `name` (what the text is) and what failed.
//!
//! * offsets in bounds and on character boundaries;
//! * sentences in order, not overlapping, trimmed, non-empty, and covering
//!   every non-whitespace character;
//! * cues inside their sentence, with `text` equal to the slice;
//! * a level 1 to 5 exactly for claims, none for other kinds, and a score
//!   inside its level's band `(level - 1) / 5 ..= level / 5`;
//! * the same result twice;
//! * JSON that parses back to the same values.

use hedgelight_core::report::{document_report, line_report, DocumentReport, LineReport};
use hedgelight_core::segment::split;
use hedgelight_core::Cue;
use hedgelight_core::{analyze, Level};
use serde_json::Value;

/// Every check on `text`: its segments, its document analysis and report,
/// and its report as one line.
pub fn all(name: &str, text: &str) {
    segments(name, text);
    document(name, text);
    line(name, text);
}

/// `analyze` and `document_report` on `text`.
pub fn document(name: &str, text: &str) {
    // Determinism is checked on the report below (it runs `analyze` again).
    let doc = analyze(text);
    let mut prev_end = 0;
    for s in &doc {
        let r = &s.range;
        assert!(
            r.start >= prev_end && r.start < r.end && r.end <= text.len(),
            "{name}: {r:?}"
        );
        assert!(
            text.is_char_boundary(r.start) && text.is_char_boundary(r.end),
            "{name}: {r:?}"
        );
        prev_end = r.end;
        for c in &s.cues {
            assert!(
                r.start <= c.start && c.start < c.end && c.end <= r.end,
                "{name}: {c:?} outside {r:?}"
            );
            assert!(
                text.is_char_boundary(c.start) && text.is_char_boundary(c.end),
                "{name}: {c:?}"
            );
        }
        match (s.level, s.score) {
            (Some(level), Some(score)) => {
                assert!(s.kind.is_claim(), "{name}: a level on a {:?}", s.kind);
                check_band(name, level, score);
            }
            (None, None) => assert!(!s.kind.is_claim() && s.cues.is_empty(), "{name}: {s:?}"),
            _ => panic!("{name}: level and score disagree: {s:?}"),
        }
        if let Some(src) = &s.source {
            for v in std::iter::once(src).chain(&src.via) {
                assert!(v.start < v.end && v.end <= text.len(), "{name}: {v:?}");
                assert!(
                    text.is_char_boundary(v.start) && text.is_char_boundary(v.end),
                    "{name}: {v:?}"
                );
            }
        }
    }
    let report = document_report(text);
    assert_eq!(
        report,
        document_report(text),
        "{name}: report not deterministic"
    );
    check_document_report(name, text, &report);
    check_json(name, &report);
}

/// `line_report` on `text` (the `lines` command's analysis of one line).
pub fn line(name: &str, text: &str) {
    let report = line_report(text);
    assert_eq!(report, line_report(text), "{name}: not deterministic");
    check_line_report(name, text, &report);
    check_json(name, &report);
}

/// Cues found in `text` (by any detector): non-empty, in bounds, on
/// character boundaries, in order of start.
pub fn cues(name: &str, text: &str, cues: &[Cue]) {
    let mut prev_start = 0;
    for c in cues {
        assert!(c.start < c.end && c.end <= text.len(), "{name}: {c:?}");
        assert!(
            text.is_char_boundary(c.start) && text.is_char_boundary(c.end),
            "{name}: {c:?}"
        );
        assert!(c.start >= prev_start, "{name}: {c:?} out of order");
        assert!((0.0..=1.0).contains(&c.strength), "{name}: {c:?}");
        prev_start = c.start;
    }
}

/// Sentences of `split`: in order, not overlapping, trimmed, non-empty, and
/// every non-whitespace character is in one.
pub fn segments(name: &str, text: &str) {
    let ranges = split(text);
    let mut at = 0;
    for r in &ranges {
        assert!(
            r.start >= at && r.start < r.end && r.end <= text.len(),
            "{name}: {r:?}"
        );
        assert!(
            text.is_char_boundary(r.start) && text.is_char_boundary(r.end),
            "{name}: {r:?}"
        );
        let s = &text[r.clone()];
        assert_eq!(s, s.trim(), "{name}: untrimmed {r:?}");
        assert!(
            text[at..r.start].trim().is_empty(),
            "{name}: text lost before {r:?}"
        );
        at = r.end;
    }
    assert!(text[at..].trim().is_empty(), "{name}: text lost at the end");
}

/// A level's band: `(level - 1) / 5 ..= level / 5`.
fn check_band(name: &str, level: Level, score: f32) {
    let n = f32::from(level.number());
    let count = f32::from(Level::COUNT);
    assert!(
        (1..=Level::COUNT).contains(&level.number()),
        "{name}: level {level:?}"
    );
    assert!(
        (n - 1.0) / count <= score && score <= n / count,
        "{name}: score {score} outside level {}'s band",
        level.number()
    );
}

fn char_slice(chars: &[char], start: usize, end: usize) -> Option<String> {
    chars.get(start..end).map(|c| c.iter().collect())
}

fn check_document_report(name: &str, text: &str, report: &DocumentReport) {
    let chars: Vec<char> = text.chars().collect();
    for s in &report.sentences {
        assert_eq!(
            char_slice(&chars, s.start, s.end).as_deref(),
            Some(s.text.as_str()),
            "{name}"
        );
        for c in &s.cues {
            assert!(s.start <= c.start && c.end <= s.end, "{name}: {c:?}");
            assert_eq!(
                char_slice(&chars, c.start, c.end).as_deref(),
                Some(c.text.as_str()),
                "{name}"
            );
        }
        if let Some(src) = &s.source {
            assert_eq!(
                char_slice(&chars, src.start, src.end).as_deref(),
                Some(src.text.as_str()),
                "{name}"
            );
        }
        if let (Some(level), Some(score)) = (s.level, s.score) {
            check_band(name, level, score);
        }
    }
}

fn check_line_report(name: &str, text: &str, report: &LineReport) {
    let chars: Vec<char> = text.chars().collect();
    check_band(name, report.level, report.score);
    for c in &report.cues {
        assert_eq!(
            char_slice(&chars, c.start, c.end).as_deref(),
            Some(c.text.as_str()),
            "{name}"
        );
    }
    if let Some(src) = &report.source {
        assert_eq!(
            char_slice(&chars, src.start, src.end).as_deref(),
            Some(src.text.as_str()),
            "{name}"
        );
    }
}

/// The JSON printed parses back to the values serialized. Scores are `f32`:
/// their shortest decimal form reads back as the same `f32`.
fn check_json(name: &str, report: &impl serde::Serialize) {
    let printed = serde_json::to_string(report).unwrap();
    let parsed: Value = serde_json::from_str(&printed).unwrap();
    let direct = serde_json::to_value(report).unwrap();
    assert!(
        same(&parsed, &direct),
        "{name}: JSON does not parse back: {printed}"
    );
}

fn same(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => match (x.as_u64(), y.as_u64()) {
            (Some(x), Some(y)) => x == y,
            _ => x.as_f64().map(|v| v as f32) == y.as_f64().map(|v| v as f32),
        },
        (Value::Array(x), Value::Array(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(x, y)| same(x, y))
        }
        (Value::Object(x), Value::Object(y)) => {
            x.len() == y.len() && x.iter().all(|(k, v)| y.get(k).is_some_and(|w| same(v, w)))
        }
        _ => a == b,
    }
}
