//! The whole pipeline with a stand-in tagger: spreadsheet-safe cells, byte-identical output
//! whatever the thread count or file order, merge of shards equal to one run, no partial files
//! after a failed write, and every input file accounted for.

mod common;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use actorgraph::link::{Linker, Registry};
use actorgraph::output::{self, merge::merge};
use actorgraph::pipeline::{self, RunOptions};
use common::GazetteerTagger;

const TABLES: &[&str] = &["documents.csv", "mentions.csv", "actors.csv", "relations.csv", "events.csv", "event_groups.csv", "candidates.csv", "nodes.csv", "edges.csv", "timeline.csv", "graph.gexf"];

fn tagger() -> GazetteerTagger {
    GazetteerTagger::new(
        126,
        &[
            ("Maduro", "B-PER"), ("Putin", "B-PER"), ("Russia", "B-LOC"), ("Venezuela", "B-LOC"), ("Caracas", "B-LOC"),
            ("Havana", "B-LOC"), ("=HYPERLINK", "B-PER"), ("@SUM", "B-PER"), ("Zorblat", "B-PER"), ("Iran", "B-LOC"),
        ],
    )
}

fn linker() -> Linker {
    Linker::new(Registry::load(&[PathBuf::from("actors")]).unwrap())
}

const ARTICLES: &[(&str, &str)] = &[
    ("a.txt", "Maduro met Putin in Caracas. Russia supports Venezuela.\n\nThe talks went on."),
    ("b.txt", "Putin spoke with Maduro. Zorblat watched from Havana."),
    ("c.txt", "Iran and Russia sent advisers to Venezuela. Maduro thanked Iran."),
    ("d/e.txt", "Venezuela and Russia signed deals. Zorblat objected."),
    ("f.jsonl", "{\"id\": \"j1\", \"text\": \"Maduro visited Russia.\", \"title\": \"Visit\"}\n{\"id\": \"j2\", \"text\": \"Putin called Maduro.\"}\n"),
];

fn write_inputs(dir: &Path, order: &[usize]) {
    for &i in order {
        let (name, text) = ARTICLES[i];
        let p = dir.join(name);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, text).unwrap();
    }
}

fn run_into(inputs: Vec<PathBuf>, out: &Path, threads: usize) -> pipeline::RunResult {
    run_batched(inputs, out, threads, RunOptions::default().batch_docs)
}

fn run_batched(inputs: Vec<PathBuf>, out: &Path, threads: usize, batch_docs: usize) -> pipeline::RunResult {
    let opts = RunOptions { inputs, batch_docs, ..Default::default() };
    let pool = rayon::ThreadPoolBuilder::new().num_threads(threads).build().unwrap();
    let result = pool.install(|| pipeline::run(&opts, &tagger(), &linker(), &common::coder(), &())).unwrap();
    std::fs::create_dir_all(out).unwrap();
    let staged = result.tables.write(out, false, "{}").unwrap();
    commit_set(staged).unwrap();
    result
}

/// Commit a staged set the way `run` does (lock, journal, manifest).
fn commit_set(staged: Vec<output::Staged>) -> Result<Vec<PathBuf>, output::folder::FolderError> {
    let dir = staged[0].dest.parent().unwrap().to_path_buf();
    output::folder::OutputFolder::open(&dir, output::folder::Permission { force: true, go_on: true })?.commit(staged)
}

fn read_tables(dir: &Path) -> BTreeMap<&'static str, Vec<u8>> {
    TABLES.iter().map(|t| (*t, std::fs::read(dir.join(t)).unwrap())).collect()
}

#[test]
fn same_bytes_whatever_the_threads_and_file_order() {
    let a = tempfile::tempdir().unwrap();
    let b = tempfile::tempdir().unwrap();
    write_inputs(a.path(), &[0, 1, 2, 3, 4]);
    write_inputs(b.path(), &[4, 2, 0, 3, 1]);
    let oa = tempfile::tempdir().unwrap();
    let ob = tempfile::tempdir().unwrap();
    run_into(vec![a.path().to_path_buf()], oa.path(), 1);
    run_into(vec![b.path().to_path_buf()], ob.path(), 2);
    let (ta, tb) = (read_tables(oa.path()), read_tables(ob.path()));
    for t in TABLES {
        // The input folder differs, and so does the path column; everything else is equal.
        let norm = |v: &Vec<u8>, root: &Path| String::from_utf8(v.clone()).unwrap().replace(&root.display().to_string(), "ROOT");
        assert_eq!(norm(&ta[t], a.path()), norm(&tb[t], b.path()), "{t} differs");
    }
    let rel = String::from_utf8(ta["relations.csv"].clone()).unwrap();
    assert!(rel.starts_with("source,target,source_name,target_name,relation,code,plover_type,quad_class,weight,goldstein,documents,mentions,first_doc,first_sentence,evidence,first_date,last_date\r\n"));
    assert!(rel.contains("RUS,VEN,Russia,Venezuela,co-occurrence,,,,3,,3,3,a,1,Russia supports Venezuela.,,\r\n"), "{rel}");
}

