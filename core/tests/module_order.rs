//! core's modules form a pipeline with every import pointing one way (issue
//! 14): outside `#[cfg(test)]` code, a module names (in `use crate::…`, a
//! `crate::…` path or a macro's `$crate::…`) only modules before it in
//! [`ORDER`]. A cycle between modules is then impossible, and a reader can
//! learn them top to bottom. Tests may reach anywhere: they check a module
//! through the whole analysis.
//!
//! [`ORDER`] is the one list of that order; the diagrams of the README's "How
//! it works" and of `docs/DESIGN.md` show it (checked below, when the
//! repository is there: a packaged crate has neither).

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

/// core's modules in pipeline order: each may import only those before it.
/// A module of several files (`tagger/`, `compare/`) is one entry.
const ORDER: &[&str] = &[
    // Beside the pipeline: used anywhere, they import nothing of the crate.
    "category",
    "wordlists",
    "spans",
    "offsets",
    // The whole text: sentences, which are claims, quotations; then tokens.
    "segment",
    "handoff",
    "kind",
    "quotes",
    "tokenize",
    // One claim sentence: cues, source, level, explanation.
    "phrases",
    "rules",
    "lexicon",
    "tagger",
    "detect",
    "reader",
    "condition",
    "conflict",
    "source",
    "score",
    "explain",
    // The passes over the document, and the analysis that runs them.
    "contradiction",
    "soundbite",
    "entity",
    "analysis",
    // A whole text's analysis (also a few sentences at a time), its report,
    // and the report in chunks.
    "stepwise",
    "report",
    "steps",
    // Over the pipeline: claims across texts; the wasm modules' class.
    "compare",
    "wasm_stream",
];

fn src_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

/// Every `.rs` file under `dir`, sorted.
fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for entry in fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files.extend(rust_files(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            files.push(path);
        }
    }
    files.sort();
    files
}

/// The module a file of `src/` belongs to: `tagger/infer.rs` to `tagger`;
/// `None` for the crate root.
fn module_of(relative: &Path) -> Option<String> {
    let first = relative.components().next()?.as_os_str().to_str()?;
    let name = first.strip_suffix(".rs").unwrap_or(first);
    (name != "lib").then(|| name.to_string())
}

fn is_ident(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// `src` with its comments, string literals and character literals blanked
/// (newlines kept, so line numbers stay), rustfmt-formatted code assumed.
fn blank(src: &str) -> String {
    let chars: Vec<char> = src.chars().collect();
    let mut out = String::with_capacity(src.len());
    let mut i = 0;
    while i < chars.len() {
        let end = literal_end(&chars, i);
        if end > i {
            out.extend(
                chars[i..end]
                    .iter()
                    .map(|&c| if c == '\n' { c } else { ' ' }),
            );
            i = end;
        } else {
            out.push(chars[i]);
            i += 1;
        }
    }
    out
}

/// Where the comment or literal starting at `i` ends; `i` if none starts there.
fn literal_end(chars: &[char], i: usize) -> usize {
    let at = |k: usize| chars.get(k).copied().unwrap_or('\0');
    let find = |from: usize, pat: &[char]| {
        (from..chars.len())
            .find(|&k| chars[k..].starts_with(pat))
            .map_or(chars.len(), |k| k + pat.len())
    };
    match (at(i), at(i + 1)) {
        ('/', '/') => (i..chars.len())
            .find(|&k| chars[k] == '\n')
            .unwrap_or(chars.len()),
        ('/', '*') => find(i + 2, &['*', '/']),
        ('r', '"' | '#') if i == 0 || !is_ident(at(i - 1)) => {
            let hashes = (i + 1..).take_while(|&k| at(k) == '#').count();
            if at(i + 1 + hashes) != '"' {
                return i;
            }
            let close: Vec<char> = std::iter::once('"').chain(vec!['#'; hashes]).collect();
            find(i + 2 + hashes, &close)
        }
        ('"', _) => {
            let mut k = i + 1;
            while k < chars.len() && chars[k] != '"' {
                k += if chars[k] == '\\' { 2 } else { 1 };
            }
            (k + 1).min(chars.len())
        }
        // A character literal, not a lifetime: 'x' or '\n'.
        ('\'', '\\') => find(i + 3, &['\'']),
        ('\'', _) if at(i + 2) == '\'' => i + 3,
        _ => i,
    }
}

/// `code` (blanked) without its `#[cfg(test)]` items: each is blanked from
/// the attribute to the `;` or the closing brace that ends the item.
fn without_tests(code: &str) -> String {
    const ATTR: &str = "#[cfg(test)]";
    let mut out: Vec<char> = code.chars().collect();
    let text: String = out.iter().collect();
    let starts: Vec<usize> = text.match_indices(ATTR).map(|(b, _)| b).collect();
    for start in starts {
        let from = text[..start].chars().count();
        let mut depth = 0usize;
        let mut k = from + ATTR.chars().count();
        while k < out.len() {
            match out[k] {
                '(' | '[' | '{' => depth += 1,
                ')' | ']' => depth = depth.saturating_sub(1),
                '}' => {
                    depth = depth.saturating_sub(1);
                    if depth == 0 {
                        break;
                    }
                }
                ';' if depth == 0 => break,
                _ => {}
            }
            k += 1;
        }
        let end = (k + 1).min(out.len());
        for c in &mut out[from..end] {
            if *c != '\n' {
                *c = ' ';
            }
        }
    }
    out.into_iter().collect()
}

/// The first identifier of each top-level item of the `{…}` group that
/// `rest` opens: `{a, b::c, d::{e, f}}` gives a, b, d.
fn group_heads(rest: &str) -> Vec<String> {
    let mut heads = Vec::new();
    let (mut depth, mut expect) = (0usize, true);
    let mut chars = rest.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '{' => depth += 1,
            '}' => {
                depth -= 1;
                if depth == 0 {
                    break;
                }
            }
            ',' if depth == 1 => expect = true,
            c if expect && depth == 1 && is_ident(c) => {
                let mut name = c.to_string();
                while let Some(&n) = chars.peek().filter(|&&n| is_ident(n)) {
                    name.push(n);
                    chars.next();
                }
                heads.push(name);
                expect = false;
            }
            c if !c.is_whitespace() => expect = false,
            _ => {}
        }
    }
    heads
}

