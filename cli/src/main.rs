//! `hedgelight`: the command-line face of the analysis engine. Only argument
//! handling and I/O live here; everything else is `hedgelight_core`.
//!
//! The commands are the table [`COMMANDS`]; their flags are defined once in
//! [`flags::defs`], and [`flags`] parses them and writes every usage and help
//! text.

mod commands;
mod compare;
mod eval;
mod eval_levels;
mod flags;
mod output;
mod span;
mod text_report;
mod train;
mod xml;

use std::process::ExitCode;

use flags::defs::{
    COMPARE_TEXT, CUE_WORDS, DISAGREEMENTS, FALSE_RESULTS, FOLDS, GOLD, OUT, TEXT, TRAINING,
};
use flags::{Command, Group};
use output::Failure;

/// The commands, in the order `hedgelight --help` lists them.
static COMMANDS: [Command; 7] = [
    Command {
        name: "lines",
        operands: "< input",
        max_operands: 0,
        about: &[
            "one sentence per line on stdin; one JSON object per line on stdout:",
            "{\"uncertain\", \"level\", \"score\", \"cues\": [{\"start\", \"end\", \"text\", \"category\"}]}",
        ],
        groups: &[],
        run: commands::lines,
    },
    Command {
        name: "analyze",
        operands: "[FILE]",
        max_operands: 1,
        about: &[
            "segments a document (FILE or stdin) and prints one JSON object:",
            "{\"sentences\": [...], \"levels\": [...]}",
        ],
        groups: &[Group {
            title: None,
            required: false,
            flags: &[&TEXT],
        }],
        run: commands::analyze,
    },
    Command {
        name: "compare",
        operands: "FILE...",
        max_operands: usize::MAX,
        about: &[
            "groups the sentences of several reports that tell the same claim;",
            "prints {\"files\", \"groups\": [{\"label\", \"terms\", \"sentences\"}], \"levels\"},",
            "each sentence as `analyze` gives it with its file, date and index",
        ],
        groups: &[Group {
            title: None,
            required: false,
            flags: &[&COMPARE_TEXT, &GOLD],
        }],
        run: compare::compare,
    },
    Command {
        name: "split",
        operands: "< input",
        max_operands: 0,
        about: &["text on stdin; one sentence per line on stdout"],
        groups: &[],
        run: commands::split,
    },
    Command {
        name: "eval",
        operands: "FILE.xml ...",
        max_operands: usize::MAX,
        about: &[
            "scores `lines` against CoNLL-2010 / Szeged XML: sentence-level",
            "P/R/F1 of the uncertain class, accuracy, cue-span P/R/F1",
        ],
        groups: &[
            Group {
                title: None,
                required: false,
                flags: &[&FALSE_RESULTS, &CUE_WORDS, &FOLDS],
            },
            Group {
                title: Some("training options, with --folds"),
                required: false,
                flags: &TRAINING,
            },
        ],
        run: eval::eval,
    },
    Command {
        name: "eval-levels",
        operands: "PATH...",
        max_operands: usize::MAX,
        about: &[
            "scores the reader levels of `analyze` against annotated news",
            "(NAME.txt + NAME.jsonl, as ../shared/news-gold/dev): agreement,",
            "kappa, doubt caught, shown surer, non-claims, confusion, cues;",
            "PATH is a directory of NAME.txt + NAME.jsonl gold pairs, or one NAME.jsonl",
        ],
        groups: &[Group {
            title: None,
            required: false,
            flags: &[&DISAGREEMENTS],
        }],
        run: eval_levels::eval_levels,
    },
    Command {
        name: "train",
        operands: "FILE.xml ...",
        max_operands: usize::MAX,
        about: &["trains the cue tagger (core/data/model.bin) from the same XML"],
        groups: &[
            Group {
                title: None,
                required: true,
                flags: &[&OUT],
            },
            Group {
                title: Some("training options"),
                required: false,
                flags: &TRAINING,
            },
        ],
        run: train::train,
    },
];

/// `hedgelight --help`, with each command's entry from [`Command::overview`].
fn help() -> String {
    let commands: String = COMMANDS.iter().map(Command::overview).collect();
    format!(
        "\
hedgelight: shows how confident each sentence of a news text is

USAGE:
    hedgelight <COMMAND> [ARGS]

COMMANDS:
{commands}
OPTIONS:
    -h, --help         print this help
    -V, --version      print the version

Offsets count characters (Unicode scalar values), not bytes.
Levels: 1 disputed, 2 unverified, 3 hedged, 4 attributed, 5 asserted.
"
    )
}

