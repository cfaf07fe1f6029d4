//! The BERT forward pass used for inference, over the very tensors rust-bert loaded.
//!
//! Why a second forward pass: rust-bert's BERT serves training too, so it runs three separate
//! Q/K/V products, spells attention and GELU out as chains of elementwise passes, and keeps every
//! linear layer in fp32 inside private fields. For inference on a few CPU cores the encoder's
//! arithmetic is the whole cost, so this pass does the same maths with less traffic: one fused
//! QKV product with the attention scale folded into its weights, libtorch's fused GELU kernel,
//! no attention mask when a batch has no padding, and (optionally) int8 weights for the encoder's linear layers through fbgemm.
//! Training and the reference path stay on rust-bert's model (`BertTagger::forward`); a test
//! checks that both passes give the same logits.

use std::collections::HashMap;

use tch::{nn, Device, Kind, Scalar, Tensor};

use super::NerError;

/// Arithmetic of the encoder's linear layers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Precision {
    /// fp32 weights and products (the trained weights, exactly).
    #[default]
    F32,
    /// int8 weights (one scale per output row) and int8 activations (one scale per window), with
    /// fbgemm's kernels. On the shipped model: CoNLL dev F1 0.9424 against 0.9415, 1.3-1.5x faster.
    Int8,
    /// bfloat16 weights and products (fp32 accumulation, layer norms and softmax), through
    /// libtorch's oneDNN kernels: fast where the CPU has AMX or AVX512-BF16, emulated (slow)
    /// elsewhere, which is why `auto` picks it only where the CPU has them.
    Bf16,
}

/// What the CPU offers the encoder, read once at start: the flags that decide `auto`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct CpuFeatures {
    pub amx_bf16: bool,
    pub avx512_bf16: bool,
    pub avx2: bool,
}

impl CpuFeatures {
    /// This machine's, from /proc/cpuinfo's flags (Linux) or the compiler's feature detection.
    pub fn detect() -> CpuFeatures {
        let flags = std::fs::read_to_string("/proc/cpuinfo").ok().and_then(|s| s.lines().find(|l| l.starts_with("flags")).map(str::to_string)).unwrap_or_default();
        let has = |f: &str| flags.split_whitespace().any(|x| x == f);
        #[cfg(target_arch = "x86_64")]
        let avx2 = std::arch::is_x86_feature_detected!("avx2");
        #[cfg(not(target_arch = "x86_64"))]
        let avx2 = false;
        CpuFeatures { amx_bf16: has("amx_bf16"), avx512_bf16: has("avx512_bf16"), avx2 }
    }

    /// The precision `auto` runs at on a CPU with these features, and why. AVX512-BF16 without
    /// AMX stays on int8: measured on an AMD EPYC with AVX512-BF16 (seeds, NER stage), int8 0.6 s,
    /// bf16 0.85 s, f32 1.45 s.
    pub fn choose(self) -> (Precision, &'static str) {
        if self.amx_bf16 {
            (Precision::Bf16, "the CPU has AMX (bf16 tiles): oneDNN's bf16 kernels")
        } else if self.avx2 && self.avx512_bf16 {
            (Precision::Int8, "the CPU has AVX512-BF16 but no AMX, where fbgemm's int8 measured faster than bf16")
        } else if self.avx2 {
            (Precision::Int8, "the CPU has AVX2 but no bf16 units: fbgemm's int8 kernels")
        } else if self.avx512_bf16 {
            (Precision::Bf16, "the CPU has AVX512-BF16 but no AVX2 for int8: oneDNN's bf16 kernels")
        } else {
            (Precision::F32, "the CPU has neither bf16 units nor AVX2: fp32")
        }
    }
}

/// `--precision`: a precision, or `auto` (chosen per machine at start).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PrecisionChoice {
    Auto,
    Fixed(Precision),
}

