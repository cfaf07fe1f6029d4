//! The actor registry: CSV files an analyst edits in a spreadsheet (`actors/*.csv`, merged in
//! order, a later row overriding an earlier one with the same id), validated with errors that
//! name the file, line and problem.

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

use crate::text::fold;

/// Kinds of actor a registry row may declare. `agent` rows are no actors: they are PETRARCH's
/// agent words ("police" `~COP`, "troops" `~MIL`), kept apart in [`Registry::agents`] to
/// complete a country's CAMEO code ("Gondorian police" → `GONCOP`), never linked.
pub const KINDS: &[&str] = &["person", "country", "organization", "group", "place", "other", "agent"];

/// Columns a registry file must have; others (`demonyms`, `metonyms`, `cameo`, `wikidata`,
/// `roles`, `prior`, `layer`) are optional.
pub const REQUIRED_COLUMNS: &[&str] = &["id", "name", "kind", "country", "aliases", "notes"];

#[derive(Debug, Clone, PartialEq)]
pub struct Actor {
    pub id: String,
    pub name: String,
    pub kind: String,
    pub country: String,
    pub aliases: Vec<String>,
    /// Adjectives for a country ("Venezuelan").
    pub demonyms: Vec<String>,
    /// Names used for the actor by metonymy: capitals for governments ("Moscow"), seats ("the Kremlin").
    pub metonyms: Vec<String>,
    pub notes: String,
    pub cameo: String,
    /// Date-bounded CAMEO roles from the optional `roles` column (`VENGOV 2013-04-19..|VENELI
    /// ..2013-04-18`, as `actors import` writes them): the code and its ISO date range, either end
    /// open.
    pub roles: Vec<Role>,
    pub wikidata: String,
    /// Prior weight used when several actors share an alias (higher wins); default 1.
    pub prior: f32,
    /// Where the row came from, for messages.
    pub origin: String,
    /// A row of the base layer (`layer` column `base`, as `actors import` writes PETRARCH's
    /// dictionaries): any actor of a hand-written row that shares one of its names replaces it
    /// whole, and its surname alone names it only where no one else has that surname.
    pub base: bool,
}

/// A CAMEO code held between two dates (ISO `YYYY-MM-DD`; empty: open).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Role {
    pub code: String,
    pub from: String,
    pub to: String,
}

impl Role {
    /// `CODE`, `CODE FROM..`, `CODE ..TO` or `CODE FROM..TO`; a malformed range (`?...`) is None.
    pub fn parse(s: &str) -> Option<Role> {
        let mut parts = s.split_whitespace();
        let code = parts.next()?.to_string();
        let (from, to) = match parts.next() {
            None => (String::new(), String::new()),
            Some(r) => {
                let (a, b) = r.split_once("..")?;
                (a.to_string(), b.to_string())
            }
        };
        Some(Role { code, from, to })
    }

    /// How many days the role spans; open at either end: unbounded.
    fn span_days(&self) -> i64 {
        match (crate::util::day_number(&self.from), crate::util::day_number(&self.to)) {
            (Some(a), Some(b)) => b - a,
            _ => i64::MAX,
        }
    }

    /// Whether the role holds on `date` (ISO, only its first ten characters are read).
    pub fn holds_on(&self, date: &str) -> bool {
        let d = date.get(..10).unwrap_or(date);
        (self.from.is_empty() || self.from.as_str() <= d) && (self.to.is_empty() || d <= self.to.as_str())
    }
}

impl Actor {
    /// The actor's CAMEO code on a date, as PETRARCH chooses among date-bounded roles: of the
    /// roles that hold on the date, the narrowest (a role inside another overrides it, as in
    /// PETRARCH's validation actors: `[ORCHOB 20100109-20100112]` inside `[HOBMIL
    /// 20080120-20121109]`), the last listed among equals; else the `cameo` column. Without a
    /// date, `cameo`.
    pub fn cameo_on(&self, date: &str) -> &str {
        if date.len() < 10 {
            return &self.cameo;
        }
        let holding = self.roles.iter().enumerate().filter(|(_, r)| !(r.from.is_empty() && r.to.is_empty()) && r.holds_on(date));
        holding.min_by_key(|(i, r)| (r.span_days(), std::cmp::Reverse(*i))).map_or(self.cameo.as_str(), |(_, r)| r.code.as_str())
    }
}

#[derive(Debug, thiserror::Error)]
pub enum RegistryError {
    #[error("{path}: {cause}")]
    Io { path: String, cause: std::io::Error },
    #[error("{0}")]
    Invalid(String),
}

