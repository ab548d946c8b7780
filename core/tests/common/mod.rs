//! The texts several test files read: the made-up check set, which the crate
//! ships, and the five demo reports, which it does not.

use std::fs;
use std::path::{Path, PathBuf};

/// The `.txt` files of `dir`, sorted by name: (file name, text).
pub fn texts_in(dir: &Path) -> Vec<(String, String)> {
    let mut paths: Vec<PathBuf> = fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    paths
        .iter()
        .map(|p| {
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            (name, fs::read_to_string(p).unwrap())
        })
        .collect()
}

/// The four made-up reports of `tests/fixtures/check-set/` (the project's own
/// text, in the published crate).
pub fn check_set() -> Vec<(String, String)> {
    texts_in(&Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/check-set"))
}

/// The five demo reports, `static/corpus/` of the repository that
/// `HEDGELIGHT_ROOT` names (the workspace's `.cargo/config.toml` sets it).
/// They are publishers' text (NOTICE), which the published crate does not
/// carry: without the variable this is `None`, and the tests that want them
/// say so and check only the rest.
pub fn reports() -> Option<Vec<(String, String)>> {
    match std::env::var_os("HEDGELIGHT_ROOT") {
        Some(root) => Some(texts_in(&Path::new(&root).join("static/corpus"))),
        None => {
            println!(
                "skipped the five demo reports: HEDGELIGHT_ROOT is not set (a packaged crate)"
            );
            None
        }
    }
}
