//! The verb table: which verbs (and which of their objects) make which CAMEO event, taken from the
//! field's own dictionaries rather than a hand list.
//!
//! [`import_petrarch`] reads a PETRARCH2/TABARI verb dictionary (`CAMEO.2.0.txt` and its
//! descendants): `&CLASS` noun classes with `+phrase` members, `--- NAME [CODE] ---` synonym blocks,
//! verb lines with optional `{irregular forms}` and `[CODE]`, phrasal verbs whose verb word is
//! marked with `+` (`+MEET_WITH`, `WIRE_+TAP`), and `- PRE * POST [CODE]` patterns whose words may
//! be classes, `{consecutive phrases}` or `(PREPOSITION phrases)`. Quirks it survives, as PETRARCH
//! does: comments after `#` or `;`, codes glued to text (`[110]---`), `[:CODE]` (reverse only),
//! patterns naming undefined classes (dropped and counted), `~` transformation lines (skipped,
//! counted).
//!
//! The table is kept and edited as CSV ([`VerbTable::write_csv`], [`VerbTable::load`]), one row
//! per class member, block, verb or pattern, so an analyst can add a verb in a spreadsheet the way
//! they add an actor; files are read in name order and later rows add to earlier ones (a later
//! verb row for the same verb replaces its code).

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::cameo::CameoCode;
use crate::output::{commit, undefuse, OutputError, Table};

#[derive(Debug, thiserror::Error)]
pub enum VerbError {
    #[error("{path}: {cause}")]
    Io { path: String, cause: std::io::Error },
    #[error("{path}: line {line}: {reason}")]
    Invalid { path: String, line: usize, reason: String },
    #[error("{path}: no verb table files (*.csv, or PETRARCH *.txt) found; pass --verbs FILE_OR_DIR")]
    Empty { path: String },
    #[error(transparent)]
    Output(#[from] OutputError),
}

/// What an event-making entry codes: the event from source to target, and optionally the
/// reverse event from target to source (PETRARCH's `[042:043]`: A visits B, so B hosts A).
/// `None` in both is the null code `---`: the verb or pattern makes no event.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct CodeSpec {
    pub forward: Option<CameoCode>,
    pub reverse: Option<CameoCode>,
}

impl CodeSpec {
    /// Parse `042`, `042:043`, `:110`, `---`. Returns `None` for text that is not a code at all.
    pub fn parse(s: &str) -> Option<CodeSpec> {
        let s = s.trim().trim_start_matches('[').trim_end_matches(']').trim();
        let part = |p: &str| -> Option<Option<CameoCode>> {
            let p = p.trim();
            if p.is_empty() || p.chars().all(|c| c == '-') {
                Some(None)
            } else {
                CameoCode::parse(p).map(Some)
            }
        };
        match s.split_once(':') {
            Some((a, b)) => Some(CodeSpec { forward: part(a)?, reverse: part(b)? }),
            None => Some(CodeSpec { forward: part(s)?, reverse: None }),
        }
    }

    pub fn is_null(&self) -> bool {
        self.forward.is_none() && self.reverse.is_none()
    }

    fn render(&self) -> String {
        let f = self.forward.map(|c| c.to_string()).unwrap_or_else(|| "---".into());
        match self.reverse {
            Some(r) => format!("{}:{}", if self.forward.is_some() { f } else { String::new() }, r),
            None => f,
        }
    }
}

/// One element of a pattern, matched against folded (lower-case, accent-free) words.
#[derive(Debug, Clone, PartialEq)]
pub enum Elem {
    /// One word, or consecutive words ("prime minister"); each alternative is a word sequence.
    Words(Vec<Vec<String>>),
    /// A preposition and the elements that follow it inside its phrase.
    Prep(String, Vec<Elem>),
    /// `+` (the target), `$` (the source), `^` or `%`: where an actor or anything may stand. `%`
    /// before the verb asks for a compound subject ("Gondor and Osgiliath have delayed": `% HAVE
    /// *`); the others are not checked (they match anything).
    Slot(char),
}

/// A `- PRE * POST [CODE]` pattern of a block.
#[derive(Debug, Clone, PartialEq)]
pub struct Pattern {
    pub pre: Vec<Elem>,
    pub post: Vec<Elem>,
    pub code: CodeSpec,
    /// The pattern as written (for `events.csv`'s audit column and the CSV table).
    pub text: String,
    /// The verb of the block the dictionary wrote the pattern for (its `# OPPOSE` comment; the
    /// `forms` cell of a CSV pattern row), if it names one: where two patterns of a block match
    /// equally ("* SANCTIONS" is 040 for DEBATE and 052 for OPPOSE in one synonym block), the one
    /// written for the verb at hand wins.
    pub verb: Option<String>,
}

impl Pattern {
    /// How specific the pattern is (more specific patterns win): two points a content word, one
    /// a preposition or a compound subject (`%`), so `* RELATIONS` beats `* (WITH)` for "broken
    /// relations with Libya" and `* (WITH RELATIONS)` beats both.
    pub fn weight(&self) -> usize {
        fn w(e: &Elem) -> usize {
            match e {
                Elem::Words(alts) => 2 * alts.iter().map(Vec::len).min().unwrap_or(0),
                Elem::Prep(_, rest) => 1 + rest.iter().map(w).sum::<usize>(),
                Elem::Slot('%') => 1,
                Elem::Slot(_) => 0,
            }
        }
        self.pre.iter().chain(&self.post).map(w).sum()
    }

    /// Whether the pattern puts the target before the verb and the source after it (`+ * FROM
    /// $`: "Ithilen's militia was freed from Barad-dur" is Mordor freeing Ithilen).
    pub fn reverses(&self) -> bool {
        let has = |side: &[Elem], c: char| side.iter().any(|e| matches!(e, Elem::Slot(x) if *x == c));
        has(&self.pre, '+') && has(&self.post, '$') && !has(&self.pre, '$')
    }

    /// Whether the pattern asks for a compound subject (`%` before the verb).
    fn wants_compound_subject(&self) -> bool {
        self.pre.iter().any(|e| matches!(e, Elem::Slot('%')))
    }

    /// Whether the pattern spells out a negation ("WILL NOT *", "&NEGATVAUXVRB *", "NEITHER *"):
    /// then its code already says what the negated verb does (ALLOW's `NOT * [112]`: "did not
    /// allow" is a refusal), and the event is not a negated one.
    pub fn negates(&self) -> bool {
        fn neg(e: &Elem) -> bool {
            match e {
                Elem::Words(alts) => alts.iter().flatten().any(|w| matches!(w.as_str(), "not" | "n't" | "never" | "no" | "neither" | "nor")),
                Elem::Prep(_, rest) => rest.iter().any(neg),
                Elem::Slot(_) => false,
            }
        }
        self.pre.iter().chain(&self.post).any(neg)
    }
}

/// A verb: its written forms (each a word sequence, the verb word at `verb_at`), its own code if
/// it has one, and its block.
#[derive(Debug, Clone, PartialEq)]
pub struct Verb {
    pub lemma: String,
    pub forms: Vec<Vec<String>>,
    /// Index of the verb word inside each form ("meet with": 0).
    pub verb_at: usize,
    pub code: Option<CodeSpec>,
    pub block: usize,
    /// Other spellings of the forms ("criticised" beside "criticized",
    /// [`VerbTable::add_spellings`]): found like them, never written back as rows.
    pub spelled: Vec<Vec<String>>,
}

impl Verb {
    /// Form `fi`: the written forms first, then the other spellings.
    fn form(&self, fi: usize) -> &[String] {
        let written = self.forms.len();
        self.forms.get(fi).or_else(|| fi.checked_sub(written).and_then(|k| self.spelled.get(k))).map_or(&[], Vec::as_slice)
    }
}

/// A synonym block: name, default code, patterns.
#[derive(Debug, Clone, PartialEq)]
pub struct Block {
    pub name: String,
    pub code: CodeSpec,
    pub patterns: Vec<Pattern>,
}

/// What an import skipped, for the importer's report.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct ImportStats {
    pub classes: usize,
    pub blocks: usize,
    pub verbs: usize,
    pub patterns: usize,
    pub patterns_undefined_class: usize,
    pub transformations_skipped: usize,
    pub lines_unreadable: usize,
}

/// The verb table, indexed by written form.
#[derive(Debug, Clone, Default)]
pub struct VerbTable {
    pub classes: BTreeMap<String, Vec<Vec<String>>>,
    pub blocks: Vec<Block>,
    pub verbs: Vec<Verb>,
    /// First word of a form → (verb, form) pairs.
    by_first: HashMap<String, Vec<(usize, usize)>>,
    /// SHA-256 of the files it was loaded from (for run.json and the result cache's key).
    pub checksum: String,
    /// The Spanish verbs (files named `*.es.csv`): their forms are Spanish conjugations, and
    /// the events stage reads Spanish documents with them ([`super::spanish`]).
    pub spanish: Option<Box<VerbTable>>,
    /// PETRARCH discard phrases (files named `*discards.txt`): sentences or stories holding one
    /// code no event.
    pub discards: super::discards::Discards,
}

