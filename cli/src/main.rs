//! `hedgelight`: the command-line face of the analysis engine. Only argument
//! handling and I/O live here; everything else is `hedgelight_core`.

mod commands;
mod eval;
mod eval_levels;
mod text_report;
mod train;
mod xml;

use std::process::ExitCode;

const HELP: &str = "\
hedgelight: shows how confident each sentence of a news text is

USAGE:
    hedgelight <COMMAND> [ARGS]

COMMANDS:
    lines              one sentence per line on stdin; one JSON object per line on stdout:
                       {\"uncertain\", \"level\", \"score\", \"cues\": [{\"start\", \"end\", \"text\", \"category\"}]}
    analyze [FILE]     segments a document (FILE or stdin) and prints one JSON object:
                       {\"sentences\": [...], \"levels\": [...]}
                       [--text] a readable report instead: each sentence under its level,
                       its cues and why
    split              text on stdin; one sentence per line on stdout
    eval FILE.xml ...  scores `lines` against CoNLL-2010 / Szeged XML: sentence-level
                       P/R/F1 of the uncertain class, accuracy, cue-span P/R/F1
                       [--errors N] lists N false positives and negatives
                       [--folds K] K-fold cross-validation by <Document> [--seed S]
    eval-levels PATH...
                       scores the reader levels of `analyze` against annotated news
                       (NAME.txt + NAME.jsonl, as ../shared/news-gold/dev): agreement,
                       kappa, doubt caught, shown surer, non-claims, confusion, cues
                       [--errors N] lists the N worst disagreements
    train --out PATH FILE.xml ...
                       trains the cue tagger (core/data/model.bin) from the same XML
                       [--seed S] [--epochs N] [--news-weight W]

OPTIONS:
    -h, --help         print this help
    -V, --version      print the version

Offsets count characters (Unicode scalar values), not bytes.
Levels: 1 disputed, 2 unverified, 3 hedged, 4 attributed, 5 asserted.
";

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("hedgelight: {e}");
            ExitCode::from(2)
        }
    }
}

fn run() -> Result<(), String> {
    use lexopt::prelude::*;
    let mut parser = lexopt::Parser::from_env();
    let command = match parser.next().map_err(|e| e.to_string())? {
        Some(Short('h') | Long("help")) | None => {
            print!("{HELP}");
            return Ok(());
        }
        Some(Short('V') | Long("version")) => {
            println!("hedgelight {}", env!("CARGO_PKG_VERSION"));
            return Ok(());
        }
        Some(Value(v)) => v.string().map_err(|v| format!("invalid command {v:?}"))?,
        Some(other) => return Err(format!("{}\n\n{HELP}", other.unexpected())),
    };
    match command.as_str() {
        "lines" => commands::lines(parser),
        "analyze" => commands::analyze(parser),
        "split" => commands::split(parser),
        "eval" => eval::eval(parser),
        "eval-levels" => eval_levels::eval_levels(parser),
        "train" => train::train(parser),
        "help" => {
            print!("{HELP}");
            Ok(())
        }
        other => Err(format!(
            "unknown command {other:?}; see `hedgelight --help`"
        )),
    }
}
