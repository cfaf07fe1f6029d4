//! The output tables: one row type per file, their headers (the documented schema), how a
//! processed document becomes rows ([`DocResult::of_document`]), how `run` builds the derived
//! tables (actors, candidates, relations, Gephi nodes and edges) from the per-document rows, and
//! how `merge` reads them back. `run` and `merge` share the code that derives tables, so a merge
//! of shards gives the same bytes as one run.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::Path;

use serde::{Deserialize, Serialize};

use super::{fmt_score, stage_bytes, OutputError, Staged, Table};
use crate::cache::DocResult;
use crate::document::{Document, Link, Mention};
use crate::events::{CameoCode, Event, Modality, QuadClass};
use crate::relate::{DocRelation, RelationKind, EVIDENCE_CHARS};
use crate::text::truncate_chars;

pub const DOCUMENTS: &str = "documents.csv";
pub const MENTIONS: &str = "mentions.csv";
pub const ACTORS: &str = "actors.csv";
pub const RELATIONS: &str = "relations.csv";
pub const EVENTS: &str = "events.csv";
pub const EVENT_GROUPS: &str = "event_groups.csv";
pub const GEXF: &str = "graph.gexf";
pub const COOCCURRENCE_GEXF: &str = "cooccurrence.gexf";
pub const TIMELINE: &str = "timeline.csv";
pub const REPORT: &str = "report.html";
pub const CANDIDATES: &str = "candidates.csv";
pub const NODES: &str = "nodes.csv";
pub const EDGES: &str = "edges.csv";
pub const RUN_JSON: &str = "run.json";
/// Every file a run writes (a folder from before manifests is recognised by these names).
pub const OUTPUT_NAMES: &[&str] = &[DOCUMENTS, MENTIONS, ACTORS, RELATIONS, EVENTS, EVENT_GROUPS, GEXF, COOCCURRENCE_GEXF, TIMELINE, REPORT, CANDIDATES, NODES, EDGES, RUN_JSON];

