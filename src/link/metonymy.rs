//! Whether a capital or a seat of government names the government ("Moscow refused", "the
//! Kremlin's plans") or a place ("flights to Moscow", "arrived at the White House", a dateline
//! "CARACAS —"). Decided from the words around the mention in its sentence: a place preposition
//! or a verb of motion before it makes it a place (unless the preposition follows a word for
//! people who speak for a government: "officials in Moscow"), a possessive after it the
//! government; with neither, a capital standing as subject or object acts. Where the document
//! has a parse, the preposition is read from it: the `case` word of the capital or of the first
//! of the capitals it is coordinated with ("flights between Tehran and Caracas", "in both Moscow
//! and Beijing"), wherever it stands.

use crate::document::{Document, Mention};

/// Prepositions after which a capital is where something is or goes.
const PLACE_PREPOSITIONS: &[&str] = &[
    "in", "at", "to", "from", "into", "via", "near", "through", "across", "around", "outside", "inside", "of",
    "within", "throughout", "en", "desde", "hacia", "hasta", "a",
];
/// Nouns for people who speak or act for a government: "officials in Moscow", "the leadership
/// in Caracas", "representatives from Moscow" name the government. Not diplomats or envoys:
/// "diplomats in Havana" are mostly other countries' (the place where they serve).
const GOVERNMENT_NOUNS: &[&str] = &[
    "officials", "official", "leadership", "leaders", "leader", "government", "authorities", "regime", "representatives",
    "partners", "partner", "policymakers", "hardliners", "allies", "sources", "spokesman", "autoridades",
    "gobierno", "funcionarios",
];

/// Nouns of what a government says or gives, after which "from" names who says or gives it:
/// "condemnation from Seoul and Tokyo", "pressure from Washington", "support from Moscow".
const SAID_FROM_NOUNS: &[&str] = &[
    "criticism", "condemnation", "condemnations", "protest", "protests", "pressure", "support", "backing", "praise",
    "warning", "warnings", "response", "reaction", "rebuke", "objections", "demand", "demands", "threats", "aid", "help",
];

/// Whether the word `governing` a capital through `case` makes the capital its government.
fn governs_as_government(governing: &str, case: &str) -> bool {
    GOVERNMENT_NOUNS.contains(&governing) || (case == "from" && SAID_FROM_NOUNS.contains(&governing))
}

/// What a place has as a place: "Tehran's airport", "Caracas's streets", "Moscow's mayor".
const PLACE_PARTS: &[&str] = &[
    "airport", "airports", "port", "harbour", "harbor", "streets", "street", "neighbourhood", "neighborhood", "neighbourhoods",
    "neighborhoods", "suburbs", "outskirts", "centre", "center", "downtown", "mayor", "residents", "metro", "subway", "hotels",
    "hotel", "squares", "square", "skyline", "slums", "barrios", "hospitals", "traffic", "town", "district", "districts",
];
/// Adjectives that may stand between a possessive and a place's part ("Tehran's main airport").
const OWNED_ADJECTIVES: &[&str] = &["main", "old", "international", "new", "busy", "central", "historic", "poor", "northern", "southern", "eastern", "western"];

/// Verbs whose object is a place.
const MOTION_VERBS: &[&str] = &[
    "visit", "visits", "visited", "visiting", "left", "leave", "leaves", "leaving", "reached", "reach", "entered", "enter", "toured",
    "tour", "fled", "flee", "landed", "arrived", "returned", "return", "evacuated",
];

/// Whether mention `m` of a capital or seat names a government acting.
pub fn acts(doc: &Document, m: &Mention) -> bool {
    if let Some(decided) = acts_by_parse(doc, m) {
        return decided;
    }
    let (words, first) = first_word(doc, m);
    let text = doc.text();
    let w = |i: usize| text.slice(words[i].start..words[i].end).to_lowercase();
    let Some(first) = first else { return true };
    let after = words.iter().position(|x| x.start >= m.clean.end).unwrap_or(words.len());
    let next = if after < words.len() { w(after) } else { String::new() };
    if next == "'s" || next == "’s" {
        // "Tehran's airport", "Havana's old town": a place's own parts are of the place.
        let owned = (after + 1..words.len().min(after + 4)).map(w).find(|x| !x.chars().all(char::is_alphabetic) || !OWNED_ADJECTIVES.contains(&x.as_str()));
        return !owned.is_some_and(|x| PLACE_PARTS.contains(&x.as_str()));
    }
    // "BOGOTA —": a dateline.
    let written = text.slice(m.clean.clone());
    if first == 0 && written.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase) && matches!(next.as_str(), "—" | "–" | "-" | "," | ":" | "(") {
        return false;
    }
    let mut p = first;
    if p > 0 && matches!(w(p - 1).as_str(), "the" | "la" | "el") {
        p -= 1;
    }
    if p == 0 {
        return true;
    }
    let prev = w(p - 1);
    // Spanish "a" right after a verb of the past that is no verb of motion is the personal "a"
    // of its object ("acusó a Bruselas", "criticó a Washington"), not where one goes ("viajó a
    // Caracas").
    if prev == "a" && p >= 2 && personal_a_after(&w(p - 2)) {
        return true;
    }
    if PLACE_PREPOSITIONS.contains(&prev.as_str()) {
        return p >= 2 && governs_as_government(&w(p - 2), &prev);
    }
    !MOTION_VERBS.contains(&prev.as_str())
}

