//! One event, many reports. `events.csv` has one row per coded sentence (a mention); wires and
//! syndication report one happening many times, and a network weighted by mentions counts
//! reports, not events. Here mentions of the same happening share an `event_id`, each event gets
//! a row in `event_groups.csv` (dates, codes, mentions, articles, sources, evidence), and the
//! event and quad-class relations are weighted by distinct events, with mentions beside.
//!
//! Two mentions are one event when they have the same source, target, CAMEO root and factuality
//! (a denial or a plan is not the happening) and
//! - they are in the same article (a headline and its body) or in copies of it (the same text
//!   under another id or date: `text_hash`), or
//! - their sentences are the same text (a syndicated copy, whatever date it was filed under), or
//! - both are dated and the later is at most [`WINDOW_DAYS`] after the first mention of the event.
//!
//! The window is two days: news of one happening is filed on its day and the next (time zones,
//! late wires and translations; GDELT and ICEWS count a happening per day), while a repeated
//! action ("Russia sent more troops" a week later) is a new event. Undated mentions join only by
//! article or by text. Everything is sorted by stable keys first, so the groups, their ids and the
//! relations are the same whatever the order documents, batches or shards came in.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use serde::{Deserialize, Serialize};

use super::tables::{DocumentRow, EventRow, RelationRow};
use crate::events::cameo::{CameoCode, QuadClass};
use crate::relate::RelationKind;

/// The event typology relations and the event graph use: CAMEO codes (with quad classes), or
/// PLOVER event types (`run --ontology plover`, as POLECAT codes events).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum Ontology {
    #[default]
    Cameo,
    Plover,
}

/// Days after an event's first mention within which a dated mention of the same actors and
/// CAMEO root is the same event (see the module comment).
pub const WINDOW_DAYS: i64 = 2;

/// Sentences shorter than this (characters, normalised) are too generic to call two reports
/// copies of one another on their text alone.
const COPY_MIN_CHARS: usize = 30;

pub const EVENT_GROUP_COLUMNS: &[&str] = &[
    "event_id", "source", "target", "source_name", "target_name", "code", "codes", "plover_type", "quad_class", "goldstein", "factual",
    "first_date", "last_date", "mentions", "articles", "sources", "first_doc", "evidence",
];

/// One event (event_groups.csv).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EventGroupRow {
    pub event_id: String,
    pub source: String,
    pub target: String,
    pub source_name: String,
    pub target_name: String,
    /// The code most of its mentions have (ties: the first mention's).
    pub code: CameoCode,
    /// Every code its mentions have, `|`-joined.
    pub codes: String,
    /// The PLOVER type of `code` (empty for statements, CAMEO 01, and codes outside CAMEO).
    #[serde(default)]
    pub plover_type: String,
    pub quad_class: Option<QuadClass>,
    pub goldstein: Option<f32>,
    pub factual: bool,
    pub first_date: String,
    pub last_date: String,
    /// Coded sentences reporting it (one per trigger, however many codes the actors carry).
    pub mentions: usize,
    pub articles: usize,
    /// Distinct publishers: the host of each article's URL.
    pub sources: usize,
    pub first_doc: String,
    pub evidence: String,
}

impl EventGroupRow {
    pub fn cells(&self) -> Vec<String> {
        vec![
            self.event_id.clone(), self.source.clone(), self.target.clone(), self.source_name.clone(), self.target_name.clone(), self.code.to_string(),
            self.codes.clone(), self.plover_type.clone(), self.quad_class.map(|q| q.number().to_string()).unwrap_or_default(), self.goldstein.map(|g| format!("{g:.1}")).unwrap_or_default(),
            self.factual.to_string(), self.first_date.clone(), self.last_date.clone(), self.mentions.to_string(), self.articles.to_string(),
            self.sources.to_string(), self.first_doc.clone(), self.evidence.clone(),
        ]
    }
}

fn normalized(sentence: &str) -> String {
    sentence.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect()
}