/// Columns of each table, in order (also the README's schema).
pub const DOCUMENT_COLUMNS: &[&str] = &[
    "doc_id", "path", "status", "reason", "chars", "mentions", "chars_raw", "chars_clean", "lines_dropped", "dropped_by", "language",
    "title", "url", "date", "content_hash", "text_hash",
];
pub const MENTION_COLUMNS: &[&str] = &[
    "doc_id", "start", "end", "text", "label", "score", "clean_start", "clean_end", "sentence", "source", "actor_id", "link_method",
    "link_score",
];
pub const ACTOR_COLUMNS: &[&str] = &["id", "name", "kind", "country", "source", "mentions", "documents"];
pub const RELATION_COLUMNS: &[&str] = &[
    "source", "target", "source_name", "target_name", "relation", "code", "plover_type", "quad_class", "weight", "goldstein", "documents", "mentions",
    "first_doc", "first_sentence", "evidence", "first_date", "last_date",
];
pub const EVENT_COLUMNS: &[&str] = &[
    "event_id", "doc_id", "date", "sentence", "source", "target", "source_name", "target_name", "source_cameo", "target_cameo", "code", "code_name",
    "quad_class", "goldstein", "plover_type", "plover_mode", "plover_context",
    "verb", "negated", "modality", "reader", "confidence", "location", "location_country", "lat", "lon", "start", "end", "clean_start", "clean_end", "pattern", "evidence",
];
pub const CANDIDATE_COLUMNS: &[&str] = &["id", "name", "kind", "confidence", "mentions", "documents", "example"];
pub const NODE_COLUMNS: &[&str] = &["Id", "Label", "kind", "country", "mentions"];
pub const EDGE_COLUMNS: &[&str] = &["Id", "Source", "Target", "Type", "Kind", "Weight", "Label", "quad_class", "cooperation", "goldstein", "mean_goldstein", "mentions", "documents", "first_date", "last_date"];

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct DocumentRow {
    pub doc_id: String,
    pub path: String,
    pub status: String,
    pub reason: String,
    pub chars: usize,
    pub mentions: usize,
    pub chars_raw: usize,
    pub chars_clean: usize,
    pub lines_dropped: usize,
    pub dropped_by: String,
    #[serde(default)]
    pub language: String,
    pub title: String,
    pub url: String,
    pub date: String,
    pub content_hash: String,
    /// SHA-256 of the text alone: copies of one article under other ids or dates share it.
    #[serde(default)]
    pub text_hash: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MentionRow {
    pub doc_id: String,
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub label: String,
    pub score: String,
    pub clean_start: usize,
    pub clean_end: usize,
    pub sentence: usize,
    pub source: String,
    pub actor_id: String,
    pub link_method: String,
    pub link_score: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ActorRow {
    pub id: String,
    pub name: String,
    pub kind: String,
    pub country: String,
    pub source: String,
    pub mentions: usize,
    pub documents: usize,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RelationRow {
    pub source: String,
    pub target: String,
    pub source_name: String,
    pub target_name: String,
    pub relation: RelationKind,
    /// The CAMEO code of an `event` relation.
    pub code: Option<CameoCode>,
    /// The PLOVER type of an `event` relation under `--ontology plover` (then `code` is empty).
    #[serde(default)]
    pub plover_type: String,
    /// The quad class of an `event` or `quad` relation.
    pub quad_class: Option<QuadClass>,
    pub weight: usize,
    /// Summed Goldstein scores of the events (event and quad relations).
    pub goldstein: Option<f64>,
    pub documents: usize,
    /// Co-occurrence: as `weight`. Event and quad: coded sentences reporting the `weight` events.
    #[serde(default)]
    pub mentions: usize,
    pub first_doc: String,
    pub first_sentence: usize,
    pub evidence: String,
    /// Earliest and latest document date (YYYY-MM-DD) carrying the relation; empty without dates.
    #[serde(default)]
    pub first_date: String,
    #[serde(default)]
    pub last_date: String,
}

impl RelationRow {
    fn of(r: DocRelation) -> RelationRow {
        RelationRow {
            source: r.source,
            target: r.target,
            source_name: String::new(),
            target_name: String::new(),
            relation: r.kind,
            code: r.code,
            plover_type: String::new(),
            quad_class: r.quad_class,
            weight: r.units,
            goldstein: r.goldstein,
            documents: 1,
            mentions: r.units,
            first_doc: String::new(),
            first_sentence: r.first_sentence,
            evidence: r.evidence,
            first_date: String::new(),
            last_date: String::new(),
        }
    }

    fn key(&self) -> RelationKey {
        (self.source.clone(), self.target.clone(), self.relation, self.code, self.plover_type.clone(), self.quad_class)
    }
}

/// What makes a relations.csv row: source, target, kind, CAMEO code, PLOVER type, quad class.
pub type RelationKey = (String, String, RelationKind, Option<CameoCode>, String, Option<QuadClass>);

/// One coded event (events.csv).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EventRow {
    /// The event this mention reports (`output::groups`): shared by the reports of one happening.
    #[serde(default)]
    pub event_id: String,
    pub doc_id: String,
    pub date: String,
    pub sentence: usize,
    pub source: String,
    pub target: String,
    pub source_name: String,
    pub target_name: String,
    pub source_cameo: String,
    pub target_cameo: String,
    pub code: CameoCode,
    pub code_name: String,
    /// Empty for a code outside CAMEO.
    pub quad_class: Option<QuadClass>,
    pub goldstein: Option<f32>,
    /// PLOVER event type, mode and context of the code (`events::plover`); empty for CAMEO 01
    /// (statements) and codes outside CAMEO.
    #[serde(default)]
    pub plover_type: String,
    #[serde(default)]
    pub plover_mode: String,
    #[serde(default)]
    pub plover_context: String,
    pub verb: String,
    pub negated: bool,
    pub modality: Modality,
    /// Which reader coded it (`parse`, `shallow`, `noun`, `spanish`).
    #[serde(default)]
    pub reader: String,
    /// How likely it is right, 0-1 (`events::confidence`).
    #[serde(default)]
    pub confidence: f32,
    /// Where it happened (`events::location`): the gazetteer's place name, its country (ISO
    /// alpha-3) and coordinates; empty where the sentence attaches no place to the event.
    #[serde(default)]
    pub location: String,
    #[serde(default)]
    pub location_country: String,
    #[serde(default)]
    pub lat: Option<f64>,
    #[serde(default)]
    pub lon: Option<f64>,
    pub start: usize,
    pub end: usize,
    pub clean_start: usize,
    pub clean_end: usize,
    pub pattern: String,
    pub evidence: String,
}

impl EventRow {
    /// `sentences`: the document's sentence ranges (taken once per document, not per event).
    fn of(d: &Document, sentences: &[std::ops::Range<usize>], e: &Event) -> EventRow {
        let raw = d.raw_span(e.trigger.clone());
        let sentence = sentences.get(e.sentence).map(|r| d.text().slice(r.clone()).to_string()).unwrap_or_default();
        let plover = crate::events::plover::of(&e.code);
        EventRow {
            event_id: String::new(),
            doc_id: String::new(),
            date: String::new(),
            sentence: e.sentence,
            source: e.source.clone(),
            target: e.target.clone(),
            source_name: String::new(),
            target_name: String::new(),
            source_cameo: e.source_cameo.clone(),
            target_cameo: e.target_cameo.clone(),
            code: e.code,
            code_name: e.code.name().to_string(),
            quad_class: e.code.quad_class(),
            goldstein: e.code.goldstein(),
            plover_type: plover.map(|p| p.event_type.clone()).unwrap_or_default(),
            plover_mode: plover.map(|p| p.mode.clone()).unwrap_or_default(),
            plover_context: plover.map(|p| p.context.clone()).unwrap_or_default(),
            verb: d.raw.slice(raw.clone()).to_string(),
            negated: e.negated,
            modality: e.modality,
            reader: e.reader.as_str().to_string(),
            confidence: e.confidence,
            location: e.location.as_ref().map(|p| p.name.clone()).unwrap_or_default(),
            location_country: e.location.as_ref().map(|p| p.country.clone()).unwrap_or_default(),
            lat: e.location.as_ref().map(|p| p.lat),
            lon: e.location.as_ref().map(|p| p.lon),
            start: raw.start,
            end: raw.end,
            clean_start: e.trigger.start,
            clean_end: e.trigger.end,
            pattern: e.pattern.clone().unwrap_or_default(),
            evidence: truncate_chars(&sentence, EVIDENCE_CHARS),
        }
    }

    fn cells(&self) -> Vec<String> {
        vec![
            self.event_id.clone(), self.doc_id.clone(), self.date.clone(), self.sentence.to_string(), self.source.clone(), self.target.clone(), self.source_name.clone(),
            self.target_name.clone(), self.source_cameo.clone(), self.target_cameo.clone(), self.code.to_string(), self.code_name.clone(),
            self.quad_class.map(|q| q.number().to_string()).unwrap_or_default(), self.goldstein.map(|g| format!("{g:.1}")).unwrap_or_default(),
            self.plover_type.clone(), self.plover_mode.clone(), self.plover_context.clone(), self.verb.clone(), self.negated.to_string(), self.modality.as_str().to_string(),
            self.reader.clone(), format!("{:.2}", self.confidence), self.location.clone(), self.location_country.clone(),
            self.lat.map(|x| format!("{x:.4}")).unwrap_or_default(), self.lon.map(|x| format!("{x:.4}")).unwrap_or_default(),
            self.start.to_string(), self.end.to_string(), self.clean_start.to_string(), self.clean_end.to_string(), self.pattern.clone(),
            self.evidence.clone(),
        ]
    }
}

impl MentionRow {
    fn of(m: &Mention, l: &Link) -> MentionRow {
        MentionRow {
            doc_id: String::new(),
            start: m.raw.start,
            end: m.raw.end,
            text: m.text.clone(),
            label: m.label.clone(),
            score: fmt_score(m.score),
            clean_start: m.clean.start,
            clean_end: m.clean.end,
            sentence: m.sentence,
            source: m.source.as_str().into(),
            actor_id: l.actor_id.clone(),
            link_method: l.method.as_str().into(),
            link_score: fmt_score(l.score),
        }
    }
}

impl DocumentRow {
    fn of(d: &Document, status: &str, reason: &str) -> DocumentRow {
        let (chars_clean, lines_dropped, dropped_by) = match &d.clean {
            Some(c) => {
                let mut by: BTreeMap<&str, usize> = BTreeMap::new();
                let mut lines = BTreeSet::new();
                for x in &c.dropped {
                    *by.entry(x.reason).or_default() += 1;
                    lines.insert(x.line);
                }
                let by: Vec<String> = by.into_iter().map(|(k, v)| format!("{k}:{v}")).collect();
                (c.text.char_len(), lines.len(), by.join(" "))
            }
            None => (d.raw.char_len(), 0, String::new()),
        };
        DocumentRow {
            doc_id: d.id.clone(),
            path: d.path.clone(),
            status: status.into(),
            reason: reason.into(),
            chars: chars_clean,
            mentions: d.mentions.len(),
            chars_raw: d.raw.char_len(),
            chars_clean,
            lines_dropped,
            dropped_by,
            language: d.clean.as_ref().and_then(|c| c.language).unwrap_or("").to_string(),
            title: d.meta.get("title").cloned().unwrap_or_default(),
            url: d.meta.get("url").cloned().unwrap_or_default(),
            date: d.meta.get("date").cloned().unwrap_or_default(),
            content_hash: d.content_hash.clone(),
            text_hash: crate::util::sha256_hex(d.raw.as_str().as_bytes()),
        }
    }
}

impl DocResult {
    /// The rows one processed document contributes (without its id, path and carried fields:
    /// see [`DocResult::attach`]).
    pub fn of_document(d: &Document) -> DocResult {
        if let Some(why) = &d.failed {
            // A stage failed part-way: its layers may be half made, so none of them is kept.
            return DocResult {
                content_hash: d.content_hash.clone(),
                row: DocumentRow::of(d, "error", why),
                mentions: Vec::new(),
                relations: Vec::new(),
                events: Vec::new(),
                examples: Vec::new(),
                words: 0,
            };
        }
        let empty = d.text().as_str().trim().is_empty();
        let (status, reason) = if empty {
            ("skipped", "empty after cleaning".to_string())
        } else if d.model_read == Some(false) {
            let lang = d.clean.as_ref().and_then(|c| c.language).unwrap_or("");
            let note = format!("language {lang}: linked with registry names only (the NER model reads English)");
            ("ok", [d.meta.get("note").cloned().unwrap_or_default(), note].iter().filter(|s| !s.is_empty()).cloned().collect::<Vec<_>>().join("; "))
        } else {
            ("ok", d.meta.get("note").cloned().unwrap_or_default())
        };
        // A part of a long article counts its offsets from the article's start.
        let shift: usize = d.meta.get("part_start").and_then(|s| s.parse().ok()).unwrap_or(0);
        let mentions = d
            .mentions
            .iter()
            .zip(&d.links)
            .map(|(m, l)| MentionRow::of(m, l))
            .map(|r| MentionRow { start: r.start + shift, end: r.end + shift, ..r })
            .collect();
        let sentences = d.sentences();
        let mut examples: Vec<(String, usize, String)> = Vec::new();
        for (m, l) in d.mentions.iter().zip(&d.links) {
            if l.actor_id.starts_with("prov:") && !examples.iter().any(|e| e.0 == l.actor_id) {
                let sentence = sentences.get(m.sentence).map(|r| d.text().slice(r.clone())).unwrap_or("");
                examples.push((l.actor_id.clone(), m.clean.start, truncate_chars(sentence, EVIDENCE_CHARS)));
            }
        }
        // Event and quad rows are made across documents from the event groups (`Tables::derive`):
        // a document's own are not carried into the run's rows.
        let relations = d.relations.iter().filter(|r| r.kind == RelationKind::CoOccurrence).cloned().map(RelationRow::of).collect();
        let events = d.events.iter().map(|e| EventRow::of(d, &sentences, e)).map(|r| EventRow { start: r.start + shift, end: r.end + shift, ..r }).collect();
        DocResult {
            content_hash: d.content_hash.clone(),
            row: DocumentRow::of(d, status, &reason),
            mentions,
            relations,
            events,
            examples,
            words: d.text().as_str().split_whitespace().count(),
        }
    }
}

/// Facts about a registry actor that the tables show.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActorInfo {
    pub name: String,
    pub kind: String,
    pub country: String,
}

fn cells_doc(r: &DocumentRow) -> Vec<String> {
    vec![
        r.doc_id.clone(), r.path.clone(), r.status.clone(), r.reason.clone(), r.chars.to_string(), r.mentions.to_string(),
        r.chars_raw.to_string(), r.chars_clean.to_string(), r.lines_dropped.to_string(), r.dropped_by.clone(), r.language.clone(), r.title.clone(),
        r.url.clone(), r.date.clone(), r.content_hash.clone(), r.text_hash.clone(),
    ]
}

fn cells_mention(r: &MentionRow) -> Vec<String> {
    vec![
        r.doc_id.clone(), r.start.to_string(), r.end.to_string(), r.text.clone(), r.label.clone(), r.score.clone(),
        r.clean_start.to_string(), r.clean_end.to_string(), r.sentence.to_string(), r.source.clone(), r.actor_id.clone(),
        r.link_method.clone(), r.link_score.clone(),
    ]
}

/// Kind of a provisional actor from the NER labels of its mentions.
fn kind_of_label(label: &str) -> &'static str {
    match label {
        "PER" => "person",
        "LOC" => "place",
        "ORG" => "organization",
        _ => "other",
    }
}

