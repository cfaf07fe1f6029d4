//! Runs the stages over a set of inputs in bounded batches of documents: read and clean in
//! parallel, tag with the model across the batch, link and relate in parallel, then keep only the
//! compact rows for the tables, so memory does not grow with the text of the dump.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::PathBuf;
use std::time::{Duration, Instant};

use rayon::prelude::*;

use crate::clean;
use crate::document::Document;
use crate::input::{self, Item, ReadOptions, Rejected, Status};
use crate::link::Linker;
use crate::ner::{self, NerOptions, WordTagger};
use crate::output::fmt_score;
use crate::output::tables::{ActorInfo, DocumentRow, MentionRow, RelationRow, Tables, sum_relations};
use crate::relate::{self, Window};

#[derive(Debug, thiserror::Error)]
pub enum PipelineError {
    #[error(transparent)]
    Ner(#[from] ner::NerError),
    #[error(transparent)]
    Output(#[from] crate::output::OutputError),
}

#[derive(Debug, Clone)]
pub struct RunOptions {
    pub inputs: Vec<PathBuf>,
    pub read: ReadOptions,
    pub ner: NerOptions,
    /// Documents per batch (bounds memory).
    pub batch_docs: usize,
    pub window: Window,
    pub typed_relations: bool,
    /// Process only shard K of N (1-based): documents by content hash, so identical articles
    /// always fall in the same shard; inputs that yield no document by path.
    pub shard: Option<Shard>,
}

/// Shard K of N (1-based), parsed from "K/N".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Shard {
    pub k: u64,
    pub n: u64,
}

impl std::str::FromStr for Shard {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let bad = || format!("--shard takes K/N with 1 <= K <= N, e.g. 2/8; got '{s}'");
        let (k, n) = s.split_once('/').ok_or_else(bad)?;
        let (k, n): (u64, u64) = (k.trim().parse().map_err(|_| bad())?, n.trim().parse().map_err(|_| bad())?);
        if k == 0 || n == 0 || k > n {
            return Err(bad());
        }
        Ok(Shard { k, n })
    }
}

impl Shard {
    /// Whether a hex digest (or any key) belongs to this shard.
    pub fn holds(&self, key: &str) -> bool {
        let digest = if key.len() >= 16 && key.chars().all(|c| c.is_ascii_hexdigit()) { key.to_string() } else { crate::util::sha256_hex(key.as_bytes()) };
        let v = u64::from_str_radix(&digest[..16], 16).unwrap_or(0);
        v % self.n == self.k - 1
    }
}

impl Default for RunOptions {
    fn default() -> Self {
        RunOptions {
            inputs: vec![PathBuf::from("seeds")],
            read: ReadOptions::default(),
            ner: NerOptions::default(),
            batch_docs: 256,
            window: Window::Sentence,
            typed_relations: true,
            shard: None,
        }
    }
}

/// Time spent per stage, summed over batches (wall time of each stage's parallel section).
#[derive(Debug, Default, Clone, Copy, serde::Serialize)]
pub struct StageTimes {
    pub read_s: f64,
    pub clean_s: f64,
    pub ner_s: f64,
    pub link_s: f64,
    pub relate_s: f64,
}

/// What a run produced, before writing.
pub struct RunResult {
    pub tables: Tables,
    pub times: StageTimes,
    pub ner: ner::NerStats,
    pub words: usize,
    pub docs_ok: usize,
    pub docs_skipped: usize,
    pub docs_error: usize,
}

/// Callbacks a front end uses to show progress (the library never prints).
pub trait Progress: Sync {
    fn start(&self, _files: usize) {}
    fn files_done(&self, _n: usize) {}
}

impl Progress for () {}

