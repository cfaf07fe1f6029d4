//! A Hugging Face BERT-family token-classification folder run through rust-bert on libtorch.
//!
//! Any folder with `config.json` (with `id2label`), `tokenizer.json` or `vocab.txt`, and
//! `model.safetensors` or `rust_model.ot` loads the same way, whether this project trained it or
//! it came from the Hugging Face hub. Weight names may carry the `bert.` prefix or not, and fp16
//! weights are converted on load.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use rust_bert::bert::{BertConfig, BertForTokenClassification};
use tch::{nn, Device, Kind, Tensor};
use tokenizers::Tokenizer;

use super::encoder::{Encoder, Precision};
use super::{NerError, WindowInput, WordTagger};

/// Config key (ours) that says the model reads a capitalisation class through `token_type_ids`.
pub const CASE_FEATURE_KEY: &str = "actorgraph_case_feature";
/// Config key (ours) for the window length the model was trained with, in pieces.
pub const WINDOW_KEY: &str = "actorgraph_window_pieces";

/// Capitalisation class of a word, fed as its token type when the model asks for it:
/// 0 no leading capital, 1 leading capital, 2 all capitals (two letters or more).
pub fn case_class(word: &str) -> i64 {
    let mut letters = word.chars().filter(|c| c.is_alphabetic());
    let Some(first) = letters.next() else { return 0 };
    if !first.is_uppercase() {
        return 0;
    }
    let mut rest = letters.peekable();
    if rest.peek().is_some() && rest.all(|c| c.is_uppercase()) {
        2
    } else {
        1
    }
}

/// The files of a model folder, checked to exist.
#[derive(Debug, Clone)]
pub struct ModelFiles {
    pub dir: PathBuf,
    pub config: PathBuf,
    pub tokenizer_json: Option<PathBuf>,
    pub vocab: Option<PathBuf>,
    pub weights: PathBuf,
}

impl ModelFiles {
    pub fn inspect(dir: &Path) -> Result<Self, NerError> {
        let d = dir.display().to_string();
        if !dir.is_dir() {
            return Err(NerError::MissingFile {
                dir: d,
                file: "the folder itself".into(),
                hint: "pass --model with a folder holding config.json, vocab.txt and model.safetensors".into(),
            });
        }
        let config = dir.join("config.json");
        if !config.is_file() {
            return Err(NerError::MissingFile { dir: d, file: "config.json".into(), hint: "a Hugging Face model config with id2label".into() });
        }
        let tokenizer_json = Some(dir.join("tokenizer.json")).filter(|p| p.is_file());
        let vocab = Some(dir.join("vocab.txt")).filter(|p| p.is_file());
        if tokenizer_json.is_none() && vocab.is_none() {
            return Err(NerError::MissingFile { dir: d, file: "vocab.txt (or tokenizer.json)".into(), hint: "the tokenizer's vocabulary".into() });
        }
        let weights = ["model.safetensors", "rust_model.ot"].iter().map(|f| dir.join(f)).find(|p| p.is_file());
        let Some(weights) = weights else {
            let hint = if dir.join("pytorch_model.bin").is_file() {
                "pytorch_model.bin is not read; convert it with Python: `from transformers import AutoModelForTokenClassification as M; M.from_pretrained(DIR).save_pretrained(DIR, safe_serialization=True)`"
            } else {
                "the weights"
            };
            return Err(NerError::MissingFile { dir: d, file: "model.safetensors (or rust_model.ot)".into(), hint: hint.into() });
        };
        Ok(ModelFiles { dir: dir.to_path_buf(), config, tokenizer_json, vocab, weights })
    }
}

/// `config.json`, parsed both as rust-bert's BertConfig and as raw JSON (for our own keys).
#[derive(Debug, Clone)]
pub struct ModelConfig {
    pub raw: serde_json::Value,
    pub bert: BertConfig,
    /// Label names by index; empty for a bare encoder.
    pub labels: Vec<String>,
    pub case_feature: bool,
}

