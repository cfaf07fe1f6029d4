//! An output folder a run owns. Three promises, each against something users did:
//!
//! - **One writer**: an exclusive lock (`.actorgraph.lock`, an OS file lock released when the
//!   process ends, even by kill -9), so a second run into the same folder is refused with a clear
//!   message instead of both leaving tables.
//! - **One complete set**: the tables are staged under temporary names; a journal naming every
//!   rename is written (atomically) before the first rename, and `manifest.json` (each file's
//!   size and SHA-256) is renamed into place last. A crash during the renames leaves the journal,
//!   and the next command that opens the folder finishes them (roll forward), so after any crash
//!   the folder holds the old set or the new one, never a mix; the manifest names that set, and
//!   `merge` checks shards against it.
//! - **Never the user's files**: a folder holding files the tool did not write (not in the
//!   manifest, not its lock, journal, cache or temporaries; hidden files aside, which the tool
//!   never touches) is refused unless `--force`, and
//!   even then only the tool's own names are written and only its own files are removed.
//!
//! Test hook: `ACTORGRAPH_COMMIT_PAUSE_MS` sleeps that long between renames, so a kill can land
//! in the rename phase.

use std::collections::BTreeMap;
use std::fs::File;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::{tables, Staged};

pub const LOCK: &str = ".actorgraph.lock";
pub const JOURNAL: &str = ".actorgraph-commit.json";
pub const MANIFEST: &str = "manifest.json";
pub const CACHE: &str = ".actorgraph-cache";
/// What a staged file's name carries: `.NAME.actorgraph-tmp-PID`.
pub const TMP_MARK: &str = ".actorgraph-tmp-";

#[derive(Debug, thiserror::Error)]
pub enum FolderError {
    #[error("{dir} is in use by another actorgraph process ({holder}); wait for it to finish or choose another --out")]
    Locked { dir: String, holder: String },
    #[error("{dir} holds files actorgraph did not write ({names}); choose an empty or new --out, or pass --force to write beside them (they are left as they are)")]
    Foreign { dir: String, names: String },
    #[error("{dir} already holds a run's output; pass --force to overwrite it, --resume to go on from it, or choose another --out")]
    EarlierRun { dir: String },
    #[error("{path}: {cause}")]
    Io { path: String, cause: std::io::Error },
    #[error("{path}: not a valid actorgraph manifest or journal ({cause})")]
    Unreadable { path: String, cause: String },
    #[error("{path} does not match the size and SHA-256 its run recorded in {manifest} (edited or cut off after the run?): re-run it")]
    Edited { path: String, manifest: String },
    #[error("{dir}: no manifest.json (not the output of an actorgraph run, or of a version before checksums): re-run it")]
    NoManifest { dir: String },
}

fn io_err(path: &Path) -> impl FnOnce(std::io::Error) -> FolderError + '_ {
    move |cause| FolderError::Io { path: path.display().to_string(), cause }
}

/// A file of the set: its size and SHA-256.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FileSum {
    pub bytes: u64,
    pub sha256: String,
}

/// `manifest.json`: the complete set a run wrote.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Manifest {
    pub tool: String,
    pub version: String,
    pub files: BTreeMap<String, FileSum>,
}

/// The renames of one commit, written before the first of them.
#[derive(Debug, Serialize, Deserialize)]
struct Journal {
    /// (temporary name, final name), the manifest last.
    renames: Vec<(String, String)>,
    /// Files of the earlier set the new one does not have (the tool wrote them).
    remove: Vec<String>,
}

/// Size and SHA-256 of a file, streamed.
pub fn sum_of(path: &Path) -> Result<FileSum, FolderError> {
    use sha2::Digest;
    let mut f = File::open(path).map_err(io_err(path))?;
    let mut h = sha2::Sha256::new();
    let mut buf = vec![0u8; 1 << 16];
    let mut bytes = 0u64;
    loop {
        let n = f.read(&mut buf).map_err(io_err(path))?;
        if n == 0 {
            break;
        }
        bytes += n as u64;
        h.update(&buf[..n]);
    }
    Ok(FileSum { bytes, sha256: format!("{:x}", h.finalize()) })
}

/// The folder's manifest, if it has one.
pub fn read_manifest(dir: &Path) -> Result<Option<Manifest>, FolderError> {
    let path = dir.join(MANIFEST);
    match std::fs::read_to_string(&path) {
        Ok(s) => serde_json::from_str(&s).map(Some).map_err(|e| FolderError::Unreadable { path: path.display().to_string(), cause: e.to_string() }),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(io_err(&path)(e)),
    }
}