/// A provisional actor's name: the most frequent of the written forms its id was made from
/// ("Rahmat Asadi", not the surname "Asadi" that coreference joined to it), without a leading
/// title ("Angiollilo Fernández", not "Gen. Angiollilo Fernández").
fn provisional_name(id: &str, forms: &BTreeMap<String, usize>) -> Option<String> {
    forms
        .iter()
        .filter(|(f, _)| crate::link::provisional_id(f) == id)
        .max_by(|a, b| a.1.cmp(b.1).then(a.0.len().cmp(&b.0.len())).then(b.0.cmp(a.0)))
        .map(|(f, _)| crate::link::strip_title(f).to_string())
}

/// Every table, derived from documents, mentions and relation rows.
pub struct Tables {
    pub documents: Vec<DocumentRow>,
    pub mentions: Vec<MentionRow>,
    pub actors: Vec<ActorRow>,
    pub candidates: Vec<ActorRow>,
    /// Example sentence per candidate id.
    pub examples: BTreeMap<String, String>,
    /// How likely each candidate is a real actor or place, 0-1 ([`candidate_confidence`]), to two
    /// decimals.
    pub confidence: BTreeMap<String, f64>,
    pub relations: Vec<RelationRow>,
    pub events: Vec<EventRow>,
    /// One row per event (the reports of one happening grouped, `output::groups`).
    pub event_groups: Vec<super::groups::EventGroupRow>,
}

