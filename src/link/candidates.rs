//! Candidate generation: which actors a mention could be, from an index of every name, alias,
//! demonym, metonym and acronym, built once. Matching is on folded text (case, accents,
//! punctuation and curly quotes normalised), except acronyms, which match case-sensitively so
//! "US" is the United States and "us" is not. Choosing among candidates is `disambiguate`'s job.

use std::collections::HashMap;

use super::registry::Registry;
use super::strip_mention;
use crate::document::LinkMethod;
use crate::text::fold;

/// A possible actor for a mention, with how it matched and how strong the match is alone.
#[derive(Debug, Clone, PartialEq)]
pub struct Candidate {
    pub actor: usize,
    pub method: LinkMethod,
    pub score: f32,
}

/// Fuzzy matches must reach this Jaro-Winkler similarity, and only names of 2+ tokens try.
pub const FUZZY_THRESHOLD: f64 = 0.93;

#[derive(Debug, Default)]
pub struct AliasIndex {
    exact: HashMap<String, Vec<usize>>,
    folded: HashMap<String, Vec<(usize, LinkMethod)>>,
    acronyms: HashMap<String, Vec<usize>>,
    surnames: HashMap<String, Vec<usize>>,
    /// Actors by each folded demonym, also one that is the name too ("china", "argentina":
    /// Spanish demonyms the same as the country's name, which `folded` keeps as the name).
    demonyms: HashMap<String, Vec<usize>>,
    /// People of three or more names by their first two ("bruno rodriguez" → Bruno Rodríguez
    /// Parrilla: Spanish names drop the second surname in running text).
    first_two: HashMap<String, Vec<usize>>,
    /// People of three or more names by their first and last ("sameh shoukry" → Sameh Hassan
    /// Shoukry: a middle name is dropped in running text).
    first_last: HashMap<String, Vec<usize>>,
    /// Bodies named with their country ("National Assembly of Venezuela", "Venezuela's National
    /// Assembly", "Venezuelan National Assembly") by the name alone ("national assembly"): which
    /// country's body a bare name is, the document decides.
    bodies: HashMap<String, Vec<usize>>,
    /// Actors that are people (a compound like "Obama-ite" names no country).
    persons: std::collections::HashSet<usize>,
    /// Actors of the base layer ([`crate::link::registry::Actor::base`]).
    base: std::collections::HashSet<usize>,
    /// Keys with hyphens, written with spaces instead ("miguel diaz canel" → Díaz-Canel).
    unhyphenated: HashMap<String, Vec<(usize, LinkMethod)>>,
    multi: Vec<(String, usize)>,
    /// `multi` entries by shape (token count and each token's first letter): fuzzy matching only
    /// compares names of the same shape, so a lookup never scans the whole registry.
    multi_by_shape: HashMap<String, Vec<usize>>,
    /// Longest name in words, for the dictionary scan.
    pub max_words: usize,
}

/// Add actor `i` under `key`, once.
fn add_once(map: &mut HashMap<String, Vec<usize>>, key: String, i: usize) {
    let e = map.entry(key).or_default();
    if !e.contains(&i) {
        e.push(i);
    }
}

/// A country's names and demonyms, folded (for [`CountryNames::bare_body`]).
struct CountryNames {
    names: Vec<String>,
    demonyms: Vec<String>,
}

impl CountryNames {
    fn of(country: &super::registry::Actor) -> Self {
        let folded = |v: &mut dyn Iterator<Item = &String>| v.map(|n| fold(n)).filter(|n| !n.is_empty()).collect();
        CountryNames { names: folded(&mut std::iter::once(&country.name).chain(&country.aliases)), demonyms: folded(&mut country.demonyms.iter()) }
    }