impl PrecisionChoice {
    /// The precision to run at on this machine, and why.
    pub fn resolve(self, cpu: CpuFeatures) -> (Precision, &'static str) {
        match self {
            PrecisionChoice::Auto => cpu.choose(),
            PrecisionChoice::Fixed(p) => (p, "asked for with --precision"),
        }
    }
}

impl std::str::FromStr for PrecisionChoice {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s {
            "auto" => Ok(PrecisionChoice::Auto),
            other => other.parse().map(PrecisionChoice::Fixed).map_err(|_| format!("unknown precision {s:?}: use auto, bf16, int8 or f32")),
        }
    }
}

impl std::str::FromStr for Precision {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s {
            "f32" | "fp32" => Ok(Precision::F32),
            "int8" => Ok(Precision::Int8),
            "bf16" | "bfloat16" => Ok(Precision::Bf16),
            _ => Err(format!("unknown precision {s:?}: use f32, int8 or bf16")),
        }
    }
}

/// Largest int8 weight magnitude (7 bits; see `Linear::new`).
const INT8_WEIGHT_MAX: f64 = 63.0;

/// Activation functions this pass knows; any other makes the tagger use rust-bert's pass.
#[derive(Debug, Clone, Copy)]
enum Activation {
    Gelu,
    GeluTanh,
    Relu,
}

/// A linear layer, fp32, bf16 or int8.
enum Linear {
    F32 { weight: Tensor, bias: Tensor },
    Bf16 { weight: Tensor, bias: Tensor },
    Int8 { weight: Tensor, packed: Tensor, col_offsets: Tensor, row_scale: Tensor, bias: Tensor },
}

impl Linear {
    fn new(weight: Tensor, bias: Tensor, precision: Precision) -> Result<Self, NerError> {
        let weight = weight.to_kind(Kind::Float).contiguous();
        let bias = bias.to_kind(Kind::Float).contiguous();
        Ok(match precision {
            Precision::F32 => Linear::F32 { weight, bias },
            Precision::Bf16 => Linear::Bf16 { weight: weight.to_kind(Kind::BFloat16).contiguous(), bias: bias.to_kind(Kind::BFloat16).contiguous() },
            Precision::Int8 => {
                // One scale per output row, zero point 0, values in [-63, 63]: on AVX2, fbgemm adds
                // pairs of u8 x s8 products in 16 bits, which saturate with full-range weights
                // (255 x 127 x 2 > 32767); 7-bit weights keep every pair in range. fbgemm's legacy
                // kernel takes one scale per matrix, so rows are quantized at scale 1 after
                // dividing by their own scale, and the output is multiplied back by it; the bias
                // goes in divided by the same scale so one in-place multiply restores both.
                let row_scale = (weight.abs().amax([1i64].as_slice(), true) / INT8_WEIGHT_MAX).clamp_min(1e-12);
                let q = (&weight / &row_scale).round().clamp(-INT8_WEIGHT_MAX, INT8_WEIGHT_MAX).to_kind(Kind::Int8).contiguous();
                // fbgemm's zero-point correction: each output's sum of weights (minus zp * K = 0).
                let col_offsets = q.to_kind(Kind::Int).sum_dim_intlist([1i64].as_slice(), false, Kind::Int).contiguous();
                let packed = q.f_fbgemm_pack_quantized_matrix()?;
                let row_scale = row_scale.view([-1]).contiguous();
                let bias = (&bias / &row_scale).contiguous();
                Linear::Int8 { weight: q, packed, col_offsets, row_scale, bias }
            }
        })
    }

