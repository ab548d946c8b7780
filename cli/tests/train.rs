//! `hedgelight train` reproduces the committed model byte for byte (when
//! `HEDGELIGHT_DEV_DATA` names the development corpus; the workspace's
//! `.cargo/config.toml` points it at `../shared/data`).

use std::path::PathBuf;
use std::process::Command;

use hedgelight_core::internals::Tagger;

#[test]
fn retraining_reproduces_the_committed_model() {
    let Some(data) = std::env::var_os("HEDGELIGHT_DEV_DATA").map(PathBuf::from) else {
        println!("skipped: HEDGELIGHT_DEV_DATA is not set (the development corpus)");
        return;
    };
    let names = ["wiki", "factbank", "bio_bmc", "bio_fly", "bio_hbc"];
    let files: Vec<_> = names
        .iter()
        .map(|n| data.join(format!("{n}.dev.xml")))
        .collect();
    if !files.iter().all(|f| f.is_file()) {
        println!(
            "skipped: the development corpus is not at {}",
            data.display()
        );
        return;
    }
    let out = std::env::temp_dir().join(format!("hedgelight-model-{}.bin", std::process::id()));
    let status = Command::new(env!("CARGO_BIN_EXE_hedgelight"))
        .arg("train")
        .arg("--out")
        .arg(&out)
        .args(&files)
        .status()
        .expect("runs hedgelight train");
    assert!(status.success());
    let trained = std::fs::read(&out).unwrap();
    let _ = std::fs::remove_file(&out);
    // The model compiled into hedgelight-core, in its file form: core's own
    // tests check that this is `core/data/model.bin` byte for byte.
    let committed = Tagger::builtin().to_bytes();
    assert!(
        trained == committed,
        "retrained model ({} bytes) differs from core/data/model.bin ({} bytes): run\n  \
         hedgelight train --out core/data/model.bin ../shared/data/{{wiki,factbank,bio_bmc,bio_fly,bio_hbc}}.dev.xml",
        trained.len(),
        committed.len()
    );
}