    /// A body's name without its country, where the folded name `f` carries it: "national
    /// assembly of venezuela", "venezuela's national assembly", "venezuela national assembly" and
    /// "venezuelan national assembly" give "national assembly"; a name of one word left is none.
    fn bare_body(&self, f: &str) -> Option<String> {
        let bare = self
            .names
            .iter()
            .find_map(|c| f.strip_suffix(c.as_str()).and_then(|r| r.strip_suffix(" of ")).map(str::to_string))
            .or_else(|| self.names.iter().find_map(|c| f.strip_prefix(c.as_str()).and_then(|r| r.strip_prefix("'s ").or_else(|| r.strip_prefix(' '))).map(str::to_string)))
            .or_else(|| self.demonyms.iter().find_map(|d| f.strip_prefix(d.as_str()).and_then(|r| r.strip_prefix(' ')).map(str::to_string)))?;
        bare.contains(' ').then_some(bare)
    }
}

/// The other English word order of a department's folded name: "justice department" and "us
/// justice department" for "department of justice" and "us department of justice", and back.
fn department_variant(f: &str) -> Option<String> {
    const HEADS: &[&str] = &["department", "ministry"];
    for head in HEADS {
        if let Some((before, field)) = f.split_once(&format!("{head} of ")) {
            let field = field.strip_prefix("the ").unwrap_or(field);
            return (!field.is_empty() && !field.contains(' ')).then(|| format!("{before}{field} {head}"));
        }
        if let Some(rest) = f.strip_suffix(&format!(" {head}")) {
            let (before, field) = rest.rsplit_once(' ').map_or(("", rest), |(b, f)| (b, f));
            let before = if before.is_empty() { String::new() } else { format!("{before} ") };
            return (!field.is_empty()).then(|| format!("{before}{head} of {field}"));
        }
    }
    None
}

/// "IRGC", "U.S.", "PDVSA": two or more capitals or digits, dots allowed. Returns the dotless form.
pub fn acronym_key(s: &str) -> Option<String> {
    let key: String = s.chars().filter(|&c| c != '.').collect();
    let ok = key.chars().count() >= 2
        && key.chars().count() <= 10
        && key.chars().all(|c| c.is_uppercase() || c.is_ascii_digit() || c == '-' || c == '&')
        && key.chars().any(|c| c.is_uppercase());
    ok.then_some(key)
}

/// Similarity of two folded multi-token names for fuzzy linking: the same number of tokens, each
/// pair at least `FUZZY_THRESHOLD` alike (Jaro-Winkler) with the same first letter, and not all
/// equal. Token by token, so "South America" is not "South Africa" and "Madurro" is "Maduro".
/// A folded name's shape: its token count and the first letter of each token ("2:nm").
fn shape(f: &str) -> String {
    let toks: Vec<&str> = f.split(' ').collect();
    format!("{}:{}", toks.len(), toks.iter().filter_map(|t| t.chars().next()).collect::<String>())
}

pub fn fuzzy_similarity(a: &str, b: &str) -> Option<f64> {
    let (ta, tb): (Vec<&str>, Vec<&str>) = (a.split(' ').collect(), b.split(' ').collect());
    if ta.len() != tb.len() || ta.len() < 2 || a == b {
        return None;
    }
    let mut min: f64 = 1.0;
    for (x, y) in ta.iter().zip(&tb) {
        if x.chars().next() != y.chars().next() {
            return None;
        }
        min = min.min(strsim::jaro_winkler(x, y));
    }
    (min >= FUZZY_THRESHOLD).then_some(strsim::jaro_winkler(a, b))
}

