//! Link scoring (`actorgraph eval links`): a run's `mentions.csv` against a gold links CSV.
//!
//! - Mention level: a predicted mention linked to a registry actor is right when the gold has the
//!   same document, raw offsets and actor id. Precision is over the run's registry-linked
//!   mentions, recall over the gold's. Provisional links are not links to the registry and are
//!   left out on both sides.
//! - Document level: the set of registry actors each document is about, gold against predicted,
//!   summed over documents.
//!
//! Only documents the gold file names are scored. Gold format (CSV with header):
//! `doc_id,start,end,actor_id` (raw-text character offsets, end exclusive, as in mentions.csv),
//! and optional further columns (`text`).

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use serde::Deserialize;

use super::Counts;
use crate::output::tables::{read_rows, MentionRow, MENTIONS};
use crate::output::OutputError;

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Deserialize)]
pub struct GoldLink {
    pub doc_id: String,
    pub start: usize,
    pub end: usize,
    pub actor_id: String,
}

pub fn read_gold(path: &Path) -> Result<Vec<GoldLink>, OutputError> {
    read_rows(path)
}

/// A run's registry links (provisional ones left out).
pub fn read_run(run: &Path) -> Result<Vec<GoldLink>, OutputError> {
    let rows: Vec<MentionRow> = read_rows(&run.join(MENTIONS))?;
    Ok(rows
        .into_iter()
        .filter(|m| !m.actor_id.is_empty() && !m.actor_id.starts_with("prov:"))
        .map(|m| GoldLink { doc_id: m.doc_id, start: m.start, end: m.end, actor_id: m.actor_id })
        .collect())
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LinkScores {
    pub mentions: Counts,
    pub documents: Counts,
}

pub fn score(gold: &[GoldLink], pred: &[GoldLink]) -> LinkScores {
    let docs: BTreeSet<&str> = gold.iter().map(|g| g.doc_id.as_str()).collect();
    let pred: Vec<&GoldLink> = pred.iter().filter(|p| docs.contains(p.doc_id.as_str())).collect();
    let g: BTreeSet<&GoldLink> = gold.iter().collect();
    let mentions = Counts { support: g.len(), predicted: pred.len(), correct: pred.iter().filter(|p| g.contains(**p)).count() };
    let by_doc = |xs: &mut dyn Iterator<Item = &GoldLink>| {
        let mut m: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        for x in xs {
            m.entry(x.doc_id.clone()).or_default().insert(x.actor_id.clone());
        }
        m
    };
    let gd = by_doc(&mut gold.iter());
    let pd = by_doc(&mut pred.iter().copied());
    let mut documents = Counts::default();
    for d in &docs {
        let empty = BTreeSet::new();
        let (ga, pa) = (gd.get(*d).unwrap_or(&empty), pd.get(*d).unwrap_or(&empty));
        documents.support += ga.len();
        documents.predicted += pa.len();
        documents.correct += pa.intersection(ga).count();
    }
    LinkScores { mentions, documents }
}

pub fn format_table(s: &LinkScores) -> String {
    super::format_levels(&[("mention", &s.mentions), ("document", &s.documents)])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn l(doc: &str, s: usize, e: usize, id: &str) -> GoldLink {
        GoldLink { doc_id: doc.into(), start: s, end: e, actor_id: id.into() }
    }

    #[test]
    fn mention_and_document_levels_against_hand_counted_figures() {
        let gold = vec![l("a", 0, 6, "RUS"), l("a", 10, 17, "city:caracas"), l("a", 20, 26, "ven:maduro"), l("b", 0, 4, "IRN")];
        let pred = vec![
            l("a", 0, 6, "RUS"),     // right
            l("a", 10, 17, "VEN"),   // a capital as a place linked to the government: wrong
            l("a", 30, 36, "RUS"),   // a second RUS mention the gold does not have
            l("b", 0, 4, "IRN"),     // right
            l("c", 0, 4, "CUB"),     // a document the gold does not cover: not scored
        ];
        let s = score(&gold, &pred);
        assert_eq!((s.mentions.correct, s.mentions.predicted, s.mentions.support), (2, 4, 4));
        // Documents: a is about {RUS, city:caracas, ven:maduro}, predicted {RUS, VEN}; b {IRN} both.
        assert_eq!((s.documents.correct, s.documents.predicted, s.documents.support), (2, 3, 4));
    }
}
