//! Training the parser head on a treebank (`actorgraph train-parser`): the encoder of a NER
//! model folder stays frozen; its per-layer hidden states at each word's first piece are
//! computed once (windows planned as a run plans them, with each treebank document's
//! sentences as context), kept in memory as f16, and the head is trained over them with Adam,
//! sentences of one length batched together (no padding, so the BiLSTM never reads any). The
//! epoch with the best dev LAS is kept and written into the folder as `parser.json` and
//! `parser.safetensors`.

use std::collections::{BTreeMap, HashMap};
use std::path::PathBuf;
use std::time::Instant;

use tch::nn::OptimizerConfig;
use tch::{nn, Kind, Reduction, Tensor};

use super::conllu::{self, GoldSentence};
use super::head::{HeadConfig, ParserHead};
use super::lemma::Script;
use super::{attachment, AttachmentScores, Parser, SyntaxError};
use crate::ner::bert::BertTagger;
use crate::ner::{budget, NerOptions, WordSeq};

#[derive(Debug, Clone)]
pub struct ParserTrainOptions {
    /// The NER model folder whose encoder the head reads.
    pub model: PathBuf,
    pub train: Vec<PathBuf>,
    pub dev: Vec<PathBuf>,
    /// Where the head is written (default: the model folder).
    pub out: PathBuf,
    pub epochs: usize,
    pub lr: f64,
    /// Words per batch (about: whole sentences of one length).
    pub batch_words: usize,
    pub lstm: i64,
    /// Size of the relation scorer's MLP.
    pub rel: i64,
    pub seed: i64,
    /// Use only the first N training sentences (smoke tests).
    pub limit: Option<usize>,
}

/// Per epoch: dev scores, train loss, seconds.
#[derive(Debug, Clone, serde::Serialize)]
pub struct ParserEpoch {
    pub epoch: usize,
    pub loss: f64,
    pub dev: AttachmentScores,
    pub seconds: f64,
}

/// Runs of consecutive sentences of one treebank document (at most 64 sentences a run): each
/// is read as one sequence, as a run reads a document.
pub fn document_groups(sentences: &[GoldSentence]) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    while start < sentences.len() {
        let mut end = start + 1;
        while end < sentences.len() && !sentences[end].doc.is_empty() && sentences[end].doc == sentences[start].doc && end - start < 64 {
            end += 1;
        }
        out.push(start..end);
        start = end;
    }
    out
}

/// Word ranges of consecutive sentences in one sequence.
pub fn word_ranges(sentences: &[GoldSentence]) -> Vec<std::ops::Range<usize>> {
    let mut at = 0;
    sentences
        .iter()
        .map(|s| {
            at += s.words.len();
            at - s.words.len()..at
        })
        .collect()
}

/// Each sentence's per-layer features at its words' first pieces: [words, layers, hidden], f16.
pub fn layer_features(tagger: &BertTagger, sentences: &[GoldSentence]) -> Result<Vec<Tensor>, SyntaxError> {
    let budget = budget(tagger, &NerOptions::default());
    let mut out = Vec::with_capacity(sentences.len());
    for g in document_groups(sentences) {
        let group = &sentences[g];
        let texts: Vec<&str> = group.iter().flat_map(|s| s.words.iter().map(|w| w.form.as_str())).collect();
        let ranges = word_ranges(group);
        let seq = WordSeq::plan(tagger, texts, ranges.clone(), budget)?;
        let mut per_word: Vec<Option<Tensor>> = (0..seq.texts.len()).map(|_| None).collect();
        for w in 0..seq.windows.len() {
            let b = tagger.make_batch(&[seq.input(w)]);
            let (_, layers) = tagger.infer_rows(&b, true)?;
            let layers = Tensor::f_stack(&layers.ok_or_else(|| SyntaxError::Other("the model's activation has no fast pass: the parser needs it".into()))?, 1)?;
            for (k, word) in seq.windows[w].core.clone().enumerate() {
                per_word[word] = Some(layers.get(k as i64));
            }
        }
        for r in ranges {
            let rows: Vec<Tensor> = per_word[r].iter_mut().filter_map(Option::take).collect();
            out.push(Tensor::f_stack(&rows, 0)?.f_to_kind(Kind::Half)?);
        }
    }
    Ok(out)
}

