//! Clean stage: raw article text → clean text, an alignment from every clean char back to the raw
//! text, paragraphs and sentences. Boilerplate (ads, related-article lists, login prompts,
//! newsletter pitches, share and credit lines, author boxes) is dropped by general line- and
//! block-level rules; when a rule is unsure, the text stays.

use std::collections::HashMap;
use std::ops::Range;

use crate::document::{Cleaned, DroppedLine};
use crate::tokens::is_abbreviation;
use crate::text::{fold, CharText};

/// Words in a line at or above which it counts as a real paragraph.
const LONG_PARAGRAPH_WORDS: usize = 40;
/// Lines at or below this many words may be UI chrome.
const SHORT_LINE_WORDS: usize = 15;

/// Phrases of web-page chrome; a short line containing one is dropped.
const UI_PHRASES: &[&str] = &[
    "advertisement", "sponsored content", "log in", "login", "sign in", "sign up", "subscribe",
    "newsletter", "password", "privacy policy", "cookie policy", "cookies", "terms of use",
    "terms of service", "all rights reserved", "share this", "share on", "follow us", "add to collection",
    "no collections", "collections you", "view profile", "download", "export this article",
    "meet our expert", "read more", "continue reading", "print this", "leave a comment", "comments",
    "related articles", "related posts", "related stories", "recommended", "you may also like",
    "most popular", "most read", "skip to content", "back to top", "your account", "my account",
];

/// Phrases of syndication and disclaimer boilerplate, dropped at any length up to a paragraph.
const NOTICE_PHRASES: &[&str] = &[
    "originally appeared on", "originally published", "republished here with permission",
    "republished with permission", "views expressed in this", "do not necessarily reflect",
    "send us an email", "send a short pitch", "get our daily newsletter", "sign up for our newsletter",
    "subscribe to our newsletter", "directly in your mailbox", "directly in your inbox",
];

/// Headings that open a list of links to other articles.
const RELATED_HEADINGS: &[&str] = &[
    "related", "related articles", "related posts", "related stories", "related news", "related content",
    "more stories", "more news", "more from", "read also", "also read", "read next", "recommended",
    "you may also like", "trending", "most popular", "most read", "latest news", "more on this",
];

/// Line starts of credit, source and link lines.
const CREDIT_STARTS: &[&str] = &[
    "image:", "images:", "photo:", "photos:", "credit:", "credits:", "photo credit", "image credit",
    "image courtesy", "photo courtesy", "photo by", "(photo", "source:", "sources:", "click here", "click on", "tags:", "filed under", "share:", "via:",
];

/// Line starts of disclaimers, dropped at any length up to a long paragraph.
const DISCLAIMER_STARTS: &[&str] = &["disclaimer:", "[disclaimer]", "disclaimer -", "editor's note:", "editor’s note:"];

/// Why a line was dropped (written to `documents.csv`).
pub mod reason {
    pub const UI: &str = "ui";
    pub const NOTICE: &str = "notice";
    pub const CREDIT: &str = "credit";
    pub const LINK: &str = "link";
    pub const RELATED: &str = "related";
    pub const REPEATED: &str = "repeated";
    pub const TRAILER: &str = "trailer";
}

struct Line {
    /// Raw char range of the line, without its line break.
    raw: Range<usize>,
    text: String,
    words: usize,
}

fn word_count(s: &str) -> usize {
    s.split_whitespace().count()
}

fn ends_sentence(s: &str) -> bool {
    let t = s.trim_end_matches(|c: char| matches!(c, '"' | '”' | '’' | '\'' | ')' | ']') || c.is_whitespace());
    t.ends_with(['.', '!', '?', '…', ':'])
}

fn contains_phrase(folded: &str, phrase: &str) -> bool {
    // Whole-word containment on folded text.
    folded.match_indices(phrase).any(|(i, _)| {
        let before = folded[..i].chars().next_back();
        let after = folded[i + phrase.len()..].chars().next();
        before.is_none_or(|c| !c.is_alphanumeric()) && after.is_none_or(|c| !c.is_alphanumeric())
    })
}

