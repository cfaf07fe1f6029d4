//! The binary's contract: exit codes (0 all ok, 1 some inputs skipped or failed, 2 could not
//! start), a refusal to overwrite an earlier run without --force, and --excel's byte-order mark.

mod common;

use std::process::Command;

use common::{write_tiny_model, TinyModel};

fn actorgraph() -> Command {
    Command::new(env!("CARGO_BIN_EXE_actorgraph"))
}

/// A tiny random-weight model folder (the binary's behaviour, not the model's, is under test).
fn tiny_model() -> tempfile::TempDir {
    let model = tempfile::tempdir().unwrap();
    write_tiny_model(model.path(), &TinyModel::default());
    model
}

/// `actorgraph run INPUT --model MODEL --out OUT EXTRA...`.
fn run_cmd(input: &std::path::Path, model: &std::path::Path, out: &std::path::Path, extra: &[&str]) -> std::process::Output {
    actorgraph()
        .args(["run", input.to_str().unwrap(), "--model", model.to_str().unwrap(), "--out", out.to_str().unwrap()])
        .args(extra)
        .output()
        .unwrap()
}

#[test]
fn exit_codes_follow_the_contract() {
    let model = tiny_model();
    let input = tempfile::tempdir().unwrap();
    std::fs::write(input.path().join("a.txt"), "The president met Putin in Russia.").unwrap();
    let out = tempfile::tempdir().unwrap();
    let run = |extra: &[&str]| run_cmd(input.path(), model.path(), out.path(), extra);
    let ok = run(&["--excel"]);
    assert_eq!(ok.status.code(), Some(0), "{}", String::from_utf8_lossy(&ok.stderr));
    let mentions = std::fs::read(out.path().join("mentions.csv")).unwrap();
    assert!(mentions.starts_with(b"\xEF\xBB\xBFdoc_id,start,end,text,label,score"), "--excel writes a BOM before the header");
    // An earlier run is not overwritten without --force.
    let again = run(&[]);
    assert_eq!(again.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&again.stderr).contains("--force"));
    // An input skipped by policy (empty): listed, not a failure.
    std::fs::write(input.path().join("empty.txt"), "").unwrap();
    let skipped = run(&["--force"]);
    assert_eq!(skipped.status.code(), Some(0));
    assert!(std::fs::read_to_string(out.path().join("documents.csv")).unwrap().contains("empty,"));
    // An input that fails (invalid UTF-8): exit 1, and the run still writes its tables.
    std::fs::write(input.path().join("latin1.txt"), b"Caf\xe9 in Russia").unwrap();
    let partial = run(&["--force"]);
    assert_eq!(partial.status.code(), Some(1));
    assert!(std::fs::read_to_string(out.path().join("documents.csv")).unwrap().contains("invalid UTF-8"));
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

