//! Events in Spanish documents: the same events (source, target, CAMEO code, modality), read
//! from Spanish sentences with Spanish verbs.
//!
//! Why its own reader and not the English one with other words: the English coder leans on an
//! English part-of-speech model and English syntax (auxiliary chains, "by" agents, demonyms
//! before nouns). Spanish news puts clitics before the verb ("lo sancionó"), marks a person as
//! object with "a" ("sancionó a Maduro"), makes its passive with "ser" and "por" ("fue sancionado
//! por Estados Unidos"), tells future and conditional by verb endings ("enviará", "enviaría"),
//! and hedges unconfirmed news with the conditional perfect ("habría enviado"). No Spanish
//! treebank or verb dictionary from the field is available here, so the verbs come from a table
//! written for this project (`verbs/*.es.csv`, blocks named after CAMEO codes, conjugated by
//! [`super::verbs::spanish_forms`]), and the syntax is shallow: a verb found in the table, its
//! auxiliaries and negation read leftwards, the subject leftwards inside the clause (past an
//! apposition or a relative clause set off by commas), the object rightwards, coordination with
//! "y", "e" and commas on both sides. A verb form after a determiner or a preposition is a noun
//! ("la visita", "de ayuda").
//!
//! It reads the same layers as the English coder (the token layer, the linked mentions) and
//! makes the same [`Event`]s, so tables, relations and the scorer do not know which language a
//! document was in.

use std::ops::Range;

use super::verbal::{govern, Governor};
use super::verbs::{spanish_form_of, CodeSpec, SpanishForm, VerbHit};
use super::{Event, EventOptions, Modality, PairedCodes, VerbTable};
use crate::document::{Document, LinkMethod};
use crate::link::Registry;

/// Words of a clause looked at on each side of a verb.
const MAX_LEFT: usize = 20;
const MAX_RIGHT: usize = 20;

/// Quotation marks that open and close a quotation (the straight one does both).
const OPENING_QUOTES: &[&str] = &["«", "“", "\""];
const CLOSING_QUOTES: &[&str] = &["»", "”", "\""];
const HARD_STOP: &[&str] = &[".", ";", ":", "(", ")", "\"", "“", "”", "«", "»", "?", "!", "¿", "¡", "—", "–"];
/// Words that open a clause of their own.
/// Verbs that name what a free relative stands for ("lo que calificó como"), folded.
const NAMING: &[&str] = &[
    "califico", "calificaron", "califica", "califican", "llamo", "llamaron", "denomino", "denominaron", "describio", "describieron",
    "considero", "consideraron", "considera", "consideran", "tildo", "tildaron",
];
const CLAUSE_OPENERS: &[&str] = &[
    "que", "quien", "quienes", "cual", "cuales", "cuando", "donde", "mientras", "aunque", "porque", "pues", "si", "pero", "sino",
    "cuyo", "cuya", "cuyos", "cuyas", "segun",
];
const DETERMINERS: &[&str] = &[
    "el", "la", "los", "las", "un", "una", "unos", "unas", "su", "sus", "este", "esta", "estos", "estas", "ese", "esa", "esos", "esas",
    "aquel", "aquella", "al", "del", "nuestro", "nuestra", "dicho", "dicha", "cada", "otra", "otro", "nueva", "nuevo", "toda", "todo",
    "mucha", "poca", "cualquier", "primera", "primer", "segunda", "ultima",
];
const PREPOSITIONS: &[&str] = &[
    "a", "ante", "bajo", "con", "contra", "de", "desde", "en", "entre", "hacia", "hasta", "para", "por", "sin", "sobre", "tras", "durante",
    "mediante", "segun",
];
/// Clitic pronouns before a finite verb ("lo sancionó", "se reunió").
const CLITICS: &[&str] = &["se", "le", "les", "lo", "la", "los", "las", "me", "te", "nos", "os"];
const NEGATION: &[&str] = &["no", "nunca", "jamas", "tampoco", "ni"];
/// Adverbs that may stand inside a verb chain ("ya ha enviado", "también sancionó").
const CHAIN_ADVERBS: &[&str] = &["ya", "tambien", "aun", "todavia", "ayer", "hoy", "finalmente", "nuevamente", "incluso", "solo", "recien"];
/// "haber" before a participle: a perfect tense, told as fact.
const PERFECT: &[&str] = &["ha", "han", "habia", "habian", "hubo", "hubieron", "haya", "hayan"];
/// The conditional perfect, the hedge of Spanish news for what is not confirmed.
const HEARSAY: &[&str] = &["habria", "habrian"];
/// "ser" before a participle: the passive voice.
const SER: &[&str] = &["fue", "fueron", "es", "son", "era", "eran", "sido", "sera", "seran", "seria", "serian", "ser", "siendo"];
/// "ir a", "planear": what follows is announced, not done.
const FUTURE_GOVERNORS: &[&str] = &[
    "va", "van", "iba", "iban", "planea", "planean", "planeaba", "planeaban", "preve", "preven", "pretende", "pretenden", "espera",
    "esperan", "busca", "buscan", "intenta", "intentan", "quiere", "quieren", "proyecta", "proyectan",
];
const POSSIBLE_GOVERNORS: &[&str] = &["puede", "pueden", "podria", "podrian", "podra", "podran", "debe", "deben", "deberia", "deberian"];
const PROMISE_GOVERNORS: &[&str] = &[
    "prometio", "prometieron", "promete", "prometen", "ofrecio", "ofrecieron", "ofrece", "ofrecen", "comprometio", "comprometieron",
    "acordo", "acordaron", "acuerdan", "anuncio", "anunciaron", "decidio", "decidieron",
];
/// Verbs whose object is asked to do the infinitive, which has not happened ("lo invitó a
/// visitar Moscú", "instó a Maduro a liberar"): as the English rule words' `request`.
const REQUEST_GOVERNORS: &[&str] = &["invito", "invitaron", "invita", "invitan", "insto", "instaron", "insta", "instan", "exhorto", "exhortaron", "exhorta", "exhortan"];
const THREATEN_GOVERNORS: &[&str] = &["amenazo", "amenazaron", "amenaza", "amenazan", "advirtio", "advirtieron"];
const REFUSE_GOVERNORS: &[&str] = &["nego", "negaron", "niega", "niegan", "rechazo", "rechazaron", "rehuso", "rehusaron"];
const CARRY_GOVERNORS: &[&str] = &[
    "logro", "lograron", "consiguio", "consiguieron", "volvio", "volvieron", "comenzo", "comenzaron", "empezo", "empezaron", "continuo",
    "continuaron", "siguio", "siguieron",
];
/// Words that put a whole sentence in doubt.
const REPORTED: &[&str] = &["supuestamente", "presuntamente", "aparentemente", "reportedly"];
/// Nouns whose "de que" clause is a claim: "las denuncias de que Rusia envió tropas".
const CLAIM_NOUNS: &[&str] = &["informes", "informaciones", "versiones", "rumores", "denuncias", "acusaciones", "afirmaciones", "reportes"];
/// Verbs that dispute the clause they take: "negó que sus tropas estuvieran en Venezuela".
const DENY: &[&str] = &["nego", "negaron", "niega", "niegan", "desmintio", "desmintieron", "desmiente", "desmienten"];
/// Nouns whose "de" complement names whose agents they are ("el gobierno de Venezuela").
const AGENT_NOUNS: &[&str] = &[
    "gobierno", "presidente", "presidenta", "canciller", "ministro", "ministra", "ministerio", "ejercito", "fuerzas", "tropas", "militares",
    "autoridades", "regimen", "embajada", "embajador", "embajadora", "cancilleria", "parlamento", "congreso", "asamblea", "delegacion",
    "representantes", "funcionarios", "lider", "lideres", "jefe", "jefa", "secretario", "secretaria", "portavoz", "vicepresidente",
    "vicepresidenta", "servicios", "policia", "armada", "marina", "administracion", "mandatario", "dirigentes", "homologo", "homologa",
    "homologos", "contratistas", "tecnicos", "especialistas", "asesores", "mercenarios", "agentes", "diplomaticos", "soldados",
    "oficiales", "empresa", "empresas", "petrolera", "inteligencia", "legisladores", "congresistas", "diputados", "senadores",
    "funcionario", "responsable", "responsables", "oficial", "representante", "representantes", "militar", "soldado",
    "bombarderos", "aviones", "buques", "barcos", "petroleros", "fragatas", "submarinos", "cazas", "helicopteros", "aeronaves", "fuerza",
    "unidades", "instructores", "empresario", "empresarios", "inversionistas", "inversores", "bancos", "banco", "companias",
    // "el Ministerio de Asuntos Exteriores chino", "el Ministerio de Defensa ruso".
    "exteriores", "defensa",
    "manifestantes", "opositores", "activistas", "periodistas", "rebeldes", "guerrilleros", "policias", "fiscales", "jueces",
    "opositor", "opositora", "activista", "periodista", "rebelde", "guerrillero", "diplomatico", "diplomatica", "dirigente", "juez",
    "tecnico", "especialista", "asesor", "mercenario", "agente", "legislador", "congresista", "diputado", "diputada", "senador",
    "fiscalia", "fiscal", "tribunal", "corte", "agencia", "autoridad", "gobiernos", "cancilleres", "ministros", "pueblo", "ciudadano",
    "ciudadana", "ciudadanos", "ciudadanas", "nacionales", "militantes", "milicianos", "combatientes", "guardacostas",
];
/// Nouns of a country's ground: a demonym after them names the country as a place ("en suelo
/// venezolano").
const GROUND: &[&str] = &["suelo", "territorio", "aguas", "espacio", "costas", "frontera"];
/// Nouns of a state's deeds: a demonym after them stands for the state ("la invasión rusa").
const DEEDS: &[&str] = &[
    "invasion", "ataque", "ataques", "bombardeo", "bombardeos", "sanciones", "ayuda", "apoyo", "propuesta", "intervencion", "injerencia",
    "presencia", "ofensiva", "agresion", "ocupacion", "bloqueo", "embargo", "deuda", "decision", "amenaza", "amenazas", "politica",
    "postura", "posicion", "plan", "criticas", "acusaciones",
    // What a state holds (its oil is no actor: "compra petróleo venezolano" may be from anyone).
    "activos",
];
/// Verbs after which a place ("viajó a Caracas", "envió tropas a Caracas") stands for its
/// country as the target.
const TO_PLACE_ROOTS: &[u8] = &[3, 4, 6, 7];

struct Actor {
    words: Range<usize>,
    id: String,
    cameo: String,
    /// A capital or city: its country acts when it is a subject; as a target only where
    /// something goes.
    place: bool,
    person: bool,
    /// Linked from a demonym after its noun ("funcionarios venezolanos").
    demonym: bool,
}

struct Sent {
    words: Vec<String>,
    /// The words in lower case with their accents, which tell "envió" (a verb) from "homólogo"
    /// once folding has made both end in "o".
    accented: Vec<String>,
    spans: Vec<Range<usize>>,
    actor_at: Vec<Option<usize>>,
    actors: Vec<Actor>,
}

fn is(w: &str, set: &[&str]) -> bool {
    set.contains(&w)
}

impl Sent {
    fn word(&self, i: usize) -> &str {
        self.words.get(i).map(String::as_str).unwrap_or("")
    }

    fn actor_ending_at(&self, end: usize) -> Option<usize> {
        end.checked_sub(1).and_then(|i| self.actor_at[i]).filter(|&a| self.actors[a].words.end == end)
    }

    fn actor_starting_at(&self, start: usize) -> Option<usize> {
        self.actor_at.get(start).copied().flatten().filter(|&a| self.actors[a].words.start == start)
    }

    /// The first word at or after `k` that is no determiner ("el", "la", "su", ...).
    fn past_determiners(&self, mut k: usize) -> usize {
        while is(self.word(k), DETERMINERS) {
            k += 1;
        }
        k
    }

    /// Whether two actors belong to one country, by their CAMEO codes.
    fn same_country(&self, a: usize, b: usize) -> bool {
        super::same_country(&self.actors[a].cameo, &self.actors[b].cameo)
    }

    /// The first of the determiners right before `k` ("la" in "la petrolera"), or `k`.
    fn past_determiners_left(&self, mut k: usize) -> usize {
        while k > 0 && is(self.word(k - 1), DETERMINERS) {
            k -= 1;
        }
        k
    }

    /// The word right before actor `a`'s phrase, past its determiners ("a" in "a la Unión
    /// Europea"); empty where the phrase opens the sentence.
    fn word_before_actor(&self, a: usize) -> &str {
        self.actors.get(a).and_then(|x| self.past_determiners_left(x.words.start).checked_sub(1)).map_or("", |k| self.word(k))
    }

    /// Whether actor `o` belongs to the country of one of `sources`.
    fn of_sources_country(&self, sources: &[usize], o: usize) -> bool {
        sources.iter().any(|&a| self.same_country(a, o))
    }

