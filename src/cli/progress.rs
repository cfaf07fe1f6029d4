//! Progress on stderr: a bar on a terminal, plain lines on a log.

use std::io::IsTerminal;
use std::time::Instant;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use crate::pipeline::{self};

pub(super) fn progress_bar(len: u64, what: &str) -> ProgressBar {
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
pub(super) struct BarProgress {
    pub(super) bar: ProgressBar,
    plain: bool,
    started: Instant,
    state: std::sync::Mutex<(usize, usize, Instant)>,
}

impl BarProgress {
    pub(super) fn new() -> Self {
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

pub(super) struct TrainBar(pub(super) ProgressBar);

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