/// A PETRARCH agent code: `~COP` is added after the actor's code ("Gondorian police" →
/// `GONCOP`), `NGO~` before it (an organization: "Gondorian rights groups" → `NGOGON`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AgentCode {
    pub code: String,
    pub before: bool,
}

impl AgentCode {
    /// Read `~COP`, `NGO~` or a bare `COP` (after); `None` when no code is left.
    pub fn parse(s: &str) -> Option<AgentCode> {
        let s = s.trim();
        let before = s.ends_with('~') && !s.starts_with('~');
        let code = s.trim_matches('~').trim().to_string();
        (!code.is_empty()).then_some(AgentCode { code, before })
    }

    /// The actor's code with this agent's added on its side.
    pub fn compose(&self, actor: &str) -> String {
        if self.before {
            format!("{}{actor}", self.code)
        } else {
            format!("{actor}{}", self.code)
        }
    }
}

/// All actors, by id, in a stable order.
#[derive(Debug, Clone, Default)]
pub struct Registry {
    pub actors: Vec<Actor>,
    by_id: HashMap<String, usize>,
    /// Agent words and phrases (folded: "police", "human rights activist") and their codes.
    pub agents: HashMap<String, AgentCode>,
    /// SHA-256 over the files read, for `run.json`.
    pub checksum: String,
    /// Country actors by folded name, alias or demonym ("venezuela", "venezuelan").
    countries: HashMap<String, usize>,
}

fn split_list(s: &str) -> Vec<String> {
    s.split('|').map(|a| a.trim().to_string()).filter(|a| !a.is_empty()).collect()
}

impl Registry {
    /// Files to read for a set of paths: CSV files as given; a folder's `*.csv`, then those of
    /// its subfolders (the shipped `actors/phoenix/`), each folder's in name order.
    pub fn files(paths: &[PathBuf]) -> Result<Vec<PathBuf>, RegistryError> {
        let mut out = Vec::new();
        for p in paths {
            if p.is_dir() {
                let mut v = Vec::new();
                for e in walkdir::WalkDir::new(p).min_depth(1).max_depth(2) {
                    let e = e.map_err(|e| RegistryError::Io { path: p.display().to_string(), cause: e.into() })?;
                    if e.file_type().is_file() && e.path().extension().is_some_and(|x| x == "csv") {
                        v.push((e.depth(), e.into_path()));
                    }
                }
                v.sort();
                out.extend(v.into_iter().map(|(_, f)| f));
            } else {
                out.push(p.clone());
            }
        }
        Ok(out)
    }

    /// Read and validate registry files; every problem found is reported, one per line.
    pub fn load(paths: &[PathBuf]) -> Result<Self, RegistryError> {
        let files = Self::files(paths)?;
        let mut problems = Vec::new();
        let mut reg = Registry::default();
        let mut hasher_input = Vec::new();
        for f in &files {
            let bytes = std::fs::read(f).map_err(|e| RegistryError::Io { path: f.display().to_string(), cause: e })?;
            hasher_input.extend_from_slice(&bytes);
            reg.read_one(f, &bytes, &mut problems);
        }
        reg.shadow_base();
        problems.extend(reg.check_aliases());
        if !problems.is_empty() {
            return Err(RegistryError::Invalid(problems.join("\n")));
        }
        reg.checksum = crate::util::sha256_hex(&hasher_input);
        reg.index_countries();
        Ok(reg)
    }

