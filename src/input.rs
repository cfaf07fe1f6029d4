//! Finding and reading input files. Every file the user points at ends up either as documents or
//! as a [`Rejected`] row that says why, so `documents.csv` accounts for all of them.

use std::collections::{BTreeMap, HashSet};
use std::path::{Path, PathBuf};

use crate::document::Document;

/// Extensions read as plain text when met inside a folder (files named directly are always read).
pub const TEXT_EXTENSIONS: &[&str] = &["txt", "text", "md"];
pub const JSONL_EXTENSIONS: &[&str] = &["jsonl", "ndjson"];

/// Outcome of a file or JSONL line that yields no document.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Status {
    Ok,
    Skipped,
    Error,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Ok => "ok",
            Status::Skipped => "skipped",
            Status::Error => "error",
        }
    }
}

/// An input that produced no document, and why.
#[derive(Debug, Clone, PartialEq)]
pub struct Rejected {
    pub id: String,
    pub path: String,
    pub status: Status,
    pub reason: String,
    pub meta: BTreeMap<String, String>,
}

/// A file found among the inputs, with the id its documents are named from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceFile {
    pub path: PathBuf,
    pub id: String,
}

#[derive(Debug, Clone)]
pub struct ReadOptions {
    pub max_bytes: u64,
    pub lossy: bool,
}

impl Default for ReadOptions {
    fn default() -> Self {
        ReadOptions { max_bytes: 16 * 1024 * 1024, lossy: false }
    }
}

/// What reading one file gave.
#[derive(Debug)]
pub enum Item {
    Doc(Document),
    Rejected(Rejected),
}

fn rejected(id: &str, path: &Path, status: Status, reason: impl Into<String>) -> Rejected {
    Rejected { id: id.to_string(), path: path.display().to_string(), status, reason: reason.into(), meta: BTreeMap::new() }
}

fn id_for(root: &Path, path: &Path) -> String {
    let rel = path.strip_prefix(root).unwrap_or(path);
    let rel = if rel.as_os_str().is_empty() { path.file_name().map(Path::new).unwrap_or(path) } else { rel };
    let no_ext = rel.with_extension("");
    no_ext.to_string_lossy().replace('\\', "/")
}

/// What kind of thing a path is, told from its metadata without opening it: a named pipe or a
/// device would block or never end if read.
fn special_kind(m: &std::fs::Metadata) -> Option<&'static str> {
    use std::os::unix::fs::FileTypeExt;
    let t = m.file_type();
    if t.is_fifo() {
        Some("named pipe")
    } else if t.is_char_device() || t.is_block_device() {
        Some("device")
    } else if t.is_socket() {
        Some("socket")
    } else {
        None
    }
}

fn special(id: &str, path: &Path, kind: &str) -> Rejected {
    rejected(id, path, Status::Skipped, format!("{kind}, not a regular file: skipped without reading it"))
}

/// Walk the inputs (files or folders, recursively, in sorted order). Hidden files and folders
/// (names starting with '.') are not inputs, nor is anything under `exclude` (the output folder,
/// so a run never reads its own tables back). Named pipes, devices and sockets are listed as
/// skipped without being opened. Returns the files to read and the paths that could not be
/// walked.
pub fn discover(inputs: &[PathBuf]) -> (Vec<SourceFile>, Vec<Rejected>) {
    discover_excluding(inputs, &[], false)
}

/// [`discover`], skipping `exclude`. A symlink inside an input folder that leads out of it is
/// listed as skipped (a link to a system file must not end up in the tables) unless
/// `follow_links`; a symlink given as an input itself is read.
pub fn discover_excluding(inputs: &[PathBuf], exclude: &[PathBuf], follow_links: bool) -> (Vec<SourceFile>, Vec<Rejected>) {
    let mut files = Vec::new();
    let mut bad = Vec::new();
    let mut visited: HashSet<PathBuf> = exclude.iter().filter_map(|p| std::fs::canonicalize(p).ok()).collect();
    for input in inputs {
        match std::fs::metadata(input) {
            Err(e) => bad.push(rejected(&input.display().to_string(), input, Status::Error, describe_io(&e))),
            Ok(m) if m.is_file() => {
                let id = input.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
                files.push(SourceFile { path: input.clone(), id });
            }
            Ok(m) if m.is_dir() => {
                let bounds = (!follow_links).then(|| std::fs::canonicalize(input).ok()).flatten();
                walk(Walk { root: input, inside: bounds.as_deref() }, input, &mut files, &mut bad, &mut visited)
            }
            Ok(m) => bad.push(special(&input.display().to_string(), input, special_kind(&m).unwrap_or("not a regular file"))),
        }
    }
    // Ids must be unique: a later file with the same id gets a suffix.
    let mut seen = HashSet::new();
    for f in &mut files {
        crate::util::make_unique(&mut seen, &mut f.id);
    }
    (files, bad)
}

