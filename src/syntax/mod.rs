//! The syntax layer: for every word of the token layer, its UPOS tag, lemma, head and
//! Universal Dependencies relation, learned from the English Web Treebank.
//!
//! The parse runs on the NER encoder's own hidden states: the encoder call that tags entities
//! also hands each word a feature vector (`ner::tag_documents_with_features`), and this stage
//! turns each sentence's vectors into a tree with the parser head (`head`) and Eisner's
//! decoder (`decode`). One encoder pass serves both; NER is unchanged by the parser (the
//! encoder is frozen when the head is trained, `train`). Documents the model does not read
//! (another language) get no parse.

pub mod conllu;
pub mod decode;
pub mod head;
pub mod lemma;
pub mod train;

use std::path::Path;

use tch::{Kind, Tensor};

use crate::document::Document;
use head::ParserHead;
use lemma::Script;

#[derive(Debug, thiserror::Error)]
pub enum SyntaxError {
    #[error("{path}: {cause}")]
    Io { path: String, cause: std::io::Error },
    #[error("{path}: line {line}: {reason}")]
    Format { path: String, line: usize, reason: String },
    #[error("{path}: not a parser head ({reason})")]
    Model { path: String, reason: String },
    #[error(transparent)]
    Ner(#[from] crate::ner::NerError),
    #[error("libtorch: {0}")]
    Torch(#[from] tch::TchError),
    #[error("{0}")]
    Other(String),
}

/// One word's syntax. `head` is the document word index of its head (`None`: the sentence's root).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyntaxWord {
    pub upos: String,
    pub lemma: String,
    pub head: Option<usize>,
    pub deprel: String,
}

/// The layer: one entry per word of the token layer, in order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Parse {
    pub words: Vec<SyntaxWord>,
}

/// One parsed word, sentence-local: `head` is the 0-based index of its head in the sentence
/// (`None`: the root).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Parsed {
    pub upos: String,
    pub lemma: String,
    pub head: Option<usize>,
    pub deprel: String,
}

/// The trained head, ready to parse sentences from their feature vectors.
pub struct Parser {
    pub(crate) head: ParserHead,
    scripts: Vec<Script>,
}

// SAFETY: as for `BertTagger`: the head's tensors are only read (autograd off, weights frozen),
// and every call makes new tensors; libtorch supports concurrent inference over shared weights.
unsafe impl Sync for Parser {}
unsafe impl Send for Parser {}

impl Parser {
    /// The parser head in a model folder, if it has one.
    pub fn load(dir: &Path) -> Result<Option<Parser>, SyntaxError> {
        Ok(ParserHead::load(dir)?.map(Parser::from_head))
    }

    pub fn from_head(head: ParserHead) -> Parser {
        let scripts = head.cfg.lemmas.iter().map(|s| Script::decode(s).unwrap_or(Script { lower: false, strip: String::new(), append: String::new() })).collect();
        Parser { head, scripts }
    }

    /// Encoder layer weights for the feature mix (see `BertTagger::set_feature_mix`).
    pub fn mix_weights(&self) -> Vec<f32> {
        self.head.mix_weights()
    }

    /// Values per word the parser reads.
    pub fn feature_dim(&self) -> usize {
        self.head.cfg.input as usize
    }

    /// Parse one sentence: `forms` its words, `features` their mixed vectors (`forms.len() ×
    /// feature_dim()` values). Heads are sentence-internal (0-based), `None` for the root.
    pub fn parse_sentence(&self, forms: &[&str], features: &[f32]) -> Result<Vec<Parsed>, SyntaxError> {
        Ok(self.parse_group(&[(forms, features)])?.pop().unwrap_or_default())
    }

