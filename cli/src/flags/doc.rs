//! The usage line, each command's `--help` and its entry in `hedgelight
//! --help`, generated from the flags' definitions.

use super::{Args, Command, Flag, Kind};

impl Command {
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
