//! In-document definitions of abbreviations: "Cartel of the Suns (CDS)" and "CDS (Cartel of the
//! Suns)" make every "CDS" of the document the same actor as the full name, whatever the registry
//! or the model would make of the letters alone, so one actor is never split over two ids in a
//! page.

use crate::document::{Document, Mention, MentionSource};
use crate::link::candidates::acronym_key;

/// An abbreviation defined in a document, and the mention of its full name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Definition {
    pub abbreviation: String,
    pub full: usize,
}

/// Definitions found around the document's mentions.
pub fn find(doc: &Document) -> Vec<Definition> {
    let text = doc.text();
    let layer = doc.tokens();
    let mut out: Vec<Definition> = Vec::new();
    for si in 0..layer.sentences.len() {
        let words = layer.sentence(si);
        let w = |i: usize| text.slice(words[i].start..words[i].end);
        for k in 1..words.len().saturating_sub(2) {
            if w(k) != "(" {
                continue;
            }
            // "Full Name (ABBR)": a mention ends right before the parenthesis.
            let abbr = w(k + 1);
            if matches!(w(k + 2), ")" | ",") && acronym_key(abbr).is_some() {
                if let Some(full) = doc.mentions.iter().position(|m| m.clean.end == words[k - 1].end && m.text.contains(' ')) {
                    if !out.iter().any(|d| d.abbreviation == abbr) {
                        out.push(Definition { abbreviation: abbr.to_string(), full });
                    }
                    continue;
                }
            }
            // "ABBR (Full Name)".
            let abbr = w(k - 1);
            if acronym_key(abbr).is_some() {
                if let Some(full) = doc.mentions.iter().position(|m| m.clean.start == words[k + 1].start && m.text.contains(' ')) {
                    if !out.iter().any(|d| d.abbreviation == abbr) {
                        out.push(Definition { abbreviation: abbr.to_string(), full });
                    }
                }
            }
        }
    }
    out
}

/// Mentions for every occurrence of a defined abbreviation that no mention covers yet.
pub fn mentions(doc: &Document, defs: &[Definition]) -> Vec<Mention> {
    let text = doc.text();
    let layer = doc.tokens();
    let mut out = Vec::new();
    for si in 0..layer.sentences.len() {
        for word in layer.sentence(si) {
            let t = text.slice(word.start..word.end);
            if !defs.iter().any(|d| d.abbreviation == t) {
                continue;
            }
            if doc.mentions.iter().any(|m| m.clean.start < word.end && word.start < m.clean.end) {
                continue;
            }
            let raw = doc.raw_span(word.start..word.end);
            let full = defs.iter().find(|d| d.abbreviation == t).map(|d| doc.mentions[d.full].label.clone()).unwrap_or_else(|| "ORG".into());
            out.push(Mention {
                clean: word.start..word.end,
                text: doc.raw.slice(raw.clone()).to_string(),
                raw,
                label: full,
                score: 1.0,
                sentence: si,
                source: MentionSource::Definition,
            });
        }
    }
    out
}
