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

/// Progress of a run: a bar on a terminal, by bytes of input (so a JSONL dump, one file of many
/// articles, moves as its batches are done and the ETA means something); on a log (Slurm, CI, a
/// pipe), a plain line every 10 seconds, so a long job shows it is alive and how fast it goes.
pub(super) struct BarProgress {
    pub(super) bar: ProgressBar,
    plain: bool,
    started: Instant,
    state: std::sync::Mutex<RunState>,
}

#[derive(Debug)]
struct RunState {
    files: usize,
    files_total: usize,
    /// Bytes of the files done, and of text done in files not finished yet.
    bytes_files: u64,
    bytes_partial: u64,
    docs: usize,
    words: usize,
    last_line: Instant,
}

impl BarProgress {
    pub(super) fn new() -> Self {
        let bar = ProgressBar::new(0);
        if !std::io::stderr().is_terminal() || !std::io::stdout().is_terminal() {
            bar.set_draw_target(ProgressDrawTarget::hidden());
        }
        if let Ok(style) = ProgressStyle::with_template("{spinner} [{bar:30}] {bytes}/{total_bytes} {msg} ETA {eta}") {
            bar.set_style(style.progress_chars("=> "));
        }
        let plain = !std::io::stderr().is_terminal();
        let state = RunState { files: 0, files_total: 0, bytes_files: 0, bytes_partial: 0, docs: 0, words: 0, last_line: Instant::now() };
        BarProgress { bar, plain, started: Instant::now(), state: std::sync::Mutex::new(state) }
    }

    fn line(&self, st: &mut RunState, batch: &str) {
        let total = self.bar.length().unwrap_or(0);
        let done = st.bytes_files + st.bytes_partial;
        let secs = self.started.elapsed().as_secs_f64();
        let eta = if done > 0 && total > done { format!(", about {:.0} s left", secs * (total - done) as f64 / done as f64) } else { String::new() };
        eprintln!(
            "actorgraph: {}/{} files, {} documents, {:.0}% of {:.1} MB{batch}, {secs:.0} s{eta}",
            st.files,
            st.files_total,
            st.docs,
            100.0 * done as f64 / total.max(1) as f64,
            total as f64 / 1e6
        );
    }
}

impl pipeline::Progress for BarProgress {
    fn start(&self, files: usize, bytes: u64) {
        self.bar.set_length(bytes);
        if let Ok(mut st) = self.state.lock() {
            st.files_total = files;
        }
        if self.plain {
            eprintln!("actorgraph: {files} input files, {:.1} MB", bytes as f64 / 1e6);
        }
    }
    fn files_done(&self, n: usize, bytes: u64) {
        let Ok(mut st) = self.state.lock() else { return };
        st.files += n;
        st.bytes_files += bytes;
        st.bytes_partial = 0;
        self.bar.set_position(st.bytes_files);
        if self.plain {
            st.last_line = Instant::now();
            self.line(&mut st, "");
        }
    }
    fn batch_done(&self, docs: usize, bytes: u64) {
        let Ok(mut st) = self.state.lock() else { return };
        st.docs += docs;
        // Text is a little less than its file (JSON quoting): kept below the next file's end.
        let cap = self.bar.length().unwrap_or(0).saturating_sub(st.bytes_files + 1);
        st.bytes_partial = (st.bytes_partial + bytes).min(cap);
        self.bar.set_position(st.bytes_files + st.bytes_partial);
        self.bar.set_message(format!("{} documents", st.docs));
    }
    fn windows(&self, done: usize, total: usize, words: usize) {
        let Ok(mut st) = self.state.lock() else { return };
        let secs = self.started.elapsed().as_secs_f64();
        let batch_words = words * done / total.max(1);
        let rate = (st.words + batch_words) as f64 / secs.max(1e-9);
        if done == total {
            st.words += words;
        }
        self.bar.set_message(format!("{} documents, model {done}/{total} windows of this batch, {rate:.0} words/s", st.docs));
        if self.plain && st.last_line.elapsed().as_secs() >= 10 {
            st.last_line = Instant::now();
            self.line(&mut st, &format!(", batch {done}/{total} windows, {rate:.0} words/s"));
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