impl Tables {
    /// Sort the per-document rows and derive the rest. `info` describes registry actors;
    /// `relations` are already summed over documents (weight, documents, first evidence).
    pub fn derive(
        mut documents: Vec<DocumentRow>,
        mut mentions: Vec<MentionRow>,
        mut relations: Vec<RelationRow>,
        mut events: Vec<EventRow>,
        examples: BTreeMap<String, String>,
        info: &HashMap<String, ActorInfo>,
        ontology: super::groups::Ontology,
    ) -> Tables {
        documents.sort_by(|a, b| a.doc_id.cmp(&b.doc_id).then(a.path.cmp(&b.path)));
        mentions.sort_by(|a, b| {
            (&a.doc_id, a.start, a.end, &a.source, &a.label, &a.actor_id).cmp(&(&b.doc_id, b.start, b.end, &b.source, &b.label, &b.actor_id))
        });
        // Per actor: mention count, documents, and surface forms (for provisional names).
        struct Acc {
            mentions: usize,
            docs: BTreeSet<String>,
            forms: BTreeMap<String, usize>,
            labels: BTreeMap<String, usize>,
            /// The sum of the mentions' NER scores (a dictionary mention counts 1).
            score: f64,
        }
        let mut acc: BTreeMap<String, Acc> = BTreeMap::new();
        for m in mentions.iter().filter(|m| !m.actor_id.is_empty()) {
            let a = acc.entry(m.actor_id.clone()).or_insert_with(|| Acc { mentions: 0, docs: BTreeSet::new(), forms: BTreeMap::new(), labels: BTreeMap::new(), score: 0.0 });
            a.mentions += 1;
            a.score += m.score.parse::<f64>().unwrap_or(1.0);
            a.docs.insert(m.doc_id.clone());
            *a.forms.entry(m.text.clone()).or_default() += 1;
            *a.labels.entry(m.label.clone()).or_default() += 1;
        }
        let most = |m: &BTreeMap<String, usize>| m.iter().max_by(|a, b| a.1.cmp(b.1).then(b.0.len().cmp(&a.0.len())).then(b.0.cmp(a.0))).map(|(k, _)| k.clone()).unwrap_or_default();
        let mut actors = Vec::new();
        let mut candidates = Vec::new();
        let mut confidence = BTreeMap::new();
        for (id, a) in &acc {
            let row = match info.get(id) {
                Some(i) => ActorRow { id: id.clone(), name: i.name.clone(), kind: i.kind.clone(), country: i.country.clone(), source: "registry".into(), mentions: a.mentions, documents: a.docs.len() },
                None => ActorRow { id: id.clone(), name: provisional_name(id, &a.forms).unwrap_or_else(|| most(&a.forms)), kind: kind_of_label(&most(&a.labels)).into(), country: String::new(), source: "provisional".into(), mentions: a.mentions, documents: a.docs.len() },
            };
            if row.source == "provisional" {
                let agreement = a.labels.values().max().copied().unwrap_or(0) as f64 / a.mentions.max(1) as f64;
                // Kept as written (two decimals), so the table, its order and the report agree.
                let c = candidate_confidence(&row.name, &row.kind, a.mentions, a.score / a.mentions.max(1) as f64, agreement);
                confidence.insert(id.clone(), (c * 100.0).round() / 100.0);
                candidates.push(row.clone());
            }
            actors.push(row);
        }
        let by_count = |a: &ActorRow, b: &ActorRow| b.mentions.cmp(&a.mentions).then(a.id.cmp(&b.id));
        actors.sort_by(by_count);
        // Likeliest real actors first, then by count.
        let of = |id: &str| confidence.get(id).copied().unwrap_or(0.0);
        candidates.sort_by(|a, b| of(&b.id).total_cmp(&of(&a.id)).then(by_count(a, b)));
        let names: HashMap<&str, &str> = actors.iter().map(|a| (a.id.as_str(), a.name.as_str())).collect();
        // An event's side may be an actor no mention names: a place's country ("opened an
        // embassy in Pyongyang": North Korea); its name is the registry's.
        let name = |id: &str| names.get(id).map(|n| n.to_string()).or_else(|| info.get(id).map(|i| i.name.clone())).unwrap_or_default();
        for e in &mut events {
            e.source_name = name(&e.source);
            e.target_name = name(&e.target);
        }
        events.sort_by(|a, b| (&a.doc_id, a.sentence, a.clean_start, &a.source, &a.target, a.code).cmp(&(&b.doc_id, b.sentence, b.clean_start, &b.source, &b.target, b.code)));
        // Events and quad classes weigh distinct events, not reports: their rows come from the
        // event groups, across documents (the per-document sums are co-occurrence only here).
        let event_groups = super::groups::group(&mut events, &documents);
        relations.retain(|r| r.relation == RelationKind::CoOccurrence);
        relations.extend(super::groups::event_relations(&event_groups, &events, ontology));
        for r in &mut relations {
            r.source_name = name(&r.source);
            r.target_name = name(&r.target);
        }
        relations.sort_by(|a, b| b.weight.cmp(&a.weight).then(a.key().cmp(&b.key())));
        Tables { documents, mentions, actors, candidates, examples, confidence, relations, events, event_groups }
    }

