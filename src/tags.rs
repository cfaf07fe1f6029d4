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
