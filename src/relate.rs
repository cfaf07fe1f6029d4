//! Relate stage: a document's actor–actor relations. Undirected co-occurrence in a sentence
//! (default), paragraph or document; and the directed relations the events stage coded, summed per
//! ordered pair and CAMEO code and per ordered pair and quad class (count, summed Goldstein score).
//! Only events told as having happened count (not negated, not future, possible or reported);
//! `events.csv` keeps every event with its flags. Each relation keeps its first evidence sentence.

use std::collections::{BTreeMap, BTreeSet};

use crate::document::Document;
use crate::events::{CameoCode, QuadClass};
use crate::text::truncate_chars;

/// Longest evidence text kept, in chars.
pub const EVIDENCE_CHARS: usize = 300;

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Window {
    Sentence,
    Paragraph,
    Document,
}

/// What a relation row says about its pair.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize)]
pub enum RelationKind {
    /// Named in the same sentence (paragraph, document); undirected, `source` < `target`.
    #[serde(rename = "co-occurrence")]
    CoOccurrence,
    /// Events of one CAMEO code from `source` to `target`.
    #[serde(rename = "event")]
    Event,
    /// Events of one quad class from `source` to `target`.
    #[serde(rename = "quad")]
    Quad,
}

impl RelationKind {
    pub fn as_str(self) -> &'static str {
        match self {
            RelationKind::CoOccurrence => "co-occurrence",
            RelationKind::Event => "event",
            RelationKind::Quad => "quad",
        }
    }
}

/// One relation seen in one document: the actors (ordered for co-occurrence), its kind (and code
/// or quad class), how many units (sentences, paragraphs; events) carry it, their summed Goldstein
/// score for event kinds, and the first evidence.
/// Goldstein scores have one decimal; their sums are kept at the double nearest each exact sum
/// of tenths, so any order of adding (documents, batches, shards) gives the same bits.
pub fn add_tenths(a: f64, b: f64) -> f64 {
    ((a + b) * 10.0).round() / 10.0
}

#[derive(Debug, Clone, PartialEq)]
pub struct DocRelation {
    pub source: String,
    pub target: String,
    pub kind: RelationKind,
    pub code: Option<CameoCode>,
    pub quad_class: Option<QuadClass>,
    pub units: usize,
    pub goldstein: Option<f64>,
    pub first_sentence: usize,
    pub evidence: String,
}

/// A document's relations: co-occurrence in `window` units, and its factual events summed.
pub fn document_relations(doc: &Document, window: Window) -> Vec<DocRelation> {
    let Some(clean) = &doc.clean else { return Vec::new() };
    let sentences = &clean.sentences;
    let unit_of = |sentence: usize| -> usize {
        match window {
            Window::Sentence => sentence,
            Window::Paragraph => sentences.get(sentence).map(|s| clean.paragraph_of(s.start)).unwrap_or(0),
            Window::Document => 0,
        }
    };
    let mut by_unit: BTreeMap<usize, BTreeSet<&str>> = BTreeMap::new();
    let mut by_sentence: BTreeMap<usize, BTreeSet<&str>> = BTreeMap::new();
    for (m, l) in doc.mentions.iter().zip(&doc.links).filter(|(_, l)| l.is_actor()) {
        by_unit.entry(unit_of(m.sentence)).or_default().insert(&l.actor_id);
        by_sentence.entry(m.sentence).or_default().insert(&l.actor_id);
    }
    let sentence_text = |i: usize| sentences.get(i).map(|r| truncate_chars(clean.text.slice(r.clone()), EVIDENCE_CHARS)).unwrap_or_default();
    let mut out: Vec<DocRelation> = Vec::new();
    let mut co: BTreeMap<(&str, &str), usize> = BTreeMap::new();
    for (&unit, actors) in &by_unit {
        let actors: Vec<&str> = actors.iter().copied().collect();
        for i in 0..actors.len() {
            for j in i + 1..actors.len() {
                let (a, b) = (actors[i], actors[j]);
                let e = co.entry((a, b)).or_default();
                if *e == 0 {
                    // Evidence: the first sentence of the unit with both actors, else with the first.
                    let first = by_sentence
                        .iter()
                        .filter(|(&s, _)| unit_of(s) == unit)
                        .find(|(_, set)| set.contains(a) && set.contains(b))
                        .or_else(|| by_sentence.iter().find(|(&s, set)| unit_of(s) == unit && set.contains(a)))
                        .map(|(&s, _)| s)
                        .unwrap_or(0);
                    out.push(DocRelation {
                        source: a.to_string(),
                        target: b.to_string(),
                        kind: RelationKind::CoOccurrence,
                        code: None,
                        quad_class: None,
                        units: 0,
                        goldstein: None,
                        first_sentence: first,
                        evidence: sentence_text(first),
                    });
                }
                *e += 1;
            }
        }
    }
    for r in &mut out {
        r.units = co[&(r.source.as_str(), r.target.as_str())];
    }
    // Events, per code and per quad class.
    let mut ev: BTreeMap<(&str, &str, RelationKind, Option<CameoCode>, Option<QuadClass>), DocRelation> = BTreeMap::new();
    // One event per trigger and actor pair: an actor coded as several (`FRO/BIL/SAM`) has one
    // event row per code in events.csv, but acted once.
    let mut seen = BTreeSet::new();
    for e in doc.events.iter().filter(|e| e.is_factual()) {
        if !seen.insert((e.sentence, e.trigger.start, &e.source, &e.target, e.code)) {
            continue;
        }
        let q = e.code.quad_class();
        // A code outside CAMEO has no quad class: it gets its code row and no quad row.
        let rows = [(RelationKind::Event, Some(e.code)), (RelationKind::Quad, None)];
        for (kind, code) in rows.into_iter().filter(|(k, _)| *k == RelationKind::Event || q.is_some()) {
            let r = ev.entry((&e.source, &e.target, kind, code, q)).or_insert_with(|| DocRelation {
                source: e.source.clone(),
                target: e.target.clone(),
                kind,
                code,
                quad_class: q,
                units: 0,
                goldstein: e.code.goldstein().map(|_| 0.0),
                first_sentence: e.sentence,
                evidence: sentence_text(e.sentence),
            });
            r.units += 1;
            r.goldstein = r.goldstein.zip(e.code.goldstein()).map(|(sum, g)| add_tenths(sum, g as f64));
        }
    }
    out.extend(ev.into_values());
    out
}
