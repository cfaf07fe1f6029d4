//! Link stage: ties each mention to a canonical actor. As in spaCy's entity linker, candidate
//! generation ([`candidates`]: alias index lookups, in-document coreference, fuzzy names) is kept
//! apart from disambiguation ([`disambiguate`]: NER label vs actor kind, document context, the
//! registry's notes and priors). Mentions no actor claims become provisional actors with stable
//! ids, never dropped.

pub mod candidates;
pub mod definitions;
pub mod descriptions;
pub mod disambiguate;
pub mod hygiene;
pub mod metonymy;
pub mod petrarch;
pub mod registry;

use std::collections::HashSet;

use crate::document::{Document, Link, LinkMethod, Mention, MentionSource, NotActor};
use crate::text::fold;
pub use candidates::{AliasIndex, Candidate};
pub use registry::{Actor, Registry};

/// Id of a provisional actor: `prov:` and the folded name, stable across runs.
pub fn provisional_id(name: &str) -> String {
    let f = fold(strip_mention(name));
    let slug: String = f.chars().map(|c| if c.is_alphanumeric() { c } else { '-' }).collect();
    format!("prov:{}", slug.trim_matches('-'))
}

/// Abbreviated titles the model sometimes keeps inside a person's span ("Gen. Angiollilo
/// Fernández"). Only dotted forms: whole words such as "General" also begin names of bodies
/// ("General Assembly").
const TITLES: &[&str] = &[
    "Gen.", "Lt.", "Col.", "Maj.", "Capt.", "Cpt.", "Adm.", "Sgt.", "Cmdr.", "Brig.", "Dr.", "Mr.", "Mrs.", "Ms.", "Sen.", "Rep.", "Gov.",
    "Pres.", "Amb.", "Prof.", "Rev.", "Hon.", "Sr.", "Sra.",
];

/// A name without its leading abbreviated titles. Titles may stack ("Lt. Gen."); each must be
/// followed by a capitalised word, so "Dr. no" stays as it is.
pub fn strip_title(s: &str) -> &str {
    let mut t = s.trim();
    while let Some(rest) = TITLES.iter().find_map(|title| t.strip_prefix(title).and_then(|r| r.strip_prefix(' '))) {
        if !rest.trim_start().chars().next().is_some_and(char::is_uppercase) {
            break;
        }
        t = rest.trim_start();
    }
    t
}

/// A mention's text without a leading "the", a leading abbreviated title and a trailing
/// possessive: the part that names the actor.
pub fn strip_mention(s: &str) -> &str {
    let mut t = s.trim();
    for the in ["the ", "The ", "THE "] {
        if let Some(r) = t.strip_prefix(the) {
            t = r;
        }
    }
    t = strip_title(t);
    for pos in ["'s", "’s", "'", "’"] {
        if let Some(r) = t.strip_suffix(pos) {
            t = r;
            break;
        }
    }
    t.trim()
}

/// Whether a word of the text starts with a capital letter (only such words can be names to the
/// registry scan).
fn capitalised(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

/// A mention the registry scan found at clean range `clean` of sentence `sentence`.
fn registry_mention(doc: &Document, clean: std::ops::Range<usize>, sentence: usize, label: &str) -> Mention {
    let raw = doc.raw_span(clean.clone());
    Mention { text: doc.raw.slice(raw.clone()).to_string(), clean, raw, label: label.to_string(), score: 1.0, sentence, source: MentionSource::Registry }
}

/// NER label that a registry kind stands for, for dictionary mentions.
pub fn label_for_kind(kind: &str, via_demonym: bool) -> &'static str {
    if via_demonym {
        return "MISC";
    }
    match kind {
        "person" => "PER",
        "country" | "place" => "LOC",
        "organization" | "group" => "ORG",
        _ => "MISC",
    }
}

/// The linker: a registry with its alias index, built once and shared across threads.
pub struct Linker {
    pub registry: Registry,
    pub index: AliasIndex,
}