impl AliasIndex {
    pub fn build(reg: &Registry) -> Self {
        let mut ix = AliasIndex::default();
        let mut country_names: HashMap<&str, CountryNames> = HashMap::new();
        for (i, a) in reg.actors.iter().enumerate() {
            let add = |ix: &mut AliasIndex, s: &str, method: LinkMethod| {
                if let Some(k) = acronym_key(s) {
                    if method != LinkMethod::Exact {
                        ix.acronyms.entry(k).or_default().push(i);
                        return;
                    }
                }
                let f = fold(strip_mention(s));
                if f.is_empty() {
                    return;
                }
                ix.max_words = ix.max_words.max(f.split(' ').count() + 1);
                let e = ix.folded.entry(f.clone()).or_default();
                if !e.iter().any(|&(j, _)| j == i) {
                    e.push((i, method));
                }
                if f.contains(' ') && matches!(method, LinkMethod::Exact | LinkMethod::Alias) {
                    ix.multi.push((f, i));
                }
            };
            if a.base {
                ix.base.insert(i);
            }
            ix.exact.entry(a.name.clone()).or_default().push(i);
            add(&mut ix, &a.name, LinkMethod::Exact);
            for s in &a.aliases {
                add(&mut ix, s, LinkMethod::Alias);
            }
            for s in &a.demonyms {
                add(&mut ix, s, LinkMethod::Demonym);
                let e = ix.demonyms.entry(fold(s)).or_default();
                if !e.contains(&i) {
                    e.push(i);
                }
            }
            for s in &a.metonyms {
                add(&mut ix, s, LinkMethod::Metonym);
            }
            if a.kind == "person" {
                ix.persons.insert(i);
                for n in std::iter::once(&a.name).chain(&a.aliases) {
                    let f = fold(n);
                    let toks: Vec<&str> = f.split(' ').collect();
                    if toks.len() >= 2 {
                        add_once(&mut ix.surnames, toks[toks.len() - 1].to_string(), i);
                    }
                    if toks.len() >= 3 {
                        add_once(&mut ix.first_two, format!("{} {}", toks[0], toks[1]), i);
                        // From the name only: aliases carry titles ("Defense Minister Ehud Barak").
                        if n == &a.name {
                            add_once(&mut ix.first_last, format!("{} {}", toks[0], toks[toks.len() - 1]), i);
                        }
                    }
                }
            }
            if matches!(a.kind.as_str(), "organization" | "group") {
                // A country's folded names and demonyms, once per country.
                let Some(country) = reg.get(&a.country) else { continue };
                let names = country_names.entry(country.id.as_str()).or_insert_with(|| CountryNames::of(country));
                for n in std::iter::once(&a.name).chain(&a.aliases) {
                    if let Some(body) = names.bare_body(&fold(n)) {
                        add_once(&mut ix.bodies, body, i);
                    }
                }
            }
        }
        ix.multi.sort();
        ix.multi.dedup();
        for (k, (name, _)) in ix.multi.iter().enumerate() {
            ix.multi_by_shape.entry(shape(name)).or_default().push(k);
        }
        for (k, v) in &ix.folded {
            if k.contains('-') {
                ix.unhyphenated.entry(k.replace('-', " ")).or_default().extend(v.iter().copied());
            }
        }
        ix
    }

