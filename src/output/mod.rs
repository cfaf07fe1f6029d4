//! Writing tables: RFC 4180 CSV in UTF-8 with a header, every cell defused against spreadsheet
//! formula injection, written under a temporary name and renamed into place only when the whole
//! output set is complete, so a killed run never leaves a truncated table under a final name.
//! A run's folder (lock, journal, manifest, whose files are whose) is `folder`.

pub mod folder;
pub mod graph;
pub mod groups;
pub mod merge;
pub mod parquet;
pub mod report;
pub mod tables;

use std::borrow::Cow;
use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

#[derive(Debug, thiserror::Error)]
pub enum OutputError {
    #[error("{path}: {cause}")]
    Io { path: String, cause: std::io::Error },
    #[error("{path}: {cause}")]
    Csv { path: String, cause: csv::Error },
}

fn io_err(path: &Path) -> impl FnOnce(std::io::Error) -> OutputError + '_ {
    move |source| OutputError::Io { path: path.display().to_string(), cause: source }
}

/// A cell a spreadsheet would run as a formula gets a leading single quote (OWASP's advice).
/// A plain number ("-5.0", "+3") is left as it is: a spreadsheet reads it as the number it is.
pub fn defuse(cell: &str) -> Cow<'_, str> {
    if is_plain_number(cell) {
        return Cow::Borrowed(cell);
    }
    match cell.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => Cow::Owned(format!("'{cell}")),
        _ => Cow::Borrowed(cell),
    }
}

fn is_plain_number(cell: &str) -> bool {
    let digits = cell.strip_prefix(['-', '+']).unwrap_or(cell);
    !digits.is_empty()
        && digits.chars().all(|c| c.is_ascii_digit() || c == '.')
        && digits.chars().next().is_some_and(|c| c.is_ascii_digit())
        && digits.matches('.').count() <= 1
}

/// The inverse of [`defuse`], for reading back tables this crate wrote.
pub fn undefuse(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if rest.starts_with(['=', '+', '-', '@', '\t', '\r']) => rest,
        _ => cell,
    }
}

/// How tables are written: for spreadsheets (formula cells defused, optionally a byte-order mark
/// for Excel) or raw for programs (pandas, R: cells exactly as the text has them).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct CsvStyle {
    pub excel_bom: bool,
    pub raw: bool,
}

/// A table being written under a temporary name.
pub struct Table {
    tmp: PathBuf,
    dest: PathBuf,
    writer: csv::Writer<BufWriter<File>>,
    raw: bool,
}

impl Table {
    pub fn create(dir: &Path, name: &str, header: &[&str], excel_bom: bool) -> Result<Self, OutputError> {
        Self::create_styled(dir, name, header, CsvStyle { excel_bom, raw: false })
    }

    pub fn create_styled(dir: &Path, name: &str, header: &[&str], style: CsvStyle) -> Result<Self, OutputError> {
        let excel_bom = style.excel_bom;
        let dest = dir.join(name);
        let tmp = dir.join(format!(".{name}{}{}", folder::TMP_MARK, std::process::id()));
        let file = File::create(&tmp).map_err(io_err(&tmp))?;
        let mut buf = BufWriter::new(file);
        if excel_bom {
            buf.write_all(b"\xEF\xBB\xBF").map_err(io_err(&tmp))?;
        }
        let writer = csv::WriterBuilder::new().terminator(csv::Terminator::CRLF).from_writer(buf);
        let mut t = Table { tmp, dest, writer, raw: style.raw };
        t.row(header)?;
        Ok(t)
    }

    pub fn row<S: AsRef<str>>(&mut self, cells: &[S]) -> Result<(), OutputError> {
        let tmp = &self.tmp;
        let raw = self.raw;
        self.writer
            .write_record(cells.iter().map(|c| if raw { c.as_ref().to_string() } else { defuse(c.as_ref()).into_owned() }))
            .map_err(|source| OutputError::Csv { path: tmp.display().to_string(), cause: source })
    }

    /// Flush to disk; the table is staged, not yet visible under its final name.
    pub fn finish(self) -> Result<Staged, OutputError> {
        let Table { tmp, dest, writer, .. } = self;
        let buf = writer.into_inner().map_err(|e| OutputError::Io { path: tmp.display().to_string(), cause: e.into_error() })?;
        let file = buf.into_inner().map_err(|e| OutputError::Io { path: tmp.display().to_string(), cause: e.into_error() })?;
        file.sync_all().map_err(io_err(&tmp))?;
        Ok(Staged { tmp, dest })
    }
}

/// A complete file waiting to be renamed into place.
#[derive(Debug)]
pub struct Staged {
    pub tmp: PathBuf,
    pub dest: PathBuf,
}