/// Label lists and lemma scripts from the training data: every UPOS and relation seen, and the
/// scripts seen at least twice (the identity first, as the fallback class).
fn inventories(train: &[GoldSentence], dev: &[GoldSentence]) -> (Vec<String>, Vec<String>, Vec<String>) {
    let mut upos = std::collections::BTreeSet::new();
    let mut rels = std::collections::BTreeSet::new();
    for w in train.iter().chain(dev).flat_map(|s| &s.words) {
        upos.insert(w.upos.clone());
        rels.insert(w.deprel.clone());
    }
    let mut scripts: BTreeMap<String, usize> = BTreeMap::new();
    for w in train.iter().flat_map(|s| &s.words) {
        *scripts.entry(Script::between(&w.form, &w.lemma).encode()).or_default() += 1;
    }
    let identity = Script { lower: false, strip: String::new(), append: String::new() }.encode();
    let mut lemmas = vec![identity.clone()];
    lemmas.extend(scripts.into_iter().filter(|(s, c)| *c >= 2 && *s != identity).map(|(s, _)| s));
    (upos.into_iter().collect(), rels.into_iter().collect(), lemmas)
}

/// Gold targets of one sentence: heads, relation ids, UPOS ids, lemma-script ids.
struct Targets {
    heads: Vec<i64>,
    rels: Vec<i64>,
    upos: Vec<i64>,
    lemmas: Vec<i64>,
}

fn targets(s: &GoldSentence, cfg: &HeadConfig) -> Targets {
    let index = |list: &[String]| -> HashMap<String, i64> { list.iter().enumerate().map(|(i, l)| (l.clone(), i as i64)).collect() };
    let (u, r, l) = (index(&cfg.upos), index(&cfg.deprels), index(&cfg.lemmas));
    Targets {
        heads: s.words.iter().map(|w| w.head as i64).collect(),
        rels: s.words.iter().map(|w| r.get(&w.deprel).copied().unwrap_or(0)).collect(),
        upos: s.words.iter().map(|w| u.get(&w.upos).copied().unwrap_or(0)).collect(),
        lemmas: s.words.iter().map(|w| l.get(&Script::between(&w.form, &w.lemma).encode()).copied().unwrap_or(0)).collect(),
    }
}

/// Parse gold-tokenized sentences from their per-layer features and score them.
pub fn evaluate(parser: &Parser, sentences: &[GoldSentence], features: &[Tensor]) -> Result<AttachmentScores, SyntaxError> {
    let mut predicted = Vec::with_capacity(sentences.len());
    for (s, f) in sentences.iter().zip(features) {
        let forms: Vec<&str> = s.words.iter().map(|w| w.form.as_str()).collect();
        let x = tch::no_grad(|| parser.head.mix(&f.to_kind(Kind::Float).unsqueeze(0)));
        predicted.extend(parser.parse_tensor(&[&forms], &x)?);
    }
    Ok(attachment(sentences, &predicted))
}

