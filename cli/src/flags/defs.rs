//! The definitions: every flag of every command, once. A command lists the
//! ones it takes in `main.rs`; [`TRAINING`] is the group `train` and
//! `eval --folds` share.

use std::ffi::OsString;
use std::path::PathBuf;
use std::str::FromStr;

use super::{Flag, Kind};

/// A value that names a file.
fn path(v: OsString) -> Result<Option<PathBuf>, &'static str> {
    Ok(Some(PathBuf::from(v)))
}

/// A value that must be a number.
fn number<T: FromStr>(v: OsString) -> Result<T, &'static str> {
    v.into_string()
        .ok()
        .and_then(|v| v.parse().ok())
        .ok_or("needs a number")
}

/// A flag with a value: `$read` turns the value into what is stored in the
/// place of [`super::Args`] that `|a| …` gives; help shows the default when
/// `default` gives one.
macro_rules! value_flag {
    ($(#[$doc:meta])* $name:ident, $long:literal, $short:expr, $value:literal, $read:ident, |$a:ident| $place:expr, $default:expr, $help:literal) => {
        $(#[$doc])*
        pub static $name: Flag = Flag {
            long: $long,
            short: $short,
            kind: Kind::Value {
                name: $value,
                set: |$a, v| {
                    *$place = $read(v)?;
                    Ok(())
                },
                default: $default,
            },
            help: $help,
        };
    };
}

/// A flag whose value is a number, with no default shown.
macro_rules! number_flag {
    ($(#[$doc:meta])* $name:ident, $long:literal, $value:literal, |$a:ident| $place:expr, $help:literal) => {
        value_flag!($(#[$doc])* $name, $long, None, $value, number, |$a| $place, None, $help);
    };
}

/// A training option: a number stored in [`super::Args::config`] (or the
/// news weight), its default shown in help.
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
        value_flag!(
            $name,
            $long,
            None,
            $value,
            number,
            |$a| $place,
            Some(|$b| $get.to_string()),
            $help
        );
    };
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

value_flag!(
    /// `compare --eval`.
    GOLD,
    "eval",
    None,
    "GOLD.json",
    path,
    |a| &mut a.gold,
    None,
    "prints pairwise precision, recall and F1 against a hand grouping \
     (as core/tests/fixtures/compare-groups.json) instead of the groups"
);

number_flag!(
    /// `eval --errors`.
    FALSE_RESULTS,
    "errors",
    "N",
    |a| &mut a.errors,
    "lists N false positives and negatives"
);
number_flag!(
    /// `eval-levels --errors`.
    DISAGREEMENTS,
    "errors",
    "N",
    |a| &mut a.errors,
    "lists the N worst disagreements (furthest level first)"
);
number_flag!(
    CUE_WORDS,
    "cue-words",
    "N",
    |a| &mut a.cue_words,
    "lists, per genre, the N words most often behind missed and false cues"
);
number_flag!(
    FOLDS,
    "folds",
    "K",
    |a| &mut a.folds,
    "K-fold cross-validation by <Document>, with a tagger trained per fold"
);

value_flag!(
    OUT,
    "out",
    Some('o'),
    "PATH",
    path,
    |a| &mut a.out,
    None,
    "where to write the model"
);

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
