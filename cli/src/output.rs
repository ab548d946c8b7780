//! Standard output, and how a command ends when it cannot go on.
//!
//! A closed standard output (`hedgelight lines | head`) is not an error: the
//! reader has what it wanted, so the command stops quietly with status 0, as
//! ripgrep does. `print!` would panic there instead; commands print through
//! [`print`] and map write errors with [`write_failure`].

use std::io::{self, Write};

/// Why a command stopped.
#[derive(Debug)]
pub enum Failure {
    /// Its arguments were wrong: the message, then the command's usage line.
    Usage(String),
    /// Anything else (an unreadable file, bad gold data): the message alone.
    Message(String),
    /// Standard output was closed: stop, quietly and successfully.
    ClosedPipe,
}

impl From<String> for Failure {
    fn from(message: String) -> Failure {
        Failure::Message(message)
    }
}

/// A failed write to standard output.
pub fn write_failure(e: io::Error) -> Failure {
    if e.kind() == io::ErrorKind::BrokenPipe {
        Failure::ClosedPipe
    } else {
        Failure::Message(format!("cannot write output: {e}"))
    }
}

/// Writes `text` to standard output.
pub fn print(text: &str) -> Result<(), Failure> {
    let mut out = io::stdout().lock();
    out.write_all(text.as_bytes())
        .and_then(|()| out.flush())
        .map_err(write_failure)
}
