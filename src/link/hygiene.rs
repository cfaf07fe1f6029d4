//! Which unlinked mentions are not actors at all, so they never become provisional actors:
//! figures and money ("US$28b", "A$1.61"), dates and times ("Reading Time:2"), words in lower
//! case ("natch"), bylines and photo credits ("Getty Images" in a credit line), adjectives and
//! other MISC names that are no one ("Marxist", "Cold War", "Sputnik V"), fragments of job
//! titles ("Minister of Interior"), spans cut short ("Juntos por"), generic phrases ("Human
//! Rights", "Armed Forces") and names in a page's furniture ("Why you can trust DW"). Such a mention stays in mentions.csv, with no actor and the
//! reason as its link method, and is counted in run.json; it is never silently lost.

use crate::document::{Document, Mention, NotActor};

const MONTHS: &[&str] = &[
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
];
/// Words that open a credit or byline line.
const CREDIT_WORDS: &[&str] = &["photo", "photos", "image", "images", "credit", "credits", "getty", "©", "by", "source", "caption", "foto"];
const CREDIT_NAMES: &[&str] = &["getty images", "getty", "flickr", "shutterstock", "ap photo", "afp", "reuters", "efe", "alamy", "wikimedia commons"];
/// Words of job titles that the model sometimes tags alone.
const TITLE_WORDS: &[&str] = &[
    "minister", "ministry", "secretary", "director", "president", "vice", "deputy", "affairs", "council", "head", "chief",
    "department",
];
const DIRECTIONS: &[&str] = &["eastern", "western", "northern", "southern", "central", "east", "west", "north", "south"];
const FUNCTION_WORDS: &[&str] = &["of", "for", "and", "the", "a", "an", "de", "del", "por", "para", "y", "la", "el", "in", "on", "to"];
const LEADING_PREPOSITIONS: &[&str] = &["across", "in", "on", "at", "from", "into", "during", "after", "before", "with", "under", "over"];
const TITLE_ALONE: &[&str] = &["elect", "comandante", "president", "general", "interior", "industries", "senator", "minister", "excellency"];

/// Lines of a page's furniture, by how they open: "Why you can trust DW", "Subscribe to ...":
/// a name in them is the publisher's, no actor of the story.
const BOILERPLATE_OPENERS: &[&str] = &[
    "why you can trust", "subscribe to", "sign up", "follow us", "read more", "read also", "related:", "copyright", "all rights reserved",
    "click here", "share this", "download the", "suscríbete", "síguenos", "lea también", "lee también",
];
/// Phrases written in capitals that name no one in particular: causes, fields and the generic
/// word for a country's forces ("the Armed Forces", "Human Rights groups").
const GENERIC: &[&str] = &[
    "human rights", "armed forces", "civil society", "rule of law", "state", "government", "state and government", "heads of state",
    "international community", "free trade", "national security", "foreign policy", "foreign affairs", "defense", "defence",
    "democracy", "opposition", "the opposition", "derechos humanos", "fuerzas armadas", "sociedad civil",
];

/// Name particles written in lower case at a name's end ("Abu Bakr al-Baghdadi" has its own
/// hyphen; these stand alone).
const PARTICLES: &[&str] = &["de", "del", "da", "do", "dos", "das", "di", "van", "von", "der", "den", "bin", "ibn", "al", "el", "la", "le", "y"];

/// Whether a span of several words runs on past a name into a word in lower case ("Gondor
/// wire", "Romendacil ca"): the model's span is longer than the name.
pub fn runs_on(text: &str) -> bool {
    let text = text.trim();
    let Some((_, last)) = text.rsplit_once(' ') else { return false };
    // A function word at the end is a span cut short instead ("Community of Latin American and").
    last.len() >= 2 && last.chars().all(|c| c.is_lowercase()) && !PARTICLES.contains(&last) && !FUNCTION_WORDS.contains(&last)
}

