//! The per-document result cache in the output folder (`.actorgraph-cache/`). Each batch appends
//! one JSON line per document, keyed by the document's content hash, as soon as the batch is done;
//! a run killed part-way keeps every finished batch. With `--resume`, documents whose content is
//! in the cache skip cleaning, NER and linking, so a re-run after a crash, or over a dump with new
//! articles, only processes what is new and writes the same tables as a run from scratch.
//! The cache is valid only for the same model, registry and options (its fingerprint).
//!
//! Each batch is one gzip member appended to `results.jsonl.gz` (gzip files may be concatenated),
//! so the cache costs a fraction of the JSON it holds, and a member cut short by a kill is dropped
//! whole when the cache is read back.

use std::collections::HashMap;
use std::fs::{File, OpenOptions};
use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::output::tables::{DocumentRow, EventRow, MentionRow, RelationRow};

/// Everything the tables need from one processed document, without its id and path (the same
/// content may come back under another name).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DocResult {
    pub content_hash: String,
    pub row: DocumentRow,
    pub mentions: Vec<MentionRow>,
    pub relations: Vec<RelationRow>,
    pub events: Vec<EventRow>,
    /// (actor id, clean start, sentence) for provisional actors: candidate examples.
    pub examples: Vec<(String, usize, String)>,
    pub words: usize,
}

impl DocResult {
    /// Put a document's id, path and carried fields on every row.
    pub fn attach(mut self, doc_id: &str, path: &str, title: &str, url: &str, date: &str) -> Self {
        self.row.doc_id = doc_id.to_string();
        self.row.path = path.to_string();
        self.row.title = title.to_string();
        self.row.url = url.to_string();
        self.row.date = date.to_string();
        for m in &mut self.mentions {
            m.doc_id = doc_id.to_string();
        }
        let day = crate::util::iso_day(date).unwrap_or_default();
        for r in &mut self.relations {
            r.first_doc = doc_id.to_string();
            r.first_date = day.clone();
            r.last_date = day.clone();
        }
        for e in &mut self.events {
            e.doc_id = doc_id.to_string();
            e.date = date.to_string();
        }
        self
    }
}

#[derive(Debug, thiserror::Error)]
#[error("result cache {path}: {msg}")]
pub struct CacheError {
    pub path: String,
    pub msg: String,
}

/// Where the cache lives and what it must match.
#[derive(Debug, Clone)]
pub struct CacheConfig {
    pub dir: PathBuf,
    /// Hash of model, registry and options; a cache with another fingerprint is ignored.
    pub fingerprint: String,
    /// Reuse cached results (`--resume`); otherwise the cache is started afresh.
    pub reuse: bool,
}

pub struct Cache {
    entries: HashMap<String, DocResult>,
    writer: File,
    path: PathBuf,
}

fn err(path: &Path, msg: impl ToString) -> CacheError {
    CacheError { path: path.display().to_string(), msg: msg.to_string() }
}

impl Cache {
    pub fn open(cfg: &CacheConfig) -> Result<Self, CacheError> {
        let fp_path = cfg.dir.join("fingerprint");
        let matches = std::fs::read_to_string(&fp_path).map(|f| f.trim() == cfg.fingerprint).unwrap_or(false);
        if !(cfg.reuse && matches) && cfg.dir.exists() {
            // Never silently lose an earlier (perhaps interrupted) run's results: without
            // --resume they are set aside, once, beside the new cache.
            let kept = cfg.dir.with_extension("previous");
            let _ = std::fs::remove_dir_all(&kept);
            std::fs::rename(&cfg.dir, &kept).map_err(|e| err(&cfg.dir, e))?;
            if !cfg.reuse {
                tracing::warn!(kept = %kept.display(), "an earlier run's result cache was set aside (not reused: pass --resume to reuse results)");
            } else {
                tracing::warn!(kept = %kept.display(), "the earlier result cache was made with another model, registry or options; set aside, not reused");
            }
        }
        std::fs::create_dir_all(&cfg.dir).map_err(|e| err(&cfg.dir, e))?;
        std::fs::write(&fp_path, &cfg.fingerprint).map_err(|e| err(&fp_path, e))?;
        let path = cfg.dir.join("results.jsonl.gz");
        let mut entries = HashMap::new();
        if let Ok(f) = File::open(&path) {
            let reader = BufReader::new(flate2::read::MultiGzDecoder::new(BufReader::new(f)));
            for line in reader.lines() {
                // A member cut short by a kill ends the reading; its documents are processed again.
                let Ok(line) = line else { break };
                if let Ok(r) = serde_json::from_str::<DocResult>(&line) {
                    entries.insert(r.content_hash.clone(), r);
                }
            }
        }
        let writer = OpenOptions::new().create(true).append(true).open(&path).map_err(|e| err(&path, e))?;
        Ok(Cache { entries, writer, path })
    }

    pub fn get(&self, content_hash: &str) -> Option<&DocResult> {
        self.entries.get(content_hash)
    }

    /// Append a batch's results and flush them to disk.
    pub fn append(&mut self, results: &[DocResult]) -> Result<(), CacheError> {
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        for r in results {
            serde_json::to_writer(&mut gz, r).map_err(|e| err(&self.path, e))?;
            gz.write_all(b"\n").map_err(|e| err(&self.path, e))?;
        }
        let buf = gz.finish().map_err(|e| err(&self.path, e))?;
        self.writer.write_all(&buf).map_err(|e| err(&self.path, e))?;
        self.writer.sync_data().map_err(|e| err(&self.path, e))?;
        Ok(())
    }
}
