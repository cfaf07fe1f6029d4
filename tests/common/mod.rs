//! Fixtures made by the tests: a tiny random-weight BERT token classifier folder (a few hundred
//! KB, written with tch and rust-bert directly, not with the code under test), and a stand-in
//! tagger behind the same trait as the model.
#![allow(dead_code)]

use std::collections::HashMap;
use std::path::Path;

use actorgraph::ner::{NerError, WindowInput, WordTagger};
use rust_bert::bert::{BertConfig, BertForTokenClassification};
use tch::{nn, Device, Kind, Tensor};

pub const LABELS: &[&str] = &["O", "B-PER", "I-PER", "B-LOC", "I-LOC"];

pub const VOCAB: &[&str] = &[
    "[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", "nicolas", "maduro", "diaz", "-", "canel", "visited", "caracas", ".", ",",
    "the", "president", "met", "in", "and", "russia", "putin", "vladimir", "##s", "##a", "##e", "a", "e", "s", "hezbollah",
];

/// Options for the tiny model folder.
pub struct TinyModel {
    /// Write tensor names without the `bert.` prefix (like a base encoder on the hub).
    pub strip_prefix: bool,
    pub case_feature: bool,
    /// A bare encoder: no id2label, no classifier weights (a base model for `train`).
    pub bare: bool,
}

impl Default for TinyModel {
    fn default() -> Self {
        TinyModel { strip_prefix: false, case_feature: false, bare: false }
    }
}

/// Write a random-weight BERT token classifier to `dir`; returns its tensors by name.
pub fn write_tiny_model(dir: &Path, opts: &TinyModel) -> HashMap<String, Tensor> {
    std::fs::create_dir_all(dir).unwrap();
    tch::manual_seed(7);
    let id2label: HashMap<i64, String> = LABELS.iter().enumerate().map(|(i, l)| (i as i64, l.to_string())).collect();
    let config = BertConfig {
        hidden_size: 32,
        intermediate_size: 64,
        num_attention_heads: 2,
        num_hidden_layers: 2,
        max_position_embeddings: 512,
        type_vocab_size: if opts.case_feature { 3 } else { 2 },
        vocab_size: VOCAB.len() as i64,
        id2label: Some(id2label.clone()),
        ..Default::default()
    };
    let vs = nn::VarStore::new(Device::Cpu);
    let _model = BertForTokenClassification::new(vs.root(), &config).unwrap();
    let mut json = serde_json::to_value(&config).unwrap();
    json["id2label"] = serde_json::to_value(LABELS.iter().enumerate().map(|(i, l)| (i.to_string(), l.to_string())).collect::<HashMap<_, _>>()).unwrap();
    json["model_type"] = "bert".into();
    if opts.case_feature {
        json["actorgraph_case_feature"] = true.into();
    }
    if opts.bare {
        json.as_object_mut().unwrap().remove("id2label");
        json.as_object_mut().unwrap().remove("label2id");
    }
    std::fs::write(dir.join("config.json"), serde_json::to_string_pretty(&json).unwrap()).unwrap();
    std::fs::write(dir.join("vocab.txt"), VOCAB.join("\n")).unwrap();
    let vars = vs.variables();
    let named: Vec<(String, Tensor)> = vars
        .iter()
        .filter(|(n, _)| !(opts.bare && n.starts_with("classifier.")))
        .map(|(n, t)| {
            let name = if opts.strip_prefix { n.strip_prefix("bert.").unwrap_or(n).to_string() } else { n.clone() };
            (name, t.shallow_clone())
        })
        .collect();
    Tensor::write_safetensors(&named, dir.join("model.safetensors")).unwrap();
    vars
}

/// Write `vars` (from `write_tiny_model`) as another folder's weights, with names without the
/// `bert.` prefix and in fp16, next to a copy of `src`'s config and vocabulary. The same weights,
/// whatever else draws from libtorch's global random generator meanwhile.
pub fn write_variant(src: &Path, dir: &Path, vars: &HashMap<String, Tensor>) {
    std::fs::create_dir_all(dir).unwrap();
    for f in ["config.json", "vocab.txt"] {
        std::fs::copy(src.join(f), dir.join(f)).unwrap();
    }
    let named: Vec<(String, Tensor)> =
        vars.iter().map(|(n, t)| (n.strip_prefix("bert.").unwrap_or(n).to_string(), t.to_kind(Kind::Half))).collect();
    Tensor::write_safetensors(&named, dir.join("model.safetensors")).unwrap();
}