/// Train the head; returns the epochs' log. The best epoch (dev LAS) is written to `opts.out`.
pub fn train(opts: &ParserTrainOptions, on_epoch: &dyn Fn(&ParserEpoch)) -> Result<Vec<ParserEpoch>, SyntaxError> {
    tch::manual_seed(opts.seed);
    let read = |files: &[PathBuf]| -> Result<Vec<GoldSentence>, SyntaxError> {
        let mut all = Vec::new();
        for f in files {
            all.extend(conllu::read(f)?);
        }
        Ok(all)
    };
    let mut train_s = read(&opts.train)?;
    if let Some(n) = opts.limit {
        train_s.truncate(n);
    }
    let dev_s = read(&opts.dev)?;
    if train_s.is_empty() {
        return Err(SyntaxError::Other("no sentences in the --train files".into()));
    }
    let tagger = BertTagger::load(&opts.model)?;
    let (upos, deprels, lemmas) = inventories(&train_s, &dev_s);
    let t = Instant::now();
    let train_f = layer_features(&tagger, &train_s)?;
    let dev_f = layer_features(&tagger, &dev_s)?;
    tracing::info!(sentences = train_s.len() + dev_s.len(), seconds = t.elapsed().as_secs_f64(), "encoder features computed");
    let cfg = HeadConfig {
        layers: tagger.config.bert.num_hidden_layers + 1,
        input: tagger.config.bert.hidden_size,
        lstm: opts.lstm,
        lstm_layers: 2,
        arc: 256,
        rel: opts.rel,
        upos,
        deprels,
        lemmas,
        dev: serde_json::Value::Null,
    };
    drop(tagger);
    let mut parser = Parser::from_head(ParserHead::new(cfg));
    let gold: Vec<Targets> = train_s.iter().map(|s| targets(s, &parser.head.cfg)).collect();
    // Batches: sentences of one length, about `batch_words` words each.
    let mut by_len: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for (i, s) in train_s.iter().enumerate() {
        by_len.entry(s.words.len()).or_default().push(i);
    }
    let mut batches: Vec<Vec<usize>> = Vec::new();
    for (len, ids) in by_len {
        let per = (opts.batch_words / len.max(1)).max(1);
        batches.extend(ids.chunks(per).map(<[usize]>::to_vec));
    }
    let mut opt = nn::Adam { beta1: 0.9, beta2: 0.9, wd: 0.0, eps: 1e-8, amsgrad: false }.build(&parser.head.vs, opts.lr)?;
    let mut log = Vec::new();
    let mut best = -1.0;
    let mut rng = crate::util::Rng(opts.seed as u64);
    for epoch in 1..=opts.epochs {
        let started = Instant::now();
        // Constant for the first half, then down linearly to a tenth by the last epoch.
        let half = opts.epochs.div_ceil(2);
        let decay = if epoch <= half { 1.0 } else { 1.0 - 0.9 * (epoch - half) as f64 / (opts.epochs - half).max(1) as f64 };
        opt.set_lr(opts.lr * decay);
        rng.shuffle(&mut batches);
        let (mut loss_sum, mut steps) = (0.0, 0usize);
        for b in &batches {
            let feats = Tensor::f_stack(&b.iter().map(|&i| &train_f[i]).collect::<Vec<_>>(), 0)?.f_to_kind(Kind::Float)?;
            let n = feats.size()[1];
            let x = parser.head.mix(&feats);
            let o = parser.head.forward(&x, true);
            let cat = |f: &dyn Fn(&Targets) -> &Vec<i64>| Tensor::from_slice(&b.iter().flat_map(|&i| f(&gold[i]).iter().copied()).collect::<Vec<i64>>());
            let heads = cat(&|t| &t.heads);
            let ce = |scores: &Tensor, gold: &Tensor| {
                let k = scores.size().last().copied().unwrap_or(1);
                scores.view([-1, k]).cross_entropy_loss::<Tensor>(gold, None, Reduction::Mean, -100, 0.0)
            };
            let rel_scores = parser.head.relations(&o, &heads.view([b.len() as i64, n]));
            let loss = ce(&o.arcs, &heads) + ce(&rel_scores, &cat(&|t| &t.rels)) + ce(&o.upos, &cat(&|t| &t.upos)) * 0.5 + ce(&o.lemma, &cat(&|t| &t.lemmas)) * 0.5;
            opt.backward_step_clip_norm(&loss, 5.0);
            loss_sum += loss.double_value(&[]);
            steps += 1;
        }
        let dev = evaluate(&parser, &dev_s, &dev_f)?;
        let e = ParserEpoch { epoch, loss: loss_sum / steps.max(1) as f64, dev, seconds: started.elapsed().as_secs_f64() };
        on_epoch(&e);
        if dev.las > best {
            best = dev.las;
            parser.head.cfg.dev = serde_json::json!({ "epoch": epoch, "uas": dev.uas, "las": dev.las, "upos": dev.upos, "lemma": dev.lemma, "words": dev.words });
            parser.head.save(&opts.out)?;
        }
        log.push(e);
    }
    Ok(log)
}
