//! The command line: argument parsing, progress bars, the end-of-run summary and exit codes.
//! Everything else is library code that never prints.
//!
//! Exit codes: 0 every input processed or skipped by policy (empty, duplicate, unsupported, too
//! large: listed in `documents.csv`), 1 some inputs failed (unreadable, undecodable), 2 the run
//! could not start (bad arguments, model or registry).

use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use anyhow::{bail, Context, Result};
use clap::{Args, Parser, Subcommand};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use crate::events::{EventCoder, EventOptions, VerbTable};
use crate::link::{Linker, Registry};
use crate::ner::bert::BertTagger;
use crate::ner::encoder::Precision;
use crate::ner::NerOptions;
use crate::output::{self, tables};
use crate::pipeline::{self, RunOptions};
use crate::relate::Window;
use crate::tags::Scheme;

/// Where the shipped model lives, relative to the working directory.
pub const DEFAULT_MODEL: &str = "models/ner-minilm-conll";
/// Where the shipped actor registry lives.
pub const DEFAULT_ACTORS: &str = "actors";
/// Where the shipped verb table lives.
pub const DEFAULT_VERBS: &str = "verbs";
/// Where the shipped part-of-speech model lives.
pub const DEFAULT_POS: &str = "models/pos-ewt/pos.bin";

#[derive(Parser, Debug)]
#[command(name = "actorgraph", version, about = "News articles in, actor networks out: clean, transformer NER, registry linking, relations, CSV.")]
pub struct Cli {
    /// Worker threads (default: all cores). Model calls run in parallel, one per worker, each
    /// single-threaded, so the default stays fast beside a busy neighbour; `train` gives
    /// libtorch all of them.
    #[arg(short = 'j', long, global = true)]
    pub threads: Option<usize>,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Run the whole pipeline over files or folders and write the tables.
    Run(RunArgs),
    /// Score a model on CoNLL files (entity-level, strict, seqeval-compatible), or a run's
    /// events against a gold file (`eval events`).
    Eval(EvalArgs),
    /// Fine-tune a BERT-family encoder for NER on CoNLL files.
    Train(TrainArgs),
    /// Train the part-of-speech tagger the events stage uses, on CoNLL-U files (XPOS column).
    TrainPos {
        /// Training files (CoNLL-U, XPOS column).
        #[arg(long, required = true, num_args = 1..)]
        train: Vec<PathBuf>,
        /// Held-out CoNLL-U files to report accuracy on.
        #[arg(long, num_args = 1..)]
        test: Vec<PathBuf>,
        /// Output model file (e.g. models/pos-ewt/pos.bin).
        #[arg(long)]
        out: PathBuf,
        /// Passes over the training data (12 was best on EWT dev).
        #[arg(long, default_value_t = 12)]
        iterations: usize,
    },
    /// Write the cleaned text of each input, for checking the cleaner by eye.
    Clean(CleanArgs),
    /// Check or import actor registries.
    #[command(subcommand)]
    Actors(ActorsCommand),
    /// Check or import verb tables (the CAMEO event dictionary).
    #[command(subcommand)]
    Verbs(VerbsCommand),
    /// Show how one text is read: its words with part-of-speech tags and linked actors, and the
    /// events coded from it.
    Explain {
        /// The text (one or more sentences).
        text: String,
        /// Model folder.
        #[arg(long, default_value = DEFAULT_MODEL)]
        model: PathBuf,
        /// Actor registry files or folders.
        #[arg(long = "actors", default_value = DEFAULT_ACTORS)]
        actors: Vec<PathBuf>,
        /// Verb table files or folders.
        #[arg(long = "verbs", default_value = DEFAULT_VERBS)]
        verbs: Vec<PathBuf>,
        /// Part-of-speech model file.
        #[arg(long, default_value = DEFAULT_POS)]
        pos_model: PathBuf,
    },
    /// Show what a run would use: model, registry, verb table, part-of-speech model, libtorch,
    /// int8 availability and threads.
    Info,
    /// Merge the output folders of runs over disjoint inputs into one.
    Merge(MergeArgs),
    /// Rebuild report.html of a run's output folder from its tables.
    Report {
        /// The output folder of `actorgraph run` (or `merge`).
        run: PathBuf,
    },
}