    fn read_one(&mut self, path: &Path, bytes: &[u8], problems: &mut Vec<String>) {
        let name = path.display().to_string();
        let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
        // Excel in many European locales saves "CSV" with semicolons: read what the header uses.
        let header_line = bytes.split(|&b| b == b'\n').next().unwrap_or(b"");
        let count = |c: u8| header_line.iter().filter(|&&b| b == c).count();
        let delimiter = if count(b';') > count(b',') { b';' } else if count(b'\t') > count(b',') { b'\t' } else { b',' };
        let mut rdr = csv::ReaderBuilder::new().flexible(true).delimiter(delimiter).from_reader(bytes);
        let headers: Vec<String> = match rdr.headers() {
            Ok(h) => h.iter().map(|s| s.trim().to_lowercase()).collect(),
            Err(e) => {
                problems.push(format!("{name}: cannot read the header: {e}"));
                return;
            }
        };
        let missing: Vec<&str> = REQUIRED_COLUMNS.iter().copied().filter(|c| !headers.iter().any(|h| h == c)).collect();
        if !missing.is_empty() {
            problems.push(format!("{name}:1: missing column(s) {} (required: {})", missing.join(", "), REQUIRED_COLUMNS.join(",")));
            return;
        }
        let col = |h: &str| headers.iter().position(|x| x == h);
        for rec in rdr.records() {
            // The line the record starts on, counting blank lines and multi-line cells.
            let rec = match rec {
                Ok(r) => r,
                Err(e) => {
                    let line = e.position().map_or(0, |p| p.line());
                    problems.push(format!("{name}:{line}: {e}"));
                    continue;
                }
            };
            let line = rec.position().map_or(0, |p| p.line() as usize);
            // Cells `actors import` wrote were defused against formulas ("'---").
            let get = |h: &str| crate::output::undefuse(col(h).and_then(|c| rec.get(c)).unwrap_or("").trim()).to_string();
            let id = get("id");
            if id.is_empty() && rec.iter().all(|c| c.trim().is_empty()) {
                continue;
            }
            let mut bad = |msg: String| problems.push(format!("{name}:{line}: {msg}"));
            // More cells than the header names: a comma inside an unquoted cell shifted the row
            // (fewer cells are fine: trailing empty columns may be left out).
            if rec.len() > headers.len() {
                bad(format!("{} cells but the header names {} columns (quote a cell that holds the delimiter)", rec.len(), headers.len()));
                continue;
            }
            if id.is_empty() {
                bad("empty id".into());
                continue;
            }
            let actor_name = get("name");
            if actor_name.is_empty() {
                bad(format!("actor {id} has an empty name"));
                continue;
            }
            let kind = get("kind").to_lowercase();
            if !KINDS.contains(&kind.as_str()) {
                bad(format!("actor {id} has unknown kind '{kind}' (one of {})", KINDS.join(", ")));
                continue;
            }
            let prior = match get("prior") {
                s if s.is_empty() => 1.0,
                s => match s.parse::<f32>() {
                    Ok(v) => v,
                    Err(_) => {
                        bad(format!("actor {id}: prior '{s}' is not a number"));
                        continue;
                    }
                },
            };
            if kind == "agent" {
                let Some(code) = AgentCode::parse(&get("cameo")) else {
                    bad(format!("agent {id} has no cameo code"));
                    continue;
                };
                for w in std::iter::once(actor_name.clone()).chain(split_list(&get("aliases"))) {
                    self.agents.insert(fold(&w), code.clone());
                }
                continue;
            }
            // A name of one letter ("A") would link every sentence that opens with it.
            if let Some(short) = split_list(&get("aliases")).into_iter().chain(split_list(&get("demonyms"))).find(|a| a.chars().filter(|c| c.is_alphanumeric()).count() < 2) {
                bad(format!("actor {id}: alias '{short}' is too short to link (at least 2 letters or digits)"));
                continue;
            }
            let base = match get("layer").to_lowercase().as_str() {
                "" => false,
                "base" => true,
                other => {
                    bad(format!("actor {id}: layer '{other}' is neither empty nor 'base'"));
                    continue;
                }
            };
            let actor = Actor {
                base,
                id: id.clone(),
                name: actor_name,
                kind,
                country: get("country"),
                aliases: split_list(&get("aliases")),
                demonyms: split_list(&get("demonyms")),
                metonyms: split_list(&get("metonyms")),
                notes: get("notes"),
                cameo: get("cameo"),
                roles: split_list(&get("roles")).iter().filter_map(|r| Role::parse(r)).collect(),
                wikidata: get("wikidata"),
                prior,
                origin: format!("{name}:{line}"),
            };
            match self.by_id.get(&id) {
                Some(&k) if self.actors[k].origin.starts_with(&format!("{name}:")) => {
                    bad(format!("duplicate id {id} (first at {})", self.actors[k].origin));
                }
                Some(&k) => self.actors[k] = actor, // a later file overrides
                None => {
                    self.by_id.insert(id, self.actors.len());
                    self.actors.push(actor);
                }
            }
        }
    }

