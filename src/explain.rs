//! What `actorgraph explain` shows: a processed document read back sentence by sentence, the
//! words as written, the mentions with their labels and links (registry or provisional), the
//! parse, each event with its code, quad class, Goldstein score, pattern and modality, and for
//! each pair of actors named together with no event between them, the reason none was coded.
//! Built from the same `Document` a run makes (`pipeline::Stages`), so it explains a run; the
//! command prints it as text or JSON.

use serde::Serialize;

use crate::document::Document;
use crate::events::EventCoder;
use crate::link::Registry;

#[derive(Debug, Serialize)]
pub struct Explanation {
    pub language: Option<String>,
    /// Whether the NER model read the text (it reads English; other languages are linked with
    /// registry names only).
    pub model_read: bool,
    pub sentences: Vec<SentenceExplained>,
}

#[derive(Debug, Serialize)]
pub struct SentenceExplained {
    pub index: usize,
    pub text: String,
    pub words: Vec<String>,
    pub mentions: Vec<MentionExplained>,
    /// The sentence's tree in CoNLL-U, where the model folder has a parser head.
    pub parse: Option<String>,
    pub events: Vec<EventExplained>,
    pub no_event: Vec<NoEvent>,
}

#[derive(Debug, Serialize)]
pub struct MentionExplained {
    pub text: String,
    pub label: String,
    pub score: f32,
    /// `model` or `registry` (a registry name the model missed).
    pub found_by: String,
    /// Empty when the mention names no actor.
    pub actor_id: String,
    pub actor_name: String,
    /// `registry`, `provisional` or `none`.
    pub actor_source: String,
    pub link_method: String,
    pub link_score: f32,
}

#[derive(Debug, Serialize)]
pub struct EventExplained {
    pub source: String,
    pub target: String,
    pub code: String,
    pub code_name: String,
    pub quad_class: Option<u8>,
    pub quad_class_name: Option<String>,
    pub goldstein: Option<f32>,
    pub verb: String,
    pub negated: bool,
    pub modality: String,
    /// The verb table pattern that chose the code (empty: the verb's own code).
    pub pattern: String,
    /// Which reader coded it, and how likely it is right (0-1).
    pub reader: String,
    pub confidence: f32,
    /// Where it happened (gazetteer name and country), if the sentence attaches a place to it.
    pub location: Option<String>,
    pub counted: bool,
}

#[derive(Debug, Serialize)]
pub struct NoEvent {
    pub a: String,
    pub b: String,
    pub reason: String,
}

/// Explain a document the stages have processed.
pub fn explain(doc: &Document, coder: &EventCoder, registry: &Registry) -> Explanation {
    let text = doc.text();
    let tokens = doc.tokens();
    let mut sentences = Vec::new();
    for (i, range) in doc.sentences().into_iter().enumerate() {
        let words: Vec<String> = tokens.sentences.get(i).map_or(&[][..], |r| tokens.words.get(r.clone()).unwrap_or(&[])).iter().map(|w| text.slice(w.start..w.end).to_string()).collect();
        let mentions: Vec<MentionExplained> = doc.mentions.iter().zip(&doc.links).filter(|(m, _)| m.sentence == i).map(|(m, l)| mention(m, l, registry)).collect();
        let events: Vec<EventExplained> = doc.events.iter().filter(|e| e.sentence == i).map(|e| event(doc, e)).collect();
        // Verbs of the table among the sentence's words (its verbs, where the parse tells them).
        let verbs: Vec<&str> = tokens
            .sentences
            .get(i)
            .map_or(0..0, |r| r.clone())
            // The parse is English's: a text the model does not read (Spanish) is not held to it.
            .filter(|&w| doc.model_read == Some(false) || doc.parse.as_ref().is_none_or(|p| p.words.get(w).is_some_and(|x| x.upos == "VERB")))
            .filter_map(|w| tokens.words.get(w).map(|t| text.slice(t.start..t.end)))
            // Spanish verbs are a table of their own, their forms folded ("recibio").
            .filter(|w| match (doc.model_read, coder.verbs.spanish.as_deref()) {
                (Some(false), Some(es)) => es.lemma_of(&crate::text::fold(w)).is_some(),
                _ => coder.verbs.lemma_of(&w.to_lowercase()).is_some(),
            })
            .collect();
        let no_event = pairs_without_event(&mentions, &events, &verbs, coder);
        sentences.push(SentenceExplained { index: i, text: text.slice(range).to_string(), words, mentions, parse: crate::syntax::sentence_conllu(doc, i), events, no_event });
    }
    Explanation { language: doc.clean.as_ref().and_then(|c| c.language).map(str::to_string), model_read: doc.model_read != Some(false), sentences }
}

fn mention(m: &crate::document::Mention, l: &crate::document::Link, registry: &Registry) -> MentionExplained {
    let (actor_name, actor_source) = if l.actor_id.is_empty() {
        (String::new(), "none")
    } else if let Some(a) = registry.get(&l.actor_id) {
        (a.name.clone(), "registry")
    } else {
        (m.text.clone(), "provisional")
    };
    MentionExplained {
        text: m.text.clone(),
        label: m.label.clone(),
        score: m.score,
        found_by: m.source.as_str().to_string(),
        actor_id: l.actor_id.clone(),
        actor_name,
        actor_source: actor_source.into(),
        link_method: l.method.as_str().to_string(),
        link_score: l.score,
    }
}

