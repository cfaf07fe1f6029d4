//! The token layer: the clean text's words, cut once right after cleaning and read by every later
//! stage (NER windows, dictionary mentions in linking, event coding), so no stage re-splits text
//! and all of them agree on where a word starts and ends.
//!
//! Words are split the way CoNLL-2003 was tokenised (the data the default model learned from):
//! whitespace, then punctuation peeled off the edges, abbreviations ("U.S.", "Gen.", "M.") and
//! inner hyphens/apostrophes kept, possessive "'s" split. Words carry char offsets.

use std::ops::Range;

use crate::text::CharText;

/// Longest word kept whole, in chars. A longer run of non-space characters (a 50 MB "word" in a
/// hostile dump, a base64 blob) is cut into pieces of this size, so nothing downstream (a mention,
/// an actor name, a CSV cell) can grow with it.
pub const MAX_WORD_CHARS: usize = 100;

/// A word: char offsets into the text it was cut from (end exclusive).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Word {
    pub start: usize,
    pub end: usize,
}

/// The words of a text, and which of them each sentence holds.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TokenLayer {
    pub words: Vec<Word>,
    /// For sentence `i` of the clean text, the range of `words` inside it (empty for a sentence
    /// without words).
    pub sentences: Vec<Range<usize>>,
}

impl TokenLayer {
    pub const EMPTY: TokenLayer = TokenLayer { words: Vec::new(), sentences: Vec::new() };

    /// Cut every sentence of `text` into words.
    pub fn build(text: &CharText, sentences: &[Range<usize>]) -> TokenLayer {
        let mut words = Vec::with_capacity(text.char_len() / 5 + 1);
        let mut ranges = Vec::with_capacity(sentences.len());
        for s in sentences {
            let first = words.len();
            words.extend(split_words(text.slice(s.clone()), s.start));
            ranges.push(first..words.len());
        }
        TokenLayer { words, sentences: ranges }
    }

    /// The words of sentence `i`.
    pub fn sentence(&self, i: usize) -> &[Word] {
        self.sentences.get(i).map(|r| &self.words[r.clone()]).unwrap_or(&[])
    }
}

/// Abbreviations that keep their final period (lower-cased, without the period).
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "sgt", "adm", "gov", "sen",
    "rep", "rev", "st", "jr", "sr", "inc", "corp", "co", "ltd", "llc", "dept", "no", "vs", "etc",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "ft",
    "mt", "pres", "amb", "sec", "cmdr", "messrs", "mme", "sra", "sr", "dra", "av", "approx",
];

fn is_edge_punct(c: char) -> bool {
    !c.is_alphanumeric() && !c.is_whitespace()
}

/// Characters that always split a token, even inside it.
fn is_hard_separator(c: char) -> bool {
    matches!(
        c,
        '—' | '–' | '/' | ';' | '(' | ')' | '[' | ']' | '{' | '}' | '"' | '“' | '”' | '«' | '»' | '…' | '|'
    )
}

/// Whether `token` (the chars before a final period) is an abbreviation that owns the period.
pub fn is_abbreviation(token: &[char]) -> bool {
    if token.is_empty() {
        return false;
    }
    // Initials and dotted acronyms: "M", "U.S", "e.g".
    if token.len() == 1 && token[0].is_alphabetic() {
        return true;
    }
    if token.contains(&'.') && token.iter().all(|c| c.is_alphabetic() || *c == '.') {
        return true;
    }
    let lower: String = token.iter().flat_map(|c| c.to_lowercase()).collect();
    ABBREVIATIONS.contains(&lower.as_str())
}

/// Split `text` into words; offsets are char offsets plus `base`.
pub fn split_words(text: &str, base: usize) -> Vec<Word> {
    let chars: Vec<char> = text.chars().collect();
    let mut words = Vec::with_capacity(chars.len() / 5 + 1);
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_whitespace() {
            i += 1;
            continue;
        }
        let mut j = i;
        while j < chars.len() && !chars[j].is_whitespace() && j - i < MAX_WORD_CHARS {
            j += 1;
        }
        split_token(&chars, i, j, base, &mut words);
        i = j;
    }
    words
}

fn split_token(chars: &[char], start: usize, end: usize, base: usize, out: &mut Vec<Word>) {
    // Hard separators cut the token into pieces first.
    let mut piece_start = start;
    for k in start..end {
        let c = chars[k];
        // A comma between digits (1,000) or a period inside a token stays.
        let is_sep = is_hard_separator(c)
            || (c == ',' && !(k > start && k + 1 < end && chars[k - 1].is_ascii_digit() && chars[k + 1].is_ascii_digit()));
        if is_sep {
            split_piece(chars, piece_start, k, base, out);
            out.push(Word { start: base + k, end: base + k + 1 });
            piece_start = k + 1;
        } else if c == '_' && k > start && k + 1 < end && chars[k - 1].is_alphabetic() && chars[k + 1].is_alphabetic() {
            // "Dol_Amroth": an underscore between letters joins words (PETRARCH's and TABARI's
            // texts and dictionaries write multi-word names so); it is a space, not a word.
            split_piece(chars, piece_start, k, base, out);
            piece_start = k + 1;
        }
    }
    split_piece(chars, piece_start, end, base, out);
}