#[derive(Args, Debug)]
pub struct RunArgs {
    /// Files or folders of articles (folders are searched recursively).
    #[arg(required = true)]
    pub inputs: Vec<PathBuf>,
    /// Output folder (never read as input, even inside an input folder).
    #[arg(short = 'o', long, default_value = "output")]
    pub out: PathBuf,
    /// Model folder (Hugging Face BERT-family token classifier) [default: $ACTORGRAPH_MODEL, or the
    /// shipped model beside the binary or in the working directory].
    #[arg(long)]
    pub model: Option<PathBuf>,
    /// Actor registry CSV files or folders of them [default: $ACTORGRAPH_ACTORS, or the shipped
    /// registry].
    #[arg(long = "actors")]
    pub actors: Vec<PathBuf>,
    /// Run with no actor registry at all: every actor provisional.
    #[arg(long, conflicts_with = "actors")]
    pub no_registry: bool,
    /// Verb table for event coding: CSV files (or PETRARCH verb dictionaries, *.txt) or folders
    /// [default: $ACTORGRAPH_VERBS, or the shipped table].
    #[arg(long = "verbs")]
    pub verbs: Vec<PathBuf>,
    /// Code events between provisional actors too (default: registry actors only).
    #[arg(long)]
    pub provisional_events: bool,
    /// Part-of-speech model for event coding (`actorgraph train-pos` makes one) [default: the
    /// shipped model].
    #[arg(long)]
    pub pos_model: Option<PathBuf>,
    /// Co-occurrence window.
    #[arg(long, value_enum, default_value_t = Window::Sentence)]
    pub window: Window,
    /// Period timeline.csv counts by (documents need a JSONL `date`).
    #[arg(long, value_enum, default_value_t = crate::output::graph::Period::Month)]
    pub period: crate::output::graph::Period,
    /// Files larger than this are skipped (MB).
    #[arg(long, default_value_t = 16.0)]
    pub max_file_mb: f64,
    /// Decode invalid UTF-8 with replacement characters instead of refusing the file.
    #[arg(long)]
    pub lossy: bool,
    /// Overwrite an earlier run's output in --out.
    #[arg(long)]
    pub force: bool,
    /// Reuse the results cached in --out by an earlier or interrupted run with the same model,
    /// registry and options: only new or changed articles are processed.
    #[arg(long)]
    pub resume: bool,
    /// Start CSV files with a UTF-8 byte-order mark so Excel shows accents.
    #[arg(long)]
    pub excel: bool,
    /// Write cells exactly as the text has them, for pandas, R or a database (by default a cell
    /// that a spreadsheet would run as a formula gets a leading ').
    #[arg(long, conflicts_with = "excel")]
    pub raw_cells: bool,
    /// Documents per batch (bounds memory).
    #[arg(long, default_value_t = 256)]
    pub batch_docs: usize,
    /// Most windows in one model call (small batches stay in the CPU caches).
    #[arg(long, default_value_t = crate::ner::DEFAULT_BATCH_WINDOWS)]
    pub batch_windows: usize,
    /// Process only shard K of N (e.g. 2/8), chosen by content hash; join shards with `merge`.
    #[arg(long)]
    pub shard: Option<pipeline::Shard>,
    #[command(flatten)]
    pub inference: InferenceArgs,
}

/// How the model runs, for `run` and `eval` alike.
#[derive(Args, Debug)]
pub struct InferenceArgs {
    /// Arithmetic of the encoder's linear layers: int8 (fbgemm kernels, CPU) or f32 (the trained
    /// weights exactly). On the shipped model int8 runs 1.3-1.5x faster; CoNLL dev F1 0.9424 vs 0.9415.
    #[arg(long, default_value = "int8")]
    pub precision: Precision,
    /// Run rust-bert's own forward pass instead of the inference pass (for benchmarks).
    #[arg(long, hide = true)]
    pub reference_pass: bool,
}

#[derive(Args, Debug)]
#[command(args_conflicts_with_subcommands = true, subcommand_negates_reqs = true)]
pub struct EvalArgs {
    #[command(subcommand)]
    pub what: Option<EvalWhat>,
    /// Model folder.
    #[arg(long, default_value = DEFAULT_MODEL)]
    pub model: PathBuf,
    /// CoNLL files (token first, tag last).
    #[arg(long, required = true, num_args = 1..)]
    pub gold: Vec<PathBuf>,
    /// Tag scheme of the gold files (iob1, iob2, iobes); detected when left out.
    #[arg(long)]
    pub scheme: Option<Scheme>,
    /// Write metrics.csv and predictions.conll here.
    #[arg(long)]
    pub out: Option<PathBuf>,
    /// A second model to compare against, on the same files.
    #[arg(long)]
    pub compare: Option<PathBuf>,
    #[command(flatten)]
    pub inference: InferenceArgs,
}

/// A run to score against a gold file, and maybe a second run to compare.
#[derive(Args, Debug)]
pub struct ScoreRunArgs {
    /// Gold CSV.
    #[arg(long)]
    pub gold: PathBuf,
    /// Output folder of the run to score.
    #[arg(long)]
    pub run: PathBuf,
    /// A second run to compare against.
    #[arg(long)]
    pub compare: Option<PathBuf>,
}

#[derive(Subcommand, Debug)]
pub enum EvalWhat {
    /// Score a run's links (mentions.csv) against a gold links CSV (doc_id,start,end,actor_id):
    /// mention-level and document-level precision, recall and F1 of registry links.
    Links(ScoreRunArgs),
    /// Score a run's events.csv against a gold events CSV (doc_id,sentence,source,target,code):
    /// precision, recall and F1 for source-target pairs, plus quad class, plus CAMEO root.
    Events {
        #[command(flatten)]
        score: ScoreRunArgs,
        /// Score every event, also negated, future, possible and reported ones.
        #[arg(long)]
        all: bool,
    },
}

