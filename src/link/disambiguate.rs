//! Disambiguation: among an mention's candidates, pick the actor that fits the NER label, the
//! rest of the document and the registry's notes and priors best.

use std::collections::{HashMap, HashSet};

use super::candidates::Candidate;
use super::registry::Registry;
use crate::document::{Document, Link, LinkMethod, Mention, MentionSource};
use crate::text::fold;

/// What the document says overall: actors it names unambiguously, and its words.
pub struct Context {
    sure: HashMap<usize, usize>,
    words: HashSet<String>,
    /// Clean end offsets of mentions followed by the word for a leader's government ("the
    /// Maduro regime"), where the model tends to call the name MISC.
    before_government: HashSet<usize>,
}

/// Words for a leader's government: "the Trump administration", "the Ortega regime".
const GOVERNMENT_WORDS: &[&str] = &[
    "administration", "regime", "government", "presidency", "cabinet", "administración", "régimen", "gobierno", "presidencia", "gabinete",
];
/// Words for an office held by a person, written right before a surname ("el presidente Trump",
/// "el canciller Lavrov").
const TITLE_WORDS: &[&str] = &[
    "presidente", "presidenta", "expresidente", "expresidenta", "canciller", "ministro", "ministra", "mandatario", "mandataria",
    "dictador", "líder", "senador", "senadora", "general", "vicepresidente", "vicepresidenta", "gobernador", "gobernadora",
    "diputado", "diputada", "opositor", "opositora", "president", "minister", "senator", "dictator",
];

/// Whether a word of the text is one of [`TITLE_WORDS`], in any case.
pub fn is_title_word(word: &str) -> bool {
    TITLE_WORDS.contains(&word.to_lowercase().as_str())
}

/// Whether a word of the text is one of [`GOVERNMENT_WORDS`], in any case.
pub fn is_government_word(word: &str) -> bool {
    GOVERNMENT_WORDS.contains(&word.to_lowercase().as_str())
}

impl Context {
    pub fn new(doc: &Document, direct: &[Vec<Candidate>]) -> Self {
        let mut sure = HashMap::new();
        for c in direct {
            if c.len() == 1 && c[0].score >= 0.9 {
                *sure.entry(c[0].actor).or_default() += 1;
            }
        }
        let text = doc.text();
        let words = fold(text.as_str()).split(' ').filter(|w| w.len() >= 4).map(str::to_string).collect();
        let layer = doc.tokens();
        let before_government = doc
            .mentions
            .iter()
            .filter(|m| {
                let words = layer.sentence(m.sentence);
                let next = words.get(words.partition_point(|w| w.start < m.clean.end));
                next.is_some_and(|w| is_government_word(text.slice(w.start..w.end)))
            })
            .map(|m| m.clean.end)
            .collect();
        Context { sure, words, before_government }
    }
}

/// How well an NER label fits an actor kind (0 rules the actor out).
pub fn kind_fit(label: &str, kind: &str, method: LinkMethod) -> f32 {
    // The whole registry name is in the text: its kind decides, not the label of the part the
    // model tagged.
    if method == LinkMethod::Within {
        return 1.0;
    }
    if method == LinkMethod::Demonym {
        return if label == "MISC" || label == "ORG" || label == "LOC" { 1.0 } else { 0.3 };
    }
    match (label, kind) {
        ("PER", "person") => 1.0,
        ("PER", _) => 0.15,
        ("LOC", "country" | "place") => 1.0,
        ("LOC", "organization" | "group") => 0.4,
        ("LOC", "person") => 0.1,
        ("ORG", "organization" | "group") => 1.0,
        ("ORG", "country") => 0.8, // governments: "Moscow announced", "Iran's government"
        ("ORG", "place") => 0.5,
        // "Maduro was sanctioned": at a sentence's start the model may call a surname ORG.
        ("ORG", "person") if matches!(method, LinkMethod::Exact | LinkMethod::Alias) => 0.45,
        ("ORG", "person") => 0.1,
        ("MISC", "organization" | "group" | "country") => 0.6,
        ("MISC", _) => 0.3,
        _ => 0.5,
    }
}

pub fn choose(m: &Mention, cands: &[Candidate], reg: &Registry, ctx: &Context) -> Option<Link> {
    let mut best: Option<(f32, &Candidate)> = None;
    for c in cands {
        let actor = &reg.actors[c.actor];
        let fit = if m.source == MentionSource::Registry {
            1.0
        } else if m.label == "MISC" && actor.kind == "person" && matches!(c.method, LinkMethod::Exact | LinkMethod::Alias) && ctx.before_government.contains(&m.clean.end) {
            // "the Maduro regime": the model calls a leader's name MISC before the word for his
            // government; the name is still that person (not so "the Petro", a currency).
            0.45
        } else if m.label == "LOC" && (m.score < 0.9 || ctx.sure.contains_key(&c.actor)) && actor.kind == "person" && !actor.base && matches!(c.method, LinkMethod::Exact | LinkMethod::Alias) {
            // "Putin called on Maduro", "the swearing-in of Maduro, whose ...": a name of the
            // hand-written registry the model was unsure of (LOC at 0.65 or 0.87), or one the
            // document names for sure elsewhere, is still that person, as with ORG at a
            // sentence's start (a place of that name, where the registry has one, fits better).
            0.45
        } else if m.label == "PER" && matches!(actor.kind.as_str(), "organization" | "group") && !actor.base && fold(super::strip_mention(&m.text)) == fold(&actor.name) {
            // "Conviasa resumed flights": the model took an airline for a person; a name the
            // hand-written registry gives a body in full is still that body.
            0.45
        } else {
            kind_fit(&m.label, &actor.kind, c.method)
        };
        if fit <= 0.0 {
            continue;
        }
        let in_doc = if ctx.sure.get(&c.actor).copied().unwrap_or(0) > 0 { 0.3 } else { 0.0 };
        let note_words: Vec<String> = fold(&actor.notes).split(' ').filter(|w| w.len() >= 4).map(str::to_string).collect();
        let overlap = note_words.iter().filter(|w| ctx.words.contains(*w)).count().min(3) as f32 / 3.0;
        let total = c.score * fit + in_doc + 0.1 * overlap + 0.05 * actor.prior.max(1e-3).ln();
        let better = match best {
            None => true,
            Some((b, bc)) => total > b || (total == b && actor.id < reg.actors[bc.actor].id),
        };
        if better {
            best = Some((total, c));
        }
    }
    let (total, c) = best?;
    // A weak fit on a single-candidate weak match (e.g. a surname with a wrong label) is no link.
    if total < 0.3 {
        return None;
    }
    Some(Link { actor_id: reg.actors[c.actor].id.clone(), method: c.method, score: total.clamp(0.0, 1.0) })
}