/// The host of a URL ("https://www.reuters.com/x" → "reuters.com"); empty without one.
fn host(url: &str) -> String {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let host = rest.split(['/', '?', '#']).next().unwrap_or("").rsplit('@').next().unwrap_or("");
    let host = host.split(':').next().unwrap_or("").to_lowercase();
    host.strip_prefix("www.").map(str::to_string).unwrap_or(host)
}

fn find(parent: &mut [usize], mut i: usize) -> usize {
    while parent[i] != i {
        parent[i] = parent[parent[i]];
        i = parent[i];
    }
    i
}

fn union(parent: &mut [usize], a: usize, b: usize) {
    let (ra, rb) = (find(parent, a), find(parent, b));
    // The smaller index (the earlier mention in sorted order) is the root: deterministic.
    if ra != rb {
        parent[ra.max(rb)] = ra.min(rb);
    }
}

type Key<'a> = (&'a str, &'a str, Option<u8>, bool);

/// The article a mention is in, as its text (copies are one article) or, without one, its id.
fn article<'a>(text_of: &HashMap<&'a str, &'a str>, e: &'a EventRow) -> (bool, &'a str) {
    match text_of.get(e.doc_id.as_str()) {
        Some(h) => (true, *h),
        None => (false, e.doc_id.as_str()),
    }
}

fn key(e: &EventRow) -> Key<'_> {
    (&e.source, &e.target, e.code.root(), !e.negated && e.modality == crate::events::Modality::Asserted)
}

/// Group `events` (sorted as events.csv is) into events: sets each row's `event_id` and returns
/// one row per event, in (source, target, first date, id) order.
pub fn group(events: &mut [EventRow], documents: &[DocumentRow]) -> Vec<EventGroupRow> {
    let n = events.len();
    let day = |e: &EventRow| crate::util::day_number(&e.date);
    // Mentions in a stable order: dated first by day, then by article and place.
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_by(|&a, &b| {
        let (x, y) = (&events[a], &events[b]);
        (day(x).unwrap_or(i64::MAX), &x.doc_id, x.sentence, x.clean_start, x.code).cmp(&(day(y).unwrap_or(i64::MAX), &y.doc_id, y.sentence, y.clean_start, y.code))
    });
    // Reports: the same article (or a copy), or the same sentence text, of the same actors and root.
    let text_of: HashMap<&str, &str> = documents.iter().filter(|d| !d.text_hash.is_empty()).map(|d| (d.doc_id.as_str(), d.text_hash.as_str())).collect();
    let mut parent: Vec<usize> = (0..n).collect();
    {
        let mut by_doc: HashMap<(Key, (bool, &str)), usize> = HashMap::new();
        let mut by_text: HashMap<(Key, String), usize> = HashMap::new();
        for (rank, &i) in order.iter().enumerate() {
            let e = &events[i];
            if let Some(&r) = by_doc.get(&(key(e), article(&text_of, e))) {
                union(&mut parent, r, rank);
            } else {
                by_doc.insert((key(e), article(&text_of, e)), rank);
            }
            let text = normalized(&e.evidence);
            if text.chars().count() >= COPY_MIN_CHARS {
                match by_text.get(&(key(e), text.clone())) {
                    Some(&r) => union(&mut parent, r, rank),
                    None => {
                        by_text.insert((key(e), text), rank);
                    }
                }
            }
        }
    }
    // Reports of one key, in order of their first mention; a dated report joins the open event
    // of its key when within the window of that event's first day.
    let mut open: HashMap<Key, (usize, Option<i64>)> = HashMap::new();
    let mut event_of_root: HashMap<usize, usize> = HashMap::new();
    for rank in 0..n {
        let root = find(&mut parent, rank);
        if root != rank {
            continue; // not the first mention of its report
        }
        let e = &events[order[rank]];
        let d = day(e);
        let joined = match (open.get(&key(e)), d) {
            (Some(&(ev, Some(start))), Some(d)) if d - start <= WINDOW_DAYS => Some(ev),
            _ => None,
        };
        match joined {
            Some(ev) => {
                event_of_root.insert(rank, ev);
            }
            None => {
                event_of_root.insert(rank, rank);
                open.insert(key(e), (rank, d));
            }
        }
    }
    let url_of: HashMap<&str, &str> = documents.iter().map(|d| (d.doc_id.as_str(), d.url.as_str())).collect();
    let mut members: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for rank in 0..n {
        let root = find(&mut parent, rank);
        let ev = event_of_root.get(&root).copied().unwrap_or(root);
        members.entry(ev).or_default().push(order[rank]);
    }
    let mut rows = Vec::with_capacity(members.len());
    for (_, idx) in members {
        let Some(row) = group_row(events, &idx, &url_of) else { continue };
        for &i in &idx {
            if let Some(e) = events.get_mut(i) {
                e.event_id = row.event_id.clone();
            }
        }
        rows.push(row);
    }
    rows.sort_by(|a, b| (&a.source, &a.target, &a.first_date, &a.event_id).cmp(&(&b.source, &b.target, &b.first_date, &b.event_id)));
    rows
}

