//! `hedgelight train` reproduces the committed model byte for byte (when the
//! development corpus is beside the repository).

use std::path::Path;
use std::process::Command;

#[test]
fn retraining_reproduces_the_committed_model() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let data = root.join("../../shared/data");
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
    let committed = std::fs::read(root.join("../core/data/model.bin")).unwrap();
    assert!(
        trained == committed,
        "retrained model ({} bytes) differs from core/data/model.bin ({} bytes): run\n  \
         hedgelight train --out core/data/model.bin ../shared/data/{{wiki,factbank,bio_bmc,bio_fly,bio_hbc}}.dev.xml",
        trained.len(),
        committed.len()
    );
}
