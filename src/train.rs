//! Fine-tuning a BERT-family encoder for token classification with libtorch (through tch and
//! rust-bert's model code): labels from the data on each word's first piece, training windows
//! built exactly like inference windows (neighbouring sentences packed as context), AdamW with
//! warm-up and linear decay, gradient clipping, a fixed seed, dev F1 after each epoch with the
//! best epoch kept, and checkpoints to resume from.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::time::Instant;

use tch::nn::OptimizerConfig;
use tch::{nn, Device, Reduction, Tensor};

use crate::conll::{self, ConllError, Sentence};
use crate::eval;
use crate::ner::bert::{load_tokenizer, load_weights, save_model_dir, BertTagger, ModelConfig, ModelFiles};
use crate::ner::{NerError, NerOptions, WordSeq};
use crate::tags::Scheme;

#[derive(Debug, thiserror::Error)]
pub enum TrainError {
    #[error(transparent)]
    Ner(#[from] NerError),
    #[error(transparent)]
    Conll(#[from] ConllError),
    #[error(transparent)]
    Torch(#[from] tch::TchError),
    #[error("{0}")]
    Other(String),
}

#[derive(Debug, Clone)]
pub struct TrainOptions {
    pub base: PathBuf,
    pub train: Vec<PathBuf>,
    pub dev: Vec<PathBuf>,
    pub out: PathBuf,
    pub scheme: Option<Scheme>,
    pub epochs: usize,
    pub lr: f64,
    pub batch_windows: usize,
    pub window_pieces: usize,
    pub warmup: f64,
    pub weight_decay: f64,
    pub clip: f64,
    pub seed: u64,
    pub case_feature: bool,
    pub fp16: bool,
    /// Stop after this many optimiser steps in all (for smoke tests and time-boxed runs).
    pub max_steps: Option<usize>,
    /// Save a resumable checkpoint every this many steps.
    pub checkpoint_every: usize,
}

impl Default for TrainOptions {
    fn default() -> Self {
        TrainOptions {
            base: PathBuf::new(),
            train: vec![],
            dev: vec![],
            out: PathBuf::new(),
            scheme: None,
            epochs: 3,
            lr: 1e-4,
            batch_windows: 16,
            window_pieces: 126,
            warmup: 0.06,
            weight_decay: 0.01,
            clip: 1.0,
            seed: 13,
            case_feature: true,
            fp16: true,
            max_steps: None,
            checkpoint_every: 200,
        }
    }
}

/// Callbacks for a front end's progress bar.
pub trait TrainProgress {
    fn start(&self, _total_steps: usize, _done: usize) {}
    fn step(&self, _step: usize, _loss: f64, _lr: f64) {}
    fn epoch(&self, _epoch: usize, _dev_f1: f64, _best: bool, _secs: f64) {}
}

impl TrainProgress for () {}

#[derive(Debug, Clone, serde::Serialize, serde::Deserialize, Default)]
pub struct EpochLog {
    pub epoch: usize,
    pub dev_f1: f64,
    pub train_loss: f64,
    pub seconds: f64,
}

#[derive(Debug, Clone, serde::Serialize, serde::Deserialize, Default)]
struct State {
    epoch: usize,
    step_in_epoch: usize,
    global_step: usize,
    best_f1: f64,
    log: Vec<EpochLog>,
}

fn read_all(paths: &[PathBuf], scheme: Option<Scheme>) -> Result<Vec<Sentence>, TrainError> {
    let mut out = Vec::new();
    for p in paths {
        let (mut s, _) = conll::read_iob2(p, scheme)?;
        if let Some(first) = s.first_mut() {
            first.doc_start = true; // files never share a context window
        }
        out.extend(s);
    }
    Ok(out)
}

/// Sequences of up to 200 consecutive sentences (documents split at `-DOCSTART-`).
fn sequences<'a>(tagger: &BertTagger, sents: &'a [Sentence], budget: usize) -> Result<Vec<(WordSeq<'a>, Vec<&'a str>)>, NerError> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < sents.len() {
        let mut j = i + 1;
        while j < sents.len() && !sents[j].doc_start && j - i < 200 {
            j += 1;
        }
        let mut texts = Vec::new();
        let mut tags = Vec::new();
        let mut ranges = Vec::new();
        for s in &sents[i..j] {
            let st = texts.len();
            texts.extend(s.words.iter().map(String::as_str));
            tags.extend(s.tags.iter().map(String::as_str));
            ranges.push(st..texts.len());
        }
        out.push((WordSeq::plan(tagger, texts, ranges, budget)?, tags));
        i = j;
    }
    Ok(out)
}

/// Train a model; returns the per-epoch log. The best epoch's model is in `opts.out`.
pub fn train(opts: &TrainOptions, progress: &dyn TrainProgress) -> Result<Vec<EpochLog>, TrainError> {
    tch::manual_seed(opts.seed as i64);
    let train_sents = read_all(&opts.train, opts.scheme)?;
    let dev_sents = read_all(&opts.dev, opts.scheme)?;
    if train_sents.is_empty() {
        return Err(TrainError::Other("no training sentences in the --train files".into()));
    }
    let mut all = train_sents.clone();
    all.extend(dev_sents.iter().cloned());
    let labels = conll::label_set(&all);
    let label_id: HashMap<&str, i64> = labels.iter().enumerate().map(|(i, l)| (l.as_str(), i as i64)).collect();

    let files = ModelFiles::inspect(&opts.base)?;
    let mut config = ModelConfig::read(&files.config)?;
    config.bert.id2label = Some(labels.iter().enumerate().map(|(i, l)| (i as i64, l.clone())).collect());
    config.bert.label2id = Some(labels.iter().enumerate().map(|(i, l)| (l.clone(), i as i64)).collect());
    config.labels = labels.clone();
    config.case_feature = opts.case_feature;
    if opts.case_feature && config.bert.type_vocab_size < 3 {
        config.bert.type_vocab_size = 3;
    }
    config.raw["type_vocab_size"] = config.bert.type_vocab_size.into();
    let tokenizer = load_tokenizer(&files)?;
    let mut tagger = BertTagger::build(config, tokenizer, Device::cuda_if_available())?;
    tagger.set_window_budget(opts.window_pieces);

    let ckpt_dir = opts.out.join("checkpoint");
    let state_path = ckpt_dir.join("state.json");
    let mut state: State = match std::fs::read_to_string(&state_path) {
        Ok(s) => {
            let st: State = serde_json::from_str(&s).map_err(|e| TrainError::Other(format!("{}: {e}", state_path.display())))?;
            load_weights(&tagger.vs, &ckpt_dir.join("model.safetensors"), false)?;
            tracing::info!(epoch = st.epoch, step = st.global_step, "resuming from checkpoint (optimiser moments restart)");
            st
        }
        Err(_) => {
            let missing = load_weights(&tagger.vs, &files.weights, true)?;
            let unexpected: Vec<&String> = missing.iter().filter(|n| !n.starts_with("classifier.")).collect();
            if !unexpected.is_empty() {
                return Err(TrainError::Other(format!("base model {} lacks weights {unexpected:?}", opts.base.display())));
            }
            State::default()
        }
    };

    let seqs = sequences(&tagger, &train_sents, opts.window_pieces)?;
    let mut windows: Vec<(usize, usize, usize)> = Vec::new();
    for (si, (seq, _)) in seqs.iter().enumerate() {
        for w in 0..seq.windows.len() {
            windows.push((si, w, seq.window_len(w)));
        }
    }
    let steps_per_epoch = windows.len().div_ceil(opts.batch_windows.max(1));
    let total = (steps_per_epoch * opts.epochs).min(opts.max_steps.unwrap_or(usize::MAX)).max(1);
    let warmup = ((total as f64) * opts.warmup).ceil().max(1.0) as usize;
    let lr_at = |step: usize| {
        if step < warmup {
            opts.lr * (step + 1) as f64 / warmup as f64
        } else {
            opts.lr * (total.saturating_sub(step)) as f64 / (total - warmup).max(1) as f64
        }
    };
    let mut opt = nn::AdamW { wd: opts.weight_decay, ..Default::default() }.build(&tagger.vs, opts.lr)?;
    progress.start(total, state.global_step);
    std::fs::create_dir_all(&opts.out).map_err(|e| TrainError::Other(format!("{}: {e}", opts.out.display())))?;

    while state.epoch < opts.epochs && state.global_step < total {
        let started = Instant::now();
        // The same order for an epoch every time (resume replays it and skips what was done).
        let mut rng = crate::util::Rng(opts.seed ^ (state.epoch as u64).wrapping_mul(0x9E37_79B9));
        let mut order = windows.clone();
        rng.shuffle(&mut order);
        // Batches of similar length (less padding): sort within chunks of 50 batches, shuffle batches.
        let chunk = opts.batch_windows.max(1) * 50;
        for c in order.chunks_mut(chunk) {
            c.sort_by_key(|w| std::cmp::Reverse(w.2));
        }
        let mut batches: Vec<&[(usize, usize, usize)]> = order.chunks(opts.batch_windows.max(1)).collect();
        rng.shuffle(&mut batches);
        let mut loss_sum = 0.0;
        let mut loss_n = 0usize;
        let skipped = state.step_in_epoch;
        for (bi, batch) in batches.iter().enumerate() {
            if bi < state.step_in_epoch {
                continue;
            }
            if state.global_step >= total {
                break;
            }
            opt.set_lr(lr_at(state.global_step));
            let inputs: Vec<_> = batch.iter().map(|&(s, w, _)| seqs[s].0.input(w)).collect();
            let b = tagger.make_batch(&inputs);
            let mut gold = vec![-100i64; inputs.len() * b.len];
            for (i, &(s, w, _)) in batch.iter().enumerate() {
                let core = &seqs[s].0.windows[w].core;
                for (k, &pos) in b.first_piece[i].iter().enumerate() {
                    let tag = seqs[s].1[core.start + k];
                    gold[i * b.len + pos] = label_id.get(tag).copied().unwrap_or(0);
                }
            }
            let gold = Tensor::from_slice(&gold).to(tagger.vs.device());
            let logits = tagger.forward(&b, true);
            let loss = logits.view([-1, labels.len() as i64]).cross_entropy_loss::<Tensor>(&gold, None, Reduction::Mean, -100, 0.0);
            opt.backward_step_clip_norm(&loss, opts.clip);
            let l = loss.double_value(&[]);
            loss_sum += l;
            loss_n += 1;
            state.global_step += 1;
            state.step_in_epoch = bi + 1;
            progress.step(state.global_step, l, lr_at(state.global_step.saturating_sub(1)));
            if state.global_step % 50 == 0 {
                let rate = (bi + 1 - skipped) as f64 / started.elapsed().as_secs_f64().max(1e-9);
                tracing::info!(step = state.global_step, total, loss = loss_sum / loss_n.max(1) as f64, steps_per_s = rate, "training");
            }
            if state.global_step % opts.checkpoint_every.max(1) == 0 {
                save_checkpoint(&tagger, &ckpt_dir, &state)?;
            }
        }
        // Dev F1 (on the training data when no dev set is given).
        let dev = if dev_sents.is_empty() { &train_sents } else { &dev_sents };
        let pred = eval::predict(&tagger, dev, &NerOptions { window_pieces: Some(opts.window_pieces), ..Default::default() })?;
        let gold: Vec<Vec<String>> = dev.iter().map(|s| s.tags.clone()).collect();
        let f1 = eval::score(&gold, &pred).micro().f1();
        let best = f1 > state.best_f1 || state.log.is_empty() && state.best_f1 == 0.0;
        if best {
            state.best_f1 = f1;
            save_model_dir(&tagger, &opts.base, &opts.out, opts.fp16)?;
        }
        let secs = started.elapsed().as_secs_f64();
        state.log.push(EpochLog { epoch: state.epoch + 1, dev_f1: f1, train_loss: if loss_n > 0 { loss_sum / loss_n as f64 } else { 0.0 }, seconds: secs });
        progress.epoch(state.epoch + 1, f1, best, secs);
        state.epoch += 1;
        state.step_in_epoch = 0;
        save_checkpoint(&tagger, &ckpt_dir, &state)?;
    }
    let log = state.log.clone();
    let log_path = opts.out.join("training_log.json");
    std::fs::write(&log_path, serde_json::to_string_pretty(&log).unwrap_or_default()).map_err(|e| TrainError::Other(format!("{}: {e}", log_path.display())))?;
    // Training finished: the checkpoint is no longer needed.
    let _ = std::fs::remove_dir_all(&ckpt_dir);
    Ok(log)
}

fn save_checkpoint(tagger: &BertTagger, dir: &Path, state: &State) -> Result<(), TrainError> {
    std::fs::create_dir_all(dir).map_err(|e| TrainError::Other(format!("{}: {e}", dir.display())))?;
    let mut named: Vec<(String, Tensor)> = tagger.vs.variables().into_iter().collect();
    named.sort_by(|a, b| a.0.cmp(&b.0));
    let tmp = dir.join("model.safetensors.tmp");
    Tensor::write_safetensors(&named, &tmp)?;
    std::fs::rename(&tmp, dir.join("model.safetensors")).map_err(|e| TrainError::Other(e.to_string()))?;
    let st = dir.join("state.json.tmp");
    std::fs::write(&st, serde_json::to_string(state).unwrap_or_default()).map_err(|e| TrainError::Other(e.to_string()))?;
    std::fs::rename(&st, dir.join("state.json")).map_err(|e| TrainError::Other(e.to_string()))?;
    Ok(())
}