#[derive(Args, Debug)]
pub struct TrainArgs {
    /// Base encoder folder (config.json, vocab.txt, safetensors).
    #[arg(long)]
    pub base: PathBuf,
    /// Training files (CoNLL: token first, tag last).
    #[arg(long, required = true, num_args = 1..)]
    pub train: Vec<PathBuf>,
    /// Development files: the best epoch by their F1 is kept (the training data when none).
    #[arg(long, num_args = 1..)]
    pub dev: Vec<PathBuf>,
    /// Output model folder (resumes from its checkpoint if interrupted).
    #[arg(long)]
    pub out: PathBuf,
    /// Tag scheme of the files (iob1, iob2, iobes); detected when left out.
    #[arg(long)]
    pub scheme: Option<Scheme>,
    /// Passes over the training data.
    #[arg(long, default_value_t = 3)]
    pub epochs: usize,
    /// Peak learning rate (linear warm-up over 6 % of steps, then linear decay).
    #[arg(long, default_value_t = 1e-4)]
    pub lr: f64,
    /// Windows per optimiser step.
    #[arg(long, default_value_t = 16)]
    pub batch: usize,
    /// Pieces per training window (special tokens excluded).
    #[arg(long, default_value_t = 126)]
    pub window_pieces: usize,
    /// Random seed (shuffling, dropout, new layers).
    #[arg(long, default_value_t = 13)]
    pub seed: u64,
    /// Do not feed the capitalisation class through token_type_ids.
    #[arg(long)]
    pub no_case_feature: bool,
    /// Save fp32 weights instead of fp16.
    #[arg(long)]
    pub fp32: bool,
    /// Stop after this many optimiser steps.
    #[arg(long)]
    pub max_steps: Option<usize>,
}

#[derive(Args, Debug)]
pub struct CleanArgs {
    /// Files or folders of articles.
    #[arg(required = true)]
    pub inputs: Vec<PathBuf>,
    /// Folder for the cleaned texts (one file per document).
    #[arg(short = 'o', long)]
    pub out: PathBuf,
    /// Write one sentence a line, numbered as in mentions.csv and events.csv (`N<TAB>sentence`).
    #[arg(long)]
    pub sentences: bool,
}

#[derive(Subcommand, Debug)]
pub enum ActorsCommand {
    /// Validate registry files; prints each problem with file and line.
    Check {
        /// Files or folders to check.
        #[arg(default_value = DEFAULT_ACTORS)]
        paths: Vec<PathBuf>,
    },
    /// Convert a CAMEO/PETRARCH actor dictionary into registry CSV.
    Import {
        /// The PETRARCH/TABARI dictionary file to convert.
        #[arg(long)]
        petrarch: PathBuf,
        /// The CSV file to write.
        #[arg(long)]
        out: PathBuf,
    },
}

#[derive(Subcommand, Debug)]
pub enum VerbsCommand {
    /// Load verb tables and report what they hold, or the first problem with file and line.
    Check {
        /// Files or folders to check.
        #[arg(default_value = DEFAULT_VERBS)]
        paths: Vec<PathBuf>,
    },
    /// Convert a PETRARCH2/TABARI verb dictionary (e.g. CAMEO.2.0.txt) into verb table CSV.
    Import {
        /// The PETRARCH/TABARI dictionary file to convert.
        #[arg(long)]
        petrarch: PathBuf,
        /// The CSV file to write.
        #[arg(long)]
        out: PathBuf,
    },
}

#[derive(Args, Debug)]
pub struct MergeArgs {
    /// Output folders of `run --shard K/N` (or of runs over disjoint inputs) to join.
    #[arg(required = true, num_args = 1..)]
    pub runs: Vec<PathBuf>,
    /// Output folder for the merged tables.
    #[arg(short = 'o', long)]
    pub out: PathBuf,
    /// Overwrite an earlier output in --out.
    #[arg(long)]
    pub force: bool,
    /// Start CSV files with a UTF-8 byte-order mark so Excel shows accents.
    #[arg(long)]
    pub excel: bool,
}

/// Process entry point.
pub fn main() -> ExitCode {
    // Like any Unix filter, stop quietly when the reader goes away (`actorgraph ... | head`).
    // SAFETY: restoring the default disposition of one signal before any thread starts.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
    let filter = tracing_subscriber::EnvFilter::try_from_default_env().unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("warn"));
    tracing_subscriber::fmt().with_env_filter(filter).with_ansi(std::io::stderr().is_terminal()).with_writer(std::io::stderr).init();
    let cli = Cli::parse();
    let threads = cli.threads.unwrap_or_else(|| std::thread::available_parallelism().map(|n| n.get()).unwrap_or(2));

    // Inference runs one model call per rayon worker with libtorch single-threaded (see
    // ner::score_sequences: no OpenMP team to spin-wait on a shared machine); training is one
    // long sequence of large products and gives libtorch every thread.
    let torch_threads = if matches!(cli.command, Command::Train(_)) { threads } else { 1 };
    tch::set_num_threads(torch_threads as i32);
    // OpenMP's thread count is per thread: each worker sets its own, or libtorch would give
    // every worker a team of all cores (workers x cores threads spin-waiting on 2 cores).
    let _ = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .start_handler(move |_| tch::set_num_threads(torch_threads as i32))
        .build_global();
    tch::set_num_interop_threads(1);
    let result = match cli.command {
        Command::Run(a) => cmd_run(a),
        Command::Eval(a) => match a.what {
            Some(EvalWhat::Events { score: s, all }) => cmd_eval_events(&s.gold, &s.run, s.compare.as_deref(), all).map(|_| 0),
            Some(EvalWhat::Links(s)) => cmd_eval_links(&s.gold, &s.run, s.compare.as_deref()).map(|_| 0),
            None => cmd_eval(a).map(|_| 0),
        },
        Command::Train(a) => cmd_train(a).map(|_| 0),
        Command::Clean(a) => cmd_clean(a),
        Command::TrainPos { train, test, out, iterations } => cmd_train_pos(&train, &test, &out, iterations).map(|_| 0),
        Command::Actors(a) => cmd_actors(a),
        Command::Verbs(a) => cmd_verbs(a),
        Command::Explain { text, model, actors, verbs, pos_model } => cmd_explain(&text, &model, &actors, &verbs, &pos_model).map(|_| 0),
        Command::Merge(a) => cmd_merge(a).map(|_| 0),
        Command::Info => cmd_info(threads).map(|_| 0),
        Command::Report { run } => {
            (|| -> Result<u8> {
                let t = tables::Tables::read(&run).with_context(|| format!("cannot read the tables in {} (is it a run's output folder?)", run.display()))?;
                let staged = output::stage_bytes(&run, tables::REPORT, output::report::html(&t).as_bytes())?;
                output::commit(vec![staged])?;
                println!("report written to {}", run.join(tables::REPORT).display());
                Ok(0)
            })()
        }
    };
    match result {
        Ok(code) => ExitCode::from(code),
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::from(2)
        }
    }
}