/// The input folder being walked, and where its links may lead (`None`: anywhere).
#[derive(Clone, Copy)]
struct Walk<'a> {
    root: &'a Path,
    inside: Option<&'a Path>,
}

/// Where a symlink leads when that is outside the walked folder.
fn leads_out(p: &Path, inside: Option<&Path>) -> Option<PathBuf> {
    let inside = inside?;
    if !std::fs::symlink_metadata(p).is_ok_and(|m| m.file_type().is_symlink()) {
        return None;
    }
    let target = std::fs::canonicalize(p).ok()?;
    (!target.starts_with(inside)).then_some(target)
}

fn walk(w: Walk, dir: &Path, files: &mut Vec<SourceFile>, bad: &mut Vec<Rejected>, visited: &mut HashSet<PathBuf>) {
    let root = w.root;
    let canonical = std::fs::canonicalize(dir).unwrap_or_else(|_| dir.to_path_buf());
    if !visited.insert(canonical) {
        return; // a symlink back to a folder already walked
    }
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) => {
            bad.push(rejected(&id_for(root, dir), dir, Status::Error, format!("folder unreadable: {}", describe_io(&e))));
            return;
        }
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok()).map(|e| e.path()).collect();
    paths.sort();
    for p in paths {
        if p.file_name().is_some_and(|n| n.to_string_lossy().starts_with('.')) {
            continue;
        }
        if let Some(target) = leads_out(&p, w.inside) {
            let why = format!("symlink to {} outside the input folder: skipped without reading it (--follow-links reads it)", target.display());
            bad.push(rejected(&id_for(root, &p), &p, Status::Skipped, why));
            continue;
        }
        match std::fs::metadata(&p) {
            Err(e) => bad.push(rejected(&id_for(root, &p), &p, Status::Error, format!("unreadable: {}", describe_io(&e)))),
            Ok(m) if m.is_dir() => walk(w, &p, files, bad, visited),
            Ok(m) if !m.is_file() => bad.push(special(&id_for(root, &p), &p, special_kind(&m).unwrap_or("not a regular file"))),
            Ok(_) => {
                let ext = p.extension().map(|e| e.to_string_lossy().to_lowercase()).unwrap_or_default();
                if ext.is_empty() || TEXT_EXTENSIONS.contains(&ext.as_str()) || JSONL_EXTENSIONS.contains(&ext.as_str()) {
                    files.push(SourceFile { id: id_for(root, &p), path: p });
                } else {
                    bad.push(rejected(
                        &id_for(root, &p),
                        &p,
                        Status::Skipped,
                        format!("unsupported file type .{ext} (read: .txt, .text, .md, .jsonl, .ndjson, or no extension)"),
                    ));
                }
            }
        }
    }
}

fn describe_io(e: &std::io::Error) -> String {
    match e.raw_os_error() {
        Some(40) => "symlink loop".to_string(),
        _ => match e.kind() {
            std::io::ErrorKind::NotFound => "not found".to_string(),
            std::io::ErrorKind::PermissionDenied => "permission denied".to_string(),
            _ => e.to_string(),
        },
    }
}