fn split_piece(chars: &[char], mut start: usize, mut end: usize, base: usize, out: &mut Vec<Word>) {
    if start >= end {
        return;
    }
    // Leading punctuation, one char a word.
    while start < end && is_edge_punct(chars[start]) && end - start > 1 {
        out.push(Word { start: base + start, end: base + start + 1 });
        start += 1;
    }
    // Trailing punctuation, collected then emitted after the core.
    let mut trailing = Vec::new();
    while end - start > 1 && is_edge_punct(chars[end - 1]) {
        let c = chars[end - 1];
        if c == '.' && is_abbreviation(&chars[start..end - 1]) {
            break;
        }
        trailing.push(end - 1);
        end -= 1;
    }
    // Possessive 's / ’s, and the clitics CoNLL-2003 and the treebanks split off ("did n't",
    // "wo n't", "they 're"): the tagger and the verb dictionaries see the words they were made
    // with.
    match clitic_len(&chars[start..end]) {
        Some(k) => {
            out.push(Word { start: base + start, end: base + end - k });
            out.push(Word { start: base + end - k, end: base + end });
        }
        None => out.push(Word { start: base + start, end: base + end }),
    }
    for k in trailing.into_iter().rev() {
        out.push(Word { start: base + k, end: base + k + 1 });
    }
}

/// Length of a clitic ending the word, if one does: "'s", "n't", "'re", "'ve", "'ll", "'m",
/// "'d" (either apostrophe) after at least one letter.
fn clitic_len(w: &[char]) -> Option<usize> {
    let apostrophe = |c: char| matches!(c, '\'' | '’');
    let lower: Vec<char> = w.iter().map(|c| c.to_ascii_lowercase()).collect();
    let n = lower.len();
    let stem_ok = |k: usize| n > k && lower[..n - k].iter().all(|c| c.is_alphabetic());
    if n > 3 && lower[n - 3] == 'n' && apostrophe(lower[n - 2]) && lower[n - 1] == 't' && stem_ok(3) {
        return Some(3);
    }
    if n > 3 && apostrophe(lower[n - 3]) && matches!((lower[n - 2], lower[n - 1]), ('r', 'e') | ('v', 'e') | ('l', 'l')) && stem_ok(3) {
        return Some(3);
    }
    if n > 2 && apostrophe(lower[n - 2]) && lower[n - 1] == 's' {
        return Some(2);
    }
    if n > 2 && apostrophe(lower[n - 2]) && matches!(lower[n - 1], 'm' | 'd') && stem_ok(2) {
        return Some(2);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::slice_chars;

    fn words(s: &str) -> Vec<&str> {
        split_words(s, 0).iter().map(|w| slice_chars(s, w.start..w.end)).collect()
    }

    #[test]
    fn splits_like_conll() {
        assert_eq!(
            words("Nicolás Maduro's ally, Díaz-Canel, met U.S. officials."),
            vec!["Nicolás", "Maduro", "'s", "ally", ",", "Díaz-Canel", ",", "met", "U.S.", "officials", "."]
        );
        assert_eq!(words("(Hezbollah)"), vec!["(", "Hezbollah", ")"]);
        assert_eq!(words("“Russia—Venezuela”"), vec!["“", "Russia", "—", "Venezuela", "”"]);
        assert_eq!(words("Gen. Vladimir Padrino and Joseph M. Humire"), vec!["Gen.", "Vladimir", "Padrino", "and", "Joseph", "M.", "Humire"]);
        assert_eq!(words("paid $1,000, then"), vec!["paid", "$", "1,000", ",", "then"]);
        assert_eq!(words("Russia didn't, won’t and can't; they're O'Neill's"), vec!["Russia", "did", "n't", ",", "wo", "n’t", "and", "ca", "n't", ";", "they", "'re", "O'Neill", "'s"]);
        assert_eq!(words("the Prince of Dol_Amroth, 1_000"), vec!["the", "Prince", "of", "Dol", "Amroth", ",", "1_000"]);
    }

    #[test]
    fn a_huge_word_is_cut_into_bounded_pieces() {
        let blob = "x".repeat(1_000);
        let w = split_words(&blob, 0);
        assert_eq!(w.len(), 10);
        assert!(w.iter().all(|w| w.end - w.start <= MAX_WORD_CHARS));
    }

    #[test]
    fn layer_holds_each_sentences_words() {
        let t = CharText::new("Díaz met Putin. Then he left.".to_string());
        let layer = TokenLayer::build(&t, &[0..15, 16..29]);
        let s1: Vec<&str> = layer.sentence(1).iter().map(|w| t.slice(w.start..w.end)).collect();
        assert_eq!(s1, vec!["Then", "he", "left", "."]);
        assert_eq!(layer.sentences, vec![0..4, 4..8]);
        assert!(layer.sentence(9).is_empty());
    }

    #[test]
    fn offsets_are_chars_with_base() {
        let w = split_words("Díaz ok", 10);
        assert_eq!(w, vec![Word { start: 10, end: 14 }, Word { start: 15, end: 17 }]);
    }
}
