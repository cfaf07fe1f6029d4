//! Import of the CAMEO actor dictionaries of the Phoenix/PETRARCH event-data pipeline (TABARI
//! format) into registry CSV, so users can link to the codes event-data tools use.
//!
//! Format: an actor line `NAME_ [CODE] # comment` (the code may be absent, or several bracketed
//! codes may follow), `+SYNONYM_` lines, and tab-indented `[CODE date-range]` role lines with
//! dates as `YYMMDD` or `YYYYMMDD`, `>date` (from), `<date` (until) or `date-date`. Malformed
//! dates are kept as written and marked with `?`, never fatal.

use std::path::Path;

use crate::output::{commit, OutputError, Table};

#[derive(Debug, Clone, PartialEq, Default)]
pub struct CameoActor {
    pub name: String,
    pub synonyms: Vec<String>,
    /// (code, date range as ISO dates or the raw text with '?').
    pub roles: Vec<(String, String)>,
}

fn clean_name(s: &str) -> String {
    let s = s.trim().trim_end_matches('_').replace('_', " ");
    // Title case for readability; acronyms (no vowels or short) stay upper case.
    s.split(' ')
        .filter(|w| !w.is_empty())
        .map(|w| {
            if w.len() <= 4 && !w.chars().any(|c| "AEIOU".contains(c)) || w.contains('.') {
                w.to_string()
            } else {
                let mut c = w.chars();
                match c.next() {
                    Some(f) => f.to_uppercase().chain(c.flat_map(|x| x.to_lowercase())).collect(),
                    None => String::new(),
                }
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn iso_date(d: &str) -> Option<String> {
    if !d.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let (y, rest) = match d.len() {
        6 => {
            let yy: u32 = d[..2].parse().ok()?;
            (if yy > 30 { 1900 + yy } else { 2000 + yy }, &d[2..])
        }
        8 => (d[..4].parse().ok()?, &d[4..]),
        _ => return None,
    };
    let m: u32 = rest[..2].parse().ok()?;
    let day: u32 = rest[2..4].parse().ok()?;
    if !(1..=12).contains(&m) || !(1..=31).contains(&day) {
        return None;
    }
    Some(format!("{y:04}-{m:02}-{day:02}"))
}

/// A date restriction as `FROM..UNTIL` (either side may be empty); `?raw` when malformed.
pub fn parse_range(r: &str) -> String {
    let r = r.trim();
    if r.is_empty() {
        return String::new();
    }
    let conv = |d: &str| iso_date(d.trim());
    let out = if let Some(d) = r.strip_prefix('>') {
        conv(d).map(|d| format!("{d}.."))
    } else if let Some(d) = r.strip_prefix('<') {
        conv(d).map(|d| format!("..{d}"))
    } else if let Some((a, b)) = r.split_once('-') {
        conv(a).zip(conv(b)).map(|(a, b)| format!("{a}..{b}"))
    } else {
        conv(r).map(|d| format!("{d}..{d}"))
    };
    out.unwrap_or_else(|| format!("?{r}"))
}

fn bracketed(s: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut rest = s;
    while let Some(i) = rest.find('[') {
        // "[~ENV}": a closing brace typed for the bracket is read as one.
        let Some(j) = rest[i..].find(']').or_else(|| rest[i..].find('}')) else { break };
        let inner = rest[i + 1..i + j].trim();
        let mut parts = inner.splitn(2, char::is_whitespace);
        // Codes are upper case ("[pse]" is PSE).
        let code = parts.next().unwrap_or("").trim().to_uppercase();
        let range = parse_range(parts.next().unwrap_or(""));
        if !code.is_empty() {
            out.push((code, range));
        }
        rest = &rest[i + j + 1..];
    }
    out
}

/// The names an entry's name part stands for: `!PERSON!` substitutions of an agents file
/// (`CATTLE!PERSON!` → cattleman, cattlemen, ...) and `{...}` alternatives (`HEAD_OF_POLICE
/// {HEADS_OF_POLICE}`), the first being the entry's own name.
fn expand_names(part: &str, macros: &std::collections::HashMap<String, Vec<String>>) -> Vec<String> {
    let (main, alts) = match part.split_once('{') {
        Some((m, rest)) => (m, rest.split('}').next().unwrap_or("")),
        None => (part, ""),
    };
    let mut raw: Vec<String> = vec![main.trim().to_string()];
    raw.extend(alts.split_whitespace().map(str::to_string));
    let mut out = Vec::new();
    for r in raw {
        match r.find('!').and_then(|i| r[i + 1..].find('!').map(|j| (i, i + 1 + j))) {
            Some((i, j)) => match macros.get(&r[i + 1..j]) {
                Some(subs) => out.extend(subs.iter().map(|x| format!("{}{}{}", &r[..i], x, &r[j + 1..]))),
                None => out.push(r.replace('!', "")),
            },
            None => out.push(r),
        }
    }
    out.into_iter().map(|n| clean_name(&n)).filter(|n| !n.is_empty()).collect()
}

pub fn parse(text: &str) -> Vec<CameoActor> {
    let mut out: Vec<CameoActor> = Vec::new();
    let mut macros = std::collections::HashMap::new();
    let text = crate::util::blank_markup_comments(text);
    for line in text.lines() {
        let no_comment = match line.find('#') {
            Some(i) => &line[..i],
            None => line,
        };
        if no_comment.trim().is_empty() {
            continue;
        }
        // "!PERSON! = MAN, MEN, WOMAN": a substitution for the entries that follow.
        if let Some((name, subs)) = no_comment.trim().strip_prefix('!').and_then(|r| r.split_once("! =").or_else(|| r.split_once("!="))) {
            macros.insert(name.trim().to_string(), subs.split(',').map(|x| x.trim().to_string()).filter(|x| !x.is_empty()).collect());
            continue;
        }
        if line.starts_with('\t') || line.starts_with(' ') {
            if let Some(a) = out.last_mut() {
                a.roles.extend(bracketed(no_comment));
            }
            continue;
        }
        if let Some(syn) = no_comment.trim_start().strip_prefix('+') {
            if let Some(a) = out.last_mut() {
                let name_part = syn.split('[').next().unwrap_or(syn);
                let n = clean_name(name_part);
                if !n.is_empty() {
                    a.synonyms.push(n);
                }
                a.roles.extend(bracketed(syn));
            }
            continue;
        }
        let name_part = no_comment.split('[').next().unwrap_or(no_comment);
        let mut names = expand_names(name_part, &macros).into_iter();
        let Some(name) = names.next() else {
            continue;
        };
        // Consecutive name lines before one set of codes are one actor ("LEONID_BREZHNEV_",
        // "SECRETARY_BREZHNEV", then the role lines): a name after an entry that has no code
        // yet joins it.
        if let Some(prev) = out.last_mut().filter(|a| a.roles.is_empty()) {
            prev.synonyms.push(name);
            prev.synonyms.extend(names);
            prev.roles.extend(bracketed(no_comment));
            continue;
        }
        out.push(CameoActor { name, synonyms: names.collect(), roles: bracketed(no_comment) });
    }
    out
}

/// Kind guessed from the CAMEO code: rebels, insurgents, militias and the like are groups;
/// IGOs, NGOs and businesses organizations; an actor with dated roles a person.
/// CAMEO codes of a sector or kind, not a country, that may stand alone or open a code: an
/// international or non-governmental body, a company, the media ("REUTERS_ [MED]" is a news
/// organisation, not a country named MED).
const SECTORS: &[&str] = &["IGO", "NGO", "MNC", "NGM", "UIS", "MED", "BUS", "CVL", "EDU", "ELI", "ENV", "HLH", "HRI", "LAB", "REF", "AGR", "CRM", "DEV", "LEG", "JUD", "GOV", "COP", "SPY"];

fn kind_of(a: &CameoActor) -> &'static str {
    let code = a.roles.last().map(|r| r.0.as_str()).unwrap_or("");
    let dated = a.roles.iter().any(|r| !r.1.is_empty());
    if code.starts_with('~') || code.ends_with('~') {
        // An agents-file entry: "POLICE [~COP]", "TRUCE_MONITOR [IGO~]".
        "agent"
    } else if code.starts_with("IMG") {
        // An international militarized group (al-Qaeda's "[IMG]", the Islamic State's dated
        // "[IMGMUSISI 130408-]": dates make no person of it).
        "group"
    } else if is_country_code(code) && !dated {
        // A country and its adjectives: "GONDOR_ [GON]", "+GONDORIAN_"; not a sector code alone
        // ("HHGREGG_ [MNC]" is a company).
        "country"
    } else if ["REB", "INS", "UAF", "SEP", "RAD", "TER", "MIL"].iter().any(|k| code.contains(k)) && !dated {
        "group"
    } else if dated || a.roles.len() > 1 || untitled(&a.name).is_some() {
        // Dated roles, or a titled name ("PRESIDENT_HOSNI_MURBARAK").
        "person"
    } else {
        "organization"
    }
}

/// What an import wrote.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Imported {
    pub actors: usize,
    pub agents: usize,
    /// Entries with no code at all (no `[CODE]` and no role lines), left out.
    pub no_code: usize,
    /// Entries repeating an earlier entry's name, merged into it.
    pub merged: usize,
    /// Synonyms an earlier entry already has, dropped.
    pub aliases_dropped: usize,
}

/// Convert a dictionary file (actors, or an agents file) into registry CSV.
pub fn import(src: &Path, out: &Path) -> Result<Imported, OutputError> {
    let text = std::fs::read(src).map_err(|e| OutputError::Io { path: src.display().to_string(), cause: e })?;
    let text = String::from_utf8_lossy(&text);
    let parsed = parse(&text);
    let parsed: Vec<CameoActor> = parsed.into_iter().map(known_also_as).collect();
    let coded: Vec<&CameoActor> = parsed.iter().filter(|a| !a.roles.is_empty()).collect();
    let (actors, merged, aliases_dropped) = first_entry_wins(&coded);
    let (actors, joined) = acronyms_joined(actors);
    let merged = merged + joined;
    let dir = out.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir).map_err(|e| OutputError::Io { path: dir.display().to_string(), cause: e })?;
    let name = out.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| "cameo.csv".into());
    let mut t = Table::create(dir, &name, &["id", "name", "kind", "country", "aliases", "notes", "cameo", "roles", "layer"], false)?;
    let mut seen = std::collections::HashMap::<String, usize>::new();
    for a in &actors {
        let slug: String = crate::text::fold(&a.name).chars().map(|c| if c.is_alphanumeric() { c } else { '-' }).collect();
        let n = seen.entry(slug.clone()).or_default();
        *n += 1;
        let id = if *n == 1 { format!("cameo:{slug}") } else { format!("cameo:{slug}-{n}") };
        let cameo = a.roles.iter().rev().find(|r| r.1.is_empty() || r.1.ends_with("..")).or(a.roles.last()).map(|r| r.0.clone()).unwrap_or_default();
        let country: String = cameo.chars().take(3).collect();
        let country = if is_country_code(&country) { country } else { String::new() };
        let roles: Vec<String> = a.roles.iter().map(|(c, r)| if r.is_empty() { c.clone() } else { format!("{c} {r}") }).collect();
        let aliases: Vec<&str> = a.synonyms.iter().map(String::as_str).filter(|s| *s != a.name).collect();
        // Imported rows are the base layer: a hand-written row naming the same actor wins.
        t.row(&[id, a.name.clone(), kind_of(a).to_string(), country, aliases.join("|"), String::new(), cameo, roles.join("|"), "base".into()])?;
    }
    commit(vec![t.finish()?])?;
    let agents = actors.iter().filter(|a| kind_of(a) == "agent").count();
    Ok(Imported { actors: actors.len() - agents, agents, no_code: parsed.len() - coded.len(), merged, aliases_dropped })
}

