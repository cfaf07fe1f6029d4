//! NER stage: model folders load (safetensors, with and without the `bert.` prefix, fp16),
//! incomplete folders fail with the missing file named, long documents are windowed with no
//! text cut, and offsets are right on accented text.

mod common;

use actorgraph::clean::clean;
use actorgraph::document::Document;
use actorgraph::ner::bert::BertTagger;
use actorgraph::ner::{tag_documents, NerOptions, WindowInput, WordTagger};
use common::{write_tiny_model, write_variant, GazetteerTagger, TinyModel};

fn doc(text: &str) -> Document {
    let mut d = Document::new("d".into(), "d.txt".into(), text.to_string(), Default::default());
    d.clean = Some(clean(&d.raw));
    d
}

fn window<'a>(words: &'a [&'a str], pieces: &'a [Vec<u32>]) -> WindowInput<'a> {
    WindowInput { words, pieces, core: 0..words.len() }
}

#[test]
fn loads_a_safetensors_folder_and_reproduces_its_weights() {
    let dir = tempfile::tempdir().unwrap();
    let vars = write_tiny_model(dir.path(), &TinyModel::default());
    let tagger = BertTagger::load(dir.path()).unwrap();
    assert_eq!(tagger.labels(), common::LABELS);
    let loaded = tagger.vs.variables();
    assert_eq!(loaded.len(), vars.len());
    for (name, t) in &vars {
        let l = &loaded[name];
        assert!(l.allclose(t, 0.0, 0.0, false), "{name} differs after loading");
    }
    // Scores are log-probabilities over the labels for each core word.
    let words = ["Nicolás", "Maduro", "visited", "Caracas"];
    let pieces = tagger.encode(&words).unwrap();
    assert_eq!(pieces[0], vec![5]); // "Nicolás" → "nicolas" (lower-cased, accent stripped)
    let out = tagger.score(&[window(&words, &pieces)]).unwrap();
    assert_eq!(out[0].len(), 4 * common::LABELS.len());
    let total: f32 = out[0][..5].iter().map(|x| x.exp()).sum();
    assert!((total - 1.0).abs() < 1e-4);
}

#[test]
fn loads_unprefixed_and_fp16_weights_the_same() {
    let a = tempfile::tempdir().unwrap();
    let b = tempfile::tempdir().unwrap();
    let vars = write_tiny_model(a.path(), &TinyModel::default());
    write_variant(a.path(), b.path(), &vars);
    let ta = BertTagger::load(a.path()).unwrap();
    let tb = BertTagger::load(b.path()).unwrap();
    let words = ["the", "president", "met", "Putin", "."];
    let p = ta.encode(&words).unwrap();
    let sa = ta.score(&[window(&words, &p)]).unwrap();
    let sb = tb.score(&[window(&words, &p)]).unwrap();
    for (x, y) in sa[0].iter().zip(&sb[0]) {
        assert!((x - y).abs() < 0.02, "fp16 weights give {y}, fp32 {x}");
    }
}

#[test]
fn incomplete_folder_names_the_missing_file() {
    let dir = tempfile::tempdir().unwrap();
    write_tiny_model(dir.path(), &TinyModel::default());
    std::fs::remove_file(dir.path().join("model.safetensors")).unwrap();
    let err = BertTagger::load(dir.path()).err().expect("must fail").to_string();
    assert!(err.contains("model.safetensors"), "{err}");
    std::fs::remove_file(dir.path().join("vocab.txt")).unwrap();
    let err = BertTagger::load(dir.path()).err().expect("must fail").to_string();
    assert!(err.contains("vocab.txt"), "{err}");
    std::fs::remove_file(dir.path().join("config.json")).unwrap();
    let err = BertTagger::load(dir.path()).err().expect("must fail").to_string();
    assert!(err.contains("config.json"), "{err}");
}

#[test]
fn bare_encoder_is_refused_with_advice() {
    let dir = tempfile::tempdir().unwrap();
    write_tiny_model(dir.path(), &TinyModel::default());
    let cfg = std::fs::read_to_string(dir.path().join("config.json")).unwrap();
    let mut v: serde_json::Value = serde_json::from_str(&cfg).unwrap();
    v.as_object_mut().unwrap().remove("id2label");
    std::fs::write(dir.path().join("config.json"), v.to_string()).unwrap();
    let err = BertTagger::load(dir.path()).err().expect("must fail").to_string();
    assert!(err.contains("id2label"), "{err}");
}

