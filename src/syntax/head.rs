//! The parser head: a biaffine dependency parser (Dozat & Manning 2017) over the NER encoder's
//! hidden states, plus UPOS and lemma-script classifiers, all reading one BiLSTM.
//!
//! Why this shape: the encoder is shared with NER and stays frozen, so NER is exactly what it
//! was and a run pays one encoder pass for both. The head reads a learned mix of every encoder
//! layer (the middle layers carry more syntax than the last, which NER fine-tuning shaped), and
//! a small two-layer BiLSTM gives it the sentence-level context a frozen encoder's windows were
//! not trained to provide. The encoder side of the mix runs inside the encoder call
//! (`BertTagger::set_feature_mix`), so one vector a word crosses from NER to the parse stage.
//!
//! Files in the model folder: `parser.json` (sizes and label lists) and `parser.safetensors`.

use std::path::Path;

use tch::{nn, Device, Kind, Tensor};

use super::SyntaxError;

/// Sizes and label inventories; written as `parser.json`.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct HeadConfig {
    /// Encoder layers mixed (embeddings + each transformer layer).
    pub layers: i64,
    /// Encoder hidden size.
    pub input: i64,
    /// BiLSTM hidden size per direction.
    pub lstm: i64,
    pub lstm_layers: i64,
    pub arc: i64,
    pub rel: i64,
    pub upos: Vec<String>,
    pub deprels: Vec<String>,
    /// Lemma edit scripts (`lemma::Script::encode`).
    pub lemmas: Vec<String>,
    /// Figures measured when the head was trained (shown by `info` and the model card).
    #[serde(default)]
    pub dev: serde_json::Value,
}

/// Scores for a batch of equal-length sentences ([batch, words, ...]).
pub struct HeadOutput {
    /// [B, n, n + 1]: column 0 is the root, column j the j-th word.
    pub arcs: Tensor,
    rel_dep: Tensor,
    rel_head: Tensor,
    pub upos: Tensor,
    pub lemma: Tensor,
}

pub struct ParserHead {
    pub vs: nn::VarStore,
    pub cfg: HeadConfig,
    mix: Tensor,
    gamma: Tensor,
    lstm: Vec<Tensor>,
    root: Tensor,
    arc_dep: nn::Linear,
    arc_head: nn::Linear,
    rel_dep: nn::Linear,
    rel_head: nn::Linear,
    arc_u: Tensor,
    arc_b: Tensor,
    rel_u: Tensor,
    upos: nn::Linear,
    lemma: nn::Linear,
}

const FEATURE_DROPOUT: f64 = 0.2;
const DROPOUT: f64 = 0.33;

impl ParserHead {
    /// A head with fresh weights.
    pub fn new(cfg: HeadConfig) -> Self {
        let vs = nn::VarStore::new(Device::Cpu);
        let p = vs.root();
        let h = cfg.lstm;
        let bound = 1.0 / (h as f64).sqrt();
        let mut lstm = Vec::new();
        for layer in 0..cfg.lstm_layers {
            let input = if layer == 0 { cfg.input } else { 2 * h };
            for dir in ["", "_reverse"] {
                let u = |name: &str, dims: &[i64]| (&p / "lstm").var(&format!("{name}_l{layer}{dir}"), dims, nn::Init::Uniform { lo: -bound, up: bound });
                lstm.push(u("weight_ih", &[4 * h, input]));
                lstm.push(u("weight_hh", &[4 * h, h]));
                lstm.push(u("bias_ih", &[4 * h]));
                lstm.push(u("bias_hh", &[4 * h]));
            }
        }
        let (r, a) = (cfg.rel, cfg.arc);
        ParserHead {
            mix: p.var("mix", &[cfg.layers], nn::Init::Const(0.0)),
            gamma: p.var("gamma", &[1], nn::Init::Const(1.0)),
            root: p.var("root", &[2 * h], nn::Init::Randn { mean: 0.0, stdev: 0.1 }),
            arc_dep: nn::linear(&p / "arc_dep", 2 * h, a, Default::default()),
            arc_head: nn::linear(&p / "arc_head", 2 * h, a, Default::default()),
            rel_dep: nn::linear(&p / "rel_dep", 2 * h, r, Default::default()),
            rel_head: nn::linear(&p / "rel_head", 2 * h, r, Default::default()),
            arc_u: p.var("arc_u", &[a, a], nn::Init::Const(0.0)),
            arc_b: p.var("arc_b", &[a], nn::Init::Const(0.0)),
            rel_u: p.var("rel_u", &[cfg.deprels.len() as i64, r + 1, r + 1], nn::Init::Const(0.0)),
            upos: nn::linear(&p / "upos", 2 * h, cfg.upos.len() as i64, Default::default()),
            lemma: nn::linear(&p / "lemma", 2 * h, cfg.lemmas.len() as i64, Default::default()),
            lstm,
            vs,
            cfg,
        }
    }

