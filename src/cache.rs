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

/// Replace the cache file with `entries` (in content-hash order), atomically.
fn rewrite(path: &Path, entries: &HashMap<String, DocResult>) -> Result<(), CacheError> {
    let tmp = path.with_extension(format!("gz{}{}", crate::output::folder::TMP_MARK, std::process::id()));
    let mut sorted: Vec<&DocResult> = entries.values().collect();
    sorted.sort_by(|a, b| a.content_hash.cmp(&b.content_hash));
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    for r in sorted {
        serde_json::to_writer(&mut gz, r).map_err(|e| err(path, e))?;
        gz.write_all(b"\n").map_err(|e| err(path, e))?;
    }
    let buf = gz.finish().map_err(|e| err(path, e))?;
    let write = || -> std::io::Result<()> {
        let mut f = File::create(&tmp)?;
        f.write_all(&buf)?;
        f.sync_all()?;
        std::fs::rename(&tmp, path)
    };
    write().map_err(|e| {
        let _ = std::fs::remove_file(&tmp);
        err(path, e)
    })
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
        let mut cut_off = false;
        if let Ok(f) = File::open(&path) {
            let reader = BufReader::new(flate2::read::MultiGzDecoder::new(BufReader::new(f)));
            for line in reader.lines() {
                // A member cut short by a kill ends the reading; its documents are processed again.
                let Ok(line) = line else {
                    cut_off = true;
                    break;
                };
                if let Ok(r) = serde_json::from_str::<DocResult>(&line) {
                    entries.insert(r.content_hash.clone(), r);
                }
            }
        }
        if cut_off {
            // Members appended after a cut-off one could never be read: the file is rewritten
            // with what was read, so later batches are kept and the file does not grow for ever.
            rewrite(&path, &entries)?;
            tracing::warn!(path = %path.display(), documents = entries.len(), "the result cache ended in a batch cut off by a kill; kept the complete batches");
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

#[cfg(test)]
mod tests {
    use super::*;

    fn result(hash: &str) -> DocResult {
        DocResult { content_hash: hash.into(), row: DocumentRow::default(), mentions: vec![], relations: vec![], events: vec![], examples: vec![], words: 3 }
    }

    #[test]
    fn a_batch_cut_off_by_a_kill_does_not_hide_later_batches() {
        let dir = tempfile::tempdir().unwrap();
        let cfg = CacheConfig { dir: dir.path().join("c"), fingerprint: "f".into(), reuse: true };
        let mut c = Cache::open(&cfg).unwrap();
        c.append(&[result("a")]).unwrap();
        c.append(&[result("b")]).unwrap();
        drop(c);
        // A kill part-way through writing the next batch: half a gzip member at the end.
        let path = cfg.dir.join("results.jsonl.gz");
        let len = std::fs::metadata(&path).unwrap().len();
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        gz.write_all(serde_json::to_string(&result("cut")).unwrap().as_bytes()).unwrap();
        let member = gz.finish().unwrap();
        OpenOptions::new().append(true).open(&path).unwrap().write_all(&member[..member.len() / 2]).unwrap();
        let mut c = Cache::open(&cfg).unwrap();
        assert!(c.get("a").is_some() && c.get("b").is_some() && c.get("cut").is_none());
        c.append(&[result("later")]).unwrap();
        drop(c);
        let c = Cache::open(&cfg).unwrap();
        assert!(c.get("later").is_some(), "a batch written after the cut-off one is read back");
        assert!(std::fs::metadata(&path).unwrap().len() < len * 3, "the cut-off bytes are gone");
    }
}