fn is_url(s: &str) -> bool {
    let t = s.trim();
    !t.contains(' ') && (t.starts_with("http://") || t.starts_with("https://") || t.starts_with("www."))
        || (t.starts_with("http") && t.split_whitespace().count() <= 2)
}

/// The rule, if any, that drops a single line on its own.
fn line_rule(line: &Line) -> Option<&'static str> {
    let t = line.text.trim();
    let lower = t.to_lowercase();
    if is_url(t) {
        return Some(reason::LINK);
    }
    if CREDIT_STARTS.iter().any(|p| lower.starts_with(p)) && line.words <= 60 {
        return Some(if lower.starts_with("click") { reason::LINK } else { reason::CREDIT });
    }
    if DISCLAIMER_STARTS.iter().any(|p| lower.starts_with(p)) && line.words <= 150 {
        return Some(reason::NOTICE);
    }
    let folded = fold(t);
    if line.words <= 80 && NOTICE_PHRASES.iter().any(|p| contains_phrase(&folded, p)) {
        return Some(reason::NOTICE);
    }
    if line.words <= SHORT_LINE_WORDS && UI_PHRASES.iter().any(|p| contains_phrase(&folded, p)) {
        return Some(reason::UI);
    }
    None
}

/// Where a trailing credit ("... in 2018. Image: kremlin.ru / CC BY 4.0") starts inside a line
/// of real content, as a char offset into the line.
fn trailing_credit(text: &str) -> Option<usize> {
    let lower = text.to_lowercase();
    for p in ["image:", "photo:", "image courtesy", "photo courtesy", "photo credit", "credit:", "photo by"] {
        if let Some(b) = lower.rfind(p) {
            let before = lower[..b].trim_end();
            if b > 0 && ends_sentence(before) && text.len() - b <= 160 {
                return Some(text[..b].chars().count());
            }
        }
    }
    None
}

/// Clean a raw text. Never fails: at worst every line is kept.
pub fn clean(raw: &CharText) -> Cleaned {
    let lines = split_lines(raw);
    let mut drop: Vec<Option<&'static str>> = lines.iter().map(line_rule).collect();

    // Repeated template lines: short lines that occur more than once ("Forgot password?").
    let mut seen: HashMap<String, usize> = HashMap::new();
    for l in &lines {
        if l.words > 0 && l.words <= 12 {
            *seen.entry(fold(&l.text)).or_default() += 1;
        }
    }
    for (i, l) in lines.iter().enumerate() {
        if drop[i].is_none() && l.words > 0 && l.words <= 12 && seen.get(&fold(&l.text)).copied().unwrap_or(0) > 1 {
            drop[i] = Some(reason::REPEATED);
        }
    }

    // Related-article blocks: a short heading, then headline-like lines until a real paragraph.
    let mut i = 0;
    while i < lines.len() {
        let folded = fold(&lines[i].text);
        if lines[i].words <= 5 && RELATED_HEADINGS.contains(&folded.as_str()) {
            drop[i] = Some(reason::RELATED);
            let mut j = i + 1;
            while j < lines.len() && lines[j].words < LONG_PARAGRAPH_WORDS {
                if lines[j].words > 0 && drop[j].is_none() {
                    drop[j] = Some(reason::RELATED);
                }
                j += 1;
            }
            i = j;
        } else {
            i += 1;
        }
    }

    // Trailing block: after the last real paragraph, short lines with no sentence punctuation
    // (author boxes, tag lists) go, if at least two of them are there.
    if let Some(last_long) = lines.iter().rposition(|l| l.words >= LONG_PARAGRAPH_WORDS) {
        let tail: Vec<usize> = (last_long + 1..lines.len())
            .filter(|&k| lines[k].words > 0 && drop[k].is_none())
            .collect();
        let chrome: Vec<usize> = tail
            .iter()
            .copied()
            .filter(|&k| lines[k].words <= 8 && !ends_sentence(&lines[k].text))
            .collect();
        if chrome.len() >= 2 {
            for k in chrome {
                drop[k] = Some(reason::TRAILER);
            }
        }
    }

    build(raw, &lines, &drop)
}