/// Which language a verb table file holds: its verb rows are conjugated by that language's rules.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Lang {
    English,
    Spanish,
}

/// A verb found at a place in a sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct VerbHit {
    pub verb: usize,
    /// Word range the form covers (the whole phrasal verb).
    pub start: usize,
    pub end: usize,
    /// The verb word itself.
    pub head: usize,
}

fn fold_word(s: &str) -> String {
    crate::text::fold(s)
}

/// Regular English forms of a verb: base, 3rd person, past, gerund (PETRARCH generates S, ED,
/// ING the same way; irregular verbs list their forms in braces).
pub fn regular_forms(base: &str) -> Vec<String> {
    let b = base.to_lowercase();
    let vowel = |c: char| "aeiou".contains(c);
    let last = b.chars().last().unwrap_or(' ');
    let before = b.chars().rev().nth(1).unwrap_or(' ');
    let s = if b.ends_with('s') || b.ends_with('x') || b.ends_with('z') || b.ends_with("ch") || b.ends_with("sh") {
        format!("{b}es")
    } else if last == 'y' && !vowel(before) {
        format!("{}ies", &b[..b.len() - 1])
    } else {
        format!("{b}s")
    };
    let ed = if last == 'e' {
        format!("{b}d")
    } else if last == 'y' && !vowel(before) {
        format!("{}ied", &b[..b.len() - 1])
    } else {
        format!("{b}ed")
    };
    let ing = if b.ends_with("ie") {
        format!("{}ying", &b[..b.len() - 2])
    } else if last == 'e' && before != 'e' && b.len() > 2 {
        format!("{}ing", &b[..b.len() - 1])
    } else {
        format!("{b}ing")
    };
    vec![b, s, ed, ing]
}

/// How a Spanish verb form is used: what the events stage needs to know of its tense.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SpanishForm {
    /// Present, preterite or imperfect, 3rd person: "sanciona", "sancionó", "sancionaban".
    Finite,
    /// Future: "sancionará".
    Future,
    /// Conditional: "sancionaría" (also the hedge of news: "habría enviado").
    Conditional,
    /// Past participle: "sancionado", "impuestas" (passive voice, perfect tenses).
    Participle,
    /// Infinitive or gerund: "sancionar", "sancionando".
    Nonfinite,
}

/// The 3rd person forms of a regular Spanish verb (an infinitive in -ar, -er or -ir, with "se"
/// dropped: "reunirse" gives "reunió"), accents folded as the token layer folds them, each with
/// its use. Present, preterite, imperfect, future, conditional, participle (four endings),
/// gerund, infinitive. First and second persons are left out: news tells of third parties, and
/// "apoyo" (I support) is also the noun "support".
pub fn spanish_forms(infinitive: &str) -> Vec<(String, SpanishForm)> {
    use SpanishForm::*;
    let inf = fold_word(infinitive.trim());
    let inf = inf.strip_suffix("se").filter(|i| i.ends_with('r')).unwrap_or(&inf).to_string();
    let Some(stem) = inf.strip_suffix("ar").or_else(|| inf.strip_suffix("er")).or_else(|| inf.strip_suffix("ir")) else {
        return Vec::new();
    };
    let ar = inf.ends_with("ar");
    // "leer" → "leyó", "construir" → "construyó": an unstressed i between vowels is written y.
    let vowel_stem = stem.ends_with(['a', 'e', 'o', 'u']);
    let io = if vowel_stem { "yo" } else { "io" };
    let ie = if vowel_stem { "ye" } else { "ie" };
    let (pres, pret3, pret6, imperf, part, ger) = if ar {
        ("a", "o".to_string(), "aron".to_string(), "aba", "ad", "ando".to_string())
    } else {
        ("e", io.to_string(), format!("{ie}ron"), "ia", "id", format!("{ie}ndo"))
    };
    let mut out = vec![
        (format!("{stem}{pres}"), Finite),
        (format!("{stem}{pres}n"), Finite),
        (format!("{stem}{pret3}"), Finite),
        (format!("{stem}{pret6}"), Finite),
        (format!("{stem}{imperf}"), Finite),
        (format!("{stem}{imperf}n"), Finite),
        (format!("{inf}a"), Future),
        (format!("{inf}an"), Future),
        (format!("{inf}ia"), Conditional),
        (format!("{inf}ian"), Conditional),
        (format!("{stem}{ger}"), Nonfinite),
        (inf.clone(), Nonfinite),
        // A pronoun joined to the infinitive or gerund: "reunirse", "sancionarlo", "reuniéndose".
        (format!("{inf}se"), Nonfinite),
        (format!("{stem}{ger}se"), Nonfinite),
        (format!("{inf}lo"), Nonfinite),
        (format!("{inf}la"), Nonfinite),
        (format!("{inf}los"), Nonfinite),
        (format!("{inf}las"), Nonfinite),
        (format!("{inf}le"), Nonfinite),
        (format!("{inf}les"), Nonfinite),
    ];
    // "acusándolo", "agradeciéndole": a gerund with its object joined.
    for clitic in ["lo", "la", "los", "las", "le", "les"] {
        out.push((format!("{stem}{ger}{clitic}"), Nonfinite));
    }
    for end in ["o", "a", "os", "as"] {
        out.push((format!("{stem}{part}{end}"), Participle));
    }
    // The past subjunctive of -er/-ir verbs ("después de que se reuniera"); that of -ar verbs
    // is written as the future once accents are folded ("enviara"), which the coder tells apart.
    if !ar {
        out.push((format!("{stem}{ie}ra"), Finite));
        out.push((format!("{stem}{ie}ran"), Finite));
    }
    out
}

/// The use of a Spanish form of `lemma`: from its regular forms, else (a form listed as
/// irregular) participle if it ends like one ("impuestas", "roto", "dicho"), future or
/// conditional if it ends like an irregular one ("impondrá", "impondría"; a past subjunctive
/// "impusiera" is no future), else finite ("impuso").
pub fn spanish_form_of(lemma: &str, form: &str) -> SpanishForm {
    if let Some((_, kind)) = spanish_forms(lemma).into_iter().find(|(f, _)| f == form) {
        return kind;
    }
    let participle = ["to", "ta", "tos", "tas", "cho", "cha", "chos", "chas"].iter().any(|e| form.ends_with(e));
    if participle {
        SpanishForm::Participle
    } else if ["dra", "dran", "rra", "rran", "bra", "bran"].iter().any(|e| form.ends_with(e)) || matches!(form, "hara" | "haran" | "dira" | "diran") {
        SpanishForm::Future
    } else if ["dria", "drian", "rria", "rrian", "bria", "brian", "haria", "harian", "diria", "dirian"].iter().any(|e| form.ends_with(e)) {
        SpanishForm::Conditional
    } else if form.ends_with("ndo") || form.ends_with('r') {
        SpanishForm::Nonfinite
    } else {
        SpanishForm::Finite
    }
}

/// Forms of a Spanish verb row: the regular conjugation of its infinitive and, added to it, the
/// forms the row lists (stem changes and irregular verbs: "pide|pidió", "impuso|impuestas").
fn spanish_verb_forms(lemma: &str, listed: &[&str]) -> Vec<Vec<String>> {
    let mut forms: Vec<Vec<String>> = Vec::new();
    for f in spanish_forms(lemma).into_iter().map(|(f, _)| f).chain(listed.iter().map(|f| fold_word(f))) {
        if !f.is_empty() && !forms.iter().any(|x| x[0] == f) {
            forms.push(vec![f]);
        }
    }
    forms
}

/// Regular plural of a noun phrase's last word (PETRARCH's rule: S, IES after Y, ES after SS).
fn plural(words: &[String]) -> Vec<String> {
    let mut out = words.to_vec();
    if let Some(last) = out.last_mut() {
        *last = if last.ends_with("ss") || last.ends_with("sh") || last.ends_with("ch") || last.ends_with('x') {
            format!("{last}es")
        } else if last.ends_with('y') && !last.ends_with("ay") && !last.ends_with("ey") && !last.ends_with("oy") {
            format!("{}ies", &last[..last.len() - 1])
        } else if last.ends_with('s') {
            last.clone()
        } else {
            format!("{last}s")
        };
    }
    out
}

/// Words of a dictionary phrase: `_` joins words, case and accents folded.
fn phrase_words(s: &str) -> Vec<String> {
    s.split(['_', ' ']).filter(|w| !w.is_empty()).map(fold_word).filter(|w| !w.is_empty()).collect()
}

/// The verb a pattern line's comment names ("# OPPOSE", "# MEET_WITH"): one upper-case word, as
/// CAMEO.2.0 writes the verb each pattern was first written for.
fn comment_verb(comment: &str) -> Option<String> {
    let w = comment.split_whitespace().next()?;
    let ok = comment.split_whitespace().count() == 1 && w.chars().all(|c| c.is_ascii_uppercase() || c == '_' || c == '+' || c == '\'');
    ok.then(|| w.to_string())
}

