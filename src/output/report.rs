//! `report.html`: the run as one self-contained page that opens offline in any browser. The actor
//! network is drawn with Cytoscape.js (vendored in `vendor/cytoscape`, MIT, embedded into the
//! binary: the page loads nothing from anywhere), actors sized by mentions and coloured by kind,
//! ties coloured by cooperation or conflict; filters (kind, relation, minimum weight, how many
//! actors to draw, registry vs provisional, date range); a click on an actor shows how it was
//! written, its documents and strongest ties, a click on a tie its evidence sentences with
//! document, sentence and offsets; tables of top actors, ties and candidates; and a timeline of
//! mentions and events when documents have dates, and a map of located events (points on an
//! equirectangular projection drawn from the events' coordinates: nothing is fetched).
//!
//! It stays usable on large runs by drawing only the most-mentioned actors (150 by default, any
//! number on request) and at most 3,000 of their ties; all actors and ties are in the page's data.

use std::collections::{BTreeMap, HashMap};

use serde::Serialize;

use super::graph::{count_by_period, Period};
use super::tables::Tables;
use crate::events::Modality;
use crate::relate::RelationKind;

const TEMPLATE: &str = include_str!("report.html");
const CYTOSCAPE: &str = include_str!("../../vendor/cytoscape/cytoscape.min.js");
/// Evidence sentences kept per tie.
const EVIDENCE_PER_TIE: usize = 5;

#[derive(Serialize)]
struct Actor<'a> {
    id: &'a str,
    name: &'a str,
    kind: &'a str,
    country: &'a str,
    source: &'a str,
    mentions: usize,
    documents: usize,
    /// Written forms and how often each was seen (most frequent first, at most 10).
    forms: Vec<(String, usize)>,
    /// Documents that mention it most (at most 10).
    docs: Vec<String>,
}

#[derive(Serialize)]
struct Tie<'a> {
    i: usize,
    key: String,
    s: &'a str,
    t: &'a str,
    rel: &'a str,
    q: Option<u8>,
    label: String,
    w: usize,
    g: Option<String>,
    docs: usize,
    first: &'a str,
    last: &'a str,
    evidence: &'a str,
    first_doc: &'a str,
    first_sentence: usize,
    /// Event ties: the first date of each of its events, so weights follow the date window.
    dates: Vec<&'a str>,
}

#[derive(Serialize)]
struct Evidence<'a> {
    text: &'a str,
    doc: &'a str,
    sentence: usize,
    code: String,
    code_name: &'a str,
    verb: &'a str,
    start: usize,
    end: usize,
    date: &'a str,
    title: &'a str,
    url: &'a str,
}

/// Events located at one place, for the map.
#[derive(Serialize)]
struct PlacePoint {
    name: String,
    country: String,
    lat: f64,
    lon: f64,
    coop: usize,
    conf: usize,
}

#[derive(Serialize)]
struct Candidate<'a> {
    id: &'a str,
    name: &'a str,
    kind: &'a str,
    /// candidates.csv's confidence (absent for runs from before it).
    confidence: Option<f64>,
    mentions: usize,
    example: &'a str,
}

#[derive(Serialize)]
struct TimelinePoint {
    period: String,
    kind: &'static str,
    q: u8,
    count: usize,
}

#[derive(Serialize)]
struct Data<'a> {
    counts: BTreeMap<&'static str, usize>,
    actors: Vec<Actor<'a>>,
    ties: Vec<Tie<'a>>,
    evidence: BTreeMap<String, Vec<Evidence<'a>>>,
    candidates: Vec<Candidate<'a>>,
    timeline: Vec<TimelinePoint>,
    places: Vec<PlacePoint>,
}

/// The key of a drawn tie: `SOURCE|TARGET|co-occurrence` or `SOURCE|TARGET|quadN`.
pub fn tie_key(source: &str, target: &str, quad: Option<u8>) -> String {
    match quad {
        Some(q) => format!("{source}|{target}|quad{q}"),
        None => format!("{source}|{target}|co-occurrence"),
    }
}

/// Factual events per place they are located at (for the map).
fn places(t: &Tables) -> Vec<PlacePoint> {
    let mut by: BTreeMap<(&str, &str), PlacePoint> = BTreeMap::new();
    for e in t.events.iter().filter(|e| !e.negated && e.modality == Modality::Asserted && !e.location.is_empty()) {
        let (Some(lat), Some(lon)) = (e.lat, e.lon) else { continue };
        let p = by.entry((&e.location, &e.location_country)).or_insert_with(|| PlacePoint { name: e.location.clone(), country: e.location_country.clone(), lat, lon, coop: 0, conf: 0 });
        match e.quad_class {
            Some(q) if q.is_cooperation() => p.coop += 1,
            Some(_) => p.conf += 1,
            None => {}
        }
    }
    by.into_values().collect()
}

