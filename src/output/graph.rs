//! The network for Gephi and over time: `graph.gexf` (GEXF 1.3: actors with their attributes,
//! co-occurrence and event ties with weights, quad class and Goldstein score, and, when documents
//! have dates, each tie's time interval so Gephi's timeline plays the network) and `timeline.csv`
//! (mentions per actor and events per ordered pair, per month, week or year).

use std::collections::BTreeMap;

use serde::Serialize;

use super::tables::{fmt_goldstein, Tables};
use crate::relate::RelationKind;

/// The period `timeline.csv` counts by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum, Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Period {
    Week,
    #[default]
    Month,
    Year,
}

pub use crate::util::iso_day;
use crate::util::days_from_civil;

/// The period a YYYY-MM-DD day falls in: "2019-03", "2019-W13" (ISO week), "2019".
pub fn period_of(day: &str, p: Period) -> Option<String> {
    let day = iso_day(day)?;
    let (y, m, d): (i64, i64, i64) = (day[..4].parse().ok()?, day[5..7].parse().ok()?, day[8..10].parse().ok()?);
    Some(match p {
        Period::Year => format!("{y:04}"),
        Period::Month => format!("{y:04}-{m:02}"),
        Period::Week => {
            let days = days_from_civil(y, m, d);
            let weekday = (days + 3).rem_euclid(7); // Monday = 0
            let thursday = days - weekday + 3;
            let ty = {
                // The year of that Thursday.
                let mut yy = y + 1;
                while days_from_civil(yy, 1, 1) > thursday {
                    yy -= 1;
                }
                yy
            };
            let week = (thursday - days_from_civil(ty, 1, 1)) / 7 + 1;
            format!("{ty:04}-W{week:02}")
        }
    })
}

pub const TIMELINE_COLUMNS: &[&str] = &["period", "kind", "source", "target", "name", "count"];

/// One row of timeline.csv: mentions of an actor, or factual events of an ordered pair, in a period.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct TimelineRow {
    pub period: String,
    /// `actor` (mentions) or `events` (events from source to target).
    pub kind: &'static str,
    pub source: String,
    pub target: String,
    pub name: String,
    pub count: usize,
}

impl TimelineRow {
    pub fn cells(&self) -> Vec<String> {
        vec![self.period.clone(), self.kind.to_string(), self.source.clone(), self.target.clone(), self.name.clone(), self.count.to_string()]
    }
}

/// Mentions per actor and factual events per ordered pair, per period; documents without a date
/// are left out.
pub fn timeline(t: &Tables, p: Period) -> Vec<TimelineRow> {
    let names: BTreeMap<&str, &str> = t.actors.iter().map(|a| (a.id.as_str(), a.name.as_str())).collect();
    let counts = count_by_period(t, p, |m| ("actor", m.actor_id.clone(), String::new()), |e| ("events", e.source.clone(), e.target.clone()));
    counts
        .into_iter()
        .map(|((period, (kind, source, target)), count)| {
            let name = if kind == "actor" {
                names.get(source.as_str()).unwrap_or(&"").to_string()
            } else {
                format!("{} -> {}", names.get(source.as_str()).unwrap_or(&""), names.get(target.as_str()).unwrap_or(&""))
            };
            TimelineRow { period, kind, source, target, name, count }
        })
        .collect()
}

/// Counts per period of linked mentions (dated by their document) and of factual events, under
/// a key the caller chooses: `timeline.csv` counts per actor and per pair, the report per quad
/// class. Undated rows are not counted.
pub fn count_by_period<K: Ord>(
    t: &Tables,
    p: Period,
    mention_key: impl Fn(&super::tables::MentionRow) -> K,
    event_key: impl Fn(&super::tables::EventRow) -> K,
) -> BTreeMap<(String, K), usize> {
    let dates: BTreeMap<&str, &str> = t.documents.iter().map(|d| (d.doc_id.as_str(), d.date.as_str())).collect();
    let mut counts = BTreeMap::new();
    for m in t.mentions.iter().filter(|m| !m.actor_id.is_empty()) {
        if let Some(period) = dates.get(m.doc_id.as_str()).and_then(|d| period_of(d, p)) {
            *counts.entry((period, mention_key(m))).or_default() += 1;
        }
    }
    for e in t.events.iter().filter(|e| !e.negated && e.modality == crate::events::Modality::Asserted) {
        if let Some(period) = period_of(&e.date, p) {
            *counts.entry((period, event_key(e))).or_default() += 1;
        }
    }
    counts
}

fn xml(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            // Characters XML 1.0 forbids: controls, and the non-characters U+FFFE and U+FFFF
            // (surrogates cannot occur in a Rust string).
            c if (c as u32) < 0x20 && !matches!(c, '\t' | '\n' | '\r') => {}
            '\u{FFFE}' | '\u{FFFF}' => {}
            c => out.push(c),
        }
    }
    out
}

/// Which network a GEXF file holds. Two files, because a graph is directed or not as a whole
/// (networkx refuses a directed edge in an undirected graph).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Network {
    /// `graph.gexf`: directed, one edge per ordered pair and quad class of events, weighted by
    /// distinct events, with its summed Goldstein score.
    Events,
    /// `cooccurrence.gexf`: undirected, one edge per pair named together, weighted by sentences.
    CoOccurrence,
}

