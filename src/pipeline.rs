//! Runs the stages over a set of inputs in bounded batches of documents: read and clean in
//! parallel, tag with the model across the batch, link, code events and relate in parallel, then
//! keep only the compact rows for the tables (`DocResult::of_document`, next to the tables it
//! feeds), so memory does not grow with the text of the dump.

use std::collections::{HashMap, HashSet};
use std::path::PathBuf;
use std::time::Instant;

use rayon::prelude::*;

pub use crate::cache::CacheConfig;
use crate::cache::{Cache, DocResult};
use crate::clean;
use crate::document::Document;
use crate::input::{self, Item, ReadOptions, Rejected, Status};
use crate::link::Linker;
use crate::ner::{self, NerOptions, WordTagger};
use crate::events::EventCoder;
use crate::output::tables::{ActorInfo, DocumentRow, EventRow, FirstExamples, MentionRow, RelationSum, Tables};
use crate::relate::Window;

#[derive(Debug, thiserror::Error)]
pub enum PipelineError {
    #[error(transparent)]
    Ner(#[from] ner::NerError),
    #[error(transparent)]
    Syntax(#[from] crate::syntax::SyntaxError),
    #[error(transparent)]
    Output(#[from] crate::output::OutputError),
    #[error(transparent)]
    Cache(#[from] crate::cache::CacheError),
}

#[derive(Debug, Clone)]
pub struct RunOptions {
    pub inputs: Vec<PathBuf>,
    /// Folders never read as input (the output folder).
    pub exclude: Vec<PathBuf>,
    /// Read symlinks inside an input folder that lead out of it (skipped by default).
    pub follow_links: bool,
    /// The typology of relations and the event graph.
    pub ontology: crate::output::groups::Ontology,
    pub read: ReadOptions,
    pub ner: NerOptions,
    /// Documents per batch (bounds memory).
    pub batch_docs: usize,
    pub window: Window,
    /// Process only shard K of N (1-based): documents by content hash, so identical articles
    /// always fall in the same shard; inputs that yield no document by path.
    pub shard: Option<Shard>,
    /// The per-document result cache (`--resume`); `None` keeps no cache.
    pub cache: Option<CacheConfig>,
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
    /// Whether a hex SHA-256 digest belongs to this shard.
    pub fn holds(&self, digest: &str) -> bool {
        let v = digest.get(..16).and_then(|h| u64::from_str_radix(h, 16).ok()).unwrap_or(0);
        v % self.n == self.k - 1
    }

    /// Whether an input that yields no document (a path) belongs to this shard.
    pub fn holds_path(&self, path: &str) -> bool {
        self.holds(&crate::util::sha256_hex(path.as_bytes()))
    }
}

impl Default for RunOptions {
    fn default() -> Self {
        RunOptions {
            inputs: vec![PathBuf::from("seeds")],
            exclude: Vec::new(),
            follow_links: false,
            ontology: Default::default(),
            read: ReadOptions::default(),
            ner: NerOptions::default(),
            batch_docs: 256,
            window: Window::Sentence,
            shard: None,
            cache: None,
        }
    }
}

/// Time spent per stage, summed over batches (wall time of each stage's parallel section).
#[derive(Debug, Default, Clone, Copy, serde::Serialize)]
pub struct StageTimes {
    pub read_s: f64,
    pub clean_s: f64,
    pub ner_s: f64,
    pub parse_s: f64,
    pub link_s: f64,
    pub events_s: f64,
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
    /// Documents taken from the result cache instead of being processed again.
    pub reused: usize,
}

/// Callbacks a front end uses to show progress (the library never prints).
pub trait Progress: Sync {
    /// The run has `files` input files of `bytes` bytes in all.
    fn start(&self, _files: usize, _bytes: u64) {}
    /// `n` more files are done, `bytes` of file in all.
    fn files_done(&self, _n: usize, _bytes: u64) {}
    /// A batch of `docs` documents with `bytes` bytes of text is done (a JSONL dump is one file
    /// of many batches: this is its progress).
    fn batch_done(&self, _docs: usize, _bytes: u64) {}
    /// Model windows scored so far in the current batch, of `total`, and the batch's words.
    fn windows(&self, _done: usize, _total: usize, _words: usize) {}
}

impl Progress for () {}

/// Run every stage over the inputs.
pub fn run(opts: &RunOptions, tagger: &dyn WordTagger, linker: &Linker, coder: &EventCoder, progress: &dyn Progress) -> Result<RunResult, PipelineError> {
    let mut cache = opts.cache.as_ref().map(Cache::open).transpose()?;
    let (files, mut rejected) = input::discover_excluding(&opts.inputs, &opts.exclude, opts.follow_links);
    if let Some(sh) = opts.shard {
        rejected.retain(|r| sh.holds_path(&r.path));
    }
    // File sizes, once: they bound the read-ahead and measure progress.
    let sizes: Vec<u64> = files.iter().map(|f| std::fs::metadata(&f.path).map_or(0, |m| m.len())).collect();
    progress.start(files.len(), sizes.iter().sum());
    let mut times = StageTimes::default();
    let mut stats = ner::NerStats::default();
    let mut totals = Totals::default();
    let mut seen_hashes: HashMap<String, String> = HashMap::new();
    // Ids must be unique across all inputs (JSONL ids can collide across files).
    let mut seen_ids: HashSet<String> = HashSet::new();
    let mut reused = 0;
    for range in read_chunks(&sizes, opts.batch_docs.max(1)) {
        let chunk = files.get(range.clone()).unwrap_or_default();
        let t = Instant::now();
        let items: Vec<Vec<Item>> = chunk.par_iter().map(|f| input::read_file(f, &opts.read)).collect();
        times.read_s += t.elapsed().as_secs_f64();
        let mut docs = Vec::new();
        for mut item in items.into_iter().flatten().flat_map(input::into_parts) {
            if let Some(sh) = opts.shard {
                let ours = match &item {
                    Item::Doc(d) => sh.holds(&d.content_hash),
                    Item::Rejected(r) => sh.holds_path(&r.path),
                };
                if !ours {
                    continue;
                }
            }
            let id = match &mut item {
                Item::Doc(d) => &mut d.id,
                Item::Rejected(r) => &mut r.id,
            };
            crate::util::make_unique(&mut seen_ids, id);
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
                        match cache.as_ref().and_then(|c| c.get(&d.content_hash)) {
                            Some(hit) => {
                                reused += 1;
                                totals.add(attach(hit.clone(), &d));
                            }
                            None => docs.push(d),
                        }
                    }
                },
            }
        }
        // A JSONL dump is one file of many articles: process its documents in batches too, so
        // memory holds one batch's layers whatever the files hold.
        while !docs.is_empty() {
            let rest = docs.split_off(batch_len(&docs, opts.batch_docs.max(1)));
            let batch = std::mem::replace(&mut docs, rest);
            let bytes = batch.iter().map(|d| d.raw.as_str().len() as u64).sum();
            let n = batch.len();
            let fresh = process_batch(batch, opts, tagger, linker, coder, progress, &mut times, &mut stats)?;
            progress.batch_done(n, bytes);
            if let Some(c) = cache.as_mut() {
                c.append(&fresh)?;
            }
            for r in fresh {
                totals.add(r);
            }
        }
        progress.files_done(chunk.len(), sizes.get(range).map_or(0, |s| s.iter().sum()));
    }
    let Totals { mut doc_rows, mention_rows, relations, event_rows, examples, words } = totals;
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
    let tables = Tables::derive(doc_rows, mention_rows, relations.into_rows(), event_rows, examples.into_map(), &info, opts.ontology);
    Ok(RunResult { tables, times, ner: stats, words, docs_ok, docs_skipped, docs_error, reused })
}

/// Characters of text one batch holds at most (unless one document is longer; an article is
/// read in parts of at most [`input::PART_CHARS`]): with the document count, what bounds a
/// batch's memory (about 0.6 KB a character of text while its layers are held).
pub const BATCH_CHARS: usize = 250_000;

/// Bytes of input files read ahead at once (with the document count).
const READ_BYTES: u64 = 64 << 20;

/// How many of `docs` the next batch takes: up to `max_docs`, stopping once [`BATCH_CHARS`] are
/// reached; at least one.
fn batch_len(docs: &[Document], max_docs: usize) -> usize {
    let mut chars = 0;
    for (i, d) in docs.iter().enumerate().take(max_docs) {
        chars += d.raw.char_len();
        if chars >= BATCH_CHARS {
            return i + 1;
        }
    }
    docs.len().min(max_docs)
}

/// The input files (by their sizes) in read-ahead groups: up to `max_files`, stopping once
/// [`READ_BYTES`] of file are reached; at least one.
fn read_chunks(sizes: &[u64], max_files: usize) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    let (mut start, mut bytes) = (0, 0u64);
    for (i, size) in sizes.iter().enumerate() {
        bytes += size;
        if i + 1 - start >= max_files || bytes >= READ_BYTES {
            out.push(start..i + 1);
            (start, bytes) = (i + 1, 0);
        }
    }
    if start < sizes.len() {
        out.push(start..sizes.len());
    }
    out
}

