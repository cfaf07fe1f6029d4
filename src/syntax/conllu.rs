//! Reading CoNLL-U (Universal Dependencies) treebanks: the syntactic words of each sentence with
//! their UPOS, lemma, head and relation. Multiword-token lines (`1-2`) and empty nodes (`8.1`)
//! are skipped: heads and relations are over syntactic words, which is what the parser predicts
//! and what `eval parse` scores (gold tokenization).

use std::path::Path;

use super::SyntaxError;

/// One gold word.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GoldWord {
    pub form: String,
    pub lemma: String,
    pub upos: String,
    /// 0 for the root, else the 1-based index of the head word.
    pub head: usize,
    pub deprel: String,
}

/// One sentence, with the document it opens or continues (`# newdoc id`; empty when unnamed).
#[derive(Debug, Clone, Default)]
pub struct GoldSentence {
    pub doc: String,
    pub words: Vec<GoldWord>,
}

/// Every sentence of a CoNLL-U file; a malformed line is an error naming the file and line.
pub fn read(path: &Path) -> Result<Vec<GoldSentence>, SyntaxError> {
    let text = std::fs::read_to_string(path).map_err(|e| SyntaxError::Io { path: path.display().to_string(), cause: e })?;
    parse(&text).map_err(|(line, reason)| SyntaxError::Format { path: path.display().to_string(), line, reason })
}

/// Sentences of CoNLL-U text; on error, the 1-based line and the reason.
pub fn parse(text: &str) -> Result<Vec<GoldSentence>, (usize, String)> {
    let mut out = Vec::new();
    let mut cur = GoldSentence::default();
    let mut doc = String::new();
    let flush = |cur: &mut GoldSentence, doc: &str, out: &mut Vec<GoldSentence>| {
        if !cur.words.is_empty() {
            cur.doc = doc.to_string();
            out.push(std::mem::take(cur));
        }
    };
    for (n, line) in text.lines().enumerate() {
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() {
            flush(&mut cur, &doc, &mut out);
            continue;
        }
        if let Some(c) = line.strip_prefix('#') {
            if let Some(id) = c.trim().strip_prefix("newdoc id =") {
                flush(&mut cur, &doc, &mut out);
                doc = id.trim().to_string();
            }
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.len() != 10 {
            return Err((n + 1, format!("expected 10 tab-separated columns, found {}", cols.len())));
        }
        let id = cols[0];
        if id.contains('-') || id.contains('.') {
            continue;
        }
        let index: usize = id.parse().map_err(|_| (n + 1, format!("bad word id {id:?}")))?;
        if index != cur.words.len() + 1 {
            return Err((n + 1, format!("word id {index} out of sequence (expected {})", cur.words.len() + 1)));
        }
        let head: usize = cols[6].parse().map_err(|_| (n + 1, format!("bad head {:?}", cols[6])))?;
        cur.words.push(GoldWord { form: cols[1].into(), lemma: cols[2].into(), upos: cols[3].into(), head, deprel: cols[7].into() });
    }
    flush(&mut cur, &doc, &mut out);
    for (k, s) in out.iter().enumerate() {
        if let Some(w) = s.words.iter().find(|w| w.head > s.words.len()) {
            return Err((0, format!("sentence {}: head {} past the sentence's {} words", k + 1, w.head, s.words.len())));
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn skips_multiword_tokens_and_empty_nodes() {
        let t = "# newdoc id = d1\n# text = I don't\n1\tI\tI\tPRON\tPRP\t_\t3\tnsubj\t_\t_\n2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n2\tdo\tdo\tAUX\tVBP\t_\t3\taux\t_\t_\n3\tn't\tnot\tPART\tRB\t_\t0\troot\t_\t_\n3.1\tx\tx\tX\tX\t_\t_\t_\t_\t_\n\n1\tYes\tyes\tINTJ\tUH\t_\t0\troot\t_\t_\n";
        let s = parse(t).unwrap();
        assert_eq!(s.len(), 2);
        assert_eq!(s[0].doc, "d1");
        assert_eq!(s[0].words.len(), 3);
        assert_eq!(s[0].words[2].deprel, "root");
        assert_eq!(s[0].words[0].head, 3);
        assert_eq!(s[1].words[0].form, "Yes");
    }

    #[test]
    fn a_bad_line_names_its_number() {
        let err = parse("1\tI\tI\tPRON\n").unwrap_err();
        assert_eq!(err.0, 1);
        let err = parse("1\tI\tI\tPRON\tPRP\t_\t7\tnsubj\t_\t_\n").unwrap_err();
        assert!(err.1.contains("past the sentence"), "{}", err.1);
    }
}