fn progress_bar(len: u64, what: &str) -> ProgressBar {
    let pb = ProgressBar::new(len);
    if !std::io::stderr().is_terminal() || !std::io::stdout().is_terminal() {
        pb.set_draw_target(ProgressDrawTarget::hidden());
    }
    if let Ok(style) = ProgressStyle::with_template(&format!("{{spinner}} {what} [{{bar:30}}] {{pos}}/{{len}} {{msg}} ETA {{eta}}")) {
        pb.set_style(style.progress_chars("=> "));
    }
    pb
}

/// Progress of a run: a bar on a terminal; on a log (Slurm, CI, a pipe), a plain line every 10
/// seconds, so a long job shows it is alive and how fast it goes.
struct BarProgress {
    bar: ProgressBar,
    plain: bool,
    started: Instant,
    state: std::sync::Mutex<(usize, usize, Instant)>,
}

impl BarProgress {
    fn new() -> Self {
        let bar = progress_bar(0, "documents");
        let plain = !std::io::stderr().is_terminal();
        BarProgress { bar, plain, started: Instant::now(), state: std::sync::Mutex::new((0, 0, Instant::now())) }
    }
}

impl pipeline::Progress for BarProgress {
    fn start(&self, files: usize) {
        self.bar.set_length(files as u64);
        if self.plain {
            eprintln!("actorgraph: {files} input files");
        }
    }
    fn files_done(&self, n: usize) {
        self.bar.inc(n as u64);
        let Ok(mut st) = self.state.lock() else { return };
        st.0 += n;
        if self.plain {
            eprintln!("actorgraph: {}/{} files done, {:.0} s", st.0, self.bar.length().unwrap_or(0), self.started.elapsed().as_secs_f64());
        }
    }
    fn windows(&self, done: usize, total: usize, words: usize) {
        let Ok(mut st) = self.state.lock() else { return };
        let secs = self.started.elapsed().as_secs_f64();
        let batch_words = words * done / total.max(1);
        let rate = (st.1 + batch_words) as f64 / secs.max(1e-9);
        if done == total {
            st.1 += words;
        }
        self.bar.set_message(format!("model {done}/{total} windows, {rate:.0} words/s"));
        if self.plain && st.2.elapsed().as_secs() >= 10 {
            st.2 = Instant::now();
            eprintln!("actorgraph: {} files done, batch {done}/{total} windows, {rate:.0} words/s, {secs:.0} s", st.0);
        }
    }
}

