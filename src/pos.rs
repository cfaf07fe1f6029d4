//! Part-of-speech tags for the token layer: an averaged perceptron (Collins 2002, with the
//! feature set of the tagger Honnibal wrote for TextBlob and NLTK) over Penn Treebank tags,
//! trained on the Universal Dependencies English Web Treebank (`actorgraph train-pos`).
//!
//! Events need to know which dictionary verb forms are verbs ("Russia sent aid": `sent/VBD`,
//! `aid/NN`), which are participles (`was sanctioned/VBN` is passive, "a delegation led by"
//! is a reduced relative), and where a verb is a noun ("the attack", "held talks"). A perceptron
//! does that at about 95 % accuracy on web text for a few microseconds a word and a model of a
//! few MB, which is what the events stage can afford on every candidate sentence.
//!
//! Model file (`pos.bin`, little endian): magic `AGPOS1\0\0`, tag count (u32) and tags (u8 length
//! + UTF-8), then weight rows: feature hash (u64), tag count n (u8), n × (tag u8, weight f32);
//! then the tag dictionary: entry count (u32), entries (u8 length + word, tag u8).

use std::collections::HashMap;
use std::hash::{Hash, Hasher};
use std::io::{BufRead, BufReader, Read, Write};
use std::path::Path;

#[derive(Debug, thiserror::Error)]
pub enum PosError {
    #[error("{path}: {cause}")]
    Io { path: String, cause: std::io::Error },
    #[error("{path}: not a POS model ({reason})")]
    Format { path: String, reason: String },
    #[error("{path}: no tagged sentences found (expected CoNLL-U)")]
    NoData { path: String },
}

const MAGIC: &[u8; 8] = b"AGPOS1\0\0";
/// Words seen at least this often with one tag this often are tagged by lookup.
const DICT_MIN_COUNT: usize = 20;
const DICT_MIN_SHARE: f64 = 0.97;

/// A trained tagger.
#[derive(Debug, Clone, Default)]
pub struct PosTagger {
    pub tags: Vec<String>,
    weights: HashMap<u64, Vec<(u8, f32)>>,
    tagdict: HashMap<String, u8>,
}

fn hash_feature(parts: &[&str]) -> u64 {
    // SipHash with fixed keys: the same ids on every machine and run.
    let mut h = std::collections::hash_map::DefaultHasher::new();
    parts.hash(&mut h);
    h.finish()
}

/// Normalised word: lower case, digits folded so years and figures share features.
fn normalize(w: &str) -> String {
    if w.contains('-') && !w.starts_with('-') {
        return "!HYPHEN".to_string();
    }
    if w.len() == 4 && w.chars().all(|c| c.is_ascii_digit()) {
        return "!YEAR".to_string();
    }
    if w.chars().next().is_some_and(|c| c.is_ascii_digit()) {
        return "!DIGITS".to_string();
    }
    w.to_lowercase()
}

fn suffix(w: &str, n: usize) -> &str {
    let start = w.char_indices().rev().nth(n - 1).map(|(i, _)| i).unwrap_or(0);
    &w[start..]
}

fn prefix1(w: &str) -> &str {
    w.char_indices().nth(1).map(|(i, _)| &w[..i]).unwrap_or(w)
}

fn shape(w: &str) -> &'static str {
    let first = w.chars().next().unwrap_or(' ');
    if w.chars().all(|c| c.is_uppercase()) && w.chars().any(char::is_alphabetic) {
        "AA"
    } else if first.is_uppercase() {
        "Aa"
    } else if first.is_lowercase() {
        "aa"
    } else if first.is_ascii_digit() {
        "9"
    } else {
        "."
    }
}

/// Feature ids of word `i` given the two previous tags.
fn features(words: &[String], norm: &[String], i: usize, prev: &str, prev2: &str) -> Vec<u64> {
    let at = |k: isize| -> &str {
        let j = i as isize + k;
        if j < 0 {
            "-START-"
        } else {
            norm.get(j as usize).map(String::as_str).unwrap_or("-END-")
        }
    };
    let w = norm[i].as_str();
    let raw = words[i].as_str();
    let mut f = vec![
        hash_feature(&["bias"]),
        hash_feature(&["w", w]),
        hash_feature(&["s3", suffix(w, 3)]),
        hash_feature(&["s2", suffix(w, 2)]),
        hash_feature(&["p1", prefix1(w)]),
        hash_feature(&["shape", shape(raw)]),
        hash_feature(&["t-1", prev]),
        hash_feature(&["t-2", prev2]),
        hash_feature(&["t-1 t-2", prev, prev2]),
        hash_feature(&["t-1 w", prev, w]),
        hash_feature(&["w-1", at(-1)]),
        hash_feature(&["s3-1", suffix(at(-1), 3)]),
        hash_feature(&["w-2", at(-2)]),
        hash_feature(&["w+1", at(1)]),
        hash_feature(&["s3+1", suffix(at(1), 3)]),
        hash_feature(&["w+2", at(2)]),
    ];
    if i == 0 {
        f.push(hash_feature(&["first", shape(raw)]));
    }
    f
}