/// Split a line into its text, its bracketed code and its comment.
fn split_line(line: &str) -> (&str, Option<&str>, &str) {
    let cut = line.find(['#', ';']).unwrap_or(line.len());
    let (body, comment) = (&line[..cut], line[cut..].trim_start_matches(['#', ';']).trim());
    // The first bracket is the code, as PETRARCH reads it (`--- DELAY [120] [031:031] ---`).
    match body.find('[').and_then(|a| body[a..].find(']').map(|b| (a, a + b))) {
        Some((a, b)) => (body[..a].trim(), Some(&body[a + 1..b]), comment),
        None => (body.trim(), None, comment),
    }
}

impl VerbTable {
    /// Load every verb table under `paths` (folders: their `*.csv` and `*.txt` files in name
    /// order; `.txt` files are read as PETRARCH dictionaries).
    pub fn load(paths: &[PathBuf]) -> Result<VerbTable, VerbError> {
        let mut files = Vec::new();
        for p in paths {
            if p.is_dir() {
                let rd = std::fs::read_dir(p).map_err(|e| VerbError::Io { path: p.display().to_string(), cause: e })?;
                let mut found: Vec<PathBuf> = rd
                    .filter_map(|e| e.ok().map(|e| e.path()))
                    .filter(|f| f.is_file() && matches!(f.extension().and_then(|e| e.to_str()), Some("csv" | "txt")))
                    .filter(|f| !f.file_name().and_then(|n| n.to_str()).is_some_and(|n| n.starts_with('.')))
                    .collect();
                found.sort();
                if found.is_empty() {
                    return Err(VerbError::Empty { path: p.display().to_string() });
                }
                files.extend(found);
            } else {
                files.push(p.clone());
            }
        }
        let mut table = VerbTable::default();
        let mut spanish = VerbTable::default();
        let mut all = Vec::new();
        for f in &files {
            let text = std::fs::read_to_string(f).map_err(|e| VerbError::Io { path: f.display().to_string(), cause: e })?;
            all.extend_from_slice(text.as_bytes());
            let name = f.file_name().and_then(|n| n.to_str()).unwrap_or("");
            if name.ends_with("discards.txt") {
                table.discards.extend(super::discards::Discards::parse(&text));
            } else if name.ends_with(".es.csv") {
                spanish.read_csv(&text, &f.display().to_string(), Lang::Spanish)?;
            } else if f.extension().and_then(|e| e.to_str()) == Some("csv") {
                table.read_csv(&text, &f.display().to_string(), Lang::English)?;
            } else {
                let (t, _) = import_petrarch(&text);
                table.absorb(t);
            }
        }
        table.add_spellings(&super::spelling::Spelling::english());
        table.index();
        table.checksum = crate::util::sha256_hex(&all);
        if !spanish.verbs.is_empty() {
            spanish.index();
            table.spanish = Some(Box::new(spanish));
        }
        Ok(table)
    }

    /// Give every verb form and pattern word its other spelling too (British beside the
    /// American the table is written in), so "criticised" and "air defence systems" match; the
    /// table's rows stay as written.
    pub fn add_spellings(&mut self, spelling: &super::spelling::Spelling) {
        fn others(alts: &[Vec<String>], spelling: &super::spelling::Spelling) -> Vec<Vec<String>> {
            alts.iter().filter_map(|a| spelling.phrase_variant(a)).filter(|v| !alts.contains(v)).collect()
        }
        fn extend(alts: &mut Vec<Vec<String>>, spelling: &super::spelling::Spelling) {
            let more = others(alts, spelling);
            alts.extend(more);
        }
        fn elems(es: &mut [Elem], spelling: &super::spelling::Spelling) {
            for e in es {
                match e {
                    Elem::Words(alts) => extend(alts, spelling),
                    Elem::Prep(_, rest) => elems(rest, spelling),
                    Elem::Slot(_) => {}
                }
            }
        }
        for v in &mut self.verbs {
            v.spelled = others(&v.forms, spelling);
        }
        for p in self.blocks.iter_mut().flat_map(|b| b.patterns.iter_mut()) {
            elems(&mut p.pre, spelling);
            elems(&mut p.post, spelling);
        }
    }

    /// Build the form index (after loading or editing).
    pub fn index(&mut self) {
        self.by_first.clear();
        for (vi, v) in self.verbs.iter().enumerate() {
            for (fi, f) in v.forms.iter().chain(&v.spelled).enumerate() {
                if let Some(first) = f.first() {
                    self.by_first.entry(first.clone()).or_default().push((vi, fi));
                }
            }
        }
    }

    /// Add another table's classes, blocks, patterns and verbs; a verb already present (same lemma) takes
    /// the newer code and block, unless only its old block has patterns written for it.
    fn absorb(&mut self, other: VerbTable) {
        // Members added to a class an earlier file defined ("class,&WEAPON,drones" in
        // `20-mine.csv`) reach that file's patterns too: they are read again with the class
        // as it now is.
        let extended: Vec<String> = other.classes.keys().filter(|k| self.classes.contains_key(*k)).cloned().collect();
        for (k, v) in other.classes {
            self.classes.entry(k).or_default().extend(v);
        }
        if !extended.is_empty() {
            for b in &mut self.blocks {
                for p in &mut b.patterns {
                    let upper = p.text.to_uppercase();
                    if !extended.iter().any(|c| upper.contains(c.as_str())) {
                        continue;
                    }
                    let Some((pre, post)) = p.text.split_once('*') else { continue };
                    if let (Ok(pre), Ok(post)) = (parse_elems(pre, &self.classes), parse_elems(post, &self.classes)) {
                        p.pre = pre;
                        p.post = post;
                    }
                }
            }
        }
        let mut block_map = Vec::new();
        for b in other.blocks {
            let at = match self.blocks.iter().position(|x| x.name == b.name) {
                Some(i) => {
                    if let Some(block) = self.blocks.get_mut(i) {
                        // A later file's pattern replaces one with the same words written for
                        // the same verb ("* INAUGURATION" for ATTEND: 017 in CAMEO, 042 later).
                        let same = |p: &Pattern, q: &Pattern| p.verb == q.verb && pattern_words(&p.text) == pattern_words(&q.text);
                        block.patterns.retain(|old| !b.patterns.iter().any(|new| same(old, new)));
                        block.patterns.extend(b.patterns);
                        if !b.code.is_null() {
                            block.code = b.code;
                        }
                    }
                    i
                }
                None => {
                    self.blocks.push(b);
                    self.blocks.len() - 1
                }
            };
            block_map.push(at);
        }
        for mut v in other.verbs {
            v.block = block_map[v.block];
            let written_for = |t: &VerbTable, b: usize| t.blocks.get(b).is_some_and(|b| b.patterns.iter().any(|p| p.verb.as_deref() == Some(v.lemma.as_str())));
            let kept = self.verbs.iter().position(|x| x.lemma == v.lemma).map(|i| (i, written_for(self, self.verbs[i].block) && !written_for(self, v.block)));
            match (kept, kept.and_then(|(i, _)| self.verbs.get_mut(i))) {
                // A verb listed in two synonym blocks (CAMEO.2.0 has CUT under SEPARATE, with 30
                // patterns written for it, and again under SLASH, with none) stays in the block
                // whose patterns were written for it; a later row's code still replaces its own.
                (Some((_, true)), Some(old)) => {
                    if v.code.is_some() {
                        old.code = v.code;
                    }
                }
                (_, Some(old)) => *old = v,
                _ => self.verbs.push(v),
            }
        }
    }

    /// Verbs whose form starts at word `i` of `words` (folded), longest form first.
    pub fn verbs_at(&self, words: &[String], i: usize) -> Vec<VerbHit> {
        let mut out: Vec<VerbHit> = Vec::new();
        if let Some(list) = self.by_first.get(&words[i]) {
            for &(vi, fi) in list {
                let v = &self.verbs[vi];
                let f = v.form(fi);
                if i + f.len() <= words.len() && words[i..i + f.len()] == f[..] {
                    out.push(VerbHit { verb: vi, start: i, end: i + f.len(), head: i + v.verb_at });
                }
            }
        }
        out.sort_by_key(|h| (std::cmp::Reverse(h.end - h.start), h.verb));
        out
    }

    /// The lemma (lower case) of the table verb one of whose one-word forms `word` (folded) is:
    /// a dictionary lemma, surer than a learned guess ("received" is RECEIVE).
    pub fn lemma_of(&self, word: &str) -> Option<String> {
        let list = self.by_first.get(word)?;
        list.iter().find(|&&(vi, fi)| self.verbs[vi].form(fi).len() == 1).map(|&(vi, _)| self.verbs[vi].lemma.to_lowercase())
    }