/// The run's rows so far, folded document by document as batches finish: relations are summed
/// and provisional-actor examples reduced to one each on the way, so memory holds one row per
/// relation instead of every document's contributions (most of a document's result).
#[derive(Default)]
struct Totals {
    doc_rows: Vec<DocumentRow>,
    mention_rows: Vec<MentionRow>,
    relations: RelationSum,
    event_rows: Vec<EventRow>,
    examples: FirstExamples,
    words: usize,
}

impl Totals {
    fn add(&mut self, r: DocResult) {
        self.words += r.words;
        for (actor, start, sentence) in &r.examples {
            self.examples.offer(actor, &r.row.doc_id, *start, sentence);
        }
        for rel in r.relations {
            self.relations.add(rel);
        }
        self.mention_rows.extend(r.mentions);
        self.event_rows.extend(r.events);
        self.doc_rows.push(r.row);
    }
}

fn attach(r: DocResult, d: &Document) -> DocResult {
    let meta = |k: &str| d.meta.get(k).map(String::as_str).unwrap_or("");
    r.attach(&d.id, &d.path, meta("title"), meta("url"), meta("date"))
}

/// Clean, tag, link, code and relate one batch of new documents.
fn process_batch(
    mut docs: Vec<Document>,
    opts: &RunOptions,
    tagger: &dyn WordTagger,
    linker: &Linker,
    coder: &EventCoder,
    progress: &dyn Progress,
    times: &mut StageTimes,
    stats: &mut ner::NerStats,
) -> Result<Vec<DocResult>, PipelineError> {
    let stages = Stages { tagger, linker, coder, ner: &opts.ner, window: opts.window };
    stages.run(&mut docs, progress, None, times, stats)?;
    Ok(docs.par_iter().map(|d| attach(DocResult::of_document(d), d)).collect())
}