impl ModelConfig {
    pub fn read(path: &Path) -> Result<Self, NerError> {
        let dir = path.parent().unwrap_or(Path::new(".")).display().to_string();
        let bad = |msg: String| NerError::BadModel { dir: dir.clone(), msg };
        let text = std::fs::read_to_string(path).map_err(|e| NerError::Io { path: path.display().to_string(), cause: e })?;
        let mut raw: serde_json::Value = serde_json::from_str(&text).map_err(|e| bad(format!("config.json is not valid JSON: {e}")))?;
        // BertConfig requires hidden_act; some configs leave it to the default.
        if raw.get("hidden_act").is_none() {
            raw["hidden_act"] = "gelu".into();
        }
        let mut bert: BertConfig =
            serde_json::from_value(raw.clone()).map_err(|e| bad(format!("config.json is not a BERT config: {e}")))?;
        let mut labels = Vec::new();
        if let Some(map) = &bert.id2label {
            labels = vec![String::new(); map.len()];
            for (&i, l) in map {
                let slot = labels.get_mut(i as usize).ok_or_else(|| bad(format!("id2label has index {i} but only {} labels", map.len())))?;
                *slot = l.clone();
            }
        }
        bert.output_attentions = Some(false);
        bert.output_hidden_states = Some(false);
        let case_feature = raw.get(CASE_FEATURE_KEY).and_then(|v| v.as_bool()).unwrap_or(false);
        if case_feature && bert.type_vocab_size < 3 {
            return Err(bad(format!("{CASE_FEATURE_KEY} needs type_vocab_size >= 3, found {}", bert.type_vocab_size)));
        }
        Ok(ModelConfig { raw, bert, labels, case_feature })
    }
}

/// The tokenizer of a model folder, with truncation and padding off (windows are ours).
pub fn load_tokenizer(files: &ModelFiles) -> Result<Tokenizer, NerError> {
    let mut tok = if let Some(json) = &files.tokenizer_json {
        Tokenizer::from_file(json).map_err(|e| NerError::Tokenizer(format!("{}: {e}", json.display())))?
    } else {
        let vocab = files.vocab.as_ref().expect("checked by inspect");
        let lowercase = std::fs::read_to_string(files.dir.join("tokenizer_config.json"))
            .ok()
            .and_then(|t| serde_json::from_str::<serde_json::Value>(&t).ok())
            .and_then(|v| v.get("do_lower_case").and_then(|b| b.as_bool()))
            .unwrap_or(true);
        let wp = tokenizers::models::wordpiece::WordPiece::from_file(&vocab.display().to_string())
            .unk_token("[UNK]".into())
            .build()
            .map_err(|e| NerError::Tokenizer(format!("{}: {e}", vocab.display())))?;
        let mut t = Tokenizer::new(wp);
        t.with_normalizer(Some(tokenizers::normalizers::bert::BertNormalizer::new(true, true, None, lowercase)));
        t.with_pre_tokenizer(Some(tokenizers::pre_tokenizers::bert::BertPreTokenizer));
        t
    };
    tok.with_truncation(None).map_err(|e| NerError::Tokenizer(e.to_string()))?;
    tok.with_padding(None);
    Ok(tok)
}