/// The row of one event from its mentions (`idx`, first mention first).
fn group_row(events: &[EventRow], idx: &[usize], url_of: &HashMap<&str, &str>) -> Option<EventGroupRow> {
    let mentions: Vec<&EventRow> = idx.iter().filter_map(|&i| events.get(i)).collect();
    let first = *mentions.first()?;
    let mut counts: BTreeMap<CameoCode, usize> = BTreeMap::new();
    for m in &mentions {
        *counts.entry(m.code).or_default() += 1;
    }
    let top = counts.values().copied().max().unwrap_or(0);
    let code = if counts.get(&first.code) == Some(&top) { first.code } else { counts.iter().find(|(_, &c)| c == top).map_or(first.code, |(c, _)| *c) };
    let days: BTreeSet<String> = mentions.iter().filter_map(|m| crate::util::iso_day(&m.date)).collect();
    let articles: BTreeSet<&str> = mentions.iter().map(|m| m.doc_id.as_str()).collect();
    let sources: BTreeSet<String> = articles.iter().map(|d| host(url_of.get(d).copied().unwrap_or(""))).filter(|h| !h.is_empty()).collect();
    let triggers: BTreeSet<(&str, usize, usize)> = mentions.iter().map(|m| (m.doc_id.as_str(), m.sentence, m.clean_start)).collect();
    let id_text = format!("{}\u{0}{}\u{0}{:?}\u{0}{}\u{0}{}\u{0}{}", first.source, first.target, first.code.root(), first.doc_id, first.sentence, first.clean_start);
    Some(EventGroupRow {
        event_id: format!("ev-{}", crate::util::sha256_hex(id_text.as_bytes()).get(..12).unwrap_or("")),
        source: first.source.clone(),
        target: first.target.clone(),
        source_name: first.source_name.clone(),
        target_name: first.target_name.clone(),
        code,
        codes: counts.keys().map(|c| c.to_string()).collect::<Vec<_>>().join("|"),
        plover_type: crate::events::plover::of(&code).map(|p| p.event_type.clone()).unwrap_or_default(),
        quad_class: code.quad_class(),
        goldstein: code.goldstein(),
        factual: key(first).3,
        first_date: days.first().cloned().unwrap_or_default(),
        last_date: days.last().cloned().unwrap_or_default(),
        mentions: triggers.len(),
        articles: articles.len(),
        sources: sources.len(),
        first_doc: first.doc_id.clone(),
        evidence: first.evidence.clone(),
    })
}

