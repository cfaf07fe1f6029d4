//! Entity tag schemes (IOB1, IOB2, IOBES) and chunk extraction. One implementation serves both the
//! NER decoder and `eval`, and it follows seqeval's default (lenient) mode exactly, so the F1
//! `eval` prints is the number a Python user would get from seqeval.

/// A tag split into its prefix letter and its type ("B-PER" → ('B', "PER"); "O" → ('O', "_")).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tag<'a> {
    pub prefix: char,
    pub kind: &'a str,
}

pub fn parse_tag(tag: &str) -> Tag<'_> {
    let prefix = tag.chars().next().unwrap_or('O');
    // seqeval: chunk[1:].split('-', maxsplit=1)[-1] or '_'
    let rest = &tag[prefix.len_utf8().min(tag.len())..];
    let kind = match rest.split_once('-') {
        Some((_, k)) => k,
        None => rest,
    };
    Tag { prefix, kind: if kind.is_empty() { "_" } else { kind } }
}

/// An entity span over token indices, end exclusive.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Chunk {
    pub kind: String,
    pub start: usize,
    pub end: usize,
}

fn end_of_chunk(prev: &Tag, cur: &Tag) -> bool {
    let (p, t) = (prev.prefix, cur.prefix);
    p == 'E'
        || p == 'S'
        || (p == 'B' && matches!(t, 'B' | 'S' | 'O'))
        || (p == 'I' && matches!(t, 'B' | 'S' | 'O'))
        || (p != 'O' && p != '.' && prev.kind != cur.kind)
}

fn start_of_chunk(prev: &Tag, cur: &Tag) -> bool {
    let (p, t) = (prev.prefix, cur.prefix);
    t == 'B'
        || t == 'S'
        || (p == 'E' && matches!(t, 'E' | 'I'))
        || (p == 'S' && matches!(t, 'E' | 'I'))
        || (p == 'O' && matches!(t, 'E' | 'I'))
        || (t != 'O' && t != '.' && prev.kind != cur.kind)
}

/// Entities in a tag sequence, by seqeval's rules (an I-X after O starts an entity).
pub fn chunks<S: AsRef<str>>(tags: &[S]) -> Vec<Chunk> {
    let mut out = Vec::new();
    let mut prev = Tag { prefix: 'O', kind: "_" };
    let mut begin = 0;
    let outside = Tag { prefix: 'O', kind: "_" };
    for i in 0..=tags.len() {
        let cur = if i < tags.len() { parse_tag(tags[i].as_ref()) } else { outside.clone() };
        if end_of_chunk(&prev, &cur) {
            out.push(Chunk { kind: prev.kind.to_string(), start: begin, end: i });
        }
        if start_of_chunk(&prev, &cur) {
            begin = i;
        }
        prev = cur;
    }
    out
}

/// Tag schemes a CoNLL file may use.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scheme {
    /// B- only between two adjacent entities of one type (CoNLL-2003 original, WikiGold).
    Iob1,
    /// Every entity starts with B-.
    Iob2,
    /// B-, I-, E-, S-.
    Iobes,
}

impl std::str::FromStr for Scheme {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.to_ascii_lowercase().as_str() {
            "iob1" => Ok(Scheme::Iob1),
            "iob2" | "bio" => Ok(Scheme::Iob2),
            "iobes" | "bioes" | "bilou" => Ok(Scheme::Iobes),
            other => Err(format!("unknown tag scheme '{other}' (expected iob1, iob2 or iobes)")),
        }
    }
}

/// Guess the scheme of some tag sequences: E-/S- means IOBES; I-X opening an entity with no
/// B- that opens one means IOB1; anything else IOB2.
pub fn detect_scheme<S: AsRef<str>>(seqs: &[Vec<S>]) -> Scheme {
    let mut i_opens = 0usize;
    let mut b_opens = 0usize;
    for seq in seqs {
        let mut prev = Tag { prefix: 'O', kind: "_" };
        for t in seq {
            let cur = parse_tag(t.as_ref());
            match cur.prefix {
                'E' | 'S' => return Scheme::Iobes,
                'I' if prev.prefix == 'O' || prev.kind != cur.kind => i_opens += 1,
                'B' if prev.prefix == 'O' || prev.kind != cur.kind => b_opens += 1,
                _ => {}
            }
            prev = cur;
        }
    }
    if i_opens > 0 && b_opens == 0 {
        Scheme::Iob1
    } else {
        Scheme::Iob2
    }
}