    /// Every actor a mention could name, by the strongest way each matches.
    pub fn candidates(&self, text: &str, _label: &str) -> Vec<Candidate> {
        let s = strip_mention(text);
        let mut out: Vec<Candidate> = Vec::new();
        let push = |out: &mut Vec<Candidate>, actor: usize, method: LinkMethod, score: f32| {
            if let Some(c) = out.iter_mut().find(|c| c.actor == actor) {
                if score > c.score {
                    c.method = method;
                    c.score = score;
                }
            } else {
                out.push(Candidate { actor, method, score });
            }
        };
        if let Some(k) = acronym_key(s) {
            for &a in self.acronyms.get(&k).into_iter().flatten() {
                push(&mut out, a, LinkMethod::Acronym, 0.95);
            }
        }
        for &a in self.exact.get(s).into_iter().flatten() {
            push(&mut out, a, LinkMethod::Exact, 1.0);
        }
        let f = fold(s);
        for &(a, m) in self.folded.get(&f).into_iter().flatten() {
            let (method, score) = match m {
                LinkMethod::Exact => (LinkMethod::Folded, 0.97),
                LinkMethod::Alias => (LinkMethod::Alias, 0.95),
                other => (other, 0.9),
            };
            push(&mut out, a, method, score);
        }
        // "US Justice Department" for "US Department of Justice", and back.
        if out.is_empty() {
            for &(a, m) in department_variant(&f).and_then(|v| self.folded.get(&v)).into_iter().flatten() {
                if matches!(m, LinkMethod::Exact | LinkMethod::Alias) {
                    push(&mut out, a, LinkMethod::Alias, 0.9);
                }
            }
        }
        // "US State Department", "the Russian Kremlin": a country's own metonym after its name.
        if out.is_empty() {
            for a in self.own_metonym(s) {
                push(&mut out, a, LinkMethod::Metonym, 0.9);
            }
        }
        if out.is_empty() && !f.is_empty() && !f.contains(' ') {
            // A surname alone names people of the hand-written layers; one of the base layer's
            // (PETRARCH's 18,000, where "Rodriguez" has dozens) only if no one else has it.
            let (owners, base) = self.surname_owners_layered(&f);
            let sure = match (owners.len(), base) {
                (1, true) => 0.6,
                (1, false) => 0.8,
                _ => 0.5,
            };
            for a in owners {
                push(&mut out, a, LinkMethod::Alias, sure);
            }
        }
        // Plural demonyms ("Venezuelans", "Russians") name the country's people.
        if out.is_empty() && f.ends_with('s') && !f.contains(' ') {
            for &(a, m) in self.folded.get(&f[..f.len() - 1]).into_iter().flatten() {
                if m == LinkMethod::Demonym {
                    push(&mut out, a, LinkMethod::Demonym, 0.85);
                }
            }
        }
        // A missing hyphen: "Miguel Diaz Canel".
        if out.is_empty() {
            for &(a, m) in self.unhyphenated.get(&f.replace('-', " ")).into_iter().flatten() {
                push(&mut out, a, if m == LinkMethod::Exact { LinkMethod::Folded } else { m }, 0.93);
            }
        }
        // Middle names and patronymics: "Igor Ivanovich Sechin", "Sergey Kuzhugetovich Shoygu"
        // meet the registry's first and last name.
        let toks: Vec<&str> = f.split(' ').collect();
        if out.is_empty() && toks.len() >= 3 {
            let short = format!("{} {}", toks[0], toks[toks.len() - 1]);
            for &(a, m) in self.folded.get(&short).into_iter().flatten() {
                if matches!(m, LinkMethod::Exact | LinkMethod::Alias) {
                    push(&mut out, a, LinkMethod::Alias, 0.9);
                }
            }
            if out.is_empty() {
                for (name, a) in self.same_shape(&short) {
                    if let Some(sim) = fuzzy_similarity(&short, name) {
                        push(&mut out, *a, LinkMethod::Fuzzy, sim as f32 * 0.85);
                    }
                }
            }
        }
        // "Bruno Rodríguez" for Bruno Rodríguez Parrilla: the one person whose first two names
        // these are.
        if out.is_empty() && toks.len() == 2 {
            if let Some(c) = self.by_first_names(&f) {
                push(&mut out, c.actor, c.method, c.score);
            }
        }
        if out.is_empty() && f.contains(' ') {
            for (name, a) in self.same_shape(&f) {
                if let Some(sim) = fuzzy_similarity(&f, name) {
                    push(&mut out, *a, LinkMethod::Fuzzy, sim as f32 * 0.9);
                }
            }
        }
        if out.is_empty() {
            for a in self.country_in_name(s) {
                push(&mut out, a, LinkMethod::Demonym, 0.85);
            }
        }
        out
    }

