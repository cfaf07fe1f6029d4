//! CoNLL-style files: a token in the first column and its tag in the last, blank lines between
//! sentences, `-DOCSTART-` lines skipped (they end a document).

use std::path::Path;

use crate::tags::{detect_scheme, to_iob2, Scheme};

#[derive(Debug, Clone, PartialEq)]
pub struct Sentence {
    pub words: Vec<String>,
    pub tags: Vec<String>,
    /// True for the first sentence after a `-DOCSTART-` line (a document boundary).
    pub doc_start: bool,
}

#[derive(Debug, thiserror::Error)]
pub enum ConllError {
    #[error("{path}: {cause}")]
    Io { path: String, cause: std::io::Error },
    #[error("{path}:{line}: {msg}")]
    Format { path: String, line: usize, msg: String },
}

pub fn parse(text: &str, path: &str) -> Result<Vec<Sentence>, ConllError> {
    let mut out = Vec::new();
    let mut cur = Sentence { words: vec![], tags: vec![], doc_start: true };
    let mut next_doc_start = true;
    for (i, line) in text.lines().enumerate() {
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() {
            if !cur.words.is_empty() {
                out.push(std::mem::replace(&mut cur, Sentence { words: vec![], tags: vec![], doc_start: false }));
            }
            continue;
        }
        let cols: Vec<&str> = line.split_whitespace().collect();
        if cols[0] == "-DOCSTART-" {
            if !cur.words.is_empty() {
                out.push(std::mem::replace(&mut cur, Sentence { words: vec![], tags: vec![], doc_start: false }));
            }
            next_doc_start = true;
            continue;
        }
        if cols.len() < 2 {
            return Err(ConllError::Format { path: path.into(), line: i + 1, msg: format!("expected 'token ... tag', found '{line}'") });
        }
        if cur.words.is_empty() {
            cur.doc_start = next_doc_start;
            next_doc_start = false;
        }
        let tag = cols[cols.len() - 1];
        let valid = tag == "O" || tag.split_once('-').is_some_and(|(p, t)| matches!(p, "B" | "I" | "E" | "S" | "L" | "U") && !t.is_empty());
        if !valid {
            return Err(ConllError::Format {
                path: path.into(),
                line: i + 1,
                msg: format!("'{tag}' is not an entity tag (O, B-X, I-X, E-X, S-X): is this a CoNLL file with the tag in the last column?"),
            });
        }
        cur.words.push(cols[0].to_string());
        cur.tags.push(tag.to_string());
    }
    if !cur.words.is_empty() {
        out.push(cur);
    }
    if out.is_empty() {
        return Err(ConllError::Format { path: path.into(), line: 0, msg: "no tagged sentences".into() });
    }
    Ok(out)
}

/// Read a file and normalise its tags to IOB2 (the scheme given, or detected).
pub fn read_iob2(path: &Path, scheme: Option<Scheme>) -> Result<(Vec<Sentence>, Scheme), ConllError> {
    let text = std::fs::read_to_string(path).map_err(|e| ConllError::Io { path: path.display().to_string(), cause: e })?;
    let mut sents = parse(&text, &path.display().to_string())?;
    let tags: Vec<Vec<String>> = sents.iter().map(|s| s.tags.clone()).collect();
    let scheme = scheme.unwrap_or_else(|| detect_scheme(&tags));
    for s in &mut sents {
        s.tags = to_iob2(&s.tags, scheme);
    }
    Ok((sents, scheme))
}

/// Label set of some sentences, `O` first, then sorted.
pub fn label_set(sents: &[Sentence]) -> Vec<String> {
    let mut set: std::collections::BTreeSet<String> = sents.iter().flat_map(|s| s.tags.iter().cloned()).collect();
    set.remove("O");
    std::iter::once("O".to_string()).chain(set).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refuses_text_that_is_not_conll() {
        let ok = parse("Maduro B-PER\nvisited O\nCaracas B-LOC\n\n", "x").unwrap();
        assert_eq!(ok[0].tags, vec!["B-PER", "O", "B-LOC"]);
        let e = parse("# actorgraph\n\nNews and policy articles in\n", "README.md").unwrap_err().to_string();
        assert!(e.contains("README.md:1") && e.contains("not an entity tag"), "{e}");
        assert!(parse("\n\n", "empty").unwrap_err().to_string().contains("no tagged sentences"));
    }
}