/// Copy the tensors of a weights file into a VarStore's variables. Names are matched with and
/// without the `bert.` prefix (base encoders lack it) and old `gamma`/`beta` LayerNorm names.
/// A token-type table smaller than the model's is copied into its first rows and its first row
/// repeated below (how a base encoder gains capitalisation classes). Returns the variables that
/// the file did not have; with `allow_missing` false any such variable is an error.
pub fn load_weights(vs: &nn::VarStore, path: &Path, allow_missing: bool) -> Result<Vec<String>, NerError> {
    let dir = path.parent().unwrap_or(Path::new(".")).display().to_string();
    let tensors: Vec<(String, Tensor)> = if path.extension().is_some_and(|e| e == "ot") {
        Tensor::load_multi(path)?
    } else {
        Tensor::read_safetensors(path)?
    };
    let mut by_name: HashMap<String, Tensor> = HashMap::with_capacity(tensors.len());
    for (name, t) in tensors {
        let name = name.replace(".gamma", ".weight").replace(".beta", ".bias");
        by_name.insert(name, t);
    }
    let mut missing = Vec::new();
    let mut vars: Vec<(String, Tensor)> = vs.variables().into_iter().collect();
    vars.sort_by(|a, b| a.0.cmp(&b.0));
    tch::no_grad(|| -> Result<(), NerError> {
        for (name, mut var) in vars {
            let src = by_name
                .get(&name)
                .or_else(|| name.strip_prefix("bert.").and_then(|n| by_name.get(n)))
                .or_else(|| by_name.get(&format!("model.{name}")));
            let Some(src) = src else {
                missing.push(name);
                continue;
            };
            let (want, have) = (var.size(), src.size());
            if want == have {
                var.copy_(&src.to_kind(var.kind()));
            } else if name.ends_with("token_type_embeddings.weight") && want.len() == 2 && want[1] == have[1] && have[0] < want[0] {
                var.narrow(0, 0, have[0]).copy_(&src.to_kind(var.kind()));
                for row in have[0]..want[0] {
                    var.narrow(0, row, 1).copy_(&src.narrow(0, 0, 1).to_kind(var.kind()));
                }
            } else {
                return Err(NerError::BadModel { dir: dir.clone(), msg: format!("weight {name} has shape {have:?}, the config needs {want:?}") });
            }
        }
        Ok(())
    })?;
    if !allow_missing && !missing.is_empty() {
        let shown: Vec<_> = missing.iter().take(5).cloned().collect();
        return Err(NerError::BadModel {
            dir,
            msg: format!("{} weights missing from {} (first: {}); is this a token-classification model?", missing.len(), path.display(), shown.join(", ")),
        });
    }
    Ok(missing)
}

/// Tensors for one batch of windows, and where each core word's first piece sits.
pub struct Batch {
    pub ids: Tensor,
    pub mask: Tensor,
    pub types: Tensor,
    pub len: usize,
    /// Pieces of each window, special tokens included (the rest of its row is padding).
    pub lengths: Vec<i64>,
    /// Per window: the sequence position of each core word's first piece.
    pub first_piece: Vec<Vec<usize>>,
}

impl Batch {
    /// Whether any window is shorter than `len` (the attention mask matters only then).
    pub fn padded(&self) -> bool {
        self.lengths.iter().any(|&l| l < self.len as i64)
    }
}

/// A loaded BERT token classifier.
pub struct BertTagger {
    pub vs: nn::VarStore,
    pub model: BertForTokenClassification,
    pub tokenizer: Tokenizer,
    pub config: ModelConfig,
    budget: usize,
    cls: u32,
    sep: u32,
    unk: u32,
    /// The inference pass over the same weights (see `encoder`); `None` for training, or for an
    /// activation it does not implement, where rust-bert's pass runs instead.
    fast: Option<Encoder>,
    /// Serialises rust-bert's own forward pass through `&self` (see the `Sync` impl); the
    /// inference pass runs without it.
    forward_lock: std::sync::Mutex<()>,
    /// Weights of each encoder layer in the parser head's feature mix (`set_feature_mix`),
    /// embeddings first; `None` when no parser reads this encoder.
    mix: Option<Vec<f64>>,
    /// The parser head of the model folder (`parser.json`), if it has one: a second head on
    /// this encoder, fed by the same pass (see `crate::syntax`).
    parser: Option<crate::syntax::Parser>,
}

// SAFETY: tch tensors are `Send` but not `Sync`. Through `&BertTagger`, tensors are only touched
// inside `score`. Our inference pass (`fast`) only reads its weight tensors and makes new ones
// (functional libtorch ops with autograd off: libtorch supports concurrent inference over shared
// read-only weights, which is what lets model calls run in parallel, one per worker); rust-bert's
// own pass, whose module code we do not control, runs under `forward_lock`. `encode`, `labels`
// and `window_budget` read only the tokenizer and plain data, which are `Sync`. Training uses the
// tagger from one thread.
unsafe impl Sync for BertTagger {}