fn main() -> ExitCode {
    match run() {
        Ok(()) | Err(Failure::ClosedPipe) => ExitCode::SUCCESS,
        Err(Failure::Message(e) | Failure::Usage(e)) => {
            eprintln!("hedgelight: {e}");
            ExitCode::from(2)
        }
    }
}

fn run() -> Result<(), Failure> {
    use lexopt::prelude::*;
    let mut parser = lexopt::Parser::from_env();
    let name = match parser.next().map_err(|e| e.to_string())? {
        Some(Short('h') | Long("help")) | None => return output::print(&help()),
        Some(Short('V') | Long("version")) => {
            return output::print(&format!(
                "hedgelight {} (hedgelight-core {}, model {})\n",
                env!("CARGO_PKG_VERSION"),
                hedgelight_core::report::VERSION,
                hedgelight_core::report::MODEL
            ))
        }
        Some(Value(v)) => v.string().map_err(|v| format!("invalid command {v:?}"))?,
        Some(other) => return Err(format!("{}\n\n{}", other.unexpected(), help()).into()),
    };
    if name == "help" {
        return output::print(&help());
    }
    let command = COMMANDS
        .iter()
        .find(|c| c.name == name)
        .ok_or_else(|| format!("unknown command {name:?}; see `hedgelight --help`"))?;
    let outcome = match command.parse(parser) {
        Ok(None) => output::print(&command.help()),
        Ok(Some(args)) => (command.run)(args),
        Err(e) => Err(e),
    };
    outcome.map_err(|e| match e {
        Failure::Usage(message) => {
            Failure::Message(format!("{}: {message}\n{}", command.name, command.usage()))
        }
        other => other,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(command: &str, args: &[&str]) -> flags::Args {
        let command = COMMANDS.iter().find(|c| c.name == command).unwrap();
        let parser = lexopt::Parser::from_args(args.iter().copied());
        command.parse(parser).unwrap().expect("not --help")
    }

    #[test]
    fn no_command_has_a_flag_twice() {
        for c in &COMMANDS {
            let flags: Vec<&flags::Flag> = c
                .groups
                .iter()
                .flat_map(|g| g.flags.iter().copied())
                .collect();
            for (i, f) in flags.iter().enumerate() {
                assert_ne!(f.long, "help", "{}", c.name);
                assert!(
                    flags[i + 1..]
                        .iter()
                        .all(|g| g.long != f.long && (f.short.is_none() || g.short != f.short)),
                    "{} --{}",
                    c.name,
                    f.long
                );
            }
        }
    }

    #[test]
    fn help_and_usage_show_every_flag() {
        let overview = help();
        for c in &COMMANDS {
            let (help, usage) = (c.help(), c.usage());
            assert!(help.starts_with(&format!("{usage}\n")), "{help}");
            assert!(
                overview.contains(&format!("\n    {}", c.name)),
                "{overview}"
            );
            for g in c.groups {
                if let Some(title) = g.title {
                    assert!(usage.contains(&format!("[{title}]")), "{usage}");
                }
                for f in g.flags {
                    assert!(help.contains(&format!("--{} ", f.long)), "{help}");
                    if g.title.is_none() {
                        assert!(usage.contains(&format!("--{}", f.long)), "{usage}");
                    }
                }
            }
        }
    }

    #[test]
    fn training_options_set_the_config() {
        let a = parse(
            "eval",
            &[
                "--seed",
                "7",
                "--logistic",
                "0",
                "--news-weight",
                "1.5",
                "--levels=8",
                "a.xml",
                "b.xml",
            ],
        );
        assert_eq!(
            (a.config.seed, a.config.logistic, a.config.levels),
            (7, false, 8)
        );
        assert_eq!(a.news_weight, 1.5);
        assert_eq!(a.inputs.len(), 2);
        let a = parse("train", &["-o", "m.bin", "--epochs", "3", "x.xml"]);
        assert_eq!(a.out.unwrap().to_str(), Some("m.bin"));
        assert_eq!(a.config.epochs, 3);
        let a = parse("analyze", &["--text", "story.txt"]);
        assert!(a.text);
    }
}