/// Run every stage over the inputs.
pub fn run(opts: &RunOptions, tagger: &dyn WordTagger, linker: &Linker, progress: &dyn Progress) -> Result<RunResult, PipelineError> {
    let (files, mut rejected) = input::discover(&opts.inputs);
    if let Some(sh) = opts.shard {
        rejected.retain(|r| sh.holds(&r.path));
    }
    progress.start(files.len());
    let mut times = StageTimes::default();
    let mut stats = ner::NerStats::default();
    let mut doc_rows: Vec<DocumentRow> = Vec::new();
    let mut mention_rows: Vec<MentionRow> = Vec::new();
    let mut relation_parts: Vec<RelationRow> = Vec::new();
    let mut examples: BTreeMap<String, (String, usize, String)> = BTreeMap::new();
    let mut seen_hashes: HashMap<String, String> = HashMap::new();
    // Ids must be unique across all inputs (JSONL ids can collide across files).
    let mut seen_ids: HashSet<String> = HashSet::new();
    let mut words = 0;
    for chunk in files.chunks(opts.batch_docs.max(1)) {
        let t = Instant::now();
        let items: Vec<Vec<Item>> = chunk.par_iter().map(|f| input::read_file(f, &opts.read)).collect();
        times.read_s += t.elapsed().as_secs_f64();
        let mut docs = Vec::new();
        for mut item in items.into_iter().flatten() {
            if let Some(sh) = opts.shard {
                let key = match &item {
                    Item::Doc(d) => d.content_hash.clone(),
                    Item::Rejected(r) => r.path.clone(),
                };
                if !sh.holds(&key) {
                    continue;
                }
            }
            let id = match &mut item {
                Item::Doc(d) => &mut d.id,
                Item::Rejected(r) => &mut r.id,
            };
            if !seen_ids.insert(id.clone()) {
                let mut k = 2;
                while !seen_ids.insert(format!("{id}~{k}")) {
                    k += 1;
                }
                *id = format!("{id}~{k}");
            }
            match item {
                Item::Rejected(r) => rejected.push(r),
                Item::Doc(d) => match seen_hashes.get(&d.content_hash) {
                    Some(first) => rejected.push(Rejected {
                        id: d.id.clone(),
                        path: d.path.clone(),
                        status: Status::Skipped,
                        reason: format!("duplicate of doc {first} (same content)"),
                        meta: d.meta.clone(),
                    }),
                    None => {
                        seen_hashes.insert(d.content_hash.clone(), d.id.clone());
                        docs.push(d);
                    }
                },
            }
        }
        let t = Instant::now();
        docs.par_iter_mut().for_each(|d| d.clean = Some(clean::clean(&d.raw)));
        times.clean_s += t.elapsed().as_secs_f64();
        let (empty, mut docs): (Vec<Document>, Vec<Document>) = docs.into_iter().partition(|d| d.text().as_str().trim().is_empty());
        for d in empty {
            let mut row = document_row(&d, Status::Skipped, "empty after cleaning");
            row.mentions = 0;
            doc_rows.push(row);
        }
        let t = Instant::now();
        let s = ner::tag_documents(tagger, &mut docs, &opts.ner, &|_, _| {})?;
        times.ner_s += t.elapsed().as_secs_f64();
        stats.words += s.words;
        stats.windows += s.windows;
        stats.batches += s.batches;
        stats.pieces += s.pieces;
        stats.padded_pieces += s.padded_pieces;
        words += s.words;
        let t = Instant::now();
        docs.par_iter_mut().for_each(|d| linker.link(d));
        times.link_s += t.elapsed().as_secs_f64();
        let t = Instant::now();
        let rels: Vec<Vec<relate::DocRelation>> = docs.par_iter().map(|d| relate::document_relations(d, opts.window, opts.typed_relations)).collect();
        times.relate_s += t.elapsed().as_secs_f64();
        for (d, rels) in docs.iter().zip(rels) {
            let note = d.meta.get("note").cloned().unwrap_or_default();
            doc_rows.push(document_row(d, Status::Ok, &note));
            for (m, l) in d.mentions.iter().zip(&d.links) {
                mention_rows.push(MentionRow {
                    doc_id: d.id.clone(),
                    start: m.raw.start,
                    end: m.raw.end,
                    text: m.text.clone(),
                    label: m.label.clone(),
                    score: fmt_score(m.score),
                    clean_start: m.clean.start,
                    clean_end: m.clean.end,
                    sentence: m.sentence,
                    source: m.source.as_str().into(),
                    actor_id: l.actor_id.clone(),
                    link_method: l.method.as_str().into(),
                    link_score: fmt_score(l.score),
                });
                if l.actor_id.starts_with("prov:") {
                    let key = (d.id.clone(), m.clean.start);
                    let better = examples.get(&l.actor_id).is_none_or(|(doc, start, _)| key < (doc.clone(), *start));
                    if better {
                        let sentence = d.clean.as_ref().and_then(|c| c.sentences.get(m.sentence)).map(|r| d.text().slice(r.clone())).unwrap_or("");
                        examples.insert(l.actor_id.clone(), (d.id.clone(), m.clean.start, crate::text::truncate_chars(sentence, relate::EVIDENCE_CHARS)));
                    }
                }
            }
            for r in rels {
                relation_parts.push(RelationRow {
                    source: r.source,
                    target: r.target,
                    source_name: String::new(),
                    target_name: String::new(),
                    relation: r.relation,
                    weight: r.units,
                    documents: 1,
                    first_doc: d.id.clone(),
                    first_sentence: r.first_sentence,
                    evidence: r.evidence,
                });
            }
        }
        progress.files_done(chunk.len());
    }
    for r in rejected {
        doc_rows.push(DocumentRow {
            doc_id: r.id,
            path: r.path,
            status: r.status.as_str().into(),
            reason: r.reason,
            title: r.meta.get("title").cloned().unwrap_or_default(),
            url: r.meta.get("url").cloned().unwrap_or_default(),
            date: r.meta.get("date").cloned().unwrap_or_default(),
            ..Default::default()
        });
    }
    let docs_ok = doc_rows.iter().filter(|r| r.status == "ok").count();
    let docs_error = doc_rows.iter().filter(|r| r.status == "error").count();
    let docs_skipped = doc_rows.len() - docs_ok - docs_error;
    let info = registry_info(linker);
    let examples = examples.into_iter().map(|(k, v)| (k, v.2)).collect();
    let tables = Tables::derive(doc_rows, mention_rows, sum_relations(relation_parts), examples, &info);
    Ok(RunResult { tables, times, ner: stats, words, docs_ok, docs_skipped, docs_error })
}