    /// The code for a verb found in a clause: the most specific pattern of its block whose words
    /// are found around it (`before` and `after` are the folded words of the clause on each
    /// side), else the verb's own code, else the block's. Also returns the pattern used.
    ///
    /// `infinitive_after[i]` says that `after[i]` is the infinitive marker "to", not the
    /// preposition: a pattern's `(TO SANCTIONS)` must not match "agreed to counteract US
    /// sanctions", while `(TO LEAVE)` still matches "to leave", the verb right after it.
    pub fn code_for(&self, verb: usize, before: &[String], after: &[String], infinitive_after: &[bool], compound_subject: bool) -> (CodeSpec, Option<&Pattern>) {
        self.code_for_phrase(verb, before, &Phrase { words: after, infinitive: infinitive_after, modifier: &[] }, compound_subject)
    }

    /// [`VerbTable::code_for`] over a phrase that also says which words only modify a noun.
    pub fn code_for_phrase(&self, verb: usize, before: &[String], after: &Phrase, compound_subject: bool) -> (CodeSpec, Option<&Pattern>) {
        let v = &self.verbs[verb];
        let block = &self.blocks[v.block];
        let after = Window { words: after.words, infinitive: after.infinitive, modifier: after.modifier };
        let before = Window { words: before, infinitive: &[], modifier: &[] };
        let mut best: Option<(&Pattern, usize)> = None;
        let own = |p: &Pattern| p.verb.as_deref() == Some(v.lemma.as_str());
        for p in &block.patterns {
            let weight = p.weight();
            if p.wants_compound_subject() && !compound_subject {
                continue;
            }
            // Heavier wins; at equal weight, the pattern written for this verb.
            let better = best.is_none_or(|(b, w)| weight > w || (weight == w && own(p) && !own(b)));
            if better && matches_after(&p.post, &after) && matches_before(&p.pre, &before) {
                best = Some((p, weight));
            }
        }
        match best {
            Some((p, weight)) if weight > 0 => (p.code, Some(p)),
            _ => (v.code.unwrap_or(block.code), None),
        }
    }

    /// The name of the synonym block verb `verb` belongs to ("" for no such verb).
    pub fn block_name(&self, verb: usize) -> &str {
        self.verbs.get(verb).and_then(|v| self.blocks.get(v.block)).map_or("", |b| b.name.as_str())
    }

    /// The code a verb has without any pattern: its own, else its block's.
    pub fn own_code(&self, verb: usize) -> CodeSpec {
        let v = &self.verbs[verb];
        v.code.unwrap_or(self.blocks[v.block].code)
    }

    /// How many verbs, blocks, patterns and classes the table holds.
    pub fn stats(&self) -> ImportStats {
        ImportStats {
            classes: self.classes.len(),
            blocks: self.blocks.len(),
            verbs: self.verbs.len(),
            patterns: self.blocks.iter().map(|b| b.patterns.len()).sum(),
            ..Default::default()
        }
    }
}

/// A pattern's words as compared between files: upper case, one space apart.
fn pattern_words(text: &str) -> String {
    text.split_whitespace().map(str::to_uppercase).collect::<Vec<_>>().join(" ")
}

/// The words a pattern is matched in, with the places where "to" marks an infinitive.
struct Window<'a> {
    words: &'a [String],
    infinitive: &'a [bool],
    /// Words that only modify the noun after them ("a drone factory"): no one-word pattern
    /// element stands on one of them.
    modifier: &'a [bool],
}

/// The words after a verb, as the parse reader gives them to the patterns: each word, whether it
/// is the infinitive marker "to", and whether it only modifies the noun after it ("drone" in "a
/// drone factory", not in "drone shipments"), which no one-word element matches ("inaugurated a
/// drone factory" is no `* &WEAPON`).
pub struct Phrase<'a> {
    pub words: &'a [String],
    pub infinitive: &'a [bool],
    pub modifier: &'a [bool],
}

/// Whether every element is found, in order, in the window (gaps allowed, as a head noun may
/// carry modifiers: "sent humanitarian aid" matches `* AID`).
fn matches_after(elems: &[Elem], w: &Window) -> bool {
    find_seq(elems, w, 0).is_some()
}

fn matches_before(elems: &[Elem], w: &Window) -> bool {
    elems.iter().all(|e| matches!(e, Elem::Slot(_))) || find_seq(elems, w, 0).is_some()
}

/// End position after matching `elems` in order from `from`, or `None`.
fn find_seq(elems: &[Elem], w: &Window, from: usize) -> Option<usize> {
    let mut at = from;
    for e in elems {
        at = find_elem(e, w, at)?;
    }
    Some(at)
}

fn find_elem(e: &Elem, w: &Window, from: usize) -> Option<usize> {
    let words = w.words;
    match e {
        Elem::Slot(_) => Some(from),
        Elem::Words(alts) => (from..words.len()).find_map(|i| {
            let modifier = w.modifier.get(i) == Some(&true);
            alts.iter().find(|a| words[i..].starts_with(a) && !(modifier && a.len() == 1)).map(|a| i + a.len())
        }),
        // A preposition of time ("telephoned Maduro on Tuesday", "met in March") is no
        // pattern's preposition: `* (ON)` is "called on Maduro", not a date.
        Elem::Prep(prep, rest) => (from..words.len()).filter(|&i| &words[i] == prep && !words.get(i + 1).is_some_and(|n| is_time_word(n))).find_map(|i| {
            // An infinitive's "to" is no preposition: its phrase is the verb right after it.
            let infinitive = w.infinitive.get(i) == Some(&true);
            if infinitive && !rest.first().is_some_and(|first| word_at(first, words, i + 1)) {
                return None;
            }
            find_seq(rest, w, i + 1)
        }),
    }
}

/// A weekday, a month or a year: what a preposition of time takes.
fn is_time_word(w: &str) -> bool {
    const TIME: &[&str] = &[
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may",
        "june", "july", "august", "september", "october", "november", "december", "lunes", "martes", "miercoles", "jueves", "viernes",
        "sabado", "domingo", "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
        "noviembre", "diciembre",
    ];
    let w = w.to_lowercase();
    TIME.contains(&w.as_str()) || (w.len() == 4 && w.chars().all(|c| c.is_ascii_digit()))
}

/// Whether the element `e` matches starting exactly at `i` (no gap).
fn word_at(e: &Elem, words: &[String], i: usize) -> bool {
    match e {
        Elem::Words(alts) => alts.iter().any(|a| words.get(i..).is_some_and(|rest| rest.starts_with(a))),
        _ => false,
    }
}

/// Parse the elements of one side of a pattern.
fn parse_elems(s: &str, classes: &BTreeMap<String, Vec<Vec<String>>>) -> Result<Vec<Elem>, String> {
    let mut out = Vec::new();
    let mut rest = s.trim();
    while !rest.is_empty() {
        if let Some(r) = rest.strip_prefix('(') {
            let end = r.find(')').ok_or("unclosed '('")?;
            let inner = parse_elems(&r[..end], classes)?;
            let mut it = inner.into_iter();
            match it.next() {
                Some(Elem::Words(alts)) if alts.iter().all(|a| a.len() == 1) => {
                    // "BY/WITH" gives two prepositions; keep the first (the rest are rare).
                    let first = alts[0][0].split('/').next().unwrap_or("").to_string();
                    out.push(Elem::Prep(first, it.collect()));
                }
                Some(other) => {
                    out.push(other);
                    out.extend(it);
                }
                None => {}
            }
            rest = r[end + 1..].trim_start();
        } else if let Some(r) = rest.strip_prefix('{') {
            let end = r.find('}').ok_or("unclosed '{'")?;
            // A consecutive phrase; a class inside it ({&MILITARY ADVISORS}) expands.
            let mut seqs: Vec<Vec<String>> = vec![Vec::new()];
            for w in r[..end].split_whitespace() {
                let alts = word_alternatives(w, classes)?;
                seqs = seqs.iter().flat_map(|s| alts.iter().map(move |a| [s.clone(), a.clone()].concat())).collect();
            }
            let mut with_plurals = seqs.clone();
            with_plurals.extend(seqs.iter().map(|s| plural(s)));
            out.push(Elem::Words(with_plurals));
            rest = r[end + 1..].trim_start();
        } else {
            let end = rest.find(|c: char| c.is_whitespace() || c == '(' || c == '{').unwrap_or(rest.len()).max(1);
            let w = &rest[..end];
            match w {
                "+" | "$" | "^" | "%" => out.push(Elem::Slot(w.chars().next().unwrap_or('^'))),
                _ => out.push(Elem::Words(word_alternatives(w, classes)?)),
            }
            rest = rest[end..].trim_start();
        }
    }
    Ok(out)
}

