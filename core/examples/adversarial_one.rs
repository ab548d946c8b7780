//! One adversarial input, one run: the program that `scripts/bench-linear`
//! runs under valgrind to count the instructions of `analyze` and
//! `line_report` (issue 13).
//!
//! `adversarial_one NAME BYTES MODE` builds the input NAME of
//! `tests/adversarial/inputs.rs` at about BYTES bytes, loads the lexicon and
//! the model (by analysing a short sentence), then, by MODE:
//!
//! - `build`: nothing more (the baseline the other modes' counts subtract);
//! - `analyze`: runs `analyze` on the input once;
//! - `line`: runs `line_report` on the input (one line) once.
//!
//! `adversarial_one --list` prints the inputs, one a line: the name, a tab,
//! what it stresses.

use std::hint::black_box;
use std::process::ExitCode;

use hedgelight_core::analyze;
use hedgelight_core::report::line_report;

#[path = "../tests/adversarial/inputs.rs"]
mod inputs;

const USAGE: &str = "usage: adversarial_one NAME BYTES build|analyze|line  (or --list)";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.len() == 1 && args[0] == "--list" {
        for input in inputs::INPUTS {
            println!("{}\t{}", input.name, input.about);
        }
        return ExitCode::SUCCESS;
    }
    let [name, bytes, mode] = args.as_slice() else {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    };
    let Some(input) = inputs::INPUTS.iter().find(|i| i.name == name) else {
        eprintln!("adversarial_one: no input named {name:?} (--list names them)");
        return ExitCode::from(2);
    };
    let Ok(bytes) = bytes.parse::<usize>() else {
        eprintln!("adversarial_one: BYTES must be a number, not {bytes:?}");
        return ExitCode::from(2);
    };
    let text = black_box((input.build)(bytes));
    // The lexicon and the model load once, in every mode, so that the
    // baseline (`build`) counts them too.
    black_box(analyze(black_box("It may rain.")));
    match mode.as_str() {
        "build" => {}
        "analyze" => {
            black_box(analyze(&text));
        }
        "line" => {
            black_box(line_report(&text));
        }
        _ => {
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    }
    ExitCode::SUCCESS
}
