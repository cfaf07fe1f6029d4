//! Turns per-word label scores into a tag sequence. For IOB2 and IOBES label sets the decoder is a
//! Viterbi search that never emits an invalid sequence (I-X after O or after B-Y); for other label
//! sets (IOB1, plain types) it takes each word's best label.

use crate::tags::parse_tag;

/// Allowed-transition table for a label set, or `None` when any sequence is valid.
pub struct Decoder {
    n: usize,
    /// allowed[prev * n + cur]; `start[cur]` for the first word; `end[prev]` for the last.
    allowed: Option<(Vec<bool>, Vec<bool>, Vec<bool>)>,
}

impl Decoder {
    pub fn new(labels: &[String]) -> Self {
        let n = labels.len();
        let tags: Vec<_> = labels.iter().map(|l| parse_tag(l)).collect();
        let has_b = tags.iter().any(|t| t.prefix == 'B');
        let iobes = tags.iter().any(|t| t.prefix == 'E' || t.prefix == 'S');
        if !has_b {
            return Decoder { n, allowed: None };
        }
        let continues = |p: char| if iobes { matches!(p, 'I' | 'E') } else { p == 'I' };
        // An entity is open after B- or I- in both schemes.
        let open = |p: char| matches!(p, 'B' | 'I');
        let mut allowed = vec![false; n * n];
        for (i, a) in tags.iter().enumerate() {
            for (j, b) in tags.iter().enumerate() {
                let ok = if continues(b.prefix) {
                    open(a.prefix) && a.kind == b.kind
                } else if iobes {
                    // A new B/S/O may not follow an unclosed B or I.
                    !matches!(a.prefix, 'B' | 'I')
                } else {
                    true
                };
                allowed[i * n + j] = ok;
            }
        }
        let start: Vec<bool> = tags.iter().map(|t| !continues(t.prefix)).collect();
        let end: Vec<bool> = tags.iter().map(|t| !iobes || !matches!(t.prefix, 'B' | 'I')).collect();
        Decoder { n, allowed: Some((allowed, start, end)) }
    }

    /// Best label index per word; `scores` holds `n` log-probabilities per word.
    pub fn decode(&self, scores: &[f32]) -> Vec<usize> {
        let n = self.n;
        let len = scores.len() / n.max(1);
        let argmax = |row: &[f32]| {
            row.iter().enumerate().fold((0, f32::NEG_INFINITY), |b, (i, &v)| if v > b.1 { (i, v) } else { b }).0
        };
        let Some((allowed, start, end)) = &self.allowed else {
            return (0..len).map(|w| argmax(&scores[w * n..(w + 1) * n])).collect();
        };
        if len == 0 {
            return Vec::new();
        }
        const NEG: f32 = -1e30;
        let mut best = vec![NEG; n];
        let mut back = vec![0u16; len * n];
        for j in 0..n {
            if start[j] {
                best[j] = scores[j];
            }
        }
        let mut next = vec![NEG; n];
        for w in 1..len {
            for j in 0..n {
                let mut b = NEG;
                let mut bi = 0;
                for (i, &prev) in best.iter().enumerate() {
                    if allowed[i * n + j] && prev > b {
                        b = prev;
                        bi = i;
                    }
                }
                next[j] = b + scores[w * n + j];
                back[w * n + j] = bi as u16;
            }
            std::mem::swap(&mut best, &mut next);
        }
        let mut last = 0;
        let mut b = NEG;
        for j in 0..n {
            if end[j] && best[j] > b {
                b = best[j];
                last = j;
            }
        }
        let mut path = vec![0; len];
        path[len - 1] = last;
        for w in (1..len).rev() {
            path[w - 1] = back[w * n + path[w]] as usize;
        }
        path
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn labels() -> Vec<String> {
        ["O", "B-PER", "I-PER", "B-LOC", "I-LOC"].iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn viterbi_never_emits_i_after_o() {
        let d = Decoder::new(&labels());
        // Word 2 prefers I-PER after an O: the decoder must not emit O, I-PER.
        let lp = |v: [f32; 5]| v.map(|x: f32| x.ln());
        let mut scores = Vec::new();
        scores.extend(lp([0.9, 0.05, 0.01, 0.02, 0.02]));
        scores.extend(lp([0.3, 0.1, 0.55, 0.03, 0.02]));
        let path = d.decode(&scores);
        let tags: Vec<&str> = path.iter().map(|&i| ["O", "B-PER", "I-PER", "B-LOC", "I-LOC"][i]).collect();
        assert_ne!(tags, vec!["O", "I-PER"]);
        // And I-LOC never follows B-PER.
        let mut s2 = Vec::new();
        s2.extend(lp([0.01, 0.9, 0.03, 0.03, 0.03]));
        s2.extend(lp([0.1, 0.05, 0.3, 0.05, 0.5]));
        let p2 = d.decode(&s2);
        assert!(!(p2[0] == 1 && p2[1] == 4));
    }

    #[test]
    fn iob1_label_sets_decode_by_argmax() {
        let labels: Vec<String> = ["O", "I-PER"].iter().map(|s| s.to_string()).collect();
        let d = Decoder::new(&labels);
        let scores = [0.1f32.ln(), 0.9f32.ln(), 0.8f32.ln(), 0.2f32.ln()];
        assert_eq!(d.decode(&scores), vec![1, 0]);
    }
}