/// Write a whole small file (JSON) as a staged file.
pub fn stage_bytes(dir: &Path, name: &str, bytes: &[u8]) -> Result<Staged, OutputError> {
    let dest = dir.join(name);
    let tmp = dir.join(format!(".{name}{}{}", folder::TMP_MARK, std::process::id()));
    std::fs::write(&tmp, bytes).map_err(io_err(&tmp))?;
    Ok(Staged { tmp, dest })
}

/// Rename every staged file into place (each rename is atomic on one file system).
/// The set replaces the previous set as a whole or not at all: each earlier file is first set
/// aside, and if any rename fails the ones already made are undone and the earlier files put back.
pub fn commit(staged: Vec<Staged>) -> Result<Vec<PathBuf>, OutputError> {
    let aside = |d: &Path| -> PathBuf {
        let name = d.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        d.with_file_name(format!(".{name}.old-{}", std::process::id()))
    };
    let mut done: Vec<(PathBuf, Option<PathBuf>)> = Vec::new();
    let mut failure = None;
    for s in &staged {
        let old = if s.dest.exists() {
            let a = aside(&s.dest);
            if let Err(e) = std::fs::rename(&s.dest, &a) {
                failure = Some(io_err(&s.dest)(e));
                break;
            }
            Some(a)
        } else {
            None
        };
        if let Err(e) = std::fs::rename(&s.tmp, &s.dest) {
            if let Some(a) = &old {
                let _ = std::fs::rename(a, &s.dest);
            }
            failure = Some(io_err(&s.tmp)(e));
            break;
        }
        done.push((s.dest.clone(), old));
    }
    if let Some(e) = failure {
        // Undo: the earlier set comes back whole.
        for (dest, old) in done.into_iter().rev() {
            let _ = std::fs::remove_file(&dest);
            if let Some(a) = old {
                let _ = std::fs::rename(a, &dest);
            }
        }
        abandon(&staged);
        return Err(e);
    }
    for (_, old) in &done {
        if let Some(a) = old {
            let _ = std::fs::remove_file(a);
        }
    }
    Ok(done.into_iter().map(|(d, _)| d).collect())
}

/// Remove staged files (after a failure part-way).
pub fn abandon(staged: &[Staged]) {
    for s in staged {
        let _ = std::fs::remove_file(&s.tmp);
    }
}

/// Format a score with 4 decimals (stable across platforms).
pub fn fmt_score(x: f32) -> String {
    format!("{x:.4}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defuses_formula_starts() {
        for bad in ["=HYPERLINK(\"http://x\",\"y\")", "+1+1", "-2-cmd|' /C calc'!A0", "@SUM(1)", "\tx", "\rx", "-", "-.5", "+A1"] {
            assert!(defuse(bad).starts_with('\''), "{bad}");
        }
        // Plain numbers stay numbers (Goldstein scores are negative).
        for num in ["-5.0", "-10", "+3", "0.4"] {
            assert_eq!(defuse(num), num);
        }
        assert_eq!(defuse("Maduro"), "Maduro");
        assert_eq!(undefuse(&defuse("+MEET_WITH")), "+MEET_WITH");
        assert_eq!(undefuse("'quoted"), "'quoted");
        assert_eq!(defuse(""), "");
    }

    #[test]
    fn a_failed_commit_leaves_the_earlier_set_whole() {
        let dir = tempfile::tempdir().unwrap();
        let write_set = |a: &str, b: &str| -> Vec<Staged> { vec![stage_bytes(dir.path(), "a.csv", a.as_bytes()).unwrap(), stage_bytes(dir.path(), "b.csv", b.as_bytes()).unwrap()] };
        commit(write_set("a1", "b1")).unwrap();
        // The second file of the new set cannot be renamed into place (it vanished).
        let staged = write_set("a2", "b2");
        std::fs::remove_file(&staged[1].tmp).unwrap();
        assert!(commit(staged).is_err());
        assert_eq!(std::fs::read_to_string(dir.path().join("a.csv")).unwrap(), "a1", "a.csv is the earlier one again");
        assert_eq!(std::fs::read_to_string(dir.path().join("b.csv")).unwrap(), "b1");
        let left: Vec<String> = std::fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).filter(|n| n.starts_with('.')).collect();
        assert!(left.is_empty(), "no temporaries left: {left:?}");
    }

    #[test]
    fn table_is_invisible_until_committed_and_quoted() {
        let dir = tempfile::tempdir().unwrap();
        let mut t = Table::create(dir.path(), "x.csv", &["a", "b"], false).unwrap();
        t.row(&["say \"hi\", then", "=1+1"]).unwrap();
        let staged = t.finish().unwrap();
        assert!(!dir.path().join("x.csv").exists());
        commit(vec![staged]).unwrap();
        let s = std::fs::read_to_string(dir.path().join("x.csv")).unwrap();
        assert_eq!(s, "a,b\r\n\"say \"\"hi\"\", then\",'=1+1\r\n");
    }
}