    /// The countries whose name, acronym or demonym opens the name `s` and whose metonym is the
    /// rest of it ("US State Department": the USA, whose metonym "State Department" is).
    fn own_metonym(&self, s: &str) -> Vec<usize> {
        let toks: Vec<&str> = s.split_whitespace().collect();
        let mut out = Vec::new();
        for k in 1..toks.len() {
            let (Some(head), Some(rest)) = (toks.get(..k), toks.get(k..)) else { continue };
            let head = head.join(" ");
            let head = head.strip_suffix("'s").unwrap_or(&head);
            let metonym_of: Vec<usize> = self.folded.get(&fold(&rest.join(" "))).into_iter().flatten().filter(|(_, m)| *m == LinkMethod::Metonym).map(|&(a, _)| a).collect();
            let named = self.folded.get(&fold(head)).into_iter().flatten().filter(|(_, m)| matches!(m, LinkMethod::Exact | LinkMethod::Alias | LinkMethod::Demonym)).map(|&(a, _)| a);
            let acronym = acronym_key(head).and_then(|k| self.acronyms.get(&k)).into_iter().flatten().copied();
            out.extend(named.chain(acronym).filter(|a| metonym_of.contains(a)));
        }
        out.sort_unstable();
        out.dedup();
        out
    }

    /// The countries a name no actor claims names by its first part: a country in a compound
    /// ("Iran-backed", "Kremlin-friendly", "Russian-made"), by its name or demonym ("Iran",
    /// "Saudi") or its acronym ("US-led", "UN-backed"); else a demonym before a designation with
    /// a figure in it ("Russian Tu-160", "Chinese J-10", tagged as one name). The hand-written
    /// layers' owner where the base layer has one too ("Us" is also a base-layer alias of the
    /// United States).
    fn country_in_name(&self, s: &str) -> Vec<usize> {
        let mut owners: Vec<usize> = Vec::new();
        if let Some((head, rest)) = s.split_once(['-', '‐']) {
            // "-based" says where, not who.
            let lower = !rest.is_empty() && rest.chars().all(|c| c.is_lowercase() || c == '-') && rest != "based";
            if lower && head.chars().next().is_some_and(char::is_uppercase) {
                let named = self.folded.get(&fold(head)).into_iter().flatten().map(|&(a, _)| a);
                let acronym = acronym_key(head).and_then(|k| self.acronyms.get(&k)).into_iter().flatten().copied();
                owners = named.chain(acronym).filter(|a| !self.persons.contains(a)).collect();
            }
        }
        if owners.is_empty() {
            if let Some((head, _)) = s.split_once(' ').filter(|(_, rest)| rest.chars().any(|c| c.is_ascii_digit())) {
                owners = self.folded.get(&fold(head)).into_iter().flatten().filter(|&&(_, m)| m == LinkMethod::Demonym).map(|&(a, _)| a).collect();
            }
        }
        owners.sort_unstable();
        owners.dedup();
        self.prefer_written(&mut owners, |&a| a);
        owners
    }

    /// The bodies a bare name ("National Assembly") may be, one per country that has one under
    /// that name (see `bodies`).
    pub fn bodies(&self, text: &str) -> &[usize] {
        let f = fold(strip_mention(text));
        let found = self.bodies.get(&f).or_else(|| department_variant(&f).and_then(|v| self.bodies.get(&v)));
        found.map(Vec::as_slice).unwrap_or(&[])
    }

