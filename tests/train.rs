//! `train` runs an epoch on a tiny fixture from a tiny random base encoder (no `bert.` prefix,
//! no classifier, two token types) and writes a folder that `run`/`eval` load.

mod common;

use actorgraph::conll::read_iob2;
use actorgraph::eval;
use actorgraph::ner::bert::BertTagger;
use actorgraph::ner::{NerOptions, WordTagger};
use actorgraph::train::{train, TrainOptions};
use common::{write_tiny_model, TinyModel};

const DATA: &str = "Putin B-PER\nvisited O\nCaracas B-LOC\n. O\n\nThe O\npresident O\nmet O\nNicolas B-PER\nMaduro I-PER\n. O\n\nRussia B-LOC\nand O\nHezbollah B-ORG\nmet O\n. O\n\nVladimir B-PER\nPutin I-PER\nvisited O\nRussia B-LOC\n. O\n";

#[test]
fn trains_one_epoch_and_writes_a_loadable_model() {
    let base = tempfile::tempdir().unwrap();
    write_tiny_model(base.path(), &TinyModel { bare: true, strip_prefix: true, ..Default::default() });
    let data = tempfile::tempdir().unwrap();
    let train_file = data.path().join("train.iob2");
    std::fs::write(&train_file, DATA).unwrap();
    let out = tempfile::tempdir().unwrap();
    let opts = TrainOptions {
        base: base.path().to_path_buf(),
        train: vec![train_file.clone()],
        dev: vec![train_file.clone()],
        out: out.path().to_path_buf(),
        epochs: 1,
        batch_windows: 2,
        window_pieces: 30,
        lr: 1e-3,
        ..Default::default()
    };
    let log = train(&opts, &()).unwrap();
    assert_eq!(log.len(), 1);
    assert!(log[0].train_loss > 0.0 && log[0].train_loss.is_finite());
    assert!(!out.path().join("checkpoint").exists(), "checkpoint removed after a finished run");
    // The folder loads like any token-classification model, with the data's labels.
    let tagger = BertTagger::load(out.path()).unwrap();
    assert_eq!(tagger.labels(), &["O", "B-LOC", "B-ORG", "B-PER", "I-PER"]);
    assert!(tagger.config.case_feature, "the capitalisation feature is declared in config.json");
    assert_eq!(tagger.config.bert.type_vocab_size, 3);
    let cfg: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(out.path().join("config.json")).unwrap()).unwrap();
    assert_eq!(cfg["architectures"][0], "BertForTokenClassification");
    assert_eq!(cfg["label2id"]["B-PER"], 3);
    for f in ["vocab.txt", "model.safetensors", "config.json"] {
        assert!(out.path().join(f).is_file(), "{f} missing");
    }
    let (sents, _) = read_iob2(&train_file, None).unwrap();
    let pred = eval::predict(&tagger, &sents, &NerOptions::default()).unwrap();
    assert_eq!(pred.iter().map(Vec::len).collect::<Vec<_>>(), sents.iter().map(|s| s.words.len()).collect::<Vec<_>>());
    // A second run with the same seed gives the same weights.
    let out2 = tempfile::tempdir().unwrap();
    train(&TrainOptions { out: out2.path().to_path_buf(), ..opts }, &()).unwrap();
    let a = std::fs::read(out.path().join("model.safetensors")).unwrap();
    let b = std::fs::read(out2.path().join("model.safetensors")).unwrap();
    assert_eq!(a, b, "training is deterministic for a fixed seed");
}