/// The event and quad-class relations, weighted by distinct factual events: `weight` events,
/// `mentions` coded sentences, `documents` articles; first evidence and dates from the mentions.
/// With [`Ontology::Plover`] the `event` rows are per PLOVER type (code empty; statements, which
/// PLOVER does not code, have none) instead of per CAMEO code.
pub fn event_relations(groups: &[EventGroupRow], events: &[EventRow], ontology: Ontology) -> Vec<RelationRow> {
    let mut by_event: HashMap<&str, Vec<&EventRow>> = HashMap::new();
    for e in events {
        by_event.entry(e.event_id.as_str()).or_default().push(e);
    }
    struct Acc<'a> {
        row: RelationRow,
        docs: BTreeSet<&'a str>,
    }
    let mut acc: BTreeMap<super::tables::RelationKey, Acc> = BTreeMap::new();
    for g in groups.iter().filter(|g| g.factual) {
        let ms = by_event.get(g.event_id.as_str()).map(Vec::as_slice).unwrap_or(&[]);
        // (kind, CAMEO code, PLOVER type, quad class) of each row the event weighs.
        let event_row = match ontology {
            Ontology::Cameo => Some((RelationKind::Event, Some(g.code), String::new(), g.quad_class)),
            Ontology::Plover => (!g.plover_type.is_empty()).then(|| (RelationKind::Event, None, g.plover_type.clone(), None)),
        };
        let quad_row = g.quad_class.map(|q| (RelationKind::Quad, None, String::new(), Some(q)));
        for (kind, code, plover_type, quad_class) in event_row.into_iter().chain(quad_row) {
            let key = (g.source.clone(), g.target.clone(), kind, code, plover_type.clone(), quad_class);
            let a = acc.entry(key).or_insert_with(|| Acc {
                row: RelationRow {
                    source: g.source.clone(),
                    target: g.target.clone(),
                    source_name: String::new(),
                    target_name: String::new(),
                    relation: kind,
                    code,
                    plover_type: plover_type.clone(),
                    quad_class,
                    weight: 0,
                    goldstein: g.goldstein.map(|_| 0.0),
                    documents: 0,
                    mentions: 0,
                    first_doc: String::new(),
                    first_sentence: 0,
                    evidence: String::new(),
                    first_date: String::new(),
                    last_date: String::new(),
                },
                docs: BTreeSet::new(),
            });
            let r = &mut a.row;
            r.weight += 1;
            r.mentions += g.mentions;
            r.goldstein = r.goldstein.zip(g.goldstein).map(|(s, x)| crate::relate::add_tenths(s, x as f64));
            for m in ms {
                a.docs.insert(m.doc_id.as_str());
                if r.first_doc.is_empty() || (&m.doc_id, m.sentence) < (&r.first_doc, r.first_sentence) {
                    r.first_doc = m.doc_id.clone();
                    r.first_sentence = m.sentence;
                    r.evidence = m.evidence.clone();
                }
            }
            if !g.first_date.is_empty() && (r.first_date.is_empty() || g.first_date < r.first_date) {
                r.first_date = g.first_date.clone();
            }
            if g.last_date > r.last_date {
                r.last_date = g.last_date.clone();
            }
        }
    }
    acc.into_values()
        .map(|mut a| {
            a.row.documents = a.docs.len();
            a.row
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ev(doc: &str, date: &str, sentence: usize, code: &str, evidence: &str) -> EventRow {
        let code = CameoCode::parse(code).unwrap();
        EventRow {
            event_id: String::new(),
            doc_id: doc.into(),
            date: date.into(),
            sentence,
            source: "RUS".into(),
            target: "VEN".into(),
            source_name: "Russia".into(),
            target_name: "Venezuela".into(),
            source_cameo: "RUS".into(),
            target_cameo: "VEN".into(),
            code,
            code_name: String::new(),
            quad_class: code.quad_class(),
            goldstein: code.goldstein(),
            plover_type: String::new(),
            plover_mode: String::new(),
            plover_context: String::new(),
            verb: "sent".into(),
            negated: false,
            modality: crate::events::Modality::Asserted,
            reader: "parse".into(),
            confidence: 0.5,
            location: String::new(),
            location_country: String::new(),
            lat: None,
            lon: None,
            start: 0,
            end: 4,
            clean_start: 0,
            clean_end: 4,
            pattern: String::new(),
            evidence: evidence.into(),
        }
    }

    fn doc(id: &str, url: &str) -> DocumentRow {
        DocumentRow { doc_id: id.into(), url: url.into(), ..Default::default() }
    }

    #[test]
    fn reports_of_one_happening_are_one_event() {
        let wire = "Russia sent two planes of humanitarian aid to Venezuela on Monday.";
        let mut events = vec![
            ev("a", "2019-03-25", 0, "073", wire),
            ev("a", "2019-03-25", 3, "042", "Lavrov visited Caracas."), // same article, another root
            ev("b", "2019-03-26", 1, "073", "Moscow's aid planes landed in Caracas, officials said."), // the next day
            ev("c", "2019-06-01", 0, "073", wire), // a syndicated copy filed months later
            ev("d", "2019-03-30", 0, "073", "Russia sent more aid."), // five days on: another event
            ev("e", "", 0, "073", "Russia sent aid, undated."),
        ];
        let docs = [doc("a", "https://www.reuters.com/x"), doc("b", "https://apnews.com/y"), doc("c", "http://reuters.com/z"), doc("d", ""), doc("e", "")];
        let groups = group(&mut events, &docs);
        let id = |i: usize| events[i].event_id.clone();
        assert_eq!(id(0), id(2), "the next day's report of the same happening");
        assert_eq!(id(0), id(3), "a copy of the same sentence, whatever its date");
        assert_ne!(id(0), id(1), "another CAMEO root is another event");
        assert_ne!(id(0), id(4), "beyond the window: another event");
        assert_ne!(id(4), id(5), "an undated report joins only by article or text");
        assert_eq!(groups.len(), 4);
        let g = groups.iter().find(|g| g.event_id == id(0)).unwrap();
        assert_eq!((g.mentions, g.articles, g.sources), (3, 3, 2), "reuters.com twice, apnews.com once");
        assert_eq!((g.first_date.as_str(), g.last_date.as_str()), ("2019-03-25", "2019-06-01"));
        assert_eq!(g.first_doc, "a");
        // The relations count events, not reports.
        let rels = event_relations(&groups, &events, Ontology::Cameo);
        let quad = rels.iter().find(|r| r.relation == RelationKind::Quad && r.quad_class == CameoCode::parse("073").unwrap().quad_class()).unwrap();
        assert_eq!((quad.weight, quad.mentions, quad.documents), (3, 5, 5), "aid events: a/b/c, d, e");
        // With PLOVER the event rows are per PLOVER type; quad rows stay.
        let plover = event_relations(&groups, &events, Ontology::Plover);
        let aid = plover.iter().find(|r| r.relation == RelationKind::Event && r.plover_type == "AID").expect("an AID row");
        assert_eq!((aid.weight, aid.code), (3, None));
        assert!(plover.iter().any(|r| r.relation == RelationKind::Quad && r.weight == 3));
    }

    #[test]
    fn the_same_groups_whatever_the_order() {
        let base = vec![
            ev("a", "2019-03-25", 0, "073", "Russia sent two planes of humanitarian aid to Venezuela on Monday."),
            ev("b", "2019-03-26", 1, "073", "Moscow's aid planes landed in Caracas, officials said."),
            ev("c", "2019-03-28", 0, "073", "A third flight of Russian aid arrived in Venezuela today."),
        ];
        let docs = [doc("a", ""), doc("b", ""), doc("c", "")];
        let mut forward = base.clone();
        let g1 = group(&mut forward, &docs);
        let mut backward: Vec<EventRow> = base.into_iter().rev().collect();
        let g2 = group(&mut backward, &docs);
        assert_eq!(g1, g2);
        // Anchored on the first day: the 28th is three days after the 25th, another event.
        assert_eq!(g1.len(), 2);
    }
}
