//! How a command ends when it cannot go on.

/// Why a command stopped.
#[derive(Debug)]
pub enum Failure {
    /// Its arguments were wrong: the message, then the command's usage line.
    Usage(String),
    /// Anything else (an unreadable file, bad gold data): the message alone.
    Message(String),
}

impl From<String> for Failure {
    fn from(message: String) -> Failure {
        Failure::Message(message)
    }
}
