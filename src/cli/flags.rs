//! The command line's flags and subcommands (clap derive): what each command takes, with help
//! text; the commands themselves are in `commands`.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

use crate::ner::encoder::PrecisionChoice;
use crate::pipeline::{self};
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
    /// Train the dependency parser head (UPOS, lemma, head, relation) on a model folder's frozen
    /// encoder, from Universal Dependencies CoNLL-U files.
    TrainParser(TrainParserArgs),
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
    Explain(ExplainArgs),
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

/// `explain`: one text through the pipeline, with the same resources `run` finds.
#[derive(Args, Debug)]
pub struct ExplainArgs {
    /// The text (one or more sentences); `-` reads it from standard input.
    pub text: String,
    /// Model folder [default: as `run` finds it].
    #[arg(long)]
    pub model: Option<PathBuf>,
    /// Actor registry files or folders [default: as `run` finds it].
    #[arg(long = "actors")]
    pub actors: Vec<PathBuf>,
    /// Verb table files or folders [default: as `run` finds it].
    #[arg(long = "verbs")]
    pub verbs: Vec<PathBuf>,
    /// Part-of-speech model file [default: as `run` finds it].
    #[arg(long)]
    pub pos_model: Option<PathBuf>,
    /// What a paired verb code makes, as in `run`.
    #[arg(long, value_enum, default_value = "forward")]
    pub paired_codes: crate::events::PairedCodes,
    /// Which reader finds English verbs' sources and targets, as in `run`.
    #[arg(long, value_enum, default_value = "hybrid")]
    pub events_engine: crate::events::Engine,
    /// The text's language ("en", "es"), as a JSONL `language` field gives it [default: detected,
    /// which a sentence or two may be too short for].
    #[arg(long)]
    pub language: Option<String>,
    /// Print the explanation as JSON (for scripts) instead of text.
    #[arg(long)]
    pub json: bool,
    /// Also print how the verb readers read each sentence, and each parse error the rules mended
    /// ("mended: Cabello nsubj of threatened (was appos of Caracas)"): a trace for rule writers.
    #[arg(long)]
    pub trace: bool,
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
    /// Leave out the registry's base layer (rows with `layer` = base: PETRARCH's Phoenix
    /// dictionaries, 25,700 actors): only the hand-written actors link.
    #[arg(long, conflicts_with = "no_registry")]
    pub no_base_layer: bool,
    /// Verb table for event coding: CSV files (or PETRARCH verb dictionaries, *.txt) or folders
    /// [default: $ACTORGRAPH_VERBS, or the shipped table].
    #[arg(long = "verbs")]
    pub verbs: Vec<PathBuf>,
    /// Code events between provisional actors too (default: registry actors only).
    #[arg(long)]
    pub provisional_events: bool,
    /// What a paired verb code (`[042:043]`) makes: `forward`, the source's event only (this
    /// project's conventions), or `both`, also the target's reverse event, as PETRARCH codes it.
    #[arg(long, value_enum, default_value = "forward")]
    pub paired_codes: crate::events::PairedCodes,
    /// Which reader finds English verbs' sources and targets: `hybrid` (the engine over the
    /// dependency parse, with the shallow rules where the parse fails a verb), `parse` (the
    /// engine alone) or `shallow` (the rules over part-of-speech tags alone); figures for each in
    /// docs/events.md.
    #[arg(long, value_enum, default_value = "hybrid")]
    pub events_engine: crate::events::Engine,
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
    /// Read symlinks inside an input folder that lead out of it (by default they are listed as
    /// skipped: a link to a system file must not end up in the tables).
    #[arg(long)]
    pub follow_links: bool,
    /// Tables as CSV only, or also as Parquet beside them (typed columns for pandas, R, DuckDB).
    #[arg(long, value_enum, default_value = "csv")]
    pub format: TableFormat,
    /// The event typology of relations.csv's event rows and of graph.gexf: CAMEO codes and quad
    /// classes, or PLOVER event types (as POLECAT codes events). events.csv carries both.
    #[arg(long, value_enum, default_value = "cameo")]
    pub ontology: crate::output::groups::Ontology,
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
    /// Arithmetic of the encoder's linear layers: auto (bf16 where the CPU has AMX or
    /// AVX512-BF16, else int8 where it has AVX2, else f32; `info` says which and why), bf16
    /// (oneDNN), int8 (fbgemm kernels, CPU) or f32 (the trained weights exactly). On the shipped
    /// model int8 runs 1.3-1.5x faster than f32; CoNLL dev F1 per precision in the model card.
    #[arg(long, default_value = "auto")]
    pub precision: PrecisionChoice,
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
    /// Score the parser on gold-tokenized CoNLL-U files: UAS, LAS (relation with subtype),
    /// UPOS and lemma accuracy over all words.
    Parse {
        /// CoNLL-U files.
        #[arg(long, required = true, num_args = 1..)]
        gold: Vec<PathBuf>,
        /// Model folder with a parser head.
        #[arg(long, default_value = DEFAULT_MODEL)]
        model: PathBuf,
        #[command(flatten)]
        inference: InferenceArgs,
    },
}

#[derive(Args, Debug)]
pub struct TrainParserArgs {
    /// Model folder whose encoder the head reads (stays unchanged).
    #[arg(long, default_value = DEFAULT_MODEL)]
    pub model: PathBuf,
    /// Training treebank files (CoNLL-U).
    #[arg(long, required = true, num_args = 1..)]
    pub train: Vec<PathBuf>,
    /// Development files: the epoch with the best LAS on them is kept.
    #[arg(long, required = true, num_args = 1..)]
    pub dev: Vec<PathBuf>,
    /// Where parser.json and parser.safetensors go (default: the model folder).
    #[arg(long)]
    pub out: Option<PathBuf>,
    #[arg(long, default_value_t = 12)]
    pub epochs: usize,
    #[arg(long, default_value_t = 2e-3)]
    pub lr: f64,
    /// Words per batch.
    #[arg(long, default_value_t = 1000)]
    pub batch_words: usize,
    /// BiLSTM size per direction.
    #[arg(long, default_value_t = 128)]
    pub lstm: i64,
    /// Size of the relation scorer's MLP (its biaffine product costs this squared a relation).
    #[arg(long, default_value_t = 64)]
    pub rel: i64,
    #[arg(long, default_value_t = 13)]
    pub seed: i64,
    /// Train on the first N sentences only (smoke tests).
    #[arg(long)]
    pub limit: Option<usize>,
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

/// A PETRARCH/TABARI dictionary to convert, and the CSV to write (`actors import`, `verbs import`).
#[derive(Args, Debug)]
pub struct ImportArgs {
    /// The PETRARCH/TABARI dictionary file to convert.
    #[arg(long)]
    pub petrarch: PathBuf,
    /// The CSV file to write.
    #[arg(long)]
    pub out: PathBuf,
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
    Import(ImportArgs),
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
    Import(ImportArgs),
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

/// Which table files a run writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum TableFormat {
    /// CSV files.
    Csv,
    /// CSV files and the same tables as Parquet (`events.parquet`, ...).
    Parquet,
}