    /// The typology of the event rows: PLOVER when they carry PLOVER types (`--ontology plover`).
    pub fn ontology(&self) -> super::groups::Ontology {
        if self.relations.iter().any(|r| !r.plover_type.is_empty()) {
            super::groups::Ontology::Plover
        } else {
            super::groups::Ontology::Cameo
        }
    }

    /// The directed ties of the event network: per quad class, or per PLOVER type under
    /// `--ontology plover`; with the edge kind each is drawn as.
    pub fn event_ties(&self) -> impl Iterator<Item = (&RelationRow, String)> {
        let plover = self.ontology() == super::groups::Ontology::Plover;
        self.relations.iter().filter_map(move |r| match (r.relation, r.quad_class) {
            (RelationKind::Event, _) if plover => Some((r, r.plover_type.to_lowercase())),
            (RelationKind::Quad, Some(q)) if !plover => Some((r, format!("quad{}", q.number()))),
            _ => None,
        })
    }

    /// Write every table (staged; the caller commits them together), with timeline.csv by month.
    pub fn write(&self, dir: &Path, excel: bool, run_json: &str) -> Result<Vec<Staged>, OutputError> {
        self.write_with(dir, super::CsvStyle { excel_bom: excel, raw: false }, super::graph::Period::Month, false, run_json)
    }