    /// Whether the noun phrase holding the actors `list` is a verb's object: after the personal
    /// "a" or right after a finite verb ("sancionó a dos funcionarios venezolanos").
    fn is_object(&self, verbs: &VerbTable, list: &[usize]) -> bool {
        let first = list.iter().map(|&a| self.actors[a].words.start).min().unwrap_or(0);
        let mut np = self.past_determiners_left(first);
        while np > 0 && first - np < 4 && self.actor_at[np - 1].is_none() && !is(self.word(np - 1), PREPOSITIONS) && !self.finite_verb(verbs, np - 1) && self.word(np - 1) != "," {
            np -= 1;
        }
        np > 0 && (matches!(self.word(np - 1), "a" | "al") || self.finite_verb(verbs, np - 1))
    }

    /// Whether position `k` opens the sentence or a part of it after a hard stop.
    fn opens(&self, k: usize) -> bool {
        k == 0 || is(self.word(k - 1), HARD_STOP)
    }

    /// Where the words before a verb at `v` that belong to its chain begin: clitics, negation
    /// and adverbs, and with `auxiliaries` perfect and hearsay auxiliaries too ("no lo ha").
    fn chain_start(&self, v: usize, auxiliaries: bool) -> usize {
        let mut start = v;
        while start > 0 && self.actor_at[start - 1].is_none() {
            let w = self.word(start - 1);
            let part = is(w, CLITICS) || is(w, NEGATION) || is(w, CHAIN_ADVERBS) || (auxiliaries && (is(w, PERFECT) || is(w, HEARSAY)));
            if !part {
                break;
            }
            start -= 1;
        }
        start
    }

    /// The closing quote of a quotation of at most six words opening at `i` (no stop inside).
    fn short_quote_at(&self, i: usize) -> Option<usize> {
        if !is(self.word(i), OPENING_QUOTES) {
            return None;
        }
        (i + 1..(i + 8).min(self.words.len()))
            .take_while(|&k| is(self.word(k), CLOSING_QUOTES) || !is(self.word(k), HARD_STOP))
            .find(|&k| is(self.word(k), CLOSING_QUOTES))
            .filter(|&k| k > i + 1)
    }

    /// Where a relative pronoun at `p` begins: "el cual" / "la cual" with its article.
    fn relative_start(&self, p: usize) -> usize {
        if matches!(self.word(p), "cual" | "cuales") && p > 0 && is(self.word(p - 1), DETERMINERS) {
            p - 1
        } else {
            p
        }
    }

    fn boundary(&self, i: usize) -> bool {
        let w = self.word(i);
        is(w, HARD_STOP) || is(w, CLAUSE_OPENERS)
    }

    /// Actors coordinated with `a` to its left ("Rusia, China e Irán"), `a` included, leftmost
    /// first.
    fn coordinated_left(&self, a: usize) -> Vec<usize> {
        let mut out = vec![a];
        let mut start = self.actors[a].words.start;
        // "Pezeshkian, y el canciller venezolano": a demonym's phrase opens at its noun and
        // determiner.
        if self.actors.get(a).is_some_and(|x| x.demonym) && start >= 2 && is(self.word(start - 1), AGENT_NOUNS) {
            start -= 1;
            if is(self.word(start - 1), DETERMINERS) {
                start -= 1;
            }
        }
        // A list ends with "y" or "e" ("Rusia, China e Irán"): a comma right before the last
        // name ends the previous clause or phrase instead ("con Putin, Maduro viajó").
        while start >= 2 && (matches!(self.word(start - 1), "y" | "e") || (self.word(start - 1) == "," && out.len() > 1)) {
            let mut k = start - 1;
            // "a Maduro y a Cabello".
            if self.word(k - 1) == "a" && k >= 2 {
                k -= 1;
            }
            // "El presidente iraní, Masud Pezeshkian, y el canciller venezolano": the comma
            // that closes an apposition before "y".
            if matches!(self.word(k), "y" | "e") && self.word(k - 1) == "," && k >= 2 {
                k -= 1;
            }
            match self.actor_ending_at(k) {
                // "sanciones contra 55 funcionarios venezolanos y Maduro llamó": a demonym whose
                // noun is inside a prepositional phrase belongs to that phrase, not to the list.
                Some(b) if self.actors[b].demonym && self.in_prepositional_phrase(b) => break,
                Some(b) => {
                    out.insert(0, b);
                    start = self.actors[b].words.start;
                }
                None => break,
            }
        }
        out
    }

    /// Whether a preposition opens the noun phrase that actor `a` ends ("contra 55 funcionarios
    /// venezolanos"): a few words back, before any verb, comma or clause opener.
    fn in_prepositional_phrase(&self, a: usize) -> bool {
        let start = self.actors[a].words.start;
        (start.saturating_sub(5)..start)
            .rev()
            .take_while(|&k| self.actor_at[k].is_none() && self.word(k) != "," && !self.boundary(k) && !self.finite_verb_form(k))
            .any(|k| is(self.word(k), PREPOSITIONS))
    }

    /// Actors coordinated with `a` to its right, `a` included, up to `end`.
    fn coordinated_right(&self, a: usize, end: usize) -> Vec<usize> {
        let mut out = vec![a];
        let mut next = self.actors[a].words.end;
        while next + 1 < end && matches!(self.word(next), "y" | "e" | ",") {
            let mut k = next + 1;
            // ", y a ...": the comma before the conjunction is the conjunction's.
            let mut conj = matches!(self.word(next), "y" | "e");
            if self.word(next) == "," && matches!(self.word(k), "y" | "e") {
                conj = true;
                k += 1;
            }
            // ", y a Cabello"; after a bare comma only the list's own preposition ("a Maduro, a
            // Cabello"): ", con Rusia y Turquía ayudando" opens a phrase of its own.
            let lead = self.word(self.past_determiners_left(self.actors[a].words.start).saturating_sub(1));
            if matches!(self.word(k), "a" | "con" | "contra") && k + 1 < end && (conj || self.word(k) == lead) {
                k += 1;
            }
            // "Rusia y el Gobierno de China": a determiner may open the next name.
            if is(self.word(k), DETERMINERS) && self.actor_at.get(k + 1).copied().flatten().is_some() {
                k += 1;
            }
            // "y a su homólogo venezolano, Nicolás Maduro": a short description, then the name.
            if self.actor_at.get(k).copied().flatten().is_none() && conj {
                if let Some(c) = (k + 1..end.min(k + 6)).find(|&j| self.word(j) == ",") {
                    let described = (k..c).all(|j| self.actor_at[j].is_none() && !is(self.word(j), CLAUSE_OPENERS) && !self.finite_verb_form(j));
                    if let Some(b) = self.actor_starting_at(c + 1).filter(|_| described) {
                        out.push(b);
                        next = self.actors[b].words.end;
                        continue;
                    }
                }
            }
            // "y a tres funcionarios venezolanos": a short phrase whose demonym names the actor.
            if self.actor_at.get(k).copied().flatten().is_none() && conj {
                let demonym = (k + 1..end.min(k + 4)).find_map(|j| self.actor_starting_at(j).filter(|&b| self.actors.get(b).is_some_and(|a| a.demonym)).map(|b| (j, b)));
                let bare = |x: usize| self.actor_at.get(x).copied().flatten().is_none() && !is(self.word(x), CLAUSE_OPENERS) && !self.finite_verb_form(x);
                if let Some((b, end_b)) = demonym.filter(|&(j, _)| (k..j).all(bare)).and_then(|(_, b)| self.actors.get(b).map(|a| (b, a.words.end))) {
                    out.push(b);
                    next = end_b;
                    continue;
                }
            }
            match self.actor_starting_at(k) {
                // "a Venezuela, Estados Unidos sancionará": a name after a comma with a verb
                // of its own is the next clause's subject.
                Some(b) if !conj && (self.verb_follows(self.actors[b].words.end) || !self.list_goes_on(b, end)) => break,
                Some(b) => {
                    out.push(b);
                    next = self.actors[b].words.end;
                }
                None => break,
            }
        }
        out
    }

    /// Whether names joined by commas from actor `b` on end with "y" or "e" and a name: "a
    /// Maduro, Cabello y Padrino".
    fn list_goes_on(&self, b: usize, end: usize) -> bool {
        let mut next = self.actors[b].words.end;
        while next + 1 < end {
            let sep = self.word(next);
            let k = if matches!(self.word(next + 1), "a" | "con") { next + 2 } else { next + 1 };
            let Some(c) = self.actor_starting_at(k) else {
                return false;
            };
            match sep {
                "y" | "e" => return true,
                "," => next = self.actors[c].words.end,
                _ => return false,
            }
        }
        false
    }

    /// Whether word `k` ends as a finite verb form does (see [`Sent::verb_follows`]).
    fn finite_verb_form(&self, k: usize) -> bool {
        !is(self.word(k), CLITICS) && self.verb_follows(k)
    }

    /// Whether a verb chain starts at `k`: a clitic, a negation, an auxiliary or a finite form
    /// ending as Spanish third persons do ("sancionará", "condenó", "ha").
    fn verb_follows(&self, k: usize) -> bool {
        let w = self.word(k);
        is(w, CLITICS) || is(w, NEGATION) || is(w, PERFECT) || is(w, HEARSAY) || is(w, SER) || is(w, FUTURE_GOVERNORS) || is(w, POSSIBLE_GOVERNORS)
            || (self.actor_at.get(k).copied().flatten().is_none()
                && !is(w, PREPOSITIONS)
                && !is(w, DETERMINERS)
                && {
                    let a = self.accented.get(k).map(String::as_str).unwrap_or("");
                    ["ó", "aron", "ieron", "yeron", "ará", "erá", "irá", "arán", "erán", "irán", "aba", "aban"].iter().any(|e| a.ends_with(e) && a.chars().count() > e.chars().count() + 2)
                })
    }

    /// Whether word `i` is a finite form of a verb in `verbs` (another clause's verb).
    fn finite_verb(&self, verbs: &VerbTable, i: usize) -> bool {
        // Past the last word (a headline with no final period) there is no verb.
        if self.actor_at.get(i).is_none_or(Option::is_some) {
            return false;
        }
        verbs.verbs_at(&self.words, i).first().is_some_and(|h| {
            let form = spanish_form_of(&verbs.verbs[h.verb].lemma, self.word(h.head));
            matches!(form, SpanishForm::Finite | SpanishForm::Future | SpanishForm::Conditional) && !self.nominal(h.start)
        })
    }

    /// Whether a known verb's participle at `i` follows a noun and opens its own phrase
    /// ("empresarios libaneses acusados de lavar", "funcionarios sancionados por").
    fn participle_after_noun(&self, verbs: &VerbTable, i: usize) -> bool {
        if i == 0 || self.actor_at[i].is_some() || is(self.word(i - 1), DETERMINERS) || is(self.word(i - 1), PREPOSITIONS) {
            return false;
        }
        // "las fuerzas armadas de Venezuela": a name, not ARMAR's participle.
        if self.word(i - 1) == "fuerzas" && matches!(self.word(i), "armadas") {
            return false;
        }
        let participle = verbs.verbs_at(&self.words, i).first().is_some_and(|h| h.start == i && spanish_form_of(&verbs.verbs[h.verb].lemma, self.word(h.head)) == SpanishForm::Participle);
        participle && matches!(self.word(i + 1), "de" | "del" | "por" | "en" | "a" | "al" | "con")
    }

    /// A verb form where a noun stands: after a determiner or a preposition ("la visita de",
    /// "con ayuda de").
    fn nominal(&self, start: usize) -> bool {
        let prev = start.checked_sub(1).map(|p| self.word(p)).unwrap_or("");
        is(prev, DETERMINERS) || (is(prev, PREPOSITIONS) && !self.word(start).ends_with('r'))
    }
}

/// How a verb occurrence is told: from its form and the words before it.
struct Chain {
    /// First word of the verb with its auxiliaries, clitics and negation.
    start: usize,
    negated: bool,
    passive: bool,
    modality: Modality,
    governor: Option<Governor>,
    /// An infinitive governed by a verb ("prometió enviar"): the governing word's index.
    governed_by: Option<usize>,
    /// An infinitive after "para", "tras", "al", "sin": the subject of the clause it hangs on.
    adjunct: bool,
    /// An infinitive after an actor that is a verb's object ("acusó a Estados Unidos de atacar",
    /// "instó a Rusia a retirar"): that actor is its subject.
    controller: Option<usize>,
}

/// The actor an accusation is made against, where an infinitive after "de" or "por" at `g`
/// tells what it is accused of past a phrase of its own ("acusó a Machado de traición a la
/// patria por respaldar"): the last actor of the clause before `g` (within eight words, no comma
/// between), right after a verb of accusation (CAMEO 11).
fn accused_before(s: &Sent, verbs: &VerbTable, g: usize) -> Option<usize> {
    if !matches!(s.word(g), "de" | "por") {
        return None;
    }
    let a = (g.saturating_sub(8)..g).rev().take_while(|&k| s.word(k) != "," && !is(s.word(k), HARD_STOP)).find_map(|k| s.actor_at.get(k).copied().flatten())?;
    verb_of_root_before(s, verbs, s.actors.get(a)?.words.start, 11).then_some(a)
}

/// Whether a verb whose own code has CAMEO root `root` starts within the six words before word
/// `start` ("acusó a la líder opositora María Corina Machado": an accusation before Machado).
fn verb_of_root_before(s: &Sent, verbs: &VerbTable, start: usize, root: u8) -> bool {
    (start.saturating_sub(6)..start).any(|k| verbs.verbs_at(&s.words, k).first().is_some_and(|h| verbs.own_code(h.verb).forward.and_then(|c| c.root()) == Some(root)))
}

