//! The command line, laid out as ripgrep's is: `flags` declares what each command takes (clap,
//! with help text), `commands` holds the command bodies, `resources` finds and loads what they
//! need (model, registry, verbs, POS model), `progress` reports on stderr. Everything else is
//! library code that never prints.
//!
//! Exit codes: 0 every input processed or skipped by policy (empty, duplicate, unsupported, too
//! large: listed in `documents.csv`), 1 some inputs failed (unreadable, undecodable), 2 the run
//! could not start (bad arguments, model or registry).

mod commands;
pub mod flags;
mod progress;
pub mod resources;

use std::io::IsTerminal;
use std::process::ExitCode;

use clap::Parser;

pub use flags::*;
pub use resources::{load_coder, load_linker, load_linker_opt, locate};
use commands::*;

/// Sets rayon's pool and, for the commands that run a model, libtorch's thread counts.
///
/// Inference runs one model call per rayon worker with libtorch single-threaded (see
/// ner::score_sequences: no OpenMP team to spin-wait on a shared machine); training is one long
/// sequence of large products and gives libtorch every thread. OpenMP's thread count is per
/// thread, so each worker sets its own, or libtorch would give every worker a team of all cores.
///
/// Commands that never run a model leave libtorch alone: a CI run once lost `clean` to heap
/// corruption ("malloc_consolidate(): unaligned fastbin chunk") when the process exited while
/// rayon workers were still inside libtorch's thread set-up. For the others, a broadcast waits
/// until every worker has finished its start handler, so no libtorch call is in flight when a
/// short run returns.
fn configure_threads(command: &Command, threads: usize) {
    let uses_model = matches!(
        command,
        Command::Run(_) | Command::Train(_) | Command::TrainParser(_) | Command::Explain(_) | Command::Eval(EvalArgs { what: None | Some(EvalWhat::Parse { .. }), .. })
    );
    if !uses_model {
        let _ = rayon::ThreadPoolBuilder::new().num_threads(threads).build_global();
        return;
    }
    let torch_threads = if matches!(command, Command::Train(_) | Command::TrainParser(_)) { threads } else { 1 };
    tch::set_num_threads(torch_threads as i32);
    tch::set_num_interop_threads(1);
    let built = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .start_handler(move |_| tch::set_num_threads(torch_threads as i32))
        .build_global();
    if built.is_ok() {
        rayon::broadcast(|_| ());
    }
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

    configure_threads(&cli.command, threads);
    let result = match cli.command {
        Command::Run(a) => cmd_run(a),
        Command::Eval(a) => match a.what {
            Some(EvalWhat::Events { score: s, all }) => cmd_eval_events(&s.gold, &s.run, s.compare.as_deref(), all).map(|_| 0),
            Some(EvalWhat::Links(s)) => cmd_eval_links(&s.gold, &s.run, s.compare.as_deref()).map(|_| 0),
            Some(EvalWhat::Parse { gold, model, inference }) => cmd_eval_parse(&gold, &model, &inference).map(|_| 0),
            None => cmd_eval(a).map(|_| 0),
        },
        Command::Train(a) => cmd_train(a).map(|_| 0),
        Command::TrainParser(a) => cmd_train_parser(a).map(|_| 0),
        Command::Clean(a) => cmd_clean(a),
        Command::TrainPos { train, test, out, iterations } => cmd_train_pos(&train, &test, &out, iterations).map(|_| 0),
        Command::Actors(a) => cmd_actors(a),
        Command::Verbs(a) => cmd_verbs(a),
        Command::Explain(a) => cmd_explain(a).map(|_| 0),
        Command::Merge(a) => cmd_merge(a).map(|_| 0),
        Command::Info => cmd_info(threads).map(|_| 0),
        Command::Report { run } => cmd_report(&run),
    };
    match result {
        Ok(code) => ExitCode::from(code),
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::from(2)
        }
    }
}

