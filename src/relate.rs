//! Relate stage: actor–actor relations from co-occurrence in a sentence (default), paragraph or
//! document, with the first evidence sentence; plus, optionally, typed relations where a trigger
//! verb stands between two actors in a sentence ("X met with Y", "X sanctioned Y").

use std::collections::{BTreeMap, BTreeSet};

use crate::document::Document;
use crate::text::{fold, truncate_chars};

/// Longest evidence text kept, in chars.
pub const EVIDENCE_CHARS: usize = 300;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Window {
    Sentence,
    Paragraph,
    Document,
}

impl std::str::FromStr for Window {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "sentence" => Ok(Window::Sentence),
            "paragraph" => Ok(Window::Paragraph),
            "document" => Ok(Window::Document),
            o => Err(format!("unknown window '{o}' (sentence, paragraph or document)")),
        }
    }
}

/// One relation seen in one document: the actors (ordered for undirected kinds), the relation
/// type ("co-occurrence" or a trigger's type), the units it was seen in, and the first evidence.
#[derive(Debug, Clone, PartialEq)]
pub struct DocRelation {
    pub source: String,
    pub target: String,
    pub relation: String,
    pub units: usize,
    pub first_sentence: usize,
    pub evidence: String,
}

/// Trigger words for typed relations, folded, with the relation type they signal.
const TRIGGERS: &[(&str, &str)] = &[
    ("met with", "met"), ("met", "met"), ("visited", "visited"), ("sanctioned", "sanctioned"),
    ("sanctions on", "sanctioned"), ("sent", "sent"), ("supports", "supports"), ("supported", "supports"),
    ("backs", "supports"), ("backed", "supports"), ("condemned", "condemned"), ("condemns", "condemned"),
    ("signed", "signed"), ("accused", "accused"), ("armed", "supplies"), ("supplied", "supplies"),
    ("supplies", "supplies"), ("financed", "finances"), ("funds", "finances"), ("funded", "finances"),
    ("threatened", "threatened"), ("attacked", "attacked"), ("recognized", "recognized"), ("recognised", "recognized"),
];

/// Relations in one document. `typed` adds directed trigger relations beside co-occurrence.
pub fn document_relations(doc: &Document, window: Window, typed: bool) -> Vec<DocRelation> {
    let Some(clean) = &doc.clean else { return Vec::new() };
    let sentences = &clean.sentences;
    // Actors per unit, and per sentence (for evidence).
    let unit_of = |sentence: usize| -> usize {
        match window {
            Window::Sentence => sentence,
            Window::Paragraph => sentences.get(sentence).map(|s| clean.paragraph_of(s.start)).unwrap_or(0),
            Window::Document => 0,
        }
    };
    let mut by_unit: BTreeMap<usize, BTreeSet<&str>> = BTreeMap::new();
    let mut by_sentence: BTreeMap<usize, BTreeSet<&str>> = BTreeMap::new();
    for (m, l) in doc.mentions.iter().zip(&doc.links) {
        by_unit.entry(unit_of(m.sentence)).or_default().insert(&l.actor_id);
        by_sentence.entry(m.sentence).or_default().insert(&l.actor_id);
    }
    let sentence_text = |i: usize| sentences.get(i).map(|r| truncate_chars(clean.text.slice(r.clone()), EVIDENCE_CHARS)).unwrap_or_default();
    let mut out: BTreeMap<(String, String, String), DocRelation> = BTreeMap::new();
    for (&unit, actors) in &by_unit {
        let actors: Vec<&str> = actors.iter().copied().collect();
        for i in 0..actors.len() {
            for j in i + 1..actors.len() {
                let (a, b) = (actors[i], actors[j]);
                // Evidence: the first sentence of the unit with both actors, else with the first.
                let first = by_sentence
                    .iter()
                    .filter(|(&s, _)| unit_of(s) == unit)
                    .find(|(_, set)| set.contains(a) && set.contains(b))
                    .or_else(|| by_sentence.iter().find(|(&s, set)| unit_of(s) == unit && set.contains(a)))
                    .map(|(&s, _)| s)
                    .unwrap_or(0);
                let e = out.entry((a.to_string(), b.to_string(), "co-occurrence".to_string())).or_insert_with(|| DocRelation {
                    source: a.to_string(),
                    target: b.to_string(),
                    relation: "co-occurrence".into(),
                    units: 0,
                    first_sentence: first,
                    evidence: sentence_text(first),
                });
                e.units += 1;
            }
        }
    }
    if typed {
        for (key, rel) in typed_relations(doc, &sentence_text) {
            out.entry(key).and_modify(|r| r.units += 1).or_insert(rel);
        }
    }
    out.into_values().collect()
}

/// Directed relations where a trigger phrase sits between two linked mentions of one sentence.
fn typed_relations(doc: &Document, sentence_text: &dyn Fn(usize) -> String) -> Vec<((String, String, String), DocRelation)> {
    let text = doc.text();
    let mut idx: Vec<usize> = (0..doc.mentions.len()).collect();
    idx.sort_by_key(|&i| (doc.mentions[i].clean.start, i));
    let mut out = Vec::new();
    for w in idx.windows(2) {
        let (a, b) = (&doc.mentions[w[0]], &doc.mentions[w[1]]);
        let (la, lb) = (&doc.links[w[0]], &doc.links[w[1]]);
        if a.sentence != b.sentence || la.actor_id == lb.actor_id || a.clean.end > b.clean.start {
            continue;
        }
        let between = fold(text.slice(a.clean.end..b.clean.start));
        if between.split(' ').count() > 6 {
            continue;
        }
        let padded = format!(" {between} ");
        if let Some((_, kind)) = TRIGGERS.iter().find(|(t, _)| padded.contains(&format!(" {t} "))) {
            let key = (la.actor_id.clone(), lb.actor_id.clone(), kind.to_string());
            out.push((
                key,
                DocRelation {
                    source: la.actor_id.clone(),
                    target: lb.actor_id.clone(),
                    relation: kind.to_string(),
                    units: 1,
                    first_sentence: a.sentence,
                    evidence: sentence_text(a.sentence),
                },
            ));
        }
    }
    out
}