fn split_lines(raw: &CharText) -> Vec<Line> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut text = String::new();
    let mut pos = 0;
    let mut chars = raw.as_str().chars().peekable();
    while let Some(c) = chars.next() {
        // A line ends at LF, and at a CR that no LF follows (old Mac files end lines with CR
        // alone); the CR of a CRLF stays on its line, where it is white space.
        if c == '\n' || (c == '\r' && chars.peek() != Some(&'\n')) {
            let words = word_count(&text);
            out.push(Line { raw: start..pos, text: std::mem::take(&mut text), words });
            start = pos + 1;
        } else {
            text.push(c);
        }
        pos += 1;
    }
    let words = word_count(&text);
    out.push(Line { raw: start..pos, text, words });
    out
}

/// Map a raw char to what the clean text holds for it: `None` drops it, `Some(' ')` is a space.
fn normalise_char(c: char) -> Option<char> {
    match c {
        '\u{00AD}' | '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}' => None,
        c if c.is_whitespace() => Some(' '),
        c if c.is_control() => None,
        c => Some(c),
    }
}

/// Builds clean text from the kept lines, with the alignment.
struct Builder {
    text: String,
    raw_start: Vec<u32>,
    raw_len: Vec<u8>,
    pending_space: Option<usize>,
}

impl Builder {
    fn push(&mut self, c: char, raw_pos: usize) {
        use unicode_normalization::char::{compose, is_combining_mark};
        if is_combining_mark(c) {
            if let Some(prev) = self.text.chars().next_back() {
                if let Some(composed) = compose(prev, c) {
                    self.text.pop();
                    self.text.push(composed);
                    if let Some(l) = self.raw_len.last_mut() {
                        *l = l.saturating_add(1);
                    }
                    return;
                }
            }
        }
        if let Some(sp) = self.pending_space.take() {
            if !self.text.is_empty() && !self.text.ends_with([' ', '\n']) {
                self.text.push(' ');
                self.raw_start.push(sp as u32);
                self.raw_len.push(1);
            }
        }
        self.text.push(c);
        self.raw_start.push(raw_pos as u32);
        self.raw_len.push(1);
    }

    fn chars(&self) -> usize {
        self.raw_start.len()
    }
}