const NODE_ATTRIBUTES: &str = "    <attributes class=\"node\">\n      <attribute id=\"kind\" title=\"kind\" type=\"string\"/>\n      <attribute id=\"country\" title=\"country\" type=\"string\"/>\n      <attribute id=\"source\" title=\"source\" type=\"string\"/>\n      <attribute id=\"mentions\" title=\"mentions\" type=\"integer\"/>\n      <attribute id=\"documents\" title=\"documents\" type=\"integer\"/>\n    </attributes>\n";

/// `events` attvalues of an event tie, one per month with events (by each event's first date).
fn monthly_events(t: &Tables, r: &super::tables::RelationRow) -> String {
    let mut months: BTreeMap<(i32, u8), usize> = BTreeMap::new();
    let same = |g: &&super::groups::EventGroupRow| {
        g.factual && g.source == r.source && g.target == r.target && if r.plover_type.is_empty() { g.quad_class == r.quad_class } else { g.plover_type == r.plover_type }
    };
    for g in t.event_groups.iter().filter(same) {
        if let Some(month) = month_of(&g.first_date) {
            *months.entry(month).or_default() += 1;
        }
    }
    month_spells("events", &months)
}

/// (year, month) of a YYYY-MM-DD date.
fn month_of(day: &str) -> Option<(i32, u8)> {
    Some((day.get(..4)?.parse().ok()?, day.get(5..7)?.parse().ok()?))
}

/// One dynamic `attvalue` of attribute `id` per month, spanning the month.
fn month_spells(id: &str, months: &BTreeMap<(i32, u8), usize>) -> String {
    let mut out = String::new();
    for (&(y, m), n) in months {
        let Ok(month) = time::Month::try_from(m) else { continue };
        let last = time::util::days_in_month(month, y);
        out.push_str(&format!("<attvalue for=\"{id}\" value=\"{n}\" start=\"{y:04}-{m:02}-01\" end=\"{y:04}-{m:02}-{last:02}\"/>"));
    }
    out
}

/// For each pair of actors (in id order), the dated documents per month that name both (in any
/// sentence): how a co-occurrence tie grows and fades, whatever window made the tie.
fn monthly_comentions(t: &Tables) -> BTreeMap<(&str, &str), BTreeMap<(i32, u8), usize>> {
    let dates: BTreeMap<&str, (i32, u8)> = t.documents.iter().filter_map(|d| Some((d.doc_id.as_str(), month_of(&d.date)?))).collect();
    let mut named: BTreeMap<&str, std::collections::BTreeSet<&str>> = BTreeMap::new();
    for m in t.mentions.iter().filter(|m| !m.actor_id.is_empty()) {
        named.entry(m.doc_id.as_str()).or_default().insert(m.actor_id.as_str());
    }
    let mut out: BTreeMap<(&str, &str), BTreeMap<(i32, u8), usize>> = BTreeMap::new();
    for (doc, actors) in &named {
        let Some(&month) = dates.get(doc) else { continue };
        let actors: Vec<&str> = actors.iter().copied().collect();
        for (i, a) in actors.iter().enumerate() {
            for b in actors.iter().skip(i + 1) {
                *out.entry((a, b)).or_default().entry(month).or_default() += 1;
            }
        }
    }
    out
}

