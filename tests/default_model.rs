//! The shipped model (models/ner-minilm-conll) on real text: the seed articles' main actors get
//! the right labels, and an entity at the end of a document far past 512 tokens is found at its
//! offset.

use std::path::{Path, PathBuf};

use actorgraph::clean::clean;
use actorgraph::document::Document;
use actorgraph::link::{Linker, Registry};
use actorgraph::ner::bert::BertTagger;
use actorgraph::ner::{tag_documents, NerOptions};
use actorgraph::pipeline::{self, RunOptions};

const MODEL: &str = "models/ner-minilm-conll";

#[test]
fn seeds_main_actors_are_tagged_with_the_right_labels() {
    let tagger = BertTagger::load(Path::new(MODEL)).unwrap();
    let linker = Linker::new(Registry::load(&[PathBuf::from("actors")]).unwrap());
    let r = pipeline::run(&RunOptions { inputs: vec![PathBuf::from("seeds")], ..Default::default() }, &tagger, &linker, &()).unwrap();
    assert_eq!(r.docs_ok, 5);
    let model: Vec<(&str, &str)> = r.tables.mentions.iter().filter(|m| m.source == "model").map(|m| (m.text.as_str(), m.label.as_str())).collect();
    for (text, label) in [("Nicolás Maduro", "PER"), ("Vladimir Putin", "PER"), ("Russia", "LOC"), ("Venezuela", "LOC"), ("Hezbollah", "ORG")] {
        let n = model.iter().filter(|(t, l)| *t == text && *l == label).count();
        assert!(n > 0, "{text} never tagged {label}; tagged as {:?}", model.iter().filter(|(t, _)| *t == text).collect::<Vec<_>>());
    }
    // Each seed links its main actors to registry ids.
    let docs_of = |id: &str| r.tables.actors.iter().find(|a| a.id == id).map(|a| a.documents).unwrap_or(0);
    assert_eq!(docs_of("VEN"), 5);
    assert!(docs_of("ven:maduro") >= 4);
    assert!(docs_of("RUS") >= 4);
    let top: Vec<(&str, &str)> = r.tables.relations.iter().take(10).map(|x| (x.source.as_str(), x.target.as_str())).collect();
    assert!(top.contains(&("RUS", "VEN")), "{top:?}");
}

#[test]
fn entity_at_the_end_of_a_long_document_is_found_at_its_offset() {
    let tagger = BertTagger::load(Path::new(MODEL)).unwrap();
    let filler = "The committee discussed the budget for the coming year in great detail . ".repeat(250); // ~3,250 words
    let tail = "On Friday , Nicolás Maduro met Vladimir Putin in Moscow .";
    let text = format!("{filler}{tail}");
    let mut d = Document::new("long".into(), "long.txt".into(), text.clone(), Default::default());
    d.clean = Some(clean(&d.raw));
    let mut docs = vec![d];
    let stats = tag_documents(&tagger, &mut docs, &NerOptions::default(), &|_, _| {}).unwrap();
    assert!(stats.windows > 8, "{} windows", stats.windows);
    let start = text.chars().count() - tail.chars().count() + "On Friday , ".chars().count();
    let m = docs[0].mentions.iter().find(|m| m.text == "Nicolás Maduro").expect("Maduro found");
    assert_eq!(m.raw, start..start + 14);
    assert_eq!(m.label, "PER");
    assert!(docs[0].mentions.iter().any(|m| m.text == "Moscow" && m.label == "LOC"));
}