    /// Parse sentences of one length together (one batch through the head: far fewer and
    /// larger products than one sentence at a time). Each item is (forms, mixed features).
    pub fn parse_group(&self, items: &[(&[&str], &[f32])]) -> Result<Vec<Vec<Parsed>>, SyntaxError> {
        let d = self.feature_dim();
        let Some(n) = items.first().map(|i| i.0.len()) else { return Ok(Vec::new()) };
        if n == 0 || items.iter().any(|(f, x)| f.len() != n || x.len() != n * d) {
            return Err(SyntaxError::Other("parse_group takes sentences of one length with their features".into()));
        }
        let flat: Vec<f32> = items.iter().flat_map(|(_, x)| x.iter().copied()).collect();
        let x = Tensor::from_slice(&flat).view([items.len() as i64, n as i64, d as i64]);
        let forms: Vec<&[&str]> = items.iter().map(|i| i.0).collect();
        self.parse_tensor(&forms, &x)
    }

    /// Parse sentences of one length from their mixed features as a tensor [sentences, words,
    /// feature_dim()].
    pub(crate) fn parse_tensor(&self, forms: &[&[&str]], x: &Tensor) -> Result<Vec<Vec<Parsed>>, SyntaxError> {
        let b = forms.len();
        let n = forms.first().map_or(0, |f| f.len());
        let (heads, upos, lemma, rels) = tch::no_grad(|| -> Result<_, SyntaxError> {
            let o = self.head.forward(x, false);
            let arcs: Vec<f32> = Vec::<f32>::try_from(o.arcs.f_log_softmax(-1, Kind::Float)?.f_contiguous()?.f_view(-1)?)?;
            let per = n * (n + 1);
            let heads: Vec<usize> = (0..b).flat_map(|k| self.decode(n, arcs.get(k * per..(k + 1) * per).unwrap_or(&[]))).collect();
            let head_t = Tensor::from_slice(&heads.iter().map(|&h| h as i64).collect::<Vec<_>>()).view([b as i64, n as i64]);
            let rels: Vec<i64> = Vec::<i64>::try_from(self.head.relations(&o, &head_t).f_argmax(-1, false)?.f_view(-1)?)?;
            let upos: Vec<i64> = Vec::<i64>::try_from(o.upos.f_argmax(-1, false)?.f_view(-1)?)?;
            let lemma: Vec<f32> = Vec::<f32>::try_from(o.lemma.f_contiguous()?.f_view(-1)?)?;
            Ok((heads, upos, lemma, rels))
        })?;
        let label = |list: &[String], i: i64| list.get(i as usize).cloned().unwrap_or_default();
        let scripts = self.scripts.len();
        Ok(forms
            .iter()
            .enumerate()
            .map(|(k, words)| {
                (0..n)
                    .map(|i| {
                        let at = k * n + i;
                        let h = heads.get(at).copied().unwrap_or(0);
                        let rel = if h == 0 { "root".to_string() } else { label(&self.head.cfg.deprels, rels.get(at).copied().unwrap_or(0)) };
                        let lemma = self.lemma(words[i], lemma.get(at * scripts..(at + 1) * scripts).unwrap_or(&[]));
                        Parsed { upos: label(&self.head.cfg.upos, upos.get(at).copied().unwrap_or(0)), lemma, head: h.checked_sub(1), deprel: rel }
                    })
                    .collect()
            })
            .collect())
    }

    /// The lemma of `form` by the best-scoring script that applies to it (the form itself if none).
    fn lemma(&self, form: &str, scores: &[f32]) -> String {
        let lower = form.to_lowercase();
        let mut best: Option<(f32, &Script)> = None;
        for (s, &v) in self.scripts.iter().zip(scores) {
            if best.is_none_or(|(b, _)| v > b) && s.applies_to(form, &lower) {
                best = Some((v, s));
            }
        }
        best.map_or_else(|| form.to_string(), |(_, s)| s.apply(form))
    }

    /// Heads (0 = root, else 1 + word) from log-probabilities [n, n + 1], row-major.
    fn decode(&self, n: usize, arcs: &[f32]) -> Vec<usize> {
        let at = |d: usize, col: usize| arcs.get(d * (n + 1) + col).copied().unwrap_or(f32::NEG_INFINITY);
        decode::best_tree(n, &|h, d| if h == d { f32::NEG_INFINITY } else { at(d, h + 1) }, &|d| at(d, 0))
    }
}

