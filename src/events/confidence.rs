//! How likely a coded event is right, 0 to 1: a logistic model over what the coder knows of the
//! event, its weights learned from the hand-coded gold files (`bench/calibrate-confidence.sh`
//! runs them, `scripts/calibrate-confidence.py` fits) and shipped as data
//! (`lang/en/confidence.csv`). The features, each 0-1:
//!
//! - which reader coded it (the engine over the parse, the shallow rules, the noun rules; the
//!   Spanish coder is the baseline);
//! - whether a verb-table pattern chose the code (more specific than the verb's own code);
//! - whether the source and the target are each named in the sentence by a strong link (exact
//!   name, alias, folded name, acronym; a pronoun, a surname resolved elsewhere, a demonym or a
//!   fuzzy match is weaker), and the lower of their link scores;
//! - how many actors the sentence names (more actors, more ways to pair them wrongly) and how
//!   long it is (up to 300 characters);
//! - whether the source is named before the target (the order of an active clause), and how
//!   far apart their first mentions are (up to 200 characters; 1 when one is not named here, as
//!   a pronoun's antecedent).
//!
//! The script computes the same features from a run's events.csv and mentions.csv; a test keeps
//! the names of both lists equal. A feature missing from the file weighs 0; a file with the bias
//! alone gives every event the same confidence.

use crate::document::{Document, LinkMethod};

use super::{Event, Reader};

/// The features, in the order of the model's weights.
pub const FEATURES: [&str; 12] = [
    "bias", "reader_parse", "reader_shallow", "reader_noun", "pattern", "source_strong", "target_strong", "link_score", "actors_in_sentence",
    "sentence_length", "source_first", "gap",
];

const SHIPPED: &str = include_str!("../../lang/en/confidence.csv");

#[derive(Debug, Clone, Default, PartialEq)]
pub struct ConfidenceModel {
    weights: [f32; FEATURES.len()],
}

impl ConfidenceModel {
    /// The shipped model (a unit test checks that it parses).
    pub fn shipped() -> Self {
        Self::parse(SHIPPED).unwrap_or_default()
    }

    /// Read `feature,weight` rows (`#` comments and the header skipped).
    pub fn parse(text: &str) -> Result<Self, String> {
        let mut m = ConfidenceModel::default();
        for (n, line) in super::words::data_rows(text, "feature,weight") {
            let (name, weight) = line.split_once(',').ok_or_else(|| format!("line {n}: expected feature,weight"))?;
            let k = FEATURES.iter().position(|f| *f == name.trim()).ok_or_else(|| format!("line {n}: unknown feature '{name}'"))?;
            let w: f32 = weight.trim().parse().map_err(|_| format!("line {n}: '{weight}' is not a number"))?;
            if let Some(slot) = m.weights.get_mut(k) {
                *slot = w;
            }
        }
        Ok(m)
    }

    /// The event's confidence, rounded to 2 decimals.
    pub fn score(&self, doc: &Document, e: &Event) -> f32 {
        let x = features(doc, e);
        let z: f32 = self.weights.iter().zip(x.iter()).map(|(w, v)| w * v).sum();
        (100.0 / (1.0 + (-z).exp())).round() / 100.0
    }
}

fn strong(m: LinkMethod) -> bool {
    matches!(m, LinkMethod::Exact | LinkMethod::Alias | LinkMethod::Folded | LinkMethod::Acronym)
}

/// The features of one event (see the module comment), in [`FEATURES`] order.
pub fn features(doc: &Document, e: &Event) -> [f32; FEATURES.len()] {
    let in_sentence: Vec<(&str, LinkMethod, f32, usize)> = doc
        .mentions
        .iter()
        .zip(&doc.links)
        .filter(|(m, l)| m.sentence == e.sentence && !l.actor_id.is_empty())
        .map(|(m, l)| (l.actor_id.as_str(), l.method, l.score, m.clean.start))
        .collect();
    let best = |actor: &str| -> (bool, f32, Option<usize>) {
        let mine = in_sentence.iter().filter(|(a, ..)| *a == actor);
        let is_strong = mine.clone().any(|(_, m, ..)| strong(*m));
        let score = mine.clone().map(|(_, _, s, _)| *s).fold(0.0f32, f32::max);
        (is_strong, score, mine.map(|(.., at)| *at).min())
    };
    let (s_strong, s_score, s_at) = best(&e.source);
    let (t_strong, t_score, t_at) = best(&e.target);
    let (source_first, gap) = match (s_at, t_at) {
        (Some(s), Some(t)) => (s < t, s.abs_diff(t).min(200) as f32 / 200.0),
        _ => (false, 1.0),
    };
    let mut actors: Vec<&str> = in_sentence.iter().map(|(a, ..)| *a).collect();
    actors.sort_unstable();
    actors.dedup();
    let length = doc.sentences().get(e.sentence).map_or(0, |r| r.len());
    let flag = |b: bool| if b { 1.0 } else { 0.0 };
    [
        1.0,
        flag(e.reader == Reader::Parse),
        flag(e.reader == Reader::Shallow),
        flag(e.reader == Reader::Noun),
        flag(e.pattern.is_some()),
        flag(s_strong),
        flag(t_strong),
        s_score.min(t_score),
        actors.len().min(6) as f32 / 6.0,
        length.min(300) as f32 / 300.0,
        flag(source_first),
        gap,
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_model_parses_and_names_the_scripts_features() {
        assert!(ConfidenceModel::parse(SHIPPED).is_ok(), "{:?}", ConfidenceModel::parse(SHIPPED));
        let script = include_str!("../../scripts/calibrate-confidence.py");
        let list = script.split("FEATURES = [").nth(1).and_then(|s| s.split(']').next()).unwrap();
        let names: Vec<String> = list.split(',').map(|s| s.trim().trim_matches('"').to_string()).filter(|s| !s.is_empty()).collect();
        assert_eq!(names, FEATURES.to_vec(), "the fitting script and the coder compute the same features");
        assert!(ConfidenceModel::parse("feature,weight\nnope,1\n").unwrap_err().contains("unknown feature"));
        // The weights apply: a bias of 2 is about 0.88.
        let m = ConfidenceModel::parse("bias,2\n").unwrap();
        assert_eq!(m.weights[0], 2.0);
    }
}