impl Linker {
    pub fn new(registry: Registry) -> Self {
        let index = AliasIndex::build(&registry);
        Linker { registry, index }
    }

    /// Adds dictionary mentions the model missed, then a link for every mention.
    pub fn link(&self, doc: &mut Document) {
        let (extra, covering) = self.dictionary_mentions(doc);
        doc.mentions.extend(extra);
        let defs = definitions::find(doc);
        let extra = definitions::mentions(doc, &defs);
        doc.mentions.extend(extra);
        let mut links = self.link_mentions(doc, &covering);
        // A defined abbreviation is its full name's actor throughout the document.
        for d in &defs {
            let Some(full) = links.get(d.full).filter(|l| l.is_actor()).cloned() else { continue };
            for (i, m) in doc.mentions.iter().enumerate() {
                if strip_mention(&m.text) == d.abbreviation && i != d.full {
                    links[i] = Link { actor_id: full.actor_id.clone(), method: LinkMethod::Acronym, score: 0.9 };
                }
            }
        }
        implied_acronyms(doc, &mut links);
        // "the government", "the regime" of a page about one country.
        for (m, l) in descriptions::find(doc, &self.registry, &links) {
            doc.mentions.push(m);
            links.push(l);
        }
        doc.links = links;
    }

    /// One actor, one id in a document: a mention the disambiguation left unlinked takes a
    /// candidate another mention of the document links to ("GNB", tagged as a person, where the
    /// Bolivarian National Guard is named); a bare body's name ("the National Assembly") is the
    /// body of the country the document names most, where one does.
    fn one_actor_one_id(&self, doc: &Document, direct: &[Vec<Candidate>], links: &mut [Option<Link>]) {
        let linked: HashSet<String> = links.iter().flatten().map(|l| l.actor_id.clone()).collect();
        let mut countries = descriptions::countries_named(&self.registry, links.iter().flatten());
        // A name no actor claims that opens with a demonym ("the Venezuelan Association of
        // Independent Exporters") names its country too.
        for (m, _) in doc.mentions.iter().zip(links.iter()).filter(|(_, l)| l.is_none()) {
            let first = strip_mention(&m.text).split(' ').next().unwrap_or("");
            let Some(c) = self.index.lookup_demonym(first) else { continue };
            let a = &self.registry.actors[c.actor];
            if a.kind == "country" {
                *countries.entry(a.id.as_str()).or_default() += 1;
            }
        }
        for (i, m) in doc.mentions.iter().enumerate() {
            if links[i].is_some() {
                continue;
            }
            if let Some(c) = direct[i].iter().find(|c| linked.contains(&self.registry.actors[c.actor].id)) {
                links[i] = Some(Link { actor_id: self.registry.actors[c.actor].id.clone(), method: c.method, score: c.score * 0.8 });
                continue;
            }
            if m.label == "PER" {
                continue;
            }
            let mut bodies: Vec<(usize, &str)> = self
                .index
                .bodies(&m.text)
                .iter()
                .map(|&a| (countries.get(self.registry.actors[a].country.as_str()).copied().unwrap_or(0), self.registry.actors[a].id.as_str()))
                .filter(|&(n, _)| n > 0)
                .collect();
            bodies.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(b.1)));
            match bodies.as_slice() {
                [(n, id), rest @ ..] if rest.first().is_none_or(|r| r.0 < *n) => {
                    links[i] = Some(Link { actor_id: id.to_string(), method: LinkMethod::Alias, score: 0.7 });
                }
                _ => {}
            }
        }
    }

    /// Registry names found in the clean text that no model mention covers. Only words that start
    /// with a capital match (so "us" is never the US, and "turkey" is a bird). Also returns the
    /// registry names that wholly contain model mentions (the model tagged "Center for a" of
    /// "Center for a Secure Free Society"): those mentions may take that actor.
    fn dictionary_mentions(&self, doc: &Document) -> (Vec<Mention>, Vec<(std::ops::Range<usize>, Candidate)>) {
        let mut covering = Vec::new();
        let text = doc.text();
        // A model span that runs on past a name ("Gondor wire") leaves the name to this scan.
        let mut taken: Vec<(usize, usize)> = doc.mentions.iter().filter(|m| !hygiene::runs_on(&m.text)).map(|m| (m.clean.start, m.clean.end)).collect();
        taken.sort();
        let overlaps = |s: usize, e: usize, taken: &[(usize, usize)]| taken.iter().any(|&(a, b)| s < b && a < e);
        let layer = doc.tokens();
        let mut out = Vec::new();
        // People named in full somewhere in the document: their surname alone then names them
        // too (the model may miss it, and reads no Spanish text at all).
        let mut named_in_full: HashSet<usize> = HashSet::new();
        for si in 0..layer.sentences.len() {
            let words = layer.sentence(si);
            let strs: Vec<&str> = words.iter().map(|w| text.slice(w.start..w.end)).collect();
            let mut i = 0;
            while i < words.len() {
                let mut matched = 0;
                if capitalised(strs[i]) {
                    for n in (1..=self.index.max_words.min(words.len() - i)).rev() {
                        let last = strs[i + n - 1];
                        if !last.chars().next().is_some_and(|c| c.is_alphanumeric()) {
                            continue;
                        }
                        let (s, e) = (words[i].start, words[i + n - 1].end);
                        let surface = text.slice(s..e);
                        // With no model to find names, one word followed by another capitalised
                        // word is part of a longer name ("la II Reunión Ministerial" is no Réunion).
                        let in_longer_name = n == 1
                            && doc.model_read == Some(false)
                            && strs.get(i + 1).is_some_and(|w| capitalised(w) && w.chars().count() > 1);
                        if in_longer_name {
                            continue;
                        }
                        // A title right before a person's name ("Secretary of State Mike
                        // Pompeo") belongs to the name, not to an actor of its own.
                        let title_of_name = words.get(i + n).is_some_and(|next| doc.mentions.iter().any(|m| m.label == "PER" && m.clean.start == next.start));
                        if title_of_name {
                            continue;
                        }
                        // A whole name of two words (no capitalised word on either side: "el
                        // canciller Bruno Rodríguez") may be a person's first two or first and
                        // last names; "Luis Lacalle" inside "Luis Lacalle Pou" is not.
                        let whole = n == 2
                            && !strs.get(i + 2).is_some_and(|w| capitalised(w))
                            && !(i > 0 && strs.get(i - 1).is_some_and(|w| capitalised(w)))
                            && !strs.get(i..i + 2).is_some_and(|ws| ws.iter().any(|w| disambiguate::is_title_word(w)));
                        let by_names = || if whole { self.index.by_first_names(&crate::text::fold(surface)) } else { None };
                        if let Some(c) = self.index.lookup_surface(surface, &self.registry).or_else(by_names) {
                            if n > 1 && self.registry.actors[c.actor].kind == "person" {
                                named_in_full.insert(c.actor);
                            }
                            if overlaps(s, e, &taken) {
                                let inside = taken.iter().filter(|&&(a, b)| s < b && a < e).all(|&(a, b)| s <= a && b <= e);
                                if inside && n > 1 {
                                    covering.push((s..e, c));
                                }
                                break;
                            }
                            let actor = &self.registry.actors[c.actor];
                            out.push(registry_mention(doc, s..e, si, label_for_kind(&actor.kind, c.method == LinkMethod::Demonym)));
                            taken.push((s, e));
                            matched = n;
                            break;
                        }
                    }
                } else if doc.model_read == Some(false) && !overlaps(words[i].start, words[i].end, &taken) {
                    // "técnicos militares rusos", "su homólogo venezolano".
                    if let Some(c) = self.index.lookup_demonym(strs[i]) {
                        let actor = &self.registry.actors[c.actor];
                        out.push(registry_mention(doc, words[i].start..words[i].end, si, label_for_kind(&actor.kind, true)));
                        taken.push((words[i].start, words[i].end));
                    }
                }
                i += matched.max(1);
            }
        }
        for si in 0..layer.sentences.len() {
            let words = layer.sentence(si);
            for (k, w) in words.iter().enumerate() {
                let surface = text.slice(w.start..w.end);
                if !capitalised(surface) || overlaps(w.start, w.end, &taken) {
                    continue;
                }
                // "the Trump administration", "the Ortega regime": a surname before the word for
                // a leader's government names that leader, if one person has it.
                let word_at = |j: usize| words.get(j).map(|n| text.slice(n.start..n.end)).unwrap_or("");
                let mut governs = disambiguate::is_government_word(word_at(k + 1));
                // In a text the model does not read (Spanish), also "el régimen de Maduro" and a
                // title right before the name ("el presidente Trump", "el canciller Lavrov").
                if doc.model_read == Some(false) {
                    let before = k.checked_sub(1).map(word_at).unwrap_or("");
                    governs |= disambiguate::is_title_word(before)
                        || (matches!(before, "de" | "del") && k > 1 && disambiguate::is_government_word(word_at(k - 2)));
                    // With no model to tag names, a surname standing alone inside a sentence
                    // ("... dijo Maduro", "se reunió con Putin", "Maduro llevó") names its one
                    // owner: not beside another capitalised word (a longer name), not after an
                    // article ("el Petro" is a currency), four letters at least ("Un" opens
                    // sentences).
                    governs |= surface.chars().count() >= 4
                        && !capitalised(before)
                        && !capitalised(word_at(k + 1))
                        && !matches!(before.to_lowercase().as_str(), "el" | "la" | "los" | "las" | "un" | "una" | "del" | "al");
                }
                if !governs && named_in_full.is_empty() {
                    continue;
                }
                let all = self.index.surname_owners(surface);
                let named: Vec<usize> = all.iter().copied().filter(|a| named_in_full.contains(a)).collect();
                let owners = if named.is_empty() && governs { self.index.surname_owners_layered(surface).0 } else { named };
                let [actor] = owners.as_slice() else { continue };
                out.push(registry_mention(doc, w.start..w.end, si, label_for_kind(&self.registry.actors[*actor].kind, false)));
                taken.push((w.start, w.end));
            }
        }
        (out, covering)
    }

    fn link_mentions(&self, doc: &Document, covering: &[(std::ops::Range<usize>, Candidate)]) -> Vec<Link> {
        let mentions = &doc.mentions;
        // Pass 1: direct candidates for every mention; a mention with none that lies inside a
        // longer registry name takes that name's actor.
        let direct: Vec<Vec<Candidate>> = mentions
            .iter()
            .map(|m| {
                let c = self.index.candidates(&m.text, &m.label);
                if !c.is_empty() {
                    return c;
                }
                covering
                    .iter()
                    .find(|(r, _)| r.start <= m.clean.start && m.clean.end <= r.end)
                    .map(|(_, c)| vec![Candidate { actor: c.actor, method: LinkMethod::Within, score: 0.8 }])
                    .unwrap_or_default()
            })
            .collect();
        let context = disambiguate::Context::new(doc, &direct);
        let mut links: Vec<Option<Link>> = mentions
            .iter()
            .zip(&direct)
            .map(|(m, c)| disambiguate::choose(m, c, &self.registry, &context))
            .collect();
        self.one_actor_one_id(doc, &direct, &mut links);
        // "the Peruvian Congress" is not the US Congress: a body or person of one country named
        // right after another country's demonym or name ("Britain's Treasury", "UK Treasury")
        // is not that actor.
        for (i, m) in mentions.iter().enumerate() {
            let Some(actor) = links[i].as_ref().and_then(|l| self.registry.get(&l.actor_id)) else { continue };
            if actor.country.is_empty() || actor.kind == "country" || actor.kind == "place" {
                continue;
            }
            if let Some(prev) = metonymy::owner_before(doc, m) {
                let other_country = self.index.candidates(&prev, "MISC").iter().any(|c| {
                    let a = &self.registry.actors[c.actor];
                    a.kind == "country" && matches!(c.method, LinkMethod::Demonym | LinkMethod::Exact | LinkMethod::Folded | LinkMethod::Alias | LinkMethod::Acronym) && a.id != actor.country
                });
                if other_country {
                    links[i] = None;
                }
            }
        }
        // Capitals and seats: the government where the name acts ("Moscow refused", "Moscow's
        // isolation"), the place where it is one ("flights to Moscow", "in Caracas").
        for (i, m) in mentions.iter().enumerate() {
            let Some(link) = &links[i] else { continue };
            let chosen = self.registry.get(&link.actor_id);
            let government = direct[i].iter().find(|c| c.method == LinkMethod::Metonym);
            let place = direct[i].iter().find(|c| self.registry.actors[c.actor].kind == "place");
            let is_place_link = chosen.is_some_and(|a| a.kind == "place");
            if government.is_none() || !(is_place_link || link.method == LinkMethod::Metonym) {
                continue;
            }
            let acts = metonymy::acts(doc, m);
            links[i] = match (acts, government, place) {
                (true, Some(g), _) => Some(Link { actor_id: self.registry.actors[g.actor].id.clone(), method: LinkMethod::Metonym, score: g.score }),
                (false, _, Some(p)) => Some(Link { actor_id: self.registry.actors[p.actor].id.clone(), method: LinkMethod::Place, score: p.score }),
                // A seat with no place actor ("at the Kremlin"): a place, not the government,
                // and no actor of its own.
                (false, _, None) => Some(Link { actor_id: String::new(), method: LinkMethod::NotActor(NotActor::Seat), score: 0.0 }),
                (true, None, _) => links[i].clone(),
            };
        }
        // Pass 2: in-document coreference for short person-like mentions ("Maduro", "Rodriguez")
        // to a longer mention in the same document that ends or starts with the same token.
        let long: Vec<(usize, Vec<String>)> = mentions
            .iter()
            .enumerate()
            .filter(|(j, m)| {
                m.label == "PER"
                    || links[*j].as_ref().and_then(|l| self.registry.get(&l.actor_id)).is_some_and(|a| a.kind == "person")
            })
            .map(|(i, m)| (i, fold(strip_mention(&m.text)).split(' ').map(str::to_string).collect::<Vec<_>>()))
            .filter(|(_, toks)| toks.len() >= 2)
            .collect();
        for (i, m) in mentions.iter().enumerate() {
            let short = fold(strip_mention(&m.text));
            if short.is_empty() || m.label == "LOC" {
                continue;
            }
            // Two or more words: the end of a longer person's name, left unlinked ("Armes Hunter"
            // after "Christina Armes Hunter").
            if short.contains(' ') {
                if links[i].is_none() && m.label == "PER" {
                    let toks: Vec<String> = short.split(' ').map(str::to_string).collect();
                    let longer = long.iter().filter(|(j, t)| *j != i && t.len() > toks.len() && t.ends_with(&toks));
                    let ids: HashSet<String> = longer.map(|&(j, _)| link_or_provisional(&links[j], &mentions[j])).collect();
                    if let (1, Some(id)) = (ids.len(), ids.into_iter().next()) {
                        links[i] = Some(Link { actor_id: id, method: LinkMethod::Coref, score: 0.85 });
                    }
                }
                continue;
            }
            let already_strong = links[i].as_ref().is_some_and(|l| matches!(l.method, LinkMethod::Exact | LinkMethod::Folded | LinkMethod::Acronym | LinkMethod::Demonym | LinkMethod::Metonym));
            if already_strong {
                continue;
            }
            // Longer mentions in the document whose last (or first) token is this one.
            let mut targets: Vec<usize> = long.iter().filter(|(_, t)| t.last() == Some(&short) || t.first() == Some(&short)).map(|(j, _)| *j).collect();
            // A registry actor before a provisional one, then the nearest.
            targets.sort_by_key(|&j| (links[j].is_none(), mentions[j].clean.start.abs_diff(m.clean.start), j));
            let ids: HashSet<String> = targets.iter().map(|&j| link_or_provisional(&links[j], &mentions[j])).collect();
            if let Some(&j) = targets.first() {
                // Several different full names with this surname: the nearest one wins, at a lower score.
                let id = link_or_provisional(&links[j], &mentions[j]);
                let score = if ids.len() == 1 { 0.9 } else { 0.6 };
                links[i] = Some(Link { actor_id: id, method: LinkMethod::Coref, score });
            }
        }
        // Pass 3: what is still unlinked becomes a provisional actor, unless it is no actor at
        // all (a figure, a credit line, an adjective: see hygiene).
        mentions
            .iter()
            .zip(links)
            .map(|(m, l)| {
                l.unwrap_or_else(|| match hygiene::not_an_actor(doc, m) {
                    Some(reason) => Link { actor_id: String::new(), method: LinkMethod::NotActor(reason), score: 0.0 },
                    None => Link { actor_id: provisional_id(&m.text), method: LinkMethod::Provisional, score: 0.0 },
                })
            })
            .collect()
    }
}