/// The parse stage: each document's parse from its words' feature vectors (`features[d]` for
/// `docs[d]`, `feature_dim()` values per word of its token layer; empty for a document the
/// model did not read, which gets no parse). Sentences of one length across the batch go
/// through the head together, in chunks spread over the workers.
pub fn parse_documents(parser: &Parser, docs: &mut [Document], features: &[Vec<f32>]) -> Result<(), SyntaxError> {
    use rayon::prelude::*;
    /// Words per call to the head: big enough to amortise libtorch's per-call cost.
    const CHUNK_WORDS: usize = 2048;
    let d = parser.feature_dim();
    // Every sentence to parse: (document, its word range), grouped by length.
    let mut by_len: std::collections::BTreeMap<usize, Vec<(usize, std::ops::Range<usize>)>> = Default::default();
    for (di, (doc, feats)) in docs.iter().zip(features).enumerate() {
        let words = doc.tokens().words.len();
        if doc.failed.is_some() || feats.is_empty() || feats.len() != words * d {
            continue;
        }
        for s in doc.tokens().sentences.iter().filter(|s| !s.is_empty() && s.end <= words) {
            by_len.entry(s.len()).or_default().push((di, s.clone()));
        }
    }
    let chunks: Vec<&[(usize, std::ops::Range<usize>)]> = by_len.iter().flat_map(|(len, v)| v.chunks((CHUNK_WORDS / len).max(1))).collect();
    let parsed: Vec<Vec<Vec<Parsed>>> = chunks
        .par_iter()
        .map(|chunk| {
            let forms: Vec<Vec<&str>> = chunk.iter().map(|(di, r)| {
                let (doc, text) = (&docs[*di], docs[*di].text());
                doc.tokens().words[r.clone()].iter().map(|w| text.slice(w.start..w.end)).collect()
            }).collect();
            let items: Vec<(&[&str], &[f32])> = chunk.iter().zip(&forms).map(|((di, r), f)| (f.as_slice(), &features[*di][r.start * d..r.end * d])).collect();
            parser.parse_group(&items)
        })
        .collect::<Result<_, _>>()?;
    let mut layers: Vec<Option<Parse>> = docs.iter().zip(features).map(|(doc, f)| {
        (!f.is_empty() && doc.failed.is_none()).then(|| Parse { words: vec![SyntaxWord { upos: String::new(), lemma: String::new(), head: None, deprel: String::new() }; doc.tokens().words.len()] })
    }).collect();
    for (chunk, sentences) in chunks.iter().zip(parsed) {
        for ((di, r), words) in chunk.iter().zip(sentences) {
            let Some(Some(layer)) = layers.get_mut(*di) else { continue };
            for (k, p) in words.into_iter().enumerate() {
                if let Some(w) = layer.words.get_mut(r.start + k) {
                    *w = SyntaxWord { upos: p.upos, lemma: p.lemma, head: p.head.map(|h| r.start + h), deprel: p.deprel };
                }
            }
        }
    }
    for (doc, layer) in docs.iter_mut().zip(layers) {
        if layer.is_some() {
            doc.parse = layer;
        }
    }
    Ok(())
}

/// A document's parse as CoNLL-U (ID, FORM, LEMMA, UPOS, HEAD, DEPREL; the other columns `_`),
/// a blank line after each sentence; `None` when it has no parse.
pub fn to_conllu(doc: &Document) -> Option<String> {
    doc.parse.as_ref()?;
    let n = doc.tokens().sentences.len();
    Some((0..n).filter_map(|i| sentence_conllu(doc, i)).map(|s| s + "\n").collect())
}