/// Spanish verbs of motion in the preterite, after which "a" is where one goes.
const SPANISH_MOTION: &[&str] = &["viajó", "llegó", "voló", "regresó", "volvió", "fue", "vino", "arribó", "retornó", "trasladó", "envió", "mandó", "desplegó", "exportó"];

/// Whether `word`, right before "a", is a Spanish preterite (third person, "-ó") that is no verb
/// of motion or sending.
fn personal_a_after(word: &str) -> bool {
    word.ends_with('ó') && word.chars().count() > 3 && !SPANISH_MOTION.contains(&word)
}

/// From the parse, where the capital (or the first capital it is coordinated with) has a place
/// preposition as its `case` word: a place, unless it modifies a word for people who speak for
/// a government ("officials in Moscow"). `None` where the parse says nothing of it.
fn acts_by_parse(doc: &Document, m: &Mention) -> Option<bool> {
    let parse = doc.parse.as_ref()?;
    let layer = doc.tokens();
    let range = layer.sentences.get(m.sentence)?.clone();
    let words = layer.sentence(m.sentence);
    let text = doc.text();
    let form = |k: usize| words.get(k.checked_sub(range.start)?).map(|w| text.slice(w.start..w.end).to_lowercase());
    let inside: Vec<usize> = range.clone().filter(|&k| form(k).is_some() && words[k - range.start].end > m.clean.start && words[k - range.start].start < m.clean.end).collect();
    // The mention's head word: the one whose head lies outside the mention.
    let mut n = *inside.iter().find(|&&k| parse.words.get(k).and_then(|w| w.head).is_none_or(|h| !inside.contains(&h)))?;
    for _ in 0..4 {
        match parse.words.get(n) {
            Some(w) if w.deprel == "conj" => n = w.head?,
            _ => break,
        }
    }
    let case = range.clone().find(|&k| parse.words.get(k).is_some_and(|w| w.head == Some(n) && w.deprel == "case")).and_then(form)?;
    if !PLACE_PREPOSITIONS.contains(&case.as_str()) && case != "between" {
        return None;
    }
    let head = parse.words.get(n).and_then(|w| w.head);
    let governing = head.and_then(form);
    // "drawing condemnation from Seoul": the phrase hung on the verb of what was said.
    let said_object = head.is_some_and(|g| {
        case == "from" && range.clone().any(|k| parse.words.get(k).is_some_and(|w| w.head == Some(g) && w.deprel == "obj") && form(k).is_some_and(|f| SAID_FROM_NOUNS.contains(&f.as_str())))
    });
    Some(said_object || governing.is_some_and(|g| governs_as_government(&g, &case)))
}

/// The word right before a mention in its sentence, as written.
pub fn word_before(doc: &Document, m: &Mention) -> Option<String> {
    let (words, first) = first_word(doc, m);
    let w = words.get(first?.checked_sub(1)?)?;
    Some(doc.text().slice(w.start..w.end).to_string())
}

/// The word before a mention, past a possessive ending: "Britain" for "Britain's Treasury".
pub fn owner_before(doc: &Document, m: &Mention) -> Option<String> {
    let (words, first) = first_word(doc, m);
    let mut k = first?.checked_sub(1)?;
    let text = |k: usize| words.get(k).map(|w| doc.text().slice(w.start..w.end).to_string());
    if matches!(text(k)?.as_str(), "'s" | "’s" | "'" | "’") {
        k = k.checked_sub(1)?;
    }
    text(k)
}

/// The words of a mention's sentence and the index of the mention's first word among them.
fn first_word<'d>(doc: &'d Document, m: &Mention) -> (&'d [crate::tokens::Word], Option<usize>) {
    let words = doc.tokens().sentence(m.sentence);
    (words, words.iter().position(|x| x.end > m.clean.start))
}