/// Rewrite a sequence in IOB2 (entities as seqeval reads them in the given scheme).
pub fn to_iob2<S: AsRef<str>>(tags: &[S], scheme: Scheme) -> Vec<String> {
    let mut out = vec!["O".to_string(); tags.len()];
    match scheme {
        Scheme::Iob2 | Scheme::Iobes => {
            for c in chunks(tags) {
                out[c.start] = format!("B-{}", c.kind);
                for o in out.iter_mut().take(c.end).skip(c.start + 1) {
                    *o = format!("I-{}", c.kind);
                }
            }
        }
        Scheme::Iob1 => {
            // In IOB1 a B- is only a boundary marker; entities are maximal runs of one type.
            let mut prev: Option<&str> = None;
            for (i, t) in tags.iter().enumerate() {
                let tag = parse_tag(t.as_ref());
                if tag.prefix == 'O' {
                    prev = None;
                    continue;
                }
                let starts = tag.prefix == 'B' || prev != Some(tag.kind);
                out[i] = format!("{}-{}", if starts { 'B' } else { 'I' }, tag.kind);
                prev = Some(tag.kind);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chunks_follow_seqeval_lenient_rules() {
        let tags = ["B-PER", "I-PER", "O", "I-LOC", "I-LOC", "B-LOC", "I-ORG", "O"];
        let c = chunks(&tags);
        assert_eq!(
            c,
            vec![
                Chunk { kind: "PER".into(), start: 0, end: 2 },
                Chunk { kind: "LOC".into(), start: 3, end: 5 },
                Chunk { kind: "LOC".into(), start: 5, end: 6 },
                Chunk { kind: "ORG".into(), start: 6, end: 7 },
            ]
        );
        assert_eq!(chunks(&["S-PER", "B-LOC", "E-LOC"]).len(), 2);
        assert!(chunks::<&str>(&[]).is_empty());
    }

    #[test]
    fn detects_and_converts_iob1() {
        let seqs = vec![vec!["I-PER", "I-PER", "O", "I-LOC", "B-LOC"]];
        assert_eq!(detect_scheme(&seqs), Scheme::Iob1);
        assert_eq!(to_iob2(&seqs[0], Scheme::Iob1), vec!["B-PER", "I-PER", "O", "B-LOC", "B-LOC"]);
        assert_eq!(detect_scheme(&[vec!["B-PER", "I-PER"]]), Scheme::Iob2);
        assert_eq!(detect_scheme(&[vec!["S-PER"]]), Scheme::Iobes);
        assert_eq!(to_iob2(&["S-PER", "B-ORG", "E-ORG"], Scheme::Iobes), vec!["B-PER", "B-ORG", "I-ORG"]);
    }
}

/// One kind per name per document, for people: where the same written form (case-sensitive, all
/// its words) is tagged as entities of different kinds within one document and a person is one of
/// them, every occurrence takes the kind most of them have ("Maduro" tagged PER four times and LOC
/// once is PER everywhere). Only a strict majority changes anything; spans are neither added nor
/// removed. Conflicts between places, organisations and other names are left alone: CoNLL tags a
/// country as a place and as a team in one report, and harmonising those cost 0.25 F1 on CoNLL dev
/// (held out) while people gained on both CoNLL dev and WikiGold (model card). `sentences` holds
/// each sentence's words and tags (any prefix scheme: each tag's prefix is kept).
pub fn harmonize_kinds(sentences: &mut [(Vec<&str>, Vec<String>)]) {
    use std::collections::HashMap;
    let mut votes: HashMap<String, HashMap<String, usize>> = HashMap::new();
    let mut spans = Vec::new();
    for (si, (words, tags)) in sentences.iter().enumerate() {
        if words.len() != tags.len() {
            continue;
        }
        for c in chunks(tags) {
            let form = words[c.start..c.end].join(" ");
            *votes.entry(form.clone()).or_default().entry(c.kind.clone()).or_default() += 1;
            spans.push((si, c, form));
        }
    }
    for (si, c, form) in spans {
        let counts = &votes[&form];
        let total: usize = counts.values().sum();
        let Some((best, n)) = counts.iter().max_by(|a, b| a.1.cmp(b.1).then_with(|| b.0.cmp(a.0))) else { continue };
        if *best == c.kind || n * 2 <= total || (best != "PER" && c.kind != "PER") {
            continue;
        }
        for t in &mut sentences[si].1[c.start..c.end] {
            if let Some((prefix, _)) = t.split_once('-') {
                *t = format!("{prefix}-{best}");
            }
        }
    }
}

#[cfg(test)]
mod harmonize_tests {
    use super::harmonize_kinds;

    fn sent<'a>(words: &[&'a str], tags: &[&str]) -> (Vec<&'a str>, Vec<String>) {
        (words.to_vec(), tags.iter().map(|t| t.to_string()).collect())
    }

    #[test]
    fn a_person_mostly_tagged_as_one_is_one_everywhere_and_places_against_teams_stay() {
        let mut doc = vec![
            sent(&["Maduro", "spoke"], &["B-PER", "O"]),
            sent(&["Maduro", "'s", "aides"], &["B-PER", "O", "O"]),
            sent(&["in", "Maduro"], &["O", "B-LOC"]),
            sent(&["Germany", "won"], &["B-ORG", "O"]),
            sent(&["Germany", "beat", "Italy"], &["B-ORG", "O", "B-ORG"]),
            sent(&["in", "Germany"], &["O", "B-LOC"]),
        ];
        harmonize_kinds(&mut doc);
        assert_eq!(doc[2].1, vec!["O", "B-PER"]);
        assert_eq!(doc[5].1, vec!["O", "B-LOC"], "no person involved: left alone");
        // A tie changes nothing.
        let mut doc = vec![sent(&["Tren", "de", "Aragua"], &["B-PER", "I-PER", "I-PER"]), sent(&["Tren", "de", "Aragua"], &["B-ORG", "I-ORG", "I-ORG"])];
        harmonize_kinds(&mut doc);
        assert_eq!(doc[0].1[0], "B-PER");
        assert_eq!(doc[1].1[2], "I-ORG");
    }
}