fn build(raw: &CharText, lines: &[Line], drop: &[Option<&'static str>]) -> Cleaned {
    let mut b = Builder { text: String::new(), raw_start: Vec::new(), raw_len: Vec::new(), pending_space: None };
    let mut paragraphs: Vec<Range<usize>> = Vec::new();
    let mut dropped = Vec::new();
    let raw_chars: Vec<char> = raw.as_str().chars().collect();
    let mut prev_kept: Option<usize> = None;
    for (i, line) in lines.iter().enumerate() {
        if let Some(r) = drop[i] {
            dropped.push(DroppedLine { line: i + 1, reason: r, chars: line.raw.len() });
            continue;
        }
        if line.words == 0 {
            continue;
        }
        let mut end = line.raw.end;
        if let Some(cut) = trailing_credit(&line.text) {
            end = line.raw.start + cut;
            dropped.push(DroppedLine { line: i + 1, reason: reason::CREDIT, chars: line.raw.end - end });
        }
        // Join a paragraph broken mid-sentence ("He also" / "expanded ...").
        let first_char = line.text.trim_start().chars().next();
        let join = prev_kept.is_some_and(|p| {
            let prev = lines[p].text.trim_end();
            !ends_sentence(prev) && prev.ends_with(|c: char| c.is_lowercase() || c == ',') && first_char.is_some_and(|c| c.is_lowercase())
        });
        if let Some(p) = prev_kept {
            let sep_pos = lines[p].raw.end; // the raw '\n' after the previous kept line
            if join {
                b.pending_space = Some(sep_pos);
            } else {
                b.pending_space = None;
                if let Some(last) = paragraphs.last_mut() {
                    last.end = b.chars();
                }
                b.text.push('\n');
                b.raw_start.push(sep_pos as u32);
                b.raw_len.push(1);
                b.text.push('\n');
                b.raw_start.push(sep_pos as u32);
                b.raw_len.push(1);
            }
        }
        if !join {
            paragraphs.push(b.chars()..b.chars());
        }
        let mut started = false;
        for pos in line.raw.start..end {
            match normalise_char(raw_chars[pos]) {
                None => {}
                Some(' ') => {
                    if started {
                        b.pending_space = Some(pos);
                    }
                }
                Some(c) => {
                    started = true;
                    b.push(c, pos);
                }
            }
        }
        b.pending_space = None;
        if let Some(last) = paragraphs.last_mut() {
            last.end = b.chars();
        }
        prev_kept = Some(i);
    }
    let text = CharText::new(b.text);
    let sentences: Vec<Range<usize>> = paragraphs.iter().flat_map(|p| split_sentences(&text, p.clone())).collect();
    let tokens = crate::tokens::TokenLayer::build(&text, &sentences);
    let language = detect_language(text.as_str());
    Cleaned { text, raw_start: b.raw_start, raw_len: b.raw_len, sentences, paragraphs, dropped, tokens, language }
}

fn is_closing(c: char) -> bool {
    matches!(c, '"' | '”' | '’' | '\'' | ')' | ']' | '»')
}

fn is_opening(c: char) -> bool {
    matches!(c, '"' | '“' | '‘' | '\'' | '(' | '[' | '«' | '¿' | '¡')
}

/// The language of a text, when `whatlang` can tell it reliably (ISO 639-3: "eng", "spa");
/// a text too short for it (a headline: "Rusia envió ayuda a Venezuela y Cuba") is English or
/// Spanish, the languages the coders read, by its function words and accents, where they
/// tell. So is a short text `whatlang` takes for a third language its English function words
/// contradict ("Mexico's president, Claudia Sheinbaum, rejected a US proposal to deploy American
/// troops against drug cartels on Mexican soil" read as Catalan, reliably): names of people and
/// places weigh much in a sentence, function words do not lie. Only the first 20,000 bytes are
/// read: enough for an article, bounded for a dump.
pub fn detect_language(text: &str) -> Option<&'static str> {
    let mut end = text.len().min(20_000);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let head = &text[..end];
    let words = english_or_spanish(head);
    match whatlang::detect(head).filter(|i| i.is_reliable()).map(|i| i.lang().code()) {
        Some(code) if matches!(code, "eng" | "spa") => Some(code),
        // (Toward English only: Spanish function words are also Catalan, Galician, Portuguese.)
        // A short one with any English function word and no Spanish one is English too ("Two
        // Russian bombers landed at Maiquetia airport near Caracas", read as Indonesian).
        Some(other) => words.filter(|w| *w == "eng").or_else(|| leans_english(head).then_some("eng")).or(Some(other)),
        None => words,
    }
}

/// Function words of one language and not the other.
const ENGLISH_ONLY: &[&str] = &["the", "of", "and", "to", "in", "is", "was", "that", "for", "with", "on", "as", "by", "at", "from", "his", "her", "has", "have", "its", "will", "after", "over"];
const SPANISH_ONLY: &[&str] = &["de", "la", "el", "los", "las", "y", "en", "que", "del", "con", "por", "para", "se", "su", "sus", "una", "un", "al", "es", "lo", "como", "tras", "ante", "sobre"];

