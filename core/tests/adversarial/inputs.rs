//! Adversarial inputs for the analysis, built at any size: the reproducers
//! of issue 13 (a run of brackets before many "May", denials before many
//! boosters) and the shapes that stress each loop over cues, tokens and
//! sentences. Shared by `benches/adversarial.rs` (which times them at 100 KB
//! and 1 MB and prints the ratio) and `tests/invariants.rs` (which checks
//! the analysis's invariants on them at small sizes).

/// An adversarial input: its name, what it stresses, and a builder that
/// makes it about `bytes` long (never shorter than one repetition).
pub struct Input {
    pub name: &'static str,
    pub about: &'static str,
    pub build: fn(usize) -> String,
}

/// `unit` repeated until the text is at least `bytes` long.
fn repeat_to(unit: &str, bytes: usize) -> String {
    unit.repeat(bytes.div_ceil(unit.len()).max(1))
}

/// `a` repeated `n` times, then `b` repeated `n` times, `n` chosen so that
/// the whole is about `bytes` long.
fn halves(a: &str, b: &str, bytes: usize) -> String {
    let n = bytes.div_ceil(a.len() + b.len()).max(1);
    a.repeat(n) + &b.repeat(n)
}

/// Words cycled without punctuation.
fn words_to(words: &[&str], bytes: usize) -> String {
    let mut out = String::with_capacity(bytes + 16);
    let mut i = 0;
    while out.len() < bytes {
        out.push_str(words[i % words.len()]);
        out.push(' ');
        i += 1;
    }
    out
}

/// "no <word-i> evidence": cues whose texts all differ, so none is folded
/// into another's explanation.
fn distinct_doubts(bytes: usize) -> String {
    let mut out = String::with_capacity(bytes + 32);
    let mut i = 0u32;
    while out.len() < bytes {
        out.push_str(&format!("no w{i} evidence "));
        i += 1;
    }
    out
}

/// Lines that each open like a dateline ("ABC (") with no closing bracket.
fn dateline_openers(bytes: usize) -> String {
    repeat_to("ABC (x\n", bytes)
}

/// A speaker named at the end of one long sentence, whose quotation then
/// runs on for many short ones: each of them carries the speaker's source.
fn far_speaker(bytes: usize) -> String {
    let half = bytes / 2;
    repeat_to("and so on ", half) + "Kim said, “It may. " + &repeat_to("It may. ", half)
}

/// A speaker who cites thousands of sources, then a quotation of thousands
/// of sentences: each sentence carries the speaker's source.
fn citing_speaker(bytes: usize) -> String {
    let half = bytes / 2;
    repeat_to("officials said, ", half) + "Kim said, “It may. " + &repeat_to("It may. ", half)
}

/// A speaker whose name is one huge word, then a long quotation.
fn huge_speaker(bytes: usize) -> String {
    let half = bytes / 2;
    "K".repeat(half) + " said, “It may. " + &repeat_to("It may. ", half)
}

/// Thousands of distinct speakers who share a family name, each named in
/// full and then by it alone: every short mention has candidates to check.
fn shared_names(bytes: usize) -> String {
    let mut out = String::new();
    let mut i = 0usize;
    while out.len() < bytes {
        out += &format!("Kim Yong{i} said it may. Kim said more. Mr. Kim added a word. ");
        i += 1;
    }
    out
}

