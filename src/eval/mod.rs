//! Entity-level evaluation, strict (exact span and type), micro-averaged and per type, with the
//! same numbers as seqeval's default mode on IOB2; plus predicting CoNLL files with a model.
//! [`events`] and [`links`] score a run's events and links against gold files.

pub mod events;
pub mod links;

use std::collections::{BTreeMap, BTreeSet};
use std::ops::Range;

use crate::conll::Sentence;
use crate::ner::decode::Decoder;
use crate::ner::{budget, score_sequences, tagged_sentences, NerError, NerOptions, WordSeq, WordTagger};
use crate::tags::chunks;

/// Counts for one entity type.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    pub support: usize,
    pub predicted: usize,
    pub correct: usize,
}

impl Counts {
    pub fn precision(&self) -> f64 {
        if self.predicted == 0 { 0.0 } else { self.correct as f64 / self.predicted as f64 }
    }
    pub fn recall(&self) -> f64 {
        if self.support == 0 { 0.0 } else { self.correct as f64 / self.support as f64 }
    }
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 { 0.0 } else { 2.0 * p * r / (p + r) }
    }
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Scores {
    pub by_type: BTreeMap<String, Counts>,
}

impl Scores {
    pub fn micro(&self) -> Counts {
        self.by_type.values().fold(Counts::default(), |a, c| Counts {
            support: a.support + c.support,
            predicted: a.predicted + c.predicted,
            correct: a.correct + c.correct,
        })
    }
}

/// Score predicted tag sequences against gold ones (both IOB2, sentence by sentence).
pub fn score<S: AsRef<str>, T: AsRef<str>>(gold: &[Vec<S>], pred: &[Vec<T>]) -> Scores {
    let mut s = Scores::default();
    for (g, p) in gold.iter().zip(pred) {
        let gs: BTreeSet<(String, usize, usize)> = chunks(g).into_iter().map(|c| (c.kind, c.start, c.end)).collect();
        let ps: BTreeSet<(String, usize, usize)> = chunks(p).into_iter().map(|c| (c.kind, c.start, c.end)).collect();
        for (k, _, _) in &gs {
            s.by_type.entry(k.clone()).or_default().support += 1;
        }
        for c in &ps {
            let e = s.by_type.entry(c.0.clone()).or_default();
            e.predicted += 1;
            if gs.contains(c) {
                e.correct += 1;
            }
        }
    }
    s
}

/// Predict tags for CoNLL sentences. Consecutive sentences (within a `-DOCSTART-` document)
/// form one sequence, so windows pack neighbouring sentences as context, as in `run`.
pub fn predict(tagger: &dyn WordTagger, sents: &[Sentence], opts: &NerOptions) -> Result<Vec<Vec<String>>, NerError> {
    let mut groups: Vec<Range<usize>> = Vec::new();
    for (i, s) in sents.iter().enumerate() {
        match groups.last_mut() {
            Some(g) if !s.doc_start && g.len() < 200 => g.end = i + 1,
            _ => groups.push(i..i + 1),
        }
    }
    let b = budget(tagger, opts);
    let seqs: Vec<WordSeq> = groups
        .iter()
        .map(|g| {
            let mut texts = Vec::new();
            let mut ranges = Vec::new();
            for s in &sents[g.clone()] {
                let start = texts.len();
                texts.extend(s.words.iter().map(String::as_str));
                ranges.push(start..texts.len());
            }
            WordSeq::plan(tagger, texts, ranges, b)
        })
        .collect::<Result<_, _>>()?;
    let (scores, _) = score_sequences(tagger, &seqs, opts, &|_, _| {})?;
    let decoder = Decoder::new(tagger.labels());
    let labels = tagger.labels();
    let mut out = Vec::with_capacity(sents.len());
    for ((seq, sc), g) in seqs.iter().zip(&scores).zip(&groups) {
        let words = sents[g.clone()].iter().map(|s| s.words.iter().map(String::as_str).collect()).collect();
        out.extend(tagged_sentences(seq, sc, labels, &decoder, words).into_iter().map(|(_, t)| t));
    }
    Ok(out)
}

/// A printable table of scores.
pub fn format_table(s: &Scores) -> String {
    let mut out = format!("{:<8} {:>9} {:>9} {:>9} {:>8} {:>9} {:>8}\n", "type", "precision", "recall", "f1", "support", "predicted", "correct");
    let mut line = |name: &str, c: &Counts| {
        out.push_str(&format!("{:<8} {:>9.4} {:>9.4} {:>9.4} {:>8} {:>9} {:>8}\n", name, c.precision(), c.recall(), c.f1(), c.support, c.predicted, c.correct));
    };
    for (k, c) in &s.by_type {
        line(k, c);
    }
    line("micro", &s.micro());
    out
}

/// Rows for `metrics.csv` (`type,precision,recall,f1,support,predicted,correct`).
pub fn metric_rows(s: &Scores) -> Vec<Vec<String>> {
    let row = |k: &str, c: &Counts| {
        vec![k.to_string(), format!("{:.4}", c.precision()), format!("{:.4}", c.recall()), format!("{:.4}", c.f1()), c.support.to_string(), c.predicted.to_string(), c.correct.to_string()]
    };
    let mut rows: Vec<Vec<String>> = s.by_type.iter().map(|(k, c)| row(k, c)).collect();
    rows.push(row("micro", &s.micro()));
    rows
}

/// `predictions.conll`: token, gold tag, predicted tag; a blank line between sentences.
pub fn predictions_conll(sents: &[Sentence], pred: &[Vec<String>]) -> String {
    let mut out = String::new();
    for (s, p) in sents.iter().zip(pred) {
        for ((w, g), t) in s.words.iter().zip(&s.tags).zip(p) {
            out.push_str(&format!("{w} {g} {t}\n"));
        }
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strict_micro_scores() {
        let gold = vec![vec!["B-PER", "I-PER", "O", "B-LOC"], vec!["B-ORG", "O"]];
        let pred = vec![vec!["B-PER", "I-PER", "O", "B-ORG"], vec!["B-ORG", "B-LOC"]];
        let s = score(&gold, &pred);
        let m = s.micro();
        assert_eq!((m.support, m.predicted, m.correct), (3, 4, 2));
        assert!((m.f1() - 2.0 * (0.5 * (2.0 / 3.0)) / (0.5 + 2.0 / 3.0)).abs() < 1e-12);
        assert_eq!(s.by_type["LOC"].correct, 0);
    }
}

/// A table of precision, recall and F1 with counts, one row per named level.
pub fn format_levels(rows: &[(&str, &Counts)]) -> String {
    let mut out = format!("{:<9} {:>9} {:>7} {:>7} {:>6} {:>9} {:>7}\n", "level", "precision", "recall", "f1", "gold", "predicted", "correct");
    for (name, c) in rows {
        out.push_str(&format!(
            "{:<9} {:>9.4} {:>7.4} {:>7.4} {:>6} {:>9} {:>7}\n",
            name,
            c.precision(),
            c.recall(),
            c.f1(),
            c.support,
            c.predicted,
            c.correct
        ));
    }
    out
}