/// A pattern word, a class name, or a `_`-joined phrase, with regular plurals (unless it ends
/// with `_`, PETRARCH's "no plural" mark).
fn word_alternatives(w: &str, classes: &BTreeMap<String, Vec<Vec<String>>>) -> Result<Vec<Vec<String>>, String> {
    if w.starts_with('&') {
        return classes.get(&w.trim_end_matches('_').to_uppercase()).cloned().ok_or_else(|| format!("undefined class {w}"));
    }
    if w.contains('&') {
        // A class inside a joined phrase (`NEW_&TIETYPES_RELATIONS`): every member in its place.
        let mut seqs: Vec<Vec<String>> = vec![Vec::new()];
        for piece in w.split('_').filter(|p| !p.is_empty()) {
            let alts = if piece.starts_with('&') { word_alternatives(piece, classes)? } else { vec![phrase_words(piece)] };
            seqs = seqs.iter().flat_map(|s| alts.iter().map(move |a| [s.clone(), a.clone()].concat())).collect();
        }
        return Ok(seqs);
    }
    let no_plural = w.ends_with('_');
    let words = phrase_words(w);
    if words.is_empty() {
        return Ok(Vec::new());
    }
    let mut alts = vec![words.clone()];
    if !no_plural {
        let p = plural(&words);
        if p != words {
            alts.push(p);
        }
    }
    Ok(alts)
}

/// Forms of a verb line: `SEND {SENDS SENDING SENT}`, `+MEET_WITH {+MET_WITH ...}`, `WIRE_+TAP`.
fn verb_forms(lemma: &str, irregular: &[&str]) -> (Vec<Vec<String>>, usize) {
    let parts: Vec<&str> = lemma.split('_').filter(|p| !p.is_empty()).collect();
    let verb_at = parts.iter().position(|p| p.starts_with('+')).unwrap_or(0);
    let words: Vec<String> = parts.iter().map(|p| fold_word(p.trim_start_matches('+'))).collect();
    let mut forms: Vec<Vec<String>> = Vec::new();
    let Some(base) = words.get(verb_at).cloned() else { return (forms, verb_at) };
    let mut push = |f: Vec<String>| {
        if !f.is_empty() && !f.iter().any(String::is_empty) && !forms.contains(&f) {
            forms.push(f);
        }
    };
    if irregular.is_empty() {
        for v in regular_forms(&base) {
            let mut f = words.clone();
            f[verb_at] = v;
            push(f);
        }
    } else {
        push(words.clone());
        for irr in irregular {
            push(irr.split('_').filter(|p| !p.is_empty()).map(|p| fold_word(p.trim_start_matches('+'))).collect());
        }
    }
    (forms, verb_at)
}

/// Read a PETRARCH2/TABARI verb dictionary. Never fails: what it cannot read is counted.
pub fn import_petrarch(text: &str) -> (VerbTable, ImportStats) {
    let mut t = VerbTable::default();
    let mut stats = ImportStats::default();
    let mut class: Option<(String, bool)> = None;
    let text = crate::util::blank_markup_comments(text);
    for raw in text.lines() {
        let line = raw.trim_end();
        let trimmed = line.trim();
        if trimmed.is_empty() || trimmed.starts_with('#') {
            continue;
        }
        if trimmed.starts_with('~') {
            stats.transformations_skipped += 1;
            continue;
        }
        if let Some(name) = trimmed.strip_prefix('&') {
            let name = name.split_whitespace().next().unwrap_or("");
            let no_plural = name.ends_with('_');
            class = Some((format!("&{}", name.trim_end_matches('_')), no_plural));
            t.classes.entry(format!("&{}", name.trim_end_matches('_'))).or_default();
            continue;
        }
        // Class members follow their `&NAME` line until the next block, also between blocks
        // (a `+` line after a block line is a phrasal verb: `class` is reset there).
        if let (Some(member), Some((name, no_plural))) = (trimmed.strip_prefix('+'), &class) {
            let (body, _, _) = split_line(member);
            if body.trim().starts_with('&') {
                // A class inside a class (`+&TIETYPES`): its members as they are now.
                match word_alternatives(body.trim(), &t.classes) {
                    Ok(members) => t.classes.entry(name.clone()).or_default().extend(members),
                    Err(_) => stats.lines_unreadable += 1,
                }
                continue;
            }
            let words = phrase_words(body);
            if !words.is_empty() {
                let entry = t.classes.entry(name.clone()).or_default();
                let keep_singular = body.ends_with('_') || *no_plural;
                let p = plural(&words);
                entry.push(words.clone());
                if !keep_singular && p != words {
                    entry.push(p);
                }
            }
            continue;
        }
        if trimmed.starts_with("---") {
            class = None;
            let inner = trimmed.trim_matches('-').trim();
            let (name, code, _) = split_line(inner);
            let code = code.and_then(CodeSpec::parse).unwrap_or_default();
            t.blocks.push(Block { name: name.trim().to_string(), code, patterns: Vec::new() });
            continue;
        }
        let Some(block) = t.blocks.len().checked_sub(1) else {
            stats.lines_unreadable += 1;
            continue;
        };
        if let Some(p) = trimmed.strip_prefix('-') {
            let (body, code, comment) = split_line(p);
            let Some(code) = code.and_then(CodeSpec::parse) else {
                stats.lines_unreadable += 1;
                continue;
            };
            let Some((pre, post)) = body.split_once('*') else {
                stats.lines_unreadable += 1;
                continue;
            };
            match (parse_elems(pre, &t.classes), parse_elems(post, &t.classes)) {
                (Ok(pre), Ok(post)) => {
                    let text = body.split_whitespace().collect::<Vec<_>>().join(" ");
                    t.blocks[block].patterns.push(Pattern { pre, post, code, text, verb: comment_verb(comment) });
                }
                (Err(e), _) | (_, Err(e)) if e.starts_with("undefined class") => stats.patterns_undefined_class += 1,
                _ => stats.lines_unreadable += 1,
            }
            continue;
        }
        // A verb line: LEMMA {forms} [code].
        let (body, code, _) = split_line(trimmed);
        let (lemma, irregular) = match (body.find('{'), body.find('}')) {
            (Some(a), Some(b)) if a < b => (body[..a].trim(), body[a + 1..b].split_whitespace().collect::<Vec<_>>()),
            _ => (body.split_whitespace().next().unwrap_or(""), Vec::new()),
        };
        if lemma.is_empty() || !lemma.chars().all(|c| c.is_alphanumeric() || "_+-'".contains(c)) {
            stats.lines_unreadable += 1;
            continue;
        }
        let (forms, verb_at) = verb_forms(lemma, &irregular);
        if forms.is_empty() {
            stats.lines_unreadable += 1;
            continue;
        }
        let code = code.and_then(CodeSpec::parse);
        t.verbs.push(Verb { lemma: lemma.to_string(), forms, verb_at, code, block, spelled: Vec::new() });
    }
    let s = t.stats();
    stats.classes = s.classes;
    stats.blocks = s.blocks;
    stats.verbs = s.verbs;
    stats.patterns = s.patterns;
    t.index();
    (t, stats)
}

/// One row of the verb table CSV.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct VerbRow {
    /// `class`, `block`, `verb` or `pattern`.
    pub kind: String,
    /// The class (`&MILITARY`) or the block (`SEND`) the row belongs to.
    pub name: String,
    /// Class member phrase, verb lemma (`+` marks the verb word of a phrasal verb) or pattern.
    pub text: String,
    /// A verb's written forms, `|`-separated (empty: regular forms are generated).
    pub forms: String,
    /// `042`, `042:043` (with the reverse event), `:110` (reverse only), `---` (no event), or
    /// empty (a verb without its own code takes its block's).
    pub code: String,
}

pub const VERB_COLUMNS: &[&str] = &["kind", "name", "text", "forms", "code"];

impl VerbTable {
    /// Rows for the CSV form of the table.
    pub fn rows(&self) -> Vec<VerbRow> {
        let mut out = Vec::new();
        for (name, members) in &self.classes {
            for m in members {
                out.push(VerbRow { kind: "class".into(), name: name.clone(), text: m.join("_"), forms: String::new(), code: String::new() });
            }
        }
        for (bi, b) in self.blocks.iter().enumerate() {
            out.push(VerbRow { kind: "block".into(), name: b.name.clone(), text: String::new(), forms: String::new(), code: b.code.render() });
            for v in self.verbs.iter().filter(|v| v.block == bi) {
                let forms: Vec<String> = v.forms.iter().map(|f| f.join("_")).collect();
                out.push(VerbRow { kind: "verb".into(), name: b.name.clone(), text: v.lemma.clone(), forms: forms.join("|"), code: v.code.map(|c| c.render()).unwrap_or_default() });
            }
            for p in &b.patterns {
                out.push(VerbRow { kind: "pattern".into(), name: b.name.clone(), text: p.text.clone(), forms: p.verb.clone().unwrap_or_default(), code: p.code.render() });
            }
        }
        out
    }

    /// Write the table as CSV (the shipped `verbs/00-cameo.csv` is made this way).
    pub fn write_csv(&self, path: &Path) -> Result<(), VerbError> {
        let dir = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("verbs.csv");
        let mut t = Table::create(dir, name, VERB_COLUMNS, false)?;
        for r in self.rows() {
            t.row(&[r.kind, r.name, r.text, r.forms, r.code])?;
        }
        commit(vec![t.finish()?])?;
        Ok(())
    }