fn read_chain(s: &Sent, verbs: &VerbTable, hit: VerbHit, form: SpanishForm) -> Chain {
    let mut c = Chain {
        start: hit.start,
        negated: false,
        passive: false,
        modality: match form {
            SpanishForm::Future => Modality::Future,
            SpanishForm::Conditional => Modality::Possible,
            _ => Modality::Asserted,
        },
        governor: None,
        governed_by: None,
        adjunct: false,
        controller: None,
    };
    let mut k = hit.start;
    // Clitics right before the verb ("se reunió", "lo sancionó").
    while k > 0 && is(s.word(k - 1), CLITICS) && s.actor_at[k - 1].is_none() {
        k -= 1;
    }
    // "seguirá suministrando", "estaban negociando": the gerund is told as its auxiliary is
    // (future, conditional), which the chain below reads on.
    if form == SpanishForm::Nonfinite && is_gerund(s.word(hit.head)) && k > 0 {
        let aux = s.accented.get(k - 1).map(String::as_str).unwrap_or("");
        let progressive = ["est", "segu", "sigu", "contin", "va", "iba"].iter().any(|p| aux.starts_with(p));
        if progressive && s.actor_at[k - 1].is_none() {
            if ["rá", "rán"].iter().any(|e| aux.ends_with(e)) {
                c.modality = Modality::Future;
            } else if ["ría", "rían"].iter().any(|e| aux.ends_with(e)) {
                c.modality = Modality::Possible;
            }
            k -= 1;
        }
    }
    if form == SpanishForm::Nonfinite && !is_gerund(s.word(hit.head)) {
        // "decidió no reconocer a Maduro", "la política de no reconocer": a negated infinitive;
        // what governs it is before the negation.
        if k > 0 && is(s.word(k - 1), NEGATION) && s.actor_at[k - 1].is_none() {
            c.negated = true;
            k -= 1;
        }
        // "va a enviar", "prometió enviar", "se negó a reconocer", "para apoyar".
        let mut g = k;
        if g > 0 && matches!(s.word(g - 1), "a" | "de" | "con" | "por") {
            g -= 1;
        }
        let gw = g.checked_sub(1).map(|p| s.word(p)).unwrap_or("");
        if g > 0 {
            if is(gw, REQUEST_GOVERNORS) {
                // Asked for, not told (as `verb_modality` reads a verb of appeal before its
                // controller); the asking verb is read on its own.
                c.modality = Modality::Possible;
                c.adjunct = true;
                c.start = g;
                return c;
            }
            if is(gw, FUTURE_GOVERNORS) {
                c.modality = Modality::Future;
            } else if is(gw, POSSIBLE_GOVERNORS) {
                c.modality = Modality::Possible;
            } else if is(gw, PROMISE_GOVERNORS) {
                c.governor = Some(Governor::Promise);
            } else if is(gw, THREATEN_GOVERNORS) {
                c.governor = Some(Governor::Threaten);
            } else if is(gw, REFUSE_GOVERNORS) {
                c.governor = Some(Governor::Refuse);
            } else if is(gw, CARRY_GOVERNORS) {
                c.governor = Some(Governor::Carry);
            } else if let Some(a) = s.actor_ending_at(g).filter(|&a| matches!(s.word(g), "a" | "de") || (s.word(g) == "por" && s.is_object(verbs, &[a]))) {
                // "acusó a Colombia de atacar"; "sancionó a dos funcionarios venezolanos por
                // ayudar a Hezbolá": what the object did. "invitó a Maduro a visitar Moscú":
                // what the object is asked to do, not done.
                let np = s.actors.get(a).map_or(0, |x| s.past_determiners_left(x.words.start));
                if np >= 2 && s.word(np - 1) == "a" && is(s.word(np - 2), REQUEST_GOVERNORS) {
                    c.modality = Modality::Possible;
                }
                c.controller = Some(a);
                c.start = g;
                return c;
            } else if let Some(a) = accused_before(s, verbs, g) {
                // "acusó a Machado de traición a la patria por respaldar las sanciones": what
                // the accused did, a few words past the accusation's object.
                c.controller = Some(a);
                c.start = g;
                return c;
            } else if matches!(gw, "para" | "tras" | "al" | "sin" | "antes" | "despues") || (gw == "de" && g >= 2 && matches!(s.word(g - 2), "antes" | "despues")) {
                c.adjunct = true;
                if gw == "sin" {
                    c.negated = true;
                }
                c.start = g - 1;
                return c;
            }
            if c.governor.is_some() || c.modality != Modality::Asserted {
                c.governed_by = Some(g - 1);
                k = g - 1;
                // "se comprometió a enviar": the governing verb's own clitic.
                while k > 0 && is(s.word(k - 1), CLITICS) && s.actor_at[k - 1].is_none() {
                    k -= 1;
                }
            } else {
                // An infinitive with nothing to govern it ("Sancionar a Rusia sería un error").
                c.adjunct = true;
                c.start = k;
                return c;
            }
        }
    }
    // Auxiliaries, adverbs and negation leftwards.
    let mut be = false;
    while k > 0 && s.actor_at[k - 1].is_none() {
        let w = s.word(k - 1);
        if is(w, PERFECT) {
        } else if is(w, HEARSAY) {
            c.modality = Modality::Reported;
        } else if is(w, SER) {
            be = true;
            if matches!(w, "sera" | "seran") {
                c.modality = Modality::Future;
            } else if matches!(w, "seria" | "serian") && c.modality == Modality::Asserted {
                c.modality = Modality::Possible;
            }
        } else if is(w, NEGATION) {
            c.negated = true;
        } else if is(w, CHAIN_ADVERBS) || (w.ends_with("mente") && w.len() > 6) || is(w, CLITICS) {
        } else {
            break;
        }
        k -= 1;
    }
    c.start = k;
    c.passive = form == SpanishForm::Participle && be;
    c
}

/// The antecedent of "con quien(es)" / "con el cual" right before a verb chain starting at
/// `start` ("recibió a Maduro, con quien firmó ..."): whom the clause's subject acts with.
fn partner_of_relative(s: &Sent, start: usize) -> Option<Vec<usize>> {
    relative_after_preposition(s, start).map(|(_, list)| list)
}

/// The antecedent of a relative pronoun after a preposition that opens the clause whose verb
/// chain starts at `start`, with whether that preposition is the personal "a" (the antecedent is
/// the verb's object: "Rosneft, a la que acusó de ...", "Lavrov, a quien agradeció") rather
/// than "con" (its partner: "con quien firmó").
fn relative_after_preposition(s: &Sent, start: usize) -> Option<(bool, Vec<usize>)> {
    let pronoun = start.checked_sub(1)?;
    let p = match s.word(pronoun) {
        "quien" | "quienes" | "cual" | "cuales" => s.relative_start(pronoun),
        // "a la que", "al que": "que" after an article.
        "que" if pronoun > 0 && (is(s.word(pronoun - 1), DETERMINERS) || s.word(pronoun - 1) == "al") => pronoun - 1,
        _ => return None,
    };
    let (object, q) = match (s.word(p), p.checked_sub(1).map(|k| s.word(k))) {
        ("al", _) => (true, p),
        (_, Some("con")) => (false, p - 1),
        (_, Some("a")) => (true, p - 1),
        _ => return None,
    };
    let mut q = q;
    if q > 0 && s.word(q - 1) == "," {
        q -= 1;
    }
    let a = s.actor_ending_at(q).or_else(|| apposed_antecedent(s, q)).filter(|&a| !s.actors[a].place)?;
    Some((object, s.coordinated_left(a)))
}

/// The actor of the phrase before a name set off by commas that the registry does not know,
/// where the comma at `comma` closes that name: "al ministro venezolano de Exteriores, Yván
/// Gil, con quien" is the Venezuelan minister's (Venezuela, as a person the registry lacks is
/// their country).
fn apposed_antecedent(s: &Sent, comma: usize) -> Option<usize> {
    let open = (comma.saturating_sub(5)..comma).rev().find(|&k| s.word(k) == ",")?;
    let name_known = (open + 1..comma).any(|k| s.actor_at.get(k).copied().flatten().is_some() || s.finite_verb_form(k));
    if name_known || open + 1 == comma {
        return None;
    }
    (open.saturating_sub(6)..open).rev().take_while(|&k| !s.boundary(k) && !s.finite_verb_form(k) && s.word(k) != ",").find_map(|k| s.actor_at.get(k).copied().flatten())
}

/// The previous verb's object when the gerund at `head` (its chain starting at `start`) follows
/// the comma that closes that object, and `sources` (found leftwards) is that object: "condenó a
/// Estados Unidos, acusando", "sancionó a dos funcionarios venezolanos, acusándolos". Empty
/// otherwise.
fn trailing_gerund_object(s: &Sent, verbs: &VerbTable, head: usize, start: usize, sources: &[usize], prev_sources: &[usize]) -> Vec<usize> {
    if !is_gerund(s.word(head)) || start == 0 || s.word(start - 1) != "," || prev_sources.is_empty() {
        return Vec::new();
    }
    let close = start - 1;
    let Some(last) = (close.saturating_sub(4)..close)
        .rev()
        .take_while(|&k| s.actor_at[k].is_some() || !(is(s.word(k), PREPOSITIONS) || s.finite_verb(verbs, k) || s.word(k) == ","))
        .find_map(|k| s.actor_ending_at(k + 1))
    else {
        return Vec::new();
    };
    let list = s.coordinated_left(last);
    if list.iter().any(|a| prev_sources.contains(a)) || !(sources.is_empty() || sources == list.as_slice()) {
        return Vec::new();
    }
    if s.is_object(verbs, &list) {
        list
    } else {
        Vec::new()
    }
}

/// Whether a word is a gerund, alone or with a clitic joined ("acusando", "acusándolos",
/// "reuniéndose").
fn is_gerund(w: &str) -> bool {
    w.ends_with("ndo") || w.ends_with("ndose") || gerund_with_object(w)
}

/// Whether a word is a gerund with an object pronoun joined ("acusándolos", "instándolo").
fn gerund_with_object(w: &str) -> bool {
    ["ndolo", "ndola", "ndolos", "ndolas", "ndole", "ndoles"].iter().any(|e| w.ends_with(e))
}

/// Whom the noun before a participle is about or against: "las negociaciones sobre Venezuela
/// en México, facilitadas por Noruega" (Venezuela), "las sanciones contra Irán, impuestas por".
/// A place after "en" qualifies the noun and is passed over.
fn about_before(s: &Sent, start: usize) -> Vec<usize> {
    let mut k = start;
    if k > 0 && s.word(k - 1) == "," {
        k -= 1;
    }
    if let Some(place) = s.actor_ending_at(k) {
        let p = s.actors[place].words.start;
        if p > 0 && s.word(p - 1) == "en" {
            k = p - 1;
        }
    }
    match s.actor_ending_at(k) {
        Some(a) => {
            let list = s.coordinated_left(a);
            let first = s.actors[list[0]].words.start;
            let np = s.past_determiners_left(first);
            let about = np >= 2 && matches!(s.word(np - 1), "sobre" | "contra" | "con") && s.actor_at[np - 2].is_none() && !is(s.word(np - 2), PREPOSITIONS);
            if about {
                list
            } else {
                Vec::new()
            }
        }
        None => Vec::new(),
    }
}

/// The subject of a clause whose verb chain starts at `start`: leftwards inside the clause.
/// Whether the clause starting at `start` is a relative of place or means ("en el que",
/// "en la cual", "durante la que"): "felicitó a Maduro en un comunicado en el que condenó".
fn place_relative_before(s: &Sent, start: usize) -> bool {
    let Some(pronoun) = start.checked_sub(1).filter(|&k| matches!(s.word(k), "que" | "cual" | "cuales")) else { return false };
    let Some(article) = pronoun.checked_sub(1).filter(|&d| matches!(s.word(d), "el" | "la" | "los" | "las" | "lo")) else { return false };
    article.checked_sub(1).is_some_and(|e| matches!(s.word(e), "en" | "durante" | "mediante"))
}

