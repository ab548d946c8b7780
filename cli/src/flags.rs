//! Every flag of every command, defined once: its name, the name of its
//! value, one line of help and what it sets in [`Args`]. Parsing, the usage
//! line, each command's `--help` and `hedgelight --help` are all generated
//! from these definitions (as ripgrep's `flags/defs.rs`), so a new flag is
//! one definition here and its place in a command's list (`main.rs`).

use std::ffi::OsString;
use std::path::PathBuf;
use std::str::FromStr;

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

/// A value that must be a number.
fn number<T: FromStr>(v: OsString) -> Result<T, &'static str> {
    v.into_string()
        .ok()
        .and_then(|v| v.parse().ok())
        .ok_or("needs a number")
}

pub static TEXT: Flag = Flag {
    long: "text",
    short: None,
    kind: Kind::Switch(|a| a.text = true),
    help: "a readable report instead: each sentence under its level, its cues and why",
};

/// `compare --text`.
pub static COMPARE_TEXT: Flag = Flag {
    long: "text",
    short: None,
    kind: Kind::Switch(|a| a.text = true),
    help: "a readable list instead: each group's label, then its sentences in date order \
           with file, date, level and cues",
};

/// `compare --eval`.
pub static GOLD: Flag = Flag {
    long: "eval",
    short: None,
    kind: Kind::Value {
        name: "GOLD.json",
        set: |a, v| {
            a.gold = Some(PathBuf::from(v));
            Ok(())
        },
        default: None,
    },
    help: "prints pairwise precision, recall and F1 against a hand grouping \
           (as core/tests/fixtures/compare-groups.json) instead of the groups",
};

/// `eval --errors`.
pub static FALSE_RESULTS: Flag = Flag {
    long: "errors",
    short: None,
    kind: Kind::Value {
        name: "N",
        set: |a, v| {
            a.errors = number(v)?;
            Ok(())
        },
        default: None,
    },
    help: "lists N false positives and negatives",
};

/// `eval-levels --errors`.
pub static DISAGREEMENTS: Flag = Flag {
    long: "errors",
    short: None,
    kind: Kind::Value {
        name: "N",
        set: |a, v| {
            a.errors = number(v)?;
            Ok(())
        },
        default: None,
    },
    help: "lists the N worst disagreements (furthest level first)",
};

pub static CUE_WORDS: Flag = Flag {
    long: "cue-words",
    short: None,
    kind: Kind::Value {
        name: "N",
        set: |a, v| {
            a.cue_words = number(v)?;
            Ok(())
        },
        default: None,
    },
    help: "lists, per genre, the N words most often behind missed and false cues",
};

pub static FOLDS: Flag = Flag {
    long: "folds",
    short: None,
    kind: Kind::Value {
        name: "K",
        set: |a, v| {
            a.folds = number(v)?;
            Ok(())
        },
        default: None,
    },
    help: "K-fold cross-validation by <Document>, with a tagger trained per fold",
};

pub static OUT: Flag = Flag {
    long: "out",
    short: Some('o'),
    kind: Kind::Value {
        name: "PATH",
        set: |a, v| {
            a.out = Some(PathBuf::from(v));
            Ok(())
        },
        default: None,
    },
    help: "where to write the model",
};

/// A training option: a value stored in [`Args::config`] (or the news weight).
macro_rules! training_flag {
    ($name:ident, $long:literal, $value:literal, $field:ident, $help:literal) => {
        training_flag!(
            $name,
            $long,
            $value,
            |a| &mut a.config.$field,
            |a| a.config.$field,
            $help
        );
    };
    ($name:ident, $long:literal, $value:literal, |$a:ident| $place:expr, |$b:ident| $get:expr, $help:literal) => {
        pub static $name: Flag = Flag {
            long: $long,
            short: None,
            kind: Kind::Value {
                name: $value,
                set: |$a, v| {
                    *$place = number(v)?;
                    Ok(())
                },
                default: Some(|$b| $get.to_string()),
            },
            help: $help,
        };
    };
}