    /// The folded names (name and aliases) an actor is linked by.
    fn names_of(a: &Actor) -> impl Iterator<Item = String> + '_ {
        std::iter::once(&a.name).chain(&a.aliases).map(|s| fold(s))
    }

    /// Drop every base-layer actor that shares a name with an actor of the hand-written layers
    /// (that one names it: "Nicolas Maduro" is `ven:maduro`, not a second id for the same man),
    /// then index the ids anew.
    fn shadow_base(&mut self) {
        if !self.actors.iter().any(|a| a.base) {
            return;
        }
        // (The countries' names, for `without_country`; indexed again once the base is cut.)
        self.index_countries();
        let mut claimed: std::collections::HashSet<String> = std::collections::HashSet::new();
        // Also each name with its own country's name before it dropped, by country: the base
        // layer's "US Department of the Treasury" is the written "Department of the Treasury"
        // (`usa:treasury`, country USA).
        let mut claimed_in: std::collections::HashSet<(String, String)> = std::collections::HashSet::new();
        for a in self.actors.iter().filter(|a| !a.base) {
            claimed.extend(Self::names_of(a));
            claimed.extend(a.demonyms.iter().chain(&a.metonyms).map(|s| fold(s)));
            // (A metonym too: the base layer's "US State Department" is the written USA's "State
            // Department".)
            claimed_in.extend(Self::names_of(a).chain(a.metonyms.iter().map(|s| fold(s))).map(|n| (a.country.clone(), self.without_country(&n, &a.country))));
        }
        let shadowed: Vec<bool> = self
            .actors
            .iter()
            .map(|a| a.base && Self::names_of(a).any(|n| claimed.contains(&n) || (!a.country.is_empty() && claimed_in.contains(&(a.country.clone(), self.without_country(&n, &a.country))))))
            .collect();
        let mut shadowed = shadowed.into_iter();
        self.actors.retain(|_| !shadowed.next().unwrap_or(false));
        self.by_id = self.actors.iter().enumerate().map(|(i, a)| (a.id.clone(), i)).collect();
    }

    /// A folded name without a leading "the" and the name of `country` it opens with ("us
    /// department of the treasury" → "department of the treasury"), where something is left;
    /// else the name.
    fn without_country(&self, name: &str, country: &str) -> String {
        let name = name.strip_prefix("the ").unwrap_or(name);
        let words: Vec<String> = name.split(' ').map(str::to_string).collect();
        match self.country_opening(&words) {
            Some((c, n)) if c.id == country && n < words.len() => words.get(n..).map(|w| w.join(" ")).unwrap_or_default(),
            _ => name.to_string(),
        }
    }

    /// The registry without its base layer (`--no-base-layer`): the hand-written actors only.
    pub fn without_base(mut self) -> Self {
        self.actors.retain(|a| !a.base);
        self.by_id = self.actors.iter().enumerate().map(|(i, a)| (a.id.clone(), i)).collect();
        self.index_countries();
        self
    }

    /// An alias claimed by two actors of the same kind is ambiguous unless both carry notes that
    /// tell them apart. Base-layer actors (PETRARCH's dictionaries, which list one name under
    /// several entries) are left to disambiguation.
    fn check_aliases(&self) -> Vec<String> {
        let mut owners: BTreeMap<(String, String), Vec<usize>> = BTreeMap::new();
        for (i, a) in self.actors.iter().enumerate().filter(|(_, a)| !a.base) {
            let mut names: Vec<String> = a.aliases.iter().map(|s| fold(s)).collect();
            names.push(fold(&a.name));
            names.sort();
            names.dedup();
            for n in names {
                owners.entry((n, a.kind.clone())).or_default().push(i);
            }
        }
        let mut out = Vec::new();
        for ((alias, kind), v) in owners {
            if v.len() > 1 && v.iter().any(|&i| self.actors[i].notes.is_empty()) {
                let who: Vec<String> = v.iter().map(|&i| format!("{} ({})", self.actors[i].id, self.actors[i].origin)).collect();
                out.push(format!("alias '{alias}' is claimed by {kind} actors {} without a note telling them apart; add notes or remove one", who.join(" and ")));
            }
        }
        out
    }

    pub fn get(&self, id: &str) -> Option<&Actor> {
        self.by_id.get(id).map(|&i| &self.actors[i])
    }

    fn index_countries(&mut self) {
        self.countries.clear();
        for (i, a) in self.actors.iter().enumerate().filter(|(_, a)| a.kind == "country") {
            for n in std::iter::once(&a.name).chain(&a.aliases).chain(&a.demonyms) {
                self.countries.entry(crate::text::fold(n)).or_insert(i);
            }
        }
    }

    /// The country whose name, alias or demonym the folded words begin with, longest first, and
    /// how many words it takes: "peruvian congress" → (Peru, 1). For a name the registry does not
    /// know as a whole ("the Peruvian Congress") whose first words name a country.
    pub fn country_opening(&self, words: &[String]) -> Option<(&Actor, usize)> {
        (1..=words.len().min(3)).rev().find_map(|n| self.countries.get(&words[..n].join(" ")).map(|&i| (&self.actors[i], n)))
    }

    /// The country whose name (or adjective) ends `words`, and how many words it takes.
    pub fn country_closing(&self, words: &[String]) -> Option<(&Actor, usize)> {
        (1..=words.len().min(3)).rev().find_map(|n| self.countries.get(&words[words.len() - n..].join(" ")).map(|&i| (&self.actors[i], n)))
    }

    pub fn len(&self) -> usize {
        self.actors.len()
    }

    pub fn is_empty(&self) -> bool {
        self.actors.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_base_layer_gives_way_to_a_written_actor_named_without_its_country() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join("00-countries.csv"),
            "id,name,kind,country,aliases,notes,demonyms,metonyms\nUSA,United States,country,USA,US|U.S.,,American,State Department\nGBR,United Kingdom,country,GBR,UK,,British,\n",
        )
        .unwrap();
        std::fs::write(dir.path().join("10-mine.csv"), "id,name,kind,country,aliases,notes\nusa:treasury,US Treasury,organization,USA,Department of the Treasury,\n").unwrap();
        let sub = dir.path().join("phoenix");
        std::fs::create_dir(&sub).unwrap();
        std::fs::write(
            sub.join("countries.csv"),
            "id,name,kind,country,aliases,notes,layer\ncameo:us-treasury,United States Department Of The Treasury,organization,USA,Us Department Of The Treasury,,base\n\
             cameo:uk-treasury,UK Department of the Treasury,organization,GBR,,,base\n\
             cameo:department-of-state,Department Of State,organization,USA,Us State Department,,base\n",
        )
        .unwrap();
        let r = Registry::load(&[dir.path().to_path_buf()]).unwrap();
        assert!(r.get("cameo:us-treasury").is_none(), "usa:treasury names it");
        // A written metonym names it too: "US State Department" is the USA's "State Department".
        assert!(r.get("cameo:department-of-state").is_none());
        // The same words for another country's body are another actor.
        assert!(r.get("cameo:uk-treasury").is_some());
    }

    #[test]
    fn the_base_layer_gives_way_to_a_written_actor_sharing_a_name() {
        let dir = tempfile::tempdir().unwrap();
        let written = dir.path().join("10-mine.csv");
        std::fs::write(&written, "id,name,kind,country,aliases,notes\nven:maduro,Nicolás Maduro,person,VEN,President Maduro,\n").unwrap();
        let sub = dir.path().join("phoenix");
        std::fs::create_dir(&sub).unwrap();
        // Two base rows share "Juan Perez" (allowed: disambiguation chooses); one is Maduro.
        std::fs::write(
            sub.join("countries.csv"),
            "id,name,kind,country,aliases,notes,cameo,roles,layer\ncameo:nicolas-maduro,Nicolas Maduro,person,VEN,Maduro Moros,,VENGOV,VENGOV,base\n\
             cameo:juan-perez,Juan Perez,person,ARG,,,ARGGOV,ARGGOV,base\ncameo:juan-perez-2,Juan Perez,person,CHL,,,CHLGOV,CHLGOV,base\n",
        )
        .unwrap();
        // The folder's files, then its subfolder's.
        assert_eq!(Registry::files(&[dir.path().to_path_buf()]).unwrap(), vec![written, sub.join("countries.csv")]);
        let r = Registry::load(&[dir.path().to_path_buf()]).unwrap();
        assert!(r.get("cameo:nicolas-maduro").is_none(), "the written row names him");
        assert!(r.get("ven:maduro").is_some_and(|a| !a.base));
        assert!(r.get("cameo:juan-perez").is_some_and(|a| a.base) && r.get("cameo:juan-perez-2").is_some());
        // Without the base layer (`--no-base-layer`) only the written actors are left.
        let written = r.clone().without_base();
        assert!(written.get("cameo:juan-perez").is_none() && written.get("ven:maduro").is_some());
        assert!(written.actors.iter().all(|a| !a.base));
        // A layer that is neither empty nor base names its line.
        std::fs::write(sub.join("countries.csv"), "id,name,kind,country,aliases,notes,layer\nx:a,Alpha Group,organization,,,,top\n").unwrap();
        let err = Registry::load(&[dir.path().to_path_buf()]).unwrap_err().to_string();
        assert!(err.contains("countries.csv:2") && err.contains("layer 'top'"), "{err}");
    }

    #[test]
    fn a_one_letter_alias_is_refused_with_its_line() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("a.csv"), "id,name,kind,country,aliases,notes
