//! "The government", "the regime", "the armed forces": a page about one country names its
//! government and its organs by description more often than by name ("talks between the
//! government and the opposition", "called on the armed forces to abandon Maduro").
//! Where the linked mentions of a document name one country at least twice as often as any other, such a
//! description (the noun right after "the"/"el", not owned by an "of" phrase of its own, not
//! inside a mention) is that country, linked as a coreference. Decided after every other link,
//! from them; the words are data below, per language.

use crate::document::{Document, Link, LinkMethod, Mention, MentionSource};
use crate::link::registry::Registry;

/// Descriptions after "the" that name a state or one of its organs: (words, whether a military
/// one). English only: the Spanish coder reads word order, and with "el régimen" an actor it
/// took it for the subject of the next verb ("... entre la oposición y el régimen, y recibió a
/// Díaz-Canel").
const DESCRIPTIONS: &[(&[&str], bool)] = &[
    (&["government"], false),
    (&["regime"], false),
    (&["supreme", "court"], false),
    (&["armed", "forces"], true),
    (&["military"], true),
    (&["army"], true),
];

/// The actor a description names in `country`: for a military one, the registry's actor of that
/// country's military (CAMEO code country + `MIL`: "the armed forces" of a page on Venezuela is
/// the FANB) where there is one, else the country.
fn described<'a>(registry: &'a Registry, country: &'a str, military: bool) -> &'a str {
    let code = format!("{country}MIL");
    let forces = registry.actors.iter().find(|a| military && a.country == country && a.kind != "person" && a.cameo == code);
    forces.map_or(country, |a| a.id.as_str())
}

/// How many of the links name each country: a country itself, or an actor of one.
pub fn countries_named<'r, 'l>(registry: &'r Registry, links: impl IntoIterator<Item = &'l Link>) -> std::collections::BTreeMap<&'r str, usize> {
    let mut counts = std::collections::BTreeMap::new();
    for l in links {
        let Some(a) = registry.get(&l.actor_id) else { continue };
        let country = if a.kind == "country" { a.id.as_str() } else { a.country.as_str() };
        if !country.is_empty() {
            *counts.entry(country).or_default() += 1;
        }
    }
    counts
}

/// The country the document's links name most, if it is named at least twice and at least
/// twice as often as any other (a page about several countries has no "the government").
fn main_country<'a>(registry: &'a Registry, links: &[Link]) -> Option<&'a str> {
    let mut ranked: Vec<(usize, &str)> = countries_named(registry, links).into_iter().map(|(c, n)| (n, c)).collect();
    ranked.sort_by(|a, b| b.cmp(a));
    match ranked.as_slice() {
        [(n, c), rest @ ..] if *n >= 2 && rest.first().is_none_or(|r| 2 * r.0 <= *n) => Some(c),
        _ => None,
    }
}

/// The descriptions of the document's main country's government, with their links.
pub fn find(doc: &Document, registry: &Registry, links: &[Link]) -> Vec<(Mention, Link)> {
    let Some(country) = main_country(registry, links) else { return Vec::new() };
    let text = doc.text();
    let layer = doc.tokens();
    let mut out = Vec::new();
    for si in 0..layer.sentences.len() {
        let words = layer.sentence(si);
        let lower: Vec<String> = words.iter().map(|w| text.slice(w.start..w.end).to_lowercase()).collect();
        for k in 1..words.len() {
            if lower.get(k - 1).is_none_or(|d| d != "the") {
                continue;
            }
            let Some(&(names, military)) = DESCRIPTIONS.iter().find(|(names, _)| lower.get(k..k + names.len()).is_some_and(|w| w.iter().zip(names.iter()).all(|(a, b)| a == b))) else { continue };
            let (Some(first), Some(last)) = (words.get(k), words.get(k + names.len() - 1)) else { continue };
            let span = first.start..last.end;
            // "the military" as a noun, not "the military exercises" (where there is a parse).
            let at = layer.sentences.get(si).map_or(0, |r| r.start) + k + names.len() - 1;
            if doc.parse.as_ref().and_then(|p| p.words.get(at)).is_some_and(|w| !matches!(w.upos.as_str(), "NOUN" | "PROPN")) {
                continue;
            }
            // "the government of Colombia" names its own; "the government's" is fine.
            if lower.get(k + names.len()).is_some_and(|w| matches!(w.as_str(), "of" | "de" | "del")) {
                continue;
            }
            if doc.mentions.iter().any(|m| m.clean.start < span.end && span.start < m.clean.end) {
                continue;
            }
            let raw = doc.raw_span(span.clone());
            let mention = Mention { text: doc.raw.slice(raw.clone()).to_string(), clean: span, raw, label: "ORG".into(), score: 1.0, sentence: si, source: MentionSource::Description };
            out.push((mention, Link { actor_id: described(registry, country, military).to_string(), method: LinkMethod::Coref, score: 0.6 }));
        }
    }
    out
}
