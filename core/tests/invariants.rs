//! The analysis's invariants on adversarial inputs (those the benchmark
//! `benches/adversarial.rs` times at 100 KB and 1 MB), built here at small
//! sizes, and on mixtures of them: offsets in bounds and on character
//! boundaries; sentences in order, not overlapping, trimmed and covering
//! every non-whitespace character; cues inside their sentence with their
//! text; levels 1 to 5 or none; scores inside their level's band; the same
//! result twice; JSON that parses back to the same values. The fuzz targets
//! (`fuzz/`) check the same with coverage-guided inputs.

use hedgelight_core::report::{document_report, line_report, DocumentReport, LineReport};
use hedgelight_core::segment::split;
use hedgelight_core::{analyze, Level};
use serde_json::Value;

#[path = "adversarial/inputs.rs"]
mod inputs;
use inputs::INPUTS;

/// Checks every invariant on `text`; panics with the text's name on a failure.
fn check(name: &str, text: &str) {
    check_segments(name, text);
    let doc = analyze(text);
    assert_eq!(doc, analyze(text), "{name}: not deterministic");
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
    check_document_report(name, text, &report);
    check_json(name, &report);
    let line = line_report(text);
    check_line_report(name, text, &line);
    check_json(name, &line);
}

/// Sentences of `split`: in order, not overlapping, trimmed, non-empty, and
/// every non-whitespace character is in one.
fn check_segments(name: &str, text: &str) {
    let ranges = split(text);
    let mut at = 0;
    for r in &ranges {
        assert!(
            r.start >= at && r.start < r.end && r.end <= text.len(),
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

#[test]
fn adversarial_inputs_keep_the_invariants() {
    for input in INPUTS {
        for bytes in [1, 300, 3_000] {
            check(
                &format!("{} ({})", input.name, input.about),
                &(input.build)(bytes),
            );
        }
    }
}

#[test]
fn mixtures_of_adversarial_inputs_keep_the_invariants() {
    // Each input followed by every other, with each line end between them.
    for a in INPUTS {
        for b in INPUTS {
            for sep in ["\n", "\r\n", "\r", "\u{2028}", "\u{2029}", "\n\n", " "] {
                let text = (a.build)(200) + sep + &(b.build)(200);
                check(&format!("{} {sep:?} {}", a.name, b.name), &text);
            }
        }
    }
}

#[test]
fn cut_adversarial_inputs_keep_the_invariants() {
    // Every prefix of a few characters' steps: cut inside quotes, brackets,
    // datelines and multi-byte characters' neighbours.
    for input in INPUTS {
        let text = (input.build)(400);
        for (i, _) in text.char_indices().step_by(7) {
            check(input.name, &text[..i]);
            check(input.name, &text[i..]);
        }
    }
}