/// An entry with the names it is also known by: a titled name without its title (agents are
/// titles themselves), a name with a bracketed abbreviation without it.
fn known_also_as(mut a: CameoActor) -> CameoActor {
    if kind_of(&a) != "agent" {
        let extra: Vec<String> = std::iter::once(&a.name).chain(&a.synonyms).flat_map(|n| [untitled(n), unbracketed(n)]).flatten().collect();
        a.synonyms.extend(extra.into_iter().filter(|n| *n != a.name));
    }
    a
}

/// Whether a role code is a country's (three capitals, no sector code alone).
fn is_country_code(code: &str) -> bool {
    code.len() == 3 && code.chars().all(|c| c.is_ascii_uppercase()) && !SECTORS.contains(&code)
}

/// Titles a dictionary entry may open with ("PRESIDENT_HOSNI_MURBARAK", "PRIME_MINISTER_...").
const TITLES: &[&str] = &[
    "vice president", "president", "deputy prime minister", "prime minister", "foreign minister", "defense minister",
    "defence minister", "minister", "premier", "chancellor", "secretary general", "secretary", "king", "queen", "prince",
    "princess", "crown prince", "sheikh", "emir", "sultan", "ayatollah", "general", "gen.", "colonel", "col.", "admiral",
    "senator", "governor", "mr.", "mrs.", "dr.",
];