/// Decode file bytes to text: UTF-8 (BOM stripped) or UTF-16 with a BOM. Binary data and invalid
/// UTF-8 are refused with a reason, unless `lossy`.
pub fn decode(bytes: &[u8], lossy: bool) -> Result<(String, Option<String>), (Status, String)> {
    if let Some(rest) = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]) {
        return decode(rest, lossy);
    }
    let utf16 = |le: bool, body: &[u8]| {
        let units: Vec<u16> = body.chunks_exact(2).map(|c| if le { u16::from_le_bytes([c[0], c[1]]) } else { u16::from_be_bytes([c[0], c[1]]) }).collect();
        String::from_utf16(&units).map_err(|_| (Status::Error, "invalid UTF-16".to_string()))
    };
    if let Some(body) = bytes.strip_prefix(&[0xFF, 0xFE]) {
        return utf16(true, body).map(|s| (s, Some("decoded from UTF-16".into())));
    }
    if let Some(body) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        return utf16(false, body).map(|s| (s, Some("decoded from UTF-16".into())));
    }
    if bytes[..bytes.len().min(8192)].contains(&0) {
        return Err((Status::Skipped, "binary file (NUL bytes)".into()));
    }
    match std::str::from_utf8(bytes) {
        Ok(s) => Ok((s.to_string(), None)),
        Err(e) if lossy => Ok((
            String::from_utf8_lossy(bytes).into_owned(),
            Some(format!("decoded lossily: invalid UTF-8 at byte {}", e.valid_up_to())),
        )),
        Err(e) => Err((Status::Error, format!("invalid UTF-8 at byte {} (re-run with --lossy to decode anyway)", e.valid_up_to()))),
    }
}

/// An article longer than this many characters is read in parts of at most this size, so the
/// memory a document costs is bounded by the part, not by what one file holds (a 12 MB "article"
/// would otherwise hold gigabytes of model states).
pub const PART_CHARS: usize = 100_000;

/// Cut a document longer than [`PART_CHARS`] into parts at paragraph breaks (else line breaks,
/// sentence ends, spaces; a hard cut only in text with none of them). Each part is a document of
/// its own (`ID#1`, `ID#2`, ...) whose documents.csv reason says which part it is; its offsets
/// count from the article's start (meta `part_start`, applied when rows are made).
pub fn into_parts(item: Item) -> Vec<Item> {
    let doc = match item {
        Item::Doc(d) if d.raw.char_len() > PART_CHARS => d,
        other => return vec![other],
    };
    let text = doc.raw.as_str();
    let ranges = part_ranges(text, PART_CHARS);
    let total = ranges.len();
    let mut chars_before = 0;
    let mut out = Vec::with_capacity(total);
    for (k, r) in ranges.into_iter().enumerate() {
        let part = text.get(r).unwrap_or_default();
        let mut meta = doc.meta.clone();
        let note = meta.remove("note").filter(|n| !n.is_empty());
        meta.insert("part_start".into(), chars_before.to_string());
        let start = chars_before;
        chars_before += part.chars().count();
        let mut d = Document::new(format!("{}#{}", doc.id, k + 1), doc.path.clone(), part.to_string(), meta);
        // The same text at another place of another article has other offsets: another result.
        d.content_hash = crate::util::sha256_hex(format!("{}\u{0}part {start}", d.content_hash).as_bytes());
        let this = format!("part {} of {total} of a long article (over {PART_CHARS} characters: read in parts cut at paragraph breaks; offsets count from the article's start)", k + 1);
        d.meta.insert("note".into(), note.map_or(this.clone(), |n| format!("{n}; {this}")));
        out.push(Item::Doc(d));
    }
    out
}

/// Byte ranges of the parts of `text`, each at most `max_chars` characters and at least half of
/// that (but the last).
fn part_ranges(text: &str, max_chars: usize) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    while start < text.len() {
        let rest = text.get(start..).unwrap_or_default();
        let Some((limit, _)) = rest.char_indices().nth(max_chars) else {
            out.push(start..text.len());
            break;
        };
        let window = rest.get(..limit).unwrap_or_default();
        let floor = window.char_indices().nth(max_chars / 2).map_or(0, |(b, _)| b);
        let tail = window.get(floor..).unwrap_or_default();
        let cut = ["\n\n", "\n", ". ", " "].iter().find_map(|sep| tail.rfind(sep).map(|i| floor + i + sep.len())).unwrap_or(limit);
        out.push(start..start + cut);
        start += cut;
    }
    out
}