    /// Add the rows of a CSV verb table. Classes must come before the patterns that use them.
    fn read_csv(&mut self, text: &str, path: &str, lang: Lang) -> Result<(), VerbError> {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let mut rdr = csv::Reader::from_reader(text.as_bytes());
        let mut other = VerbTable::default();
        let bad = |line: usize, reason: String| VerbError::Invalid { path: path.to_string(), line, reason };
        let mut block_at: HashMap<String, usize> = HashMap::new();
        let headers = rdr.headers().map_err(|e| bad(1, e.to_string()))?.clone();
        let mut merged: Option<(usize, BTreeMap<String, Vec<Vec<String>>>)> = None;
        for rec in rdr.records() {
            let rec = rec.map_err(|e| bad(e.position().map_or(0, |p| p.line() as usize), e.to_string()))?;
            let line = rec.position().map_or(0, |p| p.line() as usize);
            let r: VerbRow = rec.deserialize(Some(&headers)).map_err(|e| bad(line, format!("{e} (columns: {})", VERB_COLUMNS.join(","))))?;
            // Cells this crate wrote were defused against formulas ("'---", "'+MEET_WITH").
            let r = VerbRow { text: undefuse(&r.text).to_string(), code: undefuse(&r.code).to_string(), ..r };
            let code_text = r.code.as_str();
            let code = if code_text.trim().is_empty() {
                None
            } else {
                Some(CodeSpec::parse(code_text).ok_or_else(|| bad(line, format!("'{}' is not a CAMEO code (e.g. 042, 042:043, ---)", r.code)))?)
            };
            let mut block_of = |name: &str, other: &mut VerbTable| -> usize {
                *block_at.entry(name.to_string()).or_insert_with(|| {
                    other.blocks.push(Block { name: name.to_string(), code: CodeSpec::default(), patterns: Vec::new() });
                    other.blocks.len() - 1
                })
            };
            match r.kind.as_str() {
                "class" => {
                    let name = if r.name.starts_with('&') { r.name.clone() } else { format!("&{}", r.name) };
                    // A member with no letter or digit ("$") would match everywhere and weigh
                    // nothing, which silences every pattern of the class.
                    let words = phrase_words(&r.text);
                    if words.is_empty() || words.iter().any(String::is_empty) {
                        return Err(bad(line, format!("class member '{}' has no letter or digit to match", r.text)));
                    }
                    other.classes.entry(name.to_uppercase()).or_default().push(words);
                }
                "block" => {
                    let b = block_of(&r.name, &mut other);
                    other.blocks[b].code = code.unwrap_or_default();
                }
                "verb" => {
                    if !r.text.chars().any(char::is_alphanumeric) {
                        return Err(bad(line, format!("verb row of block '{}' has no verb in its text column", r.name)));
                    }
                    let b = block_of(&r.name, &mut other);
                    let irregular: Vec<&str> = r.forms.split('|').map(str::trim).filter(|f| !f.is_empty()).collect();
                    let (forms, verb_at) = match lang {
                        Lang::English => verb_forms(&r.text, &irregular),
                        Lang::Spanish => (spanish_verb_forms(&r.text, &irregular), 0),
                    };
                    if forms.is_empty() {
                        return Err(bad(line, format!("verb '{}' has no usable form", r.text)));
                    }
                    other.verbs.push(Verb { lemma: r.text.trim().to_string(), forms, verb_at, code, block: b, spelled: Vec::new() });
                }
                "pattern" => {
                    let b = block_of(&r.name, &mut other);
                    let (pre, post) = r.text.split_once('*').ok_or_else(|| bad(line, format!("pattern '{}' has no '*' for the verb", r.text)))?;
                    // The classes known so far (earlier files and this file's rows above), merged
                    // once per new class row rather than per pattern.
                    if merged.as_ref().is_none_or(|(n, _)| *n != other.classes.values().map(Vec::len).sum::<usize>()) {
                        let mut classes = self.classes.clone();
                        for (k, v) in &other.classes {
                            classes.entry(k.clone()).or_default().extend(v.iter().cloned());
                        }
                        merged = Some((other.classes.values().map(Vec::len).sum(), classes));
                    }
                    let classes = &merged.as_ref().expect("just set").1;
                    let parse = |s: &str| parse_elems(s, classes).map_err(|e| bad(line, format!("pattern '{}': {e}", r.text)));
                    let (pre, post) = (parse(pre)?, parse(post)?);
                    let code = code.ok_or_else(|| bad(line, "a pattern needs a code".into()))?;
                    let verb = Some(r.forms.trim().to_uppercase()).filter(|v| !v.is_empty());
                    other.blocks[b].patterns.push(Pattern { pre, post, code, text: r.text.clone(), verb });
                }
                k => return Err(bad(line, format!("kind '{k}' is not class, block, verb or pattern"))),
            }
        }
        self.absorb(other);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const DICT: &str = "\
# header comment
&MILITARY
+TROOPS
+ARMED_FORCES
&AUXVERB1_
+WAS

####### VERB PATTERNS #######

---  SEND   [---]  ---
SEND {SENDS SENDING SENT }
SHIP {SHIPS SHIPPING SHIPPED };shan   8/30/93
DEPLOY
- * &MILITARY                                         [072:086]     # SEND
- * {HUMANITARIAN AID}                                [073]         # SEND
- * AID                                               [070]         # SEND
- * &DRONES                                           [195]         # undefined class
- * ENVOY                                             [042:043]     # SEND

---  MEET_PEOPLE   [040]  ---
+MEET_WITH {+MET_WITH +MEETS_WITH +MEETING_WITH }
MEET {MEETS MET MEETING}
- * (FOR TALKS)                                       [036:036]     # MEET
- * CRITICISM                                         [:111]        # FACE

---  CRITICIZE   [111]---
CRITICIZE
ACCUSE [112]
~ a (a b ATTACK) SAY = a b 015
";

    #[test]
    fn imports_blocks_forms_patterns_and_survives_quirks() {
        let (t, stats) = import_petrarch(DICT);
        assert_eq!(stats.blocks, 3);
        assert_eq!(stats.verbs, 7);
        assert_eq!(stats.patterns, 6);
        assert_eq!(stats.patterns_undefined_class, 1);
        assert_eq!(stats.transformations_skipped, 1);
        // Irregular forms from braces (with a ';' comment after them), regular ones generated.
        let ship = t.verbs.iter().find(|v| v.lemma == "SHIP").unwrap();
        assert!(ship.forms.contains(&vec!["shipped".to_string()]));
        let deploy = t.verbs.iter().find(|v| v.lemma == "DEPLOY").unwrap();
        assert_eq!(deploy.forms, vec![vec!["deploy"], vec!["deploys"], vec!["deployed"], vec!["deploying"]]);
        // Phrasal verb: the verb word is marked with '+'.
        let mw = t.verbs.iter().find(|v| v.lemma == "+MEET_WITH").unwrap();
        assert!(mw.forms.contains(&vec!["met".to_string(), "with".to_string()]));
        assert_eq!(mw.verb_at, 0);
        // A code glued to dashes still parses; a verb's own code beats its block's.
        let crit = &t.blocks[2];
        assert_eq!(crit.code.forward, CameoCode::parse("111"));
        let accuse = t.verbs.iter().find(|v| v.lemma == "ACCUSE").unwrap();
        assert_eq!(accuse.code.and_then(|c| c.forward), CameoCode::parse("112"));
        // Class members with plurals (and the no-plural mark on the class name).
        assert!(t.classes["&MILITARY"].contains(&vec!["armed".to_string(), "forces".to_string()]));
        assert_eq!(t.classes["&AUXVERB1"], vec![vec!["was".to_string()]]);
    }

    /// Quirks of PETRARCH's validation dictionary (written for this test in its style): markup
    /// comments, a class defined between blocks and one nested in it, a class inside a joined
    /// phrase, two brackets on a block line, and codes outside CAMEO.
    const VALIDATION_STYLE: &str = "<!-- A VALIDATION-STYLE VERBS DICTIONARY -->
<!--
  two lines of header
-->
&TIES
+MILITARY
+TRADE

--- SHUN  [345]  ---
SHUN
- * NEW_&TIES_LINKS [903]  # class inside a phrase
- * TALKS  [075A]

&WARMSYN  # a class between blocks, with a class inside it
+&TIES
+CLOSER

--- WARM [---] ---
WARM
- * &WARMSYN TIES [083]

--- STALL [120]  [031:031]  ---
STALL
- SAID * [112]

--- STORM  [223]  ---
STORM
";

    #[test]
    fn validation_style_dictionaries_import_whole() {
        let (t, stats) = import_petrarch(VALIDATION_STYLE);
        assert_eq!(stats.lines_unreadable, 0, "{stats:?}");
        assert_eq!((stats.blocks, stats.verbs, stats.patterns), (4, 4, 4));
        // The markup comments are no verbs, and CLOSER is a class member, not a verb of SHUN.
        assert!(t.verbs.iter().all(|v| !v.lemma.contains('<') && v.lemma != "+CLOSER"), "{:?}", t.verbs);
        let warm = &t.classes["&WARMSYN"];
        assert!(warm.contains(&vec!["trade".to_string()]) && warm.contains(&vec!["closer".to_string()]), "{warm:?}");
        let code = |lemma: &str, after: &str| {
            let v = t.verbs.iter().position(|v| v.lemma == lemma).unwrap();
            t.code_for(v, &[], &words(after), &[], false).0.forward.map(|c| c.to_string())
        };
        assert_eq!(code("SHUN", "new trade links with").as_deref(), Some("903"));
        assert_eq!(code("SHUN", "the talks").as_deref(), Some("075A"));
        assert_eq!(code("SHUN", "the idea").as_deref(), Some("345"));
        assert_eq!(code("WARM", "closer ties with").as_deref(), Some("083"));
        assert_eq!(code("WARM", "military ties with").as_deref(), Some("083"));
        // The first bracket of a block line is its code, as PETRARCH reads it.
        assert_eq!(t.blocks[2].name, "STALL");
        assert_eq!(code("STALL", "the vote").as_deref(), Some("120"));
        // A WEIS code is kept as written, with no quad class.
        let storm = code("STORM", "the border").unwrap();
        assert_eq!(storm, "223");
        assert_eq!(CameoCode::parse(&storm).unwrap().quad_class(), None);
    }

    fn words(s: &str) -> Vec<String> {
        s.split(' ').map(String::from).collect()
    }

    #[test]
    fn most_specific_pattern_wins_and_null_blocks_make_no_event() {
        let (t, _) = import_petrarch(DICT);
        let send = t.verbs.iter().position(|v| v.lemma == "SEND").unwrap();
        let code = |after: &str| t.code_for(send, &[], &words(after), &[], false).0;
        assert_eq!(code("urgent humanitarian aid to").forward, CameoCode::parse("073"));
        assert_eq!(code("more aid to").forward, CameoCode::parse("070"));
        let troops = code("500 troops to");
        assert_eq!((troops.forward, troops.reverse), (CameoCode::parse("072"), CameoCode::parse("086")));
        assert_eq!(code("an envoy").reverse, CameoCode::parse("043"));
        assert!(code("a letter").is_null(), "SEND's block code is ---");
        let meet = t.verbs.iter().position(|v| v.lemma == "MEET").unwrap();
        assert_eq!(t.code_for(meet, &[], &words("with rebels for talks"), &[], false).0.forward, CameoCode::parse("036"));
        assert_eq!(t.code_for(meet, &[], &words("in caracas"), &[], false).0.forward, CameoCode::parse("040"));
        // A preposition of time is no pattern's preposition ("met on Tuesday for talks" still
        // matches FOR TALKS; "met for May talks" does not).
        assert_eq!(t.code_for(meet, &[], &words("on tuesday for talks"), &[], false).0.forward, CameoCode::parse("036"));
        assert_eq!(t.code_for(meet, &[], &words("for may talks"), &[], false).0.forward, CameoCode::parse("040"));
        let face = t.code_for(meet, &[], &words("harsh criticism"), &[], false).0;
        assert_eq!((face.forward, face.reverse), (None, CameoCode::parse("111")));
    }

    #[test]
    fn of_two_equal_patterns_the_one_written_for_the_verb_wins() {
        // CAMEO.2.0 merges verbs into synonym blocks and keeps each pattern's first verb as a
        // comment: `* SANCTIONS` is 040 for DEBATE and 052 for OPPOSE in one block.
        let dict = "--- VERBAL_CONFLICT [110] ---\nDEBATE\nOPPOSE\n- * SANCTIONS [040] # DEBATE\n- * SANCTIONS [052] # OPPOSE\n- * {NEW SANCTIONS} [1312] # two words\n";
        let (t, _) = import_petrarch(dict);
        assert_eq!(t.blocks[0].patterns[0].verb.as_deref(), Some("DEBATE"));
        assert_eq!(t.blocks[0].patterns[2].verb, None, "a comment of more than one word names no verb");
        let code = |lemma: &str, after: &str| {
            let v = t.verbs.iter().position(|v| v.lemma == lemma).unwrap();
            t.code_for(v, &[], &words(after), &[], false).0.forward.map(|c| c.to_string())
        };
        assert_eq!(code("OPPOSE", "us sanctions").as_deref(), Some("052"));
        assert_eq!(code("DEBATE", "us sanctions").as_deref(), Some("040"));
        // A heavier pattern still wins whoever it was written for.
        assert_eq!(code("OPPOSE", "new sanctions").as_deref(), Some("1312"));
        // The attribution survives the CSV table (the pattern row's `forms` cell).
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("v.csv");
        t.write_csv(&path).unwrap();
        let back = VerbTable::load(&[path]).unwrap();
        let v = back.verbs.iter().position(|v| v.lemma == "OPPOSE").unwrap();
        assert_eq!(back.code_for(v, &[], &words("us sanctions"), &[], false).0.forward, CameoCode::parse("052"));
    }

    #[test]
    fn an_infinitive_to_is_no_preposition() {
        let (t, _) = import_petrarch("--- AGREE [030] ---\nAGREE\n- * (TO SANCTIONS) [163]\n- * (TO LEAVE) [0874]\n");
        let agree = t.verbs.iter().position(|v| v.lemma == "AGREE").unwrap();
        let code = |after: &str, infinitive_at: Option<usize>| {
            let w = words(after);
            let inf: Vec<bool> = (0..w.len()).map(|i| Some(i) == infinitive_at).collect();
            t.code_for(agree, &[], &w, &inf, false).0.forward.map(|c| c.to_string())
        };
        assert_eq!(code("to sanctions", None).as_deref(), Some("163"));
        assert_eq!(code("to counteract us sanctions", Some(0)).as_deref(), Some("030"), "'to' before a verb is no preposition");
        assert_eq!(code("to counteract us sanctions", None).as_deref(), Some("163"), "without the mark the preposition matches");
        assert_eq!(code("to leave", Some(0)).as_deref(), Some("0874"), "the infinitive's own verb still matches");
    }

    #[test]
    fn a_content_word_is_more_specific_than_a_bare_preposition() {
        let (t, _) = import_petrarch("--- DESTROY [190] ---\nBREAK\n- * (WITH) [130]\n- * RELATIONS [161]\n- * (WITH RELATIONS) [162]\n");
        let v = t.verbs.iter().position(|v| v.lemma == "BREAK").unwrap();
        let code = |after: &str| t.code_for(v, &[], &words(after), &[], false).0.forward.map(|c| c.to_string());
        assert_eq!(code("relations with libya").as_deref(), Some("161"));
        assert_eq!(code("with relations").as_deref(), Some("162"));
        assert_eq!(code("with libya").as_deref(), Some("130"));
    }

    #[test]
    fn verbs_are_found_by_any_form_longest_first() {
        let (t, _) = import_petrarch(DICT);
        let w = words("putin met with maduro");
        let hits = t.verbs_at(&w, 1);
        assert_eq!(t.verbs[hits[0].verb].lemma, "+MEET_WITH");
        assert_eq!((hits[0].start, hits[0].end, hits[0].head), (1, 3, 1));
        assert!(t.verbs_at(&w, 0).is_empty());
    }

    #[test]
    fn british_spellings_match_and_are_not_written_back() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join("v.csv"),
            "kind,name,text,forms,code\nclass,&WEAPON,air_defense_systems,,\nblock,CRITICIZE,,,111\nverb,CRITICIZE,CRITICIZE,,\n\
             block,SEND,,,'---\nverb,SEND,SEND,send|sent,\npattern,SEND,* &WEAPON,,072\n",
        )
        .unwrap();
        let t = VerbTable::load(&[dir.path().to_path_buf()]).unwrap();
        let hit = t.verbs_at(&words("russia criticised the us"), 1);
        assert_eq!(hit.first().map(|h| t.verbs[h.verb].lemma.as_str()), Some("CRITICIZE"));
        let send = t.verbs.iter().position(|v| v.lemma == "SEND").unwrap();
        let (code, _) = t.code_for(send, &[], &words("air defence systems to venezuela"), &[false; 5], false);
        assert_eq!(code.forward.map(|c| c.as_str().to_string()).as_deref(), Some("072"));
        // The table as written: no British form among the rows.
        assert!(t.rows().iter().all(|r| !r.forms.contains("criticis") && !r.text.contains("defence")));
    }

    #[test]
    fn csv_round_trip_keeps_the_table() {
        let (t, _) = import_petrarch(DICT);
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("00-verbs.csv");
        t.write_csv(&p).unwrap();
        let back = VerbTable::load(&[dir.path().to_path_buf()]).unwrap();
        assert_eq!(back.rows(), t.rows());
        // A later file adds a verb to an existing block.
        std::fs::write(dir.path().join("10-mine.csv"), "kind,name,text,forms,code\nverb,CRITICIZE,SANCTION,,163\n").unwrap();
        let more = VerbTable::load(&[dir.path().to_path_buf()]).unwrap();
        let v = more.verbs.iter().position(|v| v.lemma == "SANCTION").unwrap();
        assert_eq!(more.code_for(v, &[], &[], &[], false).0.forward, CameoCode::parse("163"));
        assert!(!more.verbs_at(&words("sanctioned"), 0).is_empty());
    }

    #[test]
    fn a_verb_in_two_blocks_stays_where_its_patterns_were_written() {
        let dir = tempfile::tempdir().unwrap();
        // CAMEO.2.0 lists CUT under SEPARATE (with its patterns) and again under SLASH (none).
        std::fs::write(
            dir.path().join("00-base.csv"),
            "kind,name,text,forms,code\nblock,SEPARATE,,,---\nverb,SEPARATE,CUT,cut|cuts,\npattern,SEPARATE,* TIES,CUT,160\nblock,SLASH,,,---\nverb,SLASH,CUT,cut|cuted,\nverb,SLASH,SLASH,slash|slashed,\n",
        )
        .unwrap();
        let t = VerbTable::load(&[dir.path().to_path_buf()]).unwrap();
        let cut = t.verbs.iter().position(|v| v.lemma == "CUT").unwrap();
        assert_eq!(t.block_name(cut), "SEPARATE");
        assert_eq!(t.code_for(cut, &[], &words("ties with"), &[], false).0.forward, CameoCode::parse("160"));
        // A later file's code for it still holds (its block stays).
        std::fs::write(dir.path().join("10-mine.csv"), "kind,name,text,forms,code\nblock,SLASH,,,---\nverb,SLASH,CUT,cut,163\n").unwrap();
        let t = VerbTable::load(&[dir.path().to_path_buf()]).unwrap();
        assert_eq!(t.block_name(cut), "SEPARATE");
        assert_eq!(t.own_code(cut).forward, CameoCode::parse("163"));
        // Where both blocks (or neither) have patterns for it, the later row wins, as before.
        std::fs::write(dir.path().join("10-mine.csv"), "kind,name,text,forms,code\nblock,SLASH,,,---\npattern,SLASH,* BUDGET,CUT,'---\nverb,SLASH,CUT,cut,\n").unwrap();
        let t = VerbTable::load(&[dir.path().to_path_buf()]).unwrap();
        assert_eq!(t.block_name(cut), "SLASH");
    }

    #[test]
    fn a_later_file_extends_a_class_for_the_patterns_already_read() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join("00-base.csv"),
            "kind,name,text,forms,code\nclass,&WEAPON,gun,,\nblock,SELL,,,---\nverb,SELL,SELL,sell|sold,\npattern,SELL,* &WEAPON,,062\n",
        )
        .unwrap();
        let t = VerbTable::load(&[dir.path().to_path_buf()]).unwrap();
        let sell = t.verbs.iter().position(|v| v.lemma == "SELL").unwrap();
        assert!(t.code_for(sell, &[], &words("drones to"), &[], false).0.is_null());
        std::fs::write(dir.path().join("10-mine.csv"), "kind,name,text,forms,code\nclass,&WEAPON,drones,,\n").unwrap();
        let t = VerbTable::load(&[dir.path().to_path_buf()]).unwrap();
        assert_eq!(t.code_for(sell, &[], &words("drones to"), &[], false).0.forward, CameoCode::parse("062"));
        assert_eq!(t.code_for(sell, &[], &words("a gun to"), &[], false).0.forward, CameoCode::parse("062"));
    }

    #[test]
    fn a_later_files_pattern_replaces_the_same_words_for_the_same_verb() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join("00-base.csv"),
            "kind,name,text,forms,code\nblock,GO,,,042\nverb,GO,ATTEND,attend|attended,\nverb,GO,TOUR,tour|toured,\npattern,GO,* INAUGURATION,ATTEND,017\npattern,GO,* INAUGURATION,TOUR,017\n",
        )
        .unwrap();
        std::fs::write(dir.path().join("10-mine.csv"), "kind,name,text,forms,code\npattern,GO,*  inauguration,ATTEND,042\n").unwrap();
        let t = VerbTable::load(&[dir.path().to_path_buf()]).unwrap();
        let code = |lemma: &str| {
            let v = t.verbs.iter().position(|v| v.lemma == lemma).unwrap();
            t.code_for(v, &[], &words("his inauguration"), &[], false).0.forward.map(|c| c.to_string())
        };
        assert_eq!(code("ATTEND").as_deref(), Some("042"), "the later row replaced ATTEND's pattern");
        assert_eq!(code("TOUR").as_deref(), Some("017"), "the same words written for another verb stay");
        assert_eq!(t.blocks[0].patterns.len(), 2);
    }

    #[test]
    fn spanish_verbs_are_conjugated_with_their_uses() {
        let forms: HashMap<String, SpanishForm> = spanish_forms("enviar").into_iter().collect();
        assert_eq!(forms.get("envio"), Some(&SpanishForm::Finite));
        assert_eq!(forms.get("enviaron"), Some(&SpanishForm::Finite));
        assert_eq!(forms.get("enviara"), Some(&SpanishForm::Future));
        assert_eq!(forms.get("enviarian"), Some(&SpanishForm::Conditional));
        assert_eq!(forms.get("enviadas"), Some(&SpanishForm::Participle));
        assert_eq!(forms.get("enviando"), Some(&SpanishForm::Nonfinite));
        // -er/-ir, "se" dropped, an unstressed i between vowels written y.
        let reunir: Vec<String> = spanish_forms("reunirse").into_iter().map(|(f, _)| f).collect();
        assert!(reunir.contains(&"reunio".to_string()) && reunir.contains(&"reunieron".to_string()) && reunir.contains(&"reunirse".to_string()));
        let leer: Vec<String> = spanish_forms("leer").into_iter().map(|(f, _)| f).collect();
        assert!(leer.contains(&"leyo".to_string()) && leer.contains(&"leyeron".to_string()), "{leer:?}");
        assert!(spanish_forms("Rusia").is_empty());
        // A form the row lists: a participle by its ending, else finite.
        assert_eq!(spanish_form_of("imponer", "impuestas"), SpanishForm::Participle);
        assert_eq!(spanish_form_of("imponer", "impuso"), SpanishForm::Finite);
    }

    #[test]
    fn spanish_files_make_their_own_table() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("00-en.csv"), "kind,name,text,forms,code