x:ok,Okay Group,organization,,OG,
x:a,Alpha Group,organization,,A|Alpha,
").unwrap();
        let err = Registry::load(&[dir.path().to_path_buf()]).unwrap_err().to_string();
        assert!(err.contains("a.csv:3") && err.contains("alias 'A' is too short"), "{err}");
        // A row with more cells than the header (an unquoted comma) is refused too.
        std::fs::write(dir.path().join("a.csv"), "id,name,kind,country,aliases,notes\nx:ok,Okay Group,organization,,OG,\nx:b,Beta, Inc.,organization,,,\n").unwrap();
        let err = Registry::load(&[dir.path().to_path_buf()]).unwrap_err().to_string();
        assert!(err.contains("a.csv:3") && err.contains("7 cells but the header names 6"), "{err}");
    }

    #[test]
    fn agent_rows_are_agent_words_not_actors() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join("a.csv"),
            "id,name,kind,country,aliases,notes,cameo\ncameo:gondor,Gondor,country,GON,Gondorian,,GON\ncameo:police,Police,agent,,Policemen,,~COP\ncameo:bad,Bad,agent,,,,\n",
        )
        .unwrap();
        let err = Registry::load(&[dir.path().to_path_buf()]).unwrap_err().to_string();
        assert!(err.contains("agent cameo:bad has no cameo code"), "{err}");
        std::fs::write(
            dir.path().join("a.csv"),
            "id,name,kind,country,aliases,notes,cameo\ncameo:gondor,Gondor,country,GON,Gondorian,,GON\ncameo:police,Police,agent,,Policemen,,~COP\n",
        )
        .unwrap();
        let reg = Registry::load(&[dir.path().to_path_buf()]).unwrap();
        assert_eq!(reg.actors.len(), 1);
        assert!(reg.get("cameo:police").is_none());
        assert_eq!(reg.agents.get("policemen").map(|a| a.compose("GON")), Some("GONCOP".to_string()));
        assert_eq!(AgentCode::parse("  NGO~").map(|a| a.compose("GON")), Some("NGOGON".to_string()));
        assert_eq!(AgentCode::parse("~"), None);
    }

    #[test]
    fn the_cameo_code_on_a_date_follows_the_dated_roles() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join("a.csv"),
            "id,name,kind,country,aliases,notes,cameo,roles\ncameo:maduro,Nicolas Maduro,person,VEN,,,VENGOV,VENELI ..2013-04-18|VENGOV 2013-04-19..|VENBAD ?0417\n",
        )
        .unwrap();
        let reg = Registry::load(&[dir.path().to_path_buf()]).unwrap();
        let a = reg.get("cameo:maduro").unwrap();
        assert_eq!(a.roles.len(), 2, "the malformed range is left out");
        assert_eq!(a.cameo_on("2010-05-01"), "VENELI");
        assert_eq!(a.cameo_on("2019-03-15T10:00:00Z"), "VENGOV");
        assert_eq!(a.cameo_on(""), "VENGOV");
    }

    #[test]
    fn a_role_inside_another_overrides_it() {
        // PETRARCH's validation actors: SAM_GAMGEE [ORCHOB 20100109-20100112] listed before
        // [HOBMIL 20080120-20121109]; at a shared boundary day the narrower role holds too.
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join("a.csv"),
            "id,name,kind,country,aliases,notes,cameo,roles
me:sam,Sam Gamgee,person,,,,HOB,HOBCIV ..2008-01-19|ORCHOB 2010-01-09..2010-01-12|HOBMIL 2008-01-20..2012-11-09|HOBGOV 2012-11-09..2013-01-19|HOBELI 2013-01-20..\n",
        )
        .unwrap();
        let reg = Registry::load(&[dir.path().to_path_buf()]).unwrap();
        let a = reg.get("me:sam").unwrap();
        let on = |d: &str| a.cameo_on(d).to_string();
        assert_eq!((on("2010-01-10"), on("2010-01-13"), on("2012-11-09"), on("2007-05-01"), on("2014-01-01")), ("ORCHOB".into(), "HOBMIL".into(), "HOBGOV".into(), "HOBCIV".into(), "HOBELI".into()));
    }
}