/// Refuse to overwrite an earlier run unless asked.
fn check_out_dir(out: &Path, force: bool) -> Result<()> {
    if out.join(tables::RUN_JSON).exists() && !force {
        bail!("{} already holds a run's output; pass --force to overwrite it, or choose another --out", out.display());
    }
    std::fs::create_dir_all(out).with_context(|| format!("cannot create output folder {}", out.display()))
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
fn or_default(given: &[PathBuf], env: &str, rel: &str, what: &str) -> Result<Vec<PathBuf>> {
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

/// The registry: the files given, or the shipped one; a missing registry is an error unless
/// `none` (`--no-registry`).
pub fn load_linker_opt(paths: &[PathBuf], none: bool) -> Result<Linker> {
    if none {
        return Ok(Linker::new(Registry::load(&[]).context("empty registry")?));
    }
    let paths = or_default(paths, "ACTORGRAPH_ACTORS", DEFAULT_ACTORS, "actor registry")
        .map_err(|e| anyhow::anyhow!("{e:#}; pass --actors DIR, or --no-registry to make every actor provisional"))?;
    let registry = Registry::load(&paths).context("the actor registry has problems (fix them, then run `actorgraph actors check`)")?;
    Ok(Linker::new(registry))
}

pub fn load_linker(paths: &[PathBuf]) -> Result<Linker> {
    load_linker_opt(paths, false)
}

pub fn load_coder(paths: &[PathBuf], pos_model: &Path, provisional: bool) -> Result<(EventCoder, String)> {
    let verbs = VerbTable::load(paths).context("cannot load the verb table (pass --verbs FILE_OR_DIR; check it with `actorgraph verbs check`)")?;
    if verbs.verbs.is_empty() {
        bail!("the verb table in {} holds no verbs", paths.iter().map(|p| p.display().to_string()).collect::<Vec<_>>().join(", "));
    }
    let pos = crate::pos::PosTagger::load(pos_model).context("cannot load the part-of-speech model (pass --pos-model FILE)")?;
    let pos_sha = std::fs::read(pos_model).map(|b| crate::util::sha256_hex(&b)).unwrap_or_default();
    Ok((EventCoder::new(verbs, pos, EventOptions { provisional }), pos_sha))
}

fn model_checksum(dir: &Path) -> String {
    let files = crate::ner::bert::ModelFiles::inspect(dir);
    match files.ok().and_then(|f| std::fs::read(&f.weights).ok()) {
        Some(b) => crate::util::sha256_hex(&b),
        None => String::new(),
    }
}

/// Load a model folder for inference at the asked precision.
fn load_tagger(dir: &Path, how: &InferenceArgs) -> Result<BertTagger> {
    let (precision, reference_pass) = (how.precision, how.reference_pass);
    let mut tagger = BertTagger::load(dir).with_context(|| format!("cannot load the model in {}", dir.display()))?;
    if reference_pass {
        tagger.use_reference_pass();
    } else if precision != Precision::F32 {
        // int8 needs fbgemm (an x86-64 CPU with AVX2); anywhere else the run goes on in f32.
        if let Err(e) = tagger.set_precision(precision) {
            tracing::warn!(error = %e, "int8 is not available here; running the model in f32 (pass --precision f32 to silence this)");
            tagger.set_precision(Precision::F32)?;
        }
    }
    Ok(tagger)
}

fn cmd_run(a: RunArgs) -> Result<u8> {
    let started = Instant::now();
    let inputs = a.inputs.clone();
    let missing: Vec<String> = inputs.iter().filter(|p| std::fs::symlink_metadata(p).is_err()).map(|p| p.display().to_string()).collect();
    if missing.len() == inputs.len() {
        bail!("no input found: {} (check the path)", missing.join(", "));
    }
    check_out_dir(&a.out, a.force || a.resume)?;
    let stale = output::remove_stale_temporaries(&a.out);
    if stale > 0 {
        tracing::warn!(files = stale, "removed temporary files an interrupted run left in the output folder");
    }
    let linker = load_linker_opt(&a.actors, a.no_registry)?;
    let verbs = or_default(&a.verbs, "ACTORGRAPH_VERBS", DEFAULT_VERBS, "verb table")?;
    let pos_model = or_default(a.pos_model.as_slice(), "ACTORGRAPH_POS_MODEL", DEFAULT_POS, "part-of-speech model")?.remove(0);
    let (coder, pos_sha) = load_coder(&verbs, &pos_model, a.provisional_events)?;
    let model = or_default(a.model.as_slice(), "ACTORGRAPH_MODEL", DEFAULT_MODEL, "model folder")?.remove(0);
    let tagger = load_tagger(&model, &a.inference)?;
    let model_sha = model_checksum(&model);
    // Everything a document's results depend on, in one value: the cache is keyed by its hash and
    // run.json records it, so an option cannot change results without changing the key.
    let results_key = serde_json::json!({
        "version": env!("CARGO_PKG_VERSION"),
        "model_sha256": model_sha,
        "precision": tagger.precision(),
        "forward_pass": if a.inference.reference_pass { "rust-bert" } else { "actorgraph" },
        "registry_sha256": linker.registry.checksum,
        "verbs_sha256": coder.verbs.checksum,
        "pos_model_sha256": pos_sha,
        "window": format!("{:?}", a.window).to_lowercase(),
        "provisional_events": a.provisional_events,
        "lossy": a.lossy,
        "max_file_mb": a.max_file_mb,
    });
    let fingerprint = crate::util::sha256_hex(results_key.to_string().as_bytes());
    let opts = RunOptions {
        inputs: inputs.clone(),
        exclude: vec![a.out.clone()],
        read: crate::input::ReadOptions { max_bytes: (a.max_file_mb * 1e6) as u64, lossy: a.lossy },
        ner: NerOptions { batch_windows: a.batch_windows, ..Default::default() },
        batch_docs: a.batch_docs,
        window: a.window,
        shard: a.shard,
        cache: Some(pipeline::CacheConfig { dir: a.out.join(".actorgraph-cache"), fingerprint, reuse: a.resume }),
    };
    let bar = BarProgress::new();
    let result = pipeline::run(&opts, &tagger, &linker, &coder, &bar)?;
    bar.bar.finish_and_clear();
    let wall = started.elapsed().as_secs_f64();
    let t = &result.tables;
    // Mentions that name no actor (figures, credits, adjectives...), by reason.
    let mut not_actors: std::collections::BTreeMap<&str, usize> = std::collections::BTreeMap::new();
    for m in t.mentions.iter().filter(|m| m.link_method.starts_with("not-actor:")) {
        *not_actors.entry(m.link_method.trim_start_matches("not-actor:")).or_default() += 1;
    }
    let run_json = serde_json::json!({
        "tool": "actorgraph",
        "version": env!("CARGO_PKG_VERSION"),
        "model": model.display().to_string(),
        "registry_actors": linker.registry.len(),
        "pos_model": pos_model.display().to_string(),
        "verb_table": coder.verbs.stats(),
        "results_key": results_key,
        "options": {
            "inputs": inputs.iter().map(|p| p.display().to_string()).collect::<Vec<_>>(),
            "verbs": verbs.iter().map(|p| p.display().to_string()).collect::<Vec<_>>(),
            "actors": if a.no_registry { vec![] } else { a.actors.iter().map(|p| p.display().to_string()).collect::<Vec<_>>() },
            "period": a.period,
            "excel": a.excel,
            "raw_cells": a.raw_cells,
            "shard": a.shard.map(|s| format!("{}/{}", s.k, s.n)),
        },
        "counts": {
            "documents_reused_from_cache": result.reused,
            "documents_ok": result.docs_ok, "documents_skipped": result.docs_skipped, "documents_error": result.docs_error,
            "words": result.words, "mentions": t.mentions.len(), "actors": t.actors.len(),
            "provisional_actors": t.candidates.len(), "relations": t.relations.len(),
            "mentions_not_actors": not_actors,
            "events": t.events.len(), "events_factual": t.events.iter().filter(|e| !e.negated && e.modality == crate::events::Modality::Asserted).count(),
            "windows": result.ner.windows, "pieces": result.ner.pieces, "padded_pieces": result.ner.padded_pieces,
        },
        "timings_s": { "wall": wall, "stages": result.times },
    });
    let style = output::CsvStyle { excel_bom: a.excel, raw: a.raw_cells };
    let staged = t.write_with(&a.out, style, a.period, &serde_json::to_string_pretty(&run_json)?)?;
    output::commit(staged)?;
    let registry_linked = t.actors.iter().filter(|x| x.source == "registry").count();
    if result.reused > 0 {
        println!("reused:    {} documents from the cache of an earlier run", result.reused);
    }
    println!(
        "documents: {} ok, {} skipped, {} failed\nmentions:  {} ({} actors: {} from the registry, {} provisional)\nevents:    {}\nrelations: {}\nwords:     {} in {:.1} s ({:.0} words/s; NER {:.1} s)\noutput:    {}",
        result.docs_ok,
        result.docs_skipped,
        result.docs_error,
        t.mentions.len(),
        t.actors.len(),
        registry_linked,
        t.candidates.len(),
        t.events.len(),
        t.relations.len(),
        result.words,
        wall,
        result.words as f64 / wall.max(1e-9),
        result.times.ner_s,
        a.out.display()
    );
    // Skipped by policy (empty, duplicate, unsupported, too large: each listed with its reason)
    // is not a failure; an input that could not be read or decoded is.
    if result.docs_skipped > 0 {
        eprintln!("note: {} inputs skipped by policy (see documents.csv, status skipped)", result.docs_skipped);
    }
    if result.docs_error > 0 {
        eprintln!("error: {} inputs failed (see documents.csv, status error)", result.docs_error);
    }
    Ok(if result.docs_error > 0 { 1 } else { 0 })
}

fn cmd_eval(a: EvalArgs) -> Result<()> {
    let mut sents = Vec::new();
    for g in &a.gold {
        let (s, scheme) = crate::conll::read_iob2(g, a.scheme)?;
        tracing::info!(file = %g.display(), ?scheme, sentences = s.len(), "gold file read");
        sents.extend(s);
    }
    let gold: Vec<Vec<String>> = sents.iter().map(|s| s.tags.clone()).collect();
    let run_one = |dir: &Path| -> Result<(crate::eval::Scores, Vec<Vec<String>>)> {
        let tagger = load_tagger(dir, &a.inference)?;
        let pred = crate::eval::predict(&tagger, &sents, &NerOptions::default())?;
        Ok((crate::eval::score(&gold, &pred), pred))
    };
    let (scores, pred) = run_one(&a.model)?;
    println!("{}\n{}", a.model.display(), crate::eval::format_table(&scores));
    if let Some(out) = &a.out {
        std::fs::create_dir_all(out)?;
        let mut t = output::Table::create(out, "metrics.csv", &["type", "precision", "recall", "f1", "support", "predicted", "correct"], false)?;
        for r in crate::eval::metric_rows(&scores) {
            t.row(&r)?;
        }
        output::commit(vec![t.finish()?, output::stage_bytes(out, "predictions.conll", crate::eval::predictions_conll(&sents, &pred).as_bytes())?])?;
    }
    if let Some(other) = &a.compare {
        let (o, _) = run_one(other)?;
        println!("{}\n{}", other.display(), crate::eval::format_table(&o));
        println!("difference in F1 ({} minus {}):", a.model.display(), other.display());
        let mut kinds: Vec<&String> = scores.by_type.keys().chain(o.by_type.keys()).collect();
        kinds.sort();
        kinds.dedup();
        for k in kinds {
            let f = |s: &crate::eval::Scores| s.by_type.get(k).map(|c| c.f1()).unwrap_or(0.0);
            println!("{:<8} {:+.4}", k, f(&scores) - f(&o));
        }
        println!("{:<8} {:+.4}", "micro", scores.micro().f1() - o.micro().f1());
    }
    Ok(())
}

fn cmd_eval_links(gold: &Path, run: &Path, compare: Option<&Path>) -> Result<()> {
    use crate::eval::links;
    let g = links::read_gold(gold)?;
    let s = links::score(&g, &links::read_run(run)?);
    println!("{} against {} ({} gold links)\n{}", run.display(), gold.display(), g.len(), links::format_table(&s));
    if let Some(other) = compare {
        let o = links::score(&g, &links::read_run(other)?);
        println!("{}\n{}", other.display(), links::format_table(&o));
        println!("difference in F1 ({} minus {}):", run.display(), other.display());
        println!("mention  {:+.4}\ndocument {:+.4}", s.mentions.f1() - o.mentions.f1(), s.documents.f1() - o.documents.f1());
    }
    Ok(())
}

fn cmd_eval_events(gold: &Path, run: &Path, compare: Option<&Path>, all: bool) -> Result<()> {
    use crate::eval::events;
    let g = events::read_gold(gold)?;
    let score_run = |dir: &Path| -> Result<events::EventScores> { Ok(events::score(&g, &events::read_run(dir, all)?)) };
    let s = score_run(run)?;
    println!("{} against {} ({} gold events)\n{}", run.display(), gold.display(), g.len(), events::format_table(&s));
    if let Some(other) = compare {
        let o = score_run(other)?;
        println!("{}\n{}", other.display(), events::format_table(&o));
        println!("difference in F1 ({} minus {}):", run.display(), other.display());
        for (i, name) in events::LEVELS.iter().enumerate() {
            println!("{:<6} {:+.4}", name, s.levels[i].f1() - o.levels[i].f1());
        }
    }
    Ok(())
}

struct TrainBar(ProgressBar);

impl crate::train::TrainProgress for TrainBar {
    fn start(&self, total: usize, done: usize) {
        self.0.set_length(total as u64);
        self.0.set_position(done as u64);
    }
    fn step(&self, step: usize, loss: f64, lr: f64) {
        self.0.set_position(step as u64);
        self.0.set_message(format!("loss {loss:.4} lr {lr:.2e}"));
    }
    fn epoch(&self, epoch: usize, f1: f64, best: bool, secs: f64) {
        self.0.println(format!("epoch {epoch}: dev F1 {f1:.4}{} ({secs:.0} s)", if best { " (best so far, saved)" } else { "" }));
        tracing::info!(epoch, f1, best, secs, "epoch done");
    }
}

fn cmd_train(a: TrainArgs) -> Result<()> {
    let opts = crate::train::TrainOptions {
        base: a.base,
        train: a.train,
        dev: a.dev,
        out: a.out.clone(),
        scheme: a.scheme,
        epochs: a.epochs,
        lr: a.lr,
        batch_windows: a.batch,
        window_pieces: a.window_pieces,
        seed: a.seed,
        case_feature: !a.no_case_feature,
        fp16: !a.fp32,
        max_steps: a.max_steps,
        ..Default::default()
    };
    let bar = TrainBar(progress_bar(0, "training"));
    let log = crate::train::train(&opts, &bar)?;
    bar.0.finish_and_clear();
    for e in &log {
        println!("epoch {}: dev F1 {:.4}, train loss {:.4}, {:.0} s", e.epoch, e.dev_f1, e.train_loss, e.seconds);
    }
    println!("model written to {}", a.out.display());
    Ok(())
}

fn cmd_train_pos(train: &[PathBuf], test: &[PathBuf], out: &Path, iterations: usize) -> Result<()> {
    let mut data = Vec::new();
    for f in train {
        data.extend(crate::pos::read_conllu(f)?);
    }
    let started = Instant::now();
    let tagger = crate::pos::PosTagger::train(&data, iterations);
    println!("trained on {} sentences in {:.1} s", data.len(), started.elapsed().as_secs_f64());
    for f in test {
        let t = crate::pos::read_conllu(f)?;
        println!("{}: accuracy {:.4} ({} sentences)", f.display(), crate::pos::accuracy(&tagger, &t), t.len());
    }
    if let Some(dir) = out.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir)?;
    }
    tagger.save(out)?;
    println!("model written to {}", out.display());
    Ok(())
}