/// The name without a leading title, when at least two words are left ("President Hosni
/// Murbarak" → "Hosni Murbarak"): the tagger finds the name without its title, and TABARI
/// entries often carry one.
fn untitled(name: &str) -> Option<String> {
    let lower = name.to_lowercase();
    let title = TITLES.iter().filter(|t| lower.strip_prefix(**t).is_some_and(|r| r.starts_with(' '))).max_by_key(|t| t.len())?;
    let rest = name[title.len()..].trim();
    let words: Vec<&str> = rest.split_whitespace().collect();
    (words.len() >= 2 && !matches!(words[0].to_lowercase().as_str(), "of" | "the" | "for")).then(|| rest.to_string())
}

/// The lower-case first letters of a name's words (split at blanks and hyphens), without its
/// small words ("of", "the", ...) where `skip_small`.
fn initials(name: &str, skip_small: bool) -> String {
    const SMALL: &[&str] = &["of", "the", "and", "for", "on", "de", "la", "del"];
    name.split([' ', '-'])
        .filter(|w| !skip_small || !SMALL.contains(&w.to_lowercase().as_str()))
        .filter_map(|w| w.chars().next())
        .flat_map(char::to_lowercase)
        .collect()
}

/// The name without its bracketed abbreviation ("Lashkar-e-taiba (let)" → "Lashkar-e-taiba"):
/// Phoenix writes a group's abbreviation into its entry name, which a text never repeats, and
/// another entry may list the bare name as its synonym (Phoenix gives "Lashkar-e-taiba" to
/// Al-arifeen too); as a synonym of its own entry the bare name is owned by the first entry that
/// uses it. Only an abbreviation is dropped: one word whose letters are the name's initials in
/// order ("Samoa (occupied)", "Virgin Islands (uk)" keep their bracket).
fn unbracketed(name: &str) -> Option<String> {
    let open = name.trim_end().strip_suffix(')')?.rfind('(')?;
    let rest = name.get(..open)?.trim();
    let abbr = name.get(open + 1..)?.trim_end().trim_end_matches(')').to_lowercase();
    let initials: Vec<char> = initials(rest, false).chars().collect();
    let mut left = initials.iter();
    let in_order = abbr.chars().all(|c| left.any(|&i| i == c));
    let is_abbreviation = (2..=6).contains(&abbr.chars().count())
        && abbr.chars().all(char::is_alphanumeric)
        && initials.first() == abbr.chars().next().as_ref()
        && in_order;
    (is_abbreviation && !rest.is_empty() && !rest.contains('(')).then(|| rest.to_string())
}