/// One sentence's tree in CoNLL-U (`None` without a parse or for a sentence without words).
pub fn sentence_conllu(doc: &Document, sentence: usize) -> Option<String> {
    let parse = doc.parse.as_ref()?;
    let tokens = doc.tokens();
    let text = doc.text();
    let s = tokens.sentences.get(sentence).filter(|s| !s.is_empty())?;
    let mut out = String::new();
    for (k, i) in s.clone().enumerate() {
        let (Some(w), Some(t)) = (parse.words.get(i), tokens.words.get(i)) else { continue };
        let head = w.head.map(|h| h + 1 - s.start).unwrap_or(0);
        out.push_str(&format!("{}\t{}\t{}\t{}\t_\t_\t{}\t{}\t_\t_\n", k + 1, text.slice(t.start..t.end), w.lemma, w.upos, head, w.deprel));
    }
    Some(out)
}

/// Attachment scores over gold-tokenized sentences.
#[derive(Debug, Default, Clone, Copy, serde::Serialize)]
pub struct AttachmentScores {
    pub words: usize,
    pub uas: f64,
    pub las: f64,
    pub upos: f64,
    pub lemma: f64,
}

/// UAS, LAS (full relation with subtype), UPOS and lemma accuracy of `predicted` against
/// `gold`, over all words (punctuation included, as the CoNLL 2018 shared task scores).
pub fn attachment(gold: &[conllu::GoldSentence], predicted: &[Vec<Parsed>]) -> AttachmentScores {
    let (mut n, mut u, mut l, mut p, mut m) = (0usize, 0usize, 0usize, 0usize, 0usize);
    for (g, pr) in gold.iter().zip(predicted) {
        for (gw, Parsed { upos, lemma, head, deprel: rel }) in g.words.iter().zip(pr) {
            n += 1;
            let h = head.map(|h| h + 1).unwrap_or(0);
            if h == gw.head {
                u += 1;
                if *rel == gw.deprel {
                    l += 1;
                }
            }
            p += usize::from(*upos == gw.upos);
            m += usize::from(*lemma == gw.lemma);
        }
    }
    let r = |k: usize| if n == 0 { 0.0 } else { k as f64 / n as f64 };
    AttachmentScores { words: n, uas: r(u), las: r(l), upos: r(p), lemma: r(m) }
}

/// Parse gold-tokenized treebank sentences the way a run does: each treebank document's
/// sentences as one sequence through the tagger's encoder (its precision), then the parser head.
pub fn predict_gold(tagger: &dyn crate::ner::WordTagger, sentences: &[conllu::GoldSentence], opts: &crate::ner::NerOptions) -> Result<Vec<Vec<Parsed>>, SyntaxError> {
    use crate::ner::{budget, score_sequences_with_features, WordSeq};
    let parser = tagger.parser().ok_or_else(|| SyntaxError::Other("the model folder has no parser head (parser.json); train one with `actorgraph train-parser`".into()))?;
    let groups = train::document_groups(sentences);
    let budget = budget(tagger, opts);
    let seqs: Vec<WordSeq> = groups
        .iter()
        .map(|g| {
            let texts = sentences[g.clone()].iter().flat_map(|s| s.words.iter().map(|w| w.form.as_str())).collect();
            WordSeq::plan(tagger, texts, train::word_ranges(&sentences[g.clone()]), budget)
        })
        .collect::<Result<_, _>>()?;
    let (_, features, _) = score_sequences_with_features(tagger, &seqs, opts, &|_, _| {})?;
    let d = parser.feature_dim();
    let mut out = Vec::with_capacity(sentences.len());
    for ((g, seq), feats) in groups.iter().zip(&seqs).zip(&features) {
        for (s, r) in sentences[g.clone()].iter().zip(&seq.sentences) {
            let forms: Vec<&str> = s.words.iter().map(|w| w.form.as_str()).collect();
            out.push(parser.parse_sentence(&forms, feats.get(r.start * d..r.end * d).unwrap_or(&[]))?);
        }
    }
    Ok(out)
}