    /// The tables' contents, each a name, its columns and its rows of cells as written (raw:
    /// the CSV writer defuses them, the Parquet writer types them). Lazy: rows are made as they
    /// are written, never all held at once.
    pub fn contents(&self, period: super::graph::Period) -> Vec<TableData<'_>> {
        let actor_cells = |a: &ActorRow| vec![a.id.clone(), a.name.clone(), a.kind.clone(), a.country.clone(), a.source.clone(), a.mentions.to_string(), a.documents.to_string()];
        let relation_cells = |r: &RelationRow| {
            vec![
                r.source.clone(), r.target.clone(), r.source_name.clone(), r.target_name.clone(), r.relation.as_str().to_string(),
                r.code.map(|c| c.to_string()).unwrap_or_default(), r.plover_type.clone(), r.quad_class.map(|q| q.number().to_string()).unwrap_or_default(),
                r.weight.to_string(), r.goldstein.map(fmt_goldstein).unwrap_or_default(), r.documents.to_string(), r.mentions.to_string(), r.first_doc.clone(),
                r.first_sentence.to_string(), r.evidence.clone(), r.first_date.clone(), r.last_date.clone(),
            ]
        };
        let candidate_cells = move |a: &ActorRow| {
            let ex = self.examples.get(&a.id).cloned().unwrap_or_default();
            let confidence = self.confidence.get(&a.id).map(|c| format!("{c:.2}")).unwrap_or_default();
            vec![a.id.clone(), a.name.clone(), a.kind.clone(), confidence, a.mentions.to_string(), a.documents.to_string(), ex]
        };
        vec![
            TableData { name: DOCUMENTS, columns: DOCUMENT_COLUMNS, rows: Box::new(self.documents.iter().map(cells_doc)) },
            TableData { name: MENTIONS, columns: MENTION_COLUMNS, rows: Box::new(self.mentions.iter().map(cells_mention)) },
            TableData { name: ACTORS, columns: ACTOR_COLUMNS, rows: Box::new(self.actors.iter().map(actor_cells)) },
            TableData { name: CANDIDATES, columns: CANDIDATE_COLUMNS, rows: Box::new(self.candidates.iter().map(candidate_cells)) },
            TableData { name: RELATIONS, columns: RELATION_COLUMNS, rows: Box::new(self.relations.iter().map(relation_cells)) },
            TableData { name: EVENTS, columns: EVENT_COLUMNS, rows: Box::new(self.events.iter().map(EventRow::cells)) },
            TableData { name: EVENT_GROUPS, columns: super::groups::EVENT_GROUP_COLUMNS, rows: Box::new(self.event_groups.iter().map(|g| g.cells())) },
            // Gephi spreadsheet import: nodes (Id, Label + attributes) and edges (Source, Target,
            // Type, Weight, Label).
            TableData { name: NODES, columns: NODE_COLUMNS, rows: Box::new(self.actors.iter().map(|a| vec![a.id.clone(), a.name.clone(), a.kind.clone(), a.country.clone(), a.mentions.to_string()])) },
            TableData { name: EDGES, columns: EDGE_COLUMNS, rows: Box::new(self.edge_rows()) },
            TableData { name: TIMELINE, columns: super::graph::TIMELINE_COLUMNS, rows: Box::new(super::graph::timeline(self, period).into_iter().map(|r| r.cells())) },
        ]
    }

    /// Edges: co-occurrence (undirected) and the event ties (directed, per quad class or PLOVER
    /// type). Parallel edges between one pair are told apart by `Id` and `Kind` (Gephi's edge
    /// kind); `cooperation` and `goldstein` colour them.
    fn edge_rows(&self) -> impl Iterator<Item = Vec<String>> + '_ {
        let co = self.relations.iter().filter(|r| r.relation == RelationKind::CoOccurrence).map(|r| (r, "co-occurrence".to_string()));
        co.chain(self.event_ties()).map(|(r, kind)| {
            let (ty, label, quad, coop) = match (r.relation, r.quad_class) {
                (RelationKind::CoOccurrence, _) => ("Undirected", "co-occurrence".to_string(), String::new(), "none"),
                (_, Some(q)) => ("Directed", q.name().to_string(), q.number().to_string(), if q.is_cooperation() { "cooperation" } else { "conflict" }),
                (_, None) => ("Directed", r.plover_type.clone(), String::new(), "none"),
            };
            let id = format!("{}|{}|{}", r.source, r.target, kind);
            let (g, mean) = match r.goldstein {
                Some(g) => (fmt_goldstein(g), fmt_goldstein(g / r.weight.max(1) as f64)),
                None => (String::new(), String::new()),
            };
            vec![
                id, r.source.clone(), r.target.clone(), ty.into(), kind, r.weight.to_string(), label, quad, coop.into(), g, mean, r.mentions.to_string(),
                r.documents.to_string(), r.first_date.clone(), r.last_date.clone(),
            ]
        })
    }

    /// Write every table (staged; the caller commits them together): the CSV files, with
    /// `parquet` the same tables as Parquet beside them, the two GEXF graphs, the report and
    /// run.json.
    pub fn write_with(&self, dir: &Path, style: super::CsvStyle, period: super::graph::Period, parquet: bool, run_json: &str) -> Result<Vec<Staged>, OutputError> {
        let mut staged = Vec::new();
        let result = (|| -> Result<(), OutputError> {
            for table in self.contents(period) {
                let mut t = Table::create_styled(dir, table.name, table.columns, style)?;
                for row in table.rows {
                    t.row(&row)?;
                }
                staged.push(t.finish()?);
            }
            if parquet {
                for table in self.contents(period) {
                    staged.push(super::parquet::stage(dir, table)?);
                }
            }
            staged.push(stage_bytes(dir, GEXF, super::graph::gexf(self, super::graph::Network::Events).as_bytes())?);
            staged.push(stage_bytes(dir, COOCCURRENCE_GEXF, super::graph::gexf(self, super::graph::Network::CoOccurrence).as_bytes())?);
            staged.push(stage_bytes(dir, REPORT, super::report::html(self).as_bytes())?);
            staged.push(stage_bytes(dir, RUN_JSON, run_json.as_bytes())?);
            Ok(())
        })();
        if let Err(e) = result {
            super::abandon(&staged);
            return Err(e);
        }
        Ok(staged)
    }
}

