//! NER stage: a token classifier over each document's clean text, batched across documents,
//! windowed so that no text is cut at the model's length limit, and decoded into whole-word
//! entities with char offsets and scores.
//!
//! The model sits behind [`WordTagger`], so the windowing, batching and decoding logic is the same
//! for the transformer ([`bert::BertTagger`]) and for any stand-in used in tests.

pub mod bert;
pub mod decode;
pub mod encoder;
pub mod window;

use std::ops::Range;

use rayon::prelude::*;

use crate::document::{Document, Mention, MentionSource};
use crate::tags::chunks;
use decode::Decoder;
pub use window::{plan_windows, WindowPlan};
use crate::tokens::Word;

/// Pieces kept per word: only the first carries the label, the rest are context. Caps the cost of
/// pathological "words" (a 2,000-char URL) so they cannot blow a window.
pub const MAX_PIECES_PER_WORD: usize = 16;

/// The languages the shipped and retrained models read.
pub const MODEL_LANGUAGES: &[&str] = &["eng"];

/// Whether the model reads a document (its detected language, if any, is one of `languages`).
pub fn reads(doc: &Document, languages: &[&str]) -> bool {
    doc.clean.as_ref().and_then(|c| c.language).is_none_or(|l| languages.contains(&l))
}

/// Windows per model call by default. Small batches keep activations in the CPU caches: on 2
/// cores, 4 windows of ~128 pieces ran 2.3x faster than 64 (bench/run.sh).
pub const DEFAULT_BATCH_WINDOWS: usize = 4;

#[derive(Debug, thiserror::Error)]
pub enum NerError {
    #[error("model folder {dir}: missing {file} ({hint})")]
    MissingFile { dir: String, file: String, hint: String },
    #[error("model folder {dir}: {msg}")]
    BadModel { dir: String, msg: String },
    #[error("tokenizer: {0}")]
    Tokenizer(String),
    #[error("libtorch: {0}")]
    Torch(#[from] tch::TchError),
    #[error("{path}: {cause}")]
    Io { path: String, cause: std::io::Error },
}

/// One model input: a run of words, of which the `core` ones receive labels.
pub struct WindowInput<'a> {
    pub words: &'a [&'a str],
    pub pieces: &'a [Vec<u32>],
    pub core: Range<usize>,
}

