//! Finding and loading what a command needs: the output folder, the shipped model, registry,
//! verb table and part-of-speech model (options, environment, working directory, installed
//! share folder, checkout), with errors that say what to do.

use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};

use crate::events::{EventCoder, EventOptions, VerbTable};
use crate::link::{Linker, Registry};
use crate::ner::bert::BertTagger;
use crate::ner::encoder::{CpuFeatures, Precision};
use super::*;

/// Take the output folder: locked for this process, an interrupted commit finished, refused if
/// it holds an earlier run (unless --force/--resume) or files the tool did not write (--force).
pub(super) fn open_out_dir(out: &Path, permission: crate::output::folder::Permission) -> Result<crate::output::folder::OutputFolder> {
    let folder = crate::output::folder::OutputFolder::open(out, permission)?;
    if folder.recovered > 0 {
        tracing::warn!(files = folder.recovered, "finished the renames of a run that was killed while replacing its tables");
    }
    if folder.stale_removed > 0 {
        tracing::warn!(files = folder.stale_removed, "removed temporary files an interrupted run left in the output folder");
    }
    Ok(folder)
}

/// Where a shipped data folder or file is: the environment variable if set, else the path
/// relative to the working directory, to the installed share folder beside the binary
/// (`PREFIX/bin/actorgraph` → `PREFIX/share/actorgraph/`), or to the checkout a build runs from
/// (`target/release/actorgraph` → the repository root). `Err` lists the places tried.
pub fn locate(env: &str, rel: &str) -> std::result::Result<PathBuf, String> {
    if let Some(v) = std::env::var_os(env).filter(|v| !v.is_empty()) {
        let p = PathBuf::from(v);
        return if p.exists() { Ok(p) } else { Err(format!("{env}={} does not exist", p.display())) };
    }
    let mut tried = vec![PathBuf::from(rel)];
    if let Some(dir) = std::env::current_exe().ok().and_then(|e| e.canonicalize().ok()).and_then(|e| e.parent().map(Path::to_path_buf)) {
        tried.push(dir.join("../share/actorgraph").join(rel));
        tried.push(dir.join("../..").join(rel));
    }
    match tried.iter().find(|p| p.exists()) {
        Some(p) => Ok(p.clone()),
        None => Err(format!("not found in {} (set {env})", tried.iter().map(|p| p.display().to_string()).collect::<Vec<_>>().join(", "))),
    }
}

/// The paths given, or the shipped default found by [`locate`].
pub(super) fn or_default(given: &[PathBuf], env: &str, rel: &str, what: &str) -> Result<Vec<PathBuf>> {
    if !given.is_empty() {
        let missing: Vec<String> = given.iter().filter(|p| !p.exists()).map(|p| p.display().to_string()).collect();
        if !missing.is_empty() {
            bail!("{what} not found: {}", missing.join(", "));
        }
        return Ok(given.to_vec());
    }
    match locate(env, rel) {
        Ok(p) => Ok(vec![p]),
        Err(e) => bail!("no {what} given and the shipped one is {e}"),
    }
}

/// The linker over the registry: the files given, or the shipped one; a missing registry is an
/// error unless `none` (`--no-registry`); `base`: with its base layer (else `--no-base-layer`).
pub fn load_linker_opt(paths: &[PathBuf], none: bool, base: bool) -> Result<Linker> {
    if none {
        return Ok(Linker::new(Registry::load(&[]).context("empty registry")?));
    }
    let paths = or_default(paths, "ACTORGRAPH_ACTORS", DEFAULT_ACTORS, "actor registry")
        .map_err(|e| anyhow::anyhow!("{e:#}; pass --actors DIR, or --no-registry to make every actor provisional"))?;
    let registry = Registry::load(&paths).context("the actor registry has problems (fix them, then run `actorgraph actors check`)")?;
    Ok(Linker::new(if base { registry } else { registry.without_base() }))
}

pub fn load_linker(paths: &[PathBuf]) -> Result<Linker> {
    load_linker_opt(paths, false, true)
}

pub fn load_coder(paths: &[PathBuf], pos_model: &Path, opts: EventOptions) -> Result<(EventCoder, String)> {
    let verbs = VerbTable::load(paths).context("cannot load the verb table (pass --verbs FILE_OR_DIR; check it with `actorgraph verbs check`)")?;
    if verbs.verbs.is_empty() {
        bail!("the verb table in {} holds no verbs", paths.iter().map(|p| p.display().to_string()).collect::<Vec<_>>().join(", "));
    }
    let pos = crate::pos::PosTagger::load(pos_model).context("cannot load the part-of-speech model (pass --pos-model FILE)")?;
    let pos_sha = std::fs::read(pos_model).map(|b| crate::util::sha256_hex(&b)).unwrap_or_default();
    Ok((EventCoder::new(verbs, pos, opts), pos_sha))
}

pub(super) fn model_checksum(dir: &Path) -> String {
    let files = crate::ner::bert::ModelFiles::inspect(dir);
    match files.ok().and_then(|f| std::fs::read(&f.weights).ok()) {
        Some(b) => crate::util::sha256_hex(&b),
        None => String::new(),
    }
}

/// Load a model folder for inference at the asked precision (`auto`: chosen for this CPU), and
/// say why it runs at the precision it does.
pub(super) fn load_tagger(dir: &Path, how: &InferenceArgs) -> Result<(BertTagger, String)> {
    let (precision, why) = how.precision.resolve(CpuFeatures::detect());
    let mut tagger = BertTagger::load(dir).with_context(|| format!("cannot load the model in {}", dir.display()))?;
    if how.reference_pass {
        tagger.use_reference_pass();
        return Ok((tagger, "rust-bert's forward pass (fp32)".into()));
    }
    if precision == Precision::F32 {
        return Ok((tagger, why.into()));
    }
    // int8 needs fbgemm (an x86-64 CPU with AVX2); anywhere else the run goes on in f32.
    match tagger.set_precision(precision) {
        Ok(()) => Ok((tagger, why.into())),
        Err(e) => {
            tracing::warn!(error = %e, "{precision:?} is not available here; running the model in f32 (pass --precision f32 to silence this)");
            tagger.set_precision(Precision::F32)?;
            Ok((tagger, format!("{precision:?} was not available ({e}): fp32")))
        }
    }
}