#[test]
fn same_bytes_whatever_the_batch_size() {
    // Relations and examples are folded batch by batch; one document a batch must sum to the
    // same tables as all documents in one batch.
    let a = tempfile::tempdir().unwrap();
    write_inputs(a.path(), &[0, 1, 2, 3, 4]);
    let (one, all) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    run_batched(vec![a.path().to_path_buf()], one.path(), 2, 1);
    run_batched(vec![a.path().to_path_buf()], all.path(), 2, 100);
    let (t1, ta) = (read_tables(one.path()), read_tables(all.path()));
    for t in TABLES {
        assert_eq!(t1[t], ta[t], "{t} differs between batches of 1 and of 100 documents");
    }
    assert!(String::from_utf8(ta["relations.csv"].clone()).unwrap().lines().count() > 2);
}

#[test]
fn merge_of_shards_equals_one_run() {
    let all = tempfile::tempdir().unwrap();
    let half1 = tempfile::tempdir().unwrap();
    let half2 = tempfile::tempdir().unwrap();
    write_inputs(all.path(), &[0, 1, 2, 3, 4]);
    write_inputs(half1.path(), &[0, 2, 4]);
    write_inputs(half2.path(), &[1, 3]);
    let (o_all, o1, o2, om) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    run_into(vec![all.path().to_path_buf()], o_all.path(), 2);
    run_into(vec![half1.path().to_path_buf()], o1.path(), 2);
    run_into(vec![half2.path().to_path_buf()], o2.path(), 2);
    commit_set(merge(&[o1.path().to_path_buf(), o2.path().to_path_buf()], om.path(), false).unwrap()).unwrap();
    let (ta, tm) = (read_tables(o_all.path()), read_tables(om.path()));
    for t in TABLES {
        let norm = |v: &Vec<u8>| {
            let s = String::from_utf8(v.clone()).unwrap();
            [all.path(), half1.path(), half2.path()].iter().fold(s, |s, p| s.replace(&p.display().to_string(), "ROOT"))
        };
        assert_eq!(norm(&ta[t]), norm(&tm[t]), "{t} differs after merge");
    }
}

#[test]
fn three_shards_merged_equal_one_run() {
    let all = tempfile::tempdir().unwrap();
    write_inputs(all.path(), &[0, 1, 2, 3, 4]);
    std::fs::write(all.path().join("copy-of-a.txt"), ARTICLES[0].1).unwrap(); // a duplicate
    std::fs::write(all.path().join("x.png"), b"png").unwrap(); // an unsupported file
    let one = tempfile::tempdir().unwrap();
    run_into(vec![all.path().to_path_buf()], one.path(), 2);
    let mut shard_dirs = Vec::new();
    let mut docs_in_shards = 0;
    for k in 1..=3 {
        let out = tempfile::tempdir().unwrap();
        let opts = RunOptions { inputs: vec![all.path().to_path_buf()], shard: Some(format!("{k}/3").parse().unwrap()), ..Default::default() };
        let r = pipeline::run(&opts, &tagger(), &linker(), &common::coder(), &()).unwrap();
        docs_in_shards += r.tables.documents.len();
        commit_set(r.tables.write(out.path(), false, "{}").unwrap()).unwrap();
        shard_dirs.push(out);
    }
    let merged = tempfile::tempdir().unwrap();
    let dirs: Vec<PathBuf> = shard_dirs.iter().map(|d| d.path().to_path_buf()).collect();
    commit_set(merge(&dirs, merged.path(), false).unwrap()).unwrap();
    assert_eq!(read_tables(one.path()), read_tables(merged.path()));
    assert_eq!(docs_in_shards, 8, "each input in exactly one shard: 6 files, 2 JSONL lines");
    assert!("0/3".parse::<pipeline::Shard>().is_err() && "4/3".parse::<pipeline::Shard>().is_err());
}

fn cached_opts(inputs: Vec<PathBuf>, out: &Path, reuse: bool) -> RunOptions {
    RunOptions {
        inputs,
        batch_docs: 2,
        cache: Some(pipeline::CacheConfig { dir: out.join(".actorgraph-cache"), fingerprint: "test".into(), reuse }),
        ..Default::default()
    }
}

#[test]
fn killed_run_resumes_to_the_same_tables() {
    let input = tempfile::tempdir().unwrap();
    write_inputs(input.path(), &[0, 1, 2, 3, 4]);
    let full = tempfile::tempdir().unwrap();
    run_into(vec![input.path().to_path_buf()], full.path(), 2);
    let out = tempfile::tempdir().unwrap();
    // Crash at the third model call: two batches (four documents) were finished.
    let mut crashing = tagger();
    crashing.fail_after = Some(2);
    let opts = cached_opts(vec![input.path().to_path_buf()], out.path(), false);
    assert!(pipeline::run(&opts, &crashing, &linker(), &common::coder(), &()).is_err());
    assert!(!out.path().join("mentions.csv").exists());
    let resumed = tagger();
    let opts = cached_opts(vec![input.path().to_path_buf()], out.path(), true);
    let r = pipeline::run(&opts, &resumed, &linker(), &common::coder(), &()).unwrap();
    assert_eq!(r.reused, 4);
    assert_eq!(*resumed.calls.lock().unwrap(), 1, "only the unfinished batch is processed");
    commit_set(r.tables.write(out.path(), false, "{}").unwrap()).unwrap();
    assert_eq!(read_tables(full.path()), read_tables(out.path()));
}