fn subject_before(s: &Sent, verbs: &VerbTable, start: usize) -> Vec<usize> {
    // Inside a relative clause ("Rusia, que apoya a Maduro"; "Irán, el cual envió"): its
    // antecedent.
    if start > 0 && matches!(s.word(start - 1), "que" | "quien" | "quienes" | "cual" | "cuales") {
        let mut p = s.relative_start(start - 1);
        // A relative of place or means has no subject in its antecedent.
        if place_relative_before(s, start) {
            return Vec::new();
        }
        if p > 0 && s.word(p - 1) == "," {
            p -= 1;
        }
        return s.actor_ending_at(p).filter(|&a| p < start - 1 || !s.actors[a].place).map(|a| s.coordinated_left(a)).unwrap_or_default();
    }
    // "Lavrov, canciller de Rusia, visitó", "Rusia, que apoya a Maduro, envió": the actor before
    // a comma-bounded apposition or relative clause; "El canciller ruso, Serguéi Lavrov, visitó":
    // the name inside it.
    if start > 0 && s.word(start - 1) == "," {
        let close = start - 1;
        let open = (close.saturating_sub(20)..close).rev().find(|&k| s.word(k) == "," || is(s.word(k), HARD_STOP));
        if let Some(open) = open.filter(|&o| s.word(o) == ",") {
            let inner = open + 1..close;
            let relative = is(s.word(open + 1), CLAUSE_OPENERS);
            let has_verb = inner.clone().any(|k| s.finite_verb(verbs, k));
            // "el presidente de la Asamblea de Venezuela, Diosdado Cabello, visitó": a name alone
            // between the commas is the head the title before it describes.
            let first = s.past_determiners(open + 1);
            let named = s.actor_ending_at(close).filter(|&a| s.actors[a].words.start == first && !s.actors[a].place);
            if let (Some(a), false) = (named, relative) {
                return vec![a];
            }
            if relative || !has_verb {
                if let Some(a) = s.actor_ending_at(open) {
                    // "Tintori, esposa de Leopoldo López, el preso más destacado de Venezuela,
                    // logró": a name that completes an earlier apposition ("esposa de López")
                    // leads back to the name before that one.
                    if let Some(b) = apposition_head(s, verbs, a) {
                        return s.coordinated_left(b);
                    }
                    return s.coordinated_left(a);
                }
                if !relative {
                    if let Some(a) = s.actor_ending_at(close) {
                        return s.coordinated_left(a);
                    }
                }
            }
        }
    }
    let mut k = start;
    while k > 0 && start - k < MAX_LEFT {
        if s.boundary(k - 1) || s.finite_verb(verbs, k - 1) {
            break;
        }
        if let Some(a) = s.actor_ending_at(k) {
            let list = s.coordinated_left(a);
            let first = s.actors[list[0]].words.start;
            let mut np = first;
            while np > 0 && is(s.word(np - 1), DETERMINERS) && first - np < 2 {
                np -= 1;
            }
            let before = np.checked_sub(1).map(|p| s.word(p)).unwrap_or("");
            // "el gobierno de Venezuela sancionó": the complement of an agent noun.
            // Also past a capitalised complement: "el ministro de Defensa de Venezuela".
            let complement = matches!(before, "de" | "del") && (np.saturating_sub(4)..np.saturating_sub(1)).any(|h| is(s.word(h), AGENT_NOUNS));
            // "con Rusia, Bolivia y Turquía ayudando al régimen": the subject of an absolute
            // gerund clause.
            let absolute = before == "con" && s.actors[a].words.end == start && s.word(start).ends_with("ndo");
            if complement || absolute || !is(before, PREPOSITIONS) {
                return list;
            }
            // "En Caracas, Maduro recibió", "con Rusia": a place or a circumstance.
            k = np;
            continue;
        }
        k -= 1;
    }
    Vec::new()
}

/// The subject of the main clause after an opening adjunct: the actor right after one of its
/// commas ("Tras reunirse con Putin, Maduro viajó"; past an apposition and a place: "Tras
/// reunirse con el presidente turco, Recep Tayyip Erdoğan, en Ankara, Maduro anunció"), if a
/// verb follows it.
fn main_subject_after(s: &Sent, verbs: &VerbTable, from: usize) -> Vec<usize> {
    let commas = (from..s.words.len().min(from + MAX_RIGHT)).take_while(|&k| !s.boundary(k)).filter(|&k| s.word(k) == ",");
    for comma in commas {
        let mut k = comma + 1;
        while is(s.word(k), DETERMINERS) || is(s.word(k), AGENT_NOUNS) {
            k += 1;
        }
        let Some(a) = s.actor_starting_at(k) else { continue };
        let list = s.coordinated_right(a, s.words.len());
        let after = s.actors[*list.last().unwrap_or(&a)].words.end;
        let verb_follows = (after..s.words.len().min(after + 4)).any(|j| s.finite_verb(verbs, j) || is(s.word(j), CLITICS) || is(s.word(j), PERFECT));
        if verb_follows {
            return list;
        }
    }
    Vec::new()
}

/// For an actor that ends a comma-bounded description ("esposa de Leopoldo López,"), the name
/// the description is apposed to ("Lilian Tintori, esposa de ..."), if there is one.
fn apposition_head(s: &Sent, verbs: &VerbTable, a: usize) -> Option<usize> {
    let mut np = s.actors[a].words.start;
    while np > 0 && is(s.word(np - 1), DETERMINERS) {
        np -= 1;
    }
    if !(np > 0 && matches!(s.word(np - 1), "de" | "del")) {
        return None;
    }
    let open = (np.saturating_sub(8)..np).rev().find(|&k| s.word(k) == "," || is(s.word(k), HARD_STOP))?;
    if s.word(open) != "," || (open + 1..np).any(|k| s.actor_at[k].is_some() || s.finite_verb(verbs, k) || is(s.word(k), CLAUSE_OPENERS)) {
        return None;
    }
    s.actor_ending_at(open).filter(|&b| !s.actors[b].place)
}

/// The subject of the verb a "que" at `que` completes ("advirtió que", "dijo ayer que"): the
/// verb before it, past a few adverbs or a time phrase, must be finite (not a noun's relative
/// clause: "las empresas que negocien"). Empty when there is none.
fn complement_of(s: &Sent, verbs: &VerbTable, que: usize) -> Vec<usize> {
    let is_verb = |k: usize| {
        s.actor_at[k].is_none()
            && (s.finite_verb(verbs, k) || is(s.word(k), SAYING) || (s.verb_follows(k) && !is(s.word(k), CLITICS) && !is(s.word(k), NEGATION)))
    };
    let Some(v) = (que.saturating_sub(4)..que).rev().find(|&k| is_verb(k)) else {
        return Vec::new();
    };
    if (v + 1..que).any(|k| s.actor_at[k].is_some() || s.boundary(k) || s.word(k) == ",") {
        return Vec::new();
    }
    // The verb's chain, and through "y" the verb it is coordinated with ("criticó la visita y
    // advirtió que ..."), twice at most.
    let mut v = v;
    for _ in 0..3 {
        let start = s.chain_start(v, true);
        let subject = subject_before(s, verbs, start);
        if !subject.is_empty() || start == 0 || !matches!(s.word(start - 1), "y" | "e") {
            return subject;
        }
        match (start.saturating_sub(MAX_LEFT)..start - 1).rev().take_while(|&k| !s.boundary(k)).find(|&k| is_verb(k)) {
            Some(prev) => v = prev,
            None => return Vec::new(),
        }
    }
    Vec::new()
}

/// Where a purpose or circumstance told by an infinitive starts in `from..end` ("recibió a
/// Arreaza en Moscú para confirmar el apoyo": "para confirmar ..."), else `end`: its words are
/// no words of the verb's patterns (that reception is no APOYO).
fn purpose_start(s: &Sent, from: usize, end: usize) -> usize {
    let infinitive = |w: &str| {
        let bare = ["selo", "sela", "le", "les", "lo", "la", "los", "las", "se", "nos"].iter().find_map(|c| w.strip_suffix(c).filter(|b| b.len() > 3)).unwrap_or(w);
        ["ar", "er", "ir"].iter().any(|e| bare.ends_with(e))
    };
    (from..end).find(|&k| matches!(s.word(k), "para" | "sin" | "tras") && infinitive(s.word(k + 1))).unwrap_or(end)
}

/// The end of the clause that a verb ending at `from` heads.
fn clause_end(s: &Sent, verbs: &VerbTable, from: usize) -> usize {
    let n = s.words.len();
    let mut k = from;
    while k < n && k - from < MAX_RIGHT {
        // Scare quotes around a few words ("condenó las «medidas coercitivas» de Estados
        // Unidos") are part of the clause.
        if let Some(close) = s.short_quote_at(k) {
            k = close + 1;
            continue;
        }
        // "condenó lo que calificó como una agresión de Washington": what the naming verb names
        // is the object.
        if s.word(k) == "lo" && s.word(k + 1) == "que" && is(s.word(k + 2), NAMING) {
            k += if s.word(k + 3) == "como" { 4 } else { 3 };
            continue;
        }
        if s.boundary(k) || (k > from && s.finite_verb(verbs, k)) {
            break;
        }
        // "... y Rusia envió": a conjunction before the next clause's subject and verb.
        if k > from && matches!(s.word(k), "y" | "e" | "pero" | ",") {
            let j = s.past_determiners(k + 1);
            if let Some(a) = s.actor_starting_at(j) {
                let after = s.actors[a].words.end;
                if s.verb_follows(after) || s.finite_verb(verbs, after) {
                    break;
                }
            }
        }
        k += 1;
    }
    k
}

/// The objects of a verb: the first actors after it inside the clause, with those coordinated
/// with them. A place counts only where something goes; an actor after "en" or "ante" only if no
/// other is found ("invirtió en Venezuela", "protestó ante la embajada").
fn objects_after(s: &Sent, verbs: &VerbTable, from: usize, end: usize, to_place: bool) -> Vec<usize> {
    let mut fallback = Vec::new();
    let mut k = from;
    while k < end {
        // "sancionó a tres empresarios libaneses acusados de lavar dinero para Hezbolá": a
        // participle after the object opens a phrase of its own, with its own objects.
        if k > from && s.participle_after_noun(verbs, k) {
            // "denunció ante la ONU el bloqueo impuesto por Estados Unidos": a deed's doer,
            // named by the participle's agent, is whom the verb is about (not the forum), where
            // the deed is the verb's object (not "en una operación mediada por Qatar").
            let np = (from..k).rev().take(4).find(|&x| is(s.word(x), DETERMINERS));
            let object = np.is_some_and(|d| d == 0 || !is(s.word(d - 1), PREPOSITIONS));
            if s.word(k + 1) == "por" && object {
                if let Some(doer) = s.actor_starting_at(s.past_determiners(k + 2)).filter(|&a| s.actors.get(a).is_some_and(|x| !x.place)) {
                    return s.coordinated_right(doer, end);
                }
            }
            break;
        }
        let Some(a) = s.actor_starting_at(k) else {
            k += 1;
            continue;
        };
        let mut np = k;
        while np > from && is(s.word(np - 1), DETERMINERS) && k - np < 2 {
            np -= 1;
        }
        let before = np.checked_sub(1).map(|p| s.word(p)).unwrap_or("");
        // "firmaron un acuerdo durante la visita del presidente iraní": an adjunct of time or
        // circumstance holds no object of the verb.
        if (from..np).any(|x| matches!(s.word(x), "durante" | "pese" | "mientras")) || (from + 2..np).any(|x| s.word(x - 2) == "en" && s.word(x - 1) == "medio" && s.word(x) == "de") {
            break;
        }
        // "recibió al dictador de Cuba, Miguel Díaz-Canel, y a ...": the name after the comma is
        // whom the title names.
        // Not a list: "el respaldo de Rusia, China e Irán".
        let a = match s.actor_starting_at(s.actors[a].words.end + 1) {
            Some(b)
                if matches!(before, "de" | "del")
                    && s.word(s.actors[a].words.end) == ","
                    && s.actors[b].person
                    && !s.actors[a].person
                    && !matches!(s.word(s.actors[b].words.end), "y" | "e") =>
            {
                b
            }
            _ => a,
        };
        let list = s.coordinated_right(a, end);
        // ", con Rusia, Bolivia y Turquía ayudando al régimen": the subject of an absolute
        // gerund clause, no object of the verb before it.
        let list_end = s.actors[*list.last().unwrap_or(&a)].words.end;
        if before == "con" && s.word(list_end).ends_with("ndo") {
            break;
        }
        let places = s.actors[a].place;
        // "viajó a Caracas", "envió tropas a Caracas", "sancionará a Moscú": a capital after "a"
        // (where something goes, or whom a deed is done to) stands for its country; "en
        // Caracas" is where it happens.
        let towards = matches!(before, "a" | "hacia" | "hasta") || (!to_place && matches!(before, "contra" | "con"));
        if places && !towards {
            k = s.actors[*list.last().unwrap_or(&a)].words.end;
            continue;
        }
        // "denunció ante el Consejo de Seguridad una incursión": the forum too, also named
        // past its own "de" phrases ("ante la Asamblea General de la ONU").
        let forum = || (np.saturating_sub(6)..np).rev().take_while(|&x| s.word(x) != "," && !s.finite_verb_form(x)).find(|&x| is(s.word(x), PREPOSITIONS) && !matches!(s.word(x), "de" | "del")).is_some_and(|x| s.word(x) == "ante");
        if (matches!(before, "en" | "desde") && !to_place) || before == "ante" || (matches!(before, "de" | "del") && forum()) {
            if fallback.is_empty() {
                fallback = list.clone();
            }
            k = s.actors[*list.last().unwrap_or(&a)].words.end;
            continue;
        }
        // ", junto con representantes del Grupo de Lima": the list goes on.
        let mut list = list;
        let mut j = s.actors[*list.last().unwrap_or(&a)].words.end;
        if s.word(j) == "," {
            j += 1;
        }
        // ", entre ellos Maduro", ", incluido Maduro": members named of the list.
        let skip = match (s.word(j), s.word(j + 1)) {
            ("junto", "con" | "a") | ("asi", "como") | ("entre", "ellos" | "ellas" | "otros" | "otras") => Some(2),
            ("incluido" | "incluidos" | "incluida" | "incluidas" | "incluyendo", _) => Some(1),
            _ => None,
        };
        if let Some(skip) = skip {
            if let Some(b) = (j + skip..end.min(j + 7)).find_map(|k| s.actor_starting_at(k).filter(|&b| !s.actors[b].place)) {
                list.extend(s.coordinated_right(b, end));
            }
        }
        return list;
    }
    fallback
}

