//! Splits text into words the way CoNLL-2003 was tokenised (the data the default model learned
//! from): whitespace, then punctuation peeled off the edges, abbreviations ("U.S.", "Gen.",
//! "M.") and inner hyphens/apostrophes kept, possessive "'s" split. Words carry char offsets.

/// A word: char offsets into the text it was cut from (end exclusive).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Word {
    pub start: usize,
    pub end: usize,
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
        while j < chars.len() && !chars[j].is_whitespace() {
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
    // Possessive 's / ’s.
    if end - start > 2 && matches!(chars[end - 2], '\'' | '’') && matches!(chars[end - 1], 's' | 'S') {
        out.push(Word { start: base + start, end: base + end - 2 });
        out.push(Word { start: base + end - 2, end: base + end });
    } else {
        out.push(Word { start: base + start, end: base + end });
    }
    for k in trailing.into_iter().rev() {
        out.push(Word { start: base + k, end: base + k + 1 });
    }
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
    }

    #[test]
    fn offsets_are_chars_with_base() {
        let w = split_words("Díaz ok", 10);
        assert_eq!(w, vec![Word { start: 10, end: 14 }, Word { start: 15, end: 17 }]);
    }
}