    /// `x` is [rows, in]. `segments` are the (first row, rows) of each window's real pieces. An
    /// int8 product quantizes its input with one scale per call, so it is called once per
    /// segment: a window's result then depends on that window alone, never on the windows it
    /// was batched with or on padding (shards and single runs give the same mentions). Rows
    /// outside every segment (padding) come out as zeros.
    fn forward(&self, x: &Tensor, segments: &[(i64, i64)]) -> Result<Tensor, NerError> {
        let (weight, packed, col_offsets, row_scale, bias) = match self {
            Linear::F32 { weight, bias } => return Ok(x.f_linear(weight, Some(bias))?),
            // The product in bf16, the rest of the layer (norms, softmax, residuals) in fp32.
            Linear::Bf16 { weight, bias } => return Ok(x.f_to_kind(Kind::BFloat16)?.f_linear(weight, Some(bias))?.f_to_kind(Kind::Float)?),
            Linear::Int8 { weight, packed, col_offsets, row_scale, bias } => (weight, packed, col_offsets, row_scale, bias),
        };
        let one = |part: &Tensor| -> Result<Tensor, NerError> {
            // Scale and zero point share one generic type: both are passed as Scalars.
            let mut y = part.f_fbgemm_linear_int8_weight_fp32_activation(weight, packed, col_offsets, Scalar::float(1.0), Scalar::int(0), bias)?;
            let _ = y.f_mul_(row_scale)?;
            Ok(y)
        };
        let rows = x.size()[0];
        let parts = segments.iter().map(|&(at, n)| one(&x.f_narrow(0, at, n)?)).collect::<Result<Vec<_>, _>>()?;
        let covered: i64 = segments.iter().map(|s| s.1).sum();
        if covered == rows {
            // Segments are in order and do not overlap: together they are the whole input.
            return Ok(Tensor::f_cat(&parts, 0)?);
        }
        let out = Tensor::f_zeros([rows, bias.size()[0]], (Kind::Float, x.device()))?;
        for (&(at, n), part) in segments.iter().zip(&parts) {
            out.f_narrow(0, at, n)?.f_copy_(part)?;
        }
        Ok(out)
    }
}

struct LayerNorm {
    weight: Tensor,
    bias: Tensor,
}

impl LayerNorm {
    fn forward(&self, x: &Tensor, eps: f64) -> Result<Tensor, NerError> {
        let h = x.size().last().copied().unwrap_or(0);
        Ok(x.f_layer_norm([h].as_slice(), Some(&self.weight), Some(&self.bias), eps, false)?)
    }
}

struct Layer {
    qkv: Linear,
    attn_out: Linear,
    attn_norm: LayerNorm,
    ffn_in: Linear,
    ffn_out: Linear,
    ffn_norm: LayerNorm,
}

/// The encoder and classifier head of a `BertForTokenClassification`, ready for inference.
pub struct Encoder {
    word: Tensor,
    position: Tensor,
    token_type: Tensor,
    embed_norm: LayerNorm,
    layers: Vec<Layer>,
    classifier: Linear,
    heads: i64,
    eps: f64,
    activation: Activation,
    pub precision: Precision,
}

impl Encoder {
    /// Build from a VarStore holding rust-bert's `BertForTokenClassification` variables, with the
    /// config's LayerNorm epsilon. `None` when the config uses an activation this pass does not implement.
    pub fn from_varstore(vs: &nn::VarStore, cfg: &rust_bert::bert::BertConfig, eps: f64, precision: Precision) -> Result<Option<Self>, NerError> {
        if precision == Precision::F32 {
            return Self::build(vs, cfg, eps, precision);
        }
        // libtorch prints a deprecation notice on stderr the first time each of fbgemm's int8
        // ops runs. The ops are what int8 needs (tch reaches no other int8 linear), and the notice
        // would read like a fault to users, so the ops first run here, once, with stderr muted.
        with_stderr_muted(|| {
            let enc = Self::build(vs, cfg, eps, precision)?;
            if let Some(e) = &enc {
                let ids = Tensor::zeros([1, 2], (Kind::Int64, Device::Cpu));
                let _ = e.forward(&ids, &ids, &[2], None)?;
            }
            Ok(enc)
        })
    }