/// The stages every document goes through, in order: clean, NER, parse (when the model has a
/// parser head; same encoder pass as NER), link, events, relate. `run` and
/// `actorgraph explain` both go through here, so what `explain` shows is what a run does.
pub struct Stages<'a> {
    pub tagger: &'a dyn WordTagger,
    pub linker: &'a Linker,
    pub coder: &'a EventCoder,
    pub ner: &'a NerOptions,
    /// The co-occurrence unit of the relate stage.
    pub window: Window,
}

impl Stages<'_> {
    /// Run the stages over `docs`, adding each stage's wall time to `times`; `progress` hears the
    /// NER stage's windows, `trace` the events stage's reading of each sentence.
    pub fn run(
        &self,
        docs: &mut [Document],
        progress: &dyn Progress,
        trace: Option<&dyn Fn(&str)>,
        times: &mut StageTimes,
        stats: &mut ner::NerStats,
    ) -> Result<(), PipelineError> {
        let t = Instant::now();
        docs.par_iter_mut().for_each(|d| {
            guarded("clean", d, |d| {
                let mut c = clean::clean(&d.raw);
                // The input's own word on its language (JSONL `language` or `lang`: "es", "spa")
                // goes before detection, which cannot tell a short text.
                if let Some(l) = d.meta.get("language").or_else(|| d.meta.get("lang")).and_then(|l| clean::language_code(l)) {
                    c.language = Some(l);
                }
                d.clean = Some(c);
            })
        });
        times.clean_s += t.elapsed().as_secs_f64();
        let t = Instant::now();
        let words: usize = docs.iter().map(|d| d.tokens().words.len()).sum();
        let (s, features) = self.tag(docs, &|done, total| progress.windows(done, total, words))?;
        times.ner_s += t.elapsed().as_secs_f64();
        stats.add(&s);
        if let Some(parser) = self.tagger.parser() {
            let t = Instant::now();
            Self::parse(parser, docs, &features)?;
            times.parse_s += t.elapsed().as_secs_f64();
        }
        drop(features);
        let t = Instant::now();
        docs.par_iter_mut().for_each(|d| guarded("link", d, |d| self.linker.link(d)));
        times.link_s += t.elapsed().as_secs_f64();
        let t = Instant::now();
        match trace {
            Some(trace) => docs.iter_mut().for_each(|d| guarded("events", d, |d| self.coder.code_traced(d, &self.linker.registry, trace))),
            None => docs.par_iter_mut().for_each(|d| guarded("events", d, |d| self.coder.code(d, &self.linker.registry))),
        }
        times.events_s += t.elapsed().as_secs_f64();
        let t = Instant::now();
        docs.par_iter_mut().for_each(|d| guarded("relate", d, |d| d.relations = crate::relate::document_relations(d, self.window)));
        times.relate_s += t.elapsed().as_secs_f64();
        Ok(())
    }

    /// The parse stage over the batch: all at once (sentences of one length share calls); should
    /// that panic, document by document, so only the one at fault is lost (as `tag` does).
    fn parse(parser: &crate::syntax::Parser, docs: &mut [Document], features: &[Vec<f32>]) -> Result<(), PipelineError> {
        let whole = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| crate::syntax::parse_documents(parser, docs, features)));
        match whole {
            Ok(r) => Ok(r?),
            Err(_) => {
                tracing::warn!("the parse stage failed on a batch; parsing its documents one by one to find the cause");
                docs.par_iter_mut().zip(features.par_iter()).try_for_each(|(d, f)| {
                    d.parse = None;
                    let mut result = Ok(());
                    guarded("parse", d, |d| result = crate::syntax::parse_documents(parser, std::slice::from_mut(d), std::slice::from_ref(f)));
                    result
                })?;
                Ok(())
            }
        }
    }

    /// The NER stage over the batch, with each document's parser features. A panic while the
    /// batch is tagged is narrowed down: each document is tagged alone, and the ones that
    /// panic again are marked failed; the rest go on.
    fn tag(&self, docs: &mut [Document], on_progress: &(dyn Fn(usize, usize) + Sync)) -> Result<(ner::NerStats, Vec<Vec<f32>>), PipelineError> {
        let whole = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| ner::tag_documents_with_features(self.tagger, docs, self.ner, on_progress)));
        match whole {
            Ok(r) => Ok(r?),
            Err(_) => {
                tracing::warn!("the NER stage failed on a batch; tagging its documents one by one to find the cause");
                let mut stats = ner::NerStats::default();
                let mut features = Vec::with_capacity(docs.len());
                for d in docs.iter_mut() {
                    d.mentions.clear();
                    let mut f = Vec::new();
                    let mut result = Ok(());
                    guarded("ner", d, |d| match ner::tag_documents_with_features(self.tagger, std::slice::from_mut(d), self.ner, &|_, _| {}) {
                        Ok((s, mut v)) => {
                            stats.add(&s);
                            f = v.pop().unwrap_or_default();
                        }
                        Err(e) => result = Err(e),
                    });
                    result?;
                    features.push(f);
                }
                Ok((stats, features))
            }
        }
    }
}

/// Run one stage on one document. A panic (a bug) marks the document failed, with the stage
/// and the panic's message, instead of ending the run; a failed document is passed by.
pub fn guarded(stage: &str, d: &mut Document, f: impl FnOnce(&mut Document)) {
    if d.failed.is_some() {
        return;
    }
    if let Err(payload) = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| f(d))) {
        let msg = payload.downcast_ref::<&str>().map(|s| s.to_string()).or_else(|| payload.downcast_ref::<String>().cloned()).unwrap_or_else(|| "unknown panic".into());
        tracing::error!(doc = %d.id, stage, %msg, "internal error: this document is skipped, the run goes on");
        d.failed = Some(format!("internal error in the {stage} stage: {msg} (a bug: please report it with this document)"));
    }
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