#[test]
fn new_files_only_are_processed_and_tables_match_a_full_run() {
    let input = tempfile::tempdir().unwrap();
    write_inputs(input.path(), &[0, 1, 2, 3]);
    let out = tempfile::tempdir().unwrap();
    let first = tagger();
    let r = pipeline::run(&cached_opts(vec![input.path().to_path_buf()], out.path(), false), &first, &linker(), &common::coder(), &()).unwrap();
    commit_set(r.tables.write(out.path(), false, "{}").unwrap()).unwrap();
    write_inputs(input.path(), &[4]); // new: f.jsonl, two articles of 3 and 3 words
    std::fs::write(input.path().join("b.txt"), "Putin spoke with Maduro again.").unwrap(); // changed
    let second = tagger();
    let r = pipeline::run(&cached_opts(vec![input.path().to_path_buf()], out.path(), true), &second, &linker(), &common::coder(), &()).unwrap();
    assert_eq!(r.reused, 3);
    assert_eq!(*second.words_scored.lock().unwrap(), 4 + 4 + 6, "only the new and the changed articles are tagged");
    commit_set(r.tables.write(out.path(), false, "{}").unwrap()).unwrap();
    let scratch = tempfile::tempdir().unwrap();
    run_into(vec![input.path().to_path_buf()], scratch.path(), 1);
    assert_eq!(read_tables(scratch.path()), read_tables(out.path()));
    // A different fingerprint (model, registry or options changed) ignores the cache.
    let third = tagger();
    let mut opts = cached_opts(vec![input.path().to_path_buf()], out.path(), true);
    opts.cache.as_mut().unwrap().fingerprint = "other model".into();
    let r = pipeline::run(&opts, &third, &linker(), &common::coder(), &()).unwrap();
    assert_eq!(r.reused, 0);
}

#[test]
fn formula_cells_are_defused_in_every_file() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("=evil.txt"), "=HYPERLINK(\"http://x\",\"y\") met Maduro in Caracas. @SUM(1) agreed with Maduro.\n\n-5 and +3 are numbers").unwrap();
    let out = tempfile::tempdir().unwrap();
    run_into(vec![dir.path().to_path_buf()], out.path(), 2);
    let mut seen_formula_text = false;
    for t in TABLES.iter().filter(|t| t.ends_with(".csv")) {
        let mut rdr = csv::ReaderBuilder::new().has_headers(false).from_path(out.path().join(t)).unwrap();
        for rec in rdr.records() {
            for cell in rec.unwrap().iter() {
                // Plain numbers ("-5.0", a Goldstein score) are numbers, not formulas.
                let number = cell.parse::<f64>().is_ok() && cell.chars().all(|c| c.is_ascii_digit() || "+-.".contains(c));
                assert!(number || !cell.starts_with(['=', '+', '-', '@', '\t', '\r']), "{t}: live formula cell {cell:?}");
                if cell.starts_with("'=HYPERLINK") || cell.starts_with("'@SUM") {
                    seen_formula_text = true;
                }
            }
        }
    }
    assert!(seen_formula_text, "the fixture's formulas must reach the tables (defused)");
    let docs = std::fs::read_to_string(out.path().join("documents.csv")).unwrap();
    assert!(docs.contains("\r\n'=evil,"), "{docs}");
}

#[test]
fn failed_write_leaves_no_partial_table() {
    let dir = tempfile::tempdir().unwrap();
    write_inputs(dir.path(), &[0, 1]);
    let opts = RunOptions { inputs: vec![dir.path().to_path_buf()], ..Default::default() };
    let result = pipeline::run(&opts, &tagger(), &linker(), &common::coder(), &()).unwrap();
    let out = tempfile::tempdir().unwrap();
    // Inject a failure part-way: the temporary name of relations.csv is taken by a folder.
    let blocker = out.path().join(format!(".relations.csv.actorgraph-tmp-{}", std::process::id()));
    std::fs::create_dir(&blocker).unwrap();
    assert!(result.tables.write(out.path(), false, "{}").is_err());
    std::fs::remove_dir(&blocker).unwrap();
    let left: Vec<String> = std::fs::read_dir(out.path()).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
    assert!(left.is_empty(), "files left behind: {left:?}");
    // An earlier run's complete output is untouched by a failed one.
    commit_set(result.tables.write(out.path(), false, "{}").unwrap()).unwrap();
    let before = read_tables(out.path());
    std::fs::create_dir(&blocker).unwrap();
    assert!(result.tables.write(out.path(), false, "{}").is_err());
    assert_eq!(read_tables(out.path()), before);
}