impl PosTagger {
    /// Tag one sentence.
    pub fn tag<S: AsRef<str>>(&self, words: &[S]) -> Vec<u8> {
        let words: Vec<String> = words.iter().map(|w| w.as_ref().to_string()).collect();
        let norm: Vec<String> = words.iter().map(|w| normalize(w)).collect();
        let mut out: Vec<u8> = Vec::with_capacity(words.len());
        let mut scores = vec![0f32; self.tags.len()];
        for i in 0..words.len() {
            let t = match self.tagdict.get(&words[i].to_lowercase()) {
                Some(&t) => t,
                None => {
                    let prev = out.last().map(|&t| self.tags[t as usize].as_str()).unwrap_or("-START-");
                    let prev2 = out.len().checked_sub(2).map(|k| self.tags[out[k] as usize].as_str()).unwrap_or("-START2-");
                    self.best(&features(&words, &norm, i, prev, prev2), &mut scores)
                }
            };
            out.push(t);
        }
        out
    }

    /// The highest-scoring tag for a word's features; ties go to the lowest tag id, so tagging
    /// is deterministic. `scores` is scratch space of one slot per tag.
    fn best(&self, feats: &[u64], scores: &mut [f32]) -> u8 {
        scores.iter_mut().for_each(|s| *s = 0.0);
        for f in feats {
            if let Some(ws) = self.weights.get(f) {
                for &(t, w) in ws {
                    scores[t as usize] += w;
                }
            }
        }
        let mut best = 0;
        for (k, &s) in scores.iter().enumerate() {
            if s > scores[best] {
                best = k;
            }
        }
        best as u8
    }

    /// Tag names of a sentence.
    pub fn tag_names<S: AsRef<str>>(&self, words: &[S]) -> Vec<&str> {
        self.tag(words).into_iter().map(|t| self.tags[t as usize].as_str()).collect()
    }

    /// Train on tagged sentences for `iterations` passes (sentences shuffled by a fixed seed).
    pub fn train(sentences: &[(Vec<String>, Vec<String>)], iterations: usize) -> PosTagger {
        let mut tags: Vec<String> = sentences.iter().flat_map(|(_, t)| t.iter().cloned()).collect();
        tags.sort();
        tags.dedup();
        let tag_id: HashMap<&str, u8> = tags.iter().enumerate().map(|(i, t)| (t.as_str(), i as u8)).collect();
        // Tag dictionary of frequent unambiguous words.
        let mut counts: HashMap<String, HashMap<u8, usize>> = HashMap::new();
        for (w, t) in sentences {
            for (w, t) in w.iter().zip(t) {
                *counts.entry(w.to_lowercase()).or_default().entry(tag_id[t.as_str()]).or_default() += 1;
            }
        }
        let mut tagdict = HashMap::new();
        for (w, c) in counts {
            let n: usize = c.values().sum();
            if let Some((&t, &k)) = c.iter().max_by_key(|(t, k)| (**k, std::cmp::Reverse(**t))) {
                if n >= DICT_MIN_COUNT && k as f64 / n as f64 >= DICT_MIN_SHARE {
                    tagdict.insert(w, t);
                }
            }
        }
        let mut model = PosTagger { tags: tags.clone(), weights: HashMap::new(), tagdict };
        // Averaging: totals and the step each weight last changed.
        let mut totals: HashMap<(u64, u8), f64> = HashMap::new();
        let mut stamps: HashMap<(u64, u8), usize> = HashMap::new();
        let mut step = 0usize;
        let mut scores = vec![0f32; tags.len()];
        let mut order: Vec<usize> = (0..sentences.len()).collect();
        let mut rng = 0x2545F4914F6CDD1Du64;
        for _ in 0..iterations {
            for i in (1..order.len()).rev() {
                rng ^= rng << 13;
                rng ^= rng >> 7;
                rng ^= rng << 17;
                order.swap(i, (rng % (i as u64 + 1)) as usize);
            }
            for &si in &order {
                let (words, gold) = &sentences[si];
                let norm: Vec<String> = words.iter().map(|w| normalize(w)).collect();
                let (mut prev, mut prev2) = ("-START-".to_string(), "-START2-".to_string());
                for i in 0..words.len() {
                    step += 1;
                    let g = tag_id[gold[i].as_str()];
                    let guess = match model.tagdict.get(&words[i].to_lowercase()) {
                        Some(&t) => t,
                        None => {
                            let feats = features(words, &norm, i, &prev, &prev2);
                            let guess = model.best(&feats, &mut scores);
                            if guess != g {
                                for f in feats {
                                    for (t, delta) in [(g, 1.0f32), (guess, -1.0f32)] {
                                        let ws = model.weights.entry(f).or_default();
                                        let cur = match ws.iter_mut().find(|(x, _)| *x == t) {
                                            Some(e) => e,
                                            None => {
                                                ws.push((t, 0.0));
                                                ws.last_mut().expect("just pushed")
                                            }
                                        };
                                        let key = (f, t);
                                        let last = stamps.get(&key).copied().unwrap_or(0);
                                        *totals.entry(key).or_default() += (step - last) as f64 * cur.1 as f64;
                                        stamps.insert(key, step);
                                        cur.1 += delta;
                                    }
                                }
                            }
                            guess
                        }
                    };
                    prev2 = std::mem::replace(&mut prev, tags[guess as usize].clone());
                }
            }
        }
        // Average, and drop weights that are (nearly) zero.
        for (f, ws) in model.weights.iter_mut() {
            for (t, w) in ws.iter_mut() {
                let key = (*f, *t);
                let last = stamps.get(&key).copied().unwrap_or(0);
                let total = totals.get(&key).copied().unwrap_or(0.0) + (step - last) as f64 * *w as f64;
                *w = (total / step.max(1) as f64) as f32;
            }
            ws.retain(|(_, w)| w.abs() >= 1e-3);
        }
        model.weights.retain(|_, ws| !ws.is_empty());
        model
    }