    fn build(vs: &nn::VarStore, cfg: &rust_bert::bert::BertConfig, eps: f64, precision: Precision) -> Result<Option<Self>, NerError> {
        let activation = match format!("{:?}", cfg.hidden_act).as_str() {
            "gelu" => Activation::Gelu,
            "gelu_new" => Activation::GeluTanh,
            "relu" => Activation::Relu,
            _ => return Ok(None),
        };
        let vars: HashMap<String, Tensor> = vs.variables();
        let get = |name: &str| -> Result<Tensor, NerError> {
            vars.get(name)
                .map(|t| t.detach().to_kind(Kind::Float))
                .ok_or_else(|| NerError::BadModel { dir: String::new(), msg: format!("no variable {name} for the inference pass") })
        };
        let norm = |p: &str| -> Result<LayerNorm, NerError> { Ok(LayerNorm { weight: get(&format!("{p}.weight"))?, bias: get(&format!("{p}.bias"))? }) };
        let linear = |p: &str| -> Result<Linear, NerError> { Linear::new(get(&format!("{p}.weight"))?, get(&format!("{p}.bias"))?, precision) };
        let mut layers = Vec::with_capacity(cfg.num_hidden_layers as usize);
        for i in 0..cfg.num_hidden_layers {
            let p = format!("bert.encoder.layer.{i}");
            let part = |s: &str, w: &str| get(&format!("{p}.attention.self.{s}.{w}"));
            // Queries are scaled by 1/sqrt(head size) here, once, instead of every call.
            let scale = 1.0 / ((cfg.hidden_size / cfg.num_attention_heads) as f64).sqrt();
            let qkv_w = Tensor::f_cat(&[part("query", "weight")? * scale, part("key", "weight")?, part("value", "weight")?], 0)?;
            let qkv_b = Tensor::f_cat(&[part("query", "bias")? * scale, part("key", "bias")?, part("value", "bias")?], 0)?;
            layers.push(Layer {
                qkv: Linear::new(qkv_w, qkv_b, precision)?,
                attn_out: linear(&format!("{p}.attention.output.dense"))?,
                attn_norm: norm(&format!("{p}.attention.output.LayerNorm"))?,
                ffn_in: linear(&format!("{p}.intermediate.dense"))?,
                ffn_out: linear(&format!("{p}.output.dense"))?,
                ffn_norm: norm(&format!("{p}.output.LayerNorm"))?,
            });
        }
        let classifier_w = get("classifier.weight")?;
        let classifier_b = get("classifier.bias")?;
        Ok(Some(Encoder {
            word: get("bert.embeddings.word_embeddings.weight")?,
            position: get("bert.embeddings.position_embeddings.weight")?,
            token_type: get("bert.embeddings.token_type_embeddings.weight")?,
            embed_norm: norm("bert.embeddings.LayerNorm")?,
            layers,
            // The head is tiny; it stays fp32 whatever the encoder's precision.
            classifier: Linear::new(classifier_w, classifier_b, Precision::F32)?,
            heads: cfg.num_attention_heads,
            eps,
            activation,
            precision,
        }))
    }

    /// Logits for `ids`/`types` [batch, len]; `lengths` are each window's real pieces (the rest is
    /// padding, masked out of attention). Without `rows`: [batch, len, labels]. With `rows`
    /// (positions in the flattened [batch * len], window by window, with the count of each window's):
    /// [rows, labels], and the last layer past attention runs for those rows only, since only the
    /// labelled pieces (each word's first) are read.
    pub fn forward(&self, ids: &Tensor, types: &Tensor, lengths: &[i64], rows: Option<(&Tensor, &[i64])>) -> Result<Tensor, NerError> {
        self.forward_layers(ids, types, lengths, rows, None)
    }