#[test]
fn every_input_is_accounted_for() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path();
    std::fs::write(p.join("ok.txt"), "Maduro met Putin.").unwrap();
    std::fs::write(p.join("crlf.txt"), "Maduro met Putin in Caracas.\r\nRussia agreed.\r\n").unwrap();
    std::fs::write(p.join("binary.txt"), [0u8, 159, 146, 150, 0, 1, 2]).unwrap();
    std::fs::write(p.join("latin1.txt"), b"Caf\xe9 in Caracas").unwrap();
    let utf16: Vec<u8> = [0xFF, 0xFE].into_iter().chain("Maduro in Caracas.".encode_utf16().flat_map(|u| u.to_le_bytes())).collect();
    std::fs::write(p.join("utf16.txt"), utf16).unwrap();
    std::fs::write(p.join("empty.txt"), "").unwrap();
    std::fs::write(p.join("blank.txt"), "   \n\n \t \n").unwrap();
    std::fs::write(p.join("dup.txt"), "Maduro met Putin.").unwrap();
    std::fs::write(p.join("big.txt"), "word ".repeat(4_000_000)).unwrap(); // 20 MB on one line
    std::fs::write(p.join("picture.png"), b"\x89PNG").unwrap();
    std::fs::write(p.join("bad.jsonl"), "{\"id\": 1, \"text\": \"Putin in Russia.\"}\nnot json\n{\"id\": 3}\n").unwrap();
    std::os::unix::fs::symlink(p.join("loop_b"), p.join("loop_a")).unwrap();
    std::os::unix::fs::symlink(p.join("loop_a"), p.join("loop_b")).unwrap();
    let opts = RunOptions { inputs: vec![p.to_path_buf()], ..Default::default() };
    let r = pipeline::run(&opts, &tagger(), &linker(), &common::coder(), &()).unwrap();
    let status: BTreeMap<String, (String, String)> =
        r.tables.documents.iter().map(|d| (d.doc_id.clone(), (d.status.clone(), d.reason.clone()))).collect();
    let get = |id: &str| status.get(id).unwrap_or_else(|| panic!("{id} has no row: {status:?}")).clone();
    assert_eq!(get("crlf").0, "ok");
    assert_eq!(get("utf16"), ("ok".into(), "decoded from UTF-16".into()));
    assert_eq!(get("binary"), ("skipped".into(), "binary file (NUL bytes)".into()));
    assert!(get("latin1").1.starts_with("invalid UTF-8 at byte 3"), "{:?}", get("latin1"));
    assert_eq!(get("latin1").0, "error");
    assert_eq!(get("empty"), ("skipped".into(), "empty file".into()));
    assert_eq!(get("blank"), ("skipped".into(), "empty after cleaning".into()));
    let dup = get("dup");
    let ok = get("ok");
    // Whichever of the two identical files comes first in path order is kept.
    assert!(dup.0 == "ok" && ok.1.starts_with("duplicate of doc dup") || ok.0 == "ok" && dup.1.starts_with("duplicate of doc ok"));
    assert!(get("big").1.starts_with("too large (20.0 MB"), "{:?}", get("big"));
    assert!(get("picture").1.starts_with("unsupported file type .png"));
    assert_eq!(get("1").0, "ok"); // a JSONL line keeps its own id
    assert_eq!(get("bad:2"), ("error".into(), "line 2: not valid JSON (expected ident at line 1 column 2)".into()));
    assert_eq!(get("bad:3"), ("error".into(), "line 3: no \"text\" field".into()));
    assert_eq!(get("loop_a"), ("error".into(), "unreadable: symlink loop".into()));
    assert_eq!(get("loop_b").1, "unreadable: symlink loop");
    assert!(r.docs_error > 0 && r.docs_skipped > 0);
    assert_eq!(r.tables.documents.len(), 15); // 13 files, one of them JSONL with 3 lines
    // The same with --lossy: Latin-1 is decoded with replacement characters.
    let opts = RunOptions { inputs: vec![p.join("latin1.txt")], read: actorgraph::input::ReadOptions { lossy: true, ..Default::default() }, ..Default::default() };
    let r = pipeline::run(&opts, &tagger(), &linker(), &common::coder(), &()).unwrap();
    assert_eq!(r.tables.documents[0].status, "ok");
    assert!(r.tables.mentions.iter().any(|m| m.text == "Caracas"));
}

