//! The subcommands. Each parses its own arguments and streams its output.

use std::fs;
use std::io::{self, BufRead, BufWriter, Read, Write};
use std::path::PathBuf;

use crate::flags::Args;
use crate::output::{self, write_failure, Failure};
use crate::text_report;
use hedgelight_core::report::{document_report, line_report};
use hedgelight_core::segment;

/// Reads a whole input as text. Invalid UTF-8 is replaced by U+FFFD with a
/// warning that says where, so one bad byte never loses the document.
pub fn read_input(file: Option<&PathBuf>) -> Result<String, String> {
    let (bytes, name) = match file {
        Some(path) if path.as_os_str() != "-" => (
            fs::read(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?,
            path.display().to_string(),
        ),
        _ => {
            let mut buf = Vec::new();
            io::stdin()
                .read_to_end(&mut buf)
                .map_err(|e| format!("cannot read standard input: {e}"))?;
            (buf, "standard input".to_string())
        }
    };
    Ok(lossy(bytes, || name.clone()))
}

/// UTF-8 text from bytes, warning on stderr (naming `what()`) when bytes had to be replaced.
fn lossy(bytes: Vec<u8>, what: impl Fn() -> String) -> String {
    match String::from_utf8(bytes) {
        Ok(text) => text,
        Err(e) => {
            eprintln!(
                "hedgelight: warning: {} is not valid UTF-8 (first bad byte at offset {}); \
                 invalid bytes are read as U+FFFD",
                what(),
                e.utf8_error().valid_up_to()
            );
            String::from_utf8_lossy(e.as_bytes()).into_owned()
        }
    }
}

pub fn lines(_: Args) -> Result<(), Failure> {
    let stdin = io::stdin().lock();
    let mut out = BufWriter::new(io::stdout().lock());
    let mut reader = io::BufReader::new(stdin);
    let mut buf = Vec::new();
    let mut line_no = 0usize;
    loop {
        buf.clear();
        let n = reader
            .read_until(b'\n', &mut buf)
            .map_err(|e| format!("cannot read standard input: {e}"))?;
        if n == 0 {
            break;
        }
        line_no += 1;
        let text = lossy(std::mem::take(&mut buf), || format!("line {line_no}"));
        let line = text.strip_suffix('\n').unwrap_or(&text);
        let line = line.strip_suffix('\r').unwrap_or(line);
        serde_json::to_writer(&mut out, &line_report(line)).map_err(|e| write_failure(e.into()))?;
        out.write_all(b"\n").map_err(write_failure)?;
    }
    out.flush().map_err(write_failure)
}

pub fn analyze(args: Args) -> Result<(), Failure> {
    let text = read_input(args.inputs.first())?;
    let report = document_report(&text);
    let body = if args.text {
        text_report::render(&report)
    } else {
        serde_json::to_string(&report).map_err(|e| e.to_string())? + "\n"
    };
    output::print(&body)
}

pub fn split(_: Args) -> Result<(), Failure> {
    let text = read_input(None)?;
    let mut out = BufWriter::new(io::stdout().lock());
    for range in segment::split(&text) {
        // One sentence per line: line breaks inside a sentence become spaces.
        let sentence: String = text[range].split_whitespace().collect::<Vec<_>>().join(" ");
        writeln!(out, "{sentence}").map_err(write_failure)?;
    }
    out.flush().map_err(write_failure)
}