fn link_or_provisional(link: &Option<Link>, m: &Mention) -> String {
    match link {
        Some(l) => l.actor_id.clone(),
        None => provisional_id(&m.text),
    }
}

/// The initials of a name's capitalised words ("China Development Bank": "CDB"; "of", "de" and
/// other small words left out).
fn initials(name: &str) -> String {
    strip_mention(name).split([' ', '-']).filter_map(|w| w.chars().next().filter(|c| c.is_uppercase())).collect()
}

/// An abbreviation the document implies without defining it: "CDB" where "China Development
/// Bank" is named, "AVEI" where the "Venezuelan Association of Independent Exporters" is (the
/// initials of a name in another language, the same letters in another order, three or more).
/// A provisional abbreviation takes the actor of the nearest such name before it (else after it),
/// registry or provisional.
fn implied_acronyms(doc: &Document, links: &mut [Link]) {
    let sorted = |a: &str| {
        let mut v: Vec<char> = a.chars().collect();
        v.sort_unstable();
        v
    };
    for i in 0..doc.mentions.len() {
        let m = &doc.mentions[i];
        let Some(key) = candidates::acronym_key(strip_mention(&m.text)) else { continue };
        if links[i].method != LinkMethod::Provisional || !key.chars().all(char::is_alphabetic) {
            continue;
        }
        let letters = sorted(&key);
        let expands = |j: usize| {
            let n = &doc.mentions[j];
            let init = initials(&n.text);
            j != i
                && strip_mention(&n.text).contains(' ')
                && !links[j].actor_id.is_empty()
                && (init == key || (key.chars().count() >= 3 && init.chars().count() == key.chars().count() && sorted(&init) == letters))
        };
        let before = (0..doc.mentions.len()).filter(|&j| expands(j) && doc.mentions[j].clean.start < m.clean.start).max_by_key(|&j| doc.mentions[j].clean.start);
        let full = before.or_else(|| (0..doc.mentions.len()).filter(|&j| expands(j)).min_by_key(|&j| doc.mentions[j].clean.start));
        if let Some(j) = full {
            links[i] = Link { actor_id: links[j].actor_id.clone(), method: LinkMethod::Acronym, score: 0.8 };
        }
    }
}