#[test]
fn merge_refuses_the_same_shard_twice_overlapping_runs_and_different_options() {
    let (a, b) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    write_inputs(a.path(), &[0, 2]);
    write_inputs(b.path(), &[2, 3]); // c.txt in both
    let (oa, ob, om) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    run_into(vec![a.path().to_path_buf()], oa.path(), 1);
    run_into(vec![b.path().to_path_buf()], ob.path(), 1);
    let err = merge(&[oa.path().to_path_buf(), oa.path().to_path_buf()], om.path(), false).unwrap_err().to_string();
    assert!(err.contains("given twice"), "{err}");
    let err = merge(&[oa.path().to_path_buf(), ob.path().to_path_buf()], om.path(), false).unwrap_err().to_string();
    assert!(err.contains("both hold document") && err.contains("disjoint"), "{err}");
    // Same inputs split apart, but one shard made with another option.
    let (c, d) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    write_inputs(c.path(), &[0]);
    write_inputs(d.path(), &[1]);
    let (oc, od) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    run_into(vec![c.path().to_path_buf()], oc.path(), 1);
    run_into(vec![d.path().to_path_buf()], od.path(), 1);
    let json = |dir: &Path, window: &str| std::fs::write(dir.join("run.json"), format!("{{\"version\": \"x\", \"options\": {{\"window\": \"{window}\"}}}}")).unwrap();
    json(oc.path(), "sentence");
    json(od.path(), "paragraph");
    let err = merge(&[oc.path().to_path_buf(), od.path().to_path_buf()], om.path(), false).unwrap_err().to_string();
    assert!(err.contains("option window"), "{err}");
    // A shard edited by hand (an event row duplicated) is refused, naming the file.
    let (e, f) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    write_inputs(e.path(), &[0]);
    write_inputs(f.path(), &[1]);
    let (oe, of) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    run_into(vec![e.path().to_path_buf()], oe.path(), 1);
    run_into(vec![f.path().to_path_buf()], of.path(), 1);
    let events = std::fs::read_to_string(oe.path().join("events.csv")).unwrap();
    let row = events.lines().nth(1).expect("an event in shard e").to_string();
    std::fs::write(oe.path().join("events.csv"), format!("{events}{row}\r\n")).unwrap();
    let err = merge(&[oe.path().to_path_buf(), of.path().to_path_buf()], om.path(), false).unwrap_err().to_string();
    assert!(err.contains("events.csv") && err.contains("manifest.json"), "{err}");
    assert!(!om.path().join("documents.csv").exists(), "nothing is written when a merge is refused");
}

#[test]
fn gexf_parses_and_matches_the_tables_and_dates_give_a_timeline() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("dump.jsonl"),
        "{\"id\": \"d1\", \"date\": \"2019-03-27\", \"text\": \"Russia sent humanitarian aid to Venezuela. Maduro met Putin.\"}\n\
         {\"id\": \"d2\", \"date\": \"2019-04-02T08:00:00Z\", \"text\": \"Russia sent troops to Venezuela.\"}\n",
    )
    .unwrap();
    let out = tempfile::tempdir().unwrap();
    run_into(vec![dir.path().to_path_buf()], out.path(), 1);
    let gexf = std::fs::read_to_string(out.path().join("graph.gexf")).unwrap();
    let doc = roxmltree::Document::parse(&gexf).expect("graph.gexf is well-formed XML");
    let co_text = std::fs::read_to_string(out.path().join("cooccurrence.gexf")).unwrap();
    let co = roxmltree::Document::parse(&co_text).expect("cooccurrence.gexf is well-formed XML");
    let of = |d: &roxmltree::Document<'_>, tag: &str| d.descendants().filter(|n| n.has_tag_name(tag)).count();
    let actors = std::fs::read_to_string(out.path().join("actors.csv")).unwrap().lines().count() - 1;
    let relations = std::fs::read_to_string(out.path().join("relations.csv")).unwrap();
    let count = |kind: &str| relations.lines().skip(1).filter(|l| l.contains(kind)).count();
    assert_eq!((of(&doc, "node"), of(&co, "node")), (actors, actors));
    assert_eq!(of(&doc, "edge"), count(",quad,"), "graph.gexf: the event ties");
    assert_eq!(of(&co, "edge"), count(",co-occurrence,"), "cooccurrence.gexf: the co-occurrence ties");
    // One edge type per graph (what networkx requires), dynamic with dates, ties spanning them.
    let graph = |d: &roxmltree::Document<'_>| d.descendants().find(|n| n.has_tag_name("graph")).map(|g| (g.attribute("defaultedgetype").map(str::to_string), g.attribute("mode").map(str::to_string))).unwrap();
    assert_eq!(graph(&doc), (Some("directed".into()), Some("dynamic".into())));
    assert_eq!(graph(&co), (Some("undirected".into()), Some("dynamic".into())));
    assert!(doc.descendants().chain(co.descendants()).all(|n| n.attribute("type").is_none_or(|t| !matches!(t, "directed" | "undirected"))), "no edge overrides its graph's type");
    let rus_ven = co.descendants().find(|e| e.attribute("id") == Some("RUS|VEN|co-occurrence")).expect("RUS-VEN tie");
    assert_eq!((rus_ven.attribute("start"), rus_ven.attribute("end")), (Some("2019-03-27"), Some("2019-04-02")));
    // Documents naming both, month by month: one in March, one in April.
    let months: Vec<(&str, &str)> = rus_ven.descendants().filter(|a| a.attribute("for") == Some("documents_naming_both")).map(|a| (a.attribute("start").unwrap(), a.attribute("value").unwrap())).collect();
    assert_eq!(months, vec![("2019-03-01", "1"), ("2019-04-01", "1")]);
    assert!(!co_text.contains("goldstein"), "no Goldstein score on ties that are no events");
    assert!(doc.descendants().any(|e| e.has_tag_name("edge") && e.attribute("source") == Some("RUS")), "an event tie");
    // Distinct events per month on each event tie (dynamic), summing to its weight.
    for edge in doc.descendants().filter(|n| n.has_tag_name("edge")) {
        let monthly: Vec<_> = edge.descendants().filter(|a| a.has_tag_name("attvalue") && a.attribute("for") == Some("events")).collect();
        assert!(!monthly.is_empty() && monthly.iter().all(|a| a.attribute("start").is_some_and(|d| d.ends_with("-01"))), "{:?}", edge.attribute("id"));
        let sum: u64 = monthly.iter().map(|a| a.attribute("value").unwrap().parse::<u64>().unwrap()).sum();
        assert_eq!(Some(sum.to_string().as_str()), edge.attribute("weight"));
    }
    let timeline = std::fs::read_to_string(out.path().join("timeline.csv")).unwrap();
    assert!(timeline.starts_with("period,kind,source,target,name,count\r\n"));
    assert!(timeline.contains("2019-03,actor,RUS,,Russia,1\r\n"), "{timeline}");
    assert!(timeline.contains("2019-04,actor,RUS,,Russia,1\r\n"), "{timeline}");
    assert!(timeline.contains("2019-03,events,RUS,VEN,"), "{timeline}");
}