/// Irregular or present forms of verbs of saying that take a "que" clause ("dijo que", "sostuvo
/// que"), which the endings of third-person pasts do not reveal.
const SAYING: &[&str] = &[
    "dijo", "dijeron", "dice", "dicen", "sostuvo", "sostuvieron", "sostiene", "sostienen", "afirma", "afirman", "asegura", "aseguran",
    "advierte", "advierten", "senala", "senalan", "indica", "indican", "insiste", "insisten", "reitera", "reiteran", "denuncia",
    "denuncian", "explica", "explican", "agrega", "agregan", "anade", "anaden", "anuncia", "anuncian", "dicho",
];

/// Numbers and quantities before a plural demonym that make it a people ("dos estadounidenses").
const NUMBER_WORDS: &[&str] = &[
    "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez", "varios", "varias", "cientos", "miles", "decenas", "centenares",
    "numerosos", "numerosas", "algunos", "algunas",
];

/// The opening quote of a quotation that ends right before a verb chain starting at `start`
/// ("«...», insistió"), if there is one.
fn quotation_before(s: &Sent, start: usize) -> Option<usize> {
    let mut k = start;
    while k > 0 && matches!(s.word(k - 1), ",") {
        k -= 1;
    }
    if k == 0 || !is(s.word(k - 1), CLOSING_QUOTES) || k == start {
        return None;
    }
    (0..k - 1).rev().find(|&i| is(s.word(i), OPENING_QUOTES))
}

/// Verbs of hosting (lemmas of the table's Spanish rows; the English coder's RECEIVING are verbs
/// whose subject is given something).
const HOSTING: &[&str] = &["recibir", "acoger", "albergar"];

/// Nouns of talks a clause may tell of ("para conversaciones con", "en una reunión con"), with
/// the code of holding them (folded spellings).
const TALK_NOUNS: &[(&str, &str)] = &[
    ("conversaciones", "040"),
    ("reunion", "040"),
    ("reuniones", "040"),
    ("consultas", "040"),
    ("negociaciones", "046"),
];

/// Talks named in a phrase of the verb's clause between `from` and `end` (no comma between): the
/// noun's index, the code of holding them, and the actors they are held with (places excluded).
fn talks_with(s: &Sent, from: usize, end: usize) -> Option<(usize, super::CameoCode, Vec<usize>)> {
    let end = (from..end).find(|&k| s.word(k) == ",").unwrap_or(end);
    for k in from..end {
        if !matches!(s.word(k), "para" | "en" | "durante" | "tras") {
            continue;
        }
        let mut j = k + 1;
        while j < end && j - k <= 2 && is(s.word(j), DETERMINERS) {
            j += 1;
        }
        let Some(&(_, code)) = TALK_NOUNS.iter().find(|(n, _)| *n == s.word(j)) else {
            continue;
        };
        if s.word(j + 1) != "con" {
            continue;
        }
        // The partner's noun phrase: "con el secretario general del ALBA" (a "de" complement of
        // an agent noun), not "con la oposición de Venezuela".
        let partner = (j + 2..end.min(j + 8))
            .take_while(|&x| s.actor_at[x].is_some() || !is(s.word(x), PREPOSITIONS) || (matches!(s.word(x), "de" | "del") && (j + 2..x).any(|h| is(s.word(h), AGENT_NOUNS))))
            .find_map(|x| s.actor_starting_at(x))
            .filter(|&a| !s.actors[a].place)?;
        return Some((j, super::CameoCode::parse(code)?, s.coordinated_right(partner, end)));
    }
    None
}

/// The subject of a "que" clause right after a verb (a short adjunct between: "denunció este
/// martes que Estados Unidos ..."), if an actor opens it.
fn clause_subject_after(s: &Sent, from: usize) -> Vec<usize> {
    // "denunció ante la Corte Internacional de Justicia que Venezuela ...": past the forum the
    // verb is said before, up to its "que".
    let from = match s.word(from) {
        "ante" => (from + 1..s.words.len().min(from + 9)).take_while(|&k| s.word(k) != "," && !is(s.word(k), HARD_STOP)).find(|&k| s.word(k) == "que").unwrap_or(from),
        _ => from,
    };
    // Not past a comma or another clause's opener: "condenó la visita, mientras que Brasil
    // instó" is no condemnation of Brazil.
    let Some(que) = (from..s.words.len().min(from + 5))
        .take_while(|&k| s.actor_at[k].is_none() && !is(s.word(k), HARD_STOP) && s.word(k) != "," && (s.word(k) == "que" || !is(s.word(k), CLAUSE_OPENERS)))
        .find(|&k| s.word(k) == "que")
    else {
        return Vec::new();
    };
    let k = s.past_determiners(que + 1);
    // "denunció que aviones militares estadounidenses violaron": the nationality of a subject
    // the registry does not name, right before its verb.
    let described = || {
        (k..s.words.len().min(k + 3))
            .take_while(|&j| !is(s.word(j), PREPOSITIONS) && s.word(j) != "," && !s.finite_verb_form(j))
            .find_map(|j| s.actor_starting_at(j))
            .filter(|&a| s.actors.get(a).is_some_and(|x| s.verb_follows(x.words.end)))
    };
    match s.actor_starting_at(k).or_else(described).filter(|&a| !s.actors[a].place) {
        Some(a) => s.coordinated_right(a, s.words.len()),
        None => Vec::new(),
    }
}

/// The actors after "por" right after a passive participle: "fue sancionado por Estados Unidos".
fn agent_after(s: &Sent, from: usize, end: usize) -> Vec<usize> {
    let mut k = from;
    while k < end && k - from < 3 && s.word(k) != "por" {
        k += 1;
    }
    if s.word(k) != "por" {
        return Vec::new();
    }
    k += 1;
    // "por parte de".
    if s.word(k) == "parte" && s.word(k + 1) == "de" {
        k += 2;
    }
    while is(s.word(k), DETERMINERS) && k < end {
        k += 1;
    }
    // "por su homólogo chino, Xi Jinping": a title (a noun and its modifiers, no verb), then the
    // name apposed to it.
    if s.actor_starting_at(k).is_none() && is(s.word(k), AGENT_NOUNS) {
        let comma = (k + 1..end.min(k + 5)).find(|&j| s.word(j) == ",");
        if let Some(c) = comma.filter(|&c| (k + 1..c).all(|j| !s.verb_follows(j) || s.actor_at[j].is_some())) {
            k = c + 1;
        }
    }
    // "por el presidente Xi Jinping": a title right before the name.
    if s.actor_starting_at(k).is_none() && is(s.word(k), AGENT_NOUNS) && s.actor_starting_at(k + 1).is_some() {
        k += 1;
    }
    match s.actor_starting_at(k).filter(|&a| !s.actors[a].place) {
        Some(a) => s.coordinated_right(a, end),
        None => Vec::new(),
    }
}

/// Code every sentence of a Spanish document.
pub fn code_document(doc: &Document, verbs: &VerbTable, registry: &Registry, opts: &EventOptions, trace: Option<&dyn Fn(&str)>) -> Vec<Event> {
    let text = doc.text();
    let layer = doc.tokens();
    let (date, by_sentence) = super::sentence_mentions(doc);
    let mut out = Vec::new();
    for (si, mentions) in by_sentence.iter().enumerate() {
        let words = layer.sentence(si);
        // Punctuation, which folds to nothing, stays as written.
        let folded: Vec<String> = words.iter().map(|w| super::clause::fold_token(text.slice(w.start..w.end))).collect();
        let pair = pair_opener(&folded).and_then(|len| Some((len, previous_pair(&out, si, registry)?)));
        if mentions.len() < 2 && pair.is_none() {
            continue;
        }
        let mut s = Sent {
            words: folded,
            accented: words.iter().map(|w| text.slice(w.start..w.end).to_lowercase()).collect(),
            spans: words.iter().map(|w| w.start..w.end).collect(),
            actor_at: vec![None; words.len()],
            actors: Vec::new(),
        };
        if let Some((len, [a, b])) = pair {
            s.open_with_pair(len, a, b);
        }
        let mention_starts: Vec<usize> = mentions.iter().map(|&mi| super::words_of(&s.spans, &doc.mentions[mi].clean).start).collect();
        for &mi in mentions {
            let (m, l) = (&doc.mentions[mi], &doc.links[mi]);
            let Range { start: first, end: last } = super::words_of(&s.spans, &m.clean);
            if first >= last || s.actor_at[first..last].iter().any(Option::is_some) {
                continue;
            }
            let actor = registry.get(&l.actor_id);
            let eligible = match actor {
                None => opts.provisional && l.method == LinkMethod::Provisional && matches!(m.label.as_str(), "PER" | "ORG"),
                // "el gobierno ruso", "técnicos militares rusos", "la invasión rusa": a demonym
                // after an agent noun (an adjective or two between) or a state's deed stands for
                // its country; not one before a name, which the name stands for ("el canciller
                // ruso Serguéi Lavrov").
                Some(_) if l.method == LinkMethod::Demonym => {
                    // "el responsable de seguridad iraní": a "de" complement may stand between.
                    let noun = (first.saturating_sub(3)..first).rev().find(|&k| is(s.word(k), AGENT_NOUNS) || is(s.word(k), DEEDS) || is(s.word(k), GROUND));
                    let between_ok = noun.is_some_and(|k| (k + 1..first).all(|j| !is(s.word(j), DETERMINERS) && s.word(j) != "," && (s.word(j) == "de" || !is(s.word(j), PREPOSITIONS))));
                    // "sancionó a más de 100 venezolanos": a people.
                    let prev = first.checked_sub(1).map(|p| s.word(p)).unwrap_or("");
                    let people = m.text.ends_with('s') && (prev.chars().all(|c| c.is_ascii_digit()) || is(prev, DETERMINERS) || is(prev, NUMBER_WORDS) || prev == "a");
                    // Also before an apposed name: "su homólogo venezolano, Nicolás Maduro".
                    let before_name = mention_starts.contains(&last) || (s.word(last) == "," && mention_starts.contains(&(last + 1)));
                    (between_ok || people) && !before_name
                }
                Some(_) => true,
            };
            if !eligible {
                continue;
            }
            let place_of = actor.filter(|a| a.kind == "place" && !a.country.is_empty()).and_then(|a| registry.get(&a.country));
            if actor.is_some_and(|a| a.kind == "place") && place_of.is_none() {
                continue;
            }
            let stands_for = place_of.or(actor);
            let cameo = stands_for.map(|a| a.cameo_on(&date).to_string()).unwrap_or_default();
            if !cameo.is_empty() && cameo.chars().all(|ch| ch == '-') {
                continue;
            }
            let idx = s.actors.len();
            s.actors.push(Actor {
                words: first..last,
                id: stands_for.map(|a| a.id.clone()).unwrap_or_else(|| l.actor_id.clone()),
                cameo,
                place: place_of.is_some(),
                person: actor.is_some_and(|a| a.kind == "person") || (actor.is_none() && m.label == "PER"),
                demonym: l.method == LinkMethod::Demonym,
            });
            for k in first..last {
                s.actor_at[k] = Some(idx);
            }
        }
        let distinct: std::collections::BTreeSet<&str> = s.actors.iter().map(|a| a.id.as_str()).collect();
        if distinct.len() < 2 {
            continue;
        }
        if let Some(trace) = trace {
            let shown: Vec<String> = (0..s.words.len())
                .map(|i| match s.actor_at[i] {
                    Some(a) => format!("{}[{}]", s.words[i], s.actors[a].id),
                    None => s.words[i].clone(),
                })
                .collect();
            trace(&shown.join(" "));
        }
        code_sentence(&s, si, verbs, opts.paired, &mut out);
    }
    out
}

/// Words that name a pair ("ambos mandatarios", "los dos gobiernos").
const PAIR_NOUNS: &[&str] = &[
    "mandatarios", "presidentes", "gobiernos", "paises", "lideres", "cancilleres", "ministros", "jefes", "naciones", "delegaciones",
    "dirigentes", "gobernantes", "estados", "aliados", "vecinos",
];

/// How many words open a sentence with a pair told by its kind ("Ambos mandatarios condenaron",
/// "Los dos gobiernos firmaron"), if one does.
fn pair_opener(words: &[String]) -> Option<usize> {
    let w = |i: usize| words.get(i).map(String::as_str).unwrap_or("");
    if matches!(w(0), "ambos" | "ambas") && is(w(1), PAIR_NOUNS) {
        Some(2)
    } else if matches!(w(0), "los" | "las") && w(1) == "dos" && is(w(2), PAIR_NOUNS) {
        Some(3)
    } else {
        None
    }
}