#[test]
fn runs_from_another_directory_and_refuses_missing_inputs_and_registries() {
    let model = tiny_model();
    let elsewhere = tempfile::tempdir().unwrap();
    std::fs::write(elsewhere.path().join("a.txt"), "Russia sent aid to Venezuela.").unwrap();
    // From a folder with no actors/ or verbs/: the shipped ones are found beside the binary.
    let out = actorgraph()
        .current_dir(elsewhere.path())
        .args(["run", "a.txt", "-o", "out", "--model", model.path().to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(elsewhere.path().join("out").join("events.csv").exists());
    // No input named: an error, not a silent default.
    let none = actorgraph().current_dir(elsewhere.path()).args(["run", "-o", "o2"]).output().unwrap();
    assert_eq!(none.status.code(), Some(2));
    // A mistyped input: an error naming it.
    let typo = actorgraph().current_dir(elsewhere.path()).args(["run", "nope.txt", "-o", "o3"]).output().unwrap();
    assert_eq!(typo.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&typo.stderr).contains("nope.txt"));
    // A registry that is not there: an error unless --no-registry.
    let noreg = actorgraph()
        .current_dir(elsewhere.path())
        .env("ACTORGRAPH_ACTORS", elsewhere.path().join("missing"))
        .args(["run", "a.txt", "-o", "o4", "--model", model.path().to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(noreg.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&noreg.stderr).contains("--no-registry"), "{}", String::from_utf8_lossy(&noreg.stderr));
    let bare = actorgraph()
        .current_dir(elsewhere.path())
        .args(["run", "a.txt", "-o", "o5", "--no-registry", "--model", model.path().to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(bare.status.code(), Some(0), "{}", String::from_utf8_lossy(&bare.stderr));
}

#[test]
fn hostile_inputs_get_a_row_and_a_bounded_cost() {
    let model = tiny_model();
    let input = tempfile::tempdir().unwrap();
    std::fs::write(input.path().join("a.txt"), "Russia sent aid to Venezuela.").unwrap();
    // A named pipe: reading it would block for ever.
    let fifo = input.path().join("pipe.txt");
    assert!(Command::new("mkfifo").arg(&fifo).status().unwrap().success());
    // A symlink to an endless device (outside the input folder: skipped without following it).
    std::os::unix::fs::symlink("/dev/zero", input.path().join("zero.txt")).unwrap();
    // A JSONL dump with one article over the limit: only that one is skipped.
    let big = "x".repeat(1_200_000);
    std::fs::write(
        input.path().join("dump.jsonl"),
        format!("{{\"id\": \"j1\", \"text\": \"Iran met Cuba.\"}}\n{{\"id\": \"j2\", \"text\": \"{big}\"}}\n{{\"id\": \"j3\", \"text\": \"Cuba met Iran.\"}}\n"),
    )
    .unwrap();
    // The output folder inside the input folder: never read back.
    let out = input.path().join("out");
    let run = || {
        actorgraph()
            .args(["run", input.path().to_str().unwrap(), "-o", out.to_str().unwrap(), "--force", "--max-file-mb", "1"])
            .args(["--model", model.path().to_str().unwrap()])
            .output()
            .unwrap()
    };
    let first = run();
    assert_eq!(first.status.code(), Some(0), "skipped by policy only: {}", String::from_utf8_lossy(&first.stderr));
    let docs = std::fs::read_to_string(out.join("documents.csv")).unwrap();
    assert!(docs.contains("named pipe, not a regular file"), "{docs}");
    assert!(docs.contains("symlink to /dev/zero outside the input folder"), "a link out of the input folder is not followed: {docs}");
    assert!(docs.contains("article too large"), "{docs}");
    for id in ["j1,", "j3,"] {
        assert!(docs.lines().any(|l| l.starts_with(id) && l.contains(",ok,")), "{id} missing: {docs}");
    }
    // A second run over the same folder reads the same inputs, not its own output.
    let second = run();
    assert_eq!(second.status.code(), Some(0));
    assert_eq!(std::fs::read_to_string(out.join("documents.csv")).unwrap().lines().count(), docs.lines().count());
}

#[test]
fn clean_names_every_document_a_file_of_its_own() {
    let input = tempfile::tempdir().unwrap();
    let long = "x".repeat(300);
    std::fs::write(
        input.path().join("dump.jsonl"),
        format!("{{\"id\": \"a/b\", \"text\": \"One.\"}}\n{{\"id\": \"a:b\", \"text\": \"Two.\"}}\n{{\"id\": \"{long}\", \"text\": \"Three.\"}}\n"),
    )
    .unwrap();
    let out = tempfile::tempdir().unwrap();
    let r = actorgraph().args(["clean", input.path().to_str().unwrap(), "--out", out.path().to_str().unwrap()]).output().unwrap();
    assert_eq!(r.status.code(), Some(0), "{}", String::from_utf8_lossy(&r.stderr));
    let mut names: Vec<String> = std::fs::read_dir(out.path()).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
    names.sort();
    assert_eq!(names.len(), 3, "{names:?}");
    let texts: std::collections::BTreeSet<String> = names.iter().map(|n| std::fs::read_to_string(out.path().join(n)).unwrap()).collect();
    assert_eq!(texts.len(), 3, "no document overwrote another");
    assert!(names.iter().all(|n| n.len() <= 160));
    let stdout = String::from_utf8_lossy(&r.stdout);
    assert!(stdout.contains("a:b: written as a_b-2.txt"), "{stdout}");
}

#[test]
fn raw_cells_for_programs_defused_cells_for_spreadsheets() {
    let model = tiny_model();
    let input = tempfile::tempdir().unwrap();
    std::fs::write(input.path().join("=evil.txt"), "Russia sent aid to Venezuela.").unwrap();
    let run = |out: &std::path::Path, extra: &[&str]| {
        let r = actorgraph()
            .args(["run", input.path().to_str().unwrap(), "-o", out.to_str().unwrap(), "--model", model.path().to_str().unwrap()])
            .args(extra)
            .output()
            .unwrap();
        assert_eq!(r.status.code(), Some(0), "{}", String::from_utf8_lossy(&r.stderr));
        std::fs::read_to_string(out.join("documents.csv")).unwrap()
    };
    let (a, b) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    assert!(run(a.path(), &[]).contains("\r\n'=evil,"), "defused by default");
    assert!(run(b.path(), &["--raw-cells"]).contains("\r\n=evil,"), "raw with --raw-cells");
}

#[test]
fn the_output_folder_belongs_to_one_run_and_keeps_the_users_files() {
    use actorgraph::output::folder::{OutputFolder, Permission};
    let model = tiny_model();
    let input = tempfile::tempdir().unwrap();
    std::fs::write(input.path().join("a.txt"), "The president met Putin in Russia.").unwrap();
    let out = tempfile::tempdir().unwrap();
    std::fs::write(out.path().join("notes.txt"), "my notes").unwrap();
    std::fs::write(out.path().join(".draft.tmp-7"), "my draft").unwrap();
    let run = |extra: &[&str]| run_cmd(input.path(), model.path(), out.path(), extra);
    // A folder holding files the tool did not write is refused, and left as it was.
    let refused = run(&[]);
    assert_eq!(refused.status.code(), Some(2));
    let err = String::from_utf8_lossy(&refused.stderr);
    assert!(err.contains("did not write") && err.contains("notes.txt") && err.contains("--force"), "{err}");
    assert_eq!(std::fs::read_dir(out.path()).unwrap().count(), 2, "nothing written into a refused folder");
    // With --force the run writes beside them and removes none of them.
    let forced = run(&["--force"]);
    assert_eq!(forced.status.code(), Some(0), "{}", String::from_utf8_lossy(&forced.stderr));
    assert_eq!(std::fs::read_to_string(out.path().join("notes.txt")).unwrap(), "my notes");
    assert_eq!(std::fs::read_to_string(out.path().join(".draft.tmp-7")).unwrap(), "my draft");
    let manifest: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(out.path().join("manifest.json")).unwrap()).unwrap();
    let files = manifest["files"].as_object().unwrap();
    assert!(files.contains_key("documents.csv") && files.contains_key("report.html") && !files.contains_key("notes.txt"), "{files:?}");
    // A second run while another holds the folder is refused, naming the holder.
    let held = OutputFolder::open(out.path(), Permission { force: true, go_on: false }).unwrap();
    let second = run(&["--force"]);
    assert_eq!(second.status.code(), Some(2));
    let err = String::from_utf8_lossy(&second.stderr);
    assert!(err.contains("in use by another actorgraph process") && err.contains(&std::process::id().to_string()), "{err}");
    drop(held);
    assert_eq!(run(&["--force"]).status.code(), Some(0), "free again once the other is done");
}

#[test]
fn no_articles_found_is_an_error_naming_what_was_found() {
    let model = tiny_model();
    let input = tempfile::tempdir().unwrap();
    std::fs::write(input.path().join("empty.txt"), "").unwrap();
    std::fs::write(input.path().join("scan.pdf"), b"%PDF-1.4").unwrap();
    let out = tempfile::tempdir().unwrap();
    let run = run_cmd(input.path(), model.path(), out.path(), &[]);
    assert_eq!(run.status.code(), Some(2));
    let err = String::from_utf8_lossy(&run.stderr);
    assert!(err.contains("no articles found") && err.contains("unsupported file type .pdf") && err.contains("empty"), "{err}");
    assert!(!out.path().join("documents.csv").exists(), "no empty tables written");
}

#[test]
fn explain_shows_every_sentence_as_written_and_why_no_event() {
    let model = tiny_model();
    let out = actorgraph()
        .args(["explain", "--json", "--model", model.path().to_str().unwrap(), "Señora Díaz spoke at length. Putin met Maduro in Caracas."])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let x: serde_json::Value = serde_json::from_slice(&out.stdout).expect("explain --json prints JSON");
    let sentences = x["sentences"].as_array().unwrap();
    assert_eq!(sentences.len(), 2, "a sentence without actors is shown too");
    assert_eq!(sentences[0]["words"][0], "Señora", "words as written, accents kept");
    assert!(sentences[0]["no_event"][0]["reason"].as_str().unwrap().contains("actor"), "{}", sentences[0]);
    let second = &sentences[1];
    let ids: Vec<&str> = second["mentions"].as_array().unwrap().iter().filter_map(|m| m["actor_id"].as_str()).collect();
    // (The tiny model's labels are random; the registry scan still finds and links names.)
    assert!(ids.iter().any(|id| id.contains(':') || id.len() == 3), "mentions carry their links: {ids:?}");
    let explained = !second["events"].as_array().unwrap().is_empty() || !second["no_event"].as_array().unwrap().is_empty();
    assert!(explained, "each pair has its event or the reason none was coded: {second}");
}

#[test]
fn format_parquet_writes_the_same_tables_typed_beside_the_csv() {
    let model = tiny_model();
    let input = tempfile::tempdir().unwrap();
    std::fs::write(input.path().join("a.txt"), "Putin met Maduro in Caracas.").unwrap();
    std::fs::write(input.path().join("b.txt"), "Iran condemned the United States.").unwrap();
    let out = tempfile::tempdir().unwrap();
    let run = run_cmd(input.path(), model.path(), out.path(), &["--format", "parquet"]);
    assert_eq!(run.status.code(), Some(0), "{}", String::from_utf8_lossy(&run.stderr));
    let manifest = std::fs::read_to_string(out.path().join("manifest.json")).unwrap();
    for name in ["documents", "mentions", "events", "event_groups", "relations", "edges"] {
        let csv_rows = std::fs::read_to_string(out.path().join(format!("{name}.csv"))).unwrap().lines().count() - 1;
        let file = std::fs::File::open(out.path().join(format!("{name}.parquet"))).unwrap();
        let reader = parquet::arrow::arrow_reader::ParquetRecordBatchReaderBuilder::try_new(file).unwrap();
        let rows: usize = reader.metadata().row_groups().iter().map(|g| g.num_rows() as usize).sum();
        assert_eq!(rows, csv_rows, "{name}: as many rows as the CSV");
        assert!(manifest.contains(&format!("\"{name}.parquet\"")), "{name}.parquet is part of the set");
    }
}