#[test]
fn report_is_self_contained_and_embeds_exactly_the_runs_actors_and_ties() {
    let a = tempfile::tempdir().unwrap();
    write_inputs(a.path(), &[0, 1, 2, 3, 4]);
    let out = tempfile::tempdir().unwrap();
    run_into(vec![a.path().to_path_buf()], out.path(), 1);
    let html = std::fs::read_to_string(out.path().join("report.html")).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>") && html.trim_end().ends_with("</html>"));
    // Nothing is loaded from anywhere: no src or href attribute names a URL.
    for attr in ["src=", "href="] {
        for (i, _) in html.match_indices(attr) {
            let value = &html[i + attr.len()..(i + attr.len() + 12).min(html.len())];
            assert!(!value.trim_start_matches(['"', '\'']).starts_with("http") && !value.contains("//"), "external {attr}{value}");
        }
    }
    assert!(!html.contains("<script src") && !html.contains("<link "), "no external scripts or stylesheets");
    // The embedded data: exactly the run's actors and its co-occurrence and quad ties.
    let start = html.find("<script id=\"data\" type=\"application/json\">").unwrap() + "<script id=\"data\" type=\"application/json\">".len();
    let end = start + html[start..].find("</script>").unwrap();
    // No '<' at all inside the data ("<!--<script>" in an article switched the HTML parser's
    // state and blanked the page): each is the JSON escape \u003c.
    assert!(!html[start..end].contains('<'));
    let data: serde_json::Value = serde_json::from_str(&html[start..end]).unwrap();
    let ids = |v: &serde_json::Value, k: &str| -> std::collections::BTreeSet<String> { v.as_array().unwrap().iter().map(|x| x[k].as_str().unwrap().to_string()).collect() };
    let actors = std::fs::read_to_string(out.path().join("actors.csv")).unwrap();
    let want: std::collections::BTreeSet<String> = actors.lines().skip(1).map(|l| l.split(',').next().unwrap().to_string()).collect();
    assert_eq!(ids(&data["actors"], "id"), want);
    let mut rdr = csv::Reader::from_path(out.path().join("relations.csv")).unwrap();
    let ties: std::collections::BTreeSet<String> = rdr
        .records()
        .map(|r| r.unwrap())
        .filter(|r| &r[4] != "event")
        .map(|r| if &r[4] == "quad" { format!("{}|{}|quad{}", &r[0], &r[1], &r[7]) } else { format!("{}|{}|co-occurrence", &r[0], &r[1]) })
        .collect();
    assert_eq!(ids(&data["ties"], "key"), ties);
    assert!(!ties.is_empty());
    // Event ties carry one date per distinct event (their weight), so the page can weigh them in
    // a date window; located events make the map's points.
    for t in data["ties"].as_array().unwrap().iter().filter(|t| t["rel"] == "quad") {
        assert_eq!(t["dates"].as_array().unwrap().len() as u64, t["w"].as_u64().unwrap(), "{t}");
    }
    let caracas = data["places"].as_array().unwrap().iter().find(|p| p["name"] == "Caracas").expect("Caracas on the map");
    assert!((caracas["lat"].as_f64().unwrap() - 10.49).abs() < 0.1 && caracas["coop"].as_u64().unwrap() >= 1);
}

