//! No text makes a stage panic: random word salads, truncated sentences and headlines without
//! punctuation, English and Spanish, through clean, NER (a gazetteer stand-in), link and both
//! event coders. A panic would be caught by the pipeline (the document gets an `error` row), so
//! the test asserts that no document was marked failed: the stages themselves must not panic.
//! A second test checks the catch itself: a tagger that panics on one document costs that
//! document alone.

mod common;

use std::path::PathBuf;

use actorgraph::document::Document;
use actorgraph::link::{Linker, Registry};
use actorgraph::ner::{NerError, NerOptions, WindowInput, WordTagger};
use actorgraph::pipeline::{StageTimes, Stages};
use actorgraph::util::Rng;
use common::GazetteerTagger;

const ENGLISH: &[&str] = &[
    "Russia", "Iran", "China", "Cuba", "Venezuela", "Maduro", "Putin", "Hezbollah", "the", "United", "States", "said", "sent", "aid", "to", "and",
    "was", "sanctioned", "by", "who", "which", "accused", "of", "helping", ",", ".", "\"", "'", "(", ")", "met", "with", "in", "Caracas", "Moscow",
    "will", "not", "refused", "meet", "visit", "talks", "support", "for", "against", "his", "its", "that", "must", "step", "down", "-", ":", ";",
    "reportedly", "condemned", "Washington", "officials", "troops", "deployed", "after", "signed", "agreement", "on", "oil", "loans",
];
const SPANISH: &[&str] = &[
    "Rusia", "Irán", "China", "Cuba", "Venezuela", "Maduro", "Putin", "Hezbolá", "el", "la", "los", "Estados", "Unidos", "dijo", "envió", "ayuda", "a",
    "y", "fue", "sancionado", "por", "que", "quien", "acusó", "de", "ayudar", ",", ".", "«", "»", "se", "reunió", "con", "en", "Caracas", "Moscú",
    "enviará", "no", "rechazó", "reunirse", "visitó", "conversaciones", "apoyo", "para", "contra", "su", "le", "debe", "renunciar", "acusándolos",
    "sancionó", "condenó", "Washington", "funcionarios", "tropas", "firmó", "acuerdo", "sobre", "petróleo", "préstamos", "le", "lo", "al", "del",
];

/// A number below `n` from the project's seeded generator.
fn below(rng: &mut Rng, n: usize) -> usize {
    (rng.next_u64() % n as u64) as usize
}

/// Texts of the kinds that broke coders before: word salads, real sentences cut anywhere,
/// headlines with no final period, lone punctuation.
fn texts(words: &[&str], real: &[&str], rng: &mut Rng, n: usize) -> Vec<String> {
    let mut out: Vec<String> = real.iter().map(|s| s.to_string()).collect();
    for s in real {
        let w: Vec<&str> = s.split(' ').collect();
        for cut in 0..=w.len() {
            out.push(w[..cut].join(" "));
            out.push(w[cut..].join(" "));
        }
    }
    for _ in 0..n {
        let len = 1 + below(rng, 30);
        let mut t: Vec<&str> = (0..len).map(|_| words[below(rng, words.len())]).collect();
        if below(rng, 3) == 0 {
            t.push(".");
        }
        out.push(t.join(" "));
    }
    out.extend([",", ".", "«", "\"", "de", "a", "por", "by", "and", ""].iter().map(|s| s.to_string()));
    out
}

fn run_all(texts: &[String], language: &str, tagger: &dyn WordTagger) -> Vec<Document> {
    let linker = Linker::new(Registry::load(&[PathBuf::from("actors")]).unwrap());
    let coder = common::coder();
    let stages = Stages { tagger, linker: &linker, coder: &coder, ner: &NerOptions::default(), window: actorgraph::relate::Window::Sentence };
    let mut docs: Vec<Document> = texts
        .iter()
        .enumerate()
        .map(|(i, t)| {
            let meta = [("language".to_string(), language.to_string())].into_iter().collect();
            Document::new(format!("d{i}"), format!("d{i}.txt"), t.clone(), meta)
        })
        .collect();
    stages.run(&mut docs, &(), None, &mut StageTimes::default(), &mut Default::default()).unwrap();
    docs
}

#[test]
fn no_text_makes_a_stage_fail() {
    let mut rng = Rng(7);
    let en_real = [
        "Russia sent aid to Venezuela and Cuba",
        "Maduro, who met Putin in Moscow, said the United States must not meet with Iran",
        "Hezbollah was sanctioned by the United States for helping Iran",
    ];
    let es_real = [
        "Rusia envió ayuda a Venezuela y Cuba",
        "Maduro, quien se reunió con Putin en Moscú, dijo que Estados Unidos debe renunciar",
        "Hezbolá fue sancionado por Estados Unidos por ayudar a Irán",
    ];
    let tagger = GazetteerTagger::new(126, &[("Maduro", "B-PER"), ("Putin", "B-PER"), ("Caracas", "B-LOC")]);
    for (words, real, lang) in [(ENGLISH, &en_real, "en"), (SPANISH, &es_real, "es")] {
        let docs = run_all(&texts(words, real, &mut rng, 400), lang, &tagger);
        let failed: Vec<(&str, &str)> = docs.iter().filter_map(|d| d.failed.as_deref().map(|f| (d.raw.as_str(), f))).collect();
        assert!(failed.is_empty(), "{lang}: {} texts made a stage fail, e.g. {:?}", failed.len(), failed.first());
    }
}

/// A tagger that panics on any window holding the word "BOOM".
struct Boom(GazetteerTagger);
impl WordTagger for Boom {
    fn labels(&self) -> &[String] {
        self.0.labels()
    }
    fn window_budget(&self) -> usize {
        self.0.window_budget()
    }
    fn encode(&self, words: &[&str]) -> Result<Vec<Vec<u32>>, NerError> {
        self.0.encode(words)
    }
    fn score(&self, batch: &[WindowInput<'_>]) -> Result<Vec<Vec<f32>>, NerError> {
        assert!(!batch.iter().any(|w| w.words.contains(&"BOOM")), "the stand-in tagger blew up");
        self.0.score(batch)
    }
}

#[test]
fn a_panic_costs_its_document_alone() {
    let texts = vec!["Russia sent aid to Venezuela.".to_string(), "BOOM goes the tagger.".to_string(), "Iran condemned the United States.".to_string()];
    let docs = run_all(&texts, "en", &Boom(GazetteerTagger::new(126, &[])));
    assert!(docs[0].failed.is_none() && docs[2].failed.is_none());
    let why = docs[1].failed.as_deref().unwrap_or("");
    assert!(why.contains("ner stage") && why.contains("blew up"), "{why}");
    assert!(!docs[0].events.is_empty(), "the other documents are still coded");
}
