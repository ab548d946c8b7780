//! The subcommands. Each parses its own arguments and streams its output.

use std::fs;
use std::io::{self, BufRead, BufWriter, Read, Write};
use std::path::PathBuf;

use hedgelight_core::report::{document_report, line_report};
use hedgelight_core::segment;
use lexopt::prelude::*;

/// Parses the arguments of a command that takes at most one input file.
fn optional_file(mut parser: lexopt::Parser, name: &str) -> Result<Option<PathBuf>, String> {
    let mut file = None;
    while let Some(arg) = parser.next().map_err(|e| e.to_string())? {
        match arg {
            Short('h') | Long("help") => {
                return Err(format!(
                    "usage: hedgelight {name}{}",
                    if name == "analyze" {
                        " [FILE]"
                    } else {
                        " < input"
                    }
                ))
            }
            Value(v) if file.is_none() && name == "analyze" => file = Some(PathBuf::from(v)),
            other => return Err(format!("{name}: {}", other.unexpected())),
        }
    }
    Ok(file)
}

/// Reads a whole input as UTF-8, with errors that name the input.
fn read_input(file: Option<&PathBuf>) -> Result<String, String> {
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
    String::from_utf8(bytes).map_err(|e| {
        format!(
            "{name} is not valid UTF-8 (first bad byte at offset {})",
            e.utf8_error().valid_up_to()
        )
    })
}

fn write_err(e: io::Error) -> String {
    format!("cannot write output: {e}")
}

pub fn lines(parser: lexopt::Parser) -> Result<(), String> {
    optional_file(parser, "lines")?;
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
        let line = std::str::from_utf8(&buf).map_err(|e| {
            format!(
                "line {line_no} is not valid UTF-8 (byte {})",
                e.valid_up_to()
            )
        })?;
        let line = line.strip_suffix('\n').unwrap_or(line);
        let line = line.strip_suffix('\r').unwrap_or(line);
        serde_json::to_writer(&mut out, &line_report(line)).map_err(|e| e.to_string())?;
        out.write_all(b"\n").map_err(write_err)?;
    }
    out.flush().map_err(write_err)
}

pub fn analyze(parser: lexopt::Parser) -> Result<(), String> {
    let file = optional_file(parser, "analyze")?;
    let text = read_input(file.as_ref())?;
    let mut out = BufWriter::new(io::stdout().lock());
    serde_json::to_writer(&mut out, &document_report(&text)).map_err(|e| e.to_string())?;
    out.write_all(b"\n")
        .and_then(|()| out.flush())
        .map_err(write_err)
}

pub fn split(parser: lexopt::Parser) -> Result<(), String> {
    optional_file(parser, "split")?;
    let text = read_input(None)?;
    let mut out = BufWriter::new(io::stdout().lock());
    for range in segment::split(&text) {
        // One sentence per line: line breaks inside a sentence become spaces.
        let sentence: String = text[range].split_whitespace().collect::<Vec<_>>().join(" ");
        writeln!(out, "{sentence}").map_err(write_err)?;
    }
    out.flush().map_err(write_err)
}