/// Check every file the manifest names against its size and SHA-256 (what `merge` trusts).
pub fn verify(dir: &Path) -> Result<Manifest, FolderError> {
    let manifest = read_manifest(dir)?.ok_or_else(|| FolderError::NoManifest { dir: dir.display().to_string() })?;
    for (name, sum) in &manifest.files {
        let path = dir.join(name);
        let actual = sum_of(&path)?;
        if &actual != sum {
            return Err(FolderError::Edited { path: path.display().to_string(), manifest: dir.join(MANIFEST).display().to_string() });
        }
    }
    Ok(manifest)
}

fn is_temporary(name: &str) -> bool {
    name.starts_with('.') && name.rsplit_once(TMP_MARK).is_some_and(|(_, pid)| !pid.is_empty() && pid.bytes().all(|b| b.is_ascii_digit()))
}

/// Names in `dir` the tool did not write.
fn foreign_files(dir: &Path) -> Result<Vec<String>, FolderError> {
    let manifest = read_manifest(dir)?;
    // A set from before manifests: its run.json marks the tables as the tool's.
    let legacy = manifest.is_none() && dir.join(tables::RUN_JSON).exists();
    // A commit a kill interrupted: the files it already renamed are the tool's (the next open
    // finishes it).
    let pending: Vec<String> = std::fs::read_to_string(dir.join(JOURNAL))
        .ok()
        .and_then(|t| serde_json::from_str::<Journal>(&t).ok())
        .map(|j| j.renames.into_iter().map(|(_, dest)| dest).chain(j.remove).collect())
        .unwrap_or_default();
    // Hidden files (`.gitkeep`, `.DS_Store`) are never written or removed by the tool, so they
    // do not make a folder someone else's.
    let ours = |name: &str| {
        name.starts_with('.')
            || matches!(name, LOCK | JOURNAL | MANIFEST)
            || name.starts_with(CACHE)
            || is_temporary(name)
            || pending.iter().any(|p| p == name)
            || manifest.as_ref().is_some_and(|m| m.files.contains_key(name))
            || (legacy && tables::OUTPUT_NAMES.contains(&name))
    };
    let rd = std::fs::read_dir(dir).map_err(io_err(dir))?;
    let mut names: Vec<String> = rd.flatten().map(|e| e.file_name().to_string_lossy().into_owned()).filter(|n| !ours(n)).collect();
    names.sort();
    Ok(names)
}

fn sync_dir(dir: &Path) {
    // Make the renames durable; a file system that cannot sync a folder still renamed atomically.
    if let Ok(d) = File::open(dir) {
        let _ = d.sync_all();
    }
}

/// What a command may do with a folder that already holds output.
#[derive(Debug, Clone, Copy, Default)]
pub struct Permission {
    /// Write into a folder holding an earlier set or files the tool did not write.
    pub force: bool,
    /// Go on from an earlier set (`--resume`).
    pub go_on: bool,
}

/// An output folder held under its lock until dropped.
#[derive(Debug)]
pub struct OutputFolder {
    dir: PathBuf,
    _lock: File,
    /// Renames a crashed commit left, finished when the folder was opened.
    pub recovered: usize,
    /// Temporary files a killed run left, removed when the folder was opened.
    pub stale_removed: usize,
}