/// Read one file into documents (one for text, one per line for JSONL) or rejections.
pub fn read_file(src: &SourceFile, opts: &ReadOptions) -> Vec<Item> {
    let path = &src.path;
    let meta = match std::fs::metadata(path) {
        Ok(m) => m,
        Err(e) => return vec![Item::Rejected(rejected(&src.id, path, Status::Error, format!("unreadable: {}", describe_io(&e))))],
    };
    if let Some(kind) = special_kind(&meta) {
        return vec![Item::Rejected(special(&src.id, path, kind))];
    }
    let is_jsonl = path.extension().is_some_and(|e| JSONL_EXTENSIONS.contains(&e.to_string_lossy().to_lowercase().as_str()));
    if is_jsonl {
        // A dump of articles: read line by line, the size limit per article.
        return read_jsonl_file(src, opts);
    }
    if meta.len() > opts.max_bytes {
        return vec![Item::Rejected(rejected(
            &src.id,
            path,
            Status::Skipped,
            format!("too large ({:.1} MB > limit {:.1} MB; raise --max-file-mb)", meta.len() as f64 / 1e6, opts.max_bytes as f64 / 1e6),
        ))];
    }
    // Never more than the limit, whatever the metadata said (a file that grows, a symlink to a
    // pseudo-file).
    let bytes = match read_bounded(path, opts.max_bytes) {
        Ok(Some(b)) => b,
        Ok(None) => {
            return vec![Item::Rejected(rejected(&src.id, path, Status::Skipped, format!("too large (over the limit of {:.1} MB; raise --max-file-mb)", opts.max_bytes as f64 / 1e6)))]
        }
        Err(e) => return vec![Item::Rejected(rejected(&src.id, path, Status::Error, format!("unreadable: {}", describe_io(&e))))],
    };
    if bytes.is_empty() {
        return vec![Item::Rejected(rejected(&src.id, path, Status::Skipped, "empty file"))];
    }
    let (text, note) = match decode(&bytes, opts.lossy) {
        Ok(t) => t,
        Err((status, reason)) => return vec![Item::Rejected(rejected(&src.id, path, status, reason))],
    };
    let mut m = BTreeMap::new();
    if let Some(n) = note {
        m.insert("note".to_string(), n);
    }
    vec![Item::Doc(Document::new(src.id.clone(), path.display().to_string(), text, m))]
}

/// Read at most `max` bytes; `None` when the file holds more.
fn read_bounded(path: &Path, max: u64) -> std::io::Result<Option<Vec<u8>>> {
    use std::io::Read;
    let f = std::fs::File::open(path)?;
    let mut buf = Vec::new();
    f.take(max + 1).read_to_end(&mut buf)?;
    Ok((buf.len() as u64 <= max).then_some(buf))
}

/// Read a JSONL file line by line; a line over the limit is skipped (and listed) on its own.
fn read_jsonl_file(src: &SourceFile, opts: &ReadOptions) -> Vec<Item> {
    use std::io::BufRead;
    let f = match std::fs::File::open(&src.path) {
        Ok(f) => f,
        Err(e) => return vec![Item::Rejected(rejected(&src.id, &src.path, Status::Error, format!("unreadable: {}", describe_io(&e))))],
    };
    let mut reader = std::io::BufReader::new(f);
    // UTF-16 (with its byte-order mark) has a NUL beside every ASCII byte, so its lines cannot be
    // cut as bytes: such a file is decoded whole (up to twice the article limit), then read line
    // by line, each line held to the limit.
    if reader.fill_buf().is_ok_and(|b| b.starts_with(&[0xFF, 0xFE]) || b.starts_with(&[0xFE, 0xFF])) {
        return read_utf16_jsonl(src, opts);
    }
    let mut out = Vec::new();
    let mut lineno = 0;
    let mut line: Vec<u8> = Vec::new();
    loop {
        line.clear();
        lineno += 1;
        // Read one line, keeping no more than the limit of it.
        let mut too_long = false;
        loop {
            let buf = match reader.fill_buf() {
                Ok(b) => b,
                Err(e) => {
                    out.push(Item::Rejected(rejected(&src.id, &src.path, Status::Error, format!("unreadable at line {lineno}: {}", describe_io(&e)))));
                    return out;
                }
            };
            if buf.is_empty() {
                break;
            }
            let (chunk, done) = match buf.iter().position(|&b| b == b'\n') {
                Some(i) => (&buf[..i], Some(i + 1)),
                None => (buf, None),
            };
            if (line.len() + chunk.len()) as u64 <= opts.max_bytes {
                line.extend_from_slice(chunk);
            } else {
                too_long = true;
            }
            let used = done.unwrap_or(buf.len());
            reader.consume(used);
            if done.is_some() {
                break;
            }
        }
        if line.is_empty() && !too_long {
            // End of file, or a blank line.
            if reader.fill_buf().map(|b| b.is_empty()).unwrap_or(true) {
                break;
            }
            continue;
        }
        let path = format!("{}:{lineno}", src.path.display());
        if too_long {
            out.push(Item::Rejected(Rejected {
                id: format!("{}:{lineno}", src.id),
                path,
                status: Status::Skipped,
                reason: format!("line {lineno}: article too large (over {:.1} MB; raise --max-file-mb)", opts.max_bytes as f64 / 1e6),
                meta: BTreeMap::new(),
            }));
            continue;
        }
        match decode(&line, opts.lossy) {
            Ok((text, _)) => out.extend(read_jsonl_lines(src, &text, lineno)),
            Err((status, reason)) => out.push(Item::Rejected(Rejected {
                id: format!("{}:{lineno}", src.id),
                path,
                status,
                reason: format!("line {lineno}: {reason}"),
                meta: BTreeMap::new(),
            })),
        }
    }
    if out.is_empty() {
        out.push(Item::Rejected(rejected(&src.id, &src.path, Status::Skipped, "empty file (no JSON lines)")));
    }
    out
}