block,SANCTION,,,163
verb,SANCTION,SANCTION,,
").unwrap();
        std::fs::write(
            dir.path().join("30-mine.es.csv"),
            "kind,name,text,forms,code
block,ES_PEDIR,,,020
verb,ES_PEDIR,pedir,pide|pidió,
pattern,ES_PEDIR,* AYUDA,,025
",
        )
        .unwrap();
        let t = VerbTable::load(&[dir.path().to_path_buf()]).unwrap();
        assert!(t.verbs_at(&words("pidio"), 0).is_empty(), "a Spanish verb in the English table");
        let es = t.spanish.as_ref().expect("a Spanish table");
        assert!(es.verbs_at(&words("sanctioned"), 0).is_empty());
        // Listed forms add to the regular ones ("pedía" stays).
        for w in ["pidio", "pide", "pedia", "pedido"] {
            assert!(!es.verbs_at(&words(w), 0).is_empty(), "{w}");
        }
        let v = es.verbs_at(&words("pidio"), 0)[0].verb;
        assert_eq!(es.code_for(v, &[], &words("ayuda a rusia"), &[], false).0.forward, CameoCode::parse("025"));
    }

    #[test]
    fn csv_errors_name_the_line() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("bad.csv");
        std::fs::write(&p, "kind,name,text,forms,code\nverb,X,GO,,042\npattern,X,no star here,,042\n").unwrap();
        let e = VerbTable::load(&[p.clone()]).unwrap_err().to_string();
        assert!(e.contains("bad.csv: line 3") && e.contains("'*'"), "{e}");
        // A class member of no word ("$") would silence the class's patterns.
        std::fs::write(&p, "kind,name,text,forms,code\nclass,&CURRENCY,money,,\nclass,&CURRENCY,$,,\n").unwrap();
        let e = VerbTable::load(&[p.clone()]).unwrap_err().to_string();
        assert!(e.contains("bad.csv: line 3") && e.contains("no letter or digit"), "{e}");
        // A verb row with an empty text ended the process (an index past an empty word list).
        std::fs::write(&p, "kind,name,text,forms,code\nblock,ZAP,,,042\nverb,ZAP,,,\n").unwrap();
        let e = VerbTable::load(&[p]).unwrap_err().to_string();
        assert!(e.contains("bad.csv: line 3") && e.contains("no verb"), "{e}");
    }
}
