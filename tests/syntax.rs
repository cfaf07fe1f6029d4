//! The syntax layer with the shipped model's parser head: trees on news sentences written for
//! these tests (subjects, objects, passive agents, relative clauses), one well-formed tree per
//! sentence over the seeds, the same NER with and without the parser head, and the nominal
//! events the parse makes possible, end to end.

mod common;

use std::path::{Path, PathBuf};

use actorgraph::document::Document;
use actorgraph::link::{Linker, Registry};
use actorgraph::ner::bert::BertTagger;
use actorgraph::ner::encoder::Precision;
use actorgraph::ner::{NerOptions, WordTagger};
use actorgraph::pipeline::{StageTimes, Stages};

const MODEL: &str = "models/ner-minilm-conll";

fn tagger() -> BertTagger {
    let mut t = BertTagger::load(Path::new(MODEL)).unwrap();
    t.set_precision(Precision::Int8).unwrap();
    t
}

fn process(tagger: &dyn WordTagger, texts: &[&str]) -> Vec<Document> {
    let linker = Linker::new(Registry::load(&[PathBuf::from("actors")]).unwrap());
    let coder = common::coder();
    let stages = Stages { tagger, linker: &linker, coder: &coder, ner: &NerOptions::default(), window: actorgraph::relate::Window::Sentence };
    let mut docs: Vec<Document> = texts.iter().enumerate().map(|(i, t)| Document::new(format!("d{i}"), format!("d{i}.txt"), t.to_string(), Default::default())).collect();
    stages.run(&mut docs, &(), None, &mut StageTimes::default(), &mut Default::default()).unwrap();
    docs
}

/// (word, relation, head word) of each word of a one-sentence document.
fn arcs(d: &Document) -> Vec<(String, String, String)> {
    let p = d.parse.as_ref().expect("parsed");
    let text = d.text();
    let words = &d.tokens().words;
    let form = |i: usize| text.slice(words[i].start..words[i].end).to_string();
    p.words.iter().enumerate().map(|(i, w)| (form(i), w.deprel.clone(), w.head.map(form).unwrap_or_else(|| "ROOT".into()))).collect()
}

fn has(arcs: &[(String, String, String)], word: &str, rel: &str, head: &str) -> bool {
    arcs.iter().any(|(w, r, h)| w == word && r == rel && h == head)
}

#[test]
fn subjects_objects_agents_and_relatives() {
    let docs = process(
        &tagger(),
        &[
            "Russia sent two bombers to Venezuela on Monday.",
            "The sanctions were announced by the Treasury.",
            "Putin, who met Maduro in Moscow, promised new loans.",
        ],
    );
    let a = arcs(&docs[0]);
    assert!(has(&a, "Russia", "nsubj", "sent") && has(&a, "bombers", "obj", "sent") && has(&a, "sent", "root", "ROOT"), "{a:?}");
    assert!(has(&a, "Venezuela", "obl", "sent"), "{a:?}");
    let a = arcs(&docs[1]);
    assert!(has(&a, "sanctions", "nsubj:pass", "announced") && has(&a, "Treasury", "obl:agent", "announced"), "{a:?}");
    let a = arcs(&docs[2]);
    assert!(has(&a, "met", "acl:relcl", "Putin") && has(&a, "Putin", "nsubj", "promised") && has(&a, "loans", "obj", "promised"), "{a:?}");
    let lemmas: Vec<&str> = docs[0].parse.as_ref().unwrap().words.iter().map(|w| w.lemma.as_str()).collect();
    assert_eq!(lemmas[1], "send");
}

#[test]
fn every_seed_sentence_is_one_tree_and_ner_is_unchanged_by_the_parser() {
    let texts: Vec<String> = std::fs::read_dir("seeds").unwrap().map(|e| std::fs::read_to_string(e.unwrap().path()).unwrap()).collect();
    let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
    let with = process(&tagger(), &refs);
    for d in &with {
        let p = d.parse.as_ref().expect("an English seed is parsed");
        assert_eq!(p.words.len(), d.tokens().words.len());
        for s in d.tokens().sentences.iter().filter(|s| !s.is_empty()) {
            assert_eq!(s.clone().filter(|&i| p.words[i].head.is_none()).count(), 1, "one root per sentence");
            for i in s.clone() {
                // Every word reaches the root inside its sentence.
                let (mut at, mut steps) = (i, 0);
                while let Some(h) = p.words[at].head {
                    assert!(s.contains(&h), "head outside the sentence");
                    at = h;
                    steps += 1;
                    assert!(steps <= s.len(), "cycle");
                }
            }
        }
    }
    // The same documents through the same encoder without the parser head: the same mentions.
    let dir = tempfile::tempdir().unwrap();
    for e in std::fs::read_dir(MODEL).unwrap() {
        let p = e.unwrap().path();
        if !p.file_name().unwrap().to_string_lossy().starts_with("parser") {
            std::fs::copy(&p, dir.path().join(p.file_name().unwrap())).unwrap();
        }
    }
    let mut bare = BertTagger::load(dir.path()).unwrap();
    bare.set_precision(Precision::Int8).unwrap();
    assert!(bare.parser().is_none());
    let without = process(&bare, &refs);
    for (a, b) in with.iter().zip(&without) {
        assert!(b.parse.is_none());
        let m = |d: &Document| d.mentions.iter().map(|m| (m.clean.clone(), m.label.clone())).collect::<Vec<_>>();
        assert_eq!(m(a), m(b));
    }
}

#[test]
fn nouns_that_tell_events_are_coded_from_the_parse() {
    let docs = process(
        &tagger(),
        &[
            "Putin spoke to reporters after a phone call with Maduro.",
            "Xi Jinping reiterated his support for Maduro.",
            "Cuban President Miguel Díaz-Canel arrived in Caracas for talks with Maduro.",
        ],
    );
    let triples = |d: &Document| d.events.iter().filter(|e| e.is_factual()).map(|e| (e.source.clone(), e.target.clone(), e.code.as_str().to_string())).collect::<Vec<_>>();
    assert!(triples(&docs[0]).contains(&("rus:putin".into(), "ven:maduro".into(), "040".into())), "{:?}", triples(&docs[0]));
    assert!(triples(&docs[1]).iter().any(|t| t.0 == "chn:xi" && t.1 == "ven:maduro" && t.2.starts_with("05")), "{:?}", triples(&docs[1]));
    // Talks one travelled for were held (as the sentence tests of tests/events.rs code them).
    assert!(triples(&docs[2]).contains(&("cub:diaz-canel".into(), "ven:maduro".into(), "046".into())), "{:?}", triples(&docs[2]));
}