#[test]
fn long_document_is_windowed_and_the_last_entity_found_at_its_offset() {
    // 3,000 filler words (about 3,000 pieces): far past one 512-piece window.
    let mut text = String::new();
    for i in 0..600 {
        text.push_str(&format!("Filler sentence number {i} is here. "));
    }
    text.push_str("Then Nicolás Maduro visited Caracas.");
    let tagger = GazetteerTagger::new(510, &[("Nicolás", "B-PER"), ("Maduro", "I-PER"), ("Caracas", "B-LOC")]);
    let mut docs = vec![doc(&text)];
    tag_documents(&tagger, &mut docs, &NerOptions::default(), &|_, _| {}).unwrap();
    let m = &docs[0].mentions;
    assert_eq!(m.len(), 2, "{m:?}");
    assert_eq!(m[0].text, "Nicolás Maduro");
    assert_eq!(m[0].label, "PER");
    let start = text.chars().count() - "Nicolás Maduro visited Caracas.".chars().count();
    assert_eq!(m[0].raw, start..start + 14);
    assert_eq!(docs[0].raw.slice(m[1].raw.clone()), "Caracas");
    assert!(*tagger.max_seen.lock().unwrap() <= 510);
}

#[test]
fn one_endless_sentence_is_split_into_windows_with_context() {
    let mut words: Vec<String> = (0..2000).map(|i| format!("w{i}")).collect();
    words.push("Caracas".into());
    let text = words.join(" ");
    let tagger = GazetteerTagger::new(64, &[("Caracas", "B-LOC"), ("w5", "B-PER")]);
    let mut docs = vec![doc(&text)];
    tag_documents(&tagger, &mut docs, &NerOptions::default(), &|_, _| {}).unwrap();
    let texts: Vec<&str> = docs[0].mentions.iter().map(|m| m.text.as_str()).collect();
    assert_eq!(texts, vec!["w5", "Caracas"]);
    assert!(*tagger.max_seen.lock().unwrap() <= 64);
    assert!(*tagger.calls.lock().unwrap() >= 1);
}

#[test]
fn offsets_count_code_points_on_accented_text() {
    let raw = "President Díaz-Canel and Nicolás Maduro met in Caracas on Monday.";
    let tagger = GazetteerTagger::new(510, &[("Díaz-Canel", "B-PER"), ("Nicolás", "B-PER"), ("Maduro", "I-PER"), ("Caracas", "B-LOC")]);
    let mut docs = vec![doc(raw)];
    tag_documents(&tagger, &mut docs, &NerOptions::default(), &|_, _| {}).unwrap();
    let chars: Vec<char> = raw.chars().collect();
    let got: Vec<(usize, usize, String)> = docs[0].mentions.iter().map(|m| (m.raw.start, m.raw.end, m.text.clone())).collect();
    assert_eq!(
        got,
        vec![(10, 20, "Díaz-Canel".to_string()), (25, 39, "Nicolás Maduro".to_string()), (47, 54, "Caracas".to_string())]
    );
    for m in &docs[0].mentions {
        let s: String = chars[m.raw.clone()].iter().collect();
        assert_eq!(s, m.text);
    }
}

#[test]
fn document_without_entities_gives_no_mentions() {
    let tagger = GazetteerTagger::new(510, &[("Caracas", "B-LOC")]);
    let mut docs = vec![doc("nothing to see here, only lower-case words."), doc("")];
    tag_documents(&tagger, &mut docs, &NerOptions::default(), &|_, _| {}).unwrap();
    assert!(docs.iter().all(|d| d.mentions.is_empty()));
}

#[test]
fn real_model_windows_a_long_document_within_its_limit() {
    // The tiny real model, 512 positions: a 3,000-word document must not overflow them.
    let dir = tempfile::tempdir().unwrap();
    write_tiny_model(dir.path(), &TinyModel { case_feature: true, ..Default::default() });
    let tagger = BertTagger::load(dir.path()).unwrap();
    let text = "The president met Vladimir Putin in Russia. ".repeat(400);
    let mut docs = vec![doc(&text)];
    let stats = tag_documents(&tagger, &mut docs, &NerOptions::default(), &|_, _| {}).unwrap();
    assert_eq!(stats.words, 400 * 8);
    assert!(stats.windows > 1);
    for m in &docs[0].mentions {
        assert_eq!(docs[0].raw.slice(m.raw.clone()), m.text);
    }
}

/// A batch of two windows of different lengths (so the shorter one is padded).
fn padded_batch(tagger: &BertTagger) -> actorgraph::ner::bert::Batch {
    let long = ["the", "president", "Nicolás", "Maduro", "visited", "Caracas", "and", "met", "Vladimir", "Putin", "."];
    let short = ["Hezbollah", "met", "Russia"];
    let (pl, ps) = (tagger.encode(&long).unwrap(), tagger.encode(&short).unwrap());
    tagger.make_batch(&[window(&long, &pl), window(&short, &ps)])
}

/// Largest difference between two logit tensors over real (unpadded) positions, and the spread
/// of the first, so a test can tell "equal" from "both near zero".
fn logit_gap(batch: &actorgraph::ner::bert::Batch, a: &tch::Tensor, b: &tch::Tensor) -> (f64, f64) {
    let keep = batch.mask.unsqueeze(-1).to_kind(tch::Kind::Float);
    let gap = ((a - b) * &keep).abs().max().double_value(&[]);
    (gap, (a * &keep).std(true).double_value(&[]))
}