    pub fn save(&self, path: &Path) -> Result<(), PosError> {
        let io = |cause| PosError::Io { path: path.display().to_string(), cause };
        let mut buf: Vec<u8> = Vec::new();
        buf.extend_from_slice(MAGIC);
        buf.extend_from_slice(&(self.tags.len() as u32).to_le_bytes());
        for t in &self.tags {
            buf.push(t.len() as u8);
            buf.extend_from_slice(t.as_bytes());
        }
        let mut keys: Vec<&u64> = self.weights.keys().collect();
        keys.sort();
        buf.extend_from_slice(&(keys.len() as u32).to_le_bytes());
        for k in keys {
            let ws = &self.weights[k];
            buf.extend_from_slice(&k.to_le_bytes());
            buf.push(ws.len() as u8);
            for &(t, w) in ws {
                buf.push(t);
                buf.extend_from_slice(&w.to_le_bytes());
            }
        }
        let mut dict: Vec<(&String, &u8)> = self.tagdict.iter().collect();
        dict.sort();
        buf.extend_from_slice(&(dict.len() as u32).to_le_bytes());
        for (w, t) in dict {
            let b = w.as_bytes();
            buf.push(b.len().min(255) as u8);
            buf.extend_from_slice(&b[..b.len().min(255)]);
            buf.push(*t);
        }
        let mut f = std::fs::File::create(path).map_err(io)?;
        f.write_all(&buf).map_err(io)
    }

    pub fn load(path: &Path) -> Result<PosTagger, PosError> {
        let mut bytes = Vec::new();
        std::fs::File::open(path)
            .and_then(|mut f| f.read_to_end(&mut bytes))
            .map_err(|cause| PosError::Io { path: path.display().to_string(), cause })?;
        let bad = |reason: &str| PosError::Format { path: path.display().to_string(), reason: reason.to_string() };
        let mut r = Reader { b: &bytes, at: 0 };
        if r.take(8).ok_or_else(|| bad("too short"))? != MAGIC {
            return Err(bad("wrong magic"));
        }
        let short = || bad("truncated");
        let n_tags = r.u32().ok_or_else(short)? as usize;
        let mut tags = Vec::with_capacity(n_tags);
        for _ in 0..n_tags {
            let len = r.u8().ok_or_else(short)? as usize;
            tags.push(String::from_utf8_lossy(r.take(len).ok_or_else(short)?).into_owned());
        }
        let n = r.u32().ok_or_else(short)? as usize;
        let mut weights = HashMap::with_capacity(n);
        for _ in 0..n {
            let k = r.u64().ok_or_else(short)?;
            let m = r.u8().ok_or_else(short)? as usize;
            let mut ws = Vec::with_capacity(m);
            for _ in 0..m {
                let t = r.u8().ok_or_else(short)?;
                if t as usize >= n_tags {
                    return Err(bad("tag out of range"));
                }
                ws.push((t, r.f32().ok_or_else(short)?));
            }
            weights.insert(k, ws);
        }
        let n = r.u32().ok_or_else(short)? as usize;
        let mut tagdict = HashMap::with_capacity(n);
        for _ in 0..n {
            let len = r.u8().ok_or_else(short)? as usize;
            let w = String::from_utf8_lossy(r.take(len).ok_or_else(short)?).into_owned();
            let t = r.u8().ok_or_else(short)?;
            if t as usize >= n_tags {
                return Err(bad("tag out of range"));
            }
            tagdict.insert(w, t);
        }
        Ok(PosTagger { tags, weights, tagdict })
    }
}