impl BertTagger {
    /// Load a model folder for inference.
    pub fn load(dir: &Path) -> Result<Self, NerError> {
        let files = ModelFiles::inspect(dir)?;
        let config = ModelConfig::read(&files.config)?;
        if config.labels.is_empty() {
            return Err(NerError::BadModel {
                dir: dir.display().to_string(),
                msg: "config.json has no id2label: this is a bare encoder, not a token classifier (train one with `actorgraph train --base`)".into(),
            });
        }
        let tokenizer = load_tokenizer(&files)?;
        let mut tagger = Self::build(config, tokenizer, Device::cuda_if_available())?;
        load_weights(&tagger.vs, &files.weights, false)?;
        tagger.set_precision(Precision::F32)?;
        let parser = crate::syntax::Parser::load(dir).map_err(|e| NerError::BadModel { dir: dir.display().to_string(), msg: e.to_string() })?;
        if let Some(p) = parser {
            tagger.set_feature_mix(&p.mix_weights());
            tagger.parser = Some(p);
        }
        Ok(tagger)
    }

    /// A model with the config's architecture and fresh weights (training starts from here).
    pub fn build(config: ModelConfig, tokenizer: Tokenizer, device: Device) -> Result<Self, NerError> {
        let vs = nn::VarStore::new(device);
        let model = BertForTokenClassification::new(vs.root(), &config.bert)
            .map_err(|e| NerError::BadModel { dir: String::new(), msg: e.to_string() })?;
        let id = |t: &str| tokenizer.token_to_id(t).ok_or_else(|| NerError::Tokenizer(format!("vocabulary has no {t} token")));
        let (cls, sep, unk) = (id("[CLS]")?, id("[SEP]")?, id("[UNK]")?);
        let max = (config.bert.max_position_embeddings as usize).saturating_sub(2).max(8);
        let trained = config.raw.get(WINDOW_KEY).and_then(|v| v.as_u64()).map(|v| v as usize);
        let budget = trained.unwrap_or(254).min(max);
        Ok(BertTagger { vs, model, tokenizer, config, budget, cls, sep, unk, fast: None, forward_lock: std::sync::Mutex::new(()), mix: None, parser: None })
    }