#[test]
fn inference_pass_gives_rust_berts_logits_with_and_without_padding() {
    use actorgraph::ner::encoder::Precision;
    let dir = tempfile::tempdir().unwrap();
    write_tiny_model(dir.path(), &TinyModel { case_feature: true, ..Default::default() });
    let tagger = BertTagger::load(dir.path()).unwrap();
    assert_eq!(tagger.precision(), Precision::F32);
    let batch = padded_batch(&tagger);
    assert!(batch.padded());
    let reference = tch::no_grad(|| tagger.forward(&batch, false));
    let fast = tagger.infer(&batch).unwrap();
    assert_eq!(reference.size(), fast.size());
    let (gap, spread) = logit_gap(&batch, &reference, &fast);
    assert!(spread > 1e-3, "random logits too flat to compare ({spread})");
    assert!(gap < 1e-4, "inference pass differs from rust-bert's by {gap}");
    // Only the labelled rows (the last layer cut to them): the same logits, in window order.
    let firsts = tagger.infer_first_pieces(&batch).unwrap();
    let words: usize = batch.first_piece.iter().map(Vec::len).sum();
    assert_eq!(firsts.size(), [words as i64, common::LABELS.len() as i64]);
    let mut k = 0;
    for (w, positions) in batch.first_piece.iter().enumerate() {
        for &p in positions {
            let d = (firsts.get(k) - reference.get(w as i64).get(p as i64)).abs().max().double_value(&[]);
            assert!(d < 1e-4, "window {w} piece {p}: first-piece logits differ by {d}");
            k += 1;
        }
    }
    // A batch with one window has no padding: the mask is skipped and the logits still agree.
    let words = ["Vladimir", "Putin", "met", "Nicolás", "Maduro"];
    let p = tagger.encode(&words).unwrap();
    let single = tagger.make_batch(&[window(&words, &p)]);
    assert!(!single.padded());
    let (gap, _) = logit_gap(&single, &tch::no_grad(|| tagger.forward(&single, false)), &tagger.infer(&single).unwrap());
    assert!(gap < 1e-4, "unpadded batch differs by {gap}");
}

#[test]
fn int8_pass_stays_close_to_f32_but_is_not_it() {
    use actorgraph::ner::encoder::Precision;
    let dir = tempfile::tempdir().unwrap();
    write_tiny_model(dir.path(), &TinyModel::default());
    let mut tagger = BertTagger::load(dir.path()).unwrap();
    let batch = padded_batch(&tagger);
    let f32_logits = tagger.infer(&batch).unwrap();
    tagger.set_precision(Precision::Int8).unwrap();
    assert_eq!(tagger.precision(), Precision::Int8);
    let int8_logits = tagger.infer(&batch).unwrap();
    let (gap, _) = logit_gap(&batch, &f32_logits, &int8_logits);
    assert!(gap > 0.0, "int8 gave exactly the f32 logits: the quantized kernels did not run");
    // Relative error over the real positions: a few percent on this tiny random model (its
    // 32-wide layers quantize worse than the shipped model's 384-wide ones).
    let keep = batch.mask.unsqueeze(-1).to_kind(tch::Kind::Float);
    let rel = ((&f32_logits - &int8_logits) * &keep).norm().double_value(&[]) / (&f32_logits * &keep).norm().double_value(&[]);
    assert!(rel < 0.1, "int8 logits are {rel:.3} off f32 (relative)");
    // A window's int8 result depends on that window alone, not on what it is batched with or on
    // its padding (activations are quantized window by window): shards give single-run results.
    let long = ["the", "president", "Nicolás", "Maduro", "visited", "Caracas", "and", "met", "Vladimir", "Putin", "."];
    let short = ["Hezbollah", "met", "Russia"];
    let (pl, ps) = (tagger.encode(&long).unwrap(), tagger.encode(&short).unwrap());
    let together = tagger.score(&[window(&long, &pl), window(&short, &ps)]).unwrap();
    let alone = [tagger.score(&[window(&long, &pl)]).unwrap().remove(0), tagger.score(&[window(&short, &ps)]).unwrap().remove(0)];
    for (t, a) in together.iter().zip(&alone) {
        let d = t.iter().zip(a).map(|(x, y)| (x - y).abs()).fold(0f32, f32::max);
        assert!(d < 1e-5, "a window's int8 scores change by {d} with its batch neighbours");
    }
    // Back to f32 restores the exact logits.
    tagger.set_precision(Precision::F32).unwrap();
    let (gap, _) = logit_gap(&batch, &f32_logits, &tagger.infer(&batch).unwrap());
    assert_eq!(gap, 0.0);
}