    /// `forward`; with `rows` and `layers`, the hidden states of those rows after the embeddings
    /// and after every layer are pushed onto `layers` ([rows, hidden] each): the features the
    /// parser head reads, from the same pass.
    pub fn forward_layers(
        &self,
        ids: &Tensor,
        types: &Tensor,
        lengths: &[i64],
        rows: Option<(&Tensor, &[i64])>,
        mut layers: Option<&mut Vec<Tensor>>,
    ) -> Result<Tensor, NerError> {
        let (n, len) = ids.size2()?;
        let pos = self.position.f_narrow(0, 0, len)?;
        let x = Tensor::f_embedding(&self.word, ids, -1, false, false)?
            .f_add(&pos)?
            .f_add(&Tensor::f_embedding(&self.token_type, types, -1, false, false)?)?;
        // Activations are kept as [batch * len, hidden] rows; attention views them per window.
        let hidden = x.size()[2];
        let mut x = self.embed_norm.forward(&x.f_reshape([n * len, hidden])?, self.eps)?;
        if let (Some(out), Some((r, _))) = (layers.as_deref_mut(), rows) {
            out.push(x.f_index_select(0, r)?);
        }
        let segments: Vec<(i64, i64)> = lengths.iter().enumerate().map(|(i, &l)| (i as i64 * len, l)).collect();
        // Additive mask over keys, broadcast over heads and queries: 0 for pieces, -10000 for
        // padding; none at all when every window fills the batch's length.
        let key_bias = if lengths.iter().any(|&l| l < len) {
            let keep = Tensor::f_arange(len, (Kind::Int64, ids.device()))?.f_unsqueeze(0)?.f_lt_tensor(&Tensor::from_slice(lengths).f_unsqueeze(1)?.f_to(ids.device())?)?;
            Some((keep.f_to_kind(Kind::Float)? - 1.0).f_mul_scalar(10_000.0)?.f_view([n, 1, 1, len])?)
        } else {
            None
        };
        // The last layer's rows when only some are read: each window's rows in turn.
        let read_segments: Vec<(i64, i64)> = rows
            .map(|(_, per_window)| {
                let mut at = 0;
                per_window.iter().map(|&c| { at += c; (at - c, c) }).filter(|s| s.1 > 0).collect()
            })
            .unwrap_or_default();
        let d = hidden / self.heads;
        for (i, layer) in self.layers.iter().enumerate() {
            // [n * len, 3 * hidden] -> [3, n, heads, len, d]; queries come pre-scaled by 1/sqrt(d).
            let qkv = layer.qkv.forward(&x, &segments)?.f_view([n, len, 3, self.heads, d])?.f_permute([2, 0, 3, 1, 4])?;
            let (q, k, v) = (qkv.get(0), qkv.get(1), qkv.get(2));
            let mut scores = q.f_matmul(&k.f_transpose(-1, -2)?)?;
            if let Some(b) = &key_bias {
                let _ = scores.f_add_(b)?;
            }
            let ctx = scores.f_softmax(-1, Kind::Float)?.f_matmul(&v)?.f_transpose(1, 2)?.f_reshape([n * len, hidden])?;
            // Last layer: keys and values needed every piece, everything after attention only
            // the rows that are read.
            let (ctx, x_in, segs) = match rows {
                Some((r, _)) if i + 1 == self.layers.len() => (ctx.f_index_select(0, r)?, x.f_index_select(0, r)?, &read_segments),
                _ => (ctx, x, &segments),
            };
            let a = layer.attn_out.forward(&ctx, segs)?.f_add_(&x_in)?;
            x = layer.attn_norm.forward(&a, self.eps)?;
            let mut h = layer.ffn_in.forward(&x, segs)?;
            let _ = match self.activation {
                Activation::Gelu => h.f_gelu_("none")?,
                Activation::GeluTanh => h.f_gelu_("tanh")?,
                Activation::Relu => h.f_relu_()?,
            };
            let o = layer.ffn_out.forward(&h, segs)?.f_add_(&x)?;
            x = layer.ffn_norm.forward(&o, self.eps)?;
            if let (Some(out), Some((r, _))) = (layers.as_deref_mut(), rows) {
                out.push(if i + 1 == self.layers.len() { x.shallow_clone() } else { x.f_index_select(0, r)? });
            }
        }
        let logits = self.classifier.forward(&x, &[])?;
        Ok(if rows.is_some() { logits } else { logits.f_view([n, len, -1])? })
    }
}