    /// Load `parser.json` and `parser.safetensors` from a model folder; `None` when the folder
    /// has no parser head.
    pub fn load(dir: &Path) -> Result<Option<Self>, SyntaxError> {
        let cfg_path = dir.join("parser.json");
        if !cfg_path.is_file() {
            return Ok(None);
        }
        let text = std::fs::read_to_string(&cfg_path).map_err(|e| SyntaxError::Io { path: cfg_path.display().to_string(), cause: e })?;
        let cfg: HeadConfig = serde_json::from_str(&text).map_err(|e| SyntaxError::Model { path: cfg_path.display().to_string(), reason: e.to_string() })?;
        let mut head = ParserHead::new(cfg);
        let weights = dir.join("parser.safetensors");
        head.vs.load(&weights).map_err(|e| SyntaxError::Model { path: weights.display().to_string(), reason: e.to_string() })?;
        head.vs.freeze();
        Ok(Some(head))
    }

    /// Write `parser.json` and `parser.safetensors` into `dir` (each under a temporary name,
    /// renamed into place).
    pub fn save(&self, dir: &Path) -> Result<(), SyntaxError> {
        let io = |p: &Path, e: std::io::Error| SyntaxError::Io { path: p.display().to_string(), cause: e };
        std::fs::create_dir_all(dir).map_err(|e| io(dir, e))?;
        let tmp = dir.join("parser.tmp.safetensors");
        self.vs.save(&tmp).map_err(|e| SyntaxError::Model { path: tmp.display().to_string(), reason: e.to_string() })?;
        std::fs::rename(&tmp, dir.join("parser.safetensors")).map_err(|e| io(&tmp, e))?;
        let tmp = dir.join("parser.json.tmp");
        std::fs::write(&tmp, serde_json::to_string_pretty(&self.cfg).unwrap_or_default()).map_err(|e| io(&tmp, e))?;
        std::fs::rename(&tmp, dir.join("parser.json")).map_err(|e| io(&tmp, e))?;
        Ok(())
    }

    /// Weight of each encoder layer in the mix (softmax times the scale), for the encoder call.
    pub fn mix_weights(&self) -> Vec<f32> {
        let w = tch::no_grad(|| self.mix.softmax(0, Kind::Float) * &self.gamma);
        Vec::<f32>::try_from(w).unwrap_or_default()
    }

    /// Mix per-layer features [B, n, layers, input] into [B, n, input] (training path).
    pub fn mix(&self, layers: &Tensor) -> Tensor {
        let w = self.mix.softmax(0, Kind::Float) * &self.gamma;
        layers.transpose(-1, -2).matmul(&w.unsqueeze(-1)).squeeze_dim(-1)
    }

    /// Scores for mixed features [B, n, input].
    pub fn forward(&self, x: &Tensor, train: bool) -> HeadOutput {
        let (b, _, _) = x.size3().unwrap_or((0, 0, 0));
        let h = self.cfg.lstm;
        let x = x.dropout(FEATURE_DROPOUT, train);
        let zeros = Tensor::zeros([2 * self.cfg.lstm_layers, b, h], (Kind::Float, x.device()));
        let (out, _, _) = x.lstm(&[&zeros, &zeros], &self.lstm.iter().collect::<Vec<_>>(), true, self.cfg.lstm_layers, DROPOUT, train, true, true);
        let out = out.dropout(DROPOUT, train);
        let root = self.root.view([1, 1, 2 * h]).expand([b, 1, 2 * h], false);
        let with_root = Tensor::cat(&[&root, &out], 1);
        let act = |t: Tensor| t.leaky_relu().dropout(DROPOUT, train);
        let dep = act(out.apply(&self.arc_dep));
        let head = act(with_root.apply(&self.arc_head));
        let arcs = dep.matmul(&self.arc_u).matmul(&head.transpose(1, 2)) + head.matmul(&self.arc_b).unsqueeze(1);
        let ones = |t: &Tensor| Tensor::ones([t.size()[0], t.size()[1], 1], (Kind::Float, t.device()));
        let rd = act(out.apply(&self.rel_dep));
        let rh = act(with_root.apply(&self.rel_head));
        let rel_dep = Tensor::cat(&[&rd, &ones(&rd)], -1);
        let rel_head = Tensor::cat(&[&rh, &ones(&rh)], -1);
        HeadOutput { arcs, rel_dep, rel_head, upos: out.apply(&self.upos), lemma: out.apply(&self.lemma) }
    }