/// Phoenix lists some bodies twice, under their name and under their acronym as an entry of its
/// own with the same codes ("International Atomic Energy Agency" and "Iaea"); one actor, one
/// id: the acronym's entry joins the named one as its synonym. Only a one-word entry whose
/// letters are the other's initials in order (with or without its small words: "Organization
/// of American States", OAS), and only where both carry the very same roles. Returns the
/// entries and how many joined.
fn acronyms_joined(actors: Vec<CameoActor>) -> (Vec<CameoActor>, usize) {
    let mut by_initials: std::collections::HashMap<(String, Vec<(String, String)>), usize> = std::collections::HashMap::new();
    for (i, a) in actors.iter().enumerate().filter(|(_, a)| a.name.split_whitespace().count() >= 2) {
        for skip in [false, true] {
            by_initials.entry((initials(&a.name, skip), a.roles.clone())).or_insert(i);
        }
    }
    let mut into: Vec<Option<usize>> = vec![None; actors.len()];
    for (i, a) in actors.iter().enumerate() {
        let word = a.name.trim();
        if word.contains(' ') || !(2..=8).contains(&word.chars().count()) || !word.chars().all(char::is_alphabetic) {
            continue;
        }
        if let Some(&j) = by_initials.get(&(word.to_lowercase(), a.roles.clone())) {
            if let Some(slot) = into.get_mut(i) {
                *slot = Some(j);
            }
        }
    }
    let mut out = actors.clone();
    let mut joined = 0;
    for (i, a) in actors.iter().enumerate() {
        let Some(j) = into.get(i).copied().flatten() else { continue };
        if let Some(named) = out.get_mut(j) {
            for n in std::iter::once(a.name.to_uppercase()).chain(a.synonyms.iter().cloned()) {
                if !named.synonyms.contains(&n) && n != named.name {
                    named.synonyms.push(n);
                }
            }
            joined += 1;
        }
    }
    let mut k = 0;
    out.retain(|_| {
        let keep = into.get(k).is_some_and(Option::is_none);
        k += 1;
        keep
    });
    (out, joined)
}