/// Why mention `m` (left unlinked by the registry) is no actor, if it is none.
pub fn not_an_actor(doc: &Document, m: &Mention) -> Option<NotActor> {
    let text = m.text.trim();
    let lower = text.to_lowercase();
    let letters = text.chars().filter(|c| c.is_alphabetic()).count();
    let digits = text.chars().filter(|c| c.is_ascii_digit()).count();
    if text.chars().any(|c| matches!(c, '$' | '€' | '£' | '¥')) || (digits > 0 && lower.contains("usd")) {
        return Some(NotActor::Money);
    }
    if digits > 0 && (letters < 3 || text.contains(':')) {
        return Some(NotActor::Figure);
    }
    if MONTHS.contains(&lower.as_str()) {
        return Some(NotActor::Date);
    }
    if text.chars().next().is_some_and(|c| c.is_lowercase()) {
        return Some(NotActor::LowerCase);
    }
    if m.label == "MISC" {
        return Some(NotActor::Misc);
    }
    // "Gorbachev-and-Yeltsin-induced", "Eastern": adjectives.
    if text.rsplit(['-', ' ']).next().is_some_and(|last| last.chars().all(char::is_lowercase) && last.ends_with("ed") && text.contains('-'))
        || DIRECTIONS.contains(&lower.as_str())
    {
        return Some(NotActor::Misc);
    }
    // A span cut short or run on: it ends on a function word ("Juntos por", "Center for") or
    // on a word in lower case ("Gondor wire" of "Gondor wire tapped"), or starts with a
    // preposition ("Across the Atlantic").
    let first_word = lower.split(' ').next().unwrap_or("");
    let last_word = lower.rsplit(' ').next().unwrap_or("");
    if LEADING_PREPOSITIONS.contains(&first_word) || (text.contains(' ') && (FUNCTION_WORDS.contains(&last_word) || runs_on(text))) {
        return Some(NotActor::Fragment);
    }
    // "Armed Forces and Human Rights groups": generic phrases, alone or joined.
    if lower.split(" and ").all(|part| GENERIC.contains(&part.trim())) {
        return Some(NotActor::Generic);
    }
    // Bylines and credits: short lines that open with a credit word, or a photo agency.
    let layer = doc.tokens();
    let words = layer.sentence(m.sentence);
    let clean = doc.text();
    let sentence = clean.slice(sentence_span(doc, m.sentence)).to_lowercase();
    if BOILERPLATE_OPENERS.iter().any(|o| sentence.trim_start().starts_with(o)) {
        return Some(NotActor::Credit);
    }
    let first = words.first().map(|w| clean.slice(w.start..w.end).to_lowercase()).unwrap_or_default();
    if words.len() <= 15 && (CREDIT_WORDS.contains(&first.as_str()) || CREDIT_NAMES.contains(&lower.as_str())) {
        return Some(NotActor::Credit);
    }
    if CREDIT_NAMES.contains(&lower.as_str()) && sentence.contains("photo") {
        return Some(NotActor::Credit);
    }
    // Fragments of titles: "Interior" of "Minister of Interior", "Elect" of "President Elect".
    let single = !text.contains(' ');
    if single && TITLE_ALONE.contains(&lower.as_str()) {
        return Some(NotActor::Title);
    }
    if let Some(at) = words.iter().position(|w| w.start >= m.clean.start) {
        let before = |k: usize| at.checked_sub(k).map(|i| clean.slice(words[i].start..words[i].end).to_lowercase()).unwrap_or_default();
        if matches!(before(1).as_str(), "of" | "for") && TITLE_WORDS.contains(&before(2).as_str()) && m.label != "LOC" {
            return Some(NotActor::Title);
        }
    }
    None
}

fn sentence_span(doc: &Document, s: usize) -> std::ops::Range<usize> {
    doc.sentences().get(s).cloned().unwrap_or(0..0)
}