/// A stand-in tagger: labels words from a gazetteer, and fails if a window exceeds its budget,
/// so tests of windowing and offsets need no model.
pub struct GazetteerTagger {
    pub labels: Vec<String>,
    pub budget: usize,
    pub tags: HashMap<String, usize>,
    pub max_seen: std::sync::Mutex<usize>,
    pub calls: std::sync::Mutex<usize>,
    /// Words labelled so far (core words of every window scored).
    pub words_scored: std::sync::Mutex<usize>,
    /// Fail every model call after this many (to simulate a crash part-way).
    pub fail_after: Option<usize>,
}

impl GazetteerTagger {
    pub fn new(budget: usize, entries: &[(&str, &str)]) -> Self {
        let labels: Vec<String> = LABELS.iter().map(|s| s.to_string()).collect();
        let tags = entries.iter().map(|(w, t)| (w.to_string(), labels.iter().position(|l| l == t).unwrap())).collect();
        GazetteerTagger { labels, budget, tags, max_seen: Default::default(), calls: Default::default(), words_scored: Default::default(), fail_after: None }
    }
}

impl WordTagger for GazetteerTagger {
    fn labels(&self) -> &[String] {
        &self.labels
    }
    fn window_budget(&self) -> usize {
        self.budget
    }
    fn encode(&self, words: &[&str]) -> Result<Vec<Vec<u32>>, NerError> {
        // One piece per three chars, like a sub-word tokenizer on long words.
        Ok(words.iter().map(|w| vec![0; w.chars().count().div_ceil(3).max(1)]).collect())
    }
    fn score(&self, batch: &[WindowInput<'_>]) -> Result<Vec<Vec<f32>>, NerError> {
        let mut calls = self.calls.lock().unwrap();
        if self.fail_after.is_some_and(|n| *calls >= n) {
            return Err(NerError::Tokenizer("simulated crash".into()));
        }
        *calls += 1;
        *self.words_scored.lock().unwrap() += batch.iter().map(|w| w.core.len()).sum::<usize>();
        let n = self.labels.len();
        let mut out = Vec::new();
        for w in batch {
            let pieces: usize = w.pieces.iter().map(|p| p.len()).sum();
            let mut m = self.max_seen.lock().unwrap();
            *m = (*m).max(pieces);
            if pieces > self.budget {
                return Err(NerError::Tokenizer(format!("window of {pieces} pieces over budget {}", self.budget)));
            }
            let mut v = Vec::new();
            for word in &w.words[w.core.clone()] {
                let tag = self.tags.get(*word).copied().unwrap_or(0);
                for l in 0..n {
                    v.push(if l == tag { 0.9f32.ln() } else { (0.1f32 / (n - 1) as f32).ln() });
                }
            }
            out.push(v);
        }
        Ok(out)
    }
}

/// The shipped verb table (the event coder every pipeline test runs with).
pub fn coder() -> actorgraph::events::EventCoder {
    let verbs = actorgraph::events::VerbTable::load(&[std::path::PathBuf::from("verbs")]).unwrap();
    let pos = actorgraph::pos::PosTagger::load(std::path::Path::new("models/pos-ewt/pos.bin")).unwrap();
    actorgraph::events::EventCoder::new(verbs, pos, Default::default())
}

/// A cleaned document with model mentions at the given (text, label) places (first occurrence
/// of each text at or after the previous one), not yet linked.
pub fn doc_with_mentions(text: &str, mentions: &[(&str, &str)]) -> actorgraph::document::Document {
    use actorgraph::document::{Document, Mention, MentionSource};
    let mut d = Document::new("d".into(), "d.txt".into(), text.into(), Default::default());
    d.clean = Some(actorgraph::clean::clean(&d.raw));
    let t = d.text().clone();
    let mut from = 0;
    for (m, label) in mentions {
        let b = t.as_str()[from..].find(m).map(|i| i + from).unwrap_or_else(|| panic!("{m} not in text"));
        from = b + m.len();
        let s = t.char_offset(b);
        let e = s + m.chars().count();
        let raw = d.raw_span(s..e);
        d.mentions.push(Mention {
            clean: s..e,
            text: d.raw.slice(raw.clone()).to_string(),
            raw,
            label: label.to_string(),
            score: 0.9,
            sentence: d.clean.as_ref().unwrap().sentence_of(s),
            source: MentionSource::Model,
        });
    }
    d
}