/// A token classifier seen at the level of words.
pub trait WordTagger: Sync {
    /// Label names by index (`O`, `B-PER`, ...).
    fn labels(&self) -> &[String];
    /// Most pieces one window may hold, special tokens excluded.
    fn window_budget(&self) -> usize;
    /// Piece ids of each word (at least one per word).
    fn encode(&self, words: &[&str]) -> Result<Vec<Vec<u32>>, NerError>;
    /// Log-probabilities over labels for each core word of each window, flattened
    /// (`core.len() * labels().len()` values per window).
    fn score(&self, batch: &[WindowInput<'_>]) -> Result<Vec<Vec<f32>>, NerError>;
    /// Values per word of the features a parser reads from this tagger's encoder (0: none).
    fn feature_dim(&self) -> usize {
        0
    }
    /// `score`, and each core word's parser features (`feature_dim()` values a word) per
    /// window: one encoder pass for both.
    fn score_features(&self, batch: &[WindowInput<'_>]) -> Result<(Vec<Vec<f32>>, Vec<Vec<f32>>), NerError> {
        Ok((self.score(batch)?, vec![Vec::new(); batch.len()]))
    }
    /// The parser head reading this tagger's features, if the model has one.
    fn parser(&self) -> Option<&crate::syntax::Parser> {
        None
    }
}

#[derive(Debug, Clone)]
pub struct NerOptions {
    /// Upper bound on windows in one model call (small batches stay in cache on CPU).
    pub batch_windows: usize,
    /// Upper bound on padded pieces in one model call (windows × longest window).
    pub batch_tokens: usize,
    /// Pieces per window; `None` uses the model's own budget.
    pub window_pieces: Option<usize>,
    /// Languages the model reads (ISO 639-3). Documents detected in another language get no
    /// model mentions (linking then finds registry names only): an English model's guesses on
    /// Spanish text are noise ("El", "En", "Estamos" as names).
    pub languages: &'static [&'static str],
}

impl Default for NerOptions {
    fn default() -> Self {
        NerOptions { batch_windows: DEFAULT_BATCH_WINDOWS, batch_tokens: 8192, window_pieces: None, languages: MODEL_LANGUAGES }
    }
}

/// Counts for the run summary and benchmark.
#[derive(Debug, Default, Clone, Copy, serde::Serialize)]
pub struct NerStats {
    pub words: usize,
    pub windows: usize,
    pub batches: usize,
    /// Pieces fed to the model, special tokens included.
    pub pieces: usize,
    /// Pieces including padding.
    pub padded_pieces: usize,
}

impl NerStats {
    pub fn add(&mut self, o: &NerStats) {
        self.words += o.words;
        self.windows += o.windows;
        self.batches += o.batches;
        self.pieces += o.pieces;
        self.padded_pieces += o.padded_pieces;
    }
}

/// Words as the model sees them: their text, pieces, sentence ranges and the windows over them.
/// A document is one sequence; so is a whole CoNLL file (sentences pack into windows as context).
pub struct WordSeq<'a> {
    pub texts: Vec<&'a str>,
    pub pieces: Vec<Vec<u32>>,
    pub sentences: Vec<Range<usize>>,
    pub windows: Vec<WindowPlan>,
}

impl<'a> WordSeq<'a> {
    /// Encode words and plan windows of at most `budget` pieces.
    pub fn plan(tagger: &dyn WordTagger, texts: Vec<&'a str>, sentences: Vec<Range<usize>>, budget: usize) -> Result<Self, NerError> {
        let mut pieces = tagger.encode(&texts)?;
        for p in &mut pieces {
            p.truncate(MAX_PIECES_PER_WORD);
        }
        let counts: Vec<usize> = pieces.iter().map(|p| p.len().max(1)).collect();
        let windows = plan_windows(&counts, &sentences, budget);
        Ok(WordSeq { texts, pieces, sentences, windows })
    }

    /// The model input for window `w`.
    pub fn input(&self, w: usize) -> WindowInput<'_> {
        let win = &self.windows[w];
        WindowInput {
            words: &self.texts[win.words.clone()],
            pieces: &self.pieces[win.words.clone()],
            core: win.core.start - win.words.start..win.core.end - win.words.start,
        }
    }

    /// Pieces of window `w` with [CLS] and [SEP].
    pub fn window_len(&self, w: usize) -> usize {
        self.pieces[self.windows[w].words.clone()].iter().map(|p| p.len().max(1)).sum::<usize>() + 2
    }
}

/// The pieces-per-window budget for a tagger and options.
pub fn budget(tagger: &dyn WordTagger, opts: &NerOptions) -> usize {
    opts.window_pieces.unwrap_or(tagger.window_budget()).min(tagger.window_budget())
}

