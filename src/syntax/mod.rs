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

impl Parse {
    /// Dependents of word `w` (document indices), in order.
    pub fn children(&self, w: usize) -> impl Iterator<Item = usize> + '_ {
        self.words.iter().enumerate().filter(move |(_, x)| x.head == Some(w)).map(|(i, _)| i)
    }
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

    /// What `parser.json` says of the head (sizes, labels, training figures).
    pub fn config(&self) -> &head::HeadConfig {
        &self.head.cfg
    }

    /// Parse one sentence: `forms` its words, `features` their mixed vectors (`forms.len() ×
    /// feature_dim()` values). Heads are sentence-internal (0-based), `None` for the root.
    pub fn parse_sentence(&self, forms: &[&str], features: &[f32]) -> Result<Vec<(String, String, Option<usize>, String)>, SyntaxError> {
        let n = forms.len();
        let d = self.feature_dim();
        if n == 0 || features.len() != n * d {
            return Ok(Vec::new());
        }
        self.parse_tensor(forms, &Tensor::from_slice(features).view([1, n as i64, d as i64]))
    }

    /// Parse one sentence from its mixed features as a tensor [1, words, feature_dim()].
    pub(crate) fn parse_tensor(&self, forms: &[&str], x: &Tensor) -> Result<Vec<(String, String, Option<usize>, String)>, SyntaxError> {
        let n = forms.len();
        let (arcs, upos, lemma, rels) = tch::no_grad(|| -> Result<_, SyntaxError> {
            let o = self.head.forward(x, false);
            let arcs = o.arcs.f_log_softmax(-1, Kind::Float)?.f_squeeze_dim(0)?;
            let arcs: Vec<f32> = Vec::<f32>::try_from(arcs.f_contiguous()?.f_view(-1)?)?;
            let heads = self.decode(n, &arcs);
            let head_t = Tensor::from_slice(&heads.iter().map(|&h| h as i64).collect::<Vec<_>>()).view([1, n as i64]);
            let rels: Vec<i64> = Vec::<i64>::try_from(self.head.relations(&o, &head_t).f_argmax(-1, false)?.f_view(-1)?)?;
            let upos: Vec<i64> = Vec::<i64>::try_from(o.upos.f_argmax(-1, false)?.f_view(-1)?)?;
            // Lemma scripts best first, the first whose ending the word has is taken.
            let lemma: Vec<f32> = Vec::<f32>::try_from(o.lemma.f_contiguous()?.f_view(-1)?)?;
            Ok((heads, upos, lemma, rels))
        })?;
        let label = |list: &[String], i: i64| list.get(i as usize).cloned().unwrap_or_default();
        Ok((0..n)
            .map(|i| {
                let h = arcs.get(i).copied().unwrap_or(0);
                let rel = if h == 0 { "root".to_string() } else { label(&self.head.cfg.deprels, rels.get(i).copied().unwrap_or(0)) };
                let lemma = self.lemma(forms[i], lemma.get(i * self.scripts.len()..(i + 1) * self.scripts.len()).unwrap_or(&[]));
                (label(&self.head.cfg.upos, upos.get(i).copied().unwrap_or(0)), lemma, h.checked_sub(1), rel)
            })
            .collect())
    }

    /// The lemma of `form` by the best-scoring script that applies to it (the form itself if none).
    fn lemma(&self, form: &str, scores: &[f32]) -> String {
        let mut best: Option<(f32, &Script)> = None;
        for (s, &v) in self.scripts.iter().zip(scores) {
            if best.is_none_or(|(b, _)| v > b) && s.applies(form) {
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
/// model did not read, which gets no parse).
pub fn parse_documents(parser: &Parser, docs: &mut [Document], features: &[Vec<f32>]) -> Result<(), SyntaxError> {
    use rayon::prelude::*;
    let d = parser.feature_dim();
    docs.par_iter_mut().zip(features.par_iter()).try_for_each(|(doc, feats)| -> Result<(), SyntaxError> {
        let tokens = doc.tokens();
        if feats.is_empty() || feats.len() != tokens.words.len() * d {
            return Ok(());
        }
        let text = doc.text();
        let mut words = vec![SyntaxWord { upos: String::new(), lemma: String::new(), head: None, deprel: String::new() }; tokens.words.len()];
        for s in tokens.sentences.iter().filter(|s| !s.is_empty()) {
            let forms: Vec<&str> = tokens.words[s.clone()].iter().map(|w| text.slice(w.start..w.end)).collect();
            let parsed = parser.parse_sentence(&forms, &feats[s.start * d..s.end * d])?;
            for (k, (upos, lemma, head, deprel)) in parsed.into_iter().enumerate() {
                if let Some(w) = words.get_mut(s.start + k) {
                    *w = SyntaxWord { upos, lemma, head: head.map(|h| s.start + h), deprel };
                }
            }
        }
        doc.parse = Some(Parse { words });
        Ok(())
    })
}

/// A document's parse as CoNLL-U (ID, FORM, LEMMA, UPOS, HEAD, DEPREL; the other columns `_`),
/// a blank line after each sentence; `None` when it has no parse.
pub fn to_conllu(doc: &Document) -> Option<String> {
    let parse = doc.parse.as_ref()?;
    let tokens = doc.tokens();
    let text = doc.text();
    let mut out = String::new();
    for s in tokens.sentences.iter().filter(|s| !s.is_empty()) {
        for (k, i) in s.clone().enumerate() {
            let (Some(w), Some(t)) = (parse.words.get(i), tokens.words.get(i)) else { continue };
            let head = w.head.map(|h| h + 1 - s.start).unwrap_or(0);
            out.push_str(&format!("{}\t{}\t{}\t{}\t_\t_\t{}\t{}\t_\t_\n", k + 1, text.slice(t.start..t.end), w.lemma, w.upos, head, w.deprel));
        }
        out.push('\n');
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
pub fn attachment(gold: &[conllu::GoldSentence], predicted: &[Vec<(String, String, Option<usize>, String)>]) -> AttachmentScores {
    let (mut n, mut u, mut l, mut p, mut m) = (0usize, 0usize, 0usize, 0usize, 0usize);
    for (g, pr) in gold.iter().zip(predicted) {
        for (gw, (upos, lemma, head, rel)) in g.words.iter().zip(pr) {
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
pub fn predict_gold(tagger: &dyn crate::ner::WordTagger, sentences: &[conllu::GoldSentence], opts: &crate::ner::NerOptions) -> Result<Vec<Vec<(String, String, Option<usize>, String)>>, SyntaxError> {
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