/// The names a path continues with at the start of `rest`: one, or the
/// heads of a `{…}` group.
fn names_at(rest: &str) -> Vec<String> {
    if rest.starts_with('{') {
        return group_heads(rest);
    }
    let name: String = rest.chars().take_while(|&c| is_ident(c)).collect();
    vec![name].into_iter().filter(|n| !n.is_empty()).collect()
}

/// The modules (or root re-exports) that non-test code of `src` names:
/// (line, name). `$crate::` counts as `crate::`.
fn references(src: &str) -> Vec<(usize, String)> {
    let code = without_tests(&blank(src));
    let mut found = Vec::new();
    for (at, _) in code.match_indices("crate::") {
        // Not the end of a longer name (`hedgelight_core::`).
        if code[..at].chars().next_back().is_some_and(is_ident) {
            continue;
        }
        let line = code[..at].matches('\n').count() + 1;
        found.extend(names_at(&code[at + 7..]).into_iter().map(|n| (line, n)));
    }
    found
}

/// What lib.rs re-exports at the root (`pub use analysis::{Sentence, …}`):
/// item name to the module it comes from, so that `crate::Sentence` counts
/// as naming `analysis`.
fn root_reexports(lib: &str) -> BTreeMap<String, String> {
    let code = blank(lib);
    let mut map = BTreeMap::new();
    for (at, _) in code.match_indices("pub use ") {
        let rest = &code[at + 8..];
        let module: String = rest.chars().take_while(|&c| is_ident(c)).collect();
        let Some(path) = rest[module.len()..].strip_prefix("::") else {
            continue;
        };
        if module != "crate" {
            map.extend(
                names_at(path)
                    .into_iter()
                    .map(|item| (item, module.clone())),
            );
        }
    }
    map
}

/// Each import in `files` (path, source) that does not point down
/// [`ORDER`], as `path:line: …`.
fn upward_imports(files: &[(String, String)], reexports: &BTreeMap<String, String>) -> Vec<String> {
    let rank = |m: &str| ORDER.iter().position(|o| *o == m);
    let mut wrong = Vec::new();
    for (path, src) in files {
        let Some(module) = module_of(Path::new(path)) else {
            continue;
        };
        let here = rank(&module)
            .unwrap_or_else(|| panic!("core/src/{path}: module {module} is not in ORDER"));
        for (line, name) in references(src) {
            let target = if rank(&name).is_some() {
                Some(&name)
            } else {
                reexports.get(&name)
            };
            match target.and_then(|t| rank(t).map(|r| (t, r))) {
                Some((t, r)) if r < here || *t == module => {}
                Some((t, _)) => wrong.push(format!(
                    "core/src/{path}:{line}: {module} imports {t}, which comes after it in ORDER"
                )),
                None => wrong.push(format!(
                    "core/src/{path}:{line}: {module} names crate::{name}, not a module in ORDER"
                )),
            }
        }
    }
    wrong
}

/// core's source files: (path relative to `src/`, text).
fn sources() -> Vec<(String, String)> {
    let dir = src_dir();
    rust_files(&dir)
        .into_iter()
        .map(|p| {
            let relative = p.strip_prefix(&dir).unwrap().to_string_lossy().into_owned();
            (relative, fs::read_to_string(&p).unwrap())
        })
        .collect()
}