/// One table's contents (see [`Tables::contents`]).
pub struct TableData<'a> {
    /// The CSV file name (`events.csv`); the Parquet file takes `.parquet` instead.
    pub name: &'static str,
    pub columns: &'static [&'static str],
    pub rows: Box<dyn Iterator<Item = Vec<String>> + 'a>,
}

#[derive(Debug, Deserialize)]
struct CandidateCsvRow {
    id: String,
    name: String,
    kind: String,
    /// Absent in runs from before the column.
    #[serde(default)]
    confidence: Option<f64>,
    mentions: usize,
    documents: usize,
    example: String,
}

impl Tables {
    /// The tables of an earlier run's output folder (for `actorgraph report`).
    pub fn read(dir: &Path) -> Result<Tables, OutputError> {
        let documents: Vec<DocumentRow> = read_rows(&dir.join(DOCUMENTS))?;
        let mentions: Vec<MentionRow> = read_rows(&dir.join(MENTIONS))?;
        let actors: Vec<ActorRow> = read_rows(&dir.join(ACTORS))?;
        let relations: Vec<RelationRow> = read_rows(&dir.join(RELATIONS))?;
        let events: Vec<EventRow> = read_rows(&dir.join(EVENTS))?;
        // A run from before event groups has none.
        let event_groups = if dir.join(EVENT_GROUPS).exists() { read_rows(&dir.join(EVENT_GROUPS))? } else { Vec::new() };
        let cands: Vec<CandidateCsvRow> = read_rows(&dir.join(CANDIDATES))?;
        let examples = cands.iter().map(|c| (c.id.clone(), c.example.clone())).collect();
        let confidence = cands.iter().filter_map(|c| Some((c.id.clone(), c.confidence?))).collect();
        let candidates = cands
            .into_iter()
            .map(|c| ActorRow { id: c.id, name: c.name, kind: c.kind, country: String::new(), source: "provisional".into(), mentions: c.mentions, documents: c.documents })
            .collect();
        Ok(Tables { documents, mentions, actors, candidates, examples, confidence, relations, events, event_groups })
    }
}

/// Relation contributions (one per document and relation) summed into table rows as they come,
/// so a run holds one row per relation rather than every document's. The evidence kept is the
/// one with the smallest (doc_id, sentence), whatever the processing order.
#[derive(Debug, Default)]
pub struct RelationSum(BTreeMap<RelationKey, RelationRow>);