/// Score every window of every sequence, longest windows batched together. Returns, per
/// sequence, `words × labels` log-probabilities.
pub fn score_sequences(
    tagger: &dyn WordTagger,
    seqs: &[WordSeq<'_>],
    opts: &NerOptions,
    on_progress: &(dyn Fn(usize, usize) + Sync),
) -> Result<(Vec<Vec<f32>>, NerStats), NerError> {
    let s = score_sequences_with_features(tagger, seqs, opts, on_progress)?;
    Ok((s.0, s.2))
}

/// `score_sequences`, also returning per sequence its words' parser features (`words ×
/// feature_dim()` values; empty when the tagger gives none).
pub fn score_sequences_with_features(
    tagger: &dyn WordTagger,
    seqs: &[WordSeq<'_>],
    opts: &NerOptions,
    on_progress: &(dyn Fn(usize, usize) + Sync),
) -> Result<(Vec<Vec<f32>>, Vec<Vec<f32>>, NerStats), NerError> {
    let n_labels = tagger.labels().len();
    let dim = tagger.feature_dim();
    let mut stats = NerStats::default();
    let mut items: Vec<(usize, usize, usize)> = Vec::new();
    for (d, seq) in seqs.iter().enumerate() {
        for w in 0..seq.windows.len() {
            items.push((d, w, seq.window_len(w)));
        }
    }
    items.sort_by(|a, b| b.2.cmp(&a.2).then(a.0.cmp(&b.0)).then(a.1.cmp(&b.1)));
    let mut scores: Vec<Vec<f32>> = seqs.iter().map(|s| vec![0.0; s.texts.len() * n_labels]).collect();
    let mut features: Vec<Vec<f32>> = seqs.iter().map(|s| vec![0.0; s.texts.len() * dim]).collect();
    // Plan the model calls (longest windows together), then run them in parallel, one call per
    // worker with libtorch single-threaded: no OpenMP team spin-waits for a core another process
    // holds, so a busy neighbour slows the run in proportion instead of stalling it. A window's
    // scores do not depend on its batch neighbours, so the result is the same in any order.
    let mut calls: Vec<&[(usize, usize, usize)]> = Vec::new();
    let mut i = 0;
    while i < items.len() {
        let longest = items[i].2;
        let fit = (opts.batch_tokens / longest.max(1)).clamp(1, opts.batch_windows.max(1));
        let end = (i + fit).min(items.len());
        calls.push(&items[i..end]);
        i = end;
    }
    let done = std::sync::atomic::AtomicUsize::new(0);
    let outputs: Vec<(Vec<Vec<f32>>, Vec<Vec<f32>>)> = calls
        .par_iter()
        .map(|batch| {
            let inputs: Vec<WindowInput> = batch.iter().map(|&(d, w, _)| seqs[d].input(w)).collect();
            let out = if dim > 0 { tagger.score_features(&inputs)? } else { (tagger.score(&inputs)?, Vec::new()) };
            let n = done.fetch_add(batch.len(), std::sync::atomic::Ordering::Relaxed) + batch.len();
            on_progress(n, items.len());
            Ok(out)
        })
        .collect::<Result<_, NerError>>()?;
    for (batch, (out, feats)) in calls.iter().zip(outputs) {
        for (k, (&(d, w, len), s)) in batch.iter().zip(out).enumerate() {
            let core = &seqs[d].windows[w].core;
            scores[d][core.start * n_labels..core.end * n_labels].copy_from_slice(&s);
            if let Some(f) = feats.get(k).filter(|f| f.len() == core.len() * dim && dim > 0) {
                features[d][core.start * dim..core.end * dim].copy_from_slice(f);
            }
            stats.pieces += len;
        }
        stats.padded_pieces += batch[0].2 * batch.len();
        stats.batches += 1;
    }
    stats.windows = items.len();
    stats.words = seqs.iter().map(|s| s.texts.len()).sum();
    Ok((scores, features, stats))
}

/// Best label index per word of each sentence of a scored sequence.
pub fn decode_sequence(seq: &WordSeq<'_>, scores: &[f32], n_labels: usize, decoder: &Decoder) -> Vec<Vec<usize>> {
    seq.sentences.iter().map(|s| decoder.decode(&scores[s.start * n_labels..s.end * n_labels])).collect()
}

/// Runs the tagger over documents and appends their model mentions.
pub fn tag_documents(
    tagger: &dyn WordTagger,
    docs: &mut [Document],
    opts: &NerOptions,
    on_progress: &(dyn Fn(usize, usize) + Sync),
) -> Result<NerStats, NerError> {
    Ok(tag_documents_with_features(tagger, docs, opts, on_progress)?.0)
}

/// `tag_documents`, also returning each document's parser features from the same encoder pass
/// (`words × feature_dim()` values; empty for a document the model does not read): what the
/// parse stage reads.
pub fn tag_documents_with_features(
    tagger: &dyn WordTagger,
    docs: &mut [Document],
    opts: &NerOptions,
    on_progress: &(dyn Fn(usize, usize) + Sync),
) -> Result<(NerStats, Vec<Vec<f32>>), NerError> {
    let budget = budget(tagger, opts);
    let (found, features, stats) = {
        let seqs: Vec<WordSeq> = docs
            .par_iter()
            .map(|d| {
                let text = d.text();
                let layer = if reads(d, opts.languages) { d.tokens() } else { &crate::tokens::TokenLayer::EMPTY };
                let sentences: Vec<Range<usize>> = layer.sentences.iter().filter(|r| !r.is_empty()).cloned().collect();
                let texts: Vec<&str> = layer.words.iter().map(|w| text.slice(w.start..w.end)).collect();
                WordSeq::plan(tagger, texts, sentences, budget)
            })
            .collect::<Result<_, _>>()?;
        let (scores, features, stats) = score_sequences_with_features(tagger, &seqs, opts, on_progress)?;
        let decoder = Decoder::new(tagger.labels());
        let found: Vec<Vec<Mention>> = docs
            .par_iter()
            .zip(seqs.par_iter())
            .zip(scores.par_iter())
            .map(|((doc, seq), scores)| decode_document(doc, seq, &doc.tokens().words, scores, tagger.labels(), &decoder))
            .collect();
        (found, features, stats)
    };
    for (doc, mentions) in docs.iter_mut().zip(found) {
        doc.model_read = Some(reads(doc, opts.languages));
        doc.mentions.extend(mentions);
    }
    Ok((stats, features))
}

/// Each sentence of a sequence with its decoded tags, a person given one kind per document
/// ([`crate::tags::harmonize_kinds`]): the tags `run` keeps and `eval` scores. `words` holds each
/// sentence's words as written, in the sequence's order.
pub fn tagged_sentences<'w>(
    seq: &WordSeq<'_>,
    scores: &[f32],
    labels: &[String],
    decoder: &Decoder,
    words: Vec<Vec<&'w str>>,
) -> Vec<(Vec<&'w str>, Vec<String>)> {
    let mut tagged: Vec<(Vec<&str>, Vec<String>)> = decode_sequence(seq, scores, labels.len(), decoder)
        .into_iter()
        .zip(words)
        .map(|(path, w)| (w, path.into_iter().map(|i| labels[i].clone()).collect()))
        .collect();
    crate::tags::harmonize_kinds(&mut tagged);
    tagged
}

/// Lower-case words a name never ends with; a model span that does is cut before them.
const TRAILING_FUNCTION_WORDS: &[&str] = &["of", "and", "the", "for", "in", "on", "to", "at", "by", "with", "from", "de", "del", "y", "la", "el"];

fn decode_document(doc: &Document, seq: &WordSeq, words: &[Word], scores: &[f32], labels: &[String], decoder: &Decoder) -> Vec<Mention> {
    let n = labels.len();
    let sentence_ranges = doc.sentences();
    let mut out = Vec::new();
    let text = doc.text();
    let sentence_words = seq.sentences.iter().map(|s| words[s.clone()].iter().map(|w| text.slice(w.start..w.end)).collect()).collect();
    let tagged = tagged_sentences(seq, scores, labels, decoder, sentence_words);
    for (s, (_, tags)) in seq.sentences.iter().zip(&tagged) {
        let path: Vec<usize> = tags.iter().map(|t| labels.iter().position(|l| l == t).unwrap_or(0)).collect();
        for c in chunks(tags) {
            let (ws, mut we) = (s.start + c.start, s.start + c.end);
            // A span that runs on into a function word ("European Union of waging") ends before
            // it: the name is what comes first.
            while we - ws > 1 && words.get(we - 1).is_some_and(|w| TRAILING_FUNCTION_WORDS.contains(&text.slice(w.start..w.end))) {
                we -= 1;
            }
            let clean = words[ws].start..words[we - 1].end;
            let prob: f32 = (ws..we).map(|w| scores[w * n + path[w - s.start]].exp()).sum::<f32>() / (we - ws) as f32;
            let raw = doc.raw_span(clean.clone());
            let sentence = sentence_ranges.partition_point(|r| r.start <= clean.start).saturating_sub(1);
            out.push(Mention {
                text: doc.raw.slice(raw.clone()).to_string(),
                clean,
                raw,
                label: c.kind,
                score: prob,
                sentence,
                source: MentionSource::Model,
            });
        }
    }
    out
}