training_flag!(
    SEED,
    "seed",
    "S",
    seed,
    "seed of the shuffles (training order; folds in eval)"
);
training_flag!(
    EPOCHS,
    "epochs",
    "N",
    epochs,
    "passes over the training data"
);
training_flag!(
    MIN_COUNT,
    "min-count",
    "N",
    min_count,
    "a phrase seen as a gold cue fewer times is no candidate, unless the lexicon lists it"
);
training_flag!(
    MIN_FEATURE_COUNT,
    "min-feature-count",
    "N",
    min_feature_count,
    "features seen in fewer training candidates are ignored"
);
training_flag!(
    PRUNE,
    "prune",
    "F",
    prune,
    "weights below this fraction of the largest are dropped"
);
training_flag!(
    RATE,
    "rate",
    "R",
    rate,
    "AdaGrad learning rate (logistic only)"
);
training_flag!(L2, "l2", "L", l2, "L2 penalty (logistic only)");
training_flag!(
    THRESHOLD,
    "threshold",
    "T",
    threshold,
    "decision threshold on the score (below 0 favours recall)"
);
training_flag!(
    NEWS,
    "news-weight",
    "W",
    |a| &mut a.news_weight,
    |a| a.news_weight,
    "how much a news (FactBank) sentence counts against one of the other genres"
);
training_flag!(
    HASH_BITS,
    "hash-bits",
    "B",
    hash_bits,
    "feature hashes are folded to this many bits"
);
training_flag!(
    LEVELS,
    "levels",
    "L",
    levels,
    "weights are quantized to a codebook of this many values"
);

pub static LOGISTIC: Flag = Flag {
    long: "logistic",
    short: None,
    kind: Kind::Value {
        name: "0|1",
        set: |a, v| {
            a.config.logistic = number::<u8>(v)? != 0;
            Ok(())
        },
        default: Some(|a| u8::from(a.config.logistic).to_string()),
    },
    help: "1: logistic regression (AdaGrad steps); 0: the averaged perceptron",
};