/// A file name for a document id in `clean --out`: path separators and control characters
/// replaced, at most 150 bytes (a longer id keeps its start and a hash of the whole), and never
/// one another document already took.
fn clean_file_name(id: &str, used: &mut std::collections::HashSet<String>) -> String {
    let safe: String = id.chars().map(|c| if matches!(c, '/' | '\\' | ':' | '\0') || c.is_control() { '_' } else { c }).collect();
    let safe = safe.trim_start_matches('.').to_string();
    let base = if safe.len() > 150 {
        let mut cut = 120;
        while !safe.is_char_boundary(cut) {
            cut -= 1;
        }
        format!("{}-{}", &safe[..cut], &crate::util::sha256_hex(id.as_bytes())[..12])
    } else if safe.is_empty() {
        "document".to_string()
    } else {
        safe
    };
    let mut name = format!("{base}.txt");
    let mut n = 2;
    while !used.insert(name.to_lowercase()) {
        name = format!("{base}-{n}.txt");
        n += 1;
    }
    name
}

fn cmd_clean(a: CleanArgs) -> Result<u8> {
    std::fs::create_dir_all(&a.out)?;
    let mut used_names = std::collections::HashSet::new();
    let (files, rejected) = crate::input::discover(&a.inputs);
    let mut failed = rejected.len();
    for r in &rejected {
        eprintln!("{}: {} ({})", r.path, r.status.as_str(), r.reason);
    }
    for f in &files {
        for item in crate::input::read_file(f, &Default::default()) {
            match item {
                crate::input::Item::Doc(d) => {
                    let c = crate::clean::clean(&d.raw);
                    let name = clean_file_name(&d.id, &mut used_names);
                    if name != format!("{}.txt", d.id) {
                        println!("{}: written as {name} (the id is not a usable file name, or another id took it)", d.id);
                    }
                    let body = if a.sentences {
                        c.sentences.iter().enumerate().map(|(i, r)| format!("{i}\t{}\n", c.text.slice(r.clone()))).collect::<String>()
                    } else {
                        c.text.as_str().to_string()
                    };
                    std::fs::write(a.out.join(&name), body)?;
                    let dropped: Vec<String> = c.dropped.iter().map(|x| format!("{}:{}", x.line, x.reason)).collect();
                    println!("{}: {} -> {} chars, dropped lines {}", d.id, d.raw.char_len(), c.text.char_len(), if dropped.is_empty() { "none".into() } else { dropped.join(" ") });
                }
                crate::input::Item::Rejected(r) => {
                    failed += 1;
                    eprintln!("{}: {} ({})", r.path, r.status.as_str(), r.reason);
                }
            }
        }
    }
    Ok(if failed > 0 { 1 } else { 0 })
}