/// The network as GEXF 1.3: one node per actor and the edges of `network`. With document dates
/// the graph is dynamic and each edge spans its first to last date.
pub fn gexf(t: &Tables, network: Network) -> String {
    let dated = t.relations.iter().any(|r| !r.first_date.is_empty());
    let directed = network == Network::Events;
    let mut s = String::new();
    s.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    s.push_str("<gexf xmlns=\"http://gexf.net/1.3\" version=\"1.3\">\n");
    let what = if directed { "who did what to whom: events by quad class" } else { "actors named together" };
    s.push_str(&format!("  <meta><creator>actorgraph</creator><description>{what}</description></meta>\n"));
    let edge_type = if directed { "directed" } else { "undirected" };
    let mode = if dated { " mode=\"dynamic\" timeformat=\"date\"" } else { " mode=\"static\"" };
    s.push_str(&format!("  <graph defaultedgetype=\"{edge_type}\"{mode}>\n"));
    s.push_str(NODE_ATTRIBUTES);
    if directed && dated {
        // Distinct events per month on each tie, so Gephi's timeline plays ties growing and fading.
        s.push_str("    <attributes class=\"edge\" mode=\"dynamic\">\n      <attribute id=\"events\" title=\"events\" type=\"integer\"/>\n    </attributes>\n");
    } else if dated {
        // Documents per month that name both actors, the same for co-occurrence ties.
        s.push_str("    <attributes class=\"edge\" mode=\"dynamic\">\n      <attribute id=\"documents_naming_both\" title=\"documents naming both\" type=\"integer\"/>\n    </attributes>\n");
    }
    if directed {
        s.push_str("    <attributes class=\"edge\">\n      <attribute id=\"quad_class\" title=\"quad_class\" type=\"integer\"/>\n      <attribute id=\"cooperation\" title=\"cooperation\" type=\"string\"/>\n      <attribute id=\"goldstein\" title=\"goldstein\" type=\"double\"/>\n      <attribute id=\"mentions\" title=\"mentions\" type=\"integer\"/>\n      <attribute id=\"documents\" title=\"documents\" type=\"integer\"/>\n      <attribute id=\"evidence\" title=\"evidence\" type=\"string\"/>\n    </attributes>\n");
    } else {
        s.push_str("    <attributes class=\"edge\">\n      <attribute id=\"documents\" title=\"documents\" type=\"integer\"/>\n      <attribute id=\"evidence\" title=\"evidence\" type=\"string\"/>\n    </attributes>\n");
    }
    s.push_str("    <nodes>\n");
    for a in &t.actors {
        s.push_str(&format!(
            "      <node id=\"{}\" label=\"{}\"><attvalues><attvalue for=\"kind\" value=\"{}\"/><attvalue for=\"country\" value=\"{}\"/><attvalue for=\"source\" value=\"{}\"/><attvalue for=\"mentions\" value=\"{}\"/><attvalue for=\"documents\" value=\"{}\"/></attvalues></node>\n",
            xml(&a.id),
            xml(&a.name),
            xml(&a.kind),
            xml(&a.country),
            xml(&a.source),
            a.mentions,
            a.documents
        ));
    }
    s.push_str("    </nodes>\n    <edges>\n");
    let ties: Vec<(&super::tables::RelationRow, String)> = if directed {
        t.event_ties().collect()
    } else {
        t.relations.iter().filter(|r| r.relation == RelationKind::CoOccurrence).map(|r| (r, "co-occurrence".to_string())).collect()
    };
    let comentions = if dated && !directed { monthly_comentions(t) } else { BTreeMap::new() };
    for (r, kind) in ties {
        let spell = if dated && !r.first_date.is_empty() { format!(" start=\"{}\" end=\"{}\"", r.first_date, r.last_date) } else { String::new() };
        let attrs = if directed {
            let quad = r.quad_class.map_or(String::new(), |q| format!("<attvalue for=\"quad_class\" value=\"{}\"/>", q.number()));
            let coop = match r.quad_class {
                Some(q) if q.is_cooperation() => "cooperation",
                Some(_) => "conflict",
                None => "none",
            };
            format!(
                "{quad}<attvalue for=\"cooperation\" value=\"{coop}\"/><attvalue for=\"goldstein\" value=\"{}\"/><attvalue for=\"mentions\" value=\"{}\"/>{}",
                r.goldstein.map(fmt_goldstein).unwrap_or_default(),
                r.mentions,
                if dated { monthly_events(t, r) } else { String::new() }
            )
        } else {
            let pair = if r.source <= r.target { (r.source.as_str(), r.target.as_str()) } else { (r.target.as_str(), r.source.as_str()) };
            // Within the tie's own first and last months, as Gephi reads a value inside its edge.
            let (from, to) = (month_of(&r.first_date), month_of(&r.last_date));
            let within = |m: &(i32, u8)| from.is_none_or(|f| *m >= f) && to.is_none_or(|l| *m <= l);
            let months: BTreeMap<(i32, u8), usize> = comentions.get(&pair).map(|ms| ms.iter().filter(|(m, _)| within(m)).map(|(m, n)| (*m, *n)).collect()).unwrap_or_default();
            month_spells("documents_naming_both", &months)
        };
        s.push_str(&format!(
            "      <edge id=\"{}\" source=\"{}\" target=\"{}\" kind=\"{}\" weight=\"{}\" label=\"{}\"{spell}><attvalues>{attrs}<attvalue for=\"documents\" value=\"{}\"/><attvalue for=\"evidence\" value=\"{}\"/></attvalues></edge>\n",
            xml(&format!("{}|{}|{kind}", r.source, r.target)),
            xml(&r.source),
            xml(&r.target),
            xml(&kind),
            r.weight,
            xml(&kind),
            r.documents,
            xml(&r.evidence)
        ));
    }
    s.push_str("    </edges>\n  </graph>\n</gexf>\n");
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_and_periods() {
        assert_eq!(period_of("2019-03-27", Period::Month).as_deref(), Some("2019-03"));
        assert_eq!(period_of("2019-03-27", Period::Year).as_deref(), Some("2019"));
        // ISO weeks: 2019-12-30 is in week 1 of 2020; 2021-01-03 in week 53 of 2020.
        assert_eq!(period_of("2019-12-30", Period::Week).as_deref(), Some("2020-W01"));
        assert_eq!(period_of("2021-01-03", Period::Week).as_deref(), Some("2020-W53"));
        assert_eq!(period_of("2019-03-27", Period::Week).as_deref(), Some("2019-W13"));
    }

    #[test]
    fn xml_escapes_and_drops_forbidden_characters() {
        assert_eq!(xml("a<b & \"c\"\u{1}"), "a&lt;b &amp; &quot;c&quot;");
        assert_eq!(xml("x\u{FFFE}y\u{FFFF}z"), "xyz");
    }
}