/// The two actors of the sentence before `si`, where its events were all between the same two
/// ("Petro se reunió con Maduro. Ambos mandatarios condenaron ..."): the pair a sentence that
/// opens with one stands for.
fn previous_pair(out: &[Event], si: usize, registry: &Registry) -> Option<[Actor; 2]> {
    let before = si.checked_sub(1)?;
    let mut ids: Vec<(&str, &str)> = Vec::new();
    for e in out.iter().filter(|e| e.sentence == before) {
        for side in [(e.source.as_str(), e.source_cameo.as_str()), (e.target.as_str(), e.target_cameo.as_str())] {
            if !ids.iter().any(|x| x.0 == side.0) {
                ids.push(side);
            }
        }
    }
    let actor = |(id, cameo): (&str, &str)| Actor {
        words: 0..0,
        id: id.to_string(),
        cameo: cameo.to_string(),
        place: false,
        person: registry.get(id).is_some_and(|a| a.kind == "person"),
        demonym: false,
    };
    match ids.as_slice() {
        &[a, b] => Some([actor(a), actor(b)]),
        _ => None,
    }
}

impl Sent {
    /// Reads the `len` words that open the sentence with a pair ("ambos mandatarios") as the
    /// pair's two actors coordinated ("A y B"), so the clause codes each of them, and with
    /// each other where they meet or cooperate. Called before any mention is placed.
    fn open_with_pair(&mut self, len: usize, a: Actor, b: Actor) {
        let (Some(first), Some(last)) = (self.spans.first().cloned(), self.spans.get(len - 1).cloned()) else { return };
        let (wa, wb) = (self.word(0).to_string(), self.word(len - 1).to_string());
        let at_first = first.end..first.end;
        self.words.splice(0..len, [wa.clone(), "y".to_string(), wb.clone()]);
        self.accented.splice(0..len, [wa, "y".to_string(), wb]);
        self.spans.splice(0..len, [first, at_first, last]);
        self.actor_at.splice(0..len, [Some(0), None, Some(1)]);
        self.actors = vec![Actor { words: 0..1, ..a }, Actor { words: 2..3, ..b }];
    }
}

/// Code one sentence's verbs, left to right: each verb's form and chain, then its source and
/// targets by voice (a passive's agent, an active verb's subject and objects, carried from the
/// verb before where Spanish leaves them unsaid), its certainty, its code, and the pairs it
/// joins; a governing verb's own event gives way to the governed one ("amenazó con sancionar").
fn code_sentence(s: &Sent, si: usize, verbs: &VerbTable, paired: PairedCodes, out: &mut Vec<Event>) {
    let n = s.words.len();
    let reported_sentence = s.words.iter().any(|w| is(w, REPORTED)) || s.words.windows(2).any(|w| w[0] == "al" && w[1] == "parecer");
    let question = s.words.iter().any(|w| w == "?" || w == "¿");
    let mut carried = Carried::default();
    // Governing verbs whose own event the governed one replaces ("amenazó con sancionar").
    let mut governing: Vec<usize> = Vec::new();
    let mut found: Vec<(usize, Event)> = Vec::new();
    let mut i = 0;
    while i < n {
        if s.actor_at[i].is_some() {
            i += 1;
            continue;
        }
        let Some(&hit) = verbs.verbs_at(&s.words, i).first() else {
            i += 1;
            continue;
        };
        i = hit.end;
        let Some(v) = read_verb(s, verbs, hit) else {
            continue;
        };
        let c = read_chain(s, verbs, hit, v.form);
        // An agreement's infinitive replaces it only where it tells an event: "acordaron ampliar
        // los vuelos" is the agreement ("se ofrecieron a mediar" is no offer to each other).
        let governor_head = c.governed_by.filter(|_| c.governor.is_some());
        let agreement = governor_head.is_some_and(|g| verbs.verbs_at(&s.words, g).first().is_some_and(|h| verbs.block_name(h.verb) == "ES_ACORDAR"));
        if !agreement {
            governing.extend(governor_head);
        }
        let end = clause_end(s, verbs, hit.end);
        let participle_alone = v.form == SpanishForm::Participle && !c.passive && !(c.start..hit.start).any(|k| is(s.word(k), PERFECT) || is(s.word(k), HEARSAY));
        // An infinitive right after that verb and "de"/"a" ("acusándolos de ayudar"): the
        // object's deed.
        let governed_by_clitic = carried.clitic_object.clone().filter(|(h, _, _)| hit.start >= 2 && *h + 2 == hit.start && matches!(s.word(hit.start - 1), "de" | "a"));
        let pair = if c.passive || participle_alone {
            passive_pair(s, verbs, &c, hit, end, &carried.sources)
        } else {
            Some(active_pair(s, verbs, &c, hit, end, &v, governed_by_clitic.as_ref(), &mut carried))
        };
        let Some((sources, targets)) = pair else {
            continue;
        };
        if !c.adjunct {
            // Whom a verb of sending sends (a person after the personal "a"), though its own
            // subject is left unsaid.
            carried.sent = if v.sending && !c.passive {
                targets.iter().copied().filter(|&t| !s.actors[t].place && s.word(s.actors[t].words.start.saturating_sub(1)) == "a" && s.actors[t].person).collect()
            } else {
                Vec::new()
            };
        }
        if sources.is_empty() {
            continue;
        }
        // A participle alone ("el bloqueo impuesto por Estados Unidos y agradeció a ...") tells
        // no subject for the verb coordinated after it.
        if !c.adjunct && !participle_alone {
            carried.sources = sources.clone();
            carried.targets = targets.clone();
            carried.head = hit.head;
        }
        let cs = (0..c.start).rev().find(|&k| s.boundary(k)).map_or(0, |k| k + 1);
        let modality = verb_modality(s, verbs, &c, governed_by_clitic.as_ref(), cs, reported_sentence, question);
        let before: Vec<String> = s.words[cs..hit.start].to_vec();
        // A participle's noun is what it is about: "las sanciones impuestas por EE.UU." matches
        // `* SANCIONES`.
        let mut after: Vec<String> = Vec::new();
        if participle_alone {
            after.extend(s.words[cs..hit.start].iter().cloned());
        }
        after.extend(s.words[hit.end..purpose_start(s, hit.end, end)].iter().cloned());
        let infinitive_after = vec![false; after.len()];
        let (spec, pattern) = verbs.code_for(hit.verb, &before, &after, &infinitive_after, sources.len() > 1);
        let (spec, pattern) = if v.demands { (CodeSpec::parse("100").unwrap_or(spec), None) } else { (spec, pattern) };
        let spec = govern(spec, c.governor);
        // "cerró su embajada en Kiev", "llamó a consultas a su embajador en Madrid": a mission
        // opened, closed or recalled is toward the country it is in.
        let mission = [spec.forward, spec.reverse].iter().flatten().any(super::CameoCode::is_mission);
        let targets = if targets.is_empty() && mission && !c.passive {
            (hit.end..end)
                .filter_map(|k| s.actor_starting_at(k))
                .find(|&a| matches!(s.word(s.actors[a].words.start.saturating_sub(1)), "en" | "desde" | "de"))
                .into_iter()
                .collect()
        } else {
            targets
        };
        let modality = if c.governor.is_some_and(|g| g != Governor::Carry) { Modality::Asserted } else { modality };
        let clause = PairClause { c: &c, hit, end, participle_alone, spec, paired };
        for (a, b, code, trigger) in pairs_of(s, verbs, &clause, &sources, targets) {
            let (src, tgt) = (&s.actors[a], &s.actors[b]);
            if src.id == tgt.id {
                continue;
            }
            let mut e = event_between(src, tgt, si, code, trigger.clone());
            e.negated = c.negated;
            e.modality = modality;
            e.pattern = pattern.map(|p| p.text.clone());
            if !found.iter().any(|(_, x)| x == &e) {
                found.push((hit.head, e));
                governing.extend(governor_head.filter(|_| agreement));
            }
        }
    }
    let told_by_nouns = noun_events(s, si, &found);
    out.extend(found.into_iter().filter(|(head, _)| !governing.contains(head)).map(|(_, e)| e));
    out.extend(told_by_nouns);
}

/// Events told by a noun: the nouns (folded, as the sentence's words are: "reunion"), the words
/// that open the phrase of the other side, the code, and whether that side may be a place named
/// before the noun instead ("firmaron en Pekín ... durante la visita de Estado de Maduro").
struct NounEvent {
    nouns: &'static [&'static str],
    toward: &'static [&'static str],
    code: &'static str,
    place_before: bool,
}

const NOUN_EVENTS: &[NounEvent] = &[
    // "la visita del canciller ruso a Caracas".
    NounEvent { nouns: &["visita", "viaje", "gira"], toward: &["a", "al"], code: "042", place_before: true },
    // "tras una reunión de Maduro con el enviado de Washington".
    NounEvent { nouns: &["reunion", "encuentro", "conversacion"], toward: &["con"], code: "040", place_before: false },
];

/// Events told by a noun (`NOUN_EVENTS`): "durante la visita del primer ministro cubano, Manuel
/// Marrero, a Caracas", the doer the "de" phrase and the other side the phrase after it (past an
/// apposition). A noun, after a determiner or a preposition, not the verb "visita"; a pair a
/// verb of the sentence already coded is left to that verb.
fn noun_events(s: &Sent, si: usize, coded: &[(usize, Event)]) -> Vec<Event> {
    let mut out: Vec<Event> = Vec::new();
    for k in 1..s.words.len() {
        let Some(rule) = NOUN_EVENTS.iter().find(|r| is(s.word(k), r.nouns)) else { continue };
        let noun = is(s.word(k - 1), DETERMINERS) || is(s.word(k - 1), PREPOSITIONS);
        if !noun || !matches!(s.word(k + 1), "de" | "del") {
            continue;
        }
        let phrase_end = (k + 8).min(s.words.len());
        let Some(doer) = (k + 2..phrase_end).take_while(|&j| !is(s.word(j), rule.toward) && !s.boundary(j)).find_map(|j| s.actor_at.get(j).copied().flatten()) else { continue };
        let Some(from) = s.actors.get(doer).map(|a| a.words.end) else { continue };
        let to = (from..(from + 10).min(s.words.len())).take_while(|&j| !s.boundary(j)).find(|&j| is(s.word(j), rule.toward));
        let named_before = || (k.saturating_sub(12)..k).rev().take_while(|&j| !s.boundary(j)).find_map(|j| s.actor_starting_at(j).filter(|&a| s.actors.get(a).is_some_and(|x| x.place) && j > 0 && s.word(j - 1) == "en"));
        let other = match to {
            Some(to) => s.actor_starting_at(s.past_determiners(to + 1)).or_else(|| agent_phrase_actor(s, to + 1)),
            None if rule.place_before => named_before(),
            None => None,
        };
        let Some(other) = other.filter(|&o| rule.place_before || s.actors.get(o).is_some_and(|x| !x.place)) else { continue };
        let (Some(src), Some(tgt)) = (s.actors.get(doer), s.actors.get(other)) else { continue };
        let told = coded.iter().map(|(_, e)| e).chain(&out).any(|e| e.source == src.id && e.target == tgt.id);
        if src.id == tgt.id || s.same_country(doer, other) || told {
            continue;
        }
        let Some(code) = super::CameoCode::parse(rule.code) else { continue };
        out.push(event_between(src, tgt, si, code, s.spans.get(k).cloned().unwrap_or_default()));
    }
    out
}

/// The actor of an agent's phrase starting at `k` that the registry does not name but whose
/// country it does: "el enviado de Washington", "el canciller ruso" (a person the registry lacks
/// is their country).
fn agent_phrase_actor(s: &Sent, k: usize) -> Option<usize> {
    let k = s.past_determiners(k);
    // (An envoy is no agent noun elsewhere: "enviado" is also the participle of "enviar".)
    if !is(s.word(k), AGENT_NOUNS) && !matches!(s.word(k), "enviado" | "enviada" | "emisario" | "emisaria") {
        return None;
    }
    (k + 1..(k + 4).min(s.words.len())).take_while(|&j| !s.boundary(j) && s.word(j) != ",").find_map(|j| s.actor_starting_at(j))
}

/// An event of sentence `si` from `src` to `tgt`, told as done, with no pattern (the caller sets
/// what differs).
fn event_between(src: &Actor, tgt: &Actor, si: usize, code: super::CameoCode, trigger: Range<usize>) -> Event {
    Event {
        sentence: si,
        source: src.id.clone(),
        target: tgt.id.clone(),
        source_cameo: src.cameo.clone(),
        target_cameo: tgt.cameo.clone(),
        code,
        trigger,
        negated: false,
        modality: Modality::Asserted,
        pattern: None,
        reader: super::Reader::Spanish,
        confidence: 0.0,
        location: None,
    }
}

/// What the verbs of a sentence leave for the verbs after them, where Spanish leaves a subject
/// or an object unsaid.
#[derive(Default)]
struct Carried {
    /// The last main verb's subjects, targets and head word: "fue sancionada por Estados Unidos
    /// por apoyar a Hezbolá" is the patient's deed.
    sources: Vec<usize>,
    targets: Vec<usize>,
    head: usize,
    /// Whom the last main verb of sending sent ("envió a Delcy Rodríguez a Rusia para conversar").
    sent: Vec<usize>,
    /// A verb whose object stands before it, joined to a gerund ("acusándolos") or as a relative
    /// antecedent ("Rosneft, a la que acusó"): its head, that object and its code's root, for the
    /// infinitive it governs ("de ayudar a Hezbolá").
    clitic_object: Option<(usize, Vec<usize>, u8)>,
}