fn cmd_actors(a: ActorsCommand) -> Result<u8> {
    match a {
        ActorsCommand::Check { paths } => match Registry::load(&paths) {
            Ok(r) => {
                println!("{} actors, no problems", r.len());
                Ok(0)
            }
            Err(e) => {
                eprintln!("{e}");
                Ok(1)
            }
        },
        ActorsCommand::Import { petrarch, out } => {
            let n = crate::link::petrarch::import(&petrarch, &out)?;
            println!("{n} actors written to {}", out.display());
            Ok(0)
        }
    }
}

fn cmd_explain(text: &str, model: &Path, actors: &[PathBuf], verbs: &[PathBuf], pos_model: &Path) -> Result<()> {
    let linker = load_linker(actors)?;
    let (coder, _) = load_coder(verbs, pos_model, false)?;
    let tagger = load_tagger(model, &InferenceArgs { precision: Precision::Int8, reference_pass: false })?;
    let mut doc = crate::document::Document::new("text".into(), "-".into(), text.to_string(), Default::default());
    doc.clean = Some(crate::clean::clean(&doc.raw));
    let mut docs = vec![doc];
    crate::ner::tag_documents(&tagger, &mut docs, &NerOptions::default(), &|_, _| {})?;
    let mut doc = docs.pop().context("no document")?;
    linker.link(&mut doc);
    coder.code_traced(&mut doc, &linker.registry, &|line| println!("{line}"));
    for e in &doc.events {
        println!(
            "event: {} -> {} {} ({}) verb '{}'{}{}",
            e.source,
            e.target,
            e.code,
            e.code.name(),
            doc.text().slice(e.trigger.clone()),
            if e.negated { " negated" } else { "" },
            if e.modality != crate::events::Modality::Asserted { format!(" {}", e.modality.as_str()) } else { String::new() }
        );
    }
    Ok(())
}