/// The report page of a run.
pub fn html(t: &Tables) -> String {
    let mut forms: HashMap<&str, BTreeMap<&str, usize>> = HashMap::new();
    let mut docs: HashMap<&str, BTreeMap<&str, usize>> = HashMap::new();
    for m in t.mentions.iter().filter(|m| !m.actor_id.is_empty()) {
        *forms.entry(&m.actor_id).or_default().entry(&m.text).or_default() += 1;
        *docs.entry(&m.actor_id).or_default().entry(&m.doc_id).or_default() += 1;
    }
    let top = |m: Option<&BTreeMap<&str, usize>>| -> Vec<(String, usize)> {
        let mut v: Vec<(String, usize)> = m.map(|m| m.iter().map(|(k, v)| (k.to_string(), *v)).collect()).unwrap_or_default();
        v.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        v.truncate(10);
        v
    };
    let actors: Vec<Actor> = t
        .actors
        .iter()
        .map(|a| Actor {
            id: &a.id,
            name: &a.name,
            kind: &a.kind,
            country: &a.country,
            source: &a.source,
            mentions: a.mentions,
            documents: a.documents,
            forms: top(forms.get(a.id.as_str())),
            docs: top(docs.get(a.id.as_str())).into_iter().map(|d| d.0).collect(),
        })
        .collect();
    // Distinct events per event tie, by first date.
    let mut event_dates: HashMap<String, Vec<&str>> = HashMap::new();
    for g in t.event_groups.iter().filter(|g| g.factual) {
        if let Some(q) = g.quad_class {
            event_dates.entry(tie_key(&g.source, &g.target, Some(q.number()))).or_default().push(&g.first_date);
        }
    }
    let ties: Vec<Tie> = t
        .relations
        .iter()
        .filter(|r| r.relation != RelationKind::Event)
        .enumerate()
        .map(|(i, r)| {
            let q = if r.relation == RelationKind::Quad { r.quad_class.map(|q| q.number()) } else { None };
            let key = tie_key(&r.source, &r.target, q);
            Tie {
                i,
                dates: if q.is_some() { event_dates.get(&key).cloned().unwrap_or_default() } else { Vec::new() },
                key,
                s: &r.source,
                t: &r.target,
                rel: r.relation.as_str(),
                q,
                label: match r.quad_class.filter(|_| q.is_some()) {
                    Some(qc) => qc.name().to_string(),
                    None => "co-occurrence".into(),
                },
                w: r.weight,
                g: r.goldstein.map(super::tables::fmt_goldstein),
                docs: r.documents,
                first: &r.first_date,
                last: &r.last_date,
                evidence: &r.evidence,
                first_doc: &r.first_doc,
                first_sentence: r.first_sentence,
            }
        })
        .collect();
    let doc_of: HashMap<&str, &super::tables::DocumentRow> = t.documents.iter().map(|d| (d.doc_id.as_str(), d)).collect();
    let mut evidence: BTreeMap<String, Vec<Evidence>> = BTreeMap::new();
    // Evidence hangs on quad ties; a code outside CAMEO has none.
    for e in t.events.iter().filter(|e| !e.negated && e.modality == Modality::Asserted) {
        let Some(q) = e.quad_class else { continue };
        let v = evidence.entry(tie_key(&e.source, &e.target, Some(q.number()))).or_default();
        if v.len() < EVIDENCE_PER_TIE {
            v.push(Evidence {
                text: &e.evidence,
                doc: &e.doc_id,
                sentence: e.sentence,
                code: e.code.to_string(),
                code_name: &e.code_name,
                verb: &e.verb,
                start: e.start,
                end: e.end,
                date: doc_of.get(e.doc_id.as_str()).map_or("", |d| d.date.as_str()),
                title: doc_of.get(e.doc_id.as_str()).map_or("", |d| d.title.as_str()),
                url: doc_of.get(e.doc_id.as_str()).map_or("", |d| d.url.as_str()),
            });
        }
    }
    let candidates = t
        .candidates
        .iter()
        .map(|c| Candidate { id: &c.id, name: &c.name, kind: &c.kind, confidence: t.confidence.get(&c.id).copied(), mentions: c.mentions, example: t.examples.get(&c.id).map(String::as_str).unwrap_or("") })
        .collect();
    let points = count_by_period(t, Period::Month, |_| ("actor", 0), |e| ("events", e.quad_class.map_or(0, |q| q.number())));
    let timeline = points.into_iter().map(|((period, (kind, q)), count)| TimelinePoint { period, kind, q, count }).collect();
    let mut counts = BTreeMap::new();
    counts.insert("documents", t.documents.iter().filter(|d| d.status == "ok").count());
    counts.insert("events", t.events.len());
    let data = Data { counts, actors, ties, evidence, candidates, timeline, places: places(t) };
    // Inside a <script> element no text may close it or switch the parser's state: every '<'
    // is written as the JSON escape \u003c ("</script>", and "<!--<script>", which made a
    // browser read the rest of the page as script), the same string once parsed.
    let json = serde_json::to_string(&data).unwrap_or_else(|_| "{}".into()).replace('<', "\\u003c");
    // Split the template at its markers (no text from the articles is ever searched for them).
    let (head, rest) = TEMPLATE.split_once("/*CYTOSCAPE*/").unwrap_or((TEMPLATE, ""));
    let (middle, tail) = rest.split_once("/*DATA*/").unwrap_or((rest, ""));
    let mut out = String::with_capacity(TEMPLATE.len() + CYTOSCAPE.len() + json.len());
    for part in [head, CYTOSCAPE, middle, &json, tail] {
        out.push_str(part);
    }
    out
}