struct Reader<'a> {
    b: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Option<&'a [u8]> {
        let s = self.b.get(self.at..self.at + n)?;
        self.at += n;
        Some(s)
    }
    fn u8(&mut self) -> Option<u8> {
        self.take(1).map(|s| s[0])
    }
    fn u32(&mut self) -> Option<u32> {
        self.take(4).and_then(|s| s.try_into().ok()).map(u32::from_le_bytes)
    }
    fn u64(&mut self) -> Option<u64> {
        self.take(8).and_then(|s| s.try_into().ok()).map(u64::from_le_bytes)
    }
    fn f32(&mut self) -> Option<f32> {
        self.take(4).and_then(|s| s.try_into().ok()).map(f32::from_le_bytes)
    }
}

/// Read (words, XPOS tags) sentences from a CoNLL-U file; multiword-token lines ("1-2") and
/// empty nodes ("1.1") are skipped.
pub fn read_conllu(path: &Path) -> Result<Vec<(Vec<String>, Vec<String>)>, PosError> {
    let f = std::fs::File::open(path).map_err(|cause| PosError::Io { path: path.display().to_string(), cause })?;
    let mut out = Vec::new();
    let (mut words, mut tags) = (Vec::new(), Vec::new());
    for line in BufReader::new(f).lines() {
        let line = line.map_err(|cause| PosError::Io { path: path.display().to_string(), cause })?;
        if line.trim().is_empty() {
            if !words.is_empty() {
                out.push((std::mem::take(&mut words), std::mem::take(&mut tags)));
            }
            continue;
        }
        if line.starts_with('#') {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.len() < 5 || cols[0].contains(['-', '.']) {
            continue;
        }
        words.push(cols[1].to_string());
        tags.push(cols[4].to_string());
    }
    if !words.is_empty() {
        out.push((words, tags));
    }
    if out.is_empty() {
        return Err(PosError::NoData { path: path.display().to_string() });
    }
    Ok(out)
}

/// Token accuracy of a tagger on tagged sentences.
pub fn accuracy(tagger: &PosTagger, sentences: &[(Vec<String>, Vec<String>)]) -> f64 {
    let (mut right, mut all) = (0usize, 0usize);
    for (w, g) in sentences {
        for (p, g) in tagger.tag_names(w).iter().zip(g) {
            right += (p == g) as usize;
            all += 1;
        }
    }
    right as f64 / all.max(1) as f64
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sent(s: &str) -> (Vec<String>, Vec<String>) {
        s.split(' ').map(|p| p.rsplit_once('/').map(|(w, t)| (w.to_string(), t.to_string())).unwrap()).unzip()
    }

    #[test]
    fn learns_verbs_from_nouns_by_context_and_round_trips() {
        let data: Vec<_> = [
            "Russia/NNP sent/VBD aid/NN to/IN Venezuela/NNP ./.",
            "The/DT attack/NN was/VBD condemned/VBN by/IN Iran/NNP ./.",
            "China/NNP will/MD attack/VB Taiwan/NNP ./.",
            "Cuba/NNP sent/VBD troops/NNS ./.",
            "The/DT aid/NN was/VBD sent/VBN by/IN Russia/NNP ./.",
            "Rebels/NNS attack/VBP the/DT town/NN ./.",
            "an/DT attack/NN on/IN Caracas/NNP ./.",
        ]
        .iter()
        .map(|s| sent(s))
        .collect();
        let t = PosTagger::train(&data, 8);
        assert_eq!(t.tag_names(&["The", "attack", "was", "condemned", "by", "Iran", "."]), vec!["DT", "NN", "VBD", "VBN", "IN", "NNP", "."]);
        assert_eq!(t.tag_names(&["China", "will", "attack", "Taiwan", "."])[2], "VB");
        assert!(accuracy(&t, &data) > 0.95);
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("pos.bin");
        t.save(&p).unwrap();
        let back = PosTagger::load(&p).unwrap();
        for (w, _) in &data {
            assert_eq!(back.tag(w), t.tag(w));
        }
        std::fs::write(&p, b"garbage").unwrap();
        assert!(PosTagger::load(&p).unwrap_err().to_string().contains("not a POS model"));
    }
}