#[test]
fn a_document_the_model_does_not_read_says_so_and_is_linked_by_registry_names_only() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path();
    std::fs::write(
        p.join("es.txt"),
        "El gobierno de Venezuela firmó un acuerdo con Rusia para la compra de armas y equipos militares. El presidente Maduro \
         viajó a Moscú la semana pasada para reunirse con sus aliados, y los dos gobiernos anunciaron que la cooperación entre \
         ambos países seguirá creciendo durante los próximos años, según un comunicado oficial publicado por la cancillería.",
    )
    .unwrap();
    std::fs::write(p.join("en.txt"), "Maduro met Putin in Moscow last week to discuss the purchase of weapons from Russia.").unwrap();
    let opts = RunOptions { inputs: vec![p.to_path_buf()], ..Default::default() };
    let r = pipeline::run(&opts, &tagger(), &linker(), &common::coder(), &()).unwrap();
    let row = |id: &str| r.tables.documents.iter().find(|d| d.doc_id == id).unwrap().clone();
    assert_eq!(row("es").language, "spa");
    assert!(row("es").reason.contains("linked with registry names only"), "{:?}", row("es").reason);
    assert!(!row("en").reason.contains("registry names only"), "{:?}", row("en").reason);
    // Registry names still link in the Spanish document.
    assert!(r.tables.mentions.iter().any(|m| m.doc_id == "es" && m.actor_id == "VEN"), "{:?}", r.tables.mentions);
}

#[test]
fn the_same_text_on_another_date_is_another_report() {
    // Dated registry roles may code the two apart (PETRARCH's DATE records repeat one sentence
    // under several dates); the same text on the same date is still a duplicate.
    let dir = tempfile::tempdir().unwrap();
    let lines = [
        r#"{"id": "a", "date": "2019-01-10", "text": "Maduro met Putin in Moscow."}"#,
        r#"{"id": "b", "date": "2020-03-02", "text": "Maduro met Putin in Moscow."}"#,
        r#"{"id": "c", "date": "2020-03-02", "text": "Maduro met Putin in Moscow."}"#,
        // The same day written PETRARCH's way.
        r#"{"id": "d", "date": "20200302", "text": "Maduro met Putin in Moscow."}"#,
    ];
    std::fs::write(dir.path().join("dump.jsonl"), lines.join("\n")).unwrap();
    let opts = RunOptions { inputs: vec![dir.path().to_path_buf()], ..Default::default() };
    let r = pipeline::run(&opts, &tagger(), &linker(), &common::coder(), &()).unwrap();
    let status: BTreeMap<String, (String, String)> =
        r.tables.documents.iter().map(|d| (d.doc_id.clone(), (d.status.clone(), d.reason.clone()))).collect();
    assert_eq!(status["a"].0, "ok");
    assert_eq!(status["b"].0, "ok");
    assert_eq!(status["c"], ("skipped".into(), "duplicate of doc b (same content)".into()));
    assert_eq!(status["d"], ("skipped".into(), "duplicate of doc b (same content)".into()));
}

/// A dump where every article comes three times under other ids and dates (syndication) codes the
/// same distinct events, and the same event and quad-class weights, as one copy; the reports are
/// counted as mentions and articles. A syndicated pair worded apart, a day apart, is one event.
#[test]
fn copies_of_articles_count_once_as_events() {
    let line = |id: &str, date: &str, text: &str| serde_json::json!({"id": id, "date": date, "text": text}).to_string();
    let pair = [
        ("w1", "2019-05-01", "Russia sent soldiers to Venezuela on Monday, the ministry said."),
        ("w2", "2019-05-02", "Moscow sent a team of soldiers to Venezuela, state media reported."),
    ];
    let articles: Vec<&str> = ARTICLES.iter().take(4).map(|a| a.1).collect();
    let (one, three) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let mut single: Vec<String> = articles.iter().enumerate().map(|(k, t)| line(&format!("x{k}"), &format!("2019-03-0{}", k + 1), t)).collect();
    single.extend(pair.iter().map(|(id, d, t)| line(id, d, t)));
    std::fs::write(one.path().join("dump.jsonl"), single.join("\n")).unwrap();
    let mut copies = Vec::new();
    for (c, month) in ["03", "04", "11"].iter().enumerate() {
        copies.extend(articles.iter().enumerate().map(|(k, t)| line(&format!("c{c}-{k}"), &format!("2019-{month}-0{}", k + 1), t)));
    }
    copies.extend(pair.iter().map(|(id, d, t)| line(id, d, t)));
    std::fs::write(three.path().join("dump.jsonl"), copies.join("\n")).unwrap();
    let (o1, o3) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let r1 = run_into(vec![one.path().to_path_buf()], o1.path(), 1);
    let r3 = run_into(vec![three.path().to_path_buf()], o3.path(), 1);
    let pair_rows = r1.tables.events.iter().filter(|e| e.doc_id.starts_with('w')).count();
    assert_eq!(pair_rows, 2);
    assert_eq!(r3.tables.events.len(), 3 * (r1.tables.events.len() - pair_rows) + pair_rows, "every report is a row of events.csv");
    assert_eq!(r1.tables.event_groups.len(), r3.tables.event_groups.len(), "the same distinct events");
    let weights = |t: &actorgraph::output::tables::Tables| -> Vec<(String, String, String, usize)> {
        t.relations
            .iter()
            .filter(|r| r.relation != actorgraph::relate::RelationKind::CoOccurrence)
            .map(|r| (r.source.clone(), r.target.clone(), format!("{:?}{:?}", r.code, r.quad_class), r.weight))
            .collect()
    };
    assert!(!weights(&r1.tables).is_empty());
    assert_eq!(weights(&r1.tables), weights(&r3.tables), "event ties weigh distinct events");
    let soldiers = r1.tables.event_groups.iter().find(|g| g.first_doc == "w1").expect("the soldiers event");
    assert_eq!((soldiers.mentions, soldiers.articles, soldiers.first_date.as_str(), soldiers.last_date.as_str()), (2, 2, "2019-05-01", "2019-05-02"));
    let tripled = r3.tables.event_groups.iter().filter(|g| g.first_doc != "w1").all(|g| g.articles == 3);
    assert!(tripled, "each copied event is reported by three articles: {:?}", r3.tables.event_groups);
    let events_csv = std::fs::read_to_string(o3.path().join("events.csv")).unwrap();
    assert!(events_csv.starts_with("event_id,doc_id,"));
}