/// The counts of English-only function words, of Spanish-only ones and of Spanish accents (and
/// opening marks) in a text.
fn function_words(text: &str) -> (usize, usize, usize) {
    let words: Vec<String> = text.split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty()).map(str::to_lowercase).collect();
    let english = words.iter().filter(|w| ENGLISH_ONLY.contains(&w.as_str())).count();
    let spanish = words.iter().filter(|w| SPANISH_ONLY.contains(&w.as_str())).count();
    let accents = text.chars().filter(|c| matches!(c, 'á' | 'é' | 'í' | 'ó' | 'ú' | 'ñ' | '¿' | '¡')).count();
    (english, spanish, accents)
}

/// A short text (under 200 bytes) with an English function word and no Spanish one or accent.
fn leans_english(text: &str) -> bool {
    let (english, spanish, accents) = function_words(text);
    text.len() < 200 && english > 0 && spanish == 0 && accents == 0
}

fn english_or_spanish(text: &str) -> Option<&'static str> {
    let (english, spanish, accents) = function_words(text);
    let spanish = spanish + accents.min(2);
    match spanish.cmp(&english) {
        std::cmp::Ordering::Greater if spanish >= 2 => Some("spa"),
        std::cmp::Ordering::Less if english >= 2 => Some("eng"),
        _ => None,
    }
}

/// The ISO 639-3 code of a language named by an input ("es", "spa", "Spanish", "español"),
/// if it is one `whatlang` knows.
pub fn language_code(name: &str) -> Option<&'static str> {
    let n = name.trim().to_lowercase();
    // A region after the language ("es-VE", "en_US") is left off.
    let base = n.split(['-', '_']).next().unwrap_or("");
    let two = [("en", "eng"), ("es", "spa"), ("pt", "por"), ("fr", "fra"), ("de", "deu"), ("it", "ita"), ("ru", "rus"), ("zh", "cmn"), ("ar", "arb"), ("fa", "pes")];
    let named = [("english", "eng"), ("spanish", "spa"), ("español", "spa"), ("espanol", "spa"), ("castellano", "spa"), ("inglés", "eng")];
    let code = two.iter().chain(&named).find(|(k, _)| *k == base).map_or(base, |&(_, c)| c);
    whatlang::Lang::from_code(code).map(|l| l.code())
}

/// Sentence ranges (clean chars) inside one paragraph. A boundary is sentence punctuation, any
/// closing quotes or brackets, a space, then a capital, digit or opening quote, unless the
/// word before the period is an abbreviation or an initial.
pub fn split_sentences(text: &CharText, para: Range<usize>) -> Vec<Range<usize>> {
    let chars: Vec<char> = text.slice(para.clone()).chars().collect();
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let is_end = matches!(c, '.' | '!' | '?' | '…');
        if !is_end {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        while j < chars.len() && (matches!(chars[j], '.' | '!' | '?' | '…') || is_closing(chars[j])) {
            j += 1;
        }
        if j >= chars.len() || chars[j] != ' ' {
            i = j.max(i + 1);
            continue;
        }
        let next = chars.get(j + 1).copied();
        let next_ok = next.is_some_and(|n| n.is_uppercase() || n.is_ascii_digit() || is_opening(n));
        if c == '.' && j == i + 1 {
            // The word before the period.
            let mut w = i;
            while w > start && !chars[w - 1].is_whitespace() && !is_opening(chars[w - 1]) {
                w -= 1;
            }
            if is_abbreviation(&chars[w..i]) {
                i = j;
                continue;
            }
        }
        if next_ok {
            out.push(trim(&chars, start, j, para.start));
            start = j + 1;
        }
        i = j;
    }
    if start < chars.len() {
        out.push(trim(&chars, start, chars.len(), para.start));
    }
    out.retain(|r: &Range<usize>| !r.is_empty());
    out
}