/// The options of training, shared by `train` and `eval --folds`.
pub static TRAINING: [&Flag; 12] = [
    &SEED,
    &EPOCHS,
    &MIN_COUNT,
    &MIN_FEATURE_COUNT,
    &PRUNE,
    &LOGISTIC,
    &RATE,
    &L2,
    &THRESHOLD,
    &NEWS,
    &HASH_BITS,
    &LEVELS,
];

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

    /// Parses the arguments after the command's name; `None` when `--help`
    /// asked for [`Command::help`] instead.
    pub fn parse(&self, mut parser: lexopt::Parser) -> Result<Option<Args>, Failure> {
        use lexopt::prelude::*;
        let mut args = Args::default();
        while let Some(arg) = parser.next().map_err(|e| Failure::Usage(e.to_string()))? {
            let flag = match arg {
                Short('h') | Long("help") => return Ok(None),
                Long(name) => self.flags().find(|f| f.long == name),
                Short(c) => self.flags().find(|f| f.short == Some(c)),
                Value(v) if args.inputs.len() < self.max_operands => {
                    args.inputs.push(PathBuf::from(v));
                    continue;
                }
                Value(_) => None,
            };
            let Some(flag) = flag else {
                return Err(Failure::Usage(arg.unexpected().to_string()));
            };
            match flag.kind {
                Kind::Switch(set) => set(&mut args),
                Kind::Value { set, .. } => {
                    let value = parser.value().map_err(|e| Failure::Usage(e.to_string()))?;
                    set(&mut args, value)
                        .map_err(|e| Failure::Usage(format!("--{} {e}", flag.long)))?;
                }
            }
        }
        Ok(Some(args))
    }

    /// The usage line: `usage: hedgelight NAME [FLAGS] OPERANDS`.
    pub fn usage(&self) -> String {
        let mut words = vec![format!("hedgelight {}", self.name)];
        for g in self.groups {
            match g.title {
                Some(title) => words.push(format!("[{title}]")),
                None if g.required => words.extend(g.flags.iter().map(|f| f.synopsis())),
                None => words.extend(g.flags.iter().map(|f| format!("[{}]", f.synopsis()))),
            }
        }
        if !self.operands.is_empty() {
            words.push(self.operands.to_string());
        }
        fill(&words, "usage: ", "       ")
    }

    /// `hedgelight NAME --help`: the usage line, what the command does, and
    /// each flag with its help, by group.
    pub fn help(&self) -> String {
        const INDENT: &str = "                             ";
        let defaults = Args::default();
        let mut out = self.usage();
        out.push_str("\n\n");
        for line in self.about {
            out.push_str(line);
            out.push('\n');
        }
        for g in self.groups {
            out.push('\n');
            if let Some(title) = g.title {
                out.push_str(&format!("{title}:\n"));
            }
            for f in g.flags {
                let mut words: Vec<String> = f.help.split(' ').map(str::to_string).collect();
                if let Kind::Value {
                    default: Some(default),
                    ..
                } = f.kind
                {
                    words.push(format!("(default {})", default(&defaults)));
                }
                out.push_str(&fill(&words, &format!("    {:<24} ", f.listing()), INDENT));
                out.push('\n');
            }
        }
        out
    }

    /// The command's entry in `hedgelight --help`: name, required flags and
    /// operands; then what it does (as written) and its other flags (wrapped),
    /// from column 24.
    pub fn overview(&self) -> String {
        const INDENT: &str = "                       ";
        let mut head = vec![self.name.to_string()];
        for g in self.groups.iter().filter(|g| g.required) {
            head.extend(g.flags.iter().map(|f| f.synopsis()));
        }
        if !self.operands.is_empty() {
            head.push(self.operands.to_string());
        }
        let head = head.join(" ");
        // A long head takes a line of its own.
        let (mut out, mut lead) = if head.len() > 17 {
            (format!("    {head}\n"), INDENT.to_string())
        } else {
            (String::new(), format!("    {head:<19}"))
        };
        for line in self.about {
            out.push_str(&format!("{lead}{line}\n"));
            lead = INDENT.to_string();
        }
        for g in self.groups.iter().filter(|g| !g.required) {
            let entries: Vec<String> = match g.title {
                Some(title) => vec![format!("[{title}] see `hedgelight {} --help`", self.name)],
                None => g
                    .flags
                    .iter()
                    .map(|f| format!("[{}] {}", f.synopsis(), f.help))
                    .collect(),
            };
            for entry in entries {
                let words: Vec<String> = entry.split(' ').map(str::to_string).collect();
                out.push_str(&fill(&words, &lead, INDENT));
                out.push('\n');
                lead = INDENT.to_string();
            }
        }
        out
    }
}

impl Flag {
    /// `--name VALUE` (or `--name` for a switch).
    fn synopsis(&self) -> String {
        match self.kind {
            Kind::Switch(_) => format!("--{}", self.long),
            Kind::Value { name, .. } => format!("--{} {name}", self.long),
        }
    }

    /// The synopsis with the short name, as a flag list shows it.
    fn listing(&self) -> String {
        match self.short {
            Some(c) => format!("-{c}, {}", self.synopsis()),
            None => self.synopsis(),
        }
    }
}

/// Text wider than this is wrapped.
const WIDTH: usize = 92;

/// `words` joined by spaces after `first`, wrapped at [`WIDTH`] onto lines
/// that start with `rest`; a word is never split.
fn fill(words: &[String], first: &str, rest: &str) -> String {
    let mut out = first.to_string();
    let mut line = first.len();
    let mut empty = true;
    for w in words {
        if !empty && line + 1 + w.len() > WIDTH {
            out.push('\n');
            out.push_str(rest);
            line = rest.len();
            empty = true;
        }
        if !empty {
            out.push(' ');
            line += 1;
        }
        out.push_str(w);
        line += w.len();
        empty = false;
    }
    out
}