/// A verb occurrence as its form and the table read it.
struct VerbRead {
    form: SpanishForm,
    /// What one says another must do ("dijo que Maduro debe dejar el poder"): a demand.
    demands: bool,
    /// The CAMEO root of the verb's own code (10 for a demand; 0 for none).
    code_root: u8,
    sending: bool,
}

/// Read a verb occurrence's form, or `None` where the words are no verb of an event here: a
/// noun ("las sanciones"), a present form right after another verb ("no ha enviado ayuda"),
/// "llegar a" + infinitive.
fn read_verb(s: &Sent, verbs: &VerbTable, hit: VerbHit) -> Option<VerbRead> {
    let lemma = &verbs.verbs[hit.verb].lemma;
    let form = spanish_form_of(lemma, s.word(hit.head));
    // "las impuestas por Estados Unidos": a participle with its agent stays a verb after a
    // determiner.
    let with_agent = form == SpanishForm::Participle && s.word(hit.end) == "por";
    if s.nominal(hit.start) && form != SpanishForm::Nonfinite && !with_agent {
        return None;
    }
    // "no ha enviado ayuda": a present form right after another verb is its object, a noun.
    let after_verb = hit.start > 0 && s.actor_at[hit.start - 1].is_none() && !verbs.verbs_at(&s.words, hit.start - 1).is_empty();
    if after_verb && form == SpanishForm::Finite {
        return None;
    }
    // "Pompeo dijo que Maduro debe dejar el poder": what one says another must do is a
    // demand (10), of the "que" clause's subject.
    let demands = verbs.block_name(hit.verb) == "ES_DECIR" && {
        let subject = clause_subject_after(s, hit.end);
        subject.iter().map(|&a| s.actors[a].words.end).max().is_some_and(|v| {
            matches!(s.word(v), "debe" | "deben" | "deberia" | "deberian") || (matches!(s.word(v), "tiene" | "tienen" | "tendria" | "tendrian") && s.word(v + 1) == "que")
        })
    };
    let code_root = if demands { 10 } else { verbs.own_code(hit.verb).forward.and_then(|c| c.root()).unwrap_or(0) };
    let sending = verbs.block_name(hit.verb).contains("ENVIAR");
    // "llegó a calificar": "llegar a" + infinitive is going as far as, not arriving.
    if code_root == 4 && !is(s.word(hit.head), REQUEST_GOVERNORS) && s.word(hit.end) == "a" && s.word(hit.end + 1).ends_with('r') && s.actor_at.get(hit.end + 1).copied().flatten().is_none() {
        return None;
    }
    // "-ara" is a future ("enviará") and a past subjunctive ("que enviara"): after "que" it
    // is the subjunctive of something told as fact.
    // Written with its accent ("respaldará") it is the future only.
    let written = s.accented.get(hit.head).map(String::as_str).unwrap_or("");
    let ambiguous = form == SpanishForm::Future && (written.ends_with("ara") || written.ends_with("aran"));
    let after_que = (0..hit.start).rev().find(|&k| s.boundary(k)).is_some_and(|k| s.word(k) == "que");
    let form = if ambiguous && after_que { SpanishForm::Finite } else { form };
    Some(VerbRead { form, demands, code_root, sending })
}

/// A passive, or a participle with its agent: the agent acts on the participle's objects, the
/// passive's subject, or what the participle is about ("X fue sancionado por Y"; "las sanciones
/// impuestas por EE.UU. a Venezuela"). `None` where no agent is named.
fn passive_pair(s: &Sent, verbs: &VerbTable, c: &Chain, hit: VerbHit, end: usize, prev_sources: &[usize]) -> Option<(Vec<usize>, Vec<usize>)> {
    let agents = agent_after(s, hit.end, end);
    let &last = agents.last()?;
    let after_agent = s.actors[last].words.end;
    let objects = if c.passive { Vec::new() } else { objects_after(s, verbs, after_agent, end, false) };
    let patients = if !objects.is_empty() {
        objects
    } else if c.passive || (c.start > 0 && s.actor_ending_at(c.start).is_some()) {
        let own = subject_before(s, verbs, c.start);
        // "Lavrov llegó a Caracas, donde fue recibido por Maduro": a passive with no
        // subject of its own (Spanish drops it) is about the previous clause's subject.
        let dropped = c.passive && own.is_empty() && c.start > 0 && matches!(s.word(c.start - 1), "donde" | "y" | "e" | "cuando");
        if dropped {
            prev_sources.iter().copied().filter(|a| !agents.contains(a)).collect()
        } else {
            own
        }
    } else {
        about_before(s, c.start)
    };
    Some((agents, patients))
}

/// Who does what an active verb tells: an infinitive's controller ("instó a Rusia a retirar"),
/// the patient after a passive's agent, a clitic's object, whom a verb of sending sent, the main
/// clause's subject for an adjunct, else the subject before the verb (or the previous verb's,
/// or that of the verb a "que" clause completes).
fn active_sources(s: &Sent, verbs: &VerbTable, c: &Chain, hit: VerbHit, governed_by_clitic: Option<&(usize, Vec<usize>, u8)>, carried: &Carried) -> Vec<usize> {
    let after_agent = c.adjunct && c.start >= 2 && s.word(c.start - 1) == "por" && s.actor_ending_at(c.start - 1).is_some_and(|a| s.word_before_actor(a) == "por");
    if let Some(a) = c.controller {
        s.coordinated_left(a)
    } else if after_agent {
        carried.targets.clone()
    } else if let Some((_, object, _)) = governed_by_clitic {
        object.clone()
    } else if c.adjunct && !carried.sent.is_empty() && s.word(c.start) == "para" {
        // "envió a Delcy Rodríguez a Rusia para conversar con Lavrov": whom a verb of
        // sending sends does what it is sent for.
        carried.sent.clone()
    } else if c.adjunct && carried.sources.is_empty() && s.opens(c.start) {
        // "Tras reunirse con Putin, Maduro viajó a China": the subject of the main clause
        // after the comma.
        main_subject_after(s, verbs, hit.end)
    } else if c.adjunct && carried.sources.is_empty() {
        // "Trump alentó a la oposición al denunciar a Castro": the subject of the clause
        // the adjunct hangs on, if a verb follows it (not a name in an apposition).
        let subject = subject_before(s, verbs, c.start);
        let end = subject.last().map(|&a| s.actors[a].words.end).unwrap_or(0);
        if s.verb_follows(end) {
            subject
        } else {
            Vec::new()
        }
    } else if c.adjunct {
        // "Moscú ha mantenido ... a través de Rosneft, que ha usado su influencia para
        // apoderarse": an adjunct inside a relative clause belongs to its antecedent, not
        // to the subject of the verb before.
        match (carried.head..c.start).rev().find(|&k| s.boundary(k)) {
            Some(b) if matches!(s.word(b), "que" | "quien" | "quienes") => subject_before(s, verbs, b + 1),
            Some(_) => Vec::new(),
            None => carried.sources.clone(),
        }
    } else {
        let head = c.governed_by.unwrap_or(c.start);
        let start = s.chain_start(head, false);
        // A coordinated verb with no subject of its own ("sancionó a X y condenó a Y").
        let first = start.min(c.start);
        let with_antecedent = partner_of_relative(s, first).is_some();
        let own = if with_antecedent { Vec::new() } else { subject_before(s, verbs, first) };
        if with_antecedent {
            // "recibió a Maduro, con quien firmó varios acuerdos": the main subject acts
            // with the relative's antecedent.
            carried.sources.clone()
        } else if own.is_empty() && place_relative_before(s, first) {
            // "felicitó a Maduro en un comunicado en el que condenó": the main clause's subject.
            carried.sources.clone()
        } else if pair_before_verb(s, first) && !carried.sources.is_empty() && !carried.targets.is_empty() {
            // "se reunió con Maduro en Caracas y ambos acordaron": the two of the clause before
            // (not a name before "y ambos": "con la vicepresidenta, Delcy Rodríguez, y ambos").
            let mut both = carried.sources.clone();
            both.extend(carried.targets.iter().copied().filter(|t| !carried.sources.contains(t) && s.actors.get(*t).is_some_and(|a| !a.place)));
            both
        } else if first > 0 && matches!(s.word(first - 1), "y" | "e") && (own.is_empty() || !carried.sources.is_empty()) {
            // (Also past the first verb's object: "expulsó a dos diplomáticos venezolanos y
            // acusó a Caracas" is Colombia's accusation, not the diplomats'.)
            carried.sources.clone()
        } else if let Some(p) = verb_before_in_clause(s, verbs, &own, first).filter(|_| first > 0 && matches!(s.word(first - 1), "y" | "e")) {
            // "Rubio anunció sanciones contra funcionarios del Banco Central de Venezuela y
            // acusó a Maduro": a name inside the object of a verb the table does not code (so
            // nothing was carried) is not the subject of the verb coordinated after it; that
            // verb's subject is.
            subject_before(s, verbs, s.chain_start(p, false))
        } else if own.is_empty() && first >= 2 && s.word(first - 1) == "que" {
            // "Washington advirtió que sancionará a las empresas chinas", "Maduro dijo
            // que enviará tropas": a complement clause with no subject of its own has
            // the subject of the verb it completes.
            complement_of(s, verbs, first - 1)
        } else {
            own
        }
    }
}

/// Whether the words right before a verb chain starting at `first` name a pair, mid-sentence
/// ("y ambos acordaron", "y los dos presidentes firmaron").
fn pair_before_verb(s: &Sent, first: usize) -> bool {
    let w = |k: Option<usize>| k.map_or("", |k| s.word(k));
    let before = first.checked_sub(1);
    matches!(w(before), "ambos" | "ambas")
        || (is(w(before), PAIR_NOUNS) && matches!(w(before.and_then(|b| b.checked_sub(1))), "ambos" | "ambas" | "dos"))
}

/// The finite verb before the actors `own` in their clause (up to `first`, the verb they would be
/// the subject of), if one stands there: those actors are then inside its object.
fn verb_before_in_clause(s: &Sent, verbs: &VerbTable, own: &[usize], first: usize) -> Option<usize> {
    let start = own.iter().filter_map(|&a| s.actors.get(a)).map(|a| a.words.start).min()?;
    (0..start.min(first)).rev().take_while(|&k| !s.boundary(k)).find(|&k| s.finite_verb(verbs, k) || s.finite_verb_form(k))
}