/// A UTF-16 JSONL file: decoded whole, then its lines as `read_jsonl_lines` reads them.
fn read_utf16_jsonl(src: &SourceFile, opts: &ReadOptions) -> Vec<Item> {
    let bytes = match read_bounded(&src.path, opts.max_bytes.saturating_mul(2)) {
        Ok(Some(b)) => b,
        Ok(None) => {
            let mb = opts.max_bytes as f64 * 2.0 / 1e6;
            return vec![Item::Rejected(rejected(&src.id, &src.path, Status::Skipped, format!("UTF-16 JSONL over {mb:.1} MB: convert it to UTF-8 (read line by line at any size) or raise --max-file-mb")))];
        }
        Err(e) => return vec![Item::Rejected(rejected(&src.id, &src.path, Status::Error, format!("unreadable: {}", describe_io(&e))))],
    };
    let text = match decode(&bytes, opts.lossy) {
        Ok((t, _)) => t,
        Err((status, reason)) => return vec![Item::Rejected(rejected(&src.id, &src.path, status, reason))],
    };
    let mut out = Vec::new();
    for (i, line) in text.split('\n').enumerate() {
        if line.len() as u64 > opts.max_bytes {
            out.push(Item::Rejected(Rejected {
                id: format!("{}:{}", src.id, i + 1),
                path: format!("{}:{}", src.path.display(), i + 1),
                status: Status::Skipped,
                reason: format!("line {}: article too large (over {:.1} MB; raise --max-file-mb)", i + 1, opts.max_bytes as f64 / 1e6),
                meta: BTreeMap::new(),
            }));
            continue;
        }
        out.extend(read_jsonl_lines(src, line, i + 1));
    }
    if out.is_empty() {
        out.push(Item::Rejected(rejected(&src.id, &src.path, Status::Skipped, "empty file (no JSON lines)")));
    }
    out
}

