//! `merge`: join the output folders of runs over disjoint inputs (shards) into the tables one run
//! over all inputs gives. Documents, mentions and events are concatenated; actors, candidates, nodes and
//! edges are derived again from them by the same code as `run`; relations are summed.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use super::tables::{self, read_rows, ActorInfo, FirstExamples, RelationSum, ActorRow, DocumentRow, EventRow, MentionRow, RelationRow, Tables};
use super::{OutputError, Staged};

#[derive(Debug, serde::Deserialize)]
struct CandidateRow {
    id: String,
    example: String,
}

pub fn merge(runs: &[PathBuf], out: &Path, excel: bool) -> Result<Vec<Staged>, OutputError> {
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
    let t = Tables::derive(documents, mentions, relations.into_rows(), events, examples.into_map(), &info);
    let run_json = serde_json::json!({
        "tool": "actorgraph",
        "version": env!("CARGO_PKG_VERSION"),
        "merged_from": runs.iter().map(|p| p.display().to_string()).collect::<Vec<_>>(),
        "runs": runs_json,
    });
    t.write(out, excel, &serde_json::to_string_pretty(&run_json).unwrap_or_default())
}