fn event(doc: &Document, e: &crate::events::Event) -> EventExplained {
    EventExplained {
        source: e.source.clone(),
        target: e.target.clone(),
        code: e.code.to_string(),
        code_name: e.code.name().to_string(),
        quad_class: e.code.quad_class().map(|q| q.number()),
        quad_class_name: e.code.quad_class().map(|q| q.name().to_string()),
        goldstein: e.code.goldstein(),
        verb: doc.text().slice(e.trigger.clone()).to_string(),
        negated: e.negated,
        modality: e.modality.as_str().to_string(),
        pattern: e.pattern.clone().unwrap_or_default(),
        reader: e.reader.as_str().to_string(),
        confidence: e.confidence,
        location: e.location.as_ref().map(|p| format!("{} ({})", p.name, p.country)),
        counted: e.is_factual(),
    }
}

/// Each pair of actors named in the sentence with no event between them, and why.
fn pairs_without_event(mentions: &[MentionExplained], events: &[EventExplained], verbs: &[&str], coder: &EventCoder) -> Vec<NoEvent> {
    let mut actors: Vec<(&str, &str)> = mentions.iter().filter(|m| !m.actor_id.is_empty()).map(|m| (m.actor_id.as_str(), m.actor_source.as_str())).collect();
    actors.sort();
    actors.dedup();
    let mut out = Vec::new();
    for (k, &(a, a_src)) in actors.iter().enumerate() {
        for &(b, b_src) in actors.iter().skip(k + 1) {
            let coded = events.iter().any(|e| (e.source == a && e.target == b) || (e.source == b && e.target == a));
            if coded {
                continue;
            }
            let reason = if (a_src == "provisional" || b_src == "provisional") && !coder.opts.provisional {
                "an actor is provisional (not in the registry): events are coded between registry actors only (run --provisional-events codes them too)".to_string()
            } else if verbs.is_empty() {
                "no verb of the verb table in the sentence (and no noun that tells an event between them)".to_string()
            } else {
                format!("verbs of the table here ({}), but neither is told with one of them as the actor and the other as its target", verbs.join(", "))
            };
            out.push(NoEvent { a: a.to_string(), b: b.to_string(), reason });
        }
    }
    // (One actor may still have an event: toward a deed the sentence before told.)
    if actors.len() < 2 && events.is_empty() {
        let reason = if actors.is_empty() { "no actor named in the sentence" } else { "one actor only in the sentence: no pair to code" };
        out.push(NoEvent { a: actors.first().map(|x| x.0.to_string()).unwrap_or_default(), b: String::new(), reason: reason.into() });
    }
    out
}

/// The explanation as text for a terminal.
pub fn to_text(x: &Explanation) -> String {
    let mut s = String::new();
    if !x.model_read {
        s.push_str(&format!("language {}: the NER model reads English; mentions are registry names only\n", x.language.as_deref().unwrap_or("?")));
    }
    for st in &x.sentences {
        s.push_str(&format!("sentence {}: {}\n", st.index + 1, st.text));
        s.push_str(&format!("  words: {}\n", st.words.join(" · ")));
        if st.mentions.is_empty() {
            s.push_str("  mentions: none\n");
        }
        for m in &st.mentions {
            let link = match m.actor_source.as_str() {
                "none" => format!("no actor ({})", m.link_method),
                src => format!("{} \"{}\" ({src}, {} {:.2})", m.actor_id, m.actor_name, m.link_method, m.link_score),
            };
            s.push_str(&format!("  mention: {} [{} {:.2}, {}] -> {link}\n", m.text, m.label, m.score, m.found_by));
        }
        if let Some(p) = &st.parse {
            s.push_str("  parse:\n");
            for line in p.lines() {
                s.push_str(&format!("    {line}\n"));
            }
        }
        for e in &st.events {
            let quad = e.quad_class.map_or(String::new(), |q| format!(", quad {q} {}", e.quad_class_name.as_deref().unwrap_or("")));
            let gold = e.goldstein.map_or(String::new(), |g| format!(", Goldstein {g:+.1}"));
            let how = if e.pattern.is_empty() { "the verb's own code".to_string() } else { format!("pattern {}", e.pattern) };
            let counted = if e.counted { "counted in relations" } else { "not counted (negated or not asserted)" };
            s.push_str(&format!(
                "  event: {} -> {} {} {}{quad}{gold}; verb '{}', {how}, {}{}; read by the {} reader, confidence {:.2}{}; {counted}\n",
                e.source,
                e.target,
                e.code,
                e.code_name,
                e.verb,
                e.modality,
                if e.negated { ", negated" } else { "" },
                e.reader,
                e.confidence,
                e.location.as_ref().map_or(String::new(), |l| format!(", in {l}"))
            ));
        }
        for n in &st.no_event {
            let pair = match (n.a.is_empty(), n.b.is_empty()) {
                (true, _) => String::new(),
                (false, true) => format!("{}: ", n.a),
                (false, false) => format!("{} / {}: ", n.a, n.b),
            };
            s.push_str(&format!("  no event: {pair}{}\n", n.reason));
        }
        s.push('\n');
    }
    s
}