/// A dictionary may name one thing twice (an entry repeated, or a synonym of one entry written as
/// another entry); the registry refuses a name two actors claim. The first entry that uses a name
/// keeps it, as a reader of the file top to bottom would: a repeated entry is merged into the
/// first (its new synonyms join it), a synonym another entry already has is dropped. Returns the
/// entries to write, how many were merged and how many synonyms were dropped.
fn first_entry_wins(entries: &[&CameoActor]) -> (Vec<CameoActor>, usize, usize) {
    let mut owner: std::collections::HashMap<(String, &'static str), usize> = std::collections::HashMap::new();
    let mut out: Vec<CameoActor> = Vec::new();
    let (mut merged, mut dropped) = (0, 0);
    for &a in entries {
        // Names are owned within a kind; the kind is the entry's, read once.
        let kind = kind_of(a);
        let key = |n: &str| (crate::text::fold(n), kind);
        let at = match owner.get(&key(&a.name)) {
            Some(&first) => {
                merged += 1;
                first
            }
            None => {
                out.push(CameoActor { name: a.name.clone(), synonyms: Vec::new(), roles: a.roles.clone() });
                owner.insert(key(&a.name), out.len() - 1);
                out.len() - 1
            }
        };
        for syn in &a.synonyms {
            match owner.get(&key(syn)) {
                Some(&o) if o == at => {}
                Some(_) => dropped += 1,
                None => {
                    owner.insert(key(syn), at);
                    out[at].synonyms.push(syn.clone());
                }
            }
        }
    }
    (out, merged, dropped)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_acronyms_own_entry_joins_the_named_one_with_the_same_codes() {
        let entry = |name: &str, code: &str| CameoActor { name: name.into(), synonyms: vec![], roles: vec![(code.into(), String::new())] };
        let actors = vec![
            entry("International Atomic Energy Agency", "IGOUNOIAE"),
            entry("Iaea", "IGOUNOIAE"),
            entry("Organization Of American States", "IGOOAS"),
            entry("Oas", "IGOOAS"),
            // Same letters, other codes: another actor.
            entry("Iaea", "NGO"),
        ];
        let (out, joined) = acronyms_joined(actors);
        assert_eq!(joined, 2);
        let names: Vec<(&str, Vec<&str>)> = out.iter().map(|a| (a.name.as_str(), a.synonyms.iter().map(String::as_str).collect())).collect();
        assert_eq!(names, vec![("International Atomic Energy Agency", vec!["IAEA"]), ("Organization Of American States", vec!["OAS"]), ("Iaea", vec![])]);
    }

    #[test]
    fn parses_quirks() {
        let text = "# comment\nNICOLAS_MADURO\n+MADURO\n+NICOLAS_MADURO_MOROS_  # CountryInfo.txt\n\t[VENGOV >060901]\nKOFI_ANNAN_\t\n\t[IGOUNO 970101-061231] [GHAGOV 2004017-20061201]\nHEZBOLLAH_ [LBNREB] #  kkl 21 Mar 13\n+HIZBALLAH\n";
        let a = parse(text);
        assert_eq!(a.len(), 3);
        assert_eq!(a[0].name, "Nicolas Maduro");
        assert_eq!(a[0].synonyms, vec!["Maduro", "Nicolas Maduro Moros"]);
        assert_eq!(a[0].roles, vec![("VENGOV".to_string(), "2006-09-01..".to_string())]);
        assert_eq!(a[1].roles[0], ("IGOUNO".to_string(), "1997-01-01..2006-12-31".to_string()));
        assert_eq!(a[1].roles[1], ("GHAGOV".to_string(), "?2004017-20061201".to_string()));
        assert_eq!(a[2].roles, vec![("LBNREB".to_string(), String::new())]);
        assert_eq!(kind_of(&a[2]), "group");
        assert_eq!(kind_of(&a[0]), "person");
        let isis = parse("THE_ISLAMIC_STATE_ [IMGMUSISI >130408]
");
        assert_eq!(kind_of(&isis[0]), "group");
    }

    #[test]
    fn markup_comments_are_no_actors_and_codes_read_upper_case() {
        // PETRARCH's validation dictionaries open with "<!-- ... -->" headers, some over several
        // lines, and mark sections with "<! -- ... -->"; read as names they swallowed the entry
        // after them (here Hamas and Sam Gamgee became aliases of a comment).
        let text = "<!-- VALIDATION ACTORS -->\n<!-- VERSION: 0.9 -->\n\n<!-- \n# note\n# -->\n<!-- FIRST SET -->\nHAMAS [PSEREBHMS]\nPALESTINIAN [pse]\n\n<! -- NEW ACTORS -->\nSAM_GAMGEE [HOB]  # default\n\t[HOBCIV <20080120]\n";
        let a = parse(text);
        let names: Vec<&str> = a.iter().map(|a| a.name.as_str()).collect();
        assert_eq!(names, vec!["Hamas", "Palestinian", "Sam Gamgee"], "{a:?}");
        assert!(a.iter().all(|a| a.synonyms.is_empty()), "{a:?}");
        assert_eq!(a[1].roles[0].0, "PSE");
        assert_eq!(a[2].roles[1], ("HOBCIV".to_string(), "..2008-01-20".to_string()));
    }

    #[test]
    fn a_titled_name_is_also_known_without_its_title() {
        assert_eq!(untitled("President Hosni Murbarak").as_deref(), Some("Hosni Murbarak"));
        assert_eq!(untitled("Prime Minister Ehud Olmert").as_deref(), Some("Ehud Olmert"));
        // One word left, or a title that is the name's head, stays as it is.
        assert_eq!(untitled("Secretary Brezhnev"), None);
        assert_eq!(untitled("Prince Of Dol Amroth"), None);
        assert_eq!(untitled("Hosni Mubarak"), None);
        let a = parse("PRESIDENT_HOSNI_MURBARAK [EGYGOV]\n");
        assert_eq!(kind_of(&a[0]), "person");
    }

    #[test]
    fn a_name_with_its_abbreviation_is_also_known_without_it() {
        assert_eq!(unbracketed("Lashkar-e-taiba (let)").as_deref(), Some("Lashkar-e-taiba"));
        assert_eq!(unbracketed("Army Of Jhangvi"), None);
        assert_eq!(unbracketed("(lej)"), None);
        assert_eq!(unbracketed("Human Rights In China (hric)").as_deref(), Some("Human Rights In China"));
        // A bracket that is not the name's abbreviation stays.
        assert_eq!(unbracketed("Samoa (occupied)"), None);
        assert_eq!(unbracketed("Virgin Islands (uk)"), None);
        assert_eq!(unbracketed("Olive (organisation Development And Training)"), None);
        // The bare name belongs to the entry it came from, ahead of a later entry's synonym.
        let parsed: Vec<CameoActor> = parse("LASHKAR-E-TAIBA_(LET)_ [SASREB]\nAL-ARIFEEN_ [PAKREB]\n+LASHKAR-E-TAIBA_\n").into_iter().map(known_also_as).collect();
        let entries: Vec<&CameoActor> = parsed.iter().collect();
        let (out, _, dropped) = first_entry_wins(&entries);
        assert_eq!(out[0].synonyms, vec!["Lashkar-e-taiba"], "{out:?}");
        assert!(out[1].synonyms.is_empty(), "{out:?}");
        assert_eq!(dropped, 1);
    }

    #[test]
    fn a_name_used_twice_keeps_its_first_entry() {
        let text = "GONDOR_ [GON]\n+MINAS_TIRITH\nOSGILIATH_ [OSG]\nGONDOR_ [GND]\n+ANORIEN_\nMINAS_TIRITH [MTR]\n+WHITE_CITY\nROHAN_ [ROH]\n+MINAS_TIRITH\n";
        let parsed = parse(text);
        let entries: Vec<&CameoActor> = parsed.iter().collect();
        let (out, merged, dropped) = first_entry_wins(&entries);
        let names: Vec<&str> = out.iter().map(|a| a.name.as_str()).collect();
        // The repeated GONDOR and the entry MINAS TIRITH (a synonym of Gondor) are merged into
        // Gondor, with their new synonyms; Rohan loses the synonym Gondor already has.
        assert_eq!(names, vec!["Gondor", "Osgiliath", "Rohan"]);
        assert_eq!(out[0].roles, vec![("GON".to_string(), String::new())]);
        assert_eq!(out[0].synonyms, vec!["Minas Tirith", "Anorien", "White City"]);
        assert!(out[2].synonyms.is_empty());
        assert_eq!((merged, dropped), (2, 1));
    }

    #[test]
    fn agents_files_expand_substitutions_and_countries_keep_their_adjectives() {
        let text = "!PERSON! = MAN, MEN, WOMAN\nPOLICE {} [~COP]\nHEAD_OF_POLICE {HEADS_OF_POLICE } [~COP]\nCATTLE!PERSON! [~AGR]\nGONDOR_  [GON]\n+GONDORIAN_\n";
        let a = parse(text);
        assert_eq!(a.len(), 4, "{a:?}");
        assert_eq!(a[0].name, "Police");
        assert_eq!(kind_of(&a[0]), "agent");
        assert_eq!(a[1].synonyms, vec!["Heads Of Police"]);
        assert_eq!(a[2].name, "Cattleman");
        assert_eq!(a[2].synonyms, vec!["Cattlemen", "Cattlewoman"]);
        assert_eq!(kind_of(&a[3]), "country");
        let company = CameoActor { name: "Hhgregg".into(), synonyms: vec![], roles: vec![("MNC".into(), String::new())] };
        assert_eq!(kind_of(&company), "organization");
        let agency = CameoActor { name: "Reuters".into(), synonyms: vec![], roles: vec![("MED".into(), String::new())] };
        assert_eq!(kind_of(&agency), "organization");
        assert_eq!(a[3].synonyms, vec!["Gondorian"]);
        // Names before one set of roles are one actor; "[~ENV}" is read as a bracket.
        let a = parse("LEONID_BREZHNEV_  # note\nSECRETARY_BREZHNEV\n\t[RUSGOV 641014-821110]\nMINISTRY_OF_ENVIRONMENT [~ENV}\n");
        assert_eq!(a.len(), 2, "{a:?}");
        assert_eq!(a[0].synonyms, vec!["Secretary Brezhnev"]);
        assert_eq!(a[0].roles[0].0, "RUSGOV");
        assert_eq!(a[1].roles[0].0, "~ENV");
    }
}