#[test]
fn every_import_points_down_the_pipeline() {
    let files = sources();
    let lib = &files.iter().find(|(p, _)| p == "lib.rs").unwrap().1;
    let wrong = upward_imports(&files, &root_reexports(lib));
    assert!(
        wrong.is_empty(),
        "imports against the pipeline order (core/tests/module_order.rs, ORDER):\n{}",
        wrong.join("\n")
    );
}

#[test]
fn every_module_is_in_the_order_once() {
    let on_disk: BTreeSet<String> = sources()
        .iter()
        .filter_map(|(p, _)| module_of(Path::new(p)))
        .collect();
    let listed: BTreeSet<String> = ORDER.iter().map(|m| m.to_string()).collect();
    assert_eq!(listed.len(), ORDER.len(), "a module is in ORDER twice");
    assert_eq!(
        on_disk, listed,
        "core/src's modules and ORDER differ: place a new module in ORDER"
    );
}

/// The core modules that a diagram's lines start with (`src/kind.rs`,
/// `│ kind.rs`, `src/tagger/`), in order: its entries, not the modules its
/// descriptions mention.
fn modules_named(diagram: &str) -> Vec<String> {
    diagram
        .lines()
        .filter_map(|line| {
            let word = line.trim_start_matches([' ', '│']).split(' ').next()?;
            let file = word.strip_prefix("src/").unwrap_or(word);
            let name = file
                .strip_suffix(".rs")
                .or_else(|| file.strip_suffix('/'))?;
            ORDER.contains(&name).then(|| name.to_string())
        })
        .collect()
}

/// The first code block after `heading` in the repository's file `file`;
/// `None` in a packaged crate, which has no repository around it.
fn diagram(file: &str, heading: &str) -> Option<String> {
    let Some(root) = std::env::var_os("HEDGELIGHT_ROOT") else {
        println!("skipped {file}: HEDGELIGHT_ROOT is not set (a packaged crate)");
        return None;
    };
    let text = fs::read_to_string(Path::new(&root).join(file)).unwrap();
    let after = &text[text
        .find(heading)
        .unwrap_or_else(|| panic!("{file}: no {heading}"))..];
    let block = &after[after.find("```").unwrap() + 3..];
    Some(block[..block.find("```").unwrap()].to_string())
}

#[test]
fn the_readme_diagram_shows_the_order() {
    let Some(block) = diagram("README.md", "## How it works") else {
        return;
    };
    // core/'s part of the diagram: from its line to the next top-level entry.
    let core = &block[block.find("\ncore/").unwrap()..];
    let core = &core[..core.find("\ncli/").unwrap()];
    assert_eq!(
        modules_named(core),
        ORDER,
        "README.md's \"How it works\" and ORDER"
    );
}

/// DESIGN.md's diagram draws the pipeline proper, from the text to its
/// report in chunks; its prose places the modules beside it.
#[test]
fn the_design_diagram_shows_the_order() {
    let Some(block) = diagram("docs/DESIGN.md", "## The pipeline") else {
        return;
    };
    let at = |m: &str| ORDER.iter().position(|o| *o == m).unwrap();
    let pipeline = &ORDER[at("segment")..=at("steps")];
    assert_eq!(
        modules_named(&block),
        pipeline,
        "docs/DESIGN.md's pipeline and ORDER"
    );
}

// The checker itself, on made-up sources: what it must find and what not.

fn check(path: &str, src: &str) -> Vec<String> {
    let reexports = BTreeMap::from([("Sentence".to_string(), "analysis".to_string())]);
    upward_imports(&[(path.to_string(), src.to_string())], &reexports)
}

#[test]
fn an_upward_import_is_found_in_any_form() {
    for src in [
        "use crate::steps::Stream;\n",
        "use crate::{tokenize, steps};\n",
        "use crate::{\n    kind::Kind,\n    report::{ChunkReport, Relinked},\n};\n",
        "fn f() { let s = crate::steps::Stream::new(); }\n",
        "macro_rules! m { () => { $crate::steps::Stream }; }\n",
        "fn f() -> crate::Sentence { todo!() }\n",
    ] {
        assert_eq!(check("explain.rs", src).len(), 1, "{src}");
    }
    assert_eq!(
        check("tagger/infer.rs", "use crate::detect::Cue;\n").len(),
        1
    );
    assert_eq!(check("kind.rs", "use crate::nowhere::X;\n").len(), 1);
}

#[test]
fn downward_imports_test_code_comments_and_strings_pass() {
    let src = r##"
use crate::category::Category;
use crate::{segment, tokenize::Token};
/// Unlike [`crate::steps::Stream`], …
fn f() -> &'static str { let c = '"'; "crate::steps" }
// use crate::report;
/* crate::report::X */
const RAW: &str = r#"use crate::steps;"#;
fn g() { crate::tagger::BUILTIN; }

#[cfg(test)]
mod tests {
    use crate::steps::Stream;
    fn h() { crate::analyze("x"); }
}
"##;
    assert_eq!(check("tagger/format.rs", src), Vec::<String>::new());
}