/// Registry facts for the tables.
pub fn registry_info(linker: &Linker) -> HashMap<String, ActorInfo> {
    linker
        .registry
        .actors
        .iter()
        .map(|a| (a.id.clone(), ActorInfo { name: a.name.clone(), kind: a.kind.clone(), country: a.country.clone() }))
        .collect()
}

fn document_row(d: &Document, status: Status, reason: &str) -> DocumentRow {
    let (chars_clean, lines_dropped, dropped_by) = match &d.clean {
        Some(c) => {
            let mut by: BTreeMap<&str, usize> = BTreeMap::new();
            let mut lines = HashSet::new();
            for x in &c.dropped {
                *by.entry(x.reason).or_default() += 1;
                lines.insert(x.line);
            }
            let by: Vec<String> = by.into_iter().map(|(k, v)| format!("{k}:{v}")).collect();
            (c.text.char_len(), lines.len(), by.join(" "))
        }
        None => (d.raw.char_len(), 0, String::new()),
    };
    DocumentRow {
        doc_id: d.id.clone(),
        path: d.path.clone(),
        status: status.as_str().into(),
        reason: reason.into(),
        chars: chars_clean,
        mentions: d.mentions.len(),
        chars_raw: d.raw.char_len(),
        chars_clean,
        lines_dropped,
        dropped_by,
        title: d.meta.get("title").cloned().unwrap_or_default(),
        url: d.meta.get("url").cloned().unwrap_or_default(),
        date: d.meta.get("date").cloned().unwrap_or_default(),
        content_hash: d.content_hash.clone(),
    }
}

/// Seconds as a JSON-friendly number.
pub fn secs(d: Duration) -> f64 {
    (d.as_secs_f64() * 1000.0).round() / 1000.0
}
