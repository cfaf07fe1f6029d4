//! `merge`: join the output folders of runs over disjoint inputs (shards) into the tables one run
//! over all inputs gives. Documents, mentions and events are concatenated; actors, candidates,
//! nodes and edges are derived again from them by the same code as `run`; relations are summed.
//!
//! Runs that cannot be summed are refused before anything is written: the same folder twice,
//! runs that share a document (same content or same id: counts would double), and runs made with
//! another model, registry, verb table, part-of-speech model or options (their rows do not mean
//! the same thing), and shards whose files do not match the checksums their run recorded in
//! `manifest.json` (edited by hand or cut off in a copy).

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use super::tables::{self, read_rows, ActorInfo, FirstExamples, RelationSum, ActorRow, DocumentRow, EventRow, MentionRow, RelationRow, Tables};
use super::{OutputError, Staged};

#[derive(Debug, serde::Deserialize)]
struct CandidateRow {
    id: String,
    example: String,
}

#[derive(Debug, thiserror::Error)]
pub enum MergeError {
    #[error(transparent)]
    Output(#[from] OutputError),
    #[error("{0} is given twice: merge each shard once")]
    Twice(String),
    #[error("{a} and {b} both hold document {doc} ({why}): merge takes runs over disjoint inputs (e.g. run --shard K/N)")]
    Overlap { a: String, b: String, doc: String, why: &'static str },
    #[error("{a} and {b} were made with a different {what} ({va} vs {vb}): re-run the shards with the same model, registry, verbs and options")]
    Mismatch { a: String, b: String, what: String, va: String, vb: String },
    #[error("{0}: no run.json (is it the output folder of `actorgraph run`?)")]
    NotARun(String),
    #[error(transparent)]
    Folder(#[from] super::folder::FolderError),
}

/// What must be equal in every shard for their rows to add up.
fn signature(run_json: &serde_json::Value) -> Vec<(String, String)> {
    let mut out = vec![("version".to_string(), run_json.get("version").map(|v| v.to_string()).unwrap_or_default())];
    // What the results depend on (model, registry, verbs, options: see `run`'s results_key).
    if let Some(key) = run_json.get("results_key").and_then(|o| o.as_object()) {
        for (k, v) in key {
            out.push((k.clone(), v.to_string()));
        }
    }
    if let Some(opts) = run_json.get("options").and_then(|o| o.as_object()) {
        for (k, v) in opts {
            // Inputs and the shard differ between shards by design; paths to the same tables may
            // differ between nodes; excel only changes bytes.
            if !matches!(k.as_str(), "inputs" | "shard" | "excel" | "verbs" | "actors") {
                out.push((format!("option {k}"), v.to_string()));
            }
        }
    }
    out
}

/// Refuse runs that cannot be merged (see the module comment).
fn check(runs: &[PathBuf]) -> Result<(), MergeError> {
    let mut seen_dirs: HashMap<PathBuf, &PathBuf> = HashMap::new();
    let mut first: Option<(&PathBuf, Vec<(String, String)>)> = None;
    let mut hashes: HashMap<String, (&PathBuf, String)> = HashMap::new();
    let mut ids: HashMap<String, &PathBuf> = HashMap::new();
    for run in runs {
        let canonical = std::fs::canonicalize(run).unwrap_or_else(|_| run.clone());
        if seen_dirs.insert(canonical, run).is_some() {
            return Err(MergeError::Twice(run.display().to_string()));
        }
        let j = std::fs::read_to_string(run.join(tables::RUN_JSON)).map_err(|_| MergeError::NotARun(run.display().to_string()))?;
        let j: serde_json::Value = serde_json::from_str(&j).map_err(|_| MergeError::NotARun(run.display().to_string()))?;
        let sig = signature(&j);
        match &first {
            None => first = Some((run, sig)),
            Some((r0, s0)) => {
                for ((k, v0), (_, v)) in s0.iter().zip(&sig) {
                    if v0 != v {
                        return Err(MergeError::Mismatch { a: r0.display().to_string(), b: run.display().to_string(), what: k.clone(), va: v0.clone(), vb: v.clone() });
                    }
                }
                if s0.len() != sig.len() {
                    return Err(MergeError::Mismatch { a: r0.display().to_string(), b: run.display().to_string(), what: "set of options".into(), va: s0.len().to_string(), vb: sig.len().to_string() });
                }
            }
        }
    }
    for run in runs {
        // Rows edited, added or removed after the run would be summed as if the run wrote them.
        super::folder::verify(run)?;
        let docs: Vec<DocumentRow> = read_rows(&run.join(tables::DOCUMENTS))?;
        for d in docs {
            if !d.content_hash.is_empty() {
                if let Some((other, id)) = hashes.get(&d.content_hash) {
                    return Err(MergeError::Overlap { a: other.display().to_string(), b: run.display().to_string(), doc: format!("{id} / {}", d.doc_id), why: "same content" });
                }
                hashes.insert(d.content_hash.clone(), (run, d.doc_id.clone()));
            }
            if let Some(other) = ids.get(&d.doc_id) {
                return Err(MergeError::Overlap { a: other.display().to_string(), b: run.display().to_string(), doc: d.doc_id.clone(), why: "same id" });
            }
            ids.insert(d.doc_id.clone(), run);
        }
    }
    Ok(())
}

pub fn merge(runs: &[PathBuf], out: &Path, excel: bool) -> Result<Vec<Staged>, MergeError> {
    check(runs)?;
    let mut documents: Vec<DocumentRow> = Vec::new();
    let mut mentions: Vec<MentionRow> = Vec::new();
    let mut events: Vec<EventRow> = Vec::new();
    let mut relations = RelationSum::default();
    let mut info: HashMap<String, ActorInfo> = HashMap::new();
    // Candidate examples: the one from the shard holding the actor's first mention.
    let mut examples = FirstExamples::default();
    let mut runs_json = Vec::new();
    for run in runs {
        let d: Vec<DocumentRow> = read_rows(&run.join(tables::DOCUMENTS))?;
        let m: Vec<MentionRow> = read_rows(&run.join(tables::MENTIONS))?;
        let r: Vec<RelationRow> = read_rows(&run.join(tables::RELATIONS))?;
        let e: Vec<EventRow> = read_rows(&run.join(tables::EVENTS))?;
        let a: Vec<ActorRow> = read_rows(&run.join(tables::ACTORS))?;
        let c: Vec<CandidateRow> = read_rows(&run.join(tables::CANDIDATES))?;
        for x in a.into_iter().filter(|x| x.source == "registry") {
            info.insert(x.id, ActorInfo { name: x.name, kind: x.kind, country: x.country });
        }
        let ex: HashMap<String, String> = c.into_iter().map(|c| (c.id, c.example)).collect();
        for mm in &m {
            if let Some(e) = ex.get(&mm.actor_id) {
                examples.offer(&mm.actor_id, &mm.doc_id, mm.clean_start, e);
            }
        }
        if let Ok(j) = std::fs::read_to_string(run.join(tables::RUN_JSON)) {
            runs_json.push(serde_json::from_str::<serde_json::Value>(&j).unwrap_or_default());
        }
        documents.extend(d);
        mentions.extend(m);
        events.extend(e);
        for x in r {
            relations.add(x);
        }
    }
    let ontology = runs_json
        .first()
        .and_then(|j| j.get("options")?.get("ontology").cloned())
        .and_then(|o| serde_json::from_value::<super::groups::Ontology>(o).ok())
        .unwrap_or_default();
    let t = Tables::derive(documents, mentions, relations.into_rows(), events, examples.into_map(), &info, ontology);
    let run_json = serde_json::json!({
        "tool": "actorgraph",
        "version": env!("CARGO_PKG_VERSION"),
        "merged_from": runs.iter().map(|p| p.display().to_string()).collect::<Vec<_>>(),
        "runs": runs_json,
    });
    // The shards agree on their options (checked above); the timeline keeps their period.
    let period = runs_json
        .first()
        .and_then(|j| j.get("options")?.get("period").cloned())
        .and_then(|p| serde_json::from_value::<super::graph::Period>(p).ok())
        .unwrap_or_default();
    let raw = runs_json.first().and_then(|j| j.get("options")?.get("raw_cells")?.as_bool()).unwrap_or(false);
    let parquet = runs_json.first().and_then(|j| j.get("options")?.get("format")?.as_str().map(|f| f == "parquet")).unwrap_or(false);
    Ok(t.write_with(out, super::CsvStyle { excel_bom: excel, raw }, period, parquet, &serde_json::to_string_pretty(&run_json).unwrap_or_default())?)
}