impl RelationSum {
    pub fn add(&mut self, r: RelationRow) {
        let key = r.key();
        match self.0.get_mut(&key) {
            None => {
                self.0.insert(key, r);
            }
            Some(a) => {
                a.weight += r.weight;
                a.documents += r.documents;
                a.mentions += r.mentions;
                if !r.first_date.is_empty() && (a.first_date.is_empty() || r.first_date < a.first_date) {
                    a.first_date = r.first_date.clone();
                }
                if r.last_date > a.last_date {
                    a.last_date = r.last_date.clone();
                }
                a.goldstein = match (a.goldstein, r.goldstein) {
                    (Some(x), Some(y)) => Some(crate::relate::add_tenths(x, y)),
                    (x, y) => x.or(y),
                };
                if (&r.first_doc, r.first_sentence) < (&a.first_doc, a.first_sentence) {
                    a.first_doc = r.first_doc;
                    a.first_sentence = r.first_sentence;
                    a.evidence = r.evidence;
                }
            }
        }
    }

    /// The summed rows, in (source, target, relation) order.
    pub fn into_rows(self) -> Vec<RelationRow> {
        self.0.into_values().collect()
    }
}

/// How likely a provisional actor is a real actor or place, 0-1: the mean NER score of its
/// mentions, times the share of them the model gave its most frequent label, times a weight for
/// how often it is named (one mention 0.6, two 0.8, three 0.9, ...), lowered for a name that
/// joins two capitalised names with a hyphen ("Russia-China", "Santos-FARC": a compound, not one
/// actor) and for a person named by one word only (a surname never written in full).
pub fn candidate_confidence(name: &str, kind: &str, mentions: usize, mean_score: f64, agreement: f64) -> f64 {
    let named = 1.0 - 0.4 * 0.5f64.powi(mentions.saturating_sub(1).min(30) as i32);
    let compound = !name.contains(' ') && name.split_once('-').is_some_and(|(a, b)| [a, b].iter().all(|p| p.chars().next().is_some_and(char::is_uppercase)));
    let lone_word_person = kind == "person" && !name.trim().contains(' ');
    let shape = if compound { 0.5 } else if lone_word_person { 0.7 } else { 1.0 };
    (mean_score.clamp(0.0, 1.0) * agreement.clamp(0.0, 1.0) * named * shape).clamp(0.0, 1.0)
}

/// One example sentence per provisional actor, for candidates.csv: the one at the smallest
/// (doc_id, start), whatever order documents, batches or shards arrive in.
#[derive(Debug, Default)]
pub struct FirstExamples(BTreeMap<String, ((String, usize), String)>);

impl FirstExamples {
    pub fn offer(&mut self, actor: &str, doc_id: &str, start: usize, sentence: &str) {
        let better = self.0.get(actor).is_none_or(|((d, s), _)| (doc_id, start) < (d.as_str(), *s));
        if better {
            self.0.insert(actor.to_string(), ((doc_id.to_string(), start), sentence.to_string()));
        }
    }

    /// Actor id to example sentence.
    pub fn into_map(self) -> BTreeMap<String, String> {
        self.0.into_iter().map(|(k, (_, e))| (k, e)).collect()
    }
}

/// Goldstein sums with one decimal (the scores have one); "-0.0" is written "0.0".
pub fn fmt_goldstein(g: f64) -> String {
    let s = format!("{g:.1}");
    if s == "-0.0" { "0.0".into() } else { s }
}

/// Read a table written by an earlier run (leading BOM accepted).
pub fn read_rows<T: for<'de> Deserialize<'de>>(path: &Path) -> Result<Vec<T>, OutputError> {
    let bytes = std::fs::read(path).map_err(|e| OutputError::Io { path: path.display().to_string(), cause: e })?;
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes);
    let mut rdr = csv::Reader::from_reader(bytes);
    rdr.deserialize().collect::<Result<Vec<T>, _>>().map_err(|e| OutputError::Csv { path: path.display().to_string(), cause: e })
}

#[cfg(test)]
mod tests {
    use super::candidate_confidence;

    #[test]
    fn candidate_confidence_rises_with_mentions_and_falls_for_compounds_and_lone_surnames() {
        let once = candidate_confidence("Andean Mining Council", "organization", 1, 0.95, 1.0);
        let thrice = candidate_confidence("Andean Mining Council", "organization", 3, 0.95, 1.0);
        assert!(thrice > once && thrice <= 1.0, "{once} {thrice}");
        assert!(candidate_confidence("Russia-China", "place", 1, 0.95, 1.0) < once);
        assert!(candidate_confidence("Ortega", "person", 1, 0.95, 1.0) < candidate_confidence("Lucía Ortega", "person", 1, 0.95, 1.0));
        // A name hyphenated inside a longer one is no compound of two names.
        assert_eq!(candidate_confidence("Non-Aligned Movement", "organization", 1, 0.95, 1.0), once);
        // Labels the model disagrees on lower it.
        assert!(candidate_confidence("Rosatom", "organization", 2, 0.95, 0.5) < candidate_confidence("Rosatom", "organization", 2, 0.95, 1.0));
    }
}