fn trim(chars: &[char], mut s: usize, mut e: usize, base: usize) -> Range<usize> {
    while s < e && chars[s].is_whitespace() {
        s += 1;
    }
    while e > s && chars[e - 1].is_whitespace() {
        e -= 1;
    }
    base + s..base + e
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_headline_too_short_to_detect_is_told_by_its_function_words() {
        assert_eq!(super::detect_language("Rusia envió ayuda a Venezuela y Cuba"), Some("spa"));
        assert_eq!(super::detect_language("Russia sends aid to Venezuela and Cuba"), Some("eng"));
        // Names alone tell nothing.
        assert_eq!(super::detect_language("Maduro, Putin"), None);
        // A sentence of names `whatlang` takes for Catalan is English by its function words;
        // a Catalan one stays Catalan.
        let english = "Mexico's president, Claudia Sheinbaum, rejected a US proposal to deploy American troops against drug cartels on Mexican soil.";
        assert_eq!(super::detect_language(english), Some("eng"));
        let catalan = "El govern de Catalunya ha aprovat avui els pressupostos per a l'any vinent amb el suport dels grups parlamentaris.";
        assert_eq!(super::detect_language(catalan), Some("cat"));
        // One English function word among names, none Spanish: English.
        assert_eq!(super::detect_language("Two Russian bombers landed at Maiquetia airport near Caracas."), Some("eng"));
    }

    use super::*;

    #[test]
    fn an_input_names_its_language_by_code_name_or_region() {
        for name in ["es", "ES", "spa", "es-VE", "es_ES", "Spanish", "español"] {
            assert_eq!(language_code(name), Some("spa"), "{name}");
        }
        assert_eq!(language_code("en-US"), Some("eng"));
        assert_eq!(language_code("pt"), Some("por"));
        assert_eq!(language_code("klingon"), None);
    }

    fn cleaned(s: &str) -> Cleaned {
        clean(&CharText::new(s.to_string()))
    }

    const PARA: &str = "The foreign minister of the country travelled to the capital on Monday to meet his counterpart, and the two men signed a series of agreements on energy, defence and trade that officials said would last for at least a decade, according to state media.";

    #[test]
    fn drops_ui_lines_and_keeps_content() {
        let raw = format!("Headline About The Visit\n\n- Advertisement -\n\n{PARA}\n\nLog In\n\nForgot password?\n\n{PARA}");
        let c = cleaned(&raw);
        let t = c.text.as_str();
        assert!(t.starts_with("Headline About The Visit\n\n"));
        assert!(!t.contains("Advertisement"));
        assert!(!t.contains("Log In") && !t.contains("password"));
        assert_eq!(t.matches("foreign minister").count(), 2);
        assert!(c.dropped.iter().any(|d| d.reason == reason::UI));
    }

    #[test]
    fn lines_end_at_cr_alone_as_at_lf_and_crlf() {
        for nl in ["\n", "\r\n", "\r"] {
            let raw = format!("Headline About The Visit{nl}{nl}- Advertisement -{nl}{nl}{PARA}{nl}{nl}Log In{nl}{nl}{PARA}");
            let c = cleaned(&raw);
            let t = c.text.as_str();
            assert!(!t.contains("Advertisement") && !t.contains("Log In"), "{nl:?}: {t}");
            assert_eq!(t.matches("foreign minister").count(), 2, "{nl:?}");
            assert_eq!(c.paragraphs.len(), 3, "{nl:?}: {:?}", c.paragraphs);
            // Offsets still lead back to the raw text.
            let at = t.find("foreign").unwrap();
            let start = t[..at].chars().count();
            let raw_span = c.raw_span(start..start + 7);
            assert_eq!(raw.chars().skip(raw_span.start).take(7).collect::<String>(), "foreign");
        }
    }

    #[test]
    fn drops_related_block_until_real_paragraph() {
        let raw = format!("{PARA}\n\nRelated Articles\n\nMinister resigns over scandal\n\nFRONTIER - The minister of...\n\nStorm hits coast\n\n{PARA}");
        let c = cleaned(&raw);
        assert!(!c.text.as_str().contains("Minister resigns"));
        assert!(!c.text.as_str().contains("Storm"));
        assert_eq!(c.text.as_str().matches("foreign minister").count(), 2);
        assert_eq!(c.dropped.iter().filter(|d| d.reason == reason::RELATED).count(), 4);
    }

    #[test]
    fn drops_credit_link_and_trailer_lines() {
        let raw = format!("{PARA}\n\nClick here to read more reports\n\nSource:\n\nhttps://example.org/a/b\n\n{PARA}\n\nWRITTEN BY\n\nJane Roe\n\nSenior Fellow\n\nView profile");
        let c = cleaned(&raw);
        let t = c.text.as_str();
        assert!(!t.contains("Click here") && !t.contains("Source") && !t.contains("https"));
        assert!(!t.contains("WRITTEN BY") && !t.contains("Jane Roe"));
        assert!(t.ends_with("state media."));
    }

    #[test]
    fn drops_long_disclaimers() {
        let disclaimer = format!("Disclaimer: {}", "we source some reports from state media and exclude opinion pieces of any kind. ".repeat(8));
        let c = cleaned(&format!("{PARA}\n\n{disclaimer}"));
        assert!(!c.text.as_str().contains("Disclaimer"));
        assert!(c.dropped.iter().any(|d| d.reason == reason::NOTICE));
    }

    #[test]
    fn strips_trailing_image_credit_but_keeps_caption() {
        let c = cleaned("Partners: President Nicolás Maduro in 2018. Image: kremlin.ru / CC BY 4.0");
        assert_eq!(c.text.as_str(), "Partners: President Nicolás Maduro in 2018.");
    }

    #[test]
    fn alignment_maps_back_to_raw_after_whitespace_changes_and_joins() {
        let raw = "  Presidente\u{00A0}Nicolás   Maduro met him. He also\n\nexpanded ties with Díaz\u{00AD}-Canel.";
        let rt = CharText::new(raw.to_string());
        let c = clean(&rt);
        assert_eq!(c.text.as_str(), "Presidente Nicolás Maduro met him. He also expanded ties with Díaz-Canel.");
        let find = |s: &str| {
            let b = c.text.as_str().find(s).unwrap();
            let start = c.text.char_offset(b);
            start..start + s.chars().count()
        };
        let m = c.raw_span(find("Nicolás   Maduro".replace("   ", " ").as_str()));
        assert_eq!(rt.slice(m), "Nicolás   Maduro");
        let d = c.raw_span(find("Díaz-Canel"));
        assert_eq!(rt.slice(d), "Díaz\u{00AD}-Canel");
        let e = c.raw_span(find("expanded"));
        assert_eq!(rt.slice(e), "expanded");
        // Decomposed accents are composed (NFC) and still map to both raw chars.
        let raw2 = "Nicola\u{0301}s";
        let rt2 = CharText::new(raw2.to_string());
        let c2 = clean(&rt2);
        assert_eq!(c2.text.as_str(), "Nicolás");
        assert_eq!(rt2.slice(c2.raw_span(0..7)), raw2);
    }

    #[test]
    fn sentence_splitting_survives_abbreviations_initials_quotes() {
        let text = "Gen. Vladimir Padrino met U.S. officials on Feb. 23 in No. 10. Joseph M. Humire said so… Then he left. “We must act,” he said. “Now!” (It worked.) The end";
        let t = CharText::new(text.to_string());
        let s: Vec<&str> = split_sentences(&t, 0..t.char_len()).into_iter().map(|r| t.slice(r)).collect();
        assert_eq!(
            s,
            vec![
                "Gen. Vladimir Padrino met U.S. officials on Feb. 23 in No. 10.",
                "Joseph M. Humire said so…",
                "Then he left.",
                "“We must act,” he said.",
                "“Now!”",
                "(It worked.)",
                "The end"
            ]
        );
    }
}