fn read_jsonl_lines(src: &SourceFile, text: &str, first_line: usize) -> Vec<Item> {
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let lineno = first_line + i;
        if line.trim().is_empty() {
            continue;
        }
        let path = format!("{}:{lineno}", src.path.display());
        let fallback_id = format!("{}:{lineno}", src.id);
        let reject = |reason: String| {
            Item::Rejected(Rejected { id: fallback_id.clone(), path: path.clone(), status: Status::Error, reason, meta: BTreeMap::new() })
        };
        let value: serde_json::Value = match serde_json::from_str(line) {
            Ok(v) => v,
            Err(e) => {
                out.push(reject(format!("line {lineno}: not valid JSON ({e})")));
                continue;
            }
        };
        let Some(obj) = value.as_object() else {
            out.push(reject(format!("line {lineno}: not a JSON object")));
            continue;
        };
        let id = match obj.get("id") {
            Some(serde_json::Value::String(s)) if !s.is_empty() => s.clone(),
            Some(serde_json::Value::Number(n)) => n.to_string(),
            _ => fallback_id.clone(),
        };
        let Some(body) = ["text", "content", "body"].iter().find_map(|k| obj.get(*k).and_then(|v| v.as_str())) else {
            out.push(reject(format!("line {lineno}: no \"text\" field")));
            continue;
        };
        let mut meta = BTreeMap::new();
        for (k, v) in obj {
            if matches!(k.as_str(), "id" | "text" | "content" | "body") {
                continue;
            }
            let v = match v {
                serde_json::Value::String(s) => s.clone(),
                serde_json::Value::Number(n) => n.to_string(),
                serde_json::Value::Bool(b) => b.to_string(),
                _ => continue,
            };
            meta.insert(k.clone(), v);
        }
        out.push(Item::Doc(Document::new(id, path, body.to_string(), meta)));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_article_is_read_in_parts_cut_at_paragraphs() {
        let para = "Díaz-Canel met Maduro in Caracas. Russia sent aid to Venezuela again.\n\n";
        let text = para.repeat(PART_CHARS * 5 / 2 / para.chars().count());
        let meta = [("date".to_string(), "20190327".to_string())].into_iter().collect();
        let parts = into_parts(Item::Doc(Document::new("long".into(), "long.txt".into(), text.clone(), meta)));
        let docs: Vec<&Document> = parts.iter().filter_map(|i| if let Item::Doc(d) = i { Some(d) } else { None }).collect();
        assert_eq!(docs.len(), 3);
        let mut joined = String::new();
        for (k, d) in docs.iter().enumerate() {
            assert_eq!(d.id, format!("long#{}", k + 1));
            assert!(d.raw.char_len() <= PART_CHARS);
            assert!(k + 1 == docs.len() || d.raw.as_str().ends_with("\n\n"), "cut at a paragraph break");
            assert_eq!(d.meta.get("part_start").and_then(|s| s.parse::<usize>().ok()), Some(joined.chars().count()), "offsets in characters, accents counted once");
            assert!(d.meta.get("note").is_some_and(|n| n.contains(&format!("part {} of 3", k + 1))), "{:?}", d.meta);
            assert_eq!(d.meta.get("date").map(String::as_str), Some("2019-03-27"));
            joined.push_str(d.raw.as_str());
        }
        assert_eq!(joined, text, "nothing lost or repeated");
        // Text without any break is still cut, on character boundaries.
        let junk = "é".repeat(PART_CHARS + 10);
        let parts = into_parts(Item::Doc(Document::new("j".into(), "j".into(), junk, BTreeMap::new())));
        assert_eq!(parts.len(), 2);
        // A short article is left whole.
        assert_eq!(into_parts(Item::Doc(Document::new("s".into(), "s".into(), para.into(), BTreeMap::new()))).len(), 1);
    }

    #[test]
    fn a_utf16_jsonl_file_gives_every_article() {
        let dir = tempfile::tempdir().unwrap();
        let text = "{\"id\": \"a\", \"text\": \"Díaz-Canel met Maduro.\"}\r\n{\"id\": \"b\", \"text\": \"Russia sent aid.\"}\r\n\r\n{\"id\": \"c\", \"text\": \"Iran condemned it.\"}\n";
        for le in [true, false] {
            let mut bytes: Vec<u8> = if le { vec![0xFF, 0xFE] } else { vec![0xFE, 0xFF] };
            bytes.extend(text.encode_utf16().flat_map(|u| if le { u.to_le_bytes() } else { u.to_be_bytes() }));
            let path = dir.path().join("dump.jsonl");
            std::fs::write(&path, &bytes).unwrap();
            let items = read_file(&SourceFile { path, id: "dump".into() }, &ReadOptions::default());
            let docs: Vec<&Document> = items.iter().filter_map(|i| if let Item::Doc(d) = i { Some(d) } else { None }).collect();
            assert_eq!(docs.iter().map(|d| d.id.as_str()).collect::<Vec<_>>(), ["a", "b", "c"], "{items:?}");
            assert_eq!(docs[0].raw.as_str(), "Díaz-Canel met Maduro.");
            assert_eq!(items.len(), 3, "no line rejected: {items:?}");
        }
    }

    #[test]
    fn decodes_boms_and_refuses_binary_and_bad_utf8() {
        assert_eq!(decode(b"\xEF\xBB\xBFhi", false).unwrap().0, "hi");
        let utf16: Vec<u8> = [0xFF, 0xFE].into_iter().chain("Díaz".encode_utf16().flat_map(|u| u.to_le_bytes())).collect();
        assert_eq!(decode(&utf16, false).unwrap().0, "Díaz");
        assert_eq!(decode(b"a\0b", false).unwrap_err().0, Status::Skipped);
        let latin1 = b"Caf\xe9 ok";
        let err = decode(latin1, false).unwrap_err();
        assert!(err.1.contains("invalid UTF-8 at byte 3"), "{}", err.1);
        assert_eq!(decode(latin1, true).unwrap().0, "Caf\u{FFFD} ok");
    }
}
