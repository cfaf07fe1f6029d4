//! The binary's contract: exit codes (0 all ok, 1 some inputs skipped or failed, 2 could not
//! start), a refusal to overwrite an earlier run without --force, and --excel's byte-order mark.

mod common;

use std::process::Command;

use common::{write_tiny_model, TinyModel};

fn actorgraph() -> Command {
    Command::new(env!("CARGO_BIN_EXE_actorgraph"))
}

#[test]
fn exit_codes_follow_the_contract() {
    let model = tempfile::tempdir().unwrap();
    write_tiny_model(model.path(), &TinyModel::default());
    let input = tempfile::tempdir().unwrap();
    std::fs::write(input.path().join("a.txt"), "The president met Putin in Russia.").unwrap();
    let out = tempfile::tempdir().unwrap();
    let run = |extra: &[&str]| {
        actorgraph()
            .args(["run", input.path().to_str().unwrap(), "--model", model.path().to_str().unwrap(), "--out", out.path().to_str().unwrap()])
            .args(extra)
            .output()
            .unwrap()
    };
    let ok = run(&["--excel"]);
    assert_eq!(ok.status.code(), Some(0), "{}", String::from_utf8_lossy(&ok.stderr));
    let mentions = std::fs::read(out.path().join("mentions.csv")).unwrap();
    assert!(mentions.starts_with(b"\xEF\xBB\xBFdoc_id,start,end,text,label,score"), "--excel writes a BOM before the header");
    // An earlier run is not overwritten without --force.
    let again = run(&[]);
    assert_eq!(again.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&again.stderr).contains("--force"));
    // A skipped input: exit 1, and the run still writes its tables.
    std::fs::write(input.path().join("empty.txt"), "").unwrap();
    let partial = run(&["--force"]);
    assert_eq!(partial.status.code(), Some(1));
    assert!(std::fs::read_to_string(out.path().join("documents.csv")).unwrap().contains("empty,"));
    // A broken model folder: exit 2 before any work, naming the missing file.
    std::fs::remove_file(model.path().join("vocab.txt")).unwrap();
    let broken = run(&["--force"]);
    assert_eq!(broken.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&broken.stderr).contains("vocab.txt"));
}

#[test]
fn broken_registry_stops_the_run_with_file_and_line() {
    let dir = tempfile::tempdir().unwrap();
    let reg = dir.path().join("actors.csv");
    std::fs::write(&reg, "id,name,kind,country,aliases,notes\nx,X,wizard,,,\n").unwrap();
    let out = actorgraph().args(["run", "seeds", "--actors", reg.to_str().unwrap(), "--out", dir.path().join("o").to_str().unwrap()]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains(&format!("{}:2: actor x has unknown kind 'wizard'", reg.display())), "{err}");
    assert!(!dir.path().join("o").join("mentions.csv").exists());
}
