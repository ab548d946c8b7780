//! Every flag of every command, defined once ([`defs`]): its name, the name of
//! its value, one line of help and what it sets in [`Args`]. Parsing
//! ([`parse`]), the usage line, each command's `--help` and `hedgelight
//! --help` ([`doc`]) are all generated from these definitions (as ripgrep's
//! `flags/defs.rs`), so a new flag is one definition in `defs.rs` and its place
//! in a command's list (`main.rs`).

pub mod defs;
mod doc;
mod parse;

use std::ffi::OsString;
use std::path::PathBuf;

use hedgelight_core::internals::Config;

use crate::output::Failure;
use crate::train::NEWS_WEIGHT;

/// What the flags and operands of a command set.
#[derive(Clone, Debug)]
pub struct Args {
    /// The operands (input files or directories), in order.
    pub inputs: Vec<PathBuf>,
    pub text: bool,
    pub errors: usize,
    pub cue_words: usize,
    pub folds: usize,
    pub out: Option<PathBuf>,
    /// `compare --eval`: the hand grouping to score against.
    pub gold: Option<PathBuf>,
    pub config: Config,
    pub news_weight: f32,
}

impl Default for Args {
    fn default() -> Args {
        Args {
            inputs: Vec::new(),
            text: false,
            errors: 0,
            cue_words: 0,
            folds: 0,
            out: None,
            gold: None,
            config: Config::default(),
            news_weight: NEWS_WEIGHT,
        }
    }
}

/// A command-line flag.
pub struct Flag {
    pub long: &'static str,
    pub short: Option<char>,
    pub kind: Kind,
    /// What it does, in one line.
    pub help: &'static str,
}

/// What a flag does with its value.
pub enum Kind {
    /// A switch (`--text`).
    Switch(fn(&mut Args)),
    /// A flag with a value (`--errors N`).
    Value {
        /// The value as usage shows it.
        name: &'static str,
        /// Stores the value; an error says what the value should be.
        set: fn(&mut Args, OsString) -> Result<(), &'static str>,
        /// The default as help shows it, for flags whose default says something.
        default: Option<fn(&Args) -> String>,
    },
}

/// A subcommand: what it takes, what it does and the function that does it.
pub struct Command {
    pub name: &'static str,
    /// Its operands as usage shows them ("[FILE]", "FILE.xml ...").
    pub operands: &'static str,
    /// How many operands it takes at most.
    pub max_operands: usize,
    /// What it does, a line each.
    pub about: &'static [&'static str],
    pub groups: &'static [Group],
    pub run: fn(Args) -> Result<(), Failure>,
}

/// Flags shown together.
pub struct Group {
    /// `None` for a command's own flags, listed one by one in its usage line;
    /// a titled group shows there as `[title]`.
    pub title: Option<&'static str>,
    /// The flags must be given (`train --out`).
    pub required: bool,
    pub flags: &'static [&'static Flag],
}

impl Command {
    fn flags(&self) -> impl Iterator<Item = &'static Flag> + '_ {
        self.groups.iter().flat_map(|g| g.flags.iter().copied())
    }
}