/// Run `f` with the process's stderr (fd 2) pointed at /dev/null, restored afterwards. Only for
/// start-up, before any other thread writes to stderr.
fn with_stderr_muted<T>(f: impl FnOnce() -> T) -> T {
    use std::os::fd::AsRawFd;
    let Ok(null) = std::fs::OpenOptions::new().write(true).open("/dev/null") else { return f() };
    // SAFETY: plain descriptor calls on fd 2 and descriptors owned here; fd 2 is restored before
    // returning, and `null` outlives its use.
    let saved = unsafe { libc::dup(2) };
    if saved < 0 || unsafe { libc::dup2(null.as_raw_fd(), 2) } < 0 {
        return f();
    }
    let out = f();
    unsafe {
        libc::dup2(saved, 2);
        libc::close(saved);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Relative error of the int8 layer against the fp32 one on the same weights (about 1.5 %;
    /// with full-range 8-bit weights it was 4-11 % from saturated 16-bit sums).
    fn int8_error(m: i64, k: i64, n: i64) -> f64 {
        let x = Tensor::randn([m, k], (Kind::Float, Device::Cpu));
        let w = Tensor::randn([n, k], (Kind::Float, Device::Cpu)) * 0.05;
        let b = Tensor::randn([n], (Kind::Float, Device::Cpu)) * 0.1;
        let exact = Linear::new(w.shallow_clone(), b.shallow_clone(), Precision::F32).unwrap().forward(&x, &[(0, m)]).unwrap();
        let int8 = with_stderr_muted(|| Linear::new(w, b, Precision::Int8).unwrap().forward(&x, &[(0, m)]).unwrap());
        (&int8 - &exact).norm().double_value(&[]) / exact.norm().double_value(&[])
    }

    #[test]
    fn bf16_linear_tracks_fp32_and_auto_follows_the_cpu() {
        let (m, k, n) = (26, 384, 1536);
        let x = Tensor::randn([m, k], (Kind::Float, Device::Cpu));
        let w = Tensor::randn([n, k], (Kind::Float, Device::Cpu)) * 0.05;
        let b = Tensor::randn([n], (Kind::Float, Device::Cpu)) * 0.1;
        let exact = Linear::new(w.shallow_clone(), b.shallow_clone(), Precision::F32).unwrap().forward(&x, &[(0, m)]).unwrap();
        let bf16 = Linear::new(w, b, Precision::Bf16).unwrap().forward(&x, &[(0, m)]).unwrap();
        assert_eq!(bf16.kind(), Kind::Float, "the layer's output stays fp32");
        let err = (&bf16 - &exact).norm().double_value(&[]) / exact.norm().double_value(&[]);
        assert!(err > 0.0 && err < 0.02, "relative error {err}");
        let cpu = |amx, avx512_bf16, avx2| CpuFeatures { amx_bf16: amx, avx512_bf16, avx2 };
        assert_eq!(cpu(true, true, true).choose().0, Precision::Bf16);
        assert_eq!(cpu(false, true, true).choose().0, Precision::Int8, "int8 measured faster without AMX");
        assert_eq!(cpu(false, false, true).choose().0, Precision::Int8);
        assert_eq!(cpu(false, false, false).choose().0, Precision::F32);
        assert_eq!("auto".parse::<PrecisionChoice>().unwrap().resolve(cpu(false, false, true)).0, Precision::Int8);
        assert_eq!("bf16".parse::<PrecisionChoice>().unwrap().resolve(cpu(false, false, true)).0, Precision::Bf16);
        assert!("fp16".parse::<PrecisionChoice>().is_err());
    }

    #[test]
    fn int8_linear_tracks_fp32() {
        for (m, k, n) in [(26, 32, 96), (26, 384, 384), (200, 384, 1536), (200, 1536, 384)] {
            let err = int8_error(m, k, n);
            assert!(err > 0.0 && err < 0.03, "{m}x{k}x{n}: relative error {err}");
        }
    }
}