impl OutputFolder {
    /// Take the folder (created if missing): refuse foreign files and an earlier set unless
    /// permitted, lock it, finish a crashed commit and remove a killed run's temporaries.
    pub fn open(dir: &Path, permission: Permission) -> Result<Self, FolderError> {
        if dir.is_dir() && !permission.force {
            let foreign = foreign_files(dir)?;
            if !foreign.is_empty() {
                let mut names = foreign.iter().take(5).cloned().collect::<Vec<_>>().join(", ");
                if foreign.len() > 5 {
                    names.push_str(&format!(" and {} more", foreign.len() - 5));
                }
                return Err(FolderError::Foreign { dir: dir.display().to_string(), names });
            }
        }
        std::fs::create_dir_all(dir).map_err(io_err(dir))?;
        let lock_path = dir.join(LOCK);
        let mut lock = std::fs::OpenOptions::new().read(true).write(true).create(true).truncate(false).open(&lock_path).map_err(io_err(&lock_path))?;
        if let Err(e) = lock.try_lock() {
            return match e {
                std::fs::TryLockError::WouldBlock => {
                    let holder = std::fs::read_to_string(&lock_path).ok().filter(|s| !s.trim().is_empty()).map(|s| format!("pid {}", s.trim())).unwrap_or_else(|| "pid unknown".into());
                    Err(FolderError::Locked { dir: dir.display().to_string(), holder })
                }
                std::fs::TryLockError::Error(e) => Err(io_err(&lock_path)(e)),
            };
        }
        let _ = lock.set_len(0).and_then(|_| lock.write_all(std::process::id().to_string().as_bytes()));
        let mut folder = OutputFolder { dir: dir.to_path_buf(), _lock: lock, recovered: 0, stale_removed: 0 };
        folder.recovered = folder.roll_forward()?;
        folder.stale_removed = folder.remove_temporaries();
        let earlier = dir.join(MANIFEST).exists() || dir.join(tables::RUN_JSON).exists();
        if earlier && !permission.force && !permission.go_on {
            return Err(FolderError::EarlierRun { dir: dir.display().to_string() });
        }
        Ok(folder)
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Finish the renames of a commit a crash interrupted.
    fn roll_forward(&self) -> Result<usize, FolderError> {
        let path = self.dir.join(JOURNAL);
        let text = match std::fs::read_to_string(&path) {
            Ok(t) => t,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(0),
            Err(e) => return Err(io_err(&path)(e)),
        };
        let journal: Journal = serde_json::from_str(&text).map_err(|e| FolderError::Unreadable { path: path.display().to_string(), cause: e.to_string() })?;
        let n = self.apply(&journal, false)?;
        std::fs::remove_file(&path).map_err(io_err(&path))?;
        sync_dir(&self.dir);
        Ok(n)
    }

    /// The journal's renames (those not yet made) and removals.
    fn apply(&self, journal: &Journal, pause: bool) -> Result<usize, FolderError> {
        let pause = pause.then(|| std::env::var("ACTORGRAPH_COMMIT_PAUSE_MS").ok()?.parse::<u64>().ok()).flatten();
        let mut n = 0;
        for (tmp, dest) in &journal.renames {
            let (tmp, dest) = (self.dir.join(tmp), self.dir.join(dest));
            if tmp.exists() {
                std::fs::rename(&tmp, &dest).map_err(io_err(&tmp))?;
                n += 1;
                if let Some(ms) = pause {
                    std::thread::sleep(std::time::Duration::from_millis(ms));
                }
            }
        }
        for name in &journal.remove {
            let path = self.dir.join(name);
            match std::fs::remove_file(&path) {
                Err(e) if e.kind() != std::io::ErrorKind::NotFound => return Err(io_err(&path)(e)),
                _ => {}
            }
        }
        Ok(n)
    }

    /// Remove the temporary files of killed runs (only names the tool gives them, and not this
    /// process's own).
    fn remove_temporaries(&self) -> usize {
        let Ok(rd) = std::fs::read_dir(&self.dir) else { return 0 };
        let mine = format!("{TMP_MARK}{}", std::process::id());
        rd.flatten()
            .filter(|e| {
                let name = e.file_name().to_string_lossy().into_owned();
                is_temporary(&name) && !name.ends_with(&mine) && std::fs::remove_file(e.path()).is_ok()
            })
            .count()
    }

    /// Make the staged files the folder's set, in one step as far as any reader after a crash
    /// can tell (see the module comment). Returns the final paths.
    pub fn commit(&self, staged: Vec<Staged>) -> Result<Vec<PathBuf>, FolderError> {
        let result = self.commit_inner(&staged, false);
        if result.is_err() {
            super::abandon(&staged);
        }
        result
    }

    /// Replace some files of the folder's set (`report` writing the page again), the rest of the
    /// set kept in the manifest, in the same one step as [`OutputFolder::commit`].
    pub fn replace(&self, staged: Vec<Staged>) -> Result<Vec<PathBuf>, FolderError> {
        let result = self.commit_inner(&staged, true);
        if result.is_err() {
            super::abandon(&staged);
        }
        result
    }

    fn commit_inner(&self, staged: &[Staged], keep_others: bool) -> Result<Vec<PathBuf>, FolderError> {
        let name_of = |p: &Path| p.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let earlier = read_manifest(&self.dir).ok().flatten().unwrap_or_default();
        let mut manifest = Manifest { tool: "actorgraph".into(), version: env!("CARGO_PKG_VERSION").into(), files: BTreeMap::new() };
        if keep_others {
            manifest.files = earlier.files.clone();
        }
        for s in staged {
            manifest.files.insert(name_of(&s.dest), sum_of(&s.tmp)?);
        }
        let json = serde_json::to_string_pretty(&manifest).unwrap_or_default();
        let m = super::stage_bytes(&self.dir, MANIFEST, json.as_bytes()).map_err(|e| FolderError::Unreadable { path: MANIFEST.into(), cause: e.to_string() })?;
        let remove = earlier.files.keys().filter(|n| !manifest.files.contains_key(*n) && n.as_str() != MANIFEST).cloned().collect();
        let mut renames: Vec<(String, String)> = staged.iter().map(|s| (name_of(&s.tmp), name_of(&s.dest))).collect();
        renames.push((name_of(&m.tmp), MANIFEST.to_string()));
        let journal = Journal { renames, remove };
        // The journal itself appears in one rename, synced first: it is the commit point.
        let jtmp = self.dir.join(format!("{JOURNAL}{TMP_MARK}{}", std::process::id()));
        let write = || -> std::io::Result<()> {
            let mut f = File::create(&jtmp)?;
            f.write_all(serde_json::to_string(&journal).unwrap_or_default().as_bytes())?;
            f.sync_all()
        };
        if let Err(e) = write() {
            let _ = std::fs::remove_file(&m.tmp);
            return Err(io_err(&jtmp)(e));
        }
        let jpath = self.dir.join(JOURNAL);
        std::fs::rename(&jtmp, &jpath).map_err(io_err(&jtmp))?;
        sync_dir(&self.dir);
        self.apply(&journal, true)?;
        sync_dir(&self.dir);
        std::fs::remove_file(&jpath).map_err(io_err(&jpath))?;
        sync_dir(&self.dir);
        Ok(staged.iter().map(|s| s.dest.clone()).collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::output::stage_bytes;

    fn names(dir: &Path) -> Vec<String> {
        let mut v: Vec<String> = std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
        v.sort();
        v
    }

    #[test]
    fn refuses_foreign_files_and_a_second_writer() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("notes.txt"), "mine").unwrap();
        std::fs::write(dir.path().join(".draft.tmp-12"), "mine too").unwrap();
        let err = OutputFolder::open(dir.path(), Permission::default()).unwrap_err();
        assert!(matches!(err, FolderError::Foreign { .. }), "{err}");
        assert!(err.to_string().contains("notes.txt") && err.to_string().contains("--force"), "{err}");
        assert!(!dir.path().join(LOCK).exists(), "a refused folder is left as it was");
        // With --force the tool writes beside them and removes none of them.
        let f = OutputFolder::open(dir.path(), Permission { force: true, go_on: false }).unwrap();
        assert!(dir.path().join(".draft.tmp-12").exists(), "a temporary-looking file the tool did not name is kept");
        // A second writer is refused while the first holds the folder.
        let second = OutputFolder::open(dir.path(), Permission { force: true, go_on: false }).unwrap_err();
        assert!(matches!(second, FolderError::Locked { .. }), "{second}");
        assert!(second.to_string().contains(&std::process::id().to_string()), "{second}");
        drop(f);
        assert!(OutputFolder::open(dir.path(), Permission { force: true, go_on: false }).is_ok(), "free again once the first is done");
        // A folder holding only hidden files (a checkout's `.gitkeep`) is free to use.
        let kept = tempfile::tempdir().unwrap();
        std::fs::write(kept.path().join(".gitkeep"), "").unwrap();
        assert!(OutputFolder::open(kept.path(), Permission::default()).is_ok());
        assert!(kept.path().join(".gitkeep").exists());
    }

    #[test]
    fn commit_writes_a_manifest_and_replaces_the_set() {
        let dir = tempfile::tempdir().unwrap();
        let f = OutputFolder::open(dir.path(), Permission::default()).unwrap();
        f.commit(vec![stage_bytes(dir.path(), "a.csv", b"a1").unwrap(), stage_bytes(dir.path(), "old.csv", b"o").unwrap()]).unwrap();
        f.commit(vec![stage_bytes(dir.path(), "a.csv", b"a2").unwrap()]).unwrap();
        assert_eq!(names(dir.path()), vec![LOCK, "a.csv", MANIFEST], "the earlier set's own file is gone, nothing else left");
        let m = verify(dir.path()).unwrap();
        assert_eq!(m.files.keys().collect::<Vec<_>>(), vec!["a.csv"]);
        drop(f);
        // An earlier set is not overwritten without permission; --resume goes on from it.
        assert!(matches!(OutputFolder::open(dir.path(), Permission::default()), Err(FolderError::EarlierRun { .. })));
        assert!(OutputFolder::open(dir.path(), Permission { force: false, go_on: true }).is_ok());
        // Writing one file again keeps the rest of the set.
        let f = OutputFolder::open(dir.path(), Permission { force: false, go_on: true }).unwrap();
        f.replace(vec![stage_bytes(dir.path(), "b.csv", b"b").unwrap()]).unwrap();
        assert_eq!(verify(dir.path()).unwrap().files.keys().collect::<Vec<_>>(), vec!["a.csv", "b.csv"]);
        drop(f);
        // A file edited after the run no longer verifies.
        std::fs::write(dir.path().join("a.csv"), "a3").unwrap();
        let err = verify(dir.path()).unwrap_err();
        assert!(matches!(err, FolderError::Edited { .. }) && err.to_string().contains("a.csv"), "{err}");
    }

    #[test]
    fn a_crash_during_the_renames_is_finished_by_the_next_open() {
        let dir = tempfile::tempdir().unwrap();
        let f = OutputFolder::open(dir.path(), Permission::default()).unwrap();
        f.commit(vec![stage_bytes(dir.path(), "a.csv", b"a1").unwrap(), stage_bytes(dir.path(), "b.csv", b"b1").unwrap()]).unwrap();
        // Simulate a kill after the journal and the first rename of a second commit.
        let staged = vec![stage_bytes(dir.path(), "a.csv", b"a2").unwrap(), stage_bytes(dir.path(), "b.csv", b"b2").unwrap()];
        let mut files = BTreeMap::new();
        for s in &staged {
            files.insert(s.dest.file_name().unwrap().to_string_lossy().into_owned(), sum_of(&s.tmp).unwrap());
        }
        let m = stage_bytes(dir.path(), MANIFEST, serde_json::to_string(&Manifest { tool: "actorgraph".into(), version: "x".into(), files }).unwrap().as_bytes()).unwrap();
        let name = |p: &Path| p.file_name().unwrap().to_string_lossy().into_owned();
        let journal = Journal { renames: vec![(name(&staged[0].tmp), "a.csv".into()), (name(&staged[1].tmp), "b.csv".into()), (name(&m.tmp), MANIFEST.into())], remove: vec![] };
        std::fs::write(dir.path().join(JOURNAL), serde_json::to_string(&journal).unwrap()).unwrap();
        std::fs::rename(&staged[0].tmp, &staged[0].dest).unwrap();
        drop(f);
        assert!(verify(dir.path()).is_err(), "mid-commit the old manifest does not match: a reader can tell");
        let again = OutputFolder::open(dir.path(), Permission { force: true, go_on: false }).unwrap();
        assert_eq!(again.recovered, 2);
        verify(dir.path()).unwrap();
        assert_eq!(std::fs::read_to_string(dir.path().join("b.csv")).unwrap(), "b2", "the new set, whole");
        assert_eq!(names(dir.path()), vec![LOCK, "a.csv", "b.csv", MANIFEST]);
    }

    #[test]
    fn a_first_commit_killed_mid_way_is_the_tools_own_folder() {
        let dir = tempfile::tempdir().unwrap();
        let f = OutputFolder::open(dir.path(), Permission::default()).unwrap();
        let staged = vec![stage_bytes(dir.path(), "a.csv", b"a1").unwrap(), stage_bytes(dir.path(), "b.csv", b"b1").unwrap()];
        let name = |p: &Path| p.file_name().unwrap().to_string_lossy().into_owned();
        let journal = Journal { renames: vec![(name(&staged[0].tmp), "a.csv".into()), (name(&staged[1].tmp), "b.csv".into())], remove: vec![] };
        std::fs::write(dir.path().join(JOURNAL), serde_json::to_string(&journal).unwrap()).unwrap();
        std::fs::rename(&staged[0].tmp, &staged[0].dest).unwrap();
        drop(f);
        // No manifest yet, a.csv already renamed: not a foreign file, and --resume finishes it.
        let again = OutputFolder::open(dir.path(), Permission { force: false, go_on: true }).unwrap();
        assert_eq!(again.recovered, 1);
        assert_eq!(std::fs::read_to_string(dir.path().join("b.csv")).unwrap(), "b1");
    }

    #[test]
    fn a_failed_commit_leaves_the_earlier_set_whole() {
        let dir = tempfile::tempdir().unwrap();
        let f = OutputFolder::open(dir.path(), Permission::default()).unwrap();
        f.commit(vec![stage_bytes(dir.path(), "a.csv", b"a1").unwrap()]).unwrap();
        let staged = vec![stage_bytes(dir.path(), "a.csv", b"a2").unwrap(), stage_bytes(dir.path(), "b.csv", b"b2").unwrap()];
        std::fs::remove_file(&staged[1].tmp).unwrap();
        assert!(f.commit(staged).is_err());
        verify(dir.path()).unwrap();
        assert_eq!(std::fs::read_to_string(dir.path().join("a.csv")).unwrap(), "a1");
        assert_eq!(names(dir.path()), vec![LOCK, "a.csv", MANIFEST], "no temporaries left");
    }
}