    /// Relation scores [B, n, relations] given each word's head (0 = root, j = j-th word) [B, n].
    pub fn relations(&self, o: &HeadOutput, heads: &Tensor) -> Tensor {
        let d = o.rel_head.size()[2];
        let (b, n) = heads.size2().unwrap_or((0, 0));
        let idx = heads.unsqueeze(-1).expand([b, n, d], false);
        let head_vecs = o.rel_head.gather(1, &idx, false);
        // s[b,n,l] = dep[b,n,:] · U[l] · head[b,n,:] = (dep ⊗ head) · vec(U[l]): the outer
        // product of each word's two vectors against all relations in one large product, in
        // slices of words so the [words, d × d] outer products stay in cache (the einsum
        // libtorch picked ran about three times slower).
        const SLICE: i64 = 256;
        let l = self.rel_u.size()[0];
        let u = self.rel_u.reshape([l, d * d]).transpose(0, 1);
        let (dep, head) = (o.rel_dep.reshape([b * n, d, 1]), head_vecs.reshape([b * n, 1, d]));
        let parts: Vec<Tensor> = (0..b * n)
            .step_by(SLICE as usize)
            .map(|at| {
                let k = SLICE.min(b * n - at);
                (dep.narrow(0, at, k) * head.narrow(0, at, k)).reshape([k, d * d]).matmul(&u)
            })
            .collect();
        Tensor::cat(&parts, 0).view([b, n, l])
    }

    /// The same scores by the textbook formula (tests check the fast one against it).
    #[cfg(test)]
    fn relations_einsum(&self, o: &HeadOutput, heads: &Tensor) -> Tensor {
        let d = o.rel_head.size()[2];
        let (b, n) = heads.size2().unwrap_or((0, 0));
        let head_vecs = o.rel_head.gather(1, &heads.unsqueeze(-1).expand([b, n, d], false), false);
        Tensor::einsum("bnd,lde,bne->bnl", &[&o.rel_dep, &self.rel_u, &head_vecs], None::<i64>)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tiny() -> HeadConfig {
        HeadConfig { layers: 3, input: 8, lstm: 6, lstm_layers: 2, arc: 5, rel: 4, upos: vec!["NOUN".into(), "VERB".into()], deprels: vec!["root".into(), "nsubj".into(), "obj".into()], lemmas: vec!["K|0|".into()], dev: serde_json::Value::Null }
    }

    #[test]
    fn shapes_and_round_trip() {
        let mut head = ParserHead::new(tiny());
        let feats = Tensor::randn([2, 4, 3, 8], (Kind::Float, Device::Cpu));
        let x = head.mix(&feats);
        assert_eq!(x.size(), vec![2, 4, 8]);
        let o = head.forward(&x, false);
        assert_eq!(o.arcs.size(), vec![2, 4, 5]);
        assert_eq!(o.upos.size(), vec![2, 4, 2]);
        let heads = Tensor::from_slice(&[0i64, 1, 1, 2, 0, 1, 1, 2]).view([2, 4]);
        assert_eq!(head.relations(&o, &heads).size(), vec![2, 4, 3]);
        // Give the relation tensor values (it starts at zero) and check the fast product.
        tch::no_grad(|| head.rel_u.copy_(&Tensor::randn([3, 5, 5], (Kind::Float, Device::Cpu))));
        let o = head.forward(&x, false);
        let (fast, slow) = (head.relations(&o, &heads), head.relations_einsum(&o, &heads));
        assert!(f64::try_from((&fast - &slow).abs().max()).unwrap() < 1e-4);
        assert!(f64::try_from(slow.abs().max()).unwrap() > 1e-3);
        let dir = tempfile::tempdir().unwrap();
        head.save(dir.path()).unwrap();
        let back = ParserHead::load(dir.path()).unwrap().unwrap();
        let o2 = back.forward(&x, false);
        assert!(f64::try_from((&o.arcs - &o2.arcs).abs().max()).unwrap() < 1e-6);
        assert_eq!(back.mix_weights().len(), 3);
    }

    #[test]
    fn a_folder_without_a_head_has_none() {
        let dir = tempfile::tempdir().unwrap();
        assert!(ParserHead::load(dir.path()).unwrap().is_none());
    }
}
