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

/// Reads standard input line by line, without holding more than a line. A
/// line ends at LF, CR, CRLF, U+2028 or U+2029, the line breaks of
/// `hedgelight_core::segment::is_line_break` (the segmenter's).
struct LineReader<R> {
    inner: R,
    /// The last line ended in CR: an LF right after it belongs to that break.
    after_cr: bool,
}

impl<R: BufRead> LineReader<R> {
    fn new(inner: R) -> Self {
        LineReader {
            inner,
            after_cr: false,
        }
    }

    /// The next line's bytes, without its line break, into `buf`; false at
    /// the end of the input. A final line without a line break counts; the
    /// empty input has no line.
    fn next_line(&mut self, buf: &mut Vec<u8>) -> io::Result<bool> {
        buf.clear();
        let mut any = false;
        loop {
            let chunk = match self.inner.fill_buf() {
                Ok(chunk) => chunk,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(e),
            };
            if chunk.is_empty() {
                return Ok(any);
            }
            if std::mem::take(&mut self.after_cr) && chunk[0] == b'\n' {
                self.inner.consume(1);
                continue;
            }
            any = true;
            // A line break: LF, CR, or the last byte of U+2028 (E2 80 A8) or
            // U+2029 (E2 80 A9), whose first bytes may be in `buf` already.
            let found = chunk.iter().enumerate().find_map(|(i, &b)| match b {
                b'\n' | b'\r' => Some((i, 0)),
                0xA8 | 0xA9 => {
                    let before = |k: usize| {
                        if k <= i {
                            chunk.get(i - k).copied()
                        } else {
                            buf.len().checked_sub(k - i).map(|j| buf[j])
                        }
                    };
                    (before(2) == Some(0xE2) && before(1) == Some(0x80)).then_some((i, 2))
                }
                _ => None,
            });
            match found {
                Some((i, lead)) => {
                    let cr = chunk[i] == b'\r';
                    buf.extend_from_slice(&chunk[..i]);
                    buf.truncate(buf.len() - lead);
                    self.inner.consume(i + 1);
                    self.after_cr = cr;
                    return Ok(true);
                }
                None => {
                    let n = chunk.len();
                    buf.extend_from_slice(chunk);
                    self.inner.consume(n);
                }
            }
        }
    }
}

pub fn lines(_: Args) -> Result<(), Failure> {
    let mut reader = LineReader::new(io::BufReader::new(io::stdin().lock()));
    let mut out = BufWriter::new(io::stdout().lock());
    let mut buf = Vec::new();
    let mut line_no = 0usize;
    while reader
        .next_line(&mut buf)
        .map_err(|e| format!("cannot read standard input: {e}"))?
    {
        line_no += 1;
        let line = lossy(std::mem::take(&mut buf), || format!("line {line_no}"));
        serde_json::to_writer(&mut out, &line_report(&line))
            .map_err(|e| write_failure(e.into()))?;
        out.write_all(b"\n").map_err(write_failure)?;
    }
    out.flush().map_err(write_failure)
}

pub fn analyze(args: Args) -> Result<(), Failure> {
    let text = read_input(args.inputs.first())?;
    let report = document_report(&text);
    if args.text {
        return output::print(&text_report::render(&report));
    }
    // Streamed, not built as one string: the JSON is about three times the
    // text, and holding it would double the command's peak memory.
    let mut out = BufWriter::new(io::stdout().lock());
    serde_json::to_writer(&mut out, &report).map_err(|e| write_failure(e.into()))?;
    out.write_all(b"\n").map_err(write_failure)?;
    out.flush().map_err(write_failure)
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

#[cfg(test)]
mod tests {
    use super::*;

    /// The lines `LineReader` reads from `input` through a buffer of `capacity` bytes.
    fn read(input: &[u8], capacity: usize) -> Vec<String> {
        let mut reader = LineReader::new(io::BufReader::with_capacity(capacity, input));
        let mut buf = Vec::new();
        let mut out = Vec::new();
        while reader.next_line(&mut buf).unwrap() {
            out.push(String::from_utf8_lossy(&buf).into_owned());
        }
        out
    }

    #[test]
    fn every_line_end_ends_a_line_whatever_the_buffer() {
        let cases: [(&str, &[&str]); 10] = [
            ("", &[]),
            ("\n", &[""]),
            ("a", &["a"]),
            ("a\nb\n", &["a", "b"]),
            ("a\r\nb\r\n", &["a", "b"]),
            ("a\rb\r", &["a", "b"]),
            ("a\r\rb", &["a", "", "b"]),
            ("a\n\rb", &["a", "", "b"]),
            ("é\u{2028}ü\u{2029}€\u{2028}", &["é", "ü", "€"]),
            ("x\r\n\r\ny\u{2029}\u{2029}z", &["x", "", "y", "", "z"]),
        ];
        // A buffer of 1 to 3 bytes splits every CRLF and every U+2028 and
        // U+2029 (three bytes each) across reads.
        for (input, want) in cases {
            for capacity in [1, 2, 3, 4, 8192] {
                assert_eq!(
                    read(input.as_bytes(), capacity),
                    want,
                    "{input:?} ({capacity})"
                );
            }
        }
    }

    #[test]
    fn bytes_like_a_line_separator_but_not_one_stay() {
        // 0xA8 after other bytes, E2 80 split by a line break, and invalid UTF-8.
        for capacity in [1, 2, 8192] {
            let got = read(b"\xC2\xA8 \xE2\x80\n\xA8 \xFF\xE2\x80\xA8z", capacity);
            assert_eq!(
                got,
                ["\u{a8} \u{fffd}", "\u{fffd} \u{fffd}", "z"],
                "{capacity}"
            );
        }
    }
}