pub const INPUTS: &[Input] = &[
    Input {
        name: "parens-then-may",
        about: "'(' x N + ' May' x N: the month check re-scanned the punctuation run",
        build: |n| halves("(", " May", n),
    },
    Input {
        name: "colon-questions",
        about: "'x: Was it ' x N + '?': every word after a colon read the whole question",
        build: |n| {
            let mut s = repeat_to("x: Was it ", n.saturating_sub(1));
            s.push('?');
            s
        },
    },
    Input {
        name: "denied-then-confirmed",
        about: "'denied, ' x k + 'confirmed, ' x k: doubted clauses looked up in a list",
        build: |n| halves("denied, ", "confirmed, ", n),
    },
    Input {
        name: "punctuation-run",
        about: "one run of mixed punctuation, no spaces",
        build: |n| repeat_to(".,;:!?\"'()[]{}-–—…“”‘’«»", n),
    },
    Input {
        name: "may-cues",
        about: "thousands of speculation cues in one sentence",
        build: |n| repeat_to("may ", n),
    },
    Input {
        name: "said-cues",
        about: "thousands of attribution cues (and sources) in one sentence",
        build: |n| repeat_to("officials said, ", n),
    },
    Input {
        name: "relative-chain",
        about: "thousands of sources in a chain of relative clauses in one sentence",
        build: |n| repeat_to("Kim, who met Lee, who said ", n),
    },
    Input {
        name: "unnamed-sources",
        about: "thousands of unnamed sources cited in one sentence",
        build: |n| repeat_to("according to unnamed sources, ", n),
    },
    Input {
        name: "reader-phrases",
        about: "thousands of reader-table phrases and sense entries in one sentence",
        build: |n| repeat_to("he could not be reached, a suspect said, ", n),
    },
    Input {
        name: "conditions",
        about: "thousands of conditions and attributions in one sentence",
        build: |n| repeat_to("if true, Kim said it may, ", n),
    },
    Input {
        name: "distinct-doubts",
        about: "thousands of unverified cues, each worded differently",
        build: distinct_doubts,
    },
    Input {
        name: "one-paragraph",
        about: "one huge paragraph of short sentences",
        build: |n| {
            repeat_to(
                "Officials said troops may have crossed. It was denied. The report was confirmed. ",
                n,
            )
        },
    },
    Input {
        name: "one-sentence",
        about: "one huge sentence of ordinary words, no punctuation",
        build: |n| {
            words_to(
                &[
                    "officials",
                    "may",
                    "say",
                    "that",
                    "the",
                    "report",
                    "could",
                    "be",
                    "true",
                    "if",
                    "not",
                    "whether",
                    "it",
                    "would",
                    "said",
                    "Kim",
                    "claimed",
                ],
                n,
            )
        },
    },
    Input {
        name: "open-quotes",
        about: "many opening quotes with no closing mark",
        build: |n| repeat_to("“It may rain. ", n),
    },
    Input {
        name: "far-speaker",
        about: "a quotation's speaker far into a long sentence, carried to many short ones",
        build: far_speaker,
    },
    Input {
        name: "citing-speaker",
        about: "a speaker citing thousands of sources, then a long quotation",
        build: citing_speaker,
    },
    Input {
        name: "huge-speaker",
        about: "a speaker named by one huge word, then a long quotation",
        build: huge_speaker,
    },
    Input {
        name: "shared-names",
        about: "thousands of speakers sharing a name, each then named by it alone",
        build: shared_names,
    },
    Input {
        name: "transcript",
        about: "a broadcast transcript: a hand-off, then thousands of speaker and sound-bite paragraphs",
        build: |n| {
            "Jim Teple has details.\n\n".to_string()
                + &repeat_to("Mr. Potach says it grew.\n\nWe have seen it drop. It jumped.\n\n", n)
        },
    },
    Input {
        name: "lines",
        about: "one sentence per line, no final stops",
        build: |n| repeat_to("Officials said troops may have crossed\n", n),
    },
    Input {
        name: "cr-lines",
        about: "one sentence per line with CR-only line ends",
        build: |n| repeat_to("Officials said troops may have crossed.\r", n),
    },
    Input {
        name: "dateline-openers",
        about: "lines that open like a dateline with an unclosed bracket",
        build: dateline_openers,
    },
    Input {
        name: "place-list-lines",
        about: "lines that open like a Wikinews place-list dateline, the dash far away",
        build: |n| {
            repeat_to("Evansville, Indiana, United States and on\n", n / 2)
                + &repeat_to("x", n / 2)
                + " -"
        },
    },
    Input {
        name: "one-token",
        about: "one huge word",
        build: |n| repeat_to("a", n),
    },
    Input {
        name: "abbreviations",
        about: "abbreviations and initials that end no sentence",
        build: |n| repeat_to("Dr. J. R. Smith of the U.S. Co. said No. 5 ", n),
    },
    Input {
        name: "quote-attributions",
        about: "closed quotes each followed by a short attribution",
        build: |n| repeat_to("\"It may.\" Kim said. ", n),
    },
    Input {
        name: "list-markers",
        about: "numbered list items in sequence",
        build: |n| {
            let mut out = String::with_capacity(n + 16);
            let mut i = 1;
            while out.len() < n {
                out.push_str(&format!("{}. item may ", i % 1000));
                i += 1;
            }
            out
        },
    },
    Input {
        name: "negations",
        about: "negators before cues, over and over",
        build: |n| repeat_to("did not deny no doubt not confirmed ", n),
    },
    Input {
        name: "blank-lines",
        about: "whitespace and blank lines",
        build: |n| repeat_to(" \n\n\t\r\n\u{2029}", n),
    },
];
