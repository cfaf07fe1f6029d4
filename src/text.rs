//! Character offsets. Every offset this crate stores or writes counts Unicode code points
//! ("Nicolás" is 7 long), never bytes. This module is the one place where they become byte
//! offsets, so slicing a `&str` by an offset can never split a character.

use std::ops::Range;

/// A string with a precomputed code-point → byte index, for repeated slicing by char offsets.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CharText {
    text: String,
    /// `byte_at[i]` is the byte offset of char `i`; one extra entry holds `text.len()`.
    byte_at: Vec<usize>,
}

impl CharText {
    pub fn new(text: String) -> Self {
        let mut byte_at: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
        byte_at.push(text.len());
        CharText { text, byte_at }
    }

    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// Length in code points.
    pub fn char_len(&self) -> usize {
        self.byte_at.len() - 1
    }

    /// Byte offset of a char offset; offsets past the end clamp to the end.
    pub fn byte_offset(&self, char_offset: usize) -> usize {
        self.byte_at[char_offset.min(self.char_len())]
    }

    /// Char offset of a byte offset that lies on a char boundary (binary search).
    pub fn char_offset(&self, byte_offset: usize) -> usize {
        match self.byte_at.binary_search(&byte_offset) {
            Ok(i) => i,
            Err(i) => i.saturating_sub(1),
        }
    }

    /// The text between two char offsets (end exclusive, clamped to the text).
    pub fn slice(&self, chars: Range<usize>) -> &str {
        let start = self.byte_offset(chars.start);
        let end = self.byte_offset(chars.end.max(chars.start));
        &self.text[start..end]
    }
}

/// Slice `s` by char offsets without building an index (for one-off use on short strings).
pub fn slice_chars(s: &str, chars: Range<usize>) -> &str {
    let mut it = s.char_indices().map(|(b, _)| b).chain(std::iter::once(s.len()));
    let start = it.by_ref().nth(chars.start).unwrap_or(s.len());
    let len = chars.end.saturating_sub(chars.start);
    let end = if len == 0 { start } else { it.nth(len - 1).unwrap_or(s.len()) };
    &s[start..end]
}

/// Cut `s` to at most `max` chars, on a char boundary, adding "…" when cut.
pub fn truncate_chars(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_string();
    }
    let mut out: String = s.chars().take(max.saturating_sub(1)).collect();
    out.push('…');
    out
}

/// Fold a name for matching: lower case, accents stripped, curly quotes and dashes made plain,
/// punctuation other than inner apostrophes/hyphens dropped, whitespace collapsed.
/// "Nicolás  Maduro" and "nicolas maduro" fold the same.
pub fn fold(s: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    let mut out = String::with_capacity(s.len());
    let mut pending_space = false;
    for c in s.nfd() {
        if unicode_normalization::char::is_combining_mark(c) {
            continue;
        }
        let c = match c {
            '\u{2018}' | '\u{2019}' | '\u{02BC}' | '`' | '\u{00B4}' => '\'',
            '\u{2010}'..='\u{2015}' | '\u{2212}' => '-',
            'ß' => {
                out.push_str("ss");
                continue;
            }
            c => c,
        };
        if c.is_alphanumeric() {
            if pending_space && !out.is_empty() {
                out.push(' ');
            }
            pending_space = false;
            out.extend(c.to_lowercase());
        } else if (c == '\'' || c == '-' || c == '.' || c == '&') && !out.is_empty() && !pending_space {
            // Keep inner punctuation that is part of a name (Díaz-Canel, O'Brien, AT&T); "." is
            // dropped so "U.S." and "US" fold alike.
            if c != '.' {
                out.push(c);
            }
        } else {
            pending_space = true;
        }
    }
    while out.ends_with(['\'', '-', '&']) {
        out.pop();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slicing_by_char_offsets_survives_accents() {
        let t = CharText::new("Presidente Nicolás Maduro y Díaz-Canel".to_string());
        assert_eq!(t.slice(11..25), "Nicolás Maduro");
        assert_eq!(t.slice(28..38), "Díaz-Canel");
        assert_eq!(t.char_len(), 38);
        assert_eq!(t.char_offset(t.byte_offset(28)), 28);
        assert_eq!(slice_chars("Nicolás Maduro", 8..14), "Maduro");
        assert_eq!(slice_chars("Nicolás", 0..7), "Nicolás");
        assert_eq!(slice_chars("ab", 1..1), "");
        // Out-of-range offsets clamp instead of panicking.
        assert_eq!(t.slice(36..99), "el");
    }

    #[test]
    fn fold_removes_case_accents_and_punctuation() {
        assert_eq!(fold("Nicolás  Maduro"), "nicolas maduro");
        assert_eq!(fold("NICOLAS MADURO"), "nicolas maduro");
        assert_eq!(fold("Díaz‐Canel"), "diaz-canel");
        assert_eq!(fold("Putin’s"), "putin's");
        assert_eq!(fold("U.S."), "us");
        assert_eq!(fold("“Hezbollah”"), "hezbollah");
        assert_eq!(fold("Straße"), "strasse");
    }

    #[test]
    fn truncation_is_char_safe() {
        assert_eq!(truncate_chars("Díaz", 10), "Díaz");
        assert_eq!(truncate_chars("ááááá", 3), "áá…");
    }
}