/// An active verb's sources and targets: its subject, and the objects after it as the verb and
/// its clitics read them (a gerund's clitic, a dative "le", a relative's antecedent, the subject
/// of the clause a verb that judges takes, whom a verb of hosting hosts); after a quotation the
/// speaker follows the verb.
#[allow(clippy::too_many_arguments)]
fn active_pair(s: &Sent, verbs: &VerbTable, c: &Chain, hit: VerbHit, end: usize, v: &VerbRead, governed_by_clitic: Option<&(usize, Vec<usize>, u8)>, carried: &mut Carried) -> (Vec<usize>, Vec<usize>) {
    let code_root = v.code_root;
    let sources = active_sources(s, verbs, c, hit, governed_by_clitic, carried);
    // "condenó a Estados Unidos, acusando a Washington de ...": a gerund after a comma that
    // closes the previous verb's object is that verb's subject's act; a clitic joined to it
    // ("acusándolos") is that object.
    let object_before = trailing_gerund_object(s, verbs, hit.head, c.start, &sources, &carried.sources);
    let sources = if object_before.is_empty() { sources } else { carried.sources.clone() };
    let enclitic = gerund_with_object(s.word(hit.head));
    let to_place = TO_PLACE_ROOTS.contains(&code_root) || v.sending;
    if enclitic && !object_before.is_empty() {
        carried.clitic_object = Some((hit.head, object_before.clone(), code_root));
    }
    // "llamó a Maduro para expresarle su solidaridad": "le" joined to an infinitive is whom the
    // verb it serves acts on.
    let head_word = s.word(hit.head);
    let dative = !is_gerund(head_word) && ["rle", "rles"].iter().any(|e| head_word.ends_with(e)) && c.adjunct;
    let mut objects = if enclitic {
        object_before
    } else if dative {
        carried.targets.clone()
    } else {
        objects_after(s, verbs, hit.end, end, to_place)
    };
    // "reiteró el apoyo de Rusia al gobierno de Maduro": the subject's own country after "de"
    // is whose the deed is; whom it goes to, after "a", is the object.
    let own = !objects.is_empty() && objects.iter().all(|&o| s.of_sources_country(&sources, o));
    let after_de = objects.first().is_some_and(|&o| matches!(s.word_before_actor(o), "de" | "del"));
    let last_end = objects.iter().filter_map(|&o| s.actors.get(o)).map(|x| x.words.end).max();
    if let (true, true, Some(last_end)) = (own, after_de, last_end) {
        if matches!(s.word(last_end), "a" | "al" | "contra" | "hacia") {
            objects = objects_after(s, verbs, last_end, end, to_place);
        }
    }
    // "le reiteró su respaldo frente a las sanciones de Washington": a dative clitic before the
    // verb is whom it is done to; a name elsewhere than after "a" is not.
    let dative_clitic = (c.start..hit.start).any(|k| matches!(s.word(k), "le" | "les")) && s.actor_at[c.start].is_none();
    if dative_clitic {
        objects.retain(|&o| {
            let np = s.past_determiners_left(s.actors[o].words.start);
            np > 0 && matches!(s.word(np - 1), "a" | "al") && !(np > 1 && s.word(np - 2) == "frente")
        });
    }
    // "Hezbolá negó ..., después de que el Comando Sur lo acusara": an object clitic right before
    // the verb, with no object after it, is the subject of the clause before where this verb has
    // a subject of its own, else that clause's object ("recibió a Lula y lo felicitó").
    let clitic = hit.start.checked_sub(1).is_some_and(|k| matches!(s.word(k), "lo" | "la" | "los" | "las") && s.actor_at.get(k).copied().flatten().is_none());
    // With the object a clitic, a name in the complement of a noun after the verb is no object
    // ("lo invitó a la cumbre de los BRICS": where he is invited).
    if clitic && !c.passive {
        objects.retain(|&o| !matches!(s.word_before_actor(o), "de" | "del"));
    }
    // "lo invitó a visitar Moscú": the subject's own country is no object where a clitic is.
    if clitic && objects.iter().all(|&o| s.of_sources_country(&sources, o)) {
        objects.clear();
    }
    if clitic && objects.is_empty() && !c.passive {
        // A clause whose subject follows "y" continues the one before: its clitic is that
        // clause's object ("felicitó a Maduro y Putin lo invitó").
        let coordinated = sources.first().is_some_and(|&a| matches!(s.word_before_actor(a), "y" | "e"));
        let own_subject = !sources.is_empty() && sources != carried.sources && (!coordinated || carried.targets.is_empty());
        // (Where the clause before has no verb of the table, its subject is the name that opens
        // the sentence before a verb.)
        let opener: Vec<usize> = s.actor_starting_at(s.past_determiners(0)).filter(|&a| s.actors.get(a).is_some_and(|x| s.verb_follows(x.words.end))).into_iter().collect();
        let antecedent = match (own_subject, carried.sources.is_empty()) {
            (true, false) => &carried.sources,
            (true, true) => &opener,
            (false, _) => &carried.targets,
        };
        objects = antecedent.iter().copied().filter(|o| !sources.contains(o)).collect();
    }
    match relative_after_preposition(s, c.start.min(c.governed_by.unwrap_or(c.start))) {
        Some((true, antecedent)) => {
            // "a la que acusó de ayudar a PDVSA": the infinitive is the antecedent's.
            carried.clitic_object = Some((hit.head, antecedent.clone(), code_root));
            objects = antecedent;
        }
        Some((false, partner)) if objects.is_empty() => objects = partner,
        _ => {}
    }
    // "denunció que Estados Unidos prepara una agresión": a verb that judges (demand, criticism,
    // accusation, rejection, threat) is about the subject of the clause it takes. Not the
    // speaker's own country: "Zarif advirtió que Teherán respondería" is no threat to Iran (the
    // clause's own verb codes Tehran's act).
    // The forum it is said before gives way to that subject ("denunció ante la ONU que
    // Venezuela amenaza ...").
    let before_forum = !objects.is_empty() && objects.iter().all(|&o| s.word_before_actor(o) == "ante");
    if (objects.is_empty() || before_forum) && matches!(code_root, 10..=13) {
        let about: Vec<usize> = clause_subject_after(s, hit.end).into_iter().filter(|&o| !s.of_sources_country(&sources, o)).collect();
        if !about.is_empty() || objects.is_empty() {
            objects = about;
        }
    }
    // "recibió armas de Rusia": what the verb's patterns read as given (written as the giver's
    // event: `:072`) comes from its "de" phrase, the giver; otherwise a verb of hosting hosts its
    // object.
    if HOSTING.contains(&verbs.verbs[hit.verb].lemma.as_str()) && !receives_from_giver(s, verbs, hit, end) {
        objects.retain(|&o| hosted(s, hit, o));
    }
    // "«Maduro es parte del problema», insistió Piñera": after a quotation the speaker follows
    // the verb, and a verb that judges is about the quotation's subject.
    match quotation_before(s, c.start).filter(|_| sources.is_empty()) {
        Some(open) => {
            let mut k = hit.end;
            while k < end && (is(s.word(k), DETERMINERS) || is(s.word(k), AGENT_NOUNS)) && s.actor_at[k].is_none() {
                k += 1;
            }
            let speaker: Vec<usize> = s.actor_starting_at(k).filter(|&a| !s.actors[a].place).map(|a| s.coordinated_right(a, end)).unwrap_or_default();
            let about: Vec<usize> = if matches!(code_root, 10..=13) {
                let first = s.past_determiners(open + 1);
                s.actor_starting_at(first)
                    .filter(|&a| s.verb_follows(s.actors[a].words.end))
                    .into_iter()
                    .filter(|&o| !s.of_sources_country(&speaker, o))
                    .collect()
            } else {
                Vec::new()
            };
            (speaker, about)
        }
        None => (sources, objects),
    }
}

/// Whether a verb's patterns read what follows it, up to `end`, as something given, written as
/// the giver's event alone (`:072`: "recibió armas", "recibió un préstamo", "recibió un mensaje").
fn receives_from_giver(s: &Sent, verbs: &VerbTable, hit: VerbHit, end: usize) -> bool {
    let after: Vec<String> = s.words.get(hit.end..end).map(<[String]>::to_vec).unwrap_or_default();
    let (spec, pattern) = verbs.code_for(hit.verb, &[], &after, &vec![false; after.len()], false);
    pattern.is_some() && spec.forward.is_none() && spec.reverse.is_some()
}

/// A verb of hosting hosts whom it names as its object ("recibió a Maduro"), not whom something
/// came from ("recibió protección de contratistas rusos"); a "de" complement of a person or a
/// meeting is hosted ("al presidente de Venezuela", "acogió la cumbre de la CELAC").
fn hosted(s: &Sent, hit: VerbHit, o: usize) -> bool {
    let start = s.actors[o].words.start;
    let np = (hit.end..start).rev().take_while(|&k| is(s.word(k), DETERMINERS) || is(s.word(k), AGENT_NOUNS)).last().unwrap_or(start);
    let of = np > hit.end + 1 && matches!(s.word(np - 1), "de" | "del");
    let host_noun = |w: &str| is(w, AGENT_NOUNS) || TALK_NOUNS.iter().any(|(n, _)| *n == w) || matches!(w, "cumbre" | "visita" | "delegacion" | "mision" | "comitiva");
    !of || host_noun(s.word(np - 2))
}

/// How certain the sentence tells a verb's event: its chain's own modality, then an accusation
/// or appeal that governs it, an if-clause, a claim denied, what is asked or demanded, a hedge
/// ("al parecer", "presuntamente"), a question.
fn verb_modality(s: &Sent, verbs: &VerbTable, c: &Chain, governed_by_clitic: Option<&(usize, Vec<usize>, u8)>, cs: usize, reported_sentence: bool, question: bool) -> Modality {
    let mut modality = c.modality;
    // "acusándolos de ayudar": what an accusation says is alleged, what an appeal asks has
    // not happened.
    match governed_by_clitic {
        Some((_, _, 11)) if modality == Modality::Asserted => modality = Modality::Reported,
        Some((_, _, 2)) if modality == Modality::Asserted => modality = Modality::Possible,
        _ => {}
    }
    // The root of the code of a verb just before the controller of an infinitive.
    let controller_verb_root = |root: u8| c.controller.and_then(|a| s.actors.get(a)).is_some_and(|a| verb_of_root_before(s, verbs, a.words.start, root));
    // "instó a Rusia a retirar sus tropas": what is asked of an actor (a verb of appeal, CAMEO
    // 02: "pidió", "instó", "exhortó", before the actor) has not happened.
    if controller_verb_root(2) && modality == Modality::Asserted {
        modality = Modality::Possible;
    }
    // "acusó a Colombia de atacar a Venezuela": what an accusation (CAMEO 11) says the
    // accused did is alleged.
    if controller_verb_root(11) && modality == Modality::Asserted {
        modality = Modality::Reported;
    }
    let opener = cs.checked_sub(1).map(|p| s.word(p)).unwrap_or("");
    if opener == "si" && modality == Modality::Asserted {
        modality = Modality::Possible;
    }
    let claimed = opener == "que" && cs >= 2 && (is(s.word(cs - 2), DENY) || (s.word(cs - 2) == "de" && cs >= 3 && is(s.word(cs - 3), CLAIM_NOUNS)));
    // "pidió que Rusia enviara tropas", "exigió que Estados Unidos levante las sanciones":
    // what is asked or demanded (CAMEO 02, 10) has not happened.
    let asked = opener == "que"
        && cs >= 2
        && verbs.verbs_at(&s.words, cs - 2).first().is_some_and(|h| matches!(verbs.own_code(h.verb).forward.and_then(|c| c.root()), Some(2) | Some(10)));
    if asked && modality == Modality::Asserted {
        modality = Modality::Possible;
    }
    if (claimed || reported_sentence) && modality == Modality::Asserted {
        modality = Modality::Reported;
    }
    if question && modality == Modality::Asserted {
        modality = Modality::Possible;
    }
    modality
}

/// What of a verb's clause the pairs depend on.
struct PairClause<'c> {
    c: &'c Chain,
    hit: VerbHit,
    end: usize,
    participle_alone: bool,
    spec: CodeSpec,
    paired: PairedCodes,
}

/// The (source, target, code, trigger) pairs a verb joins: each source with each target (the
/// reverse code too where asked), co-subjects with each other where they meet or cooperate, and
/// talks the clause tells of ("viajó a Moscú para conversaciones con Lavrov").
fn pairs_of(s: &Sent, verbs: &VerbTable, p: &PairClause<'_>, sources: &[usize], targets: Vec<usize>) -> Vec<(usize, usize, super::CameoCode, Range<usize>)> {
    let (c, hit, end, spec) = (p.c, p.hit, p.end, p.spec);
    let trigger = s.spans[hit.start].start..s.spans[hit.end - 1].end;
    let mut pairs: Vec<(usize, usize, super::CameoCode, Range<usize>)> = Vec::new();
    // "Rusia e Irán discutieran la coordinación de su respuesta a la crisis de Venezuela":
    // subjects who meet or talk meet each other; a name deep in what they talk about is no
    // partner (one after "con" is).
    let mutual = sources.len() > 1 && spec.forward.is_some_and(|c| c.root() == Some(4));
    // "Estados Unidos y Venezuela intercambiaron prisioneros en Barbados": co-subjects who
    // cooperate do so with each other; a country they do it in is where.
    let cooperate = sources.len() > 1 && spec.forward.is_some_and(|c| matches!(c.root(), Some(3..=8)));
    // "Irán y Venezuela acordaron ampliar los vuelos entre Teherán y Caracas": co-subjects
    // who cooperate, named again in what they agree on, do so with each other.
    let id = |a: usize| s.actors.get(a).map(|x| x.id.as_str());
    let themselves = cooperate && targets.iter().all(|&t| sources.iter().any(|&a| id(a) == id(t)));
    let targets = match targets.first().map(|&t| s.word(s.actors[t].words.start.saturating_sub(1))) {
        Some(before) if mutual && !matches!(before, "con" | "a") => Vec::new(),
        Some("en" | "desde") if cooperate => Vec::new(),
        _ if themselves => Vec::new(),
        _ => targets,
    };
    if targets.is_empty() {
        // "Putin y Maduro se reunieron": each with the other, where the verb is a meeting or
        // a cooperation.
        // (Cooperation, 03-08, as in English; or what the clause marks as mutual.)
        let marked = (c.start..end).any(|k| matches!(s.word(k), "mutuamente" | "conjuntamente" | "bilateral" | "bilaterales") || (s.word(k) == "entre" && s.word(k + 1) == "si"));
        // "Rusia y China le habían ofrecido ayuda": an object pronoun names someone else.
        let pronoun_object = (c.start..hit.start).any(|k| matches!(s.word(k), "le" | "les" | "lo" | "la" | "los" | "las"));
        // A mediator mediates between others, never with its co-subjects ("México y
        // Colombia se ofrecieron a mediar").
        let mediates = verbs.own_code(hit.verb).forward.is_some_and(|c| c.as_str() == "045");
        if let Some(code) = spec.forward.filter(|c| !pronoun_object && !mediates && (marked || matches!(c.root(), Some(3..=8)))) {
            if sources.len() > 1 && !c.passive && !p.participle_alone {
                for &a in sources {
                    for &b in sources {
                        if a != b {
                            pairs.push((a, b, code, trigger.clone()));
                        }
                    }
                }
            }
        }
    } else {
        for &a in sources {
            for &b in &targets {
                if let Some(code) = spec.forward {
                    pairs.push((a, b, code, trigger.clone()));
                }
                if let Some(code) = spec.reverse.filter(|_| p.paired == PairedCodes::Both || spec.forward.is_none()) {
                    pairs.push((b, a, code, trigger.clone()));
                }
            }
        }
    }
    // "viajó a Moscú para conversaciones con Lavrov", "en una reunión con el secretario
    // general del ALBA": talks the clause tells of, held by its subject with whom they name.
    if !c.passive {
        if let Some((noun, code, partners)) = talks_with(s, hit.end, end) {
            for &a in sources {
                for &b in &partners {
                    pairs.push((a, b, code, s.spans[noun].clone()));
                }
            }
        }
    }
    pairs
}