    /// Multi-word names of the same shape as `f` (see `multi_by_shape`).
    fn same_shape<'a>(&'a self, f: &str) -> impl Iterator<Item = &'a (String, usize)> + 'a {
        self.multi_by_shape.get(&shape(f)).into_iter().flatten().map(move |&k| &self.multi[k])
    }

    /// Keep only the items of the hand-written layers where any is one: where both layers name
    /// an actor, the domain layer wins.
    fn prefer_written<T>(&self, items: &mut Vec<T>, actor: impl Fn(&T) -> usize) {
        if items.iter().any(|x| !self.base.contains(&actor(x))) {
            items.retain(|x| !self.base.contains(&actor(x)));
        }
    }

    /// The one person a two-word name (folded) names by its first two names ("bruno rodriguez"
    /// for Bruno Rodríguez Parrilla) or its first and last ("sameh shoukry" for Sameh Hassan
    /// Shoukry): running text drops a second surname or a middle name.
    pub fn by_first_names(&self, folded: &str) -> Option<Candidate> {
        if folded.split(' ').count() != 2 {
            return None;
        }
        let one = |ix: &HashMap<String, Vec<usize>>| match ix.get(folded).map(Vec::as_slice) {
            Some([a]) => Some(*a),
            _ => None,
        };
        one(&self.first_two).or_else(|| one(&self.first_last)).map(|actor| Candidate { actor, method: LinkMethod::Alias, score: 0.85 })
    }

    /// The people whose name (of two or more words) ends with this one word ("Maduro").
    pub fn surname_owners(&self, word: &str) -> &[usize] {
        self.surnames.get(&fold(word)).map(Vec::as_slice).unwrap_or(&[])
    }

    /// The people a surname alone may name: those of the hand-written layers if any has it,
    /// else the base layer's only if one person there has it (PETRARCH lists a Honduran
    /// president Maduro and dozens of Rodriguezes); and whether they are of the base layer.
    pub fn surname_owners_layered(&self, word: &str) -> (Vec<usize>, bool) {
        let all = self.surname_owners(word);
        let written: Vec<usize> = all.iter().copied().filter(|a| !self.base.contains(a)).collect();
        match (written.is_empty(), all) {
            (false, _) => (written, false),
            (true, [one]) => (vec![*one], true),
            _ => (Vec::new(), true),
        }
    }

    /// For the dictionary scan of a text the model does not read: the one country a lower-case
    /// word names as its demonym ("rusos", "venezolana": Spanish writes them lower case).
    pub fn lookup_demonym(&self, word: &str) -> Option<Candidate> {
        match self.demonyms.get(&fold(word))?.as_slice() {
            [a] => Some(Candidate { actor: *a, method: LinkMethod::Demonym, score: 0.85 }),
            _ => None,
        }
    }

    /// For the dictionary scan: the one actor a stretch of text names outright (names, aliases,
    /// demonyms and acronyms; not surnames, metonyms or fuzzy matches), if exactly one does.
    /// A one-word alias of a person ("Santos", "Petro") is too often something else in free
    /// text; those are left to the model and to in-document coreference.
    pub fn lookup_surface(&self, surface: &str, reg: &Registry) -> Option<Candidate> {
        if let Some(k) = acronym_key(surface) {
            if let Some(v) = self.acronyms.get(&k) {
                return (v.len() == 1).then(|| Candidate { actor: v[0], method: LinkMethod::Acronym, score: 0.95 });
            }
        }
        let f = fold(surface);
        let v = self.folded.get(&f)?;
        let one_word = !f.contains(' ');
        // The base layer's cities ("Lagos", "Soledad", "Bello") are left to the model's place
        // mentions: as words of free text too many are also names or words.
        let scanned = |a: usize| !(self.base.contains(&a) && reg.actors[a].kind == "place");
        let v: Vec<(usize, LinkMethod)> = v.iter().copied().filter(|&(a, _)| scanned(a)).collect();
        let mut named: Vec<&(usize, LinkMethod)> =
            v.iter().filter(|(a, m)| *m != LinkMethod::Metonym && !(one_word && reg.actors[*a].kind == "person")).collect();
        // The domain layer wins where both name an actor ("Washington": the capital the domain
        // layer lists, not the base layer's alias of the United States).
        self.prefer_written(&mut named, |&&(a, _)| a);
        match (named.as_slice(), v.as_slice()) {
            ([(a, m)], _) => Some(Candidate { actor: *a, method: *m, score: 0.9 }),
            // A seat of government that names nothing else ("el Kremlin", "la Casa Blanca"):
            // the linker decides whether it acts (its country) or is a place.
            ([], [(a, LinkMethod::Metonym)]) => Some(Candidate { actor: *a, method: LinkMethod::Metonym, score: 0.9 }),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{fuzzy_similarity, AliasIndex, Registry};

    #[test]
    fn a_countrys_own_metonym_after_its_name_is_the_country() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join("a.csv"),
            "id,name,kind,country,aliases,notes,demonyms,metonyms\nUSA,United States,country,USA,US,,American,State Department|Pentagon\n\
             RUS,Russia,country,RUS,,,Russian,Kremlin\n",
        )
        .unwrap();
        let reg = Registry::load(&[dir.path().to_path_buf()]).unwrap();
        let ix = AliasIndex::build(&reg);
        let ids = |m: &str| ix.candidates(m, "ORG").iter().map(|c| reg.actors[c.actor].id.clone()).collect::<Vec<_>>();
        assert_eq!(ids("US State Department"), vec!["USA"]);
        assert_eq!(ids("the American Pentagon"), vec!["USA"]);
        // Another country's metonym is not its own.
        assert!(ids("Russian Pentagon").is_empty());
    }

    #[test]
    fn a_base_layer_surname_alone_names_only_its_one_owner() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join("a.csv"),
            "id,name,kind,country,aliases,notes,layer\nrus:lavrov,Sergei Lavrov,person,RUS,,,\n\
             b:patrushev,Nikolay Patrushev,person,RUS,,,base\nb:perez-1,Juan Perez,person,ARG,,,base\nb:perez-2,Carlos Perez,person,CHL,,,base\nb:lavrov,Ivan Lavrov,person,RUS,,,base\n",
        )
        .unwrap();
        let reg = Registry::load(&[dir.path().to_path_buf()]).unwrap();
        let ix = AliasIndex::build(&reg);
        let ids = |m: &str| ix.candidates(m, "PER").iter().map(|c| reg.actors[c.actor].id.clone()).collect::<Vec<_>>();
        assert_eq!(ids("Patrushev"), vec!["b:patrushev"]);
        assert!(ids("Perez").is_empty(), "two base-layer owners: none");
        assert_eq!(ids("Lavrov"), vec!["rus:lavrov"], "a written owner wins");
        assert_eq!(ids("Juan Perez"), vec!["b:perez-1"], "a full name still links");
    }

    #[test]
    fn a_demonym_that_is_also_the_name_is_a_demonym() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join("a.csv"),
            "id,name,kind,country,aliases,notes,demonyms\nCHN,China,country,CHN,,,Chinese|chino|china|chinas\nRUS,Russia,country,RUS,,,rusa|rusos\n",
        )
        .unwrap();
        let reg = Registry::load(&[dir.path().to_path_buf()]).unwrap();
        let ix = AliasIndex::build(&reg);
        let demonym = |w: &str| ix.lookup_demonym(w).map(|c| reg.actors[c.actor].id.clone());
        assert_eq!(demonym("china").as_deref(), Some("CHN"), "una delegación china");
        assert_eq!(demonym("chinas").as_deref(), Some("CHN"));
        assert_eq!(demonym("rusa").as_deref(), Some("RUS"));
        assert_eq!(demonym("russia"), None, "a name only is no demonym");
    }

    #[test]
    fn a_department_is_named_in_either_word_order() {
        assert_eq!(super::department_variant("us justice department").as_deref(), Some("us department of justice"));
        assert_eq!(super::department_variant("department of justice").as_deref(), Some("justice department"));
        assert_eq!(super::department_variant("department of the treasury").as_deref(), Some("treasury department"));
        assert_eq!(super::department_variant("department of homeland security"), None, "two-word fields keep their order");
        assert_eq!(super::department_variant("justice"), None);
    }

    #[test]
    fn fuzzy_compares_token_by_token() {
        assert!(fuzzy_similarity("nicolas madurro", "nicolas maduro").is_some());
        assert!(fuzzy_similarity("south america", "south africa").is_none());
        assert!(fuzzy_similarity("russian federations", "russian federation").is_some());
        assert!(fuzzy_similarity("maduro", "madurro").is_none(), "single tokens never go fuzzy");
        assert!(fuzzy_similarity("jorge rodriguez", "delcy rodriguez").is_none());
    }
}