    /// Tensors for a batch of windows: [CLS] pieces [SEP], padded to the longest.
    pub fn make_batch(&self, batch: &[WindowInput<'_>]) -> Batch {
        let len = batch.iter().map(|w| w.pieces.iter().map(|p| p.len().max(1)).sum::<usize>() + 2).max().unwrap_or(2);
        let n = batch.len();
        let mut ids = vec![0i64; n * len];
        let mut mask = vec![0i64; n * len];
        let mut types = vec![0i64; n * len];
        let mut first_piece = Vec::with_capacity(n);
        let mut lengths = Vec::with_capacity(n);
        for (b, w) in batch.iter().enumerate() {
            let row = b * len;
            let mut pos = 0;
            let mut put = |id: u32, ty: i64, pos: &mut usize| {
                ids[row + *pos] = id as i64;
                mask[row + *pos] = 1;
                types[row + *pos] = ty;
                *pos += 1;
            };
            put(self.cls, 0, &mut pos);
            let mut firsts = Vec::with_capacity(w.core.len());
            for (i, (word, pieces)) in w.words.iter().zip(w.pieces).enumerate() {
                let ty = if self.config.case_feature { case_class(word) } else { 0 };
                if w.core.contains(&i) {
                    firsts.push(pos);
                }
                if pieces.is_empty() {
                    put(self.unk, ty, &mut pos);
                }
                for &p in pieces {
                    put(p, ty, &mut pos);
                }
            }
            put(self.sep, 0, &mut pos);
            lengths.push(pos as i64);
            first_piece.push(firsts);
        }
        let dev = self.vs.device();
        let shape = [n as i64, len as i64];
        Batch {
            ids: Tensor::from_slice(&ids).view(shape).to(dev),
            mask: Tensor::from_slice(&mask).view(shape).to(dev),
            types: Tensor::from_slice(&types).view(shape).to(dev),
            len,
            lengths,
            first_piece,
        }
    }

    /// Logits [batch, len, labels] from rust-bert's pass (training, and the reference).
    pub fn forward(&self, batch: &Batch, train: bool) -> Tensor {
        self.model.forward_t(Some(&batch.ids), Some(&batch.mask), Some(&batch.types), None, None, train).logits
    }

    /// Logits [batch, len, labels] for inference: the fast pass when there is one.
    pub fn infer(&self, batch: &Batch) -> Result<Tensor, NerError> {
        tch::no_grad(|| match &self.fast {
            Some(enc) => enc.forward(&batch.ids, &batch.types, &batch.lengths, None),
            None => Ok(self.forward(batch, false)),
        })
    }

    /// Logits [words, labels] of the labelled pieces only (each core word's first piece, window
    /// by window, in order), which lets the fast pass skip the rest of the last layer.
    pub fn infer_first_pieces(&self, batch: &Batch) -> Result<Tensor, NerError> {
        Ok(self.infer_rows(batch, false)?.0)
    }

    /// The logits of `infer_first_pieces` and, with `layers`, the same rows' hidden states after
    /// the embeddings and after every layer, each [words, hidden] (the fast pass only; `None`
    /// from rust-bert's).
    pub fn infer_rows(&self, batch: &Batch, layers: bool) -> Result<(Tensor, Option<Vec<Tensor>>), NerError> {
        let len = batch.len as i64;
        let rows: Vec<i64> = batch.first_piece.iter().enumerate().flat_map(|(i, f)| f.iter().map(move |&p| i as i64 * len + p as i64)).collect();
        if rows.is_empty() {
            let hidden = self.config.bert.hidden_size;
            let n_layers = self.config.bert.num_hidden_layers + 1;
            let empty = layers.then(|| (0..n_layers).map(|_| Tensor::zeros([0, hidden], (Kind::Float, self.vs.device()))).collect());
            return Ok((Tensor::zeros([0, self.config.labels.len() as i64], (Kind::Float, self.vs.device())), empty));
        }
        let rows = Tensor::from_slice(&rows).to(self.vs.device());
        let per_window: Vec<i64> = batch.first_piece.iter().map(|f| f.len() as i64).collect();
        tch::no_grad(|| match &self.fast {
            Some(enc) => {
                let mut collected = Vec::new();
                let logits = enc.forward_layers(&batch.ids, &batch.types, &batch.lengths, Some((&rows, &per_window)), layers.then_some(&mut collected))?;
                Ok((logits, layers.then_some(collected)))
            }
            None => {
                let logits = self.forward(batch, false);
                let labels = logits.size().last().copied().unwrap_or(0);
                Ok((logits.f_reshape([-1, labels])?.f_index_select(0, &rows)?, None))
            }
        })
    }

    /// Have every scoring call also return each word's parser features: the encoder layers'
    /// hidden states at its first piece, mixed with these weights (one per layer, embeddings
    /// first; see `syntax::head`). An empty slice turns the features off.
    pub fn set_feature_mix(&mut self, weights: &[f32]) {
        self.mix = (!weights.is_empty()).then(|| weights.iter().map(|&w| f64::from(w)).collect());
    }

    /// (Re)build the inference pass from the current weights at the given precision. int8 needs
    /// libtorch's fbgemm kernels (x86-64 CPU); asking for it elsewhere is an error.
    pub fn set_precision(&mut self, precision: Precision) -> Result<(), NerError> {
        if precision == Precision::Int8 && self.vs.device() != Device::Cpu {
            return Err(NerError::BadModel { dir: String::new(), msg: "int8 runs on the CPU only".into() });
        }
        let eps = self.config.raw.get("layer_norm_eps").and_then(|v| v.as_f64()).unwrap_or(1e-12);
        self.fast = tch::no_grad(|| Encoder::from_varstore(&self.vs, &self.config.bert, eps, precision))?;
        if self.fast.is_none() && precision == Precision::Int8 {
            return Err(NerError::BadModel { dir: String::new(), msg: format!("int8 is not available for activation {:?}", self.config.bert.hidden_act) });
        }
        Ok(())
    }

    /// Run rust-bert's forward pass for inference too (the reference, for benchmarks).
    pub fn use_reference_pass(&mut self) {
        self.fast = None;
    }

    /// Precision of the inference pass (f32 when rust-bert's pass runs).
    pub fn precision(&self) -> Precision {
        self.fast.as_ref().map(|e| e.precision).unwrap_or_default()
    }

    pub fn set_window_budget(&mut self, pieces: usize) {
        self.budget = pieces;
    }
}

impl WordTagger for BertTagger {
    fn labels(&self) -> &[String] {
        &self.config.labels
    }

