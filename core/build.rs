//! Copies the data files into `OUT_DIR` without their comment lines, for
//! `include_str!` (the `data!` macro in `src/lib.rs`).
//!
//! The comments say why each entry is there and stay in `data/`; compiled in
//! they cost about 9 KB brotli in each WebAssembly module. Each comment line
//! becomes an empty line, so a parse error still names the line of the file.

use std::{env, fs, path::Path};

fn main() {
    let out = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    println!("cargo:rerun-if-changed=data");
    let entries = fs::read_dir("data").expect("the data folder is beside build.rs");
    for entry in entries {
        let path = entry.expect("a readable data folder").path();
        let text_file = matches!(
            path.extension().and_then(|e| e.to_str()),
            Some("tsv" | "txt")
        );
        if !text_file {
            continue;
        }
        println!("cargo:rerun-if-changed={}", path.display());
        let text = fs::read_to_string(&path).expect("data files are UTF-8");
        let stripped: String = text
            .split_inclusive('\n')
            .map(|line| if line.starts_with('#') { "\n" } else { line })
            .collect();
        let name = path.file_name().expect("a file name");
        fs::write(Path::new(&out).join(name), stripped).expect("OUT_DIR is writable");
    }
}