/// `--ontology plover`: event rows and graph edges per PLOVER type; quad rows stay.
#[test]
fn the_plover_ontology_types_relations_and_the_graph() {
    let a = tempfile::tempdir().unwrap();
    write_inputs(a.path(), &[0, 1, 2, 3, 4]);
    let opts = RunOptions { inputs: vec![a.path().to_path_buf()], ontology: actorgraph::output::groups::Ontology::Plover, ..Default::default() };
    let r = pipeline::run(&opts, &tagger(), &linker(), &common::coder(), &()).unwrap();
    let events: Vec<_> = r.tables.relations.iter().filter(|x| x.relation == actorgraph::relate::RelationKind::Event).collect();
    assert!(!events.is_empty());
    assert!(events.iter().all(|x| x.code.is_none() && !x.plover_type.is_empty()), "{events:?}");
    assert!(r.tables.relations.iter().any(|x| x.relation == actorgraph::relate::RelationKind::Quad));
    let out = tempfile::tempdir().unwrap();
    commit_set(r.tables.write(out.path(), false, "{}").unwrap()).unwrap();
    let gexf = std::fs::read_to_string(out.path().join("graph.gexf")).unwrap();
    let doc = roxmltree::Document::parse(&gexf).unwrap();
    let kinds: std::collections::BTreeSet<&str> = doc.descendants().filter(|n| n.has_tag_name("edge")).filter_map(|e| e.attribute("kind")).collect();
    let types: std::collections::BTreeSet<String> = events.iter().map(|x| x.plover_type.to_lowercase()).collect();
    assert_eq!(kinds.iter().map(|k| k.to_string()).collect::<std::collections::BTreeSet<_>>(), types, "one edge kind per PLOVER type");
}

/// An event's location: the place its sentence attaches to it, with the gazetteer's country and
/// coordinates; none where the sentence names no place.
#[test]
fn a_side_no_mention_names_has_the_registrys_name() {
    // The target is Havana's country, Cuba, which no mention names.
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.txt"), "Russia opened an embassy in Havana.").unwrap();
    let r = pipeline::run(&RunOptions { inputs: vec![dir.path().to_path_buf()], ..Default::default() }, &tagger(), &linker(), &common::coder(), &()).unwrap();
    let e = r.tables.events.iter().find(|e| e.target == "CUB").unwrap_or_else(|| panic!("{:?}", r.tables.events.iter().map(|e| (&e.source, &e.target)).collect::<Vec<_>>()));
    assert_eq!((e.source_name.as_str(), e.target_name.as_str()), ("Russia", "Cuba"));
}

#[test]
fn events_are_located_where_the_sentence_places_them() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.txt"), "Maduro met Putin in Caracas. Putin called Maduro.").unwrap();
    let r = pipeline::run(&RunOptions { inputs: vec![dir.path().to_path_buf()], ..Default::default() }, &tagger(), &linker(), &common::coder(), &()).unwrap();
    let met = r.tables.events.iter().find(|e| e.sentence == 0).expect("the meeting");
    assert_eq!((met.location.as_str(), met.location_country.as_str()), ("Caracas", "VEN"));
    assert!(met.lat.is_some_and(|x| (x - 10.49).abs() < 0.1) && met.lon.is_some_and(|x| (x + 66.88).abs() < 0.1));
    let call = r.tables.events.iter().find(|e| e.sentence == 1).expect("the call");
    assert_eq!((call.location.as_str(), call.lat), ("", None), "no place named, none given");
}