    fn window_budget(&self) -> usize {
        self.budget
    }

    fn encode(&self, words: &[&str]) -> Result<Vec<Vec<u32>>, NerError> {
        let mut out = vec![Vec::new(); words.len()];
        if words.is_empty() {
            return Ok(out);
        }
        // A word as long as the tokens stage cuts words (a run of letters with no space: a hash,
        // a URL, junk) is never a name: one unknown piece, as BERT's own tokenizer gives a word
        // over 100 characters, instead of dozens of pieces each.
        let (kept, kept_words): (Vec<usize>, Vec<&str>) =
            words.iter().enumerate().filter(|(_, w)| w.chars().count() < crate::tokens::MAX_WORD_CHARS).map(|(i, w)| (i, *w)).unzip();
        let enc = if kept_words.is_empty() { Default::default() } else { self.tokenizer.encode(kept_words, false).map_err(|e| NerError::Tokenizer(e.to_string()))? };
        for (&id, w) in enc.get_ids().iter().zip(enc.get_word_ids()) {
            if let Some(&i) = w.and_then(|w| kept.get(w as usize)) {
                if let Some(slot) = out.get_mut(i) {
                    slot.push(id);
                }
            }
        }
        for p in &mut out {
            if p.is_empty() {
                p.push(self.unk);
            }
        }
        Ok(out)
    }