fn cmd_info(threads: usize) -> Result<()> {
    println!("actorgraph {}", env!("CARGO_PKG_VERSION"));
    let show = |what: &str, env: &str, rel: &str| match locate(env, rel) {
        Ok(p) => println!("{what:<12} {} (override: ${env})", p.display()),
        Err(e) => println!("{what:<12} {e}"),
    };
    show("model", "ACTORGRAPH_MODEL", DEFAULT_MODEL);
    show("registry", "ACTORGRAPH_ACTORS", DEFAULT_ACTORS);
    show("verbs", "ACTORGRAPH_VERBS", DEFAULT_VERBS);
    show("pos model", "ACTORGRAPH_POS_MODEL", DEFAULT_POS);
    if let Ok(p) = locate("ACTORGRAPH_ACTORS", DEFAULT_ACTORS) {
        match Registry::load(&[p]) {
            Ok(r) => println!("{:<12} {} actors", "", r.len()),
            Err(e) => println!("{:<12} problems: {e}", ""),
        }
    }
    println!("{:<12} libtorch 2.4.0 through tch 0.17, cuda: {}", "torch", tch::Cuda::is_available());
    #[cfg(target_arch = "x86_64")]
    let int8 = std::arch::is_x86_feature_detected!("avx2");
    #[cfg(not(target_arch = "x86_64"))]
    let int8 = false;
    println!("{:<12} {}", "int8", if int8 { "available (x86-64 with AVX2: fbgemm)" } else { "not available here: runs fall back to f32" });
    println!("{:<12} {threads} workers (model calls in parallel, libtorch single-threaded in each)", "threads");
    Ok(())
}

fn cmd_verbs(a: VerbsCommand) -> Result<u8> {
    match a {
        VerbsCommand::Check { paths } => match VerbTable::load(&paths) {
            Ok(t) => {
                let s = t.stats();
                println!("{} verbs in {} blocks, {} patterns, {} noun classes; no problems", s.verbs, s.blocks, s.patterns, s.classes);
                Ok(0)
            }
            Err(e) => {
                eprintln!("{e}");
                Ok(1)
            }
        },
        VerbsCommand::Import { petrarch, out } => {
            let text = std::fs::read_to_string(&petrarch).with_context(|| format!("cannot read {}", petrarch.display()))?;
            let (table, stats) = crate::events::verbs::import_petrarch(&text);
            if table.verbs.is_empty() {
                bail!("{}: no verb blocks found (is it a PETRARCH/TABARI verb dictionary?)", petrarch.display());
            }
            table.write_csv(&out)?;
            println!(
                "{} verbs in {} blocks, {} patterns, {} noun classes written to {}\nskipped: {} patterns naming undefined classes, {} transformations (~ lines), {} unreadable lines",
                stats.verbs, stats.blocks, stats.patterns, stats.classes, out.display(), stats.patterns_undefined_class, stats.transformations_skipped, stats.lines_unreadable
            );
            Ok(0)
        }
    }
}

fn cmd_merge(a: MergeArgs) -> Result<()> {
    check_out_dir(&a.out, a.force)?;
    let staged = crate::output::merge::merge(&a.runs, &a.out, a.excel)?;
    output::commit(staged)?;
    println!("merged {} runs into {}", a.runs.len(), a.out.display());
    Ok(())
}