    fn score(&self, batch: &[WindowInput<'_>]) -> Result<Vec<Vec<f32>>, NerError> {
        Ok(self.score_inner(batch, false)?.0)
    }

    fn feature_dim(&self) -> usize {
        if self.mix.is_some() && self.fast.is_some() {
            self.config.bert.hidden_size as usize
        } else {
            0
        }
    }

    fn score_features(&self, batch: &[WindowInput<'_>]) -> Result<(Vec<Vec<f32>>, Vec<Vec<f32>>), NerError> {
        self.score_inner(batch, self.feature_dim() > 0)
    }

    fn parser(&self) -> Option<&crate::syntax::Parser> {
        self.parser.as_ref().filter(|_| self.feature_dim() > 0)
    }
}

impl BertTagger {
    /// Per window: its core words' log-probabilities, and with `features` their mixed feature
    /// vectors (empty without).
    fn score_inner(&self, batch: &[WindowInput<'_>], features: bool) -> Result<(Vec<Vec<f32>>, Vec<Vec<f32>>), NerError> {
        let _guard = if self.fast.is_none() { Some(self.forward_lock.lock().unwrap_or_else(|e| e.into_inner())) } else { None };
        let b = self.make_batch(batch);
        let n_labels = self.config.labels.len();
        let (logits, layers) = self.infer_rows(&b, features)?;
        let logp = logits.f_log_softmax(-1, Kind::Float)?.to(Device::Cpu).contiguous();
        let flat: Vec<f32> = Vec::<f32>::try_from(logp.view(-1))?;
        // The weighted sum of the layers, added up in place (no [words, layers, hidden] copy).
        let mixed: Vec<f32> = match (layers, &self.mix) {
            (Some(l), Some(w)) if l.len() == w.len() && !l.is_empty() => {
                let sum = tch::no_grad(|| -> Result<Tensor, NerError> {
                    let mut sum = l[0].f_mul_scalar(w[0])?;
                    for (t, &wi) in l.iter().zip(w).skip(1) {
                        let _ = sum.f_add_(&t.f_mul_scalar(wi)?)?;
                    }
                    Ok(sum)
                })?;
                Vec::<f32>::try_from(sum.f_contiguous()?.f_view(-1)?.f_to(Device::Cpu)?)?
            }
            _ => Vec::new(),
        };
        let dim = if mixed.is_empty() { 0 } else { self.config.bert.hidden_size as usize };
        let split = |flat: &[f32], per_word: usize| -> Vec<Vec<f32>> {
            let mut at = 0;
            b.first_piece
                .iter()
                .map(|firsts| {
                    let take = firsts.len() * per_word;
                    let v = flat.get(at..at + take).map(<[f32]>::to_vec).unwrap_or_default();
                    at += take;
                    v
                })
                .collect()
        };
        Ok((split(&flat, n_labels), split(&mixed, dim)))
    }
}

/// Write a model folder that `run`, `eval` and Hugging Face `transformers` all load.
pub fn save_model_dir(tagger: &BertTagger, src_tokenizer_dir: &Path, out: &Path, fp16: bool) -> Result<(), NerError> {
    let io = |p: &Path, e: std::io::Error| NerError::Io { path: p.display().to_string(), cause: e };
    std::fs::create_dir_all(out).map_err(|e| io(out, e))?;
    let mut cfg = tagger.config.raw.clone();
    let labels = &tagger.config.labels;
    let id2label: serde_json::Map<String, serde_json::Value> = labels.iter().enumerate().map(|(i, l)| (i.to_string(), l.clone().into())).collect();
    let label2id: serde_json::Map<String, serde_json::Value> = labels.iter().enumerate().map(|(i, l)| (l.clone(), i.into())).collect();
    cfg["id2label"] = id2label.into();
    cfg["label2id"] = label2id.into();
    cfg["architectures"] = serde_json::json!(["BertForTokenClassification"]);
    cfg["model_type"] = "bert".into();
    cfg["type_vocab_size"] = tagger.config.bert.type_vocab_size.into();
    cfg[CASE_FEATURE_KEY] = tagger.config.case_feature.into();
    cfg[WINDOW_KEY] = tagger.budget.into();
    if let Some(o) = cfg.as_object_mut() {
        o.remove("_name_or_path");
    }
    let cfg_path = out.join("config.json");
    std::fs::write(&cfg_path, serde_json::to_string_pretty(&cfg).unwrap_or_default()).map_err(|e| io(&cfg_path, e))?;
    for f in ["vocab.txt", "tokenizer.json", "tokenizer_config.json", "special_tokens_map.json"] {
        let src = src_tokenizer_dir.join(f);
        if src.is_file() && src_tokenizer_dir != out {
            std::fs::copy(&src, out.join(f)).map_err(|e| io(&src, e))?;
        }
    }
    let mut named: Vec<(String, Tensor)> = tagger.vs.variables().into_iter().collect();
    named.sort_by(|a, b| a.0.cmp(&b.0));
    let named: Vec<(String, Tensor)> = named
        .into_iter()
        .map(|(n, t)| (n, if fp16 { t.to_kind(Kind::Half) } else { t.shallow_clone() }))
        .collect();
    let tmp = out.join("model.safetensors.tmp");
    Tensor::write_safetensors(&named, &tmp)?;
    std::fs::rename(&tmp, out.join("model.safetensors")).map_err(|e| io(&tmp, e))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn case_classes() {
        assert_eq!(case_class("maduro"), 0);
        assert_eq!(case_class("Maduro"), 1);
        assert_eq!(case_class("Díaz-Canel"), 1);
        assert_eq!(case_class("PDVSA"), 2);
        assert_eq!(case_class("U.S."), 2);
        assert_eq!(case_class("I"), 1);
        assert_eq!(case_class("1999"), 0);
        assert_eq!(case_class("Ángel"), 1);
    }
}
